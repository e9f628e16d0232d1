/*
 * tenor.h - the whole public API of libtenor.
 *
 * libtenor scores texts against lexicons of categories (pressure-oriented, advisory and
 * reflective language in the shipped ones). The flow is: build a lexicon, freeze it, create
 * one analyzer per thread over it, and analyze texts one at a time.
 *
 * Conventions:
 *  - Every function that can fail returns an enum tenor_status (TENOR_OK is 0); results come
 *    through out-parameters. The library never prints, exits or aborts.
 *  - Strings are UTF-8. Texts are (pointer, length) pairs and need not be NUL-terminated.
 *  - Passing NULL to a _free function is a no-op.
 *  - Thread safety: a frozen lexicon is immutable and may be shared by any number of threads;
 *    an analyzer belongs to one thread at a time.
 */
#ifndef TENOR_H
#define TENOR_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TENOR_VERSION "0.1.0"

/* Status codes. Numbers are never reused. */
enum tenor_status {
	TENOR_OK = 0,
	TENOR_ENOMEM = 1,    /* an allocation failed */
	TENOR_EINVAL = 2,    /* an argument is invalid */
	TENOR_EIO = 3,       /* a file could not be read */
	TENOR_EUTF8 = 4,     /* the input is not valid UTF-8 */
	TENOR_ELEXICON = 5,  /* a lexicon file has an error */
	TENOR_ELANG = 6,     /* no lexicon or stemmer for the language */
	TENOR_ELIMIT = 7,    /* the input exceeds a documented limit */
	TENOR_ESTATE = 8,    /* the call does not fit the object's state */
	TENOR_EFORMAT = 9,   /* a record is malformed (CSV, JSON) */
	TENOR_EDB = 10       /* the database failed (locked, full, corrupt, newer schema) */
};

/* A short English description of a status; static storage, never NULL. */
const char *tenor_strerror(int status);

/* Returns 1 when (s, n) is valid UTF-8; otherwise 0 with *bad the byte offset of the first
 * invalid sequence (overlong forms, surrogates and code points past U+10FFFF are invalid). */
int tenor_utf8_check(const char *s, size_t n, size_t *bad);

/* A copy of the NUL-terminated s that is valid UTF-8, for a file name to store or write in
 * JSON: s where it is valid, else each byte of an invalid sequence taken as the Latin-1
 * character it is. Owned by the caller (free()); NULL when out of memory. */
char *tenor_utf8_name(const char *s);

/* ---- Lexicons -------------------------------------------------------------------------- */

struct tenor_lexicon;

enum tenor_entry_kind {
	TENOR_ENTRY_WORD = 0,       /* matches tokens with the same stem */
	TENOR_ENTRY_PREFIX = 1,     /* word*: normalized form starts with it */
	TENOR_ENTRY_COMPOUND = 2,   /* *word: stem ends with the word's stem */
	TENOR_ENTRY_EXACT = 3,      /* LIWC word: normalized form equals it (no stemming) */
	TENOR_ENTRY_PHRASE = 4,     /* several words on consecutive tokens */
	TENOR_ENTRY_REGEX = 5,      /* PCRE2 pattern over the normalized text */
	TENOR_ENTRY_EXCEPTION = 6,  /* !word: never counts for the category */
	TENOR_ENTRY_NEGATOR = 7,    /* from negators.txt */
	TENOR_ENTRY_CONTRAST = 8    /* from the [contrast] section of negators.txt */
};

/* A read-only view of one compiled entry. All pointers are owned by the lexicon and stay
 * valid until it is freed. */
struct tenor_entry_info {
	const char *lang;       /* "de", "en", or "*" for language-independent (LIWC) entries */
	const char *category;   /* NULL for negators and contrast words */
	enum tenor_entry_kind kind;
	const char *text;       /* the entry as written, without its weight */
	const char *file;       /* the file it came from, as it was named when loaded */
	unsigned line;          /* 1-based line in that file */
	double weight;
	const char *compiled;   /* what is compared: stems / forms separated by spaces, or the regex */
};

/* Creates an empty, unfrozen lexicon. *out is owned by the caller (tenor_lexicon_free). */
int tenor_lexicon_new(struct tenor_lexicon **out);
void tenor_lexicon_free(struct tenor_lexicon *lx);

/* Adds every language directory below dir (dir/<lang>/<category>.txt, negators.txt,
 * function-words.txt). File names in messages and sources are dir "/" lang "/" file. */
int tenor_lexicon_add_dir(struct tenor_lexicon *lx, const char *dir);

/* Adds one file in tenor's own format for a language. The file's base name decides what it
 * is: "negators.txt", "function-words.txt", or a category named after the file. */
