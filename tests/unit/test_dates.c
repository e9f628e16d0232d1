/*
 * test_dates.c - the date parser (src/dates.c): the forms read without and with a format,
 * the fields of the parsed date, the reasons for rejecting a text, and period keys.
 *
 * Expected dates, quarters and ISO weeks were computed with Python's datetime
 * (date.isocalendar, date.fromisocalendar), not with the parser; test_every_day walks the
 * whole accepted range with the C library's mktime and strftime("%G %V") as the reference.
 */
#include "unit.h"

#include <stdlib.h>
#include <time.h>

/* ---- texts that are dates ---- */

struct date_case {
	const char *text;
	const char *fmt;
	enum tenor_date_precision precision;
	int year, month, day, quarter, week_year, week;
};

static void check_date(const struct date_case *c)
{
	struct tenor_date d;
	int rc;

	print_message("case: '%s' fmt %s\n", c->text, c->fmt ? c->fmt : "(none)");
	rc = tenor_date_parse(c->text, strlen(c->text), c->fmt, &d);
	if (rc != TENOR_OK)
		print_message("error: %s\n", tenor_date_error());
	assert_int_equal(rc, TENOR_OK);
	assert_int_equal(d.precision, c->precision);
	assert_int_equal(d.year, c->year);
	assert_int_equal(d.month, c->month);
	assert_int_equal(d.day, c->day);
	assert_int_equal(d.quarter, c->quarter);
	assert_int_equal(d.week_year, c->week_year);
	assert_int_equal(d.week, c->week);
}

