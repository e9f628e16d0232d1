/*
 * store.c - the storage stage: opening and migrating the SQLite database, and every
 * statement that writes documents, scores, matched terms, batches and rejects.
 *
 * The schema is described for its readers in docs/schema.md; the two must change together.
 * Migrations run in order from the database's PRAGMA user_version to SCHEMA_VERSION, each in
 * its own transaction.
 */
#include "store.h"
#include "aggregate.h"
#include "alloc.h"
#include "bytes.h"
#include "lexicon.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SCHEMA_VERSION 7
#define BUSY_TIMEOUT_MS 10000
#define ENTRY_SOURCE_MAX 1024

/* The columns of documents after its identity, and the views on it, as migration 3 builds
 * the table anew with them (migration 5 moves lexicon_version out). */
#define DOCUMENT_COLUMNS \
	"  source TEXT NOT NULL,\n" \
	"  ext_id TEXT,\n" \
	"  content_hash TEXT NOT NULL,\n" \
	"  batch_id INTEGER NOT NULL REFERENCES batches(batch_id),\n" \
	"  file TEXT NOT NULL,\n" \
	"  line INTEGER NOT NULL,\n" \
	"  date TEXT,\n" \
	"  date_precision TEXT CHECK (date_precision IN ('day', 'week', 'month', 'quarter')),\n" \
	"  period_week TEXT,\n" \
	"  period_month TEXT,\n" \
	"  period_quarter TEXT,\n" \
	"  period_year TEXT,\n" \
	"  period_wave TEXT,\n" \
	"  lang TEXT NOT NULL,\n" \
	"  tokens INTEGER NOT NULL,\n" \
	"  text TEXT,\n" \
	"  redacted INTEGER NOT NULL DEFAULT 0,\n" \
	"  lexicon_version TEXT NOT NULL\n"
#define DOCUMENT_VIEWS_V1 \
	"CREATE VIEW document_scores AS\n" \
	"  SELECT d.doc_id, d.source, d.ext_id, d.date, d.date_precision, d.period_week,\n" \
	"         d.period_month, d.period_quarter, d.period_year, d.period_wave, d.lang,\n" \
	"         d.tokens, s.category, s.hits, s.weight, s.negated, d.lexicon_version\n" \
	"  FROM documents d JOIN scores s USING (doc_id);\n" \
	"CREATE VIEW document_group_scores AS\n" \
	"  SELECT g.name AS group_name, g.value AS group_value, ds.*\n" \
	"  FROM document_scores ds JOIN document_groups g USING (doc_id);\n"

/* Migration n brings a database from user_version n to n + 1: its statements, run in one
 * transaction. (Pieces, because C compilers need not take string literals over 4 KiB.) */
static const char *const migration_1[] = {
	"CREATE TABLE batches (\n"
	"  batch_id INTEGER PRIMARY KEY,\n"
	"  command TEXT NOT NULL,\n"
	"  started_at TEXT NOT NULL,\n"
	"  finished_at TEXT,\n"
	"  tool_version TEXT NOT NULL,\n"
	"  lexicon_version TEXT NOT NULL,\n"
	"  sources TEXT NOT NULL,\n"
	"  options TEXT NOT NULL,\n"
	"  docs_read INTEGER NOT NULL DEFAULT 0,\n"
	"  docs_added INTEGER NOT NULL DEFAULT 0,\n"
	"  docs_duplicate INTEGER NOT NULL DEFAULT 0,\n"
	"  docs_updated INTEGER NOT NULL DEFAULT 0,\n"
	"  docs_rejected INTEGER NOT NULL DEFAULT 0,\n"
	"  docs_undated INTEGER NOT NULL DEFAULT 0\n"
	");\n"
	"CREATE TABLE documents (\n"
	"  doc_id INTEGER PRIMARY KEY,\n"
	"  identity TEXT NOT NULL UNIQUE,\n"
	DOCUMENT_COLUMNS
	");\n"
	"CREATE INDEX documents_quarter ON documents(period_quarter);\n"
	"CREATE TABLE document_groups (\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,\n"
	"  name TEXT NOT NULL,\n"
	"  value TEXT NOT NULL,\n"
	"  PRIMARY KEY (doc_id, name)\n"
	") WITHOUT ROWID;\n"
	"CREATE INDEX document_groups_value ON document_groups(name, value);\n"
	"CREATE TABLE scores (\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,\n"
	"  category TEXT NOT NULL,\n"
	"  hits INTEGER NOT NULL,\n"
	"  weight REAL NOT NULL,\n"
	"  negated INTEGER NOT NULL,\n"
	"  PRIMARY KEY (doc_id, category)\n"
	") WITHOUT ROWID;\n"
	"CREATE TABLE matches (\n"
	"  match_id INTEGER PRIMARY KEY,\n"
	"  doc_id INTEGER NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,\n"
	"  category TEXT NOT NULL,\n"
	"  term TEXT NOT NULL,\n"
	"  surface TEXT NOT NULL,\n"
	"  entry TEXT NOT NULL,\n"
	"  entry_source TEXT NOT NULL,\n"
	"  start INTEGER NOT NULL,\n"
	"  end INTEGER NOT NULL,\n"
	"  weight REAL NOT NULL,\n"
	"  negated INTEGER NOT NULL\n"
	");\n"
	"CREATE INDEX matches_doc ON matches(doc_id);\n"
	"CREATE TABLE rejects (\n"
	"  reject_id INTEGER PRIMARY KEY,\n"
	"  batch_id INTEGER NOT NULL REFERENCES batches(batch_id),\n"
	"  file TEXT NOT NULL,\n"
	"  line INTEGER NOT NULL,\n"
	"  reason TEXT NOT NULL,\n"
	"  raw BLOB,\n"
	"  raw_truncated INTEGER NOT NULL DEFAULT 0\n"
	");\n"
	"CREATE INDEX rejects_batch ON rejects(batch_id);\n",
	DOCUMENT_VIEWS_V1
	"CREATE VIEW quarterly_scores AS\n"
	"  SELECT period_quarter, group_name, group_value, category,\n"
	"         count(*) AS documents, sum(tokens) AS tokens, sum(hits) AS hits,\n"
	"         sum(weight) AS weight, sum(negated) AS negated,\n"
	"         sum(hits > 0) AS documents_with_hits\n"
	"  FROM (SELECT '*' AS group_name, '*' AS group_value, * FROM document_scores\n"
	"        UNION ALL SELECT * FROM document_group_scores)\n"
	"  GROUP BY period_quarter, group_name, group_value, category;\n",
	NULL
};

static const char *const migration_2[] = {
	/* 2: the aggregates reports read (aggregate.c), built from what is stored. */
	"CREATE TABLE agg_cells (\n"
	"  kind TEXT NOT NULL,\n"
	"  period TEXT NOT NULL,\n"
	"  year TEXT NOT NULL,\n"
	"  group_name TEXT NOT NULL,\n"
	"  group_value TEXT NOT NULL,\n"
	"  category TEXT NOT NULL,\n"
	"  docs INTEGER NOT NULL,\n"
	"  tokens INTEGER NOT NULL,\n"
	"  hits INTEGER NOT NULL,\n"
	"  weight REAL NOT NULL,\n"
	"  negated INTEGER NOT NULL,\n"
	"  docs_with_hits INTEGER NOT NULL,\n"
	"  PRIMARY KEY (kind, group_name, period, year, group_value, category)\n"
	") WITHOUT ROWID;\n"
	"CREATE TABLE agg_terms (\n"
	"  kind TEXT NOT NULL,\n"
	"  period TEXT NOT NULL,\n"
	"  year TEXT NOT NULL,\n"
	"  group_name TEXT NOT NULL,\n"
	"  group_value TEXT NOT NULL,\n"
	"  category TEXT NOT NULL,\n"
	"  term TEXT NOT NULL,\n"
	"  count INTEGER NOT NULL,\n"
	"  PRIMARY KEY (kind, group_name, group_value, category, term, period, year)\n"
	") WITHOUT ROWID;\n",
	"DROP VIEW quarterly_scores;\n"
	"CREATE VIEW period_scores AS\n"
	"  SELECT kind AS period_kind, NULLIF(NULLIF(period, 'undated'), '') AS period,\n"
	"         CASE group_name WHEN '' THEN '*' ELSE group_name END AS group_name,\n"
	"         CASE group_name WHEN '' THEN '*' ELSE group_value END AS group_value,\n"
	"         category, sum(docs) AS documents, sum(tokens) AS tokens, sum(hits) AS hits,\n"
	"         sum(weight) AS weight, sum(negated) AS negated,\n"
	"         sum(docs_with_hits) AS documents_with_hits\n"
	"  FROM agg_cells GROUP BY kind, 2, 3, 4, category;\n"
	"CREATE VIEW quarterly_scores AS\n"
	"  SELECT period AS period_quarter, group_name, group_value, category, documents, tokens,\n"
	"         hits, weight, negated, documents_with_hits\n"
	"  FROM period_scores WHERE period_kind = 'quarter';\n"
	"CREATE VIEW period_terms AS\n"
	"  SELECT kind AS period_kind, NULLIF(NULLIF(period, 'undated'), '') AS period,\n"
	"         CASE group_name WHEN '' THEN '*' ELSE group_name END AS group_name,\n"
	"         CASE group_name WHEN '' THEN '*' ELSE group_value END AS group_value,\n"
	"         category, term, sum(count) AS hits\n"
	"  FROM agg_terms GROUP BY kind, 2, 3, 4, category, term;\n",
	"DELETE FROM agg_cells",
	AGG_BUILD_CELLS,
	AGG_BUILD_TERMS,
	NULL
};

static const char *const migration_3[] = {
	/* 3: documents are found by an integer key, the identity's hash (identity_key), in
	 * place of a unique index on the 35-character identity: 7.8 MB instead of 20.5 MB for
	 * 446,758 documents, so that its random inserts miss the page cache later as the
	 * database grows (a fourth batch of 72 MB into one database: 10.2 s before, 8.6 s
	 * after). SQLite drops no UNIQUE constraint in place: the table is built anew, its
	 * views around it. */
	"DROP VIEW document_group_scores;\n"
	"DROP VIEW document_scores;\n"
	"CREATE TABLE documents_v3 (\n"
	"  doc_id INTEGER PRIMARY KEY,\n"
	"  identity TEXT NOT NULL,\n"
	"  identity_key INTEGER NOT NULL,\n"
	DOCUMENT_COLUMNS
	");\n"
	"INSERT INTO documents_v3\n"
	"  SELECT doc_id, identity, tenor_identity_key(identity), source, ext_id, content_hash,\n"
	"         batch_id, file, line, date, date_precision, period_week, period_month,\n"
	"         period_quarter, period_year, period_wave, lang, tokens, text, redacted,\n"
	"         lexicon_version\n"
	"  FROM documents ORDER BY doc_id;\n"
	"DROP TABLE documents;\n"
	/* legacy: the rename would check every view while no table is named documents, and
	 * fail on another tool's view of it (migrate turns it off again) */
	"PRAGMA legacy_alter_table = ON;\n"
	"ALTER TABLE documents_v3 RENAME TO documents;\n"
	"PRAGMA legacy_alter_table = OFF;\n"
	/* after the rows: an index built by sorting them, not by one random insert each */
	"CREATE UNIQUE INDEX documents_identity_key ON documents(identity_key);\n"
	"CREATE INDEX documents_quarter ON documents(period_quarter);\n",
	DOCUMENT_VIEWS_V1,
	NULL
};

static const char *const migration_4[] = {
	/* 4: the documents stored without text (--no-text), which rescore counts before it
	 * starts: counting them otherwise reads every row, 57 ms for 446,758 documents of
	 * which none. The index holds those documents alone: empty where all have text, and
	 * a document inserted with its text does not touch it. */
	"CREATE INDEX IF NOT EXISTS documents_textless ON documents(doc_id) WHERE text IS NULL",
	NULL
};

