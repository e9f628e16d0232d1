/*
 * fuzz_dates.c - the date parser and period keys (src/dates.c) on any text.
 *
 * The first byte's low bit says whether a format follows: then the input is
 * "text NUL format". A parsed date is checked against the C library's own calendar
 * (timegm, strftime's ISO week), its precision against its day, and every period key it
 * has must read back as a date of that precision with the same key.
 */
/* timegm is a GNU and BSD function, not POSIX. */
#define _DEFAULT_SOURCE
#include "fuzz.h"

#include <time.h>

static int blank_text(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n' && s[i] != '\v' &&
		    s[i] != '\f')
			return 0;
	return 1;
}

static int key_ok(const char *k, enum tenor_date_precision p, int year_only)
{
	static const char *const shapes[] = { "", "dddd-dd-dd", "dddd-Wdd", "dddd-dd", "dddd-Qd" };
	const char *s = year_only ? "dddd" : shapes[p];
	for (; *s && *k; s++, k++)
		if (*s == 'd' ? *k < '0' || *k > '9' : *s != *k)
			return 0;
	return !*s && !*k;
}

static void check_date(const struct tenor_date *d)
{
	struct tm tm = { 0 }, *g;
	char iso[16];
	time_t t;
	int p;

	FUZZ_CHECK(d->year >= 1900 && d->year <= 2199);
	FUZZ_CHECK(d->month >= 1 && d->month <= 12 && d->day >= 1);
	FUZZ_CHECK(d->quarter == (d->month - 1) / 3 + 1);
	tm.tm_year = d->year - 1900;
	tm.tm_mon = d->month - 1;
	tm.tm_mday = d->day;
	tm.tm_hour = 12;
	t = timegm(&tm);
	g = gmtime(&t);
	/* timegm normalizes an impossible day into the next month. */
	FUZZ_CHECK(g && g->tm_year == d->year - 1900 && g->tm_mon == d->month - 1 &&
		   g->tm_mday == d->day);
	strftime(iso, sizeof(iso), "%G-W%V", g);
	{
		char mine[16];
		snprintf(mine, sizeof(mine), "%04d-W%02d", d->week_year, d->week);
		FUZZ_CHECK(strcmp(iso, mine) == 0);
	}
	switch (d->precision) {
	case TENOR_DATE_DAY: break;
	case TENOR_DATE_WEEK: FUZZ_CHECK(g->tm_wday == 1); break;
	case TENOR_DATE_MONTH: FUZZ_CHECK(d->day == 1); break;
	case TENOR_DATE_QUARTER: FUZZ_CHECK(d->day == 1 && d->month % 3 == 1); break;
	default: FUZZ_CHECK(0);
	}

	for (p = TENOR_DATE_NONE; p <= TENOR_DATE_QUARTER; p++) {
		enum tenor_date_precision want = (enum tenor_date_precision)p;
		/* a week is in the month and quarter of its Thursday */
		int fits = want != TENOR_DATE_NONE &&
			   (want == d->precision || want == TENOR_DATE_QUARTER ||
			    (d->precision == TENOR_DATE_DAY && want != TENOR_DATE_NONE) ||
			    (d->precision == TENOR_DATE_WEEK && want == TENOR_DATE_MONTH));
		struct tenor_date back;
		char key[16], again[16];
		int rc = tenor_date_period(d, want, 0, key, sizeof(key));

		FUZZ_CHECK((rc == TENOR_OK) == fits);
		FUZZ_CHECK(rc == TENOR_OK || rc == TENOR_EINVAL);
		if (rc != TENOR_OK)
			continue;
		FUZZ_CHECK(key_ok(key, want, 0));
		if (d->precision == TENOR_DATE_WEEK && want != TENOR_DATE_WEEK) {
			time_t thu = t + 3 * 86400;
			struct tm th, *h = gmtime_r(&thu, &th);
			char mine[16];
			FUZZ_CHECK(h != NULL);
			if (want == TENOR_DATE_MONTH)
				strftime(mine, sizeof(mine), "%Y-%m", h);
			else
				snprintf(mine, sizeof(mine), "%04d-Q%d", h->tm_year + 1900,
					 h->tm_mon / 3 + 1);
			FUZZ_CHECK(strcmp(key, mine) == 0);
			/* 2200-W01 begins in 2199, the parser's last year, and its Thursday's
			 * month is 2200-01, which it does not read */
			if (h->tm_year + 1900 > 2199)
				continue;
		}
		FUZZ_CHECK(tenor_date_parse(key, strlen(key), NULL, &back) == TENOR_OK);
		FUZZ_CHECK(back.precision == want);
		FUZZ_CHECK(tenor_date_period(&back, want, 0, again, sizeof(again)) == TENOR_OK);
		FUZZ_CHECK(strcmp(key, again) == 0);
	}
	{
		char key[16];
		FUZZ_CHECK(tenor_date_period(d, TENOR_DATE_DAY, 1, key, sizeof(key)) == TENOR_OK);
		FUZZ_CHECK(key_ok(key, TENOR_DATE_NONE, 1));
		FUZZ_CHECK(tenor_date_period(d, TENOR_DATE_DAY, 0, key, 15) == TENOR_EINVAL);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data + 1, *nul;
	char *fmt = NULL;
	struct tenor_date d;
	size_t n;
	int rc;

	if (size == 0)
		return 0;
	n = size - 1;
	if ((data[0] & 1) && (nul = memchr(s, 0, n))) {
		size_t flen = n - (size_t)(nul - s) - 1;
		fmt = malloc(flen + 1);
		FUZZ_CHECK(fmt);
		memcpy(fmt, nul + 1, flen);
		fmt[flen] = 0;
		n = (size_t)(nul - s);
	}
	rc = tenor_date_parse(n ? s : NULL, n, fmt, &d);
	if (rc == TENOR_OK) {
		if (d.precision == TENOR_DATE_NONE)
			FUZZ_CHECK(blank_text(s, n) && d.year == 0);
		else
			check_date(&d);
	} else {
		FUZZ_CHECK(rc == TENOR_EFORMAT || (rc == TENOR_EINVAL && fmt));
		FUZZ_CHECK(tenor_date_error()[0] != 0);
		FUZZ_CHECK(d.precision == TENOR_DATE_NONE && d.year == 0);
	}
	free(fmt);
	return 0;
}
