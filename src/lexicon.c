/*
 * lexicon.c - loading lexicons in tenor's own format and compiling them (see lexicon.h and
 * docs/lexicon-format.md). LIWC dictionaries are parsed in liwc.c into the same tables.
 */
#define _POSIX_C_SOURCE 200809L
#include "lexicon.h"
#include "normalize.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <libstemmer.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <sys/stat.h>

#define MAX_ERRORS 50
#define LEXICON_FILE_MAX ((size_t)64 << 20)

int lexicon_errorf(struct tenor_lexicon *lx, const char *name, unsigned line, const char *fmt,
		   ...)
{
	char msg[512], full[1024];
	va_list ap;
	size_t i, lines = 1;

	for (i = 0; i < lx->error.len; i++)
		lines += lx->error.data[i] == '\n';
	if (lx->error.len && lines >= MAX_ERRORS)
		return TENOR_ELEXICON;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (line)
		snprintf(full, sizeof(full), "%s:%u: %s", name, line, msg);
	else
		snprintf(full, sizeof(full), "%s: %s", name, msg);
	if ((lx->error.len && buf_addc(&lx->error, '\n')) || buf_adds(&lx->error, full))
		return TENOR_ENOMEM;
	return TENOR_ELEXICON;
}

int lexicon_warnf(struct tenor_lexicon *lx, const char *fmt, ...)
{
	char msg[600];
	va_list ap;
	char *s;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (tenor_grow(&lx->warnings, &lx->warncap, lx->nwarnings + 1, sizeof(char *)))
		return TENOR_ENOMEM;
	if (!(s = tenor_strndup(msg, strlen(msg))))
		return TENOR_ENOMEM;
	lx->warnings[lx->nwarnings++] = s;
	return TENOR_OK;
}

int tenor_lexicon_new(struct tenor_lexicon **out)
{
	struct tenor_lexicon *lx = tenor_calloc(1, sizeof(*lx));
	uint32_t any;
	int rc;

	*out = NULL;
	if (!lx)
		return TENOR_ENOMEM;
	lx->version_hash = 0xCBF29CE484222325ULL;
	if ((rc = tokenizer_compile(&lx->token_code)) ||
	    (rc = tokenizer_init(&lx->tz, &lx->token_code)) ||
	    (rc = lexicon_add_lang(lx, "*", &any))) {
		tenor_lexicon_free(lx);
		return rc;
	}
	*out = lx;
	return TENOR_OK;
}

static void index_release(struct index *ix)
{
	int k;
	for (k = 0; k < 4; k++)
		strmap_release(&ix->map[k]);
	strmap_release(&ix->heads);
	strmap_release(&ix->tails);
	strmap_release(&ix->joined);
}

void tenor_lexicon_free(struct tenor_lexicon *lx)
{
	size_t i;

	if (!lx)
		return;
	for (i = 0; i < lx->nlangs; i++) {
		struct lang *l = &lx->langs[i];
		size_t j;
		tenor_free(l->code);
		tenor_free(l->stemmer);
		tenor_free(l->origin);
		index_release(&l->idx);
		tenor_free(l->regex);
		strmap_release(&l->funcwords);
		for (j = 0; j < l->nfw; j++)
			tenor_free(l->fw_raw[j]);
		tenor_free(l->fw_raw);
	}
	tenor_free(lx->langs);
	for (i = 0; i < lx->ncats; i++)
		tenor_free(lx->cats[i]);
	tenor_free(lx->cats);
	for (i = 0; i < lx->nentries; i++) {
		tenor_free(lx->entries[i].text);
		tenor_free(lx->entries[i].compiled);
		pcre2_code_free(lx->entries[i].re);
	}
	tenor_free(lx->entries);
	for (i = 0; i < lx->npats; i++) {
		tenor_free(lx->pats[i].text);
		tenor_free(lx->pats[i].form);
	}
	tenor_free(lx->pats);
	for (i = 0; i < lx->nfiles; i++)
		tenor_free(lx->files[i].name);
	tenor_free(lx->files);
	for (i = 0; i < lx->nwarnings; i++)
		tenor_free(lx->warnings[i]);
	tenor_free(lx->warnings);
	buf_release(&lx->error);
	tokenizer_release(&lx->tz);
	tokenizer_free(&lx->token_code);
	tenor_free(lx);
}

int lexicon_find_lang(const struct tenor_lexicon *lx, const char *code)
{
	size_t i;
	for (i = 0; i < lx->nlangs; i++)
		if (strcmp(lx->langs[i].code, code) == 0)
			return (int)i;
	return -1;
}

int lexicon_add_lang(struct tenor_lexicon *lx, const char *code, uint32_t *out)
{
	int found = lexicon_find_lang(lx, code);
	struct lang *l;

	if (found >= 0) {
		*out = (uint32_t)found;
		return TENOR_OK;
	}
	/* The memo keys words by a one-byte language index. */
	if (lx->nlangs >= 255)
		return lexicon_errorf(lx, code, 0, "more than 254 languages");
	if (tenor_grow(&lx->langs, &lx->langcap, lx->nlangs + 1, sizeof(*lx->langs)))
		return TENOR_ENOMEM;
	l = &lx->langs[lx->nlangs];
	memset(l, 0, sizeof(*l));
	l->window = 3;
	if (!(l->code = tenor_strndup(code, strlen(code))))
		return TENOR_ENOMEM;
	*out = (uint32_t)lx->nlangs++;
	return TENOR_OK;
}

int lexicon_add_category(struct tenor_lexicon *lx, const char *name, size_t len, int32_t *out)
{
	size_t i;

	for (i = 0; i < lx->ncats; i++)
		if (strlen(lx->cats[i]) == len && memcmp(lx->cats[i], name, len) == 0) {
			*out = (int32_t)i;
			return TENOR_OK;
		}
	if (tenor_grow(&lx->cats, &lx->catcap, lx->ncats + 1, sizeof(char *)))
		return TENOR_ENOMEM;
	if (!(lx->cats[lx->ncats] = tenor_strndup(name, len)))
		return TENOR_ENOMEM;
	*out = (int32_t)lx->ncats++;
	return TENOR_OK;
}

int lexicon_add_file_name(struct tenor_lexicon *lx, const char *name, uint32_t *out)
{
	if (tenor_grow(&lx->files, &lx->filecap, lx->nfiles + 1, sizeof(*lx->files)))
		return TENOR_ENOMEM;
	if (!(lx->files[lx->nfiles].name = tenor_strndup(name, strlen(name))))
		return TENOR_ENOMEM;
	*out = (uint32_t)lx->nfiles++;
	return TENOR_OK;
}

void lexicon_hash_content(struct tenor_lexicon *lx, const char *name, const char *buf,
			  size_t len)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	/* The base name, not the path, so that an installed copy has the same version. */
	lx->version_hash = tenor_hash(base, strlen(base), lx->version_hash);
	lx->version_hash = tenor_hash(buf, len, lx->version_hash);
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* Checks that a bare word (without '*') is exactly one token: 1 when it is, 0 when it is
 * not, -1 when tokenizing ran out of memory (which must not pass for a bad word). */
static int one_token(struct tenor_lexicon *lx, const char *w, size_t n)
{
	int rc;
	if ((rc = tokenize(&lx->tz, w, n)) != TENOR_OK)
		return rc == TENOR_ENOMEM ? -1 : 0;
	return lx->tz.ntok == 1 && lx->tz.tok[0].start == 0 && lx->tz.tok[0].end == n;
}

