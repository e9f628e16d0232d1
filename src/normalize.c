/*
 * normalize.c - the normalization stage: validating UTF-8 and turning text into the one form
 * in which tokens and lexicon entries are compared (see normalize.h).
 */
#include "normalize.h"
#include "bytes.h"
#include "tenor.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

size_t utf8_char(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;

	/* two bytes (U+0080 to U+07FF: ä, é, ß), which most non-ASCII text is */
	if (p[0] >= 0xC2 && p[0] <= 0xDF && n > 1 && (p[1] & 0xC0) == 0x80)
		return 2;
	k = utf8proc_iterate(p, (utf8proc_ssize_t)n, &cp);
	return k < 0 ? 0 : (size_t)k;
}

int utf8_valid(const char *s, size_t n, size_t *bad)
{
	size_t i = 0, k;

	while ((i += bytes_ascii_run(s + i, n - i)) < n) {
		if (!(k = utf8_char(s + i, n - i))) {
			*bad = i;
			return 0;
		}
		i += k;
	}
	return 1;
}

int tenor_utf8_check(const char *s, size_t n, size_t *bad)
{
	return utf8_valid(s, n, bad);
}

/* Unifies what people type for the same apostrophe or hyphen. */
static utf8proc_int32_t unify(utf8proc_int32_t c, void *data)
{
	(void)data;
	switch (c) {
	case 0x2019: case 0x2018: case 0x02BC: case 0x00B4: case 0x0060: case 0x2032:
		return '\'';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
	case 0xFE63: case 0xFF0D:
		return '-';
	default:
		return c;
	}
}

#define NORM_OPTS (UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)

void normalizer_release(struct normalizer *nz)
{
	tenor_free(nz->cp);
	tenor_free(nz->two);
	nz->cp = NULL;
	nz->two = NULL;
	nz->cap = 0;
}

/* A two-byte code point (U+0080 to U+07FF) is a grapheme cluster of its own when an ASCII
 * character or the end follows it: nothing ASCII extends a cluster, and of these code
 * points only the prepended concatenation marks U+0600-U+0605, U+06DD and U+070F join
 * what follows. Its normal form depends on it alone, so it is computed once. */
static int normalize_two(struct normalizer *nz, const unsigned char *p, size_t left,
			 struct buf *out, int *done)
{
	uint32_t cp;
	struct norm_two *t;
	size_t before = out->len;
	int rc;

	*done = 0;
	if (p[0] < 0xC2 || p[0] > 0xDF || left < 2 || (left > 2 && p[2] >= 0x80))
		return TENOR_OK;
	cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	if ((cp >= 0x600 && cp <= 0x605) || cp == 0x6DD || cp == 0x70F)
		return TENOR_OK;
	if (!nz->two && !(nz->two = tenor_calloc(0x800 - 0x80, sizeof(*nz->two))))
		return TENOR_ENOMEM;
	t = &nz->two[cp - 0x80];
	*done = 1;
	if (t->len)
		return buf_add(out, t->s, t->len - 1u);
	if ((rc = normalize_append(nz, (const char *)p, 2, out)))
		return rc;
	if (out->len - before < sizeof(t->s)) {
		memcpy(t->s, out->data + before, out->len - before);
		t->len = (unsigned char)(out->len - before + 1);
	}
	return TENOR_OK;
}

int normalize_append(struct normalizer *nz, const char *s, size_t n, struct buf *out)
{
	utf8proc_ssize_t k;
	size_t i;
	int rc;

	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n) {
		/* ASCII: NFC is the identity and case folding is tolower. */
		if ((rc = buf_grow(out, n)))
			return rc;
		for (i = 0; i < n; i++) {
			char c = s[i];
			if (c == '`')
				c = '\'';
			out->data[out->len + i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		}
		out->len += n;
		out->data[out->len] = 0;
		return TENOR_OK;
	}
	for (;;) {
		k = utf8proc_decompose_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
					      nz->cp, (utf8proc_ssize_t)nz->cap, NORM_OPTS,
					      unify, NULL);
		if (k < 0)
			return k == UTF8PROC_ERROR_NOMEM ? TENOR_ENOMEM : TENOR_EUTF8;
		/* utf8proc_reencode writes a terminator after the k code points. */
		if ((size_t)k < nz->cap)
			break;
		if ((rc = tenor_grow(&nz->cp, &nz->cap, (size_t)k + 1, sizeof(*nz->cp))))
			return rc;
	}
	/* utf8proc_reencode composes and writes UTF-8 over the code point buffer in place. */
	k = utf8proc_reencode(nz->cp, k, NORM_OPTS);
	if (k < 0)
		return TENOR_EUTF8;
	return buf_add(out, nz->cp, (size_t)k);
}

