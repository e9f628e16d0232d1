/*
 * test_tokenize.c - the tokenizer stage (src/tokenize.h): token offsets in bytes of the
 * original text, what is and is not a token, and the clause boundary flags.
 *
 * Every expected offset below was counted by hand from the UTF-8 encoding of the input.
 */
#include "unit.h"
#include "tokenize.h"

#include <stdlib.h>

struct tz_fixture {
	struct token_patterns code;
	struct tokenizer tz;
};

static int setup(void **state)
{
	struct tz_fixture *f = calloc(1, sizeof(*f));

	if (!f)
		return -1;
	if (tokenizer_compile(&f->code) != TENOR_OK) {
		free(f);
		return -1;
	}
	if (tokenizer_init(&f->tz, &f->code) != TENOR_OK) {
		tokenizer_free(&f->code);
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct tz_fixture *f = *state;

	tokenizer_release(&f->tz);
	tokenizer_free(&f->code);
	free(f);
	return 0;
}

struct exp_tok {
	size_t start, end;
	int boundary;
};

#define MAXTOK 8

struct tok_case {
	const char *what;
	const char *text;
	size_t ntok;
	struct exp_tok tok[MAXTOK];
};

static void check_case(struct tokenizer *tz, const struct tok_case *c)
{
	size_t i, n = strlen(c->text);

	print_message("case: %s\n", c->what);
	assert_int_equal(tokenize(tz, c->text, n), TENOR_OK);
	assert_int_equal(tz->ntok, c->ntok);
	for (i = 0; i < c->ntok; i++) {
		assert_int_equal(tz->tok[i].start, c->tok[i].start);
		assert_int_equal(tz->tok[i].end, c->tok[i].end);
		assert_int_equal(!!tz->tok[i].boundary, c->tok[i].boundary);
	}
}

static void run_cases(void **state, const struct tok_case *cases, size_t n)
{
	struct tz_fixture *f = *state;
	size_t i;

	for (i = 0; i < n; i++)
		check_case(&f->tz, &cases[i]);
}

#define RUN(state, cases) run_cases(state, cases, sizeof(cases) / sizeof(cases[0]))

/* ---- offsets of words with non-ASCII letters ---- */

static void test_umlauts(void **state)
{
	static const struct tok_case cases[] = {
		/* Z..e = 11 bytes; "für" = f ü(2) r = 4; "Märkte" = M ä(2) r k t e = 7 */
		{ "umlauts", "Zielvorgabe f\xC3\xBCr M\xC3\xA4rkte", 3,
		  { { 0, 11, 0 }, { 12, 16, 0 }, { 17, 24, 0 } } },
		{ "sharp s", "Stra\xC3\x9F" "e und Gr\xC3\xB6\xC3\x9F" "e", 3,
		  { { 0, 7, 0 }, { 8, 11, 0 }, { 12, 19, 0 } } },
		{ "leading and trailing blanks", "  \xC3\x9C" "ber  ", 1, { { 2, 7, 0 } } },
	};
	RUN(state, cases);
}

static void test_nfd(void **state)
{
	static const struct tok_case cases[] = {
		/* "Bär" as B a U+0308 r = 5 bytes; "Märkte" as M a U+0308 r k t e = 8 bytes */
		{ "NFD words", "Ba\xCC\x88r und Ma\xCC\x88rkte", 3,
		  { { 0, 5, 0 }, { 6, 9, 0 }, { 10, 18, 0 } } },
		{ "NFD at the end", "ka\xCC\x88", 1, { { 0, 4, 0 } } },
		{ "two marks", "o\xCC\x88\xCC\x81 x", 2, { { 0, 5, 0 }, { 6, 7, 0 } } },
	};
	RUN(state, cases);
}

static void test_emoji(void **state)
{
	static const struct tok_case cases[] = {
		/* U+1F600 is 4 bytes at 4..7 */
		{ "emoji between spaces", "Gut \xF0\x9F\x98\x80 gemacht", 2,
		  { { 0, 3, 0 }, { 9, 16, 0 } } },
		{ "emoji glued to words", "Hallo\xF0\x9F\x98\x80Welt", 2,
		  { { 0, 5, 0 }, { 9, 13, 0 } } },
		/* thumbs up + skin tone modifier: 8 bytes at 4..11 */
		{ "emoji with skin tone", "Top \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD Team", 2,
		  { { 0, 3, 0 }, { 13, 17, 0 } } },
		/* man ZWJ woman ZWJ girl: 4+3+4+3+4 = 18 bytes at 2..19 */
		{ "ZWJ sequence", "A \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D"
				  "\xF0\x9F\x91\xA7 B", 2,
		  { { 0, 1, 0 }, { 21, 22, 0 } } },
		{ "only emoji", "\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 0, { { 0, 0, 0 } } },
	};
	RUN(state, cases);
}

/* U+2764 U+FE0F (red heart with emoji presentation): the variation selector is a
 * combining mark (Mn), but a mark with no letter before it is no word. */
static void test_emoji_variation_selector(void **state)
{
	static const struct tok_case cases[] = {
		{ "emoji with variation selector", "Ich \xE2\x9D\xA4\xEF\xB8\x8F dich", 2,
		  { { 0, 3, 0 }, { 11, 15, 0 } } },
		/* U+263A U+FE0F glued to a word: the word ends before the emoji */
		{ "variation selector after a word", "Danke\xE2\x98\xBA\xEF\xB8\x8F", 1,
		  { { 0, 5, 0 } } },
	};
	RUN(state, cases);
}

static void test_cjk(void **state)
{
	static const struct tok_case cases[] = {
		/* six 3-byte letters, no spaces: one run of letters */
		{ "Japanese run", "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAF\xE5\xA4\xA7\xE3\x81\x8D"
				  "\xE3\x81\x84", 1, { { 0, 18, 0 } } },
		/* 東京、大阪。: U+3001 ideographic comma ends a clause */
		{ "ideographic comma", "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x81\xE5\xA4\xA7\xE9\x98"
				       "\xAA\xE3\x80\x82", 2,
		  { { 0, 6, 0 }, { 9, 15, 1 } } },
		/* 서울 시내 */
		{ "Hangul with a space", "\xEC\x84\x9C\xEC\x9A\xB8 \xEC\x8B\x9C\xEB\x82\xB4", 2,
		  { { 0, 6, 0 }, { 7, 13, 0 } } },
	};
	RUN(state, cases);
}

static void test_joined_words(void **state)
{
	static const struct tok_case cases[] = {
		{ "hyphenated", "Change-Projekte", 1, { { 0, 15, 0 } } },
		{ "hyphenated 2", "die Pipeline-Zahlen", 2, { { 0, 3, 0 }, { 4, 19, 0 } } },
		{ "apostrophe", "don't", 1, { { 0, 5, 0 } } },
		{ "typographic apostrophe", "I don\xE2\x80\x99t", 2, { { 0, 1, 0 }, { 2, 9, 0 } } },
		{ "modifier letter apostrophe", "don\xCA\xBCt", 1, { { 0, 6, 0 } } },
		{ "acute accent as apostrophe", "don\xC2\xB4t", 1, { { 0, 6, 0 } } },
		{ "grave accent as apostrophe", "don`t", 1, { { 0, 5, 0 } } },
		{ "prime as apostrophe", "customer\xE2\x80\xB2s", 1, { { 0, 12, 0 } } },
		{ "acute accent as apostrophe, any text", "\xCE\xB1 don\xC2\xB4t", 2,
		  { { 0, 2, 0 }, { 3, 9, 0 } } },
		{ "two hyphens in a word", "Nord-S\xC3\xBC" "d-Achse", 1, { { 0, 15, 0 } } },
		{ "non-breaking hyphen", "E\xE2\x80\x91Mail", 1, { { 0, 8, 0 } } },
		{ "quotes are not part of a word", "'quoted'", 1, { { 1, 7, 0 } } },
		{ "a double hyphen does not join", "a--b", 2, { { 0, 1, 0 }, { 3, 4, 0 } } },
		{ "a trailing apostrophe is not part of the word", "Hans' Auto", 2,
		  { { 0, 4, 0 }, { 6, 10, 0 } } },
		{ "digits", "Quote von 80 Prozent", 4,
		  { { 0, 5, 0 }, { 6, 9, 0 }, { 10, 12, 0 }, { 13, 20, 0 } } },
	};
	RUN(state, cases);
}

static void test_soft_hyphen(void **state)
{
	static const struct tok_case cases[] = {
		/* Zeit + U+00AD (2 bytes) + druck = 11 bytes */
		{ "soft hyphen inside", "Zeit\xC2\xAD" "druck", 1, { { 0, 11, 0 } } },
		{ "soft hyphen inside, then a word", "Leistungs\xC2\xAD" "druck ist", 2,
		  { { 0, 16, 0 }, { 17, 20, 0 } } },
		{ "soft hyphen at the end of a word", "Zeit\xC2\xAD druck", 2,
		  { { 0, 4, 0 }, { 7, 12, 0 } } },
		/* U+FEFF and U+2060 (3 bytes each) join too; before a word they are no part of it */
		{ "byte order mark inside", "Dru\xEF\xBB\xBF" "ck", 1, { { 0, 8, 0 } } },
		{ "word joiner inside", "Zeit\xE2\x81\xA0" "druck", 1, { { 0, 12, 0 } } },
		{ "byte order mark before a word", "\xEF\xBB\xBF" "Druck", 1, { { 3, 8, 0 } } },
	};
	RUN(state, cases);
}

static void test_punctuation(void **state)
{
	static const struct tok_case cases[] = {
		{ "comma and bang", "Hallo, Welt!", 2, { { 0, 5, 0 }, { 7, 11, 1 } } },
		/* « is 2 bytes; ( opens a bracket: a boundary before "sagt" */
		{ "guillemets and brackets", "\xC2\xAB" "Druck\xC2\xBB (sagt er)", 3,
		  { { 2, 7, 0 }, { 11, 15, 1 }, { 16, 18, 0 } } },
		{ "only punctuation", "..., !? -- ()", 0, { { 0, 0, 0 } } },
		{ "decimal comma", "3,5 %", 2, { { 0, 1, 0 }, { 2, 3, 1 } } },
		{ "a boundary before the first token is not recorded", ". Druck", 1,
		  { { 2, 7, 0 } } },
		{ "quotes are no boundary", "er sagt \"Druck\" heute", 4,
		  { { 0, 2, 0 }, { 3, 7, 0 }, { 9, 14, 0 }, { 16, 21, 0 } } },
	};
	RUN(state, cases);
}

/* "Druck" + separator + "Stress": is there a clause boundary before "Stress"? */
static void test_boundaries(void **state)
{
	static const struct {
		const char *sep;
		int boundary;
	} seps[] = {
		{ ". ", 1 },
		{ ", ", 1 },
		{ "; ", 1 },
		{ ": ", 1 },
		{ "! ", 1 },
		{ "? ", 1 },
		{ ".", 1 },
		{ ",", 1 },
		{ " - ", 1 },                /* a dash between spaces */
		{ " \xE2\x80\x93 ", 1 },     /* en dash */
		{ " \xE2\x80\x94 ", 1 },     /* em dash */
		{ "\xE2\x80\xA6 ", 1 },      /* ellipsis */
		{ "\n", 1 },                 /* line break */
		{ "\r\n", 1 },
		{ " \n ", 1 },
		{ " (", 1 },
		{ ") ", 1 },
		{ " ", 0 },
		{ "  \t ", 0 },
		{ "- ", 0 },                 /* trailing hyphen: "Verkaufs- und" */
		{ " & ", 0 },
		{ " / ", 0 },
		{ " \"", 0 },
		{ " \xF0\x9F\x98\x80 ", 0 }, /* an emoji is no boundary */
	};
	struct tz_fixture *f = *state;
	char text[64];
	size_t i;

	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
		size_t seplen = strlen(seps[i].sep);
		snprintf(text, sizeof(text), "Druck%sStress", seps[i].sep);
		print_message("separator #%zu\n", i);
		assert_int_equal(tokenize(&f->tz, text, strlen(text)), TENOR_OK);
		assert_int_equal(f->tz.ntok, 2);
		assert_int_equal(f->tz.tok[0].start, 0);
		assert_int_equal(f->tz.tok[0].end, 5);
		assert_int_equal(f->tz.tok[0].boundary, 0);
		assert_int_equal(f->tz.tok[1].start, 5 + seplen);
		assert_int_equal(f->tz.tok[1].end, 5 + seplen + 6);
		assert_int_equal(!!f->tz.tok[1].boundary, seps[i].boundary);
	}
}

static void test_boundary_sentences(void **state)
{
	static const struct tok_case cases[] = {
		{ "trailing hyphen", "Verkaufs- und Zeitdruck", 3,
		  { { 0, 8, 0 }, { 10, 13, 0 }, { 14, 23, 0 } } },
		{ "dash between spaces", "kein Druck - aber Stress", 4,
		  { { 0, 4, 0 }, { 5, 10, 0 }, { 13, 17, 1 }, { 18, 24, 0 } } },
		/* U+2013 between spaces: 3 bytes at 11..13 */
		{ "en dash", "kein Druck \xE2\x80\x93 Stress", 3,
		  { { 0, 4, 0 }, { 5, 10, 0 }, { 15, 21, 1 } } },
		{ "line break", "kein\nDruck", 2, { { 0, 4, 0 }, { 5, 10, 1 } } },
		{ "several clauses", "a, b; c d. e", 5,
		  { { 0, 1, 0 }, { 3, 4, 1 }, { 6, 7, 1 }, { 8, 9, 0 }, { 11, 12, 1 } } },
	};
	RUN(state, cases);
}

/* ---- runs: one match covers the tokens between single spaces ---- */

static void test_runs(void **state)
{
	static const struct tok_case cases[] = {
		{ "one run", "eins zwei drei", 3, { { 0, 4, 0 }, { 5, 9, 0 }, { 10, 14, 0 } } },
		{ "runs broken by other blanks", "a  b\tc\xC2\xA0" "d e", 5,
		  { { 0, 1, 0 }, { 3, 4, 0 }, { 5, 6, 0 }, { 8, 9, 0 }, { 10, 11, 0 } } },
		{ "a boundary starts the next run", "a b. c d", 4,
		  { { 0, 1, 0 }, { 2, 3, 0 }, { 5, 6, 1 }, { 7, 8, 0 } } },
		{ "joined words inside a run", "don't stop Nord-S\xC3\xBC" "d x", 4,
		  { { 0, 5, 0 }, { 6, 10, 0 }, { 11, 20, 0 }, { 21, 22, 0 } } },
		{ "a hyphen before a space ends the run", "Verkaufs- und", 2,
		  { { 0, 8, 0 }, { 10, 13, 0 } } },
		{ "a space before a hyphen", "a -b c", 3, { { 0, 1, 0 }, { 3, 4, 0 }, { 5, 6, 0 } } },
		{ "a trailing space", "a b ", 2, { { 0, 1, 0 }, { 2, 3, 0 } } },
	};
	RUN(state, cases);
}

/* The same tokens as the single-token pattern finds one match at a time, on TEXTS texts of
 * PIECES pieces each drawn from pieces[0..npieces). */
static void against_single_tokens(struct tz_fixture *f, const char *const *pieces,
				  size_t npieces)
{
	static const char single[] =
		"[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:['`\\x{00B4}\\x{2032}\\x{2019}\\x{02BC}"
		"\\x{2018}\\-\\x{2010}"
		"\\x{2011}\\x{00AD}\\x{2060}\\x{FEFF}][\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*)*";
	enum { TEXTS = 2000, PIECES = 40 };
	pcre2_code *code;
	pcre2_match_data *md;
	int err;
	PCRE2_SIZE off;
	unsigned seed = 12345, t, k;

	code = pcre2_compile((PCRE2_SPTR)single, PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP,
			     &err, &off, NULL);
	assert_non_null(code);
	md = pcre2_match_data_create(1, NULL);
	assert_non_null(md);
	for (t = 0; t < TEXTS; t++) {
		char text[PIECES * 8];
		size_t n = 0, pos = 0, i = 0;
		for (k = 0; k < PIECES; k++) {
			const char *p;
			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 16) % npieces];
			memcpy(text + n, p, strlen(p));
			n += strlen(p);
		}
		assert_int_equal(tokenize(&f->tz, text, n), TENOR_OK);
		while (pcre2_match(code, (PCRE2_SPTR)text, n, pos, 0, md, NULL) > 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			assert_true(i < f->tz.ntok);
			assert_int_equal(f->tz.tok[i].start, ov[0]);
			assert_int_equal(f->tz.tok[i].end, ov[1]);
			if (i > 0)
				assert_int_equal(!!f->tz.tok[i].boundary,
						 gap_is_boundary(text + f->tz.tok[i - 1].end,
								 ov[0] - f->tz.tok[i - 1].end));
			i++;
			pos = ov[1];
		}
		assert_int_equal(f->tz.ntok, i);
	}
	pcre2_match_data_free(md);
	pcre2_code_free(code);
}

