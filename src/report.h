/*
 * report.h - what the report modules share: statistics (stats.c) and one writer per output
 * format (write_*.c) over a built, already suppressed struct tenor_report.
 */
#ifndef TENOR_REPORT_H
#define TENOR_REPORT_H

#include "tenor.h"

#include <stddef.h>
#include <stdio.h>

/* ---- stats.c: pure functions, no allocation unless said ---- */

/* Wilson score interval for k successes in n trials at 95% (z = 1.959963984540054).
 * n == 0: both 0. */
void stats_wilson(unsigned long long k, unsigned long long n, double *low, double *high);

/* Two-proportion z-test (pooled) of k1/n1 against k2/n2, two-sided p-value; 1.0 when it
 * cannot be computed (n1 or n2 is 0, or the pooled share is 0 or 1). */
double stats_two_proportion_p(unsigned long long k1, unsigned long long n1,
			      unsigned long long k2, unsigned long long n2);

/* Mann-Kendall trend test on x[0..n): S, tie-corrected variance, continuity-corrected z,
 * two-sided p-value, Kendall's tau (tau-a, S / (n(n-1)/2)), and Sen's slope (median of the
 * pairwise slopes (x[j]-x[i])/(j-i)). scratch must hold n*(n-1)/2 doubles. n < 2: p = 1,
 * slope = tau = 0. */
struct mann_kendall {
	double s, var_s, z, p_value, tau, slope;
};
void stats_mann_kendall(const double *x, size_t n, double *scratch, struct mann_kendall *out);

/* Log-likelihood G² (Dunning 1993, in the two-cell form of Rayson & Garside 2000) for a
 * count a out of total c against b out of total d:
 * 2 * (a ln(a/E1) + b ln(b/E2)), E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d); 0 when a+b is 0 or
 * c or d is 0. */
double stats_g2(double a, double c, double b, double d);

/* The standard normal upper-tail probability P(Z > z). */
double stats_normal_sf(double z);

/* ---- writers: each formats r on f; escaping is their job ---- */
int write_table(const struct tenor_report *r, int color, FILE *f);
int write_json(const struct tenor_report *r, FILE *f);
int write_csv(const struct tenor_report *r, FILE *f);
int write_md(const struct tenor_report *r, FILE *f);
int write_html(const struct tenor_report *r, FILE *f);
int write_prom(const struct tenor_report *r, FILE *f);

/* ---- write_report.c: what several writers share ----
 * The writers return TENOR_OK, TENOR_EIO when f has an error after writing, TENOR_ENOMEM, or
 * (write_json) TENOR_EUTF8 for a string that is not UTF-8. They trust r: tenor_report_write
 * checks it once (writer_valid) before any writer runs. */

/* 1 when r is whole: every string a writer prints is non-NULL (but group names and by),
 * every shown row has its cells, every category index is in range, and trends and drivers
 * are in the order tenor.h gives, each of a group (and a period) of r. */
int writer_valid(const struct tenor_report *r);

/* 3 when s starts with a bidirectional embedding, override or isolate (U+202A-202E,
 * U+2066-2069), which would let a name show as another ("Team\u202Elive"), else 0. */
size_t writer_bidi(const char *s);

/* The row of group g and period p. */
const struct tenor_row *writer_row(const struct tenor_report *r, size_t g, size_t p);

/* 1 when two group names are the same group; NULL (all documents) equals only NULL. */
int writer_same_group(const char *a, const char *b);

/* The end of group g's trends (drivers) that start at trends[i] (drivers[i]): i itself when
 * g has none. A group's are next to each other, in the order of groups (writer_valid
 * checks), so a writer walks them once for all groups, each group's i the end of the one
 * before it (0 for group 0). */
size_t writer_trends_end(const struct tenor_report *r, size_t g, size_t i);
size_t writer_drivers_end(const struct tenor_report *r, size_t g, size_t i);

/* 1 when r has a pressure index to show: both its categories are in the report. */
int writer_has_index(const struct tenor_report *r);

/* 0 for the period "undated", 1 for every other. */
int writer_dated(const char *period);

/* x in the shortest form that reads back as the same double ("0.42", "120", "-1e-05"),
 * written into buf; returns buf. x must be finite. */
#define WRITER_NUMBER_SIZE 32
const char *writer_number(double x, char buf[WRITER_NUMBER_SIZE]);

/* A pressure index with its sign and 2 decimals ("+0.31", "-0.05", "+0.00"); returns buf. */
const char *writer_index(double x, char buf[WRITER_NUMBER_SIZE]);

/* "▲" for a significant rise, "▼" for a significant fall, NULL for anything else. */
const char *writer_arrow(const struct tenor_change *c);

/* The verdict of a trend without its category: "up (p=0.003, +0.04/period)", "flat (...)",
 * or "insufficient"; written into buf (truncated to size), returns buf. */
const char *writer_trend(const struct tenor_trend *t, char *buf, size_t size);

/* The name CSV and Prometheus give all documents, and whether a group of r has it too. */
#define WRITER_ALL "(all)"
int writer_all_named(const struct tenor_report *r);

/* Why r->unplaced documents are in no row, as a sentence without its end: "12 documents are
 * in no row: each is dated to a longer period than a month"; written into buf (truncated to
 * size), returns buf. */
const char *writer_unplaced(const struct tenor_report *r, char *buf, size_t size);

#endif
