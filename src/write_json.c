/*
 * write_json.c - the JSON writer: the whole report as one JSON document on one line, for
 * programs. The format is stable: keys are only ever added, never renamed or removed.
 *
 *   {"meta": {"period": "quarter", "by": "team" | null, "min_group": 5,
 *             "lexicon_version": "...", "generated_at": "2025-10-01T08:00:00Z",
 *             "categories": ["pressure", ...],
 *             "unplaced": 0 (documents whose own date is coarser than the period; null:
 *             fewer than min_group)},
 *    "rows": [ in the report's order: group-major, all documents first, periods in time
 *              order with "undated" last
 *      {"period": "2025-Q3", "group": "Nord" | null (all documents),
 *       "docs": 120, "tokens": 4000, "suppressed": false,
 *       "pressure_index": 0.31 | null (no pressure or advisory weight),
 *       "categories": {"pressure": {"hits": 80, "negated": 3, "docs_with_hits": 50,
 *                                   "weight": 80.0, "per_1k": 20.0, "doc_share": 0.42,
 *                                   "doc_share_ci": [0.33, 0.51],
 *                                   "change": {"delta": 0.12, "p_value": 0.01,
 *                                              "significant": true} | null}, ...}}
 *      or, withheld, exactly {"period": "2025-Q3", "group": "Key Account", "suppressed": true}
 *    ],
 *    "trends": [{"group": "Nord" | null, "category": "pressure",
 *                "direction": "up" | "down" | "flat" | "insufficient",
 *                "slope": 0.04, "p_value": 0.003, "tau": 0.6, "periods": 12}],
 *    "drivers": [{"group": "Nord" | null, "period": "2025-Q3", "category": "pressure",
 *                 "terms": [{"term": "leistungsdruck", "count": 14, "previous": 3,
 *                            "g2": 9.1, "rose": true (more frequent than before)}]}]}
 *
 * (shown spread out here; written compact, on one line that ends in a newline). A number
 * that is not finite is written as null. Reals carry 12 significant digits.
 */
#include "report.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

/* Each part of the document (meta, a row, a trend, a driver) is built as a tree in one pass
 * that reads like its shape: a failed constructor or insertion is remembered in err (the
 * first one wins) and the build goes on, since jansson accepts NULL everywhere and drops
 * what it cannot insert. */
struct builder {
	int err;
};

static void fail(struct builder *b, int rc)
{
	if (!b->err)
		b->err = rc;
}

static void set(struct builder *b, json_t *o, const char *key, json_t *v)
{
	if (json_object_set_new(o, key, v))
		fail(b, TENOR_ENOMEM);
}

static void append(struct builder *b, json_t *a, json_t *v)
{
	if (json_array_append_new(a, v))
		fail(b, TENOR_ENOMEM);
}

/* A string, or null for NULL. write_json checked every string for UTF-8 first
 * (strings_valid): NULL back from jansson is a failed allocation, which set or append
 * records. */