int lexicon_add_entry(struct tenor_lexicon *lx, const struct entry *proto, const char *s,
		      size_t n, int stemmed)
{
	const char *name = lx->files[proto->file].name;
	const char *text = s;  /* as written, with the '!' of an exception */
	struct entry *e;
	size_t i = 0, tn = n;
	uint32_t pos = 0, eid = (uint32_t)lx->nentries;

	if (proto->kind == TENOR_ENTRY_EXCEPTION && n && *s == '!')
		s++, n--;

	if (tenor_grow(&lx->entries, &lx->entcap, lx->nentries + 1, sizeof(*lx->entries)))
		return TENOR_ENOMEM;
	e = &lx->entries[lx->nentries];
	*e = *proto;
	e->text = NULL;
	e->compiled = NULL;
	e->re = NULL;
	e->first_pat = (uint32_t)lx->npats;
	e->npat = 0;
	while (i < n) {
		size_t ws, we;
		const char *w;
		size_t wn;
		enum pat_kind kind = stemmed ? PAT_STEM : PAT_EXACT;
		struct pattern *p;
		int one;

		while (i < n && is_space(s[i]))
			i++;
		if (i >= n)
			break;
		ws = i;
		while (i < n && !is_space(s[i]))
			i++;
		we = i;
		w = s + ws;
		wn = we - ws;
		if (wn > 1 && w[wn - 1] == '*') {
			kind = PAT_PREFIX;
			wn--;
		}
		if (stemmed && wn > 1 && w[0] == '*') {
			if (kind == PAT_PREFIX)
				return lexicon_errorf(lx, name, proto->line,
						      "'%.*s': '*word*' is not supported, use a regex",
						      (int)(we - ws), s + ws);
			kind = PAT_SUFFIX;
			w++;
			wn--;
		}
		/* A prefix may end where a word continues: "fair-*" matches "fair-minded". */
		one = one_token(lx, w, wn - (kind == PAT_PREFIX && wn > 1 &&
					     (w[wn - 1] == '-' || w[wn - 1] == '\'')));
		if (one < 0)
			return TENOR_ENOMEM;
		if (!one)
			return lexicon_errorf(lx, name, proto->line,
					      "'%.*s' is not a single word (letters and digits, "
					      "with inner hyphens or apostrophes)",
					      (int)(we - ws), s + ws);
		if (tenor_grow(&lx->pats, &lx->patcap, lx->npats + 1, sizeof(*lx->pats)))
			return TENOR_ENOMEM;
		p = &lx->pats[lx->npats];
		memset(p, 0, sizeof(*p));
		p->entry = eid;
		p->pos = pos++;
		p->kind = kind;
		if (!(p->text = tenor_strndup(w, wn)))
			return TENOR_ENOMEM;
		lx->npats++;
		e->npat++;
	}
	if (e->npat == 0)
		return lexicon_errorf(lx, name, proto->line, "empty entry");
	if (e->npat > 1 && e->kind != TENOR_ENTRY_WORD && e->kind != TENOR_ENTRY_EXCEPTION)
		return lexicon_errorf(lx, name, proto->line,
				      "'%.*s': a negator or contrast word must be a single word",
				      (int)n, s);
	/* an exception of several words stays one: a phrase that claims its words (match.c) */
	if (e->npat > 1 && e->kind == TENOR_ENTRY_WORD)
		e->kind = TENOR_ENTRY_PHRASE;
	else if (e->kind == TENOR_ENTRY_WORD)
		e->kind = lx->pats[e->first_pat].kind == PAT_PREFIX   ? TENOR_ENTRY_PREFIX
			  : lx->pats[e->first_pat].kind == PAT_SUFFIX ? TENOR_ENTRY_COMPOUND
			  : lx->pats[e->first_pat].kind == PAT_EXACT  ? TENOR_ENTRY_EXACT
								      : TENOR_ENTRY_WORD;
	if (!(e->text = tenor_strndup(text, tn)))
		return TENOR_ENOMEM;
	lx->nentries++;
	return TENOR_OK;
}

/* Splits "entry = 2.5" into the entry and its weight. */
static int parse_weight(struct tenor_lexicon *lx, const char *name, unsigned line,
			const char *s, size_t *n, double *weight)
{
	size_t i = *n;
	char num[64], *end;
	double w;

	while (i > 0 && s[i - 1] != '=')
		i--;
	*weight = 1.0;
	if (i == 0)
		return TENOR_OK;
	{
		size_t a = i, b = *n;
		while (a < b && is_space(s[a]))
			a++;
		while (b > a && is_space(s[b - 1]))
			b--;
		if (b - a == 0 || b - a >= sizeof(num))
			return lexicon_errorf(lx, name, line, "a weight after '=' is missing");
		memcpy(num, s + a, b - a);
		num[b - a] = 0;
	}
	errno = 0;
	w = strtod(num, &end);
	/* decimal only: strtod would also take 0x10 and inf */
	if (*end || errno || num[strspn(num, "0123456789.eE+-")] || !isfinite(w) || w <= 0 ||
	    w > 1000)
		return lexicon_errorf(lx, name, line,
				      "'%s' is not a weight (a number above 0, at most 1000)", num);
	*weight = w;
	i--;
	while (i > 0 && is_space(s[i - 1]))
		i--;
	*n = i;
	return TENOR_OK;
}

/* Past the escape sequence at p (a backslash); NULL where the scan should give up. Only the
 * escapes lexicons use are read: an escaped sign, a character type, an assertion, a
 * property, a control character. The rest (\x, \o, \c, \g, \k, \N, octal and back
 * references, \Q, \E, ...) each have forms of their own that a reader apart from PCRE2 gets
 * wrong at its peril: a pattern with one has no literal. */
static const char *skip_escape(const char *p)
{
	unsigned char c = (unsigned char)p[1];

	if (c == 0)
		return NULL;
	if (!isalnum(c))
		return p + 2;
	if (c == 'p' || c == 'P') {
		if (p[2] == '{') {
			const char *end = strchr(p + 3, '}');
			return end ? end + 1 : NULL;
		}
		return isalpha((unsigned char)p[2]) ? p + 3 : NULL;
	}
	return strchr("bBdDsSwWhHvVRXAzZGKaefnrt", c) ? p + 2 : NULL;
}

/* Past the POSIX class name at p ("[:alpha:]"), as PCRE2 reads one: a '[' or ']' before
 * the ":]" makes p a plain '['; NULL then. */
static const char *skip_posix(const char *p)
{
	for (p += 2; *p; p++) {
		if (*p == '\\' && (p[1] == ']' || p[1] == '\\'))
			p++;
		else if ((*p == '[' && p[1] == ':') || *p == ']')
			return NULL;
		else if (*p == ':' && p[1] == ']')
			return p + 2;
	}
	return NULL;
}

/* Past the character class at p (its '['); NULL where it does not end. */
static const char *skip_class(const char *p)
{
	p++;
	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	while (*p && *p != ']') {
		const char *posix;
		if (*p == '\\') {
			/* as outside a class: \c] is one character, \x{5D} too */
			if (!(p = skip_escape(p)))
				return NULL;
		} else if (p[0] == '[' && p[1] == ':' && (posix = skip_posix(p))) {
			p = posix;
		} else {
			p++;
		}
	}
	return *p ? p + 1 : NULL;
}

/* Whether the options after "(?" turn on extended mode, where blanks and # mean other
 * things. */
static int sets_extended(const char *p)
{
	for (; isalpha((unsigned char)*p) || *p == '^' || *p == '-'; p++)
		if (*p == 'x')
			return 1;
	return 0;
}

/* The bytes of the letter or digit at p that a literal may hold (0: none): an ASCII one,
 * or a Latin-1 letter (UTF-8 C3 80 to C3 BF but for the signs and ß). Under caseless
 * matching each of these matches only itself and its other case (or a character that case
 * folding turns into it: the Kelvin sign, long s, the angstrom sign), and the normalized
 * text holds it in lower case. ß is left out: case folding turns it into "ss". */
static size_t literal_char(const unsigned char *p)
{
	if (p[0] < 0x80)
		return isalnum(p[0]) ? 1 : 0;
	if (p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF && p[1] != 0x97 && p[1] != 0x9F &&
	    p[1] != 0xB7)
		return 2;
	return 0;
}

