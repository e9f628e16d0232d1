/*
 * test_writers.c - the report writers (src/write_*.c) through tenor_report_write: JSON,
 * CSV, Markdown, Prometheus and the terminal table, over a report built by hand.
 *
 * The report has all documents and five groups over four quarters and "undated", two
 * categories (pressure, advisory), trends and drivers. Three groups have hostile names: an
 * HTML tag, a spreadsheet formula, and one with a double quote, a backslash and a newline.
 * Three rows are withheld (two for too few documents, one secondary) and carry poison
 * values that no writer may print.
 */
#include "unit.h"

#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>

#define NPERIODS 5
#define NCATS 2
#define MAX_GROUPS 16

#define SCRIPT "<script>alert(1)</script>"
#define FORMULA "=HYPERLINK(\"x\")"
#define KEY "Key \"A\\B\"\nAccount"

/* Values only withheld rows hold: finding them in any output is a leak. */
#define POISON_COUNT 424242ULL
#define POISON_SHARE 0.987654
static const char *const poison[] = { "424242", "987654", "98.8%", "+0.99" };

static const char *const periods[NPERIODS] = {
	"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "undated"
};
static const char *const categories[NCATS] = { "pressure", "advisory" };
static const char *const groups[] = { NULL, "Nord", "S\xc3\xbc" "d", SCRIPT, FORMULA, KEY };
enum { ALL, NORD, SUED, SCRIPT_G, FORMULA_G, KEY_G, NGROUPS };

static const struct tenor_term all_terms[] = {
	{ "leistungsdruck", 14, 3, 9.1, 1 },
	{ "*fett*_x_", 2, 9, 4.3, 0 },
};
static const struct tenor_term script_terms[] = {
	{ "<b>x</b>|y", 5, 1, 3.5, 1 },
	{ "- minus", 2, 0, 1.5, 1 },
	{ "1. eins", 3, 1, 1.2, 1 },
};
static const struct tenor_driver fixture_drivers[] = {
	{ NULL, "2025-Q4", 0, 2, all_terms },
	{ SCRIPT, "2025-Q4", 1, 3, script_terms },
};
static const struct tenor_trend fixture_trends[] = {
	{ NULL, 0, "up", 0.04, 0.003, 0.8, 4 },
	{ NULL, 1, "insufficient", 0, 1, 0, 3 },
	{ "Nord", 0, "down", -0.03, 0.02, -0.6, 4 },
	{ SCRIPT, 1, "flat", 0.001, 0.41, 0.1, 4 },
};

#define NTRENDS (sizeof(fixture_trends) / sizeof(fixture_trends[0]))
#define NDRIVERS (sizeof(fixture_drivers) / sizeof(fixture_drivers[0]))

struct fixture {
	struct tenor_report r;
	struct tenor_row rows[MAX_GROUPS * NPERIODS];
	struct tenor_cell cells[MAX_GROUPS * NPERIODS][NCATS];
	struct tenor_trend trends[NTRENDS];
	struct tenor_driver drivers[NDRIVERS];
};

static struct fixture fx;

/* 0: shown, 1: withheld for too few documents, 2: withheld to protect another row. */
static int withheld(size_t g, size_t p)
{
	if ((g == SUED && p == 2) || (g == KEY_G && p == 3))
		return 1;
	return g == FORMULA_G && p == 3 ? 2 : 0;
}

static void fill_shown(struct tenor_row *row, struct tenor_cell *cells, size_t g, size_t p)
{
	size_t c;

	row->docs = 100 + 10 * g + p;
	row->tokens = row->docs * 40;
	row->has_pressure_index = !(g == NORD && p == 3);
	row->pressure_index = p < 4 ? -0.9 + 0.6 * (double)p : 0.5;
	for (c = 0; c < NCATS; c++) {
		struct tenor_cell *cell = &cells[c];
		cell->hits = 20 + 3 * g + 2 * p + 5 * c;
		cell->negated = 1 + c;
		cell->docs_with_hits = row->docs / 3 + p - 10 * c;
		cell->weight = 1.5 * (double)cell->hits;
		cell->per_1k = 1000.0 * (double)cell->hits / (double)row->tokens;
		cell->doc_share = (double)cell->docs_with_hits / (double)row->docs;
		cell->ci_low = cell->doc_share - 0.05;
		cell->ci_high = cell->doc_share + 0.05;
	}
}

static void fill_withheld(struct tenor_row *row, struct tenor_cell *cells, int secondary)
{
	size_t c;

	row->suppressed = 1;
	row->secondary = secondary;
	row->docs = 4;
	row->tokens = POISON_COUNT;
	row->has_pressure_index = 1;
	row->pressure_index = POISON_SHARE;
	for (c = 0; c < NCATS; c++) {
		struct tenor_cell *cell = &cells[c];
		cell->hits = cell->negated = cell->docs_with_hits = POISON_COUNT;
		cell->weight = (double)POISON_COUNT;
		cell->per_1k = cell->doc_share = cell->ci_low = cell->ci_high = POISON_SHARE;
		cell->change.present = cell->change.significant = 1;
		cell->change.delta = cell->change.p_value = POISON_SHARE;
	}
}

/* Changes against the previous quarter where both are shown: pressure significant (a rise,
 * a fall in 2025-Q3), advisory not. */
static void fill_changes(struct fixture *x, size_t ngroups)
{
	size_t g, p, c;

	for (g = 0; g < ngroups; g++)
		for (p = 1; p < 4; p++) {
			if (withheld(g, p) || withheld(g, p - 1))
				continue;
			for (c = 0; c < NCATS; c++) {
				struct tenor_change *ch = &x->cells[g * NPERIODS + p][c].change;
				ch->present = 1;
				ch->delta = p == 2 ? -0.05 : 0.03;
				ch->p_value = c == 0 ? 0.01 : 0.2;
				ch->significant = ch->p_value < 0.05;
			}
		}
}

/* 1 when the group named name is one of names[0, n). */
static int has_group(const char *const *names, size_t n, const char *name)
{
	size_t g;

	for (g = 0; g < n; g++)
		if (names[g] == name || (names[g] && name && strcmp(names[g], name) == 0))
			return 1;
	return 0;
}

