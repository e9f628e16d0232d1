/*
 * write_md.c - the Markdown writer: the report as GitHub-flavoured Markdown to paste into a
 * wiki page or a ticket.
 *
 * A heading and a line of what the report covers, then one section per group (all
 * documents first) with a table of its periods (documents, pressure index, and per category
 * the share of documents with hits, its 95% interval and ▲/▼ for a significant change), the
 * trend verdicts below it, and the drivers as nested bullet lists at the end. Withheld rows
 * say only that they are withheld and why.
 *
 * Every string from the data is escaped (md_text) so that it stays text: no table cell, no
 * link (GitHub's autolinks included), no emphasis, no HTML.
 */
#include "report.h"

#include <string.h>
#include <strings.h>

/* Writes s as literal text. HTML's own metacharacters become entities so that no tag can
 * get through, Markdown punctuation gets a backslash (CommonMark lets any ASCII punctuation
 * be escaped, so escaping more than needed is harmless), and line breaks and other control
 * characters become spaces because they would end a table row or a list item. GitHub's
 * autolinks (https://..., www...., a@b.de) are broken in what starts them;
 * bidi controls, which would show a name as another, become U+FFFD, as in HTML. */
static void md_text(const char *s, FILE *f)
{
	const char *start = s;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c == ':' && s[1] == '/' && s[2] == '/') ||
		    (c == '.' && s - start >= 3 && strncasecmp(s - 3, "www", 3) == 0))
			fprintf(f, "\\%c", c);
		/* cmark-gfm joins an escaped @ to its text before it looks for addresses: a
		 * word joiner (U+2060, invisible) after it keeps a@b.de text */
		else if (c == '@')
			fputs("@\xE2\x81\xA0", f);
		else if (writer_bidi(s))
			fputs("\xEF\xBF\xBD", f), s += 2;
		else if (c == '&')
			fputs("&amp;", f);
		else if (c == '<')
			fputs("&lt;", f);
		else if (c == '>')
			fputs("&gt;", f);
		else if (strchr("\\`*_[]|~#$", c))
			fprintf(f, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			fputc(' ', f);
		else
			fputc(c, f);
	}
}

/* Text that begins a list item: md_text, with a leading list marker ("-", "+", "1." or
 * "1)") escaped so that it cannot open a nested list. */
static void md_item_text(const char *s, FILE *f)
{
	size_t digits = strspn(s, "0123456789");

	if (s[0] == '-' || s[0] == '+') {
		fputc('\\', f);
	} else if (digits && (s[digits] == '.' || s[digits] == ')')) {
		fwrite(s, 1, digits, f);
		fputc('\\', f);
		s += digits;
	}
	md_text(s, f);
}

/* A group's name after its column's ("team: Nord"), as HTML shows it, so that no group
 * reads as all documents, whose name is ours; an empty value as "(empty)". first: it
 * begins a list item. */
static void md_group_name(const struct tenor_report *r, const char *group, int first, FILE *f)
{
	if (!group) {
		fputs("All documents", f);
		return;
	}
	(first ? md_item_text : md_text)(r->by ? r->by : "group", f);
	fputs(": ", f);
	md_text(*group ? group : "(empty)", f);
}

static void md_meta(const struct tenor_report *r, FILE *f)
{
	char buf[200];

	fputs("# tenor report\n\nPeriod: ", f);
	md_text(r->period_name, f);
	if (r->by) {
		fputs(" · by: ", f);
		md_text(r->by, f);
	}
	fputs(" · lexicon: ", f);
	md_text(r->lexicon_version, f);
	fputs(" · generated: ", f);
	md_text(r->generated_at, f);
	fprintf(f, " · groups with fewer than %u documents are withheld", r->min_group);
	if (r->unplaced || r->unplaced_withheld) {
		fputs(" · ", f);
		md_text(writer_unplaced(r, buf, sizeof(buf)), f);
	}
	fputc('\n', f);
}

static void md_table_header(const struct tenor_report *r, FILE *f)
{
	size_t c;

	fputs("| Period | Documents |", f);
	if (writer_has_index(r))
		fputs(" Pressure index |", f);
	for (c = 0; c < r->ncategories; c++) {
		fputc(' ', f);
		md_text(r->categories[c], f);
		fputs(" |", f);
	}
	fputs("\n| :--- | ---: |", f);
	if (writer_has_index(r))
		fputs(" ---: |", f);
	for (c = 0; c < r->ncategories; c++)
		fputs(" ---: |", f);
	fputc('\n', f);
}

