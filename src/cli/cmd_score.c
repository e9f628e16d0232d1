/*
 * cmd_score.c - `tenor score`: a streaming filter from documents (JSON lines, CSV, plain
 * text lines) to one JSON line of scores per document, in input order. A record that
 * cannot be read becomes {"file":F,"line":N,"error":"..."} in its place, and scoring goes on.
 */
#include "cli.h"
#include "bytes.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"usage: tenor score [--input jsonl|csv|txt] [--text-field F] [--id-field F]\n"
	"                   [--lang L|auto | --lang-field F] [--delimiter C] [--matches]\n"
	"                   [--summary] [--threads N] [FILE...|-]\n"
	"\n"
	"Writes one JSON line per document read: id, every other input field, lang, tokens,\n"
	"categories (and matches with --matches). A record that cannot be read gives\n"
	"{\"file\":F,\"line\":N,\"error\":\"...\"} instead (no file when read from stdin), a\n"
	"message on stderr, and exit status 3.\n"
	"\n"
	"  --input FMT        jsonl (default), csv (header row), or txt (one document a line)\n"
	"  --text-field F     field or column holding the text (default: text)\n"
	"  --id-field F       field or column holding the id (default: id)\n"
	"  --lang L           language of every document, or auto (default: auto)\n"
	"  --lang-field F     field holding each document's language; empty means --lang\n"
	"  --delimiter C      CSV delimiter: ',' ';' or 'tab' (default: detected)\n"
	"  --matches          add the matched terms with their offsets\n"
	"  --summary          print documents, tokens and hits per category per file instead\n"
	"  --threads N        score on N threads (default: the number of cores; at most\n"
	"                     64); the output order is the input order\n";

enum { O_INPUT = 1, O_TEXT, O_ID, O_LANG, O_LANGFIELD, O_DELIM, O_MATCHES, O_SUMMARY, O_THREADS };

static const struct opt opts[] = {
	{ "input", 0, 1, O_INPUT },
	{ "text-field", 0, 1, O_TEXT },
	{ "id-field", 0, 1, O_ID },
	{ "lang", 0, 1, O_LANG },
	{ "lang-field", 0, 1, O_LANGFIELD },
	{ "delimiter", 0, 1, O_DELIM },
	{ "matches", 0, 0, O_MATCHES },
	{ "summary", 0, 0, O_SUMMARY },
	{ "threads", 0, 1, O_THREADS },
	{ NULL, 0, 0, 0 }
};

enum format { FMT_JSONL, FMT_CSV, FMT_TXT };

struct totals {
	size_t docs, tokens, errors;
	unsigned long *hits;  /* per category */
};

struct score {
	struct cli *cli;
	const struct tenor_lexicon *lx;
	const struct cli_cats *cats;  /* lx's categories as JSON */
	struct tenor_analyzer *an;
	struct tenor_json *js;  /* the JSON line reader */
	enum format fmt;
	const char *text_field, *id_field, *lang, *lang_field;
	int delimiter, matches, summary;
	const char *file;     /* for messages */
	char *file_json;      /* the file's name in error lines, UTF-8 (NULL: stdin) */
	struct totals t;
	/* where lines go: out, written to stdout as it fills and messages straight to stderr
	 * (direct), or a batch's buffers, written in order when the batch is done */
	struct cli_buf *out, *err;
	int direct;
	unsigned threads;
	/* CSV: the header's names (owned by score_csv) and the columns used (-1: none);
	 * skip[i] says that column i is not written as a field */
	char **names;
	unsigned char *skip;
	size_t ncols;
	int textc, idc, langc;
};

#define FLUSH_AT ((size_t)64 << 10)

/* The drain of the direct output: a line longer than CLI_BUF_DRAIN is written as it is made. */
static int stdout_drain(struct cli_buf *b, void *arg)
{
	(void)arg;
	return fwrite(b->data, 1, b->len, stdout) == b->len ? 0 : -1;
}

/* Ends a line of output: written out once enough is there. Out of memory is an error,
 * which a batch reports in its turn (batch_run). */
static int line_done(struct score *s)
{
	if ((s->out->oom && !s->direct) || s->out->closed)
		return EXIT_ERROR;
	if (s->out->oom || (s->direct && s->out->len >= FLUSH_AT))
		return cli_buf_write(s->out, stdout);
	return EXIT_OK;
}

/* A record that cannot be scored: a message on stderr, its line in the output. */
static int reject(struct score *s, size_t line, const char *msg)
{
	s->t.errors++;
	if (s->direct) {
		/* the lines before it first, so that both streams keep the input's order */
		if (cli_buf_write(s->out, stdout))
			return EXIT_ERROR;
		cli_error("%s:%zu: %s", s->file, line, msg);
	} else {
		cli_buf_error(s->err, "%s:%zu: %s", s->file, line, msg);
	}
	if (s->summary)
		return EXIT_OK;
	cli_buf_adds(s->out, "{");
	if (s->file_json) {
		cli_buf_adds(s->out, "\"file\":");
		cli_put_string(s->out, s->file_json, strlen(s->file_json));
		cli_buf_adds(s->out, ",");
	}
	cli_buf_printf(s->out, "\"line\":%zu,\"error\":", line);
	cli_put_string(s->out, msg, strlen(msg));
	cli_buf_adds(s->out, "}\n");
	return line_done(s);
}

