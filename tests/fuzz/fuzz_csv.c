/*
 * fuzz_csv.c - the CSV reader (src/read_csv.c) on any bytes.
 *
 * The first byte picks the delimiter (given or detected) and small field limits, so that
 * the limit paths are reached with short inputs; the rest is the file. With bit 6 set, the
 * second byte k says where the file starts: a record of one long field fills the reader's
 * first 64 KiB chunk up to k + 1 bytes before its end, so that records cross from one
 * chunk to the next. Every record must
 * keep the promises of tenor_csv_next, the reader must end, and when the whole input reads
 * without errors, the records written back as CSV must read back as the same fields.
 */
#include "fuzz.h"

static const int delims[4] = { 0, ',', ';', '\t' };
static const size_t max_fields_of[4] = { 0, 1, 3, 16 };
static const size_t max_field_of[4] = { 0, 1, 8, 64 };

struct rec {
	size_t nfields;
	size_t *lens;
	char **fields;
};

struct table {
	struct rec *recs;
	size_t n, cap;
};

static void table_add(struct table *t, const struct tenor_csv_row *row)
{
	struct rec *r;
	size_t i;

	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 8;
		t->recs = realloc(t->recs, t->cap * sizeof(*t->recs));
		FUZZ_CHECK(t->recs);
	}
	r = &t->recs[t->n++];
	r->nfields = row->nfields;
	r->lens = malloc(row->nfields * sizeof(*r->lens));
	r->fields = malloc(row->nfields * sizeof(*r->fields));
	FUZZ_CHECK(r->lens && r->fields);
	for (i = 0; i < row->nfields; i++) {
		r->lens[i] = row->lens[i];
		r->fields[i] = malloc(row->lens[i] + 1);
		FUZZ_CHECK(r->fields[i]);
		memcpy(r->fields[i], row->fields[i], row->lens[i] + 1);
	}
}

static void table_free(struct table *t)
{
	size_t i, j;
	for (i = 0; i < t->n; i++) {
		for (j = 0; j < t->recs[i].nfields; j++)
			free(t->recs[i].fields[j]);
		free(t->recs[i].fields);
		free(t->recs[i].lens);
	}
	free(t->recs);
}

/* Reads all of (data, size); *errors counts the records reported as errors. */
static void read_all(const char *data, size_t size, int delim, size_t max_field,
		     size_t max_fields, struct table *t, size_t *errors, int *detected)
{
	FILE *f = size ? fmemopen((void *)data, size, "r") : fopen("/dev/null", "r");
	struct tenor_csv *c;
	struct tenor_csv_row row;
	size_t calls = 0, last_line = 0;
	size_t field_limit = max_field ? max_field : (size_t)1 << 20;
	size_t fields_limit = max_fields ? max_fields : 10000;

	FUZZ_CHECK(f);
	FUZZ_CHECK(tenor_csv_new(f, delim, max_field, max_fields, &c) == TENOR_OK);
	FUZZ_CHECK(tenor_csv_delimiter(c) == delim);
	*errors = 0;
	for (;;) {
		int rc = tenor_csv_next(c, &row);
		size_t i, total = 0;

		/* Every call consumes at least a line end or a byte: a reader that spins on the
		 * same input is a hang. */
		FUZZ_CHECK(++calls <= size + 2);
		FUZZ_CHECK(tenor_csv_delimiter(c) == ',' || tenor_csv_delimiter(c) == ';' ||
			   tenor_csv_delimiter(c) == '\t');
		FUZZ_CHECK(delim == 0 || tenor_csv_delimiter(c) == delim);
		if (rc == TENOR_ELIMIT || rc == TENOR_EFORMAT) {
			FUZZ_CHECK(row.nfields == 0);
			FUZZ_CHECK(tenor_csv_error(c)[0] != 0);
			FUZZ_CHECK(row.line >= 1 && row.line >= last_line);
			last_line = row.line;
			++*errors;
			continue;
		}
		FUZZ_CHECK(rc == TENOR_OK);
		FUZZ_CHECK(tenor_csv_error(c)[0] == 0);
		if (row.nfields == 0)
			break;
		FUZZ_CHECK(row.nfields <= fields_limit);
		FUZZ_CHECK(row.line >= 1 && row.line >= last_line && row.end_line >= row.line);
		last_line = row.end_line;
		for (i = 0; i < row.nfields; i++) {
			FUZZ_CHECK(row.lens[i] <= field_limit);
			FUZZ_CHECK(row.fields[i][row.lens[i]] == 0);
			total += row.lens[i];
		}
		/* Fields only ever lose bytes (quotes, delimiters, a doubled quote). */
		FUZZ_CHECK(total <= size);
		table_add(t, &row);
	}
	/* The end stays the end. */
	FUZZ_CHECK(tenor_csv_next(c, &row) == TENOR_OK && row.nfields == 0);
	*detected = tenor_csv_delimiter(c);
	tenor_csv_free(c);
	fclose(f);
}

/* The records as CSV with every field quoted. */
static char *write_all(const struct table *t, int delim, size_t *len)
{
	size_t cap = 16, i, j, k;
	char *out = NULL;

	for (i = 0; i < t->n; i++)
		for (j = 0; j < t->recs[i].nfields; j++)
			cap += 2 * t->recs[i].lens[j] + 4;
	out = malloc(cap);
	FUZZ_CHECK(out);
	*len = 0;
	for (i = 0; i < t->n; i++) {
		for (j = 0; j < t->recs[i].nfields; j++) {
			const struct rec *r = &t->recs[i];
			if (j)
				out[(*len)++] = (char)delim;
			out[(*len)++] = '"';
			for (k = 0; k < r->lens[j]; k++) {
				if (r->fields[j][k] == '"')
					out[(*len)++] = '"';
				out[(*len)++] = r->fields[j][k];
			}
			out[(*len)++] = '"';
		}
		out[(*len)++] = '\n';
	}
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct table t = { 0 }, back = { 0 };
	size_t errors, back_errors, i, j, outlen;
	int delim, detected, back_detected;
	size_t max_field, max_fields;
	char *out;

	if (size == 0)
		return 0;
	delim = delims[data[0] & 3];
	max_field = max_field_of[(data[0] >> 2) & 3];
	max_fields = max_fields_of[(data[0] >> 4) & 3];
	if ((data[0] & 0x40) && size >= 2) {
		/* 64 KiB is CSV_CHUNK in src/read_csv.c. */
		size_t len;
		char *in = fuzz_at_chunk_end(data + 2, size - 2, data[1], &len);
		read_all(in, len, delim, max_field, max_fields, &t, &errors, &detected);
		free(in);
	} else {
		read_all((const char *)data + 1, size - 1, delim, max_field, max_fields, &t, &errors,
			 &detected);
	}

	if (errors == 0) {
		out = write_all(&t, detected, &outlen);
		read_all(out, outlen, detected, max_field, max_fields, &back, &back_errors,
			 &back_detected);
		FUZZ_CHECK(back_errors == 0 && back.n == t.n);
		for (i = 0; i < t.n; i++) {
			FUZZ_CHECK(back.recs[i].nfields == t.recs[i].nfields);
			for (j = 0; j < t.recs[i].nfields; j++)
				FUZZ_CHECK(back.recs[i].lens[j] == t.recs[i].lens[j] &&
					   memcmp(back.recs[i].fields[j], t.recs[i].fields[j],
						  t.recs[i].lens[j]) == 0);
		}
		table_free(&back);
		free(out);
	}
	table_free(&t);
	return 0;
}
