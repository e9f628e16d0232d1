/*
 * test_analyze.c - the engine end to end through tenor_analyze, with small lexicons built
 * in memory: negation, overlaps, compounds and exceptions, hyphenated words, prefixes,
 * stems, phrases, regexes and their offsets, weights, NFC/NFD, --lang auto, errors, large
 * documents, LIWC, and the memo bound.
 *
 * Offsets are byte offsets counted by hand from the UTF-8 of each text; stems follow the
 * Snowball algorithms (German: Zielvorgaben -> zielvorgab, Zeitdrucks -> zeitdruck,
 * Eindrucks -> eindruck; English: listened -> listen).
 */
#include "unit.h"
#include "analyze.h"  /* internal: the memo in test_memo_bound, analyzer_trim */

#include <math.h>
#include <stdlib.h>
#include <time.h>

/* ---- helpers ---- */

struct lexsrc {
	const char *lang;  /* NULL: a LIWC dictionary */
	const char *name;
	const char *text;
};

struct fx {
	struct tenor_lexicon *lx;
	struct tenor_analyzer *a;
};

static void fx_open(struct fx *f, const struct lexsrc *src, size_t n)
{
	size_t i;

	assert_int_equal(tenor_lexicon_new(&f->lx), TENOR_OK);
	for (i = 0; i < n; i++) {
		int rc = src[i].lang
				 ? tenor_lexicon_add_buffer(f->lx, src[i].lang, src[i].name,
							    src[i].text, strlen(src[i].text))
				 : tenor_lexicon_add_liwc_buffer(f->lx, src[i].name, src[i].text,
								 strlen(src[i].text));
		if (rc != TENOR_OK)
			fail_msg("%s: %s", src[i].name, tenor_lexicon_error(f->lx));
	}
	if (tenor_lexicon_freeze(f->lx) != TENOR_OK)
		fail_msg("freeze: %s", tenor_lexicon_error(f->lx));
	assert_int_equal(tenor_analyzer_new(f->lx, &f->a), TENOR_OK);
}

#define FX_OPEN(f, src) fx_open(f, src, sizeof(src) / sizeof(src[0]))

static void fx_close(struct fx *f)
{
	tenor_analyzer_free(f->a);
	tenor_lexicon_free(f->lx);
}

static const struct tenor_result *run(struct fx *f, const char *text, const char *lang)
{
	const struct tenor_result *r = NULL;
	int rc = tenor_analyze(f->a, text, strlen(text), lang, &r);

	if (rc != TENOR_OK)
		fail_msg("tenor_analyze(\"%s\"): %s (%s)", text, tenor_strerror(rc),
			 tenor_analyzer_error(f->a));
	assert_non_null(r);
	return r;
}

static size_t cat(const struct tenor_lexicon *lx, const char *name)
{
	size_t i;

	for (i = 0; i < tenor_lexicon_category_count(lx); i++)
		if (strcmp(tenor_lexicon_category(lx, i), name) == 0)
			return i;
	fail_msg("no category %s", name);
	return 0;
}

static enum tenor_entry_kind kind_of(const struct tenor_lexicon *lx, size_t entry)
{
	struct tenor_entry_info e;

	assert_int_equal(tenor_lexicon_entry(lx, entry, &e), TENOR_OK);
	return e.kind;
}

/* What one category should come out as. */
struct want {
	const char *cat;     /* NULL ends the list */
	unsigned hits, negated;
	double weight;
};

/* A match in the order of result->matches. */
struct wmatch {
	const char *cat;     /* NULL ends the list */
	size_t start, end;
	int negated;
	const char *surface; /* the original text at [start, end) */
};

#define MAXW 8
/* no match list: only the category counts are checked */
#define NOM { { NULL, 0, 0, 0, NULL } }

struct acase {
	const char *text;
	const char *lang;
	struct want want[MAXW];
	struct wmatch matches[MAXW];  /* checked when matches[0].cat is set */
};

static void check_want(const struct tenor_lexicon *lx, const struct tenor_result *r,
		       const struct want *w)
{
	size_t k;

	for (k = 0; k < MAXW && w[k].cat; k++) {
		const struct tenor_category_result *c = &r->categories[cat(lx, w[k].cat)];
		if (c->hits != w[k].hits || c->negated != w[k].negated ||
		    fabs(c->weight - w[k].weight) > 1e-9)
			fail_msg("category %s: hits %u negated %u weight %g, want %u %u %g",
				 w[k].cat, c->hits, c->negated, c->weight, w[k].hits,
				 w[k].negated, w[k].weight);
	}
}

static void check_matches(const struct tenor_lexicon *lx, const struct tenor_result *r,
			  const char *text, const struct wmatch *m)
{
	size_t k, n = 0;

	while (n < MAXW && m[n].cat)
		n++;
	assert_int_equal(r->nmatches, n);
	for (k = 0; k < n; k++) {
		const struct tenor_match *g = &r->matches[k];
		if (g->category != cat(lx, m[k].cat) || g->start != m[k].start ||
		    g->end != m[k].end || g->negated != m[k].negated)
			fail_msg("match %zu: %s [%zu, %zu) negated %d, want %s [%zu, %zu) %d", k,
				 tenor_lexicon_category(lx, g->category), g->start, g->end,
				 g->negated, m[k].cat, m[k].start, m[k].end, m[k].negated);
		if (m[k].surface) {
			assert_int_equal(g->end - g->start, strlen(m[k].surface));
			assert_memory_equal(text + g->start, m[k].surface, strlen(m[k].surface));
		}
	}
}

static void run_cases(struct fx *f, const struct acase *cases, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const struct tenor_result *r;
		print_message("text: %s\n", cases[i].text);
		r = run(f, cases[i].text, cases[i].lang);
		assert_int_equal(r->ncategories, tenor_lexicon_category_count(f->lx));
		check_want(f->lx, r, cases[i].want);
		if (cases[i].matches[0].cat)
			check_matches(f->lx, r, cases[i].text, cases[i].matches);
	}
}

#define RUN_CASES(f, cases) run_cases(f, cases, sizeof(cases) / sizeof(cases[0]))

static const char de_negators[] = "@window 3\nkein*\nnicht\n[contrast]\naber\nsondern\n";
static const char en_negators[] = "@window 3\nno\nnot\nnever\n[contrast]\nbut\n";

/* ---- negation ---- */

