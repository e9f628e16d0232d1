/*
 * test_alloc_fail.c - allocation failure at every point of the engine, the readers, ingest
 * and rescore: for N = 1, 2, 3, ... the Nth allocation fails (tenor_alloc_fail_at), until a
 * run no longer reaches N allocations. Every run must end in a clean status (TENOR_ENOMEM,
 * or a result equal to that of a run without failure when the failure was recovered from),
 * leak nothing (the SAN and valgrind builds check), and an ingest or rescore that fails
 * must leave the database as it was. On threads, where the order of allocations changes
 * from run to run, every few points are tried.
 *
 * SQLite allocates on its own; in this binary it is routed through the library's allocator
 * (sqlite3_config(SQLITE_CONFIG_MALLOC)), so that its failures are injected too. jansson's
 * are not: jansson 2.14 reports some allocation failures while parsing as syntax errors
 * (a string it cannot hold is "string or '}' expected"), which ingest must take for a bad
 * record. Each loop prints how many failure points it covered.
 */
#include "unit.h"
#include "aggregate.h"
#include "alloc.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

/* The loops stop long before this; it only keeps a broken loop from running forever. */
#define MAX_POINTS 200000

/* ---- SQLite's allocations through tenor_malloc ----
 * SQLite asks for the size of an allocation back (xSize), so each block carries it in an
 * 8-byte header, which keeps the 8-byte alignment SQLite needs. */

static void *sql_malloc(int n)
{
	sqlite3_uint64 *p = tenor_malloc((size_t)n + 8);

	if (!p)
		return NULL;
	p[0] = (sqlite3_uint64)n;
	return p + 1;
}

static void sql_free(void *p)
{
	if (p)
		tenor_free((sqlite3_uint64 *)p - 1);
}

static void *sql_realloc(void *p, int n)
{
	sqlite3_uint64 *q = tenor_realloc((sqlite3_uint64 *)p - 1, (size_t)n + 8);

	if (!q)
		return NULL;
	q[0] = (sqlite3_uint64)n;
	return q + 1;
}

static int sql_size(void *p)
{
	return p ? (int)((sqlite3_uint64 *)p)[-1] : 0;
}

static int sql_roundup(int n)
{
	return (n + 7) & ~7;
}

static int sql_init(void *data)
{
	(void)data;
	return SQLITE_OK;
}

static void sql_shutdown(void *data)
{
	(void)data;
}

static const sqlite3_mem_methods sql_mem = {
	sql_malloc, sql_free, sql_realloc, sql_size, sql_roundup, sql_init, sql_shutdown, NULL
};

/* ---- helpers ---- */

static char tmpdir[64];

static const char *tmp_path(const char *name)
{
	static char path[4][128];
	static int next;
	char *p = path[next++ % 4];

	snprintf(p, sizeof(path[0]), "%s/%s", tmpdir, name);
	return p;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
	assert_int_equal(fclose(f), 0);
}

static void copy_file(const char *from, const char *to)
{
	char chunk[8192];
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	size_t n;

	assert_non_null(in);
	assert_non_null(out);
	while ((n = fread(chunk, 1, sizeof(chunk), in)) > 0)
		assert_int_equal(fwrite(chunk, 1, n, out), n);
	fclose(in);
	assert_int_equal(fclose(out), 0);
}

/* Arms the Nth allocation to fail. */
static void arm(unsigned long n)
{
	assert_true(n < MAX_POINTS);
	tenor_alloc_fail_at(n);
}

/* Disarms after the run of loop with failure point n that returned rc: 1 when the failure
 * was injected, 0 when the run did not get that far. With TENOR_ALLOC_TRACE set it prints
 * each run, so that the last line before a failed assertion names its failure point. */
static int disarm(const char *loop, unsigned long n, int rc)
{
	int hit = tenor_alloc_fail_at(0) == 0;

	if (getenv("TENOR_ALLOC_TRACE"))
		fprintf(stderr, "%s: N=%lu status %d%s\n", loop, n, rc, hit ? "" : " (not reached)");
	return hit;
}

/* ---- (a) the engine ---- */

struct engine_out {
	char text[4096];   /* a line per text: language, tokens, matches, each category's
			    * hits/negated/weight */
};

