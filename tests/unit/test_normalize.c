/*
 * test_normalize.c - UTF-8 validation and the normalization stage (src/normalize.h):
 * NFC, case folding, unified apostrophes and dashes, ignorables removed, and the map from
 * normalized offsets back to the original text.
 *
 * Expected bytes and offsets are written out by hand from the Unicode tables (UnicodeData,
 * CaseFolding.txt) and the UTF-8 encoding of each input.
 */
#include "unit.h"
#include "normalize.h"
#include "bytes.h"

#include <stdlib.h>
#include <utf8proc.h>

/* A string literal with its length, so that embedded NULs and exact lengths are kept. */
#define S(lit) lit, sizeof(lit) - 1

/* ---- utf8_valid ---- */

static void test_utf8_valid(void **state)
{
	static const struct {
		const char *s;
		size_t n;
	} ok[] = {
		{ S("") },
		{ S("plain ASCII") },
		{ S("a\0b") },                           /* NUL is a valid character */
		{ S("M\xC3\xA4rkte") },                  /* 2-byte */
		{ S("\xE2\x82\xAC 10") },                /* 3-byte euro sign */
		{ S("\xF0\x9F\x98\x80") },               /* 4-byte emoji */
		{ S("\xC2\x80") },                       /* smallest 2-byte: U+0080 */
		{ S("\xE0\xA0\x80") },                   /* smallest 3-byte: U+0800 */
		{ S("\xED\x9F\xBF") },                   /* U+D7FF, just below the surrogates */
		{ S("\xEE\x80\x80") },                   /* U+E000, just above them */
		{ S("\xF0\x90\x80\x80") },               /* smallest 4-byte: U+10000 */
		{ S("\xF4\x8F\xBF\xBF") },               /* U+10FFFF, the last code point */
		{ S("\xEF\xBB\xBF" "BOM") },
	};
	size_t i, bad;

	(void)state;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		print_message("valid #%zu\n", i);
		bad = 12345;
		assert_int_equal(utf8_valid(ok[i].s, ok[i].n, &bad), 1);
		assert_int_equal(tenor_utf8_check(ok[i].s, ok[i].n, &bad), 1);
	}
}

static void test_utf8_invalid(void **state)
{
	static const struct {
		const char *what;
		const char *s;
		size_t n;
		size_t bad;
	} cases[] = {
		{ "lone continuation byte", S("ab\x80" "cd"), 2 },
		{ "continuation byte first", S("\x80"), 0 },
		{ "continuation after a complete character", S("\xC3\xA4\x80\xFF"), 2 },
		{ "overlong '/' in 2 bytes", S("x\xC0\xAF"), 1 },
		{ "overlong C1", S("\xC1\xBF"), 0 },
		{ "overlong 3-byte", S("ab\xE0\x80\xAF"), 2 },
		{ "overlong 4-byte", S("\xF0\x80\x80\xAF"), 0 },
		{ "surrogate U+D800", S("ok\xED\xA0\x80"), 2 },
		{ "surrogate U+DFFF", S("\xED\xBF\xBF"), 0 },
		{ "above U+10FFFF", S("\xF4\x90\x80\x80"), 0 },
		{ "F5 lead byte", S("M\xC3\xA4rkte\xF5\x80\x80\x80"), 7 },
		{ "FF byte", S("\xFF"), 0 },
		{ "FE byte", S("abc\xFE"), 3 },
		{ "truncated 2-byte at the end", S("abc\xC3"), 3 },
		{ "truncated 3-byte at the end", S("abc\xE2\x82"), 3 },
		{ "truncated 4-byte at the end", S("abc\xF0\x9F\x98"), 3 },
		{ "truncated 2-byte in the middle", S("a\xC3 b"), 1 },
		/* the length bounds the check: the sequence is cut by n, not by a NUL */
		{ "sequence cut by the length", "\xC3\xA4", 1, 0 },
	};
	size_t i, bad;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		print_message("invalid: %s\n", cases[i].what);
		bad = 12345;
		assert_int_equal(utf8_valid(cases[i].s, cases[i].n, &bad), 0);
		assert_int_equal(bad, cases[i].bad);
		bad = 12345;
		assert_int_equal(tenor_utf8_check(cases[i].s, cases[i].n, &bad), 0);
		assert_int_equal(bad, cases[i].bad);
	}
}

