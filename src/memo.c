/*
 * memo.c - the lookup stage: each distinct (language, word) is normalized, stemmed and
 * matched against the single-word entries once; later occurrences are one hash probe.
 *
 * The memo is bounded: when it holds more than its limit at the start of a document it is
 * emptied and refills with the words that are still in use. Vocabulary is Zipfian, so the
 * frequent words come back at once.
 */
#include "analyze.h"
#include "bytes.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

static size_t memo_bytes(const struct memo *m)
{
	size_t n = m->arena.used + m->cap * sizeof(*m->words) + strmap_bytes(&m->funcwords) +
		   m->fwlangs.cap, i;

	for (i = 0; i < m->nmaps; i++)
		n += strmap_bytes(&m->maps[i]);
	return n;
}

void memo_empty(struct memo *m)
{
	size_t i;

	for (i = 0; i < m->nmaps; i++)
		strmap_reset(&m->maps[i]);
	arena_reset(&m->arena);
	strmap_reset(&m->funcwords);
	buf_reset(&m->fwlangs);
	m->nwords = 0;
}

/* Frees the maps' tables, the words and the function words' languages; the memo stays
 * usable, empty. */
static void release_tables(struct memo *m)
{
	size_t i;

	for (i = 0; m->maps && i < m->nmaps; i++)
		strmap_release(&m->maps[i]);
	strmap_release(&m->funcwords);
	buf_release(&m->fwlangs);
	tenor_free(m->words);
	m->words = NULL;
	m->nwords = m->cap = 0;
}

/* Emptied tables keep their size. Grown past the bound, the words and the maps are most of
 * it, and where they alone would still pass half the bound they go too, and grow again
 * with the words that come back: kept, they stayed over the bound, and the memo was
 * emptied at every document, each time clearing the maps and computing every word again
 * (200,000 comments of new words: 445 s instead of a few). */
void memo_trim(struct memo *m)
{
	if (memo_bytes(m) <= m->limit)
		return;
	memo_empty(m);
	if (memo_bytes(m) > m->limit / 2)
		release_tables(m);
}

void memo_release(struct memo *m)
{
	release_tables(m);
	tenor_free(m->maps);
	arena_release(&m->arena);
	memset(m, 0, sizeof(*m));
}

static int stem(struct tenor_analyzer *a, uint32_t lang, const char *s, size_t n)
{
	const struct lang *l = &a->lx->langs[lang];
	const sb_symbol *r;

	buf_reset(&a->stem);
	if (lang == LANG_ANY)
		return buf_add(&a->stem, s, n);
	if (!a->stemmers[lang]) {
		a->stemmers[lang] = sb_stemmer_new(l->stemmer, "UTF_8");
		if (!a->stemmers[lang])
			return TENOR_ENOMEM;
	}
	r = sb_stemmer_stem(a->stemmers[lang], (const sb_symbol *)s, (int)n);
	if (!r)
		return TENOR_ENOMEM;
	return buf_add(&a->stem, r, (size_t)sb_stemmer_length(a->stemmers[lang]));
}

/* Appends the patterns matched by normalized (s, n) in lang and in the
 * language-independent slot. */
static int lookup(struct tenor_analyzer *a, uint32_t lang, const char *s, size_t n)
{
	int rc;

	if (lang != LANG_ANY) {
		if ((rc = stem(a, lang, s, n)))
			return rc;
		if ((rc = lexicon_lookup(a->lx, lang, s, n, a->stem.data, a->stem.len, &a->ids,
					 &a->nids, &a->idcap)))
			return rc;
	}
	if (a->lx->has_any)
		return lexicon_lookup(a->lx, LANG_ANY, s, n, s, n, &a->ids, &a->nids, &a->idcap);
	return TENOR_OK;
}

static int kind_rank(enum tenor_entry_kind k)
{
	return k == TENOR_ENTRY_WORD || k == TENOR_ENTRY_EXACT ? 0
	       : k == TENOR_ENTRY_COMPOUND                     ? 1
								: 2;
}

/* Does entry e rank before entry cur (UINT32_MAX: none yet)? */
static int better(const struct tenor_lexicon *lx, uint32_t e, uint32_t cur)
{
	int re, rc;
	if (cur == UINT32_MAX)
		return 1;
	re = kind_rank(lx->entries[e].kind);
	rc = kind_rank(lx->entries[cur].kind);
	return re < rc || (re == rc && e < cur);
}

/* An exception of one word keeps the word out of cat; one of several words is a phrase
 * (match.c). */
