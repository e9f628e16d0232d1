/*
 * test_read_json.c - unit tests of the JSON line reader (src/read_json.c): what it accepts
 * and refuses, the members it finds, decoding, and that jansson agrees on validity.
 */
#include "unit.h"
#include "alloc.h"

#include <jansson.h>
#include <stdlib.h>

static struct tenor_json *js;

static int setup(void **state)
{
	(void)state;
	return tenor_json_new(&js);
}

static int teardown(void **state)
{
	(void)state;
	tenor_json_free(js);
	js = NULL;
	return 0;
}

static int parse(const char *s)
{
	return tenor_json_parse(js, s, strlen(s));
}

/* The decoded string value of key, as a C string in a static buffer. */
static const char *str(const char *key)
{
	static char b[256];
	const struct tenor_json_member *m = tenor_json_get(js, key);
	const char *s;
	size_t n;

	assert_non_null(m);
	assert_int_equal(tenor_json_string(js, m, &s, &n), TENOR_OK);
	assert_true(n < sizeof(b));
	memcpy(b, s, n);
	b[n] = 0;
	return b;
}

static void test_members(void **state)
{
	const struct tenor_json_member *m;
	(void)state;

	assert_int_equal(parse(" {\"id\": 7, \"text\":\"Hallo Welt\" ,\"n\":null,"
			       "\"x\":{\"a\":[1, 2, {\"b\":\"}\"}]},\"t\":true,\"f\":false,"
			       "\"r\":-1.5e+3} "), TENOR_OK);
	assert_int_equal(tenor_json_count(js), 7);
	m = tenor_json_member(js, 0);
	assert_int_equal(m->type, TENOR_JSON_NUMBER);
	assert_int_equal(m->keylen, 2);
	assert_memory_equal(m->raw, "7", 1);
	assert_int_equal(m->rawlen, 1);
	assert_string_equal(str("text"), "Hallo Welt");
	assert_int_equal(tenor_json_get(js, "n")->type, TENOR_JSON_NULL);
	m = tenor_json_get(js, "x");
	assert_int_equal(m->type, TENOR_JSON_OBJECT);
	assert_int_equal(m->rawlen, strlen("{\"a\":[1, 2, {\"b\":\"}\"}]}"));
	assert_int_equal(tenor_json_get(js, "t")->type, TENOR_JSON_TRUE);
	assert_int_equal(tenor_json_get(js, "f")->type, TENOR_JSON_FALSE);
	m = tenor_json_get(js, "r");
	assert_int_equal(m->rawlen, strlen("-1.5e+3"));
	assert_null(tenor_json_get(js, "missing"));
	assert_null(tenor_json_member(js, 7));
	{
		const char *v;
		size_t n;
		assert_int_equal(tenor_json_string(js, tenor_json_get(js, "t"), &v, &n),
				 TENOR_EINVAL);
	}

	assert_int_equal(parse("{}"), TENOR_OK);
	assert_int_equal(tenor_json_count(js), 0);
}

static void test_escapes(void **state)
{
	const struct tenor_json_member *m;
	(void)state;

	assert_int_equal(parse("{\"t\":\"a\\\"b\\\\c\\/d\\n\\t\\u00fc\\ud83d\\ude00\"}"), TENOR_OK);
	assert_string_equal(str("t"), "a\"b\\c/d\n\t\xc3\xbc\xf0\x9f\x98\x80");
	/* a key with escapes is found by its decoded name */
	assert_int_equal(parse("{\"te\\u0078t\":\"x\",\"k\":\"\\u00e9\"}"), TENOR_OK);
	assert_string_equal(str("text"), "x");
	m = tenor_json_get(js, "text");
	assert_int_equal(m->rawkeylen, strlen("\"te\\u0078t\""));
	/* two decoded values stay valid side by side */
	{
		const char *a, *b;
		size_t na, nb;
		assert_int_equal(parse("{\"a\":\"\\u0041\",\"b\":\"\\u0042\"}"), TENOR_OK);
		assert_int_equal(tenor_json_string(js, tenor_json_get(js, "a"), &a, &na), 0);
		assert_int_equal(tenor_json_string(js, tenor_json_get(js, "b"), &b, &nb), 0);
		assert_memory_equal(a, "A", 1);
		assert_memory_equal(b, "B", 1);
	}
}

