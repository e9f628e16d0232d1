/*
 * write_table.c - the table writer, the default output for a person at a terminal.
 *
 * Per group (all documents first), a header line with the group's name and a sparkline of
 * its pressure index over the dated periods (▁ for -1 up to █ for 1, · where there is
 * none), then one line per period:
 *
 *   Nord  pressure index ▁▃·█
 *   period   docs  index  pressure  advisory
 *   2025-Q1   110  -0.90   32.7%     23.6%
 *   2025-Q2   111  -0.30   34.2% ▲   25.2%
 *   2025-Q3  withheld (n < 5)
 *   2025-Q4   113  +0.90   35.4% ▲   26.5%
 *   undated   114  +0.50   36.8%     28.1%
 *     pressure: up (p=0.003, +0.04/period)
 *     advisory: insufficient
 *
 * The share of documents with hits per category carries ▲/▼ when its change against the
 * previous period is significant; a withheld row gives only the reason (a secondary one:
 * "withheld (protects a part with n < 5)"); the index column and the sparkline are left
 * out when the report has no pressure index. Below each group come its trend verdicts, and
 * the drivers close the output in one line each.
 *
 * Columns are aligned by display width, so names with umlauts or wide characters line up.
 * Strings from the data are printed with their control characters (ESC, newlines, bidi
 * overrides) replaced by '?', so that a group name cannot move the cursor or recolour the
 * terminal. Colour (ANSI SGR) only when asked: bold headers, ▲ red for pressure and green
 * for advisory and reflection (▼ the other way round), withheld rows dim.
 */
#include "report.h"

#include <string.h>
#include <utf8proc.h>

#define BOLD "\x1b[1m"
#define DIM "\x1b[2m"
#define RED "\x1b[31m"
#define GREEN "\x1b[32m"
#define RESET "\x1b[0m"

#define GAP 2            /* spaces between columns */
#define SHARE_WIDTH 8    /* "100.0% ▲" */
#define INDEX_WIDTH 5    /* "+0.31", "index" */
#define ABSENT "\xc2\xb7"

/* One output line. Padding is held back until something follows it, so that lines never
 * end in blanks whatever their last column holds. */
struct line {
	FILE *f;
	int color;
	size_t pending;
};

/* Code points that would steer the terminal rather than show: C0 and C1 controls (ESC
 * starts escape sequences, CR and LF break the layout) and the bidi embeddings, overrides
 * and isolates that reorder what follows them. */
static int unsafe(utf8proc_int32_t cp)
{
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_CC || (cp >= 0x202a && cp <= 0x202e) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

/* Returns the display width of s as line_text prints it, and prints it on out->f unless
 * out is NULL: an unsafe code point or an invalid byte becomes the one-column "?". */
static size_t walk(const char *s, struct line *out)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t width = 0;

	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(p, -1, &cp);
		int w;

		if (k < 0 || unsafe(cp)) {
			if (out)
				fputc('?', out->f);
			width++;
			p += k < 0 ? 1 : k;
			continue;
		}
		w = utf8proc_charwidth(cp);
		width += w > 0 ? (size_t)w : 0;
		if (out)
			fwrite(p, 1, (size_t)k, out->f);
		p += k;
	}
	return width;
}

static size_t text_width(const char *s)
{
	return walk(s, NULL);
}

static void line_pad(struct line *l, size_t n)
{
	l->pending += n;
}

static void line_flush(struct line *l)
{
	for (; l->pending > 0; l->pending--)
		fputc(' ', l->f);
}

static void line_text(struct line *l, const char *s)
{
	line_flush(l);
	walk(s, l);
}

/* The padding goes first, so that a colour covers its text and no blanks. */
static void line_color(struct line *l, const char *sgr)
{
	if (!l->color)
		return;
	line_flush(l);
	fputs(sgr, l->f);
}

static void line_end(struct line *l)
{
	l->pending = 0;
	fputc('\n', l->f);
}

static void line_left(struct line *l, const char *s, size_t width)
{
	size_t w = text_width(s);

	line_text(l, s);
	line_pad(l, width > w ? width - w : 0);
}

static void line_right(struct line *l, const char *s, size_t width)
{
	size_t w = text_width(s);

	line_pad(l, width > w ? width - w : 0);
	line_text(l, s);
}