size_t regex_literal(const char *pattern, char out[REGEX_LITERAL_MAX + 1])
{
	const char *p = pattern, *best = pattern;
	size_t depth = 0, run = 0, bestlen = 0, i, k;

	out[0] = 0;
	if (strstr(pattern, "(*ACCEPT") || strstr(pattern, "(?#"))
		return 0;
	while (p && *p) {
		unsigned char c = (unsigned char)*p;
		if (depth == 0 && (k = literal_char((const unsigned char *)p))) {
			/* one that may match zero times is in no run */
			if (p[k] == '?' || p[k] == '*' || p[k] == '{') {
				run = 0;
				p += k;
				continue;
			}
			run += k;
			p += k;
			if (run > bestlen) {
				bestlen = run;
				best = p - run;
			}
			/* one or more times: the next one need not follow it */
			if (*p == '+')
				run = 0;
			continue;
		}
		run = 0;
		if (c == '\\') {
			p = skip_escape(p);
		} else if (c == '{') {
			/* a quantifier's counts are no literal: {2}, {1,3}, {,4} */
			for (p++; isdigit((unsigned char)*p) || *p == ',' || *p == ' '; p++)
				;
		} else if (c == '[') {
			p = skip_class(p);
		} else if (c == '(' && p[1] == '*' && (isupper((unsigned char)p[2]) || p[2] == ':')) {
			/* a verb or a setting: its name, up to the first ')', is no pattern:
			 * (*MARK:[) leaves no class open */
			if (!(p = strchr(p, ')')))
				return 0;
			p++;
		} else if (c == '(') {
			if (p[1] == '?' && sets_extended(p + 2))
				return 0;
			depth++;
			p++;
		} else if (c == ')' || (c == '|' && depth == 0)) {
			if (depth == 0)
				return 0;
			depth--;
			p++;
		} else {
			p++;
		}
	}
	if (!p || bestlen < 2)
		return 0;
	if (bestlen > REGEX_LITERAL_MAX)
		bestlen = REGEX_LITERAL_MAX;
	for (i = 0; i < bestlen; i++) {
		unsigned char b = (unsigned char)best[i];
		/* À to Þ: their lower case is 0x20 further, as in ASCII */
		if (i > 0 && (unsigned char)best[i - 1] == 0xC3 && b >= 0x80 && b <= 0x9E)
			b += 0x20;
		out[i] = (char)(b < 0x80 ? tolower(b) : b);
	}
	out[bestlen] = 0;
	return bestlen;
}

static int ascii_alnum(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void starts_add(unsigned char starts[16], uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	starts[c >> 3] |= (unsigned char)(1u << (c & 7));
}

int regex_starts(const pcre2_code *re, unsigned char starts[16])
{
	const uint8_t *map = NULL;
	uint32_t type = 0, cu = 0, c;

	memset(starts, 0, 16);
	if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type) != 0)
		return 0;
	if (type == 1) {
		if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &cu) != 0 || !ascii_alnum(cu))
			return 0;
		starts_add(starts, cu);
		return 1;
	}
	if (type != 0 || pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &map) != 0 || !map)
		return 0;
	for (c = 0; c < 256; c++) {
		if (!(map[c >> 3] >> (c & 7) & 1))
			continue;
		if (!ascii_alnum(c)) {
			memset(starts, 0, 16);
			return 0;
		}
		starts_add(starts, c);
	}
	return 1;
}

static int compile_regex(struct tenor_lexicon *lx, struct entry *e)
{
	int err;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];

	e->re = pcre2_compile((PCRE2_SPTR)e->compiled, PCRE2_ZERO_TERMINATED,
			      PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
	if (!e->re) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		return lexicon_errorf(lx, lx->files[e->file].name, e->line,
				      "regex does not compile at offset %zu: %s", (size_t)off,
				      (const char *)msg);
	}
	(void)pcre2_jit_compile(e->re, PCRE2_JIT_COMPLETE);
	e->jit = regex_is_jit(e->re);
	e->mustlen = regex_literal(e->compiled, e->must);
	e->has_starts = regex_starts(e->re, e->starts);
	return TENOR_OK;
}

enum file_role { ROLE_CATEGORY, ROLE_NEGATORS, ROLE_FUNCWORDS };

/* Whether only blanks, a weight and a comment follow the slash at s[i]: a comment starts
 * at a '#' after a blank or, unless strict, right after the slash; strict, an escaped slash
 * closes nothing. */
static int regex_close_at(const char *s, size_t n, size_t i, int strict)
{
	size_t j = i + 1, k = i;

	if (s[i] != '/')
		return 0;
	/* an escaped slash (\/) is the pattern's */
	while (strict && k > 0 && s[k - 1] == '\\')
		k--;
	if ((i - k) % 2)
		return 0;
	while (j < n && is_space(s[j]))
		j++;
	if (j < n && s[j] == '=') {
		j++;
		while (j < n && (is_space(s[j]) || (s[j] >= '0' && s[j] <= '9') || s[j] == '.' ||
				 s[j] == 'e' || s[j] == 'E' || s[j] == '-' || s[j] == '+'))
			j++;
	}
	return j == n || (s[j] == '#' && (!strict || is_space(s[j - 1])));
}

/* A regex line: /pattern/ then optional "= weight" and comment. Finds the closing slash:
 * the first one that only blanks, a weight or a comment after a blank follow, as a comment
 * may hold a slash and end in one ("# siehe docs/", a URL): the last one, which made such
 * a comment part of a pattern that then never matched, is taken only where no other is. */
static int regex_end(const char *s, size_t n, size_t *close)
{
	size_t i;
	for (i = 1; i < n; i++)
		if (regex_close_at(s, n, i, 1)) {
			*close = i;
			return 1;
		}
	for (i = n; i-- > 1;)
		if (regex_close_at(s, n, i, 0)) {
			*close = i;
			return 1;
		}
	return 0;
}

