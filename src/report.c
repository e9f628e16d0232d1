/*
 * report.c - building a report: aggregates per period, group and category from the
 * database, the indicators and their statistics, then suppression of small groups, applied
 * once here so that no writer can show what another hides. Definitions: docs/indicators.md.
 */
#include "alloc.h"
#include "normalize.h"
#include "report.h"
#include "store.h"

#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DEFAULT_MIN_GROUP 5
#define DEFAULT_TOP_TERMS 5
#define TREND_MIN_PERIODS 4
#define ALPHA 0.05
/* G² above the chi-square critical value for one degree of freedom at ALPHA: a driver is
 * a change that is unlikely to be chance. */
#define G2_MIN 3.841458820694124

struct report_impl {
	struct tenor_report pub;     /* first: the handle is a pointer to it */
	struct arena arena;          /* every string and array of the report */
	/* building */
	struct tenor_db *db;
	const struct tenor_report_options *o;
	struct store_scope scope;
	char **cats;
	size_t ncats, catcap;
	char **periods;
	size_t nperiods, periodcap;
	/* a period's name -> its index in periods: a report by wave has thousands, and every
	 * cell and term row looks its period up */
	struct strmap period_index;
	char **groups;               /* groups[0] NULL */
	size_t ngroups, groupcap;
	/* a group's value -> its index in groups: a column can have 50,000 values, which a
	 * search through all of them for every cell makes minutes of */
	struct strmap group_index;
	int has_undated;
	struct tenor_row *rows;
	struct tenor_cell *cells;
	struct tenor_trend *trends;
	struct tenor_driver *drivers;
	size_t ndrivers, drivercap;
	char lexicon[64];
	int nlexicons;
	unsigned long long unplaced;
	int unplaced_small;          /* a wave of them is fewer than --min-group documents */
	/* the documents of each group in each year, quarter, month and ISO week its periods
	 * nest in, as a report by that period counts them (collect_whole), by (level, parent,
	 * group) */
	struct strmap whole_index;
	unsigned long long *whole;
	size_t nwhole, wholecap;
	/* per row, which of the two ways of protecting withheld it to protect another cell:
	 * WITHHELD_FOR_GROUPS (a group beside it in its period) and WITHHELD_FOR_PERIODS (a
	 * period beside it in its group's year, quarter, month or week) */
	unsigned char *withheld_for;
	int ranged;                  /* --since or --until given */
	long since, until;           /* days since 1970: the first and the last day in range */
};

static const char *const period_names[] = { "quarter", "week", "month", "year", "wave" };

/* ---- small helpers ---- */

static char *keep(struct report_impl *r, const char *s)
{
	return s ? arena_strndup(&r->arena, s, strlen(s)) : NULL;
}

static int find(char *const *v, size_t n, const char *s)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (v[i] && s && strcmp(v[i], s) == 0)
			return (int)i;
	return -1;
}

static int add_kept(struct report_impl *r, char ***v, size_t *n, size_t *cap, const char *s)
{
	char *k;
	if (tenor_grow(v, cap, *n + 1, sizeof(char *)) || !(k = keep(r, s)))
		return TENOR_ENOMEM;
	(*v)[(*n)++] = k;
	return TENOR_OK;
}

static int add_unique(struct report_impl *r, char ***v, size_t *n, size_t *cap, const char *s)
{
	return find(*v, *n, s) >= 0 ? TENOR_OK : add_kept(r, v, n, cap, s);
}

/* Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms). */
static long days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;
	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static enum tenor_date_precision precision_of(enum tenor_period p)
{
	switch (p) {
	case TENOR_PERIOD_WEEK: return TENOR_DATE_WEEK;
	case TENOR_PERIOD_MONTH: return TENOR_DATE_MONTH;
	default: return TENOR_DATE_QUARTER;
	}
}

/* The key of the period after key (week, month, quarter, year), into buf. */
static int next_period(enum tenor_period p, const char *key, char *buf, size_t size)
{
	struct tenor_date d;
	int y, m, day;
	long days;

	if (p == TENOR_PERIOD_YEAR) {
		snprintf(buf, size, "%d", atoi(key) + 1);
		return TENOR_OK;
	}
	if (tenor_date_parse(key, strlen(key), NULL, &d) != TENOR_OK)
		return TENOR_EINVAL;
	days = days_from_civil(d.year, d.month, d.day);
	if (p == TENOR_PERIOD_WEEK) {
		days += 7;
	} else {
		/* the first day of the next month or quarter */
		int step = p == TENOR_PERIOD_MONTH ? 1 : 3;
		m = d.month + step;
		y = d.year + (m > 12);
		m = m > 12 ? m - 12 : m;
		days = days_from_civil(y, m, 1);
	}
	civil_from_days(days, &y, &m, &day);
	{
		char iso[16];
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, m, day);
		if (tenor_date_parse(iso, strlen(iso), NULL, &d) != TENOR_OK)
			return TENOR_EINVAL;
	}
	return tenor_date_period(&d, precision_of(p), 0, buf, size);
}