/* "42.0% (33.0–51.0) ▲": the share, its interval, the arrow of a significant change. */
static void md_cell(const struct tenor_cell *cell, FILE *f)
{
	const char *arrow = writer_arrow(&cell->change);

	fprintf(f, " %.1f%% (%.1f\xe2\x80\x93%.1f)", 100 * cell->doc_share, 100 * cell->ci_low,
		100 * cell->ci_high);
	if (arrow)
		fprintf(f, " %s", arrow);
	fputs(" |", f);
}

static void md_row(const struct tenor_report *r, const struct tenor_row *row, FILE *f)
{
	char buf[WRITER_NUMBER_SIZE];
	size_t c, rest = r->ncategories + (writer_has_index(r) ? 1 : 0);

	fputs("| ", f);
	md_text(row->period, f);
	if (row->suppressed) {
		fprintf(f, row->secondary ? " | withheld (protects a part of fewer than %u) |"
					  : " | withheld (fewer than %u) |", r->min_group);
		/* the row keeps the table's column count */
		for (; rest > 0; rest--)
			fputs("  |", f);
		fputc('\n', f);
		return;
	}
	fprintf(f, " | %llu |", row->docs);
	if (writer_has_index(r))
		fprintf(f, " %s |", row->has_pressure_index ? writer_index(row->pressure_index, buf)
							    : "\xe2\x80\x94");
	for (c = 0; c < r->ncategories; c++)
		md_cell(&row->cells[c], f);
	fputc('\n', f);
}

/* "Trends: pressure: up (p=0.003, +0.04/period); advisory: insufficient" for the trends
 * [from, end), one group's; nothing when there are none. */
static void md_trends(const struct tenor_report *r, size_t from, size_t end, FILE *f)
{
	char buf[128];
	size_t i;

	for (i = from; i < end; i++) {
		const struct tenor_trend *t = &r->trends[i];
		fputs(i == from ? "\nTrends: " : "; ", f);
		md_text(r->categories[t->category], f);
		fputs(": ", f);
		md_text(writer_trend(t, buf, sizeof(buf)), f);
	}
	if (end > from)
		fputc('\n', f);
}

/* Group g with its trends, trends[t, end). */
static void md_group(const struct tenor_report *r, size_t g, size_t t, size_t end, FILE *f)
{
	size_t p;

	fputs("\n## ", f);
	md_group_name(r, r->groups[g], 0, f);
	fputs("\n\n", f);
	md_table_header(r, f);
	for (p = 0; p < r->nperiods; p++)
		md_row(r, writer_row(r, g, p), f);
	md_trends(r, t, end, f);
}

/* - Nord, 2025-Q3, pressure
 *   - leistungsdruck ▲ 3 → 14 (G² 9.1) */
static void md_drivers(const struct tenor_report *r, FILE *f)
{
	size_t i, j;

	if (!r->ndrivers)
		return;
	fputs("\n## Drivers\n\n", f);
	for (i = 0; i < r->ndrivers; i++) {
		const struct tenor_driver *d = &r->drivers[i];
		fputs("- ", f);
		md_group_name(r, d->group, 1, f);
		fputs(", ", f);
		md_text(d->period, f);
		fputs(", ", f);
		md_text(r->categories[d->category], f);
		fputc('\n', f);
		for (j = 0; j < d->nterms; j++) {
			const struct tenor_term *t = &d->terms[j];
			fputs("  - ", f);
			md_item_text(t->term, f);
			fprintf(f, " %s %llu \xe2\x86\x92 %llu (G\xc2\xb2 %.1f)\n",
				t->rose ? "\xe2\x96\xb2" : "\xe2\x96\xbc", t->previous, t->count,
				t->g2);
		}
	}
}

int write_md(const struct tenor_report *r, FILE *f)
{
	size_t g, t = 0, end;

	md_meta(r, f);
	for (g = 0; g < r->ngroups; g++) {
		end = writer_trends_end(r, g, t);
		md_group(r, g, t, end, f);
		t = end;
	}
	md_drivers(r, f);
	return ferror(f) ? TENOR_EIO : TENOR_OK;
}
