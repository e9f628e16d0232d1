/*
 * test_redact.c - the redactor (src/redact.c): URLs, e-mail addresses, IBANs and phone
 * numbers replaced, and everything that only looks like them (dates, times, amounts,
 * percentages, plain numbers, versions, periods, IBANs with a wrong checksum) left alone.
 *
 * The IBANs are the published examples of their countries' banking associations; the
 * variants with a wrong checksum differ from them in one digit.
 */
#include "unit.h"
#include "alloc.h"

#include <stdlib.h>

/* A string literal with its length, so that embedded NULs and exact lengths are kept. */
#define S(lit) lit, sizeof(lit) - 1

struct redact_case {
	const char *in;
	const char *out;
	unsigned count;
};

static void check_redact(const struct redact_case *cases, size_t n)
{
	struct tenor_redactor *r;
	size_t i;

	assert_int_equal(tenor_redactor_new(&r), TENOR_OK);
	for (i = 0; i < n; i++) {
		const char *out = NULL;
		size_t outlen = 12345;
		unsigned count = 12345;

		print_message("redact: %s\n", cases[i].in);
		assert_int_equal(tenor_redact(r, cases[i].in, strlen(cases[i].in), &out, &outlen,
					      &count), TENOR_OK);
		assert_non_null(out);
		assert_string_equal(out, cases[i].out);
		assert_int_equal(outlen, strlen(cases[i].out));
		assert_int_equal(count, cases[i].count);
	}
	tenor_redactor_free(r);
}

#define CHECK_REDACT(cases) check_redact(cases, sizeof(cases) / sizeof(cases[0]))

static void test_urls(void **state)
{
	static const struct redact_case cases[] = {
		{ "https://www.example.com/pfad?x=1&y=2", "[URL]", 1 },
		{ "Siehe http://example.org/a/b.html und weiter.", "Siehe [URL] und weiter.", 1 },
		{ "Unter www.bäckerei-schön.de gibt es mehr.", "Unter [URL] gibt es mehr.", 1 },
		{ "HTTPS://EXAMPLE.COM/X", "[URL]", 1 },
		/* punctuation at the end belongs to the sentence */
		{ "Lies https://example.com/a.", "Lies [URL].", 1 },
		{ "Wo? www.example.de, dort!", "Wo? [URL], dort!", 1 },
		{ "Ist das https://example.com/x?", "Ist das [URL]?", 1 },
		{ "Toll: https://example.com/x!", "Toll: [URL]!", 1 },
		{ "(siehe https://example.com/info)", "(siehe [URL])", 1 },
		{ "[https://example.com/info]", "[[URL]]", 1 },
		{ "Liste: https://a.de; https://b.de: fertig", "Liste: [URL]; [URL]: fertig", 2 },
		{ "Er schrieb \"https://example.com/x\".", "Er schrieb \"[URL]\".", 1 },
		{ "„https://example.com/ä“ – so", "„[URL]“ – so", 1 },
		{ "<https://example.com/x>", "<[URL]>", 1 },
		{ "Ende https://example.com/x...", "Ende [URL]...", 1 },
		{ "https://example.com/a?b=c.d,e", "[URL]", 1 },
		/* an address inside a URL goes with it */
		{ "https://example.com/?mail=max@example.com", "[URL]", 1 },
		{ "Tarif mit der EVG.https://t.co/NQSZ00sl3W", "Tarif mit der EVG.[URL]", 1 },
		/* a host name with a path needs no scheme */
		{ "linkedin.com/in/max-mustermann", "[URL]", 1 },
		{ "Profil: linkedin.com/in/max-mustermann, danke",
		  "Profil: [URL], danke", 1 },
		{ "firma.de/kontakt?id=123", "[URL]", 1 },
		{ "intranet.firma.de/team/mueller", "[URL]", 1 },
		{ "Kurz: bit.ly/3xYz.", "Kurz: [URL].", 1 },
		{ "t.co/abc", "[URL]", 1 },
		{ "Linkedin.com/in/max", "[URL]", 1 },
		{ "(siehe firma.de/kontakt)", "(siehe [URL])", 1 },
		{ "„firma.de/team/müller“", "„[URL]“", 1 },
		{ "intranet.firma.de:8443/team", "[URL]", 1 },
		{ "bäckerei-schön.de/über-uns", "[URL]", 1 },
		{ "1und1.de/kunde/4711", "[URL]", 1 },
		{ "Link:firma.de/x", "Link:[URL]", 1 },
		/* another scheme: the host and path go */
		{ "ftp://files.firma.de/lebenslauf.pdf", "ftp://[URL]", 1 },
		/* an address inside a URL goes with it; a path after an address does not make
		 * its domain a URL */
		{ "firma.de/team?mail=max@firma.de", "[URL]", 1 },
		{ "max@firma.de/x", "[EMAIL]/x", 1 },
		{ "max.mustermann@linkedin.com", "[EMAIL]", 1 },
		/* not a URL */
		{ "http:// ist kein Link", "http:// ist kein Link", 0 },
		{ "www. allein", "www. allein", 0 },
		{ "Die Datei heißt bericht.pdf", "Die Datei heißt bericht.pdf", 0 },
	};

	(void)state;
	CHECK_REDACT(cases);
}