int tenor_lexicon_add_file(struct tenor_lexicon *lx, const char *lang, const char *path);

/* Like tenor_lexicon_add_file for text in memory; name is used as the file name (its base
 * name decides the category) and need not exist. The buffer is copied. */
int tenor_lexicon_add_buffer(struct tenor_lexicon *lx, const char *lang, const char *name,
			     const char *buf, size_t len);

/* Adds a LIWC-format dictionary (.dic); its entries apply to every language. */
int tenor_lexicon_add_liwc(struct tenor_lexicon *lx, const char *path);
int tenor_lexicon_add_liwc_buffer(struct tenor_lexicon *lx, const char *name,
				  const char *buf, size_t len);

/* Compiles the lexicon: normalizes and stems the entries, compiles regexes, builds the
 * indexes. After it, the lexicon is immutable and nothing more can be added. */
int tenor_lexicon_freeze(struct tenor_lexicon *lx);

/* The message of the last failure, "file:line: message" where a line is known. Owned by the
 * lexicon, valid until the next call on it. "" when there was none. */
const char *tenor_lexicon_error(const struct tenor_lexicon *lx);

/* Warnings collected by tenor_lexicon_freeze (duplicates, unused exceptions, ...).
 * Strings owned by the lexicon. */
size_t tenor_lexicon_warning_count(const struct tenor_lexicon *lx);
const char *tenor_lexicon_warning(const struct tenor_lexicon *lx, size_t i);

/* Categories in a stable order (the order results use); names owned by the lexicon. */
size_t tenor_lexicon_category_count(const struct tenor_lexicon *lx);
const char *tenor_lexicon_category(const struct tenor_lexicon *lx, size_t i);

/* Installed languages (those with a lexicon directory or file). */
size_t tenor_lexicon_lang_count(const struct tenor_lexicon *lx);
const char *tenor_lexicon_lang(const struct tenor_lexicon *lx, size_t i);
/* The installed language a language tag names: the code itself, or the tag's primary subtag
 * in lower case ("DE", "de-DE", "en_US"); NULL when none is installed. Owned by lx. */
const char *tenor_lexicon_lang_of_tag(const struct tenor_lexicon *lx, const char *tag);
/* 1 when text of the language tag can be scored: its language is installed, or the lexicon
 * has entries for every language (a LIWC dictionary); 0 otherwise. */
int tenor_lexicon_scores_lang(const struct tenor_lexicon *lx, const char *tag);

/* Entries of a frozen lexicon, in load order. */
size_t tenor_lexicon_entry_count(const struct tenor_lexicon *lx);
int tenor_lexicon_entry(const struct tenor_lexicon *lx, size_t i, struct tenor_entry_info *out);

/* A hex digest of the loaded lexicon files' content; identifies the scores it produced.
 * Owned by the lexicon. */
const char *tenor_lexicon_version(const struct tenor_lexicon *lx);

/* ---- Analysis -------------------------------------------------------------------------- */

struct tenor_analyzer;

/* 32-bit indexes and offsets: a text is analyzed only up to 256 MiB, and a text where every
 * word is a hit has a match every few bytes, kept until stored. */
struct tenor_match {
	uint32_t category;  /* index as in tenor_lexicon_category */
	uint32_t entry;     /* index as in tenor_lexicon_entry */
	uint32_t start, end;  /* byte offsets in the original text, end exclusive */
	double weight;      /* the entry's weight */
	int negated;        /* 1 when a negator reaches it: then it counts in negated only */
};

struct tenor_category_result {
	unsigned hits;      /* matches that are not negated */
	unsigned negated;   /* negated matches */
	double weight;      /* sum of the weights of the hits */
};

/* The result of one analysis. Owned by the analyzer; valid until its next tenor_analyze or
 * tenor_analyzer_free. */
struct tenor_result {
	const char *lang;                  /* the language used */
	size_t tokens;                     /* word tokens, the document's word count */
	size_t ncategories;
	const struct tenor_category_result *categories;  /* indexed like the lexicon's */
	size_t nmatches;
	const struct tenor_match *matches; /* by start offset, then category */
	unsigned regex_limited;            /* regex runs stopped by their match or depth limit */
};

/* Creates an analyzer over a frozen lexicon, which must outlive it. */
int tenor_analyzer_new(const struct tenor_lexicon *lx, struct tenor_analyzer **out);
void tenor_analyzer_free(struct tenor_analyzer *a);

/* The lexicon the analyzer was made with. */
const struct tenor_lexicon *tenor_analyzer_lexicon(const struct tenor_analyzer *a);

