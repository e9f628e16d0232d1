/*
 * test_read_csv.c - unit tests of the CSV reader (src/read_csv.c).
 *
 * Most cases are a table: an input, the reader's settings, and the records it gives, one
 * per line of the expected text: "<line> <field><field>...", with "<line>-<end_line>" for a
 * record over several lines, or "<line> <STATUS>: <message>" for a record that fails. CR,
 * LF and NUL bytes inside fields are written as \r, \n and \0.
 */
#include "unit.h"
#include "alloc.h"

#include <stdlib.h>

#define CHUNK ((size_t)64 * 1024)
#define MiB ((size_t)1 << 20)

struct out {
	char text[4096];
	size_t len;
};

static void out_add(struct out *o, const char *s, size_t n)
{
	assert_true(n < sizeof(o->text) - o->len);
	memcpy(o->text + o->len, s, n);
	o->len += n;
	o->text[o->len] = 0;
}

static void out_str(struct out *o, const char *s)
{
	out_add(o, s, strlen(s));
}

/* Writes a field, or its length when it is too long to show. */
static void out_field(struct out *o, const char *s, size_t len)
{
	size_t i;

	out_str(o, "<");
	if (len > 200) {
		char desc[64];

		snprintf(desc, sizeof(desc), "%zu bytes", len);
		out_str(o, desc);
		len = 0;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '\r')
			out_str(o, "\\r");
		else if (s[i] == '\n')
			out_str(o, "\\n");
		else if (s[i] == 0)
			out_str(o, "\\0");
		else
			out_add(o, &s[i], 1);
	}
	out_str(o, ">");
}

static const char *status_name(int rc)
{
	switch (rc) {
	case TENOR_ENOMEM: return "ENOMEM";
	case TENOR_EIO: return "EIO";
	case TENOR_ELIMIT: return "ELIMIT";
	case TENOR_EFORMAT: return "EFORMAT";
	}
	return "?";
}

struct settings {
	int delimiter;
	size_t max_field, max_fields;
};

/* Reads all of (in, len) and describes the records in o, errors for one record included;
 * *delim is the delimiter the reader used. Returns the status of tenor_csv_new, or
 * TENOR_EIO. */
static int read_all(const char *in, size_t len, const struct settings *set, struct out *o,
		    int *delim)
{
	FILE *f = unit_memfile(in, len);
	struct tenor_csv *c;
	struct tenor_csv_row row;
	int rc, calls;

	o->len = 0;
	o->text[0] = 0;
	rc = tenor_csv_new(f, set->delimiter, set->max_field, set->max_fields, &c);
	if (rc) {
		fclose(f);
		return rc;
	}
	for (calls = 0; calls < 100; calls++) {
		char num[64];
		size_t i;

		rc = tenor_csv_next(c, &row);
		if (rc == TENOR_OK && row.nfields == 0)
			break;
		if (row.line == row.end_line)
			snprintf(num, sizeof(num), "%zu ", row.line);
		else
			snprintf(num, sizeof(num), "%zu-%zu ", row.line, row.end_line);
		out_str(o, num);
		if (rc != TENOR_OK) {
			assert_int_equal(row.nfields, 0);
			out_str(o, status_name(rc));
			out_str(o, ": ");
			out_str(o, tenor_csv_error(c));
			out_str(o, "\n");
			if (rc == TENOR_EIO)
				break;
			continue;
		}
		assert_string_equal(tenor_csv_error(c), "");
		for (i = 0; i < row.nfields; i++) {
			assert_int_equal(row.fields[i][row.lens[i]], 0);
			out_field(o, row.fields[i], row.lens[i]);
		}
		out_str(o, "\n");
	}
	if (rc == TENOR_OK) {
		/* The end stays the end. */
		assert_int_equal(tenor_csv_next(c, &row), TENOR_OK);
		assert_int_equal(row.nfields, 0);
	}
	*delim = tenor_csv_delimiter(c);
	tenor_csv_free(c);
	fclose(f);
	return rc == TENOR_EIO ? rc : TENOR_OK;
}

#define IN(s) s, sizeof(s) - 1

