/*
 * test_write_html.c - the HTML writer (src/write_html.c) on a report built by hand: two
 * groups and all documents over four quarters and "undated", withheld cells, and data
 * strings that try to break out of HTML text and attributes.
 *
 * With TENOR_HTML_OUT set, the fixture's page is also written to that file, for the browser
 * test (tests/browser/run.sh --html FILE) to render.
 */
#include "unit.h"
#include "report.h"

#include <math.h>
#include <stdlib.h>

#define NPERIODS 5
#define NGROUPS 3
#define NCATS 3

static const char *const categories[NCATS] = { "pressure", "advisory", "reflection" };
static const char *const periods[NPERIODS] = { "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4",
					       "undated" };
#define EVIL_GROUP "<script>alert(1)</script>"
#define EVIL_TERM "\"><img src=x onerror=alert(1)>"
static const char *const groups[NGROUPS] = { NULL, "Nord", EVIL_GROUP };

/* A visible cell: docs_with_hits of docs, with a made-up interval around the share. */
#define CELL(k, n, lo, hi) { (k) * 2, 0, (k), (k) * 1.5, (k) * 3.0, (double)(k) / (n), lo, hi, \
			     { 0, 0, 1, 0 } }

/* The cells of a withheld row: see WITHHELD. */
#define BAIT { CELL(7, 9, 0.7, 0.8), CELL(7, 9, 0.7, 0.8), CELL(7, 9, 0.7, 0.8) }

static struct tenor_cell cells[NGROUPS * NPERIODS][NCATS] = {
	/* all documents */
	{ CELL(20, 80, 0.17, 0.36), CELL(30, 80, 0.28, 0.48), CELL(10, 80, 0.07, 0.21) },
	{ CELL(25, 80, 0.22, 0.42), CELL(28, 80, 0.25, 0.46), CELL(12, 80, 0.09, 0.24) },
	{ CELL(30, 80, 0.28, 0.48), CELL(24, 80, 0.20, 0.40), CELL(14, 80, 0.11, 0.27) },
	{ CELL(36, 80, 0.35, 0.56), CELL(20, 80, 0.17, 0.36), CELL(15, 80, 0.12, 0.29) },
	{ CELL(2, 6, 0.10, 0.70), CELL(1, 6, 0.03, 0.56), CELL(0, 6, 0.0, 0.39) },
	/* Nord: 2024-Q3 withheld as a second cell */
	{ CELL(12, 40, 0.18, 0.45), CELL(14, 40, 0.22, 0.50), CELL(5, 40, 0.05, 0.26) },
	{ CELL(15, 40, 0.24, 0.53), CELL(13, 40, 0.20, 0.48), CELL(6, 40, 0.07, 0.29) },
	BAIT,
	/* an interval a faulty statistic left as NaN is never printed as "nan" */
	{ CELL(24, 40, 0.45, NAN), CELL(8, 40, 0.10, 0.35), CELL(9, 40, 0.12, 0.38) },
	{ CELL(1, 6, 0.03, 0.56), CELL(1, 6, 0.03, 0.56), CELL(0, 6, 0.0, 0.39) },
	/* <script>: 2024-Q2, 2024-Q4 and undated withheld */
	{ CELL(8, 40, 0.10, 0.35), CELL(16, 40, 0.26, 0.55), CELL(5, 40, 0.05, 0.26) },
	BAIT,
	{ CELL(10, 40, 0.14, 0.40), CELL(14, 40, 0.22, 0.50), CELL(6, 40, 0.07, 0.29) },
	BAIT,
	BAIT,
};

/* Withheld rows carry bait: values a writer must never print (777, 77.8%, +0.78), though
 * the report builder clears them. */
#define ROW(i, d, pi) { NULL, NULL, 0, 0, d, (d) * 30, 1, pi, cells[i] }
#define WITHHELD(i, secondary) { NULL, NULL, 1, secondary, 777, 7770, 1, 0.777, cells[i] }


static struct tenor_row rows[NGROUPS * NPERIODS] = {
	ROW(0, 80, -0.2), ROW(1, 80, -0.05), ROW(2, 80, 0.11), ROW(3, 80, 0.29), ROW(4, 6, 0.3),
	ROW(5, 40, -0.08), ROW(6, 40, 0.07), WITHHELD(7, 1), ROW(8, 40, NAN), ROW(9, 6, 0),
	ROW(10, 40, -0.41), WITHHELD(11, 0), ROW(12, 40, -0.2), WITHHELD(13, 0), WITHHELD(14, 0),
};