static void fixture_init(struct fixture *x, const char *const *names, size_t ngroups)
{
	struct tenor_report *r = &x->r;
	size_t g, p, i;

	assert_true(ngroups <= MAX_GROUPS);
	memset(x, 0, sizeof(*x));
	r->period_name = "quarter";
	r->by = "team";
	r->min_group = 5;
	r->lexicon_version = "0123abcd";
	r->generated_at = "2025-10-01T08:00:00Z";
	r->ncategories = NCATS;
	r->categories = categories;
	r->pressure_category = 0;
	r->advisory_category = 1;
	r->nperiods = NPERIODS;
	r->periods = periods;
	r->ngroups = ngroups;
	r->groups = names;
	r->rows = x->rows;
	/* only those of the groups given: a report with a trend or a driver of a group it does
	 * not have is refused */
	for (i = 0; i < NTRENDS; i++)
		if (has_group(names, ngroups, fixture_trends[i].group))
			x->trends[r->ntrends++] = fixture_trends[i];
	for (i = 0; i < NDRIVERS; i++)
		if (has_group(names, ngroups, fixture_drivers[i].group))
			x->drivers[r->ndrivers++] = fixture_drivers[i];
	r->trends = x->trends;
	r->drivers = x->drivers;
	for (g = 0; g < ngroups; g++)
		for (p = 0; p < NPERIODS; p++) {
			struct tenor_row *row = &x->rows[g * NPERIODS + p];
			struct tenor_cell *cells = x->cells[g * NPERIODS + p];
			row->period = periods[p];
			row->group = names[g];
			row->cells = cells;
			if (withheld(g, p))
				fill_withheld(row, cells, withheld(g, p) == 2);
			else
				fill_shown(row, cells, g, p);
		}
	fill_changes(x, ngroups);
}

static const struct tenor_report *report(void)
{
	fixture_init(&fx, groups, NGROUPS);
	return &fx.r;
}

/* The report written in format into memory; NUL-terminated, the caller frees it. */
static char *render(const struct tenor_report *r, enum tenor_report_format format, int color)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	assert_non_null(f);
	assert_int_equal(tenor_report_write(r, format, color, f), TENOR_OK);
	assert_int_equal(fclose(f), 0);
	assert_non_null(out);
	assert_int_equal(strlen(out), len);
	return out;
}

static void assert_contains(const char *out, const char *s)
{
	if (!strstr(out, s))
		fail_msg("missing in output: \"%s\"", s);
}

static void assert_starts(const char *out, const char *s)
{
	if (strncmp(out, s, strlen(s)) != 0)
		fail_msg("output does not begin with \"%s\":\n%s", s, out);
}

static void assert_lacks(const char *out, const char *s)
{
	if (strstr(out, s))
		fail_msg("unexpected in output: \"%s\"", s);
}

/* Fails unless out has a line that is exactly line. */
static void assert_line(const char *out, const char *line)
{
	size_t n = strlen(line);
	const char *p;

	for (p = out; (p = strstr(p, line)) != NULL; p++)
		if ((p == out || p[-1] == '\n') && (p[n] == '\n' || p[n] == 0))
			return;
	fail_msg("no line \"%s\" in:\n%s", line, out);
}

/* 1 when the line that begins at p holds s. */
static int line_has(const char *p, const char *s)
{
	const char *hit = strstr(p, s), *end = strchr(p, '\n');

	return hit && (!end || hit < end);
}

static size_t count_of(const char *out, const char *s)
{
	size_t n = 0;
	const char *p;

	for (p = out; (p = strstr(p, s)) != NULL; p += strlen(s))
		n++;
	return n;
}

static void assert_no_poison(const char *out)
{
	size_t i;

	for (i = 0; i < sizeof(poison) / sizeof(poison[0]); i++)
		assert_lacks(out, poison[i]);
}

/* ---- JSON ---- */

static json_t *parse_json(const char *out)
{
	json_error_t err;
	json_t *root = json_loads(out, 0, &err);

	if (!root)
		fail_msg("invalid JSON at %d: %s", err.position, err.text);
	/* one line, ending in a newline */
	assert_ptr_equal(strchr(out, '\n'), out + strlen(out) - 1);
	return root;
}

static void assert_json_string(json_t *o, const char *key, const char *want)
{
	json_t *v = json_object_get(o, key);

	if (!want) {
		assert_true(json_is_null(v));
		return;
	}
	assert_true(json_is_string(v));
	assert_string_equal(json_string_value(v), want);
}

static void assert_json_int(json_t *o, const char *key, long long want)
{
	json_t *v = json_object_get(o, key);

	assert_true(json_is_integer(v));
	assert_int_equal(json_integer_value(v), want);
}

static void assert_json_real(json_t *o, const char *key, double want)
{
	json_t *v = json_object_get(o, key);

	assert_true(json_is_real(v));
	assert_float_equal(json_real_value(v), want, 1e-9);
}

static void assert_json_keys(json_t *o, const char *const *keys, size_t n)
{
	size_t i;

	assert_true(json_is_object(o));
	assert_int_equal(json_object_size(o), n);
	for (i = 0; i < n; i++)
		if (!json_object_get(o, keys[i]))
			fail_msg("key \"%s\" missing", keys[i]);
}

static void check_json_cell(json_t *o, const struct tenor_cell *cell)
{
	static const char *const keys[] = { "hits", "negated", "docs_with_hits", "weight",
					     "per_1k", "doc_share", "doc_share_ci", "change" };
	static const char *const change_keys[] = { "delta", "p_value", "significant" };
	json_t *ci = json_object_get(o, "doc_share_ci"), *ch = json_object_get(o, "change");

	assert_json_keys(o, keys, 8);
	assert_json_int(o, "hits", (long long)cell->hits);
	assert_json_int(o, "negated", (long long)cell->negated);
	assert_json_int(o, "docs_with_hits", (long long)cell->docs_with_hits);
	assert_json_real(o, "weight", cell->weight);
	assert_json_real(o, "per_1k", cell->per_1k);
	assert_json_real(o, "doc_share", cell->doc_share);
	assert_int_equal(json_array_size(ci), 2);
	assert_float_equal(json_real_value(json_array_get(ci, 0)), cell->ci_low, 1e-9);
	assert_float_equal(json_real_value(json_array_get(ci, 1)), cell->ci_high, 1e-9);
	if (!cell->change.present) {
		assert_true(json_is_null(ch));
		return;
	}
	assert_json_keys(ch, change_keys, 3);
	assert_json_real(ch, "delta", cell->change.delta);
	assert_json_real(ch, "p_value", cell->change.p_value);
	assert_true(json_is_boolean(json_object_get(ch, "significant")));
	assert_int_equal(json_is_true(json_object_get(ch, "significant")),
			 cell->change.significant);
}