static const struct csv_case {
	const char *name;
	const char *in;
	size_t len;
	struct settings set;
	int want_delim;
	const char *want;
} csv_cases[] = {
	{ "simple", IN("a,b,c\n1,2,3\n"), { 0, 0, 0 }, ',',
	  "1 <a><b><c>\n2 <1><2><3>\n" },
	{ "quoted with delimiter", IN("\"a,b\",c\n"), { 0, 0, 0 }, ',', "1 <a,b><c>\n" },
	{ "doubled quotes", IN("\"say \"\"hi\"\"\",\"\"\"\"\n"), { 0, 0, 0 }, ',',
	  "1 <say \"hi\"><\">\n" },
	{ "multi-line quoted field", IN("id,text\n1,\"one\ntwo\n\nthree\"\n2,x\n"),
	  { 0, 0, 0 }, ',', "1 <id><text>\n2-5 <1><one\\ntwo\\n\\nthree>\n6 <2><x>\n" },
	{ "quote opening on a later line of a record", IN("\"a\nb\",\"c\nd\"\ne\n"),
	  { 0, 0, 0 }, ',', "1-3 <a\\nb><c\\nd>\n4 <e>\n" },
	{ "CRLF", IN("a,b\r\nc,d\r\n"), { 0, 0, 0 }, ',', "1 <a><b>\n2 <c><d>\n" },
	{ "CRLF inside quotes kept", IN("\"x\r\ny\",z\r\nw\r\n"), { 0, 0, 0 }, ',',
	  "1-2 <x\\r\\ny><z>\n3 <w>\n" },
	{ "quoted field then CRLF", IN("\"a\"\r\n\"b\"\r\n"), { 0, 0, 0 }, ',',
	  "1 <a>\n2 <b>\n" },
	{ "lone CR is data", IN("a\rb,\rc\n"), { 0, 0, 0 }, ',', "1 <a\\rb><\\rc>\n" },
	{ "CR at end of input dropped", IN("a,b\r"), { 0, 0, 0 }, ',', "1 <a><b>\n" },
	{ "BOM", IN("\xEF\xBB\xBF" "a,b\n1,2\n"), { 0, 0, 0 }, ',', "1 <a><b>\n2 <1><2>\n" },
	{ "BOM before a quote", IN("\xEF\xBB\xBF\"a\";b;c\n"), { 0, 0, 0 }, ';',
	  "1 <a><b><c>\n" },
	{ "BOM only", IN("\xEF\xBB\xBF"), { 0, 0, 0 }, ',', "" },
	{ "BOM-like bytes later are data", IN("a\n\xEF\xBB\xBF" "b\n"), { 0, 0, 0 }, ',',
	  "1 <a>\n2 <\xEF\xBB\xBF" "b>\n" },
	{ "detect semicolon", IN("a;b;c\n1,5;2,5;3\n"), { 0, 0, 0 }, ';',
	  "1 <a><b><c>\n2 <1,5><2,5><3>\n" },
	{ "detect tab", IN("a\tb,c\td\n"), { 0, 0, 0 }, '\t', "1 <a><b,c><d>\n" },
	{ "detect comma", IN("a,b;c,d\n"), { 0, 0, 0 }, ',', "1 <a><b;c><d>\n" },
	{ "detect tie is comma", IN("a;b,c\n"), { 0, 0, 0 }, ',', "1 <a;b><c>\n" },
	{ "detect tie without comma is comma", IN("a;b\tc\n"), { 0, 0, 0 }, ',',
	  "1 <a;b\tc>\n" },
	{ "detect none is comma", IN("abc\n"), { 0, 0, 0 }, ',', "1 <abc>\n" },
	{ "detect ignores quoted text", IN("\"a;b;c\",d\n"), { 0, 0, 0 }, ',',
	  "1 <a;b;c><d>\n" },
	{ "detect looks at the first record only", IN("a,b\nc;d;e;f\n"), { 0, 0, 0 }, ',',
	  "1 <a><b>\n2 <c;d;e;f>\n" },
	{ "detect over a multi-line first record", IN("\"x\ny\";1;2\n"), { 0, 0, 0 }, ';',
	  "1-2 <x\\ny><1><2>\n" },
	{ "detect after blank lines", IN("\n\r\na;b\n"), { 0, 0, 0 }, ';', "3 <a><b>\n" },
	{ "given delimiter wins", IN("a,b\tc\n"), { '\t', 0, 0 }, '\t', "1 <a,b><c>\n" },
	{ "empty file", IN(""), { 0, 0, 0 }, ',', "" },
	{ "header only", IN("name,text\n"), { 0, 0, 0 }, ',', "1 <name><text>\n" },
	{ "blank lines only", IN("\n\r\n\n"), { 0, 0, 0 }, ',', "" },
	{ "blank lines between records", IN("a\n\n\nb\r\n\r\nc\n\n"), { 0, 0, 0 }, ',',
	  "1 <a>\n4 <b>\n6 <c>\n" },
	{ "spaces are not blank", IN(" \n"), { 0, 0, 0 }, ',', "1 < >\n" },
	{ "empty quoted field is not blank", IN("\"\"\n"), { 0, 0, 0 }, ',', "1 <>\n" },
	{ "empty fields", IN(",,\n,\"\"\n"), { 0, 0, 0 }, ',', "1 <><><>\n2 <><>\n" },
	{ "last record without newline", IN("a,b\nc,d"), { 0, 0, 0 }, ',',
	  "1 <a><b>\n2 <c><d>\n" },
	{ "last field empty without newline", IN("a,"), { 0, 0, 0 }, ',', "1 <a><>\n" },
	{ "quoted last field without newline", IN("a,\"b\""), { 0, 0, 0 }, ',',
	  "1 <a><b>\n" },
	{ "quote inside unquoted field is literal", IN("ab\"c,d\"\n"), { 0, 0, 0 }, ',',
	  "1 <ab\"c><d\">\n" },
	{ "NUL bytes", IN("a\0b,\"\0\"\n"), { 0, 0, 0 }, ',', "1 <a\\0b><\\0>\n" },
	{ "field at the limit", IN("abc,\"a\"\"b\"\n"), { 0, 3, 0 }, ',',
	  "1 <abc><a\"b>\n" },
	{ "field too large, then the next record",
	  IN("ab,abcd,x\nab,c\n"), { 0, 3, 0 }, ',',
	  "1 ELIMIT: field 2 is longer than 3 bytes\n2 <ab><c>\n" },
	{ "quoted field too large over lines, then the next record",
	  IN("\"abcdef\nx,y\",1\nok\n"), { 0, 3, 0 }, ',',
	  "1-2 ELIMIT: field 1 is longer than 3 bytes\n3 <ok>\n" },
	{ "fields at the limit", IN("a,b\n"), { 0, 0, 2 }, ',', "1 <a><b>\n" },
	{ "too many fields, then the next record", IN("a,b,c\nd,e\n"), { 0, 0, 2 }, ',',
	  "1 ELIMIT: record has more than 2 fields\n2 <d><e>\n" },
	{ "too many empty fields", IN(",,,\n"), { 0, 0, 3 }, ',',
	  "1 ELIMIT: record has more than 3 fields\n" },
	{ "quote open at end of input", IN("a,b\nc,\"open,x\nmore\n"), { 0, 0, 0 }, ',',
	  "1 <a><b>\n2-3 EFORMAT: quote opened on line 2 is never closed: the rest of the input, "
	  "to line 3, is in this record\n" },
	{ "quote open at end of input without newline", IN("\"a\n\"\"b"), { 0, 0, 0 }, ',',
	  "1-2 EFORMAT: quote opened on line 1 is never closed: the rest of the input, to line 2, "
	  "is in this record\n" },
	{ "text after closing quote, then the next record",
	  IN("\"abc\"def,x\nnext,1\n"), { 0, 0, 0 }, ',',
	  "1 EFORMAT: unexpected character after closing quote on line 1\n2 <next><1>\n" },
	{ "text after closing quote, rest of record still quoted",
	  IN("\"a\nb\" c,\"d\ne\"\nf\n"), { 0, 0, 0 }, ',',
	  "1-3 EFORMAT: unexpected character after closing quote on line 2\n4 <f>\n" },
	{ "CR after closing quote is text", IN("\"a\"\rb\nc\n"), { 0, 0, 0 }, ',',
	  "1 EFORMAT: unexpected character after closing quote on line 1\n2 <c>\n" },
	{ "first error wins", IN("\"a\"b,cdef\nok\n"), { 0, 3, 0 }, ',',
	  "1 EFORMAT: unexpected character after closing quote on line 1\n2 <ok>\n" },
};

