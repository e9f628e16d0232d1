/*
 * test_alloc.c - the map from byte strings to values (src/alloc.h, strmap): keys of every
 * length around the one that still fits in a slot, bytes of every value, growth, and the
 * slots as the aggregates and the lexicon index read them; and memory on cache lines of its
 * own (tenor_calloc_lines).
 */
#include "unit.h"
#include "alloc.h"

#include <stdint.h>
#include <stdlib.h>

enum { NKEYS = 6000, MAXLEN = 40 };

struct key {
	char b[MAXLEN];
	size_t len;
	int seen;
};

/* Keys: key i has length i % (MAXLEN + 1); its bytes are NUL, 0xFF and 'a' in turn, the
 * last one replaced by i / (MAXLEN + 1) (below 0xFE) when that is not 0, so that the keys
 * of one length share all but their last byte. */
static void make_keys(struct key *k, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		size_t v = i / (MAXLEN + 1);
		k[i].len = i % (MAXLEN + 1);
		for (j = 0; j < k[i].len; j++)
			k[i].b[j] = (char)(j % 3 == 0 ? 0 : j % 3 == 1 ? 0xFF : 'a');
		if (k[i].len && v)
			k[i].b[k[i].len - 1] = (char)v;
		k[i].seen = 0;
	}
}

/* The first key equal to key i: make_keys makes the same key more than once (the empty one,
 * and those whose last byte was already v), and the first value stays. */
static size_t first_of(const struct key *k, size_t i)
{
	size_t j;

	for (j = i % (MAXLEN + 1); j < i; j += MAXLEN + 1)
		if (k[j].len == k[i].len && memcmp(k[j].b, k[i].b, k[i].len) == 0)
			return j;
	return i;
}

static void test_strmap_keys(void **state)
{
	struct key *k = calloc(NKEYS, sizeof(*k));
	struct strmap m = { 0 };
	size_t i, used = 0, distinct = 0;
	int found;

	(void)state;
	assert_non_null(k);
	make_keys(k, NKEYS);
	for (i = 0; i < NKEYS; i++) {
		uint32_t *v = strmap_put(&m, k[i].b, k[i].len, (uint32_t)i, &found);
		assert_non_null(v);
		assert_int_equal(found, first_of(k, i) != i);
		assert_int_equal(*v, first_of(k, i));
		distinct += !found;
	}
	assert_int_equal(m.count, distinct);
	for (i = 0; i < NKEYS; i++) {
		uint32_t *v = strmap_get(&m, k[i].b, k[i].len);
		char other[MAXLEN + 1];
		assert_non_null(v);
		assert_int_equal(*v, first_of(k, i));
		/* no key holds the byte 0xFE: with it last, or one byte more, it is absent */
		memcpy(other, k[i].b, k[i].len);
		other[k[i].len] = (char)0xFE;
		assert_null(strmap_get(&m, other, k[i].len + 1));
		if (k[i].len) {
			other[k[i].len - 1] = (char)0xFE;
			assert_null(strmap_get(&m, other, k[i].len));
		}
	}
	/* every used slot holds one of the keys, with its value, once */
	for (i = 0; i < m.cap; i++) {
		const struct strmap_slot *sl = &m.slots[i];
		size_t j;
		if (!sl->len1)
			continue;
		used++;
		assert_true(strmap_slot_len(sl) <= MAXLEN);
		j = sl->value;
		assert_true(j < NKEYS);
		assert_int_equal(strmap_slot_len(sl), k[j].len);
		assert_memory_equal(strmap_slot_key(sl), k[j].b, k[j].len);
		assert_int_equal(k[j].seen, 0);
		k[j].seen = 1;
	}
	assert_int_equal(used, distinct);
	strmap_reset(&m);
	assert_int_equal(m.count, 0);
	for (i = 0; i < NKEYS; i++)
		assert_null(strmap_get(&m, k[i].b, k[i].len));
	assert_non_null(strmap_put(&m, k[7].b, k[7].len, 7, &found));
	assert_int_equal(found, 0);
	assert_int_equal(*strmap_get(&m, k[7].b, k[7].len), 7);
	strmap_release(&m);
	free(k);
}

/* Keys that differ only past the bytes a slot holds, or only in their length. */
static void test_strmap_near_keys(void **state)
{
	static const char *const keys[] = {
		"", "a", "abcdefghijk", "abcdefghijkl", "abcdefghijklm", "abcdefghijkm",
		"abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwy", "abcdefghijkl\0",
	};
	static const size_t lens[] = { 0, 1, 11, 12, 13, 12, 24, 24, 13 };
	struct strmap m = { 0 };
	size_t i;
	int found;

	(void)state;
	for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		assert_non_null(strmap_put(&m, keys[i], lens[i], (uint32_t)i + 100, &found));
		assert_int_equal(found, 0);
	}
	for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
		assert_int_equal(*strmap_get(&m, keys[i], lens[i]), i + 100);
	assert_null(strmap_get(&m, "abcdefghijklmn", 14));
	assert_null(strmap_get(&m, "b", 1));
	strmap_release(&m);
	strmap_release(&m);
}

/* The bytes of the lines a block of n takes. */
static size_t line_bytes(size_t n)
{
	return (n ? (n + CACHE_LINE - 1) / CACHE_LINE : 1) * CACHE_LINE;
}

/* Every block starts a line, is zeroed to the end of its last line, and no two blocks
 * share a line: each one's lines are written whole and the others then checked. */
static void test_calloc_lines(void **state)
{
	enum { N = 200 };
	unsigned char *p[N];
	size_t i, j, k;

	(void)state;
	for (i = 0; i < N; i++) {
		p[i] = tenor_calloc_lines(i);
		assert_non_null(p[i]);
		assert_int_equal((uintptr_t)p[i] % CACHE_LINE, 0);
		for (k = 0; k < line_bytes(i); k++)
			assert_int_equal(p[i][k], 0);
		memset(p[i], (int)(i % 255 + 1), line_bytes(i));
	}
	for (i = 0; i < N; i++)
		for (j = 0; j < i; j++) {
			uintptr_t a = (uintptr_t)p[i], b = (uintptr_t)p[j];
			assert_true(a >= b + line_bytes(j) || b >= a + line_bytes(i));
		}
	for (i = 0; i < N; i++) {
		for (k = 0; k < line_bytes(i); k++)
			assert_int_equal(p[i][k], i % 255 + 1);
		tenor_free(p[i]);
	}
	/* it fails as the library's other allocations do, and for a size past the bound */
	tenor_alloc_fail_at(1);
	assert_null(tenor_calloc_lines(10));
	assert_int_equal(tenor_alloc_fail_at(0), 0);
	assert_null(tenor_calloc_lines(SIZE_MAX - 10));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strmap_keys),
		cmocka_unit_test(test_strmap_near_keys),
		cmocka_unit_test(test_calloc_lines),
	};
	return cmocka_run_group_tests_name("maps (src/alloc.c)", tests, NULL, NULL);
}