static const struct tenor_trend trends[] = {
	{ NULL, 0, "up", 0.05, 0.003, 1, 4 },
	{ NULL, 1, "down", -0.03, 0.02, -1, 4 },
	{ NULL, 2, "flat", 0.01, 0.31, 0.3, 4 },
	{ "Nord", 0, "insufficient", 0, 1, 0, 2 },
	{ "Nord", 1, "flat", 0, NAN, 0, 3 },
	{ EVIL_GROUP, 0, "flat", 0.02, 0.6, 0.3, 3 },
};

static const struct tenor_term terms_all[] = {
	{ "quota", 30, 12, 14.2, 1 },
	{ EVIL_TERM, 9, 2, 5.1, 1 },
	{ "deadline", 3, 11, 4.0, 0 },
};
static const struct tenor_term terms_evil[] = { { "pipeline", 8, 2, 4.4, 1 } };

/* in the order of groups, then periods, as tenor.h has them */
static const struct tenor_driver drivers[] = {
	{ NULL, "2024-Q3", 1, 1, terms_evil },
	{ NULL, "2024-Q4", 0, 3, terms_all },
	{ EVIL_GROUP, "2024-Q4", 0, 1, terms_evil },
};

static void fixture(struct tenor_report *r)
{
	size_t g, p;

	for (g = 0; g < NGROUPS; g++)
		for (p = 0; p < NPERIODS; p++) {
			rows[g * NPERIODS + p].period = periods[p];
			rows[g * NPERIODS + p].group = groups[g];
		}
	/* a significant rise against 2024-Q3 */
	cells[3][0].change = (struct tenor_change){ 1, 0.075, 0.01, 1 };
	memset(r, 0, sizeof(*r));
	r->period_name = "quarter";
	r->by = "team";
	r->min_group = 10;
	r->lexicon_version = "en-2024.1 & <b>";
	r->generated_at = "2025-01-02T03:04:05Z";
	r->ncategories = NCATS;
	r->categories = categories;
	r->pressure_category = 0;
	r->advisory_category = 1;
	r->nperiods = NPERIODS;
	r->periods = periods;
	r->ngroups = NGROUPS;
	r->groups = groups;
	r->rows = rows;
	r->ntrends = sizeof(trends) / sizeof(trends[0]);
	r->trends = trends;
	r->ndrivers = sizeof(drivers) / sizeof(drivers[0]);
	r->drivers = drivers;
}

/* The page of r as a string the caller frees. */
static char *render(const struct tenor_report *r)
{
	char *page = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&page, &len);

	assert_non_null(f);
	/* what tenor_report_write checks before it calls the writer */
	assert_true(writer_valid(r));
	assert_int_equal(write_html(r, f), TENOR_OK);
	assert_int_equal(fclose(f), 0);
	assert_non_null(page);
	assert_int_equal(strlen(page), len);
	return page;
}

static size_t count(const char *s, const char *needle)
{
	size_t n = 0;

	while ((s = strstr(s, needle))) {
		n++;
		s += strlen(needle);
	}
	return n;
}

static char *fixture_page(void)
{
	struct tenor_report r;

	fixture(&r);
	return render(&r);
}

static void test_frame(void **state)
{
	char *page = fixture_page();

	(void)state;
	assert_true(strncmp(page, "<!DOCTYPE html>\n<html lang=\"en\">\n", 32) == 0);
	assert_non_null(strstr(page, "<meta charset=\"utf-8\">"));
	assert_non_null(strstr(page, "<title>tenor report: language per team and quarter</title>"));
	assert_int_equal(count(page, "<style>"), 1);
	assert_non_null(strstr(page, "</html>\n"));
	assert_int_equal(page[strlen(page) - 1], '\n');
	free(page);
}

/* Data strings never open a tag or leave an attribute: their escaped forms are there, the
 * raw ones nowhere. */
static void test_escaping(void **state)
{
	char *page = fixture_page();

	(void)state;
	assert_null(strstr(page, "<script"));
	assert_null(strstr(page, "<img"));
	assert_null(strstr(page, "<b>"));
	assert_non_null(strstr(page, "<h3><span class=\"by\">team:</span> "
				    "<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi></h3>"));
	assert_non_null(strstr(page, "<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>"));
	assert_non_null(strstr(page, "en-2024.1 &amp; &lt;b&gt;"));
	/* in the chart's accessible title, inside the SVG */
	assert_non_null(strstr(page, "<title id=\"chart-2-title\">team: &lt;script&gt;alert(1)"));
	free(page);
}

