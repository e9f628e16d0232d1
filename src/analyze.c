/*
 * analyze.c - the analyzer: runs one text through the pipeline (validate, tokenize, choose
 * the language, look every token up in the memo, match) and hands out the result.
 */
#include "analyze.h"
#include "bytes.h"

#include <libstemmer.h>
#include <stdio.h>
#include <string.h>

#define TEXT_MAX ((size_t)256 << 20)

int tenor_analyzer_new(const struct tenor_lexicon *lx, struct tenor_analyzer **out)
{
	struct tenor_analyzer *a;
	int rc;

	if (!out)
		return TENOR_EINVAL;
	*out = NULL;
	if (!lx)
		return TENOR_EINVAL;
	if (!lx->frozen)
		return TENOR_ESTATE;
	/* Threads' analyzers are made one after another: their lines apart. */
	if (!(a = tenor_calloc_lines(sizeof(*a))))
		return TENOR_ENOMEM;
	a->lx = lx;
	a->memo.limit = TENOR_MEMO_DEFAULT;
	/* "en" where it is installed, else the first installed language. */
	if (lexicon_find_lang(lx, "en") < 0 || !lx->langs[lexicon_find_lang(lx, "en")].installed) {
		size_t i;
		for (i = 1; i < lx->nlangs && !lx->langs[i].installed; i++)
			;
		snprintf(a->default_lang, sizeof(a->default_lang), "%s",
			 i < lx->nlangs ? lx->langs[i].code : "en");
	} else {
		snprintf(a->default_lang, sizeof(a->default_lang), "en");
	}
	a->memo.nmaps = 2 * lx->nlangs;
	if (!(a->memo.maps = tenor_calloc(a->memo.nmaps, sizeof(*a->memo.maps))) ||
	    !(a->stemmers = tenor_calloc(lx->nlangs, sizeof(*a->stemmers))) ||
	    !(a->cats = tenor_calloc_lines((lx->ncats ? lx->ncats : 1) * sizeof(*a->cats)))) {
		tenor_analyzer_free(a);
		return TENOR_ENOMEM;
	}
	if ((rc = tokenizer_init(&a->tz, &lx->token_code))) {
		tenor_analyzer_free(a);
		return rc;
	}
	*out = a;
	return TENOR_OK;
}

/* Frees the arrays that grow with a text (its tokens, their words, hashes and negation,
 * the candidates, matches, and the normalized text for regexes with its map), leaving the
 * analyzer usable; the last result goes with them. */
static void release_text_arrays(struct tenor_analyzer *a)
{
	tenor_free(a->tz.tok);
	tenor_free(a->tokword);
	tenor_free(a->tokhash);
	tenor_free(a->negated);
	tenor_free(a->cands);
	tenor_free(a->matches);
	tenor_free(a->excepts);
	tenor_free(a->map);
	buf_release(&a->normtext);
	a->tz.tok = NULL;
	a->tokword = NULL;
	a->tokhash = NULL;
	a->negated = NULL;
	a->cands = NULL;
	a->matches = NULL;
	a->excepts = NULL;
	a->map = NULL;
	a->tz.cap = a->tz.ntok = a->tokcap = a->hashcap = a->negcap = 0;
	a->candcap = a->ncands = a->matchcap = a->nmatches = a->mapcap = a->nmap = 0;
	a->exceptcap = a->nexcepts = 0;
	memset(&a->result, 0, sizeof(a->result));
}

void tenor_analyzer_free(struct tenor_analyzer *a)
{
	size_t i;

	if (!a)
		return;
	if (a->stemmers)
		for (i = 0; i < a->lx->nlangs; i++)
			sb_stemmer_delete(a->stemmers[i]);
	tenor_free(a->stemmers);
	release_text_arrays(a);
	tokenizer_release(&a->tz);
	normalizer_release(&a->nz);
	buf_release(&a->norm);
	buf_release(&a->stem);
	buf_release(&a->joined);
	memo_release(&a->memo);
	tenor_free(a->ids);
	tenor_free(a->hits);
	tenor_free(a->cats);
	pcre2_match_data_free(a->re_md);
	pcre2_match_context_free(a->re_mc);
	tenor_free(a);
}

/* A language can be used when it is installed, or when language-independent (LIWC)
 * entries are loaded, which need no lexicon of the language's own. */