/* Appends a span unless the last one is linear and this one continues it. */
static int map_add(struct norm_span **map, size_t *mapcap, size_t *nmap, size_t norm,
		   size_t orig, int linear)
{
	int rc;

	if (linear && *nmap && (*map)[*nmap - 1].linear)
		return TENOR_OK;
	if ((rc = tenor_grow(map, mapcap, *nmap + 1, sizeof(**map))))
		return rc;
	(*map)[*nmap].norm = norm;
	(*map)[*nmap].orig = orig;
	(*map)[(*nmap)++].linear = linear;
	return TENOR_OK;
}

int normalize_mapped(struct normalizer *nz, const char *s, size_t n, struct buf *out,
		     struct norm_span **map, size_t *mapcap, size_t *nmap)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t cluster = 0;
	int rc, done;

	*nmap = 0;
	buf_reset(out);
	while (cluster < n) {
		size_t end = cluster;

		/* An ASCII character before another one is a cluster of its own (but CR LF), and
		 * its normal form is its lower case: most text takes this path, a run at a time,
		 * and a run is one linear span. */
		size_t start = out->len;
		char *o;
		if ((rc = buf_grow(out, n - cluster)))
			return rc;
		o = out->data + out->len;
		for (;;) {
			unsigned char c;
			/* eight at a time while there is no CR, backtick or non-ASCII byte */
			for (; end + 8 <= n; end += 8, o += 8) {
				uint64_t w = bytes_load(p + end);
				if ((w & BYTES_HIGH) || bytes_has(w, '\r') || bytes_has(w, '`'))
					break;
				w = bytes_ascii_lower(w);
				memcpy(o, &w, 8);
			}
			if (end == n || (c = p[end]) >= 0x80 ||
			    (c == '\r' && end + 1 < n && p[end + 1] == '\n'))
				break;
			*o++ = c == '`' ? '\'' : (char)(c + ((unsigned)(c - 'A') < 26u ? 32 : 0));
			end++;
		}
		out->len = (size_t)(o - out->data);
		/* the character before a non-ASCII one may begin its cluster (a combining mark) */
		if (end < n && p[end] >= 0x80 && end > cluster) {
			end--;
			out->len--;
		}
		out->data[out->len] = 0;
		if (end > cluster) {
			if ((rc = map_add(map, mapcap, nmap, start, cluster, 1)))
				return rc;
			cluster = end;
			continue;
		}
		if ((rc = map_add(map, mapcap, nmap, out->len, cluster, 0)))
			return rc;
		if ((rc = normalize_two(nz, p + cluster, n - cluster, out, &done)))
			return rc;
		if (done) {
			cluster += 2;
			continue;
		}
		{
			utf8proc_int32_t state = 0, prev, cp;
			utf8proc_ssize_t k = utf8proc_iterate(p + cluster, (utf8proc_ssize_t)(n - cluster),
							      &prev);
			if (k < 0)
				return TENOR_EUTF8;
			for (end = cluster + (size_t)k; end < n; end += (size_t)k, prev = cp) {
				k = utf8proc_iterate(p + end, (utf8proc_ssize_t)(n - end), &cp);
				if (k < 0)
					return TENOR_EUTF8;
				if (utf8proc_grapheme_break_stateful(prev, cp, &state))
					break;
			}
		}
		if ((rc = normalize_append(nz, s + cluster, end - cluster, out)))
			return rc;
		cluster = end;
	}
	return TENOR_OK;
}

