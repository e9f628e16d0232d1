/*
 * write_report.c - the last stage of a report: tenor_report_write checks the report once and
 * hands it to the writer of the format asked for (write_table.c, write_json.c, write_csv.c,
 * write_md.c, write_html.c, write_prom.c). The helpers here are what several writers share:
 * finding a row, numbers in a form that reads back exactly, the change arrow and the trend
 * verdict, so that every format says the same thing in the same words.
 *
 * Writers only format: the report they get is built and suppressed already (report.c).
 */
#include "report.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* 1 when v holds n strings, none of them NULL. */
static int strings_set(const char *const *v, size_t n)
{
	size_t i;

	if (n && !v)
		return 0;
	for (i = 0; i < n; i++)
		if (!v[i])
			return 0;
	return 1;
}

/* 1 when i is -1 (absent) or a category of r. */
static int category_or_none(const struct tenor_report *r, int i)
{
	return i == -1 || (i >= 0 && (size_t)i < r->ncategories);
}

static int rows_valid(const struct tenor_report *r)
{
	size_t i, n;

	if (r->ngroups && !r->groups)
		return 0;
	if (r->nperiods && r->ngroups > (size_t)-1 / r->nperiods)
		return 0;
	n = r->ngroups * r->nperiods;
	if (n && !r->rows)
		return 0;
	for (i = 0; i < n; i++) {
		const struct tenor_row *row = &r->rows[i];
		if (!row->period || (!row->suppressed && r->ncategories && !row->cells))
			return 0;
	}
	return 1;
}

/* The first group at or after g named name, or ngroups when none is. */
static size_t group_from(const struct tenor_report *r, size_t g, const char *name)
{
	while (g < r->ngroups && !writer_same_group(r->groups[g], name))
		g++;
	return g;
}

/* The first period at or after p named name, or nperiods when none is. */
static size_t period_from(const struct tenor_report *r, size_t p, const char *name)
{
	while (p < r->nperiods && strcmp(r->periods[p], name) != 0)
		p++;
	return p;
}

/* The trends in the order tenor.h gives: by group, within a group by category, once each.
 * One walk along groups, since the cursor only moves forward. */
static int trends_valid(const struct tenor_report *r)
{
	size_t i, g = 0, at;

	if (r->ntrends && !r->trends)
		return 0;
	for (i = 0; i < r->ntrends; i++) {
		const struct tenor_trend *t = &r->trends[i];
		if (t->category >= r->ncategories || !t->direction)
			return 0;
		at = group_from(r, g, t->group);
		if (at == r->ngroups || (i && at == g && t->category <= t[-1].category))
			return 0;
		g = at;
	}
	return 1;
}

/* The drivers in the order tenor.h gives: by group, then period, then category, once each.
 * The period cursor starts over with each group, so the walk is linear in the rows. */
static int drivers_valid(const struct tenor_report *r)
{
	size_t i, j, g = 0, p = 0, at, from;

	if (r->ndrivers && !r->drivers)
		return 0;
	for (i = 0; i < r->ndrivers; i++) {
		const struct tenor_driver *d = &r->drivers[i];
		if (d->category >= r->ncategories || !d->period || (d->nterms && !d->terms))
			return 0;
		for (j = 0; j < d->nterms; j++)
			if (!d->terms[j].term)
				return 0;
		at = group_from(r, g, d->group);
		if (at == r->ngroups)
			return 0;
		from = i && at == g ? p : 0;
		p = period_from(r, from, d->period);
		if (p == r->nperiods ||
		    (i && at == g && p == from && d->category <= d[-1].category))
			return 0;
		g = at;
	}
	return 1;
}

int writer_valid(const struct tenor_report *r)
{
	return r->period_name && r->lexicon_version && r->generated_at &&
	       strings_set(r->categories, r->ncategories) &&
	       strings_set(r->periods, r->nperiods) &&
	       category_or_none(r, r->pressure_category) &&
	       category_or_none(r, r->advisory_category) &&
	       rows_valid(r) && trends_valid(r) && drivers_valid(r);
}

const struct tenor_row *writer_row(const struct tenor_report *r, size_t g, size_t p)
{
	return &r->rows[g * r->nperiods + p];
}

