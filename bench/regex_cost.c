/*
 * regex_cost.c - what each lexicon regex costs: every pattern alone, with the flags and the
 * JIT tenor compiles it with, run over a file of texts as tenor runs it (pcre2_jit_match,
 * from each match's end to the end of the text), timed over several rounds.
 *
 *   regex_cost [-t] PATTERNS TEXTS [ROUNDS]
 *
 * -t: the patterns are compiled as the tokenizer compiles its own (src/tokenize.c: with case)
 * and each search starts where the last match ended, as tokenize() steps from token to
 * token: the cost of tokenizing alone.
 *
 * PATTERNS: one pattern a line (bench/regex-cost.sh takes them from `tenor lexicon list`).
 * TEXTS: one text a line, already in the normalized form the patterns see. Prints, per
 * pattern, the seconds of CPU for all rounds, nanoseconds per byte, matches per round and
 * whether PCRE2 found a first code unit or a start bitmap to jump with.
 */
#define _POSIX_C_SOURCE 200809L
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct lines {
	char **v;
	size_t n, cap, bytes;
};

static int read_lines(const char *path, struct lines *l)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	FILE *f = fopen(path, "r");

	if (!f)
		return -1;
	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len && line[len - 1] == '\n')
			line[--len] = 0;
		if (l->n == l->cap) {
			char **v = realloc(l->v, (l->cap = l->cap ? 2 * l->cap : 1024) * sizeof(*v));
			if (!v)
				exit(1);
			l->v = v;
		}
		if (!(l->v[l->n++] = strdup(line)))
			exit(1);
		l->bytes += (size_t)len;
	}
	free(line);
	fclose(f);
	return 0;
}

int main(int argc, char **argv)
{
	struct lines pats = { 0 }, texts = { 0 };
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int tok = argc > 1 && strcmp(argv[1], "-t") == 0;
	int rounds = argc > 3 + tok ? atoi(argv[3 + tok]) : 5;
	uint32_t flags = tok ? PCRE2_UTF | PCRE2_UCP : PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS;
	size_t i;

	if (argc < 3 + tok || rounds < 1 || read_lines(argv[1 + tok], &pats) ||
	    read_lines(argv[2 + tok], &texts)) {
		fprintf(stderr, "usage: regex_cost [-t] PATTERNS TEXTS [ROUNDS]\n");
		return 2;
	}
	printf("%zu texts, %zu bytes, %d rounds\n%8s %8s %8s %-6s %s\n", texts.n, texts.bytes,
	       rounds, "seconds", "ns/byte", "matches", "start", "pattern");
	for (i = 0; i < pats.n; i++) {
		int err, r;
		PCRE2_SIZE off;
		uint32_t first = 0;
		size_t map = 0, k, matches = 0;
		clock_t t0;
		double s;
		/* as src/lexicon.c compiles a lexicon regex, or src/tokenize.c its pattern */
		pcre2_code *re = pcre2_compile((PCRE2_SPTR)pats.v[i], PCRE2_ZERO_TERMINATED, flags,
					       &err, &off, NULL);
		if (!re) {
			printf("does not compile: %s\n", pats.v[i]);
			continue;
		}
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &first);
		pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &map);
		t0 = clock();
		for (r = 0; r < rounds; r++) {
			for (k = 0; k < texts.n; k++) {
				size_t len = strlen(texts.v[k]), pos = 0;
				while (pos <= len && pcre2_jit_match(re, (PCRE2_SPTR)texts.v[k], len,
								     pos, 0, md, NULL) >= 0) {
					PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
					matches++;
					pos = ov[1] > ov[0] || tok ? ov[1] : ov[1] + 1;
					if (tok && pos == len)
						break;
				}
			}
		}
		s = (double)(clock() - t0) / CLOCKS_PER_SEC;
		printf("%8.3f %8.2f %8zu %-6s %s\n", s, s * 1e9 / ((double)texts.bytes * rounds),
		       matches / (size_t)rounds,
		       first == 1 ? "char" : first == 2 ? "line" : map ? "bitmap" : "none", pats.v[i]);
		pcre2_code_free(re);
	}
	return 0;
}