/* Orders wave keys by their first day, then by precision (a day before its week). */
static int cmp_wave(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	struct tenor_date dx, dy;
	long ax, ay;

	if (tenor_date_parse(x, strlen(x), NULL, &dx) || tenor_date_parse(y, strlen(y), NULL, &dy))
		return strcmp(x, y);
	ax = days_from_civil(dx.year, dx.month, dx.day);
	ay = days_from_civil(dy.year, dy.month, dy.day);
	if (ax != ay)
		return ax < ay ? -1 : 1;
	if (dx.precision != dy.precision)
		return (int)dx.precision - (int)dy.precision;
	return strcmp(x, y);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The first day of a period key, in days since 1970; 0 when it has none ("undated"). */
static int period_start(const char *key, long *days)
{
	struct tenor_date d;
	size_t n = strlen(key);

	if (n == 4 && key[0] >= '0' && key[0] <= '9') {
		*days = days_from_civil(atoi(key), 1, 1);
		return 1;
	}
	if (tenor_date_parse(key, n, NULL, &d) != TENOR_OK || d.precision == TENOR_DATE_NONE)
		return 0;
	*days = days_from_civil(d.year, d.month, d.day);
	return 1;
}

/* Is a period in --since/--until? A period counts when its first day lies in the range;
 * undated documents are outside any range. */
static int in_range(const struct report_impl *r, const char *key)
{
	long day;
	if (!r->ranged)
		return 1;
	if (!period_start(key, &day))
		return 0;
	return day >= r->since && day <= r->until;
}

/* ---- collecting ---- */

static int want_category(const struct report_impl *r, const char *c)
{
	size_t i;
	if (!r->o->categories)
		return 1;
	for (i = 0; i < r->o->ncategories; i++)
		if (strcmp(r->o->categories[i], c) == 0)
			return 1;
	return 0;
}

static int collect_category(void *ctx, const char *value)
{
	struct report_impl *r = ctx;
	if (!want_category(r, value))
		return TENOR_OK;
	return add_unique(r, &r->cats, &r->ncats, &r->catcap, value);
}

static int collect_lexicon(void *ctx, const char *value)
{
	struct report_impl *r = ctx;
	if (r->nlexicons++ == 0)
		snprintf(r->lexicon, sizeof(r->lexicon), "%s", value);
	else
		snprintf(r->lexicon, sizeof(r->lexicon), "mixed");
	return TENOR_OK;
}

struct name_check {
	const char *want;
	json_t *found;      /* the names stored that are want but for case, in any script */
	struct buf known;
};

static int collect_group_name(void *ctx, const char *value)
{
	struct name_check *n = ctx;
	if (normalize_same_name(value, strlen(value), n->want, strlen(n->want)) &&
	    json_array_append_new(n->found, json_string(value)))
		return TENOR_ENOMEM;
	if ((n->known.len && buf_adds(&n->known, ", ")) || buf_adds(&n->known, value))
		return TENOR_ENOMEM;
	return TENOR_OK;
}

/* First pass over the cells: the periods and groups there are. */
static int collect_keys(void *ctx, const struct store_cell *c)
{
	struct report_impl *r = ctx;
	int rc;

	if (!want_category(r, c->category))
		return TENOR_OK;
	/* coarser than the period asked for: counted by their own periods (collect_unplaced) */
	if (!c->period)
		return TENOR_OK;
	if (!in_range(r, c->period))
		return TENOR_OK;
	if (strcmp(c->period, "undated") == 0) {
		r->has_undated = 1;
	} else {
		int found;
		/* numbered once they are in order (order_periods) */
		if (!strmap_put(&r->period_index, c->period, strlen(c->period), UINT32_MAX,
				&found))
			return TENOR_ENOMEM;
		if (!found &&
		    (rc = add_kept(r, &r->periods, &r->nperiods, &r->periodcap, c->period)))
			return rc;
	}
	if (c->group) {
		int found;
		if (!strmap_put(&r->group_index, c->group, strlen(c->group), 0, &found))
			return TENOR_ENOMEM;
		if (!found)
			return add_kept(r, &r->groups, &r->ngroups, &r->groupcap, c->group);
	}
	return TENOR_OK;
}

/* The documents dated more coarsely than the period asked for whose own period (their wave)
 * is in the range, as a report by wave would show them; and whether a wave of them is fewer
 * than --min-group documents, which that report withholds and their count would give. */
static int collect_unplaced(void *ctx, const struct store_cell *c)
{
	static const enum tenor_date_precision finest[] = {
		[TENOR_PERIOD_QUARTER] = TENOR_DATE_QUARTER, [TENOR_PERIOD_WEEK] = TENOR_DATE_WEEK,
		[TENOR_PERIOD_MONTH] = TENOR_DATE_MONTH, [TENOR_PERIOD_YEAR] = TENOR_DATE_QUARTER,
		[TENOR_PERIOD_WAVE] = TENOR_DATE_QUARTER,
	};
	struct report_impl *r = ctx;
	struct tenor_date d;

	if (c->period && strcmp(c->category, r->cats[0]) == 0 && in_range(r, c->period) &&
	    tenor_date_parse(c->period, strlen(c->period), NULL, &d) == TENOR_OK &&
	    d.precision > finest[r->o->period]) {
		r->unplaced += c->docs;
		r->unplaced_small |= c->docs < r->pub.min_group;
	}
	return TENOR_OK;
}

/* The index of a group's value in groups, 0 for none (all documents), -1 for a value not
 * there. */
static int group_at(const struct report_impl *r, const char *group)
{
	const uint32_t *v;

	if (!group)
		return 0;
	v = strmap_get(&r->group_index, group, strlen(group));
	return v ? (int)*v : -1;
}

/* Sorts the periods, fills the gaps of a regular sequence, and puts "undated" last. */
static int order_periods(struct report_impl *r)
{
	enum tenor_period p = r->o->period;
	char next[32];
	size_t i;
	int rc;

	if (r->nperiods > 1)
		qsort(r->periods, r->nperiods, sizeof(char *),
		      p == TENOR_PERIOD_WAVE ? cmp_wave : cmp_str);
	if (p != TENOR_PERIOD_WAVE && r->nperiods > 1) {
		char **all = NULL;
		size_t n = 0, cap = 0;
		const char *last = r->periods[r->nperiods - 1];
		const char *cur = r->periods[0];
		/* a bound against a runaway sequence: 400 years of weeks */
		while (n < 20000) {
			char *k = keep(r, cur);
			if (!k || tenor_grow(&all, &cap, n + 1, sizeof(char *))) {
				tenor_free(all);
				return TENOR_ENOMEM;
			}
			all[n++] = k;
			if (strcmp(cur, last) >= 0)
				break;
			if ((rc = next_period(p, cur, next, sizeof(next)))) {
				tenor_free(all);
				return rc;
			}
			cur = next;
		}
		tenor_free(r->periods);
		r->periods = all;
		r->nperiods = n;
		r->periodcap = cap;
	}
	if (r->has_undated &&
	    (rc = add_kept(r, &r->periods, &r->nperiods, &r->periodcap, "undated")))
		return rc;
	for (i = 0; i < r->nperiods; i++) {
		int found;
		uint32_t *v = strmap_put(&r->period_index, r->periods[i], strlen(r->periods[i]),
					 0, &found);
		if (!v)
			return TENOR_ENOMEM;
		*v = (uint32_t)i;
	}
	return TENOR_OK;
}

/* The index of a period in periods, -1 for one not there. */
static int period_at(const struct report_impl *r, const char *period)
{
	const uint32_t *v = strmap_get(&r->period_index, period, strlen(period));

	return v && *v != UINT32_MAX ? (int)*v : -1;
}

static struct tenor_row *row_at(struct report_impl *r, size_t g, size_t p)
{
	return &r->rows[g * r->nperiods + p];
}

/* Second pass: the numbers into their rows. */
static int fill_cell(void *ctx, const struct store_cell *c)
{
	struct report_impl *r = ctx;
	int p, g, k;
	struct tenor_row *row;
	struct tenor_cell *cell;

	if (!c->period || (k = find(r->cats, r->ncats, c->category)) < 0)
		return TENOR_OK;
	p = period_at(r, c->period);
	g = group_at(r, c->group);
	if (p < 0 || g < 0)
		return TENOR_OK;
	row = row_at(r, (size_t)g, (size_t)p);
	/* documents and tokens are the same in every category row of the aggregate */
	row->docs = c->docs;
	row->tokens = c->tokens;
	cell = &r->cells[((size_t)g * r->nperiods + (size_t)p) * r->ncats + (size_t)k];
	cell->hits = c->hits;
	cell->negated = c->negated;
	cell->docs_with_hits = c->docs_with_hits;
	cell->weight = c->weight;
	return TENOR_OK;
}

/* ---- indicators ---- */

static void indicators(struct report_impl *r)
{
	struct tenor_report *pub = &r->pub;
	size_t g, p, k;

	for (g = 0; g < r->ngroups; g++)
		for (p = 0; p < r->nperiods; p++) {
			struct tenor_row *row = row_at(r, g, p);
			struct tenor_cell *cells = (struct tenor_cell *)row->cells;
			for (k = 0; k < r->ncats; k++) {
				struct tenor_cell *c = &cells[k];
				c->per_1k = row->tokens ? 1000.0 * (double)c->hits / (double)row->tokens
							: 0;
				c->doc_share = row->docs ? (double)c->docs_with_hits / (double)row->docs
							 : 0;
				stats_wilson(c->docs_with_hits, row->docs, &c->ci_low, &c->ci_high);
			}
			if (pub->pressure_category >= 0 && pub->advisory_category >= 0) {
				double pw = cells[pub->pressure_category].weight;
				double aw = cells[pub->advisory_category].weight;
				row->has_pressure_index = pw + aw > 0;
				row->pressure_index = pw + aw > 0 ? (pw - aw) / (pw + aw) : 0;
			}
		}
}

static size_t dated_periods(const struct report_impl *r);

#define WITHHELD_FOR_GROUPS 1
#define WITHHELD_FOR_PERIODS 2

/* Withholds the smallest shown row of the list (rows of one period, or of one group in one
 * year) for the reason why (WITHHELD_FOR_...): 0 when none is shown. */
static int withhold_smallest(struct report_impl *r, struct tenor_row *const *rows, size_t n,
			     int why)
{
	struct tenor_row *smallest = NULL;
	size_t i;

	for (i = 0; i < n; i++)
		if (!rows[i]->suppressed && (!smallest || rows[i]->docs < smallest->docs))
			smallest = rows[i];
	if (!smallest)
		return 0;
	smallest->suppressed = 1;
	smallest->secondary = 1;
	r->withheld_for[smallest - r->rows] |= (unsigned char)why;
	return 1;
}

/* Withholds the smallest shown parts of a whole (rows[0..n)) until what a reader could
 * subtract is nothing or at least min documents: the withheld parts together, and, where a
 * total of the whole is shown, that total less the shown parts (or the shown parts less the
 * total, where they count more); and until a part withheld to protect a cell of the other
 * kind of whole is not the only one withheld. why is the kind of this whole
 * (WITHHELD_FOR_...). *short_of is set when no part was left to withhold. Returns whether it
 * withheld one. */
static int protect_parts(struct report_impl *r, struct tenor_row *const *rows, size_t n,
			 unsigned long long total, unsigned min, int why, int *short_of)
{
	unsigned long long shown, withheld, rest;
	size_t i, nwithheld;
	int changed = 0, other;

	*short_of = 0;
	for (;;) {
		shown = withheld = 0;
		nwithheld = 0;
		other = 0;
		for (i = 0; i < n; i++) {
			*(rows[i]->suppressed ? &withheld : &shown) += rows[i]->docs;
			if (rows[i]->suppressed) {
				nwithheld++;
				other = r->withheld_for[rows[i] - r->rows] & ~why;
			}
		}
		/* the shown parts more than the whole, by the days of a week on the other side
		 * of its month's end, give those days' documents as well */
		rest = total > shown ? total - shown : total ? shown - total : 0;
		/* one withheld part (a reader cannot tell one without documents from a small
		 * one) is the whole less the shown parts and what no part holds, which its
		 * reader may know (the workshop's texts): withheld to protect a cell of the
		 * other kind of whole (a team's quarter for its year, where a small quarter is
		 * beside it), however large, it would give that cell away */
		if (!(rest > 0 && rest < min) && !(withheld > 0 && withheld < min) &&
		    !(nwithheld == 1 && other && total > 0))
			return changed;
		if (!withhold_smallest(r, rows, n, why)) {
			*short_of = 1;
			return changed;
		}
		changed = 1;
	}
}

/* Per period: the shown total less the shown groups is the withheld groups and the
 * documents that have no value for --by (a workshop's texts among a survey's teams), which
 * no row shows; the withheld groups alone are known too to whoever ran the workshop and
 * knows how many texts it gave. Where no group is left to withhold, the total goes. */
static int protect_groups(struct report_impl *r, unsigned min, struct tenor_row **list)
{
	size_t g, p;
	int changed = 0, short_of;

	for (p = 0; p < r->nperiods && r->ngroups > 1; p++) {
		struct tenor_row *total = row_at(r, 0, p);
		int all_shown = 1;
		for (g = 1; g < r->ngroups; g++) {
			list[g - 1] = row_at(r, g, p);
			all_shown &= !list[g - 1]->suppressed || list[g - 1]->docs == 0;
		}
		/* a total withheld to protect a period of all documents is its shown groups
		 * and the documents without a group, which their reader may know: one group
		 * goes. A withheld group without documents covers nothing: the group's year,
		 * less its other periods, says it is empty. */
		if (total->suppressed) {
			if (total->docs && all_shown)
				changed |= withhold_smallest(r, list, r->ngroups - 1,
							     WITHHELD_FOR_GROUPS);
			continue;
		}
		changed |= protect_parts(r, list, r->ngroups - 1, total->docs, min,
					 WITHHELD_FOR_GROUPS, &short_of);
		if (short_of) {
			total->suppressed = 1;
			total->secondary = 1;
			r->withheld_for[total - r->rows] |= WITHHELD_FOR_GROUPS;
			changed = 1;
		}
	}
	return changed;
}

/* The levels of wholes: the year, the quarter, the month and the ISO week, as reports by
 * those periods show them. */
#define WHOLE_LEVELS 4

/* An ISO week as a number, iso_year * 54 + week - 1, of a day (days since 1970), which lies
 * in the week of its Thursday; and the first day, the Monday, of such a number. */
static long iso_week_of(long day)
{
	long wd = ((day % 7) + 7 + 3) % 7;  /* Monday 0: 1970-01-01 was a Thursday */
	long thursday = day - wd + 3;
	int y, m, d;

	civil_from_days(thursday, &y, &m, &d);
	return (long)y * 54 + (thursday - days_from_civil(y, 1, 1)) / 7;
}

static long iso_week_start(long key)
{
	long jan4 = days_from_civil((int)(key / 54), 1, 4);

	return jan4 - ((jan4 % 7) + 7 + 3) % 7 + 7 * (key % 54);
}

/* The period of a report by a coarser period that this report's period nests in, as a
 * number: its year (level 0), its quarter (level 1: year * 4 + quarter - 1), its month
 * (level 2: year * 12 + month - 1) or its ISO week (level 3, iso_week_of); -1 where there is
 * none. A week is in the month, quarter and year of its Thursday, as the aggregates place
 * week-dated documents; a wave (a day, a week, a month or a quarter, as exported) is in each
 * coarser period and in the one of its own precision, which a report by that period shows
 * together with the finer waves in it: a day wave is in its ISO week too. */
static long parent_of(const struct report_impl *r, const char *period, int level)
{
	static const enum tenor_date_precision of_level[] = {
		TENOR_DATE_QUARTER + 1, TENOR_DATE_QUARTER, TENOR_DATE_MONTH, TENOR_DATE_WEEK
	};
	struct tenor_date d;
	int y, m, day;

	if (r->o->period == TENOR_PERIOD_YEAR ||
	    tenor_date_parse(period, strlen(period), NULL, &d) != TENOR_OK ||
	    d.precision == TENOR_DATE_NONE)
		return -1;
	/* a report by month or quarter nests in the coarser levels only, a wave also in the
	 * level of its own precision */
	if (r->o->period == TENOR_PERIOD_WAVE ? d.precision > of_level[level]
					       : d.precision >= of_level[level])
		return -1;
	if (level == 3)
		return iso_week_of(days_from_civil(d.year, d.month, d.day));
	y = d.year;
	m = d.month;
	if (d.precision == TENOR_DATE_WEEK)
		civil_from_days(days_from_civil(d.year, d.month, d.day) + 3, &y, &m, &day);
	return level == 0 ? y : level == 1 ? (long)y * 4 + (m - 1) / 3 : (long)y * 12 + m - 1;
}

/* The key of a group's whole at a level (whole_index). */
struct whole_key {
	long parent;
	int level, group;
};

static struct whole_key whole_key(long parent, int level, int group)
{
	struct whole_key k;

	memset(&k, 0, sizeof(k));  /* its padding is part of the key's bytes */
	k.parent = parent;
	k.level = level;
	k.group = group;
	return k;
}

struct whole_pass {
	struct report_impl *r;
	int level;
};

/* One cell of a report by a coarser period (a level of parent_of): a group's documents in
 * it, kept as the whole of the parts this report shows of it. */
static int collect_whole(void *ctx, const struct store_cell *c)
{
	struct whole_pass *w = ctx;
	struct report_impl *r = w->r;
	struct whole_key k;
	uint32_t *v;
	long year;
	int g, found;

	if (!c->period || strcmp(c->period, "undated") == 0 ||
	    strcmp(c->category, r->cats[0]) || (g = group_at(r, c->group)) < 0)
		return TENOR_OK;
	year = strtol(c->period, NULL, 10);
	/* "2025", "2025-Q3", "2025-04" or "2025-W14" */
	if (w->level == 1)
		year = year * 4 + (strtol(c->period + 6, NULL, 10) - 1);
	else if (w->level == 2)
		year = year * 12 + (strtol(c->period + 5, NULL, 10) - 1);
	else if (w->level == 3)
		year = year * 54 + (strtol(c->period + 6, NULL, 10) - 1);
	k = whole_key(year, w->level, g);
	v = strmap_put(&r->whole_index, (const char *)&k, sizeof(k), (uint32_t)r->nwhole, &found);
	if (!v)
		return TENOR_ENOMEM;
	if (!found) {
		if (tenor_grow(&r->whole, &r->wholecap, r->nwhole + 1, sizeof(*r->whole)))
			return TENOR_ENOMEM;
		r->whole[r->nwhole++] = 0;
	}
	r->whole[*v] += c->docs;
	return TENOR_OK;
}

/* The wholes of the years, quarters, months and weeks this report's periods nest in
 * (parent_of). */
static int collect_wholes(struct report_impl *r)
{
	static const char *const kinds[WHOLE_LEVELS] = { "year", "quarter", "month", "week" };
	struct store_scope sc = r->scope;
	struct whole_pass w = { r, 0 };
	size_t i;
	int rc;

	if (!r->ncats)
		return TENOR_OK;
	for (w.level = 0; w.level < WHOLE_LEVELS; w.level++) {
		for (i = 0; i < dated_periods(r); i++)
			if (parent_of(r, r->periods[i], w.level) >= 0)
				break;
		if (i == dated_periods(r))
			continue;
		sc.kind = kinds[w.level];
		if ((rc = store_cells(r->db, &sc, collect_whole, &w)))
			return rc;
	}
	return TENOR_OK;
}

/* A group's documents in a period of a level of parent_of as a report by that period with
 * the same --since and --until shows them: the whole period where it starts in that
 * range (parts of it this report leaves out count as withheld), none where it starts
 * before. */
static unsigned long long whole_of(const struct report_impl *r, long parent, int level,
				   size_t group)
{
	struct whole_key k = whole_key(parent, level, (int)group);
	const uint32_t *v;

	if (r->ranged) {
		long first;
		if (level == 0)
			first = days_from_civil((int)parent, 1, 1);
		else if (level == 1)
			first = days_from_civil((int)(parent / 4), (int)(parent % 4) * 3 + 1, 1);
		else if (level == 2)
			first = days_from_civil((int)(parent / 12), (int)(parent % 12) + 1, 1);
		else
			first = iso_week_start(parent);
		if (first < r->since || first > r->until)
			return 0;
	}
	v = strmap_get(&r->whole_index, (const char *)&k, sizeof(k));
	return v ? r->whole[*v] : 0;
}

/* A period of this report (its index) with the number of its parent at a level. */
struct parented {
	long parent;
	size_t period;
};

static int cmp_parented(const void *a, const void *b)
{
	const struct parented *x = a, *y = b;

	if (x->parent != y->parent)
		return x->parent < y->parent ? -1 : 1;
	return x->period < y->period ? -1 : x->period > y->period;
}

/* Per group: a report by a coarser period shows the whole of which this report shows the
 * parts (a year of its quarters, a quarter or year of its months, a month of its weeks or
 * waves, a week of its day waves). That whole less the shown parts is the withheld parts and
 * the documents dated only to the coarser period, which this report cannot place: they must
 * be nothing or at least min documents too, as must the withheld parts alone. */
static int protect_periods(struct report_impl *r, unsigned min, struct tenor_row **list,
			   struct parented *by_parent)
{
	size_t g, a, b, i, m, n = dated_periods(r);
	int level, changed = 0, short_of;

	for (level = 0; level < WHOLE_LEVELS; level++) {
		/* the periods of each parent together: a run in time order by month or quarter,
		 * not by wave (the waves of a month are its days, weeks and the month itself,
		 * ordered by their first days, among which another month's weeks may fall) */
		for (i = m = 0; i < n; i++) {
			long key = parent_of(r, r->periods[i], level);
			if (key >= 0) {
				by_parent[m].parent = key;
				by_parent[m++].period = i;
			}
		}
		if (m > 1)
			qsort(by_parent, m, sizeof(*by_parent), cmp_parented);
		for (a = 0; a < m; a = b) {
			for (b = a + 1; b < m && by_parent[b].parent == by_parent[a].parent;)
				b++;
			for (g = 0; g < r->ngroups; g++) {
				for (i = a; i < b; i++)
					list[i - a] = row_at(r, g, by_parent[i].period);
				changed |= protect_parts(r, list, b - a,
							 whole_of(r, by_parent[a].parent, level, g),
							 min, WITHHELD_FOR_PERIODS, &short_of);
			}
		}
	}
	return changed;
}

/* Withholds small cells, then further cells until no small part can be had by subtracting
 * shown figures from others, in this report or in one by a coarser period. */
static int suppress(struct report_impl *r)
{
	unsigned min = r->pub.min_group;
	size_t g, p;
	struct tenor_row **list = tenor_malloc((r->ngroups > r->nperiods ? r->ngroups
									   : r->nperiods) * sizeof(*list) + 1);
	struct parented *by_parent = tenor_malloc((r->nperiods + 1) * sizeof(*by_parent));

	r->withheld_for = tenor_calloc(r->ngroups * r->nperiods + 1, 1);
	if (!list || !by_parent || !r->withheld_for) {
		tenor_free(list);
		tenor_free(by_parent);
		tenor_free(r->withheld_for);
		r->withheld_for = NULL;
		return TENOR_ENOMEM;
	}
	for (g = 0; g < r->ngroups; g++)
		for (p = 0; p < r->nperiods; p++) {
			struct tenor_row *row = row_at(r, g, p);
			row->suppressed = row->docs < min;
		}
	/* each pass only withholds more: it ends */
	while (protect_groups(r, min, list) | protect_periods(r, min, list, by_parent))
		;
	tenor_free(list);
	tenor_free(by_parent);
	tenor_free(r->withheld_for);
	r->withheld_for = NULL;
	/* A withheld row keeps nothing a writer could print. */
	for (g = 0; g < r->ngroups; g++)
		for (p = 0; p < r->nperiods; p++) {
			struct tenor_row *row = row_at(r, g, p);
			if (!row->suppressed)
				continue;
			row->docs = row->tokens = 0;
			row->has_pressure_index = 0;
			row->pressure_index = 0;
			memset((void *)row->cells, 0, r->ncats * sizeof(struct tenor_cell));
		}
	return TENOR_OK;
}

static size_t dated_periods(const struct report_impl *r)
{
	return r->has_undated ? r->nperiods - 1 : r->nperiods;
}

static void changes(struct report_impl *r)
{
	size_t g, p, k, n = dated_periods(r);

	for (g = 0; g < r->ngroups; g++)
		for (p = 1; p < n; p++) {
			struct tenor_row *cur = row_at(r, g, p), *prev = row_at(r, g, p - 1);
			if (cur->suppressed || prev->suppressed)
				continue;
			for (k = 0; k < r->ncats; k++) {
				struct tenor_cell *c = (struct tenor_cell *)&cur->cells[k];
				const struct tenor_cell *b = &prev->cells[k];
				c->change.present = 1;
				c->change.delta = c->doc_share - b->doc_share;
				c->change.p_value = stats_two_proportion_p(
					c->docs_with_hits, cur->docs, b->docs_with_hits, prev->docs);
				c->change.significant = c->change.p_value < ALPHA;
			}
		}
}

static int trends(struct report_impl *r)
{
	size_t g, p, k, n = dated_periods(r), t = 0;
	double *x, *scratch;

	r->trends = arena_alloc(&r->arena, (r->ngroups * r->ncats + 1) * sizeof(*r->trends));
	x = tenor_malloc((n + 1) * sizeof(double));
	scratch = tenor_malloc((n * (n > 0 ? n - 1 : 0) / 2 + 1) * sizeof(double));
	if (!r->trends || !x || !scratch) {
		tenor_free(x);
		tenor_free(scratch);
		return TENOR_ENOMEM;
	}
	/* trends[g * ncats + k], as tenor.h promises: the writers walk them group by group */
	for (g = 0; g < r->ngroups; g++)
		for (k = 0; k < r->ncats; k++) {
			struct tenor_trend *tr = &r->trends[t++];
			struct mann_kendall mk;
			size_t m = 0;
			/* over the shown periods: a trend never reads withheld values */
			for (p = 0; p < n; p++)
				if (!row_at(r, g, p)->suppressed)
					x[m++] = row_at(r, g, p)->cells[k].doc_share;
			memset(tr, 0, sizeof(*tr));
			tr->group = r->groups[g];
			tr->category = k;
			tr->periods = m;
			tr->p_value = 1;
			if (m < TREND_MIN_PERIODS) {
				tr->direction = "insufficient";
				continue;
			}
			stats_mann_kendall(x, m, scratch, &mk);
			tr->slope = mk.slope;
			tr->p_value = mk.p_value;
			tr->tau = mk.tau;
			tr->direction = mk.p_value >= ALPHA ? "flat" : mk.s > 0 ? "up" : "down";
		}
	tenor_free(x);
	tenor_free(scratch);
	r->pub.trends = r->trends;
	r->pub.ntrends = t;
	return TENOR_OK;
}

/* ---- drivers ---- */

/* The counts of one term in one group and category, per period, gathered from the ordered
 * term listing; flushed when the term changes. */
struct term_state {
	struct report_impl *r;
	/* the current term's group (all_docs: none, the all-documents pass), category and
	 * term, whole: a value cut to a fixed size made every row of a long one a term of its
	 * own, and all documents read as the group whose value is empty */
	struct buf group, category, term;
	int have, all_docs, gi, ki;
	unsigned long long *count;   /* nperiods */
	/* candidate terms per (group, period, category): the top N kept in place */
	struct tenor_term *top;      /* ngroups * nperiods * ncats * N */
	size_t *ntop;
	unsigned n;
	int rc;
};

static void offer(struct term_state *s, size_t g, size_t p, size_t k, const struct tenor_term *t)
{
	struct report_impl *r = s->r;
	size_t slot = (g * r->nperiods + p) * r->ncats + k;
	struct tenor_term *top = &s->top[slot * s->n];
	size_t *n = &s->ntop[slot], i;

	if (*n == s->n && top[*n - 1].g2 >= t->g2)
		return;
	i = *n < s->n ? (*n)++ : *n - 1;
	/* insertion into a short sorted list, largest G² first */
	while (i > 0 && top[i - 1].g2 < t->g2) {
		top[i] = top[i - 1];
		i--;
	}
	top[i] = *t;
}

static void flush_term(struct term_state *s)
{
	struct report_impl *r = s->r;
	size_t p, n = dated_periods(r);
	char *term = NULL;

	if (!s->have || s->gi < 0 || s->ki < 0)
		return;
	for (p = 1; p < n; p++) {
		const struct tenor_row *cur = row_at(r, (size_t)s->gi, p);
		const struct tenor_row *prev = row_at(r, (size_t)s->gi, p - 1);
		struct tenor_term t;
		double a = (double)s->count[p], b = (double)s->count[p - 1];
		/* never a term from a withheld cell, this period's or the previous one's */
		if (cur->suppressed || prev->suppressed || (a == 0 && b == 0))
			continue;
		t.g2 = stats_g2(a, (double)cur->tokens, b, (double)prev->tokens);
		if (!(t.g2 >= G2_MIN))
			continue;
		if (!term && !(term = keep(r, s->term.data))) {
			s->rc = TENOR_ENOMEM;
			return;
		}
		t.term = term;
		t.count = s->count[p];
		t.previous = s->count[p - 1];
		t.rose = a / (double)cur->tokens > b / (double)prev->tokens;
		offer(s, (size_t)s->gi, p, (size_t)s->ki, &t);
	}
}

static int term_row(void *ctx, const struct store_term *t)
{
	struct term_state *s = ctx;
	struct report_impl *r = s->r;
	const char *group = t->group ? t->group : "";
	int p;

	if (!t->period)
		return TENOR_OK;
	if (!s->have || s->all_docs != !t->group || strcmp(group, s->group.data) ||
	    strcmp(t->category, s->category.data) || strcmp(t->term, s->term.data)) {
		flush_term(s);
		if (s->rc)
			return s->rc;
		buf_reset(&s->group);
		buf_reset(&s->category);
		buf_reset(&s->term);
		if (buf_adds(&s->group, group) || buf_adds(&s->category, t->category) ||
		    buf_adds(&s->term, t->term))
			return s->rc = TENOR_ENOMEM;
		s->all_docs = !t->group;
		s->gi = group_at(r, t->group);
		s->ki = find(r->cats, r->ncats, t->category);
		memset(s->count, 0, r->nperiods * sizeof(*s->count));
		s->have = 1;
	}
	if ((p = period_at(r, t->period)) >= 0)
		s->count[p] = t->count;
	return TENOR_OK;
}

static int drivers(struct report_impl *r)
{
	struct term_state s;
	size_t slots = r->ngroups * r->nperiods * r->ncats, i;
	int rc;

	memset(&s, 0, sizeof(s));
	s.r = r;
	s.n = r->o->top_terms ? r->o->top_terms : DEFAULT_TOP_TERMS;
	s.gi = s.ki = -1;
	s.count = tenor_calloc(r->nperiods + 1, sizeof(*s.count));
	s.top = tenor_calloc(slots * s.n + 1, sizeof(*s.top));
	s.ntop = tenor_calloc(slots + 1, sizeof(*s.ntop));
	if (!s.count || !s.top || !s.ntop) {
		rc = TENOR_ENOMEM;
		goto out;
	}
	rc = store_terms(r->db, &r->scope, term_row, &s);
	if (!rc) {
		flush_term(&s);
		rc = s.rc;
	}
	/* slots in the order of groups, periods and categories: the order of drivers tenor.h
	 * promises, which the writers rely on */
	for (i = 0; i < slots && !rc; i++) {
		struct tenor_driver *d;
		struct tenor_term *terms;
		if (!s.ntop[i])
			continue;
		if (tenor_grow(&r->drivers, &r->drivercap, r->ndrivers + 1, sizeof(*r->drivers)) ||
		    !(terms = arena_alloc(&r->arena, s.ntop[i] * sizeof(*terms)))) {
			rc = TENOR_ENOMEM;
			break;
		}
		memcpy(terms, &s.top[i * s.n], s.ntop[i] * sizeof(*terms));
		d = &r->drivers[r->ndrivers++];
		d->group = r->groups[i / (r->nperiods * r->ncats)];
		d->period = r->periods[(i / r->ncats) % r->nperiods];
		d->category = i % r->ncats;
		d->nterms = s.ntop[i];
		d->terms = terms;
	}
out:
	buf_release(&s.group);
	buf_release(&s.category);
	buf_release(&s.term);
	tenor_free(s.count);
	tenor_free(s.top);
	tenor_free(s.ntop);
	r->pub.drivers = r->drivers;
	r->pub.ndrivers = r->ndrivers;
	return rc;
}

/* ---- the whole ---- */

/* A --since or --until value in days since 1970: the first day of its period, or the
 * last. */
static int range_day(const char *s, int last, long *out)
{
	struct tenor_date d;
	long days;
	int y, m;

	/* a year alone, as --period year shows them */
	if (strlen(s) == 4 && strspn(s, "0123456789") == 4) {
		y = atoi(s);
		*out = last ? days_from_civil(y, 12, 31) : days_from_civil(y, 1, 1);
		return y >= 1900 && y <= 2199 ? TENOR_OK : TENOR_EINVAL;
	}
	if (tenor_date_parse(s, strlen(s), NULL, &d) != TENOR_OK || d.precision == TENOR_DATE_NONE)
		return TENOR_EINVAL;
	days = days_from_civil(d.year, d.month, d.day);
	if (last) {
		switch (d.precision) {
		case TENOR_DATE_WEEK: days += 6; break;
		case TENOR_DATE_MONTH:
		case TENOR_DATE_QUARTER:
			m = d.month + (d.precision == TENOR_DATE_MONTH ? 1 : 3);
			y = d.year + (m > 12);
			days = days_from_civil(y, m > 12 ? m - 12 : m, 1) - 1;
			break;
		default: break;
		}
	}
	*out = days;
	return TENOR_OK;
}

int tenor_report_bound_check(const char *s)
{
	long days;

	return s && range_day(s, 0, &days) == TENOR_OK ? TENOR_OK : TENOR_EINVAL;
}

static int build(struct report_impl *r)
{
	const struct tenor_report_options *o = r->o;
	struct tenor_report *pub = &r->pub;
	size_t i;
	int rc;

	if ((unsigned)o->period > TENOR_PERIOD_WAVE)
		return store_fail(r->db, TENOR_EINVAL, "unknown period");
	r->scope.kind = period_names[o->period];
	r->scope.by = o->by;
	pub->min_group = o->min_group ? o->min_group : DEFAULT_MIN_GROUP;
	r->since = LONG_MIN;
	r->until = LONG_MAX;
	r->ranged = o->since || o->until;
	if (o->since && range_day(o->since, 0, &r->since))
		return store_fail(r->db, TENOR_EINVAL, "--since '%.60s' is not a date or a period "
				  "(2024-03-01, 2024-W10, 2024-03, 2024-Q1, 2024)", o->since);
	if (o->until && range_day(o->until, 1, &r->until))
		return store_fail(r->db, TENOR_EINVAL, "--until '%.60s' is not a date or a period "
				  "(2024-03-01, 2024-W10, 2024-03, 2024-Q1, 2024)", o->until);

	if ((rc = store_distinct(r->db, DISTINCT_CATEGORIES, collect_category, r)))
		return rc;
	for (i = 0; o->categories && i < o->ncategories; i++)
		if (find(r->cats, r->ncats, o->categories[i]) < 0)
			return store_fail(r->db, TENOR_EINVAL, "no category '%.60s' in the database",
					  o->categories[i]);
	if (r->ncats == 0)
		return store_fail(r->db, TENOR_EINVAL, "the database holds no scored documents");
	if (o->by) {
		struct name_check nc = { o->by, json_array(), { 0 } };
		rc = nc.found ? store_distinct(r->db, DISTINCT_GROUP_NAMES, collect_group_name, &nc)
			      : TENOR_ENOMEM;
		if (!rc && !json_array_size(nc.found))
			rc = store_fail(r->db, TENOR_EINVAL, "no group column '%.60s' (known: %.300s)",
					o->by, nc.known.len ? nc.known.data : "none; see ingest --group");
		/* one spelling, as ingest keeps it, lets SQLite read the aggregates in order;
		 * several, stored by older versions, are read as one column */
		if (!rc && json_array_size(nc.found) == 1) {
			if (!(r->scope.by = keep(r, json_string_value(json_array_get(nc.found, 0)))))
				rc = TENOR_ENOMEM;
		} else if (!rc) {
			char *names = json_dumps(nc.found, JSON_COMPACT);
			if (!names || !(r->scope.by_names = keep(r, names)))
				rc = TENOR_ENOMEM;
			free(names);
		}
		json_decref(nc.found);
		buf_release(&nc.known);
		if (rc)
			return rc;
	}
	if ((rc = store_distinct(r->db, DISTINCT_LEXICONS, collect_lexicon, r)))
		return rc;

	if ((rc = add_unique(r, &r->groups, &r->ngroups, &r->groupcap, "")))
		return rc;
	r->groups[0] = NULL;
	if ((rc = store_cells(r->db, &r->scope, collect_keys, r)) || (rc = order_periods(r)))
		return rc;
	if (r->ncats) {
		struct store_scope waves = { "wave", NULL, NULL };
		if ((rc = store_cells(r->db, &waves, collect_unplaced, r)))
			return rc;
	}
	if (r->ngroups > 2)
		qsort(r->groups + 1, r->ngroups - 1, sizeof(char *), cmp_str);
	for (i = 1; i < r->ngroups; i++) {
		int found;
		uint32_t *v = strmap_put(&r->group_index, r->groups[i], strlen(r->groups[i]), 0,
					 &found);
		if (!v)
			return TENOR_ENOMEM;
		*v = (uint32_t)i;
	}

	r->rows = arena_alloc(&r->arena, (r->ngroups * r->nperiods + 1) * sizeof(*r->rows));
	r->cells = arena_alloc(&r->arena,
			       (r->ngroups * r->nperiods * r->ncats + 1) * sizeof(*r->cells));
	if (!r->rows || !r->cells)
		return TENOR_ENOMEM;
	memset(r->rows, 0, (r->ngroups * r->nperiods + 1) * sizeof(*r->rows));
	memset(r->cells, 0, (r->ngroups * r->nperiods * r->ncats + 1) * sizeof(*r->cells));
	for (i = 0; i < r->ngroups * r->nperiods; i++) {
		r->rows[i].group = r->groups[i / (r->nperiods ? r->nperiods : 1)];
		r->rows[i].period = r->periods[i % r->nperiods];
		r->rows[i].cells = &r->cells[i * r->ncats];
	}
	if ((rc = store_cells(r->db, &r->scope, fill_cell, r)) || (rc = collect_wholes(r)))
		return rc;

	pub->period_name = period_names[o->period];
	pub->by = o->by ? keep(r, o->by) : NULL;
	pub->lexicon_version = keep(r, r->nlexicons ? r->lexicon : "");
	pub->ncategories = r->ncats;
	pub->categories = (const char *const *)r->cats;
	pub->pressure_category = find(r->cats, r->ncats, "pressure");
	pub->advisory_category = find(r->cats, r->ncats, "advisory");
	pub->nperiods = r->nperiods;
	pub->periods = (const char *const *)r->periods;
	pub->ngroups = r->ngroups;
	pub->groups = (const char *const *)r->groups;
	pub->rows = r->rows;
	/* a count with a small wave in it (and so any count under --min-group), beside a report
	 * by wave that withholds the wave, gives it */
	pub->unplaced_withheld = r->unplaced_small;
	pub->unplaced = pub->unplaced_withheld ? 0 : r->unplaced;
	{
		char now[32];
		time_t t = time(NULL);
		struct tm tm;
		gmtime_r(&t, &tm);
		strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
		pub->generated_at = keep(r, now);
	}
	indicators(r);
	if ((rc = suppress(r)))
		return rc;
	changes(r);
	if ((rc = trends(r)))
		return rc;
	return drivers(r);
}

int tenor_report_build(struct tenor_db *db, const struct tenor_report_options *o,
		       struct tenor_report **out)
{
	struct report_impl *r;
	int rc;

	if (!out)
		return TENOR_EINVAL;
	*out = NULL;
	if (!db || !o)
		return TENOR_EINVAL;
	if (!(r = tenor_calloc(1, sizeof(*r))))
		return TENOR_ENOMEM;
	r->db = db;
	r->o = o;
	/* One read transaction around every query: they all see the same snapshot, so that a
	 * batch committed meanwhile is in the whole report or not at all. (Inside a caller's
	 * transaction, that one holds the snapshot.) */
	if (sqlite3_get_autocommit(db->sql)) {
		if ((rc = store_exec(db, "BEGIN")) == TENOR_OK) {
			rc = build(r);
			if (store_exec(db, rc ? "ROLLBACK" : "COMMIT") && !rc)
				rc = TENOR_EDB;
		}
	} else {
		rc = build(r);
	}
	r->o = NULL;
	r->db = NULL;
	if (rc) {
		tenor_report_free(&r->pub);
		return rc;
	}
	*out = &r->pub;
	return TENOR_OK;
}

void tenor_report_free(struct tenor_report *pub)
{
	struct report_impl *r = (struct report_impl *)pub;

	if (!r)
		return;
	tenor_free(r->cats);
	tenor_free(r->periods);
	tenor_free(r->groups);
	strmap_release(&r->group_index);
	strmap_release(&r->period_index);
	strmap_release(&r->whole_index);
	tenor_free(r->whole);
	tenor_free(r->drivers);
	arena_release(&r->arena);
	tenor_free(r);
}
