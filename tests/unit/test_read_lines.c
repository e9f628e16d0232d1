/*
 * test_read_lines.c - unit tests of the line reader (src/read_lines.c).
 *
 * Most cases are a table: an input and the lines the reader gives for it, one per line of
 * the expected text as "<lineno> <text>" or "<lineno> <STATUS>", with CR and NUL bytes of a
 * line written as \r and \0.
 */
#include "unit.h"
#include "alloc.h"

#include <stdlib.h>

#define CHUNK ((size_t)64 * 1024)

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

static void out_line(struct out *o, size_t lineno, const char *line, size_t len)
{
	char num[32];
	size_t i;

	snprintf(num, sizeof(num), "%zu <", lineno);
	out_add(o, num, strlen(num));
	for (i = 0; i < len; i++) {
		if (line[i] == '\r')
			out_add(o, "\\r", 2);
		else if (line[i] == 0)
			out_add(o, "\\0", 2);
		else
			out_add(o, &line[i], 1);
	}
	out_add(o, ">\n", 2);
}

static const char *status_name(int rc)
{
	switch (rc) {
	case TENOR_ELIMIT: return "ELIMIT";
	case TENOR_ENOMEM: return "ENOMEM";
	case TENOR_EIO: return "EIO";
	}
	return "?";
}

/* Reads all of (in, len) and describes what the reader gave in o, errors for one line
 * included. Lines too long to show are given as their length. Returns the status of
 * tenor_lines_new, or TENOR_EIO. */
static int read_all(const char *in, size_t len, size_t max_line, struct out *o)
{
	FILE *f = unit_memfile(in, len);
	struct tenor_lines *r;
	const char *line;
	size_t n, lineno;
	int rc, calls;

	o->len = 0;
	o->text[0] = 0;
	rc = tenor_lines_new(f, max_line, &r);
	if (rc) {
		fclose(f);
		return rc;
	}
	for (calls = 0; calls < 100; calls++) {
		rc = tenor_lines_next(r, &line, &n, &lineno);
		if (rc == TENOR_OK && !line)
			break;
		if (rc == TENOR_OK) {
			assert_int_equal(line[n], 0);
			if (n > 200) {
				char desc[64];

				snprintf(desc, sizeof(desc), "%zu bytes", n);
				out_line(o, lineno, desc, strlen(desc));
			} else {
				out_line(o, lineno, line, n);
			}
		} else if (rc == TENOR_ELIMIT) {
			/* the start within the limit, for a reject's raw bytes */
			char desc[64];

			assert_non_null(line);
			assert_true(n <= (max_line ? max_line : (size_t)16 << 20));
			out_add(o, "ELIMIT ", 7);
			if (n > 200) {
				snprintf(desc, sizeof(desc), "%zu bytes", n);
				out_line(o, lineno, desc, strlen(desc));
			} else {
				out_line(o, lineno, line, n);
			}
		} else {
			char desc[64];

			assert_null(line);
			snprintf(desc, sizeof(desc), "%zu %s\n", lineno, status_name(rc));
			out_add(o, desc, strlen(desc));
			if (rc == TENOR_EIO)
				break;
		}
	}
	if (rc == TENOR_OK) {
		/* The end stays the end. */
		assert_int_equal(tenor_lines_next(r, &line, &n, &lineno), TENOR_OK);
		assert_null(line);
		assert_int_equal(n, 0);
	}
	tenor_lines_free(r);
	fclose(f);
	return rc == TENOR_EIO ? rc : TENOR_OK;
}

#define IN(s) s, sizeof(s) - 1

static const struct lines_case {
	const char *name;
	const char *in;
	size_t len;
	size_t max_line;
	const char *want;
} lines_cases[] = {
	{ "LF", IN("one\ntwo\n"), 0, "1 <one>\n2 <two>\n" },
	{ "CRLF", IN("one\r\ntwo\r\n"), 0, "1 <one>\n2 <two>\n" },
	{ "mixed ends", IN("a\r\nb\nc\r\n"), 0, "1 <a>\n2 <b>\n3 <c>\n" },
	{ "no final newline", IN("one\ntwo"), 0, "1 <one>\n2 <two>\n" },
	{ "single line without newline", IN("x"), 0, "1 <x>\n" },
	{ "empty file", IN(""), 0, "" },
	{ "one empty line", IN("\n"), 0, "1 <>\n" },
	{ "empty lines", IN("\n\r\na\n\n"), 0, "1 <>\n2 <>\n3 <a>\n4 <>\n" },
	{ "lone CR kept", IN("a\rb\n"), 0, "1 <a\\rb>\n" },
	{ "CR before CRLF kept", IN("a\r\r\n"), 0, "1 <a\\r>\n" },
	{ "CR at end of input dropped", IN("a\nb\r"), 0, "1 <a>\n2 <b>\n" },
	{ "NUL bytes kept", IN("a\0b\n\0\n"), 0, "1 <a\\0b>\n2 <\\0>\n" },
	{ "line at the limit", IN("abcde\nxyz\n"), 5, "1 <abcde>\n2 <xyz>\n" },
	{ "line at the limit with CRLF", IN("abcde\r\n"), 5, "1 <abcde>\n" },
	{ "line over the limit", IN("abcdef\nxyz\n"), 5, "ELIMIT 1 <abcde>\n2 <xyz>\n" },
	{ "line over the limit by a lone CR", IN("abcde\r\nabcde\rz\nok\n"), 5,
	  "1 <abcde>\nELIMIT 2 <abcde>\n3 <ok>\n" },
	{ "last line over the limit", IN("ok\nabcdef"), 5, "1 <ok>\nELIMIT 2 <abcde>\n" },
	{ "several lines over the limit", IN("123456\n1234567\nab\n"), 5,
	  "ELIMIT 1 <12345>\nELIMIT 2 <12345>\n3 <ab>\n" },
};