static void test_negation(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "de/pressure.txt", "Druck = 2\n" },
		{ "de", "de/negators.txt", de_negators },
		{ "en", "en/pressure.txt", "pressure\n" },
		{ "en", "en/negators.txt", en_negators },
	};
	static const struct acase cases[] = {
		{ "Kein Druck.", "de", { { "pressure", 0, 1, 0 } },
		  { { "pressure", 5, 10, 1, "Druck" } } },
		/* nicht is token 2, Druck token 5: 3 tokens on, within the window */
		{ "Das ist nicht so viel Druck", "de", { { "pressure", 0, 1, 0 } }, NOM },
		/* nicht is token 2, Druck token 6: 4 tokens on, beyond the window */
		{ "Das ist nicht so sehr viel Druck", "de", { { "pressure", 1, 0, 2 } },
		  { { "pressure", 27, 32, 0, "Druck" } } },
		{ "Nicht gut, Druck", "de", { { "pressure", 1, 0, 2 } }, NOM },
		{ "Nicht gut aber Druck", "de", { { "pressure", 1, 0, 2 } }, NOM },
		{ "nicht das sondern Druck", "de", { { "pressure", 1, 0, 2 } }, NOM },
		{ "Keinerlei Druck", "de", { { "pressure", 0, 1, 0 } }, NOM },
		{ "nicht\nDruck", "de", { { "pressure", 1, 0, 2 } }, NOM },
		{ "nicht - Druck", "de", { { "pressure", 1, 0, 2 } }, NOM },
		{ "nicht; Druck", "de", { { "pressure", 1, 0, 2 } }, NOM },
		{ "nicht (Druck)", "de", { { "pressure", 1, 0, 2 } }, NOM },
		{ "Druck und kein Druck", "de", { { "pressure", 1, 1, 2 } },
		  { { "pressure", 0, 5, 0, "Druck" }, { "pressure", 15, 20, 1, "Druck" } } },
		/* the window counts from the negator: tokens 1 and 3 are both reached */
		{ "Nicht Druck und Druck", "de", { { "pressure", 0, 2, 0 } }, NOM },
		{ "Kein Druck, kein Druck, Druck", "de", { { "pressure", 1, 2, 2 } }, NOM },
		{ "Druck ohne Druck", "de", { { "pressure", 2, 0, 4 } }, NOM },
		{ "There is no pressure", "en", { { "pressure", 0, 1, 0 } }, NOM },
		{ "not much pressure but pressure", "en", { { "pressure", 1, 1, 1 } },
		  { { "pressure", 9, 17, 1, "pressure" }, { "pressure", 22, 30, 0, "pressure" } } },
		{ "No, pressure", "en", { { "pressure", 1, 0, 1 } }, NOM },
		{ "never ever had any pressure", "en", { { "pressure", 1, 0, 1 } }, NOM },
		{ "I do not feel pressure", "en", { { "pressure", 0, 1, 0 } }, NOM },
		{ "NOT pressure", "en", { { "pressure", 0, 1, 0 } }, NOM },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

static void test_negation_window(void **state)
{
	static const struct {
		const char *negators;
		const char *text;
		unsigned hits, negated;
	} cases[] = {
		{ "@window 0\nnicht\n", "nicht Druck", 1, 0 },
		{ "@window 1\nnicht\n", "nicht Druck", 0, 1 },
		{ "@window 1\nnicht\n", "nicht der Druck", 1, 0 },
		{ "@window 5\nnicht\n", "nicht a b c d Druck", 0, 1 },
		{ "@window 5\nnicht\n", "nicht a b c d e Druck", 1, 0 },
		/* without @window the default is 3 */
		{ "nicht\n", "nicht a b Druck", 0, 1 },
		{ "nicht\n", "nicht a b c Druck", 1, 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct lexsrc src[] = {
			{ "de", "pressure.txt", "Druck\n" },
			{ "de", "negators.txt", cases[i].negators },
		};
		struct fx f;
		const struct tenor_result *r;
		print_message("window case %zu: %s\n", i, cases[i].text);
		FX_OPEN(&f, src);
		r = run(&f, cases[i].text, "de");
		assert_int_equal(r->categories[0].hits, cases[i].hits);
		assert_int_equal(r->categories[0].negated, cases[i].negated);
		fx_close(&f);
	}
}

/* ---- overlaps ---- */

static void test_longest_match(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "*druck\nunter Druck setzen\n" },
		{ "de", "advisory.txt", "Druck\n" },
	};
	static const struct acase cases[] = {
		/* the phrase beats its own word within pressure; advisory counts on its own */
		{ "Sie unter Druck setzen", "de",
		  { { "pressure", 1, 0, 1 }, { "advisory", 1, 0, 1 } },
		  { { "pressure", 4, 22, 0, "unter Druck setzen" },
		    { "advisory", 10, 15, 0, "Druck" } } },
		{ "Druck setzen unter Druck setzen", "de",
		  { { "pressure", 2, 0, 2 }, { "advisory", 2, 0, 2 } },
		  { { "pressure", 0, 5, 0, "Druck" }, { "advisory", 0, 5, 0, "Druck" },
		    { "pressure", 13, 31, 0, "unter Druck setzen" },
		    { "advisory", 19, 24, 0, "Druck" } } },
		/* a phrase does not cross a clause boundary: only the word counts */
		{ "unter Druck, setzen", "de", { { "pressure", 1, 0, 1 }, { "advisory", 1, 0, 1 } },
		  { { "pressure", 6, 11, 0, "Druck" }, { "advisory", 6, 11, 0, "Druck" } } },
		{ "unter Druck. Setzen", "de", { { "pressure", 1, 0, 1 } }, NOM },
		/* a phrase word matches by stem, so Leistungsdruck is not "Druck" */
		{ "unter Leistungsdruck setzen", "de",
		  { { "pressure", 1, 0, 1 }, { "advisory", 0, 0, 0 } },
		  { { "pressure", 6, 20, 0, "Leistungsdruck" } } },
		/* consecutive tokens only */
		{ "unter hohem Druck setzen", "de", { { "pressure", 1, 0, 1 } }, NOM },
	};
	struct fx f;
	const struct tenor_result *r;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	r = run(&f, "Sie unter Druck setzen", "de");
	assert_int_equal(kind_of(f.lx, r->matches[0].entry), TENOR_ENTRY_PHRASE);
	r = run(&f, "unter Druck, setzen", "de");
	assert_int_equal(kind_of(f.lx, r->matches[0].entry), TENOR_ENTRY_COMPOUND);
	fx_close(&f);
}

/* Between equally long single-word matches: word, then compound head, then prefix, then
 * the earlier line. */
static void test_entry_precedence(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "a.txt", "druck*\n*druck\nDruck\n" },
		{ "de", "b.txt", "druck*\n*zeit\n" },
		{ "de", "c.txt", "dr*\ndru*\n" },
	};
	struct fx f;
	const struct tenor_result *r;

	(void)state;
	FX_OPEN(&f, src);
	/* entries: 0 druck*, 1 *druck, 2 Druck, 3 druck*, 4 *zeit, 5 dr*, 6 dru* */
	r = run(&f, "Druck", "de");
	assert_int_equal(r->nmatches, 3);
	assert_int_equal(r->matches[0].category, 0);
	assert_int_equal(r->matches[0].entry, 2);
	assert_int_equal(r->matches[1].category, 1);
	assert_int_equal(r->matches[1].entry, 3);
	assert_int_equal(r->matches[2].category, 2);
	assert_int_equal(r->matches[2].entry, 5);
	r = run(&f, "Druckzeit", "de");
	assert_int_equal(r->nmatches, 3);
	assert_int_equal(r->matches[0].entry, 0);
	assert_int_equal(r->matches[1].entry, 4);
	assert_int_equal(r->matches[2].entry, 5);
	assert_int_equal(r->categories[0].hits, 1);
	assert_int_equal(r->categories[1].hits, 1);
	assert_int_equal(r->categories[2].hits, 1);
	fx_close(&f);
}

/* Overlaps between kinds within one category: the longest match wins. */
static void test_overlaps(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "quote.txt", "Quote\n/quote\\s+von\\s+\\d+/ = 3\n" },
		{ "de", "phrases.txt", "unter Druck\nDruck setzen\n" },
		{ "de", "negators.txt", de_negators },
	};
	static const struct acase cases[] = {
		/* the regex covers the word */
		{ "Die Quote von 80", "de", { { "quote", 1, 0, 3 } },
		  { { "quote", 4, 16, 0, "Quote von 80" } } },
		{ "Die Quote steigt", "de", { { "quote", 1, 0, 1 } },
		  { { "quote", 4, 9, 0, "Quote" } } },
		/* two phrases overlap on Druck: "Druck setzen" (12 bytes) beats "unter Druck" (11) */
		{ "unter Druck setzen", "de", { { "phrases", 1, 0, 1 } },
		  { { "phrases", 6, 18, 0, "Druck setzen" } } },
		/* a phrase is negated by the negator before its first token */
		{ "nicht unter Druck", "de", { { "phrases", 0, 1, 0 } },
		  { { "phrases", 6, 17, 1, "unter Druck" } } },
		{ "keine Quote von 3", "de", { { "quote", 0, 1, 0 } }, NOM },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

/* Exceptions stop single-word entries of their own file, not phrases or regexes. */
static void test_exception_scope(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "control.txt", "kontroll*\n!kontrollier*\n" },
		{ "de", "pressure.txt", "*druck\n!*eindruck\nguter Eindruck\n/gesamteindruck/\n" },
	};
	static const struct acase cases[] = {
		{ "kontrolliert, kontrollieren, Kontrolle", "de", { { "control", 1, 0, 1 } },
		  { { "control", 29, 38, 0, "Kontrolle" } } },
		{ "ein guter Eindruck", "de", { { "pressure", 1, 0, 1 } },
		  { { "pressure", 4, 18, 0, "guter Eindruck" } } },
		{ "der Gesamteindruck", "de", { { "pressure", 1, 0, 1 } },
		  { { "pressure", 4, 18, 0, "Gesamteindruck" } } },
		{ "der Eindruck", "de", { { "pressure", 0, 0, 0 } }, NOM },
	};
	struct fx f;
	const struct tenor_result *r;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	r = run(&f, "der Gesamteindruck", "de");
	assert_int_equal(kind_of(f.lx, r->matches[0].entry), TENOR_ENTRY_REGEX);
	fx_close(&f);
}

/* One word in many categories counts in every one of them. */
static void test_many_categories(void **state)
{
	enum { NCAT = 80 };
	struct lexsrc src[NCAT];
	char names[NCAT][16];
	struct fx f;
	const struct tenor_result *r;
	size_t i;

	(void)state;
	for (i = 0; i < NCAT; i++) {
		snprintf(names[i], sizeof(names[i]), "c%zu.txt", i);
		src[i].lang = "de";
		src[i].name = names[i];
		src[i].text = "Druck\n";
	}
	fx_open(&f, src, NCAT);
	assert_int_equal(tenor_lexicon_category_count(f.lx), NCAT);
	r = run(&f, "Druck", "de");
	assert_int_equal(r->ncategories, NCAT);
	for (i = 0; i < NCAT; i++) {
		print_message("category %zu\n", i);
		assert_int_equal(r->categories[i].hits, 1);
	}
	assert_int_equal(r->nmatches, NCAT);
	fx_close(&f);
}

