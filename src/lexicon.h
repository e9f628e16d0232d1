/*
 * lexicon.h - the compiled lexicon, shared read-only by every analyzer once frozen.
 *
 * Entries are loaded into one table; each word of an entry is a pattern. Freezing
 * normalizes and stems the patterns and files them in per-language indexes, so that looking
 * up everything a word matches costs a few hash probes (lexicon_lookup).
 */
#ifndef TENOR_LEXICON_H
#define TENOR_LEXICON_H

#include "alloc.h"
#include "normalize.h"
#include "tenor.h"
#include "tokenize.h"

#include <stdint.h>
#include <string.h>

enum pat_kind { PAT_STEM, PAT_PREFIX, PAT_SUFFIX, PAT_EXACT };

struct pattern {
	uint32_t entry;
	uint32_t pos;        /* word position within its entry */
	uint32_t next;       /* next pattern in the same index bucket, +1; 0 ends */
	uint32_t next_joined;  /* the same in the bucket of index.joined */
	enum pat_kind kind;
	char *text;          /* as written until frozen, then normalized (and stemmed) */
	char *form;          /* the normalized form, kept for checks */
};

#define REGEX_LITERAL_MAX 31

struct entry {
	uint32_t lang;       /* index into langs; 0 is the language-independent slot "*" */
	int32_t category;    /* -1 for negators and contrast words */
	enum tenor_entry_kind kind;
	char *text;          /* as written */
	uint32_t file;       /* index into files */
	unsigned line;
	double weight;
	uint32_t first_pat, npat;
	char *compiled;
	pcre2_code *re;      /* regex entries */
	int jit;             /* re is JIT-compiled */
	/* Letters and digits every match of re contains, in lower case (regex_literal): a
	 * text without them is not searched. Empty when the pattern shows none. */
	char must[REGEX_LITERAL_MAX + 1];
	size_t mustlen;
	/* The ASCII letters and digits, in lower case, one of which every match of re starts
	 * with (regex_starts), as a bit set; has_starts 0 when PCRE2 knows no such set. */
	unsigned char starts[16];
	int has_starts;
};

struct index {
	struct strmap map[4];        /* by enum pat_kind: text -> first pattern + 1 */
	size_t minlen[4], maxlen[4]; /* byte lengths present, to bound prefix/suffix probes */
	/* The first minlen[PAT_PREFIX] bytes of each prefix pattern, the last
	 * minlen[PAT_SUFFIX] of each suffix pattern: a word whose own are not among them
	 * is probed at no length. */
	struct strmap heads, tails;
	/* A hyphenated word pattern also by the stem of its closed form, as German writes a
	 * compound either way (an entry Stack-Ranking, a text Stackranking): stem -> first
	 * pattern + 1, chained by next_joined. */
	struct strmap joined;
};

struct lang {
	char *code;                  /* "de", or "*" */
	char *stemmer;               /* Snowball algorithm name (code unless @stemmer) */
	char *origin;                /* the first file loaded for it, for messages */
	int installed;               /* has a lexicon directory or file of its own */
	int window;                  /* negation window in tokens */
	unsigned window_line;        /* the line of negators.txt that set it, 0: the default */
	struct index idx;
	uint32_t *regex;             /* entry ids of its regex entries */
	size_t nregex, regexcap;
	struct strmap funcwords;
	char **fw_raw;               /* function words as written, until frozen */
	size_t nfw, fwcap;
};

struct lexfile {
	char *name;
};

struct tenor_lexicon {
	int frozen;
	struct token_patterns token_code;
	struct lang *langs;
	size_t nlangs, langcap;
	char **cats;
	size_t ncats, catcap;
	struct entry *entries;
	size_t nentries, entcap;
	struct pattern *pats;
	size_t npats, patcap;
	struct lexfile *files;
	size_t nfiles, filecap;
	struct buf error;
	char **warnings;
	size_t nwarnings, warncap;
	uint64_t version_hash;
	char version[17];
	int has_any;                 /* language-independent entries are loaded */
	/* scratch for freezing and parsing */
	struct tokenizer tz;
};

#define LANG_ANY 0

/* Finds a language by code; returns its index or -1. */
int lexicon_find_lang(const struct tenor_lexicon *lx, const char *code);

