/*
 * store.h - the storage stage: the SQLite database behind struct tenor_db.
 *
 * store.c owns the schema, its migrations and every SQL statement; ingest.c and rescore
 * go through the functions here and never write SQL of their own. All statements are
 * prepared once per handle and run with bound values.
 */
#ifndef TENOR_STORE_H
#define TENOR_STORE_H

#include "alloc.h"
#include "normalize.h"
#include "tenor.h"

#include <sqlite3.h>
#include <stdint.h>

enum stmt_id {
	ST_BEGIN,
	ST_COMMIT,
	ST_ROLLBACK,
	ST_BATCH_INSERT,
	ST_BATCH_FINISH,
	ST_DOC_FIND,
	ST_DOC_INSERT,
	ST_DOC_UPDATE,
	ST_DOC_CLEAR_GROUPS,
	ST_DOC_CLEAR_SCORES,
	ST_DOC_CLEAR_MATCHES,
	ST_REJECT_INSERT,
	ST_DOC_VERSION,
	ST_DOC_REDACTED,
	ST_DOC_IDS,
	ST_DOC_ORIGIN,
	ST_RESCORE_END,
	ST_RESCORE_TEXTS,
	ST_RESCORE_GROUPS,
	ST_RESCORE_SCORES,
	ST_RESCORE_MATCHES,
	ST_RESCORE_ANALYSIS,
	ST_RESCORE_MATCH_DELETE,
	ST_RESCORE_VERSION,
	ST_RESCORE_VERSION_FILL,
	ST_RANGE_CLEAR_SCORES,
	ST_RANGE_CLEAR_MATCHES,
	ST_COUNT_TEXTLESS,
	ST_TEXTLESS_IDS,
	ST_ID_RANGE,
	ST_AGG_CELL,
	ST_AGG_TERM,
	ST_DOC_STORED,
	ST_COUNT
};

/* A document's period for each kind (week, month, quarter, year, wave) and its calendar
 * year, as agg_cells holds them: what AGG_PERIOD computes from the stored columns. */
#define AGG_NKINDS 5
struct agg_periods {
	char key[AGG_NKINDS][16];
	char year[16];
};

/* What agg_add_doc gathers in memory until it is written (aggregate.c). Documents are
 * first summed by place (all their periods and groups in one key: a survey wave's documents
 * of one team share one), and places are spread over the cells and terms of each kind of
 * period and group by agg_settle. */
struct agg {
	struct strmap cells, terms;    /* key -> index into sums */
	struct strmap pcells, pterms;  /* the same by place, not settled yet */
	struct agg_sums *sums;
	size_t nsums, sumcap;
	struct buf key, term;
	struct normalizer nz;
	int emptied;                   /* a document was taken out: agg_finish prunes */
	/* agg_add_doc_stored: the stored document's groups (names, then values) and rows */
	struct buf old, oldscores, oldmatches;
	const char **oldgroups;
	size_t nold, oldcap;
	const struct strmap_slot **order;  /* the slots spread or written, in order */
	size_t ordercap;
	/* the database's: its bound and the part a flush writes at a time (agg_bounds) */
	size_t max_bytes, part_bytes;
};

/* Rows of groups, lexicon versions, scores and matches that store_doc_put and
 * store_results_later keep until store_flush_results, which writes up to PENDING_ROWS (a
 * power of two) in one INSERT. */
#define PENDING_ROWS 64
/* Matches kept at most before they are written: a text where every word is a hit has a
 * hundred thousand, 88 bytes each with their terms. */
#define PENDING_MATCHES ((size_t)8192)
#define ROW_KINDS 4         /* groups, scores, matches, lexicon versions */
/* a group (name, value), or a lexicon version (name) */
struct pending_group {
	long long doc_id;
	const char *name, *value;               /* borrowed until the flush */
};
struct pending_score {
	long long doc_id, hits, negated;
	size_t category;
	double weight;
};
struct pending_match {
	long long doc_id, start, end;
	size_t category, entry, term, termlen;  /* term: in terms */
	size_t surface, surflen;                /* in terms too */
	double weight;
	int negated;
};