static void test_analyzer_arguments(void **state)
{
	static struct tenor_analyzer dummy;
	struct tenor_lexicon *lx;
	struct tenor_analyzer *a = &dummy;
	const struct tenor_result *r;

	(void)state;
	assert_int_equal(tenor_lexicon_new(&lx), TENOR_OK);
	assert_int_equal(tenor_lexicon_add_buffer(lx, "de", "p.txt", "Druck\n", 6), TENOR_OK);
	/* not frozen yet */
	assert_int_equal(tenor_analyzer_new(lx, &a), TENOR_ESTATE);
	assert_null(a);
	assert_int_equal(tenor_analyzer_new(NULL, &a), TENOR_EINVAL);
	assert_int_equal(tenor_lexicon_freeze(lx), TENOR_OK);
	assert_int_equal(tenor_analyzer_new(lx, &a), TENOR_OK);
	assert_int_equal(tenor_analyze(NULL, "x", 1, "de", &r), TENOR_EINVAL);
	assert_int_equal(tenor_analyze(a, "x", 1, "de", NULL), TENOR_EINVAL);
	assert_int_equal(tenor_analyzer_set_memo_limit(NULL, 1), TENOR_EINVAL);
	assert_int_equal(tenor_analyzer_set_default_lang(a, NULL), TENOR_EINVAL);
	assert_int_equal(tenor_analyzer_set_default_lang(a, "de"), TENOR_OK);
	assert_int_equal(tenor_analyze(a, "Druck", 5, NULL, &r), TENOR_OK);
	assert_string_equal(r->lang, "de");
	assert_int_equal(r->categories[0].hits, 1);
	tenor_analyzer_free(a);
	tenor_lexicon_free(lx);
}

/* ---- word forms ---- */

