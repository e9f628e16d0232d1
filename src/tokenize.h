/*
 * tokenize.h - the tokenizer stage (PCRE2 with JIT: UTF + UCP, and a twin in bytes).
 *
 * A token is a letter or digit followed by letters, digits and combining marks, with inner
 * hyphens, apostrophes and soft hyphens joining runs ("Change-Projekte", "don't"). Offsets
 * are bytes in the original text. Punctuation is not a token, but a clause boundary between
 * two tokens is recorded on the second one, for negation and phrases.
 */
#ifndef TENOR_TOKENIZE_H
#define TENOR_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* 32-bit offsets: a text is at most 256 MiB (TEXT_MAX), and 12 bytes a token instead of 24
 * halve the memory a long text's tokens take, and the bytes the match stage reads. */
struct token {
	uint32_t start, end;
	int boundary;  /* a clause boundary lies between the previous token and this one */
};

/* Whether code was JIT-compiled, so that pcre2_jit_match may run it directly. */
int regex_is_jit(const pcre2_code *code);

/* The compiled token pattern for any text, and its twin in UTF-8 bytes for a text of the
 * characters below U+0100, the General Punctuation block and the currency signs (ASCII,
 * Latin-1 and typographic quotes and dashes: most German and English comments), which
 * gives the same tokens without decoding UTF-8 or looking up Unicode properties, and which
 * PCRE2's JIT runs half as fast again. Immutable once made, shared by all threads, owned by
 * whoever compiled them. */
struct token_patterns {
	pcre2_code *utf, *bytes;
};
int tokenizer_compile(struct token_patterns *out);
/* Frees both patterns; a zeroed struct is a no-op. */
void tokenizer_free(struct token_patterns *p);

/* Per-thread tokenizer state: match data and the token array, owned by the caller. */
struct tokenizer {
	const pcre2_code *code, *bytes;
	int jit;                /* both are JIT-compiled: matched without pcre2_match's checks */
	pcre2_match_data *md;
	pcre2_match_context *mc;
	struct token *tok;
	size_t ntok, cap;
	/* every gap between, before and after the tokens keeps them apart once normalized
	 * (normalize_separates): a run of letters in the normal form is within one token */
	int separated;
	size_t bad;             /* after TENOR_EUTF8: the offset of the first invalid byte */
};
int tokenizer_init(struct tokenizer *tz, const struct token_patterns *p);
void tokenizer_release(struct tokenizer *tz);

/* Splits (s, n) into tz->tok[0..ntok). TENOR_EUTF8 when it is not valid UTF-8 (checked in
 * the pass that picks the pattern), TENOR_ENOMEM, TENOR_ELIMIT when n does not fit a
 * token's offsets, or TENOR_EINVAL when PCRE2 fails. */
int tokenize(struct tokenizer *tz, const char *s, size_t n);

/* Returns 1 when the text between two tokens (s, n) ends a clause. */
int gap_is_boundary(const char *s, size_t n);

#endif
