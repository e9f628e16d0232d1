/*
 * test_encoding.c - encoding names and the conversion of CP1252, Latin-1 and UTF-8 input to
 * UTF-8 (src/encoding.c): characters, bytes without a character, offsets of errors, empty
 * input, embedded NULs, output reuse between calls, and allocation failure.
 *
 * Expected bytes are written out by hand from the Windows-1252 table (Microsoft's
 * bestfit1252.txt) and the UTF-8 encoding of each code point.
 */
#include "unit.h"
#include "alloc.h"

#include <stdlib.h>

/* A string literal with its length, so that embedded NULs and exact lengths are kept. */
#define S(lit) lit, sizeof(lit) - 1

/* ---- tenor_encoding_parse ---- */

static void test_parse_names(void **state)
{
	static const struct {
		const char *name;
		enum tenor_encoding enc;
	} cases[] = {
		{ "utf-8", TENOR_ENC_UTF8 },
		{ "UTF-8", TENOR_ENC_UTF8 },
		{ "Utf-8", TENOR_ENC_UTF8 },
		{ "utf8", TENOR_ENC_UTF8 },
		{ "UTF8", TENOR_ENC_UTF8 },
		{ "cp1252", TENOR_ENC_CP1252 },
		{ "CP1252", TENOR_ENC_CP1252 },
		{ "windows-1252", TENOR_ENC_CP1252 },
		{ "Windows-1252", TENOR_ENC_CP1252 },
		{ "WINDOWS-1252", TENOR_ENC_CP1252 },
		{ "latin1", TENOR_ENC_LATIN1 },
		{ "Latin1", TENOR_ENC_LATIN1 },
		{ "LATIN1", TENOR_ENC_LATIN1 },
		{ "iso-8859-1", TENOR_ENC_LATIN1 },
		{ "ISO-8859-1", TENOR_ENC_LATIN1 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum tenor_encoding enc = (enum tenor_encoding)99;

		print_message("name '%s'\n", cases[i].name);
		assert_int_equal(tenor_encoding_parse(cases[i].name, &enc), TENOR_OK);
		assert_int_equal(enc, cases[i].enc);
	}
}

static void test_parse_unknown(void **state)
{
	static const char *const names[] = {
		"", "utf", "utf-16", "utf-8 ", " utf-8", "utf_8", "cp1251", "cp12520",
		"windows1252", "latin-1", "latin", "iso8859-1", "iso-8859-15", "ascii",
		"utf-8\xC3\xA4",
	};
	size_t i;
	enum tenor_encoding enc;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		print_message("unknown '%s'\n", names[i]);
		enc = TENOR_ENC_LATIN1;
		assert_int_equal(tenor_encoding_parse(names[i], &enc), TENOR_EINVAL);
		assert_int_equal(enc, TENOR_ENC_LATIN1);  /* unchanged */
	}
	assert_int_equal(tenor_encoding_parse(NULL, &enc), TENOR_EINVAL);
	assert_int_equal(tenor_encoding_parse("utf-8", NULL), TENOR_EINVAL);
}

/* ---- tenor_convert ---- */

struct conv_case {
	const char *what;
	const char *in;
	size_t n;
	const char *out;
	size_t outlen;
};

static void check_conv(enum tenor_encoding enc, const struct conv_case *cases, size_t count)
{
	struct tenor_converter *c;
	size_t i;

	assert_int_equal(tenor_converter_new(enc, &c), TENOR_OK);
	for (i = 0; i < count; i++) {
		const char *out = NULL;
		size_t outlen = 12345;

		print_message("convert: %s\n", cases[i].what);
		assert_int_equal(tenor_convert(c, cases[i].in, cases[i].n, &out, &outlen),
				 TENOR_OK);
		assert_non_null(out);
		assert_int_equal(outlen, cases[i].outlen);
		assert_memory_equal(out, cases[i].out, outlen);
		assert_int_equal(out[outlen], 0);
		assert_int_equal(tenor_converter_error_offset(c), 0);
	}
	tenor_converter_free(c);
}

#define CHECK_CONV(enc, cases) check_conv(enc, cases, sizeof(cases) / sizeof(cases[0]))