static void test_compounds_and_exceptions(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "*druck\n!*eindruck\n" },
		{ "de", "impression.txt", "*eindruck\n" },
		{ "de", "narrow.txt", "*druck\n!Eindruck\n" },
	};
	static const struct acase cases[] = {
		{ "Leistungsdruck, Zeitdrucks und Verkaufsdruck", "de",
		  { { "pressure", 3, 0, 3 }, { "impression", 0, 0, 0 }, { "narrow", 3, 0, 3 } },
		  { { "pressure", 0, 14, 0, "Leistungsdruck" },
		    { "narrow", 0, 14, 0, "Leistungsdruck" },
		    { "pressure", 16, 26, 0, "Zeitdrucks" }, { "narrow", 16, 26, 0, "Zeitdrucks" },
		    { "pressure", 31, 44, 0, "Verkaufsdruck" },
		    { "narrow", 31, 44, 0, "Verkaufsdruck" } } },
		{ "Druck", "de", { { "pressure", 1, 0, 1 }, { "narrow", 1, 0, 1 } }, NOM },
		/* !*eindruck excepts every compound ending in eindruck, hyphenated or not;
		 * !Eindruck only the word (and a hyphenated token whose last part it is) */
		{ "Eindruck, Gesamteindruck, Gesamt-Eindruck", "de",
		  { { "pressure", 0, 0, 0 }, { "impression", 3, 0, 3 }, { "narrow", 1, 0, 1 } },
		  { { "impression", 0, 8, 0, "Eindruck" },
		    { "impression", 10, 24, 0, "Gesamteindruck" },
		    { "narrow", 10, 24, 0, "Gesamteindruck" },
		    { "impression", 26, 41, 0, "Gesamt-Eindruck" } } },
		{ "Eindrucks", "de", { { "pressure", 0, 0, 0 }, { "narrow", 0, 0, 0 } }, NOM },
		{ "Verkaufs- und Zeitdruck", "de", { { "pressure", 1, 0, 1 } },
		  { { "pressure", 14, 23, 0, "Zeitdruck" }, { "narrow", 14, 23, 0, "Zeitdruck" } } },
		{ "Leistungs-Druck", "de", { { "pressure", 1, 0, 1 } }, NOM },
		{ "Drucker und Druckerei", "de", { { "impression", 0, 0, 0 } }, NOM },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

static void test_hyphenated_last_part(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "numbers.txt", "Zahlen\n" },
		{ "de", "weighted.txt", "Pipeline-Zahlen = 2\nZahlen\n" },
	};
	static const struct acase cases[] = {
		{ "Pipeline-Zahlen", "de", { { "numbers", 1, 0, 1 }, { "weighted", 1, 0, 2 } },
		  { { "numbers", 0, 15, 0, "Pipeline-Zahlen" },
		    { "weighted", 0, 15, 0, "Pipeline-Zahlen" } } },
		{ "Die Pipeline-Zahlen steigen", "de", { { "numbers", 1, 0, 1 } },
		  { { "numbers", 4, 19, 0, "Pipeline-Zahlen" },
		    { "weighted", 4, 19, 0, "Pipeline-Zahlen" } } },
		{ "Zahlen", "de", { { "numbers", 1, 0, 1 }, { "weighted", 1, 0, 1 } }, NOM },
		{ "Vertriebs-Zahlen", "de", { { "numbers", 1, 0, 1 }, { "weighted", 1, 0, 1 } }, NOM },
		{ "Zahlen-Pipeline", "de", { { "numbers", 0, 0, 0 }, { "weighted", 0, 0, 0 } }, NOM },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

/* An exception of several words claims them as a phrase would, and counts for nothing. */
static void test_phrase_exception(void **state)
{
	static const struct lexsrc src[] = {
		{ "en", "pressure.txt", "pressure\nsales pressure = 2\n!blood pressure\n"
					"blood pressure spikes = 3\n" },
		{ "en", "other.txt", "pressure\n" },
	};
	static const struct acase cases[] = {
		/* its words count for no shorter entry of its category, and it is no match */
		{ "blood pressure monitors", "en", { { "pressure", 0, 0, 0 }, { "other", 1, 0, 1 } },
		  { { "other", 6, 14, 0, "pressure" } } },
		/* a longer phrase over it still counts; elsewhere the word does */
		{ "blood pressure spikes", "en", { { "pressure", 1, 0, 3 } }, NOM },
		{ "blood and sales pressure", "en", { { "pressure", 1, 0, 2 } }, NOM },
		{ "blood, pressure", "en", { { "pressure", 1, 0, 1 } }, NOM },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

/* Exceptions do not apply to regexes, whichever line comes first: a regex over the words of
 * an exception of several words, or inside them, still counts; a word there does not. */
static void test_exception_not_regex(void **state)
{
	static const struct lexsrc src[] = {
		{ "en", "before.txt", "!blood pressure\n/blood pressure/\n" },
		{ "en", "after.txt", "/blood pressure/\n!blood pressure\n" },
		{ "en", "inside.txt", "pressure\n!blood pressure\n/press/\n" },
	};
	static const struct acase cases[] = {
		{ "high blood pressure today", "en",
		  { { "before", 1, 0, 1 }, { "after", 1, 0, 1 }, { "inside", 1, 0, 1 } },
		  { { "before", 5, 19, 0, "blood pressure" },
		    { "after", 5, 19, 0, "blood pressure" },
		    { "inside", 11, 16, 0, "press" } } },
		{ "pressure", "en", { { "before", 0, 0, 0 }, { "inside", 1, 0, 1 } },
		  { { "inside", 0, 8, 0, "pressure" } } },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

/* A hyphenated word is also the closed word: German writes a compound either way. */
static void test_hyphenated_joined(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "*druck\nAbschlussdruck = 2\n!Fingerabdruck\n" },
		{ "de", "ranking.txt", "Stack-Ranking = 2\n" },
		{ "en", "together.txt", "cooperate\n" },
	};
	static const struct acase cases[] = {
		/* the closed word's entry and weight, before the compound head */
		{ "Der Abschluss-Druck", "de", { { "pressure", 1, 0, 2 } },
		  { { "pressure", 4, 19, 0, "Abschluss-Druck" } } },
		{ "Abschlussdruck", "de", { { "pressure", 1, 0, 2 } }, NOM },
		{ "Leistungs-Druck", "de", { { "pressure", 1, 0, 1 } }, NOM },
		/* an exception of the closed word keeps its hyphenated spelling out */
		{ "Finger-Abdruck und Fingerabdruck", "de", { { "pressure", 0, 0, 0 } }, NOM },
		{ "we co-operate", "en", { { "together", 1, 0, 1 } },
		  { { "together", 3, 13, 0, "co-operate" } } },
		{ "co-operation-team", "en", { { "together", 0, 0, 0 } }, NOM },
		/* and a hyphenated entry matches the closed word, inflected too */
		{ "Stackranking, Stack-Rankings", "de", { { "ranking", 2, 0, 4 } },
		  { { "ranking", 0, 12, 0, "Stackranking" },
		    { "ranking", 14, 28, 0, "Stack-Rankings" } } },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

static void test_prefix_and_stems(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "control.txt", "kontroll*\n" },
		{ "de", "goals.txt", "Zielvorgabe\n" },
		{ "de", "markets.txt", "M\xC3\xA4rk*\n" },
		{ "en", "listening.txt", "listen\n" },
		{ "en", "hedge.txt", "don't\n" },
		{ "en", "fair.txt", "fair-*\n" },
	};
	static const struct acase cases[] = {
		{ "kontrolliert, Kontrollen und Kontrolle", "de", { { "control", 3, 0, 3 } },
		  { { "control", 0, 12, 0, "kontrolliert" }, { "control", 14, 24, 0, "Kontrollen" },
		    { "control", 29, 38, 0, "Kontrolle" } } },
		{ "Kontrollverlust", "de", { { "control", 1, 0, 1 } }, NOM },
		{ "Selbstkontrolle", "de", { { "control", 0, 0, 0 } }, NOM },
		{ "KONTROLLE", "de", { { "control", 1, 0, 1 } }, NOM },
		{ "Zielvorgaben und Zielvorgabe", "de", { { "goals", 2, 0, 2 } },
		  { { "goals", 0, 12, 0, "Zielvorgaben" }, { "goals", 17, 28, 0, "Zielvorgabe" } } },
		{ "ZIELVORGABEN", "de", { { "goals", 1, 0, 1 } }, NOM },
		{ "Zielvorgabenplanung", "de", { { "goals", 0, 0, 0 } }, NOM },
		/* a prefix with an umlaut matches NFD text too */
		{ "Ma\xCC\x88rkte und M\xC3\xA4rkte", "de", { { "markets", 2, 0, 2 } },
		  { { "markets", 0, 8, 0, "Ma\xCC\x88rkte" },
		    { "markets", 13, 20, 0, "M\xC3\xA4rkte" } } },
		{ "Marktplatz", "de", { { "markets", 0, 0, 0 } }, NOM },
		{ "listened, listening, listens", "en", { { "listening", 3, 0, 3 } }, NOM },
		{ "I don\xE2\x80\x99t know", "en", { { "hedge", 1, 0, 1 } },
		  { { "hedge", 2, 9, 0, "don\xE2\x80\x99t" } } },
		{ "I DON'T know", "en", { { "hedge", 1, 0, 1 } }, NOM },
		/* a prefix ending in a hyphen matches the hyphenated word only */
		{ "fair-minded, fairness", "en", { { "fair", 1, 0, 1 } },
		  { { "fair", 0, 11, 0, "fair-minded" } } },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

/* A word in two categories counts in both. */
static void test_category_independence(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "Druck\n" },
		{ "de", "physics.txt", "Druck = 0.5\n" },
		{ "de", "negators.txt", de_negators },
	};
	static const struct acase cases[] = {
		{ "Druck und Druck", "de", { { "pressure", 2, 0, 2 }, { "physics", 2, 0, 1 } },
		  { { "pressure", 0, 5, 0, "Druck" }, { "physics", 0, 5, 0, "Druck" },
		    { "pressure", 10, 15, 0, "Druck" }, { "physics", 10, 15, 0, "Druck" } } },
		{ "kein Druck", "de", { { "pressure", 0, 1, 0 }, { "physics", 0, 1, 0 } }, NOM },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

static void test_weights(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "Leistungsdruck = 2\n*druck\nZahlen = 0.5\n" },
		{ "de", "negators.txt", de_negators },
	};
	static const struct acase cases[] = {
		/* Leistungsdruck: the word entry (2) beats *druck (1) on the same token */
		{ "Leistungsdruck und Zeitdruck und Zahlen", "de", { { "pressure", 3, 0, 3.5 } }, NOM },
		{ "kein Leistungsdruck, Zahlen", "de", { { "pressure", 1, 1, 0.5 } }, NOM },
		{ "Zahlen Zahlen Zahlen", "de", { { "pressure", 3, 0, 1.5 } }, NOM },
	};
	struct fx f;
	const struct tenor_result *r;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	r = run(&f, "Leistungsdruck", "de");
	assert_int_equal(r->nmatches, 1);
	assert_true(r->matches[0].weight == 2.0);
	assert_int_equal(kind_of(f.lx, r->matches[0].entry), TENOR_ENTRY_WORD);
	fx_close(&f);
}

/* ---- regexes ---- */

static void test_regex(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "/quote\\s+von\\s+\\d+/ = 3\n/m\xC3\xA4rkte/\n" },
		{ "de", "street.txt", "/strasse/\n" },
		{ "de", "negators.txt", de_negators },
	};
	static const struct acase cases[] = {
		{ "Die Quote von 80 Prozent", "de", { { "pressure", 1, 0, 3 } },
		  { { "pressure", 4, 16, 0, "Quote von 80" } } },
		{ "QUOTE   VON 7", "de", { { "pressure", 1, 0, 3 } },
		  { { "pressure", 0, 13, 0, "QUOTE   VON 7" } } },
		/* NFC: Märkte is 7 bytes */
		{ "M\xC3\xA4rkte: Quote von 80", "de", { { "pressure", 2, 0, 4 } },
		  { { "pressure", 0, 7, 0, "M\xC3\xA4rkte" },
		    { "pressure", 9, 21, 0, "Quote von 80" } } },
		/* NFD: Märkte is 8 bytes, offsets point into the NFD original */
		{ "Ma\xCC\x88rkte: Quote von 80", "de", { { "pressure", 2, 0, 4 } },
		  { { "pressure", 0, 8, 0, "Ma\xCC\x88rkte" },
		    { "pressure", 10, 22, 0, "Quote von 80" } } },
		/* a regex match is negated like any other: by the token it starts in */
		{ "keine Quote von 5", "de", { { "pressure", 0, 1, 0 } },
		  { { "pressure", 6, 17, 1, "Quote von 5" } } },
		{ "Quote von", "de", { { "pressure", 0, 0, 0 } }, NOM },
		/* the regex sees the folded text: ß is "ss"; offsets cover the original ß */
		{ "Die Stra\xC3\x9F" "e, die STRASSE", "de", { { "street", 2, 0, 2 } },
		  { { "street", 4, 11, 0, "Stra\xC3\x9F" "e" },
		    { "street", 17, 24, 0, "STRASSE" } } },
		{ "Quote von 1, Quote von 2", "de", { { "pressure", 2, 0, 6 } },
		  { { "pressure", 0, 11, 0, "Quote von 1" },
		    { "pressure", 13, 24, 0, "Quote von 2" } } },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

/* Runs f's analyzer on text with the regex prefilter on (the literals and starts of
 * regex_literal and regex_starts, and the memo's bits of them) or off (every regex runs on
 * every normalized text): the memo is emptied first, since its words' bits depend on it. */
static const struct tenor_result *run_prefilter(struct fx *f, const char *text, int on,
						const size_t *must, const int *starts)
{
	const struct tenor_result *r;
	size_t e;

	for (e = 0; e < f->lx->nentries; e++) {
		f->lx->entries[e].mustlen = on ? must[e] : 0;
		f->lx->entries[e].has_starts = on ? starts[e] : 0;
	}
	memo_empty(&f->a->memo);
	r = run(f, text, "en");
	for (e = 0; e < f->lx->nentries; e++) {
		f->lx->entries[e].mustlen = must[e];
		f->lx->entries[e].has_starts = starts[e];
	}
	return r;
}

/* A regex is not run on a text without the letters every match of it contains
 * (regex_literal) or without a byte its matches start with (regex_starts), and the text is
 * not normalized when the words show that no regex can match: the results are those of
 * running every regex on every text. Here on texts made of the literals in every case, of
 * the characters whose case folds to ASCII (the Kelvin sign, long s, sharp s), of NFD, and
 * of what may stand between tokens: code points that normalizing drops, so that two tokens
 * become one word ("se<ZWSP>ll" is "sell" to a regex), quotes, dashes, no-break spaces and
 * an emoji. */
static void test_regex_literal_skip(void **state)
{
	static const struct lexsrc src[] = {
		{ "en", "pressure.txt",
		  "/\\bsell[,!]?\\s+sell\\b/\n"
		  "/\\b(?:my|our|the)\\s+Targets\\b/ = 2\n"
		  "/\\bpush(?:es|ed)?\\s+the\\s+deal/\n"
		  "/kpi\\s+of\\s+[0-9]+/\n"
		  "/stra(?:ss|\xC3\x9F)e\\s+nr/\n"
		  "/caf\xC3\xA9\\s+talk/\n"
		  "/[0-9]+\\s?(?:%|percent)/\n"
		  "/(?:x|y)z/\n" },
		{ "en", "negators.txt", en_negators },
	};
	static const char *const words[] = {
		"sell", "SELL", "Sell", "\xC5\xBF" "ell", "se\xC5\xBF\xC5\xBF", "sell,", "sell!",
		"my", "our", "the", "THE", "targets", "Targets", "TARGETS", "target",
		"push", "pushed", "Pushes", "deal", "DEAL", "kpi", "KPI", "\xE2\x84\xAA" "pi", "of",
		"12", "7", "stra\xC3\x9F" "e", "STRASSE", "strasse", "Stra\xE1\xBA\x9E" "e", "nr",
		"caf\xC3\xA9", "cafe\xCC\x81", "CAF\xC3\x89", "talk", "not", "no", "and", ",", ".",
		/* between tokens: dropped (zero-width space, two soft hyphens, word joiner) */
		"se\xE2\x80\x8Bll", "se\xC2\xAD\xC2\xADll", "pu\xE2\x81\xA0sh", "k\xE2\x80\x8Bpi",
		"1\xE2\x80\x8B" "2", "X\xE2\x80\x8BZ",
		/* between tokens: kept apart */
		"\xE2\x80\x9Csell\xE2\x80\x9D", "sell\xE2\x80\x99", "12\xC2\xA0%", "50%",
		"percent", "kpi\xE2\x80\x94of", "\xC2\xBB" "deal\xC2\xAB", "\xF0\x9F\x98\x80", "xz",
		"YZ", "x", "z"
	};
	const size_t nwords = sizeof(words) / sizeof(words[0]);
	struct fx f;
	struct tenor_match wm[64];
	unsigned whits[8], wneg[8];
	size_t must[16], nwm, total = 0;
	int starts[16];
	unsigned long seed = 12345;
	size_t i, k, e, literals = 0, withstarts = 0;
	char text[512];

	(void)state;
	FX_OPEN(&f, src);
	assert_true(f.lx->nentries <= 16 && tenor_lexicon_category_count(f.lx) <= 8);
	for (e = 0; e < f.lx->nentries; e++) {
		literals += (must[e] = f.lx->entries[e].mustlen) > 0;
		withstarts += (starts[e] = f.lx->entries[e].has_starts) != 0;
	}
	/* every one: sell, targets, push, kpi, stra, caf */
	assert_int_equal(literals, 6);
	/* m o t, p, c, the digits, x y; not s or k, which PCRE2 lets start with long s and the
	 * Kelvin sign too */
	assert_int_equal(withstarts, 5);
	for (i = 0; i < 3000; i++) {
		const struct tenor_result *r;
		size_t len = 0, n = 2 + i % 9;
		for (k = 0; k < n; k++) {
			const char *w;
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			w = words[(seed >> 33) % nwords];
			len += (size_t)snprintf(text + len, sizeof(text) - len, "%s%s", k ? " " : "", w);
		}
		r = run_prefilter(&f, text, 1, must, starts);
		assert_true(r->nmatches <= 64);
		nwm = r->nmatches;
		total += nwm;
		if (nwm)
			memcpy(wm, r->matches, nwm * sizeof(*wm));
		for (k = 0; k < r->ncategories; k++) {
			whits[k] = r->categories[k].hits;
			wneg[k] = r->categories[k].negated;
		}
		r = run_prefilter(&f, text, 0, must, starts);
		if (r->nmatches != nwm)
			fail_msg("%s: %zu matches with the prefilter, %zu without", text, nwm,
				 r->nmatches);
		/* field by field: the struct's padding is never written */
		for (k = 0; k < nwm; k++) {
			const struct tenor_match *g = &r->matches[k];
			assert_int_equal(g->category, wm[k].category);
			assert_int_equal(g->entry, wm[k].entry);
			assert_int_equal(g->start, wm[k].start);
			assert_int_equal(g->end, wm[k].end);
			assert_true(g->weight == wm[k].weight);
			assert_int_equal(g->negated, wm[k].negated);
		}
		for (k = 0; k < r->ncategories; k++) {
			assert_int_equal(r->categories[k].hits, whits[k]);
			assert_int_equal(r->categories[k].negated, wneg[k]);
		}
	}
	/* the texts match often enough to tell */
	assert_true(total > 300);
	fx_close(&f);
}

/* A leading BOM is skipped: it is no token, and offsets still count its 3 bytes. */
static void test_bom(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "Druck\n/quote\\s+von\\s+\\d+/\n" },
	};
	static const struct acase cases[] = {
		{ "\xEF\xBB\xBF" "Druck", "de", { { "pressure", 1, 0, 1 } },
		  { { "pressure", 3, 8, 0, "Druck" } } },
		{ "\xEF\xBB\xBF" "Quote von 5", "de", { { "pressure", 1, 0, 1 } },
		  { { "pressure", 3, 14, 0, "Quote von 5" } } },
	};
	struct fx f;
	const struct tenor_result *r;

	(void)state;
	/* a fresh analyzer for each text: its normalizer has seen no non-ASCII yet */
	FX_OPEN(&f, src);
	r = run(&f, cases[0].text, "de");
	assert_int_equal(r->tokens, 1);
	fx_close(&f);
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

/* Text with ignorable characters between ASCII words (a zero-width space, a soft hyphen
 * on its own) goes through the regex stage without trouble. */
static void test_regex_ignorables(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "/quote\\s+von\\s+\\d+/\n" },
	};
	static const struct acase cases[] = {
		/* U+200B (3 bytes) between "Die" and "Quote" */
		{ "Die\xE2\x80\x8B Quote von 5", "de", { { "pressure", 1, 0, 1 } },
		  { { "pressure", 7, 18, 0, "Quote von 5" } } },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

/* A word of eight 4-byte letters (U+20000..U+20007), as an entry and in a text: the
 * normalized form is exactly as long as the scratch of code points it came from. */
static void test_four_byte_word(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "rare.txt", "\xF0\xA0\x80\x80\xF0\xA0\x80\x81\xF0\xA0\x80\x82\xF0\xA0\x80\x83"
				    "\xF0\xA0\x80\x84\xF0\xA0\x80\x85\xF0\xA0\x80\x86\xF0\xA0\x80\x87\n" },
	};
	static const struct acase cases[] = {
		{ "x \xF0\xA0\x80\x80\xF0\xA0\x80\x81\xF0\xA0\x80\x82\xF0\xA0\x80\x83"
		  "\xF0\xA0\x80\x84\xF0\xA0\x80\x85\xF0\xA0\x80\x86\xF0\xA0\x80\x87 y", "de",
		  { { "rare", 1, 0, 1 } }, { { "rare", 2, 34, 0, NULL } } },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

static double seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void test_catastrophic_regex(void **state)
{
	static const struct lexsrc src[] = {
		{ "en", "backtrack.txt", "/(a+)+$/\n" },
		{ "en", "quote.txt", "/quote/\n" },
	};
	struct fx f;
	const struct tenor_result *r;
	char text[128];
	double t0;

	(void)state;
	FX_OPEN(&f, src);
	snprintf(text, sizeof(text), "quote %s", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab");
	t0 = seconds();
	r = run(&f, text, "en");
	/* without the limits this takes 2^41 steps; with them it is a blink */
	assert_true(seconds() - t0 < 10.0);
	assert_int_equal(r->categories[0].hits, 0);
	/* stopped by its limit (reported), or failed fast: once per document at most */
	assert_true(r->regex_limited <= 1);
	/* the other regex still runs */
	assert_int_equal(r->categories[1].hits, 1);
	assert_int_equal(r->nmatches, 1);
	assert_int_equal(r->matches[0].start, 0);
	assert_int_equal(r->matches[0].end, 5);

	/* the count is per document, and the pattern works where it can */
	r = run(&f, "aaa", "en");
	assert_int_equal(r->regex_limited, 0);
	assert_int_equal(r->categories[0].hits, 1);
	assert_int_equal(r->matches[0].start, 0);
	assert_int_equal(r->matches[0].end, 3);
	fx_close(&f);
}

/* ---- NFC and NFD ---- */

static void test_nfc_nfd(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "*druck\nZielvorgabe\n" },
		{ "de", "markets.txt", "M\xC3\xA4rkte\n" },
		{ "de", "regex.txt", "/f\xC3\xBCr\\s+m\xC3\xA4rkte/\n" },
		{ "de", "negators.txt", de_negators },
	};
	/* NFC: Der[0,3) Leistungsdruck[4,18) für[19,23) Märkte[24,31) steigt[32,38) ,
	 * aber[40,44) Zielvorgaben[45,57) fehlen[58,64) nicht[65,70) . */
	static const char nfc[] = "Der Leistungsdruck f\xC3\xBCr M\xC3\xA4rkte steigt, aber "
				  "Zielvorgaben fehlen nicht.";
	/* NFD: für and Märkte one byte longer each */
	static const char nfd[] = "Der Leistungsdruck fu\xCC\x88r Ma\xCC\x88rkte steigt, aber "
				  "Zielvorgaben fehlen nicht.";
	static const struct acase cases[] = {
		{ nfc, "de",
		  { { "pressure", 2, 0, 2 }, { "markets", 1, 0, 1 }, { "regex", 1, 0, 1 } },
		  { { "pressure", 4, 18, 0, "Leistungsdruck" },
		    { "regex", 19, 31, 0, "f\xC3\xBCr M\xC3\xA4rkte" },
		    { "markets", 24, 31, 0, "M\xC3\xA4rkte" },
		    { "pressure", 45, 57, 0, "Zielvorgaben" } } },
		{ nfd, "de",
		  { { "pressure", 2, 0, 2 }, { "markets", 1, 0, 1 }, { "regex", 1, 0, 1 } },
		  { { "pressure", 4, 18, 0, "Leistungsdruck" },
		    { "regex", 19, 33, 0, "fu\xCC\x88r Ma\xCC\x88rkte" },
		    { "markets", 25, 33, 0, "Ma\xCC\x88rkte" },
		    { "pressure", 47, 59, 0, "Zielvorgaben" } } },
	};
	struct fx f;
	const struct tenor_result *r;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	r = run(&f, nfc, "de");
	assert_int_equal(r->tokens, 9);
	r = run(&f, nfd, "de");
	assert_int_equal(r->tokens, 9);
	fx_close(&f);
}

/* ---- languages ---- */

static void test_lang_auto(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "de/pressure.txt", "Druck\n" },
		{ "de", "de/function-words.txt", "der\ndie\ndas\nund\nist\nnicht\nin\nfür\n" },
		{ "en", "en/pressure.txt", "pressure\n" },
		{ "en", "en/function-words.txt", "the\nand\nis\nof\nto\nnot\nin\n" },
	};
	static const struct {
		const char *text;
		const char *lang;  /* given */
		const char *want;  /* used */
		unsigned hits;
	} cases[] = {
		{ "Der Druck ist hoch und die Zahlen fallen", "auto", "de", 1 },
		{ "The pressure is high and the numbers fall", "auto", "en", 1 },
		{ "Der Druck ist hoch und die Zahlen fallen", NULL, "de", 1 },
		{ "DER DRUCK UND DIE ZAHLEN", "auto", "de", 1 },
		/* one word: too little evidence, the default language (en) is used */
		{ "Druck", "auto", "en", 0 },
		/* a tie: default */
		{ "der the Druck", "auto", "en", 0 },
		{ "der die the Druck", "auto", "de", 1 },
		{ "Der Druck, the pressure and the rest", "auto", "en", 1 },
		/* a function word of both languages counts for both */
		{ "in der in the Druck", "auto", "en", 0 },
		{ "in der die in the Druck", "auto", "de", 1 },
		/* the same word in other cases and normal forms (NFD ü) */
		{ "FÜR Druck fu\xcc\x88r", "auto", "de", 1 },
		{ "F\xc3\xbcr Druck Fu\xcc\x88r", "auto", "de", 1 },
		/* an explicit language is taken as given */
		{ "The pressure is high and the numbers fall", "de", "de", 0 },
		{ "Druck", "de", "de", 1 },
	};
	struct fx f;
	struct tenor_analyzer *small;
	size_t i, pass;
	const struct tenor_result *r;

	(void)state;
	FX_OPEN(&f, src);
	/* the words seen are kept: a second pass reads them from the memo; an analyzer whose
	 * memo is emptied before every document computes them afresh */
	assert_int_equal(tenor_analyzer_new(f.lx, &small), TENOR_OK);
	assert_int_equal(tenor_analyzer_set_memo_limit(small, 1), TENOR_OK);
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
			print_message("lang case %zu: %s\n", i, cases[i].text);
			r = run(&f, cases[i].text, cases[i].lang);
			assert_string_equal(r->lang, cases[i].want);
			assert_int_equal(r->categories[0].hits, cases[i].hits);
			assert_int_equal(tenor_analyze(small, cases[i].text, strlen(cases[i].text),
						       cases[i].lang, &r), TENOR_OK);
			assert_string_equal(r->lang, cases[i].want);
			assert_int_equal(r->categories[0].hits, cases[i].hits);
		}
	}
	assert_true(f.a->memo.funcwords.count > 10);
	assert_true(small->memo.funcwords.count <= 6);
	tenor_analyzer_free(small);
	assert_int_equal(tenor_analyzer_set_default_lang(f.a, "de"), TENOR_OK);
	r = run(&f, "Druck", "auto");
	assert_string_equal(r->lang, "de");
	assert_int_equal(r->categories[0].hits, 1);
	r = run(&f, "der the Druck", NULL);
	assert_string_equal(r->lang, "de");
	/* a language without a lexicon cannot be the default; the old one stays */
	assert_int_equal(tenor_analyzer_set_default_lang(f.a, "fr"), TENOR_ELANG);
	r = run(&f, "Druck", "auto");
	assert_string_equal(r->lang, "de");
	fx_close(&f);
}