/* Appends to *ids (growing it) every pattern of language slot lang that a word with
 * normalized form (norm, nlen) and stem (stem, slen) matches. */
int lexicon_lookup(const struct tenor_lexicon *lx, uint32_t lang, const char *norm, size_t nlen,
		   const char *stem, size_t slen, uint32_t **ids, size_t *n, size_t *cap);

/* Parses a LIWC dictionary into lx (liwc.c). */
int liwc_parse(struct tenor_lexicon *lx, const char *name, const char *buf, size_t len);

/* The errors a file may have before the parsers stop reading it: a binary file given as a
 * lexicon is not worth a message for each of its lines. */
#define LEXICON_FILE_ERRORS 20

/* Used by the parsers: record an error "name:line: message" (line 0: no line). Returns
 * TENOR_ELEXICON, or TENOR_ENOMEM. */
int lexicon_errorf(struct tenor_lexicon *lx, const char *name, unsigned line, const char *fmt,
		   ...);
/* Records a warning for tenor lexicon check: TENOR_OK, or TENOR_ENOMEM. */
int lexicon_warnf(struct tenor_lexicon *lx, const char *fmt, ...);
int lexicon_add_category(struct tenor_lexicon *lx, const char *name, size_t len, int32_t *out);
int lexicon_add_file_name(struct tenor_lexicon *lx, const char *name, uint32_t *out);
int lexicon_add_lang(struct tenor_lexicon *lx, const char *code, uint32_t *out);
/* Adds an entry whose words are the whitespace-separated words of (s, n); a word ending in
 * "*" is a prefix; when stemmed, one starting with "*" is a compound head; otherwise a word
 * is PAT_STEM when stemmed and PAT_EXACT when not. An exception's leading '!' is skipped
 * (and kept in the entry's text). Reports bad words as errors. */
int lexicon_add_entry(struct tenor_lexicon *lx, const struct entry *proto, const char *s,
		      size_t n, int stemmed);
void lexicon_hash_content(struct tenor_lexicon *lx, const char *name, const char *buf,
			  size_t len);

/* The longest run of ASCII letters and digits and Latin-1 letters but ß (literal_char in
 * lexicon.c says why these) at the top level of a regex pattern, outside
 * groups, classes and escapes and without a character a quantifier may take away: every
 * match contains it. Written lower-cased to out (at most REGEX_LITERAL_MAX bytes, a prefix
 * of a longer run); 0 and "" where the pattern has none, or has what the scan does not
 * follow: an alternation at its top level, \Q or \E, a comment, extended mode, (*ACCEPT).
 * tests/fuzz/fuzz_regex.c checks it against PCRE2's matches. */
size_t regex_literal(const char *pattern, char out[REGEX_LITERAL_MAX + 1]);

/* The characters a match of re can start with, from PCRE2's own first code unit or start
 * bitmap, as a set of ASCII bytes in lower case: 1 when they are all ASCII letters or
 * digits, else 0 (and an empty set). */
int regex_starts(const pcre2_code *re, unsigned char starts[16]);

/* The ASCII bytes of s[0..n) as a set like regex_starts's. */
static inline void ascii_set(const char *s, size_t n, unsigned char set[16])
{
	size_t i;

	memset(set, 0, 16);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 128)
			set[c >> 3] |= (unsigned char)(1u << (c & 7));
	}
}

/* Whether two such sets share a byte. */
static inline int sets_meet(const unsigned char a[16], const unsigned char b[16])
{
	uint64_t a0, a1, b0, b1;

	memcpy(&a0, a, 8);
	memcpy(&a1, a + 8, 8);
	memcpy(&b0, b, 8);
	memcpy(&b1, b + 8, 8);
	return ((a0 & b0) | (a1 & b1)) != 0;
}

/* Appends a match's text as the matches table stores it: normalized (nz, its term, which
 * drivers count) or as written (nz NULL, its surface); for a regex match of more than two
 * words ("höre Frau Sauerwein gern zu"), its first and last word with " … " between, as the
 * words a regex lets in between can be anyone's name, and what counts is the phrase, not
 * who was listened to. */
int lexicon_match_text(const struct tenor_lexicon *lx, struct normalizer *nz, const char *text,
		       const struct tenor_match *m, struct buf *out);

#endif
