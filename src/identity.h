/*
 * identity.h - the keys a document is stored under (identity.c): its identity, by which a
 * rerun finds it, and its content hash, by which a rerun tells whether it changed. Ingest
 * makes both of a record; rescore makes the content hash again where it tells a document's
 * language anew. Keys are built in a buffer the caller owns; strings are borrowed for the
 * call.
 */
#ifndef TENOR_IDENTITY_H
#define TENOR_IDENTITY_H

#include "alloc.h"
#include "tenor.h"

/* "id:" or "tx:", 32 hex digits and a NUL, with room to spare */
#define IDENTITY_SIZE 40

/* Appends (s, n) as a length-prefixed part of a key, so that ("ab", "c") and ("a", "bc")
 * differ. TENOR_OK or TENOR_ENOMEM. */
int key_part(struct buf *k, const char *s, size_t n);
/* The 128-bit hash of (p, n) under seed, as 32 hex digits and a NUL. */
void hex128(const void *p, size_t n, uint64_t seed, char out[33]);

/* The date part of a key: the first day of the date's period ("YYYY-MM-DD") and its
 * precision, in out, which has room for strlen(day) + 2 bytes; its length, 0 for no date
 * (day NULL). */
size_t doc_day(const char *day, enum tenor_date_precision precision, char *out);
/* Appends to k what identifies a document without an id: its text, its date part (doc_day)
 * and its groups, names[i] and values[i] in the order given (vlens NULL: strlen). */
int doc_text_key(struct buf *k, const char *text, size_t textlen, const char *day,
		 size_t daylen, size_t ngroups, const char *const *names,
		 const char *const *values, const size_t *vlens);
/* The identity of a document without an id, of its key (doc_text_key). */
void doc_identity(const struct buf *k, char out[IDENTITY_SIZE]);
/* Appends to k, a document's key, what else decides its stored version, its language and
 * whether its text is kept, and writes the content hash of the whole in out. */
int doc_content(struct buf *k, const char *lang, int no_text, char out[33]);

#endif