static int parse_line(struct tenor_lexicon *lx, uint32_t lang, uint32_t file, enum file_role role,
		      int32_t category, int *contrast, unsigned line, const char *s, size_t n)
{
	const char *name = lx->files[file].name;
	struct lang *l = &lx->langs[lang];
	struct entry proto;
	size_t i;

	while (n && is_space(*s))
		s++, n--;
	if (n == 0 || *s == '#')
		return TENOR_OK;
	memset(&proto, 0, sizeof(proto));
	proto.lang = lang;
	proto.category = category;
	proto.file = file;
	proto.line = line;
	proto.kind = TENOR_ENTRY_WORD;

	if (*s == '/' && role == ROLE_CATEGORY) {
		size_t close, m;
		struct entry *e;
		const char *rest;
		if (!regex_end(s, n, &close) || close == 0)
			return lexicon_errorf(lx, name, line, "a regex must end with '/'");
		if (close == 1)
			return lexicon_errorf(lx, name, line, "an empty regex matches nothing");
		rest = s + close + 1;
		m = n - close - 1;
		for (i = 0; i < m && rest[i] != '#'; i++)
			;
		m = i;
		if (parse_weight(lx, name, line, rest, &m, &proto.weight))
			return TENOR_ELEXICON;
		for (i = 0; i < m; i++)
			if (!is_space(rest[i]))
				return lexicon_errorf(lx, name, line, "unexpected text after the regex");
		if (tenor_grow(&lx->entries, &lx->entcap, lx->nentries + 1, sizeof(*lx->entries)))
			return TENOR_ENOMEM;
		e = &lx->entries[lx->nentries];
		*e = proto;
		e->kind = TENOR_ENTRY_REGEX;
		e->first_pat = 0;
		e->npat = 0;
		if (!(e->text = tenor_strndup(s, close + 1)) ||
		    !(e->compiled = tenor_strndup(s + 1, close - 1))) {
			/* not counted yet, so tenor_lexicon_free would not see it */
			tenor_free(e->text);
			return TENOR_ENOMEM;
		}
		lx->nentries++;
		if (compile_regex(lx, e))
			return TENOR_ELEXICON;
		if (tenor_grow(&l->regex, &l->regexcap, l->nregex + 1, sizeof(*l->regex)))
			return TENOR_ENOMEM;
		l->regex[l->nregex++] = (uint32_t)(lx->nentries - 1);
		return TENOR_OK;
	}

	/* Strip a comment: '#' after white space. */
	for (i = 1; i < n; i++)
		if (s[i] == '#' && is_space(s[i - 1])) {
			n = i;
			break;
		}
	while (n && is_space(s[n - 1]))
		n--;

	if (role == ROLE_NEGATORS && *s == '[') {
		if (n == 10 && memcmp(s, "[contrast]", 10) == 0)
			*contrast = 1;
		else if (n == 10 && memcmp(s, "[negators]", 10) == 0)
			*contrast = 0;
		else
			return lexicon_errorf(lx, name, line,
					      "unknown section '%.*s' (known: [negators], [contrast])",
					      (int)n, s);
		return TENOR_OK;
	}
	if (*s == '@') {
		char key[32], val[64];
		size_t k = 1, v;
		char *end;
		if (role != ROLE_NEGATORS)
			return lexicon_errorf(lx, name, line,
					      "settings (@...) belong in negators.txt");
		while (k < n && !is_space(s[k]))
			k++;
		v = k;
		while (v < n && is_space(s[v]))
			v++;
		if (k - 1 >= sizeof(key) || n - v >= sizeof(val) || v == n)
			return lexicon_errorf(lx, name, line, "a setting is '@name value'");
		memcpy(key, s + 1, k - 1);
		key[k - 1] = 0;
		memcpy(val, s + v, n - v);
		val[n - v] = 0;
		if (strcmp(key, "window") == 0) {
			long w = strtol(val, &end, 10);
			if (*end || w < 0 || w > 50)
				return lexicon_errorf(lx, name, line,
						      "@window takes a number of tokens from 0 to 50");
			if (l->window_line)
				return lexicon_errorf(lx, name, line, "@window again: line %u set it "
						      "already", l->window_line);
			l->window = (int)w;
			l->window_line = line;
		} else if (strcmp(key, "stemmer") == 0) {
			/* a stemmer that is not there is this line's mistake */
			struct sb_stemmer *st = sb_stemmer_new(val, "UTF_8");
			if (!st)
				return lexicon_errorf(lx, name, line,
						      "no Snowball stemmer for language '%s'", val);
			sb_stemmer_delete(st);
			tenor_free(l->stemmer);
			if (!(l->stemmer = tenor_strndup(val, strlen(val))))
				return TENOR_ENOMEM;
		} else {
			return lexicon_errorf(lx, name, line,
					      "unknown setting '@%s' (known: @window, @stemmer)", key);
		}
		return TENOR_OK;
	}
	if (role == ROLE_FUNCWORDS) {
		char *w;
		int one = one_token(lx, s, n);
		if (one < 0)
			return TENOR_ENOMEM;
		if (!one)
			return lexicon_errorf(lx, name, line, "'%.*s' is not a single word", (int)n,
					      s);
		if (tenor_grow(&l->fw_raw, &l->fwcap, l->nfw + 1, sizeof(char *)))
			return TENOR_ENOMEM;
		if (!(w = tenor_strndup(s, n)))
			return TENOR_ENOMEM;
		l->fw_raw[l->nfw++] = w;
		return TENOR_OK;
	}
	if (role == ROLE_NEGATORS) {
		proto.kind = *contrast ? TENOR_ENTRY_CONTRAST : TENOR_ENTRY_NEGATOR;
		proto.category = -1;
		proto.weight = 1.0;
		if (*s == '/' || *s == '!')
			return lexicon_errorf(lx, name, line,
					      "negators and contrast words are plain words");
		return lexicon_add_entry(lx, &proto, s, n, 1);
	}
	if (parse_weight(lx, name, line, s, &n, &proto.weight))
		return TENOR_ELEXICON;
	if (*s == '!')
		proto.kind = TENOR_ENTRY_EXCEPTION;
	return lexicon_add_entry(lx, &proto, s, n, 1);
}

static int check_name(const char *s, size_t n)
{
	size_t i;
	if (n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '-'))
			return 0;
	}
	return 1;
}

static int add_buffer(struct tenor_lexicon *lx, const char *lang, const char *name,
		      const char *buf, size_t len)
{
	const char *base, *dot;
	enum file_role role = ROLE_CATEGORY;
	int32_t category = -1;
	uint32_t langi, file;
	unsigned line = 1;
	int contrast = 0, rc, failed = 0;
	size_t i = 0, bad;

	base = strrchr(name, '/');
	base = base ? base + 1 : name;
	dot = strrchr(base, '.');
	if (!check_name(lang, strlen(lang)) || strcmp(lang, "*") == 0)
		return lexicon_errorf(lx, name, 0, "'%s' is not a language code", lang);
	if (strcmp(base, "negators.txt") == 0)
		role = ROLE_NEGATORS;
	else if (strcmp(base, "function-words.txt") == 0)
		role = ROLE_FUNCWORDS;
	else if (!dot || !check_name(base, (size_t)(dot - base)))
		return lexicon_errorf(lx, name, 0,
				      "a category file is named <category>.txt, with letters, "
				      "digits, '_' and '-'");
	if ((rc = lexicon_add_lang(lx, lang, &langi)) || (rc = lexicon_add_file_name(lx, name, &file)))
		return rc;
	lx->langs[langi].installed = 1;
	if (!lx->langs[langi].origin &&
	    !(lx->langs[langi].origin = tenor_strndup(name, strlen(name))))
		return TENOR_ENOMEM;
	if (role == ROLE_CATEGORY &&
	    (rc = lexicon_add_category(lx, base, (size_t)(dot - base), &category)))
		return rc;
	if (len > LEXICON_FILE_MAX)
		return lexicon_errorf(lx, name, 0, "larger than the limit of 64 MiB");
	lexicon_hash_content(lx, name, buf, len);
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len) {
		size_t s = i;
		while (i < len && buf[i] != '\n' && buf[i] != '\r')
			i++;
		/* a line of invalid UTF-8 is that line's error: the others are still read */
		if (!utf8_valid(buf + s, i - s, &bad))
			rc = lexicon_errorf(lx, name, line, "invalid UTF-8 at byte %zu of the line",
					    bad);
		else
			rc = parse_line(lx, langi, file, role, category, &contrast, line, buf + s,
					i - s);
		if (rc == TENOR_ENOMEM)
			return rc;
		if (rc && ++failed == LEXICON_FILE_ERRORS && i < len)
			return lexicon_errorf(lx, name, 0, "%d errors: the rest of the file is not "
					      "checked", LEXICON_FILE_ERRORS);
		if (i < len && buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n')
			i++;
		if (i < len)
			i++;
		line++;
	}
	return failed ? TENOR_ELEXICON : TENOR_OK;
}

int tenor_lexicon_add_buffer(struct tenor_lexicon *lx, const char *lang, const char *name,
			     const char *buf, size_t len)
{
	if (!lx || !lang || !name || (!buf && len))
		return TENOR_EINVAL;
	if (lx->frozen)
		return TENOR_ESTATE;
	buf_reset(&lx->error);
	return add_buffer(lx, lang, name, buf, len);
}