static void check_json_row(json_t *o, const struct tenor_row *row)
{
	static const char *const withheld_keys[] = { "period", "group", "suppressed" };
	static const char *const keys[] = { "period", "group", "docs", "tokens", "suppressed",
					     "pressure_index", "categories" };
	json_t *cats;
	size_t c;

	assert_json_string(o, "period", row->period);
	assert_json_string(o, "group", row->group);
	if (row->suppressed) {
		assert_json_keys(o, withheld_keys, 3);
		assert_true(json_is_true(json_object_get(o, "suppressed")));
		return;
	}
	assert_json_keys(o, keys, 7);
	assert_true(json_is_false(json_object_get(o, "suppressed")));
	assert_json_int(o, "docs", (long long)row->docs);
	assert_json_int(o, "tokens", (long long)row->tokens);
	if (row->has_pressure_index)
		assert_json_real(o, "pressure_index", row->pressure_index);
	else
		assert_true(json_is_null(json_object_get(o, "pressure_index")));
	cats = json_object_get(o, "categories");
	assert_json_keys(cats, categories, NCATS);
	for (c = 0; c < NCATS; c++)
		check_json_cell(json_object_get(cats, categories[c]), &row->cells[c]);
}

static void check_json_trends(json_t *a)
{
	static const char *const keys[] = { "group", "category", "direction", "slope",
					     "p_value", "tau", "periods" };
	size_t i;

	assert_int_equal(json_array_size(a), 4);
	for (i = 0; i < 4; i++) {
		const struct tenor_trend *t = &fixture_trends[i];
		json_t *o = json_array_get(a, i);
		assert_json_keys(o, keys, 7);
		assert_json_string(o, "group", t->group);
		assert_json_string(o, "category", categories[t->category]);
		assert_json_string(o, "direction", t->direction);
		assert_json_int(o, "periods", (long long)t->periods);
	}
	assert_json_real(json_array_get(a, 0), "slope", 0.04);
	assert_json_real(json_array_get(a, 0), "p_value", 0.003);
	assert_json_real(json_array_get(a, 2), "tau", -0.6);
}

static void check_json_drivers(json_t *a)
{
	static const char *const keys[] = { "group", "period", "category", "terms" };
	static const char *const term_keys[] = { "term", "count", "previous", "g2", "rose" };
	json_t *terms, *t;

	assert_int_equal(json_array_size(a), 2);
	assert_json_keys(json_array_get(a, 0), keys, 4);
	assert_json_string(json_array_get(a, 0), "group", NULL);
	assert_json_string(json_array_get(a, 0), "period", "2025-Q4");
	assert_json_string(json_array_get(a, 0), "category", "pressure");
	assert_json_string(json_array_get(a, 1), "group", SCRIPT);
	assert_json_string(json_array_get(a, 1), "category", "advisory");
	terms = json_object_get(json_array_get(a, 0), "terms");
	assert_int_equal(json_array_size(terms), 2);
	t = json_array_get(terms, 0);
	assert_json_keys(t, term_keys, 5);
	assert_json_string(t, "term", "leistungsdruck");
	assert_json_int(t, "count", 14);
	assert_json_int(t, "previous", 3);
	assert_json_real(t, "g2", 9.1);
	assert_true(json_is_true(json_object_get(t, "rose")));
	assert_true(json_is_false(json_object_get(json_array_get(terms, 1), "rose")));
	assert_json_string(json_array_get(terms, 1), "term", "*fett*_x_");
}

static void test_json_document(void **state)
{
	static const char *const top_keys[] = { "meta", "rows", "trends", "drivers" };
	static const char *const meta_keys[] = { "period", "by", "min_group", "lexicon_version",
						  "generated_at", "categories", "unplaced" };
	const struct tenor_report *r = report();
	char *out = render(r, TENOR_REPORT_JSON, 0);
	json_t *root = parse_json(out), *meta, *rows;
	size_t i;

	(void)state;
	assert_json_keys(root, top_keys, 4);
	/* the documented key order */
	assert_starts(out, "{\"meta\":{\"period\":\"quarter\",\"by\":\"team\",\"min_group\":5,");
	meta = json_object_get(root, "meta");
	assert_json_keys(meta, meta_keys, 7);
	assert_json_string(meta, "period", "quarter");
	assert_json_string(meta, "by", "team");
	assert_json_int(meta, "min_group", 5);
	assert_json_string(meta, "lexicon_version", "0123abcd");
	assert_json_string(meta, "generated_at", "2025-10-01T08:00:00Z");
	assert_int_equal(json_array_size(json_object_get(meta, "categories")), NCATS);
	rows = json_object_get(root, "rows");
	assert_int_equal(json_array_size(rows), NGROUPS * NPERIODS);
	for (i = 0; i < NGROUPS * NPERIODS; i++)
		check_json_row(json_array_get(rows, i), &r->rows[i]);
	check_json_trends(json_object_get(root, "trends"));
	check_json_drivers(json_object_get(root, "drivers"));
	assert_no_poison(out);
	json_decref(root);
	free(out);
}

static void test_json_without_by(void **state)
{
	struct tenor_report r = *report();
	char *out;
	json_t *root;

	(void)state;
	r.by = NULL;
	r.ngroups = 1;
	r.ntrends = r.ndrivers = 0;
	out = render(&r, TENOR_REPORT_JSON, 0);
	root = parse_json(out);
	assert_true(json_is_null(json_object_get(json_object_get(root, "meta"), "by")));
	assert_int_equal(json_array_size(json_object_get(root, "rows")), NPERIODS);
	assert_int_equal(json_array_size(json_object_get(root, "trends")), 0);
	assert_int_equal(json_array_size(json_object_get(root, "drivers")), 0);
	json_decref(root);
	free(out);
}

/* A string that is not UTF-8 (a term stored by another tool in Latin-1) is refused before
 * anything is written, even where it comes last in the document. */
static void test_json_not_utf8(void **state)
{
	static const struct tenor_term latin1 = { "dr\xfc" "ck", 3, 1, 5.0, 1 };
	struct tenor_report r = *report();
	struct tenor_driver *d;
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	(void)state;
	assert_non_null(f);
	assert_true(r.ndrivers > 0);
	d = malloc(r.ndrivers * sizeof(*d));
	assert_non_null(d);
	memcpy(d, r.drivers, r.ndrivers * sizeof(*d));
	d[r.ndrivers - 1].terms = &latin1;
	d[r.ndrivers - 1].nterms = 1;
	r.drivers = d;
	assert_int_equal(tenor_report_write(&r, TENOR_REPORT_JSON, 0, f), TENOR_EUTF8);
	r = *report();
	r.lexicon_version = "v\xff";
	assert_int_equal(tenor_report_write(&r, TENOR_REPORT_JSON, 0, f), TENOR_EUTF8);
	fclose(f);
	assert_int_equal(len, 0);
	free(out);
	free(d);
}

static unsigned long json_allocs, json_fail_at;

static void *failing_malloc(size_t n)
{
	return ++json_allocs == json_fail_at ? NULL : malloc(n);
}

/* Every allocation of jansson fails once in turn: the writer says TENOR_ENOMEM, leaves a
 * line that is no JSON document, and leaks nothing (valgrind), until the allocations it
 * needs all succeed. */
