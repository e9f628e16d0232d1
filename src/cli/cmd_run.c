/*
 * cmd_run.c - `tenor run`: the main job. Ingests a corpus directory as its manifest says
 * (a rerun adds nothing), prints the report by quarter and team, and writes it as HTML.
 */
#include "cli.h"

#include <errno.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: tenor run [--db FILE] [--corpus DIR] [--by COL] [--period P] [--html FILE]\n"
	"\n"
	"Ingests DIR (default: corpus) into the database as DIR/ingest.txt says, then prints\n"
	"the report by period (default quarter) and group (default team) and writes it as\n"
	"HTML (default report.html). A rerun ingests nothing new.\n"
	"\n"
	"ingest.txt: one 'tenor ingest' a line, its options and files (globs allowed,\n"
	"relative to DIR), words separated by blanks; '#' starts a comment.\n";

enum { O_CORPUS = 1, O_BY, O_PERIOD, O_HTML };

static const struct opt opts[] = {
	{ "corpus", 0, 1, O_CORPUS },
	{ "by", 0, 1, O_BY },
	{ "period", 0, 1, O_PERIOD },
	{ "html", 0, 1, O_HTML },
	{ NULL, 0, 0, 0 }
};

#define MAX_WORDS 256

/* Runs one manifest line as 'tenor ingest WORDS', files relative to dir. */
static int ingest_line(struct cli *cli, const char *dir, char *line, const char *where)
{
	char *argv[MAX_WORDS + 2];
	char *owned[MAX_WORDS];
	char shown[512];
	int argc = 0, nowned = 0, status, i;
	char *w, *save = line;
	glob_t gl;

	argv[argc++] = "ingest";
	snprintf(shown, sizeof(shown), "%s", line + strspn(line, " \t"));
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
		if (w[0] == '-') {
			if (argc >= MAX_WORDS)
				break;
			argv[argc++] = w;
			continue;
		}
		/* A file or a value: a file when a glob of it inside dir matches. */
		{
			size_t n = strlen(dir) + strlen(w) + 2;
			char *path = malloc(n);
			size_t j;
			if (!path)
				return EXIT_ERROR;
			snprintf(path, n, "%s/%s", dir, w);
			if (glob(path, 0, NULL, &gl) == 0) {
				for (j = 0; j < gl.gl_pathc && argc < MAX_WORDS && nowned < MAX_WORDS;
				     j++) {
					owned[nowned] = strdup(gl.gl_pathv[j]);
					if (owned[nowned])
						argv[argc++] = owned[nowned++];
				}
				globfree(&gl);
			} else {
				argv[argc++] = w;
			}
			free(path);
		}
	}
	argv[argc] = NULL;
	if (argc == 1)
		return EXIT_OK;
	cli_error("%s: tenor ingest %s", where, shown);
	status = cmd_ingest(argc, argv, cli);
	for (i = 0; i < nowned; i++)
		free(owned[i]);
	return status;
}

int cmd_run(int argc, char **argv, struct cli *cli)
{
	struct optparse p;
	const char *v, *dir = "corpus", *by = "team", *period = "quarter", *html = "report.html";
	char manifest[4096], line[4096], where[4200];
	unsigned lineno = 0;
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
	snprintf(manifest, sizeof(manifest), "%s/ingest.txt", dir);
	if (!(f = fopen(manifest, "r"))) {
		cli_error("cannot open '%s': %s", manifest, strerror(errno));
		return EXIT_ERROR;
	}
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		line[strcspn(line, "\r\n")] = 0;
		snprintf(where, sizeof(where), "%s:%u", manifest, lineno);
		rc = ingest_line(cli, dir, line, where);
		if (rc == EXIT_PARTIAL)
			status = EXIT_PARTIAL;
		else if (rc) {
			fclose(f);
			return rc;
		}
	}
	fclose(f);
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
