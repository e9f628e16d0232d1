/*
 * tokenize.c - the tokenizer stage: word tokens and clause boundaries (see tokenize.h).
 */
#include "tokenize.h"
#include "alloc.h"
#include "bytes.h"
#include "normalize.h"
#include "tenor.h"

#include <string.h>

/* A word starts with a letter or digit: a lone mark (an emoji's variation selector) is no
 * word. */
#define WORD "[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*+"
/* Joiners inside a word: ASCII and typographic apostrophes and what people type for one
 * (the acute accent U+00B4 of German keyboards, the grave accent, the prime U+2032: all
 * that normalizing makes an apostrophe), hyphen-minus, Unicode hyphen and non-breaking
 * hyphen, soft hyphen, and the invisible word joiners U+2060 and U+FEFF (a byte order mark
 * where files were joined): normalizing drops those, so "Dru<U+FEFF>ck" matches as "Druck"
 * does. */
#define JOIN "['`\\x{00B4}\\x{2032}\\x{2019}\\x{02BC}\\x{2018}\\-\\x{2010}\\x{2011}\\x{00AD}" \
	"\\x{2060}\\x{FEFF}]"
/* WORD and JOIN in UTF-8 bytes, for a text of the characters below U+0100, of the General
 * Punctuation block U+2000 to U+206F, of the currency signs U+20A0 to U+20BF and U+FEFF
 * (pattern_for): matched byte by byte. Words: ASCII letters and digits; the letters
 * U+00C0 to U+00FF but U+00D7 and U+00F7 (the multiplication and division signs); the
 * letters U+00AA, U+00B5, U+00BA and the digits U+00B2, U+00B3, U+00B9 and U+00BC to
 * U+00BE. No mark lies in those ranges, nor a letter or digit above U+00FF. Joiners: the
 * ASCII ones, the soft hyphen U+00AD, the acute accent U+00B4, the hyphens U+2010 and
 * U+2011, the quotes U+2018 and U+2019, the prime U+2032, the word joiners U+2060 and
 * U+FEFF. The rest of those characters are neither. */
#define BYTE_WORD "(?:[a-zA-Z0-9]|\\xC3[\\x80-\\x96\\x98-\\xB6\\xB8-\\xBF]|" \
	"\\xC2[\\xAA\\xB2\\xB3\\xB5\\xB9\\xBA\\xBC-\\xBE])++"
#define BYTE_JOIN "(?:['`\\-]|\\xC2[\\xAD\\xB4]|\\xE2\\x80[\\x90\\x91\\x98\\x99\\xB2]|" \
	"\\xE2\\x81\\xA0|\\xEF\\xBB\\xBF)"
#define TOKEN(word, join) word "(?:" join word ")*+"
/* Punctuation that may end a clause right before the space between two tokens of a run. */
#define RUN_PUNCT ",.;:!?"

/* Whether c is one of RUN_PUNCT. */
static int run_punct(char c)
{
	return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}
/* A run of tokens with one space between each, or a comma, full stop and the like and a
 * space: a match costs more to start than to go on, and most tokens are followed by these.
 * No token holds a space or ends with that punctuation, so the run splits at its spaces
 * into the tokens that matching one at a time would give. Every repeat is possessive:
 * nothing after it can fail, so giving back is never needed, and PCRE2 then keeps no
 * backtracking state (1% of score). */
#define RUN(token) token "(?:[" RUN_PUNCT "]? " token ")*+"

static int compile(const char *pattern, uint32_t flags, pcre2_code **out)
{
	int err;
	PCRE2_SIZE off;

	if (!(*out = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, flags, &err, &off,
				   NULL)))
		return TENOR_ENOMEM;
	/* Without JIT support the interpreter gives the same tokens, only slower. */
	(void)pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
	return TENOR_OK;
}

int tokenizer_compile(struct token_patterns *out)
{
	int rc;

	memset(out, 0, sizeof(*out));
	if ((rc = compile(RUN(TOKEN(WORD, JOIN)), PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK,
			  &out->utf)) ||
	    (rc = compile(RUN(TOKEN(BYTE_WORD, BYTE_JOIN)), 0, &out->bytes)))
		tokenizer_free(out);
	return rc;
}