/* Reads a whole file (lexicons are small) into *out, owned by the caller. */
static int read_file(const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b = { 0 };
	char chunk[65536];
	size_t n;
	int rc = TENOR_OK;

	if (!f)
		return TENOR_EIO;
	b.max = LEXICON_FILE_MAX + 1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if ((rc = buf_add(&b, chunk, n)))
			break;
	if (!rc && ferror(f))
		rc = TENOR_EIO;
	fclose(f);
	if (rc) {
		buf_release(&b);
		return rc;
	}
	if (!b.data && buf_grow(&b, 0)) {
		return TENOR_ENOMEM;
	}
	*out = b.data;
	*len = b.len;
	return TENOR_OK;
}

static int file_error(struct tenor_lexicon *lx, const char *path, int rc)
{
	if (rc == TENOR_EIO)
		lexicon_errorf(lx, path, 0, "cannot read: %s", strerror(errno));
	else if (rc == TENOR_ELIMIT)
		lexicon_errorf(lx, path, 0, "larger than the limit of 64 MiB");
	return rc;
}

static int add_file(struct tenor_lexicon *lx, const char *lang, const char *path)
{
	char *data;
	size_t len;
	int rc;

	if ((rc = read_file(path, &data, &len)))
		return file_error(lx, path, rc);
	rc = add_buffer(lx, lang, path, data, len);
	tenor_free(data);
	return rc;
}

int tenor_lexicon_add_file(struct tenor_lexicon *lx, const char *lang, const char *path)
{
	if (!lx || !lang || !path)
		return TENOR_EINVAL;
	if (lx->frozen)
		return TENOR_ESTATE;
	buf_reset(&lx->error);
	return add_file(lx, lang, path);
}