static void test_csv_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(csv_cases) / sizeof(csv_cases[0]); i++) {
		const struct csv_case *t = &csv_cases[i];
		struct out o;
		int delim;

		assert_int_equal(read_all(t->in, t->len, &t->set, &o, &delim), TENOR_OK);
		if (strcmp(o.text, t->want) != 0 || delim != t->want_delim) {
			print_error("case: %s\n", t->name);
			assert_string_equal(o.text, t->want);
			assert_int_equal(delim, t->want_delim);
		}
	}
}

/* A buffer holding prefix, n copies of c, then suffix; the caller frees it. */
static char *build(const char *prefix, char c, size_t n, const char *suffix, size_t *len)
{
	size_t pl = strlen(prefix), sl = strlen(suffix);
	char *s = malloc(pl + n + sl + 1);

	assert_non_null(s);
	memcpy(s, prefix, pl);
	memset(s + pl, c, n);
	memcpy(s + pl + n, suffix, sl + 1);
	*len = pl + n + sl;
	return s;
}

/* The default field limit is 1 MiB: a field of exactly that is accepted, quoted or not,
 * one byte more is not, and the reader goes on with the next record. */
static void test_csv_default_field_limit(void **state)
{
	static const struct {
		const char *prefix;
		size_t n;
		const char *suffix;
		const char *want;
	} cases[] = {
		{ "a,", MiB, "\nz\n", "1 <a><1048576 bytes>\n2 <z>\n" },
		{ "a,\"", MiB, "\"\r\nz\r\n", "1 <a><1048576 bytes>\n2 <z>\n" },
		{ "a,", MiB + 1, "\nz\n", "1 ELIMIT: field 2 is longer than 1048576 bytes\n2 <z>\n" },
		{ "\"", MiB + 1, "\n\",b\nz\n",
		  "1-2 ELIMIT: field 1 is longer than 1048576 bytes\n3 <z>\n" },
	};
	static const struct settings defaults = { 0, 0, 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct out o;
		size_t len;
		char *in = build(cases[i].prefix, 'x', cases[i].n, cases[i].suffix, &len);
		int delim;

		assert_int_equal(read_all(in, len, &defaults, &o, &delim), TENOR_OK);
		assert_string_equal(o.text, cases[i].want);
		free(in);
	}
}