static const struct {
	const char *text, *lang;
} texts[] = {
	{ "Der Druck steigt, die Zielvorgaben setzen uns unter Druck. Wir hören nicht zu.", "de" },
	{ "Kein Eindruck von Kontrolle, aber Beratung auf Augenhöhe, quote von 12.", NULL },
	{ "The pressure to hit the numbers is high and we don't listen to needs.", "en" },
	{ "Any alpha a bravo charlie Bravo boy", "auto" },
	{ "Die Zahlen und die Kontrolle: das ist nicht, was wir im Vertrieb wollen.", "auto" },
};

/* Builds the engine and analyzes every text; 0 or a status. o->text gets the results. */
static int engine_run(struct engine_out *o)
{
	static const char extra[] = "/quote\\s+von\\s+\\d+/\nhören = 2\n";
	struct tenor_lexicon *lx = NULL;
	struct tenor_analyzer *a = NULL;
	size_t i, c, len = 0;
	int rc;

	o->text[0] = 0;
	if ((rc = tenor_lexicon_new(&lx)))
		goto done;
	if ((rc = tenor_lexicon_add_dir(lx, "tests/fixtures/lex")) ||
	    (rc = tenor_lexicon_add_buffer(lx, "de", "extra.txt", extra, sizeof(extra) - 1)) ||
	    (rc = tenor_lexicon_add_liwc(lx, "tests/fixtures/liwc-ab.dic")) ||
	    (rc = tenor_lexicon_freeze(lx)) || (rc = tenor_analyzer_new(lx, &a)))
		goto done;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		const struct tenor_result *r;
		if ((rc = tenor_analyze(a, texts[i].text, strlen(texts[i].text), texts[i].lang, &r)))
			goto done;
		len += (size_t)snprintf(o->text + len, sizeof(o->text) - len, "%s %zu %zu:",
					r->lang, r->tokens, r->nmatches);
		for (c = 0; c < r->ncategories; c++)
			len += (size_t)snprintf(o->text + len, sizeof(o->text) - len, " %s=%u/%u/%g",
						tenor_lexicon_category(lx, c), r->categories[c].hits,
						r->categories[c].negated, r->categories[c].weight);
		len += (size_t)snprintf(o->text + len, sizeof(o->text) - len, "\n");
		assert_true(len < sizeof(o->text));
	}
done:
	tenor_analyzer_free(a);
	tenor_lexicon_free(lx);
	return rc;
}

static void test_engine(void **state)
{
	struct engine_out want, got;
	unsigned long n, nomem = 0;
	int rc, hit;

	(void)state;
	assert_int_equal(engine_run(&want), TENOR_OK);
	assert_non_null(strstr(want.text, "\nde "));   /* detected, the last text */
	assert_non_null(strstr(want.text, "\nen "));
	for (n = 1;; n++) {
		arm(n);
		rc = engine_run(&got);
		hit = disarm("engine", n, rc);
		if (rc == TENOR_OK) {
			assert_string_equal(got.text, want.text);
		} else {
			assert_int_equal(rc, TENOR_ENOMEM);
			nomem++;
		}
		if (!hit)
			break;
	}
	print_message("engine: %lu failure points (%lu ENOMEM, %lu recovered)\n", n - 1, nomem,
		      n - 1 - nomem);
	assert_true(n > 100);
}

/* ---- (b) the readers ---- */

static const char csv_in[] =
	"\xEF\xBB\xBFid;date;text\r\n1;2024-03-01;\"Druck, \"\"viel\"\" Druck\r\nüberall\"\r\n"
	"\r\n2;2024-Q2;kurz\n3;;\"\"\n";

/* Reads csv_in through; the records, the ENOMEM records, or the failing status. */
static int csv_run(char *out, size_t size)
{
	FILE *f = unit_memfile(csv_in, sizeof(csv_in) - 1);
	struct tenor_csv *c;
	struct tenor_csv_row row;
	size_t len = 0, i;
	int rc = tenor_csv_new(f, 0, 0, 0, &c);

	out[0] = 0;
	if (rc) {
		fclose(f);
		return rc;
	}
	while (rc == TENOR_OK || rc == TENOR_ENOMEM) {
		rc = tenor_csv_next(c, &row);
		if (rc == TENOR_ENOMEM) {
			len += (size_t)snprintf(out + len, size - len, "%zu ENOMEM\n", row.line);
			continue;
		}
		if (rc || row.nfields == 0)
			break;
		len += (size_t)snprintf(out + len, size - len, "%zu", row.line);
		for (i = 0; i < row.nfields; i++)
			len += (size_t)snprintf(out + len, size - len, " <%s>", row.fields[i]);
		len += (size_t)snprintf(out + len, size - len, "\n");
		assert_true(len < size);
	}
	tenor_csv_free(c);
	fclose(f);
	return rc;
}