static const char *const migration_5[] = {
	/* 5: the lexicon version of each document in a narrow table of its own. A rescore
	 * after a lexicon edit gives every document a new version: in the documents row, next
	 * to its text, that rewrote every page of the table, 0.9 s of 2.2 s on two threads for
	 * 446,758 documents, on the thread that writes; here it is 16 KiB for 700 documents.
	 * DROP COLUMN rewrites the table once, and stops with SQLite's message where another
	 * tool's view, index or trigger names the column. */
	"DROP VIEW document_group_scores;\n"
	"DROP VIEW document_scores;\n"
	"CREATE TABLE document_lexicons (\n"
	"  doc_id INTEGER PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,\n"
	"  lexicon_version TEXT NOT NULL\n"
	");\n"
	"INSERT INTO document_lexicons SELECT doc_id, lexicon_version FROM documents"
	" ORDER BY doc_id;\n"
	"ALTER TABLE documents DROP COLUMN lexicon_version;\n"
	"CREATE VIEW document_scores AS\n"
	"  SELECT d.doc_id, d.source, d.ext_id, d.date, d.date_precision, d.period_week,\n"
	"         d.period_month, d.period_quarter, d.period_year, d.period_wave, d.lang,\n"
	"         d.tokens, s.category, s.hits, s.weight, s.negated, v.lexicon_version\n"
	"  FROM documents d JOIN scores s USING (doc_id)\n"
	"  LEFT JOIN document_lexicons v USING (doc_id);\n"
	"CREATE VIEW document_group_scores AS\n"
	"  SELECT g.name AS group_name, g.value AS group_value, ds.*\n"
	"  FROM document_scores ds JOIN document_groups g USING (doc_id);\n",
	NULL
};

static const char *const migration_6[] = {
	/* 6: a week-dated document has the month and quarter of its Thursday, as its year is
	 * its Thursday's (ISO 8601); it had no month and its Monday's quarter. Where there are
	 * such documents, the aggregates of months and quarters are built anew. */
	"UPDATE documents SET period_month = strftime('%Y-%m', date, '+3 days'),"
	" period_quarter = strftime('%Y', date, '+3 days') || '-Q' ||"
	" ((CAST(strftime('%m', date, '+3 days') AS INTEGER) + 2) / 3)"
	" WHERE date_precision = 'week' AND date IS NOT NULL",
	"DELETE FROM agg_cells WHERE kind IN ('month', 'quarter') AND " AGG_HAS_WEEKS,
	"DELETE FROM agg_terms WHERE kind IN ('month', 'quarter') AND " AGG_HAS_WEEKS,
	AGG_BUILD_CELLS_OF(AGG_MONTH_QUARTER, " WHERE " AGG_HAS_WEEKS),
	AGG_BUILD_TERMS_OF(AGG_MONTH_QUARTER, " WHERE " AGG_HAS_WEEKS),
	/* and the views leave out the documents that cannot be placed in a kind of period (a
	 * month-dated document by week, a quarter-dated one by month: period ''), as the
	 * report does; they had been merged into the undated row. */
	/* IF EXISTS: a dashboard's owner may have dropped one (and its triggers go with it) */
	"DROP VIEW IF EXISTS quarterly_scores;\n"
	"DROP VIEW IF EXISTS period_scores;\n"
	"DROP VIEW IF EXISTS period_terms;\n"
	"CREATE VIEW period_scores AS\n"
	"  SELECT kind AS period_kind, NULLIF(period, 'undated') AS period,\n"
	"         CASE group_name WHEN '' THEN '*' ELSE group_name END AS group_name,\n"
	"         CASE group_name WHEN '' THEN '*' ELSE group_value END AS group_value,\n"
	"         category, sum(docs) AS documents, sum(tokens) AS tokens, sum(hits) AS hits,\n"
	"         sum(weight) AS weight, sum(negated) AS negated,\n"
	"         sum(docs_with_hits) AS documents_with_hits\n"
	"  FROM agg_cells WHERE period != '' GROUP BY kind, 2, 3, 4, category;\n"
	"CREATE VIEW quarterly_scores AS\n"
	"  SELECT period AS period_quarter, group_name, group_value, category, documents, tokens,\n"
	"         hits, weight, negated, documents_with_hits\n"
	"  FROM period_scores WHERE period_kind = 'quarter';\n"
	"CREATE VIEW period_terms AS\n"
	"  SELECT kind AS period_kind, NULLIF(period, 'undated') AS period,\n"
	"         CASE group_name WHEN '' THEN '*' ELSE group_name END AS group_name,\n"
	"         CASE group_name WHEN '' THEN '*' ELSE group_value END AS group_value,\n"
	"         category, term, sum(count) AS hits\n"
	"  FROM agg_terms WHERE period != '' GROUP BY kind, 2, 3, 4, category, term;\n",
	NULL
};

static const char *const migration_7[] = {
	/* 7: how a document's language was found (enum lang_source in store.h): told from its
	 * words (--lang auto) it is told again by a rescore, as the function words that tell it
	 * are part of the lexicons. A document stored before is taken as told where its batch
	 * had neither --lang nor --lang-col, and as possibly by --default-lang (2), whose
	 * language a rescore keeps where the words do not tell one. */
	"ALTER TABLE documents ADD COLUMN lang_detected INTEGER NOT NULL DEFAULT 0",
	"UPDATE documents SET lang_detected = 2 WHERE batch_id IN (SELECT batch_id FROM batches"
	" WHERE command = 'ingest' AND coalesce(json_extract(options, '$.lang'), 'auto') = 'auto'"
	" AND json_extract(options, '$.lang_col') IS NULL)",
	NULL
};

static const char *const *const migrations[SCHEMA_VERSION] = { migration_1, migration_2,
							       migration_3, migration_4,
							       migration_5, migration_6,
							       migration_7 };
/* The table a migration writes anew, whose indexes and triggers that another tool added
 * (a dashboard's index on ext_id) it must create again: dropping the table drops them. */
static const char *const rebuilt[SCHEMA_VERSION] = { NULL, NULL, "documents", NULL, NULL,
						     NULL, NULL };

static const char *const sql_text[ST_COUNT] = {
	[ST_BEGIN] = "BEGIN IMMEDIATE",
	[ST_COMMIT] = "COMMIT",
	[ST_ROLLBACK] = "ROLLBACK",
	[ST_BATCH_INSERT] =
		"INSERT INTO batches (command, started_at, tool_version, lexicon_version, sources,"
		" options) VALUES (?1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?2, ?3, ?4, ?5)",
	[ST_BATCH_FINISH] =
		"UPDATE batches SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
		" docs_read = ?2, docs_added = ?3, docs_duplicate = ?4, docs_updated = ?5,"
		" docs_rejected = ?6, docs_undated = ?7 WHERE batch_id = ?1",
	[ST_DOC_FIND] = "SELECT d.doc_id, d.identity = ?2,"
			" d.content_hash = ?3 AND (d.lang_detected != 0) = ?5,"
			" v.lexicon_version IS ?4 FROM documents d"
			" LEFT JOIN document_lexicons v USING (doc_id) WHERE d.identity_key = ?1",
	[ST_DOC_INSERT] =
		"INSERT INTO documents (identity, source, ext_id, content_hash, batch_id, file,"
		" line, date, date_precision, period_week, period_month, period_quarter,"
		" period_year, period_wave, lang, tokens, text, redacted, identity_key,"
		" lang_detected)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
		" ?17, ?18, ?20, ?21) ON CONFLICT (identity_key) DO NOTHING",
	[ST_DOC_UPDATE] =
		"UPDATE documents SET identity = ?1, source = ?2, ext_id = ?3, content_hash = ?4,"
		" batch_id = ?5, file = ?6, line = ?7, date = ?8, date_precision = ?9,"
		" period_week = ?10, period_month = ?11, period_quarter = ?12, period_year = ?13,"
		" period_wave = ?14, lang = ?15, tokens = ?16, text = ?17, redacted = ?18,"
		" identity_key = ?20, lang_detected = ?21 WHERE doc_id = ?19",
	/* where another tool took the row out, it is made again */
	[ST_DOC_VERSION] = "INSERT INTO document_lexicons (doc_id, lexicon_version) VALUES (?1, ?2)"
			   " ON CONFLICT (doc_id) DO UPDATE SET"
			   " lexicon_version = excluded.lexicon_version",
	[ST_DOC_ORIGIN] = "SELECT file = ?2, file, line, redacted FROM documents WHERE doc_id = ?1",
	[ST_DOC_REDACTED] = "UPDATE documents SET redacted = 1 WHERE doc_id = ?1 AND redacted = 0",
	[ST_DOC_CLEAR_GROUPS] = "DELETE FROM document_groups WHERE doc_id = ?1",
	[ST_DOC_CLEAR_SCORES] = "DELETE FROM scores WHERE doc_id = ?1",
	[ST_DOC_CLEAR_MATCHES] = "DELETE FROM matches WHERE doc_id = ?1",
	[ST_REJECT_INSERT] =
		"INSERT INTO rejects (batch_id, file, line, reason, raw, raw_truncated)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[ST_RESCORE_END] = "SELECT max(doc_id) FROM (SELECT doc_id FROM documents"
			   " WHERE doc_id > ?1 AND text IS NOT NULL ORDER BY doc_id LIMIT ?2)",
	[ST_RESCORE_TEXTS] = "SELECT doc_id, text, lang, date IS NOT NULL, period_week, period_month,"
			     " period_quarter, period_year, period_wave, tokens, v.lexicon_version,"
			     " lang_detected, date, date_precision"
			     " FROM documents d LEFT JOIN document_lexicons v USING (doc_id)"
			     " WHERE d.doc_id > ?1 AND d.doc_id <= ?2 AND text IS NOT NULL"
			     " ORDER BY d.doc_id",
	/* a document's groups by name, the order its keys take them in (ingest.c) */
	[ST_RESCORE_GROUPS] = "SELECT doc_id, name, value FROM document_groups"
			      " WHERE doc_id > ?1 AND doc_id <= ?2 ORDER BY doc_id, name",
	[ST_RESCORE_SCORES] = "SELECT doc_id, category, hits, weight, negated FROM scores"
			      " WHERE doc_id > ?1 AND doc_id <= ?2 ORDER BY doc_id, category",
	[ST_RESCORE_MATCHES] = "SELECT doc_id, category, term, surface, entry, entry_source, start,"
			       " end, weight, negated, match_id FROM matches"
			       " WHERE doc_id > ?1 AND doc_id <= ?2 ORDER BY doc_id, match_id",
	/* A row rewritten to the same value is work for nothing. */
	[ST_RESCORE_ANALYSIS] = "UPDATE documents SET tokens = ?2, lang = ?3,"
				" content_hash = coalesce(?4, content_hash), lang_detected = ?5"
				" WHERE doc_id = ?1 AND (tokens IS NOT ?2 OR lang IS NOT ?3"
				" OR lang_detected IS NOT ?5)",
	[ST_RESCORE_MATCH_DELETE] = "DELETE FROM matches WHERE match_id = ?1",
	/* OR FAIL: no statement journal of the pages it rewrites (rows_insert says why). The
	 * documents without text keep the version that scored them, and are found by their
	 * index, not by reading the rows of the range. */
	[ST_RESCORE_VERSION] = "UPDATE OR FAIL document_lexicons SET lexicon_version = ?1 WHERE"
			       " doc_id >= ?2 AND doc_id <= ?3 AND lexicon_version IS NOT ?1"
			       " AND doc_id NOT IN (SELECT doc_id FROM documents WHERE text IS NULL"
			       " AND doc_id >= ?2 AND doc_id <= ?3)",
	/* the rows another tool took out, made again: rare, and read from documents */
	[ST_RESCORE_VERSION_FILL] = "INSERT OR FAIL INTO document_lexicons (doc_id, lexicon_version)"
				    " SELECT doc_id, ?1 FROM documents WHERE doc_id >= ?2"
				    " AND doc_id <= ?3 AND text IS NOT NULL"
				    " ON CONFLICT (doc_id) DO NOTHING",
	[ST_RANGE_CLEAR_SCORES] = "DELETE FROM scores WHERE doc_id >= ?1 AND doc_id <= ?2 AND doc_id"
				  " IN (SELECT doc_id FROM documents"
				  " WHERE doc_id >= ?1 AND doc_id <= ?2 AND text IS NOT NULL)",
	[ST_RANGE_CLEAR_MATCHES] = "DELETE FROM matches WHERE doc_id >= ?1 AND doc_id <= ?2 AND"
				   " doc_id IN (SELECT doc_id FROM documents"
				   " WHERE doc_id >= ?1 AND doc_id <= ?2 AND text IS NOT NULL)",
	[ST_COUNT_TEXTLESS] = "SELECT count(*) FROM documents WHERE text IS NULL",
	[ST_TEXTLESS_IDS] = "SELECT doc_id FROM documents WHERE text IS NULL ORDER BY doc_id",
	[ST_DOC_IDS] = "SELECT doc_id FROM documents ORDER BY doc_id",
	/* one aggregate a SELECT: min() and max() together scan every row */
	[ST_ID_RANGE] = "SELECT coalesce((SELECT min(doc_id) FROM documents), 0),"
			" coalesce((SELECT max(doc_id) FROM documents), 0)",
	[ST_AGG_CELL] =
		/* the key's columns in the order of the primary key, as agg_flush binds them.
		 * Weights taken out and added again in floating point (0.1 + 0.2 - 0.1 - 0.2)
		 * leave a rest where no hit is left: a cell without hits weighs 0, as a fresh
		 * ingest has it, not 2.8e-17, which a report would show as a pressure index of 1.
		 * Where hits are left, the rest is in the last bits (1757.2000000000007 after a
		 * rescore, 1757.2 from a fresh ingest): the sum is rounded to 9 decimals (AGG_ROUND),
		 * as a rebuild rounds it, so that every way to the same documents gives the same
		 * number. */
		"INSERT INTO agg_cells (kind, group_name, period, year, group_value, category, docs,"
		" tokens, hits, weight, negated, docs_with_hits)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
		" CASE WHEN ?9 = 0 THEN 0.0 ELSE round(?10, " AGG_ROUND ") END, ?11, ?12)"
		" ON CONFLICT (kind, group_name, period, year, group_value, category) DO UPDATE SET"
		" docs = docs + excluded.docs, tokens = tokens + excluded.tokens,"
		" hits = hits + excluded.hits,"
		" weight = CASE WHEN hits + excluded.hits = 0 THEN 0.0"
		" ELSE round(weight + ?10, " AGG_ROUND ") END,"
		" negated = negated + excluded.negated,"
		" docs_with_hits = docs_with_hits + excluded.docs_with_hits",
	[ST_AGG_TERM] =
		"INSERT INTO agg_terms (kind, group_name, group_value, category, term, period, year,"
		" count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
		" ON CONFLICT (kind, group_name, group_value, category, term, period, year)"
		" DO UPDATE SET count = count + excluded.count",
	[ST_DOC_STORED] = "SELECT date IS NOT NULL, period_week, period_month, period_quarter,"
			  " period_year, period_wave, tokens FROM documents WHERE doc_id = ?1",
};

int store_fail(struct tenor_db *db, int status, const char *fmt, ...)
{
	va_list ap;

	if (!fmt) {
		int code = sqlite3_extended_errcode(db->sql) & 0xff;
		int os = sqlite3_system_errno(db->sql);
		/* "disk I/O error" alone says neither that the disk is full nor that a file is
		 * too large; "readonly" not which file */
		if ((code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_CANTOPEN) && os)
			snprintf(db->error, sizeof(db->error), "%s (%s)", sqlite3_errmsg(db->sql),
				 strerror(os));
		else if (code == SQLITE_READONLY)
			snprintf(db->error, sizeof(db->error), "%s (writing needs permission to write "
				 "the database file, and its directory or the -wal and -shm files "
				 "beside it, which a reader of another user may have made)",
				 sqlite3_errmsg(db->sql));
		else
			snprintf(db->error, sizeof(db->error), "%s", sqlite3_errmsg(db->sql));
		return status;
	}
	va_start(ap, fmt);
	vsnprintf(db->error, sizeof(db->error), fmt, ap);
	va_end(ap);
	return status;
}

/* SQLite's "out of memory" is ours too; every other failure is a database error. */
static int sql_status(struct tenor_db *db, int rc)
{
	if (rc == SQLITE_NOMEM)
		return store_fail(db, TENOR_ENOMEM, "out of memory");
	return store_fail(db, TENOR_EDB, NULL);
}

int tenor_db_schema_version(void)
{
	return SCHEMA_VERSION;
}

int store_exec(struct tenor_db *db, const char *sql)
{
	int rc = sqlite3_exec(db->sql, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? TENOR_OK : sql_status(db, rc);
}

int store_cache_kib(struct tenor_db *db, int kib)
{
	char sql[48];

	/* a pragma takes no bound value; kib is a number of ours */
	snprintf(sql, sizeof(sql), "PRAGMA cache_size = -%d", kib);
	return store_exec(db, sql);
}

/* A document's identity_key: the 64-bit FNV-1a hash of its identity, as SQLite's signed
 * integer. The same on every machine, as it is stored; two identities with one key are
 * told apart by the identity itself (store_doc_find). */
static sqlite3_int64 identity_key(const char *identity, size_t n)
{
	uint64_t h = 0xcbf29ce484222325u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)identity[i]) * 0x100000001b3u;
	return (sqlite3_int64)h;
}

