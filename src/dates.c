/*
 * dates.c - the date parser: turns the date column of an export into a day, an ISO week, a
 * month or a quarter, and a date into the period key that groups texts by time.
 *
 * Every form is a pattern in the small strptime-like language of tenor_date_parse's fmt, so
 * the built-in forms are a table (date_forms) matched by the same code as the caller's
 * format. A pattern only captures numbers; whether they make a date (February 29, week 53,
 * hour 25) is checked afterwards, so that "2023-02-29" is reported as an impossible date and
 * not as an unknown form. Calendar arithmetic uses day numbers counted from 0001-01-01 in
 * the proleptic Gregorian calendar, a Monday.
 */
#include "tenor.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define YEAR_MIN 1900
#define YEAR_MAX 2199
/* How much of the text and of the format a message quotes, in bytes. */
#define QUOTE_MAX 40

static _Thread_local char date_error[256];

/* What a pattern captured; -1 where it captured nothing. */
struct fields {
	int year, year2, month, day, quarter, week, weekday;
	int hour, minute, second;
	int zone_sign, zone_h, zone_m;
};

enum form_kind {
	FORM_DATE,
	FORM_AMBIGUOUS,  /* day and month could be either way round */
	FORM_TWO_DIGIT   /* the century is unknown */
};

/*
 * The forms accepted without a format, tried in order; the first that matches the whole
 * text decides. Besides the directives of tenor_date_parse, patterns use %q (quarter digit),
 * %V (ISO week), %u (ISO weekday digit), %y (two-digit year) and %t (a time of day with
 * optional seconds, fraction and zone); a digit after '%' makes a number exactly that wide.
 * The precision follows from what was captured.
 */
static const struct {
	const char *pattern;
	enum form_kind kind;
} date_forms[] = {
	{ "%Y-%m-%d", FORM_DATE },
	{ "%Y-%m-%dT%t", FORM_DATE },
	{ "%Y-%m-%d %t", FORM_DATE },
	{ "%Y%2m%2d", FORM_DATE },
	{ "%Y/%m/%d", FORM_DATE },
	{ "%d.%m.%Y", FORM_DATE },
	{ "%d.%m.%Y %t", FORM_DATE },
	{ "%B %d, %Y", FORM_DATE },
	{ "%B %d %Y", FORM_DATE },
	{ "%d %B %Y", FORM_DATE },
	{ "%d. %B %Y", FORM_DATE },
	{ "%d-%B-%Y", FORM_DATE },
	{ "%B %Y", FORM_DATE },
	{ "%Y-%m", FORM_DATE },
	{ "%m/%Y", FORM_DATE },
	{ "%m.%Y", FORM_DATE },
	{ "%Y-Q%q", FORM_DATE },
	{ "%YQ%q", FORM_DATE },
	{ "%Y Q%q", FORM_DATE },
	{ "Q%q %Y", FORM_DATE },
	{ "Q%q/%Y", FORM_DATE },
	{ "Q%q-%Y", FORM_DATE },
	{ "%Y-W%V", FORM_DATE },
	{ "%YW%V", FORM_DATE },
	{ "%Y W%V", FORM_DATE },
	{ "W%V %Y", FORM_DATE },
	{ "W%V/%Y", FORM_DATE },
	{ "%Y-W%V-%u", FORM_DATE },
	{ "%YW%2V%u", FORM_DATE },
	/* The US writes month first, most of the world day first, both with these
	 * separators; the text alone cannot tell which. */
	{ "%d/%m/%Y", FORM_AMBIGUOUS },
	{ "%d/%m/%Y %t", FORM_AMBIGUOUS },
	{ "%d-%m-%Y", FORM_AMBIGUOUS },
	{ "%d.%m.%y", FORM_TWO_DIGIT },
	{ "%d/%m/%y", FORM_TWO_DIGIT },
	{ "%d-%m-%y", FORM_TWO_DIGIT },
};

