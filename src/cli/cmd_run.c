/*
 * cmd_run.c - `tenor run`: the main job. Ingests a corpus directory as its manifest says
 * (a rerun adds nothing), prints the report by quarter and team, and writes it as HTML.
 */
#include "cli.h"

#include <errno.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char usage[] =
	"usage: tenor run [--db FILE] [--corpus DIR] [--by COL] [--period P] [--html FILE]\n"
	"\n"
	"Ingests DIR (default: corpus) into the database as DIR/ingest.txt says, then prints\n"
	"the report by period (default quarter) and group (default team) and writes it as\n"
	"HTML (default report.html). A rerun ingests nothing new.\n"
	"\n"
	"ingest.txt: one 'tenor ingest' a line, its options and files (globs allowed,\n"
	"relative to DIR), words separated by blanks; '#' starts a comment. The database\n"
	"and the lexicons are tenor run's: --db, --lexicons, --lexicon and --default-lang\n"
	"are not for a line.\n";

enum { O_CORPUS = 1, O_BY, O_PERIOD, O_HTML };

static const struct opt opts[] = {
	{ "corpus", 0, 1, O_CORPUS },
	{ "by", 0, 1, O_BY },
	{ "period", 0, 1, O_PERIOD },
	{ "html", 0, 1, O_HTML },
	{ NULL, 0, 0, 0 }
};

/* A manifest line's words as tenor ingest's arguments, each owned. */
struct args {
	char **v;
	size_t n, cap;
};

static int push(struct args *a, const char *s)
{
	char *copy;

	if (a->n + 2 > a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 16;
		char **v = realloc(a->v, cap * sizeof(*v));
		if (!v)
			return -1;
		a->v = v;
		a->cap = cap;
	}
	if (!(copy = strdup(s)))
		return -1;
	a->v[a->n++] = copy;
	a->v[a->n] = NULL;
	return 0;
}

static void args_free(struct args *a)
{
	size_t i;
	for (i = 0; i < a->n; i++)
		free(a->v[i]);
	free(a->v);
}

/* A file word: every path its glob matches inside dir (an absolute one as it is), or the
 * path itself when none does, so that ingest names the file it could not open there. */
static int push_files(struct args *a, const char *dir, const char *w)
{
	size_t j, n = strlen(dir) + strlen(w) + 2;
	char *path = malloc(n);
	glob_t gl;
	int rc = -1;

	if (!path)
		return -1;
	snprintf(path, n, "%s/%s", dir, w);
	if (glob(w[0] == '/' ? w : path, GLOB_NOCHECK, NULL, &gl) == 0) {
		for (rc = 0, j = 0; j < gl.gl_pathc && rc == 0; j++)
			rc = push(a, gl.gl_pathv[j]);
		globfree(&gl);
	}
	free(path);
	return rc;
}

/* Runs one manifest line as 'tenor ingest WORDS'. A word after an option that takes a
 * value is that value, whatever files have its name; any other word is a file. */
static int ingest_line(struct cli *cli, const char *dir, char *line, const char *where)
{
	struct args a = { 0 };
	int status = EXIT_ERROR, value = 0, global, takes;
	char *w, *save = line + strspn(line, " \t"), shown[512];
	size_t k;

	/* a line written as the command it stands for: 'tenor ingest' is not two files */
	if (strncmp(save, "tenor", 5) == 0 && (k = strspn(save + 5, " \t")) > 0 &&
	    strncmp(save + 5 + k, "ingest", 6) == 0 && strchr(" \t", save[11 + k]))
		save += 11 + k + strspn(save + 11 + k, " \t");

	/* the words are cut apart in line: what is shown is copied first */
	snprintf(shown, sizeof(shown), "%s%s", save, strlen(save) >= sizeof(shown) ? "..." : "");
	if (push(&a, "ingest"))
		goto oom;
	while ((w = save)) {
		while (*w == ' ' || *w == '\t')
			w++;
		if (!*w || *w == '#')
			break;
		save = w + strcspn(w, " \t");
		if (*save)
			*save++ = 0;
		else
			save = NULL;
		if (value) {
			value = 0;
			if (push(&a, w))
				goto oom;
		} else if (w[0] == '-' && cli_word_option(ingest_opts, w, &global, &takes)) {
			if (global) {
				cli_error("%s: %s is tenor run's, not for a line of the manifest: give "
					  "it to tenor run", where, w);
				status = EXIT_USAGE;
				goto out;
			}
			value = takes;
			if (push(&a, w))
				goto oom;
		} else if (w[0] == '-') {
			if (push(&a, w))  /* '-' (standard input) or a mistake ingest names */
				goto oom;
		} else if (push_files(&a, dir, w)) {
			goto oom;
		}
	}
	if (a.n == 1) {
		status = EXIT_OK;
		goto out;
	}
	cli_error("%s: tenor ingest %s", where, shown);
	status = cmd_ingest((int)a.n, a.v, cli);
	goto out;
oom:
	cli_error("out of memory");
out:
	args_free(&a);
	return status;
}