/* Column widths shared by every group, so that all tables line up with each other. */
struct layout {
	size_t period, docs;
	int index;
};

static size_t max_size(size_t a, size_t b)
{
	return a > b ? a : b;
}

static void layout_init(const struct tenor_report *r, struct layout *w)
{
	size_t i;

	w->period = text_width("period");
	w->docs = strlen("docs");
	w->index = writer_has_index(r);
	for (i = 0; i < r->nperiods; i++)
		w->period = max_size(w->period, text_width(r->periods[i]));
	for (i = 0; i < r->ngroups * r->nperiods; i++)
		if (!r->rows[i].suppressed)
			w->docs = max_size(w->docs, (size_t)snprintf(NULL, 0, "%llu",
								       r->rows[i].docs));
}

static size_t share_width(const struct tenor_report *r, size_t c)
{
	return max_size(text_width(r->categories[c]), SHARE_WIDTH);
}

/* The colour of an arrow: rising pressure is bad news, rising advice or reflection good;
 * other categories stay uncoloured. */
static const char *arrow_color(const struct tenor_report *r, size_t c, const char *arrow)
{
	int rise = strcmp(arrow, "\xe2\x96\xb2") == 0, tone = 0;

	if ((int)c == r->pressure_category)
		tone = -1;
	else if ((int)c == r->advisory_category || strcmp(r->categories[c], "reflection") == 0)
		tone = 1;
	if (!tone)
		return NULL;
	return (tone > 0) == rise ? GREEN : RED;
}

/* The pressure index from -1 to 1 as one of eight blocks, ABSENT where there is none. */
static const char *spark(const struct tenor_row *row)
{
	static const char *const blocks[8] = {
		"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
		"\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88"
	};
	double x;
	int level;

	if (row->suppressed || !row->has_pressure_index)
		return ABSENT;
	x = row->pressure_index < -1 ? -1 : row->pressure_index > 1 ? 1 : row->pressure_index;
	level = (int)((x + 1) / 2 * 8);
	return blocks[level > 7 ? 7 : level];
}

/* A group's name after its column's ("team: Nord"), as HTML shows it, so that no group
 * reads as all documents, whose name is ours; an empty value as "(empty)". */
static void group_name(const struct tenor_report *r, const char *group, struct line *l)
{
	if (!group) {
		line_text(l, "All documents");
		return;
	}
	line_text(l, r->by ? r->by : "group");
	line_text(l, ": ");
	line_text(l, *group ? group : "(empty)");
}

static void group_header(const struct tenor_report *r, const struct layout *w, size_t g,
			 struct line *l)
{
	size_t p;

	line_color(l, BOLD);
	group_name(r, r->groups[g], l);
	line_color(l, RESET);
	if (w->index) {
		line_pad(l, GAP);
		line_text(l, "pressure index");
		line_pad(l, 1);
		for (p = 0; p < r->nperiods; p++)
			if (writer_dated(r->periods[p]))
				line_text(l, spark(writer_row(r, g, p)));
	}
	line_end(l);
}

static void column_header(const struct tenor_report *r, const struct layout *w, struct line *l)
{
	size_t c;

	line_color(l, BOLD);
	line_left(l, "period", w->period);
	line_pad(l, GAP);
	line_right(l, "docs", w->docs);
	if (w->index) {
		line_pad(l, GAP);
		line_right(l, "index", INDEX_WIDTH);
	}
	for (c = 0; c < r->ncategories; c++) {
		line_pad(l, GAP);
		line_right(l, r->categories[c], share_width(r, c));
	}
	line_color(l, RESET);
	line_end(l);
}

/* "42.0% ▲", right-aligned with the arrow in a column of its own. */
static void share_cell(const struct tenor_report *r, const struct tenor_cell *cell, size_t c,
		       struct line *l)
{
	const char *arrow = writer_arrow(&cell->change), *color;
	char buf[WRITER_NUMBER_SIZE];

	snprintf(buf, sizeof(buf), "%.1f%%", 100 * cell->doc_share);
	line_right(l, buf, share_width(r, c) - 2);
	line_pad(l, 1);
	if (!arrow) {
		line_pad(l, 1);
		return;
	}
	color = arrow_color(r, c, arrow);
	if (color)
		line_color(l, color);
	line_text(l, arrow);
	if (color)
		line_color(l, RESET);
}