/* The language --lang auto falls back to for short or ambiguous texts (default "en", or the
 * first installed language when "en" is not installed). TENOR_ELANG when the language can
 * not be analyzed. */
int tenor_analyzer_set_default_lang(struct tenor_analyzer *a, const char *lang);

/* Bounds the memo of stemmed words, in bytes (default TENOR_MEMO_DEFAULT). When the memo is
 * over its bound at the start of a document it is emptied. tenor_ingest and tenor_rescore
 * on N threads give each thread's memo 1/N of the bound of the analyzer passed to them.
 * Its tables grow by doubling, so a full memo takes up to half again its bound: 16 MiB
 * keeps a vocabulary of millions of words, with SQLite's cache and the aggregates, under
 * 64 MiB (a vocabulary as large as the bench's takes about 5 MB). */
#define TENOR_MEMO_DEFAULT ((size_t)16 << 20)
int tenor_analyzer_set_memo_limit(struct tenor_analyzer *a, size_t bytes);

/* Analyzes one text. lang is a language code, or NULL or "auto" to detect it. A leading BOM
 * is skipped. Errors: TENOR_EUTF8 (see tenor_analyzer_error_offset), TENOR_ELANG,
 * TENOR_ELIMIT (text over 256 MiB), TENOR_ENOMEM. */
int tenor_analyze(struct tenor_analyzer *a, const char *text, size_t len, const char *lang,
		  const struct tenor_result **out);

/* After TENOR_EUTF8: the byte offset of the first invalid sequence. */
size_t tenor_analyzer_error_offset(const struct tenor_analyzer *a);

/* A message for the last failure of tenor_analyze ("invalid UTF-8 at byte 12"). Owned by
 * the analyzer, valid until its next call. */
const char *tenor_analyzer_error(const struct tenor_analyzer *a);

/* ---- Readers ---------------------------------------------------------------------------
 * Readers stream records from a FILE that the caller opened and closes (after the reader is
 * freed). Memory stays bounded by the limits given, whatever the input size. */

/* Lines (JSON lines, plain text). LF or CRLF ends a line; the line end is not included. */
struct tenor_lines;

/* max_line: the longest line accepted, in bytes (0 = 16 MiB). */
int tenor_lines_new(FILE *f, size_t max_line, struct tenor_lines **out);
void tenor_lines_free(struct tenor_lines *r);

/* Reads the next line. At the end of input, TENOR_OK with *line == NULL. A line longer than
 * max_line is skipped up to its end and reported as TENOR_ELIMIT with *lineno set and
 * (*line, *len) its first max_line bytes (for a reject's raw bytes); the next call goes on
 * with the following line. TENOR_EIO on a read error. *line (NUL-terminated) is owned by
 * the reader and valid until the next call. */
int tenor_lines_next(struct tenor_lines *r, const char **line, size_t *len, size_t *lineno);

/* Gives back the n bytes read from the FILE before the reader got it (to tell its format),
 * to be read first; before the first read, n under 64 KiB, else TENOR_EINVAL. */
int tenor_lines_unread(struct tenor_lines *r, const char *p, size_t n);

/* CSV as exports are (RFC 4180): quoted fields with delimiters, doubled quotes and line
 * breaks, LF or CRLF, a BOM at the start skipped. */
struct tenor_csv;

struct tenor_csv_row {
	size_t nfields;
	const char *const *fields;  /* NUL-terminated, owned by the reader, valid until next call */
	const size_t *lens;
	size_t line;                /* the physical line the record starts on, 1-based */
	size_t end_line;            /* the physical line it ends on */
};

/* delimiter: ',', ';', '\t', or 0 to detect it from the first record (the one of the three
 * that occurs most often outside quotes; ',' when none does). max_field: the largest field
 * accepted in bytes (0 = 1 MiB); max_fields: the most fields per record (0 = 10,000). */
int tenor_csv_new(FILE *f, int delimiter, size_t max_field, size_t max_fields,
		  struct tenor_csv **out);
void tenor_csv_free(struct tenor_csv *c);
/* As tenor_lines_unread. */
int tenor_csv_unread(struct tenor_csv *c, const char *p, size_t n);

/* Reads the next record; blank lines between records are skipped. At the end of input,
 * TENOR_OK with row->nfields == 0 (an error also leaves nfields 0: check the status first).
 * Errors, each for one record, after which the reader goes on with the next record:
 *  - TENOR_ELIMIT: a field, the field count, or the whole record (16 MiB, or max_field when
 *    that is larger) exceeds its limit; the rest of the record is skipped;
 *  - TENOR_ENOMEM: the record could not be held;
 *  - TENOR_EFORMAT: a quote is left open at the end of the input, or text follows a closing
 *    quote; tenor_csv_error() says which.
 * row->line is set for errors too. TENOR_EIO on a read error. */
