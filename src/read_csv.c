/*
 * read_csv.c - the CSV reader, the first stage for spreadsheet and database exports.
 *
 * It reads RFC 4180 CSV as exports really are: quoted fields holding delimiters, doubled
 * quotes and line breaks; LF or CRLF record ends; a UTF-8 BOM at the start; ',' ';' or tab
 * as the delimiter, given or detected from the first record. A quote inside an unquoted
 * field is taken literally, as spreadsheets do. Bytes pass through unchanged: converting
 * the encoding is a later stage's work.
 *
 * The FILE is read in fixed chunks by a byte-level state machine, and only the record being
 * read is kept, with every field bounded by max_field, the field count by max_fields and
 * the whole record by CSV_RECORD_MAX, or one field at its limit where that is more.
 * A record that breaks a limit or the quoting rules is read to its end without being kept
 * and reported as an error for that record only, so the reader always resynchronizes on the
 * next record.
 */
#include "alloc.h"
#include "tenor.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#define CSV_CHUNK ((size_t)64 * 1024)
#define CSV_DEFAULT_MAX_FIELD ((size_t)1 << 20)
#define CSV_DEFAULT_MAX_FIELDS ((size_t)10000)
/* A whole record is bounded too, so that many fields each under max_field cannot add up to
 * more memory than this (the defaults alone would allow 10 GiB; a survey export
 * has no reason for a record over 16 MiB). */
#define CSV_RECORD_MAX ((size_t)16 << 20)
/* What is kept of a record's bytes as they were read, for a reject's raw bytes: more than
 * the rejects table keeps (4 KiB), so that it can tell a record it cut. */
#define CSV_RAW_MAX ((size_t)64 * 1024)

enum csv_state {
	CSV_FIELD_START,  /* nothing of the current field read yet */
	CSV_UNQUOTED,     /* in a field that did not start with a quote */
	CSV_QUOTED,       /* inside quotes */
	CSV_QUOTE,        /* after a quote inside quotes: it closes them or starts a "" */
	CSV_CR            /* after a CR outside quotes: an LF must follow to end the record */
};

struct tenor_csv {
	FILE *f;
	char *chunk;              /* CSV_CHUNK bytes; chunk[pos..end) is read, not consumed */
	size_t pos, end;
	int eof;                  /* the FILE has no more input */
	size_t lead;              /* chunk[0..lead) was given back by tenor_csv_unread */
	int started;              /* the BOM and the delimiter are dealt with */
	int bom;                  /* the input starts with a UTF-8 BOM */
	char delim;               /* 0 until detected */
	size_t max_field, max_fields;
	size_t line;              /* the physical line of chunk[pos], 1-based */

	/* The record being read. */
	enum csv_state state;
	enum csv_state cr_from;   /* the state a CR outside quotes was met in */
	int err;                  /* the record's first error, TENOR_OK while none */
	size_t rec_line;          /* the line the record starts on */
	size_t quote_line;        /* the line the open quote is on */
	int quoted_lf;            /* the last byte read was an LF inside quotes */
	size_t nf;                /* fields ended so far */
	size_t field_start;       /* offset of the current field in rec */
	struct buf rec;           /* the fields' bytes, each followed by a NUL */
	size_t *lens;             /* lens[i]: length of field i */
	size_t lens_cap;
	const char **fields;      /* pointers into rec, built when the record ends */
	size_t fields_cap;
	struct buf raw;           /* the record's first CSV_RAW_MAX bytes as read */
	size_t raw_from;          /* chunk[raw_from..pos) is read but not yet in raw */
	char msg[160];            /* the message for err, "" when none */
};

/*
 * Creates a reader over f, which stays open and owned by the caller and must outlive the
 * reader. delimiter is ',', ';', '\t', or 0 to detect it from the first record; max_field
 * (0 = 1 MiB) bounds a field in bytes and max_fields (0 = 10,000) the fields of a record.
 * On success *out is owned by the caller (tenor_csv_free). Errors: TENOR_EINVAL for a NULL
 * f or out or another delimiter, TENOR_ENOMEM.
 */
int tenor_csv_new(FILE *f, int delimiter, size_t max_field, size_t max_fields,
		  struct tenor_csv **out)
{
	struct tenor_csv *c;

