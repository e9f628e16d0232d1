/*
 * ingest.c - reading exports into the database: each record of a CSV, JSON-lines or text
 * file is converted to UTF-8, checked, dated, optionally redacted, scored, and stored under
 * its identity in one batch (one transaction).
 *
 * A record that cannot be used is a reject: stored with its file, line, reason and raw
 * bytes, and counted. A problem with a whole file (cannot open it, a named column is
 * missing) aborts the batch, so that a misconfigured run writes nothing.
 */
#include "alloc.h"
#include "aggregate.h"
#include "analyze.h"
#include "identity.h"
#include "bytes.h"
#include "normalize.h"
#include "pipeline.h"
#include "store.h"
#include "tenor.h"

#include <errno.h>
#include <pthread.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The arguments of "%.*s" for a name a message quotes: at most 60 bytes of it, cut at a
 * character, so that the message stays UTF-8. */
#define QUOTE60(s) (int)bytes_utf8_prefix((s), strlen(s), 60), (s)

#define DEFAULT_MAX_FIELD ((size_t)1 << 20)
#define PROGRESS_EVERY 2000

/* The names a text or date column usually has in exports, tried (ignoring case) when no
 * column is named. */
static const char *const usual_names[][16] = {
	{ "text", "comment", "comments", "kommentar", "kommentare", "antwort", "answer",
	  "response", "feedback", "freitext", "bemerkung", "remarks", "message", "body", NULL },
	{ NULL },
	{ "date", "datum", "timestamp", "zeitstempel", "created", "created_at", "submitted_at",
	  "submitdate", NULL },
};

/* Where a record's fields are: column indexes for CSV, names for JSON lines. */
enum { F_TEXT, F_ID, F_DATE, F_LANG, F_GROUP0 };
#define NFIELDS (F_GROUP0 + TENOR_MAX_GROUPS)
/* With threads, batches in flight per worker: no stage waits for another with two, and
 * each more costs memory (four: 67 MB peak on 1 GB of CSV, over the 64 MiB bound; two: 63). */
#define RING_PER_WORKER 2

/* What format_of reads of a stream to tell its format, at most; all blank, it is CSV. */
#define LEAD_MAX 4096

struct ingest {
	struct tenor_db *db;
	struct tenor_analyzer *an;
	const struct tenor_lexicon *lx;
	const struct tenor_ingest_options *o;
	struct tenor_ingest_counts *c;
	long long batch;
	/* the file's: enc_conv, or utf8_conv for a file that starts with a UTF-8 BOM, which
	 * says its encoding whatever --encoding says (as Excel reads it) */
	struct tenor_converter *conv;
	struct tenor_converter *enc_conv, *utf8_conv;
	/* the storing thread's, for rejects' raw bytes under --redact: raw_conv in
	 * --encoding, raw_utf8_conv for the files with a BOM */
	struct tenor_converter *raw_conv, *raw_utf8_conv;
	/* the storing thread's, with --redact or --no-text, also for the values a reject's
	 * reason quotes (a comment shifted into the date column) */
	struct tenor_redactor *raw_red;
	const char *file, *source;
	char lead[LEAD_MAX];            /* the file's first bytes, read to tell its format */
	size_t nlead;
	int bom;                        /* the file starts with a UTF-8 BOM */
	char **utf8_names;              /* each file's name as stored and shown */
	size_t nfiles;
	const char *names[NFIELDS];     /* field names asked for, NULL when not */
	int usual[NFIELDS];             /* not named: look for usual_names */
	int col[NFIELDS];               /* CSV: column index, -1 when absent */
	size_t ncols;                   /* CSV: the header's fields */
	struct buf val[NFIELDS];        /* UTF-8 values of the current record */
	int has[NFIELDS];               /* the record has the field */
	/* the --group names as stored: a name the database holds in another case is taken
	 * as it is spelled there; owned */
	char *gcols[TENOR_MAX_GROUPS];
	/* the order identities take the groups in, by their names, whatever the order of the
	 * options; and the orders of the options of batches before that rule (resolve_groups)
	 * that are other, in which their documents' keys took them */
	unsigned char korder[TENOR_MAX_GROUPS];
	unsigned char (*legacy)[TENOR_MAX_GROUPS];
	size_t nlegacy, legacycap;
	struct buf raw;
	struct tenor_json *json;        /* the JSON line reader */
	unsigned long long nread, since_progress;
	struct worker *workers;         /* one a thread */
	unsigned nworkers;
	size_t memo_limit;              /* the caller's analyzer's, restored at the end */
	/* the pipeline (see "records in batches") */
	struct batch *ring;
	unsigned nring;
	unsigned fill;                  /* the batch the reader fills */
	struct pipeline pipe;           /* the batches' states */
	int threaded;                   /* the workers and the writer are running */
	int wrc;                        /* the writer's first error, which stops reading */
	int wstarted;
	pthread_t writer;
};