/* Texts drawn from the pieces that decide where tokens start and end, most with a byte
 * above ASCII: the pattern for any text. */
static void test_runs_against_single_tokens(void **state)
{
	static const char *const pieces[] = {
		" ", " ", " ", "  ", "\t", "\xC2\xA0", "-", "'", "\xE2\x80\x99", "\xC2\xAD",
		".", ",", ";", ":", "!", "?", ", ", ". ", "?! ", " - ", "a", "Zu", "7", "\xC3\xBC",
		"u\xCC\x88", "\xF0\x9F\x98\x80", "\xEF\xB8\x8F", "\xE6\x9D\xB1",
	};

	against_single_tokens(*state, pieces, sizeof(pieces) / sizeof(pieces[0]));
}

/* Texts of the characters the tokenizer's twin in bytes is for, every one of them among the
 * pieces (below U+0100, U+2000 to U+206F, U+20A0 to U+20BF, U+FEFF): the twin must find what
 * the pattern for any text finds. */
static void test_bytes_against_single_tokens(void **state)
{
	enum { NCHARS = 255 + 0x70 + 0x20 + 1 };
	static char chars[NCHARS][4];
	const char *pieces[NCHARS + 15] = { " ", " ", ", ", ". ", "a", "Zu", "don't", "x-y",
					   "Stra\xC3\x9F" "e" };
	size_t n = 9, k = 0;
	unsigned c;

	for (c = 1; c < 0x20C0; c++) {
		char *u = chars[k];
		if (c >= 0x100 && c < 0x2000)
			c = 0x2000;
		if (c >= 0x2070 && c < 0x20A0)
			c = 0x20A0;
		if (c < 0x80) {
			u[0] = (char)c;
		} else if (c < 0x800) {
			u[0] = (char)(0xC0 | c >> 6);
			u[1] = (char)(0x80 | (c & 0x3F));
		} else {
			u[0] = (char)(0xE0 | c >> 12);
			u[1] = (char)(0x80 | (c >> 6 & 0x3F));
			u[2] = (char)(0x80 | (c & 0x3F));
		}
		pieces[n++] = chars[k++];
	}
	memcpy(chars[k], "\xEF\xBB\xBF", 3);
	pieces[n++] = chars[k++];
	assert_int_equal(k, NCHARS);
	/* and the letters, digits and marks just outside those ranges, which the twin does not
	 * know: a text with one must go to the pattern for any text */
	pieces[n++] = "\xC4\x80";      /* U+0100 A with macron */
	pieces[n++] = "\xCA\xBC";      /* U+02BC modifier apostrophe, a letter and a joiner */
	pieces[n++] = "\xE2\x81\xB0";  /* U+2070 superscript zero */
	pieces[n++] = "\xE2\x81\xB1";  /* U+2071 superscript i */
	pieces[n++] = "\xE2\x83\x90";  /* U+20D0 a combining mark */
	pieces[n++] = "\xE2\x84\x82";  /* U+2102 double-struck C */
	against_single_tokens(*state, pieces, n);
}

