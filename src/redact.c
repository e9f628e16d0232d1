/*
 * redact.c - removal of personal data from texts before they are stored or shown: URLs,
 * e-mail addresses, IBANs and phone numbers become [URL], [EMAIL], [IBAN] and [PHONE].
 *
 * Each kind is one PCRE2 pattern (UTF + UCP, JIT), run over the whole text in turn, in the
 * order of the rules table: a URL may contain an address or digits, an address may contain
 * digits, and an IBAN's digits would otherwise pass for a phone number, so each kind is
 * replaced before the kinds that could match inside it. What a pattern cannot express
 * (the IBAN checksum, the number of digits in a phone number, the groups of a dotted one)
 * is checked by a callout, so that a rejected candidate lets the pattern backtrack to a
 * shorter one.
 */
#include "alloc.h"
#include "normalize.h"
#include "tenor.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <string.h>

/* The largest redacted text, as much as tenor_analyze accepts. */
#define REDACT_MAX ((size_t)256 << 20)

/* The patterns are written not to backtrack much; the limits only bound hostile input. */
#define REDACT_MATCH_LIMIT 1000000
#define REDACT_DEPTH_LIMIT 1000

/* Fewer digits than this are a number, not a phone number ("12345", "030 123"). */
#define PHONE_MIN_DIGITS 7

/* Callout numbers, as written in the patterns: (?C1), (?C2), (?C3). */
enum { CALLOUT_IBAN = 1, CALLOUT_PHONE = 2, CALLOUT_DOTTED_PHONE = 3 };

/* Letters, combining marks (a decomposed umlaut) and digits of any script. */
#define ALNUM "\\p{L}\\p{M}\\p{N}"

/* A label of a host name: letters and digits of any script, hyphens inside. */
#define LABEL "[" ALNUM "]++(?:-++[" ALNUM "]++)*+"

/*
 * A URL starts with http://, https:// or www., or is a host name with a path
 * ("linkedin.com/in/max", "firma.de:8443/team"): two labels or more, the last of 2 to 24
 * letters in lower case, and not "js", which ends no host but a program's name
 * ("Node.js/React"). The path keeps out file names, abbreviations and versions
 * ("bericht.pdf", "z.B.", "v2.3.1"); the lower case a sentence that runs on without a
 * blank or an abbreviation ("gut.Aber/oder", "Abt.IT/HR", "ASP.NET/C#"). A bare host name
 * ("firma.de") is mostly an organisation and stays. A URL runs to the next blank, angle
 * bracket or double quote (none may occur in a URL); punctuation at its end belongs to the
 * sentence.
 */
static const char url_pattern[] =
	/* not inside a word or an address: "max@www.example.de", "max@firma.de/x" are
	 * e-mail addresses; a scheme may follow a sentence's full stop ("EVG.https://t.co/x") */
	"(?:(?<![" ALNUM "_@])(?i:https?://)"
	"|(?<![" ALNUM "_@.\\-])"
	"(?:(?i:www\\.)|(?:" LABEL "\\.){1,126}+(?!js[:/])[a-z]{2,24}+(?::[0-9]{1,5})?/))"
	"[^\\s<>\"]*"
	"[^\\s<>\".,;:!?)\\]'\\x{2018}\\x{2019}\\x{201C}\\x{201D}\\x{AB}\\x{BB}]";

/* An e-mail address: local@domain.tld, letters of any script in both parts. */
#define LOCAL_CHAR "[" ALNUM "_.%+\\-]"
static const char email_pattern[] =
	"(?<!" LOCAL_CHAR ")"
	LOCAL_CHAR "++"
	"@"
	"(?:" LABEL "\\.){1,126}"  /* a domain name has at most 127 labels */
	"[\\p{L}\\p{M}]{2,}+"
	"(?![" ALNUM "_])";

/*
 * An IBAN: country code, check digits, then 11 to 30 letters and digits, either unbroken,
 * or in blocks of four separated by single spaces or hyphens (the last one may be
 * shorter), or as groups of digits as a bank's two numbers are written ("DE89 37040044
 * 0532013000"). Callout 1 accepts it only when the checksum holds.
 */
static const char iban_pattern[] =
	"(?<![" ALNUM "])"
	"[A-Za-z]{2}[0-9]{2}"
	"(?:[A-Za-z0-9]{11,30}"
	"|(?:\\x20[A-Za-z0-9]{4}){2,7}(?:\\x20[A-Za-z0-9]{1,3})?"
	"|(?:-[A-Za-z0-9]{4}){2,7}(?:-[A-Za-z0-9]{1,3})?"
	"|[0-9]*+(?:[\\x20\\-][0-9]{2,}+){1,7})"
	"(?![" ALNUM "])"
	"(?C1)";

