/*
 * match.c - the match stage for one document: phrases and regexes on top of the memo's
 * single-word hits, overlaps resolved (within a category the longest match wins), and
 * negation (a negator reaches matches that start within the language's window, unless a
 * clause boundary or a contrast word comes first).
 */
#include "analyze.h"
#include "bytes.h"
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

/* No pattern can hang a run: a regex that needs more steps stops for that document. */
#define REGEX_MATCH_LIMIT 100000
#define REGEX_DEPTH_LIMIT 1000

static int kind_rank(enum tenor_entry_kind k)
{
	switch (k) {
	case TENOR_ENTRY_PHRASE: return 0;
	case TENOR_ENTRY_WORD: case TENOR_ENTRY_EXACT: return 1;
	case TENOR_ENTRY_COMPOUND: return 2;
	case TENOR_ENTRY_PREFIX: return 3;
	default: return 4;
	}
}

static int add_cand(struct tenor_analyzer *a, uint32_t cat, uint32_t entry, size_t start,
		    size_t end, size_t tok)
{
	struct cand *c;
	enum tenor_entry_kind kind = a->lx->entries[entry].kind;
	if (tenor_grow(&a->cands, &a->candcap, a->ncands + 1, sizeof(*a->cands)))
		return TENOR_ENOMEM;
	c = &a->cands[a->ncands++];
	c->category = cat;
	c->entry = entry;
	c->start = start;
	c->end = end;
	c->tok = tok;
	c->rank = (uint16_t)kind_rank(kind);
	c->kind = (uint16_t)kind;
	return TENOR_OK;
}