static void test_json_out_of_memory(void **state)
{
	const struct tenor_report *r = report();
	unsigned long n;
	int rc = TENOR_ENOMEM;

	(void)state;
	json_set_alloc_funcs(failing_malloc, free);
	for (n = 1; rc != TENOR_OK; n++) {
		char *out = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&out, &len);

		assert_non_null(f);
		json_allocs = 0;
		json_fail_at = n;
		rc = tenor_report_write(r, TENOR_REPORT_JSON, 0, f);
		assert_true(rc == TENOR_OK || rc == TENOR_ENOMEM);
		fclose(f);
		json_fail_at = 0;
		/* cut short where it failed, never closed: no reader takes it for a report */
		if (rc != TENOR_OK)
			assert_null(json_loadb(out, len, 0, NULL));
		free(out);
		assert_true(n < 100000);
	}
	json_set_alloc_funcs(malloc, free);
	assert_true(n > 10);
}

/* ---- CSV ---- */

#define CSV_FIELDS 16
#define CSV_MAX_RECORDS 256

struct csv_record {
	size_t n;
	char *f[CSV_FIELDS + 1];
};

/* One field at *s (RFC 4180: quoted with doubled quotes, or bare without quotes, CR or LF),
 * as a malloc'd string; *s moves past it. */
static char *csv_field(const char **s)
{
	char buf[256];
	size_t len = 0;
	const char *p = *s;

	if (*p == '"') {
		for (p++; !(*p == '"' && p[1] != '"'); p++) {
			assert_true(*p && len < sizeof(buf) - 1);
			if (*p == '"')
				p++;
			buf[len++] = *p;
		}
		p++;
	} else {
		for (; *p && *p != ',' && *p != '\r' && *p != '\n'; p++) {
			assert_true(*p != '"' && len < sizeof(buf) - 1);
			buf[len++] = *p;
		}
	}
	buf[len] = 0;
	*s = p;
	return strdup(buf);
}

/* Parses a whole CSV text whose records all end in CRLF into recs; returns their count. */
static size_t csv_parse(const char *s, struct csv_record *recs, size_t max)
{
	size_t n = 0;

	while (*s) {
		struct csv_record *rec = &recs[n++];
		assert_true(n <= max);
		rec->n = 0;
		for (;;) {
			assert_true(rec->n <= CSV_FIELDS);
			rec->f[rec->n++] = csv_field(&s);
			if (*s != ',')
				break;
			s++;
		}
		assert_true(s[0] == '\r' && s[1] == '\n');
		s += 2;
	}
	return n;
}

static void csv_free(struct csv_record *recs, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < recs[i].n; j++)
			free(recs[i].f[j]);
}

static void check_csv_record(const struct csv_record *rec, const struct tenor_row *row,
			     size_t c)
{
	char want[64];
	size_t i;

	assert_string_equal(rec->f[0], row->period);
	assert_string_equal(rec->f[2], categories[c]);
	if (row->suppressed) {
		assert_string_equal(rec->f[3], "1");
		for (i = 4; i < CSV_FIELDS; i++)
			assert_string_equal(rec->f[i], "");
		return;
	}
	assert_string_equal(rec->f[3], "0");
	snprintf(want, sizeof(want), "%llu", row->docs);
	assert_string_equal(rec->f[4], want);
	snprintf(want, sizeof(want), "%llu", row->cells[c].hits);
	assert_string_equal(rec->f[6], want);
	assert_true(strtod(rec->f[9], NULL) == row->cells[c].doc_share);
	if (row->cells[c].change.present) {
		assert_true(strtod(rec->f[12], NULL) == row->cells[c].change.delta);
		assert_string_equal(rec->f[14], row->cells[c].change.significant ? "1" : "0");
	} else {
		assert_string_equal(rec->f[12], "");
		assert_string_equal(rec->f[13], "");
		assert_string_equal(rec->f[14], "");
	}
	if (row->has_pressure_index)
		assert_true(strtod(rec->f[15], NULL) == row->pressure_index);
	else
		assert_string_equal(rec->f[15], "");
}

static void test_csv_records(void **state)
{
	static const char *const header[CSV_FIELDS] = {
		"period", "group", "category", "suppressed", "docs", "tokens", "hits", "weight",
		"per_1k", "doc_share", "ci_low", "ci_high", "delta", "p_value", "significant",
		"pressure_index"
	};
	static struct csv_record recs[CSV_MAX_RECORDS];
	static const char *const shown_group[] = {
		"(all)", "Nord", "S\xc3\xbc" "d", SCRIPT, "'" FORMULA, KEY
	};
	const struct tenor_report *r = report();
	char *out = render(r, TENOR_REPORT_CSV, 0);
	size_t n, i, c;

	(void)state;
	/* a UTF-8 byte order mark first, for Excel */
	assert_memory_equal(out, "\xEF\xBB\xBF", 3);
	n = csv_parse(out + 3, recs, CSV_MAX_RECORDS);
	assert_int_equal(n, 1 + NGROUPS * NPERIODS * NCATS);
	for (i = 0; i < n; i++)
		assert_int_equal(recs[i].n, CSV_FIELDS);
	for (i = 0; i < CSV_FIELDS; i++)
		assert_string_equal(recs[0].f[i], header[i]);
	for (i = 0; i < NGROUPS * NPERIODS; i++)
		for (c = 0; c < NCATS; c++) {
			const struct csv_record *rec = &recs[1 + i * NCATS + c];
			assert_string_equal(rec->f[1], shown_group[i / NPERIODS]);
			check_csv_record(rec, &r->rows[i], c);
		}
	/* quoted where needed, formulas neutralized, writer's own negative numbers kept */
	assert_contains(out, ",\"'=HYPERLINK(\"\"x\"\")\",");
	assert_contains(out, ",\"Key \"\"A\\B\"\"\nAccount\",");
	assert_contains(out, ",-0.05,0.01,1,");
	assert_no_poison(out);
	csv_free(recs, n);
	free(out);
}

/* Text from the data that a spreadsheet would run as a formula gets a leading "'"; fields
 * with delimiters, quotes or line breaks are quoted. */
