/*
 * alloc.c - allocation with failure injection, the growable buffer, the arena and the
 * string map that the lexicon and the memo are built on.
 */
#include "alloc.h"
#include "tenor.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* Atomic, as ingest's threads allocate at once: the Nth allocation of all of them fails. */
static _Atomic unsigned long fail_countdown;

unsigned long tenor_alloc_fail_at(unsigned long n)
{
	return atomic_exchange(&fail_countdown, n);
}

static int should_fail(void)
{
	unsigned long left = atomic_load_explicit(&fail_countdown, memory_order_relaxed);

	while (left)
		if (atomic_compare_exchange_weak_explicit(&fail_countdown, &left, left - 1,
							  memory_order_relaxed, memory_order_relaxed))
			return left == 1;
	return 0;
}

void *tenor_malloc(size_t n)
{
	if (should_fail())
		return NULL;
	return malloc(n ? n : 1);
}

void *tenor_calloc(size_t count, size_t n)
{
	if (should_fail())
		return NULL;
	return calloc(count ? count : 1, n ? n : 1);
}

void *tenor_realloc(void *p, size_t n)
{
	if (should_fail())
		return NULL;
	return realloc(p, n ? n : 1);
}

void *tenor_calloc_lines(size_t n)
{
	size_t size = n ? n : 1;
	void *p;

	if (should_fail() || size > SIZE_MAX - CACHE_LINE)
		return NULL;
	size = (size + CACHE_LINE - 1) / CACHE_LINE * CACHE_LINE;
	if (!(p = aligned_alloc(CACHE_LINE, size)))
		return NULL;
	return memset(p, 0, size);
}

void tenor_free(void *p)
{
	free(p);
}

char *tenor_strndup(const char *s, size_t n)
{
	char *d = tenor_malloc(n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}

int tenor_grow(void *pp, size_t *cap, size_t need, size_t sz)
{
	void **p = pp;
	size_t ncap;
	void *np;

	if (need <= *cap)
		return TENOR_OK;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2 / sz)
			return TENOR_ENOMEM;
		ncap *= 2;
	}
	np = tenor_realloc(*p, ncap * sz);
	if (!np)
		return TENOR_ENOMEM;
	*p = np;
	*cap = ncap;
	return TENOR_OK;
}

/* ---- buf ---- */

#define BUF_DEFAULT_MAX ((size_t)1 << 30)

int buf_grow(struct buf *b, size_t extra)
{
	size_t max = b->max ? b->max : BUF_DEFAULT_MAX;
	size_t need, ncap;
	char *np;

	if (extra > max || b->len > max - extra)
		return TENOR_ELIMIT;
	need = b->len + extra + 1;
	if (need <= b->cap)
		return TENOR_OK;
	ncap = b->cap ? b->cap : 64;
	while (ncap < need)
		ncap *= 2;
	if (ncap > max + 1)
		ncap = max + 1;
	np = tenor_realloc(b->data, ncap);
	if (!np)
		return TENOR_ENOMEM;
	b->data = np;
	b->cap = ncap;
	return TENOR_OK;
}

int buf_add_grow(struct buf *b, const void *p, size_t n)
{
	int rc = buf_grow(b, n);
	if (rc)
		return rc;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = 0;
	return TENOR_OK;
}