/* What URLs must not swallow: every one of these stays as it is. */
static void test_not_urls(void **state)
{
	static const struct redact_case cases[] = {
		/* a bare host name is an organisation more often than a person */
		{ "example.com", "example.com", 0 },
		{ "Siehe kununu.com und firma.de.", "Siehe kununu.com und firma.de.", 0 },
		{ "firma.de/", "firma.de/", 0 },
		{ "firma.de/.", "firma.de/.", 0 },
		/* abbreviations, numbers, versions, file names */
		{ "z.B. oder u.a.", "z.B. oder u.a.", 0 },
		{ "z.B./u.a.", "z.B./u.a.", 0 },
		{ "e.g./i.e.", "e.g./i.e.", 0 },
		{ "ca. 5 Std./Woche", "ca. 5 Std./Woche", 0 },
		{ "Jan./Feb.", "Jan./Feb.", 0 },
		{ "Nr.5", "Nr.5", 0 },
		{ "Nr.5/6", "Nr.5/6", 0 },
		{ "1.5", "1.5", 0 },
		{ "1.5/2", "1.5/2", 0 },
		{ "v2.3.1", "v2.3.1", 0 },
		{ "v2.3/neu", "v2.3/neu", 0 },
		{ "192.168.0.1/24", "192.168.0.1/24", 0 },
		{ "Datei.xlsx", "Datei.xlsx", 0 },
		{ "/home/max/bericht.pdf", "/home/max/bericht.pdf", 0 },
		/* a sentence run on without a blank, an abbreviation, a program */
		{ "gut.Aber", "gut.Aber", 0 },
		{ "gut.Aber/oder", "gut.Aber/oder", 0 },
		{ "Abt.IT/HR", "Abt.IT/HR", 0 },
		{ "S.Meier/HR", "S.Meier/HR", 0 },
		{ "Home.Office/Büro", "Home.Office/Büro", 0 },
		{ "ASP.NET/C#", "ASP.NET/C#", 0 },
		{ "Node.js/React", "Node.js/React", 0 },
		{ "node.js/react", "node.js/react", 0 },
		/* slashes without a host */
		{ "Mitarbeiter*innen/Team", "Mitarbeiter*innen/Team", 0 },
		{ "und/oder", "und/oder", 0 },
		{ "80 km/h", "80 km/h", 0 },
	};

	(void)state;
	CHECK_REDACT(cases);
}

static void test_emails(void **state)
{
	static const struct redact_case cases[] = {
		{ "max.mustermann@example.com", "[EMAIL]", 1 },
		{ "Schreib an info@firma.de.", "Schreib an [EMAIL].", 1 },
		{ "Jürgen: jürgen.müller@bäckerei-schön.de, danke", "Jürgen: [EMAIL], danke", 1 },
		{ "a_b+tag%x-y@mail.sub.example.co.uk!", "[EMAIL]!", 1 },
		{ "(kontakt@example.org)", "([EMAIL])", 1 },
		{ "mailto:info@example.de", "mailto:[EMAIL]", 1 },
		{ "max@www.example.de", "[EMAIL]", 1 },
		{ "Die E-Mail-Adresse max@example.de-Adresse",
		  "Die E-Mail-Adresse [EMAIL]-Adresse", 1 },
		{ "a@b.de und c@d.at", "[EMAIL] und [EMAIL]", 2 },
		/* not addresses */
		{ "Treffen @ Büro", "Treffen @ Büro", 0 },
		{ "@max_mustermann", "@max_mustermann", 0 },
		{ "user@localhost", "user@localhost", 0 },
		{ "x@example.d", "x@example.d", 0 },
		{ "5 Stück @ 3,50 €", "5 Stück @ 3,50 €", 0 },
	};

	(void)state;
	CHECK_REDACT(cases);
}