static void test_cp1252(void **state)
{
	static const struct conv_case cases[] = {
		{ "ASCII unchanged", S("Druck, Zeit & Geld: 100%"), S("Druck, Zeit & Geld: 100%") },
		{ "umlauts", S("M\xE4rkte \xD6l \xFC" "ber \xC4rger \xF6" "de \xDC" "bel"),
		  S("M\xC3\xA4rkte \xC3\x96l \xC3\xBC" "ber \xC3\x84rger \xC3\xB6" "de "
		    "\xC3\x9C" "bel") },
		{ "sharp s", S("Stra\xDF" "e"), S("Stra\xC3\x9F" "e") },
		{ "long ASCII runs between several bytes", S("Zielvorgaben \xFC\xE4" "berall, Druck \x80\x80!"),
		  S("Zielvorgaben \xC3\xBC\xC3\xA4" "berall, Druck \xE2\x82\xAC\xE2\x82\xAC!") },
		{ "euro sign 0x80 -> U+20AC", S("12 \x80"), S("12 \xE2\x82\xAC") },
		{ "German quotes 0x84 0x93 -> U+201E U+201C", S("\x84Ja\x93"),
		  S("\xE2\x80\x9EJa\xE2\x80\x9C") },
		{ "single quotes 0x82 0x91 0x92", S("\x82" "a\x91" "b\x92"),
		  S("\xE2\x80\x9A" "a\xE2\x80\x98" "b\xE2\x80\x99") },
		{ "dashes and ellipsis 0x96 0x97 0x85", S("a\x96" "b\x97" "c\x85"),
		  S("a\xE2\x80\x93" "b\xE2\x80\x94" "c\xE2\x80\xA6") },
		{ "trade mark 0x99 -> U+2122", S("\x99"), S("\xE2\x84\xA2") },
		{ "S caron 0x8A, Y diaeresis 0x9F", S("\x8A\x9F"), S("\xC5\xA0\xC5\xB8") },
		{ "0xA0..0xFF as in Latin-1", S("\xA0\xA7\xB0\xE9\xFF"),
		  S("\xC2\xA0\xC2\xA7\xC2\xB0\xC3\xA9\xC3\xBF") },
		{ "a UTF-8 BOM read as CP1252", S("\xEF\xBB\xBF"), S("\xC3\xAF\xC2\xBB\xC2\xBF") },
		{ "NUL bytes kept", S("a\0b\xE4\0"), S("a\0b\xC3\xA4\0") },
		{ "empty", S(""), S("") },
	};

	(void)state;
	CHECK_CONV(TENOR_ENC_CP1252, cases);
}

static void test_latin1(void **state)
{
	static const struct conv_case cases[] = {
		{ "umlauts and sharp s", S("Gr\xFC\xDF" "e \xC4\xD6\xDC"),
		  S("Gr\xC3\xBC\xC3\x9F" "e \xC3\x84\xC3\x96\xC3\x9C") },
		/* Unlike CP1252, 0x80..0x9F are the C1 controls U+0080..U+009F. */
		{ "0x80 is U+0080, not the euro sign", S("\x80"), S("\xC2\x80") },
		{ "0x81 has a character", S("\x81\x8D\x8F\x90\x9D"),
		  S("\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D") },
		{ "last byte", S("\xFF"), S("\xC3\xBF") },
		{ "NUL bytes kept", S("\0\xE4\0"), S("\0\xC3\xA4\0") },
		{ "empty", S(""), S("") },
	};

	(void)state;
	CHECK_CONV(TENOR_ENC_LATIN1, cases);
}

/* Every byte 0x00..0xFF is the code point of the same number. */
static void test_latin1_full_range(void **state)
{
	char in[256], expect[256 + 128];
	struct tenor_converter *c;
	const char *out;
	size_t outlen, n = 0;
	unsigned b;

	(void)state;
	for (b = 0; b < 256; b++) {
		in[b] = (char)b;
		if (b < 0x80) {
			expect[n++] = (char)b;
		} else {
			expect[n++] = (char)(0xC0 | (b >> 6));
			expect[n++] = (char)(0x80 | (b & 0x3F));
		}
	}
	assert_int_equal(tenor_converter_new(TENOR_ENC_LATIN1, &c), TENOR_OK);
	assert_int_equal(tenor_convert(c, in, sizeof(in), &out, &outlen), TENOR_OK);
	assert_int_equal(outlen, n);
	assert_memory_equal(out, expect, n);
	assert_int_equal(tenor_utf8_check(out, outlen, &n), 1);
	tenor_converter_free(c);
}