/* English and German month names and abbreviations, lowercase UTF-8 (also Austrian Jänner). */
static const struct {
	const char *name;
	int month;
} month_names[] = {
	{ "january", 1 }, { "januar", 1 }, { "jan", 1 }, { "j\xC3\xA4nner", 1 }, { "j\xC3\xA4n", 1 },
	{ "february", 2 }, { "februar", 2 }, { "feb", 2 },
	{ "march", 3 }, { "m\xC3\xA4rz", 3 }, { "maerz", 3 }, { "mar", 3 }, { "m\xC3\xA4r", 3 },
	{ "mrz", 3 },
	{ "april", 4 }, { "apr", 4 },
	{ "may", 5 }, { "mai", 5 },
	{ "june", 6 }, { "juni", 6 }, { "jun", 6 },
	{ "july", 7 }, { "juli", 7 }, { "jul", 7 },
	{ "august", 8 }, { "aug", 8 },
	{ "september", 9 }, { "sept", 9 }, { "sep", 9 },
	{ "october", 10 }, { "oktober", 10 }, { "oct", 10 }, { "okt", 10 },
	{ "november", 11 }, { "nov", 11 },
	{ "december", 12 }, { "dezember", 12 }, { "dec", 12 }, { "dez", 12 },
};

static const char *const month_english[] = {
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"
};

/* ---- calendar ---- */

static int is_leap(int y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Days from 0001-01-01 to y-m-d, which must be a valid date with y >= 1. */
static long day_number(int y, int m, int d)
{
	long y0 = y - 1;
	long n = y0 * 365 + y0 / 4 - y0 / 100 + y0 / 400;
	int i;

	for (i = 1; i < m; i++)
		n += days_in_month(y, i);
	return n + d - 1;
}

/* The inverse of day_number for z >= 0. */
static void civil_date(long z, int *y, int *m, int *d)
{
	/* A year has at most 366 days, so this starts at or before the year of z. */
	int year = (int)(z / 366) + 1;
	int month = 1;
	long rest;

	while (day_number(year + 1, 1, 1) <= z)
		year++;
	rest = z - day_number(year, 1, 1);
	while (rest >= days_in_month(year, month))
		rest -= days_in_month(year, month++);
	*y = year;
	*m = month;
	*d = (int)rest + 1;
}

/* 1 for Monday .. 7 for Sunday. */
static int iso_weekday(long z)
{
	return (int)(z % 7) + 1;
}

/* The ISO 8601 week of day z: the week belongs to the year that holds its Thursday. */
static void iso_week(long z, int *week_year, int *week)
{
	long thursday = z + 4 - iso_weekday(z);
	int m, d;

	civil_date(thursday, week_year, &m, &d);
	*week = (int)((thursday - day_number(*week_year, 1, 1)) / 7) + 1;
}

/* The Monday of ISO week 1: the week that holds January 4. */
static long iso_week_one(int year)
{
	long jan4 = day_number(year, 1, 4);

	return jan4 - (iso_weekday(jan4) - 1);
}

static int iso_weeks_in_year(int year)
{
	int week_year, week;

	/* December 28 is always in the last week of its year. */
	iso_week(day_number(year, 12, 28), &week_year, &week);
	return week;
}

/* ---- messages ---- */

/* Copies at most QUOTE_MAX bytes of (s, n) into q, cut at a character boundary, with "..."
 * when something was left out. q holds QUOTE_MAX + 4 bytes. */
static void quote(const char *s, size_t n, char *q)
{
	size_t k = n;

	if (n > QUOTE_MAX) {
		k = QUOTE_MAX;
		while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
	}
	memcpy(q, s, k);
	if (k < n)
		memcpy(q + k, "...", 4);
	else
		q[k] = 0;
}

/* Sets this thread's date error and returns TENOR_EFORMAT. */
static int fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(date_error, sizeof(date_error), fmt, ap);
	va_end(ap);
	return TENOR_EFORMAT;
}

/*
 * Returns this thread's message for the last failure of tenor_date_parse ("" when there was
 * none); it stays valid until the thread's next failing call.
 */
const char *tenor_date_error(void)
{
	return date_error;
}