static void test_ibans(void **state)
{
	static const struct redact_case cases[] = {
		{ "DE89 3704 0044 0532 0130 00", "[IBAN]", 1 },
		{ "DE89370400440532013000", "[IBAN]", 1 },
		{ "Konto: DE89 3704 0044 0532 0130 00, Bank XY", "Konto: [IBAN], Bank XY", 1 },
		{ "Überweisung auf DE89370400440532013000.", "Überweisung auf [IBAN].", 1 },
		{ "de89 3704 0044 0532 0130 00", "[IBAN]", 1 },
		{ "AT61 1904 3002 3457 3201", "[IBAN]", 1 },
		{ "CH93 0076 2011 6238 5295 7", "[IBAN]", 1 },
		{ "GB29 NWBK 6016 1331 9268 19", "[IBAN]", 1 },
		{ "GB29NWBK60161331926819", "[IBAN]", 1 },
		/* the shortest (Norway, 15) and a long one (Malta, 31) */
		{ "NO93 8601 1117 947", "[IBAN]", 1 },
		{ "MT84 MALT 0110 0001 2345 MTLC AST0 01S", "[IBAN]", 1 },
		/* a number after the last full block is not part of it */
		{ "BE68 5390 0754 7034 2025", "[IBAN] 2025", 1 },
		/* hyphens, and the groups of a bank's two numbers */
		{ "DE89-3704-0044-0532-0130-00", "[IBAN]", 1 },
		{ "IBAN DE89 37040044 0532013000.", "IBAN [IBAN].", 1 },
		{ "DE89 3704 0044 0532013000", "[IBAN]", 1 },
		{ "Iban: AT61 19043 00234573201 Bic: XY", "Iban: [IBAN] Bic: XY", 1 },
		{ "DE8937040044-0532013000 bitte", "[IBAN] bitte", 1 },
		/* wrong checksum, or only the shape of an IBAN */
		{ "DE88370400440532013000", "DE88370400440532013000", 0 },
		{ "DE88-3704-0044-0532-0130-00", "DE88-3704-0044-0532-0130-00", 0 },
		{ "DE88 37040044 1532013000", "DE88 37040044 1532013000", 0 },
		{ "KW12 2025 und 2026", "KW12 2025 und 2026", 0 },
		/* a tax number and a year: the checksum holds, but no German IBAN is 15 long */
		{ "USt-IdNr. DE123456709 2025 gemeldet", "USt-IdNr. DE123456709 2025 gemeldet", 0 },
		{ "DE12 3456 7890 1234 5678 90", "DE12 3456 7890 1234 5678 90", 0 },
		{ "AB12CDEFGHIJKLMNOP", "AB12CDEFGHIJKLMNOP", 0 },
		{ "Seriennummer XY12ABCDEFGHIJK7", "Seriennummer XY12ABCDEFGHIJK7", 0 },
		/* inside a longer word it is not an IBAN */
		{ "XDE89370400440532013000", "XDE89370400440532013000", 0 },
	};

	(void)state;
	CHECK_REDACT(cases);
}