/* Every byte of CP1252 but the five without a character converts to valid UTF-8. */
static void test_cp1252_full_range(void **state)
{
	char in[251];
	struct tenor_converter *c;
	const char *out;
	size_t outlen, bad, n = 0;
	unsigned b;

	(void)state;
	for (b = 0; b < 256; b++) {
		if (b != 0x81 && b != 0x8D && b != 0x8F && b != 0x90 && b != 0x9D)
			in[n++] = (char)b;
	}
	assert_int_equal(n, sizeof(in));
	assert_int_equal(tenor_converter_new(TENOR_ENC_CP1252, &c), TENOR_OK);
	assert_int_equal(tenor_convert(c, in, n, &out, &outlen), TENOR_OK);
	assert_int_equal(tenor_utf8_check(out, outlen, &bad), 1);
	/* 128 ASCII bytes; 27 characters at 0x80..0x9F (32 less the 5 gaps), of which ten
	 * take two bytes (0x83 0x88 0x8A 0x8C 0x8E 0x98 0x9A 0x9C 0x9E 0x9F: U+0192 U+02C6
	 * U+0160 U+0152 U+017D U+02DC U+0161 U+0153 U+017E U+0178) and 17 three; 96
	 * two-byte characters at 0xA0..0xFF. */
	assert_int_equal(outlen, 128 + 10 * 2 + 17 * 3 + 96 * 2);
	tenor_converter_free(c);
}

struct bad_case {
	const char *what;
	const char *in;
	size_t n;
	size_t offset;
};

static void check_bad(enum tenor_encoding enc, const struct bad_case *cases, size_t count)
{
	struct tenor_converter *c;
	size_t i;

	assert_int_equal(tenor_converter_new(enc, &c), TENOR_OK);
	for (i = 0; i < count; i++) {
		const char *out = "x";
		size_t outlen = 12345;

		print_message("invalid: %s\n", cases[i].what);
		assert_int_equal(tenor_convert(c, cases[i].in, cases[i].n, &out, &outlen),
				 TENOR_EUTF8);
		assert_null(out);
		assert_int_equal(outlen, 0);
		assert_int_equal(tenor_converter_error_offset(c), cases[i].offset);
	}
	tenor_converter_free(c);
}

#define CHECK_BAD(enc, cases) check_bad(enc, cases, sizeof(cases) / sizeof(cases[0]))

static void test_cp1252_undefined(void **state)
{
	static const struct bad_case cases[] = {
		{ "0x81 first", S("\x81"), 0 },
		{ "0x8D after ASCII", S("abc\x8D"), 3 },
		{ "0x8F in the middle", S("ab\x8F" "cd"), 2 },
		{ "0x90 after an umlaut", S("M\xE4rkte\x90"), 6 },
		{ "0x9D after NUL bytes", S("\0\0\x9D"), 2 },
		/* The offset counts input bytes, not the three-byte euro signs before it. */
		{ "after wide characters", S("\x80\x80\x84x\x81"), 4 },
		{ "the first of several", S("ok \x9D\x81\x90"), 3 },
		/* ASCII runs longer than eight bytes are copied apart from iconv */
		{ "after long ASCII runs", S("Zielvorgaben \xFC" "berall und Druck \xE4 \x81 x"), 33 },
		{ "right after eight bytes", S("abcdefgh\x8D"), 8 },
	};

	(void)state;
	CHECK_BAD(TENOR_ENC_CP1252, cases);
}

static void test_utf8(void **state)
{
	static const struct conv_case cases[] = {
		{ "copied", S("M\xC3\xA4rkte \xE2\x82\xAC \xF0\x9F\x98\x80"),
		  S("M\xC3\xA4rkte \xE2\x82\xAC \xF0\x9F\x98\x80") },
		{ "BOM kept", S("\xEF\xBB\xBF" "Druck"), S("\xEF\xBB\xBF" "Druck") },
		{ "NUL bytes kept", S("a\0\xC3\xA4\0"), S("a\0\xC3\xA4\0") },
		{ "empty", S(""), S("") },
	};
	static const struct bad_case bad[] = {
		{ "CP1252 umlaut read as UTF-8", S("Gr\xFC\xDF" "e"), 2 },
		{ "lone continuation byte", S("ab\x80"), 2 },
		{ "truncated at the end", S("Preis \xE2\x82"), 6 },
		{ "surrogate", S("\xC3\xA4\xED\xA0\x80"), 2 },
		{ "overlong", S("\xC0\xAF"), 0 },
		{ "after a NUL", S("\0\xFF"), 1 },
	};

	(void)state;
	CHECK_CONV(TENOR_ENC_UTF8, cases);
	CHECK_BAD(TENOR_ENC_UTF8, bad);
}

/* The output buffer is reused: each result holds only its own input, and a failed call
 * does not disturb the next one. */