static const char lines_in[] = "{\"text\": \"eins\"}\r\n\nzwei\ndrei ohne Ende";

static int lines_run(char *out, size_t size)
{
	FILE *f = unit_memfile(lines_in, sizeof(lines_in) - 1);
	struct tenor_lines *r;
	const char *line;
	size_t len = 0, n, lineno;
	int rc = tenor_lines_new(f, 0, &r);

	out[0] = 0;
	if (rc) {
		fclose(f);
		return rc;
	}
	while (rc == TENOR_OK || rc == TENOR_ENOMEM) {
		rc = tenor_lines_next(r, &line, &n, &lineno);
		if (rc == TENOR_ENOMEM) {
			len += (size_t)snprintf(out + len, size - len, "%zu ENOMEM\n", lineno);
			continue;
		}
		if (rc || !line)
			break;
		len += (size_t)snprintf(out + len, size - len, "%zu <%s>\n", lineno, line);
		assert_true(len < size);
	}
	tenor_lines_free(r);
	fclose(f);
	return rc;
}

static int convert_run(char *out, size_t size)
{
	static const char *const in[] = { "Gr\xFC\xDF" "e \x80 5", "", "\x93zitiert\x94" };
	struct tenor_converter *c;
	size_t len = 0, i;
	int rc = tenor_converter_new(TENOR_ENC_CP1252, &c);

	out[0] = 0;
	for (i = 0; rc == TENOR_OK && i < sizeof(in) / sizeof(in[0]); i++) {
		const char *s;
		size_t n;
		if ((rc = tenor_convert(c, in[i], strlen(in[i]), &s, &n)) == TENOR_OK)
			len += (size_t)snprintf(out + len, size - len, "<%s>", s);
	}
	tenor_converter_free(c);
	return rc;
}

static int json_run(char *out, size_t size)
{
	static const char *const in[] = {
		"{\"id\": 1, \"text\": \"Gr\\u00fc\\u00dfe\", \"te\\u0078t\": \"zwei\", \"n\": [1, {}]}",
		"[1]", "{\"a\":", "{\"k\\n\": \"\\ud83d\\ude00\"}",
	};
	struct tenor_json *j;
	size_t len = 0, i, k;
	int rc = tenor_json_new(&j);

	out[0] = 0;
	for (i = 0; rc == TENOR_OK && i < sizeof(in) / sizeof(in[0]); i++) {
		rc = tenor_json_parse(j, in[i], strlen(in[i]));
		if (rc == TENOR_EFORMAT) {
			len += (size_t)snprintf(out + len, size - len, "<%s>", tenor_json_error(j));
			rc = TENOR_OK;
			continue;
		}
		for (k = 0; rc == TENOR_OK && k < tenor_json_count(j); k++) {
			const struct tenor_json_member *m = tenor_json_member(j, k);
			const char *v = "";
			size_t n = 0;
			if (m->type == TENOR_JSON_STRING)
				rc = tenor_json_string(j, m, &v, &n);
			if (rc == TENOR_OK)
				len += (size_t)snprintf(out + len, size - len, "<%.*s=%.*s>",
							(int)m->keylen, m->key, (int)n, v);
		}
	}
	tenor_json_free(j);
	return rc;
}

/* One reader: the output of a run without failure, then every failure point, where a run
 * either fails with TENOR_ENOMEM or gives that output with some records ENOMEM. */
static unsigned long reader_loop(const char *name, int (*run)(char *, size_t))
{
	char want[1024], got[1024];
	unsigned long n;
	int rc, hit;

	assert_int_equal(run(want, sizeof(want)), TENOR_OK);
	assert_null(strstr(want, "ENOMEM"));
	for (n = 1;; n++) {
		arm(n);
		rc = run(got, sizeof(got));
		hit = disarm(name, n, rc);
		if (rc == TENOR_OK && !strstr(got, "ENOMEM"))
			assert_string_equal(got, want);
		else if (rc != TENOR_OK)
			assert_int_equal(rc, TENOR_ENOMEM);
		if (!hit)
			break;
	}
	print_message("%s: %lu failure points\n", name, n - 1);
	assert_true(n > 1);
	return n - 1;
}

