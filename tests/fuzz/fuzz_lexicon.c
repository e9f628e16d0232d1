/*
 * fuzz_lexicon.c - the parser of tenor's own lexicon format (tenor_lexicon_add_buffer and
 * tenor_lexicon_freeze) on any bytes.
 *
 * The first byte picks the language and the file's role (a category, negators.txt,
 * function-words.txt); with its bit 4 set the input is split at its first NUL and the second
 * part is a second file of the same language. A lexicon that freezes is then used: its
 * entries are listed, and the input itself and a fixed text are analyzed with it, which
 * must give results that keep their invariants and do not depend on what ran before.
 */
#include "fuzz.h"

static const char *const langs[4] = { "de", "en", "fr", "xx" };
static const char *const names[4] = { "pressure.txt", "negators.txt", "function-words.txt",
				      "lex/de/advisory.txt" };

static const char sample[] =
	"Der Druck ist nicht mehr so hoch, aber die Zielvorgaben kontrolliert keiner. "
	"No pressure, the quota is not a target; numbers, numbers! 100 % Quote von 3.";

static void use(const struct tenor_lexicon *lx, const char *text, size_t len, const char *lang)
{
	struct tenor_analyzer *a;
	size_t i, n = tenor_lexicon_entry_count(lx);

	FUZZ_CHECK(tenor_lexicon_version(lx)[0] != 0);
	for (i = 0; i < n; i++) {
		struct tenor_entry_info e;
		int counting;
		FUZZ_CHECK(tenor_lexicon_entry(lx, i, &e) == TENOR_OK);
		FUZZ_CHECK(e.lang && e.text && e.file && e.compiled && e.line >= 1);
		counting = e.kind != TENOR_ENTRY_NEGATOR && e.kind != TENOR_ENTRY_CONTRAST;
		FUZZ_CHECK(counting == (e.category != NULL));
		FUZZ_CHECK(e.kind <= TENOR_ENTRY_CONTRAST);
	}
	FUZZ_CHECK(tenor_lexicon_entry(lx, n, &(struct tenor_entry_info){ 0 }) == TENOR_EINVAL);
	for (i = 0; i < tenor_lexicon_warning_count(lx); i++)
		FUZZ_CHECK(tenor_lexicon_warning(lx, i) != NULL);
	for (i = 0; i < tenor_lexicon_category_count(lx); i++)
		FUZZ_CHECK(tenor_lexicon_category(lx, i) != NULL);
	FUZZ_CHECK(tenor_analyzer_new(lx, &a) == TENOR_OK);
	fuzz_analyze_twice(a, lx, text, len, lang, sample, 1);
	fuzz_analyze_twice(a, lx, text, len, "auto", sample, 1);
	tenor_analyzer_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tenor_lexicon *lx;
	const char *buf = (const char *)data + 1, *lang, *name, *nul = NULL;
	size_t len;
	int rc;

	if (size == 0)
		return 0;
	lang = langs[data[0] & 3];
	name = names[(data[0] >> 2) & 3];
	len = size - 1;
	if (data[0] & 0x10)
		nul = memchr(buf, 0, len);
	FUZZ_CHECK(tenor_lexicon_new(&lx) == TENOR_OK);
	rc = tenor_lexicon_add_buffer(lx, lang, name, buf, nul ? (size_t)(nul - buf) : len);
	if (rc == TENOR_OK && nul)
		rc = tenor_lexicon_add_buffer(lx, lang,
					      strcmp(name, "negators.txt") ? "negators.txt"
									 : "reflection.txt",
					      nul + 1, len - (size_t)(nul - buf) - 1);
	if (rc == TENOR_OK)
		rc = tenor_lexicon_freeze(lx);
	if (rc == TENOR_OK) {
		FUZZ_CHECK(tenor_lexicon_error(lx)[0] == 0);
		/* Frozen means immutable. */
		FUZZ_CHECK(tenor_lexicon_add_buffer(lx, lang, name, "x", 1) == TENOR_ESTATE);
		use(lx, buf, len, lang);
	} else {
		FUZZ_CHECK(rc == TENOR_ELEXICON || rc == TENOR_ELANG);
		FUZZ_CHECK(tenor_lexicon_error(lx)[0] != 0);
	}
	tenor_lexicon_free(lx);
	return 0;
}