static void test_phones(void **state)
{
	static const struct redact_case cases[] = {
		/* international */
		{ "+49 30 1234567", "[PHONE]", 1 },
		{ "+49 (0)30 123 45 67", "[PHONE]", 1 },
		{ "0049 30 1234567", "[PHONE]", 1 },
		{ "+4930123456789", "[PHONE]", 1 },
		{ "+49-171-1234567", "[PHONE]", 1 },
		{ "+43 1 5879654", "[PHONE]", 1 },
		/* national */
		{ "030 12345678", "[PHONE]", 1 },
		{ "030/1234567", "[PHONE]", 1 },
		{ "030 / 1234567", "[PHONE]", 1 },
		{ "0171-1234567", "[PHONE]", 1 },
		{ "0171 - 1234567", "[PHONE]", 1 },
		{ "(030) 1234-567", "[PHONE]", 1 },
		{ "030 1234567-89", "[PHONE]", 1 },
		{ "0800 123 456", "[PHONE]", 1 },
		/* US */
		{ "+1 415 555 0100", "[PHONE]", 1 },
		{ "+1 (415) 555-0100", "[PHONE]", 1 },
		{ "(415) 555-0100", "[PHONE]", 1 },
		{ "415-555-0100", "[PHONE]", 1 },
		/* in sentences */
		{ "Ruf mich unter 0171 1234567 an.", "Ruf mich unter [PHONE] an.", 1 },
		{ "Tel.: +49 30 1234567, Fax: +49 30 1234568",
		  "Tel.: [PHONE], Fax: [PHONE]", 2 },
		{ "Tel.030 1234567", "Tel.[PHONE]", 1 },
		{ "(Tel. 030 1234567)", "(Tel. [PHONE])", 1 },
		{ "Am 27.03.2025 unter 030 1234567 erreichbar",
		  "Am 27.03.2025 unter [PHONE] erreichbar", 1 },
		{ "030 1234567 um 14:05", "[PHONE] um 14:05", 1 },
		{ "030 1234567 14:05", "[PHONE] 14:05", 1 },
		{ "030 1234567 27.03.2025", "[PHONE] 27.03.2025", 1 },
		{ "030 1234567 01/02/2025", "[PHONE] 01/02/2025", 1 },
		{ "030 1234567 2025-03-27", "[PHONE] 2025-03-27", 1 },
		/* dots between the groups */
		{ "0171.1234567", "[PHONE]", 1 },
		{ "030.1234.5678", "[PHONE]", 1 },
		{ "+49.30.1234567", "[PHONE]", 1 },
		{ "0049.171.1234567", "[PHONE]", 1 },
		{ "Tel. 0800.123.4567.", "Tel. [PHONE].", 1 },
		{ "+1.415.555.0100", "[PHONE]", 1 },
		{ "Mobil: 0171.123.4567, Büro 030 1234567", "Mobil: [PHONE], Büro [PHONE]", 2 },
		/* dots with a short last group, three groups or more */
		{ "030.1234.56", "[PHONE]", 1 },
		{ "0171.234.56.78", "[PHONE]", 1 },
		{ "030.12.34.56", "[PHONE]", 1 },
		{ "020.7946.0958", "[PHONE]", 1 },
		{ "Tel.030.1234.56.", "Tel.[PHONE].", 1 },
		{ "030.1234.56, 0171.234.56.78", "[PHONE], [PHONE]", 2 },
		/* an article number of this shape goes too: nothing tells it from 030.1234.56 */
		{ "Artikel 0123.4567.89", "Artikel [PHONE]", 1 },
		/* dots and blanks */
		{ "+49 30.123 456 78", "[PHONE]", 1 },
		{ "+44 20.7946.0958", "[PHONE]", 1 },
		{ "0049 171.234.56.78", "[PHONE]", 1 },
		{ "0171 234.56.78", "[PHONE]", 1 },
		{ "0171 234 56.78", "[PHONE]", 1 },
		/* US with dots */
		{ "415.555.0100", "[PHONE]", 1 },
		/* what follows is not part of it */
		{ "030.1234.56 08.30 Uhr", "[PHONE] 08.30 Uhr", 1 },
		{ "030.1234.56 ab 8.30", "[PHONE] ab 8.30", 1 },
		{ "030.1234.56 2 mal", "[PHONE] 2 mal", 1 },
		{ "Tel. 0171.234.56.78 am 12.03.2024", "Tel. [PHONE] am 12.03.2024", 1 },
		{ "0171.234.56.78 12.03.2024", "[PHONE] 12.03.2024", 1 },
		{ "0171.234.56.78 12.500 €", "[PHONE] 12.500 €", 1 },
		{ "030 1234567 12.500 €", "[PHONE] 12.500 €", 1 },
		{ "030 1234567 08.30", "[PHONE] 08.30", 1 },
	};

	(void)state;
	CHECK_REDACT(cases);
}

