/*
 * rescore.c - scoring every stored document again, after a lexicon change, in one
 * transaction, and recording the new lexicon version.
 *
 * Documents are read in chunks of ids and texts copied out first, so that no cursor is
 * open on a row while it is rewritten. Chunks come in two sets of one chunk a thread: the
 * threads score one set while this thread reads the next and stores the one before, in
 * document order, so the database is the same whatever the number of threads.
 *
 * Only what changed is written: a chunk is read with its stored scores and matches (as
 * bytes, store_each_result_key), and the thread that scores it compares each document's new
 * results with them. A lexicon edit changes a few documents, and rescoring with the same
 * lexicons writes nothing but the version. Where many documents of a chunk changed, its
 * results are deleted and written again whole, which costs less than one at a time.
 *
 * The aggregates are emptied first; each thread sums up what its chunk adds to them, and
 * this thread adds the sums as it stores the chunk.
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
/* More than a quarter of a chunk changed: its results are rewritten whole. */
#define REWRITE_SHARE 4

/* A chunk of documents, scored by one thread: their texts, then their results. */
struct chunk {
	long long id[CHUNK];
	size_t off[CHUNK], len[CHUNK], langoff[CHUNK];
	struct agg_periods periods[CHUNK];
	size_t gfirst[CHUNK], gcount[CHUNK];  /* a document's groups in goff, gname, gval */
	size_t tokens[CHUNK];                 /* as stored */
	size_t skey[CHUNK], sklen[CHUNK];     /* its stored scores' bytes in keys */
	size_t mkey[CHUNK], mklen[CHUNK];     /* and its stored matches' */
	unsigned char changed[CHUNK];         /* its new results differ */
	struct kept_result result[CHUNK];     /* in results */
	int n, failed;                        /* failed: index of the document that failed + 1 */
	size_t *goff;                         /* name and value offsets into data, by pairs */
	const char **gname, **gval;           /* the same as pointers, once data is read */
	size_t ngroups, goffcap, gnamecap, gvalcap;
	int gnext;                            /* collect_group: the document it is at */
	int knext, kmatch;                    /* collect_key: the same, and the rows' kind */
	struct buf data, keys;
	struct buf term, newscores, newmatches;  /* the scoring thread's */
	struct normalizer nz;
	const size_t *byname;                 /* the categories in the order of their names */
	struct result_log results;
	struct agg agg;                       /* what the chunk adds to the aggregates */
	struct tenor_analyzer *a;
	char error[200];
	int status, started;
	pthread_t tid;
};

static int collect(void *ctx, const struct store_text *t)
{
	struct chunk *c = ctx;
	int rc;

	c->id[c->n] = t->doc_id;
	c->off[c->n] = c->data.len;
	c->len[c->n] = t->len;
	if ((rc = buf_add(&c->data, t->text, t->len)) || (rc = buf_addc(&c->data, 0)))
		return rc;
	c->langoff[c->n] = c->data.len;
	if ((rc = buf_adds(&c->data, t->lang)) || (rc = buf_addc(&c->data, 0)))
		return rc;
	c->periods[c->n] = t->periods;
	c->tokens[c->n] = t->tokens;
	c->gfirst[c->n] = c->gcount[c->n] = 0;
	c->sklen[c->n] = c->mklen[c->n] = 0;
	c->n++;
	return TENOR_OK;
}

/* The bytes of a stored score or match of a document in the chunk's range of ids. Each
 * kind comes in id order, and a document's rows of a kind one after another. */
static int collect_key(void *ctx, long long doc_id, int is_match, const char *key, size_t len)
{
	struct chunk *c = ctx;
	int i;
	size_t *off, *n;

	if (is_match != c->kmatch) {
		c->kmatch = is_match;
		c->knext = 0;
	}
	for (i = c->knext; i < c->n && c->id[i] < doc_id; i++)
		;
	c->knext = i;
	if (i == c->n || c->id[i] != doc_id)
		return TENOR_OK;
	off = is_match ? &c->mkey[i] : &c->skey[i];
	n = is_match ? &c->mklen[i] : &c->sklen[i];
	if (*n == 0)
		*off = c->keys.len;
	*n += len;
	return buf_add(&c->keys, key, len);
}

