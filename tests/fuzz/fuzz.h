/*
 * fuzz.h - what the libFuzzer targets in tests/fuzz/ share: a check that fails loudly, the
 * repository root, and the invariants every tenor_result promises (include/tenor.h), which
 * the analyzer, lexicon and LIWC targets check after each analysis.
 *
 * A broken invariant calls abort(), which libFuzzer reports as a crash with the input.
 */
#ifndef TENOR_FUZZ_H
#define TENOR_FUZZ_H

#include "tenor.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define FUZZ_CHECK(cond)                                                                   \
	do {                                                                               \
		if (!(cond)) {                                                             \
			fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, \
				#cond);                                                    \
			abort();                                                           \
		}                                                                          \
	} while (0)

/* The repository root: $TENOR_FUZZ_ROOT when set, else the directory fuzz.mk built from. */
static inline const char *fuzz_root(void)
{
	const char *r = getenv("TENOR_FUZZ_ROOT");
	return r && *r ? r : TENOR_FUZZ_ROOT;
}

/* Words in a compiled entry ("stem stem"): the tokens a phrase covers, 1 for a word. */
static inline size_t fuzz_words(const char *s)
{
	size_t n = 0;
	int in = 0;
	for (; *s; s++) {
		if (*s == ' ')
			in = 0;
		else if (!in)
			in = 1, n++;
	}
	return n ? n : 1;
}

static inline int fuzz_continuation(const char *text, size_t len, size_t off)
{
	return off < len && ((unsigned char)text[off] & 0xC0) == 0x80;
}

/*
 * Checks r, the result of analyzing (text, len) with an analyzer over lx: matches inside
 * the text on code point boundaries, ordered by start then category, never overlapping
 * within a category, naming a counting entry of their own category with its weight; the
 * per-category hits, negated and weight are what the matches add up to; and no category
 * has more tokens matched by words and phrases than the text has tokens.
 */
static inline void fuzz_check_result(const struct tenor_lexicon *lx, const char *text,
				     size_t len, const struct tenor_result *r)
{
	size_t ncat = tenor_lexicon_category_count(lx), nent = tenor_lexicon_entry_count(lx);
	size_t i, c;

	FUZZ_CHECK(r && r->lang && r->lang[0]);
	FUZZ_CHECK(r->ncategories == ncat);
	FUZZ_CHECK(r->nmatches == 0 || r->matches);
	FUZZ_CHECK(r->tokens <= len);
	for (i = 0; i < r->nmatches; i++) {
		const struct tenor_match *m = &r->matches[i];
		struct tenor_entry_info e;

		FUZZ_CHECK(m->start < m->end && m->end <= len);
		FUZZ_CHECK(!fuzz_continuation(text, len, m->start));
		FUZZ_CHECK(!fuzz_continuation(text, len, m->end));
		FUZZ_CHECK(m->category < ncat && m->entry < nent);
		FUZZ_CHECK(m->negated == 0 || m->negated == 1);
		FUZZ_CHECK(tenor_lexicon_entry(lx, m->entry, &e) == TENOR_OK);
		FUZZ_CHECK(e.category && strcmp(e.category, tenor_lexicon_category(lx, m->category)) == 0);
		FUZZ_CHECK(e.kind != TENOR_ENTRY_EXCEPTION && e.kind != TENOR_ENTRY_NEGATOR &&
			   e.kind != TENOR_ENTRY_CONTRAST);
		FUZZ_CHECK(m->weight == e.weight);
		if (i > 0) {
			const struct tenor_match *p = &r->matches[i - 1];
			FUZZ_CHECK(p->start < m->start ||
				   (p->start == m->start && p->category < m->category));
		}
	}
	for (c = 0; c < ncat; c++) {
		const struct tenor_category_result *cr = &r->categories[c];
		unsigned hits = 0, negated = 0;
		size_t covered = 0, last_end = 0;
		double weight = 0;

		for (i = 0; i < r->nmatches; i++) {
			const struct tenor_match *m = &r->matches[i];
			struct tenor_entry_info e;
			if (m->category != c)
				continue;
			FUZZ_CHECK(m->start >= last_end);
			last_end = m->end;
			if (m->negated) {
				negated++;
			} else {
				hits++;
				weight += m->weight;
			}
			tenor_lexicon_entry(lx, m->entry, &e);
			if (e.kind != TENOR_ENTRY_REGEX)
				covered += fuzz_words(e.compiled);
		}
		FUZZ_CHECK(cr->hits == hits && cr->negated == negated);
		FUZZ_CHECK(fabs(cr->weight - weight) <= 1e-9 * (1 + fabs(weight)));
		FUZZ_CHECK(covered <= r->tokens);
	}
}