static int has_pat(const struct memo_word *w, uint32_t p)
{
	size_t lo = 0, hi = w->npats;

	if (!(w->patbits >> (p & 63) & 1))
		return 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (w->pats[mid] < p)
			lo = mid + 1;
		else if (w->pats[mid] > p)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

/* Single-word hits and phrases starting at each token, and the negation reach of each
 * token, in the same pass over their words: negated[t] is 1 when a negator stands within
 * the window before token t in the same clause. */
static int token_cands(struct tenor_analyzer *a, int window)
{
	const struct tenor_lexicon *lx = a->lx;
	const struct token *tok = a->tz.tok;
	size_t t, ntok = a->tz.ntok, last = 0;
	int rc, have = 0;

	a->doc_lits = a->doc_starts = 0;
	for (t = 0; t < ntok; t++) {
		const struct memo_word *w = &a->memo.words[a->tokword[t]];
		uint32_t i;
		if (tok[t].boundary || (w->flags & WORD_CONTRAST))
			have = 0;
		a->negated[t] = have && t - last <= (size_t)window;
		if (w->flags & WORD_NEGATOR) {
			last = t;
			have = 1;
		}
		a->doc_lits |= w->lits;
		a->doc_starts |= w->may_start;
		for (i = 0; i < w->nhits; i++) {
			uint32_t e = w->hits[i];
			if ((rc = add_cand(a, (uint32_t)lx->entries[e].category, e, tok[t].start,
					   tok[t].end, t)))
				return rc;
		}
		/* A phrase has two words or more: none starts here unless the next token may
		 * be the second word of one that does. Most tokens after a phrase's first
		 * word are in none. */
		if (!w->nextbits || t + 1 == ntok || tok[t + 1].boundary ||
		    !(a->memo.words[a->tokword[t + 1]].patbits & w->nextbits))
			continue;
		for (i = 0; i < w->nstarts; i++) {
			const struct phrase_start *ps = &w->starts[i];
			uint32_t k;
			if (t + ps->npat > ntok)
				continue;
			for (k = 1; k < ps->npat; k++) {
				size_t u = t + k;
				if (tok[u].boundary ||
				    !has_pat(&a->memo.words[a->tokword[u]], ps->first_pat + k))
					break;
			}
			if (k < ps->npat || ps->category < 0)
				continue;
			if ((rc = add_cand(a, (uint32_t)ps->category, ps->entry, tok[t].start,
					   tok[t + ps->npat - 1].end, t)))
				return rc;
		}
	}
	a->negated[ntok] = 0;
	return TENOR_OK;
}

/* The first token that ends after off (ntok when none). */
static size_t token_at(const struct tokenizer *tz, size_t off)
{
	size_t lo = 0, hi = tz->ntok;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (tz->tok[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* One match of re in the normalized text from pos, with the limits of every lexicon regex. */
static int regex_match(const pcre2_code *re, int jit, struct tenor_analyzer *a, size_t pos)
{
	PCRE2_SPTR subj = (PCRE2_SPTR)(a->normtext.data ? a->normtext.data : "");

	return jit ? pcre2_jit_match(re, subj, a->normtext.len, pos, 0, a->re_md, a->re_mc)
		   : pcre2_match(re, subj, a->normtext.len, pos, PCRE2_NO_UTF_CHECK, a->re_md,
				 a->re_mc);
}

/* Which of the language's regexes may match the text, known from its words: the ones
 * whose literal and first byte (where they have them) some word holds (token_cands gathers
 * the words' bits). Returns 0 when the words cannot tell: the language has too many
 * regexes, or the text between two tokens might join them or add a letter once normalized
 * (the tokenizer's separated). Otherwise a literal or start in the normalized text lies
 * within one normalized token, which the memo has looked at. */
static int regexes_possible(const struct tenor_analyzer *a, const struct lang *l, uint64_t *run)
{
	const struct tenor_lexicon *lx = a->lx;
	size_t r;

	if (l->nregex > REGEX_PREFILTER_MAX || !a->tz.separated)
		return 0;
	*run = 0;
	for (r = 0; r < l->nregex; r++) {
		const struct entry *e = &lx->entries[l->regex[r]];
		if ((!e->mustlen || (a->doc_lits >> r & 1)) &&
		    (!e->has_starts || (a->doc_starts >> r & 1)))
			*run |= (uint64_t)1 << r;
	}
	return 1;
}

static int regex_cands(struct tenor_analyzer *a, const struct lang *l, const char *s, size_t n)
{
	const struct tenor_lexicon *lx = a->lx;
	uint64_t run = 0;
	int known = regexes_possible(a, l, &run), rc;
	size_t r;

	/* most texts: no regex can match, and the text is not normalized */
	if (known && !run)
		return TENOR_OK;
	if (!a->re_md) {
		a->re_md = pcre2_match_data_create(1, NULL);
		a->re_mc = pcre2_match_context_create(NULL);
		if (!a->re_md || !a->re_mc)
			return TENOR_ENOMEM;
		pcre2_set_match_limit(a->re_mc, REGEX_MATCH_LIMIT);
		pcre2_set_depth_limit(a->re_mc, REGEX_DEPTH_LIMIT);
	}
	/* An empty text normalizes to nothing: the last text's normal form must not stay. */
	if (n == 0)
		buf_reset(&a->normtext);
	else if (a->nmap == 0 &&
		 (rc = normalize_mapped(&a->nz, s, n, &a->normtext, &a->map, &a->mapcap, &a->nmap)))
		return rc;
	for (r = 0; r < l->nregex; r++) {
		const struct entry *e = &lx->entries[l->regex[r]];
		const char *subj = a->normtext.data ? a->normtext.data : "";
		size_t len = a->normtext.len, pos = 0;
		if (known ? !(run >> r & 1)
			  : e->mustlen && !bytes_contains(subj, len, e->must, e->mustlen))
			continue;
		while (pos <= len) {
			PCRE2_SIZE *ov;
			size_t start, end;
			int m = regex_match(e->re, e->jit, a, pos);
			if (m == PCRE2_ERROR_NOMATCH)
				break;
			if (m == PCRE2_ERROR_MATCHLIMIT || m == PCRE2_ERROR_DEPTHLIMIT ||
			    m == PCRE2_ERROR_JIT_STACKLIMIT || m == PCRE2_ERROR_HEAPLIMIT) {
				a->result.regex_limited++;
				break;
			}
			if (m < 0)
				return m == PCRE2_ERROR_NOMEMORY ? TENOR_ENOMEM : TENOR_EINVAL;
			ov = pcre2_get_ovector_pointer(a->re_md);
			if (ov[1] > ov[0]) {
				start = normalize_map_back(a->map, a->nmap, ov[0], n, 0);
				end = normalize_map_back(a->map, a->nmap, ov[1], n, 1);
				if ((rc = add_cand(a, (uint32_t)e->category, l->regex[r], start, end,
						   token_at(&a->tz, start))))
					return rc;
				pos = ov[1];
			} else {
				/* An empty match: step over one code point. */
				pos = ov[1] + 1;
				while (pos < len && ((unsigned char)subj[pos] & 0xC0) == 0x80)
					pos++;
			}
		}
	}
	return TENOR_OK;
}

/* Category, then longest first, then the entry kind's rank, then earlier entry, then
 * earlier start: the order in which candidates claim their text. */
static int cmp_claim(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;
	size_t la = a->end - a->start, lb = b->end - b->start;
	if (a->category != b->category)
		return a->category < b->category ? -1 : 1;
	if (la != lb)
		return la > lb ? -1 : 1;
	if (a->rank != b->rank)
		return a->rank - b->rank;
	if (a->entry != b->entry)
		return a->entry < b->entry ? -1 : 1;
	return a->start < b->start ? -1 : a->start > b->start;
}

static int cmp_position(const void *x, const void *y)
{
	const struct tenor_match *a = x, *b = y;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->category < b->category ? -1 : a->category > b->category;
}

/* Does [start, end) overlap one of v[from, n), which are disjoint and sorted by start? *at
 * is where a span starting at start goes among them. */
static int claimed(const struct tenor_match *v, size_t from, size_t n, size_t start,
		   size_t end, size_t *at)
{
	size_t lo = from, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (v[mid].start < start)
			lo = mid + 1;
		else
			hi = mid;
	}
	*at = lo;
	if (lo < n && v[lo].start < end)
		return 1;
	return lo > from && v[lo - 1].end > start;
}

int match_document(struct tenor_analyzer *a, uint32_t lang, const char *s, size_t n)
{
	const struct tenor_lexicon *lx = a->lx;
	const struct lang *l = &lx->langs[lang];
	size_t i, from;
	int rc;

	a->ncands = 0;
	a->nmatches = 0;
	a->nmap = 0;
	if ((rc = token_cands(a, lang != LANG_ANY ? l->window : 0)))
		return rc;
	if (lang != LANG_ANY && l->nregex && (rc = regex_cands(a, l, s, n)))
		return rc;

	if (a->ncands > 1)
		qsort(a->cands, a->ncands, sizeof(*a->cands), cmp_claim);
	if ((rc = tenor_grow(&a->matches, &a->matchcap, a->ncands, sizeof(*a->matches))))
		return rc;
	from = 0;
	a->nexcepts = 0;
	for (i = 0; i < a->ncands; i++) {
		const struct cand *c = &a->cands[i];
		enum tenor_entry_kind kind = (enum tenor_entry_kind)c->kind;
		struct tenor_match *m;
		size_t at, xat;
		if (i > 0 && c->category != a->cands[i - 1].category) {
			from = a->nmatches;
			a->nexcepts = 0;
		}
		if (claimed(a->matches, from, a->nmatches, c->start, c->end, &at) ||
		    (kind != TENOR_ENTRY_REGEX &&
		     claimed(a->excepts, 0, a->nexcepts, c->start, c->end, &xat)))
			continue;
		/* an exception of several words ("!blood pressure") takes its words from the
		 * shorter entries of its category, and is no match itself */
		if (kind == TENOR_ENTRY_EXCEPTION) {
			if (tenor_grow(&a->excepts, &a->exceptcap, a->nexcepts + 1,
				       sizeof(*a->excepts)))
				return TENOR_ENOMEM;
			memmove(&a->excepts[xat + 1], &a->excepts[xat],
				(a->nexcepts - xat) * sizeof(*a->excepts));
			a->excepts[xat].start = c->start;
			a->excepts[xat].end = c->end;
			a->nexcepts++;
			continue;
		}
		memmove(&a->matches[at + 1], &a->matches[at],
			(a->nmatches - at) * sizeof(*a->matches));
		m = &a->matches[at];
		m->category = c->category;
		m->entry = c->entry;
		m->start = c->start;
		m->end = c->end;
		m->weight = lx->entries[c->entry].weight;
		m->negated = a->negated[c->tok];
		a->nmatches++;
	}
	if (a->nmatches > 1)
		qsort(a->matches, a->nmatches, sizeof(*a->matches), cmp_position);
	for (i = 0; i < a->nmatches; i++) {
		const struct tenor_match *m = &a->matches[i];
		struct tenor_category_result *cr = &a->cats[m->category];
		if (m->negated) {
			cr->negated++;
		} else {
			cr->hits++;
			cr->weight += m->weight;
		}
	}
	return TENOR_OK;
}