static void test_unknown_lang(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "Druck\n" },
	};
	static const struct tenor_result dummy;
	struct fx f;
	const struct tenor_result *r = &dummy;

	(void)state;
	FX_OPEN(&f, src);
	assert_int_equal(tenor_analyze(f.a, "Druck", 5, "fr", &r), TENOR_ELANG);
	assert_null(r);
	assert_non_null(strstr(tenor_analyzer_error(f.a), "fr"));
	/* auto with too little evidence falls back to en, or, where en has no lexicon as
	 * here, to the first installed language */
	assert_int_equal(tenor_analyze(f.a, "Druck", 5, "auto", &r), TENOR_OK);
	assert_string_equal(r->lang, "de");
	assert_int_equal(tenor_analyzer_set_default_lang(f.a, "en"), TENOR_ELANG);
	/* the analyzer still works */
	r = run(&f, "Druck", "de");
	assert_int_equal(r->categories[0].hits, 1);
	fx_close(&f);
}

/* ---- errors and edge cases ---- */

static void test_invalid_utf8(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "Druck\n" },
	};
	static const struct {
		const char *text;
		size_t len;
		size_t bad;
	} cases[] = {
		{ "Gut\xC3(", 5, 3 },
		{ "Druck \xED\xA0\x80", 9, 6 },
		{ "\xF4\x90\x80\x80", 4, 0 },
		{ "M\xC3\xA4rkte \xC0\xAF", 10, 8 },
		{ "Druck\xE2\x82", 7, 5 },
		/* characters the tokenizer's twin in bytes takes, cut short or broken, after
		 * ones it takes whole: found in the pass that picks the pattern */
		{ "Gr\xC3\xBC\xC3\x9F" "e \xC3(", 10, 8 },
		{ "\xE2\x80\x9E" "Druck\xE2\x80\x9C \xC3", 13, 12 },
		{ "ab\xC2\xC2", 4, 2 },
		{ "\xE2\x80(Druck", 8, 0 },
		{ "Druck\xE2\x81\xA0\xEF\xBB", 10, 8 },
		{ "\xC3\xA4\xE2\x82\xAC\xEF\xBB\xBF\x80", 9, 8 },
	};
	static const struct tenor_result dummy;
	struct fx f;
	size_t i;
	char want[64];

	(void)state;
	FX_OPEN(&f, src);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct tenor_result *r = &dummy;
		print_message("invalid case %zu\n", i);
		assert_int_equal(tenor_analyze(f.a, cases[i].text, cases[i].len, "de", &r),
				 TENOR_EUTF8);
		assert_null(r);
		assert_int_equal(tenor_analyzer_error_offset(f.a), cases[i].bad);
		snprintf(want, sizeof(want), "invalid UTF-8 at byte %zu", cases[i].bad);
		assert_string_equal(tenor_analyzer_error(f.a), want);
	}
	/* a valid text afterwards is analyzed normally */
	assert_int_equal(run(&f, "Druck", "de")->categories[0].hits, 1);
	fx_close(&f);
}

