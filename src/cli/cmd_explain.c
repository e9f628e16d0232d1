/*
 * cmd_explain.c - `tenor explain`: one text, with what it matched and why, for people or
 * (--json) for programs.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: tenor explain [--lang L|auto] [--json] [--] [TEXT...]\n"
	"\n"
	"Shows the words of TEXT (the arguments joined by spaces, or standard input) that\n"
	"match the lexicons, marked in the text, and a table per category. A TEXT that starts\n"
	"with '-' and a blank (a bullet) is text; after '--' every argument is.\n"
	"\n"
	"  --lang L   language of the text: de, en, ... or auto (default: auto)\n"
	"  --json     one JSON object: lang, tokens, categories, matches\n";

enum { O_LANG = 1, O_JSON };

static const struct opt opts[] = {
	{ "lang", 0, 1, O_LANG },
	{ "json", 0, 0, O_JSON },
	{ NULL, 0, 0, 0 }
};

#define TEXT_MAX ((size_t)256 << 20)

static int read_all(FILE *f, char **out, size_t *len)
{
	size_t cap = 65536, n = 0, k;
	char *b = malloc(cap);

	if (!b)
		return -1;
	while ((k = fread(b + n, 1, cap - n, f)) > 0) {
		n += k;
		if (n == cap) {
			char *nb;
			if (cap > TEXT_MAX) {
				free(b);
				return -2;
			}
			cap *= 2;
			if (!(nb = realloc(b, cap))) {
				free(b);
				return -1;
			}
			b = nb;
		}
	}
	if (ferror(f)) {
		free(b);
		return -3;
	}
	*out = b;
	*len = n;
	return 0;
}

/* ANSI colours per category position; negated matches are dim. */
static const char *const colors[] = { "\033[1;31m", "\033[1;32m", "\033[1;34m", "\033[1;33m",
				      "\033[1;35m", "\033[1;36m" };

/* The text as given, but no control character (an escape sequence) reaches the terminal. */
static void put_safe(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		putchar(((unsigned char)s[i] < 0x20 && s[i] != '\n' && s[i] != '\t') || s[i] == 0x7F
				? '?' : s[i]);
}

/* Overlapping matches (a phrase of one category over a word of another) are marked as one
 * span with every category they have, so that each is seen in the text. */
static void print_marked(const struct tenor_lexicon *lx, const struct tenor_result *r,
			 const char *text, size_t len, int color)
{
	size_t pos = 0, i = 0, j, k;

	fputs("  ", stdout);
	while (i < r->nmatches) {
		const struct tenor_match *m = &r->matches[i];
		size_t end = m->end;
		int all_negated = m->negated;
		for (j = i + 1; j < r->nmatches && r->matches[j].start < end; j++) {
			if (r->matches[j].end > end)
				end = r->matches[j].end;
			all_negated &= r->matches[j].negated;
		}
		if (m->start >= pos) {
			put_safe(text + pos, m->start - pos);
			pos = m->start;
		}
		if (color)
			fputs(all_negated ? "\033[2;9m" : colors[m->category % 6], stdout);
		putchar('[');
		put_safe(text + pos, end - pos);
		fputs("]{", stdout);
		for (k = i; k < j; k++) {
			const struct tenor_match *o = &r->matches[k];
			size_t d;
			for (d = i; d < k; d++)
				if (r->matches[d].category == o->category &&
				    r->matches[d].negated == o->negated)
					break;
			if (d < k)
				continue;  /* said already */
			printf("%s%s%s", k > i ? "; " : "", tenor_lexicon_category(lx, o->category),
			       o->negated ? ", negated" : "");
		}
		putchar('}');
		if (color)
			fputs("\033[0m", stdout);
		pos = end;
		i = j;
	}
	put_safe(text + pos, len - pos);
	putchar('\n');
}

