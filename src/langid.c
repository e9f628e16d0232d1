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

/* The languages whose function word the token (s, n) is, as 0-terminated language indexes
 * (NULL: none). Normalizing a word costs more than the lookups, so each distinct surface is
 * normalized once and kept in the memo, under its bound. */
static int funcword_langs(struct tenor_analyzer *a, const char *s, size_t n, uint64_t h,
			  const unsigned char **langs)
{
	const struct tenor_lexicon *lx = a->lx;
	struct memo *m = &a->memo;
	uint32_t *slot;
	size_t l, at = m->fwlangs.len;
	int found, rc;

	if (!(slot = strmap_put_hashed(&m->funcwords, s, n, h, 0, &found)))
		return TENOR_ENOMEM;
	if (!found) {
		buf_reset(&a->norm);
		rc = normalize_append(&a->nz, s, n, &a->norm);
		for (l = 1; !rc && l < lx->nlangs; l++)
			if (lx->langs[l].funcwords.count &&
			    strmap_get(&lx->langs[l].funcwords, a->norm.data, a->norm.len))
				rc = buf_addc(&m->fwlangs, (char)l);
		if (!rc && m->fwlangs.len > at && !(rc = buf_addc(&m->fwlangs, 0)))
			*slot = (uint32_t)at + 1;
		if (rc) {
			/* The key is in the map without its languages: start the memo afresh. */
			memo_empty(m);
			return rc;
		}
	}
	*langs = *slot ? (const unsigned char *)m->fwlangs.data + *slot - 1 : NULL;
	return TENOR_OK;
}

int langid_detect(struct tenor_analyzer *a, const char *s, int *lang)
{
	const struct tenor_lexicon *lx = a->lx;
	unsigned counts[256] = { 0 };
	size_t t, l, ntok = a->tz.ntok < FW_MAX_TOKENS ? a->tz.ntok : FW_MAX_TOKENS;
	int best = -1, rc;
	unsigned top = 0, second = 0;

	for (t = 0; t < ntok; t++) {
		const struct token *tk = &a->tz.tok[t];
		const unsigned char *langs;
		if (tk->end - tk->start > FW_MAX_BYTES)
			continue;
		if ((rc = funcword_langs(a, s + tk->start, tk->end - tk->start, a->tokhash[t],
					 &langs)))
			return rc;
		for (; langs && *langs; langs++)
			counts[*langs]++;
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