/* ---- normalize_append ---- */

struct norm_case {
	const char *what;
	const char *in;
	const char *out;
};

static void check_norm(const struct norm_case *cases, size_t n)
{
	struct normalizer nz = { 0 };
	struct buf out = { 0 };
	size_t i;

	for (i = 0; i < n; i++) {
		print_message("normalize: %s\n", cases[i].what);
		buf_reset(&out);
		assert_int_equal(normalize_append(&nz, cases[i].in, strlen(cases[i].in), &out),
				 TENOR_OK);
		assert_int_equal(out.len, strlen(cases[i].out));
		assert_memory_equal(out.data, cases[i].out, out.len);
		assert_int_equal(out.data[out.len], 0);
	}
	buf_release(&out);
	normalizer_release(&nz);
}

#define CHECK_NORM(cases) check_norm(cases, sizeof(cases) / sizeof(cases[0]))

static void test_nfc(void **state)
{
	static const struct norm_case cases[] = {
		{ "NFD a-umlaut composes", "Ma\xCC\x88rkte", "m\xC3\xA4rkte" },
		{ "NFC stays", "M\xC3\xA4rkte", "m\xC3\xA4rkte" },
		{ "A + ring", "A\xCC\x8A", "\xC3\xA5" },
		{ "u + diaeresis inside", "fu\xCC\x88r", "f\xC3\xBCr" },
		/* o + diaeresis + acute: U+00F6 then U+0301 (no precomposed form for both) */
		{ "two marks", "o\xCC\x88\xCC\x81", "\xC3\xB6\xCC\x81" },
		{ "empty", "", "" },
	};
	(void)state;
	CHECK_NORM(cases);
}

static void test_case_folding(void **state)
{
	static const struct norm_case cases[] = {
		{ "German capitals", "\xC3\x84\xC3\x96\xC3\x9C", "\xC3\xA4\xC3\xB6\xC3\xBC" },
		{ "sharp s", "Stra\xC3\x9F" "e", "strasse" },
		{ "capital sharp s U+1E9E", "\xE1\xBA\x9E", "ss" },
		{ "NFD capital umlaut", "U\xCC\x88" "BER", "\xC3\xBC" "ber" },
		/* Greek: capital sigma and final sigma both fold to U+03C3 */
		{ "Greek capitals", "\xCE\x9F\xCE\x94\xCE\x9F\xCE\xA3",
		  "\xCE\xBF\xCE\xB4\xCE\xBF\xCF\x83" },
		{ "Greek final sigma", "\xCE\xBF\xCE\xB4\xCF\x8C\xCF\x82",
		  "\xCE\xBF\xCE\xB4\xCF\x8C\xCF\x83" },
		/* Turkish: U+0130 folds (full folding) to i + U+0307; dotless i stays */
		{ "Turkish dotted capital I", "\xC4\xB0stanbul", "i\xCC\x87stanbul" },
		{ "Turkish dotless i", "\xC4\xB1", "\xC4\xB1" },
		{ "ligature fi", "\xEF\xAC\x81nden", "finden" },
		{ "mixed ASCII and non-ASCII", "\xC3\x9C" "ber ALLES", "\xC3\xBC" "ber alles" },
	};
	(void)state;
	CHECK_NORM(cases);
}