/* A record spread over the reader's 64 KiB chunks: the bytes that decide something (a
 * CRLF, a doubled or closing quote, a delimiter) fall on either side of the boundary. */
static void test_csv_chunk_boundary(void **state)
{
	static const struct {
		const char *prefix;
		size_t n;
		const char *suffix;
		const char *want;
	} cases[] = {
		{ "", CHUNK - 1, "\r\nb\r\n", "1 <65535 bytes>\n2 <b>\n" },
		{ "", CHUNK - 1, "\rb\n", "1 <65537 bytes>\n" },
		{ "\"", CHUNK - 2, "\"\"x\"\n", "1 <65536 bytes>\n" },
		{ "\"", CHUNK - 2, "\",b\n", "1 <65534 bytes><b>\n" },
		{ "\"", CHUNK - 2, "\"x\nok\n",
		  "1 EFORMAT: unexpected character after closing quote on line 1\n2 <ok>\n" },
		{ "\"", CHUNK - 3, "\"\r\nb\n", "1 <65533 bytes>\n2 <b>\n" },
		{ "", CHUNK, ",b\n", "1 <65536 bytes><b>\n" },
		{ "", 3 * CHUNK, "\n\n\nb", "1 <196608 bytes>\n4 <b>\n" },
	};
	static const struct settings defaults = { 0, 0, 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct out o;
		size_t len;
		char *in = build(cases[i].prefix, 'x', cases[i].n, cases[i].suffix, &len);
		int delim;

		assert_int_equal(read_all(in, len, &defaults, &o, &delim), TENOR_OK);
		assert_string_equal(o.text, cases[i].want);
		free(in);
	}
}