struct tenor_db {
	sqlite3 *sql;
	sqlite3_stmt *st[ST_COUNT];
	/* [groups, scores, matches, versions][n]: n rows in one INSERT, n a power of two */
	sqlite3_stmt *rows[ROW_KINDS][PENDING_ROWS + 1];
	struct pending_group *pgroups;
	struct pending_group *pversions;
	struct pending_score *pscores;
	struct pending_match *pmatches;
	size_t npgroups, cpgroups, npversions, cpversions, npscores, cpscores, npmatches, cpmatches;
	struct buf pterms;
	const struct tenor_lexicon *plx;        /* the pending rows' lexicon */
	int in_batch;
	struct normalizer nz;   /* for the terms of matches */
	struct buf term;
	struct buf rowkey;      /* store_each_result_key */
	struct agg agg;
	char error[512];
};

/* A document as it is stored. Strings are borrowed for the duration of the call, but for
 * the groups' names and values and the lexicon version, which are written with other
 * documents' rows: they must live until store_flush_results, as the text of
 * store_results_later. */
struct store_doc {
	const char *source, *ext_id, *identity, *content_hash;
	const char *file;
	unsigned long long line;
	const struct tenor_date *date;      /* NULL: undated */
	const char *day;                    /* with a date: its first day, "YYYY-MM-DD" */
	const struct agg_periods *periods;  /* with a date: its period keys */
	const char *lang;
	int lang_detected;                  /* how lang was found (enum lang_source) */
	size_t tokens;
	const char *text;                   /* NULL: not stored */
	size_t text_len;
	int redacted;
	const char *lexicon_version;
	const char *const *group_names, *const *group_values;
	size_t ngroups;
};

/* Records a message on db and returns status; "%s" of SQLite's message when msg is NULL. */
int store_fail(struct tenor_db *db, int status, const char *fmt, ...);

/* Runs a prepared statement to its end and resets it; runs SQL text without values. */
int store_run(struct tenor_db *db, enum stmt_id id);
int store_exec(struct tenor_db *db, const char *sql);
/* The page cache of tenor's connection: 16 MiB, what ingest's identity index wants; rescore
 * sets its own while it runs (store_cache_kib) and puts this one back. */
#define STORE_CACHE_KIB 16384
int store_cache_kib(struct tenor_db *db, int kib);

int store_begin(struct tenor_db *db);
int store_commit(struct tenor_db *db);
void store_rollback(struct tenor_db *db);

/* Starts the batch row; *batch receives its id. */
int store_batch_start(struct tenor_db *db, const char *command, const char *lexicon_version,
		      const char *sources_json, const char *options_json, long long *batch);
int store_batch_finish(struct tenor_db *db, long long batch,
		       const struct tenor_ingest_counts *c);

/* documents.lang_detected: the language was given (--lang, a language column), told from the
 * words, or the words did not tell it and --default-lang gave it (as a rescore keeps it). */
enum lang_source { LANG_GIVEN, LANG_TOLD, LANG_DEFAULTED };

/* Looks an identity up by its key: *doc_id 0 when absent, else the id of the document with
 * that key; *other is 1 when that document's identity is another one (their keys collide),
 * *same 1 when its content hash equals content_hash and its language was given, or not, as
 * lang_detected says (enum lang_source), *current 1 when it was scored by lexicon version
 * lexver. */
int store_doc_find(struct tenor_db *db, const char *identity, const char *content_hash,
		   int lang_detected, const char *lexver, long long *doc_id, int *other,
		   int *same, int *current);
/* Whether a stored document was last written from the file named now (*same), the file it
 * was (cut to filesize - 1 bytes), its line, and whether its text was redacted. */
int store_doc_origin(struct tenor_db *db, long long doc_id, const char *now, int *same,
		     char *file, size_t filesize, unsigned long long *line, int *redacted);
/* Marks a stored document redacted: met again by a run with --redact, its text is its
 * redaction (nothing in it to redact), as a first run with --redact would mark it. */