static int usable_lang(const struct tenor_lexicon *lx, const char *code, uint32_t *idx)
{
	int l = lexicon_find_lang(lx, code);
	if (l > 0 && lx->langs[l].installed) {
		*idx = (uint32_t)l;
		return 1;
	}
	if (lx->has_any) {
		*idx = LANG_ANY;
		return 1;
	}
	return 0;
}

int analyzer_clone(const struct tenor_analyzer *a, size_t memo_limit,
		   struct tenor_analyzer **out)
{
	int rc = tenor_analyzer_new(a->lx, out);

	if (rc)
		return rc;
	memcpy((*out)->default_lang, a->default_lang, sizeof(a->default_lang));
	(*out)->memo.limit = memo_limit;
	return TENOR_OK;
}

/* A language code into a field of LANG_FIELD bytes, cut as snprintf would cut it: once per
 * document, where snprintf's format parsing was 2% of score. */
static void copy_lang(char *field, const char *code)
{
	size_t n = strnlen(code, LANG_FIELD - 1);

	memcpy(field, code, n);
	field[n] = 0;
}

void analyzer_trim(struct tenor_analyzer *a)
{
	size_t held = a->tz.cap * sizeof(*a->tz.tok) + a->tokcap * sizeof(*a->tokword) +
		      a->hashcap * sizeof(*a->tokhash) + a->negcap * sizeof(*a->negated) +
		      a->candcap * sizeof(*a->cands) + a->matchcap * sizeof(*a->matches) +
		      a->exceptcap * sizeof(*a->excepts) +
		      a->normtext.cap + a->mapcap * sizeof(*a->map);

	if (held > ANALYZER_KEEP)
		release_text_arrays(a);
}

int result_keep(struct result_log *log, const struct tenor_result *r, struct kept_result *k)
{
	int rc;

	if ((rc = tenor_grow(&log->cats, &log->catcap, log->ncats + r->ncategories,
			     sizeof(*log->cats))) ||
	    (rc = tenor_grow(&log->matches, &log->matchcap, log->nmatches + r->nmatches,
			     sizeof(*log->matches))))
		return rc;
	copy_lang(k->lang, r->lang);
	k->tokens = r->tokens;
	k->regex_limited = r->regex_limited;
	k->cat = log->ncats;
	k->ncats = r->ncategories;
	k->match = log->nmatches;
	k->nmatches = r->nmatches;
	if (r->ncategories)
		memcpy(log->cats + log->ncats, r->categories, r->ncategories * sizeof(*log->cats));
	if (r->nmatches)
		memcpy(log->matches + log->nmatches, r->matches, r->nmatches * sizeof(*log->matches));
	log->ncats += r->ncategories;
	log->nmatches += r->nmatches;
	return TENOR_OK;
}

void result_get(const struct result_log *log, const struct kept_result *k,
		struct tenor_result *r)
{
	memset(r, 0, sizeof(*r));
	r->lang = k->lang;
	r->tokens = k->tokens;
	r->regex_limited = k->regex_limited;
	r->ncategories = k->ncats;
	/* (no arithmetic on a NULL array: a log without matches has none) */
	r->categories = k->ncats ? log->cats + k->cat : NULL;
	r->nmatches = k->nmatches;
	r->matches = k->nmatches ? log->matches + k->match : NULL;
}

void result_log_reset(struct result_log *log)
{
	log->ncats = log->nmatches = 0;
}

void result_log_release(struct result_log *log)
{
	tenor_free(log->cats);
	tenor_free(log->matches);
	memset(log, 0, sizeof(*log));
}

int tenor_analyzer_set_default_lang(struct tenor_analyzer *a, const char *lang)
{
	uint32_t idx;
	if (!a || !lang || strlen(lang) >= sizeof(a->default_lang))
		return TENOR_EINVAL;
	if (!usable_lang(a->lx, lang, &idx))
		return TENOR_ELANG;
	snprintf(a->default_lang, sizeof(a->default_lang), "%s", lang);
	return TENOR_OK;
}

int tenor_analyzer_set_memo_limit(struct tenor_analyzer *a, size_t bytes)
{
	if (!a)
		return TENOR_EINVAL;
	a->memo.limit = bytes;
	return TENOR_OK;
}

const struct tenor_lexicon *tenor_analyzer_lexicon(const struct tenor_analyzer *a)
{
	return a ? a->lx : NULL;
}