static void test_lines_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(lines_cases) / sizeof(lines_cases[0]); i++) {
		const struct lines_case *t = &lines_cases[i];
		struct out o;

		assert_int_equal(read_all(t->in, t->len, t->max_line, &o), TENOR_OK);
		if (strcmp(o.text, t->want) != 0) {
			print_error("case: %s\n", t->name);
			assert_string_equal(o.text, t->want);
		}
	}
}

/* A buffer of n copies of c followed by the string tail; the caller frees it. */
static char *repeat(char c, size_t n, const char *tail, size_t *len)
{
	size_t tl = strlen(tail);
	char *s = malloc(n + tl + 1);

	assert_non_null(s);
	memset(s, c, n);
	memcpy(s + n, tail, tl + 1);
	*len = n + tl;
	return s;
}

/* Lines across the reader's 64 KiB chunks: a long line spanning chunks, and a CRLF or a lone
 * CR split by the chunk boundary. */
static void test_lines_chunk_boundary(void **state)
{
	static const struct {
		size_t n;
		const char *tail;
		const char *want;
	} cases[] = {
		{ 70000, "\nb\n", "1 <70000 bytes>\n2 <b>\n" },
		{ 3 * CHUNK + 5, "\r\nb", "1 <196613 bytes>\n2 <b>\n" },
		{ CHUNK - 1, "\r\nc\r\n", "1 <65535 bytes>\n2 <c>\n" },
		{ CHUNK - 1, "\rx\n", "1 <65537 bytes>\n" },
		{ CHUNK - 1, "\n\nd\n", "1 <65535 bytes>\n2 <>\n3 <d>\n" },
		{ CHUNK, "\ne\n", "1 <65536 bytes>\n2 <e>\n" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct out o;
		size_t len;
		char *in = repeat('a', cases[i].n, cases[i].tail, &len);

		assert_int_equal(read_all(in, len, 0, &o), TENOR_OK);
		assert_string_equal(o.text, cases[i].want);
		free(in);
	}
}

/* A line over the limit is skipped across many chunks, and the next one comes with its own
 * line number; the reader never holds more than max_line of it. */
static void test_lines_long_line_skipped(void **state)
{
	struct out o;
	size_t len;
	char *in = repeat('x', 1000000, "\r\nnext\nlast", &len);

	(void)state;
	memcpy(in, "first\n", 6);
	assert_int_equal(read_all(in, len, 1000, &o), TENOR_OK);
	assert_string_equal(o.text, "1 <first>\nELIMIT 2 <1000 bytes>\n3 <next>\n4 <last>\n");
	free(in);
}

static void test_lines_default_limit(void **state)
{
	struct out o;
	size_t len;
	char *in = repeat('y', ((size_t)16 << 20) + 1, "\nz\n", &len);

	(void)state;
	assert_int_equal(read_all(in, len, 0, &o), TENOR_OK);
	assert_string_equal(o.text, "ELIMIT 1 <16777216 bytes>\n2 <z>\n");
	in[(size_t)16 << 20] = '\n';
	assert_int_equal(read_all(in, len, 0, &o), TENOR_OK);
	assert_string_equal(o.text, "1 <16777216 bytes>\n2 <>\n3 <z>\n");
	free(in);
}

static void test_lines_invalid(void **state)
{
	static int dummy;
	struct tenor_lines *r = (struct tenor_lines *)(void *)&dummy;

	(void)state;
	assert_int_equal(tenor_lines_new(NULL, 0, &r), TENOR_EINVAL);
	assert_null(r);
	assert_int_equal(tenor_lines_new(stdin, 0, NULL), TENOR_EINVAL);
	tenor_lines_free(NULL);
}

/* Reading a directory fails in fread with the error flag set. */
static void test_lines_read_error(void **state)
{
	FILE *f = fopen("/", "r");
	struct tenor_lines *r;
	const char *line;
	size_t n, lineno;

	(void)state;
	assert_non_null(f);
	assert_int_equal(tenor_lines_new(f, 0, &r), TENOR_OK);
	assert_int_equal(tenor_lines_next(r, &line, &n, &lineno), TENOR_EIO);
	assert_null(line);
	tenor_lines_free(r);
	fclose(f);
}

/* Every allocation in turn fails: the reader reports TENOR_ENOMEM, for the line it was
 * reading only, and leaks nothing. */
static void test_lines_out_of_memory(void **state)
{
	static const char in[] = "first line\nsecond\n\nlast";
	unsigned long n;
	int done = 0, line_failures = 0;

	(void)state;
	for (n = 1; !done && n < 50; n++) {
		struct out o;
		int rc;

		tenor_alloc_fail_at(n);
		rc = read_all(in, sizeof(in) - 1, 0, &o);
		tenor_alloc_fail_at(0);
		if (rc == TENOR_OK && !strstr(o.text, "ENOMEM")) {
			assert_string_equal(o.text, "1 <first line>\n2 <second>\n3 <>\n4 <last>\n");
			done = 1;
		} else if (rc == TENOR_OK) {
			assert_non_null(strstr(o.text, "4 <last>\n"));
			line_failures++;
		} else {
			assert_int_equal(rc, TENOR_ENOMEM);
		}
	}
	assert_true(done);
	assert_true(line_failures > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines_table),
		cmocka_unit_test(test_lines_chunk_boundary),
		cmocka_unit_test(test_lines_long_line_skipped),
		cmocka_unit_test(test_lines_default_limit),
		cmocka_unit_test(test_lines_invalid),
		cmocka_unit_test(test_lines_read_error),
		cmocka_unit_test(test_lines_out_of_memory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
