/*
 * aggregate.c - the aggregates that reports read, maintained with the documents.
 *
 * For every kind of period (week, month, quarter, year, wave), period, calendar year, group
 * (and all documents) and category, agg_cells holds documents, tokens, hits, weight, negated
 * and documents with a hit; agg_terms holds the hits of each term. A report then reads a
 * few thousand rows instead of every document.
 *
 * New versions of documents are added in memory as they are stored and written with one
 * upsert per key (agg_flush): a batch's cost grows with its keys, not its documents. A
 * document is added once, under its place (all its periods and groups in one key), and each
 * place is spread over the cells and terms of every kind of period and group once
 * (agg_settle): the documents of one survey wave and team share a place. A
 * document that is replaced or rescored is first taken out, in memory too: what its stored
 * rows added is read back and subtracted (agg_add_doc_stored, agg_add_stored), and the
 * cells and terms left empty are deleted once, before the batch commits (agg_finish). So
 * the aggregates always equal a rebuild from the documents (the migration's AGG_BUILD over
 * all of them); tests compare the two. Rescore changes them only by the documents whose
 * results change: with the same lexicons it writes nothing.
 */
#include "aggregate.h"
#include "lexicon.h"
#include "normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Flush before the in-memory keys use more than this, so that memory stays flat. */
#define AGG_MAX_BYTES ((size_t)16 << 20)
/* What a flush spreads and writes at a time (agg_flush). */
#define AGG_PART_BYTES ((size_t)8 << 20)

static const char *const kinds[AGG_NKINDS] = { "week", "month", "quarter", "year", "wave" };

struct agg_sums {
	long long docs, tokens, hits, negated, docs_with_hits, count;
	double weight;
};

void agg_bounds(struct agg *a, size_t max, size_t part)
{
	a->max_bytes = max;
	a->part_bytes = part;
}

/* Keeps the bounds (agg_bounds): a rollback releases the rest and the database goes on. */
void agg_release(struct agg *a)
{
	size_t max = a->max_bytes, part = a->part_bytes;

	strmap_release(&a->cells);
	strmap_release(&a->terms);
	strmap_release(&a->pcells);
	strmap_release(&a->pterms);
	tenor_free(a->sums);
	buf_release(&a->key);
	buf_release(&a->term);
	normalizer_release(&a->nz);
	buf_release(&a->old);
	buf_release(&a->oldscores);
	buf_release(&a->oldmatches);
	tenor_free(a->oldgroups);
	tenor_free(a->order);
	memset(a, 0, sizeof(*a));
	agg_bounds(a, max, part);
}

static size_t max_bytes(const struct agg *a)
{
	return a->max_bytes ? a->max_bytes : AGG_MAX_BYTES;
}

/* Keys are fields joined by NUL bytes. Those of cells and terms are in the order of their
 * table's primary key, so that their bytes sort as SQLite orders the rows (agg_flush). */
static int key_addn(struct buf *k, const char *s, size_t n)
{
	return buf_add(k, s, n) || buf_addc(k, 0);
}

static int key_add(struct buf *k, const char *s)
{
	return buf_add(k, s, strlen(s) + 1);
}

static int sums_at(struct agg *a, struct strmap *m, const char *key, size_t len,
		   struct agg_sums **out)
{
	uint32_t *slot;
	int found;

	if (tenor_grow(&a->sums, &a->sumcap, a->nsums + 1, sizeof(*a->sums)))
		return TENOR_ENOMEM;
	slot = strmap_put(m, key, len, (uint32_t)a->nsums, &found);
	if (!slot)
		return TENOR_ENOMEM;
	if (!found)
		memset(&a->sums[a->nsums++], 0, sizeof(*a->sums));
	*out = &a->sums[*slot];
	return TENOR_OK;
}