int tenor_csv_next(struct tenor_csv *c, struct tenor_csv_row *row);

/* The detected or given delimiter; 0 before the first call to tenor_csv_next when it is
 * to be detected (detection reads at most the first 64 KiB). */
int tenor_csv_delimiter(const struct tenor_csv *c);

/* 1 when the input started with a UTF-8 byte order mark (skipped), once tenor_csv_next has
 * been called; else 0. */
int tenor_csv_bom(const struct tenor_csv *c);

/* The bytes the last record returned by tenor_csv_next was read from, as they are in the
 * input (quotes, delimiters and the line breaks inside it; not the line end after it),
 * for a record that failed too: at most the first 64 KiB. Owned by the reader, valid until
 * its next call; not NUL-terminated. */
const char *tenor_csv_raw(const struct tenor_csv *c, size_t *len);

/* A message for the last error of tenor_csv_next, "" after a call without one; owned by
 * the reader. */
const char *tenor_csv_error(const struct tenor_csv *c);

/* JSON objects, one a line: the line is checked to be JSON (RFC 8259: UTF-8, escapes and
 * surrogate pairs, at most 2048 levels deep, no \u0000) and the members of its top-level
 * object are located in it, without building a tree. One handle serves line after line. */
struct tenor_json;

enum tenor_json_type {
	TENOR_JSON_NULL, TENOR_JSON_FALSE, TENOR_JSON_TRUE, TENOR_JSON_NUMBER, TENOR_JSON_STRING,
	TENOR_JSON_ARRAY, TENOR_JSON_OBJECT
};

/* Pointers into the line, or (a decoded key with escapes) into the handle: valid until the
 * next tenor_json_parse or tenor_json_free, as long as the caller keeps the line. */
struct tenor_json_member {
	const char *key;            /* the key, escapes resolved; not NUL-terminated */
	size_t keylen;
	const char *rawkey;         /* the key as written, quotes included */
	size_t rawkeylen;
	const char *raw;            /* the value as written */
	size_t rawlen;
	enum tenor_json_type type;
	int escaped;                /* a string value holding escapes */
	int repeated;               /* the key is written again later: this value is replaced */
};

int tenor_json_new(struct tenor_json **out);
void tenor_json_free(struct tenor_json *j);

/* TENOR_OK for an object; TENOR_EFORMAT for anything else, with tenor_json_error() saying
 * why and at which column ("not a JSON object" for valid JSON of another kind);
 * TENOR_ELIMIT for an object of more than 10,000 members (the CSV reader's limit);
 * TENOR_ENOMEM. */
int tenor_json_parse(struct tenor_json *j, const char *line, size_t len);
const char *tenor_json_error(const struct tenor_json *j);

/* The members in the order written; a key written twice appears twice. */
size_t tenor_json_count(const struct tenor_json *j);
const struct tenor_json_member *tenor_json_member(const struct tenor_json *j, size_t i);
/* The last member named key (the one a JSON object keeps), or NULL. */
const struct tenor_json_member *tenor_json_get(const struct tenor_json *j, const char *key);

/* A string member's value, escapes resolved: into the line when it has none, else into the
 * handle, valid until the next parse. TENOR_EINVAL for a member of another type. */
int tenor_json_string(struct tenor_json *j, const struct tenor_json_member *m, const char **s,
		      size_t *n);

/* ---- Dates -----------------------------------------------------------------------------
 * Dates as people export them. A parsed date has a precision: a day, an ISO week, a month or
 * a quarter (survey waves: "2024-Q3", "2024-W14"). Coarser precisions stand for their first
 * day (a week for its Monday). */

enum tenor_date_precision {
	TENOR_DATE_NONE = 0,     /* no date: empty or blank text */
	TENOR_DATE_DAY = 1,
	TENOR_DATE_WEEK = 2,
	TENOR_DATE_MONTH = 3,
	TENOR_DATE_QUARTER = 4
};

struct tenor_date {
	enum tenor_date_precision precision;
	int year, month, day;    /* the (first) day; month and day are 1-based */
	int quarter;             /* 1..4, of that day (a week's period keys take its Thursday's:
				  * tenor_date_period) */
	int week_year, week;     /* ISO 8601 week of that day (week_year may differ from year) */
};

