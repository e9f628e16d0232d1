/*
 * fuzz_analyze.c - the analyzer (tenor_analyze: tokenizer, stemmers, memo, matching,
 * regexes, negation, language detection) on any text.
 *
 * Two lexicons are loaded once: the shipped ones (lexicons/de, lexicons/en) and a small
 * fixture with every kind of entry, catastrophic and empty-matching regexes and a LIWC
 * dictionary. The first byte picks the lexicon (bit 2) and the language (de, en, auto,
 * fr: no lexicon of its own); the rest is the text. Each text goes through two analyzers
 * of the lexicon: one that keeps its memo of words and has just analyzed a fixed text in
 * the same language (so that every input meets an analyzer with state left from another
 * text, reproducibly), and one whose memo is emptied before every text. Both must agree,
 * and the result must keep its invariants. A third analyzer, of the same lexicon loaded
 * again without what lets regexes be skipped (their literals and first bytes), runs every
 * regex on every text: it must agree too.
 */
#include "fuzz.h"
#include "lexicon.h"  /* internal: the regex entries' literals and starts */

static const char *const langs[4] = { "de", "en", "auto", "fr" };

static const struct { const char *lang, *name, *text; } fixture[] = {
	{ "de", "pressure.txt",
	  "*druck\n!Eindruck\n!*eindruck\nkontroll*\nZielvorgabe = 2\nunter Druck setzen\n"
	  "Zahlen-* = 0.5\n/quote\\s+von\\s+\\d+/\n/(a|aa)+$/\n/x*/\n/(?<=ä)ß/ = 3\n"
	  "/\\b\\w{1,2}\\b/ = 0.25\n/[’'-]/\n" },
	{ "de", "advisory.txt", "zuhören\n*beratung\nfrag* nach\n/^\\s*\\p{L}/\nDruck\n" },
	{ "de", "negators.txt", "@window 3\nkein*\nnicht\nnie\n[contrast]\naber\nsondern\n" },
	{ "de", "function-words.txt", "der\ndie\ndas\nund\nist\nnicht\n" },
	{ "en", "pressure.txt",
	  "quota*\n*pressure\n!impression\npush hard\nhit the number*\n"
	  "/numbers[,!]?\\s+numbers/\n/\\d+\\s?%/ = 2\n/.{0,3}$/\n/(?:a+)+b/\n" },
	{ "en", "negators.txt", "@window 2\nnot\nno\nnever\nn't\n[contrast]\nbut\n" },
	{ "en", "function-words.txt", "the\nand\nis\nnot\nof\n" },
};

/* What the first analyzer reads before each input: matches of every kind in both
 * languages, so that its scratch state is full. */
static const char primer[] =
	"Der Zeitdruck ist enorm, Quote von 12, aaaa. The quota pressure, numbers, numbers! "
	"50 % target, happy, I hate it.";

static const char liwc[] = "%\n1\tposemo\n2\tnegemo\n%\nhapp*\t1\nhate\t2\ngood job\t1 2\n";

struct side {
	struct tenor_lexicon *lx, *every_lx;
	struct tenor_analyzer *keep, *fresh, *every;
};

static struct side sides[2];

static struct tenor_lexicon *load(int shipped)
{
	struct tenor_lexicon *lx;
	char dir[4096];
	size_t i;

	FUZZ_CHECK(tenor_lexicon_new(&lx) == TENOR_OK);
	if (shipped) {
		snprintf(dir, sizeof(dir), "%s/lexicons", fuzz_root());
		if (tenor_lexicon_add_dir(lx, dir) != TENOR_OK) {
			fprintf(stderr, "fuzz_analyze: %s: %s (set TENOR_FUZZ_ROOT)\n", dir,
				tenor_lexicon_error(lx));
			exit(1);
		}
	} else {
		for (i = 0; i < sizeof(fixture) / sizeof(fixture[0]); i++)
			FUZZ_CHECK(tenor_lexicon_add_buffer(lx, fixture[i].lang, fixture[i].name,
							    fixture[i].text,
							    strlen(fixture[i].text)) == TENOR_OK);
		FUZZ_CHECK(tenor_lexicon_add_liwc_buffer(lx, "fixture.dic", liwc,
							 sizeof(liwc) - 1) == TENOR_OK);
	}
	if (tenor_lexicon_freeze(lx) != TENOR_OK) {
		fprintf(stderr, "fuzz_analyze: %s\n", tenor_lexicon_error(lx));
		exit(1);
	}
	return lx;
}