void agg_periods_of_date(const struct tenor_date *d, struct agg_periods *p)
{
	static const enum tenor_date_precision ps[] = { TENOR_DATE_WEEK, TENOR_DATE_MONTH,
							TENOR_DATE_QUARTER };
	int i;

	if (!d) {
		for (i = 0; i < AGG_NKINDS; i++)
			snprintf(p->key[i], sizeof(p->key[i]), "undated");
		p->year[0] = 0;
		return;
	}
	for (i = 0; i < 3; i++)
		if (tenor_date_period(d, ps[i], 0, p->key[i], sizeof(p->key[i])) != TENOR_OK)
			p->key[i][0] = 0;
	if (tenor_date_period(d, d->precision, 1, p->year, sizeof(p->year)) != TENOR_OK)
		p->year[0] = 0;
	_Static_assert(sizeof(p->key[3]) == sizeof(p->year), "a year key is a year");
	memcpy(p->key[3], p->year, sizeof(p->year));
	if (tenor_date_period(d, d->precision, 0, p->key[4], sizeof(p->key[4])) != TENOR_OK)
		p->key[4][0] = 0;
}

/* Starts a key with a document's place: the number of its groups (a uint32_t, as in
 * memory: the key never leaves it), its period of each kind, its year, and its groups'
 * names and values, each field ending in NUL. */
static int place_key(struct agg *a, const struct agg_periods *p, const char *const *gnames,
		     const char *const *gvalues, size_t ngroups)
{
	uint32_t n = (uint32_t)ngroups;
	size_t i;
	int kind;

	buf_reset(&a->key);
	if (ngroups > UINT32_MAX || buf_add(&a->key, &n, sizeof(n)))
		return TENOR_ENOMEM;
	for (kind = 0; kind < AGG_NKINDS; kind++)
		if (key_add(&a->key, p->key[kind]))
			return TENOR_ENOMEM;
	if (key_add(&a->key, p->year))
		return TENOR_ENOMEM;
	for (i = 0; i < ngroups; i++)
		if (key_add(&a->key, gnames[i]) || key_add(&a->key, gvalues[i]))
			return TENOR_ENOMEM;
	return TENOR_OK;
}

/* Adds sign times a document's score of a category to the place's cell after the key's
 * prefix. */
static int add_cell(struct agg *a, size_t prefix, const char *cat, size_t catlen, int sign,
		    long long tokens, long long hits, double weight, long long negated)
{
	struct agg_sums *s;
	int rc;

	buf_truncate(&a->key, prefix);
	if (key_addn(&a->key, cat, catlen))
		return TENOR_ENOMEM;
	if ((rc = sums_at(a, &a->pcells, a->key.data, a->key.len, &s)))
		return rc;
	s->docs += sign;
	s->tokens += sign * tokens;
	s->hits += sign * hits;
	s->weight += sign * weight;
	s->negated += sign * negated;
	s->docs_with_hits += sign * (hits > 0);
	return TENOR_OK;
}

/* Adds sign times a matched term of a category to the place's count after the key's
 * prefix. */
static int add_term(struct agg *a, size_t prefix, const char *cat, size_t catlen,
		    const char *term, size_t termlen, int sign)
{
	struct agg_sums *s;
	int rc;

	buf_truncate(&a->key, prefix);
	if (key_addn(&a->key, cat, catlen) || key_addn(&a->key, term, termlen))
		return TENOR_ENOMEM;
	if ((rc = sums_at(a, &a->pterms, a->key.data, a->key.len, &s)))
		return rc;
	s->count += sign;
	return TENOR_OK;
}

