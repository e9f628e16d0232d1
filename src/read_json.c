/*
 * read_json.c - the members of a JSON object on one line, found without building a tree.
 *
 * JSON lines are read a million at a time and only two or three fields of each are used,
 * so the line is checked in one pass (RFC 8259: the grammar, UTF-8, escapes, surrogate
 * pairs, at most MAX_DEPTH levels) and each top-level member is recorded as spans into the
 * line. A string value is decoded only when asked for. Nesting is tracked in a bit stack,
 * not by recursion, so a hostile line cannot exhaust the C stack.
 */
#include "tenor.h"
#include "alloc.h"
#include "bytes.h"
#include "normalize.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

/* jansson's limit, which tenor used before: deeper lines were rejected then too */
#define MAX_DEPTH 2048
/* as many fields as a CSV record may have: a line of a million would cost seconds */
#define MAX_MEMBERS 10000

struct tenor_json {
	const char *line;
	size_t len;
	struct tenor_json_member *m;
	size_t n, cap;
	struct buf keys;        /* decoded keys that had escapes; members point into it */
	size_t *keyoff;         /* per member: offset into keys, or (size_t)-1 */
	struct buf *str;        /* per member: its decoded string value */
	size_t nstr;
	struct strmap seen;     /* keys, to mark members written again later */
	char error[160];
};

int tenor_json_new(struct tenor_json **out)
{
	/* written on every line, and made for each thread one after another */
	*out = tenor_calloc_lines(sizeof(**out));
	return *out ? TENOR_OK : TENOR_ENOMEM;
}

void tenor_json_free(struct tenor_json *j)
{
	size_t i;

	if (!j)
		return;
	for (i = 0; i < j->nstr; i++)
		buf_release(&j->str[i]);
	tenor_free(j->str);
	tenor_free(j->m);
	tenor_free(j->keyoff);
	buf_release(&j->keys);
	strmap_release(&j->seen);
	tenor_free(j);
}

const char *tenor_json_error(const struct tenor_json *j)
{
	return j->error;
}

size_t tenor_json_count(const struct tenor_json *j)
{
	return j->n;
}

const struct tenor_json_member *tenor_json_member(const struct tenor_json *j, size_t i)
{
	return i < j->n ? &j->m[i] : NULL;
}

const struct tenor_json_member *tenor_json_get(const struct tenor_json *j, const char *key)
{
	size_t n = strlen(key), i = j->n;

	while (i-- > 0)
		if (j->m[i].keylen == n && memcmp(j->m[i].key, key, n) == 0)
			return &j->m[i];
	return NULL;
}