static void test_unify(void **state)
{
	static const struct norm_case cases[] = {
		{ "right single quotation mark", "don\xE2\x80\x99t", "don't" },
		{ "left single quotation mark", "don\xE2\x80\x98t", "don't" },
		{ "modifier letter apostrophe", "don\xCA\xBCt", "don't" },
		{ "acute accent", "don\xC2\xB4t", "don't" },
		{ "grave accent (ASCII path)", "don`t", "don't" },
		{ "typographic apostrophe in mixed text", "\xC3\x9C" "ber\xE2\x80\x99s",
		  "\xC3\xBC" "ber's" },
		{ "en dash", "a\xE2\x80\x93" "b", "a-b" },
		{ "em dash", "a\xE2\x80\x94" "b", "a-b" },
		{ "hyphen U+2010", "a\xE2\x80\x90" "b", "a-b" },
		{ "non-breaking hyphen", "E\xE2\x80\x91Mail", "e-mail" },
		{ "minus sign", "\xE2\x88\x92" "5", "-5" },
		{ "soft hyphen removed", "Zeit\xC2\xAD" "druck", "zeitdruck" },
		{ "zero-width joiner removed", "a\xE2\x80\x8D" "b", "ab" },
		{ "BOM removed", "\xEF\xBB\xBF" "Druck", "druck" },
	};
	(void)state;
	CHECK_NORM(cases);
}

/* Text made only of ignorables normalizes to nothing, also with a fresh normalizer whose
 * scratch has not been allocated yet (normalize_mapped hands such clusters over one by
 * one: a soft hyphen or a BOM is a grapheme cluster of its own). */
static void test_only_ignorables(void **state)
{
	static const char *const inputs[] = {
		"\xC2\xAD",          /* soft hyphen */
		"\xEF\xBB\xBF",      /* BOM, U+FEFF */
		"\xE2\x80\x8B",      /* zero-width space */
		"\xC2\xAD\xC2\xAD",  /* two soft hyphens */
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		struct normalizer nz = { 0 };
		struct buf out = { 0 };
		print_message("ignorables #%zu\n", i);
		assert_int_equal(buf_adds(&out, "x"), TENOR_OK);
		assert_int_equal(normalize_append(&nz, inputs[i], strlen(inputs[i]), &out),
				 TENOR_OK);
		assert_int_equal(out.len, 1);
		assert_string_equal(out.data, "x");
		buf_release(&out);
		normalizer_release(&nz);
	}
}

/* Letters of four bytes whose normalized form is the input itself: U+20000..U+20007 (CJK
 * Extension B), each time with a fresh normalizer. With 8, 16 or 32 of them its scratch has
 * exactly room for their code points, and the UTF-8 result fills it to the last byte. */
static void test_four_byte_letters(void **state)
{
	static const size_t counts[] = { 1, 7, 8, 9, 16, 32 };
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
		struct normalizer nz = { 0 };
		struct buf out = { 0 };
		char in[4 * 32];
		print_message("%zu four-byte letters\n", counts[i]);
		for (k = 0; k < counts[i]; k++) {
			memcpy(in + 4 * k, "\xF0\xA0\x80", 3);
			in[4 * k + 3] = (char)(0x80 + k % 8);
		}
		assert_int_equal(normalize_append(&nz, in, 4 * counts[i], &out), TENOR_OK);
		assert_int_equal(out.len, 4 * counts[i]);
		assert_memory_equal(out.data, in, 4 * counts[i]);
		buf_release(&out);
		normalizer_release(&nz);
	}
}

static void test_ascii_fast_path(void **state)
{
	static const struct norm_case cases[] = {
		{ "lowercase", "HeLLo World-123!", "hello world-123!" },
		{ "all upper", "ABCXYZ", "abcxyz" },
		{ "punctuation untouched", "a.b,c;d:e'f\"g", "a.b,c;d:e'f\"g" },
		{ "@ [ ` { stay or unify", "@[\\]^_`{|}~", "@[\\]^_'{|}~" },
	};
	(void)state;
	CHECK_NORM(cases);
}