/* Parses (s, n). Without fmt it accepts: ISO 8601 dates "2025-03-27" and timestamps
 * "2025-03-27T14:05:00Z", "2025-03-27 14:05", "2025-03-27T14:05:00+02:00" (the date as
 * written, its zone ignored); "27.03.2025" and "27.3.2025"; "March 27, 2025", "Mar 27 2025",
 * "27 March 2025"; months "2025-04"; quarters "2025-Q3" (also "Q3 2025", "2025 Q3"); ISO weeks
 * "2025-W14". "03/27/2025" is ambiguous without a format and is an error. fmt, when not NULL,
 * is a strptime-like pattern of %Y %m %d %H %M %S %b %B %% and literal characters
 * ("%m/%d/%Y", "%d/%m/%Y %H:%M") that the whole text must match (surrounding blanks
 * ignored). Returns TENOR_OK with precision TENOR_DATE_NONE for empty or blank text, TENOR_OK
 * with a date, or TENOR_EFORMAT for anything else, including impossible dates ("31.02.2024")
 * and years outside 1900..2199; tenor_date_error() then says why. */
int tenor_date_parse(const char *s, size_t n, const char *fmt, struct tenor_date *out);

/* The reason of the last TENOR_EFORMAT or TENOR_EINVAL (a bad fmt) of tenor_date_parse in
 * this thread; thread-local storage. A bad fmt is found even with blank text, so
 * tenor_date_parse("", 0, fmt, &d) checks a format. */
const char *tenor_date_error(void);

/* Writes the date's period key for precision p into buf (at least 16 bytes): "2025-03-27",
 * "2025-W14", "2025-03", "2025-Q1", or with year_only "2025" (p ignored). p may be coarser
 * than the date's own precision, never finer (then TENOR_EINVAL); a month is never grouped by
 * week, and a week's month, quarter and year are those of its Thursday (ISO 8601), which
 * hold at least four of its days. */
int tenor_date_period(const struct tenor_date *d, enum tenor_date_precision p, int year_only,
		      char *buf, size_t size);

/* ---- Text conversion and redaction ------------------------------------------------------ */

enum tenor_encoding { TENOR_ENC_UTF8 = 0, TENOR_ENC_CP1252 = 1, TENOR_ENC_LATIN1 = 2 };

/* Parses "utf-8", "utf8", "cp1252", "windows-1252", "latin1", "iso-8859-1" (any case). */
int tenor_encoding_parse(const char *name, enum tenor_encoding *out);

/* Converts (s, n) from enc to UTF-8: *out (NUL-terminated, owned by the converter, valid
 * until its next call) and *outlen. For UTF-8 input it validates and copies. TENOR_EUTF8 when
 * the input is not valid in enc (a CP1252 byte with no character, invalid UTF-8);
 * tenor_converter_error_offset() gives the byte offset in the input. Also TENOR_ELIMIT (over
 * 256 MiB out), TENOR_EINVAL, TENOR_ENOMEM. *out is NULL after any error. */
struct tenor_converter;
int tenor_converter_new(enum tenor_encoding enc, struct tenor_converter **out);
void tenor_converter_free(struct tenor_converter *c);
int tenor_convert(struct tenor_converter *c, const char *s, size_t n, const char **out,
		  size_t *outlen);
size_t tenor_converter_error_offset(const struct tenor_converter *c);

/* Replaces e-mail addresses, phone numbers, IBANs and URLs in UTF-8 text with the
 * placeholders [EMAIL], [PHONE], [IBAN], [URL]. One redactor per thread. */
struct tenor_redactor;
int tenor_redactor_new(struct tenor_redactor **out);
void tenor_redactor_free(struct tenor_redactor *r);
/* *out (NUL-terminated) is owned by the redactor and valid until its next call; *count
 * (may be NULL) receives the number of replacements. TENOR_EUTF8 for invalid input,
 * TENOR_ELIMIT when a pattern hits its match limit (never a half-redacted text), TENOR_EINVAL,
 * TENOR_ENOMEM; *out is NULL after any error. */
int tenor_redact(struct tenor_redactor *r, const char *s, size_t n, const char **out,
		 size_t *outlen, unsigned *count);

/* ---- The database ------------------------------------------------------------------------
 * Documents, scores, matched terms, batches and rejects in SQLite (schema: docs/schema.md).
 * Opening creates or migrates the schema (PRAGMA user_version), turns on WAL, foreign keys and
 * a busy timeout. A handle belongs to one thread at a time. */

struct tenor_db;

enum tenor_db_flags {
	/* never writes; the schema must be current. Where the -shm file SQLite needs beside
	 * the database cannot be made (a directory the user may not write) and no writer is
	 * at work, the file is read as immutable. */
	TENOR_DB_READONLY = 1 << 0,
	TENOR_DB_EXISTING = 1 << 1   /* a database that is not there is an error, not created */
};