/* What phone numbers must not swallow: every one of these stays as it is. */
static void test_not_phones(void **state)
{
	static const struct redact_case cases[] = {
		{ "27.03.2025", "27.03.2025", 0 },
		{ "01.02.2025", "01.02.2025", 0 },
		{ "2025-03-27", "2025-03-27", 0 },
		{ "03/27/2025", "03/27/2025", 0 },
		{ "01/02/2025", "01/02/2025", 0 },
		{ "01-02-2025", "01-02-2025", 0 },
		{ "01/2025 - 03/2025", "01/2025 - 03/2025", 0 },
		{ "2025-03-27T14:05:00+02:00", "2025-03-27T14:05:00+02:00", 0 },
		{ "14:05", "14:05", 0 },
		{ "um 09:30 - 10:15 Uhr", "um 09:30 - 10:15 Uhr", 0 },
		{ "Nr. 01 - 12", "Nr. 01 - 12", 0 },
		{ "2025", "2025", 0 },
		{ "im Jahr 2025 und 2026", "im Jahr 2025 und 2026", 0 },
		{ "1.234,56 €", "1.234,56 €", 0 },
		{ "1.234.567,89 €", "1.234.567,89 €", 0 },
		{ "€ 1234567", "€ 1234567", 0 },
		{ "0,50 € pro Stück", "0,50 € pro Stück", 0 },
		{ "+49 30 12345,67 €", "+49 30 12345,67 €", 0 },
		{ "12 %", "12 %", 0 },
		{ "+12 % gegenüber 2024", "+12 % gegenüber 2024", 0 },
		{ "12345", "12345", 0 },
		{ "1234567890", "1234567890", 0 },
		{ "10115 Berlin", "10115 Berlin", 0 },
		{ "01067 Dresden", "01067 Dresden", 0 },
		{ "v2.3.1", "v2.3.1", 0 },
		{ "Version 10.0.19045.2965", "Version 10.0.19045.2965", 0 },
		{ "2024-Q3", "2024-Q3", 0 },
		{ "2024-W14", "2024-W14", 0 },
		{ "Seiten 12-15 und 120-150", "Seiten 12-15 und 120-150", 0 },
		{ "030 123", "030 123", 0 },
		{ "3,0123456", "3,0123456", 0 },
		{ "Bestellnummer A0301234567", "Bestellnummer A0301234567", 0 },
		{ "(2025) 1234", "(2025) 1234", 0 },
		{ "ISBN 978-3-16-148410-0", "ISBN 978-3-16-148410-0", 0 },
		/* dots: decimals, amounts, dates and versions */
		{ "030.50 €", "030.50 €", 0 },
		{ "0.50 €", "0.50 €", 0 },
		{ "am 01.03. und 05.10.24", "am 01.03. und 05.10.24", 0 },
		{ "01.03.2025", "01.03.2025", 0 },
		{ "0171.12", "0171.12", 0 },
		{ "0171.1234567.5", "0171.1234567.5", 0 },
		{ "192.168.0.1", "192.168.0.1", 0 },
		{ "um +1.234.567 Euro", "um +1.234.567 Euro", 0 },
		{ "Veränderung: +12.345.678 EUR", "Veränderung: +12.345.678 EUR", 0 },
		{ "+1.500.000 Besucher", "+1.500.000 Besucher", 0 },
		{ "Bestellnummer 0815.123.456", "Bestellnummer 0815.123.456", 0 },
		{ "IP 010.123.045.067", "IP 010.123.045.067", 0 },
		/* dots with short groups: dates, times, amounts, versions */
		{ "12.03.2024", "12.03.2024", 0 },
		{ "am 1.3.24 und 01.03.24", "am 1.3.24 und 01.03.24", 0 },
		{ "1.000.000", "1.000.000", 0 },
		{ "3.500,00 €", "3.500,00 €", 0 },
		{ "035.000,00 €", "035.000,00 €", 0 },
		{ "12.30 Uhr", "12.30 Uhr", 0 },
		{ "08.30 - 17.00", "08.30 - 17.00", 0 },
		{ "v2.3.1 und v02.30.12", "v2.3.1 und v02.30.12", 0 },
		{ "0.9.12", "0.9.12", 0 },
		{ "01234.56", "01234.56", 0 },
		{ "+43.1.5879654", "+43.1.5879654", 0 },
		{ "0171 12.03.2024", "0171 12.03.2024", 0 },
		/* groups of three after the first, also after the last blank: amounts and
		 * article numbers (and the phone numbers written so, which stay a gap) */
		{ "0815.123.456.789", "0815.123.456.789", 0 },
		{ "0800.123.456", "0800.123.456", 0 },
		{ "030 12.500 Euro", "030 12.500 Euro", 0 },
		{ "Position 001 15.000 €", "Position 001 15.000 €", 0 },
		{ "Kto. 0532.013.000", "Kto. 0532.013.000", 0 },
	};

	(void)state;
	CHECK_REDACT(cases);
}