/* tenor_identity_key(identity), for the migration that adds the key to stored documents. */
static void identity_key_sql(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const char *s = (const char *)sqlite3_value_text(argv[0]);

	(void)argc;
	if (s)
		sqlite3_result_int64(cx, identity_key(s, (size_t)sqlite3_value_bytes(argv[0])));
	else
		sqlite3_result_null(cx);
}

static int user_version(struct tenor_db *db, int *v)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db->sql, "PRAGMA user_version", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return sql_status(db, rc);
	rc = sqlite3_step(st);
	*v = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? TENOR_OK : sql_status(db, rc);
}

/* A database of another program, named by mistake (a typo in --db): tables, but not
 * tenor's batches, whatever its user_version (which many programs set). It is left as it
 * is, without tenor's tables beside its own and without a change of its journal mode. */
static int foreign(struct tenor_db *db)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = sqlite3_prepare_v2(db->sql, "SELECT name FROM sqlite_schema WHERE type = 'table'"
				     " AND NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table'"
				     " AND name = 'batches') ORDER BY rowid LIMIT 1", -1, &st,
				     NULL)) != SQLITE_OK)
		return sql_status(db, rc);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		rc = store_fail(db, TENOR_EDB, "not a tenor database: it holds another program's "
				"tables ('%.100s'); give tenor a file of its own",
				(const char *)sqlite3_column_text(st, 0));
	else
		rc = rc == SQLITE_DONE ? TENOR_OK : sql_status(db, rc);
	sqlite3_finalize(st);
	return rc;
}

/* The names and SQL of the indexes and triggers on table, NUL-separated into out, to be
 * made again after the table is (remake_objects). */
static int save_objects(struct tenor_db *db, const char *table, struct buf *out)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = sqlite3_prepare_v2(db->sql,
				     "SELECT name, sql FROM sqlite_schema WHERE tbl_name = ?1"
				     " AND type IN ('index', 'trigger') AND sql IS NOT NULL"
				     " ORDER BY type, name",
				     -1, &st, NULL)) != SQLITE_OK)
		return sql_status(db, rc);
	if (sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC) != SQLITE_OK) {
		sqlite3_finalize(st);
		return sql_status(db, sqlite3_errcode(db->sql));
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (buf_adds(out, (const char *)sqlite3_column_text(st, 0)) || buf_addc(out, 0) ||
		    buf_adds(out, (const char *)sqlite3_column_text(st, 1)) || buf_addc(out, 0)) {
			sqlite3_finalize(st);
			return store_fail(db, TENOR_ENOMEM, "out of memory");
		}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? TENOR_OK : sql_status(db, rc);
}

/* Makes again the saved objects that the migration did not make itself: those another tool
 * added (a dashboard's index on ext_id). */
static int remake_objects(struct tenor_db *db, const struct buf *saved)
{
	const char *name = saved->data, *end;
	sqlite3_stmt *st;
	int rc = TENOR_OK;

	if (!name)
		return TENOR_OK;
	end = name + saved->len;
	if (sqlite3_prepare_v2(db->sql, "SELECT 1 FROM sqlite_schema WHERE name = ?1", -1, &st,
			       NULL) != SQLITE_OK)
		return sql_status(db, sqlite3_errcode(db->sql));
	for (; rc == TENOR_OK && name < end; name += strlen(name) + 1) {
		const char *sql = name + strlen(name) + 1;
		int exists;
		if (sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC) != SQLITE_OK) {
			rc = sql_status(db, sqlite3_errcode(db->sql));
			break;
		}
		exists = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_reset(st);
		if (!exists)
			rc = store_exec(db, sql);
		name = sql;
	}
	sqlite3_finalize(st);
	return rc;
}

static int migrate(struct tenor_db *db, int readonly)
{
	struct buf saved = { 0 };
	char set[64];
	int v, rc, i;

	if ((rc = user_version(db, &v)))
		return rc;
	if (v > SCHEMA_VERSION)
		return store_fail(db, TENOR_EDB,
				  "the database's schema version %d is newer than this tenor "
				  "supports (%d)", v, SCHEMA_VERSION);
	if (v < SCHEMA_VERSION && readonly)
		return store_fail(db, TENOR_EDB,
				  v == 0 ? "not a tenor database (it has no tenor schema)"
					 : "the database's schema version %d is older than %d: open "
					   "it once for writing to migrate it",
				  v, SCHEMA_VERSION);
	for (; v < SCHEMA_VERSION; v++) {
		/* Another process may have migrated in between: re-read inside the lock. */
		int now;
		if ((rc = store_exec(db, "BEGIN IMMEDIATE")))
			return rc;
		if ((rc = user_version(db, &now)))
			goto fail;
		if (now > v) {
			v = now - 1;
			store_exec(db, "COMMIT");
			continue;
		}
		snprintf(set, sizeof(set), "PRAGMA user_version = %d", v + 1);
		if (rebuilt[v] && (rc = save_objects(db, rebuilt[v], &saved)))
			goto fail;
		for (i = 0; migrations[v][i]; i++)
			if ((rc = store_exec(db, migrations[v][i]))) {
				char why[sizeof(db->error)];
				snprintf(why, sizeof(why), "%s", db->error);
				rc = store_fail(db, rc, "cannot migrate the schema from version %d "
						"to %d: %s", v, v + 1, why);
				goto fail;
			}
		if ((rc = remake_objects(db, &saved)))
			goto fail;
		buf_reset(&saved);
		if ((rc = store_exec(db, set)) || (rc = store_exec(db, "COMMIT")))
			goto fail;
	}
	buf_release(&saved);
	return TENOR_OK;
fail:
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_exec(db->sql, "PRAGMA legacy_alter_table = OFF", NULL, NULL, NULL);
	buf_release(&saved);
	return rc;
}

/* Opens the SQLite handle with the settings every tenor handle has; path is a URI when uri
 * is set (read-only, for open_immutable). */
static int open_sql(struct tenor_db *db, const char *path, int readonly, int uri)
{
	int rc = sqlite3_open_v2(path, &db->sql,
				 /* a handle is used by one thread at a time: no mutex */
				 SQLITE_OPEN_NOMUTEX | (uri ? SQLITE_OPEN_URI : 0) |
					 (readonly ? SQLITE_OPEN_READONLY
						   : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE),
				 NULL);
	if (rc != SQLITE_OK) {
		if (!db->sql)
			return store_fail(db, TENOR_ENOMEM, "out of memory");
		return store_fail(db, rc == SQLITE_NOMEM ? TENOR_ENOMEM : TENOR_EDB,
				  "cannot open '%s': %s", path, sqlite3_errmsg(db->sql));
	}
	sqlite3_extended_result_codes(db->sql, 1);
	sqlite3_busy_timeout(db->sql, BUSY_TIMEOUT_MS);
	/* A new database gets pages of 16 KiB, before WAL mode writes its first page: a
	 * document row and its text fill a 4 KiB page after a dozen rows, and splitting pages
	 * was a sixth of ingest's writer. Ingest and rescore take a sixth less time, reports
	 * too; an existing database keeps the size it has. The cache is sized after it, in
	 * bytes of the pages it will hold. */
	if (!readonly && (rc = store_exec(db, "PRAGMA page_size = 16384")))
		return rc;
	/* The schema's foreign keys are for other tools that delete rows. tenor deletes no
	 * document, and gives a child row only the id of the document it has just stored or
	 * found: checking them (a lookup in documents per row) was a fifth of ingest's
	 * writer, for nothing. */
	if ((rc = store_exec(db, "PRAGMA foreign_keys = OFF")) ||
	    (rc = store_cache_kib(db, STORE_CACHE_KIB)))
		return rc;
	if (!readonly && (rc = foreign(db)))
		return rc;
	/* WAL lets a dashboard read while a batch is written; FULL makes a commit survive
	 * a power cut, and costs one sync per batch. */
	if (!readonly && ((rc = store_exec(db, "PRAGMA journal_mode = WAL")) ||
			  (rc = store_exec(db, "PRAGMA synchronous = FULL"))))
		return rc;
	/* The one CHECK, date_precision IN (...), builds a lookup table for every document
	 * inserted (8% of ingest); tenor binds only precision_names, so it holds anyway. */
	if (!readonly && (rc = store_exec(db, "PRAGMA ignore_check_constraints = ON")))
		return rc;
	if (!readonly && sqlite3_create_function(db->sql, "tenor_identity_key", 1,
						 SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
						 identity_key_sql, NULL, NULL) != SQLITE_OK)
		return sql_status(db, sqlite3_errcode(db->sql));
	return TENOR_OK;
}