static void print_human(const struct tenor_lexicon *lx, const struct tenor_result *r,
			const char *text, size_t len, int color)
{
	size_t i, w = 8;

	/* A trailing newline from stdin would only add an empty line. */
	while (len && (text[len - 1] == '\n' || text[len - 1] == '\r'))
		len--;
	for (i = 0; i < r->ncategories; i++)
		if (strlen(tenor_lexicon_category(lx, i)) > w)
			w = strlen(tenor_lexicon_category(lx, i));
	printf("language %s, %zu tokens\n\n", r->lang, r->tokens);
	print_marked(lx, r, text, len, color);
	if (r->nmatches) {
		printf("\nmatches:\n");
		for (i = 0; i < r->nmatches; i++) {
			const struct tenor_match *m = &r->matches[i];
			struct tenor_entry_info e;
			tenor_lexicon_entry(lx, m->entry, &e);
			const char *cat = tenor_lexicon_category(lx, m->category);
			fputs("  ", stdout);
			cli_pad(stdout, text + m->start, m->end - m->start, 20);
			putchar(' ');
			cli_pad(stdout, cat, strlen(cat), (int)w);
			printf(" %-8s ", m->negated ? "negated" : "");
			cli_pad(stdout, e.text, strlen(e.text), 24);
			printf(" %s:%u\n", e.file, e.line);
		}
	}
	printf("\n  %-*s %6s %8s %8s\n", (int)w, "category", "hits", "weight", "negated");
	for (i = 0; i < r->ncategories; i++) {
		const struct tenor_category_result *c = &r->categories[i];
		printf("  %-*s %6u %8.2f %8u\n", (int)w, tenor_lexicon_category(lx, i), c->hits,
		       c->weight, c->negated);
	}
	if (r->regex_limited)
		printf("\n  %u regex run(s) stopped at their match limit\n", r->regex_limited);
}

static int print_json(const struct tenor_lexicon *lx, const struct tenor_result *r,
		      const char *text)
{
	struct cli_buf b = { 0 };
	struct cli_cats cats;
	int status;

	if (cli_cats_new(lx, &cats))
		return EXIT_ERROR;
	cli_buf_addc(&b, '{');
	cli_put_results(&b, lx, &cats, r, text, 1);
	cli_buf_adds(&b, "}\n");
	status = cli_buf_write(&b, stdout);
	free(b.data);
	cli_cats_free(&cats);
	return status == EXIT_OK && ferror(stdout) ? EXIT_ERROR : status;
}

int cmd_explain(int argc, char **argv, struct cli *cli)
{
	struct optparse p;
	struct tenor_lexicon *lx = NULL;
	struct tenor_analyzer *a = NULL;
	const struct tenor_result *r;
	const char *v, *lang = "auto";
	char *text = NULL;
	size_t len = 0, cap = 0;
	int id, json = 0, rc, status = EXIT_ERROR, have_args = 0;

	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, opts, cli, &v)) != OPT_END) {
		switch (id) {
		case OPT_HELP:
			fputs(usage, stdout);
			return cli_close_stdout();
		case OPT_BAD:
			free(text);
			return cli_usage_error(usage, "see 'tenor explain --help'");
		case O_LANG:
			lang = v;
			break;
		case O_JSON:
			json = 1;
			break;
		case OPT_ARG: {
			size_t n = strlen(v);
			char *nt;
			if (len + n + 2 > cap) {
				cap = (len + n + 2) * 2;
				if (!(nt = realloc(text, cap))) {
					free(text);
					cli_error("out of memory");
					return EXIT_ERROR;
				}
				text = nt;
			}
			if (have_args)
				text[len++] = ' ';
			memcpy(text + len, v, n);
			len += n;
			text[len] = 0;
			have_args = 1;
			break;
		}
		}
	}
	if (!have_args) {
		int e = read_all(stdin, &text, &len);
		if (e) {
			cli_error(e == -2 ? "standard input: text larger than 256 MiB"
			  : e == -3 ? "cannot read standard input" : "out of memory");
			return EXIT_ERROR;
		}
	}
	if (cli_load_lexicon(cli, &lx) || cli_analyzer(cli, lx, &a))
		goto out;
	/* a language without lexicons is a usage error, as ingest's --lang is */
	if ((status = cli_check_lang(lx, lang, usage)) != EXIT_OK)
		goto out;
	status = EXIT_ERROR;
	rc = tenor_analyze(a, text, len, lang, &r);
	if (rc) {
		cli_error("%s", tenor_analyzer_error(a));
		goto out;
	}
	if (json)
		status = print_json(lx, r, text);
	else {
		print_human(lx, r, text, len, cli->color);
		status = EXIT_OK;
	}
	if (cli_close_stdout())
		status = EXIT_ERROR;
out:
	tenor_analyzer_free(a);
	tenor_lexicon_free(lx);
	free(text);
	return status;
}
