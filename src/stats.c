/*
 * stats.c - the statistics of the report (see report.h and docs/indicators.md): the Wilson
 * interval of a doc share, the two-proportion test of a change, the Mann-Kendall trend test
 * with Sen's slope, and the log-likelihood G² that ranks drivers. Pure functions over counts
 * and shares; nothing here allocates, prints or fails.
 */
#include "report.h"

#include <math.h>
#include <stdlib.h>

#define Z95 1.959963984540054           /* the 97.5% quantile of the standard normal */
#define SQRT1_2 0.70710678118654752440  /* 1/sqrt(2); M_SQRT1_2 is not C11 */
#define TIE_EPS 1e-12                   /* shares closer than this are equal */

double stats_normal_sf(double z)
{
	/* erfc keeps its relative precision far into the tail, where 1 - cdf would be 0. */
	return 0.5 * erfc(z * SQRT1_2);
}

/*
 * k <= n. The textbook form, center -/+ half-width, loses digits to cancellation at the
 * lower bound of a rare event; multiplying out by the conjugate gives the same bounds as
 * low = k² / (n (A + B)) with A = k + z²/2, B = z sqrt(k(n-k)/n + z²/4), and the upper bound
 * as 1 minus the lower bound of the n-k failures. Both stay in [0, 1] and are exact at the
 * ends (k = 0: low 0; k = n: high 1).
 */
void stats_wilson(unsigned long long k, unsigned long long n, double *low, double *high)
{
	double dk = (double)k, dn = (double)n, dm = (double)(n - k);
	double b;

	if (n == 0) {
		*low = *high = 0.0;
		return;
	}
	b = Z95 * sqrt(dk * dm / dn + Z95 * Z95 / 4.0);
	*low = dk * dk / (dn * (dk + Z95 * Z95 / 2.0 + b));
	*high = 1.0 - dm * dm / (dn * (dm + Z95 * Z95 / 2.0 + b));
}

/* k1 <= n1, k2 <= n2. */
double stats_two_proportion_p(unsigned long long k1, unsigned long long n1,
			      unsigned long long k2, unsigned long long n2)
{
	double hits = (double)k1 + (double)k2, total = (double)n1 + (double)n2;
	double pooled, se, z;

	if (n1 == 0 || n2 == 0 || hits == 0.0 || hits == total)
		return 1.0;
	pooled = hits / total;
	/* 1 - pooled from the counts, so a share near 1 keeps its digits. */
	se = sqrt(pooled * ((total - hits) / total) * (1.0 / (double)n1 + 1.0 / (double)n2));
	z = ((double)k1 / (double)n1 - (double)k2 / (double)n2) / se;
	return 2.0 * stats_normal_sf(fabs(z));
}

static int sign(double d)
{
	return fabs(d) < TIE_EPS ? 0 : d > 0 ? 1 : -1;
}

/* t(t-1)(2t+5): a group of t tied values, in the variance of S. */
static double tie_term(double t)
{
	return t * (t - 1.0) * (2.0 * t + 5.0);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * The k-th smallest of a[0..n) (k < n) into a[k], with every value before it no greater:
 * quickselect, in linear time where a sort of a report by wave's hundreds of thousands of
 * pairwise slopes was most of its time. The three-way partition keeps runs of equal slopes
 * (a flat series) linear; a range that does not shrink as a median-of-three pivot should is
 * sorted, which bounds the worst case by a sort's.
 */
static double select_kth(double *a, size_t n, size_t k)
{
	size_t lo = 0, hi = n, rounds = 0, bound = 64, m;

	for (m = n; m > 1; m >>= 1)
		bound += 2;
	while (hi - lo > 1) {
		double x = a[lo], y = a[lo + (hi - lo) / 2], z = a[hi - 1], pivot, t;
		size_t lt = lo, i = lo, gt = hi;

		if (++rounds > bound) {
			qsort(a + lo, hi - lo, sizeof(*a), cmp_double);
			break;
		}
		pivot = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y);
		while (i < gt) {
			if (a[i] < pivot) {
				t = a[lt], a[lt++] = a[i], a[i++] = t;
			} else if (a[i] > pivot) {
				t = a[--gt], a[gt] = a[i], a[i] = t;
			} else {
				i++;
			}
		}
		if (k < lt)
			hi = lt;
		else if (k >= gt)
			lo = gt;
		else
			return a[k];
	}
	return a[k];
}

/* The median of a[0..n), n > 0, reordering a. */
static double median(double *a, size_t n)
{
	double hi = select_kth(a, n, n / 2), lo;
	size_t i;

	if (n % 2)
		return hi;
	/* the lower middle is the largest of the values select_kth left before the upper */
	lo = a[0];
	for (i = 1; i < n / 2; i++)
		if (a[i] > lo)
			lo = a[i];
	return (lo + hi) / 2.0;
}

/*
 * x holds n finite values in time order. A tie group is a value and every later value
 * within TIE_EPS of it, counted once at its first member; the shares of a report tie
 * exactly or not at all, so the tolerance only absorbs rounding.
 */
void stats_mann_kendall(const double *x, size_t n, double *scratch, struct mann_kendall *out)
{
	double s = 0.0, ties = 0.0, var;
	size_t i, j, m = 0;

	out->s = out->var_s = out->z = out->tau = out->slope = 0.0;
	out->p_value = 1.0;
	if (n < 2)
		return;
	for (i = 0; i < n; i++) {
		double t = 1.0;
		int first;

		for (j = 0; j < i && sign(x[i] - x[j]) != 0; j++)
			;
		first = j == i;
		for (j = i + 1; j < n; j++) {
			int d = sign(x[j] - x[i]);

			s += d;
			if (d == 0)
				t += 1.0;
			scratch[m++] = (x[j] - x[i]) / (double)(j - i);
		}
		if (first)
			ties += tie_term(t);
	}
	var = (tie_term((double)n) - ties) / 18.0;
	out->s = s;
	out->var_s = var;
	out->tau = s / ((double)n * (double)(n - 1) / 2.0);
	/* No variance (every value tied) is no evidence of a trend: z stays 0. */
	if (var > 0.0 && s != 0.0)
		out->z = (s > 0.0 ? s - 1.0 : s + 1.0) / sqrt(var);
	out->p_value = 2.0 * stats_normal_sf(fabs(out->z));
	out->slope = median(scratch, m);
}

/*
 * a, b >= 0 and c, d >= 0. The expected counts share a+b in proportion to the totals;
 * a zero count contributes 0 (the limit of a ln a).
 */
double stats_g2(double a, double c, double b, double d)
{
	double e1, e2, g = 0.0;

	if (a + b == 0.0 || c == 0.0 || d == 0.0)
		return 0.0;
	e1 = c * (a + b) / (c + d);
	e2 = d * (a + b) / (c + d);
	if (a > 0.0)
		g += a * log(a / e1);
	if (b > 0.0)
		g += b * log(b / e2);
	/* G² >= 0 (log-sum inequality); rounding can leave -1e-16 when the shares are equal. */
	return g > 0.0 ? 2.0 * g : 0.0;
}