/* Precision, then the (first) day, its quarter and its ISO week. */
static void test_dates(void **state)
{
	static const struct date_case cases[] = {
		/* ISO dates and timestamps (the zone is ignored: the date as written) */
		{ "2025-03-27", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "  2025-03-27\t\r\n", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025-3-7", NULL, TENOR_DATE_DAY, 2025, 3, 7, 1, 2025, 10 },
		{ "2025-03-27T14:05:00Z", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025-03-27 14:05", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025-03-27   14:05:00", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025-03-27T14:05:00+02:00", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025-03-27T00:30:00+02", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025-03-27T23:30:00.123456-0500", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025-03-27t23:59:60,5z", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025-03-27 14:05:00 +0200", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025-03-27 14:05:00 UTC", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "20250327", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025/03/27", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		/* German numeric dates */
		{ "27.03.2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27.3.2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "1.1.2025", NULL, TENOR_DATE_DAY, 2025, 1, 1, 1, 2025, 1 },
		{ "27.03.2025 14:05", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27.03.2025 9:05:59", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		/* month names, English and German, any case */
		{ "March 27, 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "march 27 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "MAR 27 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "Mar. 27, 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "Sept 1, 2025", NULL, TENOR_DATE_DAY, 2025, 9, 1, 3, 2025, 36 },
		{ "27 March 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27 Mar 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27-Mar-2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27. M\xC3\xA4rz 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27. M\xC3\xA4r 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27. M\xC3\xA4r. 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27 M\xC3\x84RZ 2025", NULL, TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "1. Mai 2025", NULL, TENOR_DATE_DAY, 2025, 5, 1, 2, 2025, 18 },
		{ "1 Okt 2025", NULL, TENOR_DATE_DAY, 2025, 10, 1, 4, 2025, 40 },
		{ "3 Dez 2025", NULL, TENOR_DATE_DAY, 2025, 12, 3, 4, 2025, 49 },
		{ "15. J\xC3\xA4nner 2025", NULL, TENOR_DATE_DAY, 2025, 1, 15, 1, 2025, 3 },
		{ "31 December 2025", NULL, TENOR_DATE_DAY, 2025, 12, 31, 4, 2026, 1 },
		/* leap years and the ends of the accepted range */
		{ "29.02.2024", NULL, TENOR_DATE_DAY, 2024, 2, 29, 1, 2024, 9 },
		{ "2000-02-29", NULL, TENOR_DATE_DAY, 2000, 2, 29, 1, 2000, 9 },
		{ "1900-01-01", NULL, TENOR_DATE_DAY, 1900, 1, 1, 1, 1900, 1 },
		{ "2199-12-31", NULL, TENOR_DATE_DAY, 2199, 12, 31, 4, 2200, 1 },
		/* ISO weeks of days near the turn of a year */
		{ "2024-12-30", NULL, TENOR_DATE_DAY, 2024, 12, 30, 4, 2025, 1 },
		{ "2021-01-03", NULL, TENOR_DATE_DAY, 2021, 1, 3, 1, 2020, 53 },
		{ "2026-12-31", NULL, TENOR_DATE_DAY, 2026, 12, 31, 4, 2026, 53 },
		{ "2027-01-01", NULL, TENOR_DATE_DAY, 2027, 1, 1, 1, 2026, 53 },
		{ "2008-12-29", NULL, TENOR_DATE_DAY, 2008, 12, 29, 4, 2009, 1 },
		{ "2010-01-03", NULL, TENOR_DATE_DAY, 2010, 1, 3, 1, 2009, 53 },
		/* a week with a weekday is a day */
		{ "2025-W14-3", NULL, TENOR_DATE_DAY, 2025, 4, 2, 2, 2025, 14 },
		{ "2025W143", NULL, TENOR_DATE_DAY, 2025, 4, 2, 2, 2025, 14 },
		{ "2020-W53-7", NULL, TENOR_DATE_DAY, 2021, 1, 3, 1, 2020, 53 },
		{ "2025-W01-1", NULL, TENOR_DATE_DAY, 2024, 12, 30, 4, 2025, 1 },
		/* ISO weeks: the Monday, which may lie in the year before */
		{ "2025-W14", NULL, TENOR_DATE_WEEK, 2025, 3, 31, 1, 2025, 14 },
		{ "2025W14", NULL, TENOR_DATE_WEEK, 2025, 3, 31, 1, 2025, 14 },
		{ "2025-w14", NULL, TENOR_DATE_WEEK, 2025, 3, 31, 1, 2025, 14 },
		{ "2025-W1", NULL, TENOR_DATE_WEEK, 2024, 12, 30, 4, 2025, 1 },
		{ "W14 2025", NULL, TENOR_DATE_WEEK, 2025, 3, 31, 1, 2025, 14 },
		{ "W14/2025", NULL, TENOR_DATE_WEEK, 2025, 3, 31, 1, 2025, 14 },
		{ "2025 W14", NULL, TENOR_DATE_WEEK, 2025, 3, 31, 1, 2025, 14 },
		{ "2025-W01", NULL, TENOR_DATE_WEEK, 2024, 12, 30, 4, 2025, 1 },
		{ "2020-W53", NULL, TENOR_DATE_WEEK, 2020, 12, 28, 4, 2020, 53 },
		{ "2026-W53", NULL, TENOR_DATE_WEEK, 2026, 12, 28, 4, 2026, 53 },
		{ "2009-W53", NULL, TENOR_DATE_WEEK, 2009, 12, 28, 4, 2009, 53 },
		/* months: the first day */
		{ "2025-04", NULL, TENOR_DATE_MONTH, 2025, 4, 1, 2, 2025, 14 },
		{ "04/2025", NULL, TENOR_DATE_MONTH, 2025, 4, 1, 2, 2025, 14 },
		{ "4/2025", NULL, TENOR_DATE_MONTH, 2025, 4, 1, 2, 2025, 14 },
		{ "04.2025", NULL, TENOR_DATE_MONTH, 2025, 4, 1, 2, 2025, 14 },
		{ "M\xC3\xA4rz 2025", NULL, TENOR_DATE_MONTH, 2025, 3, 1, 1, 2025, 9 },
		{ "March 2025", NULL, TENOR_DATE_MONTH, 2025, 3, 1, 1, 2025, 9 },
		{ "mar 2025", NULL, TENOR_DATE_MONTH, 2025, 3, 1, 1, 2025, 9 },
		{ "Dezember 2025", NULL, TENOR_DATE_MONTH, 2025, 12, 1, 4, 2025, 49 },
		/* quarters: the first day */
		{ "2025-Q3", NULL, TENOR_DATE_QUARTER, 2025, 7, 1, 3, 2025, 27 },
		{ "2025Q3", NULL, TENOR_DATE_QUARTER, 2025, 7, 1, 3, 2025, 27 },
		{ "Q3 2025", NULL, TENOR_DATE_QUARTER, 2025, 7, 1, 3, 2025, 27 },
		{ "Q3/2025", NULL, TENOR_DATE_QUARTER, 2025, 7, 1, 3, 2025, 27 },
		{ "2025 Q3", NULL, TENOR_DATE_QUARTER, 2025, 7, 1, 3, 2025, 27 },
		{ "Q3-2025", NULL, TENOR_DATE_QUARTER, 2025, 7, 1, 3, 2025, 27 },
		{ "q1 2025", NULL, TENOR_DATE_QUARTER, 2025, 1, 1, 1, 2025, 1 },
		{ "2025-q4", NULL, TENOR_DATE_QUARTER, 2025, 10, 1, 4, 2025, 40 },
		/* with a format */
		{ "03/27/2025", "%m/%d/%Y", TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27/03/2025", "%d/%m/%Y", TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ " 27/03/2025 14:05 ", "%d/%m/%Y %H:%M", TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "3/7/2025   8:5:9", "%m/%d/%Y %H:%M:%S", TENOR_DATE_DAY, 2025, 3, 7, 1, 2025, 10 },
		{ "27 Mar 2025", "%d %b %Y", TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "27-M\xC3\xA4rz-2025", "%d-%B-%Y", TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "2025.03.27", "%Y.%m.%d", TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "20250327", "%Y%m%d", TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "100% 2025-03-27", "100%% %Y-%m-%d", TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "x2025y03z27", "X%YY%mZ%d", TENOR_DATE_DAY, 2025, 3, 27, 1, 2025, 13 },
		{ "03/2025", "%m/%Y", TENOR_DATE_MONTH, 2025, 3, 1, 1, 2025, 9 },
		{ "Mar 2025", "%b %Y", TENOR_DATE_MONTH, 2025, 3, 1, 1, 2025, 9 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_date(&cases[i]);
}

/* Only the n bytes given are read. */
static void test_length(void **state)
{
	struct tenor_date d;

	(void)state;
	assert_int_equal(tenor_date_parse("2025-03-27junk", 10, NULL, &d), TENOR_OK);
	assert_int_equal(d.precision, TENOR_DATE_DAY);
	assert_int_equal(d.day, 27);
	assert_int_equal(tenor_date_parse("2025-03-27", 7, NULL, &d), TENOR_OK);
	assert_int_equal(d.precision, TENOR_DATE_MONTH);
	assert_int_equal(d.month, 3);
}

static void test_blank(void **state)
{
	static const char *const blanks[] = { "", " ", " \t\r\n " };
	struct tenor_date d;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(blanks) / sizeof(blanks[0]); i++) {
		memset(&d, 0xFF, sizeof(d));
		assert_int_equal(tenor_date_parse(blanks[i], strlen(blanks[i]), NULL, &d), TENOR_OK);
		assert_int_equal(d.precision, TENOR_DATE_NONE);
		assert_int_equal(tenor_date_parse(blanks[i], strlen(blanks[i]), "%d.%m.%Y", &d),
				 TENOR_OK);
		assert_int_equal(d.precision, TENOR_DATE_NONE);
	}
	assert_int_equal(tenor_date_parse(NULL, 0, NULL, &d), TENOR_OK);
	assert_int_equal(d.precision, TENOR_DATE_NONE);
}

/* ---- texts that are not dates ---- */

struct bad_case {
	const char *text;
	const char *fmt;
	int status;
	const char *error;   /* the whole message of tenor_date_error */
};

static void check_bad(const struct bad_case *c)
{
	struct tenor_date d;

	print_message("case: '%s' fmt %s\n", c->text, c->fmt ? c->fmt : "(none)");
	memset(&d, 0xFF, sizeof(d));
	assert_int_equal(tenor_date_parse(c->text, strlen(c->text), c->fmt, &d), c->status);
	assert_int_equal(d.precision, TENOR_DATE_NONE);
	assert_string_equal(tenor_date_error(), c->error);
}

static void test_impossible(void **state)
{
	static const struct bad_case cases[] = {
		{ "31.02.2024", NULL, TENOR_EFORMAT,
		  "'31.02.2024' is not a date: February 2024 has 29 days" },
		{ "2023-02-29", NULL, TENOR_EFORMAT,
		  "'2023-02-29' is not a date: February 2023 has 28 days" },
		{ "1900-02-29", NULL, TENOR_EFORMAT,
		  "'1900-02-29' is not a date: February 1900 has 28 days" },
		{ "31.04.2025", NULL, TENOR_EFORMAT,
		  "'31.04.2025' is not a date: April 2025 has 30 days" },
		{ "31 Jun 2025", NULL, TENOR_EFORMAT,
		  "'31 Jun 2025' is not a date: June 2025 has 30 days" },
		{ "2025-13-01", NULL, TENOR_EFORMAT, "'2025-13-01' is not a date: there is no month 13" },
		{ "2025-00", NULL, TENOR_EFORMAT, "'2025-00' is not a date: there is no month 0" },
		{ "00.01.2025", NULL, TENOR_EFORMAT, "'00.01.2025' is not a date: there is no day 0" },
		{ "2025-Q5", NULL, TENOR_EFORMAT, "'2025-Q5' is not a date: there is no quarter 5" },
		{ "Q0 2025", NULL, TENOR_EFORMAT, "'Q0 2025' is not a date: there is no quarter 0" },
		{ "2021-W53", NULL, TENOR_EFORMAT, "'2021-W53' is not a date: 2021 has no ISO week 53" },
		{ "2025-W00", NULL, TENOR_EFORMAT, "'2025-W00' is not a date: 2025 has no ISO week 0" },
		{ "2025-W14-8", NULL, TENOR_EFORMAT,
		  "'2025-W14-8' is not a date: there is no ISO weekday 8" },
		{ "2025-W14-0", NULL, TENOR_EFORMAT,
		  "'2025-W14-0' is not a date: there is no ISO weekday 0" },
		{ "1899-12-31", NULL, TENOR_EFORMAT,
		  "'1899-12-31' is not a date: year 1899 is outside 1900..2199" },
		{ "2200-01-01", NULL, TENOR_EFORMAT,
		  "'2200-01-01' is not a date: year 2200 is outside 1900..2199" },
		{ "1899-W52", NULL, TENOR_EFORMAT,
		  "'1899-W52' is not a date: year 1899 is outside 1900..2199" },
		{ "2200-W02", NULL, TENOR_EFORMAT,
		  "'2200-W02' is not a date: year 2200 is outside 1900..2199" },
		{ "2025-03-27T25:00", NULL, TENOR_EFORMAT,
		  "'2025-03-27T25:00' is not a date: there is no hour 25" },
		{ "2025-03-27 14:60", NULL, TENOR_EFORMAT,
		  "'2025-03-27 14:60' is not a date: there is no minute 60" },
		{ "2025-03-27T14:05:61", NULL, TENOR_EFORMAT,
		  "'2025-03-27T14:05:61' is not a date: there is no second 61" },
		{ "2025-03-27T14:05+25:00", NULL, TENOR_EFORMAT,
		  "'2025-03-27T14:05+25:00' is not a date: there is no time zone +25:00" },
		/* the date is reported before the time */
		{ "2025-02-30 25:00", NULL, TENOR_EFORMAT,
		  "'2025-02-30 25:00' is not a date: February 2025 has 28 days" },
		{ "02/30/2024", "%m/%d/%Y", TENOR_EFORMAT,
		  "'02/30/2024' is not a date: February 2024 has 29 days" },
		{ "27/03/2025 24:00", "%d/%m/%Y %H:%M", TENOR_EFORMAT,
		  "'27/03/2025 24:00' is not a date: there is no hour 24" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_bad(&cases[i]);
}

static void test_unrecognised(void **state)
{
	static const struct bad_case cases[] = {
		{ "soon", NULL, TENOR_EFORMAT, "unrecognised date 'soon'" },
		{ "2025", NULL, TENOR_EFORMAT, "unrecognised date '2025'" },
		{ "2025-03-27x", NULL, TENOR_EFORMAT, "unrecognised date '2025-03-27x'" },
		{ "2025-03-27T", NULL, TENOR_EFORMAT, "unrecognised date '2025-03-27T'" },
		{ "2025-03-27T14", NULL, TENOR_EFORMAT, "unrecognised date '2025-03-27T14'" },
		{ "2025-03-27T14:05+2", NULL, TENOR_EFORMAT, "unrecognised date '2025-03-27T14:05+2'" },
		{ "2025-003-27", NULL, TENOR_EFORMAT, "unrecognised date '2025-003-27'" },
		{ "2025--03-27", NULL, TENOR_EFORMAT, "unrecognised date '2025--03-27'" },
		{ "27..03.2025", NULL, TENOR_EFORMAT, "unrecognised date '27..03.2025'" },
		{ "27.03.2025.", NULL, TENOR_EFORMAT, "unrecognised date '27.03.2025.'" },
		{ "27.03.02025", NULL, TENOR_EFORMAT, "unrecognised date '27.03.02025'" },
		{ "2025032", NULL, TENOR_EFORMAT, "unrecognised date '2025032'" },
		{ "March 27, 2025,", NULL, TENOR_EFORMAT, "unrecognised date 'March 27, 2025,'" },
		{ "Marc 27 2025", NULL, TENOR_EFORMAT, "unrecognised date 'Marc 27 2025'" },
		{ "Mar27 2025", NULL, TENOR_EFORMAT, "unrecognised date 'Mar27 2025'" },
		{ "2025-Q12", NULL, TENOR_EFORMAT, "unrecognised date '2025-Q12'" },
		{ "2025-W143", NULL, TENOR_EFORMAT, "unrecognised date '2025-W143'" },
		{ "\xC3\xA4", NULL, TENOR_EFORMAT, "unrecognised date '\xC3\xA4'" },
		{ "2025-03-27", "%d.%m.%Y", TENOR_EFORMAT,
		  "'2025-03-27' does not match the date format '%d.%m.%Y'" },
		{ "2025-03-27 14:05", "%Y-%m-%d", TENOR_EFORMAT,
		  "'2025-03-27 14:05' does not match the date format '%Y-%m-%d'" },
		{ "2025-03", "%Y-%m-%d", TENOR_EFORMAT,
		  "'2025-03' does not match the date format '%Y-%m-%d'" },
		{ "27.03.25", "%d.%m.%Y", TENOR_EFORMAT,
		  "'27.03.25' does not match the date format '%d.%m.%Y'" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_bad(&cases[i]);
}

/* Forms the text alone cannot settle: which number is the month, which century. */
static void test_ambiguous(void **state)
{
	static const struct bad_case cases[] = {
		{ "03/27/2025", NULL, TENOR_EFORMAT,
		  "ambiguous date '03/27/2025': give --date-format, e.g. %m/%d/%Y" },
		{ "03/04/2025", NULL, TENOR_EFORMAT,
		  "ambiguous date '03/04/2025': give --date-format, e.g. %m/%d/%Y" },
		{ "27/03/2025", NULL, TENOR_EFORMAT,
		  "ambiguous date '27/03/2025': give --date-format, e.g. %d/%m/%Y" },
		{ "27-03-2025", NULL, TENOR_EFORMAT,
		  "ambiguous date '27-03-2025': give --date-format, e.g. %d-%m-%Y" },
		{ "3/27/2025 14:05", NULL, TENOR_EFORMAT,
		  "ambiguous date '3/27/2025 14:05': give --date-format, e.g. %m/%d/%Y %H:%M" },
		{ "3/27/2025 14:05:00", NULL, TENOR_EFORMAT,
		  "ambiguous date '3/27/2025 14:05:00': give --date-format, e.g. %m/%d/%Y %H:%M:%S" },
		{ "27.03.25", NULL, TENOR_EFORMAT,
		  "'27.03.25' has a two-digit year: write the year with four digits" },
		{ "03/27/25", NULL, TENOR_EFORMAT,
		  "'03/27/25' has a two-digit year: write the year with four digits" },
		{ "25-03-27", NULL, TENOR_EFORMAT,
		  "'25-03-27' has a two-digit year: write the year with four digits" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_bad(&cases[i]);
}

/* A format that cannot make a date is the caller's mistake, whatever the text. */
static void test_bad_format(void **state)
{
	static const struct bad_case cases[] = {
		{ "2025-3", "%Y-%q", TENOR_EINVAL,
		  "date format '%Y-%q' has an unknown directive '%q'" },
		{ "2025-03-27", "%Y-%m-%d%", TENOR_EINVAL,
		  "date format '%Y-%m-%d%' ends in a lone '%'" },
		{ "27.03", "%d.%m", TENOR_EINVAL,
		  "date format '%d.%m' needs %Y and a month (%m or %b)" },
		{ "2025", "%Y", TENOR_EINVAL, "date format '%Y' needs %Y and a month (%m or %b)" },
		{ "", "%Y", TENOR_EINVAL, "date format '%Y' needs %Y and a month (%m or %b)" },
	};
	struct tenor_date d;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_bad(&cases[i]);
	assert_int_equal(tenor_date_parse("2025-03-27", 10, NULL, NULL), TENOR_EINVAL);
	assert_int_equal(tenor_date_parse(NULL, 1, NULL, &d), TENOR_EINVAL);
}

/* Messages quote at most 40 bytes, cut at a character boundary. */
static void test_long_text(void **state)
{
	char text[100];
	struct tenor_date d;

	(void)state;
	memset(text, 'x', 60);
	assert_int_equal(tenor_date_parse(text, 60, NULL, &d), TENOR_EFORMAT);
	assert_string_equal(tenor_date_error(),
			    "unrecognised date 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'");
	/* 39 x, then ä (2 bytes) over the 40th byte: the ä goes */
	memcpy(text + 39, "\xC3\xA4", 2);
	assert_int_equal(tenor_date_parse(text, 60, NULL, &d), TENOR_EFORMAT);
	assert_string_equal(tenor_date_error(),
			    "unrecognised date 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'");
	/* exactly 40 bytes: nothing left out */
	assert_int_equal(tenor_date_parse(text + 20, 40, NULL, &d), TENOR_EFORMAT);
	assert_string_equal(tenor_date_error(),
			    "unrecognised date 'xxxxxxxxxxxxxxxxxxx\xC3\xA4xxxxxxxxxxxxxxxxxxx'");
}

/* ---- every day of the accepted range ---- */

/* Walks 1900-01-01 .. 2199-12-31 with mktime and checks each day, written as an ISO date, a
 * German date and an ISO week date, against struct tm and strftime's ISO week. */
static void test_every_day(void **state)
{
	struct tm tm;
	long days = 0;

	(void)state;
	setenv("TZ", "UTC0", 1);
	tzset();
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 0;
	tm.tm_mday = 1;
	tm.tm_hour = 12;
	for (;;) {
		char iso[16], german[16], week[16], gv[16];
		struct tenor_date d, dg, dw;
		int y, m, wy, w;

		tm.tm_isdst = -1;
		assert_true(mktime(&tm) != (time_t)-1);
		if (tm.tm_year + 1900 > 2199)
			break;
		y = tm.tm_year + 1900;
		m = tm.tm_mon + 1;
		assert_true(strftime(iso, sizeof(iso), "%Y-%m-%d", &tm) > 0);
		assert_true(strftime(german, sizeof(german), "%d.%m.%Y", &tm) > 0);
		assert_true(strftime(week, sizeof(week), "%G-W%V-%u", &tm) > 0);
		assert_true(strftime(gv, sizeof(gv), "%G %V", &tm) > 0);
		assert_int_equal(sscanf(gv, "%d %d", &wy, &w), 2);

		assert_int_equal(tenor_date_parse(iso, strlen(iso), NULL, &d), TENOR_OK);
		assert_int_equal(d.precision, TENOR_DATE_DAY);
		assert_int_equal(d.year, y);
		assert_int_equal(d.month, m);
		assert_int_equal(d.day, tm.tm_mday);
		assert_int_equal(d.quarter, (m - 1) / 3 + 1);
		assert_int_equal(d.week_year, wy);
		assert_int_equal(d.week, w);
		assert_int_equal(tenor_date_parse(german, strlen(german), NULL, &dg), TENOR_OK);
		assert_memory_equal(&d, &dg, sizeof(d));
		/* The week date of 1900-01-01 .. is 1900-W01-1; 2199-12-30/31 are in 2200-W01,
		 * which reads back too: the range is that of the days (found by fuzz_dates) */
		assert_int_equal(tenor_date_parse(week, strlen(week), NULL, &dw), TENOR_OK);
		assert_memory_equal(&d, &dw, sizeof(d));
		days++;
		tm.tm_mday++;
	}
	/* (date(2199, 12, 31) - date(1900, 1, 1)).days + 1 */
	assert_int_equal(days, 109573);
}

/* The Monday of every ISO week of the range, against strftime on that Monday. */
static void test_every_week(void **state)
{
	int year, week;

	(void)state;
	setenv("TZ", "UTC0", 1);
	tzset();
	for (year = 1900; year <= 2199; year++) {
		for (week = 1; week <= 54; week++) {
			char text[16], gv[16];
			struct tenor_date d;
			struct tm tm;
			int rc, wy, w;

			snprintf(text, sizeof(text), "%d-W%02d", year, week);
			rc = tenor_date_parse(text, strlen(text), NULL, &d);
			if (rc != TENOR_OK) {
				/* a year has 52 or 53 weeks: the first missing one ends it */
				assert_int_equal(rc, TENOR_EFORMAT);
				assert_true(week == 53 || week == 54);
				break;
			}
			assert_int_equal(d.precision, TENOR_DATE_WEEK);
			memset(&tm, 0, sizeof(tm));
			tm.tm_year = d.year - 1900;
			tm.tm_mon = d.month - 1;
			tm.tm_mday = d.day;
			tm.tm_hour = 12;
			tm.tm_isdst = -1;
			assert_true(mktime(&tm) != (time_t)-1);
			assert_int_equal(tm.tm_wday, 1);
			assert_true(strftime(gv, sizeof(gv), "%G %V", &tm) > 0);
			assert_int_equal(sscanf(gv, "%d %d", &wy, &w), 2);
			assert_int_equal(wy, year);
			assert_int_equal(w, week);
			assert_int_equal(d.week_year, year);
			assert_int_equal(d.week, week);
		}
	}
}

/* ---- period keys ---- */

struct period_case {
	const char *text;
	enum tenor_date_precision p;
	int year_only;
	int status;
	const char *key;
};

static void test_period(void **state)
{
	static const struct period_case cases[] = {
		{ "2025-03-27", TENOR_DATE_DAY, 0, TENOR_OK, "2025-03-27" },
		{ "2025-03-27", TENOR_DATE_WEEK, 0, TENOR_OK, "2025-W13" },
		{ "2025-03-27", TENOR_DATE_MONTH, 0, TENOR_OK, "2025-03" },
		{ "2025-03-27", TENOR_DATE_QUARTER, 0, TENOR_OK, "2025-Q1" },
		{ "2025-03-27", TENOR_DATE_DAY, 1, TENOR_OK, "2025" },
		/* a day keeps its calendar year; its week may be of the next year */
		{ "2024-12-30", TENOR_DATE_WEEK, 0, TENOR_OK, "2025-W01" },
		{ "2024-12-30", TENOR_DATE_MONTH, 0, TENOR_OK, "2024-12" },
		{ "2024-12-30", TENOR_DATE_QUARTER, 0, TENOR_OK, "2024-Q4" },
		{ "2024-12-30", TENOR_DATE_WEEK, 1, TENOR_OK, "2024" },
		{ "2021-01-03", TENOR_DATE_WEEK, 0, TENOR_OK, "2020-W53" },
		{ "2021-01-03", TENOR_DATE_DAY, 1, TENOR_OK, "2021" },
		/* a week: its own key, the month, quarter and year of its Thursday (ISO) */
		{ "2025-W01", TENOR_DATE_WEEK, 0, TENOR_OK, "2025-W01" },
		{ "2025-W01", TENOR_DATE_MONTH, 0, TENOR_OK, "2025-01" },
		{ "2025-W01", TENOR_DATE_QUARTER, 0, TENOR_OK, "2025-Q1" },
		{ "2025-W01", TENOR_DATE_WEEK, 1, TENOR_OK, "2025" },
		{ "2025-W01", TENOR_DATE_DAY, 0, TENOR_EINVAL, NULL },
		{ "2025-W05", TENOR_DATE_MONTH, 0, TENOR_OK, "2025-01" },  /* Jan 27 to Feb 2 */
		{ "2025-W06", TENOR_DATE_MONTH, 0, TENOR_OK, "2025-02" },
		{ "2025-W14", TENOR_DATE_WEEK, 0, TENOR_OK, "2025-W14" },
		{ "2025-W14", TENOR_DATE_MONTH, 0, TENOR_OK, "2025-04" },  /* Mar 31 to Apr 6 */
		{ "2025-W14", TENOR_DATE_QUARTER, 0, TENOR_OK, "2025-Q2" },
		{ "2026-W01", TENOR_DATE_QUARTER, 0, TENOR_OK, "2026-Q1" },  /* from Dec 29 */
		{ "2020-W53", TENOR_DATE_WEEK, 0, TENOR_OK, "2020-W53" },
		{ "2020-W53", TENOR_DATE_MONTH, 0, TENOR_OK, "2020-12" },  /* Dec 28 to Jan 3 */
		{ "2020-W53", TENOR_DATE_QUARTER, 0, TENOR_OK, "2020-Q4" },
		{ "2025-04", TENOR_DATE_MONTH, 0, TENOR_OK, "2025-04" },
		{ "2025-04", TENOR_DATE_QUARTER, 0, TENOR_OK, "2025-Q2" },
		{ "2025-04", TENOR_DATE_MONTH, 1, TENOR_OK, "2025" },
		{ "2025-04", TENOR_DATE_DAY, 0, TENOR_EINVAL, NULL },
		{ "2025-04", TENOR_DATE_WEEK, 0, TENOR_EINVAL, NULL },
		{ "2025-Q3", TENOR_DATE_QUARTER, 0, TENOR_OK, "2025-Q3" },
		{ "2025-Q3", TENOR_DATE_QUARTER, 1, TENOR_OK, "2025" },
		{ "2025-Q3", TENOR_DATE_DAY, 0, TENOR_EINVAL, NULL },
		{ "2025-Q3", TENOR_DATE_WEEK, 0, TENOR_EINVAL, NULL },
		{ "2025-Q3", TENOR_DATE_MONTH, 0, TENOR_EINVAL, NULL },
		{ "2025-03-27", TENOR_DATE_NONE, 0, TENOR_EINVAL, NULL },
		{ "", TENOR_DATE_DAY, 0, TENOR_EINVAL, NULL },
		{ "", TENOR_DATE_DAY, 1, TENOR_EINVAL, NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct period_case *c = &cases[i];
		struct tenor_date d;
		char buf[16];

		print_message("case: '%s' precision %d year_only %d\n", c->text, (int)c->p,
			      c->year_only);
		assert_int_equal(tenor_date_parse(c->text, strlen(c->text), NULL, &d), TENOR_OK);
		assert_int_equal(tenor_date_period(&d, c->p, c->year_only, buf, sizeof(buf)),
				 c->status);
		if (c->key)
			assert_string_equal(buf, c->key);
	}
}

static void test_period_arguments(void **state)
{
	struct tenor_date d;
	char buf[16];

	(void)state;
	assert_int_equal(tenor_date_parse("2025-03-27", 10, NULL, &d), TENOR_OK);
	assert_int_equal(tenor_date_period(NULL, TENOR_DATE_DAY, 0, buf, sizeof(buf)),
			 TENOR_EINVAL);
	assert_int_equal(tenor_date_period(&d, TENOR_DATE_DAY, 0, NULL, sizeof(buf)),
			 TENOR_EINVAL);
	assert_int_equal(tenor_date_period(&d, TENOR_DATE_DAY, 0, buf, 15), TENOR_EINVAL);
	assert_int_equal(tenor_date_period(&d, (enum tenor_date_precision)99, 0, buf,
					   sizeof(buf)), TENOR_EINVAL);
	/* a date filled in by hand with a year too wide for the key */
	d.year = 2000000000;
	assert_int_equal(tenor_date_period(&d, TENOR_DATE_DAY, 0, buf, sizeof(buf)),
			 TENOR_EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_length),
		cmocka_unit_test(test_blank),
		cmocka_unit_test(test_impossible),
		cmocka_unit_test(test_unrecognised),
		cmocka_unit_test(test_ambiguous),
		cmocka_unit_test(test_bad_format),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_every_day),
		cmocka_unit_test(test_every_week),
		cmocka_unit_test(test_period),
		cmocka_unit_test(test_period_arguments),
	};
	return cmocka_run_group_tests_name("dates (src/dates.c)", tests, NULL, NULL);
}