static void test_readers(void **state)
{
	struct tenor_date d;

	(void)state;
	reader_loop("csv reader", csv_run);
	reader_loop("lines reader", lines_run);
	reader_loop("cp1252 converter", convert_run);
	reader_loop("JSON line reader", json_run);
	/* The date parser allocates nothing: the first allocation is never reached. */
	arm(1);
	assert_int_equal(tenor_date_parse("27.03.2025", 10, NULL, &d), TENOR_OK);
	assert_int_equal(tenor_date_parse("03/27/2025", 10, "%m/%d/%Y", &d), TENOR_OK);
	assert_false(disarm("dates", 1, TENOR_OK));
}

/* ---- (c) ingest ---- */

static const char base_csv[] =
	"id,date,team,text\n"
	"1,2024-01-10,Nord,Der Druck steigt jede Woche\n"
	"2,2024-02-11,Süd,Wir hören dem Kunden zu\n"
	"3,2024-Q1,Nord,Zielvorgaben und Kontrolle überall\n";

/* Batch 2: a duplicate, an update, new documents, a reject (a bad date), redaction. */
static const char new_csv[] =
	"id,date,team,text\n"
	"1,2024-01-10,Nord,Der Druck steigt jede Woche\n"
	"2,2024-02-11,Süd,Wir hören dem Kunden nicht zu\n"
	"4,2024-04-02,West,\"Unter Druck setzen, schreibt max@example.com\"\n"
	"5,31.02.2024,West,Ein unmögliches Datum\n"
	"6,,Nord,Beratung auf Augenhöhe ohne Datum\n";

static const char new_jsonl[] =
	"{\"id\": \"e1\", \"date\": \"2024-05-06\", \"team\": \"Inside\", "
	"\"text\": \"The pressure to hit the numbers is high\"}\n"
	"{\"id\": \"e2\", \"date\": \"2024-W20\", \"team\": 7, \"text\": \"We listen to needs\"}\n"
	"not json\n"
	"{\"id\": \"e3\", \"text\": \"quota quota, but no pressure\", \"team\": null}\n";

struct db_state {
	long long rows[8];
	unsigned long long sum[8];  /* an order-independent checksum of each table's content */
	char integrity[64];
};

static const char *const state_sql[8] = {
	"SELECT * FROM documents",
	"SELECT * FROM document_groups",
	"SELECT * FROM scores",
	"SELECT * FROM matches",
	"SELECT * FROM rejects",
	"SELECT * FROM agg_cells",
	"SELECT * FROM agg_terms",
	/* the times differ from run to run */
	"SELECT batch_id, command, tool_version, lexicon_version, sources, options, docs_read,"
	" docs_added, docs_duplicate, docs_updated, docs_rejected, docs_undated FROM batches",
};

static void db_state(const char *path, struct db_state *s)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	size_t t;
	int i;

	memset(s, 0, sizeof(*s));
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	for (t = 0; t < 8; t++) {
		assert_int_equal(sqlite3_prepare_v2(db, state_sql[t], -1, &st, NULL), SQLITE_OK);
		while (sqlite3_step(st) == SQLITE_ROW) {
			unsigned long long h = 1469598103934665603ULL ^ t;
			for (i = 0; i < sqlite3_column_count(st); i++) {
				const unsigned char *v = sqlite3_column_text(st, i);
				int n = sqlite3_column_bytes(st, i), k;
				for (k = 0; v && k < n; k++)
					h = (h ^ v[k]) * 1099511628211ULL;
				h = (h ^ (unsigned)(v ? 0x100 : 0x200)) * 1099511628211ULL;
			}
			s->sum[t] += h;
			s->rows[t]++;
		}
		sqlite3_finalize(st);
	}
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(s->integrity, sizeof(s->integrity), "%s", sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
}

static void assert_same_state(const struct db_state *a, const struct db_state *b)
{
	size_t t;

	assert_string_equal(b->integrity, "ok");
	for (t = 0; t < 8; t++) {
		assert_int_equal(a->rows[t], b->rows[t]);
		assert_true(a->sum[t] == b->sum[t]);
	}
}

static const char *const group_cols[] = { "team" };