int tenor_lexicon_add_liwc(struct tenor_lexicon *lx, const char *path)
{
	char *data;
	size_t len;
	int rc;

	if (!lx || !path)
		return TENOR_EINVAL;
	if (lx->frozen)
		return TENOR_ESTATE;
	buf_reset(&lx->error);
	if ((rc = read_file(path, &data, &len)))
		return file_error(lx, path, rc);
	rc = liwc_parse(lx, path, data, len);
	tenor_free(data);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists the names in a directory that pass keep() (given the directory's descriptor), sorted,
 * so that load order and the lexicon version do not depend on the file system. */
static int list_dir(const char *dir, int (*keep)(int dfd, const char *name), char ***out,
		    size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t cap = 0;
	int rc = TENOR_OK;

	*out = NULL;
	*n = 0;
	if (!d)
		return TENOR_EIO;
	while ((de = readdir(d))) {
		char *s;
		if (de->d_name[0] == '.' || !keep(dirfd(d), de->d_name))
			continue;
		if ((rc = tenor_grow(out, &cap, *n + 1, sizeof(char *))))
			break;
		if (!(s = tenor_strndup(de->d_name, strlen(de->d_name)))) {
			rc = TENOR_ENOMEM;
			break;
		}
		(*out)[(*n)++] = s;
	}
	closedir(d);
	if (*n)
		qsort(*out, *n, sizeof(char *), cmp_str);
	return rc;
}

static int join_path(struct buf *b, const char *a, const char *c)
{
	buf_reset(b);
	return buf_adds(b, a) || buf_adds(b, "/") || buf_adds(b, c) ? TENOR_ENOMEM : TENOR_OK;
}

/* Relative to the directory, so that no path is built: a failing allocation must not pass
 * for a name to skip. */
static int keep_dir(int dfd, const char *name)
{
	struct stat st;
	return fstatat(dfd, name, &st, 0) == 0 && S_ISDIR(st.st_mode);
}

static int keep_txt(int dfd, const char *name)
{
	size_t n = strlen(name);
	return n > 4 && strcmp(name + n - 4, ".txt") == 0 && !keep_dir(dfd, name);
}

static void free_list(char **v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		tenor_free(v[i]);
	tenor_free(v);
}

int tenor_lexicon_add_dir(struct tenor_lexicon *lx, const char *dir)
{
	char **langs = NULL, **files = NULL;
	size_t nl = 0, nf = 0, i, j;
	struct buf ldir = { 0 }, path = { 0 };
	int rc, failed = 0;

	if (!lx || !dir)
		return TENOR_EINVAL;
	if (lx->frozen)
		return TENOR_ESTATE;
	buf_reset(&lx->error);
	if ((rc = list_dir(dir, keep_dir, &langs, &nl))) {
		if (rc == TENOR_EIO)
			lexicon_errorf(lx, dir, 0, "cannot open lexicon directory: %s",
				       strerror(errno));
		goto out;
	}
	if (nl == 0) {
		rc = lexicon_errorf(lx, dir, 0, "no language directories (expected <lang>/<category>.txt)");
		goto out;
	}
	for (i = 0; i < nl; i++) {
		if ((rc = join_path(&ldir, dir, langs[i])))
			goto out;
		if ((rc = list_dir(ldir.data, keep_txt, &files, &nf))) {
			if (rc == TENOR_EIO)
				lexicon_errorf(lx, ldir.data, 0, "cannot open: %s", strerror(errno));
			goto out;
		}
		for (j = 0; j < nf; j++) {
			if ((rc = join_path(&path, ldir.data, files[j])))
				goto out;
			rc = add_file(lx, langs[i], path.data);
			if (rc == TENOR_ENOMEM)
				goto out;
			if (rc)
				failed = 1;
		}
		free_list(files, nf);
		files = NULL;
		nf = 0;
	}
	rc = failed ? TENOR_ELEXICON : TENOR_OK;
out:
	free_list(langs, nl);
	free_list(files, nf);
	buf_release(&ldir);
	buf_release(&path);
	return rc;
}

/* ---- freezing ---- */

static int stem_word(struct sb_stemmer *st, const char *w, size_t n, char **out)
{
	const sb_symbol *r;
	if (!st) {
		*out = tenor_strndup(w, n);
		return *out ? TENOR_OK : TENOR_ENOMEM;
	}
	r = sb_stemmer_stem(st, (const sb_symbol *)w, (int)n);
	if (!r)
		return TENOR_ENOMEM;
	*out = tenor_strndup((const char *)r, (size_t)sb_stemmer_length(st));
	return *out ? TENOR_OK : TENOR_ENOMEM;
}

static int index_add(struct index *ix, struct tenor_lexicon *lx, uint32_t pid)
{
	struct pattern *p = &lx->pats[pid];
	size_t n = strlen(p->text);
	uint32_t *slot;
	int found;

	slot = strmap_put(&ix->map[p->kind], p->text, n, pid + 1, &found);
	if (!slot)
		return TENOR_ENOMEM;
	if (found) {
		p->next = *slot;
		*slot = pid + 1;
	}
	if (ix->map[p->kind].count == 1 || n < ix->minlen[p->kind])
		ix->minlen[p->kind] = n;
	if (n > ix->maxlen[p->kind])
		ix->maxlen[p->kind] = n;
	return TENOR_OK;
}

/* Indexes word pattern pid, whose normalized form holds a hyphen, by the stem of its
 * closed form too (index.joined); f is scratch. */
static int index_joined(struct index *ix, struct tenor_lexicon *lx, struct sb_stemmer *st,
			uint32_t pid, struct buf *f)
{
	struct pattern *p = &lx->pats[pid];
	uint32_t *slot;
	char *stem;
	int found, rc;

	buf_reset(f);
	if ((rc = buf_add_except(f, p->form, strlen(p->form), '-')) ||
	    (rc = stem_word(st, f->data, f->len, &stem)))
		return rc;
	slot = strmap_put(&ix->joined, stem, strlen(stem), pid + 1, &found);
	tenor_free(stem);
	if (!slot)
		return TENOR_ENOMEM;
	if (found) {
		p->next_joined = *slot;
		*slot = pid + 1;
	}
	return TENOR_OK;
}

/* The heads and tails of the prefix and suffix patterns, once all are indexed. */
static int index_ends(struct index *ix)
{
	const struct strmap *pre = &ix->map[PAT_PREFIX], *suf = &ix->map[PAT_SUFFIX];
	size_t i, h = ix->minlen[PAT_PREFIX], t = ix->minlen[PAT_SUFFIX];
	int found;

	for (i = 0; i < pre->cap; i++) {
		const struct strmap_slot *sl = &pre->slots[i];
		if (sl->len1 && !strmap_put(&ix->heads, strmap_slot_key(sl), h, 1, &found))
			return TENOR_ENOMEM;
	}
	for (i = 0; i < suf->cap; i++) {
		const struct strmap_slot *sl = &suf->slots[i];
		if (sl->len1 && !strmap_put(&ix->tails, strmap_slot_key(sl) + strmap_slot_len(sl) - t,
					    t, 1, &found))
			return TENOR_ENOMEM;
	}
	return TENOR_OK;
}

/* Appends the patterns of m's bucket k: chained by next, or by next_joined (joined). */
static void collect_chain(const struct tenor_lexicon *lx, const struct strmap *m, int joined,
			  const char *k, size_t n, uint32_t **ids, size_t *cnt, size_t *cap,
			  int *rc)
{
	uint32_t *v = strmap_get(m, k, n);
	uint32_t p;

	if (!v)
		return;
	for (p = *v; p; p = joined ? lx->pats[p - 1].next_joined : lx->pats[p - 1].next) {
		if (tenor_grow(ids, cap, *cnt + 1, sizeof(**ids))) {
			*rc = TENOR_ENOMEM;
			return;
		}
		(*ids)[(*cnt)++] = p - 1;
	}
}

static void collect(const struct tenor_lexicon *lx, const struct strmap *m, const char *k,
		    size_t n, uint32_t **ids, size_t *cnt, size_t *cap, int *rc)
{
	collect_chain(lx, m, 0, k, n, ids, cnt, cap, rc);
}

int lexicon_lookup(const struct tenor_lexicon *lx, uint32_t lang, const char *norm, size_t nlen,
		   const char *stem, size_t slen, uint32_t **ids, size_t *n, size_t *cap)
{
	const struct index *ix = &lx->langs[lang].idx;
	int rc = TENOR_OK;
	size_t k;

	if (ix->map[PAT_STEM].count)
		collect(lx, &ix->map[PAT_STEM], stem, slen, ids, n, cap, &rc);
	if (ix->joined.count)
		collect_chain(lx, &ix->joined, 1, stem, slen, ids, n, cap, &rc);
	if (ix->map[PAT_EXACT].count)
		collect(lx, &ix->map[PAT_EXACT], norm, nlen, ids, n, cap, &rc);
	/* a prefix of k >= minlen bytes begins with the word's first minlen bytes */
	if (ix->map[PAT_PREFIX].count && nlen >= ix->minlen[PAT_PREFIX] &&
	    strmap_get(&ix->heads, norm, ix->minlen[PAT_PREFIX])) {
		size_t hi = nlen < ix->maxlen[PAT_PREFIX] ? nlen : ix->maxlen[PAT_PREFIX];
		for (k = ix->minlen[PAT_PREFIX]; k <= hi; k++)
			/* only at code point boundaries */
			if (k == nlen || ((unsigned char)norm[k] & 0xC0) != 0x80)
				collect(lx, &ix->map[PAT_PREFIX], norm, k, ids, n, cap, &rc);
	}
	if (ix->map[PAT_SUFFIX].count && slen >= ix->minlen[PAT_SUFFIX] &&
	    strmap_get(&ix->tails, stem + slen - ix->minlen[PAT_SUFFIX], ix->minlen[PAT_SUFFIX])) {
		size_t hi = slen < ix->maxlen[PAT_SUFFIX] ? slen : ix->maxlen[PAT_SUFFIX];
		for (k = ix->minlen[PAT_SUFFIX]; k <= hi; k++)
			if (((unsigned char)stem[slen - k] & 0xC0) != 0x80)
				collect(lx, &ix->map[PAT_SUFFIX], stem + slen - k, k, ids, n, cap,
					&rc);
	}
	return rc;
}

static const char *kind_word(enum tenor_entry_kind k)
{
	switch (k) {
	case TENOR_ENTRY_WORD: return "word";
	case TENOR_ENTRY_PREFIX: return "prefix";
	case TENOR_ENTRY_COMPOUND: return "compound";
	case TENOR_ENTRY_EXACT: return "exact";
	case TENOR_ENTRY_PHRASE: return "phrase";
	case TENOR_ENTRY_REGEX: return "regex";
	case TENOR_ENTRY_EXCEPTION: return "exception";
	case TENOR_ENTRY_NEGATOR: return "negator";
	case TENOR_ENTRY_CONTRAST: return "contrast";
	}
	return "?";
}

/* An exception prefix that takes in every word of a prefix entry of its category
 * (!drück* and drücker*), or a compound head every compound of a head entry (!*druck and
 * *verkaufsdruck): that entry never counts. *useful is set when there is such an entry. */
static int lint_covered(struct tenor_lexicon *lx, const struct entry *e, const struct pattern *p,
			int *useful)
{
	size_t i, n = strlen(p->text), m;
	int rc;

	for (i = 0; i < lx->nentries; i++) {
		const struct entry *o = &lx->entries[i];
		const struct pattern *q = &lx->pats[o->first_pat];
		if (o->npat != 1 || o->lang != e->lang || o->category != e->category ||
		    !((o->kind == TENOR_ENTRY_PREFIX && p->kind == PAT_PREFIX) ||
		      (o->kind == TENOR_ENTRY_COMPOUND && p->kind == PAT_SUFFIX)))
			continue;
		m = strlen(q->text);
		if (m < n || memcmp(p->kind == PAT_PREFIX ? q->text : q->text + m - n, p->text, n))
			continue;
		*useful = 1;
		if ((rc = lexicon_warnf(lx, "%s:%u: exception '%s' excepts every word of the entry "
				   "'%s' at %s:%u of its own category, which then never counts",
				   lx->files[e->file].name, e->line, e->text, o->text,
				   lx->files[o->file].name, o->line)))
			return rc;
	}
	return TENOR_OK;
}

/* Duplicates, words in two categories, exceptions that except nothing. st holds the
 * stemmers by language. */
static int lint(struct tenor_lexicon *lx, struct sb_stemmer **st)
{
	struct strmap seen = { 0 };
	struct buf key = { 0 };
	uint32_t *ids = NULL;
	size_t nids = 0, cap = 0, i, j;
	int rc = TENOR_OK, found;

	for (i = 0; i < lx->nentries && !rc; i++) {
		struct entry *e = &lx->entries[i];
		uint32_t *slot;
		buf_reset(&key);
		if (buf_add(&key, &e->lang, sizeof(e->lang)) ||
		    buf_add(&key, &e->kind, sizeof(e->kind)) ||
		    buf_add(&key, &e->category, sizeof(e->category)) || buf_adds(&key, e->compiled)) {
			rc = TENOR_ENOMEM;
			break;
		}
		if (!(slot = strmap_put(&seen, key.data, key.len, (uint32_t)i, &found))) {
			rc = TENOR_ENOMEM;
			break;
		}
		if (found) {
			struct entry *o = &lx->entries[*slot];
			rc = lexicon_warnf(lx, "%s:%u: duplicate %s entry '%s' (first at %s:%u)",
				   lx->files[e->file].name, e->line, kind_word(e->kind), e->text,
				   lx->files[o->file].name, o->line);
		}
	}
	/* A word entry of one category that another category's word entry also stems to. */
	strmap_reset(&seen);
	for (i = 0; i < lx->nentries && !rc; i++) {
		struct entry *e = &lx->entries[i];
		uint32_t *slot;
		if (e->kind != TENOR_ENTRY_WORD || e->category < 0)
			continue;
		buf_reset(&key);
		if (buf_add(&key, &e->lang, sizeof(e->lang)) || buf_adds(&key, e->compiled) ||
		    !(slot = strmap_put(&seen, key.data, key.len, (uint32_t)i, &found))) {
			rc = TENOR_ENOMEM;
			break;
		}
		if (found && lx->entries[*slot].category != e->category) {
			struct entry *o = &lx->entries[*slot];
			rc = lexicon_warnf(lx, "%s:%u: '%s' stems to '%s' like '%s' at %s:%u, which is in "
				       "category %s: the word counts for both",
				   lx->files[e->file].name, e->line, e->text, e->compiled, o->text,
				   lx->files[o->file].name, o->line, lx->cats[o->category]);
		}
	}
	for (i = 0; i < lx->nentries && !rc; i++) {
		struct entry *e = &lx->entries[i];
		struct pattern *p;
		uint32_t *slot;
		char *stem = NULL;
		int useful = 0;
		if (e->kind != TENOR_ENTRY_EXCEPTION || e->npat > 1)
			continue;
		p = &lx->pats[e->first_pat];
		/* the very word of an entry of its category, which then never counts */
		buf_reset(&key);
		if (buf_add(&key, &e->lang, sizeof(e->lang)) || buf_adds(&key, e->compiled)) {
			rc = TENOR_ENOMEM;
			break;
		}
		if (p->kind == PAT_STEM && (slot = strmap_get(&seen, key.data, key.len)) &&
		    lx->entries[*slot].category == e->category &&
		    (rc = lexicon_warnf(lx, "%s:%u: exception '%s' excepts the entry '%s' at %s:%u of "
				   "its own category, which then never counts",
				   lx->files[e->file].name, e->line, e->text,
				   lx->entries[*slot].text, lx->files[lx->entries[*slot].file].name,
				   lx->entries[*slot].line)))
			break;
		if ((p->kind == PAT_PREFIX || p->kind == PAT_SUFFIX) &&
		    (rc = lint_covered(lx, e, p, &useful)))
			break;
		/* Look the exception's own word up as if it were a token. */
		nids = 0;
		if ((rc = stem_word(st[e->lang], p->form, strlen(p->form), &stem)))
			break;
		rc = lexicon_lookup(lx, e->lang, p->form, strlen(p->form), stem, strlen(stem), &ids,
				    &nids, &cap);
		tenor_free(stem);
		/* A hyphenated word is also matched joined, and by its last part (memo.c). */
		{
			const char *dash = strrchr(p->form, '-');
			if (!rc && dash && dash > p->form && dash[1]) {
				buf_reset(&key);
				if ((rc = buf_add_except(&key, p->form, strlen(p->form), '-')) ||
				    (rc = stem_word(st[e->lang], key.data, key.len, &stem)))
					break;
				rc = lexicon_lookup(lx, e->lang, key.data, key.len, stem, strlen(stem),
						    &ids, &nids, &cap);
				tenor_free(stem);
				if (rc || (rc = stem_word(st[e->lang], dash + 1, strlen(dash + 1), &stem)))
					break;
				rc = lexicon_lookup(lx, e->lang, dash + 1, strlen(dash + 1), stem,
						    strlen(stem), &ids, &nids, &cap);
				tenor_free(stem);
			}
		}
		for (j = 0; j < nids && !rc; j++) {
			struct entry *o = &lx->entries[lx->pats[ids[j]].entry];
			if (o->category == e->category && o->npat == 1 &&
			    o->kind != TENOR_ENTRY_EXCEPTION)
				useful = 1;
		}
		if (!rc && !useful)
			rc = lexicon_warnf(lx, "%s:%u: exception '%s' excepts nothing: no entry of %s "
				       "matches it",
				   lx->files[e->file].name, e->line, e->text, lx->cats[e->category]);
	}
	tenor_free(ids);
	buf_release(&key);
	strmap_release(&seen);
	return rc;
}

/* The length of the combining marks at s[0..n) (canonical combining class above 0). */
static size_t combining_run(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
							(utf8proc_ssize_t)(n - i), &c);
		if (len <= 0 || utf8proc_get_property(c)->combining_class == 0)
			break;
		i += (size_t)len;
	}
	return i;
}

