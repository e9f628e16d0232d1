/*
 * rescore.c - scoring every stored document again, after a lexicon change, in one
 * transaction, and recording the new lexicon version.
 *
 * Documents are read in chunks of ids and texts copied out first, so that no cursor is
 * open on a row while it is rewritten. With threads, chunks go round a ring: this thread
 * hands them out in turn and stores them in document order, so the database is the same
 * whatever the number of threads, and the workers, each with its own analyzer and reader
 * connection, read and score them in between. This thread stores a chunk as soon as it is
 * scored, otherwise hands out the next one, and otherwise scores the next one handed out
 * itself, as worker 0: with n threads, n - 1 run beside it, so that neither it nor the
 * workers wait while there is work, and no thread is woken for every chunk.
 *
 * Only what changed is written: a chunk is read with its stored scores and matches (as
 * bytes, store_each_result_key), and the thread that scores it compares each document's new
 * results with them. A lexicon edit changes a few documents, and rescoring with the same
 * lexicons writes nothing. A changed document's matches are written by their difference:
 * the ones it no longer has are deleted and its new ones added, so that a match that stays
 * keeps its row and id, and an edit rewrites only the pages of what it changed. Where many
 * documents of a chunk changed, its results are deleted and written again whole, which
 * costs less than one at a time. The new lexicon version is written a chunk at a time too,
 * while the workers score the next ones.
 *
 * The aggregates change only by the documents whose results change: the thread that scores
 * a chunk sums up what their stored versions added (read back from the same bytes) and what
 * their new ones add, and this thread adds the difference as it stores the chunk. Cells and
 * terms nothing counts in any more are deleted at the end. Where a few chunks scored first
 * show that most documents change (a new category), taking each out would cost more than
 * emptying the aggregates and adding every document, which is done instead.
 */
#include "alloc.h"
#include "aggregate.h"
#include "analyze.h"
#include "identity.h"
#include "pipeline.h"
#include "store.h"
#include "tenor.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define CHUNK 256
/* A chunk's texts stop at the one that passes this: 256 transcripts of a megabyte would be
 * a quarter of a gigabyte, in each chunk of the ring. */
#define CHUNK_BYTES ((size_t)1 << 20)
/* The storing connection's page cache while rescore runs (tenor_rescore). */
#define RESCORE_CACHE_KIB 4096
/* With threads, chunks in flight per worker. */
#define RING_PER_WORKER 4
/* More than a quarter of a chunk changed: its results are rewritten whole. */
#define REWRITE_SHARE 4
/* Chunks scored ahead, spread over the ids, to tell whether most documents change. */
#define PROBE_CHUNKS 4

/* What scoring a chunk does to the aggregates: nothing (the probe); the difference of the
 * documents that changed; or what every document adds, the aggregates emptied first. */
enum agg_mode { AGG_NONE, AGG_CHANGES, AGG_ALL };

/* A stored match: its bytes in keys, and its id. */
struct stored_row {
	size_t off, len;
	long long id;
};

/* A match's bytes, for comparing a document's matches as sets: a stored one's with its id,
 * a new one's with its index in the result. */
struct row_ref {
	const char *p;
	size_t len;
	long long at;
};