int agg_add(struct agg *a, const struct agg_periods *p, const char *const *gnames,
	    const char *const *gvalues, size_t ngroups, const struct tenor_lexicon *lx,
	    const struct tenor_result *r, const char *text)
{
	size_t k, i, prefix;
	int rc;

	if ((rc = place_key(a, p, gnames, gvalues, ngroups)))
		return rc;
	prefix = a->key.len;
	for (k = 0; k < r->ncategories; k++) {
		const struct tenor_category_result *c = &r->categories[k];
		const char *cat = tenor_lexicon_category(lx, k);
		if ((rc = add_cell(a, prefix, cat, strlen(cat), 1, (long long)r->tokens, c->hits,
				   c->weight, c->negated)))
			return rc;
	}
	/* the terms normalized as store_results stores them */
	for (i = 0; i < r->nmatches; i++) {
		const struct tenor_match *m = &r->matches[i];
		const char *cat = tenor_lexicon_category(lx, m->category);
		if (m->negated)
			continue;
		buf_reset(&a->term);
		if ((rc = lexicon_match_text(lx, &a->nz, text, m, &a->term)) ||
		    (rc = add_term(a, prefix, cat, strlen(cat), a->term.data, a->term.len, 1)))
			return rc;
	}
	return TENOR_OK;
}

int agg_add_stored(struct agg *a, int sign, const struct agg_periods *p,
		   const char *const *gnames, const char *const *gvalues, size_t ngroups,
		   long long tokens, const char *scores, size_t slen, const char *matches,
		   size_t mlen)
{
	const char *q;
	size_t prefix;
	int rc;

	/* no rows may come as NULL: no arithmetic on it */
	if (!slen)
		scores = "";
	if (!mlen)
		matches = "";
	if (sign < 0)
		a->emptied = 1;
	if ((rc = place_key(a, p, gnames, gvalues, ngroups)))
		return rc;
	prefix = a->key.len;
	for (q = scores; q < scores + slen;) {
		struct stored_score sc;
		if ((rc = store_score_row(&q, scores + slen, &sc)) ||
		    (rc = add_cell(a, prefix, sc.category, sc.catlen, sign, tokens, sc.hits,
				   sc.weight, sc.negated)))
			return rc;
	}
	for (q = matches; q < matches + mlen;) {
		struct stored_match m;
		if ((rc = store_match_row(&q, matches + mlen, &m)))
			return rc;
		if (!m.negated &&
		    (rc = add_term(a, prefix, m.category, m.catlen, m.term, m.termlen, sign)))
			return rc;
	}
	return TENOR_OK;
}

/* Adds the sums f to those of key in map m of a. */
static int add_sums(struct agg *a, struct strmap *m, const char *key, size_t len,
		    const struct agg_sums *f)
{
	struct agg_sums *s;
	int rc = sums_at(a, m, key, len, &s);

	if (rc)
		return rc;
	s->docs += f->docs;
	s->tokens += f->tokens;
	s->hits += f->hits;
	s->weight += f->weight;
	s->negated += f->negated;
	s->docs_with_hits += f->docs_with_hits;
	s->count += f->count;
	return TENOR_OK;
}

/* Sums that change nothing: a document rescored with the same results in this place, taken
 * out and added again. An upsert of them would cost as much as any other, and after a
 * lexicon edit they are most of what the changed documents gathered. */
static int sums_zero(const struct agg_sums *s)
{
	return !s->docs && !s->tokens && !s->hits && !s->negated && !s->docs_with_hits &&
	       !s->count && s->weight == 0;
}

/* Spreads the sums of one place (key, len: its key in pm, the category and, for terms, the
 * term after it) over the map m of to, cells or terms: one key per kind of period and group
 * (and all documents), each made of the place's fields for it and the rest of the place's
 * key, in the order of the primary key of agg_cells or, for terms, of agg_terms. */
