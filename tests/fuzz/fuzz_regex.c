/*
 * fuzz_regex.c - the literal a lexicon regex is skipped without (regex_literal, lexicon.c)
 * and the bytes its matches start with (regex_starts) against PCRE2 itself: whenever the
 * pattern matches a text, the text has the literal and one of those bytes.
 *
 * The input is a pattern, a NUL byte and a text. The pattern is compiled as lexicon regexes
 * are (UTF, UCP, caseless), the text normalized as match.c normalizes it, and the pattern
 * run over it with match.c's limits. A match in a normalized text that lacks the literal
 * means the scan took something for required that is not: the analyzer would miss it.
 */
#include "fuzz.h"
#include "alloc.h"
#include "lexicon.h"
#include "normalize.h"

static int has(const char *s, size_t n, const char *lit, size_t k)
{
	size_t i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(s + i, lit, k) == 0)
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t plen = nul ? (size_t)(nul - data) : size;
	char *pattern = tenor_strndup((const char *)data, plen);
	char lit[REGEX_LITERAL_MAX + 1];
	struct normalizer nz = { 0 };
	struct buf norm = { 0 };
	struct norm_span *map = NULL;
	size_t mapcap = 0, nmap = 0, k;
	pcre2_code *re = NULL;
	pcre2_match_data *md = NULL;
	pcre2_match_context *mc = NULL;
	PCRE2_SIZE off;
	unsigned char starts[16], set[16];
	int err, rc, st = 0;

	FUZZ_CHECK(pattern != NULL);
	k = regex_literal(pattern, lit);
	FUZZ_CHECK(k == strlen(lit) && k <= REGEX_LITERAL_MAX);
	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
			   PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
	if (re)
		st = regex_starts(re, starts);
	if ((k || st) && re && nul &&
	    normalize_mapped(&nz, (const char *)nul + 1, size - plen - 1, &norm, &map, &mapcap,
			     &nmap) == TENOR_OK) {
		md = pcre2_match_data_create(1, NULL);
		mc = pcre2_match_context_create(NULL);
		FUZZ_CHECK(md && mc);
		pcre2_set_match_limit(mc, 100000);
		pcre2_set_depth_limit(mc, 1000);
		rc = pcre2_match(re, (PCRE2_SPTR)(norm.data ? norm.data : ""), norm.len, 0, 0, md,
				 mc);
		if (rc >= 0 && k && !has(norm.data ? norm.data : "", norm.len, lit, k)) {
			fprintf(stderr, "pattern /%s/ matches a text without its literal '%s'\n",
				pattern, lit);
			abort();
		}
		ascii_set(norm.data ? norm.data : "", norm.len, set);
		if (rc >= 0 && st && !sets_meet(starts, set)) {
			fprintf(stderr, "pattern /%s/ matches a text without a byte it starts with\n",
				pattern);
			abort();
		}
	}
	pcre2_match_context_free(mc);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	tenor_free(map);
	buf_release(&norm);
	normalizer_release(&nz);
	tenor_free(pattern);
	return 0;
}