/* A regex runs over normalized text with caseless matching: a character the normalization
 * makes something else than itself or its lower case (ß as ss, ’ as ', a soft hyphen as
 * nothing) is never there to match. So is a letter followed by combining marks that NFC
 * composes (e and U+0301 as é, as editors on macOS write it): the unit looked at is the
 * character with the marks after it. Escaped characters are the author's to choose. */
static int lint_regex(struct tenor_lexicon *lx, struct normalizer *nz, const struct entry *e,
		      struct buf *b)
{
	const char *s = e->compiled;
	size_t n = strlen(s), i = 0;
	int rc;

	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_uint8_t low[32];
		size_t unit, lowlen = 0, k;
		utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
							(utf8proc_ssize_t)(n - i), &c);
		if (len <= 0)
			return TENOR_OK;  /* compiled as UTF: valid already */
		if (c == '\\') {
			i += (size_t)len;
			if (i < n)
				i += (size_t)utf8proc_iterate((const utf8proc_uint8_t *)s + i,
							      (utf8proc_ssize_t)(n - i), &c);
			continue;
		}
		unit = (size_t)len + combining_run(s + i + len, n - i - (size_t)len);
		if (unit == 1) {  /* normalization leaves ASCII as it is */
			i++;
			continue;
		}
		buf_reset(b);
		if ((rc = normalize_append(nz, s + i, unit, b)))
			return rc;
		/* the unit in lower case, code point by code point */
		for (k = 0; k < unit && lowlen + 4 <= sizeof(low);) {
			utf8proc_int32_t d;
			k += (size_t)utf8proc_iterate((const utf8proc_uint8_t *)s + i + k,
						      (utf8proc_ssize_t)(unit - k), &d);
			lowlen += (size_t)utf8proc_encode_char(utf8proc_tolower(d), low + lowlen);
		}
		if (!(b->len == unit && memcmp(b->data, s + i, b->len) == 0) &&
		    !(k == unit && b->len == lowlen && memcmp(b->data, low, b->len) == 0) &&
		    (rc = lexicon_warnf(lx, "%s:%u: regex '%s' has '%.*s'%s, which the normalized "
				   "text holds as '%.*s': the regex cannot match it so",
				   lx->files[e->file].name, e->line, e->text, (int)unit, s + i,
				   unit > (size_t)len ? " (a letter and combining marks)" : "",
				   (int)b->len, b->data ? b->data : "")))
			return rc;
		i += unit;
	}
	return TENOR_OK;
}

