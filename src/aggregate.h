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
/* Each document once for all documents (group '' = ''), and once per group. */
#define AGG_GROUPS                                                                         \
	"(SELECT doc_id, '' AS name, '' AS value FROM documents UNION ALL SELECT doc_id,"  \
	" name, value FROM document_groups) g"

/* The decimals a cell's weight is rounded to: lexicon weights have a few, and sums of them
 * taken in another order (a rescore takes a document out and adds it again) differ only in
 * the last bits, far below the ninth. */
#define AGG_ROUND "9"

/* The aggregates of every stored document, as a rebuild (the migration) computes them. */
#define AGG_BUILD_CELLS_OF(kinds, where)                                                   \
	"INSERT INTO agg_cells (kind, period, year, group_name, group_value, category, docs,"  \
	" tokens, hits, weight, negated, docs_with_hits)"                                  \
	" SELECT k.kind, " AGG_PERIOD ", coalesce(d.period_year, ''), g.name, g.value,"    \
	" s.category, count(*), sum(d.tokens), sum(s.hits),"                               \
	" round(sum(s.weight), " AGG_ROUND "), sum(s.negated),"                            \
	" sum(s.hits > 0)"                                                                 \
	" FROM " AGG_GROUPS " JOIN documents d ON d.doc_id = g.doc_id"                     \
	" JOIN scores s ON s.doc_id = d.doc_id, " kinds where                               \
	" GROUP BY 1, 2, 3, 4, 5, 6"
#define AGG_BUILD_TERMS_OF(kinds, where)                                                   \
	"INSERT INTO agg_terms (kind, period, year, group_name, group_value, category, term,"  \
	" count) SELECT k.kind, " AGG_PERIOD ", coalesce(d.period_year, ''), g.name,"      \
	" g.value, m.category, m.term, count(*)"                                           \
	" FROM " AGG_GROUPS " JOIN documents d ON d.doc_id = g.doc_id"                     \
	" JOIN matches m ON m.doc_id = d.doc_id AND m.negated = 0, " kinds where            \
	" GROUP BY 1, 2, 3, 4, 5, 6, 7"
#define AGG_BUILD_CELLS AGG_BUILD_CELLS_OF(AGG_KINDS, "")
#define AGG_BUILD_TERMS AGG_BUILD_TERMS_OF(AGG_KINDS, "")
/* The kinds a week-dated document's place changed in (schema version 6), and whether the
 * database has such documents: a condition on no table, which SQLite checks once, before
 * it reads any row. */
#define AGG_MONTH_QUARTER "(SELECT 'month' AS kind UNION ALL SELECT 'quarter') k"
#define AGG_HAS_WEEKS "EXISTS (SELECT 1 FROM documents WHERE date_precision = 'week')"

/* The periods of a date; d NULL: undated. */
void agg_periods_of_date(const struct tenor_date *d, struct agg_periods *p);

/* Adds a document's contribution (its periods, groups and result) to the sums a gathers:
 * a batch's own, which a worker thread fills while the documents are not stored yet. */
int agg_add(struct agg *a, const struct agg_periods *p, const char *const *gnames,
	    const char *const *gvalues, size_t ngroups, const struct tenor_lexicon *lx,
	    const struct tenor_result *r, const char *text);
/* Adds what a gathered to the database's sums, as agg_add_doc would have added each of its
 * documents in turn, and empties a. A sum is added, not each document: the last bits of a
 * weight that is no multiple of a power of two may differ from a rebuild's until the cell's
 * weight is rounded to AGG_ROUND decimals as it is written. */
int agg_merge(struct tenor_db *db, struct agg *a);
/* Adds sign (1 or -1) times what a stored document adds to the sums a gathers: its
 * periods, groups, stored tokens and the bytes of its stored scores and matches
 * (store_each_result_key). -1 takes a document out before a rescore replaces its results; a
 * sum may go below zero until the stored one meets it when agg_finish writes it. */
int agg_add_stored(struct agg *a, int sign, const struct agg_periods *p,
		   const char *const *gnames, const char *const *gvalues, size_t ngroups,
		   long long tokens, const char *scores, size_t slen, const char *matches,
		   size_t mlen);
/* Spreads what a gathered by place over its cells and terms, in the order the places were
 * added, until a's sums and keys come to more than max bytes by their number (SIZE_MAX: all
 * of it), which is the same for the same documents whatever a held before. agg_merge
 * spreads what is left; ingest's workers call it themselves, so that its writer, the
 * busier thread, has mostly cells and terms to add, with a bound, so that a batch of many
 * groups does not take a worker's memory past it. */
int agg_settle(struct agg *a, size_t max);
void agg_reset(struct agg *a);
/* Adds one stored document's new version: its periods, groups and result. */
int agg_add_doc(struct tenor_db *db, const struct agg_periods *p, const char *const *gnames,
		const char *const *gvalues, size_t ngroups, const struct tenor_lexicon *lx,
		const struct tenor_result *r, const char *text);
/* Adds sign times what a stored document's rows (periods, groups, tokens, scores and
 * matches) add to the sums agg_finish writes: -1 before it is replaced or rescored. */
int agg_add_doc_stored(struct tenor_db *db, long long doc_id, int sign);
/* Empties the aggregates but for the documents without text, which a rescore that adds
 * every document it scores cannot score again: they are added from their stored rows; or,
 * all, builds them anew from every document's stored rows. */
int agg_restart(struct tenor_db *db, int all);
/* Writes what is gathered and, where documents were taken out, deletes the cells and terms
 * no document counts in any more. Called before a batch commits. */
int agg_finish(struct tenor_db *db);
void agg_release(struct agg *a);
/* Sets the bytes the database's sums keep before they are written, and the part a flush
 * writes at a time; 0: the defaults. Small ones let a test take a flush of several parts,
 * and its failures, on a few documents. */
void agg_bounds(struct agg *a, size_t max, size_t part);

#endif