/* A group of a document in the chunk's range of ids: documents without text have groups
 * too, and are skipped. Both lists come in id order. */
static int collect_group(void *ctx, long long doc_id, const char *name, const char *value)
{
	struct chunk *c = ctx;
	int i = c->gnext, rc;

	while (i < c->n && c->id[i] < doc_id)
		i++;
	c->gnext = i;
	if (i == c->n || c->id[i] != doc_id)
		return TENOR_OK;
	if (tenor_grow(&c->goff, &c->goffcap, 2 * (c->ngroups + 1), sizeof(*c->goff)))
		return TENOR_ENOMEM;
	if (c->gcount[i] == 0)
		c->gfirst[i] = c->ngroups;
	c->gcount[i]++;
	c->goff[2 * c->ngroups] = c->data.len;
	if ((rc = buf_adds(&c->data, name)) || (rc = buf_addc(&c->data, 0)))
		return rc;
	c->goff[2 * c->ngroups + 1] = c->data.len;
	if ((rc = buf_adds(&c->data, value)) || (rc = buf_addc(&c->data, 0)))
		return rc;
	c->ngroups++;
	return TENOR_OK;
}

/* Reads the next chunk of documents after *after; c->n is 0 when there are none. */
static int read_chunk(struct tenor_db *db, struct chunk *c, long long *after)
{
	long long first = *after;
	size_t i;
	int rc;

	c->n = c->failed = c->gnext = c->knext = c->kmatch = 0;
	c->ngroups = 0;
	buf_reset(&c->data);
	buf_reset(&c->keys);
	if ((rc = store_each_text(db, first, CHUNK, collect, c, after)) || c->n == 0 ||
	    (rc = store_each_group(db, first, *after, collect_group, c)) ||
	    (rc = store_each_result_key(db, first, *after, collect_key, c)))
		return rc;
	if (tenor_grow(&c->gname, &c->gnamecap, c->ngroups, sizeof(*c->gname)) ||
	    tenor_grow(&c->gval, &c->gvalcap, c->ngroups, sizeof(*c->gval)))
		return TENOR_ENOMEM;
	for (i = 0; i < c->ngroups; i++) {
		c->gname[i] = c->data.data + c->goff[2 * i];
		c->gval[i] = c->data.data + c->goff[2 * i + 1];
	}
	return TENOR_OK;
}

static int same_bytes(const struct buf *b, const char *p, size_t n)
{
	return b->len == n && (n == 0 || memcmp(b->data, p, n) == 0);
}

/* Scores a chunk, keeping copies of the results and their sum for the aggregates, and
 * which documents' results changed: runs on a worker thread. */
static void *score_chunk(void *p)
{
	struct chunk *c = p;
	const struct tenor_lexicon *lx = tenor_analyzer_lexicon(c->a);
	int i;

	c->status = TENOR_OK;
	result_log_reset(&c->results);
	agg_reset(&c->agg);
	for (i = 0; i < c->n; i++) {
		const char *text = c->data.data + c->off[i];
		const struct tenor_result *r;
		int rc = tenor_analyze(c->a, text, c->len[i], c->data.data + c->langoff[i], &r);
		if (rc == TENOR_OK)
			rc = result_keep(&c->results, r, &c->result[i]);
		if (rc == TENOR_OK)
			rc = agg_add(&c->agg, &c->periods[i], c->gname + c->gfirst[i],
				     c->gval + c->gfirst[i], c->gcount[i], lx, r, text);
		if (rc == TENOR_OK) {
			buf_reset(&c->newscores);
			buf_reset(&c->newmatches);
			rc = store_result_key(&c->nz, lx, c->byname, r, text, &c->term,
					      &c->newscores, &c->newmatches);
			c->changed[i] =
				!same_bytes(&c->newscores, c->keys.data + c->skey[i], c->sklen[i]) ||
				!same_bytes(&c->newmatches, c->keys.data + c->mkey[i], c->mklen[i]);
		}
		if (rc) {
			c->status = rc;
			c->failed = i + 1;
			snprintf(c->error, sizeof(c->error), "%s", tenor_analyzer_error(c->a));
			break;
		}
	}
	return NULL;
}