static void test_charts(void **state)
{
	char *page = fixture_page();
	const char *s;

	(void)state;
	/* a chart per group, besides the legend's and the drivers' line swatches */
	assert_int_equal(count(page, "<svg ") - count(page, "<svg class=\"swl\""), NGROUPS);
	assert_int_equal(count(page, "</svg>") - count(page, "<svg class=\"swl\""), NGROUPS);
	assert_int_equal(count(page, " data-chart=\""), NGROUPS);
	assert_int_equal(count(page, " role=\"img\""), NGROUPS);
	assert_int_equal(count(page, "<desc id=\"chart-"), NGROUPS);
	/* the three dated withheld periods, hatched and labelled; undated is not on the axis */
	assert_int_equal(count(page, "data-withheld=\""), 3);
	assert_non_null(strstr(page, "data-withheld=\"2024-Q3\""));
	assert_non_null(strstr(page, "data-withheld=\"2024-Q2\""));
	assert_int_equal(count(page, ">withheld</text>"), 3);
	assert_non_null(strstr(page, "Withheld: 2024-Q2, 2024-Q4."));
	/* a data table per chart, with every period and the withheld rows marked */
	assert_int_equal(count(page, "<details><summary>Data table: "), NGROUPS);
	assert_int_equal(count(page, "<th scope=\"row\">undated</th>"), NGROUPS);
	assert_int_equal(count(page, "withheld: too few documents"), 3);
	assert_int_equal(count(page, "withheld, to protect another withheld cell"), 1);
	/* the period labels sit under the axis */
	s = strstr(page, "<svg ");
	assert_non_null(strstr(s, "text-anchor=\"middle\">2024-Q1</text>"));
	/* a band per category over each run of points, and a bar under a point alone */
	assert_non_null(strstr(page, "<polygon class=\"band\" fill=\"#c2412d\""));
	assert_non_null(strstr(page, "<line class=\"bar\""));
	free(page);
}