static void ingest_options(struct tenor_ingest_options *o)
{
	memset(o, 0, sizeof(*o));
	o->id_col = "id";
	o->group_cols[0] = group_cols[0];
	o->ngroups = 1;
	o->source = "survey";
	o->redact = 1;
}

/* Opens the database at path and ingests files into it; 0 or a status. */
/* The bounds of the aggregates each ingest opens its database with (agg_bounds); 0: the
 * library's. */
static size_t agg_test_bytes;

static int ingest_run(struct tenor_analyzer *a, const char *path, const char *const *files,
		      size_t nfiles, unsigned threads, struct tenor_ingest_counts *counts)
{
	struct tenor_ingest_options o;
	struct tenor_db *db = NULL;
	int rc;

	ingest_options(&o);
	o.threads = threads;
	if ((rc = tenor_db_open(path, 0, &db)) == TENOR_OK) {
		agg_bounds(&db->agg, agg_test_bytes, agg_test_bytes);
		rc = tenor_ingest(db, a, &o, files, nfiles, counts);
	}
	tenor_db_close(db);
	return rc;
}

static void remove_db(const char *path)
{
	char side[160];

	unlink(path);
	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
}

/* A batch that a test makes fail: ingest of files, or rescore. */
struct batch_run {
	struct tenor_analyzer *a;
	const char *const *files;  /* NULL: rescore */
	unsigned threads;
};

static int batch_run(const struct batch_run *b, const char *path)
{
	struct tenor_ingest_counts counts;
	unsigned long long done, changed, textless;
	struct tenor_db *db = NULL;
	int rc;

	if (b->files)
		return ingest_run(b->a, path, b->files, 2, b->threads, &counts);
	if ((rc = tenor_db_open(path, 0, &db)) == TENOR_OK)
		rc = tenor_rescore(db, b->a, b->threads, 0, &done, &changed, &textless);
	tenor_db_close(db);
	return rc;
}

/* Runs the batch on a copy of base with the 1st, 1 + step-th, ... allocation failing, until
 * a run gets through: each run leaves the state it returns, want when it succeeds, before
 * when it fails. Returns the points tried; *nomem counts the runs that failed. */
static unsigned long fail_each(const struct batch_run *b, const char *base, const char *work,
			       unsigned long step, const struct db_state *before,
			       const struct db_state *want, unsigned long *nomem)
{
	struct db_state got;
	unsigned long n, tried = 0;
	int rc, hit;

	*nomem = 0;
	for (n = 1;; n += step) {
		remove_db(work);
		copy_file(base, work);
		arm(n);
		rc = batch_run(b, work);
		hit = disarm(b->files ? "ingest" : "rescore", n, rc);
		db_state(work, &got);
		if (rc == TENOR_OK) {
			assert_same_state(want, &got);
		} else {
			assert_int_equal(rc, TENOR_ENOMEM);
			++*nomem;
			assert_same_state(before, &got);
		}
		if (!hit)
			return tried;
		tried++;
	}
}