void tokenizer_free(struct token_patterns *p)
{
	pcre2_code_free(p->utf);
	pcre2_code_free(p->bytes);
	memset(p, 0, sizeof(*p));
}

int regex_is_jit(const pcre2_code *code)
{
	size_t size = 0;

	return pcre2_pattern_info(code, PCRE2_INFO_JITSIZE, &size) == 0 && size > 0;
}

static void *lines_malloc(PCRE2_SIZE n, void *data)
{
	(void)data;
	return tenor_calloc_lines(n);
}

static void lines_free(void *p, void *data)
{
	(void)data;
	tenor_free(p);
}

int tokenizer_init(struct tokenizer *tz, const struct token_patterns *p)
{
	/* The match data is written at every match, and each thread's is made right after the
	 * last one's: lines of its own (tenor_calloc_lines). */
	pcre2_general_context *gc = pcre2_general_context_create(lines_malloc, lines_free, NULL);

	memset(tz, 0, sizeof(*tz));
	tz->code = p->utf;
	tz->bytes = p->bytes;
	tz->jit = regex_is_jit(p->utf) && regex_is_jit(p->bytes);
	if (gc) {
		tz->md = pcre2_match_data_create(1, gc);
		tz->mc = pcre2_match_context_create(gc);
		pcre2_general_context_free(gc);
	}
	if (!tz->md || !tz->mc) {
		tokenizer_release(tz);
		return TENOR_ENOMEM;
	}
	/* A run is one match, and PCRE2's default limit of ten million steps stopped one of
	 * 3.3 million tokens; every repeat is possessive, so the steps only grow with the
	 * text, which its reader bounds. */
	pcre2_set_match_limit(tz->mc, UINT32_MAX);
	return TENOR_OK;
}

void tokenizer_release(struct tokenizer *tz)
{
	pcre2_match_data_free(tz->md);
	pcre2_match_context_free(tz->mc);
	tenor_free(tz->tok);
	memset(tz, 0, sizeof(*tz));
}

int gap_is_boundary(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	for (i = 0; i < n; i++) {
		switch (p[i]) {
		case '.': case ',': case ';': case ':': case '!': case '?':
		case '(': case ')': case '[': case ']': case '{': case '}':
		case '\n': case '\r':
			return 1;
		case '-':
			/* A dash between spaces ends a clause; a trailing hyphen
			 * ("Verkaufs- und Zeitdruck") does not. */
			if (i > 0 && i + 1 < n && (p[i - 1] == ' ' || p[i - 1] == '\t') &&
			    (p[i + 1] == ' ' || p[i + 1] == '\t'))
				return 1;
			break;
		case 0xE2:
			/* U+2013 en dash, U+2014 em dash, U+2026 ellipsis */
			if (i + 2 < n && p[i + 1] == 0x80 &&
			    (p[i + 2] == 0x93 || p[i + 2] == 0x94 || p[i + 2] == 0xA6))
				return 1;
			break;
		case 0xE3:
			/* U+3001, U+3002: ideographic comma and full stop */
			if (i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0x81 || p[i + 2] == 0x82))
				return 1;
			break;
		case 0xEF:
			/* U+FF01 ！ U+FF0C ， U+FF1A ： U+FF1B ； U+FF1F ？ */
			if (i + 2 < n && p[i + 1] == 0xBC &&
			    (p[i + 2] == 0x81 || p[i + 2] == 0x8C || p[i + 2] == 0x9A ||
			     p[i + 2] == 0x9B || p[i + 2] == 0x9F))
				return 1;
			break;
		default:
			break;
		}
	}
	return 0;
}

/* Splits the run s[pos..end) at its spaces into the tokens t[0..k), k returned, and sets
 * the boundary of all but the first: a space ends no clause, punctuation before it does.
 * Eight bytes at a time, each space taken from the word's flags: a loop over the bytes
 * mispredicts its exit at the end of every token. s[0..n) may all be read. */