static int settle_place(struct agg *to, struct strmap *m, const char *key, size_t len,
			const struct agg_sums *sums, int terms)
{
	const char *period[AGG_NKINDS], *year, *groups, *rest;
	uint32_t ngroups, g;
	int kind, rc;

	memcpy(&ngroups, key, sizeof(ngroups));
	rest = key + sizeof(ngroups);
	for (kind = 0; kind < AGG_NKINDS; kind++, rest += strlen(rest) + 1)
		period[kind] = rest;
	year = rest;
	rest += strlen(rest) + 1;
	groups = rest;
	for (g = 0; g < 2 * ngroups; g++)
		rest += strlen(rest) + 1;
	for (kind = 0; kind < AGG_NKINDS; kind++) {
		const char *gq = groups;
		for (g = 0; g <= ngroups; g++) {
			const char *name = "", *value = "";
			if (g) {
				name = gq;
				gq += strlen(gq) + 1;
				value = gq;
				gq += strlen(gq) + 1;
			}
			buf_reset(&to->key);
			if (key_add(&to->key, kinds[kind]) || key_add(&to->key, name) ||
			    (!terms && (key_add(&to->key, period[kind]) ||
					key_add(&to->key, year))) ||
			    key_add(&to->key, value) ||
			    buf_add(&to->key, rest, (size_t)(key + len - rest)) ||
			    (terms && (key_add(&to->key, period[kind]) ||
				       key_add(&to->key, year))))
				return TENOR_ENOMEM;
			if ((rc = add_sums(to, m, to->key.data, to->key.len, sums)))
				return rc;
		}
	}
	return TENOR_OK;
}

static size_t agg_bytes(const struct agg *a)
{
	return strmap_bytes(&a->cells) + strmap_bytes(&a->terms) + strmap_bytes(&a->pcells) +
	       strmap_bytes(&a->pterms) + a->sumcap * sizeof(*a->sums);
}

/* What a's sums and keys take by their number: the same for the same documents, where the
 * tables' capacity depends on what they held before (a batch's, on the batches its slot
 * of the ring held, and so on the number of threads). */
static size_t agg_live(const struct agg *a)
{
	const struct strmap *m[] = { &a->cells, &a->terms, &a->pcells, &a->pterms };
	size_t i, n = a->nsums * sizeof(*a->sums);

	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++)
		n += m[i]->count * sizeof(struct strmap_slot) + m[i]->keys.used;
	return n;
}

static int cmp_slot_key(const void *x, const void *y)
{
	const struct strmap_slot *a = *(const struct strmap_slot *const *)x;
	const struct strmap_slot *b = *(const struct strmap_slot *const *)y;
	size_t la = strmap_slot_len(a), lb = strmap_slot_len(b);
	int c = memcmp(strmap_slot_key(a), strmap_slot_key(b), la < lb ? la : lb);

	return c ? c : (la > lb) - (la < lb);
}

static int cmp_slot_value(const void *x, const void *y)
{
	uint32_t a = (*(const struct strmap_slot *const *)x)->value;
	uint32_t b = (*(const struct strmap_slot *const *)y)->value;

	return (a > b) - (a < b);
}

/* The slots of m whose sums change something, in a->order[0..*n), sorted by cmp. */
static int live_slots(struct agg *a, const struct strmap *m,
		      int (*cmp)(const void *, const void *), size_t *n)
{
	size_t i;

	*n = 0;
	if (tenor_grow(&a->order, &a->ordercap, m->count + 1, sizeof(*a->order)))
		return TENOR_ENOMEM;
	for (i = 0; i < m->cap; i++) {
		const struct strmap_slot *sl = &m->slots[i];
		if (sl->len1 && !sums_zero(&a->sums[sl->value]))
			a->order[(*n)++] = sl;
	}
	/* qsort takes no null array, which an empty map may have */
	if (*n)
		qsort(a->order, *n, sizeof(*a->order), cmp);
	return TENOR_OK;
}

static int agg_flush(struct tenor_db *db);

/* Keeps the sums gathered in memory flat: what is gathered is written. */
static int agg_bound(struct tenor_db *db)
{
	return agg_bytes(&db->agg) > max_bytes(&db->agg) ? agg_flush(db) : TENOR_OK;
}

/* Spreads the places of pm, of a, over the cells or terms of to, in the order they were
 * added, until a's sums and keys come to more than max bytes (agg_live). A place spread is
 * zeroed, so that a later pass passes it over; pm is emptied when all are. With db, to is
 * the database's sums, written whenever they pass their bound: a batch of many groups (a
 * thousand teams in each of eight columns) spreads over more keys than the bound holds. */