static void test_empty(void **state)
{
	struct tz_fixture *f = *state;

	assert_int_equal(tokenize(&f->tz, "", 0), TENOR_OK);
	assert_int_equal(f->tz.ntok, 0);
	assert_int_equal(tokenize(&f->tz, " \t\r\n ", 5), TENOR_OK);
	assert_int_equal(f->tz.ntok, 0);
	/* state from a previous text does not leak into the next */
	assert_int_equal(tokenize(&f->tz, "eins zwei drei", 14), TENOR_OK);
	assert_int_equal(f->tz.ntok, 3);
	assert_int_equal(tokenize(&f->tz, "", 0), TENOR_OK);
	assert_int_equal(f->tz.ntok, 0);
}

/* separated: whether every gap, before, between and after the tokens, keeps them apart
 * once normalized (normalize_separates); what is in a token does not count. */
static void test_separated(void **state)
{
	static const struct {
		const char *text;
		int separated;
	} cases[] = {
		{ "", 1 },
		{ "eins zwei, drei. vier", 1 },
		{ "  \xE2\x80\x9C" "Druck\xE2\x80\x9D \xE2\x80\x93 Ziel\xE2\x80\xA6\xC2\xA0\xE2\x82\xAC", 1 },
		{ "M\xC3\xA4rkte f\xC3\xBCr Stra\xC3\x9F" "e", 1 },   /* letters: in tokens */
		{ "Dru\xE2\x80\x8B" "ck", 0 },                             /* zero-width space */
		{ "Dru\xC2\xAD\xC2\xAD" "ck", 0 },                         /* soft hyphens, no join */
		{ "Druck \xF0\x9F\x98\x80", 0 },                           /* an emoji after */
		{ "\xE2\x81\xA0" "Druck", 0 },                              /* a word joiner before */
	};
	struct tz_fixture *f = *state;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(tokenize(&f->tz, cases[i].text, strlen(cases[i].text)), TENOR_OK);
		if (f->tz.separated != cases[i].separated)
			fail_msg("\"%s\": separated %d", cases[i].text, f->tz.separated);
	}
}