/* The fields of a row stay valid until the next call, and the delimiter is known before
 * the first call only when it was given. */
static void test_csv_row_and_delimiter(void **state)
{
	static const char in[] = "x;y\n\"1\";\"\"\n";
	FILE *f = unit_memfile(in, sizeof(in) - 1);
	struct tenor_csv *c;
	struct tenor_csv_row row;

	(void)state;
	assert_int_equal(tenor_csv_new(f, 0, 0, 0, &c), TENOR_OK);
	assert_int_equal(tenor_csv_delimiter(c), 0);
	assert_string_equal(tenor_csv_error(c), "");
	assert_int_equal(tenor_csv_next(c, &row), TENOR_OK);
	assert_int_equal(tenor_csv_delimiter(c), ';');
	assert_int_equal(row.nfields, 2);
	assert_string_equal(row.fields[0], "x");
	assert_string_equal(row.fields[1], "y");
	assert_int_equal(row.lens[1], 1);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_OK);
	assert_int_equal(row.nfields, 2);
	assert_string_equal(row.fields[0], "1");
	assert_string_equal(row.fields[1], "");
	assert_int_equal(row.lens[1], 0);
	assert_int_equal(row.line, 2);
	assert_int_equal(row.end_line, 2);
	tenor_csv_free(c);
	fclose(f);

	f = unit_memfile(in, sizeof(in) - 1);
	assert_int_equal(tenor_csv_new(f, '\t', 0, 0, &c), TENOR_OK);
	assert_int_equal(tenor_csv_delimiter(c), '\t');
	tenor_csv_free(c);
	fclose(f);
}

/* What a record was read from, for a reject: its bytes as they are in the input, line
 * breaks inside quotes included and the line end after it left out, for a record that
 * failed too; and whether the input started with a BOM. */
static void test_csv_raw_and_bom(void **state)
{
	static const char in[] =
		"\xEF\xBB\xBFid;\"te\"\"xt\"\r\n1;\"a\r\nb\"\r\n\n2;\"c\"d\n3;\"open\nx\n";
	FILE *f = unit_memfile(in, sizeof(in) - 1);
	struct tenor_csv *c;
	struct tenor_csv_row row;
	const char *raw;
	size_t len;

	(void)state;
	assert_int_equal(tenor_csv_new(f, 0, 0, 0, &c), TENOR_OK);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_OK);
	assert_int_equal(tenor_csv_bom(c), 1);
	raw = tenor_csv_raw(c, &len);
	assert_int_equal(len, 11);
	assert_memory_equal(raw, "id;\"te\"\"xt\"", 11);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_OK);
	raw = tenor_csv_raw(c, &len);
	assert_int_equal(len, 8);
	assert_memory_equal(raw, "1;\"a\r\nb\"", 8);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_EFORMAT);
	raw = tenor_csv_raw(c, &len);
	assert_int_equal(len, 6);
	assert_memory_equal(raw, "2;\"c\"d", 6);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_EFORMAT);
	assert_int_equal(row.line, 6);
	raw = tenor_csv_raw(c, &len);
	assert_int_equal(len, 9);
	assert_memory_equal(raw, "3;\"open\nx", 9);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_OK);
	assert_int_equal(row.nfields, 0);
	tenor_csv_free(c);
	fclose(f);

	f = unit_memfile("a\n", 2);
	assert_int_equal(tenor_csv_new(f, 0, 0, 0, &c), TENOR_OK);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_OK);
	assert_int_equal(tenor_csv_bom(c), 0);
	tenor_csv_free(c);
	fclose(f);
}