int buf_addc(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int buf_add_except(struct buf *b, const char *s, size_t n, char drop)
{
	const char *end = s + n, *q;

	for (; (q = memchr(s, drop, (size_t)(end - s))); s = q + 1)
		if (buf_add(b, s, (size_t)(q - s)))
			return TENOR_ENOMEM;
	return buf_add(b, s, (size_t)(end - s)) ? TENOR_ENOMEM : TENOR_OK;
}

void buf_reset(struct buf *b)
{
	buf_truncate(b, 0);
}

void buf_truncate(struct buf *b, size_t len)
{
	b->len = len;
	if (b->data)
		b->data[len] = 0;
}

void buf_release(struct buf *b)
{
	tenor_free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* ---- arena ---- */

struct arena_chunk {
	struct arena_chunk *next;
	size_t size, used;
	max_align_t data[];
};

#define ARENA_CHUNK ((size_t)64 * 1024)

void *arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk *c = a->head;
	size_t al = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	void *p;

	if (!c || c->size - c->used < al) {
		size_t size = al > ARENA_CHUNK ? al : ARENA_CHUNK;
		c = tenor_malloc(sizeof(*c) + size);
		if (!c)
			return NULL;
		c->size = size;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	p = (char *)c->data + c->used;
	c->used += al;
	a->used += al;
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *d = arena_alloc(a, n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}

/* Keeps the newest chunk for reuse so that a memo emptied every few documents does not
 * return to malloc each time. */
void arena_reset(struct arena *a)
{
	struct arena_chunk *c = a->head, *next;

	if (!c)
		return;
	for (next = c->next; next;) {
		struct arena_chunk *n2 = next->next;
		tenor_free(next);
		next = n2;
	}
	c->next = NULL;
	c->used = 0;
	a->used = 0;
}

void arena_release(struct arena *a)
{
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *next = c->next;
		tenor_free(c);
		c = next;
	}
	a->head = NULL;
	a->used = 0;
}

/* ---- strmap ---- */

/* Two and a half slots to a cache line, as before keys were kept in them. */
_Static_assert(sizeof(struct strmap_slot) == 24, "a strmap slot is 24 bytes");

static int strmap_rehash(struct strmap *m, size_t ncap)
{
	struct strmap_slot *ns = tenor_calloc(ncap, sizeof(*ns));
	size_t i;

	if (!ns)
		return TENOR_ENOMEM;
	for (i = 0; i < m->cap; i++) {
		struct strmap_slot *s = &m->slots[i];
		size_t j;
		if (!s->len1)
			continue;
		/* the slot keeps half the hash: the other half is the key's again */
		j = tenor_hash(strmap_slot_key(s), strmap_slot_len(s), 0) & (ncap - 1);
		while (ns[j].len1)
			j = (j + 1) & (ncap - 1);
		ns[j] = *s;
	}
	tenor_free(m->slots);
	m->slots = ns;
	m->cap = ncap;
	return TENOR_OK;
}

uint32_t *strmap_get(const struct strmap *m, const char *key, size_t len)
{
	return strmap_get_hashed(m, key, len, tenor_hash(key, len, 0));
}

uint32_t *strmap_put(struct strmap *m, const char *key, size_t len, uint32_t value, int *found)
{
	return strmap_put_hashed(m, key, len, tenor_hash(key, len, 0), value, found);
}

uint32_t *strmap_insert_hashed(struct strmap *m, const char *key, size_t len, uint64_t h,
			       uint32_t value)
{
	struct strmap_slot *s;

	if (len >= UINT32_MAX)
		return NULL;
	if ((m->count + 1) * 4 > m->cap * 3 &&
	    strmap_rehash(m, m->cap ? m->cap * 2 : 64) != TENOR_OK)
		return NULL;
	s = strmap_probe(m, key, len, h);
	if (len <= STRMAP_INLINE) {
		memcpy(s->key, key, len);
	} else {
		const char *p = arena_strndup(&m->keys, key, len);
		if (!p)
			return NULL;
		memcpy(s->key, &p, sizeof(p));
	}
	s->hash = (uint32_t)(h >> 32);
	s->len1 = (uint32_t)len + 1;
	s->value = value;
	m->count++;
	return &s->value;
}

size_t strmap_bytes(const struct strmap *m)
{
	return m->cap * sizeof(struct strmap_slot) + m->keys.used;
}

void strmap_reset(struct strmap *m)
{
	if (m->slots)
		memset(m->slots, 0, m->cap * sizeof(*m->slots));
	m->count = 0;
	arena_reset(&m->keys);
}

void strmap_release(struct strmap *m)
{
	tenor_free(m->slots);
	m->slots = NULL;
	m->cap = m->count = 0;
	arena_release(&m->keys);
}