static void test_length_bounds(void **state)
{
	struct tz_fixture *f = *state;

	/* only the first n bytes count: "Druck" cut to "Dru", no NUL needed */
	assert_int_equal(tokenize(&f->tz, "Druck und", 3), TENOR_OK);
	assert_int_equal(f->tz.ntok, 1);
	assert_int_equal(f->tz.tok[0].start, 0);
	assert_int_equal(f->tz.tok[0].end, 3);
}

static void test_many_tokens(void **state)
{
	struct tz_fixture *f = *state;
	enum { N = 5000 };
	char *text = malloc(3 * N);
	size_t i;

	assert_non_null(text);
	for (i = 0; i < N; i++) {
		text[3 * i] = 'a';
		text[3 * i + 1] = 'b';
		text[3 * i + 2] = (i % 10 == 9) ? '.' : ' ';
	}
	assert_int_equal(tokenize(&f->tz, text, 3 * N), TENOR_OK);
	assert_int_equal(f->tz.ntok, N);
	for (i = 0; i < N; i++) {
		assert_int_equal(f->tz.tok[i].start, 3 * i);
		assert_int_equal(f->tz.tok[i].end, 3 * i + 2);
		/* a '.' follows every 10th word: the next one starts a clause */
		assert_int_equal(!!f->tz.tok[i].boundary, i > 0 && i % 10 == 0);
	}
	free(text);
}