/* After an open failed (rc) or gave a writer a read-only handle (SQLite falls back to one
 * without a word): the reason in words when the file, or its directory where SQLite keeps
 * the -wal and -shm files (readers need the -shm too), cannot be written: a read-only
 * mount, an immutable file, no permission. Else rc with SQLite's message. */
static int not_writable(struct tenor_db *db, const char *path, int readonly, int rc)
{
	const char *slash = strrchr(path, '/');
	int code = db->sql ? sqlite3_errcode(db->sql) : SQLITE_OK;
	char dir[4096];

	if (!readonly && access(path, F_OK) == 0 && access(path, W_OK) != 0)
		return store_fail(db, TENOR_EDB, "cannot write to it: %s", strerror(errno));
	/* only where SQLite could not open or write a file: "not a database" stays as it is */
	if (rc && code != SQLITE_CANTOPEN && code != SQLITE_READONLY && code != SQLITE_PERM)
		return rc;
	snprintf(dir, sizeof(dir), "%.*s", !slash ? 1 : slash == path ? 1 : (int)(slash - path),
		 !slash ? "." : path);
	if (access(dir, W_OK) != 0)
		return store_fail(db, TENOR_EDB,
				  "cannot write in its directory '%s' (SQLite keeps its -wal and -shm "
				  "files there): %s",
				  dir, strerror(errno));
	return rc ? rc : store_fail(db, TENOR_EDB, "cannot write to it (opened read-only)");
}

static int exists_beside(const char *path, const char *suffix)
{
	char name[4096];
	int n = snprintf(name, sizeof(name), "%s%s", path, suffix);
	return n < 0 || (size_t)n >= sizeof(name) || access(name, F_OK) == 0;
}

/*
 * A reader of a WAL database needs its -shm file, which SQLite creates beside it; a
 * dashboard's user who may read the file but not write its directory cannot. Where neither
 * the -wal nor the -shm file is there, no writer is at work, and the file is read as
 * immutable, which needs neither. Called after the plain read-only open failed to read.
 */
static int open_immutable(struct tenor_db *db, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	struct buf uri = { 0 };
	int rc = TENOR_ENOMEM, code = sqlite3_extended_errcode(db->sql);
	const char *p;

	if ((code & 0xff) != SQLITE_READONLY && (code & 0xff) != SQLITE_CANTOPEN)
		return TENOR_EDB;
	if (exists_beside(path, "-wal") || exists_beside(path, "-shm"))
		return TENOR_EDB;
	if (buf_adds(&uri, "file:"))
		goto out;
	for (p = path; *p; p++) {
		unsigned char c = (unsigned char)*p;
		char esc[3] = { '%', hex[c >> 4], hex[c & 15] };
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr("/._-~", c) ? buf_addc(&uri, (char)c) : buf_add(&uri, esc, 3))
			goto out;
	}
	if (buf_adds(&uri, "?immutable=1") || buf_addc(&uri, 0))
		goto out;
	sqlite3_close(db->sql);
	db->sql = NULL;
	rc = open_sql(db, uri.data, 1, 1);
out:
	buf_release(&uri);
	return rc;
}

int tenor_db_open(const char *path, unsigned flags, struct tenor_db **out)
{
	struct stat st;
	struct tenor_db *db;
	int readonly = (flags & TENOR_DB_READONLY) != 0;
	int rc, i, v;

	if (!out)
		return TENOR_EINVAL;
	*out = NULL;
	if (!path)
		return TENOR_EINVAL;
	if (!(db = tenor_calloc(1, sizeof(*db))))
		return TENOR_ENOMEM;
	*out = db;
	if ((readonly || (flags & TENOR_DB_EXISTING)) && access(path, F_OK) != 0)
		return store_fail(db, TENOR_EDB, "no database here yet: 'tenor ingest' creates it");
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return store_fail(db, TENOR_EDB, "a directory, not a database file");
	rc = open_sql(db, path, readonly, 0);
	if (readonly && rc != TENOR_ENOMEM && (rc || (rc = user_version(db, &v))) &&
	    open_immutable(db, path) == TENOR_OK)
		rc = TENOR_OK;
	if (rc ? rc != TENOR_ENOMEM : !readonly && sqlite3_db_readonly(db->sql, "main") == 1)
		return not_writable(db, path, readonly, rc);
	if (rc)
		return rc;
	/* A reader meeting an older tenor database migrates it once, where it may write. */
	if (readonly && user_version(db, &v) == TENOR_OK && v > 0 && v < SCHEMA_VERSION &&
	    access(path, W_OK) == 0) {
		sqlite3_close(db->sql);
		db->sql = NULL;
		if ((rc = open_sql(db, path, 0, 0)) || (rc = migrate(db, 0)))
			return rc;
	}
	if ((rc = migrate(db, readonly)))
		return rc;
	for (i = 0; i < ST_COUNT && !readonly; i++) {
		int r = sqlite3_prepare_v3(db->sql, sql_text[i], -1, SQLITE_PREPARE_PERSISTENT,
					   &db->st[i], NULL);
		if (r != SQLITE_OK)
			return sql_status(db, r);
	}
	return TENOR_OK;
}

int store_open_reader(struct tenor_db *db, struct tenor_db **out)
{
	static const enum stmt_id reads[] = { ST_RESCORE_TEXTS, ST_RESCORE_GROUPS,
					      ST_RESCORE_SCORES, ST_RESCORE_MATCHES };
	const char *path = sqlite3_db_filename(db->sql, "main");
	struct tenor_db *r;
	sqlite3_stmt *st;
	size_t i;
	int wal, rc;

	*out = NULL;
	if (!path || !*path)
		return TENOR_OK;
	if (sqlite3_prepare_v2(db->sql, "PRAGMA journal_mode", -1, &st, NULL) != SQLITE_OK)
		return sql_status(db, sqlite3_errcode(db->sql));
	wal = sqlite3_step(st) == SQLITE_ROW &&
	      sqlite3_stricmp((const char *)sqlite3_column_text(st, 0), "wal") == 0;
	sqlite3_finalize(st);
	if (!wal)
		return TENOR_OK;
	/* Without one, the writer's thread reads instead: no reader is no failure. */
	if (!(r = tenor_calloc(1, sizeof(*r))))
		return TENOR_OK;
	/* rows are read once, in id order: a small cache will do */
	rc = open_sql(r, path, 1, 0) || store_exec(r, "PRAGMA cache_size = -2048");
	for (i = 0; i < sizeof(reads) / sizeof(reads[0]) && !rc; i++)
		rc = sqlite3_prepare_v3(r->sql, sql_text[reads[i]], -1, SQLITE_PREPARE_PERSISTENT,
					&r->st[reads[i]], NULL);
	if (rc)
		tenor_db_close(r);
	else
		*out = r;
	return TENOR_OK;
}