static void test_csv_neutralizes(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "=1+2", "'=1+2" }, { "+1", "'+1" }, { "-1", "'-1" }, { "@SUM(A1)", "'@SUM(A1)" },
		{ "\tx", "'\tx" }, { "\rx", "'\rx" }, { "a,b", "a,b" }, { "q\"q", "q\"q" },
		{ "x=1", "x=1" }, { "", "" }, { "-", "'-" }, { "=a,\"b\"\n", "'=a,\"b\"\n" },
		{ "x;=1+1;", "x;=1+1;" }, { "y\t=1+1", "y\t=1+1" },
	};
	static const char *names[MAX_GROUPS];
	static struct csv_record recs[CSV_MAX_RECORDS];
	size_t ncases = sizeof(cases) / sizeof(cases[0]), i, n;
	char *out;

	(void)state;
	names[0] = NULL;
	for (i = 0; i < ncases; i++)
		names[i + 1] = cases[i].in;
	fixture_init(&fx, names, ncases + 1);
	out = render(&fx.r, TENOR_REPORT_CSV, 0);
	n = csv_parse(out, recs, CSV_MAX_RECORDS);
	assert_int_equal(n, 1 + (ncases + 1) * NPERIODS * NCATS);
	for (i = 0; i < ncases; i++) {
		/* the first record of the group */
		const struct csv_record *rec = &recs[1 + (i + 1) * NPERIODS * NCATS];
		print_message("csv: case %zu\n", i);
		assert_int_equal(rec->n, CSV_FIELDS);
		assert_string_equal(rec->f[1], cases[i].out);
	}
	/* quoted, so that Excel with ';' (or tab) as its list separator keeps them one cell */
	assert_contains(out, ",\"x;=1+1;\",");
	assert_contains(out, ",\"y\t=1+1\",");
	csv_free(recs, n);
	free(out);
}

/* A group named "(all)", as CSV and Prometheus name all documents: those two refuse the
 * report rather than write two records or series of one name; the other formats tell them
 * apart. */
static void test_group_named_all(void **state)
{
	static const char *const names[] = { NULL, "Nord", "(all)" };
	static const enum tenor_report_format ok[] = { TENOR_REPORT_TABLE, TENOR_REPORT_JSON,
						       TENOR_REPORT_MD, TENOR_REPORT_HTML };
	char *buf = NULL;
	size_t len = 0, i;
	FILE *f;

	(void)state;
	fixture_init(&fx, names, 3);
	for (i = 0; i < 2; i++) {
		assert_non_null(f = open_memstream(&buf, &len));
		assert_int_equal(tenor_report_write(&fx.r, i ? TENOR_REPORT_PROM : TENOR_REPORT_CSV,
						    0, f), TENOR_EINVAL);
		fclose(f);
		assert_int_equal(len, 0);
		free(buf);
		buf = NULL;
	}
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		char *out = render(&fx.r, ok[i], 0);
		assert_non_null(strstr(out, "(all)"));
		free(out);
	}
}

/* ---- Markdown ---- */

/* The number of cell separators in a table line: '|' not escaped by a backslash. */
static size_t md_pipes(const char *line, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (line[i] == '\\')
			i++;
		else if (line[i] == '|')
			n++;
	}
	return n;
}

static void test_md_escapes(void **state)
{
	const struct tenor_report *r = report();
	char *out = render(r, TENOR_REPORT_MD, 0);
	const char *p;
	size_t tables = 0;

	(void)state;
	assert_starts(out, "# tenor report\n\nPeriod: quarter \xc2\xb7 by: team \xc2\xb7 ");
	/* no tag can get through: every < and > is an entity */
	assert_null(strchr(out, '<'));
	assert_null(strchr(out, '>'));
	assert_line(out, "## team: &lt;script&gt;alert(1)&lt;/script&gt;");
	assert_line(out, "## team: =HYPERLINK(\"x\")");
	assert_line(out, "## team: Key \"A\\\\B\" Account");
	assert_line(out, "## team: S\xc3\xbc" "d");
	assert_int_equal(count_of(out, "\n## "), NGROUPS + 1);
	/* every table line has the columns of its header: nothing in the data splits a cell */
	for (p = out; *p; p = strchr(p, '\n') + 1) {
		size_t len = (size_t)(strchr(p, '\n') - p);
		if (*p != '|')
			continue;
		tables++;
		assert_int_equal(md_pipes(p, len), 6);
	}
	assert_int_equal(tables, NGROUPS * (2 + NPERIODS));
	assert_line(out, "| Period | Documents | Pressure index | pressure | advisory |");
	assert_line(out, "| 2025-Q1 | 100 | -0.90 | 33.0% (28.0\xe2\x80\x93" "38.0) | "
			 "23.0% (18.0\xe2\x80\x93" "28.0) |");
	assert_line(out, "| 2025-Q2 | 101 | -0.30 | 33.7% (28.7\xe2\x80\x93" "38.7) \xe2\x96\xb2 | "
			 "23.8% (18.8\xe2\x80\x93" "28.8) |");
	assert_line(out, "| 2025-Q3 | withheld (fewer than 5) |  |  |  |");
	assert_line(out, "| 2025-Q4 | withheld (protects a part of fewer than 5) |  |  |  |");
	assert_int_equal(count_of(out, "| withheld"), 3);
	assert_line(out, "| 2025-Q4 | 113 | \xe2\x80\x94 | 35.4% (30.4\xe2\x80\x93" "40.4) "
			 "\xe2\x96\xb2 | 26.5% (21.5\xe2\x80\x93" "31.5) |");
	assert_line(out, "Trends: pressure: up (p=0.003, +0.04/period); advisory: insufficient");
	assert_line(out, "Trends: pressure: down (p=0.02, -0.03/period)");
	assert_line(out, "- All documents, 2025-Q4, pressure");
	assert_line(out, "  - leistungsdruck \xe2\x96\xb2 3 \xe2\x86\x92 14 (G\xc2\xb2 9.1)");
	assert_line(out, "  - \\*fett\\*\\_x\\_ \xe2\x96\xbc 9 \xe2\x86\x92 2 (G\xc2\xb2 4.3)");
	assert_line(out, "- team: &lt;script&gt;alert(1)&lt;/script&gt;, 2025-Q4, advisory");
	assert_line(out, "  - &lt;b&gt;x&lt;/b&gt;\\|y \xe2\x96\xb2 1 \xe2\x86\x92 5 "
			 "(G\xc2\xb2 3.5)");
	/* a term cannot open a nested list */
	assert_line(out, "  - \\- minus \xe2\x96\xb2 0 \xe2\x86\x92 2 (G\xc2\xb2 1.5)");
	assert_line(out, "  - 1\\. eins \xe2\x96\xb2 1 \xe2\x86\x92 3 (G\xc2\xb2 1.2)");
	assert_no_poison(out);
	free(out);
}

/* ---- Prometheus ---- */

static int name_start(int c)
{
	return isalpha(c) || c == '_' || c == ':';
}

static int name_char(int c)
{
	return isalnum(c) || c == '_' || c == ':';
}

/* Checks a quoted label value at line[*i] (only \\, \" and \n escapes) and moves past it. */
static void prom_label_value(const char *line, size_t len, size_t *i)
{
	size_t k = *i;

	assert_true(k < len && line[k] == '"');
	for (k++; k < len && line[k] != '"'; k++)
		if (line[k] == '\\') {
			assert_true(k + 1 < len && strchr("\\\"n", line[k + 1]));
			k++;
		}
	assert_true(k < len);
	*i = k + 1;
}

