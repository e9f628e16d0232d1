/*
 * langid.c - choosing a document's language for --lang auto: among the installed
 * languages, the one with the most function words in the text.
 */
#include "analyze.h"

#include <string.h>

/* Function words are short; longer tokens are not looked at, nor tokens past the first
 * few hundred, which decide any real text. */
#define FW_MAX_BYTES 24
#define FW_MAX_TOKENS 400

int langid_detect(struct tenor_analyzer *a, const char *s, int *lang)
{
	const struct tenor_lexicon *lx = a->lx;
	unsigned counts[256] = { 0 };
	size_t t, l, ntok = a->tz.ntok < FW_MAX_TOKENS ? a->tz.ntok : FW_MAX_TOKENS;
	int best = -1, rc;
	unsigned top = 0, second = 0;

	for (t = 0; t < ntok; t++) {
		const struct token *tk = &a->tz.tok[t];
		if (tk->end - tk->start > FW_MAX_BYTES)
			continue;
		buf_reset(&a->norm);
		if ((rc = normalize_append(&a->nz, s + tk->start, tk->end - tk->start, &a->norm)))
			return rc;
		for (l = 1; l < lx->nlangs; l++)
			if (lx->langs[l].funcwords.count &&
			    strmap_get(&lx->langs[l].funcwords, a->norm.data, a->norm.len))
				counts[l]++;
	}
	for (l = 1; l < lx->nlangs; l++) {
		if (counts[l] > top) {
			second = top;
			top = counts[l];
			best = (int)l;
		} else if (counts[l] > second) {
			second = counts[l];
		}
	}
	*lang = top >= 2 && top > second ? best : -1;
	return TENOR_OK;
}
