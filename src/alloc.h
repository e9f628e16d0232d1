/*
 * alloc.h - the one place libtenor allocates memory, and the small containers built on it.
 *
 * Every allocation of the library goes through tenor_malloc/tenor_realloc so that tests can
 * make the Nth allocation fail (tenor_alloc_fail_at) and check that failure is a status, not
 * a crash. The containers here (buf, arena, strmap) own their memory and release it in their
 * _release functions; releasing a zeroed container is a no-op.
 */
#ifndef TENOR_ALLOC_H
#define TENOR_ALLOC_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

void *tenor_malloc(size_t n);
void *tenor_calloc(size_t count, size_t n);
void *tenor_realloc(void *p, size_t n);
void tenor_free(void *p);
/* The processor's cache line: an array of a type whose first member is
 * _Alignas(CACHE_LINE), allocated by tenor_calloc_lines, keeps each element on lines of its
 * own. */
#define CACHE_LINE 64
/* n zeroed bytes that share no cache line with any other allocation, freed by tenor_free:
 * for state that one thread writes on every document while other threads write theirs.
 * A line that two cores write moves from one to the other at each write. */
void *tenor_calloc_lines(size_t n);
/* A NUL-terminated copy of (s, n), owned by the caller; NULL on failure. */
char *tenor_strndup(const char *s, size_t n);

/* Test hook: the nth allocation from now on fails (1 = the next); 0 disables. Returns the
 * countdown it replaces: 0 when the failure armed before was injected (or none was), else
 * how many allocations were still to come before it, so a test knows whether it was hit. */
unsigned long tenor_alloc_fail_at(unsigned long n);

/* Growable byte buffer. Invariant: data is NUL-terminated when data != NULL
 * (data[len] == 0), so it can be used as a C string. It never grows beyond max bytes
 * (0 = the default ceiling of 1 GiB); growing past it fails with TENOR_ELIMIT. */
struct buf {
	char *data;
	size_t len, cap, max;
};
int buf_grow(struct buf *b, size_t extra);
int buf_add_grow(struct buf *b, const void *p, size_t n);
int buf_addc(struct buf *b, char c);
int buf_adds(struct buf *b, const char *s);
/* Appends (s, n) without its bytes equal to drop: a hyphenated word as one closed word. */
int buf_add_except(struct buf *b, const char *s, size_t n, char drop);
void buf_reset(struct buf *b);
/* Keeps the first len bytes; len must not exceed b->len. */
void buf_truncate(struct buf *b, size_t len);

/* Appends (p, n). Keys and lines are built a few bytes at a time: when they fit, which is
 * nearly always, that is inline; buf_add_grow makes room first. */
static inline int buf_add(struct buf *b, const void *p, size_t n)
{
	if (n < b->cap - b->len && (!b->max || b->len + n <= b->max)) {
		if (n)
			memcpy(b->data + b->len, p, n);
		b->len += n;
		b->data[b->len] = 0;
		return 0;
	}
	return buf_add_grow(b, p, n);
}
void buf_release(struct buf *b);

/* Bump allocator for many small objects that die together. */
struct arena_chunk;
struct arena {
	struct arena_chunk *head;
	size_t used;   /* bytes handed out, for memory bounds */
};
void *arena_alloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
void arena_reset(struct arena *a);
void arena_release(struct arena *a);

/* Open-addressing map from byte strings to uint32 values. Keys are copied into the map:
 * one of STRMAP_INLINE bytes or fewer into its slot, where the probe that finds the slot has
 * already read it (nine in ten of the memo's lookups, whose slots are spread over
 * megabytes); a longer one into the map's arena, and the slot holds a pointer to it. A
 * slot's key is valid until the next insertion into its map. */
#define STRMAP_INLINE 12
struct strmap_slot {
	uint32_t hash;   /* the upper half of the key's tenor_hash; the lower picks the slot */
	uint32_t len1;   /* the key's length plus one; 0: an empty slot */
	uint32_t value;
	char key[STRMAP_INLINE];  /* the key's bytes, or the pointer to them */
};
struct strmap {
	struct strmap_slot *slots;
	size_t cap, count;
	struct arena keys;
};
/* A multiply-xorshift hash over 8-byte words: keys are short words, and the seed lets the
 * memo mix the language into the hash. Inline: it runs once a token. */
