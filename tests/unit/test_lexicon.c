/*
 * test_lexicon.c - loading lexicons (tenor's own format and LIWC .dic) and what a frozen
 * lexicon reports: errors with file and line, warnings, entries, categories, version.
 *
 * Every lexicon is built in memory; nothing here reads the shipped lexicons/ directory.
 * Expected stems were worked out with the Snowball German algorithm (e.g. Zielvorgabe ->
 * zielvorgab, unter -> unt, setzen -> setz, Märkte -> markt).
 */
#include "unit.h"
#include "lexicon.h"  /* internal: regex_literal */

#include <ctype.h>

/* ---- helpers ---- */

static struct tenor_lexicon *lex_new(void)
{
	struct tenor_lexicon *lx = NULL;

	assert_int_equal(tenor_lexicon_new(&lx), TENOR_OK);
	assert_non_null(lx);
	return lx;
}

static int add(struct tenor_lexicon *lx, const char *lang, const char *name, const char *text)
{
	return tenor_lexicon_add_buffer(lx, lang, name, text, strlen(text));
}

static int add_liwc(struct tenor_lexicon *lx, const char *name, const char *text)
{
	return tenor_lexicon_add_liwc_buffer(lx, name, text, strlen(text));
}

static void assert_prefix(const char *s, const char *prefix)
{
	if (strncmp(s, prefix, strlen(prefix)) != 0)
		fail_msg("\"%s\" does not start with \"%s\"", s, prefix);
}

static void assert_contains(const char *s, const char *part)
{
	if (!strstr(s, part))
		fail_msg("\"%s\" does not contain \"%s\"", s, part);
}

static void entry(const struct tenor_lexicon *lx, size_t i, struct tenor_entry_info *e)
{
	memset(e, 0, sizeof(*e));
	assert_int_equal(tenor_lexicon_entry(lx, i, e), TENOR_OK);
}

/* ---- parse errors ---- */

struct err_case {
	const char *what;
	const char *lang;
	const char *name;
	const char *text;
	const char *prefix;  /* the error starts with "file:line: " */
	const char *part;    /* and contains this */
};

