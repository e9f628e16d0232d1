/*
 * normalize.h - UTF-8 validation and Unicode normalization (utf8proc).
 *
 * Text is compared in one normalized form: NFC, Unicode case folding, default-ignorable
 * code points (soft hyphen, zero-width joiners) removed, typographic apostrophes unified to
 * "'" and dashes to "-". Lexicon entries and tokens go through the same function.
 */
#ifndef TENOR_NORMALIZE_H
#define TENOR_NORMALIZE_H

#include "alloc.h"

#include <stddef.h>
#include <stdint.h>

/* Returns 1 when (s, n) is valid UTF-8; otherwise 0 and *bad is the byte offset of the
 * first invalid sequence. Overlong forms, surrogates and code points above U+10FFFF are
 * invalid. */
int utf8_valid(const char *s, size_t n, size_t *bad);
/* The length of the valid UTF-8 character at s[0..n), n > 0, or 0 when it is invalid. */
size_t utf8_char(const char *s, size_t n);

/* The normal form of a two-byte code point standing alone: most non-ASCII letters of
 * European text (ä, ß, é). len is the length + 1, 0 while it is not known. */
struct norm_two {
	unsigned char len;
	char s[7];
};

/* Scratch space for normalization, owned by its user (one per thread). */
struct normalizer {
	int32_t *cp;
	size_t cap;
	struct norm_two *two;  /* by code point - 0x80, allocated when first needed */
};
void normalizer_release(struct normalizer *nz);

/* Appends the normalized form of valid UTF-8 (s, n) to out. */
int normalize_append(struct normalizer *nz, const char *s, size_t n, struct buf *out);

/* Where a piece of the normalized text came from: it starts at norm in the normalized text
 * and at orig in the original, and runs to the next span. A linear span is a run of ASCII
 * characters, each a cluster of its own and normalized to one byte, so an offset inside it
 * maps back one to one; any other span is one grapheme cluster, mapped back as a whole. */
struct norm_span {
	size_t norm, orig;
	int linear;
};

/* Normalizes a whole text and records where each piece came from in map (*nmap spans in
 * order of their offsets; the caller owns *map and its capacity *mapcap). Used to run
 * regexes over the normalized text and report original offsets. */
int normalize_mapped(struct normalizer *nz, const char *s, size_t n, struct buf *out,
		     struct norm_span **map, size_t *mapcap, size_t *nmap);

/* Whether the text (s, n) between two tokens normalizes to something that keeps them
 * apart and adds no ASCII letter or digit: it holds only ASCII (no letter or digit is
 * between tokens) and a few code points known to, the no-break space and Latin-1
 * punctuation, typographic quotes, dashes and ellipsis, per mille and the euro sign. Then
 * a run of letters and digits in the normalized text lies within one normalized token.
 * Anything else (a zero-width space, which normalizing drops, an emoji) gives 0.
 * tests/unit/test_normalize.c checks every code point it accepts. */
int normalize_separates(const char *s, size_t n);

/* Whether two names are the same but for case, in any script ("Ärger" and "ärger"): NFC
 * and Unicode case folding, nothing else of the normal form. Invalid UTF-8 matches only
 * itself. For column and field names, not for text. */
int normalize_same_name(const char *a, size_t an, const char *b, size_t bn);

/* A group's value as stored (into out, replacing what it held): NFC, without the blanks
 * around it (ASCII white space and no-break spaces), so that "Süd" from a Mac's export (u
 * and U+0308) and "Nord " are the groups they show. Case is kept. Invalid UTF-8 keeps its
 * bytes. TENOR_ENOMEM or TENOR_OK. */
int normalize_value(const char *s, size_t n, struct buf *out);

/* Maps an offset in the normalized text back to the original with a map from
 * normalize_mapped; end selects the end of the cluster rather than its start. */
size_t normalize_map_back(const struct norm_span *map, size_t nmap, size_t off,
			  size_t orig_len, int end);

#endif