/* Stores the chunk's changed results in document order, and adds its sums to the
 * aggregates. */
static int store_chunk(struct tenor_db *db, const struct tenor_lexicon *lx, struct chunk *c,
		       struct tenor_ingest_counts *counts, unsigned long long *changed)
{
	int i, nchanged = 0, whole, rc = TENOR_OK;

	if (c->status)
		return store_fail(db, c->status, "document %lld: %s", c->id[c->failed - 1],
				  c->error);
	for (i = 0; i < c->n; i++)
		nchanged += c->changed[i];
	whole = nchanged * REWRITE_SHARE > c->n;
	if (whole)
		rc = store_clear_results(db, c->id[0], c->id[c->n - 1]);
	for (i = 0; i < c->n && rc == TENOR_OK; i++) {
		const char *text = c->data.data + c->off[i];
		struct tenor_result r;
		result_get(&c->results, &c->result[i], &r);
		if (!whole && c->changed[i])
			rc = store_clear_results(db, c->id[i], c->id[i]);
		if (rc == TENOR_OK && (whole || c->changed[i]))
			rc = store_results(db, c->id[i], lx, &r, text);
		if (rc == TENOR_OK && r.tokens != c->tokens[i])
			rc = store_set_tokens(db, c->id[i], r.tokens);
		counts->read++;
		counts->updated++;
		*changed += c->changed[i];
	}
	return rc ? rc : agg_merge(db, &c->agg);
}

static int store_set(struct tenor_db *db, const struct tenor_lexicon *lx, struct chunk *s,
		     unsigned n, struct tenor_ingest_counts *counts, unsigned long long *changed)
{
	unsigned i;
	int rc = TENOR_OK;

	for (i = 0; i < n && s[i].n && rc == TENOR_OK; i++)
		rc = store_chunk(db, lx, &s[i], counts, changed);
	return rc;
}

/* Reads a set of chunks after *after; *done once there are no more documents. */
static int read_set(struct tenor_db *db, struct chunk *s, unsigned n, long long *after, int *done)
{
	unsigned i;
	int rc = TENOR_OK;

	for (i = 0; i < n; i++)
		s[i].n = 0;
	for (i = 0; i < n && !*done && rc == TENOR_OK; i++) {
		rc = read_chunk(db, &s[i], after);
		*done = s[i].n < CHUNK;
	}
	return rc;
}

/* Starts a thread on each chunk of a set; a thread that cannot start leaves its chunk to
 * join_set. */
static void start_set(struct chunk *s, unsigned n)
{
	unsigned i;

	for (i = 0; i < n && n > 1; i++)
		if (s[i].n)
			s[i].started = pthread_create(&s[i].tid, NULL, score_chunk, &s[i]) == 0;
}

/* Waits for a set to be scored, scoring here what no thread took. */
static void join_set(struct chunk *s, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++) {
		if (s[i].started)
			pthread_join(s[i].tid, NULL);
		else if (s[i].n)
			score_chunk(&s[i]);
		s[i].started = 0;
	}
}

static void chunks_free(struct chunk *c, unsigned n, const struct tenor_analyzer *a)
{
	unsigned i;

	for (i = 0; c && i < n; i++) {
		/* the two sets share the analyzers of the first */
		if (c[i].a != a && i < n / 2)
			tenor_analyzer_free(c[i].a);
		buf_release(&c[i].data);
		result_log_release(&c[i].results);
		agg_release(&c[i].agg);
		buf_release(&c[i].keys);
		buf_release(&c[i].term);
		buf_release(&c[i].newscores);
		buf_release(&c[i].newmatches);
		normalizer_release(&c[i].nz);
		tenor_free(c[i].goff);
		tenor_free(c[i].gname);
		tenor_free(c[i].gval);
	}
	tenor_free(c);
}