/*
 * A phone number: a start that only phone numbers have (a country code with + or 00, an
 * area code with its leading 0, an area code in parentheses, a US 555-555-5555), then
 * groups of digits joined by a blank, or by a slash or hyphen with or without blanks
 * around it. Callout 2 asks for at least PHONE_MIN_DIGITS digits.
 *
 * What keeps dates, times, amounts and other numbers out: they do not have such a start
 * ("2025", "12 %", "1.234,56"); a digit group must not run on into letters or into a
 * decimal, time or date part (END: "14:05", "0,50", "2024-Q3"); a date is never taken as
 * a group (DATE: "01/02/2025" has a leading 0 and eight digits).
 *
 * Or its groups are apart by dots, with blanks among them or not ("0171.234.56.78",
 * "+49 30.123 456 78", the US 555.555.5555); callout 3 judges its groups (dotted_phone).
 * A dotted start has three digits or more, which a date or time (01.03.2025, 08.30) has
 * not; a date or time after a blank is not a group ("030.1234.56 08.30 Uhr").
 */
#define SP "[\\x20\\x{A0}]"
#define SEP "(?:" SP "?[/\\-]" SP "?|" SP ")"
#define END "(?![" ALNUM "_]|[.,:][0-9])"
#define DATE \
	"(?:[0-9]{1,2}(?:\\.[0-9]{1,2}\\.|/[0-9]{1,2}/|-[0-9]{1,2}-)[0-9]{2,4}" \
	"|[0-9]{4}-[0-9]{2}-[0-9]{2}" \
	"|(?:0?[1-9]|1[0-2])/(?:19|20)[0-9]{2})(?![0-9])"
#define TIME "(?:[01]?[0-9]|2[0-4])[.:][0-5][0-9](?![0-9]|[.,:][0-9])"
static const char phone_pattern[] =
	/* not inside a word or number, nor after "1.", "3,", "12/", "14:" or "2025-" */
	"(?<![" ALNUM "_+])(?<![0-9][.,/:\\-])"
	"(?!" DATE ")"
	/* Dotted first, as the other form would take "0171 234 56.78" only up to "234".
	 * Not possessive: a number callout 3 rejects is tried without its last groups
	 * ("030.1234.56 2 mal"); a shorter one ends before a blank, as END wants. */
	"(?:(?:(?:\\+|00)[1-9][0-9]{0,2}|0[1-9][0-9]{1,4}"
	"|[2-9][0-9]{2}(?=\\.[0-9]{3}\\.[0-9]{4}(?![0-9])))"        /* 415.555.0100 */
	"(?:(?:\\.|" SP "(?!" DATE "|" TIME "))[0-9]++){1,7}" END
	"(?C3)"
	"|(?:(?:\\+|00)[1-9][0-9]*+(?:" SP "?\\([0-9]{1,5}\\)|" END ")"  /* +49 (0)30, 0049 */
	"|\\((?:0[1-9][0-9]*+|[2-9][0-9]{2})\\)"                         /* (030), (415) */
	"|0[1-9][0-9]*+" END                                             /* 030, 0171 */
	"|[2-9][0-9]{2}(?=-[0-9]{3}-[0-9]{4}(?![0-9])))"                 /* 415-555-0100 */
	/* Possessive: a group that does not end cleanly ends the number instead. Bounded, as
	 * no phone number has more groups, so that a long run of numbers costs no stack. */
	"(?:" SEP "?(?!" DATE ")[0-9]++" END "){0,10}+"
	"(?C2))";

static const struct rule {
	const char *pattern;
	const char *placeholder;
} rules[] = {
	{ url_pattern, "[URL]" },
	{ email_pattern, "[EMAIL]" },
	{ iban_pattern, "[IBAN]" },
	{ phone_pattern, "[PHONE]" },
};

#define NRULES (sizeof(rules) / sizeof(rules[0]))

struct tenor_redactor {
	pcre2_general_context *gc;  /* routes PCRE2's allocations through tenor_malloc */
	pcre2_code *re[NRULES];     /* indexed like rules */
	pcre2_match_data *md;
	pcre2_match_context *mc;    /* limits and the callout */
	struct buf out[2];          /* each pass reads one and writes the other */
};

static void *re_malloc(PCRE2_SIZE n, void *data)
{
	(void)data;
	return tenor_malloc(n);
}

static void re_free(void *p, void *data)
{
	(void)data;
	tenor_free(p);
}

/* The length of an IBAN of the country cc (ISO 13616's registry), or 0 for a country not
 * listed here, whose IBANs may be 15 to 34 characters long. A tax number and the number
 * after it ("DE123456709 2025") pass the checksum one time in 97, but seldom have the
 * length of an IBAN. */