static int spread(struct agg *a, struct strmap *pm, struct agg *to, int terms, size_t max,
		  struct tenor_db *db)
{
	size_t i, n;
	int rc;

	/* in the order they were added: several places add to one cell, and floating point
	 * sums in the same order to the same bits, where the order of the table's slots
	 * depends on its capacity */
	if ((rc = live_slots(a, pm, cmp_slot_value, &n)))
		return rc;
	for (i = 0; i < n; i++) {
		const struct strmap_slot *sl = a->order[i];
		struct agg_sums sums;
		if (max != SIZE_MAX && agg_live(a) > max)
			return TENOR_OK;
		/* copied: add_sums may move the array when to is a */
		sums = a->sums[sl->value];
		if ((rc = settle_place(to, terms ? &to->terms : &to->cells, strmap_slot_key(sl),
				       strmap_slot_len(sl), &sums, terms)))
			return rc;
		memset(&a->sums[sl->value], 0, sizeof(*a->sums));
		if (db && (rc = agg_bound(db)))
			return rc;
	}
	strmap_reset(pm);
	return TENOR_OK;
}

int agg_settle(struct agg *a, size_t max)
{
	int rc = spread(a, &a->pcells, a, 0, max, NULL);

	return rc ? rc : spread(a, &a->pterms, a, 1, max, NULL);
}

int agg_add_doc(struct tenor_db *db, const struct agg_periods *p, const char *const *gnames,
		const char *const *gvalues, size_t ngroups, const struct tenor_lexicon *lx,
		const struct tenor_result *r, const char *text)
{
	int rc = agg_add(&db->agg, p, gnames, gvalues, ngroups, lx, r, text);

	return rc ? rc : agg_bound(db);
}

void agg_reset(struct agg *a)
{
	strmap_reset(&a->cells);
	strmap_reset(&a->terms);
	strmap_reset(&a->pcells);
	strmap_reset(&a->pterms);
	a->nsums = 0;
}

static int merge_map(struct agg *to, struct strmap *mto, const struct agg *from,
		     const struct strmap *mfrom)
{
	size_t i;
	int rc;

	for (i = 0; i < mfrom->cap; i++) {
		const struct strmap_slot *sl = &mfrom->slots[i];
		if (sl->len1 && (rc = add_sums(to, mto, strmap_slot_key(sl), strmap_slot_len(sl),
					       &from->sums[sl->value])))
			return rc;
	}
	return TENOR_OK;
}

int agg_merge(struct tenor_db *db, struct agg *a)
{
	int rc;

	if ((rc = merge_map(&db->agg, &db->agg.cells, a, &a->cells)) ||
	    (rc = merge_map(&db->agg, &db->agg.terms, a, &a->terms)) ||
	    (rc = agg_bound(db)) || (rc = spread(a, &a->pcells, &db->agg, 0, SIZE_MAX, db)) ||
	    (rc = spread(a, &a->pterms, &db->agg, 1, SIZE_MAX, db)))
		return rc;
	db->agg.emptied |= a->emptied;
	a->emptied = 0;
	agg_reset(a);
	return agg_bound(db);
}

/* Binds the n NUL-separated fields of a slot's key to ?1, ?2, ... */
static int bind_key(sqlite3_stmt *st, const struct strmap_slot *sl, int n)
{
	const char *key = strmap_slot_key(sl), *p = key;
	int i;
	for (i = 1; i <= n && p < key + strmap_slot_len(sl); i++) {
		if (sqlite3_bind_text(st, i, p, -1, SQLITE_STATIC))
			return -1;
		p += strlen(p) + 1;
	}
	return 0;
}

/* Writes the cells and terms gathered as upserts that add them to the stored sums, each
 * table's sorted by key. */