int writer_same_group(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

size_t writer_trends_end(const struct tenor_report *r, size_t g, size_t i)
{
	while (i < r->ntrends && writer_same_group(r->trends[i].group, r->groups[g]))
		i++;
	return i;
}

size_t writer_drivers_end(const struct tenor_report *r, size_t g, size_t i)
{
	while (i < r->ndrivers && writer_same_group(r->drivers[i].group, r->groups[g]))
		i++;
	return i;
}

int writer_has_index(const struct tenor_report *r)
{
	return r->pressure_category >= 0 && r->advisory_category >= 0;
}

int writer_dated(const char *period)
{
	return strcmp(period, "undated") != 0;
}

/* %g follows LC_NUMERIC; libtenor never calls setlocale, and a program that does must keep
 * LC_NUMERIC at "C" for the machine formats to stay parseable. */
const char *writer_number(double x, char buf[WRITER_NUMBER_SIZE])
{
	int prec;

	/* %.17g always reads back, but prints 0.42 as 0.41999999999999998: take the fewest
	 * digits that still give x back. */
	for (prec = 15; prec < 17; prec++) {
		snprintf(buf, WRITER_NUMBER_SIZE, "%.*g", prec, x);
		if (strtod(buf, NULL) == x)
			return buf;
	}
	snprintf(buf, WRITER_NUMBER_SIZE, "%.17g", x);
	return buf;
}

const char *writer_index(double x, char buf[WRITER_NUMBER_SIZE])
{
	double rounded = round(x * 100) / 100;

	/* -0.004 rounds to -0, which %+.2f would print as "-0.00". */
	snprintf(buf, WRITER_NUMBER_SIZE, "%+.2f", rounded == 0 ? 0.0 : rounded);
	return buf;
}

const char *writer_arrow(const struct tenor_change *c)
{
	if (!c->present || !c->significant || c->delta == 0)
		return NULL;
	return c->delta > 0 ? "\xe2\x96\xb2" : "\xe2\x96\xbc";
}

const char *writer_trend(const struct tenor_trend *t, char *buf, size_t size)
{
	char p[WRITER_NUMBER_SIZE];

	if (strcmp(t->direction, "insufficient") == 0) {
		snprintf(buf, size, "insufficient");
		return buf;
	}
	if (t->p_value < 0.001)
		snprintf(p, sizeof(p), "<0.001");
	else
		snprintf(p, sizeof(p), "=%.2g", t->p_value);
	snprintf(buf, size, "%s (p%s, %+.2g/period)", t->direction, p, t->slope);
	return buf;
}

int writer_all_named(const struct tenor_report *r)
{
	size_t g;

	for (g = 1; g < r->ngroups; g++)
		if (strcmp(r->groups[g], WRITER_ALL) == 0)
			return 1;
	return 0;
}

const char *writer_unplaced(const struct tenor_report *r, char *buf, size_t size)
{
	if (r->unplaced_withheld)
		snprintf(buf, size, "some documents are in no row (how many is withheld, as a "
			 "small group's count is): each is dated to a longer period than a %s",
			 r->period_name);
	else
		snprintf(buf, size, "%llu document%s in no row: %s dated to a longer period "
			 "than a %s", r->unplaced, r->unplaced == 1 ? " is" : "s are",
			 r->unplaced == 1 ? "it is" : "each is", r->period_name);
	return buf;
}

int tenor_report_write(const struct tenor_report *r, enum tenor_report_format format, int color,
		       FILE *f)
{
	int rc;

	if (!r || !f || !writer_valid(r))
		return TENOR_EINVAL;
	/* CSV and Prometheus name all documents "(all)": a group of that name would be
	 * read as them (a duplicate series, which a scrape refuses) */
	if ((format == TENOR_REPORT_CSV || format == TENOR_REPORT_PROM) && writer_all_named(r))
		return TENOR_EINVAL;
	switch (format) {
	case TENOR_REPORT_TABLE:
		rc = write_table(r, color, f);
		break;
	case TENOR_REPORT_JSON:
		rc = write_json(r, f);
		break;
	case TENOR_REPORT_CSV:
		rc = write_csv(r, f);
		break;
	case TENOR_REPORT_MD:
		rc = write_md(r, f);
		break;
	case TENOR_REPORT_HTML:
		rc = write_html(r, f);
		break;
	case TENOR_REPORT_PROM:
		rc = write_prom(r, f);
		break;
	default:
		return TENOR_EINVAL;
	}
	/* A full disk shows only when the buffer is written out. */
	if (rc == TENOR_OK && fflush(f) != 0)
		rc = TENOR_EIO;
	return rc;
}

size_t writer_bidi(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] != 0xE2)
		return 0;
	return (u[1] == 0x80 && u[2] >= 0xAA && u[2] <= 0xAE) ||
	       (u[1] == 0x81 && u[2] >= 0xA6 && u[2] <= 0xA9) ? 3 : 0;
}
