/*
 * test_stats.c - the statistics of the report (src/stats.c): the normal tail, the Wilson
 * interval, the two-proportion test, Mann-Kendall with Sen's slope, and G².
 *
 * Every expected number was computed with python3 on the formulas of docs/indicators.md,
 * independently of the C code (which uses other, numerically safer forms for some of them);
 * the Python used stands next to each table. Normal tails come from statistics.NormalDist,
 * or mpmath where NormalDist's cdf runs out of digits (beyond z = 8).
 */
#include "unit.h"
#include "report.h"

#include <math.h>
#include <stdlib.h>

/* Python's formulas and ours round differently; a relative 1e-9 still catches any slip. */
static void check_close(const char *what, double actual, double expected)
{
	double tol = 1e-9 * fabs(expected) + 1e-15;

	if (!(fabs(actual - expected) <= tol)) {
		print_message("%s: got %.17g, expected %.17g\n", what, actual, expected);
		fail();
	}
}

/* ---- the standard normal upper tail ---- */

static void test_normal_sf(void **state)
{
	/* python3 -c "import mpmath; mpmath.mp.dps=30; print(repr(float(mpmath.ncdf(-Z))))" */
	static const struct { double z, expected; } cases[] = {
		{ 0.0, 0.5 },
		{ 1.0, 0.15865525393145705 },
		{ -1.0, 0.8413447460685429 },
		{ 1.959963984540054, 0.025000000000000012 },
		{ -1.959963984540054, 0.975 },
		{ 3.0, 0.0013498980316300946 },
		{ 8.0, 6.220960574271784e-16 },   /* NormalDist().cdf(-8) gives 6.1e-16 */
		{ 30.0, 4.906713927148187e-198 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_close("normal_sf", stats_normal_sf(cases[i].z), cases[i].expected);
	assert_true(stats_normal_sf(0.0) == 0.5);
	assert_true(stats_normal_sf(40.0) == 0.0);     /* below the smallest double */
	assert_true(stats_normal_sf(-40.0) == 1.0);
}

/* ---- Wilson score interval ---- */

static void test_wilson(void **state)
{
	/*
	 * The textbook form (center -/+ half-width), which stats.c does not use:
	 * python3 -c "from math import sqrt; z=1.959963984540054; k,n=K,N; p=k/n;
	 *   c=(p+z*z/(2*n))/(1+z*z/n); h=z*sqrt(p*(1-p)/n+z*z/(4*n*n))/(1+z*z/n);
	 *   print(repr(max(0,c-h)), repr(min(1,c+h)))"
	 */
	static const struct {
		unsigned long long k, n;
		double low, high;
	} cases[] = {
		{ 0, 10, 0.0, 0.2775327998628892 },
		{ 10, 10, 0.7224672001371107, 0.9999999999999999 },
		{ 5, 10, 0.236593090512564, 0.7634069094874361 },
		{ 42, 100, 0.3279838267435473, 0.5179351329695703 },
		{ 1, 1, 0.20654931437723745, 1.0 },
		{ 7, 30, 0.11792388144489496, 0.40928326158122164 },
		{ 1, 1000000, 1.7652457674537176e-07, 5.664911804311444e-06 },
		{ 999999, 1000000, 0.9999943350881957, 0.9999998234754233 },
	};
	double low, high;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		print_message("case: %llu of %llu\n", cases[i].k, cases[i].n);
		stats_wilson(cases[i].k, cases[i].n, &low, &high);
		check_close("low", low, cases[i].low);
		check_close("high", high, cases[i].high);
	}

	/* the ends are exact, not 1e-17 off */
	stats_wilson(0, 10, &low, &high);
	assert_true(low == 0.0);
	stats_wilson(10, 10, &low, &high);
	assert_true(high == 1.0);

	low = high = -1.0;
	stats_wilson(0, 0, &low, &high);
	assert_true(low == 0.0 && high == 0.0);
}

/* Every interval lies in [0, 1], holds its share and is symmetric under k <-> n-k. */
static void test_wilson_bounds(void **state)
{
	unsigned long long k, n;
	double low, high, low2, high2;

	(void)state;
	for (n = 1; n <= 200; n++) {
		for (k = 0; k <= n; k++) {
			double p = (double)k / (double)n;

			stats_wilson(k, n, &low, &high);
			stats_wilson(n - k, n, &low2, &high2);
			assert_true(0.0 <= low && low <= p && p <= high && high <= 1.0);
			check_close("symmetry", low, 1.0 - high2);
		}
	}
}

/* ---- two-proportion z-test ---- */

static void test_two_proportion(void **state)
{
	/*
	 * python3 -c "from statistics import NormalDist as N; from math import sqrt;
	 *   k1,n1,k2,n2=K1,N1,K2,N2; p=(k1+k2)/(n1+n2);
	 *   z=(k1/n1-k2/n2)/sqrt(p*(1-p)*(1/n1+1/n2)); print(repr(2*N().cdf(-abs(z))))"
	 */
	static const struct {
		unsigned long long k1, n1, k2, n2;
		double p;
	} cases[] = {
		{ 50, 100, 50, 100, 1.0 },                  /* equal shares */
		{ 80, 100, 50, 100, 8.687711676946819e-06 },
		{ 30, 200, 45, 150, 0.0007131933211869113 },
		{ 12, 40, 3, 40, 0.0099370102292331 },
		{ 3, 7, 6, 7, 0.09426430684121023 },
		{ 1, 1, 0, 1, 0.15729920705028522 },
		{ 500000, 1000000, 501000, 1000000, 0.15729899949648418 },
		/* cannot be computed: 1 */
		{ 0, 0, 5, 10, 1.0 },
		{ 5, 10, 0, 0, 1.0 },
		{ 0, 0, 0, 0, 1.0 },
		{ 0, 100, 0, 50, 1.0 },                     /* pooled share 0 */
		{ 100, 100, 50, 50, 1.0 },                  /* pooled share 1 */
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const unsigned long long k1 = cases[i].k1, n1 = cases[i].n1;
		const unsigned long long k2 = cases[i].k2, n2 = cases[i].n2;

		print_message("case: %llu/%llu against %llu/%llu\n", k1, n1, k2, n2);
		check_close("p", stats_two_proportion_p(k1, n1, k2, n2), cases[i].p);
		check_close("p swapped", stats_two_proportion_p(k2, n2, k1, n1), cases[i].p);
		if (cases[i].p == 1.0)
			assert_true(stats_two_proportion_p(k1, n1, k2, n2) == 1.0);
	}
}

/* ---- Mann-Kendall and Sen's slope ---- */

/*
 * The reference, written from the formulas with exact-value tie groups (stats.c groups
 * values within 1e-12) and statistics.median, run with python3:
 *
 *   from statistics import NormalDist as N, median
 *   from itertools import combinations as C
 *   from math import sqrt
 *   def mk(x):
 *       n = len(x); sg = lambda d: 0 if abs(d) < 1e-12 else (1 if d > 0 else -1)
 *       s = sum(sg(x[j] - x[i]) for i, j in C(range(n), 2))
 *       g = {}
 *       for v in x: g[v] = g.get(v, 0) + 1
 *       var = (n*(n-1)*(2*n+5) - sum(t*(t-1)*(2*t+5) for t in g.values())) / 18
 *       z = 0 if s == 0 or var == 0 else (s - 1 if s > 0 else s + 1) / sqrt(var)
 *       return (s, var, z, 2 * N().cdf(-abs(z)), s / (n*(n-1)/2),
 *               median((x[j] - x[i]) / (j - i) for i, j in C(range(n), 2)))
 *   print(*map(repr, mk([...])))
 */
struct mk_case {
	const char *name;
	double x[12];
	size_t n;
	double s, var, z, p, tau, slope;
};

static void check_mk(const struct mk_case *c)
{
	double scratch[66];    /* 12 * 11 / 2 */
	struct mann_kendall mk;

	print_message("case: %s\n", c->name);
	stats_mann_kendall(c->x, c->n, scratch, &mk);
	check_close("s", mk.s, c->s);
	check_close("var_s", mk.var_s, c->var);
	check_close("z", mk.z, c->z);
	check_close("p_value", mk.p_value, c->p);
	check_close("tau", mk.tau, c->tau);
	check_close("slope", mk.slope, c->slope);
}

static void test_mann_kendall(void **state)
{
	static const struct mk_case cases[] = {
		/*
		 * Sen's slope by hand: the pairwise slopes are 0.1, 0.075, 0.1 (from 0.1),
		 * 0.05, 0.1 (from 0.2), 0.15 (from 0.25); their median is 0.1. Four rising
		 * periods are the most evidence four periods can give, and it is not enough
		 * at 0.05 (p = 0.089); five are (p = 0.027).
		 */
		{ "rising, n = 4", { 0.1, 0.2, 0.25, 0.4 }, 4,
		  6, 8.666666666666666, 1.6984155512168937, 0.08942935902899363, 1.0, 0.1 },
		{ "rising, n = 5", { 1, 2, 3, 4, 5 }, 5,
		  10, 16.666666666666668, 2.2045407685048604, 0.0274863361115103, 1.0, 1.0 },
		{ "rising, n = 8", { 0.10, 0.12, 0.15, 0.16, 0.20, 0.21, 0.25, 0.30 }, 8,
		  28, 65.33333333333333, 3.340383700311406, 0.0008366271311193163, 1.0,
		  0.025000000000000005 },
		{ "rising with setbacks, n = 12",
		  { 0.05, 0.07, 0.06, 0.09, 0.11, 0.10, 0.14, 0.15, 0.17, 0.16, 0.20, 0.22 }, 12,
		  60, 212.66666666666666, 4.045780339810076, 5.2149115824406955e-05,
		  0.9090909090909091, 0.015000000000000001 },
		{ "falling, n = 6", { 0.50, 0.42, 0.44, 0.35, 0.30, 0.22 }, 6,
		  -13, 28.333333333333332, -2.2544074479065386, 0.024170547174545254,
		  -0.8666666666666667, -0.05000000000000001 },
		{ "constant", { 0.2, 0.2, 0.2, 0.2, 0.2 }, 5,
		  0, 0.0, 0.0, 1.0, 0.0, 0.0 },
		{ "ties", { 0.1, 0.2, 0.2, 0.3, 0.3, 0.3, 0.4 }, 7,
		  17, 39.666666666666664, 2.540429395319823, 0.011071644553191873,
		  0.8095238095238095, 0.04999999999999999 },
		{ "noisy flat", { 0.30, 0.32, 0.29, 0.31, 0.30, 0.28, 0.33, 0.30 }, 8,
		  -1, 61.666666666666664, 0.0, 1.0, -0.03571428571428571, 0.0 },
		/* within 1e-12 is a tie: Python's mk([0.1, 0.1, 0.2, 0.3]) */
		{ "near tie", { 0.1, 0.100000000000001, 0.2, 0.3 }, 4,
		  5, 7.666666666666667, 1.4446302370292303, 0.14856177489186873,
		  0.8333333333333334, 0.08333333333333331 },
		/* one pair: S = 1, var = 1, z = (1 - 1) / 1 = 0 */
		{ "two periods", { 0.1, 0.3 }, 2,
		  1, 1.0, 0.0, 1.0, 1.0, 0.19999999999999998 },
		{ "one period", { 0.4 }, 1, 0, 0, 0, 1.0, 0, 0 },
		{ "no periods", { 0 }, 0, 0, 0, 0, 1.0, 0, 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_mk(&cases[i]);
}

/* A series and its mirror image (1 - x) have the same statistics with the opposite sign. */
static void test_mann_kendall_symmetry(void **state)
{
	static const double x[] = { 0.30, 0.28, 0.35, 0.33, 0.41, 0.41, 0.39, 0.47, 0.52 };
	enum { N = sizeof(x) / sizeof(x[0]) };
	double neg[N], scratch[N * (N - 1) / 2];
	struct mann_kendall up, down;
	size_t i;

	(void)state;
	for (i = 0; i < N; i++)
		neg[i] = 1.0 - x[i];
	stats_mann_kendall(x, N, scratch, &up);
	stats_mann_kendall(neg, N, scratch, &down);
	assert_true(up.s > 0 && up.s == -down.s && up.var_s == down.var_s);
	check_close("z", up.z, -down.z);
	check_close("p", up.p_value, down.p_value);
	check_close("tau", up.tau, -down.tau);
	check_close("slope", up.slope, -down.slope);
}

static int cmp_slope(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * Sen's slope of long series, as a report by wave has, against the median of the sorted
 * pairwise slopes: series whose slopes are mostly ties, in order, reversed, in a sawtooth
 * and at random, with an odd and an even number of pairs.
 */
static void test_sen_slope_long(void **state)
{
	enum { MAX = 400 };
	static double x[MAX], scratch[MAX * (MAX - 1) / 2], pairs[MAX * (MAX - 1) / 2];
	static const size_t sizes[] = { 2, 3, 4, 5, 37, 64, 399, 400 };
	unsigned long long seed = 42;
	size_t si, i, j, m;
	int shape;

	(void)state;
	for (si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++) {
		size_t n = sizes[si];

		for (shape = 0; shape < 6; shape++) {
			struct mann_kendall mk;
			double want;

			for (i = 0; i < n; i++) {
				seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
				switch (shape) {
				case 0: x[i] = 0.25; break;
				case 1: x[i] = (double)i / 100.0; break;
				case 2: x[i] = (double)(n - i) / 7.0; break;
				case 3: x[i] = (double)(i % 5) / 10.0; break;
				case 4: x[i] = (double)(seed >> 62) / 4.0; break;
				default: x[i] = (double)(seed >> 11) / 9007199254740992.0; break;
				}
			}
			for (m = 0, i = 0; i < n; i++)
				for (j = i + 1; j < n; j++)
					pairs[m++] = (x[j] - x[i]) / (double)(j - i);
			qsort(pairs, m, sizeof(*pairs), cmp_slope);
			want = m % 2 ? pairs[m / 2] : (pairs[m / 2 - 1] + pairs[m / 2]) / 2.0;
			stats_mann_kendall(x, n, scratch, &mk);
			print_message("n = %zu, shape %d\n", n, shape);
			assert_true(mk.slope == want);
		}
	}
}

/* ---- log-likelihood G² ---- */

static void test_g2(void **state)
{
	/*
	 * python3 -c "from math import log; a,c,b,d=A,C,B,D; e1=c*(a+b)/(c+d);
	 *   e2=d*(a+b)/(c+d); print(repr(2*((a*log(a/e1) if a else 0)+(b*log(b/e2) if b else 0))))"
	 */
	static const struct { double a, c, b, d, g2; } cases[] = {
		{ 14, 1000, 3, 1000, 7.723029402362693 },
		{ 3, 1000, 14, 1000, 7.723029402362693 },       /* a fall as strong as the rise */
		{ 0, 1000, 5, 2000, 4.054651081081644 },        /* 0 ln 0 = 0 */
		{ 5, 1000, 0, 1000, 6.931471805599453 },        /* = 10 ln 2 */
		{ 1200, 100000, 900, 120000, 115.1280715588353 },
		{ 2.5, 10, 1, 10, 0.6641431438228165 },         /* weighted counts */
		/* 0 by definition */
		{ 10, 500, 20, 1000, 0.0 },                     /* the same share */
		{ 0, 1000, 0, 1000, 0.0 },
		{ 5, 0, 3, 1000, 0.0 },
		{ 5, 1000, 3, 0, 0.0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		double g = stats_g2(cases[i].a, cases[i].c, cases[i].b, cases[i].d);

		print_message("case: %g of %g against %g of %g\n", cases[i].a, cases[i].c,
			      cases[i].b, cases[i].d);
		check_close("g2", g, cases[i].g2);
		check_close("g2 swapped", stats_g2(cases[i].b, cases[i].d, cases[i].a, cases[i].c),
			    cases[i].g2);
		if (cases[i].g2 == 0.0)
			assert_true(g == 0.0);
	}
}

/* Equal shares give 0, never a negative G² through rounding. */
static void test_g2_equal_shares(void **state)
{
	double a, c;

	(void)state;
	for (c = 7; c < 5000; c *= 1.7) {
		for (a = 1; a <= c; a *= 3.1) {
			double g = stats_g2(a, c, a * 3.0, c * 3.0);
			double h = stats_g2(a * 0.1, c * 0.1, a * 7.0, c * 7.0);

			assert_true(g >= 0.0 && g < 1e-9 && h >= 0.0 && h < 1e-9);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_normal_sf),
		cmocka_unit_test(test_wilson),
		cmocka_unit_test(test_wilson_bounds),
		cmocka_unit_test(test_two_proportion),
		cmocka_unit_test(test_mann_kendall),
		cmocka_unit_test(test_mann_kendall_symmetry),
		cmocka_unit_test(test_sen_slope_long),
		cmocka_unit_test(test_g2),
		cmocka_unit_test(test_g2_equal_shares),
	};
	return cmocka_run_group_tests_name("stats (src/stats.c)", tests, NULL, NULL);
}