static void test_append_keeps_prefix(void **state)
{
	struct normalizer nz = { 0 };
	struct buf out = { 0 };

	(void)state;
	assert_int_equal(buf_adds(&out, "x:"), TENOR_OK);
	assert_int_equal(normalize_append(&nz, S("\xC3\x84" "B"), &out), TENOR_OK);
	assert_string_equal(out.data, "x:\xC3\xA4" "b");
	assert_int_equal(normalize_append(&nz, S("CD"), &out), TENOR_OK);
	assert_string_equal(out.data, "x:\xC3\xA4" "bcd");
	assert_int_equal(out.len, 7);
	/* only n bytes are read */
	assert_int_equal(normalize_append(&nz, "EFGH", 2, &out), TENOR_OK);
	assert_string_equal(out.data, "x:\xC3\xA4" "bcdef");
	buf_release(&out);
	normalizer_release(&nz);
}

static void test_long_input(void **state)
{
	enum { N = 20000 };
	struct normalizer nz = { 0 };
	struct buf out = { 0 };
	char *in = malloc(3 * N);
	size_t i;

	(void)state;
	assert_non_null(in);
	/* "A" + U+0308, N times: NFD Ä -> NFC ä (2 bytes) each */
	for (i = 0; i < N; i++)
		memcpy(in + 3 * i, "A\xCC\x88", 3);
	assert_int_equal(normalize_append(&nz, in, 3 * N, &out), TENOR_OK);
	assert_int_equal(out.len, 2 * N);
	for (i = 0; i < N; i++)
		assert_memory_equal(out.data + 2 * i, "\xC3\xA4", 2);
	free(in);
	buf_release(&out);
	normalizer_release(&nz);
}

/* ---- normalize_mapped and normalize_map_back ---- */

struct mapped {
	struct normalizer nz;
	struct buf out;
	struct norm_span *map;
	size_t mapcap, nmap;
};

static void mapped_run(struct mapped *m, const char *s, size_t n)
{
	assert_int_equal(normalize_mapped(&m->nz, s, n, &m->out, &m->map, &m->mapcap, &m->nmap),
			 TENOR_OK);
}

static void mapped_release(struct mapped *m)
{
	normalizer_release(&m->nz);
	buf_release(&m->out);
	free(m->map);
}

/* Maps the normalized range [ns, ne) back and checks it is [os, oe) in the original. */
static void check_back(const struct mapped *m, size_t orig_len, size_t ns, size_t ne, size_t os,
		       size_t oe)
{
	assert_int_equal(normalize_map_back(m->map, m->nmap, ns, orig_len, 0), os);
	assert_int_equal(normalize_map_back(m->map, m->nmap, ne, orig_len, 1), oe);
}

static void test_mapped_nfd(void **state)
{
	/* M a U+0308 r k t e sp u n t e r sp D r u c k: 20 bytes, 18 grapheme clusters */
	static const char text[] = "Ma\xCC\x88rkte unter Druck";
	struct mapped m = { 0 };

	(void)state;
	mapped_run(&m, S(text));
	assert_string_equal(m.out.data, "m\xC3\xA4rkte unter druck");
	assert_int_equal(m.out.len, 19);
	/* "M" alone (its mark follows), the cluster a U+0308, then the rest in one run */
	assert_int_equal(m.nmap, 3);
	assert_true(m.map[0].norm == 0 && m.map[0].orig == 0 && m.map[0].linear);
	assert_true(m.map[1].norm == 1 && m.map[1].orig == 1 && !m.map[1].linear);
	assert_true(m.map[2].norm == 3 && m.map[2].orig == 4 && m.map[2].linear);

	/* "druck" is at [14, 19) normalized, "Druck" at [15, 20) originally */
	check_back(&m, 20, 14, 19, 15, 20);
	assert_memory_equal(text + 15, "Druck", 5);
	/* "unter" [8, 13) -> [9, 14) */
	check_back(&m, 20, 8, 13, 9, 14);
	/* "märkte" [0, 7) -> [0, 8): the whole NFD word */
	check_back(&m, 20, 0, 7, 0, 8);
	/* "ä" [1, 3) -> [1, 4): a, U+0308 */
	check_back(&m, 20, 1, 3, 1, 4);
	assert_memory_equal(text + 1, "a\xCC\x88", 3);
	/* "rk" [3, 5) -> [4, 6) */
	check_back(&m, 20, 3, 5, 4, 6);
	mapped_release(&m);
}