static int write_sums(struct tenor_db *db)
{
	struct agg *a = &db->agg;
	size_t i, n = 0;
	int rc;

	/* sorted by their bytes, the order of the table's primary key: upserts in that order
	 * each land next to the one before, in pages the processor has just read (the sqlite3
	 * shell inserts the bench's 191,128 rows of agg_terms in 0.55 s at random, in 0.16 s
	 * in order; with the sort, tenor's flushes take a tenth less, docs/performance.md) */
	if ((rc = live_slots(a, &a->cells, cmp_slot_key, &n)))
		rc = store_fail(db, rc, "%s", tenor_strerror(rc));
	for (i = 0; i < n && !rc; i++) {
		const struct strmap_slot *sl = a->order[i];
		const struct agg_sums *s = &a->sums[sl->value];
		sqlite3_stmt *st = db->st[ST_AGG_CELL];
		if (bind_key(st, sl, 6) || sqlite3_bind_int64(st, 7, s->docs) ||
		    sqlite3_bind_int64(st, 8, s->tokens) || sqlite3_bind_int64(st, 9, s->hits) ||
		    sqlite3_bind_double(st, 10, s->weight) ||
		    sqlite3_bind_int64(st, 11, s->negated) ||
		    sqlite3_bind_int64(st, 12, s->docs_with_hits))
			rc = store_fail(db, TENOR_EDB, NULL);
		else
			rc = store_run(db, ST_AGG_CELL);
	}
	if (!rc && (rc = live_slots(a, &a->terms, cmp_slot_key, &n)))
		rc = store_fail(db, rc, "%s", tenor_strerror(rc));
	for (i = 0; i < n && !rc; i++) {
		const struct strmap_slot *sl = a->order[i];
		sqlite3_stmt *st = db->st[ST_AGG_TERM];
		if (bind_key(st, sl, 7) ||
		    sqlite3_bind_int64(st, 8, a->sums[sl->value].count))
			rc = store_fail(db, TENOR_EDB, NULL);
		else
			rc = store_run(db, ST_AGG_TERM);
	}
	return rc;
}

/* After a part of a flush is written: its cells and terms go, and the places not spread
 * yet keep their sums, in new tables and in the order they were added. */
static int keep_places(struct agg *a)
{
	struct strmap *pm[] = { &a->pcells, &a->pterms }, np[2];
	struct agg_sums *sums;
	size_t k, i, n, nn = 0;
	int found, rc = TENOR_OK;

	memset(np, 0, sizeof(np));
	if (!(sums = tenor_malloc((pm[0]->count + pm[1]->count + 1) * sizeof(*sums))))
		return TENOR_ENOMEM;
	for (k = 0; k < 2 && rc == TENOR_OK; k++) {
		if ((rc = live_slots(a, pm[k], cmp_slot_value, &n)))
			break;
		for (i = 0; i < n; i++) {
			const struct strmap_slot *sl = a->order[i];
			if (!strmap_put(&np[k], strmap_slot_key(sl), strmap_slot_len(sl),
					(uint32_t)nn, &found)) {
				rc = TENOR_ENOMEM;
				break;
			}
			sums[nn++] = a->sums[sl->value];
		}
	}
	if (rc) {
		strmap_release(&np[0]);
		strmap_release(&np[1]);
		tenor_free(sums);
		return rc;
	}
	for (k = 0; k < 2; k++) {
		strmap_release(pm[k]);
		*pm[k] = np[k];
	}
	tenor_free(a->sums);
	a->sums = sums;
	a->sumcap = a->pcells.count + a->pterms.count + 1;
	a->nsums = nn;
	strmap_reset(&a->cells);
	strmap_reset(&a->terms);
	return TENOR_OK;
}

/* Writes what a holds and empties it. Spread, its places would take several times what they
 * take as places (a document of two groups adds to 15 cells): they are spread and written
 * in parts of AGG_PART_BYTES beyond what the places left take. */