static int excepted(const struct tenor_lexicon *lx, const uint32_t *ids, size_t n, int32_t cat)
{
	size_t i;
	for (i = 0; i < n; i++) {
		const struct entry *e = &lx->entries[lx->pats[ids[i]].entry];
		if (e->kind == TENOR_ENTRY_EXCEPTION && e->npat == 1 && e->category == cat)
			return 1;
	}
	return 0;
}

/* The best single-word entry of category cat among ids[from, to), or UINT32_MAX. */
static uint32_t best_in(const struct tenor_lexicon *lx, const uint32_t *ids, size_t from,
			size_t to, int32_t cat)
{
	uint32_t best = UINT32_MAX;
	size_t i;
	for (i = from; i < to; i++) {
		uint32_t eid = lx->pats[ids[i]].entry;
		const struct entry *e = &lx->entries[eid];
		if (e->category != cat || e->npat != 1 || e->kind == TENOR_ENTRY_EXCEPTION)
			continue;
		if (better(lx, eid, best))
			best = eid;
	}
	return best;
}

static int cmp_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	return a < b ? -1 : a > b;
}

/* Which of the language's regexes the normalized word (s, n) holds the literal of, and a
 * byte of the start of (match.c, regexes_possible). */
static void regex_bits(const struct tenor_lexicon *lx, const struct lang *l, const char *s,
		       size_t n, struct memo_word *w)
{
	unsigned char set[16];
	size_t r;

	if (!l->nregex)
		return;
	/* the word's bytes once: most literals' first letters and most starts are not in it */
	ascii_set(s, n, set);
	for (r = 0; r < l->nregex && r < REGEX_PREFILTER_MAX; r++) {
		const struct entry *e = &lx->entries[l->regex[r]];
		unsigned char c = (unsigned char)e->must[0];
		if (e->mustlen && (c >= 128 || (set[c >> 3] >> (c & 7) & 1)) &&
		    bytes_contains(s, n, e->must, e->mustlen))
			w->lits |= (uint64_t)1 << r;
		if (e->has_starts && sets_meet(e->starts, set))
			w->may_start |= (uint64_t)1 << r;
	}
}