/* A chunk of documents, scored by one thread: their texts, then their results. */
/* On lines of its own (tenor_calloc_lines): workers score neighbouring chunks at once. */
struct chunk {
	/* its range of ids, (after, upto]; read_chunk ends it early, at the text that passes
	 * CHUNK_BYTES, and the rest, up to end, is read, scored and stored after it */
	_Alignas(CACHE_LINE) long long after, upto, end;
	long long id[CHUNK];
	size_t off[CHUNK], len[CHUNK], langoff[CHUNK];  /* the language as stored */
	/* how its language was found (enum lang_source): told from its words, it is told
	 * again, as the lexicons' function words tell it; and as the new analysis found it */
	unsigned char detect[CHUNK], newdetect[CHUNK];
	unsigned char lang_changed[CHUNK];
	/* its date's part of its keys (doc_day) in data; and where its language changed, its
	 * content hash, which the language is part of */
	size_t dayoff[CHUNK], daylen[CHUNK];
	char content[CHUNK][33];
	struct agg_periods periods[CHUNK];
	size_t gfirst[CHUNK], gcount[CHUNK];  /* a document's groups in goff, gname, gval */
	size_t tokens[CHUNK];                 /* as stored */
	size_t skey[CHUNK], sklen[CHUNK];     /* its stored scores' bytes in keys */
	size_t mkey[CHUNK], mklen[CHUNK];     /* and its stored matches' */
	unsigned char changed[CHUNK];         /* its new results differ */
	/* what differs: its scores, which are written again, its stored matches to delete
	 * (their ids in gone) and its new ones to add (their indexes in added) */
	unsigned char scores_changed[CHUNK];
	size_t gonefirst[CHUNK], ngone[CHUNK], addfirst[CHUNK], nadd[CHUNK];
	struct stored_row *mrows;             /* the stored matches, by document in id order */
	size_t mfirst[CHUNK], mcount[CHUNK];
	long long *gone;
	size_t *added;
	size_t nmrows, mrowcap, ngoneall, gonecap, naddall, addcap;
	struct row_ref *olds, *news;          /* the scoring thread's: a document's matches */
	unsigned char *isnew;                 /* and which of its new ones are added */
	size_t oldscap, newscap, isnewcap;
	struct tenor_match *part;             /* the storing thread's: a document's added ones */
	size_t partcap;
	int stale;                            /* documents stored with another lexicon version */
	int unversioned;                      /* of them, those with none stored */
	struct kept_result result[CHUNK];     /* in results */
	int n, failed;                        /* failed: index of the document that failed + 1,
					       * 0 when reading failed */
	size_t *goff;                         /* name and value offsets into data, by pairs */
	const char **gname, **gval;           /* the same as pointers, once data is read */
	size_t ngroups, goffcap, gnamecap, gvalcap;
	int gnext;                            /* collect_group: the document it is at */
	int knext, kmatch;                    /* collect_key: the same, and the rows' kind */
	struct buf data, keys;
	struct buf term, newscores, newmatches, ckey;  /* the scoring thread's */
	struct normalizer nz;
	const size_t *byname;                 /* the categories in the order of their names */
	const char *version;                  /* the lexicon's */
	struct result_log results;
	struct agg agg;                       /* what the chunk adds to the aggregates */
	char error[200];
	int status;
};

/* On lines of its own (tenor_calloc_lines), as its analyzer is. */
struct worker {
	_Alignas(CACHE_LINE) struct rescore *rs;
	struct tenor_analyzer *a;             /* the caller's for worker 0, this thread */
	struct tenor_db *reader;              /* its connection, when workers read */
	pthread_t tid;
	int started;
};

struct rescore {
	struct chunk *ring;
	unsigned nring;
	struct pipeline pipe;                 /* the chunks' states */
	struct worker *workers;
	unsigned nworkers;
	int threaded;                         /* the workers are running */
	int worker_reads;                     /* each worker reads its chunks */
	enum agg_mode mode;
	long long first, last;                /* the first and last documents' ids */
	int by_query;                         /* chunks end where a query finds width texts:
					       * sparse ids, or long texts */
	int width;                            /* ids a chunk spans: CHUNK, or fewer for long
					       * texts, as the probe found them */
};

static int collect(void *ctx, const struct store_text *t)
{
	struct chunk *c = ctx;
	int rc;

	if (c->data.len > CHUNK_BYTES) {
		c->upto = c->id[c->n - 1];
		return STORE_STOP;
	}

	c->id[c->n] = t->doc_id;
	c->off[c->n] = c->data.len;
	c->len[c->n] = t->len;
	if ((rc = buf_add(&c->data, t->text, t->len)) || (rc = buf_addc(&c->data, 0)))
		return rc;
	c->langoff[c->n] = c->data.len;
	if ((rc = buf_adds(&c->data, t->lang)) || (rc = buf_addc(&c->data, 0)))
		return rc;
	c->detect[c->n] = (unsigned char)t->lang_detected;
	c->dayoff[c->n] = c->data.len;
	/* another tool may have written any text as a date */
	if ((rc = buf_grow(&c->data, (t->day ? strlen(t->day) : 0) + 2)))
		return rc;
	c->daylen[c->n] = doc_day(t->day, t->precision, c->data.data + c->data.len);
	c->data.len += c->daylen[c->n];
	c->data.data[c->data.len] = 0;
	c->periods[c->n] = t->periods;
	c->tokens[c->n] = t->tokens;
	c->gfirst[c->n] = c->gcount[c->n] = 0;
	c->sklen[c->n] = c->mklen[c->n] = c->mcount[c->n] = 0;
	c->stale += !t->lexicon_version || strcmp(t->lexicon_version, c->version) != 0;
	c->unversioned += !t->lexicon_version;
	c->n++;
	return TENOR_OK;
}

/* The bytes of a stored score or match of a document in the chunk's range of ids. Each
 * kind comes in id order, and a document's rows of a kind one after another. */