void tenor_db_close(struct tenor_db *db)
{
	int i, t;

	if (!db)
		return;
	if (db->in_batch)
		store_rollback(db);
	for (i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(db->st[i]);
	for (t = 0; t < ROW_KINDS; t++)
		for (i = 0; i < PENDING_ROWS + 1; i++)
			sqlite3_finalize(db->rows[t][i]);
	sqlite3_close(db->sql);
	normalizer_release(&db->nz);
	buf_release(&db->term);
	buf_release(&db->rowkey);
	buf_release(&db->pterms);
	tenor_free(db->pgroups);
	tenor_free(db->pversions);
	tenor_free(db->pscores);
	tenor_free(db->pmatches);
	agg_release(&db->agg);
	tenor_free(db);
}

const char *tenor_db_error(const struct tenor_db *db)
{
	return db ? db->error : "";
}

/* Runs st to its end, resets it and clears its bindings. */
static int run_stmt(struct tenor_db *db, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return sql_status(db, rc);
	return TENOR_OK;
}

int store_run(struct tenor_db *db, enum stmt_id id)
{
	return run_stmt(db, db->st[id]);
}

/* Runs statement id with v, a document's or a match's id, as its one parameter. */
static int run_with_id(struct tenor_db *db, enum stmt_id id, long long v)
{
	if (sqlite3_bind_int64(db->st[id], 1, v))
		return sql_status(db, sqlite3_errcode(db->sql));
	return store_run(db, id);
}

int store_begin(struct tenor_db *db)
{
	int rc = store_run(db, ST_BEGIN);
	if (rc == TENOR_OK)
		db->in_batch = 1;
	else if ((sqlite3_extended_errcode(db->sql) & 0xff) == SQLITE_BUSY)
		store_fail(db, TENOR_EDB,
			   "the database is locked by another writer (waited %d s)",
			   BUSY_TIMEOUT_MS / 1000);
	return rc;
}

int store_commit(struct tenor_db *db)
{
	int rc = store_run(db, ST_COMMIT);
	if (rc == TENOR_OK)
		db->in_batch = 0;
	return rc;
}

void store_rollback(struct tenor_db *db)
{
	/* what was gathered for the aggregates and rows kept for later belong to the
	 * rolled-back batch */
	agg_release(&db->agg);
	db->npgroups = db->npversions = db->npscores = db->npmatches = 0;
	buf_reset(&db->pterms);
	/* A failed statement may have ended the transaction already. */
	if (!sqlite3_get_autocommit(db->sql))
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	db->in_batch = 0;
}

/* Binds (s, n), NULL as NULL, without a copy: every statement runs, and has its bindings
 * cleared (store_run), while the strings it was given are still there. */
static int bind_text(sqlite3_stmt *st, int i, const char *s, size_t n)
{
	if (!s)
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text64(st, i, s, n, SQLITE_STATIC, SQLITE_UTF8);
}

static int bind_str(sqlite3_stmt *st, int i, const char *s)
{
	return bind_text(st, i, s, s ? strlen(s) : 0);
}

int store_batch_start(struct tenor_db *db, const char *command, const char *lexicon_version,
		      const char *sources_json, const char *options_json, long long *batch)
{
	sqlite3_stmt *st = db->st[ST_BATCH_INSERT];
	int rc;

	if (bind_str(st, 1, command) || bind_str(st, 2, TENOR_VERSION) ||
	    bind_str(st, 3, lexicon_version) || bind_str(st, 4, sources_json) ||
	    bind_str(st, 5, options_json))
		return sql_status(db, sqlite3_errcode(db->sql));
	if ((rc = store_run(db, ST_BATCH_INSERT)))
		return rc;
	*batch = sqlite3_last_insert_rowid(db->sql);
	return TENOR_OK;
}

int store_batch_finish(struct tenor_db *db, long long batch, const struct tenor_ingest_counts *c)
{
	sqlite3_stmt *st = db->st[ST_BATCH_FINISH];

	if (sqlite3_bind_int64(st, 1, batch) || sqlite3_bind_int64(st, 2, (sqlite3_int64)c->read) ||
	    sqlite3_bind_int64(st, 3, (sqlite3_int64)c->added) ||
	    sqlite3_bind_int64(st, 4, (sqlite3_int64)c->duplicate) ||
	    sqlite3_bind_int64(st, 5, (sqlite3_int64)c->updated) ||
	    sqlite3_bind_int64(st, 6, (sqlite3_int64)c->rejected) ||
	    sqlite3_bind_int64(st, 7, (sqlite3_int64)c->undated))
		return sql_status(db, sqlite3_errcode(db->sql));
	return store_run(db, ST_BATCH_FINISH);
}

int store_doc_find(struct tenor_db *db, const char *identity, const char *content_hash,
		   int lang_detected, const char *lexver, long long *doc_id, int *other,
		   int *same, int *current)
{
	sqlite3_stmt *st = db->st[ST_DOC_FIND];
	int rc;

	*doc_id = 0;
	*other = *same = *current = 0;
	if (sqlite3_bind_int64(st, 1, identity_key(identity, strlen(identity))) ||
	    bind_str(st, 2, identity) || bind_str(st, 3, content_hash) || bind_str(st, 4, lexver) ||
	    sqlite3_bind_int(st, 5, lang_detected != LANG_GIVEN))
		return sql_status(db, sqlite3_errcode(db->sql));
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*doc_id = sqlite3_column_int64(st, 0);
		*other = !sqlite3_column_int(st, 1);
		*same = sqlite3_column_int(st, 2);
		*current = sqlite3_column_int(st, 3);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return sql_status(db, rc);
	return TENOR_OK;
}

static const char *const precision_names[] = { NULL, "day", "week", "month", "quarter" };

static enum tenor_date_precision precision_of_name(const char *name)
{
	int p;

	for (p = TENOR_DATE_QUARTER; p > TENOR_DATE_NONE; p--)
		if (name && strcmp(name, precision_names[p]) == 0)
			break;
	return (enum tenor_date_precision)p;
}

/* Binds the period keys a date has (none finer than its precision): the aggregates' keys,
 * "" being none. */
static int bind_periods(sqlite3_stmt *st, const struct store_doc *d)
{
	int i, rc = 0;

	for (i = 0; i < AGG_NKINDS; i++) {
		/* the columns are period_week, _month, _quarter, _year and _wave */
		const char *k = !d->date ? NULL : i == 3 ? d->periods->year : d->periods->key[i];
		rc |= k && *k ? bind_str(st, 10 + i, k) : sqlite3_bind_null(st, 10 + i);
	}
	return rc;
}

/* The lexicon version of a stored document, at once. */
static int set_version(struct tenor_db *db, long long doc_id, const char *version)
{
	sqlite3_stmt *st = db->st[ST_DOC_VERSION];

	if (sqlite3_bind_int64(st, 1, doc_id) || bind_str(st, 2, version))
		return sql_status(db, sqlite3_errcode(db->sql));
	return store_run(db, ST_DOC_VERSION);
}

int store_doc_origin(struct tenor_db *db, long long doc_id, const char *now, int *same,
		     char *file, size_t filesize, unsigned long long *line, int *redacted)
{
	sqlite3_stmt *st = db->st[ST_DOC_ORIGIN];
	int rc;

	*same = 1;
	*redacted = 0;
	*line = 0;
	file[0] = 0;
	if (sqlite3_bind_int64(st, 1, doc_id) || bind_str(st, 2, now))
		return sql_status(db, sqlite3_errcode(db->sql));
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const unsigned char *f = sqlite3_column_text(st, 1);
		*same = sqlite3_column_int(st, 0);
		*line = (unsigned long long)sqlite3_column_int64(st, 2);
		*redacted = sqlite3_column_int(st, 3);
		/* the file is never NULL: no text is SQLite out of memory */
		rc = f ? SQLITE_DONE : SQLITE_NOMEM;
		if (f)
			snprintf(file, filesize, "%.*s",
				 (int)bytes_utf8_prefix((const char *)f, strlen((const char *)f),
							filesize - 1), (const char *)f);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? TENOR_OK : sql_status(db, rc);
}

int store_doc_redacted(struct tenor_db *db, long long doc_id)
{
	return run_with_id(db, ST_DOC_REDACTED, doc_id);
}

int store_doc_put(struct tenor_db *db, long long batch, const struct store_doc *d,
		  long long *doc_id)
{
	enum stmt_id id = *doc_id ? ST_DOC_UPDATE : ST_DOC_INSERT;
	sqlite3_stmt *st = db->st[id];
	size_t i;
	int rc = 0;

	/* the rows kept of the document to be replaced go first, and are cleared with it */
	if (*doc_id && (rc = store_flush_results(db)))
		return rc;

	rc |= bind_str(st, 1, d->identity);
	rc |= bind_str(st, 2, d->source);
	rc |= bind_str(st, 3, d->ext_id);
	rc |= bind_str(st, 4, d->content_hash);
	rc |= sqlite3_bind_int64(st, 5, batch);
	rc |= bind_str(st, 6, d->file);
	rc |= sqlite3_bind_int64(st, 7, (sqlite3_int64)d->line);
	if (d->date) {
		rc |= bind_str(st, 8, d->day);
		rc |= bind_str(st, 9, precision_names[d->date->precision]);
	} else {
		rc |= sqlite3_bind_null(st, 8);
		rc |= sqlite3_bind_null(st, 9);
	}
	rc |= bind_periods(st, d);
	rc |= bind_str(st, 15, d->lang);
	rc |= sqlite3_bind_int64(st, 16, (sqlite3_int64)d->tokens);
	rc |= bind_text(st, 17, d->text, d->text_len);
	rc |= sqlite3_bind_int(st, 18, d->redacted);
	rc |= sqlite3_bind_int64(st, 20, identity_key(d->identity, strlen(d->identity)));
	rc |= sqlite3_bind_int(st, 21, d->lang_detected);
	if (*doc_id)
		rc |= sqlite3_bind_int64(st, 19, *doc_id);
	/* Each bind clears the handle's error code, so a failed one is known by rc only. */
	if (rc)
		return rc == SQLITE_NOMEM ? store_fail(db, TENOR_ENOMEM, "out of memory")
					  : store_fail(db, TENOR_EDB, "cannot bind a value (%d)", rc);
	if ((rc = store_run(db, id)))
		return rc;
	if (*doc_id == 0) {
		struct pending_group *v;
		/* the identity is stored already: nothing more */
		if (sqlite3_changes(db->sql) == 0)
			return TENOR_OK;
		*doc_id = sqlite3_last_insert_rowid(db->sql);
		if (tenor_grow(&db->pversions, &db->cpversions, db->npversions + 1,
			       sizeof(*db->pversions)))
			return store_fail(db, TENOR_ENOMEM, "out of memory");
		v = &db->pversions[db->npversions++];
		v->doc_id = *doc_id;
		v->name = d->lexicon_version;
		v->value = NULL;
	} else {
		static const enum stmt_id clear[] = { ST_DOC_CLEAR_GROUPS, ST_DOC_CLEAR_SCORES,
						      ST_DOC_CLEAR_MATCHES };
		for (i = 0; i < 3; i++)
			if ((rc = run_with_id(db, clear[i], *doc_id)))
				return rc;
		if ((rc = set_version(db, *doc_id, d->lexicon_version)))
			return rc;
	}
	if (tenor_grow(&db->pgroups, &db->cpgroups, db->npgroups + d->ngroups,
		       sizeof(*db->pgroups)))
		return store_fail(db, TENOR_ENOMEM, "out of memory");
	for (i = 0; i < d->ngroups; i++) {
		struct pending_group *p = &db->pgroups[db->npgroups++];
		p->doc_id = *doc_id;
		p->name = d->group_names[i];
		p->value = d->group_values[i];
	}
	return TENOR_OK;
}

/* The statement that inserts n rows of groups (t 0), scores (t 1), matches (t 2) or lexicon
 * versions (t 3) at once, prepared once a process. One statement for many rows saves
 * SQLite's work per statement.
 * OR FAIL: a statement that may stop half way with its rows written back (ABORT, the
 * default) has SQLite keep a statement journal of every page it changes, in a temporary
 * file once it passes 64 KiB, 4 of these pages. None of these rows can conflict, and if
 * one did the whole batch would roll back; without the journal the ingest of the bench's
 * 72 MB writes 0.60 GB instead of 1.90 GB. */
static int rows_insert(struct tenor_db *db, int t, size_t n, sqlite3_stmt **out)
{
	static const char *const head[] = {
		"INSERT OR FAIL INTO document_groups (doc_id, name, value) VALUES",
		"INSERT OR FAIL INTO scores (doc_id, category, hits, weight, negated) VALUES",
		("INSERT OR FAIL INTO matches (doc_id, category, term, surface, entry, entry_source,"
		 " start, end, weight, negated) VALUES"),
		"INSERT OR FAIL INTO document_lexicons (doc_id, lexicon_version) VALUES"
	};
	static const char *const row[] = { "(?,?,?)", "(?,?,?,?,?)", "(?,?,?,?,?,?,?,?,?,?)",
					   "(?,?)" };
	struct buf sql = { 0 };
	size_t i;
	int rc;

	if ((*out = db->rows[t][n]))
		return TENOR_OK;
	rc = buf_adds(&sql, head[t]);
	for (i = 0; i < n && rc == TENOR_OK; i++)
		rc = (i && buf_addc(&sql, ',')) || buf_adds(&sql, row[t]) ? TENOR_ENOMEM : TENOR_OK;
	if (rc)
		rc = store_fail(db, rc, "%s", tenor_strerror(rc));
	else if ((rc = sqlite3_prepare_v3(db->sql, sql.data, (int)sql.len,
					  SQLITE_PREPARE_PERSISTENT, &db->rows[t][n], NULL)))
		rc = sql_status(db, rc);
	buf_release(&sql);
	*out = db->rows[t][n];
	return rc;
}

int store_results_later(struct tenor_db *db, long long doc_id, const struct tenor_lexicon *lx,
			const struct tenor_result *r, const char *text)
{
	size_t i;
	int rc;

	if (tenor_grow(&db->pscores, &db->cpscores, db->npscores + r->ncategories,
		       sizeof(*db->pscores)))
		return store_fail(db, TENOR_ENOMEM, "out of memory");
	db->plx = lx;
	for (i = 0; i < r->ncategories; i++) {
		struct pending_score *p = &db->pscores[db->npscores++];
		p->doc_id = doc_id;
		p->category = i;
		p->hits = r->categories[i].hits;
		p->weight = r->categories[i].weight;
		p->negated = r->categories[i].negated;
	}
	for (i = 0; i < r->nmatches; i++) {
		const struct tenor_match *m = &r->matches[i];
		struct pending_match *p;
		/* each table's rows are still written in the order they came */
		if (db->npmatches >= PENDING_MATCHES && (rc = store_flush_results(db)))
			return rc;
		if (tenor_grow(&db->pmatches, &db->cpmatches, db->npmatches + 1,
			       sizeof(*db->pmatches)))
			return store_fail(db, TENOR_ENOMEM, "out of memory");
		p = &db->pmatches[db->npmatches];
		p->term = db->pterms.len;
		if ((rc = lexicon_match_text(lx, &db->nz, text, m, &db->pterms)))
			return store_fail(db, rc, "%s", tenor_strerror(rc));
		p->termlen = db->pterms.len - p->term;
		p->surface = db->pterms.len;
		if ((rc = lexicon_match_text(lx, NULL, text, m, &db->pterms)))
			return store_fail(db, rc, "%s", tenor_strerror(rc));
		p->surflen = db->pterms.len - p->surface;
		p->doc_id = doc_id;
		p->category = m->category;
		p->entry = m->entry;
		p->start = (long long)m->start;
		p->end = (long long)m->end;
		p->weight = m->weight;
		p->negated = m->negated;
		db->npmatches++;
	}
	return TENOR_OK;
}

/* The entry's "file:line" as matches.entry_source holds it; its text in *text. */
static void entry_source(const struct tenor_lexicon *lx, size_t entry, const char **text,
			 char out[ENTRY_SOURCE_MAX])
{
	struct tenor_entry_info e;
	char num[12];
	size_t n, k = 0, take, room = ENTRY_SOURCE_MAX - 1;
	unsigned v;

	tenor_lexicon_entry(lx, entry, &e);
	/* "%s:%u" cut to the buffer, as snprintf would, without its format parsing for every
	 * matched term */
	v = e.line;
	do
		num[sizeof(num) - ++k] = (char)('0' + v % 10);
	while (v /= 10);
	n = strlen(e.file);
	if (n > room)
		n = room;
	memcpy(out, e.file, n);
	if (n < room)
		out[n++] = ':';
	/* the line's first digits where the buffer ends */
	take = k < room - n ? k : room - n;
	memcpy(out + n, num + sizeof(num) - k, take);
	out[n + take] = 0;
	*text = e.text;
}

static int bind_pending_score(sqlite3_stmt *st, int p, const struct tenor_lexicon *lx,
			      const struct pending_score *s)
{
	return sqlite3_bind_int64(st, p + 1, s->doc_id) ||
	       bind_str(st, p + 2, tenor_lexicon_category(lx, s->category)) ||
	       sqlite3_bind_int64(st, p + 3, s->hits) || sqlite3_bind_double(st, p + 4, s->weight) ||
	       sqlite3_bind_int64(st, p + 5, s->negated);
}

/* entry and source (its "file:line") must live until the statement runs. */
static int bind_pending_match(sqlite3_stmt *st, int p, const struct tenor_lexicon *lx,
			      const char *terms, const struct pending_match *m, const char *entry,
			      const char *source)
{
	return sqlite3_bind_int64(st, p + 1, m->doc_id) ||
	       bind_str(st, p + 2, tenor_lexicon_category(lx, m->category)) ||
	       bind_text(st, p + 3, terms + m->term, m->termlen) ||
	       bind_text(st, p + 4, terms + m->surface, m->surflen) ||
	       bind_str(st, p + 5, entry) || bind_str(st, p + 6, source) ||
	       sqlite3_bind_int64(st, p + 7, m->start) || sqlite3_bind_int64(st, p + 8, m->end) ||
	       sqlite3_bind_double(st, p + 9, m->weight) || sqlite3_bind_int(st, p + 10, m->negated);
}

/* How many of left rows go into the next statement: a power of two, so that a few
 * statements are prepared (each a few kilobytes for every row it takes), not one for every
 * number of rows. */
static size_t rows_at_once(size_t left)
{
	size_t n = PENDING_ROWS;

	while (n > left)
		n /= 2;
	return n;
}

/* Writes n pending rows of a document id and nstr strings (the name, and the value when
 * nstr is 2) with the statements of kind t. */
static int flush_doc_rows(struct tenor_db *db, int t, const struct pending_group *rows,
			  size_t count, int nstr)
{
	size_t at, n, i;
	sqlite3_stmt *st;
	int rc = TENOR_OK;

	for (at = 0; at < count && rc == TENOR_OK; at += n) {
		n = rows_at_once(count - at);
		if ((rc = rows_insert(db, t, n, &st)))
			break;
		for (i = 0; i < n; i++) {
			const struct pending_group *g = &rows[at + i];
			int p = (nstr + 1) * (int)i;
			if (sqlite3_bind_int64(st, p + 1, g->doc_id) || bind_str(st, p + 2, g->name) ||
			    (nstr == 2 && bind_str(st, p + 3, g->value)))
				rc = sql_status(db, sqlite3_errcode(db->sql));
		}
		if (rc == TENOR_OK)
			rc = run_stmt(db, st);
	}
	return rc;
}

int store_flush_results(struct tenor_db *db)
{
	size_t at, n, i, off[PENDING_ROWS];
	const char *entry[PENDING_ROWS];
	sqlite3_stmt *st;
	int rc = flush_doc_rows(db, 0, db->pgroups, db->npgroups, 2);

	if (rc == TENOR_OK)
		rc = flush_doc_rows(db, 3, db->pversions, db->npversions, 1);
	for (at = 0; at < db->npscores && rc == TENOR_OK; at += n) {
		n = rows_at_once(db->npscores - at);
		if ((rc = rows_insert(db, 1, n, &st)))
			break;
		for (i = 0; i < n; i++)
			if (bind_pending_score(st, 5 * (int)i, db->plx, &db->pscores[at + i]))
				rc = sql_status(db, sqlite3_errcode(db->sql));
		if (rc == TENOR_OK)
			rc = run_stmt(db, st);
	}
	for (at = 0; at < db->npmatches && rc == TENOR_OK; at += n) {
		n = rows_at_once(db->npmatches - at);
		if ((rc = rows_insert(db, 2, n, &st)))
			break;
		/* the sources of the statement's rows first: the buffer may move while it grows */
		buf_reset(&db->term);
		for (i = 0; i < n && rc == TENOR_OK; i++) {
			char source[ENTRY_SOURCE_MAX];
			entry_source(db->plx, db->pmatches[at + i].entry, &entry[i], source);
			off[i] = db->term.len;
			if (buf_add(&db->term, source, strlen(source) + 1))
				rc = store_fail(db, TENOR_ENOMEM, "out of memory");
		}
		for (i = 0; i < n && rc == TENOR_OK; i++)
			if (bind_pending_match(st, 10 * (int)i, db->plx, db->pterms.data,
					       &db->pmatches[at + i], entry[i], db->term.data + off[i]))
				rc = sql_status(db, sqlite3_errcode(db->sql));
		if (rc == TENOR_OK)
			rc = run_stmt(db, st);
	}
	db->npgroups = db->npversions = db->npscores = db->npmatches = 0;
	buf_reset(&db->pterms);
	return rc;
}

int store_results(struct tenor_db *db, long long doc_id, const struct tenor_lexicon *lx,
		  const struct tenor_result *r, const char *text)
{
	int rc = store_results_later(db, doc_id, lx, r, text);

	return rc ? rc : store_flush_results(db);
}

int store_reject(struct tenor_db *db, long long batch, const char *file, unsigned long long line,
		 const char *reason, const char *raw, size_t rawlen, int cut)
{
	sqlite3_stmt *st = db->st[ST_REJECT_INSERT];
	size_t keep = rawlen > REJECT_RAW_MAX ? REJECT_RAW_MAX : rawlen, k;

	/* a UTF-8 character at the cut goes whole or not at all: back to its lead byte */
	if (keep < rawlen && ((unsigned char)raw[keep] & 0xC0) == 0x80) {
		for (k = keep; k > 0 && keep - k < 3 && ((unsigned char)raw[k - 1] & 0xC0) == 0x80;)
			k--;
		if (k > 0 && (unsigned char)raw[k - 1] >= 0xC0)
			keep = k - 1;
	}

	if (sqlite3_bind_int64(st, 1, batch) || bind_str(st, 2, file) ||
	    sqlite3_bind_int64(st, 3, (sqlite3_int64)line) || bind_str(st, 4, reason) ||
	    (raw ? sqlite3_bind_blob64(st, 5, raw, keep, SQLITE_TRANSIENT)
		 : sqlite3_bind_null(st, 5)) ||
	    sqlite3_bind_int(st, 6, cut || keep < rawlen))
		return sql_status(db, sqlite3_errcode(db->sql));
	return store_run(db, ST_REJECT_INSERT);
}

int store_rescored(struct tenor_db *db, long long doc_id, const struct tenor_lexicon *lx,
		   const struct tenor_result *r, int lang_detected, const char *text)
{
	int rc;

	if ((rc = store_set_analysis(db, doc_id, r->tokens, r->lang, lang_detected, NULL)) ||
	    (rc = set_version(db, doc_id, tenor_lexicon_version(lx))) ||
	    (rc = store_clear_results(db, doc_id, doc_id)))
		return rc;
	return store_results(db, doc_id, lx, r, text);
}

/* The bytes of one row: each value in 8 bytes, strings after their length. */
static int key_int(struct buf *k, long long v)
{
	int64_t x = v;
	return buf_add(k, (const char *)&x, sizeof(x));
}

static int key_real(struct buf *k, double v)
{
	/* SQLite stores a REAL without a fraction as an integer: -0.0 reads back as 0.0 */
	double x = v == 0 ? 0.0 : v;
	return buf_add(k, (const char *)&x, sizeof(x));
}

static int key_str(struct buf *k, const char *s, size_t n)
{
	return key_int(k, (long long)n) || buf_add(k, s, n);
}

static int score_key(struct buf *k, const char *category, size_t catlen, long long hits,
		     double weight, long long negated)
{
	return key_str(k, category, catlen) || key_int(k, hits) || key_real(k, weight) ||
	       key_int(k, negated) ? TENOR_ENOMEM : TENOR_OK;
}

struct match_row {
	const char *category, *term, *surface, *entry, *source;
	size_t catlen, termlen, surflen, entrylen, sourcelen;
	long long start, end, negated;
	double weight;
};

static int match_key(struct buf *k, const struct match_row *m)
{
	return key_str(k, m->category, m->catlen) || key_str(k, m->term, m->termlen) ||
	       key_str(k, m->surface, m->surflen) || key_str(k, m->entry, m->entrylen) ||
	       key_str(k, m->source, m->sourcelen) || key_int(k, m->start) ||
	       key_int(k, m->end) || key_real(k, m->weight) || key_int(k, m->negated)
		       ? TENOR_ENOMEM : TENOR_OK;
}

/* Reading back what key_int, key_real and key_str wrote. */
static int get_int(const char **p, const char *end, long long *v)
{
	int64_t x;
	if ((size_t)(end - *p) < sizeof(x))
		return 0;
	memcpy(&x, *p, sizeof(x));
	*p += sizeof(x);
	*v = x;
	return 1;
}

static int get_real(const char **p, const char *end, double *v)
{
	if ((size_t)(end - *p) < sizeof(*v))
		return 0;
	memcpy(v, *p, sizeof(*v));
	*p += sizeof(*v);
	return 1;
}

static int get_str(const char **p, const char *end, const char **s, size_t *n)
{
	long long len;
	if (!get_int(p, end, &len) || len < 0 || len > end - *p)
		return 0;
	*s = *p;
	*n = (size_t)len;
	*p += len;
	return 1;
}

int store_score_row(const char **p, const char *end, struct stored_score *s)
{
	return get_str(p, end, &s->category, &s->catlen) && get_int(p, end, &s->hits) &&
			       get_real(p, end, &s->weight) && get_int(p, end, &s->negated)
		       ? TENOR_OK : TENOR_EINVAL;
}

int store_match_row(const char **p, const char *end, struct stored_match *m)
{
	const char *skip;
	size_t n;
	long long v;
	double w;

	return get_str(p, end, &m->category, &m->catlen) &&
			       get_str(p, end, &m->term, &m->termlen) &&
			       get_str(p, end, &skip, &n) && get_str(p, end, &skip, &n) &&
			       get_str(p, end, &skip, &n) && get_int(p, end, &v) &&
			       get_int(p, end, &v) && get_real(p, end, &w) &&
			       get_int(p, end, &m->negated)
		       ? TENOR_OK : TENOR_EINVAL;
}

int store_result_key(struct normalizer *nz, const struct tenor_lexicon *lx, const size_t *byname,
		     const struct tenor_result *r, const char *text, struct buf *term,
		     struct buf *scores, struct buf *matches)
{
	char source[ENTRY_SOURCE_MAX];
	size_t i;
	int rc;

	for (i = 0; i < r->ncategories; i++) {
		const struct tenor_category_result *c = &r->categories[byname[i]];
		const char *name = tenor_lexicon_category(lx, byname[i]);
		if ((rc = score_key(scores, name, strlen(name), c->hits, c->weight, c->negated)))
			return rc;
	}
	for (i = 0; i < r->nmatches; i++) {
		const struct tenor_match *m = &r->matches[i];
		struct match_row row;
		entry_source(lx, m->entry, &row.entry, source);
		buf_reset(term);
		if ((rc = lexicon_match_text(lx, nz, text, m, term)))
			return rc;
		row.termlen = term->len;
		if ((rc = lexicon_match_text(lx, NULL, text, m, term)))
			return rc;
		row.category = tenor_lexicon_category(lx, m->category);
		row.catlen = strlen(row.category);
		row.term = term->data;
		row.surface = term->data + row.termlen;
		row.surflen = term->len - row.termlen;
		row.entrylen = strlen(row.entry);
		row.source = source;
		row.sourcelen = strlen(source);
		row.start = (long long)m->start;
		row.end = (long long)m->end;
		row.weight = m->weight;
		row.negated = m->negated;
		if ((rc = match_key(matches, &row)))
			return rc;
	}
	return TENOR_OK;
}

static const char *col_bytes(sqlite3_stmt *st, int i, size_t *n)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	*n = (size_t)sqlite3_column_bytes(st, i);
	return s ? (const char *)s : "";
}

