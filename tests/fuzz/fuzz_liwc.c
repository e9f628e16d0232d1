/*
 * fuzz_liwc.c - the LIWC dictionary parser (src/liwc.c, tenor_lexicon_add_liwc_buffer) on
 * any bytes.
 *
 * The first byte picks the language the texts are analyzed in (a LIWC dictionary applies
 * to every language) and, with bit 2, adds a small English lexicon of tenor's own format
 * beside it. A dictionary that loads is used on the input itself and on a fixed text, and
 * the results must keep their invariants and not depend on what ran before.
 */
#include "fuzz.h"

static const char *const langs[4] = { "en", "de", "xx", "auto" };

static const char own[] = "pressure\nquota*\n*push\nunder pressure = 2\n/\\bnumbers?\\b/\n";

static const char sample[] =
	"I hate the quota, but the team is happy and we pushed hard. Good job, happiness, "
	"numbers! Ich hasse Zahlen nicht.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tenor_lexicon *lx;
	struct tenor_analyzer *a;
	const char *buf = (const char *)data + 1;
	size_t len;
	int rc;

	if (size == 0)
		return 0;
	len = size - 1;
	FUZZ_CHECK(tenor_lexicon_new(&lx) == TENOR_OK);
	rc = tenor_lexicon_add_liwc_buffer(lx, "fuzz.dic", buf, len);
	if (rc == TENOR_OK && (data[0] & 4))
		FUZZ_CHECK(tenor_lexicon_add_buffer(lx, "en", "pressure.txt", own,
						    sizeof(own) - 1) == TENOR_OK);
	if (rc == TENOR_OK)
		rc = tenor_lexicon_freeze(lx);
	if (rc != TENOR_OK) {
		FUZZ_CHECK(rc == TENOR_ELEXICON);
		FUZZ_CHECK(tenor_lexicon_error(lx)[0] != 0);
		tenor_lexicon_free(lx);
		return 0;
	}
	FUZZ_CHECK(tenor_analyzer_new(lx, &a) == TENOR_OK);
	fuzz_analyze_twice(a, lx, buf, len, langs[data[0] & 3], sample, 0);
	tenor_analyzer_free(a);
	tenor_lexicon_free(lx);
	return 0;
}