static int collect_key(void *ctx, long long doc_id, int is_match, long long match_id,
		       const char *key, size_t len)
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
	if (is_match) {
		struct stored_row *m;
		if (tenor_grow(&c->mrows, &c->mrowcap, c->nmrows + 1, sizeof(*c->mrows)))
			return TENOR_ENOMEM;
		if (c->mcount[i]++ == 0)
			c->mfirst[i] = c->nmrows;
		m = &c->mrows[c->nmrows++];
		m->off = c->keys.len;
		m->len = len;
		m->id = match_id;
	}
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

/* Reads the documents of the chunk's range of ids from db. */
static int read_chunk(struct tenor_db *db, struct chunk *c)
{
	size_t i;
	int rc;

	c->n = c->failed = c->gnext = c->knext = c->kmatch = c->stale = c->unversioned = 0;
	c->status = TENOR_OK;
	c->ngroups = c->nmrows = 0;
	buf_reset(&c->data);
	buf_reset(&c->keys);
	if ((rc = store_each_text(db, c->after, c->upto, collect, c)) || c->n == 0 ||
	    (rc = store_each_group(db, c->after, c->upto, collect_group, c)) ||
	    (rc = store_each_result_key(db, c->after, c->upto, collect_key, c)))
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

/* The stored rows' bytes at off: keys holds none at all where no document has rows. */
static const char *key_at(const struct chunk *c, size_t off)
{
	return c->keys.data ? c->keys.data + off : "";
}

static int same_bytes(const struct buf *b, const char *p, size_t n)
{
	return b->len == n && (n == 0 || memcmp(b->data, p, n) == 0);
}

static int row_order(const struct row_ref *a, const struct row_ref *b)
{
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return memcmp(a->p, b->p, a->len);
}

static int row_cmp(const void *x, const void *y)
{
	const struct row_ref *a = x, *b = y;
	int d = row_order(a, b);

	return d ? d : (a->at > b->at) - (a->at < b->at);
}

/* Which of document i's stored matches its n new ones (their bytes in newmatches, in the
 * result's order) no longer have, and which they add, in the result's order. Both are
 * sorted by their bytes and merged, so that the same matches stored in another order
 * (added by an earlier rescore, after the others) are the same. */
static int diff_matches(struct chunk *c, int i, size_t n)
{
	const char *p = c->newmatches.data, *end = p + c->newmatches.len;
	size_t nold = c->mcount[i], a = 0, b = 0, k;

	c->gonefirst[i] = c->ngoneall;
	c->addfirst[i] = c->naddall;
	if (tenor_grow(&c->olds, &c->oldscap, nold, sizeof(*c->olds)) ||
	    tenor_grow(&c->news, &c->newscap, n, sizeof(*c->news)) ||
	    tenor_grow(&c->isnew, &c->isnewcap, n, sizeof(*c->isnew)) ||
	    tenor_grow(&c->gone, &c->gonecap, c->ngoneall + nold, sizeof(*c->gone)) ||
	    tenor_grow(&c->added, &c->addcap, c->naddall + n, sizeof(*c->added)))
		return TENOR_ENOMEM;
	for (k = 0; k < nold; k++) {
		const struct stored_row *m = &c->mrows[c->mfirst[i] + k];
		c->olds[k].p = key_at(c, m->off);
		c->olds[k].len = m->len;
		c->olds[k].at = m->id;
	}
	for (k = 0; k < n; k++) {
		struct stored_match m;
		c->news[k].p = p;
		if (store_match_row(&p, end, &m))
			return TENOR_EINVAL;
		c->news[k].len = (size_t)(p - c->news[k].p);
		c->news[k].at = (long long)k;
		c->isnew[k] = 0;
	}
	/* qsort takes no null array, which an empty list may have */
	if (nold > 1)
		qsort(c->olds, nold, sizeof(*c->olds), row_cmp);
	if (n > 1)
		qsort(c->news, n, sizeof(*c->news), row_cmp);
	while (a < nold || b < n) {
		int d = a == nold ? 1 : b == n ? -1 : row_order(&c->olds[a], &c->news[b]);
		if (d < 0) {
			c->gone[c->ngoneall++] = c->olds[a++].at;
		} else if (d > 0) {
			c->isnew[c->news[b++].at] = 1;
		} else {
			a++;
			b++;
		}
	}
	for (k = 0; k < n; k++)
		if (c->isnew[k])
			c->added[c->naddall++] = k;
	c->ngone[i] = c->ngoneall - c->gonefirst[i];
	c->nadd[i] = c->naddall - c->addfirst[i];
	return TENOR_OK;
}

/* Scores a chunk with analyzer a, keeping copies of the results, which documents' results
 * changed and what that changes in the aggregates: runs on a worker thread. */
static void score_chunk(struct chunk *c, struct tenor_analyzer *a, enum agg_mode mode)
{
	const struct tenor_lexicon *lx = tenor_analyzer_lexicon(a);
	int i;

	result_log_reset(&c->results);
	agg_reset(&c->agg);
	c->ngoneall = c->naddall = 0;
	for (i = 0; i < c->n; i++) {
		const char *text = c->data.data + c->off[i];
		const struct tenor_result *r;
		const char *lang = c->data.data + c->langoff[i];
		/* told again where the words tell it; where they do not, as a first ingest would,
		 * by --default-lang, but a language --default-lang gave before stays, not this
		 * run's */
		int rc = analyzer_run(a, text, c->len[i], c->detect[i] ? NULL : lang,
				      c->detect[i] == LANG_DEFAULTED ? lang : NULL, &r);
		int moved;
		c->newdetect[i] = (unsigned char)(!c->detect[i] ? LANG_GIVEN
						  : a->fell_back ? LANG_DEFAULTED : LANG_TOLD);
		if (rc == TENOR_OK && (c->lang_changed[i] = strcmp(r->lang, lang) != 0)) {
			/* its content hash as an ingest with these lexicons would make it, so
			 * that a rerun of its file finds it unchanged */
			buf_reset(&c->ckey);
			rc = doc_text_key(&c->ckey, text, c->len[i], c->data.data + c->dayoff[i],
					  c->daylen[i], c->gcount[i], c->gname + c->gfirst[i],
					  c->gval + c->gfirst[i], NULL);
			if (rc == TENOR_OK)
				rc = doc_content(&c->ckey, r->lang, 0, c->content[i]);
		}
		if (rc == TENOR_OK)
			rc = result_keep(&c->results, r, &c->result[i]);
		if (rc == TENOR_OK) {
			buf_reset(&c->newscores);
			buf_reset(&c->newmatches);
			rc = store_result_key(&c->nz, lx, c->byname, r, text, &c->term,
					      &c->newscores, &c->newmatches);
			c->scores_changed[i] =
				!same_bytes(&c->newscores, key_at(c, c->skey[i]), c->sklen[i]);
			c->ngone[i] = c->nadd[i] = 0;
			if (rc == TENOR_OK &&
			    !same_bytes(&c->newmatches, key_at(c, c->mkey[i]), c->mklen[i]))
				rc = diff_matches(c, i, r->nmatches);
			c->changed[i] = c->scores_changed[i] || c->ngone[i] || c->nadd[i] ||
					c->lang_changed[i];
		}
		/* the aggregates change by what the stored version added and the new one adds */
		moved = rc == TENOR_OK && mode == AGG_CHANGES &&
			(c->changed[i] || r->tokens != c->tokens[i]);
		if (moved)
			rc = agg_add_stored(&c->agg, -1, &c->periods[i], c->gname + c->gfirst[i],
					    c->gval + c->gfirst[i], c->gcount[i],
					    (long long)c->tokens[i], key_at(c, c->skey[i]),
					    c->sklen[i], key_at(c, c->mkey[i]), c->mklen[i]);
		if (rc == TENOR_OK && (moved || mode == AGG_ALL))
			rc = agg_add(&c->agg, &c->periods[i], c->gname + c->gfirst[i],
				     c->gval + c->gfirst[i], c->gcount[i], lx, r, text);
		if (rc) {
			c->status = rc;
			c->failed = i + 1;
			snprintf(c->error, sizeof(c->error), "%s", tenor_analyzer_error(a));
			break;
		}
	}
}

/* Writes document i's new results r by their difference with the stored ones: its scores
 * again where any changed, the matches it no longer has deleted and its new ones added. */
static int store_difference(struct tenor_db *db, const struct tenor_lexicon *lx,
			    struct chunk *c, int i, const struct tenor_result *r, const char *text)
{
	struct tenor_result part = *r;
	size_t k;
	int rc = TENOR_OK;

	if (c->scores_changed[i])
		rc = store_clear_scores(db, c->id[i]);
	else
		part.ncategories = 0;
	for (k = 0; k < c->ngone[i] && rc == TENOR_OK; k++)
		rc = store_delete_match(db, c->gone[c->gonefirst[i] + k]);
	if (rc)
		return rc;
	if (tenor_grow(&c->part, &c->partcap, c->nadd[i], sizeof(*c->part)))
		return store_fail(db, TENOR_ENOMEM, "out of memory");
	for (k = 0; k < c->nadd[i]; k++)
		c->part[k] = r->matches[c->added[c->addfirst[i] + k]];
	part.matches = c->part;
	part.nmatches = c->nadd[i];
	return store_results(db, c->id[i], lx, &part, text);
}

/* Stores the chunk's changed results in document order, and adds what they change to the
 * aggregates. */
static int store_chunk(struct tenor_db *db, const struct tenor_lexicon *lx, struct chunk *c,
		       struct tenor_ingest_counts *counts, unsigned long long *changed)
{
	int i, nchanged = 0, whole, rc = TENOR_OK;

	if (c->status && !c->failed)
		return store_fail(db, c->status, "reading documents %lld to %lld: %s", c->after + 1,
				  c->upto, c->error);
	/* a language whose lexicon is gone: the first of its documents, and what to do */
	if (c->status == TENOR_ELANG)
		return store_fail(db, c->status, "document %lld (doc_id) and every other in its "
				  "language: %s; nothing was changed: rescore with lexicons that "
				  "have it (--lexicons DIR)", c->id[c->failed - 1], c->error);
	if (c->status)
		return store_fail(db, c->status, "document %lld: %s", c->id[c->failed - 1],
				  c->error);
	if (c->n == 0)
		return TENOR_OK;
	for (i = 0; i < c->n; i++)
		nchanged += c->changed[i];
	whole = nchanged * REWRITE_SHARE > c->n;
	if (whole)
		rc = store_clear_results(db, c->id[0], c->id[c->n - 1]);
	for (i = 0; i < c->n && rc == TENOR_OK; i++) {
		const char *text = c->data.data + c->off[i];
		struct tenor_result r;
		result_get(&c->results, &c->result[i], &r);
		if (whole)
			rc = store_results(db, c->id[i], lx, &r, text);
		else if (c->changed[i])
			rc = store_difference(db, lx, c, i, &r, text);
		if (rc == TENOR_OK && (r.tokens != c->tokens[i] || c->lang_changed[i] ||
				       c->newdetect[i] != c->detect[i]))
			rc = store_set_analysis(db, c->id[i], r.tokens, r.lang, c->newdetect[i],
						c->lang_changed[i] ? c->content[i] : NULL);
		counts->read++;
		counts->updated += (unsigned long long)c->changed[i];
		*changed += c->changed[i];
	}
	/* chunk by chunk, where this thread would wait for the next chunk, not at the end;
	 * with the same lexicons none is stale, and the rows are not read again to see it */
	if (rc == TENOR_OK && c->stale)
		rc = store_set_lexicon_version(db, tenor_lexicon_version(lx), c->id[0],
					       c->id[c->n - 1], c->unversioned > 0);
	return rc ? rc : agg_merge(db, &c->agg);
}

/* Reads the chunk in slot i, where the workers read, and scores it. */
static void work_on(struct worker *w, int i)
{
	struct rescore *rs = w->rs;
	struct chunk *c = &rs->ring[i];
	int rc = w->reader ? read_chunk(w->reader, c) : TENOR_OK;

	if (rc) {
		c->status = rc;
		snprintf(c->error, sizeof(c->error), "%s", tenor_db_error(w->reader));
	} else {
		score_chunk(c, w->a, rs->mode);
	}
	pipeline_set(&rs->pipe, (unsigned)i, SLOT_DONE);
}

static void *work(void *p)
{
	struct worker *w = p;
	int i;

	while ((i = pipeline_take(&w->rs->pipe)) >= 0)
		work_on(w, i);
	return NULL;
}

/* Stops the worker threads, dropping what they would go on with. */
static void stop_workers(struct rescore *rs)
{
	unsigned i;

	pipeline_stop(&rs->pipe);
	for (i = 0; rs->workers && i < rs->nworkers; i++)
		if (rs->workers[i].started) {
			pthread_join(rs->workers[i].tid, NULL);
			rs->workers[i].started = 0;
		}
	rs->threaded = 0;
}

/* Frees what a chunk holds; it can be read into again. */
static void chunk_release(struct chunk *c)
{
	buf_release(&c->data);
	result_log_release(&c->results);
	agg_release(&c->agg);
	buf_release(&c->keys);
	buf_release(&c->term);
	buf_release(&c->newscores);
	buf_release(&c->newmatches);
	buf_release(&c->ckey);
	normalizer_release(&c->nz);
	tenor_free(c->goff);
	tenor_free(c->gname);
	tenor_free(c->gval);
	tenor_free(c->mrows);
	tenor_free(c->gone);
	tenor_free(c->added);
	tenor_free(c->olds);
	tenor_free(c->news);
	tenor_free(c->isnew);
	tenor_free(c->part);
	c->goff = NULL;
	c->mrows = NULL;
	c->gname = c->gval = NULL;
	c->gone = NULL;
	c->added = NULL;
	c->olds = c->news = NULL;
	c->isnew = NULL;
	c->part = NULL;
	c->goffcap = c->gnamecap = c->gvalcap = c->mrowcap = c->gonecap = c->addcap = 0;
	c->oldscap = c->newscap = c->isnewcap = c->partcap = 0;
}

/* A stored chunk whose texts and stored rows took megabytes gives them back: kept, each
 * chunk of the ring would grow to the longest texts read, each of them in turn. */
static void chunk_trim(struct chunk *c)
{
	if (c->data.cap + c->keys.cap + c->newmatches.cap +
		    c->results.matchcap * sizeof(*c->results.matches) +
		    c->mrowcap * sizeof(*c->mrows) > 4 * CHUNK_BYTES)
		chunk_release(c);
}

/* Stops the workers; the analyzers they made go, and the ring. */
static void rescore_release(struct rescore *rs, const struct tenor_analyzer *a)
{
	unsigned i;

	stop_workers(rs);
	pipeline_release(&rs->pipe);
	for (i = 0; rs->workers && i < rs->nworkers; i++) {
		if (rs->workers[i].a != a)
			tenor_analyzer_free(rs->workers[i].a);
		tenor_db_close(rs->workers[i].reader);
	}
	for (i = 0; rs->ring && i < rs->nring; i++)
		chunk_release(&rs->ring[i]);
	tenor_free(rs->ring);
	tenor_free(rs->workers);
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

/* The ring and n workers, each with its own analyzer (the first the caller's); with more
 * than one, the threads of all but the first, which is this thread, or none when one
 * cannot start. */
static int rescore_new(struct rescore *rs, struct tenor_db *db, struct tenor_analyzer *a,
		       unsigned n, const size_t *byname)
{
	unsigned i;
	int rc = TENOR_OK;

	rs->nring = n > 1 ? n * RING_PER_WORKER : 1;
	if (!(rs->ring = tenor_calloc_lines(rs->nring * sizeof(*rs->ring))) ||
	    !(rs->workers = tenor_calloc_lines(n * sizeof(*rs->workers))))
		return TENOR_ENOMEM;
	rs->nworkers = n;
	for (i = 0; i < rs->nring; i++) {
		rs->ring[i].byname = byname;
		rs->ring[i].version = tenor_lexicon_version(tenor_analyzer_lexicon(a));
	}
	for (i = 0; i < n && rc == TENOR_OK; i++) {
		rs->workers[i].rs = rs;
		rs->workers[i].a = a;
		if (i)
			rc = analyzer_clone(a, a->memo.limit / n, &rs->workers[i].a);
	}
	if (rc || n < 2)
		return rc;
	if ((rc = pipeline_init(&rs->pipe, rs->nring)))
		return rc == TENOR_ENOMEM ? rc : TENOR_OK;
	/* the workers read too, each on its own connection, where all have one */
	for (i = 0, rs->worker_reads = 1; i < n && rc == TENOR_OK; i++) {
		rc = store_open_reader(db, &rs->workers[i].reader);
		rs->worker_reads &= rs->workers[i].reader != NULL;
	}
	for (i = 0; i < n && !rs->worker_reads; i++) {
		tenor_db_close(rs->workers[i].reader);
		rs->workers[i].reader = NULL;
	}
	if (rc)
		return rc;
	for (i = 1; i < n; i++) {
		struct worker *w = &rs->workers[i];
		if (!(w->started = pthread_create(&w->tid, NULL, work, w) == 0))
			break;
	}
	/* without every thread the ring would be short of workers: on this one instead */
	rs->threaded = 1;
	if (i < n)
		stop_workers(rs);
	return TENOR_OK;
}

/* Whether most documents will change: scores a few chunks spread over the ids (on this
 * thread, before any is handed to a worker) and compares. Then emptying the aggregates and
 * adding every document costs less than taking each changed one out and adding it again, as
 * after a new category; a lexicon edit changes a few. A wrong guess costs time, not
 * results; a document that fails here fails again in the run, which reports it.
 * The same chunks tell how the chunks are cut, from the documents alone, so that they are
 * cut alike whatever the threads (the aggregates are added a chunk at a time, and sums of
 * weights in another grouping differ in their last bits). Long texts: a chunk spans fewer
 * ids, so that it seldom passes CHUNK_BYTES and is ended early, which leaves its rest to
 * the storing thread alone, and ends by a query, so that a gap in the ids is not walked an
 * id at a time. Sparse ids, fewer than half of them documents with text where the chunks
 * read: each chunk ends by a query. A gap the probe missed is shorter than a quarter of the
 * ids, and is walked in chunks of rs->width ids. */
static int most_change(struct rescore *rs, struct tenor_db *db, int *most)
{
	struct chunk *c = &rs->ring[0];
	long long first = rs->first, last = rs->last;
	unsigned long long n = 0, nchanged = 0, bytes = 0, docs = 0, span = 0;
	int k, i, found, failed = 0, rc;

	*most = 0;
	for (k = 0; k < PROBE_CHUNKS && !failed; k++) {
		c->after = first - 1 + (last - first + 1) * k / PROBE_CHUNKS;
		if ((rc = store_chunk_end(db, c->after, CHUNK, &c->upto, &found)))
			return rc;
		if (!found)
			continue;
		if ((rc = read_chunk(db, c)))
			return rc;
		bytes += c->data.len;
		docs += (unsigned)c->n;
		/* the last document read is at upto, ended early or not */
		span += (unsigned long long)c->upto - (unsigned long long)c->after;
		score_chunk(c, rs->workers[0].a, AGG_NONE);
		failed = c->status != TENOR_OK;
		for (i = 0; i < c->n && !failed; i++)
			nchanged += c->changed[i];
		n += (unsigned)c->n;
	}
	/* half the bytes: a chunk of texts a little longer than those seen still fits */
	if (docs && bytes / docs * 2 * CHUNK > CHUNK_BYTES) {
		rs->width = (int)(CHUNK_BYTES / (bytes / docs * 2)) + 1;
		rs->by_query = 1;
	}
	if (docs * 2 < span)
		rs->by_query = 1;
	*most = !failed && nchanged * 2 > n;
	return TENOR_OK;
}

/* Gives chunk c the next range of ids after *after; 0 when there are none. A range is
 * rs->width ids wide: ids are unique, so it holds at most that many documents, and nothing
 * has to be read to know where it ends (reading each chunk's rows once more to find its end
 * took a third of the time of the thread that hands the chunks out and stores them). tenor
 * deletes no document, so its ids are dense; where another tool deleted many, or the texts
 * are long (most_change), each chunk ends after the next rs->width documents with text,
 * found by a query. Where the workers do not read, the chunk is read here. */
static int next_chunk(struct rescore *rs, struct tenor_db *db, struct chunk *c, long long *after,
		      int *found)
{
	int rc;

	if (rs->by_query) {
		if ((rc = store_chunk_end(db, *after, rs->width, &c->upto, found)) || !*found)
			return rc;
	} else {
		if (!(*found = *after < rs->last))
			return TENOR_OK;
		/* unsigned: the difference of two ids may not fit a long long */
		c->upto = (unsigned long long)rs->last - (unsigned long long)*after >
					  (unsigned long long)rs->width
				  ? *after + rs->width
				  : rs->last;
	}
	c->after = *after;
	*after = c->end = c->upto;
	if (rs->threaded && rs->worker_reads) {
		c->n = 0;
		return TENOR_OK;
	}
	return read_chunk(db, c);
}

/* Stores chunk c, then reads, scores and stores the rest of its range after the text that
 * ended it early, on this thread, so that the chunks end at the same documents whatever
 * the threads, and the aggregates are added in the same steps. */
static int store_whole(struct rescore *rs, struct tenor_db *db, const struct tenor_lexicon *lx,
		       struct chunk *c, struct tenor_ingest_counts *counts,
		       unsigned long long *changed)
{
	int rc = store_chunk(db, lx, c, counts, changed);

	while (rc == TENOR_OK && c->upto < c->end) {
		c->after = c->upto;
		c->upto = c->end;
		if ((rc = read_chunk(db, c)) == TENOR_OK) {
			score_chunk(c, rs->workers[0].a, rs->mode);
			rc = store_chunk(db, lx, c, counts, changed);
		}
	}
	chunk_trim(c);
	return rc;
}

/* Has every chunk read, scored and stored. The next chunk to store goes first once it is
 * scored; else the next one is handed out while there is room; else this thread scores
 * the next one handed out that no worker has taken; else it waits. */
static int run(struct rescore *rs, struct tenor_db *db, const struct tenor_lexicon *lx,
	       struct tenor_ingest_counts *counts, unsigned long long *changed)
{
	unsigned next_read = 0, next_store = 0, pending = 0;
	/* chunks handed out at most: the ring, or for long texts one a thread and one more */
	unsigned inflight = rs->width < CHUNK ? rs->nworkers + 1 : rs->nring;
	long long after = rs->first > LLONG_MIN ? rs->first - 1 : LLONG_MIN;
	int done = 0, found, rc = TENOR_OK;

	while (rc == TENOR_OK && (!done || pending)) {
		struct chunk *c;
		int slot = (int)next_read;
		if (!rs->threaded) {
			c = &rs->ring[0];
			if ((rc = next_chunk(rs, db, c, &after, &found)) || !found)
				break;
			score_chunk(c, rs->workers[0].a, rs->mode);
			rc = store_whole(rs, db, lx, c, counts, changed);
			continue;
		}
		if (pending) {
			int taken;
			slot = pipeline_wait_or_take(&rs->pipe, (int)next_store, SLOT_DONE,
						     done || pending >= inflight
							     ? -1
							     : (int)next_read,
						     SLOT_FREE,
						     &taken);
			/* only this thread stops the pipeline: -1 is never a partial rescore */
			if (slot < 0)
				return store_fail(db, TENOR_EINVAL, "rescore: the threads stopped");
			if (taken) {
				work_on(&rs->workers[0], slot);
				continue;
			}
		}
		c = &rs->ring[slot];
		if (pending && slot == (int)next_store) {
			rc = store_whole(rs, db, lx, c, counts, changed);
			pipeline_set(&rs->pipe, next_store, SLOT_FREE);
			next_store = (next_store + 1) % rs->nring;
			pending--;
			continue;
		}
		if ((rc = next_chunk(rs, db, c, &after, &found)))
			break;
		done = !found;
		if (done)
			continue;
		pipeline_set(&rs->pipe, next_read, SLOT_FILLED);
		next_read = (next_read + 1) % rs->nring;
		pending++;
	}
	return rc;
}

int tenor_rescore(struct tenor_db *db, struct tenor_analyzer *a, unsigned threads,
		  int keep_textless, unsigned long long *rescored, unsigned long long *changed,
		  unsigned long long *textless)
{
	const struct tenor_lexicon *lx = tenor_analyzer_lexicon(a);
	struct tenor_ingest_counts counts;
	struct rescore rs;
	unsigned long long none = 0, nchanged = 0;
	long long batch;
	unsigned n = threads > 1 ? (threads > 64 ? 64 : threads) : 1;
	size_t memo_limit, *byname;
	int most, rc;

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
	memset(&rs, 0, sizeof(rs));
	rs.width = CHUNK;
	memset(&counts, 0, sizeof(counts));
	if ((rc = rescore_new(&rs, db, a, n, byname)))
		goto out;
	a->memo.limit /= n;
	/* A quarter of ingest's cache: rescore changes rows in place, in id order, where ingest
	 * inserts into an identity index at random. As fast on the bench's edits, and 12 MB
	 * less: on two threads, texts of a megabyte took 68 to 75 MB with 16 MiB, 56 with 4. */
	if ((rc = store_cache_kib(db, RESCORE_CACHE_KIB)) || (rc = store_begin(db)) ||
	    (rc = store_count_textless(db, &none)))
		goto out;
	if (textless)
		*textless = none;
	if (none && !keep_textless) {
		rc = store_fail(db, TENOR_ESTATE,
				"%llu document(s) were stored without text (--no-text) and cannot be "
				"rescored; nothing was changed", none);
		goto out;
	}
	if ((rc = store_id_range(db, &rs.first, &rs.last)) || (rc = most_change(&rs, db, &most)))
		goto out;
	rs.mode = most ? AGG_ALL : AGG_CHANGES;
	if ((rc = store_batch_start(db, "rescore", tenor_lexicon_version(lx), "[]",
				    keep_textless ? "{\"keep_textless\":true}" : "{}", &batch)) ||
	    (most && (rc = agg_restart(db, 0))) || (rc = run(&rs, db, lx, &counts, &nchanged)) ||
	    (rc = agg_finish(db)) ||
	    (rc = store_batch_finish(db, batch, &counts)) ||
	    (rc = store_commit(db)))
		goto out;
	if (rescored)
		*rescored = counts.read;
	if (changed)
		*changed = nchanged;
out:
	/* after an error, threads still scoring are waited for, their work dropped */
	rescore_release(&rs, a);
	if (rc)
		store_rollback(db);
	tenor_free(byname);
	a->memo.limit = memo_limit;
	/* the caller's connection as it was; after a failure it keeps the smaller cache rather
	 * than risk the failure's message (and a failure here leaves only a smaller cache) */
	if (rc == TENOR_OK)
		store_cache_kib(db, STORE_CACHE_KIB);
	return rc;
}