int store_each_result_key(struct tenor_db *db, long long after, long long upto,
			  int (*fn)(void *ctx, long long doc_id, int is_match,
				    long long match_id, const char *key, size_t len),
			  void *ctx)
{
	static const enum stmt_id ids[] = { ST_RESCORE_SCORES, ST_RESCORE_MATCHES };
	struct buf *k = &db->rowkey;
	int i, rc = SQLITE_DONE, r = TENOR_OK;

	for (i = 0; i < 2 && r == TENOR_OK; i++) {
		sqlite3_stmt *st = db->st[ids[i]];
		if (sqlite3_bind_int64(st, 1, after) || sqlite3_bind_int64(st, 2, upto))
			return sql_status(db, sqlite3_errcode(db->sql));
		while (r == TENOR_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
			buf_reset(k);
			if (i == 0) {
				size_t n;
				const char *cat = col_bytes(st, 1, &n);
				r = score_key(k, cat, n, sqlite3_column_int64(st, 2),
					      sqlite3_column_double(st, 3),
					      sqlite3_column_int64(st, 4));
			} else {
				struct match_row m;
				m.category = col_bytes(st, 1, &m.catlen);
				m.term = col_bytes(st, 2, &m.termlen);
				m.surface = col_bytes(st, 3, &m.surflen);
				m.entry = col_bytes(st, 4, &m.entrylen);
				m.source = col_bytes(st, 5, &m.sourcelen);
				m.start = sqlite3_column_int64(st, 6);
				m.end = sqlite3_column_int64(st, 7);
				m.weight = sqlite3_column_double(st, 8);
				m.negated = sqlite3_column_int64(st, 9);
				r = match_key(k, &m);
			}
			if (r == TENOR_OK)
				r = fn(ctx, sqlite3_column_int64(st, 0), i,
				       i ? sqlite3_column_int64(st, 10) : 0, k->data, k->len);
		}
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		if (r == TENOR_OK && rc != SQLITE_DONE)
			return sql_status(db, rc);
	}
	return r;
}