/* The word of the normalized form in a->norm: a function of it and lang alone. */
static int compute(struct tenor_analyzer *a, uint32_t lang, struct memo_word *w)
{
	const struct tenor_lexicon *lx = a->lx;
	size_t whole, joined, i, nph = 0, dash, nh = 0;
	int rc;

	memset(w, 0, sizeof(*w));
	a->nids = 0;
	if ((rc = lookup(a, lang, a->norm.data, a->norm.len)))
		return rc;
	whole = a->nids;
	/* A hyphenated word is also matchable as one closed word, since German writes a
	 * compound either way (Abschluss-Druck, Abschlussdruck), and then by its last part. */
	for (dash = a->norm.len; dash > 0 && a->norm.data[dash - 1] != '-'; dash--)
		;
	if (dash > 1 && dash < a->norm.len) {
		buf_reset(&a->joined);
		if ((rc = buf_add_except(&a->joined, a->norm.data, a->norm.len, '-')) ||
		    (rc = lookup(a, lang, a->joined.data, a->joined.len)))
			return rc;
	}
	joined = a->nids;
	if (dash > 1 && dash < a->norm.len &&
	    (rc = lookup(a, lang, a->norm.data + dash, a->norm.len - dash)))
		return rc;

	if (lang != LANG_ANY)
		regex_bits(lx, &lx->langs[lang], a->norm.data, a->norm.len, w);
	for (i = 0; i < whole; i++) {
		const struct entry *e = &lx->entries[lx->pats[a->ids[i]].entry];
		if (e->lang != lang)
			continue;
		if (e->kind == TENOR_ENTRY_NEGATOR)
			w->flags |= WORD_NEGATOR;
		else if (e->kind == TENOR_ENTRY_CONTRAST)
			w->flags |= WORD_CONTRAST;
	}
	for (i = 0; i < a->nids; i++) {
		const struct entry *e = &lx->entries[lx->pats[a->ids[i]].entry];
		size_t j, k;
		int32_t cat = e->category;
		uint32_t best;
		if (e->npat > 1) {
			nph++;
			continue;
		}
		if (cat < 0 || e->kind == TENOR_ENTRY_EXCEPTION)
			continue;
		for (k = 0; k < nh && lx->entries[a->hits[k]].category != cat; k++)
			;
		if (k < nh)
			continue;
		/* First time this category shows up: decide it once. */
		for (j = 0; j < i; j++)
			if (lx->entries[lx->pats[a->ids[j]].entry].category == cat &&
			    lx->entries[lx->pats[a->ids[j]].entry].npat == 1 &&
			    lx->entries[lx->pats[a->ids[j]].entry].kind != TENOR_ENTRY_EXCEPTION)
				break;
		if (j < i)
			continue;
		if (excepted(lx, a->ids, a->nids, cat))
			continue;
		/* the whole and the joined word are one word spelled two ways */
		best = best_in(lx, a->ids, 0, joined, cat);
		if (best == UINT32_MAX)
			best = best_in(lx, a->ids, joined, a->nids, cat);
		if (best == UINT32_MAX)
			continue;
		if ((rc = tenor_grow(&a->hits, &a->hitcap, nh + 1, sizeof(*a->hits))))
			return rc;
		a->hits[nh++] = best;
	}
	if (nh) {
		if (!(w->hits = arena_alloc(&a->memo.arena, nh * sizeof(uint32_t))))
			return TENOR_ENOMEM;
		memcpy(w->hits, a->hits, nh * sizeof(uint32_t));
		w->nhits = (uint32_t)nh;
	}
	if (nph) {
		size_t m = 0;
		if (!(w->pats = arena_alloc(&a->memo.arena, nph * sizeof(uint32_t))))
			return TENOR_ENOMEM;
		for (i = 0; i < a->nids; i++)
			if (lx->entries[lx->pats[a->ids[i]].entry].npat > 1)
				w->pats[m++] = a->ids[i];
		qsort(w->pats, m, sizeof(uint32_t), cmp_u32);
		/* the whole, joined and last part may share a pattern */
		for (i = 0, nph = 0; i < m; i++)
			if (nph == 0 || w->pats[nph - 1] != w->pats[i])
				w->pats[nph++] = w->pats[i];
		w->npats = (uint32_t)nph;
		for (i = 0; i < nph; i++)
			w->patbits |= (uint64_t)1 << (w->pats[i] & 63);
		/* a common word stands inside many phrases and starts few: each token looks
		 * only at the phrases it may start */
		for (i = 0, m = 0; i < nph; i++)
			m += lx->pats[w->pats[i]].pos == 0;
		if (m && !(w->starts = arena_alloc(&a->memo.arena, m * sizeof(*w->starts))))
			return TENOR_ENOMEM;
		for (i = 0, m = 0; i < nph; i++) {
			const struct pattern *p = &lx->pats[w->pats[i]];
			const struct entry *e = &lx->entries[p->entry];
			if (p->pos != 0)
				continue;
			w->starts[m].first_pat = e->first_pat;
			w->starts[m].npat = e->npat;
			w->starts[m].entry = p->entry;
			w->starts[m].category = e->category;
			m++;
			/* an entry's patterns are consecutive: its second follows */
			w->nextbits |= (uint64_t)1 << ((w->pats[i] + 1) & 63);
		}
		w->nstarts = (uint32_t)m;
	}
	return TENOR_OK;
}

int memo_get(struct tenor_analyzer *a, uint32_t lang, const char *s, size_t n,
	     const uint64_t *h, uint32_t *out)
{
	struct memo *m = &a->memo;
	uint32_t *slot, *form;
	int found, rc;

	slot = strmap_put_hashed(&m->maps[lang], s, n, h ? *h : tenor_hash(s, n, 0),
				 (uint32_t)m->nwords, &found);
	if (!slot)
		return TENOR_ENOMEM;
	if (found) {
		*out = *slot;
		return TENOR_OK;
	}
	/* A word written otherwise ("Kunden", "kunden") is the word of its normalized form:
	 * stemmed and looked up once (a tenth of the distinct words of GermEval's comments). */
	buf_reset(&a->norm);
	if ((rc = normalize_append(&a->nz, s, n, &a->norm)))
		goto fail;
	form = strmap_put(&m->maps[m->nmaps / 2 + lang], a->norm.data, a->norm.len,
			  (uint32_t)m->nwords, &found);
	if (!form) {
		rc = TENOR_ENOMEM;
		goto fail;
	}
	if (found) {
		*out = *slot = *form;
		return TENOR_OK;
	}
	if ((rc = tenor_grow(&m->words, &m->cap, m->nwords + 1, sizeof(*m->words))) ||
	    (rc = compute(a, lang, &m->words[m->nwords])))
		goto fail;
	*out = (uint32_t)m->nwords++;
	return TENOR_OK;
fail:
	/* A key is in a map without its word: start the memo afresh. */
	memo_empty(m);
	return rc;
}
