/*
 * analyze.h - the analyzer: one per thread, over a shared frozen lexicon. It owns every
 * piece of per-thread state of the pipeline: stemmers, the memo of distinct words, and the
 * scratch arrays of one document, which are reused from one document to the next.
 */
#ifndef TENOR_ANALYZE_H
#define TENOR_ANALYZE_H

#include "alloc.h"
#include "lexicon.h"
#include "normalize.h"
#include "tenor.h"
#include "tokenize.h"

#include <stdint.h>

/* The bytes of a language code field, with its NUL: longer codes are cut. */
#define LANG_FIELD 32

struct sb_stemmer;

enum { WORD_NEGATOR = 1, WORD_CONTRAST = 2 };

/* A phrase that a word may start, with what token_cands needs of its entry: a common word
 * starts dozens, and their entries, large and spread over the lexicon, cost a cache miss
 * each where these sit side by side. */
struct phrase_start {
	uint32_t first_pat;  /* the entry's first pattern; its others follow */
	uint32_t npat;
	uint32_t entry;
	int32_t category;    /* -1 for a negator or contrast phrase, which is no candidate */
};

/* What one distinct word (in one language) matches: computed once, then looked up. */
struct memo_word {
	uint32_t flags;     /* WORD_NEGATOR, WORD_CONTRAST */
	uint32_t npats;     /* phrase patterns it satisfies, sorted */
	uint32_t nstarts;   /* the phrases it may start, in the order of their patterns */
	uint32_t nhits;     /* single-word entries that count for it, one per category */
	uint32_t *pats;
	struct phrase_start *starts;
	uint32_t *hits;
	/* Bit r: the normalized word holds the literal (lits), or a byte a match can start
	 * with (may_start), of its language's regex r (r < REGEX_PREFILTER_MAX). */
	uint64_t lits, may_start;
	uint64_t patbits;   /* bit p % 64 for each of pats: most words are in no phrase asked */
	uint64_t nextbits;  /* bit q % 64 for the second pattern q of each phrase it starts */
};
/* A language with more regexes than this runs them without the words' bits. */
#define REGEX_PREFILTER_MAX 64

struct memo {
	/* one a language: surface bytes -> index in words; then one a language: normalized
	 * form -> index in words (memo_get) */
	struct strmap *maps;
	size_t nmaps;         /* twice the languages */
	struct memo_word *words;
	size_t nwords, cap;
	struct arena arena; /* the pats and hits arrays */
	/* langid.c: surface bytes -> 0 for no function word, else 1 + the offset in fwlangs
	 * of the 0-terminated indexes of the languages whose function word it is */
	struct strmap funcwords;
	struct buf fwlangs;
	size_t limit;       /* bytes, all of the above */
};

/* A candidate match before overlaps are resolved. */
struct cand {
	uint32_t category, entry;
	uint32_t start, end;  /* bytes in the original text (at most 256 MiB) */
	uint32_t tok;         /* first token, for negation */
	uint16_t rank;        /* entry kind: phrase, word, compound, prefix, regex */
	uint16_t kind;        /* enum tenor_entry_kind, without a look into the lexicon */
};