static void test_parse_errors(void **state)
{
	static const struct err_case cases[] = {
		{ "bad weight", "de", "pressure.txt", "Druck\n\nStress = abc\n",
		  "pressure.txt:3: ", "abc" },
		{ "zero weight", "de", "pressure.txt", "Druck = 0\n", "pressure.txt:1: ", "weight" },
		{ "negative weight", "de", "pressure.txt", "Zeit\nDruck = -2\n", "pressure.txt:2: ",
		  "weight" },
		{ "weight above 1000", "de", "pressure.txt", "Druck = 1001\n", "pressure.txt:1: ",
		  "weight" },
		{ "weight missing after '='", "de", "pressure.txt", "a\nb\nc\nDruck =\n",
		  "pressure.txt:4: ", "weight" },
		{ "'*word*'", "de", "pressure.txt", "# Kommentar\n*druck*\n", "pressure.txt:2: ",
		  "*druck*" },
		{ "not one token", "de", "pressure.txt", "Druck\nfoo.bar\n", "pressure.txt:2: ",
		  "foo.bar" },
		{ "not one token in a phrase", "de", "pressure.txt", "unter foo,bar setzen\n",
		  "pressure.txt:1: ", "foo,bar" },
		{ "a setting in a category file", "de", "pressure.txt", "Druck\n@window 3\n",
		  "pressure.txt:2: ", "negators.txt" },
		{ "unknown setting", "de", "negators.txt", "@window 3\nnicht\n@fenster 3\n",
		  "negators.txt:3: ", "@fenster" },
		{ "window out of range", "de", "negators.txt", "@window 51\n", "negators.txt:1: ",
		  "@window" },
		{ "window not a number", "de", "negators.txt", "kein*\n@window drei\n",
		  "negators.txt:2: ", "@window" },
		{ "unknown section", "de", "negators.txt", "nicht\n[contrast]\naber\n[kontrast]\n",
		  "negators.txt:4: ", "[kontrast]" },
		{ "exception in negators.txt", "de", "negators.txt", "nicht\n!kein\n",
		  "negators.txt:2: ", "" },
		{ "a negator of several words", "de", "negators.txt", "nicht\nauf keinen Fall\n",
		  "negators.txt:2: ", "single word" },
		{ "unclosed regex", "de", "pressure.txt", "Druck\n/quote\\s+von\n",
		  "pressure.txt:2: ", "/" },
		{ "text after a regex", "de", "pressure.txt", "/quote/ und so\n", "pressure.txt:1: ",
		  "" },
		{ "function word of two words", "de", "function-words.txt", "der\ndie das\n",
		  "function-words.txt:2: ", "die das" },
		{ "invalid UTF-8", "de", "pressure.txt", "Druck\nM\xC3rkte\n", "pressure.txt:2: ",
		  "UTF-8" },
		{ "invalid UTF-8, then another error", "de", "pressure.txt",
		  "M\xC3rkte\nDruck = abc\n", "pressure.txt:1: ", "pressure.txt:2: " },
		{ "a stemmer that is not there", "de", "negators.txt", "nicht\n@stemmer germn\n",
		  "negators.txt:2: ", "germn" },
		{ "20 errors, then no more", "de", "pressure.txt",
		  "a=x\nb=x\nc=x\nd=x\ne=x\nf=x\ng=x\nh=x\ni=x\nj=x\nk=x\nl=x\nm=x\nn=x\no=x\n"
		  "p=x\nq=x\nr=x\ns=x\nt=x\nu=x\nv=x\n", "pressure.txt:1: ",
		  "pressure.txt: 20 errors: the rest of the file is not checked" },
		{ "category file name", "de", "my pressure.txt", "Druck\n", "my pressure.txt: ",
		  "" },
		{ "language code", "d e", "pressure.txt", "Druck\n", "pressure.txt: ", "d e" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct tenor_lexicon *lx = lex_new();
		const struct err_case *c = &cases[i];
		print_message("error case: %s\n", c->what);
		assert_int_equal(add(lx, c->lang, c->name, c->text), TENOR_ELEXICON);
		assert_prefix(tenor_lexicon_error(lx), c->prefix);
		assert_contains(tenor_lexicon_error(lx), c->part);
		tenor_lexicon_free(lx);
	}
}

/* Several bad lines: each is reported on its own line of the message. */
static void test_several_errors(void **state)
{
	struct tenor_lexicon *lx = lex_new();
	const char *err;

	(void)state;
	assert_string_equal(tenor_lexicon_error(lx), "");
	assert_int_equal(add(lx, "de", "de/pressure.txt", "foo.bar\nDruck\nZeit = 0\n*a*\n"),
			 TENOR_ELEXICON);
	err = tenor_lexicon_error(lx);
	assert_prefix(err, "de/pressure.txt:1: ");
	assert_contains(err, "\nde/pressure.txt:3: ");
	assert_contains(err, "\nde/pressure.txt:4: ");
	/* a good file afterwards: the error is of the last call only */
	assert_int_equal(add(lx, "de", "de/advisory.txt", "Rat\n"), TENOR_OK);
	assert_string_equal(tenor_lexicon_error(lx), "");
	tenor_lexicon_free(lx);
}

/* A regex that does not compile is reported with its line, by the time the lexicon is
 * frozen at the latest (at add_buffer or at freeze), and the lexicon cannot be used. */
static void test_regex_does_not_compile(void **state)
{
	struct tenor_lexicon *lx = lex_new();
	int rc;

	(void)state;
	rc = add(lx, "de", "pressure.txt", "Druck\n\n/quote(\\s+von/\nZeit\n");
	if (rc == TENOR_OK)
		rc = tenor_lexicon_freeze(lx);
	assert_int_equal(rc, TENOR_ELEXICON);
	assert_prefix(tenor_lexicon_error(lx), "pressure.txt:3: ");
	assert_contains(tenor_lexicon_error(lx), "regex");
	tenor_lexicon_free(lx);
}

/* ---- line ends, BOM, comments ---- */

static void test_line_ends(void **state)
{
	static const struct {
		const char *what;
		const char *text;
	} cases[] = {
		{ "LF", "Druck\nStress\n\nfoo.bar\n" },
		{ "CRLF", "Druck\r\nStress\r\n\r\nfoo.bar\r\n" },
		{ "CR only", "Druck\rStress\r\rfoo.bar\r" },
		{ "mixed", "Druck\r\nStress\r\nfoo.bar" },
		{ "LF CR is two line ends", "Druck\n\rfoo.bar\n" },
		{ "BOM", "\xEF\xBB\xBF" "Druck\nStress\n\nfoo.bar\n" },
		{ "BOM and CRLF", "\xEF\xBB\xBF" "Druck\r\nStress\r\n\r\nfoo.bar" },
	};
	static const unsigned lines[] = { 4, 4, 4, 3, 3, 4, 4 };
	char prefix[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct tenor_lexicon *lx = lex_new();
		print_message("line ends: %s\n", cases[i].what);
		assert_int_equal(add(lx, "de", "p.txt", cases[i].text), TENOR_ELEXICON);
		snprintf(prefix, sizeof(prefix), "p.txt:%u: ", lines[i]);
		assert_prefix(tenor_lexicon_error(lx), prefix);
		tenor_lexicon_free(lx);
	}
}

/* Entries after CRLF, CR and a BOM have the right line and no stray bytes. */
static void test_line_ends_entries(void **state)
{
	static const char *const texts[] = {
		"Druck\nStress\n\nZeit",
		"Druck\r\nStress\r\n\r\nZeit\r\n",
		"Druck\rStress\r\rZeit\r",
		"\xEF\xBB\xBF" "Druck\r\nStress\n\rZeit",
	};
	static const char *const words[] = { "Druck", "Stress", "Zeit" };
	static const char *const stems[] = { "druck", "stress", "zeit" };
	static const unsigned lines[] = { 1, 2, 4 };
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct tenor_lexicon *lx = lex_new();
		struct tenor_entry_info e;
		print_message("text #%zu\n", i);
		assert_int_equal(add(lx, "de", "p.txt", texts[i]), TENOR_OK);
		assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
		assert_int_equal(tenor_lexicon_entry_count(lx), 3);
		for (k = 0; k < 3; k++) {
			entry(lx, k, &e);
			assert_string_equal(e.text, words[k]);
			assert_string_equal(e.compiled, stems[k]);
			assert_int_equal(e.line, lines[k]);
			assert_int_equal(e.kind, TENOR_ENTRY_WORD);
		}
		tenor_lexicon_free(lx);
	}
}