static void period_row(const struct tenor_report *r, const struct layout *w,
		       const struct tenor_row *row, struct line *l)
{
	char buf[64];
	size_t c;

	line_left(l, row->period, w->period);
	line_pad(l, GAP);
	if (row->suppressed) {
		if (row->secondary)
			snprintf(buf, sizeof(buf), "withheld (protects a part with n < %u)",
				 r->min_group);
		else
			snprintf(buf, sizeof(buf), "withheld (n < %u)", r->min_group);
		line_color(l, DIM);
		line_text(l, buf);
		line_color(l, RESET);
		line_end(l);
		return;
	}
	snprintf(buf, sizeof(buf), "%llu", row->docs);
	line_right(l, buf, w->docs);
	if (w->index) {
		line_pad(l, GAP);
		line_right(l, row->has_pressure_index ? writer_index(row->pressure_index, buf)
						      : ABSENT, INDEX_WIDTH);
	}
	for (c = 0; c < r->ncategories; c++) {
		line_pad(l, GAP);
		share_cell(r, &row->cells[c], c, l);
	}
	line_end(l);
}

/* The trends [from, end), one group's. */
static void group_trends(const struct tenor_report *r, size_t from, size_t end, struct line *l)
{
	char buf[128];
	size_t i;

	for (i = from; i < end; i++) {
		const struct tenor_trend *t = &r->trends[i];
		line_pad(l, 2);
		line_text(l, r->categories[t->category]);
		line_text(l, ": ");
		line_text(l, writer_trend(t, buf, sizeof(buf)));
		line_end(l);
	}
}

/* "  Nord, 2025-Q3, pressure: leistungsdruck ▲ 3→14, termin ▼ 9→2" */
static void drivers(const struct tenor_report *r, struct line *l)
{
	char buf[64];
	size_t i, j;

	if (!r->ndrivers)
		return;
	line_end(l);
	line_color(l, BOLD);
	line_text(l, "Drivers");
	line_color(l, RESET);
	line_end(l);
	for (i = 0; i < r->ndrivers; i++) {
		const struct tenor_driver *d = &r->drivers[i];
		line_pad(l, 2);
		group_name(r, d->group, l);
		line_text(l, ", ");
		line_text(l, d->period);
		line_text(l, ", ");
		line_text(l, r->categories[d->category]);
		line_text(l, ":");
		for (j = 0; j < d->nterms; j++) {
			const struct tenor_term *t = &d->terms[j];
			line_text(l, j ? ", " : " ");
			line_text(l, t->term);
			snprintf(buf, sizeof(buf), " %s %llu\xe2\x86\x92%llu",
				 t->rose ? "\xe2\x96\xb2" : "\xe2\x96\xbc", t->previous, t->count);
			line_text(l, buf);
		}
		line_end(l);
	}
}

/* What the rows leave out or mix, which the other formats say in their header. */
static void notes(const struct tenor_report *r, struct line *l)
{
	char buf[200];

	if (r->unplaced || r->unplaced_withheld) {
		line_end(l);
		line_text(l, "note: ");
		line_text(l, writer_unplaced(r, buf, sizeof(buf)));
		line_text(l, " (a longer --period shows them)");
		line_end(l);
	}
	if (strcmp(r->lexicon_version, "mixed") == 0) {
		if (!r->unplaced && !r->unplaced_withheld)
			line_end(l);
		line_text(l, "note: the documents were scored with different lexicon versions; "
			     "'tenor rescore' scores them all with the current one");
		line_end(l);
	}
}

int write_table(const struct tenor_report *r, int color, FILE *f)
{
	struct line l = { f, color != 0, 0 };
	struct layout w;
	size_t g, p, t = 0, end;

	layout_init(r, &w);
	for (g = 0; g < r->ngroups; g++) {
		if (g)
			line_end(&l);
		group_header(r, &w, g, &l);
		column_header(r, &w, &l);
		for (p = 0; p < r->nperiods; p++)
			period_row(r, &w, writer_row(r, g, p), &l);
		end = writer_trends_end(r, g, t);
		group_trends(r, t, end, &l);
		t = end;
	}
	drivers(r, &l);
	notes(r, &l);
	return ferror(f) ? TENOR_EIO : TENOR_OK;
}