static void test_empty(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "Druck\n" },
		/* the regex: an empty text once got the last text's regex matches */
		{ "de", "advisory.txt", "Rat\n/druck\\s+rat/\n" },
	};
	static const char *const texts[] = { "", " \n\t ", "... !? --", "\xF0\x9F\x98\x80" };
	struct fx f;
	const struct tenor_result *r;
	size_t i;

	(void)state;
	FX_OPEN(&f, src);
	/* a non-empty result first, so that nothing is left over */
	r = run(&f, "Druck Rat", "de");
	assert_int_equal(r->categories[0].hits, 1);
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		print_message("empty case %zu\n", i);
		r = run(&f, texts[i], "de");
		assert_int_equal(r->tokens, 0);
		assert_int_equal(r->ncategories, 2);
		assert_int_equal(r->categories[0].hits, 0);
		assert_int_equal(r->categories[0].negated, 0);
		assert_true(r->categories[0].weight == 0.0);
		assert_int_equal(r->categories[1].hits, 0);
		assert_int_equal(r->nmatches, 0);
		assert_int_equal(r->regex_limited, 0);
		assert_string_equal(r->lang, "de");
	}
	/* NULL with length 0 is the empty text */
	assert_int_equal(tenor_analyze(f.a, NULL, 0, "de", &r), TENOR_OK);
	assert_int_equal(r->tokens, 0);
	assert_int_equal(tenor_analyze(f.a, NULL, 3, "de", &r), TENOR_EINVAL);
	fx_close(&f);
}