	if (!out)
		return TENOR_EINVAL;
	*out = NULL;
	if (!f || (delimiter != 0 && delimiter != ',' && delimiter != ';' && delimiter != '\t'))
		return TENOR_EINVAL;
	c = tenor_calloc(1, sizeof(*c));
	if (!c)
		return TENOR_ENOMEM;
	c->chunk = tenor_malloc(CSV_CHUNK);
	if (!c->chunk) {
		tenor_free(c);
		return TENOR_ENOMEM;
	}
	c->f = f;
	c->delim = (char)delimiter;
	c->max_field = max_field ? max_field : CSV_DEFAULT_MAX_FIELD;
	c->max_fields = max_fields ? max_fields : CSV_DEFAULT_MAX_FIELDS;
	/* Room for one field at its limit and its NUL, whatever max_field is. */
	if (c->max_field < CSV_RECORD_MAX)
		c->rec.max = CSV_RECORD_MAX;
	else
		c->rec.max = c->max_field < SIZE_MAX ? c->max_field + 1 : SIZE_MAX;
	c->line = 1;
	*out = c;
	return TENOR_OK;
}

int tenor_csv_unread(struct tenor_csv *c, const char *p, size_t n)
{
	if (c->started || n >= CSV_CHUNK)
		return TENOR_EINVAL;
	memcpy(c->chunk, p, n);
	c->lead = n;
	return TENOR_OK;
}

/* Frees the reader and its buffers, not the FILE. NULL is a no-op. */
void tenor_csv_free(struct tenor_csv *c)
{
	if (!c)
		return;
	buf_release(&c->rec);
	buf_release(&c->raw);
	tenor_free(c->lens);
	tenor_free(c->fields);
	tenor_free(c->chunk);
	tenor_free(c);
}

/* The delimiter given to tenor_csv_new, or the detected one once tenor_csv_next has been
 * called; 0 while it is still to be detected. */
int tenor_csv_delimiter(const struct tenor_csv *c)
{
	return c->delim;
}

/* Whether the input started with a UTF-8 BOM, once tenor_csv_next has been called. */
int tenor_csv_bom(const struct tenor_csv *c)
{
	return c->bom;
}

/* The bytes the last record was read from, for a record that failed too. */
const char *tenor_csv_raw(const struct tenor_csv *c, size_t *len)
{
	*len = c->raw.len;
	return c->raw.data ? c->raw.data : "";
}

/* The message for the error the last tenor_csv_next returned, "" after success. Owned by
 * the reader, valid until its next call. */
const char *tenor_csv_error(const struct tenor_csv *c)
{
	return c->msg;
}

/* Marks the record as failed with rc and a message, unless it already failed: the first
 * error is the one reported. From then on nothing of the record's fields is kept. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void csv_fail(struct tenor_csv *c, int rc, const char *fmt, ...)
{
	va_list ap;

	if (c->err)
		return;
	c->err = rc;
	va_start(ap, fmt);
	vsnprintf(c->msg, sizeof(c->msg), fmt, ap);
	va_end(ap);
}

/* Adds chunk[raw_from..upto) to the record's raw bytes, as far as CSV_RAW_MAX. */
static void csv_keep_raw(struct tenor_csv *c, size_t upto)
{
	size_t n = upto - c->raw_from;

	if (n > CSV_RAW_MAX - c->raw.len)
		n = CSV_RAW_MAX - c->raw.len;
	if (n && buf_add(&c->raw, c->chunk + c->raw_from, n))
		csv_fail(c, TENOR_ENOMEM, "out of memory");
	c->raw_from = upto;
}

/* Refills the chunk once it is all consumed; at the end of input it stays empty. */
static int csv_fill(struct tenor_csv *c)
{
	size_t n;

	if (c->eof)
		return TENOR_OK;
	csv_keep_raw(c, c->end);
	c->raw_from = 0;
	n = fread(c->chunk + c->lead, 1, CSV_CHUNK - c->lead, c->f);
	c->pos = 0;
	c->end = c->lead + n;
	if (n < CSV_CHUNK - c->lead) {
		if (ferror(c->f)) {
			snprintf(c->msg, sizeof(c->msg), "read error: %s", strerror(errno));
			return TENOR_EIO;
		}
		c->eof = 1;
	}
	c->lead = 0;
	return TENOR_OK;
}

/*
 * Picks the delimiter that occurs most often outside quotes in the first non-blank record
 * of p, ',' on a tie or when none occurs. Only what the first chunk holds is looked at,
 * which is the whole record but for very long ones. Every quote toggles the quoting: a
 * doubled quote toggles twice and so changes nothing.
 */
