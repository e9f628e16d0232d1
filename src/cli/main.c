/*
 * main.c - the tenor command: global options, then one subcommand from the table below.
 */
#include "cli.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: tenor [--db FILE] [--lexicons DIR] [--lexicon FILE.dic]... [--default-lang L]\n"
	"             COMMAND [ARGS]\n"
	"\n"
	"commands:\n"
	"  explain   show what a text matches, word by word\n"
	"  score     score documents (JSON lines, CSV, text) into JSON lines\n"
	"  lexicon   check, list or count the lexicon entries\n"
	"  ingest    read exports (CSV, JSON lines, text) into the database\n"
	"  rescore   score every stored document again with the current lexicons\n"
	"  batches   list the batches in the database\n"
	"  rejects   list the records that were rejected, with file, line and reason\n"
	"  stats     documents per period, group and language\n"
	"  report    indicators, trends and drivers per period and group\n"
	"  run       the main job: ingest corpus/, print the report, write report.html\n"
	"\n"
	"global options (before or after the command):\n"
	"  --db FILE            the database (default $TENOR_DB, else ./tenor.db)\n"
	"  --lexicons DIR       lexicon directory (default $TENOR_LEXICONS, else ./lexicons,\n"
	"                       else the installed one)\n"
	"  --lexicon FILE.dic   a LIWC dictionary, repeatable; alone it replaces the default\n"
	"                       directory\n"
	"  --default-lang L     language for short or ambiguous texts under --lang auto\n"
	"                       (default: en, else the first installed language)\n"
	"  --version            print the version\n"
	"  -h, --help           this help; 'tenor COMMAND --help' for a command\n"
	"\n"
	"exit status: 0 ok, 1 error, 2 usage, 3 some input rejected\n";

static const struct {
	const char *name;
	int (*fn)(int, char **, struct cli *);
} commands[] = {
	{ "explain", cmd_explain },
	{ "score", cmd_score },
	{ "lexicon", cmd_lexicon },
	{ "ingest", cmd_ingest },
	{ "rescore", cmd_rescore },
	{ "batches", cmd_batches },
	{ "rejects", cmd_rejects },
	{ "stats", cmd_stats },
	{ "report", cmd_report },
	{ "run", cmd_run },
};

enum { OPT_VERSION = 1 };

/* The last word on stdout: a write that failed only at close (a full disk) is an error. */
static int finish(int status)
{
	if (fclose(stdout) != 0 && status == EXIT_OK) {
		cli_error("cannot write output: %s", strerror(errno));
		return EXIT_ERROR;
	}
	return status;
}

static const struct opt main_opts[] = {
	{ "version", 'V', 0, OPT_VERSION },
	{ NULL, 0, 0, 0 }
};

int main(int argc, char **argv)
{
	struct cli cli;
	struct optparse p;
	const char *v;
	size_t i;
	int id;

	memset(&cli, 0, sizeof(cli));
	cli.color = cli_use_color();
	/* SQLite's memory statistics take a mutex on every allocation (3% of an ingest), and
	 * nothing here reads them. Before SQLite is first used: later it has no effect. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	/* Global options before the command; the command's own parser takes the rest. */
	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, main_opts, &cli, &v)) != OPT_END) {
		if (id == OPT_HELP) {
			fputs(usage, stdout);
			return cli_close_stdout();
		}
		if (id == OPT_BAD)
			return cli_usage_error(usage, "see 'tenor --help'");
		if (id == OPT_VERSION) {
			printf("tenor %s\n", TENOR_VERSION);
			return cli_close_stdout();
		}
		if (id == OPT_ARG) {
			for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
				if (strcmp(v, commands[i].name) == 0)
					return finish(commands[i].fn(argc - p.i + 1,
								     argv + p.i - 1, &cli));
			return cli_usage_error(usage, "'%s' is not a tenor command", v);
		}
	}
	return cli_usage_error(usage, "a command is missing");
}