/* German text with several kinds at once, umlauts right next to them. */
static void test_mixed(void **state)
{
	static const struct redact_case cases[] = {
		{ "Grüße von Jürgen Müller (jürgen.müller@example.de, 0171 1234567). "
		  "Überweisen Sie bitte 1.234,56 € bis zum 27.03.2025 auf "
		  "DE89 3704 0044 0532 0130 00. Mehr unter https://www.example.de/über-uns.",
		  "Grüße von Jürgen Müller ([EMAIL], [PHONE]). "
		  "Überweisen Sie bitte 1.234,56 € bis zum 27.03.2025 auf "
		  "[IBAN]. Mehr unter [URL].", 4 },
		{ "Äußerst ärgerlich: Die Hotline +49 (0)30 123 45 67 war um 14:05 besetzt, "
		  "obwohl 12 % Rabatt versprochen waren.",
		  "Äußerst ärgerlich: Die Hotline [PHONE] war um 14:05 besetzt, "
		  "obwohl 12 % Rabatt versprochen waren.", 1 },
		{ "Kontakt: www.beispiel.de/kontakt oder service@beispiel.de oder 030/1234567; "
		  "Konto DE89370400440532013000", "Kontakt: [URL] oder [EMAIL] oder [PHONE]; "
		  "Konto [IBAN]", 4 },
		{ "Zweimal: max@example.de und max@example.de", "Zweimal: [EMAIL] und [EMAIL]", 2 },
		{ "Nichts zu schwärzen: Umsatz 2024-Q3 stieg um 12 % auf 1.234,56 € (v2.3.1).",
		  "Nichts zu schwärzen: Umsatz 2024-Q3 stieg um 12 % auf 1.234,56 € (v2.3.1).", 0 },
		{ "", "", 0 },
		{ "Öl", "Öl", 0 },
	};

	(void)state;
	CHECK_REDACT(cases);
}

/* Length-based: NUL bytes are text like any other; results do not leak between calls;
 * count may be NULL. */
static void test_bytes_and_reuse(void **state)
{
	static const char in[] = "a\0b 030 1234567\0c";
	static const char expect[] = "a\0b [PHONE]\0c";
	struct tenor_redactor *r;
	const char *out;
	size_t outlen;
	unsigned count;

	(void)state;
	assert_int_equal(tenor_redactor_new(&r), TENOR_OK);
	assert_int_equal(tenor_redact(r, in, sizeof(in) - 1, &out, &outlen, &count), TENOR_OK);
	assert_int_equal(outlen, sizeof(expect) - 1);
	assert_memory_equal(out, expect, outlen);
	assert_int_equal(out[outlen], 0);
	assert_int_equal(count, 1);
	assert_int_equal(tenor_redact(r, S("kurz"), &out, &outlen, NULL), TENOR_OK);
	assert_string_equal(out, "kurz");
	assert_int_equal(outlen, 4);
	assert_int_equal(tenor_redact(r, NULL, 0, &out, &outlen, &count), TENOR_OK);
	assert_string_equal(out, "");
	assert_int_equal(count, 0);
	tenor_redactor_free(r);
}

/* Many matches in a long text, and long runs of what almost matches, finish in one piece:
 * no limit is hit. */
