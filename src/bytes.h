/*
 * bytes.h - tests on eight bytes at a time, for the loops that scan text for a few byte
 * values (ASCII runs, JSON string ends): most text has none of them, so eight bytes are
 * passed over in a few instructions instead of one at a time.
 */
#ifndef TENOR_BYTES_H
#define TENOR_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define BYTES_ONES 0x0101010101010101ULL
#define BYTES_HIGH 0x8080808080808080ULL

/* The eight bytes at p, in memory order whatever the machine's byte order. */
static inline uint64_t bytes_load(const void *p)
{
	uint64_t w;
	memcpy(&w, p, sizeof(w));
	return w;
}

/* Nonzero when a byte of w is zero (exact as a truth value: a borrow only ever spreads
 * from a byte that is zero). */
static inline uint64_t bytes_has_zero(uint64_t w)
{
	return (w - BYTES_ONES) & ~w & BYTES_HIGH;
}

/* Nonzero when a byte of w equals c. */
static inline uint64_t bytes_has(uint64_t w, unsigned char c)
{
	return bytes_has_zero(w ^ (BYTES_ONES * c));
}

/* Nonzero when a byte of w is below c (c at most 128). */
static inline uint64_t bytes_has_below(uint64_t w, unsigned char c)
{
	return (w - BYTES_ONES * c) & ~w & BYTES_HIGH;
}

/* The eight bytes at p with the first in the least significant byte, whatever the
 * machine's byte order (compilers make this one load where that is the order). */
static inline uint64_t bytes_load_le(const void *p)
{
	const unsigned char *b = p;
	return (uint64_t)b[0] | (uint64_t)b[1] << 8 | (uint64_t)b[2] << 16 |
	       (uint64_t)b[3] << 24 | (uint64_t)b[4] << 32 | (uint64_t)b[5] << 40 |
	       (uint64_t)b[6] << 48 | (uint64_t)b[7] << 56;
}

/* 0x80 in exactly the bytes of w that equal c (bytes_has may also flag a byte after one
 * that does): no sum carries out of its byte. */
static inline uint64_t bytes_eq(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (BYTES_ONES * c);
	return ~(((x & ~BYTES_HIGH) + ~BYTES_HIGH) | x | ~BYTES_HIGH);
}

/* The index of the lowest byte that nonzero flags from the tests above mark: in a word from
 * bytes_load_le, the first of them in memory. Exact for all of them: a borrow spreads only
 * towards more significant bytes, so the lowest flag of bytes_has and bytes_has_below is
 * never a false one. */
static inline unsigned bytes_lowest(uint64_t flags)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(flags) >> 3;
#else
	unsigned i = 0;
	while (!(flags & 0x80))
		flags >>= 8, i++;
	return i;
#endif
}

/* How many bytes of s[0..n) come before the first one above 0x7F (n when none does). */
static inline size_t bytes_ascii_run(const char *s, size_t n)
{
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t f = bytes_load_le(s + i) & BYTES_HIGH;
		if (f)
			return i + bytes_lowest(f);
	}
	while (i < n && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

/* w, all of whose bytes are ASCII, with A-Z in lower case: 0x80 is set in a byte by adding
 * 0x3f when it is 'A' or above, by adding 0x25 when it is above 'Z', and no sum carries
 * into the next byte. */
static inline uint64_t bytes_ascii_lower(uint64_t w)
{
	uint64_t upper = (w + BYTES_ONES * 0x3f) & ~(w + BYTES_ONES * 0x25) & BYTES_HIGH;
	return w | (upper >> 2);
}

/* Whether s[0..n) contains lit[0..k), k > 0. */
static inline int bytes_contains(const char *s, size_t n, const char *lit, size_t k)
{
	const char *p = s, *end = s + n;

	while ((size_t)(end - p) >= k && (p = memchr(p, lit[0], (size_t)(end - p) - k + 1))) {
		if (memcmp(p + 1, lit + 1, k - 1) == 0)
			return 1;
		p++;
	}
	return 0;
}

/* The length of the longest start of (s, n) that is at most max bytes and ends at a
 * character's boundary in UTF-8: what a message may quote of a value, so that a name
 * cut short stays UTF-8 (a message with half a character is no JSON string). */
static inline size_t bytes_utf8_prefix(const char *s, size_t n, size_t max)
{
	if (n <= max)
		return n;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

#endif
