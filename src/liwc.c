/*
 * liwc.c - reading LIWC-format dictionaries (.dic) into a lexicon.
 *
 * Layout: a '%' line, category lines "id name", a '%' line, then entries "word id...".
 * Semantics are LIWC's: no stemming, case-insensitive, a trailing '*' is a prefix, words
 * separated by spaces match consecutive tokens, and one entry may list several categories.
 * Published files are messy, so CR, CRLF and LF line ends, a BOM, spaces instead of tabs,
 * runs of blanks and trailing blanks are all accepted.
 */
#include "lexicon.h"
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

#define LIWC_MAX_IDS 64

struct liwc_cat {
	long id;
	int32_t category;
};

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

static int all_digits(const char *s, size_t n)
{
	size_t i;
	if (n == 0 || n > 9)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static long parse_id(const char *s, size_t n)
{
	long v = 0;
	size_t i;
	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static int find_cat(const struct liwc_cat *cats, size_t n, long id)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (cats[i].id == id)
			return (int)i;
	return -1;
}

/* One entry line: words, then category ids. Where a tab is present it separates the words
 * from the ids; otherwise the trailing run of numbers are the ids. */
static int entry_line(struct tenor_lexicon *lx, uint32_t file, unsigned line, const char *s,
		      size_t n, const struct liwc_cat *cats, size_t ncats)
{
	const char *name = lx->files[file].name;
	const char *tab = memchr(s, '\t', n);
	size_t wend, i;
	long ids[LIWC_MAX_IDS];
	size_t nids = 0;
	struct entry proto;

	if (tab) {
		wend = (size_t)(tab - s);
		i = wend;
	} else {
		/* Walk back over trailing numbers. */
		size_t e = n;
		for (;;) {
			size_t b = e;
			while (b > 0 && !blank(s[b - 1]))
				b--;
			if (b == 0 || !all_digits(s + b, e - b))
				break;
			e = b;
			while (e > 0 && blank(s[e - 1]))
				e--;
		}
		wend = e;
		i = e;
	}
	while (i < n) {
		size_t b;
		while (i < n && blank(s[i]))
			i++;
		if (i >= n)
			break;
		b = i;
		while (i < n && !blank(s[i]))
			i++;
		if (!all_digits(s + b, i - b))
			return lexicon_errorf(lx, name, line, "'%.*s' is not a category id",
					      (int)(i - b), s + b);
		if (nids == LIWC_MAX_IDS)
			return lexicon_errorf(lx, name, line, "more than %d category ids",
					      LIWC_MAX_IDS);
		ids[nids++] = parse_id(s + b, i - b);
	}
	while (wend > 0 && blank(s[wend - 1]))
		wend--;
	if (wend == 0)
		return lexicon_errorf(lx, name, line, "an entry without a word");
	if (nids == 0)
		return lexicon_errorf(lx, name, line, "'%.*s' has no category id", (int)wend, s);
	memset(&proto, 0, sizeof(proto));
	proto.lang = LANG_ANY;
	proto.file = file;
	proto.line = line;
	proto.weight = 1.0;
	proto.kind = TENOR_ENTRY_WORD;
	for (i = 0; i < nids; i++) {
		int c = find_cat(cats, ncats, ids[i]);
		int rc;
		if (c < 0)
			return lexicon_errorf(lx, name, line, "category id %ld is not declared in "
							      "the header", ids[i]);
		proto.category = cats[c].category;
		if ((rc = lexicon_add_entry(lx, &proto, s, wend, 0)))
			return rc;
	}
	return TENOR_OK;
}

/* After a line's error: TENOR_OK while the file has had fewer than LEXICON_FILE_ERRORS, else
 * the error that stops reading it. */
static int too_many(struct tenor_lexicon *lx, const char *name, int failed)
{
	if (failed < LEXICON_FILE_ERRORS)
		return TENOR_OK;
	return lexicon_errorf(lx, name, 0, "%d errors: the rest of the file is not checked",
			      LEXICON_FILE_ERRORS);
}

int liwc_parse(struct tenor_lexicon *lx, const char *name, const char *buf, size_t len)
{
	struct liwc_cat *cats = NULL;
	size_t ncats = 0, cap = 0, i = 0, bad, cats_before = lx->ncats;
	unsigned line = 1;
	int part = 0, rc = TENOR_OK, failed = 0;
	uint32_t file;

	if ((rc = lexicon_add_file_name(lx, name, &file)))
		return rc;
	lexicon_hash_content(lx, name, buf, len);
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	for (; i < len; line++) {
		const char *s = buf + i;
		size_t n;
		while (i < len && buf[i] != '\n' && buf[i] != '\r')
			i++;
		n = (size_t)(buf + i - s);
		if (i < len && buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n')
			i++;
		if (i < len)
			i++;
		while (n && blank(*s))
			s++, n--;
		while (n && blank(s[n - 1]))
			n--;
		if (n == 0)
			continue;
		/* a line of invalid UTF-8 is that line's error: the others are still read */
		if (!utf8_valid(s, n, &bad)) {
			rc = lexicon_errorf(lx, name, line, "invalid UTF-8 at byte %zu of the line",
					    bad);
			if (rc == TENOR_ENOMEM || part < 2 || (rc = too_many(lx, name, ++failed)))
				break;
			continue;
		}
		if (part < 2 && n == 1 && *s == '%') {
			part++;
			continue;
		}
		if (part == 0) {
			rc = lexicon_errorf(lx, name, line, "a LIWC dictionary starts with a '%%' line");
			break;
		}
		if (part == 1) {
			size_t d = 0, k;
			int32_t cat;
			while (d < n && s[d] >= '0' && s[d] <= '9')
				d++;
			k = d;
			while (k < n && blank(s[k]))
				k++;
			if (!all_digits(s, d) || k == d || k == n) {
				rc = lexicon_errorf(lx, name, line,
						    "a category line is 'id name', found '%.*s'",
						    (int)n, s);
				break;
			}
			if (find_cat(cats, ncats, parse_id(s, d)) >= 0) {
				rc = lexicon_errorf(lx, name, line, "category id %ld declared twice",
						    parse_id(s, d));
				break;
			}
			if ((rc = lexicon_add_category(lx, s + k, n - k, &cat)))
				break;
			/* a name loaded before this file is that category: say so */
			if ((size_t)cat < cats_before &&
			    (rc = lexicon_warnf(lx, "%s:%u: category '%.*s' is also a category "
						"loaded before: their entries count together", name,
						line, (int)(n - k), s + k)))
				break;
			if ((rc = tenor_grow(&cats, &cap, ncats + 1, sizeof(*cats))))
				break;
			cats[ncats].id = parse_id(s, d);
			cats[ncats].category = cat;
			ncats++;
			continue;
		}
		rc = entry_line(lx, file, line, s, n, cats, ncats);
		if (rc == TENOR_ENOMEM || (rc && (rc = too_many(lx, name, ++failed))))
			break;
	}
	if (!rc && part < 2)
		rc = lexicon_errorf(lx, name, 0, part == 0 ? "empty: no '%%' header"
							   : "the category header is not closed by '%%'");
	tenor_free(cats);
	if (!rc && failed)
		rc = TENOR_ELEXICON;
	if (!rc)
		lx->has_any = 1;
	return rc;
}

int tenor_lexicon_add_liwc_buffer(struct tenor_lexicon *lx, const char *name, const char *buf,
				  size_t len)
{
	if (!lx || !name || (!buf && len))
		return TENOR_EINVAL;
	if (lx->frozen)
		return TENOR_ESTATE;
	buf_reset(&lx->error);
	return liwc_parse(lx, name, buf, len);
}