/* The lexicon's categories in the order of their names, as the scores table keeps them. */
static size_t *categories_by_name(const struct tenor_lexicon *lx)
{
	size_t i, n = tenor_lexicon_category_count(lx);
	size_t *byname = tenor_calloc(n, sizeof(*byname));

	for (i = 0; byname && i < n; i++)
		byname[i] = i;
	if (byname) {
		/* a few categories; qsort would need the lexicon in a global */
		size_t j;
		for (i = 1; i < n; i++)
			for (j = i; j > 0 && strcmp(tenor_lexicon_category(lx, byname[j - 1]),
						  tenor_lexicon_category(lx, byname[j])) > 0; j--) {
				size_t t = byname[j];
				byname[j] = byname[j - 1];
				byname[j - 1] = t;
			}
	}
	return byname;
}

/* Two sets of one chunk a thread; chunk i of both sets has analyzer i, the first the
 * caller's: only one set is scored at a time. */
static int chunks_new(struct tenor_analyzer *a, unsigned n, const size_t *byname,
		      struct chunk **out)
{
	struct chunk *c = tenor_calloc(2 * n, sizeof(*c));
	unsigned i;
	int rc = TENOR_OK;

	for (i = 0; c && i < 2 * n; i++)
		c[i].byname = byname;
	for (i = 0; c && i < n && rc == TENOR_OK; i++) {
		c[i].a = a;
		if (i)
			rc = analyzer_clone(a, a->memo.limit / n, &c[i].a);
		c[n + i].a = c[i].a;
	}
	if (!c || rc) {
		chunks_free(c, c ? 2 * n : 0, a);
		return rc ? rc : TENOR_ENOMEM;
	}
	*out = c;
	return TENOR_OK;
}

int tenor_rescore(struct tenor_db *db, struct tenor_analyzer *a, unsigned threads,
		  int keep_textless, unsigned long long *rescored, unsigned long long *changed,
		  unsigned long long *textless)
{
	const struct tenor_lexicon *lx = tenor_analyzer_lexicon(a);
	struct tenor_ingest_counts counts;
	struct chunk *c = NULL, *set[2];
	unsigned long long none = 0, nchanged = 0;
	long long after = 0, batch;
	unsigned n = threads > 1 ? (threads > 64 ? 64 : threads) : 1;
	size_t memo_limit, *byname;
	int rc, cur = 0, done = 0;

	if (!db || !a)
		return TENOR_EINVAL;
	if (rescored)
		*rescored = 0;
	if (changed)
		*changed = 0;
	if (textless)
		*textless = 0;
	if (!(byname = categories_by_name(lx)))
		return TENOR_ENOMEM;
	/* the threads share the memo's bound: memory stays what it is on one */
	memo_limit = a->memo.limit;
	if ((rc = chunks_new(a, n, byname, &c))) {
		tenor_free(byname);
		return rc;
	}
	set[0] = c;
	set[1] = c + n;
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
				    keep_textless ? "{\"keep_textless\":true}" : "{}", &batch)) ||
	    (rc = agg_restart(db, none != 0)) || (rc = read_set(db, set[0], n, &after, &done)))
		goto out;
	/* the threads score set cur while this thread reads the next and stores cur's
	 * predecessor; here cur is scored and stored once the next is under way */
	start_set(set[0], n);
	while (rc == TENOR_OK && set[cur][0].n) {
		if ((rc = read_set(db, set[!cur], n, &after, &done)))
			break;
		join_set(set[cur], n);
		start_set(set[!cur], n);
		rc = store_set(db, lx, set[cur], n, &counts, &nchanged);
		cur = !cur;
	}
	if (!rc && !(rc = store_set_lexicon_version(db, tenor_lexicon_version(lx))) &&
	    !(rc = agg_flush(db)) && !(rc = store_batch_finish(db, batch, &counts)) &&
	    !(rc = store_commit(db))) {
		if (rescored)
			*rescored = counts.read;
		if (changed)
			*changed = nchanged;
	}
out:
	/* after an error, threads still scoring are waited for, their work dropped */
	for (cur = 0; cur < 2 && c; cur++) {
		unsigned i;
		for (i = 0; i < n; i++)
			if (set[cur][i].started)
				pthread_join(set[cur][i].tid, NULL);
	}
	if (rc)
		store_rollback(db);
	chunks_free(c, 2 * n, a);
	tenor_free(byname);
	a->memo.limit = memo_limit;
	return rc;
}