static void test_repeated(void **state)
{
	char line[4096];
	size_t n = 0, i;
	(void)state;

	assert_int_equal(parse("{\"a\":1,\"b\":2,\"a\":3}"), TENOR_OK);
	assert_int_equal(tenor_json_member(js, 0)->repeated, 1);
	assert_int_equal(tenor_json_member(js, 1)->repeated, 0);
	assert_int_equal(tenor_json_member(js, 2)->repeated, 0);
	assert_memory_equal(tenor_json_get(js, "a")->raw, "3", 1);
	/* a wide object: the hash map path */
	n += (size_t)snprintf(line + n, sizeof(line) - n, "{");
	for (i = 0; i < 100; i++)
		n += (size_t)snprintf(line + n, sizeof(line) - n, "%s\"k%zu\":%zu", i ? "," : "",
				      i % 60, i);
	snprintf(line + n, sizeof(line) - n, "}");
	assert_int_equal(parse(line), TENOR_OK);
	assert_int_equal(tenor_json_count(js), 100);
	for (i = 0; i < 100; i++)
		assert_int_equal(tenor_json_member(js, i)->repeated, i < 40);
}

/* Lines both readers must refuse, and how tenor says why. */
static void test_invalid(void **state)
{
	static const struct { const char *line, *error; } bad[] = {
		{ "", "no value at column 1" },
		{ "   ", "no value at column 4" },
		{ "{\"a\":1", "unexpected end of line at column 7" },
		{ "{\"a\" 1}", "':' expected at column 6" },
		{ "{a:1}", "a key expected at column 2" },
		{ "{\"a\":1,}", "a key expected at column 8" },
		{ "{\"a\":1 \"b\":2}", "',' or the end of the container expected at column 8" },
		{ "{\"a\":[1,]}", "a value expected at column 9" },
		{ "{\"a\":[1}", "',' or the end of the container expected at column 8" },
		{ "{\"a\":01}", "',' or the end of the container expected at column 7" },
		{ "{\"a\":1.}", "invalid number at column 7" },
		{ "{\"a\":-}", "invalid number at column 6" },
		{ "{\"a\":1e}", "invalid number at column 8" },
		{ "{\"a\":tru}", "a value expected at column 6" },
		{ "{\"a\":\"x}", "string without its closing quote at column 6" },
		{ "{\"a\":\"x\ty\"}", "control character in a string at column 8" },
		{ "{\"a\":\"\\x\"}", "invalid escape in a string at column 7" },
		{ "{\"a\":\"\\u12\"}", "invalid escape in a string at column 7" },
		{ "{\"a\":\"\\u0000\"}",
		  "\\u0000 (a NUL character) in a string, which tenor does not take at column 7" },
		{ "{\"a\":\"\\ud800\"}", "\\u escape of half a surrogate pair in a string at column 7" },
		{ "{\"a\":\"\\udc00\\ud800\"}", "\\u escape of half a surrogate pair in a string at column 7" },
		/* a high surrogate's partner must be an escape too (found by fuzz_json) */
		{ "{\"a\":\"\\ud83d'ude00\"}", "\\u escape of half a surrogate pair in a string at column 7" },
		{ "{\"a\":1} x", "text after the value at column 9" },
		{ "{\"a\":\"\xc3\x28\"}", "invalid UTF-8 at column 7" },
		{ "{\"a\":\"\xed\xa0\x80\"}", "invalid UTF-8 at column 7" },
		/* UTF-8 is checked within strings as they are scanned; a bad byte elsewhere, or
		 * after a grammar error, still gives the UTF-8 error, as if it came first */
		{ "{\"a\":\"\xc3\"}", "invalid UTF-8 at column 7" },
		{ "{\"\xc3\xa4\xff\":1}", "invalid UTF-8 at column 5" },
		{ "{\"a\":\"ok \xc3\xa4 ok \xe2\x80\x9c ok\xf8\"}", "invalid UTF-8 at column 22" },
		{ "{\"a\":1}\xff", "invalid UTF-8 at column 8" },
		{ "{\"a\":\xc3\xa4}", "a value expected at column 6" },
		{ "{\"a\" 1, \"b\":\"\xff\"}", "invalid UTF-8 at column 14" },
		{ "{\"a\":\"\\u00e4\\x\xc3\"}", "invalid UTF-8 at column 15" },
		{ "[1,2]", "not a JSON object" },
		{ "\"text\"", "not a JSON object" },
		{ "42", "not a JSON object" },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		json_error_t err;
		json_t *j = json_loads(bad[i].line, JSON_DECODE_ANY, &err);
		assert_int_equal(parse(bad[i].line), TENOR_EFORMAT);
		assert_string_equal(tenor_json_error(js), bad[i].error);
		/* jansson agrees: invalid, or valid but no object */
		assert_true(!j || !json_is_object(j));
		json_decref(j);
	}
}

