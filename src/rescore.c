/*
 * rescore.c - scoring every stored document again, after a lexicon change, in one
 * transaction, and recording the new lexicon version.
 *
 * Documents are read in chunks of ids and texts copied out first, so that no cursor is
 * open on a row while it is rewritten. With threads, each thread scores a chunk; the
 * results are stored in document order on the calling thread, so the database is the
 * same whatever the number of threads.
 */
#include "alloc.h"
#include "aggregate.h"
#include "analyze.h"
#include "store.h"
#include "tenor.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define CHUNK 256

/* A chunk of documents, scored by one thread: their texts, then their results. */
struct chunk {
	long long id[CHUNK];
	size_t off[CHUNK], len[CHUNK], langoff[CHUNK];
	struct kept_result result[CHUNK];  /* in results */
	int n, failed;                    /* failed: index of the document that failed + 1 */
	struct buf data;
	struct result_log results;
	struct tenor_analyzer *a;
	char error[200];
	int status, started;
	pthread_t tid;
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

/* Scores a chunk, keeping copies of the results: runs on a worker thread. */
static void *score_chunk(void *p)
{
	struct chunk *c = p;
	int i;

	c->status = TENOR_OK;
	result_log_reset(&c->results);
	for (i = 0; i < c->n; i++) {
		const struct tenor_result *r;
		int rc = tenor_analyze(c->a, c->data.data + c->off[i], c->len[i],
				       c->data.data + c->langoff[i], &r);
		if (rc == TENOR_OK)
			rc = result_keep(&c->results, r, &c->result[i]);
		if (rc) {
			c->status = rc;
			c->failed = i + 1;
			snprintf(c->error, sizeof(c->error), "%s", tenor_analyzer_error(c->a));
			break;
		}
	}
	return NULL;
}

/* Stores the chunk's results in document order. */
static int store_chunk(struct tenor_db *db, const struct tenor_lexicon *lx, struct chunk *c,
		       struct tenor_ingest_counts *counts)
{
	int i, rc = TENOR_OK;

	if (c->status)
		return store_fail(db, c->status, "document %lld: %s", c->id[c->failed - 1],
				  c->error);
	for (i = 0; i < c->n && rc == TENOR_OK; i++) {
		struct tenor_result r;
		result_get(&c->results, &c->result[i], &r);
		rc = store_rescored(db, c->id[i], lx, &r, c->data.data + c->off[i]);
		counts->read++;
		counts->updated++;
	}
	return rc;
}

static void chunks_free(struct chunk *c, unsigned n, const struct tenor_analyzer *a)
{
	unsigned i;

	for (i = 0; c && i < n; i++) {
		if (c[i].a != a)
			tenor_analyzer_free(c[i].a);
		buf_release(&c[i].data);
		result_log_release(&c[i].results);
	}
	tenor_free(c);
}

/* One chunk a thread, each with its own analyzer (the first has the caller's). */
static int chunks_new(struct tenor_analyzer *a, unsigned n, struct chunk **out)
{
	struct chunk *c = tenor_calloc(n, sizeof(*c));
	unsigned i;
	int rc = TENOR_OK;

	for (i = 0; c && i < n && rc == TENOR_OK; i++) {
		c[i].a = a;
		if (i)
			rc = analyzer_clone(a, a->memo.limit / n, &c[i].a);
	}
	if (!c || rc) {
		chunks_free(c, c ? n : 0, a);
		return rc ? rc : TENOR_ENOMEM;
	}
	*out = c;
	return TENOR_OK;
}

int tenor_rescore(struct tenor_db *db, struct tenor_analyzer *a, unsigned threads,
		  int keep_textless, unsigned long long *rescored, unsigned long long *textless)
{
	const struct tenor_lexicon *lx = tenor_analyzer_lexicon(a);
	struct tenor_ingest_counts counts;
	struct chunk *c = NULL;
	unsigned long long none = 0;
	long long after = 0, batch;
	unsigned n = threads > 1 ? (threads > 64 ? 64 : threads) : 1, i, used;
	size_t memo_limit;
	int rc;

	if (!db || !a)
		return TENOR_EINVAL;
	if (rescored)
		*rescored = 0;
	if (textless)
		*textless = 0;
	/* the threads share the memo's bound: memory stays what it is on one */
	memo_limit = a->memo.limit;
	if ((rc = chunks_new(a, n, &c)))
		return rc;
	a->memo.limit /= n;
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
	/* read a chunk a thread, score them side by side, store them in order */
	do {
		for (used = 0; used < n && rc == TENOR_OK; used++) {
			c[used].n = c[used].failed = 0;
			buf_reset(&c[used].data);
			if ((rc = store_each_text(db, after, CHUNK, collect, &c[used], &after)) ||
			    c[used].n == 0)
				break;
		}
		if (rc)
			break;
		for (i = 1; i < used; i++)
			c[i].started = pthread_create(&c[i].tid, NULL, score_chunk, &c[i]) == 0;
		if (used)
			score_chunk(&c[0]);
		for (i = 1; i < used; i++) {
			/* a thread that did not start: its chunk is scored here */
			if (c[i].started)
				pthread_join(c[i].tid, NULL);
			else
				score_chunk(&c[i]);
		}
		for (i = 0; i < used && rc == TENOR_OK; i++)
			rc = store_chunk(db, lx, &c[i], &counts);
	} while (rc == TENOR_OK && used == n && c[n - 1].n == CHUNK);
	/* every score changed: the aggregates are built anew */
	if (!rc && !(rc = agg_rebuild(db)) && !(rc = store_batch_finish(db, batch, &counts)) &&
	    !(rc = store_commit(db)) &&
	    rescored)
		*rescored = counts.read;
out:
	if (rc)
		store_rollback(db);
	chunks_free(c, n, a);
	a->memo.limit = memo_limit;
	return rc;
}