static int is_blank(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* ---- records in batches ----
 * The readers hand each record (its fields in g->val) or reject to the batch being filled.
 * With threads, batches go round a ring through three stages: the reader (the calling
 * thread) fills them in turn; the workers, each with its own analyzer, prepare whichever
 * is filled next (check, date, redact, score, hash, and sum up what the batch adds to the
 * aggregates); the writer thread stores them in ring order, which is input order, and
 * hands them back to the reader. The reader is worker 0: while it waits for a batch to
 * come back, it prepares the ones no worker has taken, so that with n threads n - 1
 * workers run beside it and the writer. Storing stays on one thread: SQLite has one
 * writer, and the database is the same whatever the number of threads. With one thread,
 * a full batch is prepared and stored at once. */

#define BATCH_RECORDS 512
/* A batch of long texts holds what their analysis gives too, their matches many times
 * their bytes where every word is a hit: a megabyte of them, not four (1 MiB texts joined
 * from comments: 58 MB on two threads instead of 79). The bench's 512 comments hold a
 * tenth of that. */
#define BATCH_BYTES ((size_t)1 << 20)
/* What a batch's aggregates may hold once spread by the worker; the writer spreads the
 * rest, bounded by its own. Above what 512 documents spread over in one or two group
 * columns of any size, below what eight columns of a thousand values take. */
#define BATCH_AGG_BYTES ((size_t)2 << 20)
/* The bytes of the batches passed on and not yet stored, past which the reader waits for
 * more of them to be stored: a batch ends after the record that passes BATCH_BYTES, and a
 * JSON line may be 16 MiB. The bench's batches hold a tenth of a megabyte. */
#define INFLIGHT_BYTES (2 * BATCH_BYTES)
#define NO_OFFSET ((size_t)-1)
/* an earlier key of a record: an identity and a content hash */
#define ALT_SIZE (IDENTITY_SIZE + 33)

struct rec {
	int reject;                       /* rejected when read, or when prepared */
	int cut;                          /* raw is the start of a record over a limit */
	int utf8;                         /* its file is UTF-8 by its BOM, whatever --encoding */
	unsigned long long line;
	size_t raw, rawlen;               /* offsets into the batch's data; NO_OFFSET: none */
	size_t val[NFIELDS], len[NFIELDS];
	unsigned char has[NFIELDS];
	size_t msg;                       /* the reason of a reject */
	/* set when prepared */
	struct tenor_date date;
	int dated, has_id;
	int lang_detected;                /* how its language was found (enum lang_source) */
	size_t text, textlen;             /* the text stored: the field, or redacted */
	/* the group values as read, where normalize_value changed one (val and len then hold
	 * the values stored): the keys an earlier tenor stored the record under */
	size_t rawgroup[TENOR_MAX_GROUPS], rawgrouplen[TENOR_MAX_GROUPS];
	int groups_changed;
	char identity[IDENTITY_SIZE], content[33];
	/* the keys it may have been stored under before (earlier_keys): nalt pairs of an
	 * identity and a content hash, at alt in the batch's data */
	size_t alt;
	unsigned nalt;
	char day[16];                     /* the date's first day, when dated */
	struct agg_periods periods;       /* its period keys, for the aggregates and columns */
	struct kept_result result;        /* in the batch's results */
	int added;                        /* its version was stored: undefer adds it */
};

/* On lines of its own (tenor_calloc_lines): workers fill neighbouring batches at once. */
struct batch {
	_Alignas(CACHE_LINE) struct buf data;
	struct rec *rec;
	size_t n, cap;
	struct result_log results;        /* of its prepared records */
	struct agg agg;                   /* what its prepared records add to the aggregates */
	int deferred;                     /* storing: the aggregates wait for agg */
	int status;                       /* of preparing it */
	size_t held;                      /* the reader's: its bytes while it is in flight */
};

/* On lines of its own: each writes its key at every record. */
struct worker {
	_Alignas(CACHE_LINE) struct ingest *g;
	struct tenor_analyzer *an;        /* the caller's for worker 0, the calling thread */
	struct tenor_redactor *red;
	struct buf key;
	pthread_t tid;
	int started;
};

static int batch_str(struct batch *b, const char *s, size_t n, size_t *off)
{
	*off = b->data.len;
	return buf_add(&b->data, s, n) || buf_addc(&b->data, 0) ? TENOR_ENOMEM : TENOR_OK;
}

/* A reject of a prepared record: its reason replaces its fields. */
static int prep_reject(struct batch *b, struct rec *e, const char *reason)
{
	e->reject = 1;
	return batch_str(b, reason, strlen(reason), &e->msg);
}

/* Appends what identifies a record without an id to k: its text, date and groups, these
 * in the order order gives, as stored or, raw, as read. */
static int text_key(const struct ingest *g, struct buf *k, const struct batch *b,
		    const struct rec *e, const unsigned char *order, int raw, const char *text,
		    size_t textlen, const char *day, size_t n)
{
	const char *names[TENOR_MAX_GROUPS], *values[TENOR_MAX_GROUPS];
	size_t lens[TENOR_MAX_GROUPS], i;

	for (i = 0; i < g->o->ngroups; i++) {
		unsigned c = order[i];
		names[i] = g->gcols[c];
		values[i] = b->data.data + (raw ? e->rawgroup[c] : e->val[F_GROUP0 + c]);
		lens[i] = raw ? e->rawgrouplen[c] : e->len[F_GROUP0 + c];
	}
	return doc_text_key(k, text, textlen, day, n, g->o->ngroups, names, values, lens);
}

/* A record's keys with its groups in order and the text given: without an id, its
 * identity; and its content hash, which adds what else decides the stored version, the
 * language and whether text is kept. */
static int keys_of(struct worker *w, const struct batch *b, const struct rec *e,
		   const unsigned char *order, int raw, const char *text, size_t textlen,
		   const char *day, size_t n, const char *lang, char identity[IDENTITY_SIZE],
		   char content[33])
{
	int rc;

	buf_reset(&w->key);
	if ((rc = text_key(w->g, &w->key, b, e, order, raw, text, textlen, day, n)))
		return rc;
	if (!e->has_id)
		doc_identity(&w->key, identity);
	return doc_content(&w->key, lang, w->g->o->no_text, content);
}

/* The keys a record may have been stored under before, which find_earlier looks for: its
 * groups in the order of an earlier version's options (without an id its identity, with
 * one its content hash), and, without an id, the text as written where --redact changed
 * it, as a run without --redact stored it. Such a text is to be replaced by its redaction,
 * never met as the same: its content hash is the record's own. */
static int earlier_keys(struct worker *w, struct batch *b, struct rec *e, const char *day,
			size_t n, const char *lang, int written)
{
	const struct ingest *g = w->g;
	char alt[ALT_SIZE];
	size_t k, t, raw;
	int rc;

	e->nalt = 0;
	e->alt = b->data.len;
	written = written && !e->has_id;
	/* with an id, a group value stored as read is a changed content: an update */
	for (raw = 0; raw <= (size_t)(e->groups_changed && !e->has_id); raw++)
		for (k = 0; k <= g->nlegacy; k++)
			for (t = k || raw ? 0 : 1; t <= (size_t)written; t++) {
				/* the data may have moved */
				const char *text = b->data.data + (t ? e->val[F_TEXT] : e->text);
				memcpy(alt, e->identity, IDENTITY_SIZE);
				if ((rc = keys_of(w, b, e, k ? g->legacy[k - 1] : g->korder, (int)raw,
						  text, t ? e->len[F_TEXT] : e->textlen, day, n, lang,
						  alt, alt + IDENTITY_SIZE)))
					return rc;
				/* a text as written, or groups as read: replaced by the record */
				if (t || raw)
					memcpy(alt + IDENTITY_SIZE, e->content, sizeof(e->content));
				if (buf_add(&b->data, alt, sizeof(alt)))
					return TENOR_ENOMEM;
				e->nalt++;
			}
	return TENOR_OK;
}

/* Checks, dates, redacts, scores and hashes one record. Runs on a worker thread: it reads
 * only the options, the lexicon and its batch. */
static int prepare(struct worker *w, struct batch *b, struct rec *e)
{
	const struct tenor_ingest_options *o = w->g->o;
	const char *gnames[TENOR_MAX_GROUPS], *gvals[TENOR_MAX_GROUPS];
	const struct tenor_result *r;
	const char *text, *lang;
	char hex[33], day[32];
	size_t textlen, i;
	int rc, n, written = 0;

	if (!e->has[F_TEXT])
		return prep_reject(b, e, "no text field");
	text = b->data.data + e->val[F_TEXT];
	textlen = e->len[F_TEXT];
	if (is_blank(text, textlen))
		return prep_reject(b, e, "empty text");
	e->text = e->val[F_TEXT];
	e->textlen = textlen;

	/* the group values as stored (normalize_value), those as read kept for the keys an
	 * earlier tenor stored the record under; the key buffer is free until keys_of */
	e->groups_changed = 0;
	for (i = 0; i < o->ngroups; i++) {
		size_t v = e->val[F_GROUP0 + i], len = e->len[F_GROUP0 + i];
		e->rawgroup[i] = v;
		e->rawgrouplen[i] = len;
		if ((rc = normalize_value(b->data.data + v, len, &w->key)))
			return rc;
		if (w->key.len == len && (!len || memcmp(w->key.data, b->data.data + v, len) == 0))
			continue;
		if ((rc = batch_str(b, w->key.data, w->key.len, &e->val[F_GROUP0 + i])))
			return rc;
		e->len[F_GROUP0 + i] = w->key.len;
		e->groups_changed = 1;
	}
	/* the data may have moved */
	text = b->data.data + e->text;

	if (o->fixed_date || e->has[F_DATE]) {
		const char *ds = o->fixed_date ? o->fixed_date : b->data.data + e->val[F_DATE];
		size_t dn = o->fixed_date ? strlen(o->fixed_date) : e->len[F_DATE];
		char why[200];
		rc = tenor_date_parse(ds, dn, o->date_format, &e->date);
		/* --no-text keeps nothing a record says: a comment shifted into the date column
		 * would be quoted */
		if (rc == TENOR_EFORMAT && o->no_text && !o->fixed_date)
			return prep_reject(b, e, "a date tenor cannot read (not quoted: --no-text)");
		if (rc == TENOR_EFORMAT && w->red && !o->fixed_date) {
			/* The reason quotes the start of the value: with --redact the value is
			 * redacted whole first, since its start alone may hold no more of an
			 * address than the redactor can tell for one ("max.mustermann@..."). */
			const char *red;
			size_t redlen;
			int rr = tenor_redact(w->red, ds, dn, &red, &redlen, NULL);
			if (rr == TENOR_ENOMEM)
				return rr;
			if (rr || tenor_date_parse(red, redlen, o->date_format, &e->date) !=
					  TENOR_EFORMAT)
				return prep_reject(b, e, "a date that cannot be shown redacted");
		}
		if (rc == TENOR_EFORMAT) {
			/* the reason is per thread: copied before anything else parses */
			snprintf(why, sizeof(why), "%s", tenor_date_error());
			return prep_reject(b, e, why);
		}
		if (rc)
			return rc;
		e->dated = e->date.precision != TENOR_DATE_NONE;
	}
	agg_periods_of_date(e->dated ? &e->date : NULL, &e->periods);
	if (e->dated) {
		/* the first day of the date's period, whatever its precision */
		struct tenor_date first = e->date;
		first.precision = TENOR_DATE_DAY;
		if (tenor_date_period(&first, TENOR_DATE_DAY, 0, e->day, sizeof(e->day)))
			return prep_reject(b, e, "a date out of range");
	}

	lang = o->lang;
	if (e->has[F_LANG] && !is_blank(b->data.data + e->val[F_LANG], e->len[F_LANG]))
		lang = b->data.data + e->val[F_LANG];
	if (o->redact) {
		const char *red;
		size_t redlen;
		unsigned nred = 0;
		rc = tenor_redact(w->red, text, textlen, &red, &redlen, &nred);
		/* Never store a text that may be redacted only in part. */
		if (rc == TENOR_ELIMIT)
			return prep_reject(b, e, "text too complex to redact safely");
		if (rc || (rc = batch_str(b, red, redlen, &e->text)))
			return rc;
		e->textlen = redlen;
		written = nred > 0;
		/* the data may have moved */
		if (lang && lang != o->lang)
			lang = b->data.data + e->val[F_LANG];
	}
	text = b->data.data + e->text;
	textlen = e->textlen;

	rc = tenor_analyze(w->an, text, textlen, lang, &r);
	/* a record's own language that no lexicon has: not quoted with --no-text, redacted
	 * whole before the reason quotes its start with --redact, as a date is */
	if (rc == TENOR_ELANG && lang && lang != o->lang && strcmp(lang, "auto") && o->no_text)
		return prep_reject(b, e, "no lexicon for the record's language (not quoted: "
				   "--no-text)");
	if (rc == TENOR_ELANG && lang && lang != o->lang && strcmp(lang, "auto") && w->red) {
		const char *red;
		size_t redlen;
		char why[120];
		int rr = tenor_redact(w->red, lang, strlen(lang), &red, &redlen, NULL);
		if (rr == TENOR_ENOMEM)
			return rr;
		if (rr)
			return prep_reject(b, e, "a language that cannot be shown redacted");
		snprintf(why, sizeof(why), "no lexicon for language '%.*s'",
			 (int)bytes_utf8_prefix(red, redlen, 40), red);
		return prep_reject(b, e, why);
	}
	if (rc == TENOR_ELANG || rc == TENOR_EUTF8 || rc == TENOR_ELIMIT)
		return prep_reject(b, e, tenor_analyzer_error(w->an));
	if (rc)
		return rc;
	if ((rc = result_keep(&b->results, r, &e->result)))
		return rc;
	e->lang_detected = lang && strcmp(lang, "auto") ? LANG_GIVEN
			 : w->an->fell_back ? LANG_DEFAULTED : LANG_TOLD;

	/* Identity: (source, id) when there is an id, else what the document says: its
	 * text, date and groups. */
	e->has_id = e->has[F_ID] && e->len[F_ID];
	if (e->has_id) {
		const char *src = w->g->source;
		buf_reset(&w->key);
		if ((rc = key_part(&w->key, src, strlen(src))) ||
		    (rc = key_part(&w->key, b->data.data + e->val[F_ID], e->len[F_ID])))
			return rc;
		hex128(w->key.data, w->key.len, 1, hex);
		memcpy(e->identity, "id:", 3);
		memcpy(e->identity + 3, hex, sizeof(hex));
	}
	n = (int)doc_day(e->dated ? e->day : NULL, e->date.precision, day);
	if ((rc = keys_of(w, b, e, w->g->korder, 0, text, textlen, day, (size_t)n, r->lang,
			  e->identity, e->content)) ||
	    (rc = earlier_keys(w, b, e, day, (size_t)n, r->lang, written)))
		return rc;
	/* earlier_keys may have moved the data */
	text = b->data.data + e->text;
	for (i = 0; i < o->ngroups; i++) {
		gnames[i] = w->g->gcols[i];
		gvals[i] = b->data.data + e->val[F_GROUP0 + i];
	}
	return agg_add(&b->agg, &e->periods, gnames, gvals, o->ngroups, w->g->lx, r, text);
}

static void prepare_batch(struct worker *w, struct batch *b)
{
	size_t i;

	b->status = TENOR_OK;
	for (i = 0; i < b->n && b->status == TENOR_OK; i++)
		if (!b->rec[i].reject) {
			b->status = prepare(w, b, &b->rec[i]);
			analyzer_trim(w->an);
		}
	if (b->status == TENOR_OK)
		b->status = agg_settle(&b->agg, BATCH_AGG_BYTES);
}

/* The groups of a record, as the aggregates take them. */
static void rec_groups(const struct ingest *g, const struct batch *b, const struct rec *e,
		       const char **gnames, const char **gvals)
{
	size_t i;

	for (i = 0; i < g->o->ngroups; i++) {
		gnames[i] = g->gcols[i];
		gvals[i] = b->data.data + e->val[F_GROUP0 + i];
	}
}

/* A batch's new documents are added to the aggregates with the sum its worker made of
 * them (b->agg), as long as every record stored is new. One that is not (a duplicate, an
 * update) must meet the aggregates as they are up to it: the new documents before it are
 * then added one by one, and so is the rest of the batch. */
static int undefer(struct ingest *g, struct batch *b, const struct rec *upto)
{
	const char *gnames[TENOR_MAX_GROUPS], *gvals[TENOR_MAX_GROUPS];
	const struct rec *e;
	struct tenor_result r;
	int rc = TENOR_OK;

	if (!b->deferred)
		return TENOR_OK;
	b->deferred = 0;
	for (e = b->rec; e < upto && rc == TENOR_OK; e++) {
		if (!e->added)
			continue;
		rec_groups(g, b, e, gnames, gvals);
		result_get(&b->results, &e->result, &r);
		rc = agg_add_doc(g->db, &e->periods, gnames, gvals, g->o->ngroups, g->lx, &r,
				 b->data.data + e->text);
	}
	return rc;
}

/* A reject keeps no more of its record than a stored document would: no raw bytes with
 * --no-text, and with --redact the raw bytes redacted, or none where they are not text in
 * the file's encoding or only the start of the record, and so cannot be. */
static int reject(struct ingest *g, const struct batch *b, const struct rec *e,
		  const char *reason)
{
	const char *raw = e->raw == NO_OFFSET ? NULL : b->data.data + e->raw, *red;
	size_t rawlen = e->rawlen, redlen;
	unsigned long long line = e->line;
	char why[512];
	int rc = TENOR_OK;

	if (g->raw_red) {
		rc = tenor_redact(g->raw_red, reason, strlen(reason), &red, &redlen, NULL);
		if (rc == TENOR_ENOMEM)
			return rc;
		/* a reason too complex to redact safely says no more than that; a copy, as the
		 * redactor's output is its next call's */
		snprintf(why, sizeof(why), "%s", rc ? "a value that cannot be shown redacted" : red);
		reason = why;
		rc = TENOR_OK;
	}
	g->c->rejected++;
	if (g->o->on_reject)
		g->o->on_reject(g->o->ctx, g->file, line, reason);
	if (g->o->strict)
		return TENOR_OK;
	/* the start of a record cut short may end in part of an address the redactor would
	 * not know for one */
	if (raw && (g->o->no_text || (g->o->redact && e->cut))) {
		raw = NULL;
	} else if (raw && g->o->redact) {
		/* as its file was read: UTF-8 after a BOM, else in --encoding */
		struct tenor_converter *conv = e->utf8 ? g->raw_utf8_conv : g->raw_conv;
		if ((rc = tenor_convert(conv, raw, rawlen, &raw, &rawlen)) == TENOR_OK)
			rc = tenor_redact(g->raw_red, raw, rawlen, &raw, &rawlen, NULL);
		if (rc == TENOR_ENOMEM)
			return rc;
		if (rc)
			raw = NULL;
	}
	return store_reject(g->db, g->batch, g->file, line, reason, raw, raw ? rawlen : 0, e->cut);
}

/* The document stored under one earlier key alt of e: *found, else 0. */
static int find_alt(struct ingest *g, const struct rec *e, const char *alt, long long *found,
		    int *same, int *current)
{
	const char *lexver = tenor_lexicon_version(g->lx);
	int rc, other;

	if ((rc = store_doc_find(g->db, alt, alt + IDENTITY_SIZE, e->lang_detected, lexver,
				 found, &other, same, current)))
		return rc;
	/* a rescore that told its language anew hashed its content as the record's own */
	if (*found && !other && !*same &&
	    (rc = store_doc_find(g->db, alt, e->content, e->lang_detected, lexver, found, &other,
				 same, current)))
		return rc;
	if (other)
		*found = 0;
	return TENOR_OK;
}

/* The document a record without an id was stored as under one of its earlier keys
 * (earlier_keys), when there is one and none under its own identity: *doc_id, else 0, with
 * *same and *current as store_doc_find gives them for that key. With --redact, also one
 * whose text the record's redaction is to replace though another document has the
 * record's own identity (two texts the same once redacted): keep is then its identity,
 * under which it stays, so that no address is left unredacted. */
static int find_earlier(struct ingest *g, struct batch *b, const struct rec *e,
			long long *doc_id, int *same, int *current, char keep[IDENTITY_SIZE])
{
	long long found = 0, own;
	int rc, other, osame, ocurrent;
	unsigned k;

	*doc_id = 0;
	/* Earlier keys are those of documents earlier runs stored, whose rows are written: the
	 * rows kept for later, which a lookup for each record would write in small parts, are
	 * written only once one is found, and it is looked up again. */
	for (k = 0; k < e->nalt && !found; k++)
		if ((rc = find_alt(g, e, b->data.data + e->alt + (size_t)k * ALT_SIZE, &found,
				   same, current)))
			return rc;
	if (!found)
		return TENOR_OK;
	if ((rc = store_flush_results(g->db)) ||
	    (rc = find_alt(g, e, b->data.data + e->alt + (size_t)(k - 1) * ALT_SIZE, &found,
			   same, current)) ||
	    (rc = store_doc_find(g->db, e->identity, e->content, e->lang_detected,
				 tenor_lexicon_version(g->lx), &own, &other, &osame, &ocurrent)))
		return rc;
	if (!found)
		return TENOR_OK;
	if (own) {
		/* both are there: the record's own is met as any other */
		if (!g->o->redact || *same)
			return TENOR_OK;
		memcpy(keep, b->data.data + e->alt + (size_t)(k - 1) * ALT_SIZE, IDENTITY_SIZE);
	}
	*doc_id = found;
	return undefer(g, b, e);
}

/* A record with an id whose stored version is not its own content hash: whether it is
 * the one under one of its earlier keys, which hash the same content otherwise. */
static int find_earlier_content(struct ingest *g, const struct batch *b, const struct rec *e,
				int *same, int *current)
{
	long long found;
	int rc, other;
	unsigned k;

	for (k = 0; k < e->nalt && !*same; k++) {
		const char *alt = b->data.data + e->alt + (size_t)k * ALT_SIZE;
		if ((rc = store_doc_find(g->db, e->identity, alt + IDENTITY_SIZE, e->lang_detected,
					 tenor_lexicon_version(g->lx), &found, &other, same,
					 current)))
			return rc;
	}
	return TENOR_OK;
}

/* A record found stored as it is: a duplicate, its results brought up to date when they
 * were scored by another lexicon. */
static int met_again(struct ingest *g, struct rec *e, long long doc_id, int current,
		     const char *const *gnames, const char *const *gvals,
		     const struct tenor_result *r, const char *text)
{
	int rc;

	g->c->duplicate++;
	if (g->o->redact && (rc = store_doc_redacted(g->db, doc_id)))
		return rc;
	if (current)
		return TENOR_OK;
	/* its scores may change: the summary says so, where "duplicate" alone says nothing did */
	g->c->rescored++;
	if ((rc = agg_add_doc_stored(g->db, doc_id, -1)) ||
	    (rc = store_rescored(g->db, doc_id, g->lx, r, e->lang_detected, text)))
		return rc;
	return agg_add_doc(g->db, &e->periods, gnames, gvals, g->o->ngroups, g->lx, r, text);
}

/* Counts the updates the caller warns of: of a document that another file of its source
 * stored (other_file; not with --source, where the files are one source by the user's
 * word), a corrected export saved elsewhere or, where ids start again in every export of
 * one name, another survey's comment replaced; and of a document stored redacted by a run
 * without --redact (unredacted), which puts back what the redaction took out. */
static int note_update(struct ingest *g, const struct rec *e, long long doc_id)
{
	char file[200];
	unsigned long long line;
	int rc, same, redacted;

	if ((rc = store_doc_origin(g->db, doc_id, g->file, &same, file, sizeof(file), &line,
				   &redacted)))
		return rc;
	g->c->unredacted += redacted && !g->o->redact;
	if (!same && !g->o->source && g->c->other_file++ == 0)
		snprintf(g->c->other_file_example, sizeof(g->c->other_file_example),
			 "%.*s:%llu replaced %s:%llu",
			 (int)bytes_utf8_prefix(g->file, strlen(g->file), 180), g->file, e->line,
			 file, line);
	return TENOR_OK;
}

/* Stores one prepared record, or its reject. */
static int commit(struct ingest *g, struct batch *b, struct rec *e)
{
	const struct tenor_ingest_options *o = g->o;
	const char *data = b->data.data, *text = data + e->text;
	const struct tenor_date *dp = e->dated ? &e->date : NULL;
	const char *gnames[TENOR_MAX_GROUPS], *gvals[TENOR_MAX_GROUPS];
	struct tenor_result r;
	struct store_doc d;
	char keep[IDENTITY_SIZE];
	long long doc_id;
	int rc, other, same, current;

	g->c->read++;
	if (e->reject)
		return reject(g, b, e, data + e->msg);
	result_get(&b->results, &e->result, &r);
	if (r.regex_limited)
		g->c->regex_limited++;
	rec_groups(g, b, e, gnames, gvals);

	memset(&d, 0, sizeof(d));
	d.source = g->source;
	d.ext_id = e->has_id ? data + e->val[F_ID] : NULL;
	d.identity = e->identity;
	d.content_hash = e->content;
	d.file = g->file;
	d.line = e->line;
	d.date = dp;
	d.day = e->day;
	d.periods = &e->periods;
	d.lang = r.lang;
	d.lang_detected = e->lang_detected;
	d.tokens = r.tokens;
	d.text = o->no_text ? NULL : text;
	d.text_len = e->textlen;
	d.redacted = o->redact != 0;
	d.lexicon_version = tenor_lexicon_version(g->lx);
	d.group_names = gnames;
	d.group_values = gvals;
	d.ngroups = o->ngroups;

	/* Most records are new: inserted at once, looked up only when the identity is there. */
	doc_id = 0;
	keep[0] = 0;
	if (e->nalt && !e->has_id &&
	    (rc = find_earlier(g, b, e, &doc_id, &same, &current, keep)))
		return rc;
	if (doc_id && same)
		return met_again(g, e, doc_id, current, gnames, gvals, &r, text);
	if (doc_id) {
		/* stored under an earlier key, by a run without --redact or before the groups
		 * were keyed in the order of their names: replaced under its own, or under the
		 * earlier one where another document has its own */
		if (keep[0])
			d.identity = keep;
		g->c->updated++;
		if ((rc = agg_add_doc_stored(g->db, doc_id, -1)) ||
		    (rc = store_doc_put(g->db, g->batch, &d, &doc_id)))
			return rc;
	} else if ((rc = store_doc_put(g->db, g->batch, &d, &doc_id))) {
		return rc;
	} else if (doc_id) {
		g->c->added++;
	} else {
		/* the rows kept for later are written before a stored document is read */
		if ((rc = store_flush_results(g->db)) ||
		    (rc = store_doc_find(g->db, e->identity, e->content, e->lang_detected,
					 tenor_lexicon_version(g->lx), &doc_id, &other, &same,
					 &current)) ||
		    (rc = undefer(g, b, e)))
			return rc;
		/* two identities, one key: about 3 in a million among ten million documents, and
		 * never a reason to store one document over another */
		if (other) {
			char why[120];
			snprintf(why, sizeof(why),
				 "its identity's key (identity_key) is that of document %lld, "
				 "another identity", doc_id);
			return reject(g, b, e, why);
		}
		if (!same && e->nalt && e->has_id &&
		    (rc = find_earlier_content(g, b, e, &same, &current)))
			return rc;
		if (same)
			return met_again(g, e, doc_id, current, gnames, gvals, &r, text);
		if (e->has_id && (rc = note_update(g, e, doc_id)))
			return rc;
		g->c->updated++;
		if ((rc = agg_add_doc_stored(g->db, doc_id, -1)) ||
		    (rc = store_doc_put(g->db, g->batch, &d, &doc_id)))
			return rc;
	}
	/* stored (new or updated) without a date: a duplicate stores nothing */
	if (!dp)
		g->c->undated++;
	if ((rc = store_results_later(g->db, doc_id, g->lx, &r, text)))
		return rc;
	e->added = 1;
	if (b->deferred)
		return TENOR_OK;
	return agg_add_doc(g->db, &e->periods, gnames, gvals, o->ngroups, g->lx, &r, text);
}

static void batch_reset(struct batch *b)
{
	buf_reset(&b->data);
	/* a long record's bytes go with it: kept, each batch of the ring would grow to the
	 * longest line read */
	if (b->data.cap > INFLIGHT_BYTES)
		buf_release(&b->data);
	b->n = 0;
	/* and a long text's matches, which may be many times its bytes */
	if (b->results.matchcap * sizeof(*b->results.matches) > INFLIGHT_BYTES)
		result_log_release(&b->results);
	result_log_reset(&b->results);
	agg_reset(&b->agg);
}

/* Stores a prepared batch in input order; the batch is empty afterwards, whatever
 * happened. */
static int commit_batch(struct ingest *g, struct batch *b)
{
	size_t k;
	int rc = b->status;

	if (rc == TENOR_OK) {
		b->deferred = 1;
		for (k = 0; k < b->n && rc == TENOR_OK; k++)
			rc = commit(g, b, &b->rec[k]);
		/* before the batch's texts go */
		if (rc == TENOR_OK)
			rc = store_flush_results(g->db);
		if (rc == TENOR_OK && b->deferred)
			rc = agg_merge(g->db, &b->agg);
	}
	batch_reset(b);
	return rc;
}

static void *work(void *p)
{
	struct worker *w = p;
	struct ingest *g = w->g;
	int i;

	while ((i = pipeline_take(&g->pipe)) >= 0) {
		prepare_batch(w, &g->ring[i]);
		pipeline_set(&g->pipe, (unsigned)i, SLOT_DONE);
	}
	return NULL;
}

static void *write_batches(void *p)
{
	struct ingest *g = p;
	unsigned i;
	int rc;

	for (i = 0; pipeline_wait(&g->pipe, (int)i, SLOT_DONE, -1, SLOT_DONE) >= 0;
	     i = (i + 1) % g->nring) {
		if ((rc = commit_batch(g, &g->ring[i]))) {
			/* the error stops the reader, which sees it in wrc */
			g->wrc = rc;
			pipeline_stop(&g->pipe);
			break;
		}
		pipeline_set(&g->pipe, i, SLOT_FREE);
	}
	return NULL;
}

/* Waits for every thread, dropping the batches they would have gone on with: at the end,
 * after an error, or before reading reports one. */
static void stop(struct ingest *g)
{
	unsigned i;

	pipeline_stop(&g->pipe);
	for (i = 0; i < g->nworkers; i++)
		if (g->workers[i].started) {
			pthread_join(g->workers[i].tid, NULL);
			g->workers[i].started = 0;
		}
	if (g->wstarted)
		pthread_join(g->writer, NULL);
	g->wstarted = g->threaded = 0;
}

/* Starts the workers but the first, which is the calling thread, and the writer; without
 * them (one thread, or one that cannot start), batches are prepared and stored on the
 * calling thread. */
static int start(struct ingest *g)
{
	unsigned i;
	int rc;

	if (g->nworkers < 2)
		return TENOR_OK;
	if ((rc = pipeline_init(&g->pipe, g->nring)))
		return rc == TENOR_ENOMEM ? rc : TENOR_OK;
	g->threaded = g->wstarted = pthread_create(&g->writer, NULL, write_batches, g) == 0;
	for (i = 1; i < g->nworkers && g->threaded; i++)
		g->threaded = g->workers[i].started =
			pthread_create(&g->workers[i].tid, NULL, work, &g->workers[i]) == 0;
	if (!g->threaded)
		stop(g);
	return TENOR_OK;
}

/* Waits until slot i is stored and free, preparing meanwhile the batches that no worker
 * has taken, as worker 0. */
static int wait_free(struct ingest *g, unsigned i)
{
	int slot, taken;

	while ((slot = pipeline_wait_or_take(&g->pipe, (int)i, SLOT_FREE, -1, SLOT_FREE,
					     &taken)) >= 0 && taken) {
		prepare_batch(&g->workers[0], &g->ring[slot]);
		pipeline_set(&g->pipe, (unsigned)slot, SLOT_DONE);
	}
	return slot < 0 ? g->wrc : TENOR_OK;
}

/* Waits until the batch to fill next is stored, and, while those in flight hold
 * INFLIGHT_BYTES, the ones after it in ring order too, up to the one just passed on, so
 * that fewer long records are in flight at once. */
static int wait_stored(struct ingest *g)
{
	unsigned k, i;
	size_t held;
	int rc = TENOR_OK;

	for (k = 0; k < g->nring && rc == TENOR_OK; k++) {
		for (i = 0, held = 0; i < g->nring; i++)
			held += g->ring[i].held;
		if (k && held < INFLIGHT_BYTES)
			break;
		i = (g->fill + k) % g->nring;
		if ((rc = wait_free(g, i)) == TENOR_OK)
			g->ring[i].held = 0;
	}
	return rc;
}

/* The batch being filled is full, or the file ended: the workers take it, or it is
 * prepared and stored here. The next batch to fill must have been stored. */
static int pass_on(struct ingest *g)
{
	struct batch *b = &g->ring[g->fill];

	if (!b->n)
		return TENOR_OK;
	if (!g->threaded) {
		prepare_batch(&g->workers[0], b);
		return commit_batch(g, b);
	}
	b->held = b->data.len;
	pipeline_set(&g->pipe, g->fill, SLOT_FILLED);
	g->fill = (g->fill + 1) % g->nring;
	return wait_stored(g);
}

/* Stores everything submitted so far: at the end of a file. The batches are stored in
 * order, so all are once the last one filled is. */
static int drain(struct ingest *g)
{
	int rc = pass_on(g);

	if (rc || !g->threaded)
		return rc;
	return wait_free(g, (g->fill + g->nring - 1) % g->nring);
}

/* An error reading, which ends the batch: the threads stop first, as the writer shares the
 * database's error message. An error it met came first in the input, and is kept. */
static int read_fail(struct ingest *g, int status, const char *fmt, ...)
{
	char msg[480];
	va_list ap;

	stop(g);
	if (g->wrc)
		return g->wrc;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return store_fail(g->db, status, "%s", msg);
}

/* A new record in the batch being filled; *out when there is room. */
static int new_rec(struct ingest *g, unsigned long long line, const char *raw, size_t rawlen,
		   struct batch **bp, struct rec **out)
{
	struct batch *b = &g->ring[g->fill];
	struct rec *e;
	int rc;

	if (b->n == BATCH_RECORDS || b->data.len > BATCH_BYTES) {
		if ((rc = pass_on(g)))
			return rc;
		b = &g->ring[g->fill];
	}
	if ((rc = tenor_grow(&b->rec, &b->cap, b->n + 1, sizeof(*b->rec))))
		return rc;
	e = &b->rec[b->n];
	memset(e, 0, sizeof(*e));
	g->nread++;
	e->line = line;
	e->utf8 = g->conv == g->utf8_conv;
	e->raw = NO_OFFSET;
	e->rawlen = 0;
	if (raw && (rc = batch_str(b, raw, rawlen, &e->raw)))
		return rc;
	if (raw)
		e->rawlen = rawlen;
	b->n++;
	*bp = b;
	*out = e;
	return TENOR_OK;
}

/* A record that could not be read: stored as a reject in its turn. */
/* cut: raw is only the start of a record over a limit, of which no more is copied than a
 * reject keeps (a line of 16 MiB is not). */
static int submit_rejected(struct ingest *g, unsigned long long line, const char *reason,
			   const char *raw, size_t rawlen, int cut)
{
	struct batch *b;
	struct rec *e;
	int rc = new_rec(g, line, raw, cut && rawlen > REJECT_RAW_MAX ? REJECT_RAW_MAX + 1 : rawlen,
			 &b, &e);

	if (rc)
		return rc;
	e->reject = 1;
	e->cut = cut;
	return batch_str(b, reason, strlen(reason), &e->msg);
}

static int submit_reject(struct ingest *g, unsigned long long line, const char *reason,
			 const char *raw, size_t rawlen)
{
	return submit_rejected(g, line, reason, raw, rawlen, 0);
}

static int submit_cut(struct ingest *g, unsigned long long line, const char *reason,
		      const char *raw, size_t rawlen)
{
	return submit_rejected(g, line, reason, raw, rawlen, 1);
}

/* A record whose fields are in g->val. */
static int submit(struct ingest *g, unsigned long long line, const char *raw, size_t rawlen)
{
	struct batch *b;
	struct rec *e;
	int k, rc;

	/* With --id a record is known by its id: one without it would be stored by its text,
	 * and a corrected export of it would then be another document, not an update. */
	if (g->names[F_ID] && (!g->has[F_ID] || is_blank(g->val[F_ID].data, g->val[F_ID].len))) {
		char why[120];
		snprintf(why, sizeof(why), "no id: the field '%.*s' (--id) is %s", QUOTE60(g->names[F_ID]),
			 g->has[F_ID] ? "empty" : "missing");
		return submit_reject(g, line, why, raw, rawlen);
	}
	rc = new_rec(g, line, raw, rawlen, &b, &e);

	for (k = 0; k < NFIELDS && rc == TENOR_OK; k++) {
		e->has[k] = (unsigned char)g->has[k];
		e->len[k] = g->val[k].len;
		rc = batch_str(b, g->val[k].data ? g->val[k].data : "", g->val[k].len, &e->val[k]);
	}
	return rc;
}

static void progress(struct ingest *g, FILE *f)
{
	long pos;
	if (!g->o->progress || ++g->since_progress < PROGRESS_EVERY)
		return;
	g->since_progress = 0;
	pos = ftell(f);
	g->o->progress(g->o->ctx, pos > 0 ? (unsigned long long)pos : 0, g->nread);
}

/* --encoding's values by enum tenor_encoding, as messages and a batch's options name them */
static const char *const encoding_names[] = { "utf-8", "cp1252", "latin1" };

/* Whether s[0..n) is valid UTF-8 with a character of U+00C0 to U+00FF (ä, ß, é) or of
 * U+2000 to U+2FFF (’, –, €): a field of German, English or French saved as UTF-8. CP1252's
 * letters above ASCII are single bytes that UTF-8 reads as broken sequences (ü is 0xFC), so
 * such text in CP1252 is not valid UTF-8, but for a letter of À to ß before a sign (Spaß…
 * is 0xDF 0x85, UTF-8 for U+07C5; Ä… is U+0105): those are 0xC4 to 0xDF, never 0xC3
 * (Ã before a sign) or 0xE2 (â before two). */
static int utf8_beyond_ascii(const char *s, size_t n)
{
	size_t i, bad;
	int latin = 0;

	for (i = 0; i < n && !((unsigned char)s[i] & 0x80); i++)
		;
	if (i == n || !tenor_utf8_check(s + i, n - i, &bad))
		return 0;
	for (; i < n && !latin; i++)
		latin = (unsigned char)s[i] == 0xC3 || (unsigned char)s[i] == 0xE2;
	return latin;
}

/* Converts a raw field of line to UTF-8 into g->val[k]. TENOR_EUTF8 with a message in msg;
 * TENOR_EINVAL, the batch stopped, where --encoding reads a UTF-8 file without a BOM. */
static int set_field(struct ingest *g, int k, const char *s, size_t n, unsigned long long line,
		     char *msg, size_t msgsize)
{
	const char *u, *nul;
	size_t un;
	int rc;

	/* read as CP1252, Größe would be stored as GrÃ¶ÃŸe in every record, silently */
	if (g->o->encoding != TENOR_ENC_UTF8 && !g->bom && utf8_beyond_ascii(s, n))
		return read_fail(g, TENOR_EINVAL, "%s:%llu: field '%.*s' is UTF-8, which "
				 "--encoding %s would store garbled (ü as Ã¼): the file is UTF-8; "
				 "leave --encoding out", g->file, line, QUOTE60(g->names[k]),
				 encoding_names[g->o->encoding]);
	buf_reset(&g->val[k]);
	g->has[k] = 1;
	rc = tenor_convert(g->conv, s, n, &u, &un);
	if (rc == TENOR_EUTF8) {
		/* Windows Excel saves "CSV" in CP1252, where ä is one byte that is no UTF-8 */
		snprintf(msg, msgsize, "field '%.*s': %s at byte %zu%s", QUOTE60(g->names[k]),
			 g->o->encoding == TENOR_ENC_UTF8 ? "invalid UTF-8" : "a byte that is no "
			 "character in CP1252", tenor_converter_error_offset(g->conv),
			 !g->bom && g->o->encoding == TENOR_ENC_UTF8
				 ? " (an export of Windows Excel? --encoding cp1252 reads those)" : "");
		return rc;
	}
	if (rc)
		return rc;
	/* A NUL byte is valid UTF-8, but SQLite's text functions and every reader of the
	 * database stop at it: a record with one is a reject, as it is in JSON lines. */
	if (un && (nul = memchr(u, 0, un))) {
		snprintf(msg, msgsize, "field '%.*s': a NUL byte at byte %zu", QUOTE60(g->names[k]),
			 (size_t)(nul - u));
		return TENOR_EUTF8;
	}
	return buf_add(&g->val[k], u, un);
}

static void clear_fields(struct ingest *g)
{
	int k;
	for (k = 0; k < NFIELDS; k++) {
		g->has[k] = 0;
		buf_reset(&g->val[k]);
	}
}

/* ---- CSV ---- */

/* Is header name (s, n) the one asked for, or one of the usual ones? Case does not matter,
 * in any script: "--group team" finds a column "Team", "--group ärger" one "Ärger". */
static const char *name_matches(const struct ingest *g, int k, const char *s, size_t n)
{
	size_t j;

	/* spreadsheets keep the blanks typed around a header */
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (!g->usual[k])
		return normalize_same_name(s, n, g->names[k], strlen(g->names[k])) ? g->names[k]
										       : NULL;
	for (j = 0; usual_names[k][j]; j++)
		if (strlen(usual_names[k][j]) == n && strncasecmp(s, usual_names[k][j], n) == 0)
			return usual_names[k][j];
	return NULL;
}

/* Header names from..to-1 quoted, for a message that says which columns there are. */
static void header_names(struct ingest *g, const struct tenor_csv_row *h, size_t from,
			 size_t to, char *out, size_t size)
{
	size_t i, at = 0;

	out[0] = 0;
	for (i = from; i < to && at + 1 < size; i++) {
		const char *u;
		size_t un;
		int n;
		if (tenor_convert(g->conv, h->fields[i], h->lens[i], &u, &un) != TENOR_OK)
			u = "?", un = 1;
		n = snprintf(out + at, size - at, "%s'%.*s'", i > from ? ", " : "",
			     (int)(un > 60 ? 60 : un), u);
		if (n < 0)
			break;
		at += (size_t)n;
	}
	if (at >= size && size > 4)
		memcpy(out + size - 4, "...", 4);
}

/* A CR not before an LF: in a header, lines that end in a CR alone, which make the whole
 * file one record. */
static int cr_alone(const char *p, size_t n)
{
	const char *cr;

	for (; (cr = memchr(p, '\r', n)) && (size_t)(cr - p) + 1 < n; n -= (size_t)(cr - p) + 1,
							  p = cr + 1)
		if (cr[1] != '\n')
			return 1;
	return 0;
}

static int fail_cr_alone(struct ingest *g, size_t line)
{
	return read_fail(g, TENOR_EINVAL, "%s:%zu: the lines end in a CR alone (as old Mac "
			 "software saves them), which tenor does not read: convert them first, "
			 "e.g. tr '\\r' '\\n'", g->file, line);
}

static int csv_header(struct ingest *g, const struct tenor_csv_row *h)
{
	size_t i;
	int k;
	char utf[256], cols[300];

	g->ncols = h->nfields;
	for (i = 0; i < h->nfields; i++)
		if (cr_alone(h->fields[i], h->lens[i]))
			return fail_cr_alone(g, h->line);
	for (k = 0; k < NFIELDS; k++) {
		g->col[k] = -1;
		if (!g->names[k])
			continue;
		for (i = 0; i < h->nfields; i++) {
			/* Header names compare after conversion, so "Kommentar" matches in
			 * CP1252 files too; a BOM is gone already. */
			const char *u, *name;
			size_t un;
			if (tenor_convert(g->conv, h->fields[i], h->lens[i], &u, &un) == TENOR_OK &&
			    (name = name_matches(g, k, u, un))) {
				g->names[k] = name;
				break;
			}
		}
		if (i < h->nfields) {
			size_t j;
			char first[64];
			g->col[k] = (int)i;
			header_names(g, h, i, i + 1, first, sizeof(first));
			/* A column the run uses must be unambiguous. */
			for (j = i + 1; j < h->nfields; j++) {
				const char *u, *other;
				size_t un;
				if (tenor_convert(g->conv, h->fields[j], h->lens[j], &u, &un) != TENOR_OK ||
				    !(other = name_matches(g, k, u, un)))
					continue;
				if (g->usual[k] && strcasecmp(other, g->names[k]))
					return read_fail(g, TENOR_EINVAL,
							 "%s:%llu: columns %s (field %zu) and "
							 "'%.*s' (field %zu) could both be the %s: "
							 "name one with --%s", g->file,
							 (unsigned long long)h->line, first, i + 1,
							 (int)bytes_utf8_prefix(u, un, 60), u, j + 1, k == F_TEXT ? "text" : "date",
							 k == F_TEXT ? "text" : "date");
				return read_fail(g, TENOR_EINVAL,
							 "%s:%llu: column '%.200s' appears twice in the "
							 "header (fields %zu and %zu)",
							 g->file, (unsigned long long)h->line, g->names[k],
							 i + 1, j + 1);
			}
			continue;
		}
		/* A date column that was not named may be absent. */
		if (k == F_DATE && g->usual[k])
			continue;
		snprintf(utf, sizeof(utf), "%.200s", g->names[k]);
		header_names(g, h, 0, h->nfields, cols, sizeof(cols));
		if (g->usual[k])
			return read_fail(g, TENOR_EINVAL,
					 "%s:%llu: no column '%s' in the header, nor one of the "
					 "usual names for it: name it with --text (the header: %s)",
					 g->file, (unsigned long long)h->line, utf, cols);
		return read_fail(g, TENOR_EINVAL, "%s:%llu: no column '%s' in the header (the "
				 "header: %s)", g->file, (unsigned long long)h->line, utf, cols);
	}
	return TENOR_OK;
}

/* A record with more fields than its header was most likely split at a delimiter inside
 * an unquoted text: storing the fields the header names would keep part of a comment.
 * Empty fields at the end are what spreadsheets write after a last column and are fine. */
static void extra_fields(const struct ingest *g, const struct tenor_csv_row *row, char *msg,
			 size_t msgsize)
{
	size_t i;

	for (i = g->ncols; i < row->nfields; i++)
		if (!is_blank(row->fields[i], row->lens[i])) {
			snprintf(msg, msgsize,
				 "%zu fields, but the header has %zu: field %zu is not empty (a "
				 "delimiter in an unquoted text?)", row->nfields, g->ncols, i + 1);
			return;
		}
}

static int read_csv(struct ingest *g, FILE *f)
{
	struct tenor_csv *c;
	struct tenor_csv_row row;
	char msg[300];
	int rc, k;

	if ((rc = tenor_csv_new(f, g->o->delimiter, g->o->max_field, 0, &c)))
		return rc;
	if ((rc = tenor_csv_unread(c, g->lead, g->nlead))) {
		tenor_csv_free(c);
		return rc;
	}
	rc = tenor_csv_next(c, &row);
	if (rc == TENOR_OK && row.nfields == 0)
		rc = read_fail(g, TENOR_EINVAL, "%s: empty file, no header row", g->file);
	else if (rc == TENOR_EIO)
		rc = read_fail(g, TENOR_EIO, "cannot read '%s': %s", g->file, strerror(errno));
	else if (rc == TENOR_ENOMEM)
		rc = read_fail(g, TENOR_ENOMEM, "out of memory");
	else if (rc) {
		/* quoted names, "id"\r"text"\r: the quotes fail before the names are read */
		size_t rawlen;
		const char *raw = tenor_csv_raw(c, &rawlen);
		rc = raw && cr_alone(raw, rawlen) ? fail_cr_alone(g, row.line)
						  : read_fail(g, TENOR_EINVAL, "%s:%zu: header: %s",
							      g->file, row.line, tenor_csv_error(c));
	}
	else {
		g->bom = tenor_csv_bom(c);
		if (g->bom && g->utf8_conv)
			g->conv = g->utf8_conv;
		rc = csv_header(g, &row);
	}
	while (rc == TENOR_OK) {
		const char *raw;
		size_t rawlen;

		rc = tenor_csv_next(c, &row);
		/* the record's bytes as read, kept for a reject */
		raw = tenor_csv_raw(c, &rawlen);
		if (rc == TENOR_ELIMIT || rc == TENOR_EFORMAT) {
			rc = submit_reject(g, row.line, tenor_csv_error(c), raw, rawlen);
			continue;
		}
		if (rc == TENOR_EIO) {
			rc = read_fail(g, TENOR_EIO, "cannot read '%s': %s", g->file,
				       strerror(errno));
			break;
		}
		if (rc || row.nfields == 0)
			break;
		clear_fields(g);
		msg[0] = 0;
		extra_fields(g, &row, msg, sizeof(msg));
		for (k = 0; k < NFIELDS && rc == TENOR_OK && !msg[0]; k++) {
			if (g->col[k] < 0)
				continue;
			if ((size_t)g->col[k] >= row.nfields) {
				snprintf(msg, sizeof(msg),
					 "%zu field%s, but column '%.*s' is field %d of the "
					 "header", row.nfields, row.nfields == 1 ? "" : "s",
					 QUOTE60(g->names[k]), g->col[k] + 1);
				break;
			}
			rc = set_field(g, k, row.fields[g->col[k]], row.lens[g->col[k]],
				       (unsigned long long)row.line, msg, sizeof(msg));
		}
		if (rc == TENOR_EUTF8 || (rc == TENOR_OK && msg[0])) {
			rc = submit_reject(g, row.line, msg, raw, rawlen);
			continue;
		}
		if (rc == TENOR_OK)
			rc = submit(g, row.line, raw, rawlen);
		progress(g, f);
	}
	tenor_csv_free(c);
	return rc;
}

/* ---- JSON lines ---- */

static int json_field(struct ingest *g, int k, char *msg, size_t msgsize)
{
	const struct tenor_json_member *v = NULL;
	const char *str, *first = NULL;
	size_t i, n, len;
	char num[64];
	int rc;

	/* as a CSV header's columns: a field that two keys could be is not guessed */
	for (i = 0, n = tenor_json_count(g->json); i < n; i++) {
		const struct tenor_json_member *m = tenor_json_member(g->json, i);
		const char *name = name_matches(g, k, m->key, m->keylen);
		if (!name)
			continue;
		if (!v) {
			v = m;
			first = name;
			continue;
		}
		if (m->keylen == v->keylen && memcmp(m->key, v->key, m->keylen) == 0)
			snprintf(msg, msgsize, "key '%.*s' appears twice in the object",
				 (int)bytes_utf8_prefix(m->key, m->keylen, 60), m->key);
		else if (name != first)
			snprintf(msg, msgsize, "keys '%.*s' and '%.*s' could both be the %s: name "
				 "one with --%s", (int)bytes_utf8_prefix(v->key, v->keylen, 60), v->key,
				 (int)bytes_utf8_prefix(m->key, m->keylen, 60), m->key,
				 k == F_TEXT ? "text" : "date", k == F_TEXT ? "text" : "date");
		else
			snprintf(msg, msgsize, "keys '%.*s' and '%.*s' could both be the field "
				 "'%.*s'", (int)bytes_utf8_prefix(v->key, v->keylen, 60), v->key,
				 (int)bytes_utf8_prefix(m->key, m->keylen, 60), m->key, QUOTE60(name));
		return TENOR_EFORMAT;
	}
	if (!v)
		return TENOR_OK;
	switch (v->type) {
	case TENOR_JSON_STRING:
		if ((rc = tenor_json_string(g->json, v, &str, &len)))
			return rc;
		/* the same limit as a CSV field */
		if (len > (g->o->max_field ? g->o->max_field : DEFAULT_MAX_FIELD)) {
			snprintf(msg, msgsize, "field '%.*s' is longer than %zu bytes", QUOTE60(g->names[k]),
				 g->o->max_field ? g->o->max_field : DEFAULT_MAX_FIELD);
			return TENOR_EFORMAT;
		}
		g->has[k] = 1;
		return buf_add(&g->val[k], str, len);
	case TENOR_JSON_NUMBER:
		/* integers as written; other numbers as %.17g, the form ids were hashed in
		 * before (tenor 0.1 read them with jansson) */
		if (!memchr(v->raw, '.', v->rawlen) && !memchr(v->raw, 'e', v->rawlen) &&
		    !memchr(v->raw, 'E', v->rawlen)) {
			g->has[k] = 1;
			return buf_add(&g->val[k], v->raw, v->rawlen);
		}
		snprintf(num, sizeof(num), "%.*s", (int)(v->rawlen < 60 ? v->rawlen : 60), v->raw);
		snprintf(num, sizeof(num), "%.17g", strtod(num, NULL));
		break;
	case TENOR_JSON_TRUE:
	case TENOR_JSON_FALSE:
		snprintf(num, sizeof(num), "%s", v->type == TENOR_JSON_TRUE ? "true" : "false");
		break;
	case TENOR_JSON_NULL:
		return TENOR_OK;
	default:
		snprintf(msg, msgsize, "field '%.*s' holds %s, not a value", QUOTE60(g->names[k]),
			 v->type == TENOR_JSON_OBJECT ? "an object" : "an array");
		return TENOR_EFORMAT;
	}
	g->has[k] = 1;
	return buf_adds(&g->val[k], num);
}

static int read_jsonl(struct ingest *g, FILE *f)
{
	struct tenor_lines *lr;
	const char *line;
	size_t len, lineno, seen = 0;
	char msg[300];
	int rc, k;

	if (g->o->encoding != TENOR_ENC_UTF8)
		return read_fail(g, TENOR_EINVAL, "%s: JSON lines are UTF-8, not another "
						      "encoding", g->file);
	if ((rc = tenor_json_new(&g->json)))
		return rc;
	if ((rc = tenor_lines_new(f, g->o->max_field ? g->o->max_field * 16 : 0, &lr)) ||
	    (rc = tenor_lines_unread(lr, g->lead, g->nlead))) {
		tenor_lines_free(lr);
		tenor_json_free(g->json);
		return rc;
	}
	while ((rc = tenor_lines_next(lr, &line, &len, &lineno)) != TENOR_EIO) {
		if (rc == TENOR_ELIMIT) {
			snprintf(msg, sizeof(msg), "line longer than its limit of %zu bytes",
				 g->o->max_field ? g->o->max_field * 16 : (size_t)16 << 20);
			if ((rc = submit_cut(g, lineno, msg, line, len)))
				break;
			continue;
		}
		if (rc || !line)
			break;
		if (lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
			line += 3, len -= 3;
		if (is_blank(line, len))
			continue;
		/* a JSON document of many records would be read as lines of parts of it */
		if (!seen++ && line[strspn(line, " \t")] == '[') {
			rc = read_fail(g, TENOR_EINVAL, "%s:%zu: a JSON array, not JSON lines (an object "
				       "a line; jq -c '.[]' turns the one into the other)", g->file,
				       lineno);
			break;
		}
		if ((rc = tenor_json_parse(g->json, line, len)) == TENOR_ENOMEM)
			break;
		if (rc) {
			const char *why = tenor_json_error(g->json);
			snprintf(msg, sizeof(msg), "%s%s",
				 rc == TENOR_ELIMIT || strcmp(why, "not a JSON object") == 0
					 ? "" : "not JSON: ", why);
			if ((rc = submit_reject(g, lineno, msg, line, len)))
				break;
			continue;
		}
		clear_fields(g);
		msg[0] = 0;
		for (k = 0, rc = TENOR_OK; k < NFIELDS && rc == TENOR_OK; k++)
			if (g->names[k])
				rc = json_field(g, k, msg, sizeof(msg));
		if (rc == TENOR_EFORMAT) {
			rc = submit_reject(g, lineno, msg, line, len);
		} else if (rc == TENOR_OK) {
			rc = submit(g, lineno, line, len);
		}
		if (rc)
			break;
		progress(g, f);
	}
	if (rc == TENOR_EIO)
		rc = read_fail(g, TENOR_EIO, "cannot read '%s': %s", g->file, strerror(errno));
	tenor_lines_free(lr);
	tenor_json_free(g->json);
	g->json = NULL;
	return rc;
}

/* ---- plain text ---- */

/* The ISO date a file name holds ("2024-05-14-coaching.txt"), or NULL. One that is no day
 * of the calendar ("2024-02-30") is returned too: its documents are rejects that say so,
 * rather than undated. */
static const char *date_in_name(const char *path, char *buf)
{
	const char *base = strrchr(path, '/');
	const char *shaped = NULL;
	char first[11];
	size_t i;

	base = base ? base + 1 : path;
	for (i = 0; base[i]; i++) {
		const char *p = base + i;
		struct tenor_date d;
		if (strlen(p) < 10 || p[4] != '-' || p[7] != '-' || (i > 0 && p[-1] >= '0' &&
								       p[-1] <= '9'))
			continue;
		memcpy(buf, p, 10);
		buf[10] = 0;
		if (tenor_date_parse(buf, 10, NULL, &d) == TENOR_OK && d.precision == TENOR_DATE_DAY)
			return buf;
		/* a year and month of the calendar with a day it does not have: not a number
		 * that only looks like a date ("0800-12-34") */
		if (!shaped && strspn(buf, "0123456789") == 4 && strspn(buf + 5, "0123456789") == 2 &&
		    strspn(buf + 8, "0123456789") == 2 && !(p[10] >= '0' && p[10] <= '9') &&
		    atoi(buf) >= 1900 && atoi(buf) <= 2199 && atoi(buf + 5) >= 1 &&
		    atoi(buf + 5) <= 12 && atoi(buf + 8) >= 1 && atoi(buf + 8) <= 31) {
			memcpy(first, buf, sizeof(first));
			shaped = first;
		}
	}
	if (!shaped)
		return NULL;
	memcpy(buf, shaped, 11);
	return buf;
}

static int txt_flush(struct ingest *g, unsigned long long line)
{
	char msg[300];
	int rc;

	clear_fields(g);
	rc = set_field(g, F_TEXT, g->raw.data, g->raw.len, line, msg, sizeof(msg));
	if (rc == TENOR_EUTF8) {
		rc = submit_reject(g, line, msg, g->raw.data, g->raw.len);
	} else if (rc == TENOR_OK) {
		rc = submit(g, line, g->raw.data, g->raw.len);
	}
	buf_reset(&g->raw);
	return rc;
}

static int read_txt(struct ingest *g, FILE *f)
{
	struct tenor_ingest_options o = *g->o;
	const struct tenor_ingest_options *saved = g->o;
	struct tenor_lines *lr;
	const char *line;
	size_t len, lineno = 0, start = 1;
	size_t max = g->o->max_field ? g->o->max_field : DEFAULT_MAX_FIELD;
	char namedate[11], msg[200];
	size_t i;
	int rc, too_long = 0;

	/* Text files have no columns: a date comes from --date, which is a value here, or
	 * from the file's name. */
	if (!o.fixed_date)
		o.fixed_date = o.date_col ? o.date_col : date_in_name(g->file, namedate);
	g->o = &o;
	g->names[F_ID] = g->names[F_DATE] = g->names[F_LANG] = NULL;
	for (i = 0; i < o.ngroups; i++)
		g->names[F_GROUP0 + i] = NULL;
	if ((rc = tenor_lines_new(f, max, &lr)) || (rc = tenor_lines_unread(lr, g->lead, g->nlead))) {
		tenor_lines_free(lr);
		g->o = saved;
		return rc;
	}
	buf_reset(&g->raw);
	for (;;) {
		int end, over = 0;
		rc = tenor_lines_next(lr, &line, &len, &lineno);
		if (rc == TENOR_ELIMIT) {
			/* the document is a reject: its start is kept as its raw bytes */
			if (g->raw.len == 0 && !too_long)
				start = lineno;
			if (g->raw.len <= REJECT_RAW_MAX &&
			    ((g->raw.len && (rc = buf_addc(&g->raw, '\n'))) ||
			     (rc = buf_add(&g->raw, line, len < REJECT_RAW_MAX ? len : REJECT_RAW_MAX))))
				break;
			too_long = over = 1;
			line = "";
			len = 0;
		} else if (rc) {
			break;
		}
		if (line && lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
			line += 3, len -= 3;
			g->bom = 1;
			if (g->utf8_conv)
				g->conv = g->utf8_conv;
		}
		/* A document ends with the file, with every line (lines), or at a blank line
		 * (paragraphs); blank lines and paragraphs are no documents, an empty file is
		 * an empty one. */
		end = !line || o.split == TENOR_SPLIT_LINES ||
		      (o.split == TENOR_SPLIT_PARAGRAPHS && !over && is_blank(line, len));
		if (line && !(end && o.split == TENOR_SPLIT_PARAGRAPHS)) {
			/* the document starts at its first line, even when that one is too long */
			if (g->raw.len == 0 && !too_long)
				start = lineno;
			if (g->raw.len + len + 1 > max)
				too_long = 1;
			else if ((g->raw.len && (rc = buf_addc(&g->raw, '\n'))) ||
				 (rc = buf_add(&g->raw, line, len)))
				break;
		}
		if (end) {
			if (too_long) {
				snprintf(msg, sizeof(msg), "text longer than its limit of %zu bytes%s",
					 max, o.split == TENOR_SPLIT_NONE ? " (--split lines or "
					 "paragraphs makes several documents of it)" : "");
				rc = submit_cut(g, start, msg, g->raw.data, g->raw.len);
			} else if (g->raw.len || (!line && o.split == TENOR_SPLIT_NONE)) {
				rc = txt_flush(g, start);
			}
			buf_reset(&g->raw);
			too_long = 0;
			if (rc || !line)
				break;
			progress(g, f);
		}
	}
	if (rc == TENOR_EIO)
		rc = read_fail(g, TENOR_EIO, "cannot read '%s': %s", g->file, strerror(errno));
	tenor_lines_free(lr);
	/* prepared with these options, so stored before they go */
	rc = rc ? rc : drain(g);
	g->o = saved;
	return rc;
}

/* ---- batches ---- */

/* The format by the file's name, else by its first bytes: the *nlead read already in lead
 * and more, all of them then in lead for the reader to read first (standard input cannot
 * be read twice). */
static enum tenor_format format_of(const char *path, FILE *f, enum tenor_split split,
				   char *lead, size_t *nlead)
{
	const char *dot = strrchr(path, '.');
	size_t i;
	int ch;

	/* Windows names files "EXPORT.CSV" */
	if (dot && strchr(dot, '/') == NULL) {
		if (!strcasecmp(dot, ".csv") || !strcasecmp(dot, ".tsv"))
			return TENOR_FORMAT_CSV;
		if (!strcasecmp(dot, ".jsonl") || !strcasecmp(dot, ".ndjson") ||
		    !strcasecmp(dot, ".json"))
			return TENOR_FORMAT_JSONL;
		if (!strcasecmp(dot, ".txt") || !strcasecmp(dot, ".md"))
			return TENOR_FORMAT_TXT;
	}
	/* --split is for text alone */
	if (split != TENOR_SPLIT_NONE)
		return TENOR_FORMAT_TXT;
	/* JSON lines start with '{' after a BOM and blank lines */
	for (i = 0;; i++) {
		if (i == *nlead) {
			if (*nlead == LEAD_MAX || (ch = getc(f)) == EOF)
				return TENOR_FORMAT_CSV;
			lead[(*nlead)++] = (char)ch;
		}
		ch = (unsigned char)lead[i];
		if (i < 3 && memcmp(lead, "\xEF\xBB\xBF", i + 1) == 0)
			continue;
		if (!memchr(" \t\r\n", ch, 4))
			return ch == '{' ? TENOR_FORMAT_JSONL : TENOR_FORMAT_CSV;
	}
}

/* 1 for UTF-16LE, 2 for UTF-16BE, by the BOM or by the NULs of ASCII text in the first
 * two characters; 3 for UTF-32LE by its BOM; else 0. */
static int wide_encoding(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;

	if (n == 4 && u[0] == 0xFF && u[1] == 0xFE && !u[2] && !u[3])
		return 3;
	if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
		return 1;
	if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
		return 2;
	if (n == 4 && u[0] && !u[1] && u[2] && !u[3])
		return 1;
	if (n == 4 && !u[0] && u[1] && !u[2] && u[3])
		return 2;
	return 0;
}

static int ingest_file(struct ingest *g, const char *path, const char *name)
{
	static const char *const utf_names[] = { "UTF-16LE", "UTF-16BE", "UTF-32LE" };
	FILE *f = stdin;
	const char *base;
	enum tenor_format fmt;
	int rc;

	g->file = strcmp(path, "-") == 0 ? "stdin" : name;
	g->conv = g->enc_conv;
	g->bom = 0;
	base = strrchr(g->file, '/');
	g->source = g->o->source ? g->o->source : base ? base + 1 : g->file;
	if (strcmp(path, "-") != 0 && !(f = fopen(path, "rb")))
		return read_fail(g, TENOR_EIO, "cannot open '%s': %s", path, strerror(errno));
	/* UTF-16 (Excel's "Unicode Text") is said at once, not as a header of NULs */
	g->nlead = fread(g->lead, 1, 4, f);
	if (ferror(f))
		rc = read_fail(g, TENOR_EIO, "cannot read '%s': %s", g->file, strerror(errno));
	else if ((rc = wide_encoding(g->lead, g->nlead)))
		rc = read_fail(g, TENOR_EINVAL, "%s: the file is %s (as Excel saves \"Unicode "
			       "Text\"), which tenor does not read: save it as CSV UTF-8, or convert "
			       "it (iconv -f %s -t UTF-8)", g->file, utf_names[rc - 1],
			       utf_names[rc - 1]);
	if (rc) {
		if (f != stdin)
			fclose(f);
		return rc;
	}
	fmt = g->o->format != TENOR_FORMAT_AUTO ? g->o->format
						: format_of(path, f, g->o->split, g->lead, &g->nlead);
	rc = fmt == TENOR_FORMAT_CSV ? read_csv(g, f)
	     : fmt == TENOR_FORMAT_JSONL ? read_jsonl(g, f)
					 : read_txt(g, f);
	/* the file's name and source are in what is pending */
	if (rc == TENOR_OK)
		rc = drain(g);
	if (f != stdin)
		fclose(f);
	return rc;
}

static char *options_json(const struct tenor_ingest_options *o)
{
	static const char *const formats[] = { "auto", "csv", "jsonl", "txt" };
	static const char *const splits[] = { "none", "lines", "paragraphs" };
	json_t *groups = json_array(), *obj;
	char *s;
	size_t i;

	/* A failed append must fail the whole: a batch never records options it did not use. */
	for (i = 0; groups && i < o->ngroups; i++)
		if (json_array_append_new(groups, json_string(o->group_cols[i]))) {
			json_decref(groups);
			groups = NULL;
		}
	/* group_keys: identities take the groups by name (resolve_groups) */
	obj = json_pack("{s:s,s:s?,s:s?,s:s?,s:s?,s:s?,s:o,s:s,s:s?,s:s?,s:s,s:s,s:s?,s:b,s:b,"
			"s:b}",
			"format", formats[o->format], "text", o->text_col, "id", o->id_col,
			"date", o->date_col, "fixed_date", o->fixed_date, "date_format",
			o->date_format, "groups", groups, "group_keys", "by name", "lang", o->lang,
			"lang_col", o->lang_col, "encoding", encoding_names[o->encoding], "split",
			splits[o->split], "source", o->source, "no_text", o->no_text, "redact",
			o->redact, "strict", o->strict);
	s = obj ? json_dumps(obj, JSON_COMPACT) : NULL;
	/* jansson ignores a failure to write an object's key (do_dump in dump.c, 2.14), so an
	 * allocation failing there leaves a key out of s: it must read back as it was. */
	if (s) {
		json_t *back = json_loads(s, 0, NULL);
		if (!json_equal(back, obj)) {
			free(s);
			s = NULL;
		}
		json_decref(back);
	}
	json_decref(obj);
	return s;
}

static int start_batch(struct ingest *g)
{
	json_t *arr = json_array();
	char *sources = NULL, *opts = NULL;
	size_t i;
	int rc = TENOR_ENOMEM;

	for (i = 0; arr && i < g->nfiles; i++)
		if (json_array_append_new(arr, json_string(g->utf8_names[i]))) {
			json_decref(arr);
			arr = NULL;
		}
	if (arr && (sources = json_dumps(arr, JSON_COMPACT)) && (opts = options_json(g->o)))
		rc = store_batch_start(g->db, "ingest", tenor_lexicon_version(g->lx), sources,
				       opts, &g->batch);
	json_decref(arr);
	free(sources);
	free(opts);
	return rc;
}

/* Makes one worker a thread, each with its own analyzer (worker 0 has the caller's) and
 * redactor, and the ring of batches. */
static int workers_new(struct ingest *g, unsigned n)
{
	unsigned i;
	int rc;

	g->nring = n > 1 ? n * RING_PER_WORKER : 1;
	if (!(g->workers = tenor_calloc_lines(n * sizeof(*g->workers))) ||
	    !(g->ring = tenor_calloc_lines(g->nring * sizeof(*g->ring))))
		return TENOR_ENOMEM;
	g->nworkers = n;
	/* the threads share the memo's bound: memory stays what it is on one */
	g->memo_limit = g->an->memo.limit;
	g->an->memo.limit /= n;
	for (i = 0; i < n; i++) {
		struct worker *w = &g->workers[i];
		w->g = g;
		w->an = g->an;
		if (i && (rc = analyzer_clone(g->an, g->an->memo.limit, &w->an)))
			return rc;
		if (g->o->redact && (rc = tenor_redactor_new(&w->red)))
			return rc;
	}
	return TENOR_OK;
}

static void ingest_release(struct ingest *g)
{
	unsigned i;
	int k;

	stop(g);
	pipeline_release(&g->pipe);
	for (i = 0; g->ring && i < g->nring; i++) {
		struct batch *b = &g->ring[i];
		buf_release(&b->data);
		tenor_free(b->rec);
		result_log_release(&b->results);
		agg_release(&b->agg);
	}
	for (i = 0; g->workers && i < g->nworkers; i++) {
		if (g->workers[i].an != g->an)
			tenor_analyzer_free(g->workers[i].an);
		tenor_redactor_free(g->workers[i].red);
		buf_release(&g->workers[i].key);
	}
	tenor_free(g->workers);
	if (g->memo_limit)
		g->an->memo.limit = g->memo_limit;
	tenor_free(g->ring);
	tenor_converter_free(g->enc_conv);
	tenor_converter_free(g->utf8_conv);
	tenor_converter_free(g->raw_conv);
	tenor_converter_free(g->raw_utf8_conv);
	tenor_redactor_free(g->raw_red);
	for (k = 0; k < TENOR_MAX_GROUPS; k++)
		tenor_free(g->gcols[k]);
	tenor_free(g->legacy);
	for (k = 0; k < NFIELDS; k++)
		buf_release(&g->val[k]);
	buf_release(&g->raw);
	for (i = 0; g->utf8_names && i < g->nfiles; i++)
		free(g->utf8_names[i]);
	tenor_free(g->utf8_names);
}

struct group_match {
	const char *want;
	char *found;                    /* owned: the first stored name equal but for case */
};

/* Whether two group names are one column's: equal but for case in any script, as header
 * names are found (name_matches), so that --group Ärger is the column of --group ärger. */
static int same_group_name(const char *a, const char *b)
{
	return normalize_same_name(a, strlen(a), b, strlen(b));
}

static int match_group_name(void *ctx, const char *name)
{
	struct group_match *m = ctx;

	if (!m->found && same_group_name(name, m->want) &&
	    !(m->found = tenor_strndup(name, strlen(name))))
		return TENOR_ENOMEM;
	return TENOR_OK;
}

/* The order of the groups of a batch before identities took them by name (a JSON array of
 * their names, as its options record them), when it is these groups in another order:
 * kept, so that earlier_keys finds the documents stored under it. */
static int add_legacy_order(void *ctx, const char *names)
{
	struct ingest *g = ctx;
	unsigned char order[TENOR_MAX_GROUPS];
	size_t i, j, n = g->o->ngroups;
	unsigned used = 0;
	json_t *a;
	int rc = TENOR_OK;

	if (!(a = json_loads(names, 0, NULL)))
		return TENOR_ENOMEM;  /* a batch's options are tenor's own JSON */
	if (json_array_size(a) != n)
		goto done;
	for (i = 0; i < n; i++) {
		const char *name = json_string_value(json_array_get(a, i));
		for (j = 0; j < n && (!name || !same_group_name(name, g->gcols[j])); j++)
			;
		if (j == n || used & 1u << j)
			goto done;
		used |= 1u << j;
		order[i] = (unsigned char)j;
	}
	if (memcmp(order, g->korder, n) == 0)
		goto done;
	for (i = 0; i < g->nlegacy; i++)
		if (memcmp(order, g->legacy[i], n) == 0)
			goto done;
	if (tenor_grow(&g->legacy, &g->legacycap, g->nlegacy + 1, sizeof(*g->legacy))) {
		rc = TENOR_ENOMEM;
		goto done;
	}
	memcpy(g->legacy[g->nlegacy++], order, sizeof(order));
done:
	json_decref(a);
	return rc;
}

/* Header names are found whatever their case, so the case of a --group name must not make
 * a rerun's documents new ones: the name is taken as the database spells it. Nor must
 * their order: identities take the groups in the order of those names, and the orders of
 * earlier batches that took them as given are kept (add_legacy_order). */
static int resolve_groups(struct ingest *g)
{
	size_t i, j, n = g->o->ngroups;
	int rc;

	for (i = 0; i < n; i++) {
		struct group_match m = { g->o->group_cols[i], NULL };
		if ((rc = store_distinct(g->db, DISTINCT_GROUP_NAMES, match_group_name, &m))) {
			tenor_free(m.found);
			return rc;
		}
		if (!m.found && !(m.found = tenor_strndup(m.want, strlen(m.want))))
			return TENOR_ENOMEM;
		g->gcols[i] = m.found;
	}
	for (i = 0; i < n; i++) {
		for (j = i; j > 0 && strcmp(g->gcols[g->korder[j - 1]], g->gcols[i]) > 0; j--)
			g->korder[j] = g->korder[j - 1];
		g->korder[j] = (unsigned char)i;
	}
	return n > 1 ? store_distinct(g->db, DISTINCT_GROUP_ORDERS, add_legacy_order, g)
		     : TENOR_OK;
}

/* The fields asked for; read_txt clears those that text files cannot have. */
static void set_names(struct ingest *g)
{
	const struct tenor_ingest_options *o = g->o;
	size_t i;

	g->names[F_TEXT] = o->text_col ? o->text_col : "text";
	g->usual[F_TEXT] = !o->text_col;
	g->names[F_ID] = o->id_col;
	g->names[F_DATE] = o->fixed_date ? NULL : o->date_col ? o->date_col : "date";
	g->usual[F_DATE] = !o->date_col;
	g->names[F_LANG] = o->lang_col;
	for (i = 0; i < o->ngroups; i++)
		g->names[F_GROUP0 + i] = o->group_cols[i];
}

int tenor_ingest(struct tenor_db *db, struct tenor_analyzer *a,
		 const struct tenor_ingest_options *o, const char *const *files, size_t nfiles,
		 struct tenor_ingest_counts *counts)
{
	struct ingest g;
	size_t i;
	int rc;

	if (!db || !a || !o || !counts || (!files && nfiles) || o->ngroups > TENOR_MAX_GROUPS)
		return TENOR_EINVAL;
	/* the batch records its options as JSON, which holds UTF-8 only */
	{
		const char *v[8 + TENOR_MAX_GROUPS] = { o->text_col, o->id_col, o->date_col,
							o->fixed_date, o->date_format, o->lang,
							o->lang_col, o->source };
		size_t bad;
		memcpy(v + 8, o->group_cols, o->ngroups * sizeof(*v));
		for (i = 0; i < 8 + o->ngroups; i++)
			if (v[i] && !tenor_utf8_check(v[i], strlen(v[i]), &bad))
				return store_fail(db, TENOR_EINVAL, "an option's value is not UTF-8 "
						  "(byte %zu of '%.100s')", bad + 1, v[i]);
	}
	/* the aggregates and the views name all documents '' and '*' */
	for (i = 0; i < o->ngroups; i++)
		if (!o->group_cols[i] || is_blank(o->group_cols[i], strlen(o->group_cols[i])) ||
		    strcmp(o->group_cols[i], "*") == 0)
			return store_fail(db, TENOR_EINVAL, "--group '%.100s': a group column has a "
					  "name, and not '*', which stands for all documents",
					  o->group_cols[i] ? o->group_cols[i] : "");
	/* columns are found whatever their case: "team" and "Team" would be one column twice */
	for (i = 1; i < o->ngroups; i++) {
		size_t j;
		for (j = 0; j < i; j++)
			if (same_group_name(o->group_cols[i], o->group_cols[j]))
				return store_fail(db, TENOR_EINVAL,
						  "--group '%.100s' names the column of --group "
						  "'%.100s' again", o->group_cols[i], o->group_cols[j]);
	}
	memset(counts, 0, sizeof(*counts));
	memset(&g, 0, sizeof(g));
	g.db = db;
	g.an = a;
	g.lx = tenor_analyzer_lexicon(a);
	g.o = o;
	g.c = counts;
	for (i = 0; i < NFIELDS; i++)
		g.val[i].max = (o->max_field ? o->max_field : DEFAULT_MAX_FIELD) * 4 + 64;
	if (o->date_format) {
		struct tenor_date d;
		if (tenor_date_parse("", 0, o->date_format, &d) != TENOR_OK)
			return store_fail(db, TENOR_EINVAL, "--date-format '%.100s': %s",
					  o->date_format, tenor_date_error());
	}
	if ((rc = tenor_converter_new(o->encoding, &g.enc_conv)) ||
	    (o->encoding != TENOR_ENC_UTF8 &&
	     (rc = tenor_converter_new(TENOR_ENC_UTF8, &g.utf8_conv))) ||
	    (o->redact && (rc = tenor_converter_new(o->encoding, &g.raw_conv))) ||
	    (o->redact && (rc = tenor_converter_new(TENOR_ENC_UTF8, &g.raw_utf8_conv))) ||
	    ((o->redact || o->no_text) && (rc = tenor_redactor_new(&g.raw_red))) ||
	    (rc = workers_new(&g, o->threads > 1 ? (o->threads > 64 ? 64 : o->threads) : 1))) {
		ingest_release(&g);
		return rc;
	}
	if ((rc = start(&g))) {
		ingest_release(&g);
		return rc;
	}
	if (nfiles && !(g.utf8_names = tenor_calloc(nfiles, sizeof(*g.utf8_names)))) {
		ingest_release(&g);
		return TENOR_ENOMEM;
	}
	for (g.nfiles = nfiles, i = 0; i < nfiles; i++)
		if (!(g.utf8_names[i] = tenor_utf8_name(files[i]))) {
			ingest_release(&g);
			return TENOR_ENOMEM;
		}
	if ((rc = store_begin(db)) == TENOR_OK && (rc = resolve_groups(&g)) == TENOR_OK &&
	    (rc = start_batch(&g)) == TENOR_OK) {
		for (i = 0; i < nfiles && rc == TENOR_OK; i++) {
			set_names(&g);
			rc = ingest_file(&g, files[i], g.utf8_names[i]);
		}
	}
	if (rc == TENOR_OK && o->strict && counts->rejected)
		rc = store_fail(db, TENOR_EFORMAT, "%llu record(s) rejected: nothing stored (strict)",
				counts->rejected);
	if (rc == TENOR_OK && (rc = agg_finish(db)) == TENOR_OK &&
	    (rc = store_batch_finish(db, g.batch, counts)) == TENOR_OK &&
	    (rc = store_commit(db)) == TENOR_OK)
		counts->batch = g.batch;
	if (rc) {
		/* threads still at work stop before the batch is rolled back */
		stop(&g);
		store_rollback(db);
	}
	ingest_release(&g);
	return rc;
}