int tenor_db_open(const char *path, unsigned flags, struct tenor_db **out);
/* Closes the handle; a batch still open is rolled back. */
void tenor_db_close(struct tenor_db *db);
/* A message for the last failure on db ("database is locked", "schema version 9 is newer
 * than this tenor supports (1)"); owned by db, valid until its next call. */
const char *tenor_db_error(const struct tenor_db *db);
/* The schema version this library writes. */
int tenor_db_schema_version(void);

/* Listings. Each calls fn once a row, in order, with strings valid during the call; fn
 * returning non-zero stops the listing and is returned. */
struct tenor_batch_info {
	long long id;
	const char *command;          /* "ingest" or "rescore" */
	const char *started_at, *finished_at;   /* ISO 8601 UTC */
	const char *tool_version, *lexicon_version;
	const char *sources;          /* JSON array of file names */
	const char *options;          /* JSON object */
	unsigned long long read, added, duplicate, updated, rejected, undated;
};
int tenor_db_batches(struct tenor_db *db,
		     int (*fn)(void *ctx, const struct tenor_batch_info *b), void *ctx);

struct tenor_reject_info {
	long long id, batch;
	const char *file;
	unsigned long long line;
	const char *reason;
	const char *raw;              /* the record's bytes, up to 4 KiB; may be NULL */
	size_t rawlen;
	int truncated;                /* raw is cut at 4 KiB */
};
/* Builds the aggregates (agg_cells, agg_terms, which reports and the dashboard views read)
 * anew from the stored documents, groups, scores and matches, in one transaction: after
 * rows were deleted or changed by other tools than tenor (a deletion request carried out
 * with sqlite3), which the aggregates do not follow. */
int tenor_db_rebuild_aggregates(struct tenor_db *db);

/* batch 0: every batch. */
int tenor_db_rejects(struct tenor_db *db, long long batch,
		     int (*fn)(void *ctx, const struct tenor_reject_info *r), void *ctx);

struct tenor_stats_row {
	const char *period;           /* the key, "undated", or the document's own wave when it
				       * is coarser than the period asked for */
	const char *group_name;       /* "" for documents without groups */
	const char *group_value;
	const char *lang;
	int suppressed;               /* withheld: documents and tokens are 0 */
	unsigned long long documents;
	unsigned long long tokens;
};
/* Documents per period (TENOR_DATE_NONE: the wave, each document's own precision), group and
 * language; period "year" is given as year != 0. A row of fewer than min_group documents is
 * withheld, and so is the smallest other row of its group column, period and language, or of
 * its group value's languages, where it is the only one withheld (0 or 1: none). */
int tenor_db_stats(struct tenor_db *db, enum tenor_date_precision period, int year,
		   unsigned min_group, int (*fn)(void *ctx, const struct tenor_stats_row *r),
		   void *ctx);

/* ---- Ingest --------------------------------------------------------------------------------
 * Reads exports (CSV, JSON lines, text), scores every document and stores it in one batch:
 * one transaction that commits whole or not at all. */

enum tenor_format { TENOR_FORMAT_AUTO = 0, TENOR_FORMAT_CSV, TENOR_FORMAT_JSONL, TENOR_FORMAT_TXT };
enum tenor_split { TENOR_SPLIT_NONE = 0, TENOR_SPLIT_LINES, TENOR_SPLIT_PARAGRAPHS };

#define TENOR_MAX_GROUPS 16

struct tenor_ingest_options {
	enum tenor_format format;        /* AUTO: by file name (.csv .tsv .jsonl .ndjson .json .txt) */
	const char *text_col;            /* default "text" */
	const char *id_col;              /* NULL: identity from text, date and groups */
	const char *date_col;            /* NULL: no date column ("date" is used when present) */
	const char *fixed_date;          /* a date for every document (txt, or overriding) */
	const char *date_format;         /* see tenor_date_parse */
	const char *group_cols[TENOR_MAX_GROUPS];
	size_t ngroups;
	const char *lang;                /* "de", "en", ..., or NULL / "auto" */
	const char *lang_col;            /* a column with each document's language */
	int delimiter;                   /* CSV: 0 = detect */
	enum tenor_encoding encoding;
	enum tenor_split split;          /* txt */
	const char *source;              /* NULL: each file's base name ("-": "stdin") */
	int no_text;                     /* store no text */
	int redact;                      /* replace e-mail, phone, IBAN, URL before storing */
	int strict;                      /* any reject: commit nothing */
	size_t max_field;                /* 0: 1 MiB */
	unsigned threads;                /* threads that score (at most 64; 0 or 1: this one);
					  * the database is the same whatever the number */
	/* Called now and then with the bytes read so far; may be NULL. */
	void (*progress)(void *ctx, unsigned long long bytes, unsigned long long docs);
	/* Called for every rejected record (also under strict, where none is stored); may be
	 * NULL. The strings are valid during the call. */
	void (*on_reject)(void *ctx, const char *file, unsigned long long line, const char *reason);
	void *ctx;                       /* for progress and on_reject */
};