static void test_large_document(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "*druck\n" },
		{ "de", "regex.txt", "/hoch\\.\\s+leistungsdruck/\n" },
	};
	/* 25 bytes, 3 tokens; 40,000 times = 1,000,000 bytes */
	static const char unit[] = "Leistungsdruck ist hoch. ";
	enum { REPEAT = 40000 };
	size_t len = (sizeof(unit) - 1) * REPEAT, i;
	char *text = malloc(len);
	struct fx f;
	const struct tenor_result *r;
	struct result_log log = { 0 };
	struct kept_result kept;
	struct tenor_result again;
	size_t cap;

	(void)state;
	assert_non_null(text);
	assert_int_equal(len, 1000000);
	for (i = 0; i < REPEAT; i++)
		memcpy(text + i * (sizeof(unit) - 1), unit, sizeof(unit) - 1);
	FX_OPEN(&f, src);
	assert_int_equal(tenor_analyze(f.a, text, len, "de", &r), TENOR_OK);
	assert_int_equal(r->tokens, 3 * REPEAT);
	assert_int_equal(r->categories[0].hits, REPEAT);
	/* "hoch. Leistungsdruck" spans each seam: 39,999 of them */
	assert_int_equal(r->categories[1].hits, REPEAT - 1);
	assert_int_equal(r->nmatches, 2 * REPEAT - 1);
	assert_int_equal(r->matches[0].start, 0);
	assert_int_equal(r->matches[0].end, 14);
	assert_int_equal(r->matches[1].start, 19);
	assert_int_equal(r->matches[1].end, 39);
	assert_int_equal(r->matches[r->nmatches - 1].start, 25 * (REPEAT - 1));
	assert_int_equal(r->matches[r->nmatches - 1].end, 25 * (REPEAT - 1) + 14);

	/* Ingest's workers keep the result and give back the long text's arrays; a short
	 * text's are kept, and the long text scores the same again. */
	assert_int_equal(result_keep(&log, r, &kept), TENOR_OK);
	analyzer_trim(f.a);
	assert_null(f.a->tz.tok);
	assert_null(f.a->cands);
	assert_null(f.a->matches);
	assert_int_equal(f.a->matchcap, 0);
	r = run(&f, "Leistungsdruck", "de");
	assert_int_equal(r->nmatches, 1);
	cap = f.a->matchcap;
	analyzer_trim(f.a);
	assert_non_null(f.a->matches);
	assert_int_equal(f.a->matchcap, cap);
	assert_int_equal(tenor_analyze(f.a, text, len, "de", &r), TENOR_OK);
	result_get(&log, &kept, &again);
	assert_int_equal(r->tokens, again.tokens);
	assert_int_equal(r->nmatches, again.nmatches);
	for (i = 0; i < r->nmatches; i++) {
		assert_int_equal(r->matches[i].category, again.matches[i].category);
		assert_int_equal(r->matches[i].entry, again.matches[i].entry);
		assert_int_equal(r->matches[i].start, again.matches[i].start);
		assert_int_equal(r->matches[i].end, again.matches[i].end);
		assert_true(r->matches[i].weight == again.matches[i].weight);
		assert_int_equal(r->matches[i].negated, again.matches[i].negated);
	}
	for (i = 0; i < r->ncategories; i++) {
		assert_int_equal(r->categories[i].hits, again.categories[i].hits);
		assert_int_equal(r->categories[i].negated, again.categories[i].negated);
		assert_true(r->categories[i].weight == again.categories[i].weight);
	}
	result_log_release(&log);
	fx_close(&f);
	free(text);
}

/* ---- LIWC ---- */

static void test_liwc_acceptance(void **state)
{
	static const struct lexsrc src[] = {
		{ NULL, "ab.dic", "%\n1\tA\n2\tB\n%\na*\t1\nbravo\t2\n" },
	};
	static const char text[] = "Any alpha a bravo charlie Bravo boy";
	static const struct acase cases[] = {
		{ text, "en", { { "A", 3, 0, 3 }, { "B", 2, 0, 2 } },
		  { { "A", 0, 3, 0, "Any" }, { "A", 4, 9, 0, "alpha" }, { "A", 10, 11, 0, "a" },
		    { "B", 12, 17, 0, "bravo" }, { "B", 26, 31, 0, "Bravo" } } },
		{ text, NULL, { { "A", 3, 0, 3 }, { "B", 2, 0, 2 } }, NOM },
		{ text, "auto", { { "A", 3, 0, 3 }, { "B", 2, 0, 2 } }, NOM },
		/* LIWC entries apply to any language */
		{ text, "de", { { "A", 3, 0, 3 }, { "B", 2, 0, 2 } }, NOM },
		/* no stemming: bravos is not bravo */
		{ "bravos Bravo", "en", { { "A", 0, 0, 0 }, { "B", 1, 0, 1 } }, NOM },
	};
	struct fx f;
	const struct tenor_result *r;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	r = run(&f, text, "en");
	assert_int_equal(r->tokens, 7);
	assert_int_equal(r->ncategories, 2);
	fx_close(&f);
}

static void test_liwc_with_own_lexicon(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "Druck\n" },
		{ "de", "negators.txt", de_negators },
		{ NULL, "x.dic", "%\n1\tposemo\n2\tsocial\n%\nhapp*\t1\nkind of\t1\nfriend*\t1 2\n" },
	};
	static const struct acase cases[] = {
		{ "Druck happy", "de", { { "pressure", 1, 0, 1 }, { "posemo", 1, 0, 1 } },
		  { { "pressure", 0, 5, 0, "Druck" }, { "posemo", 6, 11, 0, "happy" } } },
		/* a multi-word LIWC entry: consecutive tokens in one clause */
		{ "a kind of magic", "en", { { "posemo", 1, 0, 1 } },
		  { { "posemo", 2, 9, 0, "kind of" } } },
		{ "kind, of", "en", { { "posemo", 0, 0, 0 } }, NOM },
		/* one entry with two ids counts in both */
		{ "Friends", "en", { { "posemo", 1, 0, 1 }, { "social", 1, 0, 1 } }, NOM },
	};
	struct fx f;

	(void)state;
	FX_OPEN(&f, src);
	RUN_CASES(&f, cases);
	fx_close(&f);
}

/* ---- result layout ---- */

static void test_category_order(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "de/pressure.txt", "Druck\n" },
		{ "de", "de/advisory.txt", "Rat\n" },
		{ "de", "de/reflection.txt", "nachdenken\n" },
		{ "en", "en/pressure.txt", "pressure\n" },
		{ "en", "en/reflection.txt", "reflect\n" },
	};
	struct fx f;
	const struct tenor_result *r;

	(void)state;
	FX_OPEN(&f, src);
	assert_int_equal(tenor_lexicon_category_count(f.lx), 3);
	assert_string_equal(tenor_lexicon_category(f.lx, 0), "pressure");
	assert_string_equal(tenor_lexicon_category(f.lx, 1), "advisory");
	assert_string_equal(tenor_lexicon_category(f.lx, 2), "reflection");
	r = run(&f, "we reflect", "en");
	assert_int_equal(r->ncategories, 3);
	assert_int_equal(r->categories[0].hits, 0);
	assert_int_equal(r->categories[1].hits, 0);
	assert_int_equal(r->categories[2].hits, 1);
	assert_int_equal(r->nmatches, 1);
	assert_int_equal(r->matches[0].category, 2);
	assert_int_equal(r->matches[0].start, 3);
	assert_int_equal(r->matches[0].end, 10);
	r = run(&f, "Rat", "de");
	assert_int_equal(r->categories[0].hits, 0);
	assert_int_equal(r->categories[1].hits, 1);
	assert_int_equal(r->categories[2].hits, 0);
	fx_close(&f);
}

/* ---- the memo bound ---- */

/* A distinct word of consonants for i (no vowels: the stemmer leaves it alone). */
static void word_of(unsigned i, char *out)
{
	static const char cons[] = "bcdfghjklmnpqrstvwxz";
	size_t n = 0;

	do {
		out[n++] = cons[i % 20];
		i /= 20;
	} while (i);
	out[n] = 0;
}

/* Words lo..hi-1: i % 3 == 0 a filler, 1 a compound "<w>druck" (pressure), 2 a prefix
 * match "kontroll<w>" (control); a full stop after every 10th word. */
