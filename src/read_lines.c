/*
 * read_lines.c - the line reader, the first stage for JSON lines and plain text input.
 *
 * It reads a FILE in fixed chunks and hands out one line at a time, copied into a buffer
 * whose ceiling is the longest line accepted, so memory stays at one chunk plus one line
 * whatever the input size. A line longer than the ceiling is read to its end without being
 * kept and reported as an error for that line only.
 */
#include "alloc.h"
#include "tenor.h"

#include <string.h>

#define LINES_CHUNK ((size_t)64 * 1024)
#define LINES_DEFAULT_MAX ((size_t)16 << 20)

struct tenor_lines {
	FILE *f;
	char *chunk;        /* LINES_CHUNK bytes; chunk[pos..end) is read but not consumed */
	size_t pos, end;
	int eof;            /* the FILE has no more input */
	size_t lead;        /* chunk[0..lead) was given back by tenor_lines_unread */
	int cr;             /* a CR ended the last run: it is part of the line unless LF follows */
	size_t lineno;      /* lines handed out or skipped so far */
	struct buf line;    /* the current line, max = max_line */
};

/*
 * Creates a reader over f, which stays open and owned by the caller and must outlive the
 * reader. max_line is the longest line accepted in bytes, 0 for 16 MiB. On success *out is
 * owned by the caller (tenor_lines_free). Errors: TENOR_EINVAL when f or out is NULL,
 * TENOR_ENOMEM.
 */
int tenor_lines_new(FILE *f, size_t max_line, struct tenor_lines **out)
{
	struct tenor_lines *r;

	if (!out)
		return TENOR_EINVAL;
	*out = NULL;
	if (!f)
		return TENOR_EINVAL;
	r = tenor_calloc(1, sizeof(*r));
	if (!r)
		return TENOR_ENOMEM;
	r->chunk = tenor_malloc(LINES_CHUNK);
	if (!r->chunk) {
		tenor_free(r);
		return TENOR_ENOMEM;
	}
	r->f = f;
	r->line.max = max_line ? max_line : LINES_DEFAULT_MAX;
	*out = r;
	return TENOR_OK;
}

/* Frees the reader and its buffers, not the FILE. NULL is a no-op. */
void tenor_lines_free(struct tenor_lines *r)
{
	if (!r)
		return;
	buf_release(&r->line);
	tenor_free(r->chunk);
	tenor_free(r);
}

/* Refills the chunk once it is all consumed; at the end of input it stays empty. */
static int lines_fill(struct tenor_lines *r)
{
	size_t n;

	if (r->eof)
		return TENOR_OK;
	n = fread(r->chunk + r->lead, 1, LINES_CHUNK - r->lead, r->f);
	r->pos = 0;
	r->end = r->lead + n;
	if (n < LINES_CHUNK - r->lead) {
		if (ferror(r->f))
			return TENOR_EIO;
		r->eof = 1;
	}
	r->lead = 0;
	return TENOR_OK;
}

/* Appends a run of the line unless an earlier run already failed; the first failure wins.
 * Of a line over the limit, the start that fits is kept, for a reject's raw bytes. */
static void lines_add(struct tenor_lines *r, const char *p, size_t n, int *rc)
{
	if (*rc != TENOR_OK)
		return;
	if (n > r->line.max - r->line.len) {
		buf_add(&r->line, p, r->line.max - r->line.len);
		*rc = TENOR_ELIMIT;
		return;
	}
	*rc = buf_add(&r->line, p, n);
}

/* The bytes given back are read first: the first chunk's fill reads after them. */
int tenor_lines_unread(struct tenor_lines *r, const char *p, size_t n)
{
	if (r->end || r->lineno || n >= LINES_CHUNK)
		return TENOR_EINVAL;
	memcpy(r->chunk, p, n);
	r->lead = n;
	return TENOR_OK;
}

/*
 * Reads the next line into *line (NUL-terminated, owned by the reader, valid until the next
 * call) and *len (embedded NULs count), and its 1-based number into *lineno. At the end of
 * input: TENOR_OK with *line == NULL. A line over max_line (TENOR_ELIMIT) or one that ran out
 * of memory (TENOR_ENOMEM) is consumed to its end and reported with *lineno set, *line the
 * start of it read within the limit (TENOR_ELIMIT) or NULL (TENOR_ENOMEM); the next call
 * goes on with the following line. TENOR_EIO on a read error.
 */
int tenor_lines_next(struct tenor_lines *r, const char **line, size_t *len, size_t *lineno)
{
	int rc = TENOR_OK, any = 0;

	*line = NULL;
	*len = 0;
	buf_reset(&r->line);
	for (;;) {
		const char *p, *nl;
		size_t n, keep;

		if (r->pos == r->end) {
			if (lines_fill(r) != TENOR_OK)
				return TENOR_EIO;
			if (r->pos == r->end)
				break;
		}
		any = 1;
		p = r->chunk + r->pos;
		nl = memchr(p, '\n', r->end - r->pos);
		n = nl ? (size_t)(nl - p) : r->end - r->pos;
		r->pos += n + (nl != NULL);
		/* A CR held back at the end of the previous run belongs to the line unless this
		 * run starts with the LF that makes it a CRLF. */
		if (r->cr && !(nl && n == 0))
			lines_add(r, "\r", 1, &rc);
		r->cr = 0;
		keep = n;
		if (keep && p[keep - 1] == '\r') {
			keep--;
			r->cr = !nl;
		}
		lines_add(r, p, keep, &rc);
		if (nl)
			break;
	}
	/* A CR right before the end of input is a line end cut short: it is dropped. */
	r->cr = 0;
	if (!any) {
		*lineno = r->lineno;
		return TENOR_OK;
	}
	*lineno = ++r->lineno;
	if (rc == TENOR_ELIMIT) {
		*line = r->line.data ? r->line.data : "";
		*len = r->line.len;
	}
	if (rc != TENOR_OK)
		return rc;
	*line = r->line.data;
	*len = r->line.len;
	return TENOR_OK;
}