int tenor_lexicon_freeze(struct tenor_lexicon *lx)
{
	struct normalizer nz = { 0 };
	struct buf b = { 0 };
	struct sb_stemmer **st = NULL;
	size_t i;
	int rc = TENOR_OK;

	if (!lx)
		return TENOR_EINVAL;
	if (lx->frozen)
		return TENOR_ESTATE;
	buf_reset(&lx->error);
	if (!(st = tenor_calloc(lx->nlangs, sizeof(*st))))
		return TENOR_ENOMEM;
	for (i = 1; i < lx->nlangs; i++) {
		struct lang *l = &lx->langs[i];
		if (!l->stemmer && !(l->stemmer = tenor_strndup(l->code, strlen(l->code)))) {
			rc = TENOR_ENOMEM;
			goto out;
		}
		st[i] = sb_stemmer_new(l->stemmer, "UTF_8");
		if (!st[i]) {
			lexicon_errorf(lx, l->origin ? l->origin : l->code, 0,
				       "no Snowball stemmer for language '%s'", l->stemmer);
			rc = TENOR_ELANG;
			goto out;
		}
	}
	for (i = 0; i < lx->npats; i++) {
		struct pattern *p = &lx->pats[i];
		struct entry *e = &lx->entries[p->entry];
		char *text;
		buf_reset(&b);
		if ((rc = normalize_append(&nz, p->text, strlen(p->text), &b)))
			goto out;
		if (!(p->form = tenor_strndup(b.data, b.len))) {
			rc = TENOR_ENOMEM;
			goto out;
		}
		if (p->kind == PAT_STEM || p->kind == PAT_SUFFIX) {
			if ((rc = stem_word(st[e->lang], b.data, b.len, &text)))
				goto out;
		} else if (!(text = tenor_strndup(b.data, b.len))) {
			rc = TENOR_ENOMEM;
			goto out;
		}
		tenor_free(p->text);
		p->text = text;
		if ((rc = index_add(&lx->langs[e->lang].idx, lx, (uint32_t)i)) ||
		    (p->kind == PAT_STEM && memchr(b.data, '-', b.len) &&
		     (rc = index_joined(&lx->langs[e->lang].idx, lx, st[e->lang], (uint32_t)i, &b))))
			goto out;
	}
	for (i = 0; i < lx->nlangs; i++)
		if ((rc = index_ends(&lx->langs[i].idx)))
			goto out;
	for (i = 0; i < lx->nentries; i++) {
		struct entry *e = &lx->entries[i];
		uint32_t k;
		if (e->kind == TENOR_ENTRY_REGEX)
			continue;
		buf_reset(&b);
		for (k = 0; k < e->npat; k++) {
			struct pattern *p = &lx->pats[e->first_pat + k];
			if ((k && buf_addc(&b, ' ')) || (p->kind == PAT_SUFFIX && buf_addc(&b, '*')) ||
			    buf_adds(&b, p->text) || (p->kind == PAT_PREFIX && buf_addc(&b, '*'))) {
				rc = TENOR_ENOMEM;
				goto out;
			}
		}
		if (!(e->compiled = tenor_strndup(b.data ? b.data : "", b.len))) {
			rc = TENOR_ENOMEM;
			goto out;
		}
	}
	for (i = 0; i < lx->nlangs; i++) {
		struct lang *l = &lx->langs[i];
		size_t j;
		int found;
		for (j = 0; j < l->nfw; j++) {
			buf_reset(&b);
			if ((rc = normalize_append(&nz, l->fw_raw[j], strlen(l->fw_raw[j]), &b)))
				goto out;
			if (!strmap_put(&l->funcwords, b.data, b.len, 1, &found)) {
				rc = TENOR_ENOMEM;
				goto out;
			}
		}
	}
	if ((rc = lint(lx, st)))
		goto out;
	for (i = 0; i < lx->nentries && !rc; i++)
		if (lx->entries[i].kind == TENOR_ENTRY_REGEX)
			rc = lint_regex(lx, &nz, &lx->entries[i], &b);
	if (rc)
		goto out;
	snprintf(lx->version, sizeof(lx->version), "%016llx",
		 (unsigned long long)lx->version_hash);
	lx->frozen = 1;
out:
	for (i = 0; i < lx->nlangs; i++)
		sb_stemmer_delete(st[i]);
	tenor_free(st);
	normalizer_release(&nz);
	buf_release(&b);
	return rc;
}

/* ---- queries ---- */

const char *tenor_lexicon_error(const struct tenor_lexicon *lx)
{
	return lx && lx->error.data ? lx->error.data : "";
}

size_t tenor_lexicon_warning_count(const struct tenor_lexicon *lx)
{
	return lx ? lx->nwarnings : 0;
}

const char *tenor_lexicon_warning(const struct tenor_lexicon *lx, size_t i)
{
	return lx && i < lx->nwarnings ? lx->warnings[i] : NULL;
}

size_t tenor_lexicon_category_count(const struct tenor_lexicon *lx)
{
	return lx ? lx->ncats : 0;
}

const char *tenor_lexicon_category(const struct tenor_lexicon *lx, size_t i)
{
	return lx && i < lx->ncats ? lx->cats[i] : NULL;
}

int tenor_lexicon_scores_lang(const struct tenor_lexicon *lx, const char *tag)
{
	return lx && tag && (lx->has_any || tenor_lexicon_lang_of_tag(lx, tag));
}

size_t tenor_lexicon_lang_count(const struct tenor_lexicon *lx)
{
	size_t i, n = 0;
	if (!lx)
		return 0;
	for (i = 0; i < lx->nlangs; i++)
		n += lx->langs[i].installed;
	return n;
}

const char *tenor_lexicon_lang_of_tag(const struct tenor_lexicon *lx, const char *tag)
{
	char code[9];
	size_t n = 0;
	int l;

	if (!lx || !tag)
		return NULL;
	if ((l = lexicon_find_lang(lx, tag)) > 0 && lx->langs[l].installed)
		return lx->langs[l].code;
	/* exports write "DE", "de-DE" or "en_US" where the lexicons have "de" and "en" */
	for (; tag[n] && tag[n] != '-' && tag[n] != '_'; n++) {
		if (n == sizeof(code) - 1 || !((tag[n] >= 'a' && tag[n] <= 'z') ||
					      (tag[n] >= 'A' && tag[n] <= 'Z')))
			return NULL;
		code[n] = (char)(tag[n] | 0x20);
	}
	code[n] = 0;
	if (n && (l = lexicon_find_lang(lx, code)) > 0 && lx->langs[l].installed)
		return lx->langs[l].code;
	return NULL;
}

const char *tenor_lexicon_lang(const struct tenor_lexicon *lx, size_t i)
{
	size_t j;
	if (!lx)
		return NULL;
	for (j = 0; j < lx->nlangs; j++)
		if (lx->langs[j].installed && i-- == 0)
			return lx->langs[j].code;
	return NULL;
}

size_t tenor_lexicon_entry_count(const struct tenor_lexicon *lx)
{
	return lx ? lx->nentries : 0;
}

int tenor_lexicon_entry(const struct tenor_lexicon *lx, size_t i, struct tenor_entry_info *out)
{
	const struct entry *e;
	if (!lx || !out || i >= lx->nentries)
		return TENOR_EINVAL;
	if (!lx->frozen)
		return TENOR_ESTATE;
	e = &lx->entries[i];
	out->lang = lx->langs[e->lang].code;
	out->category = e->category >= 0 ? lx->cats[e->category] : NULL;
	out->kind = e->kind;
	out->text = e->text;
	out->file = lx->files[e->file].name;
	out->line = e->line;
	out->weight = e->weight;
	out->compiled = e->compiled;
	return TENOR_OK;
}

const char *tenor_lexicon_version(const struct tenor_lexicon *lx)
{
	return lx && lx->frozen ? lx->version : "";
}

/* Appends (s, n) normalized, or as it is without nz. */
static int append_text(struct normalizer *nz, const char *s, size_t n, struct buf *out)
{
	return nz ? normalize_append(nz, s, n, out) : buf_add(out, s, n);
}

int lexicon_match_text(const struct tenor_lexicon *lx, struct normalizer *nz, const char *text,
		       const struct tenor_match *m, struct buf *out)
{
	const char *s = text + m->start, *end = text + m->end, *first, *last, *p;
	int rc;

	if (m->entry >= lx->nentries || lx->entries[m->entry].kind != TENOR_ENTRY_REGEX)
		return append_text(nz, s, (size_t)(end - s), out);
	for (first = s; first < end && !is_space(*first); first++)
		;
	for (last = end; last > first && !is_space(last[-1]); last--)
		;
	/* a word between the first and the last: some letter or digit in the middle */
	for (p = first; p < last && (is_space(*p) || ((unsigned char)*p < 0x80 && !isalnum(
						      (unsigned char)*p))); p++)
		;
	if (p == last)
		return append_text(nz, s, (size_t)(end - s), out);
	if ((rc = append_text(nz, s, (size_t)(first - s), out)) ||
	    (rc = buf_adds(out, " \xE2\x80\xA6 ")))
		return rc;
	return append_text(nz, last, (size_t)(end - last), out);
}