static size_t split_run(struct token *t, const char *s, size_t pos, size_t end, size_t n)
{
	struct token *first = t;
	size_t base;

	t->start = (uint32_t)pos;
	for (base = pos; base < end; base += 8) {
		uint64_t spaces;
		if (base + 8 <= n) {
			spaces = bytes_eq(bytes_load_le(s + base), ' ');
		} else {
			unsigned char tail[8] = { 0 };
			memcpy(tail, s + base, n - base);
			spaces = bytes_eq(bytes_load_le(tail), ' ');
		}
		if (end - base < 8)
			spaces &= ((uint64_t)1 << 8 * (end - base)) - 1;
		for (; spaces; spaces &= spaces - 1) {
			size_t sp = base + bytes_lowest(spaces);
			int punct = run_punct(s[sp - 1]);
			t->end = (uint32_t)(sp - (size_t)punct);
			t++;
			t->start = (uint32_t)(sp + 1);
			t->boundary = punct;
		}
	}
	t->end = (uint32_t)end;
	return (size_t)(t - first) + 1;
}

/* The length of the character at p[0..n), above ASCII, when it is valid UTF-8 that
 * BYTE_WORD and BYTE_JOIN know, else 0: below U+0100 (0xC2 or 0xC3 and a continuation
 * byte), U+2000 to U+206F (0xE2, then 0x80 and a continuation byte, or 0x81 and 0x80 to
 * 0xAF), U+20A0 to U+20BF (0xE2 0x82, then 0xA0 to 0xBF) or U+FEFF. */
static size_t byte_pattern_char(const unsigned char *p, size_t n)
{
	if (n >= 2 && (p[0] == 0xC2 || p[0] == 0xC3) && (p[1] & 0xC0) == 0x80)
		return 2;
	if (n < 3 || (p[2] & 0xC0) != 0x80)
		return 0;
	if (p[0] == 0xE2 && (p[1] == 0x80 || (p[1] == 0x81 && p[2] <= 0xAF) ||
			     (p[1] == 0x82 && p[2] >= 0xA0)))
		return 3;
	return p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0;
}

/* Validates s[0..n) and picks its pattern in one pass, as most texts are ASCII with a few
 * Latin-1 letters: the twin in bytes when every character is ASCII or one
 * byte_pattern_char knows (all of the bench's generated comments but one in twenty-five,
 * and most real ones, with their typographic quotes and dashes), else the pattern for any
 * text; NULL when the text is not valid UTF-8, with the offset of its first bad byte in
 * tz->bad. */
static const pcre2_code *pattern_for(struct tokenizer *tz, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;

	while ((i += bytes_ascii_run(s + i, n - i)) < n && (k = byte_pattern_char(p + i, n - i)))
		i += k;
	if (i == n)
		return tz->bytes;
	if (!utf8_valid(s + i, n - i, &tz->bad)) {
		tz->bad += i;
		return NULL;
	}
	return tz->code;
}

int tokenize(struct tokenizer *tz, const char *s, size_t n)
{
	const pcre2_code *code = pattern_for(tz, s, n);
	PCRE2_SIZE pos = 0, prev_end = 0;
	int rc;

	tz->ntok = 0;
	if (n > UINT32_MAX)
		return TENOR_ELIMIT;
	if (!code)
		return TENOR_EUTF8;
	tz->separated = 1;
	while (pos < n) {
		PCRE2_SIZE *ov, end;
		struct token *t;

		rc = tz->jit ? pcre2_jit_match(code, (PCRE2_SPTR)s, n, pos, 0, tz->md, tz->mc)
			     : pcre2_match(code, (PCRE2_SPTR)s, n, pos, PCRE2_NO_UTF_CHECK, tz->md,
					   tz->mc);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0)
			return rc == PCRE2_ERROR_NOMEMORY ? TENOR_ENOMEM : TENOR_EINVAL;
		ov = pcre2_get_ovector_pointer(tz->md);
		pos = ov[0];
		end = ov[1];
		/* a token and a space are at least two bytes */
		if ((rc = tenor_grow(&tz->tok, &tz->cap, tz->ntok + (end - pos) / 2 + 1,
				     sizeof(*tz->tok))))
			return rc;
		/* the run's first token follows whatever gap there was */
		t = &tz->tok[tz->ntok];
		t->boundary = tz->ntok > 0 && gap_is_boundary(s + prev_end, pos - prev_end);
		if (tz->separated)
			tz->separated = normalize_separates(s + prev_end, pos - prev_end);
		tz->ntok += split_run(t, s, pos, end, n);
		prev_end = pos = end;
	}
	if (tz->separated)
		tz->separated = normalize_separates(s + prev_end, n - prev_end);
	return TENOR_OK;
}