/* A record longer than what is kept of it keeps its first 64 KiB, across chunks. */
static void test_csv_raw_long(void **state)
{
	size_t len, n = 200 * 1024, rawlen;
	char *in = build("\"", 'x', n, "\"y\nok\n", &len);
	FILE *f = unit_memfile(in, len);
	struct tenor_csv *c;
	struct tenor_csv_row row;
	const char *raw;

	(void)state;
	assert_int_equal(tenor_csv_new(f, ',', 0, 0, &c), TENOR_OK);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_EFORMAT);
	raw = tenor_csv_raw(c, &rawlen);
	assert_int_equal(rawlen, 64 * 1024);
	assert_memory_equal(raw, in, rawlen);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_OK);
	assert_string_equal(row.fields[0], "ok");
	raw = tenor_csv_raw(c, &rawlen);
	assert_int_equal(rawlen, 2);
	assert_memory_equal(raw, "ok", 2);
	tenor_csv_free(c);
	fclose(f);
	free(in);
}

static void test_csv_invalid(void **state)
{
	static int dummy;
	struct tenor_csv *c = (struct tenor_csv *)(void *)&dummy;
	FILE *f = unit_memfile("", 0);

	(void)state;
	assert_int_equal(tenor_csv_new(f, '|', 0, 0, &c), TENOR_EINVAL);
	assert_null(c);
	assert_int_equal(tenor_csv_new(f, '"', 0, 0, &c), TENOR_EINVAL);
	assert_int_equal(tenor_csv_new(NULL, 0, 0, 0, &c), TENOR_EINVAL);
	assert_int_equal(tenor_csv_new(f, 0, 0, 0, NULL), TENOR_EINVAL);
	tenor_csv_free(NULL);
	fclose(f);
}

/* Reading a directory fails in fread with the error flag set. */
static void test_csv_read_error(void **state)
{
	FILE *f = fopen("/", "r");
	struct tenor_csv *c;
	struct tenor_csv_row row;

	(void)state;
	assert_non_null(f);
	assert_int_equal(tenor_csv_new(f, ',', 0, 0, &c), TENOR_OK);
	assert_int_equal(tenor_csv_next(c, &row), TENOR_EIO);
	assert_int_equal(row.nfields, 0);
	assert_string_equal(tenor_csv_error(c), "read error: Is a directory");
	tenor_csv_free(c);
	fclose(f);
}

/* Every allocation in turn fails: the reader reports TENOR_ENOMEM, for the record it was
 * reading only, and leaks nothing. */
static void test_csv_out_of_memory(void **state)
{
	static const char in[] = "h1,h2,h3\n\"a\nb\",c,d\n" "1,2,3\n" "4,5,6,7,8,9,10,11,12\n";
	static const char want[] = "1 <h1><h2><h3>\n2-3 <a\\nb><c><d>\n4 <1><2><3>\n"
				   "5 <4><5><6><7><8><9><10><11><12>\n";
	static const struct settings defaults = { 0, 0, 0 };
	unsigned long n;
	int done = 0, record_failures = 0;

	(void)state;
	for (n = 1; !done && n < 50; n++) {
		struct out o;
		int rc, delim;

		tenor_alloc_fail_at(n);
		rc = read_all(in, sizeof(in) - 1, &defaults, &o, &delim);
		tenor_alloc_fail_at(0);
		if (rc == TENOR_OK && !strstr(o.text, "ENOMEM")) {
			assert_string_equal(o.text, want);
			done = 1;
		} else if (rc == TENOR_OK) {
			assert_non_null(strstr(o.text, "ENOMEM: out of memory\n"));
			assert_non_null(strstr(o.text, "5 "));
			record_failures++;
		} else {
			assert_int_equal(rc, TENOR_ENOMEM);
		}
	}
	assert_true(done);
	assert_true(record_failures > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_table),
		cmocka_unit_test(test_csv_default_field_limit),
		cmocka_unit_test(test_csv_chunk_boundary),
		cmocka_unit_test(test_csv_row_and_delimiter),
		cmocka_unit_test(test_csv_raw_and_bom),
		cmocka_unit_test(test_csv_raw_long),
		cmocka_unit_test(test_csv_invalid),
		cmocka_unit_test(test_csv_read_error),
		cmocka_unit_test(test_csv_out_of_memory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