static int separates(utf8proc_int32_t c)
{
	return (c >= 0xA0 && c <= 0xBF && c != 0xAD) || c == 0xD7 || c == 0xF7 ||
	       (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x203E) || c == 0x20AC;
}

int normalize_separates(const char *s, size_t n)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t i = 0;

	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &c);
		if (k < 0 || !separates(c))
			return 0;
		i += (size_t)k;
	}
	return 1;
}

size_t normalize_map_back(const struct norm_span *map, size_t nmap, size_t off,
			  size_t orig_len, int end)
{
	size_t lo = 0, hi = nmap;

	/* Find the last span that starts at or before off (before off for an end). */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int before = end ? map[mid].norm < off : map[mid].norm <= off;
		if (before)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	lo--;
	if (map[lo].linear)
		return map[lo].orig + (off - map[lo].norm);
	if (!end)
		return map[lo].orig;
	return lo + 1 < nmap ? map[lo + 1].orig : orig_len;
}

static int is_ascii(const char *s, size_t n)
{
	while (n && (unsigned char)s[n - 1] < 0x80)
		n--;
	return n == 0;
}

/* The length of a blank at s[0..n) or, backwards, ending at s[n): ASCII white space or a
 * no-break space (U+00A0, U+202F); 0 for none. */
static size_t blank_at(const char *s, size_t n, int backwards)
{
	const unsigned char *u = (const unsigned char *)s;

	if (!n)
		return 0;
	if (backwards) {
		if (u[n - 1] == ' ' || (u[n - 1] >= '\t' && u[n - 1] <= '\r'))
			return 1;
		if (n >= 2 && u[n - 2] == 0xC2 && u[n - 1] == 0xA0)
			return 2;
		return n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && u[n - 1] == 0xAF ? 3 : 0;
	}
	if (u[0] == ' ' || (u[0] >= '\t' && u[0] <= '\r'))
		return 1;
	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	return n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF ? 3 : 0;
}

/* Whether every character of s[0..n) is below U+0300, where the combining marks begin:
 * such text (ASCII, Latin-1, "Süd" precomposed) is in NFC already, and most group values
 * are, which spares a record an allocation in utf8proc_map. Bytes only: lead bytes 0xC2 to
 * 0xCB start U+0080 to U+02FF. */
static int below_u0300(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0xCC || c == 0xC0 || c == 0xC1)
			return 0;
	}
	return 1;
}

int normalize_value(const char *s, size_t n, struct buf *out)
{
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t m;
	size_t k;
	int rc;

	while ((k = blank_at(s, n, 0)))
		s += k, n -= k;
	while ((k = blank_at(s, n, 1)))
		n -= k;
	buf_reset(out);
	if (below_u0300(s, n))
		return buf_add(out, s, n) ? TENOR_ENOMEM : TENOR_OK;
	m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
			 UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (m == UTF8PROC_ERROR_NOMEM)
		return TENOR_ENOMEM;
	rc = m < 0 ? buf_add(out, s, n) : buf_add(out, nfc, (size_t)m);
	free(nfc);
	return rc ? TENOR_ENOMEM : TENOR_OK;
}

int normalize_same_name(const char *a, size_t an, const char *b, size_t bn)
{
	const utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
	utf8proc_uint8_t *fa = NULL, *fb = NULL;
	utf8proc_ssize_t na, nb;
	int same;

	if (is_ascii(a, an) && is_ascii(b, bn))
		return an == bn && strncasecmp(a, b, an) == 0;
	na = utf8proc_map((const utf8proc_uint8_t *)a, (utf8proc_ssize_t)an, &fa, opts);
	nb = utf8proc_map((const utf8proc_uint8_t *)b, (utf8proc_ssize_t)bn, &fb, opts);
	if (na < 0 || nb < 0)
		same = an == bn && memcmp(a, b, an) == 0;
	else
		same = na == nb && memcmp(fa, fb, (size_t)na) == 0;
	free(fa);
	free(fb);
	return same;
}