int store_doc_redacted(struct tenor_db *db, long long doc_id);
/* Inserts a document (*doc_id 0), which leaves *doc_id 0 when its identity is stored
 * already, or replaces one (its groups, scores and matches too). The groups, and a new
 * document's lexicon version, are kept for store_flush_results. */
int store_doc_put(struct tenor_db *db, long long batch, const struct store_doc *d,
		  long long *doc_id);
/* Stores a document's results: its scores per category and its matches over text, each
 * with its term (the normalized surface). */
int store_results(struct tenor_db *db, long long doc_id, const struct tenor_lexicon *lx,
		  const struct tenor_result *r, const char *text);
/* The same, kept to be written with other documents' rows in a few INSERTs: text must live
 * until store_flush_results, which writes the groups, scores and matches kept, and must
 * come before anything reads or deletes the rows of a stored document, and before the batch
 * commits. The rows keep their order. */
int store_results_later(struct tenor_db *db, long long doc_id, const struct tenor_lexicon *lx,
			const struct tenor_result *r, const char *text);
int store_flush_results(struct tenor_db *db);
/* Replaces a stored document's results and records the lexicon version, and how its language
 * was found (enum lang_source): an unchanged document scored by another lexicon. */
int store_rescored(struct tenor_db *db, long long doc_id, const struct tenor_lexicon *lx,
		   const struct tenor_result *r, int lang_detected, const char *text);

/* ---- rescore (store.c) ----
 * Rescore stores only what changed. A document's results are compared as bytes: the rows
 * store_results writes, its scores in the order of their category names (byname: the
 * lexicon's category indexes in that order), then its matches in order. store_result_key
 * appends a result's bytes to scores and matches (term: room for a normalized term);
 * store_each_result_key gives fn the bytes
 * of each stored row of the documents after after up to upto, in id order, every score
 * before the first match (is_match, with its match_id); the bytes are valid during the
 * call. */
int store_result_key(struct normalizer *nz, const struct tenor_lexicon *lx, const size_t *byname,
		     const struct tenor_result *r, const char *text, struct buf *term,
		     struct buf *scores, struct buf *matches);
int store_each_result_key(struct tenor_db *db, long long after, long long upto,
			  int (*fn)(void *ctx, long long doc_id, int is_match,
				    long long match_id, const char *key, size_t len),
			  void *ctx);
/* One row read back from those bytes at *p, which moves past it; TENOR_EINVAL when the
 * bytes before end hold no whole row. The strings point into the bytes. */
struct stored_score {
	const char *category;
	size_t catlen;
	long long hits, negated;
	double weight;
};
struct stored_match {
	const char *category, *term;
	size_t catlen, termlen;
	long long negated;
};
int store_score_row(const char **p, const char *end, struct stored_score *s);
int store_match_row(const char **p, const char *end, struct stored_match *m);
/* Deletes the scores and matches of one document, or of the documents with text from first
 * to last: one statement each where many documents changed. */
int store_clear_results(struct tenor_db *db, long long first, long long last);
/* A document's token count, language and how it was found as a new analysis gave them, and
 * where its language changed, its content hash (identity.h; NULL: kept). */
int store_set_analysis(struct tenor_db *db, long long doc_id, size_t tokens, const char *lang,
		       int lang_detected, const char *content_hash);
/* Deletes one document's scores, or one match by its id: rescore writes a changed
 * document's results by their difference. */
int store_clear_scores(struct tenor_db *db, long long doc_id);
int store_delete_match(struct tenor_db *db, long long match_id);
/* Records the lexicon version of the documents with text from first to last; fill: some
 * of them have no version stored (another tool deleted it), which is made again. */
int store_set_lexicon_version(struct tenor_db *db, const char *version, long long first,
			      long long last, int fill);
/* A stored document's periods and token count. */
int store_doc_stored(struct tenor_db *db, long long doc_id, struct agg_periods *p,
		     size_t *tokens);
/* Documents stored without text: how many; and each one's id in turn, of those only or of
 * every document. */
int store_count_textless(struct tenor_db *db, unsigned long long *n);
int store_each_doc(struct tenor_db *db, int textless, int (*fn)(void *ctx, long long doc_id),
		   void *ctx);