static void test_mapped_sharp_s(void **state)
{
	/* "Die Straße": ß is 2 bytes at 8, 9; normalized "die strasse" */
	static const char text[] = "Die Stra\xC3\x9F" "e";
	struct mapped m = { 0 };

	(void)state;
	mapped_run(&m, S(text));
	assert_string_equal(m.out.data, "die strasse");
	/* "strasse" [4, 11) -> "Straße" [4, 11) */
	check_back(&m, 11, 4, 11, 4, 11);
	/* "ss" [8, 10) -> "ß" [8, 10) */
	check_back(&m, 11, 8, 10, 8, 10);
	/* "stras" [4, 9) ends inside the ß cluster: it maps to the whole cluster */
	check_back(&m, 11, 4, 9, 4, 10);
	mapped_release(&m);
}

static void test_mapped_ignorables(void **state)
{
	/* Zeit U+00AD druck: 11 bytes, normalized "zeitdruck" (9) */
	static const char shy[] = "Zeit\xC2\xAD" "druck";
	/* Ich U+2764 U+FE0F Dich: the variation selector is ignorable, so "dich" is at
	 * [8, 12) normalized and [11, 15) originally */
	static const char heart[] = "Ich \xE2\x9D\xA4\xEF\xB8\x8F Dich";
	struct mapped m = { 0 };

	(void)state;
	mapped_run(&m, S(shy));
	assert_string_equal(m.out.data, "zeitdruck");
	check_back(&m, 11, 4, 9, 6, 11);
	assert_memory_equal(shy + 6, "druck", 5);
	check_back(&m, 11, 0, 4, 0, 4);
	check_back(&m, 11, 0, 9, 0, 11);

	mapped_run(&m, S(heart));
	assert_string_equal(m.out.data, "ich \xE2\x9D\xA4 dich");
	check_back(&m, 15, 8, 12, 11, 15);
	assert_memory_equal(heart + 11, "Dich", 4);
	check_back(&m, 15, 0, 3, 0, 3);
	mapped_release(&m);
}

static void test_mapped_empty_and_reuse(void **state)
{
	struct mapped m = { 0 };

	(void)state;
	mapped_run(&m, S("Gro\xC3\x9F"));
	assert_string_equal(m.out.data, "gross");
	/* the same scratch, now for an empty text: nothing left over */
	mapped_run(&m, "", 0);
	assert_int_equal(m.nmap, 0);
	assert_int_equal(m.out.len, 0);
	assert_int_equal(normalize_map_back(m.map, m.nmap, 0, 0, 0), 0);
	assert_int_equal(normalize_map_back(m.map, m.nmap, 0, 0, 1), 0);
	mapped_release(&m);
}

