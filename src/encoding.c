/*
 * encoding.c - conversion of input text to UTF-8, the step before any other stage for
 * exports that are not UTF-8 (spreadsheets saved as CP1252 or Latin-1).
 *
 * The code tables are the C library's: iconv(3) converts, this file only manages the
 * output buffer and turns iconv's errors into statuses with byte offsets. UTF-8 input is
 * validated and copied, so callers get the same guarantees whatever the encoding.
 */
#include "alloc.h"
#include "bytes.h"
#include "normalize.h"
#include "tenor.h"

#include <errno.h>
#include <iconv.h>
#include <stddef.h>

/* The largest converted text, as much as tenor_analyze accepts. */
#define CONVERT_MAX ((size_t)256 << 20)

/* The widest character either single-byte encoding yields in UTF-8 (CP1252 0x80, U+20AC). */
#define WIDEST_CHAR 3

struct tenor_converter {
	enum tenor_encoding enc;
	iconv_t cd;           /* (iconv_t)-1 for UTF-8, which needs no conversion */
	struct buf out;       /* the last result, max = CONVERT_MAX */
	size_t error_offset;  /* of the last TENOR_EUTF8 */
};

/* Lowercases ASCII only, so that the comparison does not depend on the locale. */
static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int ascii_caseeq(const char *a, const char *b)
{
	while (*a && ascii_lower((unsigned char)*a) == ascii_lower((unsigned char)*b)) {
		a++;
		b++;
	}
	return *a == *b;
}

/*
 * Sets *out to the encoding named by name: "utf-8", "utf8", "cp1252", "windows-1252",
 * "latin1" or "iso-8859-1", in any case. TENOR_EINVAL for any other name, or when name or
 * out is NULL; *out is then unchanged.
 */
int tenor_encoding_parse(const char *name, enum tenor_encoding *out)
{
	static const struct {
		const char *name;
		enum tenor_encoding enc;
	} names[] = {
		{ "utf-8", TENOR_ENC_UTF8 },
		{ "utf8", TENOR_ENC_UTF8 },
		{ "cp1252", TENOR_ENC_CP1252 },
		{ "windows-1252", TENOR_ENC_CP1252 },
		{ "latin1", TENOR_ENC_LATIN1 },
		{ "iso-8859-1", TENOR_ENC_LATIN1 },
	};
	size_t i;

	if (!name || !out)
		return TENOR_EINVAL;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (ascii_caseeq(name, names[i].name)) {
			*out = names[i].enc;
			return TENOR_OK;
		}
	}
	return TENOR_EINVAL;
}

/*
 * Creates a converter from enc to UTF-8; *out is owned by the caller (tenor_converter_free).
 * A converter belongs to one thread at a time. Errors: TENOR_EINVAL when out is NULL, enc
 * is not an encoding, or the C library cannot convert from it; TENOR_ENOMEM.
 */
int tenor_converter_new(enum tenor_encoding enc, struct tenor_converter **out)
{
	struct tenor_converter *c;
	const char *from;

	if (!out)
		return TENOR_EINVAL;
	*out = NULL;
	switch (enc) {
	case TENOR_ENC_UTF8: from = NULL; break;
	case TENOR_ENC_CP1252: from = "CP1252"; break;
	case TENOR_ENC_LATIN1: from = "ISO-8859-1"; break;
	default: return TENOR_EINVAL;
	}
	c = tenor_calloc(1, sizeof(*c));
	if (!c)
		return TENOR_ENOMEM;
	c->enc = enc;
	c->cd = (iconv_t)-1;
	c->out.max = CONVERT_MAX;
	if (from) {
		c->cd = iconv_open("UTF-8", from);
		if (c->cd == (iconv_t)-1) {
			int rc = errno == ENOMEM ? TENOR_ENOMEM : TENOR_EINVAL;
			tenor_free(c);
			return rc;
		}
	}
	*out = c;
	return TENOR_OK;
}

/* Frees the converter and its output. NULL is a no-op. */
void tenor_converter_free(struct tenor_converter *c)
{
	if (!c)
		return;
	if (c->cd != (iconv_t)-1)
		iconv_close(c->cd);
	buf_release(&c->out);
	tenor_free(c);
}

/* Appends the iconv conversion of (p, n), a piece of the input s, to c->out; on invalid
 * input sets c->error_offset, counted from s. */