struct tenor_analyzer {
	const struct tenor_lexicon *lx;
	struct sb_stemmer **stemmers;     /* by language index, created when first needed */
	struct tokenizer tz;
	struct normalizer nz;
	struct buf norm, stem, joined; /* joined: a hyphenated word without its hyphens */
	struct memo memo;
	uint32_t *ids;                    /* lookup scratch */
	size_t nids, idcap;
	uint32_t *hits;                   /* single-word hits of one word, scratch */
	size_t hitcap;
	uint32_t *tokword;                /* memo index of each token */
	uint64_t *tokhash;                /* tenor_hash of each token, for the memo's maps */
	uint8_t *negated;                 /* per token: a negator reaches it */
	size_t tokcap, negcap, hashcap;
	struct cand *cands;
	size_t ncands, candcap;
	struct tenor_match *matches;
	size_t nmatches, matchcap;
	/* the exceptions of several words one category's candidates took (match.c): they
	 * hold their words against that category's other entries, but not against regexes */
	struct tenor_match *excepts;
	size_t nexcepts, exceptcap;
	struct tenor_category_result *cats;
	struct tenor_result result;
	/* regexes: the memo's bits of the document's words (match.c), the normalized text and
	 * its map back to original offsets */
	uint64_t doc_lits, doc_starts;
	struct buf normtext;
	struct norm_span *map;
	size_t mapcap, nmap;
	pcre2_match_data *re_md;
	pcre2_match_context *re_mc;
	char default_lang[LANG_FIELD];
	char lang[LANG_FIELD];
	int fell_back;                 /* the last text's words did not tell its language */
	size_t error_offset;
	char error[160];
};

/* A new analyzer like a (its lexicon and default language) with the memo bounded at
 * memo_limit bytes, for another thread. Owned by the caller (tenor_analyzer_free). */
int analyzer_clone(const struct tenor_analyzer *a, size_t memo_limit,
		   struct tenor_analyzer **out);

/* Gives back the arrays a text's analysis grew (its tokens, candidates, matches), when they
 * hold more than ANALYZER_KEEP bytes: those of a text of tens of thousands of words, which
 * the next texts, mostly comments, do not need. Ingest's workers call it once they no
 * longer read the last result, which it invalidates: while a worker waits for the writer,
 * it then holds no long text's arrays. (Not rescore's: it has no memory bound to keep, and
 * growing the arrays again for each text of a megabyte cost it a tenth of its time.) */
#define ANALYZER_KEEP ((size_t)4 << 20)
void analyzer_trim(struct tenor_analyzer *a);

/* Results kept past the next analysis, for threads that score documents which another
 * thread stores later: each result's categories and matches are appended to growing arrays
 * owned by the log (released with result_log_release), and a kept_result says where. */
struct result_log {
	struct tenor_category_result *cats;
	size_t ncats, catcap;
	struct tenor_match *matches;
	size_t nmatches, matchcap;
};
struct kept_result {
	char lang[LANG_FIELD];
	size_t tokens, cat, ncats, match, nmatches;
	unsigned regex_limited;
};
int result_keep(struct result_log *log, const struct tenor_result *r, struct kept_result *k);
/* The kept result as a tenor_result pointing into the log: valid until the log changes. */
void result_get(const struct result_log *log, const struct kept_result *k,
		struct tenor_result *r);
void result_log_reset(struct result_log *log);
void result_log_release(struct result_log *log);

/* memo.c: the memo index of the word (s, n) in language lang, computing it when new; h
 * points to its tenor_hash where the caller has it, else NULL. */
int memo_get(struct tenor_analyzer *a, uint32_t lang, const char *s, size_t n,
	     const uint64_t *h, uint32_t *out);
/* memo.c: empties the memo when it has grown past its limit. */
void memo_trim(struct memo *m);
/* memo.c: empties the memo, for a key that was put in without its value. */
void memo_empty(struct memo *m);
void memo_release(struct memo *m);

/* match.c: matches the tokenized text (s, n) in language lang and fills a->result. */
int match_document(struct tenor_analyzer *a, uint32_t lang, const char *s, size_t n);

/* tenor_analyze, but where the language is to be told from the words and they do not tell
 * it, fallback in place of the analyzer's default (NULL, or one without a lexicon: the
 * default): rescore's stored language, which the default of the ingest that stored it
 * chose. */
int analyzer_run(struct tenor_analyzer *a, const char *text, size_t len, const char *lang,
		 const char *fallback, const struct tenor_result **out);

/* langid.c: the language of the tokenized text by function words, or -1 when the
 * evidence is too weak (fewer than two function words, or a tie). */
int langid_detect(struct tenor_analyzer *a, const char *s, int *lang);

#endif