struct tenor_ingest_counts {
	unsigned long long read;         /* records read, rejected ones included */
	unsigned long long added;        /* new documents */
	unsigned long long duplicate;    /* already stored with the same content */
	unsigned long long updated;      /* same identity, changed content: replaced */
	unsigned long long rejected;
	unsigned long long undated;      /* stored without a date */
	long long batch;                 /* the batch id (0 when nothing was committed) */
	unsigned long long regex_limited; /* scored, but a regex run stopped at its limit */
	unsigned long long rescored;     /* duplicates scored by another lexicon version before,
					  * scored again with this one (counted as duplicate) */
	/* updates of a document another file of its source (its name) stored: where ids start
	 * again in every export (2024/survey.csv, 2025/survey.csv), a comment of another
	 * survey replaced; other_file_example names the first ("b.csv:2 replaced a.csv:2") */
	unsigned long long other_file;
	char other_file_example[400];
	/* updates of a document stored redacted by a run without --redact: its text as written,
	 * addresses and all, replaced the redacted one */
	unsigned long long unredacted;
};

/* Ingests files ("-" is standard input) with analyzer a (its lexicon's version is recorded).
 * Returns TENOR_OK when the batch committed (rejects are counted, and stored in the batch);
 * TENOR_EFORMAT with options->strict when a record was rejected (nothing committed; the
 * rejects are still counted); TENOR_EIO, TENOR_EINVAL (a missing column: tenor_db_error says
 * which file), TENOR_ENOMEM, or TENOR_EDB on a database failure — after any error nothing is
 * committed. */
int tenor_ingest(struct tenor_db *db, struct tenor_analyzer *a,
		 const struct tenor_ingest_options *options, const char *const *files, size_t nfiles,
		 struct tenor_ingest_counts *counts);

/* Recomputes every stored document with analyzer a in one transaction and records its
 * lexicon version; only the results that changed are written. Documents stored without
 * text cannot be rescored: with any such document it returns TENOR_ESTATE and changes
 * nothing, unless keep_textless is set, in which case they keep their old scores.
 * *rescored, *changed (the documents whose scores or matches changed) and *textless (each
 * may be NULL) receive the counts. threads (at most 64; 0 or 1: this one) score side by
 * side; the database is the same whatever the number. */
int tenor_rescore(struct tenor_db *db, struct tenor_analyzer *a, unsigned threads,
		  int keep_textless, unsigned long long *rescored, unsigned long long *changed,
		  unsigned long long *textless);

/* ---- Reports ------------------------------------------------------------------------------
 * Indicators per period and group, their statistics, suppression of small groups, and the
 * writers. A report is built once from the database (suppression applied before any writer
 * sees it) and written in any format. Definitions: docs/indicators.md. */

enum tenor_period {
	TENOR_PERIOD_QUARTER = 0,   /* the default */
	TENOR_PERIOD_WEEK,
	TENOR_PERIOD_MONTH,
	TENOR_PERIOD_YEAR,
	TENOR_PERIOD_WAVE           /* each document's own precision, as exported */
};

enum tenor_report_format {
	TENOR_REPORT_TABLE = 0, TENOR_REPORT_JSON, TENOR_REPORT_CSV, TENOR_REPORT_MD,
	TENOR_REPORT_HTML, TENOR_REPORT_PROM
};

struct tenor_report_options {
	enum tenor_period period;
	const char *by;                    /* a group column; NULL: all documents only */
	const char *const *categories;     /* NULL: every category in the data */
	size_t ncategories;
	const char *since, *until;         /* dates or period keys ("2024-Q1"); NULL: open.
					    * until includes its whole period. */
	unsigned min_group;                /* cells with fewer documents are withheld; 0 = 5 */
	unsigned top_terms;                /* drivers per category; 0 = 5 */
};

/* TENOR_OK when s can be a since or until: a date, a period key ("2024-W10", "2024-03",
 * "2024-Q1") or a year ("2024"); TENOR_EINVAL otherwise. tenor_report_build checks the
 * same, so that a caller may check its options before it opens a database. */
int tenor_report_bound_check(const char *s);

/* A change against the previous period of the same group. */
struct tenor_change {
	int present;                       /* 0: no previous period, or one of both withheld */
	double delta;                      /* doc_share minus the previous doc_share */
	double p_value;                    /* two-proportion z-test, two-sided */
	int significant;                   /* p_value < 0.05 */
};