static int convert_run(struct tenor_converter *c, const char *s, const char *p, size_t n)
{
	/* iconv's prototype is not const-correct; it only reads the input. */
	char *in = (char *)p;
	size_t inleft = n;

	while (inleft > 0) {
		char *outp;
		size_t outleft;
		int rc;

		/* Every input byte yields at least one output byte, so this fails only when the
		 * output would pass the ceiling; the extra room lets each round convert at least
		 * one character. */
		if ((rc = buf_grow(&c->out, inleft + WIDEST_CHAR)))
			return rc;
		outp = c->out.data + c->out.len;
		outleft = c->out.cap - c->out.len - 1;
		if (iconv(c->cd, &in, &inleft, &outp, &outleft) == (size_t)-1 && errno != E2BIG) {
			/* EILSEQ: a byte with no character (CP1252 0x81 0x8D 0x8F 0x90 0x9D). */
			c->error_offset = (size_t)(in - s);
			return TENOR_EUTF8;
		}
		c->out.len = (size_t)(outp - c->out.data);
		c->out.data[c->out.len] = 0;
	}
	return TENOR_OK;
}

/* Appends the conversion of (s, n) to c->out. Both encodings are ASCII below 0x80: ASCII
 * runs, most of a text, are copied as they are, and only the bytes above go through iconv
 * (its cost per byte was a twentieth of an ingest, on the one thread that reads). */
static int convert_iconv(struct tenor_converter *c, const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	int rc;

	while (p < end) {
		const char *q = p + bytes_ascii_run(p, (size_t)(end - p));
		if (q > p && (rc = buf_add(&c->out, p, (size_t)(q - p))))
			return rc;
		for (p = q; q < end && (unsigned char)*q >= 0x80; q++)
			;
		if (q > p && (rc = convert_run(c, s, p, (size_t)(q - p))))
			return rc;
		p = q;
	}
	return TENOR_OK;
}

/*
 * Converts (s, n) to UTF-8. *out (NUL-terminated; embedded NULs are kept, so use *outlen)
 * is owned by the converter and valid until its next call. UTF-8 input is validated and
 * copied unchanged, a BOM included. s may be NULL when n is 0.
 * Errors (then *out is NULL and *outlen 0): TENOR_EUTF8 when a byte is invalid in the
 * encoding, at tenor_converter_error_offset(); TENOR_ELIMIT when the output would exceed
 * 256 MiB; TENOR_EINVAL for NULL arguments; TENOR_ENOMEM.
 */
int tenor_convert(struct tenor_converter *c, const char *s, size_t n, const char **out,
		  size_t *outlen)
{
	size_t bad;
	int rc;

	if (!out || !outlen)
		return TENOR_EINVAL;
	*out = NULL;
	*outlen = 0;
	if (!c || (!s && n))
		return TENOR_EINVAL;
	c->error_offset = 0;
	buf_reset(&c->out);
	/* Even an empty result needs a NUL-terminated buffer to point at. */
	if ((rc = buf_add(&c->out, "", 0)))
		return rc;
	if (c->enc == TENOR_ENC_UTF8) {
		if (!utf8_valid(s, n, &bad)) {
			c->error_offset = bad;
			return TENOR_EUTF8;
		}
		rc = buf_add(&c->out, s, n);
	} else {
		rc = convert_iconv(c, s, n);
	}
	if (rc)
		return rc;
	*out = c->out.data;
	*outlen = c->out.len;
	return TENOR_OK;
}

/* After TENOR_EUTF8 from tenor_convert: the byte offset of the offending input byte (for
 * UTF-8, the start of the invalid sequence). 0 otherwise, and for NULL. */
size_t tenor_converter_error_offset(const struct tenor_converter *c)
{
	return c ? c->error_offset : 0;
}

/* Names from an archive made on Windows are often Latin-1: each byte that is not part of a
 * valid sequence becomes the Latin-1 character it is, so that two names stay two. */
char *tenor_utf8_name(const char *s)
{
	size_t n = strlen(s), bad, i;
	struct buf b = { 0 };

	if (tenor_utf8_check(s, n, &bad))
		return tenor_strndup(s, n);
	for (i = 0; i < n;) {
		/* the valid run up to the next invalid byte, then that byte (>= 0x80) */
		unsigned char c;
		if (tenor_utf8_check(s + i, n - i, &bad))
			bad = n - i;
		if (buf_add(&b, s + i, bad))
			goto oom;
		if ((i += bad) == n)
			break;
		c = (unsigned char)s[i++];
		if (buf_addc(&b, (char)(0xC0 | c >> 6)) || buf_addc(&b, (char)(0x80 | (c & 0x3F))))
			goto oom;
	}
	if (buf_addc(&b, 0))
		goto oom;
	return b.data;
oom:
	buf_release(&b);
	return NULL;
}