/* The mapped normalization gives the same text as normalizing the whole at once. */
static void test_mapped_same_text(void **state)
{
	static const char *const texts[] = {
		"Der Leistungsdruck f\xC3\xBCr M\xC3\xA4rkte steigt.",
		"Der Leistungsdruck fu\xCC\x88r Ma\xCC\x88rkte steigt.",
		"STRASSE Stra\xC3\x9F" "e \xE1\xBA\x9E",
		"don\xE2\x80\x99t \xE2\x80\x93 Zeit\xC2\xAD" "druck \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",
		"\xCE\x9F\xCE\x94\xCE\x9F\xCE\xA3 \xC4\xB0stanbul",
		/* ASCII runs longer than eight bytes with what stops the eight-byte path */
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ @[`{ `Quoted` TEXT\r\nSecond LINE\rthird ZZZZZZZZZ",
		"\xC3\x84" "BCDEFGH\xC3\x96 Stra\xC3\x9F" "e ABCDEFGH`IJKLMNOPQRSTUVW\r\nXYZa\xCC\x88",
		/* lone two-byte code points: ignorable, folded to two, a prepended mark, Greek */
		"a\xC2\xAD" "b \xC3\x9F" "x \xD8\x80" "1 \xCE\xA3\xCE\xA3 \xC3\x84\xCC\x88 \xC2\xB4x \xC3\x9F",
	};
	struct mapped m = { 0 };
	struct normalizer nz = { 0 };
	struct buf whole = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		print_message("text #%zu\n", i);
		buf_reset(&whole);
		assert_int_equal(normalize_append(&nz, texts[i], strlen(texts[i]), &whole),
				 TENOR_OK);
		mapped_run(&m, texts[i], strlen(texts[i]));
		assert_int_equal(m.out.len, whole.len);
		assert_memory_equal(m.out.data, whole.data, whole.len);
		/* again, with the normal forms of lone code points now known */
		mapped_run(&m, texts[i], strlen(texts[i]));
		assert_int_equal(m.out.len, whole.len);
		assert_memory_equal(m.out.data, whole.data, whole.len);
		/* the whole normalized text maps to the whole original */
		assert_int_equal(normalize_map_back(m.map, m.nmap, 0, strlen(texts[i]), 0), 0);
		assert_int_equal(normalize_map_back(m.map, m.nmap, m.out.len, strlen(texts[i]), 1),
				 strlen(texts[i]));
	}
	/* NFC and NFD of the same sentence normalize to the same bytes */
	buf_reset(&whole);
	assert_int_equal(normalize_append(&nz, texts[0], strlen(texts[0]), &whole), TENOR_OK);
	mapped_run(&m, texts[1], strlen(texts[1]));
	assert_int_equal(m.out.len, whole.len);
	assert_memory_equal(m.out.data, whole.data, whole.len);
	buf_release(&whole);
	normalizer_release(&nz);
	mapped_release(&m);
}

/* The eight-byte tests against a byte at a time: every byte value at every position, among
 * neighbours that are and are not what is looked for. */
/* ---- normalize_separates ----
 * Every code point it accepts between two tokens keeps them apart and adds no letter or
 * digit: "a", it, "b" normalize to "a", something that is not empty and holds no ASCII
 * letter or digit, "b". Checked for every code point (ASCII ones are accepted whole). */
static int is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void test_separates(void **state)
{
	struct normalizer nz = { 0 };
	struct buf out = { 0 };
	size_t accepted = 0, i;
	int32_t c;

	(void)state;
	for (c = 0; c <= 0x10FFFF; c++) {
		char in[8];
		size_t n;
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		if (c >= 0x80) {
			n = (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)in + 1);
		} else {
			in[1] = (char)c;
			n = 1;
		}
		if (!normalize_separates(in + 1, n)) {
			assert_true(c >= 0x80);
			continue;
		}
		if (c < 0x80 && is_alnum((char)c))
			continue;  /* never between tokens */
		accepted++;
		in[0] = 'a';
		in[n + 1] = 'B';
		buf_reset(&out);
		assert_int_equal(normalize_append(&nz, in, n + 2, &out), TENOR_OK);
		if (out.len < 3 || out.data[0] != 'a' || out.data[out.len - 1] != 'b')
			fail_msg("U+%04X: \"a\", it, \"B\" normalize to \"%s\"", (unsigned)c, out.data);
		for (i = 1; i + 1 < out.len; i++)
			if (is_alnum(out.data[i]))
				fail_msg("U+%04X normalizes to a letter or digit", (unsigned)c);
	}
	/* ASCII but letters and digits, and the code points listed */
	assert_int_equal(accepted, 128 - 62 + 31 + 2 + 24 + 15 + 1);
	assert_false(normalize_separates(S("\xE2\x80\x8B")));   /* zero-width space: dropped */
	assert_false(normalize_separates(S("\xC2\xAD")));        /* soft hyphen: dropped */
	assert_false(normalize_separates(S("\xF0\x9F\x98\x80"))); /* an emoji: not listed */
	assert_true(normalize_separates(S(" \xE2\x80\x9E\xC2\xA0")));
	assert_true(normalize_separates(S("")));
	buf_release(&out);
	normalizer_release(&nz);
}