int store_clear_results(struct tenor_db *db, long long first, long long last)
{
	/* one document by its key; a range by its id and the text column */
	static const enum stmt_id one[] = { ST_DOC_CLEAR_SCORES, ST_DOC_CLEAR_MATCHES };
	static const enum stmt_id range[] = { ST_RANGE_CLEAR_SCORES, ST_RANGE_CLEAR_MATCHES };
	int i, rc;

	for (i = 0; i < 2; i++) {
		enum stmt_id id = first == last ? one[i] : range[i];
		if (sqlite3_bind_int64(db->st[id], 1, first) ||
		    (first != last && sqlite3_bind_int64(db->st[id], 2, last)))
			return sql_status(db, sqlite3_errcode(db->sql));
		if ((rc = store_run(db, id)))
			return rc;
	}
	return TENOR_OK;
}

int store_clear_scores(struct tenor_db *db, long long doc_id)
{
	return run_with_id(db, ST_DOC_CLEAR_SCORES, doc_id);
}

int store_delete_match(struct tenor_db *db, long long match_id)
{
	return run_with_id(db, ST_RESCORE_MATCH_DELETE, match_id);
}

int store_set_analysis(struct tenor_db *db, long long doc_id, size_t tokens, const char *lang,
		       int lang_detected, const char *content_hash)
{
	sqlite3_stmt *st = db->st[ST_RESCORE_ANALYSIS];

	if (sqlite3_bind_int64(st, 1, doc_id) || sqlite3_bind_int64(st, 2, (sqlite3_int64)tokens) ||
	    bind_str(st, 3, lang) || bind_str(st, 4, content_hash) ||
	    sqlite3_bind_int(st, 5, lang_detected))
		return sql_status(db, sqlite3_errcode(db->sql));
	return store_run(db, ST_RESCORE_ANALYSIS);
}

int store_set_lexicon_version(struct tenor_db *db, const char *version, long long first,
			      long long last, int fill)
{
	enum stmt_id id = fill ? ST_RESCORE_VERSION_FILL : ST_RESCORE_VERSION;
	sqlite3_stmt *st = db->st[id];
	int rc;

	if (bind_str(st, 1, version) || sqlite3_bind_int64(st, 2, first) ||
	    sqlite3_bind_int64(st, 3, last))
		return sql_status(db, sqlite3_errcode(db->sql));
	if ((rc = store_run(db, id)))
		return rc;
	return fill ? store_set_lexicon_version(db, version, first, last, 0) : TENOR_OK;
}

int store_count_textless(struct tenor_db *db, unsigned long long *n)
{
	sqlite3_stmt *st = db->st[ST_COUNT_TEXTLESS];
	int rc = sqlite3_step(st);

	*n = rc == SQLITE_ROW ? (unsigned long long)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TENOR_OK : sql_status(db, rc);
}

static const char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

/* The aggregates' periods of the row's date columns (date IS NOT NULL at column c, the
 * period columns after it): what AGG_PERIOD computes. */
static void stored_periods(sqlite3_stmt *st, int c, struct agg_periods *p)
{
	int i;

	if (!sqlite3_column_int(st, c)) {
		agg_periods_of_date(NULL, p);
		return;
	}
	/* a copy per column: snprintf costs more than reading the row */
	for (i = 0; i < AGG_NKINDS; i++) {
		const char *k = (const char *)sqlite3_column_text(st, c + 1 + i);
		size_t n = k ? (size_t)sqlite3_column_bytes(st, c + 1 + i) : 0;
		if (n >= sizeof(p->key[i]))
			n = sizeof(p->key[i]) - 1;
		memcpy(p->key[i], k ? k : "", n);
		p->key[i][n] = 0;
	}
	memcpy(p->year, p->key[3], sizeof(p->year));
}

int store_doc_stored(struct tenor_db *db, long long doc_id, struct agg_periods *p,
		     size_t *tokens)
{
	sqlite3_stmt *st = db->st[ST_DOC_STORED];
	int rc;

	if (sqlite3_bind_int64(st, 1, doc_id))
		return sql_status(db, sqlite3_errcode(db->sql));
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		stored_periods(st, 0, p);
		*tokens = (size_t)sqlite3_column_int64(st, 6);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc == SQLITE_DONE)
		return store_fail(db, TENOR_EINVAL, "document %lld is not stored", doc_id);
	return rc == SQLITE_ROW ? TENOR_OK : sql_status(db, rc);
}

int store_each_doc(struct tenor_db *db, int textless, int (*fn)(void *ctx, long long doc_id),
		   void *ctx)
{
	sqlite3_stmt *st = db->st[textless ? ST_TEXTLESS_IDS : ST_DOC_IDS];
	int rc, r = TENOR_OK;

	while (r == TENOR_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
		r = fn(ctx, sqlite3_column_int64(st, 0));
	sqlite3_reset(st);
	if (r)
		return r;
	return rc == SQLITE_DONE ? TENOR_OK : sql_status(db, rc);
}

int store_id_range(struct tenor_db *db, long long *first, long long *last)
{
	sqlite3_stmt *st = db->st[ST_ID_RANGE];
	int rc = sqlite3_step(st);

	*first = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	*last = rc == SQLITE_ROW ? sqlite3_column_int64(st, 1) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? TENOR_OK : sql_status(db, rc);
}

int store_chunk_end(struct tenor_db *db, long long after, int limit, long long *upto,
		    int *found)
{
	sqlite3_stmt *st = db->st[ST_RESCORE_END];
	int rc;

	if (sqlite3_bind_int64(st, 1, after) || sqlite3_bind_int(st, 2, limit))
		return sql_status(db, sqlite3_errcode(db->sql));
	rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL;
	*upto = *found ? sqlite3_column_int64(st, 0) : after;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_ROW ? TENOR_OK : sql_status(db, rc);
}

int store_each_text(struct tenor_db *db, long long after, long long upto,
		    int (*fn)(void *ctx, const struct store_text *t), void *ctx)
{
	sqlite3_stmt *st = db->st[ST_RESCORE_TEXTS];
	struct store_text t;
	int rc, r = TENOR_OK;

	if (sqlite3_bind_int64(st, 1, after) || sqlite3_bind_int64(st, 2, upto))
		return sql_status(db, sqlite3_errcode(db->sql));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		t.doc_id = sqlite3_column_int64(st, 0);
		t.text = (const char *)sqlite3_column_text(st, 1);
		t.len = (size_t)sqlite3_column_bytes(st, 1);
		t.lang = (const char *)sqlite3_column_text(st, 2);
		t.tokens = (size_t)sqlite3_column_int64(st, 9);
		t.lexicon_version = (const char *)sqlite3_column_text(st, 10);
		t.lang_detected = sqlite3_column_int(st, 11);
		t.day = (const char *)sqlite3_column_text(st, 12);
		t.precision = precision_of_name((const char *)sqlite3_column_text(st, 13));
		stored_periods(st, 3, &t.periods);
		if ((r = fn(ctx, &t)))
			break;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (r)
		return r == STORE_STOP ? TENOR_OK : r;
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? TENOR_OK : sql_status(db, rc);
}

int store_each_group(struct tenor_db *db, long long after, long long upto,
		     int (*fn)(void *ctx, long long doc_id, const char *name, const char *value),
		     void *ctx)
{
	sqlite3_stmt *st = db->st[ST_RESCORE_GROUPS];
	int rc, r = TENOR_OK;

	if (sqlite3_bind_int64(st, 1, after) || sqlite3_bind_int64(st, 2, upto))
		return sql_status(db, sqlite3_errcode(db->sql));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if ((r = fn(ctx, sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2))))
			break;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (r)
		return r;
	return rc == SQLITE_DONE ? TENOR_OK : sql_status(db, rc);
}

/* ---- listings ---- */

/* Prepares a read-only query; its text is fixed, its values bound by the caller. */
static int prepare(struct tenor_db *db, const char *sql, sqlite3_stmt **st)
{
	int rc = sqlite3_prepare_v2(db->sql, sql, -1, st, NULL);
	return rc == SQLITE_OK ? TENOR_OK : sql_status(db, rc);
}

/* Steps st to its end, calling row() for each row; finalizes st. */
static int each_row(struct tenor_db *db, sqlite3_stmt *st, int (*row)(sqlite3_stmt *, void *),
		    void *ctx)
{
	int rc, r = 0;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if ((r = row(st, ctx)))
			break;
	if (!r && rc != SQLITE_DONE)
		r = sql_status(db, rc);
	sqlite3_finalize(st);
	return r;
}

struct batch_listing {
	int (*fn)(void *ctx, const struct tenor_batch_info *b);
	void *ctx;
};

static int batch_row(sqlite3_stmt *st, void *p)
{
	struct batch_listing *l = p;
	struct tenor_batch_info b;

	b.id = sqlite3_column_int64(st, 0);
	b.command = col_text(st, 1);
	b.started_at = col_text(st, 2);
	b.finished_at = col_text(st, 3);
	b.tool_version = col_text(st, 4);
	b.lexicon_version = col_text(st, 5);
	b.sources = col_text(st, 6);
	b.options = col_text(st, 7);
	b.read = (unsigned long long)sqlite3_column_int64(st, 8);
	b.added = (unsigned long long)sqlite3_column_int64(st, 9);
	b.duplicate = (unsigned long long)sqlite3_column_int64(st, 10);
	b.updated = (unsigned long long)sqlite3_column_int64(st, 11);
	b.rejected = (unsigned long long)sqlite3_column_int64(st, 12);
	b.undated = (unsigned long long)sqlite3_column_int64(st, 13);
	return l->fn(l->ctx, &b);
}