static char csv_detect(const char *p, size_t n)
{
	size_t comma = 0, semicolon = 0, tab = 0, i;
	int quoted = 0, seen = 0;

	for (i = 0; i < n; i++) {
		char b = p[i];

		if (b == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (b == '\n' && seen)
			break;
		else if (b == ',')
			comma++;
		else if (b == ';')
			semicolon++;
		else if (b == '\t')
			tab++;
		if (b != '\n' && b != '\r')
			seen = 1;
	}
	if (semicolon > comma && semicolon > tab)
		return ';';
	if (tab > comma && tab > semicolon)
		return '\t';
	return ',';
}

/* Reads the first chunk: skips a BOM and detects the delimiter when none was given. */
static int csv_start(struct tenor_csv *c)
{
	int rc = csv_fill(c);

	if (rc)
		return rc;
	if (c->end >= 3 && memcmp(c->chunk, "\xEF\xBB\xBF", 3) == 0) {
		c->pos = 3;
		c->bom = 1;
	}
	if (!c->delim)
		c->delim = csv_detect(c->chunk + c->pos, c->end - c->pos);
	c->started = 1;
	return TENOR_OK;
}

/* Fails the record for a status of the record buffer: over its ceiling, or out of memory. */
static void csv_buf_fail(struct tenor_csv *c, int rc)
{
	if (rc == TENOR_ELIMIT)
		csv_fail(c, rc, "record is longer than %zu bytes", c->rec.max);
	else
		csv_fail(c, rc, "out of memory");
}

/* Appends n bytes to the current field, within max_field. */
static void csv_add(struct tenor_csv *c, const char *p, size_t n)
{
	size_t have = c->rec.len - c->field_start;
	int rc;

	if (c->err)
		return;
	if (n > c->max_field - have) {
		csv_fail(c, TENOR_ELIMIT, "field %zu is longer than %zu bytes", c->nf + 1,
			 c->max_field);
		return;
	}
	if ((rc = buf_add(&c->rec, p, n)))
		csv_buf_fail(c, rc);
}

/* Ends the current field: records its length and NUL-terminates it. */
static void csv_end_field(struct tenor_csv *c)
{
	c->state = CSV_FIELD_START;
	if (!c->err && c->nf == c->max_fields)
		csv_fail(c, TENOR_ELIMIT, "record has more than %zu fields", c->max_fields);
	if (!c->err) {
		int rc = tenor_grow(&c->lens, &c->lens_cap, c->nf + 1, sizeof(*c->lens));

		if (rc || (rc = buf_addc(&c->rec, 0)))
			csv_buf_fail(c, rc);
		else
			c->lens[c->nf] = c->rec.len - 1 - c->field_start;
		c->field_start = c->rec.len;
	}
	c->nf++;
}

/* Forgets the record read so far and starts a new one at the current line. */
static void csv_reset(struct tenor_csv *c)
{
	buf_reset(&c->rec);
	buf_reset(&c->raw);
	c->raw_from = c->pos;
	c->state = CSV_FIELD_START;
	c->err = TENOR_OK;
	c->rec_line = c->line;
	c->quoted_lf = 0;
	c->nf = 0;
	c->field_start = 0;
}

/* Ends the record on end_line and hands it out in row, or its error. */
static int csv_emit(struct tenor_csv *c, struct tenor_csv_row *row, size_t end_line)
{
	size_t i, off = 0;

	csv_end_field(c);
	csv_keep_raw(c, c->pos);
	while (c->raw.len && (c->raw.data[c->raw.len - 1] == '\n' ||
			      c->raw.data[c->raw.len - 1] == '\r'))
		c->raw.len--;
	row->line = c->rec_line;
	row->end_line = end_line;
	if (!c->err &&
	    tenor_grow(&c->fields, &c->fields_cap, c->nf, sizeof(*c->fields)))
		csv_fail(c, TENOR_ENOMEM, "out of memory");
	if (c->err)
		return c->err;
	for (i = 0; i < c->nf; i++) {
		c->fields[i] = c->rec.data + off;
		off += c->lens[i] + 1;
	}
	row->nfields = c->nf;
	row->fields = c->fields;
	row->lens = c->lens;
	return TENOR_OK;
}

/* Whether the record so far is an empty line: nothing was read but maybe a CR. */
static int csv_blank(const struct tenor_csv *c)
{
	return c->nf == 0 && (c->state == CSV_FIELD_START ||
			      (c->state == CSV_CR && c->cr_from == CSV_FIELD_START));
}

/* Consumes the bytes of a run inside quotes, up to the next quote, counting lines. */
static void csv_quoted_run(struct tenor_csv *c)
{
	const char *p = c->chunk + c->pos;
	const char *q = memchr(p, '"', c->end - c->pos);
	size_t n = q ? (size_t)(q - p) : c->end - c->pos, i;

	for (i = 0; i < n; i++)
		c->line += p[i] == '\n';
	if (n)
		c->quoted_lf = p[n - 1] == '\n';
	csv_add(c, p, n);
	c->pos += n;
}

/* Consumes the bytes of a run in an unquoted field, up to a delimiter or a line end. */
static void csv_unquoted_run(struct tenor_csv *c)
{
	const char *p = c->chunk + c->pos;
	size_t n = c->end - c->pos, i;

	for (i = 0; i < n && p[i] != c->delim && p[i] != '\n' && p[i] != '\r'; i++)
		;
	csv_add(c, p, i);
	c->pos += i;
}

/*
 * Feeds the byte at chunk[pos] to the state machine, outside a run. Returns 1 when it is an
 * LF that ends the record, leaving the state as it was so that csv_blank still applies.
 * The byte is consumed except after a lone CR, where it is looked at again in the new state.
 */
static int csv_step(struct tenor_csv *c, char b)
{
	c->pos++;
	c->quoted_lf = 0;
	switch (c->state) {
	case CSV_FIELD_START:
		if (b == '"') {
			c->state = CSV_QUOTED;
			c->quote_line = c->line;
		} else if (b == c->delim) {
			csv_end_field(c);
		} else if (b == '\r') {
			c->cr_from = CSV_FIELD_START;
			c->state = CSV_CR;
		} else if (b == '\n') {
			return 1;
		} else {
			csv_add(c, &b, 1);
			c->state = CSV_UNQUOTED;
		}
		break;
	case CSV_UNQUOTED:
		/* The run stopped at a delimiter or a line end. */
		if (b == c->delim) {
			csv_end_field(c);
		} else if (b == '\r') {
			c->cr_from = CSV_UNQUOTED;
			c->state = CSV_CR;
		} else {
			return 1;
		}
		break;
	case CSV_QUOTED:
		/* The run stopped at a quote. */
		c->state = CSV_QUOTE;
		break;
	case CSV_QUOTE:
		if (b == '"') {
			csv_add(c, &b, 1);
			c->state = CSV_QUOTED;
		} else if (b == c->delim) {
			csv_end_field(c);
		} else if (b == '\r') {
			c->cr_from = CSV_QUOTE;
			c->state = CSV_CR;
		} else if (b == '\n') {
			return 1;
		} else {
			/* The rest of the field is read as unquoted text, so the record ends
			 * where it would without the error. */
			csv_fail(c, TENOR_EFORMAT,
				 "unexpected character after closing quote on line %zu", c->line);
			c->state = CSV_UNQUOTED;
		}
		break;
	case CSV_CR:
		if (b == '\n')
			return 1;
		c->pos--;
		if (c->cr_from == CSV_QUOTE)
			csv_fail(c, TENOR_EFORMAT,
				 "unexpected character after closing quote on line %zu", c->line);
		else
			csv_add(c, "\r", 1);
		c->state = CSV_UNQUOTED;
		break;
	}
	return 0;
}

/*
 * Reads the next record into row: its fields (NUL-terminated, owned by the reader, valid
 * until the next call), their lengths, and the lines it starts and ends on. Blank lines are
 * skipped. At the end of input: TENOR_OK with row->nfields == 0. A record that fails is
 * read to its end and reported with row->line and row->end_line set and row->nfields == 0,
 * and tenor_csv_error() saying why; the next call goes on with the next record:
 *  - TENOR_ELIMIT: a field is over max_field or the record has more than max_fields;
 *  - TENOR_EFORMAT: text follows a closing quote, or a quote is never closed;
 *  - TENOR_ENOMEM.
 * TENOR_EIO on a read error, with row->line where the lost record started.
 */
int tenor_csv_next(struct tenor_csv *c, struct tenor_csv_row *row)
{
	int rc;

	row->nfields = 0;
	row->fields = NULL;
	row->lens = NULL;
	row->line = row->end_line = c->line;
	c->msg[0] = 0;
	if (!c->started && (rc = csv_start(c)))
		return rc;
	csv_reset(c);
	for (;;) {
		if (c->pos == c->end) {
			if ((rc = csv_fill(c))) {
				row->line = row->end_line = c->rec_line;
				return rc;
			}
			if (c->pos == c->end) {
				if (csv_blank(c))
					return TENOR_OK;
				/* the quote left open explains a field over its limit too */
				if (c->state == CSV_QUOTED && c->err == TENOR_ELIMIT)
					c->err = TENOR_OK;
				if (c->state == CSV_QUOTED)
					csv_fail(c, TENOR_EFORMAT,
						 "quote opened on line %zu is never closed: the "
						 "rest of the input, to line %zu, is in this record",
						 c->quote_line, c->line - c->quoted_lf);
				/* A record cut short after an LF ends on the line before. */
				return csv_emit(c, row, c->line - c->quoted_lf);
			}
		}
		if (c->state == CSV_QUOTED)
			csv_quoted_run(c);
		else if (c->state == CSV_UNQUOTED)
			csv_unquoted_run(c);
		if (c->pos == c->end || !csv_step(c, c->chunk[c->pos]))
			continue;
		c->line++;
		if (csv_blank(c)) {
			csv_reset(c);
			continue;
		}
		return csv_emit(c, row, c->line - 1);
	}
}
