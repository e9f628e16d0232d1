/*
 * rescore.c - scoring every stored document again, after a lexicon change, in one
 * transaction, and recording the new lexicon version.
 *
 * Documents are read in chunks of ids and texts copied out first, so that no cursor is
 * open on a row while it is rewritten.
 */
#include "alloc.h"
#include "aggregate.h"
#include "store.h"
#include "tenor.h"

#include <stdio.h>
#include <string.h>

#define CHUNK 256

struct chunk {
	long long id[CHUNK];
	size_t off[CHUNK], len[CHUNK], langoff[CHUNK];
	int n;
	struct buf data;
};

static int collect(void *ctx, long long doc_id, const char *text, size_t len, const char *lang)
{
	struct chunk *c = ctx;
	int rc;

	c->id[c->n] = doc_id;
	c->off[c->n] = c->data.len;
	c->len[c->n] = len;
	if ((rc = buf_add(&c->data, text, len)) || (rc = buf_addc(&c->data, 0)))
		return rc;
	c->langoff[c->n] = c->data.len;
	if ((rc = buf_adds(&c->data, lang)) || (rc = buf_addc(&c->data, 0)))
		return rc;
	c->n++;
	return TENOR_OK;
}

int tenor_rescore(struct tenor_db *db, struct tenor_analyzer *a, int keep_textless,
		  unsigned long long *rescored, unsigned long long *textless)
{
	const struct tenor_lexicon *lx = tenor_analyzer_lexicon(a);
	struct tenor_ingest_counts counts;
	struct chunk *c;
	unsigned long long none = 0;
	long long after = 0, batch;
	int rc, i;

	if (!db || !a)
		return TENOR_EINVAL;
	if (rescored)
		*rescored = 0;
	if (textless)
		*textless = 0;
	if (!(c = tenor_calloc(1, sizeof(*c))))
		return TENOR_ENOMEM;
	memset(&counts, 0, sizeof(counts));
	if ((rc = store_begin(db)) || (rc = store_count_textless(db, &none)))
		goto out;
	if (textless)
		*textless = none;
	if (none && !keep_textless) {
		rc = store_fail(db, TENOR_ESTATE,
				"%llu document(s) were stored without text (--no-text) and cannot be "
				"rescored; nothing was changed", none);
		goto out;
	}
	if ((rc = store_batch_start(db, "rescore", tenor_lexicon_version(lx), "[]",
				    keep_textless ? "{\"keep_textless\":true}" : "{}", &batch)))
		goto out;
	for (;;) {
		c->n = 0;
		buf_reset(&c->data);
		if ((rc = store_each_text(db, after, CHUNK, collect, c, &after)) || c->n == 0)
			break;
		for (i = 0; i < c->n && !rc; i++) {
			const struct tenor_result *r;
			const char *text = c->data.data + c->off[i];
			const char *lang = c->data.data + c->langoff[i];
			rc = tenor_analyze(a, text, c->len[i], lang, &r);
			if (rc) {
				rc = store_fail(db, rc, "document %lld: %s", c->id[i],
						tenor_analyzer_error(a));
				break;
			}
			rc = store_rescored(db, c->id[i], lx, r, text);
			counts.read++;
			counts.updated++;
		}
		if (rc)
			break;
	}
	/* every score changed: the aggregates are built anew */
	if (!rc && !(rc = agg_rebuild(db)) && !(rc = store_batch_finish(db, batch, &counts)) &&
	    !(rc = store_commit(db)) &&
	    rescored)
		*rescored = counts.read;
out:
	if (rc)
		store_rollback(db);
	buf_release(&c->data);
	tenor_free(c);
	return rc;
}