static json_t *str(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *num(double x)
{
	return isfinite(x) ? json_real(x) : json_null();
}

/* Counts of documents, tokens and hits stay far below 2^63. */
static json_t *count(unsigned long long n)
{
	return json_integer((json_int_t)n);
}

static json_t *meta_json(struct builder *b, const struct tenor_report *r)
{
	json_t *m = json_object(), *cats = json_array();
	size_t i;

	set(b, m, "period", str(r->period_name));
	set(b, m, "by", str(r->by));
	set(b, m, "min_group", json_integer(r->min_group));
	set(b, m, "lexicon_version", str(r->lexicon_version));
	set(b, m, "generated_at", str(r->generated_at));
	for (i = 0; i < r->ncategories; i++)
		append(b, cats, str(r->categories[i]));
	set(b, m, "categories", cats);
	set(b, m, "unplaced", r->unplaced_withheld ? json_null()
						   : json_integer((json_int_t)r->unplaced));
	return m;
}

static json_t *change_json(struct builder *b, const struct tenor_change *c)
{
	json_t *o;

	if (!c->present)
		return json_null();
	o = json_object();
	set(b, o, "delta", num(c->delta));
	set(b, o, "p_value", num(c->p_value));
	set(b, o, "significant", json_boolean(c->significant));
	return o;
}

static json_t *cell_json(struct builder *b, const struct tenor_cell *c)
{
	json_t *o = json_object(), *ci = json_array();

	set(b, o, "hits", count(c->hits));
	set(b, o, "negated", count(c->negated));
	set(b, o, "docs_with_hits", count(c->docs_with_hits));
	set(b, o, "weight", num(c->weight));
	set(b, o, "per_1k", num(c->per_1k));
	set(b, o, "doc_share", num(c->doc_share));
	append(b, ci, num(c->ci_low));
	append(b, ci, num(c->ci_high));
	set(b, o, "doc_share_ci", ci);
	set(b, o, "change", change_json(b, &c->change));
	return o;
}

/* A withheld row says only which row it is: nothing else of it reaches the output. */
static json_t *row_json(struct builder *b, const struct tenor_report *r,
			const struct tenor_row *row)
{
	json_t *o = json_object(), *cats;
	size_t i;

	set(b, o, "period", str(row->period));
	set(b, o, "group", str(row->group));
	if (row->suppressed) {
		set(b, o, "suppressed", json_true());
		return o;
	}
	set(b, o, "docs", count(row->docs));
	set(b, o, "tokens", count(row->tokens));
	set(b, o, "suppressed", json_false());
	set(b, o, "pressure_index", row->has_pressure_index ? num(row->pressure_index)
							    : json_null());
	cats = json_object();
	for (i = 0; i < r->ncategories; i++)
		set(b, cats, r->categories[i], cell_json(b, &row->cells[i]));
	set(b, o, "categories", cats);
	return o;
}

static json_t *trend_json(struct builder *b, const struct tenor_report *r,
			  const struct tenor_trend *t)
{
	json_t *o = json_object();

	set(b, o, "group", str(t->group));
	set(b, o, "category", str(r->categories[t->category]));
	set(b, o, "direction", str(t->direction));
	set(b, o, "slope", num(t->slope));
	set(b, o, "p_value", num(t->p_value));
	set(b, o, "tau", num(t->tau));
	set(b, o, "periods", count(t->periods));
	return o;
}

static json_t *driver_json(struct builder *b, const struct tenor_report *r,
			   const struct tenor_driver *d)
{
	json_t *o = json_object(), *terms = json_array();
	size_t i;

	set(b, o, "group", str(d->group));
	set(b, o, "period", str(d->period));
	set(b, o, "category", str(r->categories[d->category]));
	for (i = 0; i < d->nterms; i++) {
		const struct tenor_term *t = &d->terms[i];
		json_t *term = json_object();
		set(b, term, "term", str(t->term));
		set(b, term, "count", count(t->count));
		set(b, term, "previous", count(t->previous));
		set(b, term, "g2", num(t->g2));
		set(b, term, "rose", json_boolean(t->rose));
		append(b, terms, term);
	}
	set(b, o, "terms", terms);
	return o;
}

static int utf8_or_null(const char *s)
{
	size_t bad;

	return !s || tenor_utf8_check(s, strlen(s), &bad);
}

/* 1 when every string of r the document holds is UTF-8 (jansson takes no other), checked
 * before anything is written. */
static int strings_valid(const struct tenor_report *r)
{
	size_t i, j;

	if (!utf8_or_null(r->period_name) || !utf8_or_null(r->by) ||
	    !utf8_or_null(r->lexicon_version) || !utf8_or_null(r->generated_at))
		return 0;
	for (i = 0; i < r->ncategories; i++)
		if (!utf8_or_null(r->categories[i]))
			return 0;
	for (i = 0; i < r->ngroups * r->nperiods; i++)
		if (!utf8_or_null(r->rows[i].period) || !utf8_or_null(r->rows[i].group))
			return 0;
	for (i = 0; i < r->ntrends; i++)
		if (!utf8_or_null(r->trends[i].group) || !utf8_or_null(r->trends[i].direction))
			return 0;
	for (i = 0; i < r->ndrivers; i++) {
		const struct tenor_driver *d = &r->drivers[i];
		if (!utf8_or_null(d->group) || !utf8_or_null(d->period))
			return 0;
		for (j = 0; j < d->nterms; j++)
			if (!utf8_or_null(d->terms[j].term))
				return 0;
	}
	return 1;
}

/* Writes v, a part of the document, and frees it. */
static int dump(struct builder *b, json_t *v, FILE *f)
{
	int rc = b->err;

	if (!rc && json_dumpf(v, f, JSON_COMPACT | JSON_REAL_PRECISION(12)) != 0)
		rc = ferror(f) ? TENOR_EIO : TENOR_ENOMEM;
	json_decref(v);
	return rc;
}

/* Writes r as one line of JSON, a row, trend or driver at a time, so that a report of
 * 20,000 groups takes the memory of one row, not of a tree of all of them (1.5 GB): the
 * same bytes as the whole tree dumped at once, since jansson keeps the keys' order.
 * TENOR_EUTF8 (a string of r is not UTF-8) before anything is written; TENOR_ENOMEM or
 * TENOR_EIO while writing, after which the line is cut short where it failed: never
 * closed, so that no reader takes it for a whole report. */
int write_json(const struct tenor_report *r, FILE *f)
{
	struct builder b = { 0 };
	size_t i;
	int rc;

	if (!strings_valid(r))
		return TENOR_EUTF8;
	fputs("{\"meta\":", f);
	if ((rc = dump(&b, meta_json(&b, r), f)))
		return rc;
	fputs(",\"rows\":[", f);
	for (i = 0; i < r->ngroups * r->nperiods; i++)
		if ((i && fputc(',', f) == EOF) || (rc = dump(&b, row_json(&b, r, &r->rows[i]), f)))
			return rc ? rc : TENOR_EIO;
	fputs("],\"trends\":[", f);
	for (i = 0; i < r->ntrends; i++)
		if ((i && fputc(',', f) == EOF) ||
		    (rc = dump(&b, trend_json(&b, r, &r->trends[i]), f)))
			return rc ? rc : TENOR_EIO;
	fputs("],\"drivers\":[", f);
	for (i = 0; i < r->ndrivers; i++)
		if ((i && fputc(',', f) == EOF) ||
		    (rc = dump(&b, driver_json(&b, r, &r->drivers[i]), f)))
			return rc ? rc : TENOR_EIO;
	fputs("]}\n", f);
	return ferror(f) ? TENOR_EIO : TENOR_OK;
}