static size_t iban_length(char a, char b)
{
	static const char table[] =
		"AD24AE23AL28AT20AZ28BA20BE16BG22BH22BR29BY28CH21CR22CY28CZ24DE22DK18DO28"
		"EE20EG29ES24FI18FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26"
		"IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MR27MT31MU30"
		"NL18NO15PK24PL28PS29PT25QA29RO24RS22SA24SC31SE24SI19SK24SM27ST25SV28TL23"
		"TN24TR26UA29VA22VG24XK20";
	const char *p;

	a = (char)(a & ~0x20);
	b = (char)(b & ~0x20);
	for (p = table; *p; p += 4)
		if (p[0] == a && p[1] == b)
			return (size_t)((p[2] - '0') * 10 + (p[3] - '0'));
	return 0;
}

/* ISO 13616: the length of its country, and moving the first four characters to the end
 * and reading letters as 10..35 gives a number that is 1 modulo 97. (s, n) holds an IBAN
 * as the pattern matched it, blanks and hyphens included. */
static int iban_valid(const char *s, size_t n)
{
	unsigned rem = 0;
	size_t i, len = 0, want = iban_length(s[0], s[1]);

	for (i = 0; i < n; i++)
		len += s[i] != ' ' && s[i] != '-';
	if (want ? len != want : len < 15 || len > 34)
		return 0;
	for (i = 4; i < n + 4; i++) {
		char c = s[i % n];
		if (c == ' ' || c == '-')
			continue;
		if (c >= '0' && c <= '9')
			rem = (rem * 10 + (unsigned)(c - '0')) % 97;
		else if (c >= 'a' && c <= 'z')
			rem = (rem * 100 + (unsigned)(c - 'a' + 10)) % 97;
		else
			rem = (rem * 100 + (unsigned)(c - 'A' + 10)) % 97;
	}
	return rem == 1;
}

static size_t count_digits(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += s[i] >= '0' && s[i] <= '9';
	return k;
}

/*
 * Whether (s, n), a number as the dotted phone pattern matched it (groups of digits apart
 * by dots or blanks, a + in front or not), is a phone number: PHONE_MIN_DIGITS digits or
 * more and a dot; two digits or more in each group after the first (not "+43.1.5879654",
 * which is rare, nor "0171.1234567.5"); three groups, or two of which the second has four
 * digits or more (not the decimal "01234.56"). And not a number with thousands
 * separators, all groups after its first of three digits, in what follows the last blank:
 * "+1.500.000", "0815.123.456" (an article number), "030 12.500".
 */
static int dotted_phone(const char *s, size_t n)
{
	size_t i, len = 0, last = 0, digits = 0, groups = 0;
	size_t tail = 0;     /* groups since the last blank */
	int dot = 0;
	int thousands = 1;   /* the tail's groups after its first all have three digits */

	for (i = 0; i <= n; i++) {
		if (i < n && s[i] >= '0' && s[i] <= '9') {
			len++;
			continue;
		}
		if (len) {
			if (groups && len < 2)
				return 0;
			thousands &= !tail || len == 3;
			groups++;
			tail++;
			digits += len;
			last = len;
			len = 0;
		}
		if (i == n || s[i] == '+')
			continue;
		if (s[i] == '.') {
			dot = 1;
		} else {  /* a blank, or a byte of a no-break space */
			tail = 0;
			thousands = 1;
		}
	}
	return digits >= PHONE_MIN_DIGITS && dot && (groups >= 3 || last >= 4) &&
	       !(tail >= 2 && thousands);
}

/* Accepts (0) or rejects (1: the pattern backtracks) the candidate matched so far. */
static int redact_callout(pcre2_callout_block *cb, void *data)
{
	const char *m = (const char *)cb->subject + cb->start_match;
	size_t n = cb->current_position - cb->start_match;

	(void)data;
	if (cb->callout_number == CALLOUT_IBAN)
		return !iban_valid(m, n);
	if (cb->callout_number == CALLOUT_DOTTED_PHONE)
		return !dotted_phone(m, n);
	return count_digits(m, n) < PHONE_MIN_DIGITS;  /* CALLOUT_PHONE */
}

/*
 * Creates a redactor with its patterns compiled; *out is owned by the caller
 * (tenor_redactor_free). Errors: TENOR_EINVAL when out is NULL, TENOR_ENOMEM.
 */