static void test_reuse(void **state)
{
	struct tenor_converter *c;
	const char *out;
	size_t outlen;

	(void)state;
	assert_int_equal(tenor_converter_new(TENOR_ENC_CP1252, &c), TENOR_OK);
	assert_int_equal(tenor_convert(c, S("lange Zeile mit \x80 und \xE4"), &out, &outlen),
			 TENOR_OK);
	assert_int_equal(tenor_convert(c, S("ab\x81"), &out, &outlen), TENOR_EUTF8);
	assert_int_equal(tenor_converter_error_offset(c), 2);
	assert_int_equal(tenor_convert(c, S("\xFC"), &out, &outlen), TENOR_OK);
	assert_int_equal(outlen, 2);
	assert_string_equal(out, "\xC3\xBC");
	assert_int_equal(tenor_converter_error_offset(c), 0);
	assert_int_equal(tenor_convert(c, NULL, 0, &out, &outlen), TENOR_OK);
	assert_int_equal(outlen, 0);
	assert_string_equal(out, "");
	tenor_converter_free(c);
}

/* Input larger than the first buffer, with characters of every width, grows the output
 * in several rounds. */
static void test_large(void **state)
{
	enum { N = 300000 };
	static const char unit[] = "a\xE4\x80";            /* a, U+00E4, U+20AC */
	static const char unit8[] = "a\xC3\xA4\xE2\x82\xAC";
	char *in = malloc(N * 3);
	struct tenor_converter *c;
	const char *out;
	size_t outlen, i;

	(void)state;
	assert_non_null(in);
	for (i = 0; i < N; i++)
		memcpy(in + 3 * i, unit, 3);
	assert_int_equal(tenor_converter_new(TENOR_ENC_CP1252, &c), TENOR_OK);
	assert_int_equal(tenor_convert(c, in, N * 3, &out, &outlen), TENOR_OK);
	assert_int_equal(outlen, (size_t)N * 6);
	for (i = 0; i < N; i++)
		assert_memory_equal(out + 6 * i, unit8, 6);
	assert_int_equal(out[outlen], 0);
	tenor_converter_free(c);
	free(in);
}

static void test_arguments(void **state)
{
	struct tenor_converter *c = (struct tenor_converter *)&c;
	const char *out;
	size_t outlen;

	(void)state;
	assert_int_equal(tenor_converter_new((enum tenor_encoding)3, &c), TENOR_EINVAL);
	assert_null(c);
	assert_int_equal(tenor_converter_new(TENOR_ENC_UTF8, NULL), TENOR_EINVAL);
	assert_int_equal(tenor_convert(NULL, S("a"), &out, &outlen), TENOR_EINVAL);
	assert_int_equal(tenor_converter_new(TENOR_ENC_LATIN1, &c), TENOR_OK);
	assert_int_equal(tenor_convert(c, NULL, 1, &out, &outlen), TENOR_EINVAL);
	assert_int_equal(tenor_convert(c, S("a"), NULL, &outlen), TENOR_EINVAL);
	assert_int_equal(tenor_convert(c, S("a"), &out, NULL), TENOR_EINVAL);
	tenor_converter_free(c);
	tenor_converter_free(NULL);
	assert_int_equal(tenor_converter_error_offset(NULL), 0);
}

/* Every allocation in turn fails: TENOR_ENOMEM, nothing leaks, and the converter works
 * once memory is back. */
static void test_out_of_memory(void **state)
{
	static const enum tenor_encoding encs[] = {
		TENOR_ENC_UTF8, TENOR_ENC_CP1252, TENOR_ENC_LATIN1
	};
	size_t e;

	(void)state;
	for (e = 0; e < sizeof(encs) / sizeof(encs[0]); e++) {
		unsigned long n;
		int done = 0;

		for (n = 1; !done && n < 20; n++) {
			struct tenor_converter *c = NULL;
			const char *out;
			size_t outlen;
			int rc;

			tenor_alloc_fail_at(n);
			rc = tenor_converter_new(encs[e], &c);
			if (rc == TENOR_OK)
				rc = tenor_convert(c, S("\xC3\xA4"), &out, &outlen);
			tenor_alloc_fail_at(0);
			if (rc == TENOR_OK) {
				done = 1;
			} else {
				assert_int_equal(rc, TENOR_ENOMEM);
				if (c) {
					assert_int_equal(tenor_convert(c, S("ok"), &out, &outlen),
							 TENOR_OK);
					assert_string_equal(out, "ok");
				}
			}
			tenor_converter_free(c);
		}
		assert_true(done);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_names),
		cmocka_unit_test(test_parse_unknown),
		cmocka_unit_test(test_cp1252),
		cmocka_unit_test(test_latin1),
		cmocka_unit_test(test_latin1_full_range),
		cmocka_unit_test(test_cp1252_full_range),
		cmocka_unit_test(test_cp1252_undefined),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_reuse),
		cmocka_unit_test(test_large),
		cmocka_unit_test(test_arguments),
		cmocka_unit_test(test_out_of_memory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
