/*
 * write_prom.c - the Prometheus writer: the latest period of the report in the text
 * exposition format, for node_exporter's textfile collector.
 *
 * The latest period is the report's last dated one ("undated" is never latest). Every
 * metric is a gauge without timestamp:
 *
 *   tenor_report_info{period="2025-Q3",period_kind="quarter",by="team",lexicon_version="..."} 1
 *   tenor_suppressed{group="Nord"} 0           1 for a withheld group, which has nothing else
 *   tenor_documents{group="Nord"} 120
 *   tenor_tokens{group="Nord"} 4000
 *   tenor_pressure_index{group="Nord"} 0.31    only where the row has one
 *   tenor_doc_share{category="pressure",group="Nord"} 0.42
 *   tenor_hits_per_1k{category="pressure",group="Nord"} 20
 *   tenor_weighted_hits{category="pressure",group="Nord"} 80
 *
 * group="(all)" is all documents (tenor_report_write refuses a report with a group of that
 * name, which would make two series of one name); "by" is left out without --by, "period"
 * when the report has no dated period (and then only tenor_report_info is written). A
 * family's # HELP and
 * # TYPE lines come once, before its first sample; a family without samples is left out.
 * Values that are not finite are left out too, never written as NaN.
 */
#include "report.h"

#include <math.h>

/* One family of per-group gauges, read from the rows of the latest period. */
struct gauge {
	const char *name, *help;
	int per_category;
	/* Sets *v from row (and its category c for per-category gauges); 0 when the row has
	 * no such value. */
	int (*value)(const struct tenor_row *row, size_t c, double *v);
};

static int docs_value(const struct tenor_row *row, size_t c, double *v)
{
	(void)c;
	*v = (double)row->docs;
	return 1;
}

static int tokens_value(const struct tenor_row *row, size_t c, double *v)
{
	(void)c;
	*v = (double)row->tokens;
	return 1;
}

static int index_value(const struct tenor_row *row, size_t c, double *v)
{
	(void)c;
	*v = row->pressure_index;
	return row->has_pressure_index;
}

static int share_value(const struct tenor_row *row, size_t c, double *v)
{
	*v = row->cells[c].doc_share;
	return 1;
}

static int per_1k_value(const struct tenor_row *row, size_t c, double *v)
{
	*v = row->cells[c].per_1k;
	return 1;
}

static int weight_value(const struct tenor_row *row, size_t c, double *v)
{
	*v = row->cells[c].weight;
	return 1;
}

static const struct gauge gauges[] = {
	{ "tenor_documents", "Documents in the latest period of the report.", 0, docs_value },
	{ "tenor_tokens", "Word tokens in the latest period of the report.", 0, tokens_value },
	{ "tenor_pressure_index",
	  "(pressure - advisory) / (pressure + advisory) weighted hits, from -1 to 1.", 0,
	  index_value },
	{ "tenor_doc_share", "Share of documents with at least one hit of the category.", 1,
	  share_value },
	{ "tenor_hits_per_1k", "Hits of the category per 1,000 word tokens.", 1, per_1k_value },
	{ "tenor_weighted_hits", "Hits of the category, each counted with its weight.", 1,
	  weight_value },
};

static void family_header(const char *name, const char *help, FILE *f)
{
	fprintf(f, "# HELP %s %s\n# TYPE %s gauge\n", name, help, name);
}

/* A label value: the format wants backslash, double quote and line feed escaped. */
static void label_value(const char *s, FILE *f)
{
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\\\", f);
		else if (*s == '"')
			fputs("\\\"", f);
		else if (*s == '\n')
			fputs("\\n", f);
		else
			fputc(*s, f);
	}
	fputc('"', f);
}

/* name{category="c",group="g"} (category only when given) and a space. */
static void series(const char *name, const char *category, const char *group, FILE *f)
{
	fprintf(f, "%s{", name);
	if (category) {
		fputs("category=", f);
		label_value(category, f);
		fputc(',', f);
	}
	fputs("group=", f);
	label_value(group ? group : WRITER_ALL, f);
	fputs("} ", f);
}

/* The index of the last dated period, or nperiods when there is none. */
static size_t latest_period(const struct tenor_report *r)
{
	size_t p;

	for (p = r->nperiods; p > 0; p--)
		if (writer_dated(r->periods[p - 1]))
			return p - 1;
	return r->nperiods;
}

static void report_info(const struct tenor_report *r, size_t latest, FILE *f)
{
	family_header("tenor_report_info", "What the report covers; always 1.", f);
	fputs("tenor_report_info{", f);
	if (latest < r->nperiods) {
		fputs("period=", f);
		label_value(r->periods[latest], f);
		fputc(',', f);
	}
	fputs("period_kind=", f);
	label_value(r->period_name, f);
	if (r->by) {
		fputs(",by=", f);
		label_value(r->by, f);
	}
	fputs(",lexicon_version=", f);
	label_value(r->lexicon_version, f);
	fputs("} 1\n", f);
}

static void suppressed_family(const struct tenor_report *r, size_t latest, FILE *f)
{
	size_t g;

	if (!r->ngroups)
		return;
	family_header("tenor_suppressed",
		      "1 when the group's values are withheld to protect small groups, else 0.", f);
	for (g = 0; g < r->ngroups; g++) {
		const struct tenor_row *row = writer_row(r, g, latest);
		series("tenor_suppressed", NULL, row->group, f);
		fputs(row->suppressed ? "1\n" : "0\n", f);
	}
}

static void gauge_family(const struct tenor_report *r, size_t latest, const struct gauge *m,
			 FILE *f)
{
	size_t c, g, ncat = m->per_category ? r->ncategories : 1;
	char buf[WRITER_NUMBER_SIZE];
	int started = 0;
	double v;

	for (c = 0; c < ncat; c++)
		for (g = 0; g < r->ngroups; g++) {
			const struct tenor_row *row = writer_row(r, g, latest);
			if (row->suppressed || !m->value(row, c, &v) || !isfinite(v))
				continue;
			if (!started)
				family_header(m->name, m->help, f);
			started = 1;
			series(m->name, m->per_category ? r->categories[c] : NULL, row->group, f);
			fprintf(f, "%s\n", writer_number(v, buf));
		}
}

int write_prom(const struct tenor_report *r, FILE *f)
{
	size_t latest = latest_period(r), i;

	report_info(r, latest, f);
	if (latest < r->nperiods) {
		suppressed_family(r, latest, f);
		for (i = 0; i < sizeof(gauges) / sizeof(gauges[0]); i++)
			gauge_family(r, latest, &gauges[i], f);
	}
	return ferror(f) ? TENOR_EIO : TENOR_OK;
}