static char *make_doc(unsigned lo, unsigned hi, size_t *len)
{
	struct buf b = { 0 };
	char w[16];
	unsigned i;

	for (i = lo; i < hi; i++) {
		word_of(i, w);
		if (i % 3 == 0)
			assert_int_equal(buf_adds(&b, "x"), TENOR_OK);
		else if (i % 3 == 2)
			assert_int_equal(buf_adds(&b, "kontroll"), TENOR_OK);
		assert_int_equal(buf_adds(&b, w), TENOR_OK);
		if (i % 3 == 1)
			assert_int_equal(buf_adds(&b, "druck"), TENOR_OK);
		assert_int_equal(buf_adds(&b, i % 10 == 9 ? ". " : " "), TENOR_OK);
	}
	*len = b.len;
	return b.data;
}

static unsigned count_mod(unsigned lo, unsigned hi, unsigned r)
{
	unsigned i, n = 0;
	for (i = lo; i < hi; i++)
		n += i % 3 == r;
	return n;
}

static void same_results(const struct tenor_result *x, const struct tenor_result *y)
{
	size_t i;

	assert_int_equal(x->tokens, y->tokens);
	assert_int_equal(x->ncategories, y->ncategories);
	for (i = 0; i < x->ncategories; i++) {
		assert_int_equal(x->categories[i].hits, y->categories[i].hits);
		assert_int_equal(x->categories[i].negated, y->categories[i].negated);
		assert_true(x->categories[i].weight == y->categories[i].weight);
	}
	assert_int_equal(x->nmatches, y->nmatches);
	for (i = 0; i < x->nmatches; i++) {
		assert_int_equal(x->matches[i].category, y->matches[i].category);
		assert_int_equal(x->matches[i].entry, y->matches[i].entry);
		assert_int_equal(x->matches[i].start, y->matches[i].start);
		assert_int_equal(x->matches[i].end, y->matches[i].end);
	}
}

/* Words written otherwise, capitalized or decomposed, are the word of their normalized
 * form: one memo word each, and the same hits. */
static void test_memo_forms(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "advisory.txt", "kunde\nmarkt\n" },
	};
	static const char text[] = "Kunden kunden KUNDEN M\xc3\xa4rkte Ma\xcc\x88rkte m\xc3\xa4rkte";
	struct fx f;
	const struct tenor_result *r;

	(void)state;
	FX_OPEN(&f, src);
	assert_int_equal(tenor_analyze(f.a, text, strlen(text), "de", &r), TENOR_OK);
	assert_int_equal(r->tokens, 6);
	assert_int_equal(r->categories[0].hits, 6);
	assert_int_equal(r->nmatches, 6);
	/* six surface forms, two normalized ones */
	assert_int_equal(f.a->memo.maps[lexicon_find_lang(f.lx, "de")].count, 6);
	assert_int_equal(f.a->memo.nwords, 2);
	fx_close(&f);
}

static void test_memo_bound(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "*druck\n" },
		{ "de", "control.txt", "kontroll*\n" },
		{ "de", "negators.txt", de_negators },
	};
	enum { BIG = 6000, DOCS = 60, STEP = 250, SPAN = 700 };
	struct fx f;
	struct tenor_analyzer *small;
	const struct tenor_result *rs, *rd;
	size_t len;
	char *big = make_doc(0, BIG, &len);
	unsigned d, pass;

	(void)state;
	FX_OPEN(&f, src);
	assert_int_equal(tenor_analyzer_new(f.lx, &small), TENOR_OK);
	assert_int_equal(tenor_analyzer_set_memo_limit(small, 4096), TENOR_OK);

	/* the big document twice: the second time the memo is emptied first */
	for (pass = 0; pass < 2; pass++) {
		assert_int_equal(tenor_analyze(small, big, len, "de", &rs), TENOR_OK);
		assert_int_equal(rs->tokens, BIG);
		assert_int_equal(rs->categories[0].hits, BIG / 3);
		assert_int_equal(rs->categories[1].hits, BIG / 3);
		assert_int_equal(tenor_analyze(f.a, big, len, "de", &rd), TENOR_OK);
		same_results(rs, rd);
		/* one memo word per distinct token */
		assert_int_equal(small->memo.nwords, BIG);
	}
	/* a short text next: the bounded memo starts afresh, the default one keeps all */
	assert_int_equal(tenor_analyze(small, "Druck", 5, "de", &rs), TENOR_OK);
	assert_int_equal(small->memo.nwords, 1);
	assert_int_equal(rs->categories[0].hits, 1);
	assert_int_equal(tenor_analyze(f.a, "Druck", 5, "de", &rd), TENOR_OK);
	assert_int_equal(f.a->memo.nwords, BIG + 1);

	/* many overlapping documents, each compared with the unbounded analyzer */
	for (d = 0; d < DOCS; d++) {
		unsigned lo = d * STEP, hi = d * STEP + SPAN;
		size_t n;
		char *doc = make_doc(lo, hi, &n);
		print_message("document %u\n", d);
		assert_int_equal(tenor_analyze(small, doc, n, "de", &rs), TENOR_OK);
		assert_int_equal(rs->tokens, SPAN);
		assert_int_equal(rs->categories[0].hits, count_mod(lo, hi, 1));
		assert_int_equal(rs->categories[1].hits, count_mod(lo, hi, 2));
		assert_int_equal(tenor_analyze(f.a, doc, n, "de", &rd), TENOR_OK);
		same_results(rs, rd);
		tenor_free(doc);
	}
	tenor_analyzer_free(small);
	tenor_free(big);
	fx_close(&f);
}

/* A vocabulary many times the memo's bound, a few new words a document: the memo is emptied
 * when it is full, not at every document once it was full once. Emptied, its tables kept
 * their size, which alone passed the bound: each document then cleared them and computed
 * every word again (200,000 comments of new words took 445 s instead of 7). */
static void test_memo_refills(void **state)
{
	static const struct lexsrc src[] = {
		{ "de", "pressure.txt", "*druck\n" },
		{ "de", "control.txt", "kontroll*\n" },
	};
	enum { DOCS = 3000, WORDS = 20, LIMIT = 448 * 1024 };
	struct fx f;
	const struct tenor_result *r;
	unsigned d, afresh = 0;
	size_t before;

	(void)state;
	FX_OPEN(&f, src);
	assert_int_equal(tenor_analyzer_set_memo_limit(f.a, LIMIT), TENOR_OK);
	for (d = 0; d < DOCS; d++) {
		size_t n;
		char *doc = make_doc(d * WORDS, (d + 1) * WORDS, &n);
		before = f.a->memo.nwords;
		assert_int_equal(tenor_analyze(f.a, doc, n, "de", &r), TENOR_OK);
		assert_int_equal(r->tokens, WORDS);
		assert_int_equal(r->categories[0].hits, count_mod(d * WORDS, (d + 1) * WORDS, 1));
		/* started afresh: it holds only this document's words */
		if (f.a->memo.nwords < before + WORDS) {
			afresh++;
			assert_int_equal(f.a->memo.nwords, WORDS);
		}
		tenor_free(doc);
	}
	print_message("memo emptied %u times in %u documents\n", afresh, DOCS);
	/* 60,000 words of some 200 bytes each (the word, two map slots and the tables'
	 * spare room) fill the bound a few dozen times; with this bound the tables of 2,049
	 * words and more passed it on their own */
	assert_true(afresh > 5);
	assert_true(afresh < DOCS / 20);
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_negation),
		cmocka_unit_test(test_negation_window),
		cmocka_unit_test(test_longest_match),
		cmocka_unit_test(test_entry_precedence),
		cmocka_unit_test(test_overlaps),
		cmocka_unit_test(test_exception_scope),
		cmocka_unit_test(test_many_categories),
		cmocka_unit_test(test_analyzer_arguments),
		cmocka_unit_test(test_compounds_and_exceptions),
		cmocka_unit_test(test_hyphenated_last_part),
		cmocka_unit_test(test_hyphenated_joined),
		cmocka_unit_test(test_phrase_exception),
		cmocka_unit_test(test_exception_not_regex),
		cmocka_unit_test(test_prefix_and_stems),
		cmocka_unit_test(test_category_independence),
		cmocka_unit_test(test_weights),
		cmocka_unit_test(test_regex),
		cmocka_unit_test(test_regex_literal_skip),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_regex_ignorables),
		cmocka_unit_test(test_four_byte_word),
		cmocka_unit_test(test_catastrophic_regex),
		cmocka_unit_test(test_nfc_nfd),
		cmocka_unit_test(test_lang_auto),
		cmocka_unit_test(test_unknown_lang),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_large_document),
		cmocka_unit_test(test_liwc_acceptance),
		cmocka_unit_test(test_liwc_with_own_lexicon),
		cmocka_unit_test(test_category_order),
		cmocka_unit_test(test_memo_forms),
		cmocka_unit_test(test_memo_bound),
		cmocka_unit_test(test_memo_refills),
	};
	return cmocka_run_group_tests_name("analysis end to end (tenor_analyze)", tests, NULL,
					   NULL);
}