/* What tenor run's report needs is checked before anything is ingested. */
static int check_html(const char *html)
{
	const char *slash = strrchr(html, '/');
	char dir[4096];
	struct stat st;

	snprintf(dir, sizeof(dir), "%.*s", slash ? (int)(slash - html) + (slash == html) : 1,
		 slash ? html : ".");
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		cli_error("--html '%s': no directory '%s'", html, dir);
		return EXIT_ERROR;
	}
	/* else the corpus would be ingested before the report finds it cannot be written */
	if (!*html || (slash && !slash[1]) || (stat(html, &st) == 0 && S_ISDIR(st.st_mode))) {
		cli_error("--html '%s': a directory, not a file", html);
		return EXIT_ERROR;
	}
	return EXIT_OK;
}

int cmd_run(int argc, char **argv, struct cli *cli)
{
	struct optparse p;
	const char *v, *dir = "corpus", *by = "team", *period = "quarter", *html = "report.html";
	char *manifest = NULL, *line = NULL, where[4200];
	size_t cap = 0, n;
	unsigned lineno = 0;
	enum tenor_period kind;
	FILE *f;
	int id, status = EXIT_OK, rc;

	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, opts, cli, &v)) != OPT_END) {
		switch (id) {
		case OPT_HELP:
			fputs(usage, stdout);
			return cli_close_stdout();
		case OPT_BAD:
			return cli_usage_error(usage, "see 'tenor run --help'");
		case OPT_ARG:
			return cli_usage_error(usage, "unexpected argument '%s'", v);
		case O_CORPUS: dir = v; break;
		case O_BY: by = v; break;
		case O_PERIOD: period = v; break;
		case O_HTML: html = v; break;
		}
	}
	if (cli_parse_period(period, &kind))
		return cli_usage_error(usage, "--period takes week, month, quarter, year or wave");
	if (check_html(html))
		return EXIT_ERROR;
	n = strlen(dir) + sizeof("/ingest.txt");
	if (!(manifest = malloc(n))) {
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	snprintf(manifest, n, "%s/ingest.txt", dir);
	if (!(f = fopen(manifest, "r"))) {
		cli_error("cannot open '%s': %s", manifest, strerror(errno));
		free(manifest);
		return EXIT_ERROR;
	}
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		line[strcspn(line, "\r\n")] = 0;
		/* Windows editors save UTF-8 with a byte order mark: not part of the first word */
		if (lineno == 1 && strncmp(line, "\xef\xbb\xbf", 3) == 0)
			memmove(line, line + 3, strlen(line + 3) + 1);
		snprintf(where, sizeof(where), "%.4000s:%u", manifest, lineno);
		rc = ingest_line(cli, dir, line, where);
		if (rc == EXIT_PARTIAL) {
			status = EXIT_PARTIAL;
		} else if (rc) {
			status = rc;
			break;
		}
	}
	if (ferror(f) && status != EXIT_ERROR && status != EXIT_USAGE) {
		cli_error("cannot read '%s': %s", manifest, strerror(errno));
		status = EXIT_ERROR;
	}
	fclose(f);
	free(line);
	free(manifest);
	if (status != EXIT_OK && status != EXIT_PARTIAL)
		return status;
	{
		char *rargv[] = { "report", "--by", (char *)by, "--period", (char *)period,
				  "--format", "html", "-o", (char *)html, NULL };
		if ((rc = cmd_report(9, rargv, cli)))
			return rc;
		cli_error("wrote %s", html);
	}
	{
		char *rargv[] = { "report", "--by", (char *)by, "--period", (char *)period, NULL };
		if ((rc = cmd_report(5, rargv, cli)))
			return rc;
	}
	return status;
}