/* One category in one row. */
struct tenor_cell {
	unsigned long long hits, negated;
	unsigned long long docs_with_hits;
	double weight;                     /* weighted hits */
	double per_1k;                     /* hits per 1,000 tokens (0 when no tokens) */
	double doc_share;                  /* docs_with_hits / docs */
	double ci_low, ci_high;            /* Wilson 95% interval of doc_share */
	struct tenor_change change;
};

/* One period of one group. When suppressed, only period, group and the flags are set. */
struct tenor_row {
	const char *period;                /* "2025-Q3", ..., or "undated" */
	const char *group;                 /* the group's value; NULL for all documents */
	int suppressed;                    /* values withheld */
	int secondary;                     /* withheld to protect another withheld cell */
	unsigned long long docs, tokens;
	int has_pressure_index;            /* 0 when pressure and advisory weights are both 0, or
					    * the lexicon has no such categories */
	double pressure_index;             /* (pressure - advisory) / (pressure + advisory) */
	const struct tenor_cell *cells;    /* ncategories, in the report's category order */
};

/* The trend of one category's doc_share over the periods of one group. */
struct tenor_trend {
	const char *group;                 /* NULL: all documents */
	size_t category;
	const char *direction;             /* "up", "down", "flat" or "insufficient" */
	double slope;                      /* Sen's slope of doc_share per period */
	double p_value;                    /* Mann-Kendall, two-sided, tie-corrected */
	double tau;                        /* Kendall's tau */
	size_t periods;                    /* the periods used (shown, dated ones) */
};

struct tenor_term {
	const char *term;
	unsigned long long count, previous;  /* hits in this period and the previous one */
	double g2;                         /* log-likelihood G² of the change */
	int rose;                          /* 1: more frequent than before, 0: less */
};

/* The terms of one category whose frequency changed most from the previous period. */
struct tenor_driver {
	const char *group;                 /* NULL: all documents */
	const char *period;
	size_t category;
	size_t nterms;
	const struct tenor_term *terms;    /* by g2, largest first */
};

/* A built report. Every pointer is owned by the report and lives until tenor_report_free.
 * rows holds ngroups x nperiods rows: the row of group g and period p is
 * rows[g * nperiods + p]; group 0 is all documents (its name NULL), the others are distinct
 * names. periods are distinct too.
 *
 * trends holds ngroups x ncategories trends: group g's trend of category k is
 * trends[g * ncategories + k]. drivers are in the order of groups, within a group in the
 * order of periods, within a period in the order of categories: a group's drivers are next
 * to each other, those of its latest period last.
 *
 * The writers rely on that order, not on every trend being there: a report put together by
 * a caller may leave trends out, but must keep those of a group next to each other, in the
 * order of groups and, within a group, of categories, each at most once; and the same order
 * for drivers, each (group, period, category) at most once. tenor_report_write refuses a
 * report that does not, so that every writer's work stays linear in the report's size. */
struct tenor_report {
	const char *period_name;           /* "quarter", "week", ... */
	const char *by;                    /* NULL without --by */
	unsigned min_group;
	const char *lexicon_version;       /* of the scores; "mixed" when they differ */
	const char *generated_at;          /* ISO 8601 UTC */
	size_t ncategories;
	const char *const *categories;
	int pressure_category, advisory_category;  /* indexes, -1 when absent */
	size_t nperiods;
	const char *const *periods;        /* in time order; "undated" last when present */
	size_t ngroups;
	const char *const *groups;         /* groups[0] is NULL: all documents */
	const struct tenor_row *rows;
	size_t ntrends;
	const struct tenor_trend *trends;
	size_t ndrivers;
	const struct tenor_driver *drivers;
	unsigned long long unplaced;       /* documents left out: their own date is coarser than
					    * the period asked for (a quarter in a monthly report) */
	int unplaced_withheld;             /* there are some, fewer than min_group or with a
					    * wave of fewer (which a report by wave withholds, and
					    * the count less the shown waves would give): unplaced
					    * is 0, as a withheld cell's count is not shown */
};

int tenor_report_build(struct tenor_db *db, const struct tenor_report_options *options,
		       struct tenor_report **out);
void tenor_report_free(struct tenor_report *r);

/* Writes the report to f. color: ANSI colours in the table (the caller decides: a terminal
 * and no NO_COLOR). TENOR_EIO when writing fails; TENOR_EINVAL for a report that is not whole
 * or not in the order above, and for csv and prom when a group is named "(all)", the name
 * these formats give all documents. */
int tenor_report_write(const struct tenor_report *r, enum tenor_report_format format, int color,
		       FILE *f);

#ifdef __cplusplus
}
#endif

#endif
