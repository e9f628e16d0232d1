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
#include "store.h"
#include "tenor.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

struct ingest {
	struct tenor_db *db;
	struct tenor_analyzer *an;
	const struct tenor_lexicon *lx;
	const struct tenor_ingest_options *o;
	struct tenor_ingest_counts *c;
	long long batch;
	struct tenor_converter *conv;
	struct tenor_redactor *red;
	const char *file, *source;
	const char *names[NFIELDS];     /* field names asked for, NULL when not */
	int usual[NFIELDS];             /* not named: look for usual_names */
	int col[NFIELDS];               /* CSV: column index, -1 when absent */
	struct buf val[NFIELDS];        /* UTF-8 values of the current record */
	int has[NFIELDS];               /* the record has the field */
	struct buf key, raw;
	unsigned long long since_progress;
};

static int reject(struct ingest *g, unsigned long long line, const char *reason,
		  const char *raw, size_t rawlen)
{
	g->c->rejected++;
	if (g->o->on_reject)
		g->o->on_reject(g->o->ctx, g->file, line, reason);
	if (g->o->strict)
		return TENOR_OK;
	return store_reject(g->db, g->batch, g->file, line, reason, raw, rawlen);
}

static void hex128(const void *p, size_t n, uint64_t seed, char out[33])
{
	uint64_t a = tenor_hash(p, n, seed), b = tenor_hash(p, n, seed ^ 0x5851F42D4C957F2DULL);
	snprintf(out, 33, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
}

/* Appends (s, n) as a length-prefixed part of a hash key, so that ("ab", "c") and
 * ("a", "bc") differ. */
static int key_part(struct buf *k, const char *s, size_t n)
{
	char len[24];
	int m = snprintf(len, sizeof(len), "%zu:", n);
	return buf_add(k, len, (size_t)m) || buf_add(k, s, n) ? TENOR_ENOMEM : TENOR_OK;
}

static int is_blank(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* One record whose fields are in g->val: check, score and store it. */
static int process(struct ingest *g, unsigned long long line, const char *raw, size_t rawlen)
{
	const struct tenor_ingest_options *o = g->o;
	const struct tenor_result *r;
	struct tenor_date date, *dp = NULL;
	struct store_doc d;
	const char *gnames[TENOR_MAX_GROUPS], *gvals[TENOR_MAX_GROUPS];
	const char *text, *lang;
	char identity[40], content[33], hex[33], day[32], msg[200];
	size_t textlen, i;
	long long doc_id;
	int rc, same, current, has_id, n;

	g->c->read++;
	text = g->val[F_TEXT].data ? g->val[F_TEXT].data : "";
	textlen = g->val[F_TEXT].len;
	if (!g->has[F_TEXT])
		return reject(g, line, "no text field", raw, rawlen);
	if (is_blank(text, textlen))
		return reject(g, line, "empty text", raw, rawlen);

	if (o->fixed_date || g->has[F_DATE]) {
		const char *ds = o->fixed_date ? o->fixed_date : g->val[F_DATE].data;
		size_t dn = o->fixed_date ? strlen(o->fixed_date) : g->val[F_DATE].len;
		rc = tenor_date_parse(ds, dn, o->date_format, &date);
		if (rc == TENOR_EFORMAT)
			return reject(g, line, tenor_date_error(), raw, rawlen);
		if (rc)
			return rc;
		if (date.precision != TENOR_DATE_NONE)
			dp = &date;
	}

	lang = o->lang;
	if (g->has[F_LANG] && !is_blank(g->val[F_LANG].data, g->val[F_LANG].len))
		lang = g->val[F_LANG].data;

	if (o->redact) {
		const char *red;
		size_t redlen;
		rc = tenor_redact(g->red, text, textlen, &red, &redlen, NULL);
		/* Never store a text that may be redacted only in part. */
		if (rc == TENOR_ELIMIT)
			return reject(g, line, "text too complex to redact safely", raw, rawlen);
		if (rc)
			return rc;
		text = red;
		textlen = redlen;
	}

	rc = tenor_analyze(g->an, text, textlen, lang, &r);
	if (rc == TENOR_ELANG || rc == TENOR_EUTF8 || rc == TENOR_ELIMIT) {
		snprintf(msg, sizeof(msg), "%s", tenor_analyzer_error(g->an));
		return reject(g, line, msg, raw, rawlen);
	}
	if (rc)
		return rc;

	for (i = 0; i < o->ngroups; i++) {
		gnames[i] = o->group_cols[i];
		gvals[i] = g->val[F_GROUP0 + i].data ? g->val[F_GROUP0 + i].data : "";
	}

	/* Identity: (source, id) when there is an id, else what the document says: its
	 * text, date and groups. */
	has_id = g->has[F_ID] && g->val[F_ID].len;
	buf_reset(&g->key);
	if (has_id) {
		if ((rc = key_part(&g->key, g->source, strlen(g->source))) ||
		    (rc = key_part(&g->key, g->val[F_ID].data, g->val[F_ID].len)))
			return rc;
		hex128(g->key.data, g->key.len, 1, hex);
		snprintf(identity, sizeof(identity), "id:%s", hex);
		buf_reset(&g->key);
	}
	n = dp ? snprintf(day, sizeof(day), "%04d-%02d-%02d/%d", dp->year, dp->month, dp->day,
			  (int)dp->precision)
	       : 0;
	if ((rc = key_part(&g->key, text, textlen)) || (rc = key_part(&g->key, day, (size_t)n)))
		return rc;
	for (i = 0; i < o->ngroups; i++)
		if ((rc = key_part(&g->key, gnames[i], strlen(gnames[i]))) ||
		    (rc = key_part(&g->key, gvals[i], strlen(gvals[i]))))
			return rc;
	if (!has_id) {
		hex128(g->key.data, g->key.len, 2, hex);
		snprintf(identity, sizeof(identity), "tx:%s", hex);
	}
	/* The content adds what else decides the stored version: the language and whether
	 * text is kept. */
	if ((rc = key_part(&g->key, r->lang, strlen(r->lang))) ||
	    (rc = key_part(&g->key, o->no_text ? "-" : "+", 1)))
		return rc;
	hex128(g->key.data, g->key.len, 3, content);

	if ((rc = store_doc_find(g->db, identity, content, tenor_lexicon_version(g->lx), &doc_id,
				 &same, &current)))
		return rc;
	if (!dp)
		g->c->undated++;
	if (doc_id && same) {
		g->c->duplicate++;
		if (current)
			return TENOR_OK;
		/* Unchanged, but scored by another lexicon: the scores are brought up to date. */
		if ((rc = agg_subtract_doc(g->db, doc_id)) ||
		    (rc = store_rescored(g->db, doc_id, g->lx, r, text)))
			return rc;
		return agg_add_doc(g->db, dp, gnames, gvals, o->ngroups, g->lx, r, text);
	}
	if (doc_id) {
		g->c->updated++;
		if ((rc = agg_subtract_doc(g->db, doc_id)))
			return rc;
	} else {
		g->c->added++;
	}

	memset(&d, 0, sizeof(d));
	d.source = g->source;
	d.ext_id = has_id ? g->val[F_ID].data : NULL;
	d.identity = identity;
	d.content_hash = content;
	d.file = g->file;
	d.line = line;
	d.date = dp;
	d.lang = r->lang;
	d.tokens = r->tokens;
	d.text = o->no_text ? NULL : text;
	d.text_len = textlen;
	d.redacted = o->redact != 0;
	d.lexicon_version = tenor_lexicon_version(g->lx);
	d.group_names = gnames;
	d.group_values = gvals;
	d.ngroups = o->ngroups;
	if ((rc = store_doc_put(g->db, g->batch, &d, &doc_id)) ||
	    (rc = store_results(g->db, doc_id, g->lx, r, text)))
		return rc;
	return agg_add_doc(g->db, dp, gnames, gvals, o->ngroups, g->lx, r, text);
}

static void progress(struct ingest *g, FILE *f)
{
	long pos;
	if (!g->o->progress || ++g->since_progress < PROGRESS_EVERY)
		return;
	g->since_progress = 0;
	pos = ftell(f);
	g->o->progress(g->o->ctx, pos > 0 ? (unsigned long long)pos : 0, g->c->read);
}

/* Converts a raw field to UTF-8 into g->val[k]. TENOR_EUTF8 with a message in msg. */
static int set_field(struct ingest *g, int k, const char *s, size_t n, char *msg, size_t msgsize)
{
	const char *u;
	size_t un;
	int rc;

	buf_reset(&g->val[k]);
	g->has[k] = 1;
	rc = tenor_convert(g->conv, s, n, &u, &un);
	if (rc == TENOR_EUTF8) {
		snprintf(msg, msgsize, "field '%.60s': %s at byte %zu", g->names[k],
			 g->o->encoding == TENOR_ENC_UTF8 ? "invalid UTF-8" : "no character",
			 tenor_converter_error_offset(g->conv));
		return rc;
	}
	if (rc)
		return rc;
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

/* The record as CSV again, for the rejects table. */
static int csv_raw(struct ingest *g, const struct tenor_csv_row *row, int delim)
{
	size_t i, j;
	buf_reset(&g->raw);
	for (i = 0; i < row->nfields; i++) {
		const char *f = row->fields[i];
		int quote = 0;
		if (i && buf_addc(&g->raw, (char)delim))
			return TENOR_ENOMEM;
		for (j = 0; j < row->lens[i]; j++)
			if (f[j] == '"' || f[j] == delim || f[j] == '\n' || f[j] == '\r')
				quote = 1;
		if (quote && buf_addc(&g->raw, '"'))
			return TENOR_ENOMEM;
		for (j = 0; j < row->lens[i]; j++)
			if ((f[j] == '"' && quote && buf_addc(&g->raw, '"')) ||
			    buf_addc(&g->raw, f[j]))
				return TENOR_ENOMEM;
		if (quote && buf_addc(&g->raw, '"'))
			return TENOR_ENOMEM;
	}
	return TENOR_OK;
}

/* Is header name (s, n) the one asked for, or one of the usual ones? Case does not matter:
 * "--group team" finds a column "Team". */
static const char *name_matches(const struct ingest *g, int k, const char *s, size_t n)
{
	size_t j;

	if (!g->usual[k])
		return strlen(g->names[k]) == n && strncasecmp(s, g->names[k], n) == 0 ? g->names[k]
										       : NULL;
	for (j = 0; usual_names[k][j]; j++)
		if (strlen(usual_names[k][j]) == n && strncasecmp(s, usual_names[k][j], n) == 0)
			return usual_names[k][j];
	return NULL;
}

static int csv_header(struct ingest *g, const struct tenor_csv_row *h)
{
	size_t i;
	int k;
	char utf[256];

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
			g->col[k] = (int)i;
			/* A column the run uses must be unambiguous. */
			for (j = i + 1; j < h->nfields; j++) {
				const char *u;
				size_t un;
				if (tenor_convert(g->conv, h->fields[j], h->lens[j], &u, &un) == TENOR_OK &&
				    name_matches(g, k, u, un))
					return store_fail(g->db, TENOR_EINVAL,
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
		return store_fail(g->db, TENOR_EINVAL, "%s:%llu: no column '%s' in the header",
				  g->file, (unsigned long long)h->line, utf);
	}
	return TENOR_OK;
}

static int read_csv(struct ingest *g, FILE *f)
{
	struct tenor_csv *c;
	struct tenor_csv_row row;
	char msg[300];
	int rc, k;

	if ((rc = tenor_csv_new(f, g->o->delimiter, g->o->max_field, 0, &c)))
		return rc;
	rc = tenor_csv_next(c, &row);
	if (rc == TENOR_OK && row.nfields == 0)
		rc = store_fail(g->db, TENOR_EINVAL, "%s: empty file, no header row", g->file);
	else if (rc == TENOR_EIO)
		rc = store_fail(g->db, TENOR_EIO, "cannot read '%s': %s", g->file, strerror(errno));
	else if (rc == TENOR_ENOMEM)
		rc = store_fail(g->db, TENOR_ENOMEM, "out of memory");
	else if (rc)
		rc = store_fail(g->db, TENOR_EINVAL, "%s:%zu: header: %s", g->file, row.line,
				tenor_csv_error(c));
	else
		rc = csv_header(g, &row);
	while (rc == TENOR_OK) {
		rc = tenor_csv_next(c, &row);
		if (rc == TENOR_ELIMIT || rc == TENOR_EFORMAT) {
			g->c->read++;
			rc = reject(g, row.line, tenor_csv_error(c), NULL, 0);
			continue;
		}
		if (rc == TENOR_EIO) {
			rc = store_fail(g->db, TENOR_EIO, "cannot read '%s': %s", g->file,
					strerror(errno));
			break;
		}
		if (rc || row.nfields == 0)
			break;
		if ((rc = csv_raw(g, &row, tenor_csv_delimiter(c))))
			break;
		clear_fields(g);
		msg[0] = 0;
		for (k = 0; k < NFIELDS && rc == TENOR_OK; k++) {
			if (g->col[k] < 0)
				continue;
			if ((size_t)g->col[k] >= row.nfields) {
				snprintf(msg, sizeof(msg),
					 "%zu fields, but column '%.60s' is field %d of the header",
					 row.nfields, g->names[k], g->col[k] + 1);
				break;
			}
			rc = set_field(g, k, row.fields[g->col[k]], row.lens[g->col[k]], msg,
				       sizeof(msg));
		}
		if (rc == TENOR_EUTF8 || (rc == TENOR_OK && msg[0])) {
			g->c->read++;
			rc = reject(g, row.line, msg, g->raw.data, g->raw.len);
			continue;
		}
		if (rc == TENOR_OK)
			rc = process(g, row.line, g->raw.data, g->raw.len);
		progress(g, f);
	}
	tenor_csv_free(c);
	return rc;
}

/* ---- JSON lines ---- */

static int json_field(struct ingest *g, json_t *obj, int k, char *msg, size_t msgsize)
{
	json_t *v = NULL;
	char num[64];

	if (!g->usual[k])
		v = json_object_get(obj, g->names[k]);
	if (!v) {
		const char *key;
		json_t *val;
		json_object_foreach(obj, key, val)
			if (name_matches(g, k, key, strlen(key))) {
				v = val;
				break;
			}
	}

	if (!v)
		return TENOR_OK;
	switch (json_typeof(v)) {
	case JSON_STRING:
		/* the same limit as a CSV field */
		if (json_string_length(v) > (g->o->max_field ? g->o->max_field : DEFAULT_MAX_FIELD)) {
			snprintf(msg, msgsize, "field '%.60s' is longer than %zu bytes", g->names[k],
				 g->o->max_field ? g->o->max_field : DEFAULT_MAX_FIELD);
			return TENOR_EFORMAT;
		}
		g->has[k] = 1;
		return buf_add(&g->val[k], json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		break;
	case JSON_REAL:
		snprintf(num, sizeof(num), "%.17g", json_real_value(v));
		break;
	case JSON_TRUE:
	case JSON_FALSE:
		snprintf(num, sizeof(num), "%s", json_is_true(v) ? "true" : "false");
		break;
	case JSON_NULL:
		return TENOR_OK;
	default:
		snprintf(msg, msgsize, "field '%.60s' holds %s, not a value", g->names[k],
			 json_is_object(v) ? "an object" : "an array");
		return TENOR_EFORMAT;
	}
	g->has[k] = 1;
	return buf_adds(&g->val[k], num);
}

static int read_jsonl(struct ingest *g, FILE *f)
{
	struct tenor_lines *lr;
	const char *line;
	size_t len, lineno;
	char msg[300];
	int rc, k;

	if (g->o->encoding != TENOR_ENC_UTF8)
		return store_fail(g->db, TENOR_EINVAL, "%s: JSON lines are UTF-8, not another "
						      "encoding", g->file);
	if ((rc = tenor_lines_new(f, g->o->max_field ? g->o->max_field * 16 : 0, &lr)))
		return rc;
	while ((rc = tenor_lines_next(lr, &line, &len, &lineno)) != TENOR_EIO) {
		json_error_t err;
		json_t *obj;
		if (rc == TENOR_ELIMIT) {
			g->c->read++;
			if ((rc = reject(g, lineno, "line longer than its limit", NULL, 0)))
				break;
			continue;
		}
		if (rc || !line)
			break;
		if (lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
			line += 3, len -= 3;
		if (is_blank(line, len))
			continue;
		obj = json_loadb(line, len, 0, &err);
		if (!obj || !json_is_object(obj)) {
			if (obj)
				snprintf(msg, sizeof(msg), "not a JSON object");
			else
				snprintf(msg, sizeof(msg), "not JSON: %s (column %d)", err.text,
					 err.column);
			json_decref(obj);
			g->c->read++;
			if ((rc = reject(g, lineno, msg, line, len)))
				break;
			continue;
		}
		clear_fields(g);
		msg[0] = 0;
		for (k = 0, rc = TENOR_OK; k < NFIELDS && rc == TENOR_OK; k++)
			if (g->names[k])
				rc = json_field(g, obj, k, msg, sizeof(msg));
		json_decref(obj);
		if (rc == TENOR_EFORMAT) {
			g->c->read++;
			rc = reject(g, lineno, msg, line, len);
		} else if (rc == TENOR_OK) {
			rc = process(g, lineno, line, len);
		}
		if (rc)
			break;
		progress(g, f);
	}
	if (rc == TENOR_EIO)
		rc = store_fail(g->db, TENOR_EIO, "cannot read '%s': %s", g->file, strerror(errno));
	tenor_lines_free(lr);
	return rc;
}

/* ---- plain text ---- */

/* The ISO date a file name holds ("2024-05-14-coaching.txt"), or NULL. */
static const char *date_in_name(const char *path, char *buf)
{
	const char *base = strrchr(path, '/');
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
	}
	return NULL;
}

static int txt_flush(struct ingest *g, unsigned long long line)
{
	char msg[300];
	int rc;

	clear_fields(g);
	rc = set_field(g, F_TEXT, g->raw.data, g->raw.len, msg, sizeof(msg));
	if (rc == TENOR_EUTF8) {
		g->c->read++;
		rc = reject(g, line, msg, g->raw.data, g->raw.len);
	} else if (rc == TENOR_OK) {
		rc = process(g, line, g->raw.data, g->raw.len);
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
	char namedate[11];
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
	if ((rc = tenor_lines_new(f, max, &lr))) {
		g->o = saved;
		return rc;
	}
	buf_reset(&g->raw);
	for (;;) {
		int end;
		rc = tenor_lines_next(lr, &line, &len, &lineno);
		if (rc == TENOR_ELIMIT) {
			too_long = 1;
			line = "";
			len = 0;
		} else if (rc) {
			break;
		}
		if (line && lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
			line += 3, len -= 3;
		/* A document ends with the file, with every line (lines), or at a blank line
		 * (paragraphs); blank lines and paragraphs are no documents, an empty file is
		 * an empty one. */
		end = !line || o.split == TENOR_SPLIT_LINES ||
		      (o.split == TENOR_SPLIT_PARAGRAPHS && is_blank(line, len));
		if (line && !(end && o.split == TENOR_SPLIT_PARAGRAPHS)) {
			if (g->raw.len == 0)
				start = lineno;
			if (g->raw.len + len + 1 > max)
				too_long = 1;
			else if ((g->raw.len && (rc = buf_addc(&g->raw, '\n'))) ||
				 (rc = buf_add(&g->raw, line, len)))
				break;
		}
		if (end) {
			if (too_long) {
				g->c->read++;
				rc = reject(g, start, "text longer than its limit", NULL, 0);
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
		rc = store_fail(g->db, TENOR_EIO, "cannot read '%s': %s", g->file, strerror(errno));
	tenor_lines_free(lr);
	g->o = saved;
	return rc;
}

/* ---- batches ---- */

static enum tenor_format format_of(const char *path, FILE *f)
{
	const char *dot = strrchr(path, '.');
	int ch;

	if (dot && strchr(dot, '/') == NULL) {
		if (!strcmp(dot, ".csv") || !strcmp(dot, ".tsv"))
			return TENOR_FORMAT_CSV;
		if (!strcmp(dot, ".jsonl") || !strcmp(dot, ".ndjson") || !strcmp(dot, ".json"))
			return TENOR_FORMAT_JSONL;
		if (!strcmp(dot, ".txt") || !strcmp(dot, ".md"))
			return TENOR_FORMAT_TXT;
	}
	/* Standard input or an unknown name: JSON lines start with '{'. */
	while ((ch = getc(f)) == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
		;
	if (ch != EOF)
		ungetc(ch, f);
	return ch == '{' ? TENOR_FORMAT_JSONL : TENOR_FORMAT_CSV;
}

static int ingest_file(struct ingest *g, const char *path)
{
	FILE *f = stdin;
	const char *base;
	enum tenor_format fmt;
	int rc;

	g->file = strcmp(path, "-") == 0 ? "stdin" : path;
	base = strrchr(g->file, '/');
	g->source = g->o->source ? g->o->source : base ? base + 1 : g->file;
	if (strcmp(path, "-") != 0 && !(f = fopen(path, "rb")))
		return store_fail(g->db, TENOR_EIO, "cannot open '%s': %s", path, strerror(errno));
	fmt = g->o->format != TENOR_FORMAT_AUTO ? g->o->format : format_of(path, f);
	rc = fmt == TENOR_FORMAT_CSV ? read_csv(g, f)
	     : fmt == TENOR_FORMAT_JSONL ? read_jsonl(g, f)
					 : read_txt(g, f);
	if (f != stdin)
		fclose(f);
	return rc;
}

static char *options_json(const struct tenor_ingest_options *o)
{
	static const char *const formats[] = { "auto", "csv", "jsonl", "txt" };
	static const char *const encs[] = { "utf-8", "cp1252", "latin1" };
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
	obj = json_pack("{s:s,s:s?,s:s?,s:s?,s:s?,s:s?,s:o,s:s?,s:s?,s:s,s:s,s:s?,s:b,s:b,s:b}",
			"format", formats[o->format], "text", o->text_col, "id", o->id_col,
			"date", o->date_col, "fixed_date", o->fixed_date, "date_format",
			o->date_format, "groups", groups, "lang", o->lang, "lang_col", o->lang_col,
			"encoding", encs[o->encoding], "split", splits[o->split], "source",
			o->source, "no_text", o->no_text, "redact", o->redact, "strict", o->strict);
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

static int start_batch(struct ingest *g, const char *const *files, size_t nfiles)
{
	json_t *arr = json_array();
	char *sources = NULL, *opts = NULL;
	size_t i;
	int rc = TENOR_ENOMEM;

	for (i = 0; arr && i < nfiles; i++)
		if (json_array_append_new(arr, json_string(files[i]))) {
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

static void ingest_release(struct ingest *g)
{
	int k;
	tenor_converter_free(g->conv);
	tenor_redactor_free(g->red);
	for (k = 0; k < NFIELDS; k++)
		buf_release(&g->val[k]);
	buf_release(&g->key);
	buf_release(&g->raw);
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
	if ((rc = tenor_converter_new(o->encoding, &g.conv)) ||
	    (o->redact && (rc = tenor_redactor_new(&g.red)))) {
		ingest_release(&g);
		return rc;
	}
	if ((rc = store_begin(db)) == TENOR_OK && (rc = start_batch(&g, files, nfiles)) == TENOR_OK) {
		for (i = 0; i < nfiles && rc == TENOR_OK; i++) {
			set_names(&g);
			rc = ingest_file(&g, files[i]);
		}
	}
	if (rc == TENOR_OK && o->strict && counts->rejected)
		rc = store_fail(db, TENOR_EFORMAT, "%llu record(s) rejected: nothing stored (strict)",
				counts->rejected);
	if (rc == TENOR_OK && (rc = agg_flush(db)) == TENOR_OK &&
	    (rc = store_batch_finish(db, g.batch, counts)) == TENOR_OK &&
	    (rc = store_commit(db)) == TENOR_OK)
		counts->batch = g.batch;
	if (rc)
		store_rollback(db);
	ingest_release(&g);
	return rc;
}