/* Checks a sample line of the text exposition format: a metric name, optional labels
 * {name="value",...}, one space, a number that is not NaN, nothing after it (no timestamp).
 * Copies the metric name into name. */
static void prom_sample(const char *line, size_t len, char *name, size_t size)
{
	char value[64], *end;
	size_t i = 0;

	assert_true(len > 0 && name_start((unsigned char)line[0]));
	while (i < len && name_char((unsigned char)line[i]))
		i++;
	assert_true(i < size);
	memcpy(name, line, i);
	name[i] = 0;
	if (i < len && line[i] == '{') {
		do {
			i++;
			assert_true(i < len && (isalpha((unsigned char)line[i]) || line[i] == '_'));
			while (i < len && (isalnum((unsigned char)line[i]) || line[i] == '_'))
				i++;
			assert_true(i < len && line[i] == '=');
			i++;
			prom_label_value(line, len, &i);
		} while (i < len && line[i] == ',');
		assert_true(i < len && line[i] == '}');
		i++;
	}
	assert_true(i < len && line[i] == ' ');
	i++;
	assert_true(len - i > 0 && len - i < sizeof(value));
	memcpy(value, line + i, len - i);
	value[len - i] = 0;
	assert_false(isnan(strtod(value, &end)));
	assert_true(end != value && *end == 0);
}

struct family {
	char name[64];
	int help, type, samples;
};

static struct family *family_of(struct family *fams, size_t *n, const char *name)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp(fams[i].name, name) == 0)
			return &fams[i];
	assert_true(*n < 16 && strlen(name) < sizeof(fams[0].name));
	memset(&fams[*n], 0, sizeof(fams[0]));
	snprintf(fams[*n].name, sizeof(fams[0].name), "%s", name);
	return &fams[(*n)++];
}

/* Checks every line of out: HELP and TYPE (gauge) once per family before its samples,
 * samples grammatical and of one family together. Returns the number of families. */
static size_t prom_check(const char *out)
{
	struct family fams[16], *last = NULL;
	size_t nfams = 0, i;
	const char *p;

	for (p = out; *p; p = strchr(p, '\n') + 1) {
		size_t len = (size_t)(strchr(p, '\n') - p);
		char name[64];
		struct family *fam;

		assert_true(len > 0);
		if (strncmp(p, "# HELP ", 7) == 0 || strncmp(p, "# TYPE ", 7) == 0) {
			size_t n = strcspn(p + 7, " \n");
			assert_true(n > 0 && n < sizeof(name));
			memcpy(name, p + 7, n);
			name[n] = 0;
			fam = family_of(fams, &nfams, name);
			assert_int_equal(fam->samples, 0);
			if (p[2] == 'H') {
				fam->help++;
				assert_true(len > 8 + n);
			} else {
				fam->type++;
				assert_int_equal(len, 7 + n + 6);
				assert_true(strncmp(p + 7 + n, " gauge", 6) == 0);
			}
			continue;
		}
		assert_true(p[0] != '#');
		prom_sample(p, len, name, sizeof(name));
		fam = family_of(fams, &nfams, name);
		assert_true(fam->help == 1 && fam->type == 1);
		assert_true(fam == last || fam->samples == 0);
		fam->samples++;
		last = fam;
	}
	for (i = 0; i < nfams; i++)
		if (fams[i].help != 1 || fams[i].type != 1 || fams[i].samples == 0)
			fail_msg("family %s: %d HELP, %d TYPE, %d samples", fams[i].name,
				 fams[i].help, fams[i].type, fams[i].samples);
	return nfams;
}

/* The value of the sample of series (name and labels) in out. */
static double prom_value(const char *out, const char *series)
{
	const char *p;
	size_t n = strlen(series);

	for (p = out; *p; p = strchr(p, '\n') + 1)
		if (strncmp(p, series, n) == 0 && p[n] == ' ')
			return strtod(p + n + 1, NULL);
	fail_msg("no sample %s", series);
	return 0;
}

static void test_prom_grammar(void **state)
{
	char *out = render(report(), TENOR_REPORT_PROM, 0);

	(void)state;
	assert_int_equal(prom_check(out), 8);
	free(out);
}

static void test_prom_latest_period(void **state)
{
	const struct tenor_report *r = report();
	const struct tenor_row *all = &r->rows[ALL * NPERIODS + 3];
	const struct tenor_row *nord = &r->rows[NORD * NPERIODS + 3];
	char *out = render(r, TENOR_REPORT_PROM, 0);
	const char *p;

	(void)state;
	assert_line(out, "tenor_report_info{period=\"2025-Q4\",period_kind=\"quarter\",by=\"team\","
			 "lexicon_version=\"0123abcd\"} 1");
	assert_line(out, "tenor_suppressed{group=\"(all)\"} 0");
	assert_line(out, "tenor_suppressed{group=\"Nord\"} 0");
	assert_line(out, "tenor_suppressed{group=\"=HYPERLINK(\\\"x\\\")\"} 1");
	assert_line(out, "tenor_suppressed{group=\"Key \\\"A\\\\B\\\"\\nAccount\"} 1");
	assert_line(out, "tenor_documents{group=\"(all)\"} 103");
	assert_line(out, "tenor_documents{group=\"Nord\"} 113");
	assert_line(out, "tenor_tokens{group=\"" SCRIPT "\"} 5320");
	assert_line(out, "tenor_weighted_hits{category=\"pressure\",group=\"Nord\"} 43.5");
	/* values read back exactly */
	assert_true(prom_value(out, "tenor_pressure_index{group=\"(all)\"}") ==
		    all->pressure_index);
	assert_true(prom_value(out, "tenor_doc_share{category=\"pressure\",group=\"(all)\"}") ==
		    all->cells[0].doc_share);
	assert_true(prom_value(out, "tenor_hits_per_1k{category=\"advisory\",group=\"Nord\"}") ==
		    nord->cells[1].per_1k);
	/* Nord has no index in 2025-Q4; the earlier quarters are not written */
	assert_lacks(out, "tenor_pressure_index{group=\"Nord\"}");
	assert_lacks(out, "2025-Q3");
	assert_lacks(out, "undated");
	/* a withheld group has only tenor_suppressed */
	for (p = out; *p; p = strchr(p, '\n') + 1)
		if (strncmp(p, "tenor_suppressed{", 17) != 0) {
			size_t len = (size_t)(strchr(p, '\n') - p);
			char line[512];
			assert_true(len < sizeof(line));
			memcpy(line, p, len);
			line[len] = 0;
			assert_lacks(line, "HYPERLINK");
			assert_lacks(line, "Account");
		}
	assert_no_poison(out);
	free(out);
}

/* ---- table ---- */