static void test_long_text(void **state)
{
	static const char unit[] = "Tel. 030 1234567, max@example.de, am 27.03.2025 um 14:05. ";
	static const char unit_out[] = "Tel. [PHONE], [EMAIL], am 27.03.2025 um 14:05. ";
	static const char *const runs[] = { "0", "01 ", "a", "a@", "DE89 ", "www.", "+4", "a.",
					    "a.de/", "030.", "030 12.", "+49 30." };
	enum { N = 20000 };
	size_t ulen = sizeof(unit) - 1, olen = sizeof(unit_out) - 1, i, k;
	char *in = malloc(N * ulen);
	struct tenor_redactor *r;
	const char *out;
	size_t outlen;
	unsigned count;

	(void)state;
	assert_non_null(in);
	for (i = 0; i < N; i++)
		memcpy(in + i * ulen, unit, ulen);
	assert_int_equal(tenor_redactor_new(&r), TENOR_OK);
	assert_int_equal(tenor_redact(r, in, N * ulen, &out, &outlen, &count), TENOR_OK);
	assert_int_equal(count, 2 * N);
	assert_int_equal(outlen, N * olen);
	for (i = 0; i < N; i++)
		assert_memory_equal(out + i * olen, unit_out, olen);
	for (k = 0; k < sizeof(runs) / sizeof(runs[0]); k++) {
		size_t rlen = strlen(runs[k]), reps = N * ulen / rlen;

		print_message("run of '%s'\n", runs[k]);
		for (i = 0; i < reps; i++)
			memcpy(in + i * rlen, runs[k], rlen);
		assert_int_equal(tenor_redact(r, in, reps * rlen, &out, &outlen, &count),
				 TENOR_OK);
	}
	tenor_redactor_free(r);
	free(in);
}

static void test_errors(void **state)
{
	struct tenor_redactor *r;
	const char *out = "x";
	size_t outlen = 1;
	unsigned count = 7;

	(void)state;
	assert_int_equal(tenor_redactor_new(NULL), TENOR_EINVAL);
	assert_int_equal(tenor_redactor_new(&r), TENOR_OK);
	assert_int_equal(tenor_redact(r, S("ok \xC3"), &out, &outlen, &count), TENOR_EUTF8);
	assert_null(out);
	assert_int_equal(outlen, 0);
	assert_int_equal(count, 0);
	assert_int_equal(tenor_redact(r, S("M\xE4rkte"), &out, &outlen, &count), TENOR_EUTF8);
	assert_int_equal(tenor_redact(r, NULL, 1, &out, &outlen, &count), TENOR_EINVAL);
	assert_int_equal(tenor_redact(r, S("a"), NULL, &outlen, &count), TENOR_EINVAL);
	assert_int_equal(tenor_redact(r, S("a"), &out, NULL, &count), TENOR_EINVAL);
	assert_int_equal(tenor_redact(NULL, S("a"), &out, &outlen, &count), TENOR_EINVAL);
	/* still usable after the errors */
	assert_int_equal(tenor_redact(r, S("info@example.de"), &out, &outlen, &count), TENOR_OK);
	assert_string_equal(out, "[EMAIL]");
	tenor_redactor_free(r);
	tenor_redactor_free(NULL);
}

/* Every allocation in turn fails, PCRE2's included: TENOR_ENOMEM, nothing leaks, and a
 * redactor that was made works once memory is back. */
static void test_out_of_memory(void **state)
{
	static const char in[] = "Tel. 030 1234567, https://example.de, max@example.de, "
				 "DE89 3704 0044 0532 0130 00";
	static const char expect[] = "Tel. [PHONE], [URL], [EMAIL], [IBAN]";
	unsigned long n;
	int done = 0;

	(void)state;
	for (n = 1; !done && n < 500; n++) {
		struct tenor_redactor *r = NULL;
		const char *out;
		size_t outlen;
		unsigned count;
		int rc;

		tenor_alloc_fail_at(n);
		rc = tenor_redactor_new(&r);
		if (rc == TENOR_OK)
			rc = tenor_redact(r, S(in), &out, &outlen, &count);
		tenor_alloc_fail_at(0);
		if (rc == TENOR_OK) {
			done = 1;
		} else {
			assert_int_equal(rc, TENOR_ENOMEM);
			if (r)
				assert_int_equal(tenor_redact(r, S(in), &out, &outlen, &count),
						 TENOR_OK);
		}
		if (r) {
			assert_string_equal(out, expect);
			assert_int_equal(count, 4);
		}
		tenor_redactor_free(r);
	}
	assert_true(done);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_urls),
		cmocka_unit_test(test_not_urls),
		cmocka_unit_test(test_emails),
		cmocka_unit_test(test_ibans),
		cmocka_unit_test(test_phones),
		cmocka_unit_test(test_not_phones),
		cmocka_unit_test(test_mixed),
		cmocka_unit_test(test_bytes_and_reuse),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_out_of_memory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