static void test_gap_is_boundary(void **state)
{
	(void)state;
	assert_int_equal(gap_is_boundary("", 0), 0);
	assert_int_equal(gap_is_boundary(" ", 1), 0);
	assert_int_equal(gap_is_boundary(", ", 2), 1);
	assert_int_equal(gap_is_boundary(" - ", 3), 1);
	assert_int_equal(gap_is_boundary("- ", 2), 0);
	assert_int_equal(gap_is_boundary(" -", 2), 0);
	assert_int_equal(gap_is_boundary("\xE2\x80\x93", 3), 1);
	/* the length is respected: the comma lies outside */
	assert_int_equal(gap_is_boundary(" ,", 1), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_umlauts),
		cmocka_unit_test(test_separated),
		cmocka_unit_test(test_nfd),
		cmocka_unit_test(test_emoji),
		cmocka_unit_test(test_emoji_variation_selector),
		cmocka_unit_test(test_cjk),
		cmocka_unit_test(test_joined_words),
		cmocka_unit_test(test_soft_hyphen),
		cmocka_unit_test(test_punctuation),
		cmocka_unit_test(test_boundaries),
		cmocka_unit_test(test_boundary_sentences),
		cmocka_unit_test(test_runs),
		cmocka_unit_test(test_runs_against_single_tokens),
		cmocka_unit_test(test_bytes_against_single_tokens),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_length_bounds),
		cmocka_unit_test(test_many_tokens),
		cmocka_unit_test(test_gap_is_boundary),
	};
	return cmocka_run_group_tests_name("tokenizer (src/tokenize.c)", tests, setup, teardown);
}
