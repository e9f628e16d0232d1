/*
 * common.c - option parsing, messages, lexicon loading and JSON building shared by the
 * subcommands.
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef TENOR_DATADIR
#define TENOR_DATADIR "/usr/local/share/tenor"
#endif

enum { G_LEXICONS = 1000, G_LEXICON, G_DEFAULT_LANG, G_DB };

static const struct opt global_opts[] = {
	{ "db", 0, 1, G_DB },
	{ "lexicons", 0, 1, G_LEXICONS },
	{ "lexicon", 0, 1, G_LEXICON },
	{ "default-lang", 0, 1, G_DEFAULT_LANG },
	{ NULL, 0, 0, 0 }
};

int cli_use_color(void)
{
	const char *nc = getenv("NO_COLOR");
	return isatty(STDOUT_FILENO) && !(nc && *nc);
}

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fflush(stdout);
	fputs("tenor: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_usage_error(const char *usage, const char *fmt, ...)
{
	va_list ap;
	fputs("tenor: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n%s", usage);
	return EXIT_USAGE;
}

void opt_init(struct optparse *p, int argc, char **argv)
{
	p->argc = argc;
	p->argv = argv;
	p->i = 1;
	p->dashdash = 0;
}

static const struct opt *find_opt(const struct opt *t, const char *name, size_t n, char alias)
{
	for (; t && t->name; t++)
		if ((alias && t->alias == alias) ||
		    (!alias && strlen(t->name) == n && strncmp(t->name, name, n) == 0))
			return t;
	return NULL;
}

static int global(const struct opt *o, const char *v, struct cli *cli)
{
	switch (o->id) {
	case G_LEXICONS:
		cli->lexicons = v;
		break;
	case G_LEXICON:
		if (cli->nlexfiles == CLI_MAX_LEXFILES) {
			cli_error("at most %d --lexicon files", CLI_MAX_LEXFILES);
			return OPT_BAD;
		}
		cli->lexfiles[cli->nlexfiles++] = v;
		break;
	case G_DEFAULT_LANG:
		cli->default_lang = v;
		break;
	case G_DB:
		cli->db = v;
		break;
	}
	return 0;
}

int opt_next(struct optparse *p, const struct opt *opts, struct cli *cli, const char **value)
{
	for (;;) {
		const char *a, *eq, *name;
		const struct opt *o;
		size_t n;
		char alias = 0;

		if (p->i >= p->argc)
			return OPT_END;
		a = p->argv[p->i++];
		*value = NULL;
		if (p->dashdash || a[0] != '-' || a[1] == 0) {
			*value = a;
			return OPT_ARG;
		}
		if (strcmp(a, "--") == 0) {
			p->dashdash = 1;
			continue;
		}
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
			return OPT_HELP;
		if (a[1] != '-') {
			if (a[2]) {
				cli_error("unknown option '%s'", a);
				return OPT_BAD;
			}
			alias = a[1];
			name = a + 1;
			n = 1;
			eq = NULL;
		} else {
			name = a + 2;
			eq = strchr(name, '=');
			n = eq ? (size_t)(eq - name) : strlen(name);
		}
		o = find_opt(opts, name, n, alias);
		if (!o)
			o = find_opt(global_opts, name, n, alias);
		if (!o) {
			cli_error("unknown option '%s'", a);
			return OPT_BAD;
		}
		if (o->takes_value) {
			if (eq)
				*value = eq + 1;
			else if (p->i < p->argc)
				*value = p->argv[p->i++];
			else {
				cli_error("option '--%s' needs a value", o->name);
				return OPT_BAD;
			}
		} else if (eq) {
			cli_error("option '--%s' takes no value", o->name);
			return OPT_BAD;
		}
		if (o->id >= G_LEXICONS) {
			if (global(o, *value, cli) == OPT_BAD)
				return OPT_BAD;
			continue;
		}
		return o->id;
	}
}

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void lexicon_error(const struct tenor_lexicon *lx, int rc, json_t *errors)
{
	const char *msg = tenor_lexicon_error(lx);
	char buf[200];

	if (!*msg) {
		snprintf(buf, sizeof(buf), "cannot load lexicons: %s", tenor_strerror(rc));
		msg = buf;
	}
	while (*msg) {
		const char *nl = strchr(msg, '\n');
		size_t n = nl ? (size_t)(nl - msg) : strlen(msg);
		if (errors)
			json_array_append_new(errors, json_stringn(msg, n));
		else
			cli_error("%.*s", (int)n, msg);
		msg += n + (nl != NULL);
	}
}

int cli_load_lexicon(const struct cli *cli, struct tenor_lexicon **out)
{
	return cli_load_lexicon_to(cli, out, NULL);
}

int cli_load_lexicon_to(const struct cli *cli, struct tenor_lexicon **out, json_t *errors)
{
	struct tenor_lexicon *lx;
	const char *dir = cli->lexicons;
	size_t i;
	int rc, failed = 0;

	*out = NULL;
	if ((rc = tenor_lexicon_new(&lx))) {
		cli_error("%s", tenor_strerror(rc));
		return EXIT_ERROR;
	}
	/* --lexicon files alone replace the default directory; with --lexicons both count. */
	if (!dir && cli->nlexfiles == 0) {
		dir = getenv("TENOR_LEXICONS");
		if (!dir || !*dir)
			dir = is_dir("lexicons") ? "lexicons" : TENOR_DATADIR "/lexicons";
	}
	if (dir && (rc = tenor_lexicon_add_dir(lx, dir))) {
		lexicon_error(lx, rc, errors);
		failed = 1;
	}
	for (i = 0; i < cli->nlexfiles; i++)
		if ((rc = tenor_lexicon_add_liwc(lx, cli->lexfiles[i]))) {
			lexicon_error(lx, rc, errors);
			failed = 1;
		}
	if (!failed && (rc = tenor_lexicon_freeze(lx))) {
		lexicon_error(lx, rc, errors);
		failed = 1;
	}
	if (failed) {
		tenor_lexicon_free(lx);
		return EXIT_ERROR;
	}
	*out = lx;
	return EXIT_OK;
}