size_t tenor_analyzer_error_offset(const struct tenor_analyzer *a)
{
	return a ? a->error_offset : 0;
}

const char *tenor_analyzer_error(const struct tenor_analyzer *a)
{
	return a ? a->error : "";
}

static int fail(struct tenor_analyzer *a, int rc, const char *msg)
{
	snprintf(a->error, sizeof(a->error), "%s", msg ? msg : tenor_strerror(rc));
	return rc;
}

int tenor_analyze(struct tenor_analyzer *a, const char *text, size_t len, const char *lang,
		  const struct tenor_result **out)
{
	return analyzer_run(a, text, len, lang, NULL, out);
}

int analyzer_run(struct tenor_analyzer *a, const char *text, size_t len, const char *lang,
		 const char *fallback, const struct tenor_result **out)
{
	const struct tenor_lexicon *lx;
	uint32_t li;
	size_t t;
	int rc, hashed = 0;

	if (!a || !out || (!text && len))
		return TENOR_EINVAL;
	*out = NULL;
	a->error[0] = 0;
	a->fell_back = 0;
	lx = a->lx;
	if (!text)
		text = "";
	if (len > TEXT_MAX)
		return fail(a, TENOR_ELIMIT, "text larger than 256 MiB");
	if ((rc = tokenize(&a->tz, text, len)) == TENOR_EUTF8) {
		a->error_offset = a->tz.bad;
		snprintf(a->error, sizeof(a->error), "invalid UTF-8 at byte %zu", a->tz.bad);
		return TENOR_EUTF8;
	}
	if (rc)
		return fail(a, rc, NULL);
	memo_trim(&a->memo);

	if (!lang || strcmp(lang, "auto") == 0) {
		int found;
		/* once a token: language detection and the memo look each up in a map */
		if ((rc = tenor_grow(&a->tokhash, &a->hashcap, a->tz.ntok + 1,
				     sizeof(*a->tokhash))))
			return fail(a, rc, NULL);
		for (t = 0; t < a->tz.ntok; t++)
			a->tokhash[t] = tenor_hash(text + a->tz.tok[t].start,
						   a->tz.tok[t].end - a->tz.tok[t].start, 0);
		hashed = 1;
		if ((rc = langid_detect(a, text, &found)))
			return fail(a, rc, NULL);
		a->fell_back = found <= 0;
		if (found > 0) {
			li = (uint32_t)found;
			lang = lx->langs[li].code;
		} else if (fallback && usable_lang(lx, fallback, &li)) {
			lang = fallback;
		} else {
			lang = a->default_lang;
			if (!usable_lang(lx, lang, &li))
				return fail(a, TENOR_ELANG, "the default language has no lexicon");
		}
	} else if (!usable_lang(lx, lang, &li)) {
		const char *code = tenor_lexicon_lang_of_tag(lx, lang);
		if (!code || !usable_lang(lx, code, &li)) {
			snprintf(a->error, sizeof(a->error), "no lexicon for language '%.*s'",
				 (int)bytes_utf8_prefix(lang, strlen(lang), 40), lang);
			return TENOR_ELANG;
		}
		lang = code;
	}
	copy_lang(a->lang, lang);

	if ((rc = tenor_grow(&a->tokword, &a->tokcap, a->tz.ntok + 1, sizeof(*a->tokword))) ||
	    (rc = tenor_grow(&a->negated, &a->negcap, a->tz.ntok + 1, sizeof(*a->negated))))
		return fail(a, rc, NULL);
	for (t = 0; t < a->tz.ntok; t++) {
		const struct token *tk = &a->tz.tok[t];
		if ((rc = memo_get(a, li, text + tk->start, tk->end - tk->start,
				   hashed ? &a->tokhash[t] : NULL, &a->tokword[t])))
			return fail(a, rc, NULL);
	}
	memset(a->cats, 0, (lx->ncats ? lx->ncats : 1) * sizeof(*a->cats));
	a->result.regex_limited = 0;
	if ((rc = match_document(a, li, text, len)))
		return fail(a, rc, NULL);
	a->result.lang = a->lang;
	a->result.tokens = a->tz.ntok;
	a->result.ncategories = lx->ncats;
	a->result.categories = a->cats;
	a->result.nmatches = a->nmatches;
	a->result.matches = a->matches;
	*out = &a->result;
	return TENOR_OK;
}
