/*
 * aggregate.h - the aggregates reports read, kept up to date as documents are stored
 * (aggregate.c). The SQL here is shared by the schema migration that creates them and by
 * the code that maintains them, so that both build the same rows.
 */
#ifndef TENOR_AGGREGATE_H
#define TENOR_AGGREGATE_H

#include "store.h"

/* A document's period for kind k.kind: "undated" without a date, "" when its own date is
 * coarser than the kind. */
#define AGG_PERIOD                                                                         \
	"CASE WHEN d.date IS NULL THEN 'undated' ELSE coalesce(CASE k.kind"                \
	" WHEN 'week' THEN d.period_week WHEN 'month' THEN d.period_month"                 \
	" WHEN 'quarter' THEN d.period_quarter WHEN 'year' THEN d.period_year"             \
	" ELSE d.period_wave END, '') END"
#define AGG_KINDS                                                                          \
	"(SELECT 'week' AS kind UNION ALL SELECT 'month' UNION ALL SELECT 'quarter'"       \
	" UNION ALL SELECT 'year' UNION ALL SELECT 'wave') k"
/* Each document of src once for all documents (group '' = ''), and once per group. */
#define AGG_GROUPS(src)                                                                    \
	"(SELECT doc_id, '' AS name, '' AS value FROM " src " UNION ALL SELECT g.doc_id,"  \
	" g.name, g.value FROM document_groups g JOIN " src " t ON t.doc_id = g.doc_id) g"

/* Adds sign times the contribution of the documents whose ids are in table src. */
#define AGG_APPLY_CELLS(sign, src)                                                         \
	"INSERT INTO agg_cells (kind, period, year, group_name, group_value, category, docs,"  \
	" tokens, hits, weight, negated, docs_with_hits)"                                  \
	" SELECT k.kind, " AGG_PERIOD ", coalesce(d.period_year, ''), g.name, g.value,"    \
	" s.category, " sign " * count(*), " sign " * sum(d.tokens), " sign " * sum(s.hits),"  \
	" " sign " * sum(s.weight), " sign " * sum(s.negated), " sign " * sum(s.hits > 0)"   \
	" FROM " AGG_GROUPS(src) " JOIN documents d ON d.doc_id = g.doc_id"                \
	" JOIN scores s ON s.doc_id = d.doc_id, " AGG_KINDS                                 \
	" WHERE true GROUP BY 1, 2, 3, 4, 5, 6"                                             \
	" ON CONFLICT (kind, group_name, period, year, group_value, category) DO UPDATE SET"  \
	" docs = docs + excluded.docs, tokens = tokens + excluded.tokens,"                 \
	" hits = hits + excluded.hits, weight = weight + excluded.weight,"                 \
	" negated = negated + excluded.negated,"                                           \
	" docs_with_hits = docs_with_hits + excluded.docs_with_hits"
#define AGG_APPLY_TERMS(sign, src)                                                         \
	"INSERT INTO agg_terms (kind, period, year, group_name, group_value, category, term,"  \
	" count) SELECT k.kind, " AGG_PERIOD ", coalesce(d.period_year, ''), g.name,"      \
	" g.value, m.category, m.term, " sign " * count(*)"                                \
	" FROM " AGG_GROUPS(src) " JOIN documents d ON d.doc_id = g.doc_id"                \
	" JOIN matches m ON m.doc_id = d.doc_id AND m.negated = 0, " AGG_KINDS              \
	" WHERE true GROUP BY 1, 2, 3, 4, 5, 6, 7"                                          \
	" ON CONFLICT (kind, group_name, group_value, category, term, period, year) DO UPDATE"  \
	" SET count = count + excluded.count"

/* The periods of a date; d NULL: undated. */
void agg_periods_of_date(const struct tenor_date *d, struct agg_periods *p);

/* Adds a document's contribution (its periods, groups and result) to the sums a gathers:
 * a batch's own, which a worker thread fills while the documents are not stored yet. */
int agg_add(struct agg *a, const struct agg_periods *p, const char *const *gnames,
	    const char *const *gvalues, size_t ngroups, const struct tenor_lexicon *lx,
	    const struct tenor_result *r, const char *text);
/* Adds what a gathered to the database's sums, as agg_add_doc would have added each of its
 * documents in turn, and empties a. A sum is added, not each document: the last bits of a
 * weight that is no multiple of a power of two may differ from a rebuild's. */
int agg_merge(struct tenor_db *db, struct agg *a);
/* Takes out of the sums a gathers what a stored document adds: its periods, groups, stored
 * tokens and the bytes of its stored scores and matches (store_each_result_key), for a
 * rescore that replaces its results. A sum may go below zero until the stored one meets it
 * in agg_flush. */
int agg_subtract_stored(struct agg *a, const struct agg_periods *p, const char *const *gnames,
			const char *const *gvalues, size_t ngroups, long long tokens,
			const char *scores, size_t slen, const char *matches, size_t mlen);
void agg_reset(struct agg *a);
/* Adds one stored document's new version: its periods, groups and result. */
int agg_add_doc(struct tenor_db *db, const struct agg_periods *p, const char *const *gnames,
		const char *const *gvalues, size_t ngroups, const struct tenor_lexicon *lx,
		const struct tenor_result *r, const char *text);
/* Takes a stored document out of the aggregates, before it is replaced or rescored. */
int agg_subtract_doc(struct tenor_db *db, long long doc_id);
/* Writes what agg_add_doc gathered. Called before a batch commits. */
int agg_flush(struct tenor_db *db);
/* Deletes the cells and terms no document counts in any more. */
int agg_prune(struct tenor_db *db);
void agg_release(struct agg *a);

#endif