static int fail(struct tenor_json *j, const char *p, const char *what)
{
	snprintf(j->error, sizeof(j->error), "%s at column %zu", what,
		 (size_t)(p - j->line) + 1);
	return TENOR_EFORMAT;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The code unit of \uXXXX at p (p at the backslash), or -1. */
static long u_escape(const char *p, const char *end)
{
	long v = 0;
	int i;

	if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
		return -1;
	for (i = 2; i < 6; i++) {
		int h = hexval((unsigned char)p[i]);
		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* Decodes the escape at *pp (at the backslash) into a code point and moves past it;
 * ESC_INVALID, or ESC_NUL for \u0000, which is refused: a NUL would cut C strings short,
 * or ESC_SURROGATE for half of a surrogate pair. */
enum { ESC_INVALID = -1, ESC_NUL = -2, ESC_SURROGATE = -3 };

static long escape(const char **pp, const char *end)
{
	const char *p = *pp;
	long c, lo;

	if (end - p < 2)
		return -1;
	switch (p[1]) {
	case '"': c = '"'; break;
	case '\\': c = '\\'; break;
	case '/': c = '/'; break;
	case 'b': c = '\b'; break;
	case 'f': c = '\f'; break;
	case 'n': c = '\n'; break;
	case 'r': c = '\r'; break;
	case 't': c = '\t'; break;
	case 'u':
		if ((c = u_escape(p, end)) < 0)
			return ESC_INVALID;
		if (c == 0)
			return ESC_NUL;
		if (c >= 0xDC00 && c <= 0xDFFF)
			return ESC_SURROGATE;
		if (c >= 0xD800 && c <= 0xDBFF) {
			if ((lo = u_escape(p + 6, end)) < 0xDC00 || lo > 0xDFFF)
				return ESC_SURROGATE;
			c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
			p += 6;
		}
		*pp = p + 6;
		return c;
	default:
		return ESC_INVALID;
	}
	*pp = p + 2;
	return c;
}

/* A string from its opening quote at *pp to past its closing quote; *esc tells whether it
 * holds escapes. Its UTF-8 is checked here, the only place in a line where a byte above
 * ASCII may stand (tenor_json_parse). */
static int scan_string(struct tenor_json *j, const char **pp, const char *end, int *esc)
{
	const char *p = *pp + 1;
	size_t k;

	*esc = 0;
	for (;;) {
		for (; end - p >= 8; p += 8) {
			uint64_t w = bytes_load_le(p);
			uint64_t f = bytes_has_below(w, 0x20) | bytes_has(w, '"') |
				     bytes_has(w, '\\') | (w & BYTES_HIGH);
			if (f) {
				p += bytes_lowest(f);
				break;
			}
		}
		while (p < end && (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x80 &&
		       *p != '"' && *p != '\\')
			p++;
		if (p == end)
			return fail(j, *pp, "string without its closing quote");
		if ((unsigned char)*p >= 0x80) {
			if (!(k = utf8_char(p, (size_t)(end - p))))
				return fail(j, p, "invalid UTF-8");
			p += k;
			continue;
		}
		if (*p == '"')
			break;
		if (*p != '\\')
			return fail(j, p, "control character in a string");
		*esc = 1;
		switch (escape(&p, end)) {
		case ESC_INVALID:
			return fail(j, p, "invalid escape in a string");
		case ESC_NUL:
			return fail(j, p, "\\u0000 (a NUL character) in a string, which tenor "
					  "does not take");
		case ESC_SURROGATE:
			return fail(j, p, "\\u escape of half a surrogate pair in a string");
		}
	}
	*pp = p + 1;
	return TENOR_OK;
}

static const char *scan_digits(const char *p, const char *end)
{
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	return p;
}

static int scan_number(struct tenor_json *j, const char **pp, const char *end)
{
	const char *p = *pp, *q;

	if (*p == '-')
		p++;
	if (p < end && *p == '0')
		p++;
	else if ((q = scan_digits(p, end)) == p)
		return fail(j, *pp, "invalid number");
	else
		p = q;
	if (p < end && *p == '.') {
		if ((q = scan_digits(p + 1, end)) == p + 1)
			return fail(j, p, "invalid number");
		p = q;
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if ((q = scan_digits(p, end)) == p)
			return fail(j, p, "invalid number");
		p = q;
	}
	*pp = p;
	return TENOR_OK;
}

static const char *skip_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/* A value that is not a container: string, number, true, false or null. */
static int scan_scalar(struct tenor_json *j, const char **pp, const char *end,
		       enum tenor_json_type *type, int *esc)
{
	static const struct { const char *word; enum tenor_json_type type; } lit[] = {
		{ "true", TENOR_JSON_TRUE }, { "false", TENOR_JSON_FALSE }, { "null", TENOR_JSON_NULL },
	};
	const char *p = *pp;
	size_t i;

	*esc = 0;
	if (*p == '"') {
		*type = TENOR_JSON_STRING;
		return scan_string(j, pp, end, esc);
	}
	if (*p == '-' || (*p >= '0' && *p <= '9')) {
		*type = TENOR_JSON_NUMBER;
		return scan_number(j, pp, end);
	}
	for (i = 0; i < sizeof(lit) / sizeof(lit[0]); i++) {
		size_t n = strlen(lit[i].word);
		if ((size_t)(end - p) >= n && memcmp(p, lit[i].word, n) == 0) {
			*type = lit[i].type;
			*pp = p + n;
			return TENOR_OK;
		}
	}
	return fail(j, p, "a value expected");
}

/* Appends the contents of a checked string token, escapes resolved. */
static int decode(struct buf *b, const char *p, const char *end)
{
	int rc = TENOR_OK;

	while (p < end && rc == TENOR_OK) {
		const char *q = memchr(p, '\\', (size_t)(end - p));
		if (!q)
			q = end;
		rc = buf_add(b, p, (size_t)(q - p));
		p = q;
		if (p < end && rc == TENOR_OK) {
			utf8proc_uint8_t u[4];
			rc = buf_add(b, u, (size_t)utf8proc_encode_char(escape(&p, end), u));
		}
	}
	return rc;
}

static int add_member(struct tenor_json *j, const char *key, size_t keylen, int keyesc,
		      const char *raw)
{
	struct tenor_json_member *m;

	if (j->n == MAX_MEMBERS) {
		snprintf(j->error, sizeof(j->error), "object has more than %d fields", MAX_MEMBERS);
		return TENOR_ELIMIT;
	}
	if (j->n == j->cap) {
		size_t cap = j->cap ? j->cap * 2 : 16;
		struct tenor_json_member *nm = tenor_realloc(j->m, cap * sizeof(*nm));
		size_t *no;
		if (!nm)
			return TENOR_ENOMEM;
		j->m = nm;
		if (!(no = tenor_realloc(j->keyoff, cap * sizeof(*no))))
			return TENOR_ENOMEM;
		j->keyoff = no;
		j->cap = cap;
	}
	m = &j->m[j->n];
	memset(m, 0, sizeof(*m));
	m->rawkey = key;
	m->rawkeylen = keylen;
	m->raw = raw;
	j->keyoff[j->n] = (size_t)-1;
	if (keyesc) {
		size_t off = j->keys.len;
		int rc = decode(&j->keys, key + 1, key + keylen - 1);
		if (rc)
			return rc;
		j->keyoff[j->n] = off;
		m->keylen = j->keys.len - off;
	} else {
		m->key = key + 1;
		m->keylen = keylen - 2;
	}
	j->n++;
	return TENOR_OK;
}

/* Marks each member whose key is written again after it. Small objects are compared pair by
 * pair; a wide one (a hostile line may have a million keys) goes through a hash map. */
static int mark_repeated(struct tenor_json *j)
{
	size_t i, k;

	if (j->n <= 16) {
		for (i = 0; i < j->n; i++)
			for (k = i + 1; k < j->n; k++)
				if (j->m[k].keylen == j->m[i].keylen &&
				    memcmp(j->m[k].key, j->m[i].key, j->m[i].keylen) == 0) {
					j->m[i].repeated = 1;
					break;
				}
		return TENOR_OK;
	}
	strmap_reset(&j->seen);
	for (i = j->n; i-- > 0;) {
		int found;
		if (!strmap_put(&j->seen, j->m[i].key, j->m[i].keylen, 0, &found))
			return TENOR_ENOMEM;
		j->m[i].repeated = found;
	}
	return TENOR_OK;
}

/* Where the grammar stands inside a container. */
enum expect { VALUE, KEY_OR_END, KEY, COLON, COMMA_OR_END, VALUE_OR_END };

static int parse(struct tenor_json *j, const char *line, size_t len)
{
	unsigned char stack[MAX_DEPTH / 8];   /* 1 bit a level: object (1) or array (0) */
	const char *p, *end = line + len, *key = NULL, *keyend = NULL;
	enum expect want = VALUE;
	size_t depth = 0, i;
	int rc, esc, keyesc = 0, object;

	p = skip_ws(line, end);
	if (p == end)
		return fail(j, p, "no value");
	object = *p == '{';
	for (;;) {
		const char *start;
		p = skip_ws(p, end);
		if (p == end)
			return fail(j, p, depth ? "unexpected end of line" : "no value");
		start = p;
		switch (want) {
		case KEY_OR_END:
		case VALUE_OR_END:
			if (*p == (want == KEY_OR_END ? '}' : ']')) {
				p++;
				goto closed;
			}
			if (want == VALUE_OR_END) {
				want = VALUE;
				continue;
			}
			/* fall through */
		case KEY:
			if (*p != '"')
				return fail(j, p, "a key expected");
			if ((rc = scan_string(j, &p, end, &keyesc)))
				return rc;
			key = start;
			keyend = p;
			want = COLON;
			continue;
		case COLON:
			if (*p++ != ':')
				return fail(j, start, "':' expected");
			want = VALUE;
			continue;
		case COMMA_OR_END:
			if (*p == ',') {
				p++;
				want = stack[(depth - 1) / 8] & (1u << ((depth - 1) % 8)) ? KEY : VALUE;
				continue;
			}
			if (*p != (stack[(depth - 1) / 8] & (1u << ((depth - 1) % 8)) ? '}' : ']'))
				return fail(j, p, "',' or the end of the container expected");
			p++;
			goto closed;
		case VALUE:
			break;
		}
		/* a value: a container opens, or a scalar is complete */
		if (depth == 1 && object &&
		    (rc = add_member(j, key, (size_t)(keyend - key), keyesc, start)))
			return rc;
		if (*p == '{' || *p == '[') {
			if (depth == MAX_DEPTH)
				return fail(j, p, "nested too deep");
			if (*p == '{')
				stack[depth / 8] |= (unsigned char)(1u << (depth % 8));
			else
				stack[depth / 8] &= (unsigned char)~(1u << (depth % 8));
			want = *p == '{' ? KEY_OR_END : VALUE_OR_END;
			depth++;
			p++;
			continue;
		} else {
			enum tenor_json_type type;
			if ((rc = scan_scalar(j, &p, end, &type, &esc)))
				return rc;
			if (depth == 0)
				goto done;
			if (depth == 1 && object) {
				j->m[j->n - 1].type = type;
				j->m[j->n - 1].escaped = esc;
				j->m[j->n - 1].rawlen = (size_t)(p - start);
			}
			want = COMMA_OR_END;
			continue;
		}
closed:
		if (--depth == 0)
			goto done;
		if (depth == 1 && object) {
			struct tenor_json_member *m = &j->m[j->n - 1];
			m->type = *(p - 1) == '}' ? TENOR_JSON_OBJECT : TENOR_JSON_ARRAY;
			m->rawlen = (size_t)(p - m->raw);
		}
		want = COMMA_OR_END;
	}
done:
	if (skip_ws(p, end) != end)
		return fail(j, skip_ws(p, end), "text after the value");
	if (!object) {
		snprintf(j->error, sizeof(j->error), "not a JSON object");
		return TENOR_EFORMAT;
	}
	/* the decoded keys are final now */
	for (i = 0; i < j->n; i++)
		if (j->keyoff[i] != (size_t)-1)
			j->m[i].key = j->keys.data + j->keyoff[i];
	return mark_repeated(j);
}

int tenor_json_parse(struct tenor_json *j, const char *line, size_t len)
{
	size_t bad;
	int rc;

	j->line = line;
	j->len = len;
	j->n = 0;
	j->error[0] = 0;
	buf_reset(&j->keys);
	/* Strings are checked as they are scanned, and outside them the grammar takes ASCII
	 * alone: a line with invalid UTF-8 fails. Its error is then the UTF-8 one, as if the
	 * line had been checked first. */
	if ((rc = parse(j, line, len)) && !utf8_valid(line, len, &bad)) {
		snprintf(j->error, sizeof(j->error), "invalid UTF-8 at column %zu", bad + 1);
		return TENOR_EFORMAT;
	}
	return rc;
}

int tenor_json_string(struct tenor_json *j, const struct tenor_json_member *m, const char **s,
		      size_t *n)
{
	size_t i = (size_t)(m - j->m);
	struct buf *b;
	int rc;

	if (m->type != TENOR_JSON_STRING)
		return TENOR_EINVAL;
	if (!m->escaped) {
		*s = m->raw + 1;
		*n = m->rawlen - 2;
		return TENOR_OK;
	}
	if (i >= j->nstr) {
		size_t cap = j->cap;
		struct buf *nb = tenor_realloc(j->str, cap * sizeof(*nb));
		if (!nb)
			return TENOR_ENOMEM;
		memset(nb + j->nstr, 0, (cap - j->nstr) * sizeof(*nb));
		j->str = nb;
		j->nstr = cap;
	}
	b = &j->str[i];
	buf_reset(b);
	if ((rc = decode(b, m->raw + 1, m->raw + m->rawlen - 1)))
		return rc;
	*s = b->data ? b->data : "";
	*n = b->len;
	return TENOR_OK;
}