/* The longest text scored: ingest's limit of a field (and a CSV field's here), so that score
 * takes what ingest would store, and a document's analysis, about nine times its size in
 * memory, stays within the bound of the whole. */
#define SCORE_TEXT_MAX ((size_t)1 << 20)

/* Analyzes one document. NULL in *r means it became a reject (or failed: the status says). */
static int analyze(struct score *s, size_t line, const char *text, size_t len, const char *lang,
		   const struct tenor_result **r)
{
	int rc;
	size_t i;

	if (len > SCORE_TEXT_MAX) {
		char msg[80];
		*r = NULL;
		snprintf(msg, sizeof(msg), "text longer than its limit of %zu bytes", SCORE_TEXT_MAX);
		return reject(s, line, msg);
	}
	rc = tenor_analyze(s->an, text, len, lang && *lang ? lang : s->lang, r);

	if (rc == TENOR_ENOMEM) {
		*r = NULL;
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	if (rc) {
		*r = NULL;
		return reject(s, line, tenor_analyzer_error(s->an));
	}
	s->t.docs++;
	s->t.tokens += (*r)->tokens;
	for (i = 0; i < (*r)->ncategories; i++)
		s->t.hits[i] += (*r)->categories[i].hits;
	return EXIT_OK;
}

/* The results after the copied fields, and the end of the line. */
static int put_results(struct score *s, const struct tenor_result *r, const char *text)
{
	cli_buf_addc(s->out, ',');
	cli_put_results(s->out, s->lx, s->cats, r, text, s->matches);
	cli_buf_adds(s->out, "}\n");
	return line_done(s);
}

/* Input fields named like what the output writes itself (the id, which comes from
 * --id-field, and the results) are replaced by it: an object never has a name twice.
 * regex_limited gives way even where this document's output has none, as its presence is
 * the flag. */
static int is_result_name(const struct score *s, const char *key, size_t n)
{
	return (n == 2 && memcmp(key, "id", 2) == 0) || (n == 4 && memcmp(key, "lang", 4) == 0) ||
	       (n == 6 && memcmp(key, "tokens", 6) == 0) ||
	       (n == 10 && memcmp(key, "categories", 10) == 0) ||
	       (n == 13 && memcmp(key, "regex_limited", 13) == 0) ||
	       (s->matches && n == 7 && memcmp(key, "matches", 7) == 0);
}

/* A member's value as JSON: a string in the form every other string is written in, other
 * values as written, without the whitespace between their tokens. */
static int put_value(struct score *s, const struct tenor_json_member *m)
{
	const char *p = m->raw, *end = m->raw + m->rawlen;
	size_t n;
	int in_string = 0;

	if (m->type == TENOR_JSON_STRING && m->escaped) {
		if (tenor_json_string(s->js, m, &p, &n))
			return -1;
		cli_put_string(s->out, p, n);
		return 0;
	}
	if (m->type != TENOR_JSON_ARRAY && m->type != TENOR_JSON_OBJECT) {
		cli_buf_add(s->out, p, m->rawlen);
		return 0;
	}
	for (; p < end; p++) {
		if (in_string && *p == '\\') {
			cli_buf_addc(s->out, *p++);
		} else if (*p == '"') {
			in_string = !in_string;
		} else if (!in_string && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) {
			continue;
		}
		cli_buf_addc(s->out, *p);
	}
	return 0;
}

static int same_key(const struct tenor_json_member *m, const char *key)
{
	return m->keylen == strlen(key) && memcmp(m->key, key, m->keylen) == 0;
}

/* One JSON object a line: the id first, then every other field in its order, then the
 * results. Fields are copied from the line, never parsed into objects: the hot path. */
static int jsonl_line(struct score *s, const char *line, size_t len, size_t lineno)
{
	const struct tenor_json_member *text, *lang, *id;
	const struct tenor_result *r;
	const char *t, *l = NULL;
	size_t tlen, llen, i, n;
	char msg[300], lbuf[64], *langz = NULL;
	int rc, status;

	/* a BOM, as ingest takes it and some editors write it */
	if (lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
		line += 3, len -= 3;
	if (strspn(line, " \t\r") == len)
		return EXIT_OK;
	if ((rc = tenor_json_parse(s->js, line, len))) {
		if (rc == TENOR_ENOMEM) {
			cli_error("out of memory");
			return EXIT_ERROR;
		}
		if (rc == TENOR_ELIMIT || strcmp(tenor_json_error(s->js), "not a JSON object") == 0)
			return reject(s, lineno, tenor_json_error(s->js));
		snprintf(msg, sizeof(msg), "not JSON: %s", tenor_json_error(s->js));
		return reject(s, lineno, msg);
	}
	/* a field the job reads, written twice, is a reject, as in ingest: which one the
	 * writer meant is a guess */
	for (i = 0, n = tenor_json_count(s->js); i < n; i++) {
		const struct tenor_json_member *m = tenor_json_member(s->js, i);
		if (m->repeated && (same_key(m, s->text_field) || same_key(m, s->id_field) ||
				    (s->lang_field && same_key(m, s->lang_field)))) {
			snprintf(msg, sizeof(msg), "key '%.*s' appears twice in the object",
				 (int)bytes_utf8_prefix(m->key, m->keylen, 60), m->key);
			return reject(s, lineno, msg);
		}
	}
	text = tenor_json_get(s->js, s->text_field);
	lang = s->lang_field ? tenor_json_get(s->js, s->lang_field) : NULL;
	if (!text || text->type != TENOR_JSON_STRING)
		snprintf(msg, sizeof(msg),
			 text ? "field '%.100s' is not a string" : "missing text field '%.100s'",
			 s->text_field);
	else if (lang && lang->type != TENOR_JSON_STRING && lang->type != TENOR_JSON_NULL)
		snprintf(msg, sizeof(msg), "field '%.100s' is not a string", s->lang_field);
	else
		msg[0] = 0;
	if (msg[0])
		return reject(s, lineno, msg);
	if (lang && lang->type == TENOR_JSON_STRING) {
		if (tenor_json_string(s->js, lang, &l, &llen) ||
		    (llen >= sizeof(lbuf) && !(langz = strndup(l, llen)))) {
			cli_error("out of memory");
			return EXIT_ERROR;
		}
		if (!langz) {
			memcpy(lbuf, l, llen);
			lbuf[llen] = 0;
			l = lbuf;
		} else {
			l = langz;
		}
	}
	if (tenor_json_string(s->js, text, &t, &tlen)) {
		free(langz);
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	status = analyze(s, lineno, t, tlen, l, &r);
	free(langz);
	if (!r || s->summary)
		return status;
	id = tenor_json_get(s->js, s->id_field);
	cli_buf_adds(s->out, "{\"id\":");
	if (!id)
		cli_buf_adds(s->out, "null");
	else if (put_value(s, id))
		goto nomem;
	for (i = 0, n = tenor_json_count(s->js); i < n; i++) {
		const struct tenor_json_member *m = tenor_json_member(s->js, i);
		if (m->repeated || m == id || is_result_name(s, m->key, m->keylen))
			continue;
		cli_buf_addc(s->out, ',');
		cli_put_string(s->out, m->key, m->keylen);
		cli_buf_addc(s->out, ':');
		if (put_value(s, m))
			goto nomem;
	}
	return put_results(s, r, t);
nomem:
	cli_error("out of memory");
	return EXIT_ERROR;
}

/* One document a line; its id is the line number. */
static int txt_line(struct score *s, const char *line, size_t len, size_t lineno)
{
	const struct tenor_result *r;
	char msg[64];
	size_t bad;
	int status;

	/* a BOM, as Windows editors write it and ingest takes it: no part of the first text,
	 * whose offsets would otherwise count it */
	if (lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
		line += 3, len -= 3;
	if (!tenor_utf8_check(line, len, &bad)) {
		snprintf(msg, sizeof(msg), "invalid UTF-8 at byte %zu", bad);
		return reject(s, lineno, msg);
	}
	status = analyze(s, lineno, line, len, NULL, &r);
	if (!r || s->summary)
		return status;
	cli_buf_adds(s->out, "{\"id\":");
	cli_put_uint(s->out, lineno);
	cli_buf_adds(s->out, ",\"text\":");
	cli_put_string(s->out, line, len);
	return put_results(s, r, line);
}

typedef int (*line_fn)(struct score *, const char *, size_t, size_t);

/* One CSV record, checked against the header: the id, every other column, the results. */
static int csv_record(struct score *s, size_t line, size_t nfields, const char *const *fields,
		      const size_t *lens)
{
	const struct tenor_result *r;
	char msg[300];
	size_t i, bad;
	int status;

	/* ragged records as ingest takes them: empty fields past the header's are dropped,
	 * and a short record is scored when it has the columns score reads */
	for (i = s->ncols; i < nfields; i++)
		if (lens[i] != strspn(fields[i], " \t")) {
			snprintf(msg, sizeof(msg), "%zu fields, but the header has %zu: field %zu is not "
				 "empty (a delimiter in an unquoted text?)", nfields, s->ncols, i + 1);
			return reject(s, line, msg);
		}
	if (nfields > s->ncols)
		nfields = s->ncols;
	if ((size_t)s->textc >= nfields || (s->langc >= 0 && (size_t)s->langc >= nfields)) {
		int k = (size_t)s->textc >= nfields ? s->textc : s->langc;
		snprintf(msg, sizeof(msg), "%zu field%s, but column '%.60s' is field %d of the header",
			 nfields, nfields == 1 ? "" : "s", s->names[k], k + 1);
		return reject(s, line, msg);
	}
	for (i = 0; i < nfields; i++) {
		if (!tenor_utf8_check(fields[i], lens[i], &bad)) {
			snprintf(msg, sizeof(msg), "column '%.100s': invalid UTF-8 at byte %zu",
				 s->names[i], bad);
			return reject(s, line, msg);
		}
	}
	status = analyze(s, line, fields[s->textc], lens[s->textc],
			 s->langc >= 0 ? fields[s->langc] : NULL, &r);
	if (!r || s->summary)
		return status;
	cli_buf_adds(s->out, "{\"id\":");
	if (s->idc >= 0 && (size_t)s->idc < nfields)
		cli_put_string(s->out, fields[s->idc], lens[s->idc]);
	else
		cli_buf_adds(s->out, "null");
	for (i = 0; i < nfields; i++) {
		if (s->skip[i])
			continue;
		cli_buf_addc(s->out, ',');
		cli_put_string(s->out, s->names[i], strlen(s->names[i]));
		cli_buf_addc(s->out, ':');
		cli_put_string(s->out, fields[i], lens[i]);
	}
	return put_results(s, r, fields[s->textc]);
}

/* ---- threads: each worker takes the next batch of records from the shared reader, scores
 * it with its own analyzer into its own buffers, and whichever worker completes the batch
 * that is due writes it, and any done after it, in input order. Reading and writing are
 * short and serial; parsing, scoring and formatting, nearly all the work, run side by side,
 * and no worker waits for another while there is a batch left to read. ---- */

#define BATCH_RECORDS 512
/* A batch of long texts holds what their analysis gives too, their matches many times
 * their bytes where every word is a hit: a megabyte of them, not four (1 MiB texts joined
 * from comments: 58 MB on two threads instead of 79). The bench's 512 comments hold a
 * tenth of that. */
#define BATCH_BYTES ((size_t)1 << 20)
/* The input held by batches read and not yet written, past which no other is read: a
 * batch ends after the record that passes BATCH_BYTES, which may be a 16 MiB line, and its
 * output repeats it. The bench's batches hold a tenth of a megabyte. */
#define INFLIGHT_BYTES (2 * BATCH_BYTES)

enum { BATCH_FREE, BATCH_BUSY, BATCH_DONE };

/* A record in a batch: its fields, or (rejected) the reason as its one field. */
struct record {
	size_t lineno, first, nfields;
	int rejected;
};

struct batch {
	struct record *rec;
	size_t n, cap;
	char *data;               /* the fields, NUL-terminated one after another */
	size_t datalen, datacap;
	size_t *off, *len;        /* of each field in data */
	const char **ptr;         /* the same as pointers, once data stops moving */
	size_t nf, fcap;
	size_t seq;               /* its place in the input */
	int state, status;
	char readerr[300];        /* the read failed after its records: the input ends here */
	struct cli_buf out, err;  /* its output and messages */
};

struct pool;
/* Reads the next record into a batch (under the pool's lock): 1 when one was added, 0 at
 * the end of the input, -1 when reading failed (b->readerr says why). */
typedef int (*read_fn)(struct pool *, struct batch *);

struct pool {
	read_fn read;
	struct tenor_lines *lr;   /* the input, one of these */
	struct tenor_csv *csv;
	line_fn fn;               /* for lines */
	const char *file;
	pthread_mutex_t mu;       /* guards everything below, the reader, stdout and stderr */
	pthread_cond_t freed;     /* a batch became free, or there is nothing more to read */
	struct batch *b;
	unsigned nb;
	size_t seq, turn;         /* the next batch to read, the next to write */
	int eof, failed, status;
	int werrno;               /* why stdout failed, on the thread that wrote */
};

struct worker {
	struct score w;           /* its analyzer, JSON reader and totals */
	struct pool *p;
	struct batch *b;          /* the batch it scores */
	pthread_t tid;
	int started;
};

/* Adds a field to the batch's last record. */
static int batch_field(struct batch *b, const char *f, size_t len)
{
	if (b->nf == b->fcap) {
		size_t cap = b->fcap ? b->fcap * 2 : 64;
		size_t *o, *l;
		const char **q;
		if (!(o = realloc(b->off, cap * sizeof(*o))))
			return -1;
		b->off = o;
		if (!(l = realloc(b->len, cap * sizeof(*l))))
			return -1;
		b->len = l;
		if (!(q = realloc(b->ptr, cap * sizeof(*q))))
			return -1;
		b->ptr = q;
		b->fcap = cap;
	}
	if (b->datalen + len + 1 > b->datacap) {
		size_t cap = (b->datalen + len + 1) * 2;
		char *d = realloc(b->data, cap);
		if (!d)
			return -1;
		b->data = d;
		b->datacap = cap;
	}
	memcpy(b->data + b->datalen, f, len);
	b->data[b->datalen + len] = 0;
	b->off[b->nf] = b->datalen;
	b->len[b->nf++] = len;
	b->datalen += len + 1;
	b->rec[b->n - 1].nfields++;
	return 0;
}

static int batch_record(struct batch *b, size_t lineno, int rejected)
{
	if (b->n == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		struct record *r = realloc(b->rec, cap * sizeof(*r));
		if (!r)
			return -1;
		b->rec = r;
		b->cap = cap;
	}
	b->rec[b->n].lineno = lineno;
	b->rec[b->n].first = b->nf;
	b->rec[b->n].nfields = 0;
	b->rec[b->n++].rejected = rejected;
	return 0;
}

static int read_failed(struct pool *p, struct batch *b, int rc)
{
	if (rc == TENOR_ENOMEM)
		snprintf(b->readerr, sizeof(b->readerr), "out of memory");
	else
		snprintf(b->readerr, sizeof(b->readerr),
			 rc == TENOR_EIO ? "cannot read '%s': %s" : "%s: %s", p->file,
			 rc == TENOR_EIO ? strerror(errno) : tenor_strerror(rc));
	return -1;
}

static int read_line(struct pool *p, struct batch *b)
{
	const char *line;
	size_t len, lineno;
	int rc = tenor_lines_next(p->lr, &line, &len, &lineno);

	if (rc == TENOR_ELIMIT) {
		line = "line longer than the limit of 16 MiB";
		len = strlen(line);
	} else if (rc) {
		return read_failed(p, b, rc);
	} else if (!line) {
		return 0;
	}
	if (batch_record(b, lineno, rc == TENOR_ELIMIT) || batch_field(b, line, len))
		return read_failed(p, b, TENOR_ENOMEM);
	return 1;
}

static int read_csv(struct pool *p, struct batch *b)
{
	struct tenor_csv_row row;
	int rc = tenor_csv_next(p->csv, &row);
	size_t i;

	if (rc == TENOR_ELIMIT || rc == TENOR_EFORMAT) {
		const char *msg = tenor_csv_error(p->csv);
		if (batch_record(b, row.line, 1) || batch_field(b, msg, strlen(msg)))
			return read_failed(p, b, TENOR_ENOMEM);
		return 1;
	}
	if (rc)
		return read_failed(p, b, rc);
	if (row.nfields == 0)
		return 0;
	if (batch_record(b, row.line, 0))
		return read_failed(p, b, TENOR_ENOMEM);
	for (i = 0; i < row.nfields; i++)
		if (batch_field(b, row.fields[i], row.lens[i]))
			return read_failed(p, b, TENOR_ENOMEM);
	return 1;
}

/* Reads the batch's records (under the pool's lock). A failed read ends the input; it is
 * reported when the batch is written, after the records read before it. */
static void batch_fill(struct pool *p, struct batch *b)
{
	int rc = 1;

	b->n = b->nf = b->datalen = 0;
	b->readerr[0] = 0;
	b->status = EXIT_OK;
	while (b->n < BATCH_RECORDS && b->datalen < BATCH_BYTES && (rc = p->read(p, b)) > 0)
		;
	if (rc <= 0)
		p->eof = 1;
}

/* Writes a batch's messages and output so far, and empties its buffers (under the lock):
 * EXIT_OK, or EXIT_ERROR when stdout failed, which fails the pool. */
static int batch_put(struct pool *p, struct batch *b)
{
	int status = EXIT_OK;

	fflush(stdout);
	/* a buffer that ran out of memory lacks a piece: not written */
	if (b->err.len && !b->err.oom)
		fwrite(b->err.data, 1, b->err.len, stderr);
	if (b->out.len && !b->out.oom &&
	    fwrite(b->out.data, 1, b->out.len, stdout) != b->out.len) {
		status = EXIT_ERROR;
		p->werrno = errno;
		p->status = EXIT_ERROR;
		p->failed = 1;
	}
	b->out.len = b->err.len = 0;
	return status;
}

/* A batch's output that outgrew CLI_BUF_DRAIN is written when the batch is due, before it
 * is done: its worker waits for the batches before it, of which the one due is always being
 * scored by a worker that does not wait. Memory then holds a few megabytes a batch, whatever
 * its output. A failure, its own or another batch's, ends the batch. */
static int batch_drain(struct cli_buf *out, void *arg)
{
	struct worker *k = arg;
	struct pool *p = k->p;
	struct batch *b = k->b;
	int status = EXIT_ERROR;

	(void)out;
	pthread_mutex_lock(&p->mu);
	while (p->turn != b->seq && !p->failed)
		pthread_cond_wait(&p->freed, &p->mu);
	if (!p->failed)
		status = batch_put(p, b);
	pthread_mutex_unlock(&p->mu);
	if (status != EXIT_OK)
		b->status = EXIT_ERROR;
	return status == EXIT_OK ? 0 : -1;
}

/* Scores a batch into its own buffers (without the lock). */
static void batch_run(struct worker *k, struct batch *b)
{
	size_t i;

	k->b = b;
	b->out.drain = batch_drain;
	b->out.arg = k;
	k->w.out = &b->out;
	k->w.err = &b->err;
	for (i = 0; i < b->nf; i++)
		b->ptr[i] = b->data + b->off[i];
	for (i = 0; i < b->n && b->status == EXIT_OK; i++) {
		const struct record *r = &b->rec[i];
		if (r->rejected)
			b->status = reject(&k->w, r->lineno, b->ptr[r->first]);
		else if (k->p->csv)
			b->status = csv_record(&k->w, r->lineno, r->nfields, b->ptr + r->first,
					       b->len + r->first);
		else
			b->status = k->p->fn(&k->w, b->ptr[r->first], b->len[r->first], r->lineno);
	}
	if (b->out.oom || b->err.oom) {
		snprintf(b->readerr, sizeof(b->readerr), "out of memory");
		b->status = EXIT_ERROR;
	}
}

/* Writes the batches that are done, in input order, as far as they go (under the lock). */
static void pool_write(struct pool *p)
{
	for (;;) {
		struct batch *b = NULL;
		unsigned i;
		for (i = 0; i < p->nb; i++)
			if (p->b[i].state == BATCH_DONE && p->b[i].seq == p->turn)
				b = &p->b[i];
		if (!b)
			return;
		if (!p->failed) {
			if (batch_put(p, b))
				b->status = EXIT_ERROR;
			if (b->readerr[0])
				cli_error("%s", b->readerr);
			if (b->status != EXIT_OK || b->readerr[0]) {
				p->status = b->status != EXIT_OK ? b->status : EXIT_ERROR;
				p->failed = 1;
			}
		}
		b->out.len = b->err.len = 0;
		b->out.oom = b->err.oom = b->out.closed = 0;
		/* the buffers of long records go with them: kept, every batch would grow to
		 * the longest line read, each of them in turn */
		if (b->datacap > INFLIGHT_BYTES) {
			free(b->data);
			b->data = NULL;
			b->datacap = 0;
		}
		if (b->out.cap > INFLIGHT_BYTES) {
			free(b->out.data);
			b->out.data = NULL;
			b->out.cap = 0;
		}
		b->state = BATCH_FREE;
		p->turn++;
		pthread_cond_broadcast(&p->freed);
	}
}

/* A free batch to read into (under the lock), or NULL: none is free, or those read and not
 * yet written hold INFLIGHT_BYTES. */
static struct batch *pool_free_batch(struct pool *p)
{
	struct batch *b = NULL;
	size_t held = 0;
	unsigned i;

	for (i = 0; i < p->nb; i++) {
		if (p->b[i].state != BATCH_FREE)
			held += p->b[i].datalen;
		else if (!b)
			b = &p->b[i];
	}
	return held < INFLIGHT_BYTES ? b : NULL;
}

static void *work(void *arg)
{
	struct worker *k = arg;
	struct pool *p = k->p;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		struct batch *b = NULL;
		while (!p->eof && !p->failed && !(b = pool_free_batch(p)))
			pthread_cond_wait(&p->freed, &p->mu);
		if (!b)
			break;
		batch_fill(p, b);
		b->seq = p->seq++;
		b->state = BATCH_BUSY;
		if (p->eof)
			pthread_cond_broadcast(&p->freed);
		pthread_mutex_unlock(&p->mu);
		batch_run(k, b);
		pthread_mutex_lock(&p->mu);
		b->state = BATCH_DONE;
		pool_write(p);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* Scores the records p reads on s->threads threads. */
static int score_threaded(struct score *s, struct pool *p)
{
	unsigned nw = s->threads, i;
	/* the workers' totals, written at every document, on lines of their own */
	struct worker **k = calloc(nw, sizeof(*k));
	size_t ncat = tenor_lexicon_category_count(s->lx), c;
	int status = EXIT_OK;

	p->file = s->file;
	/* two batches a worker: one finished early need not wait for the one before it */
	p->nb = 2 * nw;
	p->b = calloc(p->nb, sizeof(*p->b));
	for (i = 0; k && i < nw; i++)
		if (!(k[i] = cli_calloc_lines(sizeof(**k))))
			status = EXIT_ERROR;
	if (!k || !p->b || status != EXIT_OK) {
		for (i = 0; k && i < nw; i++)
			free(k[i]);
		free(k);
		free(p->b);
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	for (i = 0; i < nw && status == EXIT_OK; i++) {
		k[i]->w = *s;
		k[i]->p = p;
		memset(&k[i]->w.t, 0, sizeof(k[i]->w.t));
		k[i]->w.an = NULL;
		k[i]->w.js = NULL;
		k[i]->w.direct = 0;
		/* the threads share the memo's bound: memory stays what it is on one */
		if (cli_analyzer(s->cli, s->lx, &k[i]->w.an)) {
			status = EXIT_ERROR;
		} else if (tenor_json_new(&k[i]->w.js) ||
			   tenor_analyzer_set_memo_limit(k[i]->w.an, TENOR_MEMO_DEFAULT / nw) ||
			   !(k[i]->w.t.hits = cli_calloc_lines((ncat + 1) * sizeof(*k[i]->w.t.hits)))) {
			cli_error("out of memory");
			status = EXIT_ERROR;
		}
	}
	if (status == EXIT_OK) {
		pthread_mutex_init(&p->mu, NULL);
		pthread_cond_init(&p->freed, NULL);
		/* a thread that cannot start leaves its share to the others */
		for (i = 1; i < nw; i++)
			k[i]->started = pthread_create(&k[i]->tid, NULL, work, k[i]) == 0;
		work(k[0]);
		for (i = 1; i < nw; i++)
			if (k[i]->started)
				pthread_join(k[i]->tid, NULL);
		pthread_cond_destroy(&p->freed);
		pthread_mutex_destroy(&p->mu);
		status = p->status;
		/* errno is each thread's own: cli_close_stdout tells the writer's */
		if (p->werrno)
			errno = p->werrno;
	}
	for (i = 0; i < nw; i++) {
		s->t.docs += k[i]->w.t.docs;
		s->t.tokens += k[i]->w.t.tokens;
		s->t.errors += k[i]->w.t.errors;
		for (c = 0; c < ncat && k[i]->w.t.hits; c++)
			s->t.hits[c] += k[i]->w.t.hits[c];
		tenor_analyzer_free(k[i]->w.an);
		tenor_json_free(k[i]->w.js);
		free(k[i]->w.t.hits);
		free(k[i]);
	}
	for (i = 0; i < p->nb; i++) {
		free(p->b[i].rec);
		free(p->b[i].data);
		free(p->b[i].off);
		free(p->b[i].len);
		free(p->b[i].ptr);
		free(p->b[i].out.data);
		free(p->b[i].err.data);
	}
	free(p->b);
	free(k);
	return status;
}

static int score_lines(struct score *s, FILE *f, line_fn fn)
{
	struct tenor_lines *lr;
	const char *line;
	size_t len, lineno;
	int rc, status = EXIT_OK;

	if ((rc = tenor_lines_new(f, 0, &lr))) {
		cli_error("%s", tenor_strerror(rc));
		return EXIT_ERROR;
	}
	if (s->threads > 1) {
		struct pool p;
		memset(&p, 0, sizeof(p));
		p.read = read_line;
		p.lr = lr;
		p.fn = fn;
		status = score_threaded(s, &p);
		tenor_lines_free(lr);
		return status;
	}
	while (status == EXIT_OK) {
		rc = tenor_lines_next(lr, &line, &len, &lineno);
		if (rc == TENOR_ELIMIT)
			status = reject(s, lineno, "line longer than the limit of 16 MiB");
		else if (rc == TENOR_EIO) {
			cli_error("cannot read '%s': %s", s->file, strerror(errno));
			status = EXIT_ERROR;
		} else if (rc) {
			cli_error("%s: %s", s->file, tenor_strerror(rc));
			status = EXIT_ERROR;
		} else if (!line)
			break;
		else
			status = fn(s, line, len, lineno);
	}
	tenor_lines_free(lr);
	return status;
}

static int column(const struct tenor_csv_row *h, const char *name)
{
	size_t i;
	for (i = 0; i < h->nfields; i++)
		if (strcmp(h->fields[i], name) == 0)
			return (int)i;
	return -1;
}

static int score_csv(struct score *s, FILE *f)
{
	struct tenor_csv *c;
	struct tenor_csv_row row;
	size_t i;
	int rc, status = EXIT_OK;

	if ((rc = tenor_csv_new(f, s->delimiter, 0, 0, &c))) {
		cli_error("%s", tenor_strerror(rc));
		return EXIT_ERROR;
	}
	rc = tenor_csv_next(c, &row);
	if (rc || row.nfields == 0) {
		cli_error("%s: %s", s->file, rc ? tenor_csv_error(c) : "no header row");
		tenor_csv_free(c);
		return EXIT_ERROR;
	}
	s->textc = column(&row, s->text_field);
	s->idc = column(&row, s->id_field);
	s->langc = s->lang_field ? column(&row, s->lang_field) : -1;
	if (s->textc < 0 || (s->lang_field && s->langc < 0)) {
		cli_error("%s:%zu: no column '%s' in the header", s->file, row.line,
			  s->textc < 0 ? s->text_field : s->lang_field);
		tenor_csv_free(c);
		return EXIT_ERROR;
	}
	s->ncols = row.nfields;
	if (!(s->names = calloc(s->ncols, sizeof(*s->names)))) {
		tenor_csv_free(c);
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	/* the names are the output's keys: UTF-8, each once */
	for (i = 0; i < s->ncols; i++) {
		size_t j, bad;
		if (!tenor_utf8_check(row.fields[i], row.lens[i], &bad)) {
			cli_error("%s:%zu: the name of column %zu is not UTF-8 (score reads UTF-8: "
				  "convert the file, or use tenor ingest --encoding cp1252)", s->file,
				  row.line, i + 1);
			status = EXIT_ERROR;
			goto out;
		}
		for (j = 0; j < i; j++)
			if (strcmp(s->names[j], row.fields[i]) == 0)
				break;
		if (j < i) {
			cli_error("%s:%zu: column '%s' appears twice in the header (fields %zu and "
				  "%zu)", s->file, row.line, row.fields[i], j + 1, i + 1);
			status = EXIT_ERROR;
			goto out;
		}
		if (!(s->names[i] = strdup(row.fields[i]))) {
			cli_error("out of memory");
			status = EXIT_ERROR;
			goto out;
		}
	}
	/* The id column and the names the output writes itself are not written as fields. */
	if (!(s->skip = calloc(s->ncols, 1))) {
		cli_error("out of memory");
		status = EXIT_ERROR;
		goto out;
	}
	for (i = 0; i < s->ncols; i++)
		s->skip[i] = (int)i == s->idc || is_result_name(s, s->names[i], strlen(s->names[i]));
	if (s->threads > 1) {
		struct pool p;
		memset(&p, 0, sizeof(p));
		p.read = read_csv;
		p.csv = c;
		status = score_threaded(s, &p);
		goto out;
	}
	while (status == EXIT_OK) {
		rc = tenor_csv_next(c, &row);
		if (rc == TENOR_ELIMIT || rc == TENOR_EFORMAT)
			status = reject(s, row.line, tenor_csv_error(c));
		else if (rc) {
			cli_error("%s: %s", s->file, rc == TENOR_EIO ? strerror(errno)
								    : tenor_strerror(rc));
			status = EXIT_ERROR;
		} else if (row.nfields == 0)
			break;
		else
			status = csv_record(s, row.line, row.nfields, row.fields, row.lens);
	}
out:
	for (i = 0; i < s->ncols; i++)
		free(s->names[i]);
	free(s->names);
	free(s->skip);
	s->names = NULL;
	s->skip = NULL;
	s->ncols = 0;
	tenor_csv_free(c);
	return status;
}

static void print_summary_header(const struct tenor_lexicon *lx)
{
	size_t i;
	printf("%-32s %8s %10s %7s", "file", "docs", "tokens", "errors");
	for (i = 0; i < tenor_lexicon_category_count(lx); i++)
		printf(" %10s", tenor_lexicon_category(lx, i));
	putchar('\n');
}

static void print_summary_row(const struct score *s)
{
	size_t i;
	printf("%-32s %8zu %10zu %7zu", s->file, s->t.docs, s->t.tokens, s->t.errors);
	for (i = 0; i < tenor_lexicon_category_count(s->lx); i++)
		printf(" %10lu", s->t.hits[i]);
	putchar('\n');
}

static int score_file(struct score *s, const char *path)
{
	FILE *f = stdin;
	int status;

	s->file = "-";
	s->file_json = NULL;
	if (strcmp(path, "-") != 0) {
		if (!(s->file_json = tenor_utf8_name(path))) {
			cli_error("out of memory");
			return EXIT_ERROR;
		}
		if (!(f = fopen(path, "rb"))) {
			cli_error("cannot open '%s': %s", path, strerror(errno));
			free(s->file_json);
			return EXIT_ERROR;
		}
		s->file = path;
	}
	memset(s->t.hits, 0, tenor_lexicon_category_count(s->lx) * sizeof(*s->t.hits));
	s->t.docs = s->t.tokens = s->t.errors = 0;
	status = s->fmt == FMT_JSONL ? score_lines(s, f, jsonl_line)
		 : s->fmt == FMT_CSV ? score_csv(s, f)
				     : score_lines(s, f, txt_line);
	if (cli_buf_write(s->out, stdout) && status == EXIT_OK)
		status = EXIT_ERROR;
	if (f != stdin)
		fclose(f);
	free(s->file_json);
	s->file_json = NULL;
	if (s->summary && status == EXIT_OK)
		print_summary_row(s);
	return status;
}

int cmd_score(int argc, char **argv, struct cli *cli)
{
	struct optparse p;
	struct score s;
	struct cli_buf out = { 0 };
	struct cli_cats cats = { 0 };
	struct tenor_lexicon *lx = NULL;
	const char *v;
	const char **files;
	size_t nfiles = 0, i, errors = 0;
	int id, status = EXIT_OK;

	memset(&s, 0, sizeof(s));
	s.cli = cli;
	s.text_field = "text";
	s.id_field = "id";
	s.lang = "auto";
	out.drain = stdout_drain;
	s.out = &out;
	s.direct = 1;
	s.threads = cli_default_threads();
	if (!(files = calloc((size_t)argc + 1, sizeof(*files)))) {
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, opts, cli, &v)) != OPT_END) {
		switch (id) {
		case OPT_HELP:
			free(files);
			fputs(usage, stdout);
			return cli_close_stdout();
		case OPT_BAD:
			free(files);
			return cli_usage_error(usage, "see 'tenor score --help'");
		case O_INPUT:
			if (strcmp(v, "jsonl") == 0)
				s.fmt = FMT_JSONL;
			else if (strcmp(v, "csv") == 0)
				s.fmt = FMT_CSV;
			else if (strcmp(v, "txt") == 0)
				s.fmt = FMT_TXT;
			else {
				free(files);
				return cli_usage_error(usage, "--input takes jsonl, csv or txt, not '%s'",
						       v);
			}
			break;
		case O_TEXT: s.text_field = v; break;
		case O_ID: s.id_field = v; break;
		case O_LANG: s.lang = v; break;
		case O_LANGFIELD: s.lang_field = v; break;
		case O_MATCHES: s.matches = 1; break;
		case O_THREADS:
			if (cli_parse_threads(v, &s.threads)) {
				free(files);
				return cli_usage_error(usage, "--threads takes a number from 1 to 64");
			}
			break;
		case O_SUMMARY: s.summary = 1; break;
		case O_DELIM:
			if (cli_parse_delimiter(v, &s.delimiter)) {
				free(files);
				return cli_usage_error(usage, "--delimiter takes ',' ';' or 'tab'");
			}
			break;
		case OPT_ARG:
			files[nfiles++] = v;
			break;
		}
	}
	if (nfiles == 0)
		files[nfiles++] = "-";
	if (cli_load_lexicon(cli, &lx) || cli_analyzer(cli, lx, &s.an)) {
		status = EXIT_ERROR;
		goto out;
	}
	/* checked before anything is read: else every record of the input is an error line */
	if ((status = cli_check_lang(lx, s.lang, usage)) != EXIT_OK)
		goto out;
	if (tenor_json_new(&s.js)) {
		cli_error("out of memory");
		status = EXIT_ERROR;
		goto out;
	}
	s.lx = lx;
	if (cli_cats_new(lx, &cats)) {
		status = EXIT_ERROR;
		goto out;
	}
	s.cats = &cats;
	if (!(s.t.hits = calloc(tenor_lexicon_category_count(lx) + 1, sizeof(*s.t.hits)))) {
		cli_error("out of memory");
		status = EXIT_ERROR;
		goto out;
	}
	if (s.summary)
		print_summary_header(lx);
	for (i = 0; i < nfiles && status == EXIT_OK; i++) {
		status = score_file(&s, files[i]);
		errors += s.t.errors;
	}
	if (status == EXIT_OK && errors)
		status = EXIT_PARTIAL;
	if (cli_close_stdout())
		status = EXIT_ERROR;
out:
	cli_cats_free(&cats);
	free(s.t.hits);
	free(out.data);
	free(files);
	tenor_analyzer_free(s.an);
	tenor_json_free(s.js);
	tenor_lexicon_free(lx);
	return status;
}