static void test_bytes(void **state)
{
	static const unsigned char fill[] = { 'a', 0x00, 0x7f, 0x80, 0xff, '"', 0x1f, 'Z' };
	unsigned char b[8];
	size_t f, pos, i;
	unsigned v;

	(void)state;
	for (f = 0; f < sizeof(fill); f++) {
		for (pos = 0; pos < 8; pos++) {
			for (v = 0; v < 256; v++) {
				int has_quote = 0, has_low = 0, has_high = 0, has_zero = 0;
				uint64_t w;
				memset(b, fill[f], sizeof(b));
				b[pos] = (unsigned char)v;
				for (i = 0; i < 8; i++) {
					has_quote |= b[i] == '"';
					has_low |= b[i] < 0x20;
					has_high |= b[i] >= 0x80;
					has_zero |= b[i] == 0;
				}
				w = bytes_load(b);
				assert_int_equal(bytes_has(w, '"') != 0, has_quote);
				assert_int_equal(bytes_has_below(w, 0x20) != 0, has_low);
				assert_int_equal((w & BYTES_HIGH) != 0, has_high);
				assert_int_equal(bytes_has_zero(w) != 0, has_zero);
				if (!has_high) {
					unsigned char low[8];
					w = bytes_ascii_lower(w);
					memcpy(low, &w, 8);
					for (i = 0; i < 8; i++)
						assert_int_equal(low[i], b[i] >= 'A' && b[i] <= 'Z'
										 ? b[i] + 32 : b[i]);
				}
			}
		}
	}
}

/* A group's value as stored: NFC, the blanks around it gone, case and the inside kept. */
static void test_value(void **state)
{
	static const struct { const char *in, *want; } cases[] = {
		{ "Nord", "Nord" },
		{ "  Nord \t", "Nord" },
		{ "Su\xcc\x88" "d", "S\xc3\xbc" "d" },              /* u and U+0308: ü */
		{ "S\xc3\xbc" "d", "S\xc3\xbc" "d" },
		{ "\xc2\xa0Ost\xe2\x80\xaf", "Ost" },               /* no-break spaces */
		{ "Key  Account", "Key  Account" },
		{ "nord", "nord" },
		{ "\xe2\x84\xab", "\xc3\x85" },                       /* U+212B: Å */
		{ "\xc4\x8c" "esk\xc3\xa1", "\xc4\x8c" "esk\xc3\xa1" },  /* Česká: Latin Extended */
		{ "   ", "" },
		{ "", "" },
		{ "a\xff", "a\xff" },                                  /* invalid: as it is */
	};
	struct buf out = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		print_message("value: %s\n", cases[i].in);
		assert_int_equal(normalize_value(cases[i].in, strlen(cases[i].in), &out), 0);
		assert_int_equal(out.len, strlen(cases[i].want));
		assert_true(out.len == 0 || memcmp(out.data, cases[i].want, out.len) == 0);
	}
	buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_bytes),
		cmocka_unit_test(test_separates),
		cmocka_unit_test(test_utf8_invalid),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_case_folding),
		cmocka_unit_test(test_unify),
		cmocka_unit_test(test_only_ignorables),
		cmocka_unit_test(test_four_byte_letters),
		cmocka_unit_test(test_ascii_fast_path),
		cmocka_unit_test(test_append_keeps_prefix),
		cmocka_unit_test(test_long_input),
		cmocka_unit_test(test_mapped_nfd),
		cmocka_unit_test(test_mapped_sharp_s),
		cmocka_unit_test(test_mapped_ignorables),
		cmocka_unit_test(test_mapped_empty_and_reuse),
		cmocka_unit_test(test_mapped_same_text),
		cmocka_unit_test(test_value),
	};
	return cmocka_run_group_tests_name("normalization (src/normalize.c)", tests, NULL, NULL);
}