/* ---- patterns ---- */

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static int is_space(char c)
{
	return is_blank(c) || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* Reads a number of min..max digits at s, as many as there are; NULL when there are fewer
 * than min. */
static const char *number(const char *s, const char *end, int min, int max, int *out)
{
	int k = 0, v = 0;

	while (k < max && s + k < end && is_digit(s[k])) {
		v = v * 10 + (s[k] - '0');
		k++;
	}
	if (k < min)
		return NULL;
	*out = v;
	return s + k;
}

/* Reads a month name or abbreviation (any case, a trailing dot allowed) at s; NULL when there
 * is none. The name must end where the word does, so "Mar" does not match "March". */
static const char *month_name(const char *s, const char *end, int *out)
{
	size_t i, k;

	for (i = 0; i < sizeof(month_names) / sizeof(month_names[0]); i++) {
		const char *name = month_names[i].name;
		size_t len = strlen(name);

		if ((size_t)(end - s) < len)
			continue;
		for (k = 0; k < len; k++) {
			char c = lower(s[k]);

			/* The second byte of upper-case Ä (C3 84) against that of ä (C3 A4). */
			if (c == '\x84' && name[k] == '\xA4' && k > 0 && name[k - 1] == '\xC3')
				c = '\xA4';
			if (c != name[k])
				break;
		}
		if (k < len)
			continue;
		if (s + len < end && (lower(s[len]) >= 'a' && lower(s[len]) <= 'z'))
			continue;
		if (s + len < end && (unsigned char)s[len] >= 0x80)
			continue;
		*out = month_names[i].month;
		return s + len;
	}
	return NULL;
}

/* Reads a time of day "hh:mm", optionally ":ss" with a fraction, optionally followed by a
 * zone ("Z", "UTC", "+02:00", "+0200", "+02"), which is read and ignored; NULL when there is
 * none. */
static const char *time_of_day(const char *s, const char *end, struct fields *f)
{
	const char *p;

	if (!(s = number(s, end, 1, 2, &f->hour)) || s == end || *s++ != ':' ||
	    !(s = number(s, end, 2, 2, &f->minute)))
		return NULL;
	if (s < end && *s == ':') {
		if (!(s = number(s + 1, end, 2, 2, &f->second)))
			return NULL;
		if (end - s >= 2 && (*s == '.' || *s == ',') && is_digit(s[1])) {
			s++;
			while (s < end && is_digit(*s))
				s++;
		}
	}
	for (p = s; p < end && is_blank(*p); p++)
		;
	if (p < end && lower(*p) == 'z')
		return p + 1;
	if (end - p >= 3 && lower(p[0]) == 'u' && lower(p[1]) == 't' && lower(p[2]) == 'c')
		return p + 3;
	if (p < end && (*p == '+' || *p == '-')) {
		f->zone_sign = *p;
		if (!(p = number(p + 1, end, 2, 2, &f->zone_h)))
			return NULL;
		f->zone_m = 0;
		if (p < end && *p == ':')
			return number(p + 1, end, 2, 2, &f->zone_m);
		if (p < end && is_digit(*p))
			return number(p, end, 2, 2, &f->zone_m);
		return p;
	}
	return s;
}

/*
 * Matches pattern against [s, end), capturing into f, and returns where the match ends or
 * NULL when it fails. A number takes as many digits as its directive allows; there is no
 * backtracking. A space matches one or more blanks, other characters themselves (ASCII
 * letters in any case). The pattern must be valid (check_format, or a date_forms entry).
 */
static const char *match(const char *s, const char *end, const char *pat, struct fields *f)
{
	while (*pat && s) {
		int width = 0;

		if (*pat == ' ') {
			if (s == end || !is_blank(*s))
				return NULL;
			while (s < end && is_blank(*s))
				s++;
			pat++;
			continue;
		}
		if (*pat != '%' || pat[1] == '%') {
			if (s == end || lower(*s) != lower(*pat))
				return NULL;
			s++;
			pat += *pat == '%' ? 2 : 1;
			continue;
		}
		pat++;
		if (is_digit(*pat))
			width = *pat++ - '0';
		switch (*pat++) {
		case 'Y': s = number(s, end, 4, 4, &f->year); break;
		case 'y': s = number(s, end, 2, 2, &f->year2); break;
		case 'm': s = number(s, end, width ? width : 1, width ? width : 2, &f->month); break;
		case 'd': s = number(s, end, width ? width : 1, width ? width : 2, &f->day); break;
		case 'H': s = number(s, end, 1, 2, &f->hour); break;
		case 'M': s = number(s, end, 1, 2, &f->minute); break;
		case 'S': s = number(s, end, 1, 2, &f->second); break;
		case 'q': s = number(s, end, 1, 1, &f->quarter); break;
		case 'V': s = number(s, end, width ? width : 1, width ? width : 2, &f->week); break;
		case 'u': s = number(s, end, 1, 1, &f->weekday); break;
		case 'b': case 'B': s = month_name(s, end, &f->month); break;
		case 't': s = time_of_day(s, end, f); break;
		default: return NULL;
		}
		/* "Mar. 27": the dot of an abbreviation, unless the pattern has one there. */
		if (s && (pat[-1] == 'b' || pat[-1] == 'B') && s < end && *s == '.' && *pat != '.')
			s++;
	}
	return s;
}

/* Checks a caller's format: only the documented directives, and enough of them to make a
 * month. Returns TENOR_EINVAL with the date error set otherwise. */
static int check_format(const char *fmt)
{
	char q[QUOTE_MAX + 4];
	int year = 0, month = 0;
	const char *p;

	quote(fmt, strlen(fmt), q);
	for (p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		if (!*++p) {
			fail("date format '%s' ends in a lone '%%'", q);
			return TENOR_EINVAL;
		}
		if (!strchr("YmdHMSbB%", *p)) {
			fail("date format '%s' has an unknown directive '%%%c'", q, *p);
			return TENOR_EINVAL;
		}
		year |= *p == 'Y';
		month |= *p == 'm' || *p == 'b' || *p == 'B';
	}
	if (!year || !month) {
		fail("date format '%s' needs %%Y and a month (%%m or %%b)", q);
		return TENOR_EINVAL;
	}
	return TENOR_OK;
}

/* ---- dates ---- */

/* Sets *out to day z with precision p. */
static void set_date(struct tenor_date *out, enum tenor_date_precision p, long z)
{
	out->precision = p;
	civil_date(z, &out->year, &out->month, &out->day);
	out->quarter = (out->month - 1) / 3 + 1;
	iso_week(z, &out->week_year, &out->week);
}

/* Checks the captured fields of text q and turns them into *out; TENOR_EFORMAT with the
 * reason when they make no date. */
static int settle(const struct fields *f, const char *q, struct tenor_date *out)
{
	enum tenor_date_precision p = TENOR_DATE_DAY;
	long z;

	/* An ISO week's year may be the next calendar year (2199-12-31 is in 2200-W01): for a
	 * week the range applies to the date it makes, checked below. */
	if ((f->year < YEAR_MIN || f->year > YEAR_MAX) &&
	    (f->week < 0 || f->year < YEAR_MIN - 1 || f->year > YEAR_MAX + 1))
		return fail("'%s' is not a date: year %d is outside %d..%d", q, f->year, YEAR_MIN,
			    YEAR_MAX);
	if (f->week >= 0) {
		if (f->week < 1 || f->week > iso_weeks_in_year(f->year))
			return fail("'%s' is not a date: %d has no ISO week %d", q, f->year,
				    f->week);
		z = iso_week_one(f->year) + 7L * (f->week - 1);
		if (f->weekday < 0)
			p = TENOR_DATE_WEEK;
		else if (f->weekday >= 1 && f->weekday <= 7)
			z += f->weekday - 1;
		else
			return fail("'%s' is not a date: there is no ISO weekday %d", q,
				    f->weekday);
		{
			int y, m, d;
			civil_date(z, &y, &m, &d);
			if (y < YEAR_MIN || y > YEAR_MAX)
				return fail("'%s' is not a date: year %d is outside %d..%d", q, y,
					    YEAR_MIN, YEAR_MAX);
		}
	} else if (f->quarter >= 0) {
		if (f->quarter < 1 || f->quarter > 4)
			return fail("'%s' is not a date: there is no quarter %d", q, f->quarter);
		p = TENOR_DATE_QUARTER;
		z = day_number(f->year, 3 * f->quarter - 2, 1);
	} else {
		if (f->month < 1 || f->month > 12)
			return fail("'%s' is not a date: there is no month %d", q, f->month);
		if (f->day == 0)
			return fail("'%s' is not a date: there is no day 0", q);
		if (f->day > days_in_month(f->year, f->month))
			return fail("'%s' is not a date: %s %d has %d days", q,
				    month_english[f->month - 1], f->year,
				    days_in_month(f->year, f->month));
		if (f->day < 0)
			p = TENOR_DATE_MONTH;
		z = day_number(f->year, f->month, f->day < 0 ? 1 : f->day);
	}
	if (f->hour > 23)
		return fail("'%s' is not a date: there is no hour %d", q, f->hour);
	if (f->minute > 59)
		return fail("'%s' is not a date: there is no minute %d", q, f->minute);
	/* 60 is a leap second. */
	if (f->second > 60)
		return fail("'%s' is not a date: there is no second %d", q, f->second);
	if (f->zone_h > 23 || f->zone_m > 59)
		return fail("'%s' is not a date: there is no time zone %c%02d:%02d", q,
			    f->zone_sign, f->zone_h, f->zone_m);
	set_date(out, p, z);
	return TENOR_OK;
}

/* The message for an ambiguous form: a format that reads it, day first when the first
 * number cannot be a month, with the text's separator and time. */
static int fail_ambiguous(const struct fields *f, const char *pattern, const char *q)
{
	char sep = pattern[2];
	const char *first = f->day > 12 ? "%d" : "%m", *second = f->day > 12 ? "%m" : "%d";
	const char *time = f->hour < 0 ? "" : f->second < 0 ? " %H:%M" : " %H:%M:%S";

	return fail("ambiguous date '%s': give --date-format, e.g. %s%c%s%c%%Y%s", q, first, sep,
		    second, sep, time);
}

/*
 * Parses the date in (s, n): see tenor.h for the forms and fmt. s may be NULL when n is 0;
 * out must not be NULL. Returns TENOR_OK with out->precision TENOR_DATE_NONE for blank text,
 * TENOR_OK with the date, TENOR_EFORMAT when the text is no date or an impossible one, or
 * TENOR_EINVAL for NULL arguments or a fmt with an unknown directive or without year and
 * month. On every error *out is zeroed (precision TENOR_DATE_NONE) and, except for NULL
 * arguments, tenor_date_error() says why.
 */
int tenor_date_parse(const char *s, size_t n, const char *fmt, struct tenor_date *out)
{
	static const struct fields none = {
		.year = -1, .year2 = -1, .month = -1, .day = -1, .quarter = -1, .week = -1,
		.weekday = -1, .hour = -1, .minute = -1, .second = -1, .zone_h = -1, .zone_m = -1
	};
	char q[QUOTE_MAX + 4];
	struct fields f = none;
	const char *end;
	size_t i;
	int rc;

	if (!out)
		return TENOR_EINVAL;
	memset(out, 0, sizeof(*out));
	if (!s && n)
		return TENOR_EINVAL;
	if (fmt && (rc = check_format(fmt)))
		return rc;
	for (; n > 0 && is_space(*s); s++, n--)
		;
	for (; n > 0 && is_space(s[n - 1]); n--)
		;
	if (n == 0)
		return TENOR_OK;
	end = s + n;
	quote(s, n, q);
	if (fmt) {
		char qf[QUOTE_MAX + 4];

		if (match(s, end, fmt, &f) != end) {
			quote(fmt, strlen(fmt), qf);
			return fail("'%s' does not match the date format '%s'", q, qf);
		}
		rc = settle(&f, q, out);
	} else {
		for (i = 0; i < sizeof(date_forms) / sizeof(date_forms[0]); i++) {
			f = none;
			if (match(s, end, date_forms[i].pattern, &f) == end)
				break;
		}
		if (i == sizeof(date_forms) / sizeof(date_forms[0]))
			rc = fail("unrecognised date '%s'", q);
		else if (date_forms[i].kind == FORM_AMBIGUOUS)
			rc = fail_ambiguous(&f, date_forms[i].pattern, q);
		else if (date_forms[i].kind == FORM_TWO_DIGIT)
			rc = fail("'%s' has a two-digit year: write the year with four digits", q);
		else
			rc = settle(&f, q, out);
	}
	if (rc)
		memset(out, 0, sizeof(*out));
	return rc;
}

/* Whether a date of precision have can be grouped by precision want. A week may straddle two
 * months or quarters: it belongs to those of its Thursday, which hold at least four of its
 * seven days, as its ISO year is the year of its Thursday. */
static int period_fits(enum tenor_date_precision have, enum tenor_date_precision want)
{
	switch (want) {
	case TENOR_DATE_DAY: return have == TENOR_DATE_DAY;
	case TENOR_DATE_WEEK: return have == TENOR_DATE_DAY || have == TENOR_DATE_WEEK;
	case TENOR_DATE_MONTH: return have != TENOR_DATE_QUARTER && have != TENOR_DATE_NONE;
	case TENOR_DATE_QUARTER: return have != TENOR_DATE_NONE;
	case TENOR_DATE_NONE: return 0;
	}
	return 0;
}

/*
 * Writes the period key of d for precision p into buf (size bytes, at least 16): "2025-03-27",
 * "2025-W14" (ISO week year and week), "2025-03", "2025-Q1"; with year_only "2025" whatever
 * p is, the ISO week year for a date of week precision. Returns TENOR_EINVAL when an
 * argument is NULL, size is below 16, d has no date, p is finer than d's precision or is
 * week for a month, or the key does not fit. A week's month and quarter are its Thursday's.
 */
/* v in decimal, zero-padded to width, at p; returns the end. Period keys are made several
 * times per stored document, where snprintf was a tenth of ingest's time. */
static char *put_num(char *p, int v, int width)
{
	char t[12];
	int n = 0;
	unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;

	do
		t[n++] = (char)('0' + u % 10);
	while (u /= 10);
	while (n < width)
		t[n++] = '0';
	if (v < 0)
		*p++ = '-';
	while (n)
		*p++ = t[--n];
	return p;
}

int tenor_date_period(const struct tenor_date *d, enum tenor_date_precision p, int year_only,
		      char *buf, size_t size)
{
	char k[48], *e;

	if (!d || !buf || size < 16 || d->precision == TENOR_DATE_NONE)
		return TENOR_EINVAL;
	if (year_only)
		e = put_num(k, d->precision == TENOR_DATE_WEEK ? d->week_year : d->year, 4);
	else if (!period_fits(d->precision, p))
		return TENOR_EINVAL;
	else if (p == TENOR_DATE_WEEK) {
		e = put_num(k, d->week_year, 4);
		*e++ = '-';
		*e++ = 'W';
		e = put_num(e, d->week, 2);
	} else {
		int year = d->year, month = d->month, day;
		if (d->precision == TENOR_DATE_WEEK)  /* its Thursday's (period_fits) */
			civil_date(day_number(d->year, d->month, d->day) + 3, &year, &month, &day);
		e = put_num(k, year, 4);
		*e++ = '-';
		if (p == TENOR_DATE_QUARTER) {
			*e++ = 'Q';
			e = put_num(e, (month - 1) / 3 + 1, 1);
		} else {
			e = put_num(e, month, 2);
			if (p == TENOR_DATE_DAY) {
				*e++ = '-';
				e = put_num(e, d->day, 2);
			}
		}
	}
	if ((size_t)(e - k) >= size)
		return TENOR_EINVAL;
	memcpy(buf, k, (size_t)(e - k));
	buf[e - k] = 0;
	return TENOR_OK;
}
