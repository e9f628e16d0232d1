/*
 * fuzz_json.c - the JSON line reader (src/read_json.c) on any bytes, against jansson.
 *
 * Both must agree on what is a JSON object: tenor's reader accepts exactly what jansson
 * accepts, except integers and reals too large for jansson's types, which tenor keeps as
 * written, and NUL bytes between tokens, which jansson lets pass and tenor does not. For an accepted line, every member's spans lie in the line in order, the last
 * of each key is the one tenor_json_get finds, and each string value decodes to what
 * jansson decodes.
 */
#include "fuzz.h"

#include <jansson.h>

static struct tenor_json *js;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	FUZZ_CHECK(tenor_json_new(&js) == TENOR_OK);
	return 0;
}

/* Errors of jansson's that tenor does not share: its number types' range. */
static int number_range(const json_error_t *e)
{
	return strstr(e->text, "too big") || strstr(e->text, "overflow");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *line = (const char *)data;
	json_error_t err;
	json_t *j = json_loadb(line, size, 0, &err);
	int rc = tenor_json_parse(js, line, size);
	size_t i, n;

	FUZZ_CHECK(rc == TENOR_OK || rc == TENOR_EFORMAT);
	if (rc != TENOR_OK) {
		FUZZ_CHECK(tenor_json_error(js)[0]);
		/* jansson accepts no other object, but for one quirk: it reads a NUL byte after a
		 * literal (`false\0}`) as nothing, where RFC 8259 has no place for it */
		FUZZ_CHECK(!j || !json_is_object(j) || memchr(line, 0, size));
		json_decref(j);
		return 0;
	}
	if (!j) {
		FUZZ_CHECK(number_range(&err));
		return 0;
	}
	FUZZ_CHECK(json_is_object(j));
	n = tenor_json_count(js);
	FUZZ_CHECK(n >= json_object_size(j));
	for (i = 0; i < n; i++) {
		const struct tenor_json_member *m = tenor_json_member(js, i);
		const struct tenor_json_member *last;
		char key[256];
		json_t *v;

		FUZZ_CHECK(m->raw >= line && m->raw + m->rawlen <= line + size);
		FUZZ_CHECK(m->rawkey >= line && m->rawkey + m->rawkeylen <= m->raw);
		if (i)
			FUZZ_CHECK(m->rawkey > tenor_json_member(js, i - 1)->raw);
		if (m->keylen >= sizeof(key) || memchr(m->key, 0, m->keylen))
			continue;
		memcpy(key, m->key, m->keylen);
		key[m->keylen] = 0;
		last = tenor_json_get(js, key);
		FUZZ_CHECK(last && (last == m) == !m->repeated);
		if (m->repeated)
			continue;
		v = json_object_get(j, key);
		FUZZ_CHECK(v);
		switch (m->type) {
		case TENOR_JSON_STRING: {
			const char *s;
			size_t len;
			FUZZ_CHECK(json_is_string(v));
			FUZZ_CHECK(tenor_json_string(js, m, &s, &len) == TENOR_OK);
			FUZZ_CHECK(len == json_string_length(v) &&
				   memcmp(s, json_string_value(v), len) == 0);
			break;
		}
		case TENOR_JSON_NUMBER: FUZZ_CHECK(json_is_number(v)); break;
		case TENOR_JSON_TRUE: FUZZ_CHECK(json_is_true(v)); break;
		case TENOR_JSON_FALSE: FUZZ_CHECK(json_is_false(v)); break;
		case TENOR_JSON_NULL: FUZZ_CHECK(json_is_null(v)); break;
		case TENOR_JSON_ARRAY: FUZZ_CHECK(json_is_array(v)); break;
		case TENOR_JSON_OBJECT: FUZZ_CHECK(json_is_object(v)); break;
		}
	}
	json_decref(j);
	return 0;
}