static void test_depth(void **state)
{
	size_t n = 100000, i;
	char *s = tenor_malloc(2 * n + 8);
	(void)state;

	assert_non_null(s);
	s[0] = '{';
	memcpy(s + 1, "\"a\":", 4);
	for (i = 0; i < n; i++)
		s[5 + i] = '[';
	for (i = 0; i < n; i++)
		s[5 + n + i] = ']';
	s[5 + 2 * n] = '}';
	assert_int_equal(tenor_json_parse(js, s, 2 * n + 6), TENOR_EFORMAT);
	assert_string_equal(tenor_json_error(js), "nested too deep at column 2053");
	/* 2047 arrays inside the object: 2048 levels, the limit */
	assert_int_equal(tenor_json_parse(js, s, 5 + 2047), TENOR_EFORMAT);
	memmove(s + 5 + 2047, s + 5 + n, 2047);
	s[5 + 2 * 2047] = '}';
	assert_int_equal(tenor_json_parse(js, s, 6 + 2 * 2047), TENOR_OK);
	assert_int_equal(tenor_json_get(js, "a")->type, TENOR_JSON_ARRAY);
	tenor_free(s);
}

/* At most 10,000 members, the CSV reader's limit: a wider line stops early. */
static void test_wide(void **state)
{
	size_t cap = 10001 * 12 + 8, n = 0, i;
	char *s = tenor_malloc(cap);
	(void)state;

	assert_non_null(s);
	for (i = 0; i < 10001; i++)
		n += (size_t)snprintf(s + n, cap - n, "%s\"k%zu\":1", i ? "," : "{", i);
	snprintf(s + n, cap - n, "}");
	assert_int_equal(tenor_json_parse(js, s, n + 1), TENOR_ELIMIT);
	assert_string_equal(tenor_json_error(js), "object has more than 10000 fields");
	/* one fewer is an object */
	n = (size_t)(strstr(s, ",\"k10000\"") - s);
	s[n] = '}';
	assert_int_equal(tenor_json_parse(js, s, n + 1), TENOR_OK);
	assert_int_equal(tenor_json_count(js), 10000);
	tenor_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_members, setup, teardown),
		cmocka_unit_test_setup_teardown(test_escapes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_repeated, setup, teardown),
		cmocka_unit_test_setup_teardown(test_invalid, setup, teardown),
		cmocka_unit_test_setup_teardown(test_depth, setup, teardown),
		cmocka_unit_test_setup_teardown(test_wide, setup, teardown),
	};
	return cmocka_run_group_tests_name("read_json", tests, NULL, NULL);
}
