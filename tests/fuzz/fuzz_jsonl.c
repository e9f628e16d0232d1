/*
 * fuzz_jsonl.c - ingest of JSON lines (tenor_ingest, src/ingest.c with the line reader and
 * the JSON parsing, dates, redaction, scoring and the store) on any bytes; built with
 * -DFUZZ_INGEST_CSV it is fuzz_ingest_csv, ingest of CSV files (header, columns, encodings).
 *
 * The first byte sets options: redaction, strict, an id column, a group, a language
 * column, --lang de instead of auto (CSV: CP1252 instead of UTF-8), a small field limit,
 * no text. The rest is written to a temporary file and ingested into a fresh in-memory
 * database. Ingest must succeed, or fail with a message (JSON lines: only where the first
 * line is a JSON array's); every non-blank line of JSON is read as one record; each record
 * read is added, a duplicate, an update or a reject, as the stored batch says too; and
 * ingesting the same file again adds nothing.
 */
#include "fuzz.h"

#include <unistd.h>

static struct tenor_lexicon *lx;
static struct tenor_analyzer *an;
static char path[4096];

#ifdef FUZZ_INGEST_CSV
#define FORMAT TENOR_FORMAT_CSV
#define NAME "csv"
#else
#define FORMAT TENOR_FORMAT_JSONL
#define NAME "jsonl"
#endif