static void test_ingest(void **state)
{
	struct tenor_lexicon *lx;
	struct tenor_analyzer *a;
	struct tenor_ingest_counts counts;
	struct tenor_lexicon *lx2;
	struct tenor_analyzer *a2;
	struct db_state before, want, got;
	struct batch_run run;
	const char *files[2];
	char base[128], work[128];
	unsigned long n, nomem;
	int k;

	(void)state;
	snprintf(base, sizeof(base), "%s", tmp_path("base.db"));
	snprintf(work, sizeof(work), "%s", tmp_path("work.db"));
	write_file(tmp_path("base.csv"), base_csv);
	write_file(tmp_path("new.csv"), new_csv);
	write_file(tmp_path("new.jsonl"), new_jsonl);
	assert_int_equal(tenor_lexicon_new(&lx), TENOR_OK);
	assert_int_equal(tenor_lexicon_add_dir(lx, "tests/fixtures/lex"), TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
	assert_int_equal(tenor_analyzer_new(lx, &a), TENOR_OK);

	/* The database before: one committed batch. */
	files[0] = tmp_path("base.csv");
	assert_int_equal(ingest_run(a, base, files, 1, 1, &counts), TENOR_OK);
	assert_int_equal(counts.added, 3);
	db_state(base, &before);

	/* What batch 2 gives without failure. */
	files[0] = tmp_path("new.csv");
	files[1] = tmp_path("new.jsonl");
	remove_db(work);
	copy_file(base, work);
	assert_int_equal(ingest_run(a, work, files, 2, 1, &counts), TENOR_OK);
	assert_int_equal(counts.added, 5);
	assert_int_equal(counts.duplicate, 1);
	assert_int_equal(counts.updated, 1);
	assert_int_equal(counts.rejected, 2);
	db_state(work, &want);

	run.a = a;
	run.files = files;
	run.threads = 1;
	n = fail_each(&run, base, work, 1, &before, &want, &nomem);
	print_message("ingest: %lu failure points (%lu ENOMEM, %lu recovered)\n", n, nomem,
		      n - nomem);
	assert_true(n > 100);

	/* On three threads the Nth allocation falls to the reader, a worker or the writer,
	 * whichever comes first, and the order changes from run to run: every seventh point,
	 * each the same all-or-nothing batch. */
	run.threads = 3;
	n = fail_each(&run, base, work, 7, &before, &want, &nomem);
	print_message("ingest, 3 threads: %lu failure points tried (%lu ENOMEM)\n", n, nomem);
	assert_true(nomem > 100);

	/* Aggregates bound to a byte: every document flushes them, and each flush writes its
	 * places one part at a time, the places left kept in new tables between the parts.
	 * The same tables as with the library's bounds, or none of the batch (every other
	 * point: the loop above tried the paths this one shares with it). */
	agg_test_bytes = 1;
	run.threads = 1;
	remove_db(work);
	copy_file(base, work);
	assert_int_equal(batch_run(&run, work), TENOR_OK);
	db_state(work, &got);
	assert_same_state(&want, &got);
	n = fail_each(&run, base, work, 2, &before, &want, &nomem);
	print_message("ingest, flushes in parts: %lu failure points tried (%lu ENOMEM)\n", n, nomem);
	assert_true(nomem > 100);
	agg_test_bytes = 0;

	/* Rescore of what the two batches stored, with other lexicons: every result changes.
	 * With the same lexicons nothing changes, which takes the other way through (every
	 * other point: the ways share most of theirs). */
	remove_db(base);
	copy_file(work, base);
	db_state(base, &before);
	assert_int_equal(tenor_lexicon_new(&lx2), TENOR_OK);
	assert_int_equal(tenor_lexicon_add_dir(lx2, "lexicons"), TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx2), TENOR_OK);
	assert_int_equal(tenor_analyzer_new(lx2, &a2), TENOR_OK);
	for (k = 0; k < 2; k++) {
		run.a = k ? a : a2;
		run.files = NULL;
		run.threads = 1;
		remove_db(work);
		copy_file(base, work);
		assert_int_equal(batch_run(&run, work), TENOR_OK);
		db_state(work, &want);
		n = fail_each(&run, base, work, 1 + k, &before, &want, &nomem);
		print_message("rescore, %s lexicons: %lu failure points tried (%lu ENOMEM)\n",
			      k ? "the same" : "other", n, nomem);
		assert_true(nomem > 20);
		run.threads = 3;
		n = fail_each(&run, base, work, 7, &before, &want, &nomem);
		print_message("rescore, 3 threads: %lu failure points tried (%lu ENOMEM)\n", n,
			      nomem);
		assert_true(nomem > 10);
	}
	tenor_analyzer_free(a2);
	tenor_lexicon_free(lx2);
	remove_db(work);
	remove_db(base);
	unlink(tmp_path("base.csv"));
	unlink(tmp_path("new.csv"));
	unlink(tmp_path("new.jsonl"));
	tenor_analyzer_free(a);
	tenor_lexicon_free(lx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_engine),
		cmocka_unit_test(test_readers),
		cmocka_unit_test(test_ingest),
	};
	int rc;

	if (sqlite3_config(SQLITE_CONFIG_MALLOC, &sql_mem) != SQLITE_OK) {
		fprintf(stderr, "test_alloc_fail: sqlite3_config failed\n");
		return 1;
	}
	/* Thousands of commits: in memory where there is /dev/shm, so that syncs cost nothing. */
	snprintf(tmpdir, sizeof(tmpdir), "%s/tenor-alloc-XXXXXX",
		 access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
	if (!mkdtemp(tmpdir)) {
		perror("test_alloc_fail: mkdtemp");
		return 1;
	}
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	rmdir(tmpdir);
	return rc;
}