static int is_letter(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* 1 when s has "nan" or "inf" in any case, as printf writes them, and not as part of a
 * longer word ("financial", "information"). */
static int has_bad_number(const char *s)
{
	const char *p;

	for (p = s; *p; p++) {
		char w[3] = { (char)(p[0] | 0x20), p[1] ? (char)(p[1] | 0x20) : 0,
			      p[1] && p[2] ? (char)(p[2] | 0x20) : 0 };
		if ((memcmp(w, "nan", 3) == 0 || memcmp(w, "inf", 3) == 0) &&
		    !(p > s && is_letter(p[-1])) && !is_letter(p[3]))
			return 1;
	}
	return 0;
}

/* Nothing of a withheld row reaches the page: not its documents, shares, intervals or
 * index, not in the tables, the charts' tooltips or the totals. */
static void test_withheld_values(void **state)
{
	char *page = fixture_page();

	(void)state;
	assert_null(strstr(page, "777"));
	assert_null(strstr(page, "77.8%"));
	assert_null(strstr(page, "70&#8211;80%"));
	assert_null(strstr(page, "+0.78"));
	assert_non_null(strstr(page, "<span>326 documents in the shown periods</span>"));
	assert_non_null(strstr(page, "<span>80 documents in the shown periods</span>"));
	free(page);
}

/* A group withheld in every dated period says so instead of a headline. */
static void test_all_withheld(void **state)
{
	static const char *const names[] = { NULL };
	static const char *const two[] = { "2024-Q1", "2024-Q2" };
	static struct tenor_cell none[2][NCATS] = { BAIT, BAIT };
	static struct tenor_row hidden[2] = { WITHHELD(0, 0), WITHHELD(1, 0) };
	struct tenor_report r;
	char *page;

	(void)state;
	fixture(&r);
	hidden[0].cells = none[0];
	hidden[1].cells = none[1];
	hidden[0].period = two[0];
	hidden[1].period = two[1];
	r.nperiods = 2;
	r.periods = two;
	r.ngroups = 1;
	r.groups = names;
	r.rows = hidden;
	r.ntrends = r.ndrivers = 0;
	page = render(&r);
	assert_non_null(strstr(page, "<h3>All documents</h3>\n<p class=\"meta\">Withheld in "
				     "every period"));
	/* one hatched run over both periods, labelled once */
	assert_int_equal(count(page, "data-withheld=\"2024-Q1 2024-Q2\""), 1);
	assert_int_equal(count(page, ">withheld</text>"), 1);
	assert_null(strstr(page, "777"));
	free(page);
}

static void test_numbers(void **state)
{
	char *page = fixture_page();

	(void)state;
	assert_false(has_bad_number(page));
	assert_false(has_bad_number("x nanx infinity"));
	assert_true(has_bad_number("x -nan%"));
	assert_true(has_bad_number("x=\"inf\""));
	/* the headline: latest index and the trends in words */
	assert_non_null(strstr(page, "<b class=\"pos\">+0.29</b><span>pressure index in 2024-Q4"));
	assert_non_null(strstr(page, "pressure language up <span class=\"p\">(p = 0.003)"));
	assert_non_null(strstr(page, "advisory language down <span class=\"p\">(p = 0.020)"));
	assert_non_null(strstr(page, "pressure language: too few periods for a trend (2 shown)"));
	/* Nord's last index is NaN, its 2024-Q3 withheld: 2024-Q2 is the latest shown */
	assert_non_null(strstr(page, "+0.07</b><span>pressure index in 2024-Q2</span>"));
	assert_non_null(strstr(page, "<b class=\"neg\">&#8722;0.20</b><span>pressure index in "
				     "2024-Q3 (2024-Q4 withheld)</span>"));
	assert_non_null(strstr(page, "<td>&#8722;0.41</td>"));
	/* shares, intervals and a significant change in the data table */
	assert_non_null(strstr(page, "<td><span class=\"up\" title=\"significant rise, "
				     "p = 0.010\">&#9650;</span> 45.0%<br><span class=\"ci\">"
				     "35&#8211;56%</span></td>"));
	assert_non_null(strstr(page, "<td>60.0%<br><span class=\"ci\">45&#8211;&#8211;</span>"));
	/* the drivers */
	assert_non_null(strstr(page, "<td>quota</td><td>30</td><td>12</td><td>14.2</td>"
				     "<td class=\"up\">&#9650; rose</td>"));
	assert_non_null(strstr(page, "<td class=\"down\">&#9660; fell</td>"));
	assert_non_null(strstr(page, "2024-Q4 against 2024-Q3"));
	/* all documents' latest period in view, the earlier one folded away after it */
	{
		const char *latest = strstr(page, "2024-Q4 against 2024-Q3");
		const char *earlier = strstr(page, "<summary>Earlier periods</summary>");
		assert_non_null(earlier);
		assert_true(latest < earlier);
		assert_non_null(strstr(earlier, "2024-Q3 against 2024-Q2"));
	}
	free(page);
}

/* 1 when a tag of page (not its text) has the attribute, as in " src=". */
static int tag_has(const char *page, const char *attr)
{
	const char *p, *end;

	for (p = page; (p = strchr(p, '<')); p = end) {
		const char *a = strstr(p, attr);
		if (!(end = strchr(p, '>')))
			return 0;
		if (a && a < end)
			return 1;
	}
	return 0;
}

/* Opens offline: nothing is fetched, nothing points outside the page. */
static void test_self_contained(void **state)
{
	char *page = fixture_page();
	const char *p;

	(void)state;
	assert_null(strstr(page, "http://"));
	assert_null(strstr(page, "https://"));
	assert_false(tag_has(page, " src="));
	assert_false(tag_has(page, "href="));
	assert_true(tag_has("<p><img alt=\"\" src=\"a.png\">", " src="));
	assert_null(strstr(page, "<link"));
	assert_null(strstr(page, "@import"));
	for (p = page; (p = strstr(p, "url(")); p += 4)
		assert_int_equal(p[4], '#');
	free(page);
}

/* Without a pressure index, groups or dated periods, the page is still whole. */
/* A report of undated documents only, without pressure or advisory: n categories, ngroups
 * groups with a row each. */
static void undated_report(struct tenor_report *r, const char *period, size_t n,
			   const char *const *cats, size_t ngroups, const char *const *names,
			   const struct tenor_row *grows)
{
	static const char *const only_undated[] = { "undated" };

	memset(r, 0, sizeof(*r));
	r->period_name = period;
	r->min_group = 5;
	r->lexicon_version = "x";
	r->generated_at = "2025-01-01T00:00:00Z";
	r->ncategories = n;
	r->categories = cats;
	r->pressure_category = r->advisory_category = -1;
	r->nperiods = 1;
	r->periods = only_undated;
	r->ngroups = ngroups;
	r->groups = names;
	r->rows = grows;
}

/* Group headings say their column, so that no group reads as all documents; an empty value
 * is named; a bidirectional override from the data is neutralized. Categories past the
 * palette's colours draw dashed. */
static void test_group_headings(void **state)
{
	static const char *const names[] = { NULL, "Team\xe2\x80\xaelive\xe2\x80\xac", "",
					      "All documents" };
	static const char *const cats[] = { "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8",
					    "c9", "c10", "c11" };
	static struct tenor_cell cell[12];
	static struct tenor_row rows4[4];
	struct tenor_report r;
	char *page;
	size_t g;

	(void)state;
	for (g = 0; g < 4; g++)
		rows4[g] = (struct tenor_row){ "undated", names[g], g == 2, 0, 9, 40, 0, 0, cell };
	undated_report(&r, "quarter", 12, cats, 4, names, rows4);
	r.by = "team";
	page = render(&r);
	assert_non_null(strstr(page, "<h1>Language in comments per team and quarter</h1>"));
	assert_non_null(strstr(page, "<bdi>Team&#xFFFD;live&#xFFFD;</bdi>"));
	assert_null(strstr(page, "\xe2\x80\xae"));
	assert_non_null(strstr(page, "<span class=\"by\">team:</span> <bdi>(empty)</bdi>"));
	assert_non_null(strstr(page, "<span class=\"by\">team:</span> <bdi>All documents</bdi>"));
	assert_int_equal(count(page, "<h3>All documents</h3>"), 2);  /* summary and chart */
	/* a group withheld in its one (undated) row says so, though no period is dated */
	assert_int_equal(count(page, "Withheld in every period"), 1);
	/* c10 and c11 take the first colours again, dashed */
	assert_int_equal(count(page, "stroke=\"#7a5ba6\" stroke-width=\"3\"/>"), 1);
	assert_int_equal(count(page, "stroke=\"#7a5ba6\" stroke-width=\"3\" "
				     "stroke-dasharray=\"5 3\"/>"), 1);
	free(page);
}

static void test_minimal(void **state)
{
	static const char *const none[] = { NULL };
	static const char *const cats[] = { "function-words" };
	static struct tenor_cell cell[1];
	static struct tenor_row row[1] = { { "undated", NULL, 0, 0, 3, 40, 0, 0, cell } };
	struct tenor_report r;
	char *page;

	(void)state;
	undated_report(&r, "month", 1, cats, 1, none, row);
	r.lexicon_version = "x\033[2J\a\x7f";  /* control characters from the data */
	page = render(&r);
	assert_non_null(strstr(page, "x&#xFFFD;[2J&#xFFFD;&#xFFFD;"));
	assert_null(strchr(page, '\033'));
	assert_int_equal(count(page, "<svg ") - count(page, "<svg class=\"swl\""), 1);
	assert_non_null(strstr(page, ">no dated periods</text>"));
	assert_non_null(strstr(page, "No dated periods"));
	assert_non_null(strstr(page, "<h3>All documents</h3>"));
	assert_non_null(strstr(page, "<h1>Language in comments per month</h1>"));
	assert_null(strstr(page, "Pressure index"));
	assert_non_null(strstr(page, "No term changed"));
	assert_false(has_bad_number(page));
	assert_non_null(strstr(page, "</html>\n"));
	free(page);
}

/* A stream that fails - full buffer, full disk - is TENOR_EIO, not a truncated page that
 * looks whole. */
static void test_write_error(void **state)
{
	struct tenor_report r;
	char small[256];
	FILE *f;

	(void)state;
	fixture(&r);
	f = fmemopen(small, sizeof(small), "w");
	assert_non_null(f);
	assert_int_equal(write_html(&r, f), TENOR_EIO);
	fclose(f);
	if ((f = fopen("/dev/full", "w"))) {
		assert_int_equal(write_html(&r, f), TENOR_EIO);
		fclose(f);
	}
}

/* Not a test: hands the fixture's page to the browser test when it asks for one. */
static void save_page(void)
{
	const char *path = getenv("TENOR_HTML_OUT");
	char *page;
	FILE *f;

	if (!path || !*path)
		return;
	page = fixture_page();
	f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fputs(page, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
	free(page);
}

static void test_save_page(void **state)
{
	(void)state;
	save_page();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frame),
		cmocka_unit_test(test_escaping),
		cmocka_unit_test(test_charts),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_withheld_values),
		cmocka_unit_test(test_all_withheld),
		cmocka_unit_test(test_self_contained),
		cmocka_unit_test(test_minimal),
		cmocka_unit_test(test_group_headings),
		cmocka_unit_test(test_write_error),
		cmocka_unit_test(test_save_page),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