int tenor_db_batches(struct tenor_db *db,
		     int (*fn)(void *ctx, const struct tenor_batch_info *b), void *ctx)
{
	struct batch_listing l = { fn, ctx };
	sqlite3_stmt *st;
	int rc;

	if (!db || !fn)
		return TENOR_EINVAL;
	if ((rc = prepare(db, "SELECT batch_id, command, started_at, finished_at, tool_version,"
			      " lexicon_version, sources, options, docs_read, docs_added,"
			      " docs_duplicate, docs_updated, docs_rejected, docs_undated"
			      " FROM batches ORDER BY batch_id", &st)))
		return rc;
	return each_row(db, st, batch_row, &l);
}

int tenor_db_rebuild_aggregates(struct tenor_db *db)
{
	int rc;

	if (!db)
		return TENOR_EINVAL;
	/* every document's stored rows added up in memory within the aggregates' bound, as a
	 * rescore keeps them: the build of the migration, one GROUP BY over every document's
	 * rows in every kind of period, sorts tens of millions of rows (115 s for the bench's
	 * 446,758 documents) */
	if ((rc = store_begin(db)) || (rc = agg_restart(db, 1)) || (rc = agg_finish(db)) ||
	    (rc = store_commit(db))) {
		store_rollback(db);
		return rc;
	}
	return TENOR_OK;
}

struct reject_listing {
	int (*fn)(void *ctx, const struct tenor_reject_info *r);
	void *ctx;
};

static int reject_row(sqlite3_stmt *st, void *p)
{
	struct reject_listing *l = p;
	struct tenor_reject_info r;

	r.id = sqlite3_column_int64(st, 0);
	r.batch = sqlite3_column_int64(st, 1);
	r.file = col_text(st, 2);
	r.line = (unsigned long long)sqlite3_column_int64(st, 3);
	r.reason = col_text(st, 4);
	r.raw = sqlite3_column_blob(st, 5);
	r.rawlen = (size_t)sqlite3_column_bytes(st, 5);
	r.truncated = sqlite3_column_int(st, 6);
	return l->fn(l->ctx, &r);
}

int tenor_db_rejects(struct tenor_db *db, long long batch,
		     int (*fn)(void *ctx, const struct tenor_reject_info *r), void *ctx)
{
	struct reject_listing l = { fn, ctx };
	sqlite3_stmt *st;
	int rc;

	if (!db || !fn)
		return TENOR_EINVAL;
	if ((rc = prepare(db, "SELECT reject_id, batch_id, file, line, reason, raw, raw_truncated"
			      " FROM rejects WHERE ?1 = 0 OR batch_id = ?1"
			      " ORDER BY batch_id, reject_id", &st)))
		return rc;
	sqlite3_bind_int64(st, 1, batch);
	return each_row(db, st, reject_row, &l);
}

struct stats_listing {
	int (*fn)(void *ctx, const struct tenor_stats_row *r);
	void *ctx;
};

static int stats_row(sqlite3_stmt *st, void *p)
{
	struct stats_listing *l = p;
	struct tenor_stats_row r;

	r.period = col_text(st, 0);
	r.group_name = col_text(st, 1);
	r.group_value = col_text(st, 2);
	r.lang = col_text(st, 3);
	r.suppressed = sqlite3_column_int(st, 6);
	r.documents = r.suppressed ? 0 : (unsigned long long)sqlite3_column_int64(st, 4);
	r.tokens = r.suppressed ? 0 : (unsigned long long)sqlite3_column_int64(st, 5);
	return l->fn(l->ctx, &r);
}

int tenor_db_stats(struct tenor_db *db, enum tenor_date_precision period, int year,
		   unsigned min_group, int (*fn)(void *ctx, const struct tenor_stats_row *r),
		   void *ctx)
{
	/* One fixed query per period column: a column name cannot be a bound value. */
	static const char *const columns[] = { "period_wave", NULL, "period_week", "period_month",
					       "period_quarter" };
	struct stats_listing l = { fn, ctx };
	const char *col = year ? "period_year" : columns[period];
	sqlite3_stmt *st;
	char sql[1400];
	int rc;

	if (!db || !fn || (unsigned)period > TENOR_DATE_QUARTER || !col)
		return TENOR_EINVAL;
	/* As the report withholds: a row of fewer than ?1 documents, and where the withheld
	 * rows of its group column, period and language are fewer than ?1 together (one of
	 * them alone is), the smallest other row too, since the rows of another group column
	 * add up to the same documents; the same across the languages of a group, whose sum
	 * a report shows. */
	snprintf(sql, sizeof(sql),
		 "WITH s AS (SELECT coalesce(d.%s, CASE WHEN d.date IS NULL THEN 'undated'"
		 " ELSE d.period_wave END) AS period, coalesce(g.name, '') AS name,"
		 " coalesce(g.value, '') AS value, d.lang AS lang, count(*) AS docs,"
		 " sum(d.tokens) AS tokens, count(*) < ?1 AS small"
		 " FROM documents d LEFT JOIN document_groups g USING (doc_id)"
		 " GROUP BY 1, 2, 3, 4),"
		 " r AS (SELECT *, sum(small * docs) OVER (PARTITION BY period, name, lang)"
		 " AS small_docs, row_number() OVER (PARTITION BY period, name, lang, small"
		 " ORDER BY docs, value) AS rank,"
		 " sum(small * docs) OVER (PARTITION BY period, name, value) AS small_docs_lang,"
		 " row_number() OVER (PARTITION BY period, name, value, small"
		 " ORDER BY docs, lang) AS rank_lang FROM s)"
		 " SELECT period, name, value, lang, docs, tokens,"
		 " small OR (small_docs BETWEEN 1 AND ?1 - 1 AND rank = 1)"
		 " OR (small_docs_lang BETWEEN 1 AND ?1 - 1 AND rank_lang = 1)"
		 " FROM r ORDER BY 1, 2, 3, 4", col);
	if ((rc = prepare(db, sql, &st)))
		return rc;
	if (sqlite3_bind_int64(st, 1, min_group)) {
		sqlite3_finalize(st);
		return sql_status(db, sqlite3_errcode(db->sql));
	}
	return each_row(db, st, stats_row, &l);
}

/* ---- what reports read ---- */

static const char *col_or_null(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	return s && *s ? s : NULL;
}

/* Binds the kind of period (?1) and the group column (?2, '' for all documents). */
static int bind_kind(sqlite3_stmt *st, const struct store_scope *sc, int grouped)
{
	return bind_str(st, 1, sc->kind) ||
	       bind_str(st, 2, !grouped ? "" : sc->by_names ? sc->by_names : sc->by);
}

struct cell_listing {
	int (*fn)(void *ctx, const struct store_cell *c);
	void *ctx;
	int grouped;
};

static int cell_row(sqlite3_stmt *st, void *p)
{
	struct cell_listing *l = p;
	struct store_cell c;

	c.period = col_or_null(st, 0);
	c.group = l->grouped ? col_text(st, 1) : NULL;
	c.category = col_text(st, 2);
	c.docs = (unsigned long long)sqlite3_column_int64(st, 3);
	c.tokens = (unsigned long long)sqlite3_column_int64(st, 4);
	c.hits = (unsigned long long)sqlite3_column_int64(st, 5);
	c.weight = sqlite3_column_double(st, 6);
	c.negated = (unsigned long long)sqlite3_column_int64(st, 7);
	c.docs_with_hits = (unsigned long long)sqlite3_column_int64(st, 8);
	return l->fn(l->ctx, &c);
}

/* The group column in SQL: its one name, or its names (grouped_passes). */
#define ONE_NAME "= ?2"
#define SEVERAL_NAMES "IN (SELECT value FROM json_each(?2))"

/* Runs sql for all documents (group_name '') and, with a group column, for its groups; the
 * listing's grouped flag tells row() which pass it is in. one finds the column under one
 * name (?2), with which the aggregates' primary key gives the rows in order; several under
 * the names of a JSON array (?2), where SQLite sorts. */
static int grouped_passes(struct tenor_db *db, const struct store_scope *sc, const char *one,
			  const char *several, int (*row)(sqlite3_stmt *, void *), void *listing,
			  int *grouped)
{
	sqlite3_stmt *st;
	int rc, pass;

	for (pass = 0; pass < (sc->by || sc->by_names ? 2 : 1); pass++) {
		*grouped = pass;
		if ((rc = prepare(db, pass && sc->by_names ? several : one, &st)))
			return rc;
		if (bind_kind(st, sc, pass)) {
			sqlite3_finalize(st);
			return sql_status(db, sqlite3_errcode(db->sql));
		}
		if ((rc = each_row(db, st, row, listing)))
			return rc;
	}
	return TENOR_OK;
}

int store_cells(struct tenor_db *db, const struct store_scope *sc,
		int (*fn)(void *ctx, const struct store_cell *c), void *ctx)
{
	struct cell_listing l = { fn, ctx, 0 };

#define CELLS_SQL(names)                                                                 \
	"SELECT period, group_value, category, sum(docs), sum(tokens), sum(hits), sum(weight)," \
	" sum(negated), sum(docs_with_hits) FROM agg_cells"                                     \
	" WHERE kind = ?1 AND group_name " names " GROUP BY period, group_value, category"
	return grouped_passes(db, sc, CELLS_SQL(ONE_NAME), CELLS_SQL(SEVERAL_NAMES), cell_row, &l,
			      &l.grouped);
#undef CELLS_SQL
}

struct term_listing {
	int (*fn)(void *ctx, const struct store_term *t);
	void *ctx;
	int grouped;
};

static int term_row(sqlite3_stmt *st, void *p)
{
	struct term_listing *l = p;
	struct store_term t;

	t.group = l->grouped ? col_text(st, 0) : NULL;
	t.category = col_text(st, 1);
	t.term = col_text(st, 2);
	t.period = col_or_null(st, 3);
	t.count = (unsigned long long)sqlite3_column_int64(st, 4);
	return l->fn(l->ctx, &t);
}

int store_terms(struct tenor_db *db, const struct store_scope *sc,
		int (*fn)(void *ctx, const struct store_term *t), void *ctx)
{
	struct term_listing l = { fn, ctx, 0 };

#define TERMS_SQL(names)                                                                 \
	"SELECT group_value, category, term, period, sum(count) FROM agg_terms"                 \
	" WHERE kind = ?1 AND group_name " names " GROUP BY group_value, category, term, period" \
	" ORDER BY group_value, category, term, period"
	return grouped_passes(db, sc, TERMS_SQL(ONE_NAME), TERMS_SQL(SEVERAL_NAMES), term_row, &l,
			      &l.grouped);
#undef TERMS_SQL
}

struct distinct_listing {
	int (*fn)(void *ctx, const char *value);
	void *ctx;
};

static int distinct_row(sqlite3_stmt *st, void *p)
{
	struct distinct_listing *l = p;
	return l->fn(l->ctx, col_text(st, 0));
}

int store_distinct(struct tenor_db *db, enum store_distinct what,
		   int (*fn)(void *ctx, const char *value), void *ctx)
{
	static const char *const sql[] = {
		[DISTINCT_CATEGORIES] = "SELECT DISTINCT category FROM agg_cells"
					" WHERE kind = 'year' AND group_name = '' ORDER BY 1",
		[DISTINCT_GROUP_NAMES] = "SELECT DISTINCT group_name FROM agg_cells"
					 " WHERE kind = 'year' AND group_name != '' ORDER BY 1",
		/* each version once, and only if a document has it: a row another tool left
		 * behind when it deleted its document says nothing; the versions of documents
		 * are found at once, such a row's by a scan of the narrow table */
		[DISTINCT_LEXICONS] = "SELECT lexicon_version"
				      " FROM (SELECT DISTINCT lexicon_version FROM document_lexicons) x"
				      " WHERE EXISTS (SELECT 1 FROM document_lexicons v JOIN documents"
				      " USING (doc_id) WHERE v.lexicon_version = x.lexicon_version)"
				      " ORDER BY 1",
		[DISTINCT_GROUP_ORDERS] = "SELECT DISTINCT json_extract(options, '$.groups')"
					  " FROM batches WHERE command = 'ingest'"
					  " AND json_array_length(options, '$.groups') > 1"
					  " AND json_extract(options, '$.group_keys') IS NULL"
					  " ORDER BY 1",
	};
	struct distinct_listing l = { fn, ctx };
	sqlite3_stmt *st;
	int rc;

	if ((rc = prepare(db, sql[what], &st)))
		return rc;
	return each_row(db, st, distinct_row, &l);
}