/* The code points in s before p. */
static size_t column_of(const char *s, const char *p)
{
	size_t n = 0;

	for (; s < p; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

static void test_table_plain(void **state)
{
	const struct tenor_report *r = report();
	char *out = render(r, TENOR_REPORT_TABLE, 0);

	(void)state;
	assert_null(strchr(out, '\x1b'));
	assert_starts(out, "All documents  pressure index \xe2\x96\x81\xe2\x96\x83\xe2\x96\x86"
			   "\xe2\x96\x88\n");
	assert_line(out, "period   docs  index  pressure  advisory");
	assert_line(out, "2025-Q1   100  -0.90   33.0%     23.0%");
	assert_line(out, "2025-Q2   101  -0.30   33.7% \xe2\x96\xb2   23.8%");
	assert_line(out, "2025-Q3   112  +0.30   34.8% \xe2\x96\xbc   25.9%");
	assert_line(out, "2025-Q4   113      \xc2\xb7   35.4% \xe2\x96\xb2   26.5%");
	/* withheld rows: the reason and nothing else */
	assert_line(out, "2025-Q3  withheld (n < 5)");
	assert_line(out, "2025-Q4  withheld (n < 5)");
	assert_line(out, "2025-Q4  withheld (protects a part with n < 5)");
	assert_int_equal(count_of(out, "withheld"), 3);
	assert_line(out, "team: S\xc3\xbc" "d  pressure index "
			 "\xe2\x96\x81\xe2\x96\x83\xc2\xb7\xe2\x96\x88");
	assert_line(out, "team: Nord  pressure index \xe2\x96\x81\xe2\x96\x83\xe2\x96\x86\xc2\xb7");
	/* the newline of a name cannot break the layout */
	assert_line(out, "team: Key \"A\\B\"?Account  pressure index "
			 "\xe2\x96\x81\xe2\x96\x83\xe2\x96\x86\xc2\xb7");
	assert_line(out, "  pressure: up (p=0.003, +0.04/period)");
	assert_line(out, "  advisory: insufficient");
	assert_line(out, "  pressure: down (p=0.02, -0.03/period)");
	assert_line(out, "  advisory: flat (p=0.41, +0.001/period)");
	assert_line(out, "Drivers");
	assert_line(out, "  All documents, 2025-Q4, pressure: leistungsdruck \xe2\x96\xb2 "
			 "3\xe2\x86\x92" "14, *fett*_x_ \xe2\x96\xbc 9\xe2\x86\x92" "2");
	assert_no_poison(out);
	free(out);
}

static void test_table_color(void **state)
{
	char *out = render(report(), TENOR_REPORT_TABLE, 1);

	(void)state;
	assert_contains(out, "\x1b[1mAll documents\x1b[0m");
	/* a rise of pressure in red, its fall in green; withheld rows dim */
	assert_contains(out, " \x1b[31m\xe2\x96\xb2\x1b[0m");
	assert_contains(out, " \x1b[32m\xe2\x96\xbc\x1b[0m");
	assert_contains(out, "\x1b[2mwithheld (n < 5)\x1b[0m");
	assert_no_poison(out);
	free(out);
}

/* Columns line up by display width: a category named with an umlaut takes as many columns
 * as letters, not bytes. */
static void test_table_aligns_by_display_width(void **state)
{
	static const char *const cats[NCATS] = { "\xc3\x9c" "berlastung", "advisory" };
	const char *name = cats[0], *p, *pos, *line;
	size_t last, rows = 0;
	char *out;

	(void)state;
	fixture_init(&fx, groups, NGROUPS);
	fx.r.categories = cats;
	out = render(&fx.r, TENOR_REPORT_TABLE, 0);
	pos = strstr(out, name);
	assert_non_null(pos);
	for (line = pos; line > out && line[-1] != '\n'; line--)
		;
	/* the column of the name's last letter */
	last = column_of(line, pos) + column_of(name, name + strlen(name)) - 1;
	for (p = out; *p; p = strchr(p, '\n') + 1)
		if (strncmp(p, "2025-", 5) == 0 && !line_has(p, "withheld")) {
			const char *pct = strchr(p, '%');
			/* "33.0% ▲": the arrow sits in the name's last column */
			assert_int_equal(column_of(p, pct) + 2, last);
			rows++;
		}
	assert_int_equal(rows, NGROUPS * 4 - 3);
	free(out);
}

/* ---- every format ---- */

static const enum tenor_report_format formats[] = {
	TENOR_REPORT_TABLE, TENOR_REPORT_JSON, TENOR_REPORT_CSV, TENOR_REPORT_MD, TENOR_REPORT_PROM
};
#define NFORMATS (sizeof(formats) / sizeof(formats[0]))

/* No group, period or category: every writer still writes its frame. */
static void test_empty_report(void **state)
{
	static const char *const all[] = { NULL };
	struct tenor_report r;
	json_t *root;
	char *out;
	size_t i;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.period_name = "quarter";
	r.min_group = 5;
	r.lexicon_version = "mixed";
	r.generated_at = "2025-10-01T08:00:00Z";
	r.pressure_category = r.advisory_category = -1;
	r.ngroups = 1;
	r.groups = all;
	for (i = 0; i < NFORMATS; i++)
		free(render(&r, formats[i], 0));
	out = render(&r, TENOR_REPORT_JSON, 0);
	root = parse_json(out);
	assert_int_equal(json_array_size(json_object_get(root, "rows")), 0);
	json_decref(root);
	free(out);
	out = render(&r, TENOR_REPORT_CSV, 0);
	assert_int_equal(count_of(out, "\r\n"), 1);
	free(out);
	out = render(&r, TENOR_REPORT_PROM, 0);
	assert_int_equal(prom_check(out), 1);
	assert_line(out, "tenor_report_info{period_kind=\"quarter\",lexicon_version=\"mixed\"} 1");
	free(out);
	out = render(&r, TENOR_REPORT_TABLE, 0);
	assert_string_equal(out, "All documents\nperiod  docs\n\nnote: the documents were scored "
				 "with different lexicon versions; 'tenor rescore' scores them all "
				 "with the current one\n");
	free(out);
	/* documents left out, in the formats for people */
	r.unplaced = 3;
	r.lexicon_version = "0123456789abcdef";
	out = render(&r, TENOR_REPORT_TABLE, 0);
	assert_string_equal(out, "All documents\nperiod  docs\n\nnote: 3 documents are in no row: "
				 "each is dated to a longer period than a quarter (a longer "
				 "--period shows them)\n");
	free(out);
	out = render(&r, TENOR_REPORT_MD, 0);
	assert_non_null(strstr(out, " · 3 documents are in no row"));
	free(out);
	out = render(&r, TENOR_REPORT_HTML, 0);
	assert_non_null(strstr(out, " &#183; 3 documents are in no row"));
	free(out);
	r.period_name = "month";
	out = render(&r, TENOR_REPORT_MD, 0);
	assert_non_null(strstr(out, "3 documents are in no row: each is dated to a longer period "
				    "than a month\n"));
	free(out);
}

/* A stream that fails: the error flag of a read-only stream, or a full disk that shows only
 * when the buffer is flushed. */
static void test_write_errors(void **state)
{
	const struct tenor_report *r = report();
	size_t i;

	(void)state;
	for (i = 0; i < NFORMATS; i++) {
		char buf[8] = "";
		FILE *f = fmemopen(buf, sizeof(buf), "r");

		assert_non_null(f);
		assert_int_equal(tenor_report_write(r, formats[i], 0, f), TENOR_EIO);
		fclose(f);
		f = fopen("/dev/full", "w");
		if (!f)
			continue;
		assert_int_equal(tenor_report_write(r, formats[i], 0, f), TENOR_EIO);
		fclose(f);
	}
}

static void test_write_invalid(void **state)
{
	static const struct tenor_trend bad_trend = { NULL, NCATS, "up", 0, 0, 0, 4 };
	struct tenor_report r = *report();
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	(void)state;
	assert_non_null(f);
	assert_int_equal(tenor_report_write(NULL, TENOR_REPORT_JSON, 0, f), TENOR_EINVAL);
	assert_int_equal(tenor_report_write(&r, TENOR_REPORT_JSON, 0, NULL), TENOR_EINVAL);
	assert_int_equal(tenor_report_write(&r, (enum tenor_report_format)99, 0, f), TENOR_EINVAL);
	r.trends = &bad_trend;
	r.ntrends = 1;
	assert_int_equal(tenor_report_write(&r, TENOR_REPORT_TABLE, 0, f), TENOR_EINVAL);
	r = *report();
	r.pressure_category = NCATS;
	assert_int_equal(tenor_report_write(&r, TENOR_REPORT_TABLE, 0, f), TENOR_EINVAL);
	r = *report();
	r.lexicon_version = NULL;
	assert_int_equal(tenor_report_write(&r, TENOR_REPORT_PROM, 0, f), TENOR_EINVAL);
	fclose(f);
	assert_int_equal(len, 0);
	free(out);
}

/* Trends and drivers out of the order tenor.h gives are refused in every format, since the
 * writers walk them once, group by group; in that order, with some left out, they are taken.
 * A trend here is (group, category), a driver (group, period, category). */
#define TREND(g, c) { g, c, "up", 0.01, 0.01, 0.5, 4 }
#define DRIVER(g, p, c) { g, p, c, 2, all_terms }
static const struct tenor_trend trends_ok[] = { TREND(NULL, 1), TREND(SCRIPT, 0),
						TREND(KEY, 1) };
static const struct tenor_trend trends_apart[] = { TREND(NULL, 0), TREND("Nord", 0),
						   TREND(NULL, 1) };
static const struct tenor_trend trends_back[] = { TREND("Nord", 0), TREND(NULL, 0) };
static const struct tenor_trend categories_back[] = { TREND(NULL, 1), TREND(NULL, 0) };
static const struct tenor_trend category_twice[] = { TREND(NULL, 0), TREND(NULL, 0) };
static const struct tenor_trend group_unknown[] = { TREND("West", 0) };
static const struct tenor_driver drivers_ok[] = {
	DRIVER(NULL, "2025-Q2", 1), DRIVER(NULL, "2025-Q4", 0), DRIVER(NULL, "2025-Q4", 1),
	DRIVER(KEY, "2025-Q1", 0),
};
static const struct tenor_driver drivers_apart[] = {
	DRIVER(NULL, "2025-Q3", 0), DRIVER(SCRIPT, "2025-Q4", 1), DRIVER(NULL, "2025-Q4", 0),
};
static const struct tenor_driver periods_back[] = { DRIVER(NULL, "2025-Q4", 0),
						    DRIVER(NULL, "2025-Q3", 1) };
static const struct tenor_driver cell_twice[] = { DRIVER(NULL, "2025-Q4", 1),
						  DRIVER(NULL, "2025-Q4", 1) };
static const struct tenor_driver period_unknown[] = { DRIVER(NULL, "2024-Q4", 0) };

static void test_write_order(void **state)
{
#define CASE(t, d, ok) { t, sizeof(t) / sizeof(t[0]), d, sizeof(d) / sizeof(d[0]), ok }
	static const struct {
		const struct tenor_trend *trends;
		size_t ntrends;
		const struct tenor_driver *drivers;
		size_t ndrivers;
		int ok;
	} cases[] = {
		CASE(trends_ok, drivers_ok, 1),
		CASE(trends_apart, drivers_ok, 0),
		CASE(trends_back, drivers_ok, 0),
		CASE(categories_back, drivers_ok, 0),
		CASE(category_twice, drivers_ok, 0),
		CASE(group_unknown, drivers_ok, 0),
		CASE(trends_ok, drivers_apart, 0),
		CASE(trends_ok, periods_back, 0),
		CASE(trends_ok, cell_twice, 0),
		CASE(trends_ok, period_unknown, 0),
	};
#undef CASE
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct tenor_report r = *report();
		r.trends = cases[i].trends;
		r.ntrends = cases[i].ntrends;
		r.drivers = cases[i].drivers;
		r.ndrivers = cases[i].ndrivers;
		for (k = TENOR_REPORT_TABLE; k <= TENOR_REPORT_PROM; k++) {
			char *out = NULL;
			size_t len = 0;
			FILE *f = open_memstream(&out, &len);
			print_message("order: case %zu, format %zu\n", i, k);
			assert_non_null(f);
			assert_int_equal(tenor_report_write(&r, (enum tenor_report_format)k, 0, f),
					 cases[i].ok ? TENOR_OK : TENOR_EINVAL);
			fclose(f);
			assert_true(cases[i].ok ? len > 0 : len == 0);
			free(out);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_document),
		cmocka_unit_test(test_json_without_by),
		cmocka_unit_test(test_json_out_of_memory),
		cmocka_unit_test(test_json_not_utf8),
		cmocka_unit_test(test_csv_records),
		cmocka_unit_test(test_csv_neutralizes),
		cmocka_unit_test(test_md_escapes),
		cmocka_unit_test(test_prom_grammar),
		cmocka_unit_test(test_prom_latest_period),
		cmocka_unit_test(test_table_plain),
		cmocka_unit_test(test_table_color),
		cmocka_unit_test(test_table_aligns_by_display_width),
		cmocka_unit_test(test_empty_report),
		cmocka_unit_test(test_group_named_all),
		cmocka_unit_test(test_write_errors),
		cmocka_unit_test(test_write_invalid),
		cmocka_unit_test(test_write_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