int tenor_redactor_new(struct tenor_redactor **out)
{
	struct tenor_redactor *r;
	pcre2_compile_context *cc = NULL;
	size_t i;

	if (!out)
		return TENOR_EINVAL;
	*out = NULL;
	r = tenor_calloc(1, sizeof(*r));
	if (!r)
		return TENOR_ENOMEM;
	r->out[0].max = r->out[1].max = REDACT_MAX;
	r->gc = pcre2_general_context_create(re_malloc, re_free, NULL);
	if (r->gc)
		cc = pcre2_compile_context_create(r->gc);
	if (!cc)
		goto nomem;
	for (i = 0; i < NRULES; i++) {
		int err;
		PCRE2_SIZE off;

		/* The patterns are fixed and tested: compiling fails only for want of memory. */
		r->re[i] = pcre2_compile((PCRE2_SPTR)rules[i].pattern, PCRE2_ZERO_TERMINATED,
					 PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK, &err, &off,
					 cc);
		if (!r->re[i])
			goto nomem;
		/* Without JIT the interpreter gives the same result, only slower. */
		(void)pcre2_jit_compile(r->re[i], PCRE2_JIT_COMPLETE);
	}
	pcre2_compile_context_free(cc);
	cc = NULL;
	r->md = pcre2_match_data_create(1, r->gc);
	r->mc = pcre2_match_context_create(r->gc);
	if (!r->md || !r->mc)
		goto nomem;
	pcre2_set_match_limit(r->mc, REDACT_MATCH_LIMIT);
	pcre2_set_depth_limit(r->mc, REDACT_DEPTH_LIMIT);
	pcre2_set_callout(r->mc, redact_callout, NULL);
	*out = r;
	return TENOR_OK;
nomem:
	pcre2_compile_context_free(cc);
	tenor_redactor_free(r);
	return TENOR_ENOMEM;
}

/* Frees the redactor and its output. NULL is a no-op. */
void tenor_redactor_free(struct tenor_redactor *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < NRULES; i++)
		pcre2_code_free(r->re[i]);
	pcre2_match_data_free(r->md);
	pcre2_match_context_free(r->mc);
	pcre2_general_context_free(r->gc);
	buf_release(&r->out[0]);
	buf_release(&r->out[1]);
	tenor_free(r);
}

/* Writes (s, n) to out with every match of re replaced by placeholder; adds the number of
 * replacements to *count. */
static int redact_pass(struct tenor_redactor *r, const pcre2_code *re, const char *placeholder,
		       const char *s, size_t n, struct buf *out, unsigned *count)
{
	PCRE2_SIZE pos = 0;
	int rc;

	buf_reset(out);
	for (;;) {
		PCRE2_SIZE *ov;
		int m = pcre2_match(re, (PCRE2_SPTR)s, n, pos, PCRE2_NO_UTF_CHECK, r->md, r->mc);

		if (m == PCRE2_ERROR_NOMATCH)
			break;
		if (m == PCRE2_ERROR_NOMEMORY)
			return TENOR_ENOMEM;
		/* A limit leaves it unknown whether the rest holds personal data: fail rather
		 * than hand it out unredacted. */
		if (m < 0)
			return TENOR_ELIMIT;
		ov = pcre2_get_ovector_pointer(r->md);
		if ((rc = buf_add(out, s + pos, ov[0] - pos)) || (rc = buf_adds(out, placeholder)))
			return rc;
		/* No pattern matches the empty string, so this always moves on. */
		pos = ov[1];
		(*count)++;
	}
	return buf_add(out, s + pos, n - pos);
}

/*
 * Replaces URLs, e-mail addresses, IBANs and phone numbers in the UTF-8 text (s, n) by
 * their placeholders. *out (NUL-terminated) is owned by the redactor and valid until its
 * next call; *count, when count is not NULL, receives the number of replacements. s may be
 * NULL when n is 0.
 * Errors (then *out is NULL): TENOR_EUTF8 for invalid UTF-8; TENOR_ELIMIT when the output
 * would exceed 256 MiB or a pattern hit its match limit; TENOR_EINVAL for NULL arguments;
 * TENOR_ENOMEM.
 */
int tenor_redact(struct tenor_redactor *r, const char *s, size_t n, const char **out,
		 size_t *outlen, unsigned *count)
{
	const char *cur;
	size_t len = n, bad, i;
	unsigned k = 0;
	int rc;

	if (!out || !outlen)
		return TENOR_EINVAL;
	*out = NULL;
	*outlen = 0;
	if (count)
		*count = 0;
	if (!r || (!s && n))
		return TENOR_EINVAL;
	/* Validated once here, so that no pass has PCRE2 check it again. */
	if (!utf8_valid(s, n, &bad))
		return TENOR_EUTF8;
	/* PCRE2 wants a subject even when it is empty. */
	cur = s ? s : "";
	for (i = 0; i < NRULES; i++) {
		struct buf *b = &r->out[i % 2];

		if ((rc = redact_pass(r, r->re[i], rules[i].placeholder, cur, len, b, &k)))
			return rc;
		cur = b->data;
		len = b->len;
	}
	*out = cur;
	*outlen = len;
	if (count)
		*count = k;
	return TENOR_OK;
}