static inline uint64_t tenor_hash(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = seed ^ (0x9E3779B97F4A7C15ULL * (n + 1));
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 32;
	}
	if (i < n) {
		/* the last 1 to 7 bytes by overlapping loads, not a call to memcpy of a
		 * length it must look at: most keys are words shorter than 8 bytes */
		size_t r = n - i;
		uint64_t w;
		if (r >= 4) {
			uint32_t lo, hi;
			memcpy(&lo, s + i, 4);
			memcpy(&hi, s + n - 4, 4);
			w = lo | (uint64_t)hi << (8 * (r - 4));
		} else {
			w = s[i] | (uint64_t)s[i + r / 2] << (8 * (r / 2)) |
			    (uint64_t)s[n - 1] << (8 * (r - 1));
		}
		h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
	}
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 32;
	return h;
}

/* A used slot's key and its length. */
static inline const char *strmap_slot_key(const struct strmap_slot *s)
{
	const char *p;

	if (s->len1 - 1 <= STRMAP_INLINE)
		return s->key;
	memcpy(&p, s->key, sizeof(p));
	return p;
}
static inline size_t strmap_slot_len(const struct strmap_slot *s)
{
	return s->len1 - 1;
}

/* Returns the value's slot, inserting (key, value) if the key is absent; *found tells
 * which. NULL when out of memory. The pointer is valid until the next insertion. */
uint32_t *strmap_put(struct strmap *m, const char *key, size_t len, uint32_t value, int *found);
/* Whether the first and the last w bytes (w <= n, 8 at most) of a[0..n) and b[0..n) are
 * the same: two overlapping loads cover the whole of n <= 2w. */
static inline int strmap_same_ends(const char *a, const char *b, size_t n, size_t w)
{
	uint64_t x = 0, y = 0, u = 0, v = 0;

	memcpy(&x, a, w);
	memcpy(&y, b, w);
	memcpy(&u, a + n - w, w);
	memcpy(&v, b + n - w, w);
	return ((x ^ y) | (u ^ v)) == 0;
}

/* Whether a[0..n) equals b[0..n): words of up to 16 bytes by two overlapping loads each
 * instead of a call to memcmp, which costs more than the compare on a short word. */
static inline int strmap_same_bytes(const char *a, const char *b, size_t n)
{
	if (n > 16)
		return memcmp(a, b, n) == 0;
	if (n >= 8)
		return strmap_same_ends(a, b, n, 8);
	if (n >= 4)
		return strmap_same_ends(a, b, n, 4);
	return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

/* The slot of a key whose tenor_hash(key, len, 0) is h, or the empty one where it would go
 * (linear probing); the map has slots. */
static inline struct strmap_slot *strmap_probe(const struct strmap *m, const char *key,
					       size_t len, uint64_t h)
{
	size_t j;

	for (j = h & (m->cap - 1);; j = (j + 1) & (m->cap - 1)) {
		struct strmap_slot *s = &m->slots[j];
		if (!s->len1 || (s->hash == (uint32_t)(h >> 32) && s->len1 - 1 == len &&
				 strmap_same_bytes(strmap_slot_key(s), key, len)))
			return s;
	}
}

/* The value's slot of a key whose tenor_hash(key, len, 0) is h, or NULL when it is absent:
 * inline, for the memo's lookup of every token, most of which find their word. */
static inline uint32_t *strmap_get_hashed(const struct strmap *m, const char *key, size_t len,
					  uint64_t h)
{
	struct strmap_slot *s;

	if (!m->cap)
		return NULL;
	s = strmap_probe(m, key, len, h);
	return s->len1 ? &s->value : NULL;
}

/* The insert half of strmap_put_hashed, for a key that is absent. */
uint32_t *strmap_insert_hashed(struct strmap *m, const char *key, size_t len, uint64_t h,
			       uint32_t value);

/* strmap_put with the key's hash, tenor_hash(key, len, 0), computed by the caller once for
 * several maps. Inline: a key found, as most are (the memo's word of a token), costs one
 * probe and no call. */
static inline uint32_t *strmap_put_hashed(struct strmap *m, const char *key, size_t len,
					  uint64_t h, uint32_t value, int *found)
{
	uint32_t *slot = strmap_get_hashed(m, key, len, h);

	*found = slot != NULL;
	return slot ? slot : strmap_insert_hashed(m, key, len, h, value);
}
/* Returns the value's slot, or NULL when the key is absent. */
uint32_t *strmap_get(const struct strmap *m, const char *key, size_t len);
size_t strmap_bytes(const struct strmap *m);
void strmap_reset(struct strmap *m);
void strmap_release(struct strmap *m);

/* Array growth: makes room for n more elements in *p with *cap slots of size sz. */
int tenor_grow(void *pp, size_t *cap, size_t need, size_t sz);

#endif
