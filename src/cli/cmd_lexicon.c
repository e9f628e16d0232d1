/*
 * cmd_lexicon.c - `tenor lexicon check|list|stats`: validating lexicons and showing what
 * they compile to.
 */
#include "cli.h"

#include <stdint.h>
#include <string.h>

static const char usage[] =
	"usage: tenor lexicon check|list|stats [--json]\n"
	"\n"
	"  check   validate the active lexicons: errors as file:line (exit 1), warnings for\n"
	"          duplicates, words that stem into two categories, exceptions that except\n"
	"          nothing\n"
	"  list    every compiled entry: language, category, kind, entry, what it compares\n"
	"          (stems or forms), weight, source\n"
	"  stats   entries per language, category and kind\n"
	"\n"
	"  --json  machine-readable output\n";

enum { O_JSON = 1 };

static const struct opt opts[] = {
	{ "json", 0, 0, O_JSON },
	{ NULL, 0, 0, 0 }
};

static const char *const kind_names[] = { "word", "prefix", "compound", "exact", "phrase",
					  "regex", "exception", "negator", "contrast" };
#define NKINDS (sizeof(kind_names) / sizeof(kind_names[0]))

static int check(const struct cli *cli, int json)
{
	struct tenor_lexicon *lx;
	json_t *errors = json ? json_array() : NULL;
	size_t i;
	int status;

	status = cli_load_lexicon_to(cli, &lx, errors);
	if (status) {
		if (json)
			cli_print_json(json_pack("{s:b,s:o,s:[]}", "ok", 0, "errors", errors, "warnings"));
		return EXIT_ERROR;
	}
	if (json) {
		json_t *w = json_array();
		for (i = 0; i < tenor_lexicon_warning_count(lx); i++)
			json_array_append_new(w, json_string(tenor_lexicon_warning(lx, i)));
		status = cli_print_json(json_pack("{s:b,s:o,s:o,s:I,s:I,s:s}", "ok", 1, "errors", errors,
					"warnings", w, "entries",
					(json_int_t)tenor_lexicon_entry_count(lx), "categories",
					(json_int_t)tenor_lexicon_category_count(lx), "version",
					tenor_lexicon_version(lx)));
	} else {
		size_t ne = tenor_lexicon_entry_count(lx), nc = tenor_lexicon_category_count(lx);
		size_t nl = tenor_lexicon_lang_count(lx), nw = tenor_lexicon_warning_count(lx);
		for (i = 0; i < nw; i++) {
			const char *w = tenor_lexicon_warning(lx, i);
			fputs("warning: ", stdout);
			cli_print_escaped(stdout, w, strlen(w), SIZE_MAX);
			putchar('\n');
		}
		printf("ok: %zu entr%s, %zu categor%s, %zu language%s, %zu warning%s, version %s\n",
		       ne, ne == 1 ? "y" : "ies", nc, nc == 1 ? "y" : "ies", nl, nl == 1 ? "" : "s",
		       nw, nw == 1 ? "" : "s", tenor_lexicon_version(lx));
	}
	tenor_lexicon_free(lx);
	return status;
}

static int list(const struct tenor_lexicon *lx, int json)
{
	json_t *arr = json ? json_array() : NULL;
	size_t i;

	if (!json)
		printf("lang\tcategory\tkind\tentry\tcompiled\tweight\tsource\n");
	for (i = 0; i < tenor_lexicon_entry_count(lx); i++) {
		struct tenor_entry_info e;
		tenor_lexicon_entry(lx, i, &e);
		if (json)
			json_array_append_new(
				arr, json_pack("{s:s,s:s?,s:s,s:s,s:s,s:f,s:s,s:I}", "lang", e.lang,
					       "category", e.category, "kind", kind_names[e.kind],
					       "entry", e.text, "compiled", e.compiled, "weight",
					       e.weight, "file", e.file, "line", (json_int_t)e.line));
		else
			printf("%s\t%s\t%s\t%s\t%s\t%g\t%s:%u\n", e.lang,
			       e.category ? e.category : "-", kind_names[e.kind], e.text,
			       e.compiled, e.weight, e.file, e.line);
	}
	return json ? cli_print_json(arr) : EXIT_OK;
}