static void test_comments_and_blanks(void **state)
{
	struct tenor_lexicon *lx = lex_new();
	struct tenor_entry_info e;

	(void)state;
	assert_int_equal(add(lx, "de", "p.txt",
			     "# Kommentar\n"
			     "\n"
			     "   \t \n"
			     "\tDruck   # ein Kommentar nach Leerraum\n"
			     "  # eingerueckter Kommentar\n"
			     "Leistungsdruck = 2 # doppelt\n"
			     "/quote\\s+von/ = 3 # Quote, a/b\n"
			     "#\n"),
			 TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
	assert_int_equal(tenor_lexicon_entry_count(lx), 3);
	entry(lx, 0, &e);
	assert_string_equal(e.text, "Druck");
	assert_int_equal(e.line, 4);
	assert_true(e.weight == 1.0);
	entry(lx, 1, &e);
	assert_string_equal(e.text, "Leistungsdruck");
	assert_string_equal(e.compiled, "leistungsdruck");
	assert_int_equal(e.line, 6);
	assert_true(e.weight == 2.0);
	entry(lx, 2, &e);
	assert_int_equal(e.kind, TENOR_ENTRY_REGEX);
	assert_string_equal(e.text, "/quote\\s+von/");
	assert_string_equal(e.compiled, "quote\\s+von");
	assert_int_equal(e.line, 7);
	assert_true(e.weight == 3.0);
	assert_int_equal(tenor_lexicon_warning_count(lx), 0);
	tenor_lexicon_free(lx);
}

static void test_weights(void **state)
{
	static const struct {
		const char *line;
		const char *text;
		enum tenor_entry_kind kind;
		double weight;
	} cases[] = {
		{ "Druck", "Druck", TENOR_ENTRY_WORD, 1.0 },
		{ "Druck = 2", "Druck", TENOR_ENTRY_WORD, 2.0 },
		{ "Druck=0.5", "Druck", TENOR_ENTRY_WORD, 0.5 },
		{ "Druck\t=\t1e3", "Druck", TENOR_ENTRY_WORD, 1000.0 },
		{ "Druck = 1000", "Druck", TENOR_ENTRY_WORD, 1000.0 },
		{ "kontroll* = 0.25", "kontroll*", TENOR_ENTRY_PREFIX, 0.25 },
		{ "*druck = 4", "*druck", TENOR_ENTRY_COMPOUND, 4.0 },
		{ "unter Druck setzen = 1.5", "unter Druck setzen", TENOR_ENTRY_PHRASE, 1.5 },
		{ "/quote/ = 3", "/quote/", TENOR_ENTRY_REGEX, 3.0 },
		{ "/a=b/", "/a=b/", TENOR_ENTRY_REGEX, 1.0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct tenor_lexicon *lx = lex_new();
		struct tenor_entry_info e;
		print_message("weight: %s\n", cases[i].line);
		assert_int_equal(add(lx, "de", "p.txt", cases[i].line), TENOR_OK);
		assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
		assert_int_equal(tenor_lexicon_entry_count(lx), 1);
		entry(lx, 0, &e);
		assert_string_equal(e.text, cases[i].text);
		assert_int_equal(e.kind, cases[i].kind);
		assert_true(e.weight == cases[i].weight);
		tenor_lexicon_free(lx);
	}
}

/* ---- warnings from freeze ---- */

struct warn_file {
	const char *name, *text;
};

struct warn_case {
	const char *what;
	struct warn_file files[2];
	size_t nwarnings;
	const char *prefix;  /* of the first warning */
	const char *part;
};

static void test_warnings(void **state)
{
	static const struct warn_case cases[] = {
		{ "clean", { { "pressure.txt", "Druck\nkontroll*\n*stress\n!Eindruck\n*eindruck\n" },
			     { "advisory.txt", "Rat\n" } }, 0, NULL, NULL },
		{ "duplicate", { { "pressure.txt", "Druck\nStress\nDruck\n" }, { NULL, NULL } }, 1,
		  "pressure.txt:3: ", "duplicate" },
		{ "duplicate by stem", { { "pressure.txt", "Zielvorgabe\nZeit\nZielvorgaben\n" },
					 { NULL, NULL } }, 1,
		  "pressure.txt:3: ", "duplicate" },
		{ "duplicate prefix", { { "pressure.txt", "kontroll*\nKontroll*\n" },
					{ NULL, NULL } }, 1,
		  "pressure.txt:2: ", "duplicate" },
		{ "a word in two categories", { { "pressure.txt", "Druck\n" },
						{ "advisory.txt", "Rat\nDrucks\n" } }, 1,
		  "advisory.txt:2: ", "pressure" },
		{ "exception that excepts nothing", { { "pressure.txt", "Druck\n!Eindruck\n" },
						      { NULL, NULL } }, 1,
		  "pressure.txt:2: ", "Eindruck" },
		{ "exception for another category's entry",
		  { { "pressure.txt", "*druck\n" }, { "advisory.txt", "Rat\n!*eindruck\n" } }, 1,
		  "advisory.txt:2: ", "eindruck" },
	};
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct warn_case *c = &cases[i];
		struct tenor_lexicon *lx = lex_new();
		print_message("warnings: %s\n", c->what);
		for (k = 0; k < 2 && c->files[k].name; k++)
			assert_int_equal(add(lx, "de", c->files[k].name, c->files[k].text), TENOR_OK);
		assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
		assert_int_equal(tenor_lexicon_warning_count(lx), c->nwarnings);
		if (c->nwarnings) {
			assert_prefix(tenor_lexicon_warning(lx, 0), c->prefix);
			assert_contains(tenor_lexicon_warning(lx, 0), c->part);
		}
		assert_null(tenor_lexicon_warning(lx, c->nwarnings));
		tenor_lexicon_free(lx);
	}
}

/* ---- entries ---- */

struct exp_entry {
	const char *lang, *category;
	enum tenor_entry_kind kind;
	const char *text;       /* NULL: not checked */
	const char *file;
	unsigned line;
	double weight;
	const char *compiled;
};

static void check_entries(const struct tenor_lexicon *lx, const struct exp_entry *x, size_t n)
{
	size_t i;

	assert_int_equal(tenor_lexicon_entry_count(lx), n);
	for (i = 0; i < n; i++) {
		struct tenor_entry_info e;
		print_message("entry %zu\n", i);
		entry(lx, i, &e);
		assert_string_equal(e.lang, x[i].lang);
		if (x[i].category)
			assert_string_equal(e.category, x[i].category);
		else
			assert_null(e.category);
		assert_int_equal(e.kind, x[i].kind);
		if (x[i].text)
			assert_string_equal(e.text, x[i].text);
		assert_string_equal(e.file, x[i].file);
		assert_int_equal(e.line, x[i].line);
		assert_true(e.weight == x[i].weight);
		assert_string_equal(e.compiled, x[i].compiled);
	}
}

static void test_entry_info(void **state)
{
	static const char pressure[] =
		"# Druck-Lexikon\n"               /* 1 */
		"Zielvorgabe\n"                   /* 2 */
		"kontroll*\n"                     /* 3 */
		"*druck\n"                        /* 4 */
		"!*eindruck\n"                    /* 5 */
		"!Eindruck\n"                     /* 6 */
		"unter Druck setzen\n"            /* 7 */
		"/quote\\s+von\\s+\\d+/ = 2\n"    /* 8 */
		"Leistungsdruck = 2\n"            /* 9 */
		"M\xC3\xA4rkte\n"                 /* 10 */
		"Change-Projekte\n"               /* 11 */
		"Ma\xCC\x88rkten = 0.5\n";        /* 12: NFD, same stem as line 10 */
	static const char negators[] = "@window 3\nkein*\nnicht\n\n[contrast]\naber\n";
	static const char liwc[] = "%\n1\tposemo\n%\nhapp*\t1\nHate\t1\nkind of\t1\n";
	static const struct exp_entry x[] = {
		{ "de", "pressure", TENOR_ENTRY_WORD, "Zielvorgabe", "de/pressure.txt", 2, 1,
		  "zielvorgab" },
		{ "de", "pressure", TENOR_ENTRY_PREFIX, "kontroll*", "de/pressure.txt", 3, 1,
		  "kontroll*" },
		{ "de", "pressure", TENOR_ENTRY_COMPOUND, "*druck", "de/pressure.txt", 4, 1,
		  "*druck" },
		{ "de", "pressure", TENOR_ENTRY_EXCEPTION, NULL, "de/pressure.txt", 5, 1,
		  "*eindruck" },
		{ "de", "pressure", TENOR_ENTRY_EXCEPTION, NULL, "de/pressure.txt", 6, 1,
		  "eindruck" },
		{ "de", "pressure", TENOR_ENTRY_PHRASE, "unter Druck setzen", "de/pressure.txt", 7,
		  1, "unt druck setz" },
		{ "de", "pressure", TENOR_ENTRY_REGEX, "/quote\\s+von\\s+\\d+/", "de/pressure.txt",
		  8, 2, "quote\\s+von\\s+\\d+" },
		{ "de", "pressure", TENOR_ENTRY_WORD, "Leistungsdruck", "de/pressure.txt", 9, 2,
		  "leistungsdruck" },
		{ "de", "pressure", TENOR_ENTRY_WORD, "M\xC3\xA4rkte", "de/pressure.txt", 10, 1,
		  "markt" },
		{ "de", "pressure", TENOR_ENTRY_WORD, "Change-Projekte", "de/pressure.txt", 11, 1,
		  "change-projekt" },
		{ "de", "pressure", TENOR_ENTRY_WORD, "Ma\xCC\x88rkten", "de/pressure.txt", 12, 0.5,
		  "markt" },
		{ "de", NULL, TENOR_ENTRY_NEGATOR, "kein*", "de/negators.txt", 2, 1, "kein*" },
		{ "de", NULL, TENOR_ENTRY_NEGATOR, "nicht", "de/negators.txt", 3, 1, "nicht" },
		{ "de", NULL, TENOR_ENTRY_CONTRAST, "aber", "de/negators.txt", 6, 1, "aber" },
		{ "*", "posemo", TENOR_ENTRY_PREFIX, "happ*", "x.dic", 4, 1, "happ*" },
		{ "*", "posemo", TENOR_ENTRY_EXACT, "Hate", "x.dic", 5, 1, "hate" },
		{ "*", "posemo", TENOR_ENTRY_PHRASE, "kind of", "x.dic", 6, 1, "kind of" },
	};
	struct tenor_lexicon *lx = lex_new();
	struct tenor_entry_info e;

	(void)state;
	assert_int_equal(add(lx, "de", "de/pressure.txt", pressure), TENOR_OK);
	assert_int_equal(add(lx, "de", "de/negators.txt", negators), TENOR_OK);
	assert_int_equal(add_liwc(lx, "x.dic", liwc), TENOR_OK);
	/* entries are only shown once compiled */
	assert_int_equal(tenor_lexicon_entry(lx, 0, &e), TENOR_ESTATE);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
	check_entries(lx, x, sizeof(x) / sizeof(x[0]));
	assert_int_equal(tenor_lexicon_entry(lx, sizeof(x) / sizeof(x[0]), &e), TENOR_EINVAL);
	tenor_lexicon_free(lx);
}

/* ---- categories, languages, version, state ---- */

static void test_categories(void **state)
{
	struct tenor_lexicon *lx = lex_new();

	(void)state;
	assert_int_equal(add(lx, "de", "lex/de/pressure.txt", "Druck\n"), TENOR_OK);
	assert_int_equal(add(lx, "de", "lex/de/negators.txt", "nicht\n"), TENOR_OK);
	assert_int_equal(add(lx, "de", "lex/de/function-words.txt", "der\ndie\n"), TENOR_OK);
	assert_int_equal(add(lx, "de", "advisory.txt", "Rat\n"), TENOR_OK);
	assert_int_equal(add(lx, "en", "lex/en/pressure.txt", "pressure\n"), TENOR_OK);
	assert_int_equal(add(lx, "en", "reflect-ion_2.txt", "think\n"), TENOR_OK);
	assert_int_equal(add_liwc(lx, "mf.dic", "%\n1\tcare.virtue\n2\tcare.vice\n%\n"), TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);

	assert_int_equal(tenor_lexicon_category_count(lx), 5);
	assert_string_equal(tenor_lexicon_category(lx, 0), "pressure");
	assert_string_equal(tenor_lexicon_category(lx, 1), "advisory");
	assert_string_equal(tenor_lexicon_category(lx, 2), "reflect-ion_2");
	assert_string_equal(tenor_lexicon_category(lx, 3), "care.virtue");
	assert_string_equal(tenor_lexicon_category(lx, 4), "care.vice");
	assert_null(tenor_lexicon_category(lx, 5));

	assert_int_equal(tenor_lexicon_lang_count(lx), 2);
	assert_string_equal(tenor_lexicon_lang(lx, 0), "de");
	assert_string_equal(tenor_lexicon_lang(lx, 1), "en");
	assert_null(tenor_lexicon_lang(lx, 2));
	tenor_lexicon_free(lx);
}

static void assert_hex(const char *v)
{
	size_t i;

	assert_true(strlen(v) > 0);
	for (i = 0; v[i]; i++)
		assert_true(isxdigit((unsigned char)v[i]));
}

static char *version_of(const char *name, const char *text, char *out, size_t n)
{
	struct tenor_lexicon *lx = lex_new();

	assert_int_equal(add(lx, "de", name, text), TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
	assert_hex(tenor_lexicon_version(lx));
	snprintf(out, n, "%s", tenor_lexicon_version(lx));
	tenor_lexicon_free(lx);
	return out;
}

static void test_version(void **state)
{
	char a[64], b[64], c[64], d[64], e[64];

	(void)state;
	version_of("de/pressure.txt", "Druck\n*druck\n", a, sizeof(a));
	version_of("de/pressure.txt", "Druck\n*druck\n", b, sizeof(b));
	assert_string_equal(a, b);
	/* where the file was loaded from does not matter, its content does */
	version_of("/usr/share/tenor/lexicons/de/pressure.txt", "Druck\n*druck\n", c, sizeof(c));
	assert_string_equal(a, c);
	version_of("de/pressure.txt", "Druck\n*druck = 2\n", d, sizeof(d));
	assert_string_not_equal(a, d);
	/* the same words in another category score differently */
	version_of("de/advisory.txt", "Druck\n*druck\n", e, sizeof(e));
	assert_string_not_equal(a, e);
}

static void test_state(void **state)
{
	struct tenor_lexicon *lx = lex_new();

	(void)state;
	tenor_lexicon_free(NULL);
	tenor_analyzer_free(NULL);
	assert_int_equal(add(lx, "de", "pressure.txt", "Druck\n"), TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
	assert_int_equal(add(lx, "de", "advisory.txt", "Rat\n"), TENOR_ESTATE);
	assert_int_equal(add_liwc(lx, "x.dic", "%\n1\ta\n%\nx\t1\n"), TENOR_ESTATE);
	assert_int_equal(tenor_lexicon_add_file(lx, "de", "/nonexistent/pressure.txt"),
			 TENOR_ESTATE);
	assert_int_equal(tenor_lexicon_add_liwc(lx, "/nonexistent/x.dic"), TENOR_ESTATE);
	assert_int_equal(tenor_lexicon_add_dir(lx, "/nonexistent"), TENOR_ESTATE);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_ESTATE);
	/* still usable */
	assert_int_equal(tenor_lexicon_entry_count(lx), 1);
	assert_int_equal(tenor_lexicon_category_count(lx), 1);
	tenor_lexicon_free(lx);
}

static void test_unknown_stemmer(void **state)
{
	struct tenor_lexicon *lx = lex_new();

	(void)state;
	assert_int_equal(add(lx, "xx", "pressure.txt", "Druck\n"), TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_ELANG);
	assert_contains(tenor_lexicon_error(lx), "xx");
	tenor_lexicon_free(lx);
}

/* The examples of docs/lexicon-format.md, as printed there. */
static void test_doc_examples(void **state)
{
	static const char negators[] =
		"# German negators\n"
		"@window 3          # a negator reaches matches that start within the next 3 tokens\n"
		"kein*\n"
		"nicht\n"
		"nie\n"
		"ohne\n"
		"\n"
		"[contrast]         # words that end the reach of a negator, like punctuation\n"
		"aber\n"
		"sondern\n";
	static const char pressure[] =
		"Zielvorgabe\n"
		"kontroll*\n"
		"*druck\n"
		"!Eindruck\n"
		"!*eindruck\n"
		"unter Druck setzen\n"
		"/quote\\s+von\\s+\\d+/\n"
		"Leistungsdruck = 2\n";
	static const char liwc[] = "%\n1\tposemo\n2\tnegemo\n%\nhapp*\t1\nhate\t2\n";
	static const struct exp_entry x[] = {
		{ "de", NULL, TENOR_ENTRY_NEGATOR, "kein*", "de/negators.txt", 3, 1, "kein*" },
		{ "de", NULL, TENOR_ENTRY_NEGATOR, "nicht", "de/negators.txt", 4, 1, "nicht" },
		{ "de", NULL, TENOR_ENTRY_NEGATOR, "nie", "de/negators.txt", 5, 1, "nie" },
		{ "de", NULL, TENOR_ENTRY_NEGATOR, "ohne", "de/negators.txt", 6, 1, "ohn" },
		{ "de", NULL, TENOR_ENTRY_CONTRAST, "aber", "de/negators.txt", 9, 1, "aber" },
		{ "de", NULL, TENOR_ENTRY_CONTRAST, "sondern", "de/negators.txt", 10, 1, "sond" },
		{ "de", "pressure", TENOR_ENTRY_WORD, "Zielvorgabe", "de/pressure.txt", 1, 1,
		  "zielvorgab" },
		{ "de", "pressure", TENOR_ENTRY_PREFIX, "kontroll*", "de/pressure.txt", 2, 1,
		  "kontroll*" },
		{ "de", "pressure", TENOR_ENTRY_COMPOUND, "*druck", "de/pressure.txt", 3, 1,
		  "*druck" },
		{ "de", "pressure", TENOR_ENTRY_EXCEPTION, NULL, "de/pressure.txt", 4, 1,
		  "eindruck" },
		{ "de", "pressure", TENOR_ENTRY_EXCEPTION, NULL, "de/pressure.txt", 5, 1,
		  "*eindruck" },
		{ "de", "pressure", TENOR_ENTRY_PHRASE, "unter Druck setzen", "de/pressure.txt", 6,
		  1, "unt druck setz" },
		{ "de", "pressure", TENOR_ENTRY_REGEX, "/quote\\s+von\\s+\\d+/", "de/pressure.txt",
		  7, 1, "quote\\s+von\\s+\\d+" },
		{ "de", "pressure", TENOR_ENTRY_WORD, "Leistungsdruck", "de/pressure.txt", 8, 2,
		  "leistungsdruck" },
		{ "*", "posemo", TENOR_ENTRY_PREFIX, "happ*", "doc.dic", 5, 1, "happ*" },
		{ "*", "negemo", TENOR_ENTRY_EXACT, "hate", "doc.dic", 6, 1, "hate" },
	};
	struct tenor_lexicon *lx = lex_new();

	(void)state;
	assert_int_equal(add(lx, "de", "de/negators.txt", negators), TENOR_OK);
	assert_int_equal(add(lx, "de", "de/pressure.txt", pressure), TENOR_OK);
	assert_int_equal(add_liwc(lx, "doc.dic", liwc), TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
	check_entries(lx, x, sizeof(x) / sizeof(x[0]));
	assert_int_equal(tenor_lexicon_warning_count(lx), 0);
	tenor_lexicon_free(lx);
}

/* ---- LIWC ---- */

/* What every variant of the same small dictionary compiles to. */
static const struct exp_entry liwc_expected[] = {
	{ "*", "posemo", TENOR_ENTRY_PREFIX, "happ*", "x.dic", 5, 1, "happ*" },
	{ "*", "negemo", TENOR_ENTRY_EXACT, "hate", "x.dic", 6, 1, "hate" },
	{ "*", "posemo", TENOR_ENTRY_PHRASE, "kind of", "x.dic", 7, 1, "kind of" },
	{ "*", "posemo", TENOR_ENTRY_EXACT, "nice", "x.dic", 8, 1, "nice" },
	{ "*", "negemo", TENOR_ENTRY_EXACT, "nice", "x.dic", 8, 1, "nice" },
};

static void test_liwc_variants(void **state)
{
	static const struct {
		const char *what;
		const char *text;
	} cases[] = {
		{ "LF", "%\n1\tposemo\n2\tnegemo\n%\nhapp*\t1\nhate\t2\nkind of\t1\nnice\t1 2\n" },
		{ "CRLF", "%\r\n1\tposemo\r\n2\tnegemo\r\n%\r\nhapp*\t1\r\nhate\t2\r\n"
			  "kind of\t1\r\nnice\t1 2\r\n" },
		{ "CR only", "%\r1\tposemo\r2\tnegemo\r%\rhapp*\t1\rhate\t2\rkind of\t1\r"
			     "nice\t1 2\r" },
		{ "no line end at the end", "%\n1\tposemo\n2\tnegemo\n%\nhapp*\t1\nhate\t2\n"
					    "kind of\t1\nnice\t1 2" },
		{ "BOM", "\xEF\xBB\xBF%\n1\tposemo\n2\tnegemo\n%\nhapp*\t1\nhate\t2\nkind of\t1\n"
			 "nice\t1 2\n" },
		{ "spaces instead of tabs", "%\n1 posemo\n2 negemo\n%\nhapp* 1\nhate 2\nkind of 1\n"
					    "nice 1 2\n" },
		{ "runs of tabs", "%\n1\t\tposemo\n2\t\t\tnegemo\n%\nhapp*\t\t1\nhate\t\t\t2\n"
				  "kind of\t\t1\nnice\t\t1\t2\n" },
		{ "runs of spaces", "%\n1   posemo\n2  negemo\n%\nhapp*    1\nhate  2\n"
				    "kind of   1\nnice   1   2\n" },
		{ "trailing blanks", "% \n1\tposemo \t\n2\tnegemo  \n%\t\nhapp*\t1 \nhate\t2\t\n"
				     "kind of\t1  \nnice\t1 2 \t \n" },
		{ "BOM, CRLF, spaces and trailing blanks", "\xEF\xBB\xBF%\r\n1 posemo\r\n"
			"2 negemo \r\n%\r\nhapp* 1 \r\nhate    2\r\nkind of 1\r\nnice 1  2  \r\n" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct tenor_lexicon *lx = lex_new();
		print_message("LIWC: %s\n", cases[i].what);
		assert_int_equal(add_liwc(lx, "x.dic", cases[i].text), TENOR_OK);
		assert_string_equal(tenor_lexicon_error(lx), "");
		assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
		assert_int_equal(tenor_lexicon_category_count(lx), 2);
		assert_string_equal(tenor_lexicon_category(lx, 0), "posemo");
		assert_string_equal(tenor_lexicon_category(lx, 1), "negemo");
		/* LIWC entries apply to every language: no language is installed */
		assert_int_equal(tenor_lexicon_lang_count(lx), 0);
		check_entries(lx, liwc_expected, sizeof(liwc_expected) / sizeof(liwc_expected[0]));
		tenor_lexicon_free(lx);
	}
}

static void test_liwc_two_categories(void **state)
{
	static const struct exp_entry x[] = {
		{ "*", "care.virtue", TENOR_ENTRY_PREFIX, "protect*", "mf.dic", 5, 1, "protect*" },
		{ "*", "care.vice", TENOR_ENTRY_PREFIX, "harm*", "mf.dic", 6, 1, "harm*" },
		{ "*", "care.virtue", TENOR_ENTRY_EXACT, "care", "mf.dic", 7, 1, "care" },
		{ "*", "care.vice", TENOR_ENTRY_EXACT, "care", "mf.dic", 8, 1, "care" },
	};
	struct tenor_lexicon *lx = lex_new();

	(void)state;
	assert_int_equal(add_liwc(lx, "mf.dic", "%\n1\tcare.virtue\n2\tcare.vice\n%\n"
						"protect*\t1\nharm*\t2\ncare\t1\ncare\t2\n"),
			 TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
	assert_int_equal(tenor_lexicon_category_count(lx), 2);
	assert_string_equal(tenor_lexicon_category(lx, 0), "care.virtue");
	assert_string_equal(tenor_lexicon_category(lx, 1), "care.vice");
	check_entries(lx, x, sizeof(x) / sizeof(x[0]));
	tenor_lexicon_free(lx);
}

static void test_liwc_errors(void **state)
{
	static const struct {
		const char *what;
		const char *text;
		const char *prefix;
		const char *part;
	} cases[] = {
		{ "undeclared id", "%\n1\tposemo\n%\nhapp*\t1\nhate\t3\n", "x.dic:5: ", "3" },
		{ "undeclared id among several", "%\n1\ta\n2\tb\n%\nx\t1 7 2\n", "x.dic:5: ", "7" },
		{ "no '%' at the start", "1\tposemo\n%\nhapp*\t1\n", "x.dic:1: ", "%" },
		{ "no '%' after the header", "%\n1\tposemo\nhapp*\t1\n", "x.dic:3: ", "happ*" },
		{ "duplicate id", "%\n1\tposemo\n2\tnegemo\n1\tother\n%\nhapp*\t1\n", "x.dic:4: ",
		  "1" },
		{ "an entry without an id", "%\n1\tposemo\n%\nhapp*\t1\nhappy\n", "x.dic:5: ",
		  "happy" },
		{ "an id that is no number", "%\n1\tposemo\n%\nhappy\tone\n", "x.dic:4: ", "one" },
		{ "a word that is no token", "%\n1\tposemo\n%\nfoo.bar\t1\n", "x.dic:4: ",
		  "foo.bar" },
		{ "error line with CR only", "%\r1\tposemo\r%\rhappy\t1\rsad\t9\r", "x.dic:5: ", "9" },
		{ "error line with CRLF", "%\r\n1\tposemo\r\n%\r\n\r\nsad\t9\r\n", "x.dic:5: ", "9" },
		{ "empty", "", "x.dic: ", "%" },
		{ "invalid UTF-8, then another error", "%\n1\tposemo\n%\ncaf\xE9\t1\nx\t9\n",
		  "x.dic:4: ", "x.dic:5: " },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct tenor_lexicon *lx = lex_new();
		print_message("LIWC error: %s\n", cases[i].what);
		assert_int_equal(add_liwc(lx, "x.dic", cases[i].text), TENOR_ELEXICON);
		assert_prefix(tenor_lexicon_error(lx), cases[i].prefix);
		assert_contains(tenor_lexicon_error(lx), cases[i].part);
		tenor_lexicon_free(lx);
	}
}

/* The literal a regex's matches all contain (regex_literal): the longest top-level run of
 * ASCII letters and digits and Latin-1 letters, lower-cased, without one a quantifier may
 * take away; none where the scan cannot be sure. */
static void test_regex_literal(void **state)
{
	static const struct {
		const char *pattern, *want;
	} cases[] = {
		{ "\\bnumbers[,!]?\\s+numbers\\b", "numbers" },
		{ "\\b(?:my|our|the)\\s+Targets\\b", "targets" },
		{ "\\bh\xC3\xB6r(?:e|st)\\s+zu\\b", "h\xC3\xB6r" },   /* ö is a letter */
		{ "H\xC3\x96R\xC3\x80", "h\xC3\xB6r\xC3\xa0" },           /* Ö and À in lower case */
		{ "stra\xC3\x9F" "e", "stra" },                 /* ß folds to ss: no letter */
		{ "ab\xC3\x97" "cd", "ab" },                    /* × is a sign */
		{ "ab\xC3\xB6?cd", "ab" },                      /* ö may be missing */
		{ "x\xC3\xA4+yz", "x\xC3\xA4" },
		{ "o\xCC\x88r", "" },                           /* a combining mark ends a run */
		{ "\xC5\xBF" "ab", "ab" },                      /* long s is no Latin-1 letter */
		{ "abc?def", "def" },                     /* c may be missing */
		{ "abx*yz", "ab" },
		{ "ab{2}cd", "cd" },
		{ "(?:ab){01,4}xy", "xy" },               /* the counts of a quantifier */
		{ "[a-z]{1,3}", "" },
		{ "\\d{12}", "" },
		{ "a{,45}", "" },
		{ "foo+bar", "foo" },                     /* fooobar: "foob" need not be there */
		{ "fo+obar", "obar" },
		{ "foo|bar", "" },                        /* alternation at the top */
		{ "(?:foo|bar)bazz", "bazz" },
		{ "(quux)?ab", "ab" },
		{ "(?x)foo bar", "" },                    /* extended: blanks and # mean else */
		{ "(?ix:f o o)barr", "" },
		{ "(?i)barr", "barr" },
		{ "\\Qfoo|bar\\E", "" },
		{ "ab(*ACCEPT)cdef", "" },
		{ "\\x41bcd", "" },                        /* an escape the scan does not read */
		{ "\\x{41}bcd", "" },
		{ "\\pLabc", "abc" },
		{ "\\bab\\s+\\S\\w\\Wcd\\.ef\\-gh\\b", "ab" },   /* the escapes it reads */
		{ "\\t\\n\\Kabc\\z", "abc" },
		{ "\\p{Lu}abc", "abc" },
		{ "\\k<name>xyz", "" },
		{ "\\k'name'xyz", "" },
		{ "\\x's|||'de", "" },                   /* \x' is NUL then a quote: '|' at the top */
		{ "(*MARK:[)ab|cd(])zz", "" },             /* a verb's name opens no class */
		{ "(*UCP)abc", "abc" },
		{ "(*pla:ab)cd", "cd" },                 /* a group, not a verb */
		{ "(?<name>a)\\g{name}wxyz", "" },
		{ "\\g-1xyz", "" },
		{ "\\012ab", "" },
		{ "\\cAbc", "" },
		{ "[abc]def", "def" },
		{ "[]x]yz", "yz" },
		{ "[^]x]yz", "yz" },
		{ "[[:alpha:]]xy", "xy" },
		{ "[a\\]b]cd", "cd" },
		{ "[\\c]ry]zz", "" },                      /* not the class [\c] then "ry" */
		{ "[\\x{5D}ab]cd", "" },
		{ "[\\p{L}]ab", "ab" },
		{ "[[:]ab|x:]]cd", "" },                  /* "[:]" is no POSIX name: '|' at the top */
		{ "[[:alpha:][:digit:]]ab", "ab" },
		{ "(?#a comment)word", "" },              /* abc(?#x)?de: the ? is c's */
		{ "abc\\E?de", "" },                       /* \E is nothing: the ? is c's */
		{ "ab\\d+cd", "ab" },
		{ "a", "" },                              /* too short to be worth a search */
		{ "a(b)c", "" },
		{ "(abc", "" },                           /* does not compile anyway */
		{ "abc)", "" },
		{ "[abc", "" },
		{ "abc\\", "" },
		{ "0123456789abcdefghijklmnopqrstuvwxyz", "0123456789abcdefghijklmnopqrstu" },
	};
	char out[REGEX_LITERAL_MAX + 1];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t n = regex_literal(cases[i].pattern, out);
		if (strcmp(out, cases[i].want) != 0 || n != strlen(cases[i].want))
			fail_msg("%s: got '%s' (%zu), want '%s'", cases[i].pattern, out, n,
				 cases[i].want);
	}
}

/* ---- prefix and suffix lookup ---- */

/* A word or pattern of min to max letters from a, b and ä (two bytes), from the state x. */
static size_t random_word(unsigned *x, size_t min, size_t max, char *out)
{
	static const char *const letters[] = { "a", "b", "\xc3\xa4" };
	size_t n, len = 0, i;

	*x = *x * 1103515245u + 12345u;
	n = min + (*x >> 16) % (max - min + 1);
	for (i = 0; i < n; i++) {
		const char *l = letters[((*x = *x * 1103515245u + 12345u) >> 16) % 3];
		memcpy(out + len, l, strlen(l));
		len += strlen(l);
	}
	out[len] = 0;
	return len;
}

static int cmp_ids(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* lexicon_lookup's prefix and suffix patterns against every pattern tried in turn: a word
 * matches a prefix pattern it begins with, and a suffix pattern its stem ends with, at a
 * character's start; the probes it skips (by the first and last bytes of the patterns)
 * skip no match. */
static void test_lookup_prefix_suffix(void **state)
{
	struct tenor_lexicon *lx = lex_new();
	struct buf text = { 0 };
	char w[64], st[64];
	uint32_t *ids = NULL, want[256];
	size_t n, cap = 0, nwant, i, k, matched = 0, unmatched = 0;
	unsigned x = 7;
	int lang, t;

	(void)state;
	for (i = 0; i < 40; i++) {
		random_word(&x, 2, i < 20 ? 4 : 3, w);
		assert_int_equal(buf_adds(&text, i % 2 ? "*" : ""), TENOR_OK);
		assert_int_equal(buf_adds(&text, w), TENOR_OK);
		assert_int_equal(buf_adds(&text, i % 2 ? "\n" : "*\n"), TENOR_OK);
	}
	assert_int_equal(add(lx, "de", "pressure.txt", text.data), TENOR_OK);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
	lang = lexicon_find_lang(lx, "de");
	assert_true(lang > 0);
	for (t = 0; t < 3000; t++) {
		size_t nl = random_word(&x, 1, 7, w), sl = random_word(&x, 1, 7, st);
		n = 0;
		assert_int_equal(lexicon_lookup(lx, (uint32_t)lang, w, nl, st, sl, &ids, &n, &cap),
				 TENOR_OK);
		for (i = 0, nwant = 0; i < lx->npats; i++) {
			const struct pattern *p = &lx->pats[i];
			if (p->kind != PAT_PREFIX && p->kind != PAT_SUFFIX)
				continue;
			k = strlen(p->text);
			if (p->kind == PAT_PREFIX ? k <= nl && memcmp(w, p->text, k) == 0 &&
							    (k == nl || ((unsigned char)w[k] & 0xC0) != 0x80)
						  : k <= sl && memcmp(st + sl - k, p->text, k) == 0 &&
							    ((unsigned char)st[sl - k] & 0xC0) != 0x80)
				want[nwant++] = (uint32_t)i;
		}
		qsort(ids, n, sizeof(*ids), cmp_ids);
		assert_int_equal(n, nwant);
		for (i = 0; i < n; i++)
			assert_int_equal(ids[i], want[i]);
		matched += n > 0;
		unmatched += n == 0;
	}
	/* both ways, often */
	assert_true(matched > 300 && unmatched > 300);
	tenor_free(ids);
	buf_release(&text);
	tenor_lexicon_free(lx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_several_errors),
		cmocka_unit_test(test_regex_does_not_compile),
		cmocka_unit_test(test_regex_literal),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_line_ends_entries),
		cmocka_unit_test(test_comments_and_blanks),
		cmocka_unit_test(test_weights),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_entry_info),
		cmocka_unit_test(test_categories),
		cmocka_unit_test(test_version),
		cmocka_unit_test(test_state),
		cmocka_unit_test(test_unknown_stemmer),
		cmocka_unit_test(test_doc_examples),
		cmocka_unit_test(test_liwc_variants),
		cmocka_unit_test(test_liwc_two_categories),
		cmocka_unit_test(test_liwc_errors),
		cmocka_unit_test(test_lookup_prefix_suffix),
	};
	return cmocka_run_group_tests_name("lexicon (src/lexicon.c, src/liwc.c)", tests, NULL,
					   NULL);
}