/* A copy of a result's numbers, to compare two analyses of one text. */
struct fuzz_copy {
	char lang[32];
	size_t tokens, nmatches, ncategories;
	struct tenor_match *matches;
	struct tenor_category_result *categories;
};

static inline void fuzz_copy_result(struct fuzz_copy *c, const struct tenor_result *r)
{
	snprintf(c->lang, sizeof(c->lang), "%s", r->lang);
	c->tokens = r->tokens;
	c->nmatches = r->nmatches;
	c->ncategories = r->ncategories;
	c->matches = malloc((r->nmatches + 1) * sizeof(*c->matches));
	c->categories = malloc((r->ncategories + 1) * sizeof(*c->categories));
	FUZZ_CHECK(c->matches && c->categories);
	if (r->nmatches)
		memcpy(c->matches, r->matches, r->nmatches * sizeof(*c->matches));
	if (r->ncategories)
		memcpy(c->categories, r->categories, r->ncategories * sizeof(*c->categories));
}

/* The same text gives the same result, whatever the analyzer analyzed before. */
static inline void fuzz_same_result(const struct fuzz_copy *c, const struct tenor_result *r)
{
	size_t i;

	FUZZ_CHECK(strcmp(c->lang, r->lang) == 0);
	FUZZ_CHECK(c->tokens == r->tokens && c->nmatches == r->nmatches);
	for (i = 0; i < r->nmatches; i++) {
		const struct tenor_match *a = &c->matches[i], *b = &r->matches[i];
		FUZZ_CHECK(a->category == b->category && a->entry == b->entry &&
			   a->start == b->start && a->end == b->end && a->negated == b->negated);
	}
	for (i = 0; i < r->ncategories; i++)
		FUZZ_CHECK(c->categories[i].hits == r->categories[i].hits &&
			   c->categories[i].negated == r->categories[i].negated);
}

static inline void fuzz_copy_free(struct fuzz_copy *c)
{
	free(c->matches);
	free(c->categories);
}

/* Analyzes text, checks the result, analyzes other with the same analyzer, then text again:
 * the same result, so nothing of one document stays for the next. A text that cannot be
 * analyzed may only be invalid UTF-8, or (elang_ok) in a language there is no lexicon for. */
static inline void fuzz_analyze_twice(struct tenor_analyzer *a, const struct tenor_lexicon *lx,
				      const char *text, size_t len, const char *lang,
				      const char *other, int elang_ok)
{
	const struct tenor_result *r;
	struct fuzz_copy first;
	int rc = tenor_analyze(a, text, len, lang, &r);

	if (rc != TENOR_OK) {
		FUZZ_CHECK(rc == TENOR_EUTF8 || (elang_ok && rc == TENOR_ELANG));
		FUZZ_CHECK(tenor_analyzer_error(a)[0] != 0);
		return;
	}
	fuzz_check_result(lx, text, len, r);
	fuzz_copy_result(&first, r);
	FUZZ_CHECK(tenor_analyze(a, other, strlen(other), lang, &r) == TENOR_OK);
	fuzz_check_result(lx, other, strlen(other), r);
	FUZZ_CHECK(tenor_analyze(a, text, len, lang, &r) == TENOR_OK);
	fuzz_same_result(&first, r);
	fuzz_copy_free(&first);
}

/* The input (data, size) placed after a line of back + 1 bytes less than a reader's chunk
 * (64 KiB), so that it crosses from one chunk to the next near its start. *len is the
 * whole; the caller frees the result. */
static inline char *fuzz_at_chunk_end(const uint8_t *data, size_t size, size_t back, size_t *len)
{
	size_t pad = ((size_t)64 << 10) - back - 1;
	char *in = malloc(pad + size);

	FUZZ_CHECK(in);
	memset(in, 'x', pad - 1);
	in[pad - 1] = '\n';
	memcpy(in + pad, data, size);
	*len = pad + size;
	return in;
}

#endif