int cli_analyzer(const struct cli *cli, const struct tenor_lexicon *lx,
		 struct tenor_analyzer **out)
{
	int rc = tenor_analyzer_new(lx, out);
	if (rc) {
		cli_error("%s", tenor_strerror(rc));
		return EXIT_ERROR;
	}
	if (cli->default_lang && (rc = tenor_analyzer_set_default_lang(*out, cli->default_lang))) {
		cli_error("--default-lang '%s': %s", cli->default_lang, tenor_strerror(rc));
		tenor_analyzer_free(*out);
		*out = NULL;
		return EXIT_ERROR;
	}
	return EXIT_OK;
}

json_t *cli_json_categories(const struct tenor_lexicon *lx, const struct tenor_result *r)
{
	json_t *cats = json_object();
	size_t i;

	for (i = 0; cats && i < r->ncategories; i++) {
		const struct tenor_category_result *c = &r->categories[i];
		json_object_set_new(cats, tenor_lexicon_category(lx, i),
				    json_pack("{s:I,s:f,s:I}", "hits", (json_int_t)c->hits,
					      "weight", c->weight, "negated",
					      (json_int_t)c->negated));
	}
	return cats;
}

json_t *cli_json_matches(const struct tenor_lexicon *lx, const struct tenor_result *r,
			 const char *text)
{
	json_t *arr = json_array();
	char source[4096];
	size_t i;

	for (i = 0; arr && i < r->nmatches; i++) {
		const struct tenor_match *m = &r->matches[i];
		struct tenor_entry_info e;
		tenor_lexicon_entry(lx, m->entry, &e);
		snprintf(source, sizeof(source), "%s:%u", e.file, e.line);
		json_array_append_new(
			arr, json_pack("{s:s,s:s,s:s,s:s%,s:I,s:I,s:b,s:f}", "category",
				       tenor_lexicon_category(lx, m->category), "entry", e.text,
				       "source", source, "surface", text + m->start,
				       m->end - m->start, "start", (json_int_t)m->start, "end",
				       (json_int_t)m->end, "negated", m->negated, "weight",
				       m->weight));
	}
	return arr;
}

int cli_close_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_error("cannot write output: %s", strerror(errno));
		return EXIT_ERROR;
	}
	return EXIT_OK;
}

int cli_open_db(const struct cli *cli, unsigned flags, struct tenor_db **out)
{
	const char *path = cli->db;
	int rc;

	if (!path || !*path)
		path = getenv("TENOR_DB");
	if (!path || !*path)
		path = "tenor.db";
	rc = tenor_db_open(path, flags, out);
	if (rc) {
		cli_error("%s: %s", path, *out ? tenor_db_error(*out) : tenor_strerror(rc));
		tenor_db_close(*out);
		*out = NULL;
		return EXIT_ERROR;
	}
	return EXIT_OK;
}

void cli_print_escaped(FILE *f, const char *s, size_t n, size_t max)
{
	size_t i = 0, bad;

	while (i < n && i < max) {
		unsigned char c = (unsigned char)s[i];
		size_t k = 1;
		if (c >= 0x80) {
			/* the length of a valid sequence, else 0 */
			k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
			if (k == 0 || i + k > n || !tenor_utf8_check(s + i, k, &bad))
				k = 0;
		}
		if (k == 0 || c < 0x20 || c == 0x7F || c == '\\') {
			fprintf(f, c == '\\' ? "\\\\" : "\\x%02X", c);
			i++;
			continue;
		}
		fwrite(s + i, 1, k, f);
		i += k;
	}
	if (n > max)
		fputs("...", f);
}

void cli_pad(FILE *f, const char *s, int width)
{
	int n = 0;
	const char *p;

	for (p = s; *p; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	fputs(s, f);
	for (; n < width; n++)
		putc(' ', f);
}

int cli_print_json_to(FILE *f, json_t *o)
{
	int rc = o ? json_dumpf(o, f, CLI_JSON_FLAGS) : -1;

	json_decref(o);
	if (rc || putc('\n', f) == EOF)
		return EXIT_ERROR;
	return EXIT_OK;
}

int cli_print_json(json_t *o)
{
	return cli_print_json_to(stdout, o);
}