/* The lowest and highest document id; 0 and 0 without documents. */
int store_id_range(struct tenor_db *db, long long *first, long long *last);
/* A stored document with text, as rescore reads it; the strings are valid during the call. */
struct store_text {
	long long doc_id;
	const char *text, *lang;
	const char *lexicon_version;          /* NULL where none is stored */
	int lang_detected;                    /* enum lang_source: what rescore tells again */
	const char *day;                      /* the first day of its date's period, or NULL */
	enum tenor_date_precision precision;
	size_t len, tokens;
	struct agg_periods periods;
};
/* The id of the last of the next limit documents with text after doc_id after: *upto, and
 * *found 0 when there are none. */
int store_chunk_end(struct tenor_db *db, long long after, int limit, long long *upto,
		    int *found);
/* Calls fn for the documents with text after doc_id after up to upto, in id order, until fn
 * returns other than TENOR_OK: STORE_STOP ends the calls without an error. */
#define STORE_STOP (-1)
int store_each_text(struct tenor_db *db, long long after, long long upto,
		    int (*fn)(void *ctx, const struct store_text *t), void *ctx);
/* A second connection to db's file, for a thread that reads what db's last commit holds
 * (the rows above) while db writes in its transaction: a WAL reader sees the file as that
 * commit left it. *out is NULL where there is none to be had: a database in memory, one not
 * in WAL mode (where a reader would wait for the writer), or one that could not be opened.
 * Owned by the caller (tenor_db_close). */
int store_open_reader(struct tenor_db *db, struct tenor_db **out);
/* Calls fn for the groups of the documents after doc_id after up to upto, in id order. The
 * strings are valid during the call. */
int store_each_group(struct tenor_db *db, long long after, long long upto,
		     int (*fn)(void *ctx, long long doc_id, const char *name, const char *value),
		     void *ctx);
/* A reject keeps the first REJECT_RAW_MAX bytes of its record, cut before a character that
 * would not fit whole; cut says raw is already only the start of the record. */
#define REJECT_RAW_MAX 4096
int store_reject(struct tenor_db *db, long long batch, const char *file,
		 unsigned long long line, const char *reason, const char *raw, size_t rawlen,
		 int cut);

/* ---- what reports read (store.c) ---- */

/* What a report reads: the kind of period ("quarter", "week", "month", "year", "wave") and
 * the group column or NULL. */
struct store_scope {
	const char *kind;
	const char *by;        /* the group column as the database spells it */
	const char *by_names;  /* or, where it spells it in several ways, a JSON array of them */
};

/* One aggregate (agg_cells): documents of a period (NULL: their own date is coarser than the
 * kind; "undated": no date) and group value (NULL: all documents) in one category. */
struct store_cell {
	const char *period, *group, *category;
	unsigned long long docs, tokens, hits, negated, docs_with_hits;
	double weight;
};
/* Calls fn for every aggregate, first all documents (group NULL), then per group value. */
int store_cells(struct tenor_db *db, const struct store_scope *sc,
		int (*fn)(void *ctx, const struct store_cell *c), void *ctx);

/* One term count: the hits (not negated) of term in a category, period and group value
 * (NULL: all documents), ordered by group, category, term, period. */
struct store_term {
	const char *period, *group, *category, *term;
	unsigned long long count;
};
int store_terms(struct tenor_db *db, const struct store_scope *sc,
		int (*fn)(void *ctx, const struct store_term *t), void *ctx);

/* Distinct values: the categories scored, the group names stored, the lexicon versions of
 * the documents, in sorted order; and the --group names of the ingests that took two or
 * more in the order given (before group_keys in their options), each list as a JSON
 * array. */
enum store_distinct {
	DISTINCT_CATEGORIES, DISTINCT_GROUP_NAMES, DISTINCT_LEXICONS, DISTINCT_GROUP_ORDERS
};
int store_distinct(struct tenor_db *db, enum store_distinct what,
		   int (*fn)(void *ctx, const char *value), void *ctx);

#endif