static int stats(const struct tenor_lexicon *lx, int json)
{
	size_t nl = tenor_lexicon_lang_count(lx) + 1, nc = tenor_lexicon_category_count(lx) + 1;
	size_t *counts = calloc(nl * nc * NKINDS, sizeof(*counts));
	const char **langs = calloc(nl, sizeof(*langs));
	json_t *arr = json ? json_array() : NULL;
	size_t i, l, c, k;

	if (!counts || !langs) {
		free(counts);
		free(langs);
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	/* slot 0 holds language-independent (LIWC) entries */
	langs[0] = "*";
	for (l = 1; l < nl; l++)
		langs[l] = tenor_lexicon_lang(lx, l - 1);
	for (i = 0; i < tenor_lexicon_entry_count(lx); i++) {
		struct tenor_entry_info e;
		tenor_lexicon_entry(lx, i, &e);
		for (l = 0; l < nl && strcmp(langs[l], e.lang) != 0; l++)
			;
		for (c = 0; c + 1 < nc && e.category &&
			    strcmp(tenor_lexicon_category(lx, c), e.category) != 0;
		     c++)
			;
		if (!e.category)
			c = nc - 1;
		counts[(l * nc + c) * NKINDS + e.kind]++;
	}
	if (!json) {
		printf("%-6s %-16s", "lang", "category");
		for (k = 0; k < NKINDS; k++)
			printf(" %9s", kind_names[k]);
		printf(" %9s\n", "total");
	}
	for (l = 0; l < nl; l++)
		for (c = 0; c < nc; c++) {
			size_t total = 0;
			const char *cat = c + 1 < nc ? tenor_lexicon_category(lx, c) : "-";
			json_t *kinds = json ? json_object() : NULL;
			for (k = 0; k < NKINDS; k++) {
				total += counts[(l * nc + c) * NKINDS + k];
				if (json && counts[(l * nc + c) * NKINDS + k])
					json_object_set_new(kinds, kind_names[k],
							    json_integer((json_int_t)counts[(l * nc + c) * NKINDS + k]));
			}
			if (!total) {
				json_decref(kinds);
				continue;
			}
			if (json) {
				json_array_append_new(arr, json_pack("{s:s,s:s?,s:o,s:I}", "lang",
								     langs[l], "category",
								     c + 1 < nc ? cat : NULL, "kinds",
								     kinds, "total", (json_int_t)total));
				continue;
			}
			printf("%-6s %-16s", langs[l], cat);
			for (k = 0; k < NKINDS; k++)
				printf(" %9zu", counts[(l * nc + c) * NKINDS + k]);
			printf(" %9zu\n", total);
		}
	free(counts);
	free(langs);
	return json ? cli_print_json(arr) : EXIT_OK;
}

int cmd_lexicon(int argc, char **argv, struct cli *cli)
{
	struct optparse p;
	struct tenor_lexicon *lx = NULL;
	const char *v, *sub = NULL;
	int id, json = 0, status;

	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, opts, cli, &v)) != OPT_END) {
		switch (id) {
		case OPT_HELP:
			fputs(usage, stdout);
			return cli_close_stdout();
		case OPT_BAD:
			return cli_usage_error(usage, "see 'tenor lexicon --help'");
		case O_JSON:
			json = 1;
			break;
		case OPT_ARG:
			if (sub)
				return cli_usage_error(usage, "unexpected argument '%s'", v);
			sub = v;
			break;
		}
	}
	if (!sub)
		return cli_usage_error(usage, "say check, list or stats");
	if (strcmp(sub, "check") == 0)
		status = check(cli, json);
	else if (strcmp(sub, "list") != 0 && strcmp(sub, "stats") != 0)
		return cli_usage_error(usage, "'%s' is not check, list or stats", sub);
	else if ((status = cli_load_lexicon(cli, &lx)) == EXIT_OK)
		status = sub[0] == 'l' ? list(lx, json) : stats(lx, json);
	tenor_lexicon_free(lx);
	if (cli_close_stdout())
		status = EXIT_ERROR;
	return status;
}
