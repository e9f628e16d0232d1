/*
 * identity.c - a document's identity and content hash (identity.h). The hashes and keys of
 * every record are written without printf, whose format parsing was a tenth of an ingest.
 */
#include "identity.h"

#include <string.h>

static void put_hex64(char *out, uint64_t v)
{
	int i;

	for (i = 15; i >= 0; i--, v >>= 4)
		out[i] = "0123456789abcdef"[v & 15];
}

void hex128(const void *p, size_t n, uint64_t seed, char out[33])
{
	put_hex64(out, tenor_hash(p, n, seed));
	put_hex64(out + 16, tenor_hash(p, n, seed ^ 0x5851F42D4C957F2DULL));
	out[32] = 0;
}

int key_part(struct buf *k, const char *s, size_t n)
{
	char len[24];
	size_t i = sizeof(len) - 1, v = n;

	len[i] = ':';
	do
		len[--i] = (char)('0' + v % 10);
	while (v /= 10);
	return buf_add(k, len + i, sizeof(len) - i) || buf_add(k, s, n) ? TENOR_ENOMEM : TENOR_OK;
}

size_t doc_day(const char *day, enum tenor_date_precision precision, char *out)
{
	size_t n;

	if (!day)
		return 0;
	n = strlen(day);
	memcpy(out, day, n);
	out[n++] = '/';
	out[n++] = (char)('0' + precision);
	return n;
}

int doc_text_key(struct buf *k, const char *text, size_t textlen, const char *day,
		 size_t daylen, size_t ngroups, const char *const *names,
		 const char *const *values, const size_t *vlens)
{
	size_t i;
	int rc;

	if ((rc = key_part(k, text, textlen)) || (rc = key_part(k, day, daylen)))
		return rc;
	for (i = 0; i < ngroups; i++)
		if ((rc = key_part(k, names[i], strlen(names[i]))) ||
		    (rc = key_part(k, values[i], vlens ? vlens[i] : strlen(values[i]))))
			return rc;
	return TENOR_OK;
}

void doc_identity(const struct buf *k, char out[IDENTITY_SIZE])
{
	memcpy(out, "tx:", 3);
	hex128(k->data, k->len, 2, out + 3);
}

int doc_content(struct buf *k, const char *lang, int no_text, char out[33])
{
	int rc;

	if ((rc = key_part(k, lang, strlen(lang))) || (rc = key_part(k, no_text ? "-" : "+", 1)))
		return rc;
	hex128(k->data, k->len, 3, out);
	return TENOR_OK;
}