static int blank(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* The records the reader should see: lines (LF ends one, a CR before it goes with it),
 * a BOM on the first skipped, blank ones left out, too long ones counted. *array tells
 * whether the first line read as a record (within max_line, not blank) starts with '['
 * after blanks: a JSON array, which ingest refuses as no JSON lines. */
static unsigned long long records(const char *s, size_t n, size_t max_line, int *array)
{
	unsigned long long k = 0;
	size_t i = 0, line = 0, j;
	int seen = 0;

	*array = 0;
	while (i < n) {
		const char *p = s + i, *nl = memchr(p, '\n', n - i);
		size_t len = nl ? (size_t)(nl - p) : n - i;
		i += len + (nl != NULL);
		line++;
		if (len && p[len - 1] == '\r')
			len--;
		if (line == 1 && len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
			p += 3, len -= 3;
		if (len > max_line) {
			k++;
		} else if (!blank(p, len)) {
			for (j = 0; j < len && (p[j] == ' ' || p[j] == '\t'); j++)
				;
			if (!seen++)
				*array = p[j] == '[';
			k++;
		}
	}
	return k;
}

static int count_reject(void *ctx, const struct tenor_reject_info *r)
{
	FUZZ_CHECK(r->file && r->reason && r->reason[0]);
	++*(unsigned long long *)ctx;
	return 0;
}

static int check_batch(void *ctx, const struct tenor_batch_info *b)
{
	const struct tenor_ingest_counts *c = ctx;
	FUZZ_CHECK(b->id == c->batch && strcmp(b->command, "ingest") == 0);
	FUZZ_CHECK(b->read == c->read && b->added == c->added && b->duplicate == c->duplicate &&
		   b->updated == c->updated && b->rejected == c->rejected &&
		   b->undated == c->undated);
	return 0;
}

/* The same file again adds nothing: every record is there already, or rejected again.
 * Without ids and language columns each record finds itself unchanged; with them two
 * records of one identity may replace each other. */
static void again(struct tenor_db *db, const struct tenor_ingest_options *o,
		  const char *const *files, const struct tenor_ingest_counts *first)
{
	struct tenor_ingest_counts c;

	FUZZ_CHECK(tenor_ingest(db, an, o, files, 1, &c) == TENOR_OK);
	FUZZ_CHECK(c.read == first->read && c.rejected == first->rejected && c.added == 0);
	if (!o->id_col && !o->lang_col)
		FUZZ_CHECK(c.updated == 0 && c.duplicate == first->read - first->rejected);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char dir[4096];
	const char *tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");

	(void)argc;
	(void)argv;
	snprintf(path, sizeof(path), "%s/tenor-fuzz-%ld." NAME, tmp ? tmp : "/tmp", (long)getpid());
	snprintf(dir, sizeof(dir), "%s/tests/fixtures/lex", fuzz_root());
	FUZZ_CHECK(tenor_lexicon_new(&lx) == TENOR_OK);
	if (tenor_lexicon_add_dir(lx, dir) != TENOR_OK || tenor_lexicon_freeze(lx) != TENOR_OK) {
		fprintf(stderr, "fuzz_jsonl: %s (set TENOR_FUZZ_ROOT)\n", tenor_lexicon_error(lx));
		exit(1);
	}
	FUZZ_CHECK(tenor_analyzer_new(lx, &an) == TENOR_OK);
	return 0;
}

/* A start that ingest refuses as UTF-16 or UTF-32 (ingest.c): a BOM, or the NULs of ASCII
 * text in the first two characters. */
static int wide(const uint8_t *p, size_t n)
{
	if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
		return 1;
	return n >= 4 && ((p[0] && !p[1] && p[2] && !p[3]) || (!p[0] && p[1] && !p[2] && p[3]));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tenor_ingest_options o;
	struct tenor_ingest_counts c;
	struct tenor_db *db;
	const char *files[1] = { path };
	unsigned long long rejects = 0, expect;
	FILE *f;
	int rc, array;

	if (size == 0)
		return 0;
	f = fopen(path, "wb");
	FUZZ_CHECK(f && fwrite(data + 1, 1, size - 1, f) == size - 1 && fclose(f) == 0);

	memset(&o, 0, sizeof(o));
	o.redact = data[0] & 1;
	o.strict = (data[0] >> 1) & 1;
	o.id_col = data[0] & 4 ? "id" : NULL;
	if (data[0] & 8)
		o.group_cols[o.ngroups++] = "team";
	o.lang_col = data[0] & 16 ? "lang" : NULL;
	o.format = FORMAT;
	if (FORMAT == TENOR_FORMAT_CSV)
		o.encoding = data[0] & 32 ? TENOR_ENC_CP1252 : TENOR_ENC_UTF8;
	else
		o.lang = data[0] & 32 ? "de" : NULL;
	o.max_field = data[0] & 64 ? 16 : 0;
	o.no_text = (data[0] >> 7) & 1;

	FUZZ_CHECK(tenor_db_open(":memory:", 0, &db) == TENOR_OK);
	rc = tenor_ingest(db, an, &o, files, 1, &c);
	expect = records((const char *)data + 1, size - 1,
			 o.max_field ? o.max_field * 16 : (size_t)16 << 20, &array);
	array = array && FORMAT == TENOR_FORMAT_JSONL;
	FUZZ_CHECK(!array || rc == TENOR_EINVAL);
	if (rc == TENOR_OK || (rc == TENOR_EFORMAT && o.strict)) {
		FUZZ_CHECK(FORMAT != TENOR_FORMAT_JSONL || c.read == expect);
		FUZZ_CHECK(c.read == c.added + c.duplicate + c.updated + c.rejected);
		FUZZ_CHECK(c.undated <= c.added + c.duplicate + c.updated);
	}
	if (rc == TENOR_OK) {
		FUZZ_CHECK(c.batch > 0 && !(o.strict && c.rejected));
		FUZZ_CHECK(tenor_db_rejects(db, c.batch, count_reject, &rejects) == TENOR_OK);
		FUZZ_CHECK(rejects == c.rejected);
		FUZZ_CHECK(tenor_db_batches(db, check_batch, &c) == TENOR_OK);
		again(db, &o, files, &c);
	} else {
		/* CSV: a header without the text column, or no header, fails the file; JSON
		 * lines: a JSON array; either: UTF-16 or UTF-32. */
		FUZZ_CHECK((rc == TENOR_EFORMAT && o.strict && c.rejected) ||
			   (FORMAT == TENOR_FORMAT_CSV && rc == TENOR_EINVAL) || array ||
			   (rc == TENOR_EINVAL && wide(data + 1, size - 1)));
		FUZZ_CHECK(c.batch == 0 && tenor_db_error(db)[0] != 0);
	}
	tenor_db_close(db);
	unlink(path);
	return 0;
}