static void open_side(struct side *s, int shipped)
{
	size_t e;

	s->lx = load(shipped);
	s->every_lx = load(shipped);
	for (e = 0; e < s->every_lx->nentries; e++) {
		s->every_lx->entries[e].mustlen = 0;
		s->every_lx->entries[e].has_starts = 0;
	}
	FUZZ_CHECK(tenor_analyzer_new(s->every_lx, &s->every) == TENOR_OK);
	FUZZ_CHECK(tenor_analyzer_new(s->lx, &s->keep) == TENOR_OK);
	FUZZ_CHECK(tenor_analyzer_new(s->lx, &s->fresh) == TENOR_OK);
	FUZZ_CHECK(tenor_analyzer_set_memo_limit(s->fresh, 0) == TENOR_OK);
}

/* A leading BOM is skipped: the same matches, 3 bytes later. (Checked with the shipped
 * lexicons only: the fixture's regexes anchored at ^ do see the BOM.) */
static void same_after_bom(const struct side *s, const char *text, size_t len,
			   const char *lang, const struct fuzz_copy *c)
{
	const struct tenor_result *r;
	char *b = malloc(len + 3);
	size_t i;

	FUZZ_CHECK(b);
	memcpy(b, "\xEF\xBB\xBF", 3);
	memcpy(b + 3, text, len);
	FUZZ_CHECK(tenor_analyze(s->fresh, b, len + 3, lang, &r) == TENOR_OK);
	fuzz_check_result(s->lx, b, len + 3, r);
	FUZZ_CHECK(strcmp(r->lang, c->lang) == 0 && r->tokens == c->tokens &&
		   r->nmatches == c->nmatches);
	for (i = 0; i < r->nmatches; i++)
		FUZZ_CHECK(r->matches[i].entry == c->matches[i].entry &&
			   r->matches[i].start == c->matches[i].start + 3 &&
			   r->matches[i].end == c->matches[i].end + 3 &&
			   r->matches[i].negated == c->matches[i].negated);
	free(b);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	open_side(&sides[0], 1);
	open_side(&sides[1], 0);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct side *s;
	const struct tenor_result *r;
	const char *text = (const char *)data + 1, *lang;
	struct fuzz_copy first;
	size_t len, bad = 0;
	int rc, rc2, valid;

	if (size == 0)
		return 0;
	s = &sides[(data[0] >> 2) & 1];
	lang = langs[data[0] & 3];
	len = size - 1;
	valid = tenor_utf8_check(text, len, &bad);
	FUZZ_CHECK(tenor_analyze(s->keep, primer, sizeof(primer) - 1, lang, &r) == TENOR_OK ||
		   (s == &sides[0] && strcmp(lang, "fr") == 0));

	rc = tenor_analyze(s->keep, text, len, lang, &r);
	if (rc != TENOR_OK) {
		FUZZ_CHECK(tenor_analyzer_error(s->keep)[0] != 0);
		if (rc == TENOR_EUTF8) {
			FUZZ_CHECK(!valid && tenor_analyzer_error_offset(s->keep) == bad);
		} else {
			/* Only the shipped lexicons lack a language. */
			FUZZ_CHECK(rc == TENOR_ELANG && valid && s == &sides[0] &&
				   strcmp(lang, "fr") == 0);
		}
		rc2 = tenor_analyze(s->fresh, text, len, lang, &r);
		FUZZ_CHECK(rc2 == rc);
		return 0;
	}
	FUZZ_CHECK(valid);
	fuzz_check_result(s->lx, text, len, r);
	fuzz_copy_result(&first, r);
	FUZZ_CHECK(tenor_analyze(s->fresh, text, len, lang, &r) == TENOR_OK);
	fuzz_check_result(s->lx, text, len, r);
	fuzz_same_result(&first, r);
	FUZZ_CHECK(tenor_analyze(s->every, text, len, lang, &r) == TENOR_OK);
	fuzz_same_result(&first, r);
	if (s == &sides[0] && !(len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0))
		same_after_bom(s, text, len, lang, &first);
	fuzz_copy_free(&first);
	return 0;
}