static int agg_flush(struct tenor_db *db)
{
	struct agg *a = &db->agg;
	size_t part = a->part_bytes ? a->part_bytes : AGG_PART_BYTES;
	int rc;

	do {
		if ((rc = agg_settle(a, agg_live(a) + part)) == TENOR_OK &&
		    (rc = write_sums(db)) == TENOR_OK &&
		    (a->pcells.count || a->pterms.count))
			rc = keep_places(a);
	} while (rc == TENOR_OK && (a->pcells.count || a->pterms.count));
	agg_reset(a);
	/* emptied, tables grown past the bound by a burst of keys would still count towards
	 * it, and have every later addition written at once */
	if (agg_bytes(a) > max_bytes(a)) {
		strmap_release(&a->cells);
		strmap_release(&a->terms);
		strmap_release(&a->pcells);
		strmap_release(&a->pterms);
		tenor_free(a->sums);
		a->sums = NULL;
		a->sumcap = 0;
	}
	return rc;
}

/* The groups and the rows of the stored document agg_add_doc_stored reads. */
static int collect_group(void *ctx, long long doc_id, const char *name, const char *value)
{
	struct agg *a = ctx;

	(void)doc_id;
	if (buf_add(&a->old, name, strlen(name) + 1) || buf_add(&a->old, value, strlen(value) + 1))
		return TENOR_ENOMEM;
	a->nold++;
	return TENOR_OK;
}

static int collect_rows(void *ctx, long long doc_id, int is_match, long long match_id,
			const char *key, size_t len)
{
	struct agg *a = ctx;

	(void)doc_id;
	(void)match_id;
	return buf_add(is_match ? &a->oldmatches : &a->oldscores, key, len);
}

int agg_add_doc_stored(struct tenor_db *db, long long doc_id, int sign)
{
	struct agg *a = &db->agg;
	struct agg_periods p;
	size_t tokens, i;
	const char *q;
	int rc;

	buf_reset(&a->old);
	buf_reset(&a->oldscores);
	buf_reset(&a->oldmatches);
	a->nold = 0;
	if ((rc = store_doc_stored(db, doc_id, &p, &tokens)) ||
	    (rc = store_each_group(db, doc_id - 1, doc_id, collect_group, a)) ||
	    (rc = store_each_result_key(db, doc_id - 1, doc_id, collect_rows, a)))
		return rc;
	if (tenor_grow(&a->oldgroups, &a->oldcap, 2 * a->nold + 1, sizeof(*a->oldgroups)))
		return TENOR_ENOMEM;
	for (i = 0, q = a->old.data; i < a->nold; i++) {
		a->oldgroups[i] = q;
		q += strlen(q) + 1;
		a->oldgroups[a->nold + i] = q;
		q += strlen(q) + 1;
	}
	if ((rc = agg_add_stored(a, sign, &p, a->oldgroups, a->oldgroups + a->nold, a->nold,
				 (long long)tokens, a->oldscores.data, a->oldscores.len,
				 a->oldmatches.data, a->oldmatches.len)))
		return rc;
	return agg_bound(db);
}

/* Deletes the cells and terms no document counts in any more. */
static int agg_prune(struct tenor_db *db)
{
	int rc = store_exec(db, "DELETE FROM agg_cells WHERE docs = 0");

	return rc ? rc : store_exec(db, "DELETE FROM agg_terms WHERE count = 0");
}

int agg_finish(struct tenor_db *db)
{
	int rc = agg_flush(db);

	if (rc == TENOR_OK && db->agg.emptied && (rc = agg_prune(db)) == TENOR_OK)
		db->agg.emptied = 0;
	return rc;
}

static int add_stored(void *ctx, long long doc_id)
{
	return agg_add_doc_stored(ctx, doc_id, 1);
}

int agg_restart(struct tenor_db *db, int all)
{
	int rc;

	if ((rc = store_exec(db, "DELETE FROM agg_cells")) ||
	    (rc = store_exec(db, "DELETE FROM agg_terms")))
		return rc;
	return store_each_doc(db, !all, add_stored, db);
}
