/*
 * cmd_rescore.c - `tenor rescore`: every stored document scored again with the current
 * lexicons, in one transaction.
 */
#include "cli.h"

#include <string.h>

static const char usage[] =
	"usage: tenor rescore [--db FILE] [--keep-textless] [--threads N]\n"
	"       tenor rescore [--db FILE] --rebuild\n"
	"\n"
	"Scores every stored document again with the current lexicons, in one transaction,\n"
	"writes the scores and matches that changed, and records the new lexicon version,\n"
	"saying how many documents changed. A match still found keeps its row and id; new\n"
	"ones are numbered on from the highest. Documents stored with --no-text have no text\n"
	"to score: with any of them nothing changes, unless --keep-textless is given, which\n"
	"rescores the others and leaves those with their old scores.\n"
	"\n"
	"  --keep-textless   rescore the others, leave the textless with their old scores\n"
	"  --threads N       score on N threads (default: the number of cores; at most 64);\n"
	"                    the database is the same whatever N\n"
	"  --rebuild         instead, build the aggregates that reports and dashboards read\n"
	"                    anew from the stored rows, scoring nothing: after rows were\n"
	"                    deleted or changed with another tool (a deletion request done\n"
	"                    with sqlite3)\n";

enum { O_KEEP = 1, O_THREADS, O_REBUILD };

static const struct opt opts[] = {
	{ "keep-textless", 0, 0, O_KEEP },
	{ "rebuild", 0, 0, O_REBUILD },
	{ "threads", 0, 1, O_THREADS },
	{ NULL, 0, 0, 0 }
};

int cmd_rescore(int argc, char **argv, struct cli *cli)
{
	struct tenor_lexicon *lx = NULL;
	struct tenor_analyzer *a = NULL;
	struct tenor_db *db = NULL;
	struct optparse p;
	unsigned long long done = 0, changed = 0, textless = 0;
	const char *v;
	unsigned threads = cli_default_threads();
	int id, keep = 0, rebuild = 0, threads_given = 0, rc, status = EXIT_ERROR;

	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, opts, cli, &v)) != OPT_END) {
		if (id == OPT_HELP) {
			fputs(usage, stdout);
			return cli_close_stdout();
		}
		if (id == OPT_BAD)
			return cli_usage_error(usage, "see 'tenor rescore --help'");
		if (id == OPT_ARG)
			return cli_usage_error(usage, "unexpected argument '%s'", v);
		if (id == O_THREADS) {
			if (cli_parse_threads(v, &threads))
				return cli_usage_error(usage, "--threads takes a number from 1 to 64");
			threads_given = 1;
		} else if (id == O_REBUILD) {
			rebuild = 1;
		} else {
			keep = 1;
		}
	}
	/* an option that would do nothing is a mistake to say, not to pass over */
	if (rebuild && (keep || threads_given))
		return cli_usage_error(usage, "--rebuild scores nothing: it takes no %s",
				       keep ? "--keep-textless" : "--threads");
	if (rebuild) {
		/* a deletion is not a reason to score again, nor a database without text one
		 * not to rebuild */
		if (cli_open_db(cli, TENOR_DB_EXISTING, &db))
			goto out;
		if ((rc = tenor_db_rebuild_aggregates(db))) {
			cli_db_error(cli, db, rc);
			goto out;
		}
		cli_error("the aggregates are built anew from the stored rows");
		status = EXIT_OK;
		goto out;
	}
	if (cli_load_lexicon(cli, &lx) || cli_analyzer(cli, lx, &a) ||
	    cli_open_db(cli, TENOR_DB_EXISTING, &db))
		goto out;
	rc = tenor_rescore(db, a, threads, keep, &done, &changed, &textless);
	if (rc) {
		cli_db_error(cli, db, rc);
		if (rc == TENOR_ESTATE)
			cli_error("rerun with --keep-textless to rescore the other documents");
		goto out;
	}
	cli_error("rescored %llu documents with lexicon version %s: %llu with other scores or "
		  "matches than before", done, tenor_lexicon_version(lx), changed);
	if (textless)
		cli_error("%llu documents without text keep their old scores", textless);
	status = EXIT_OK;
out:
	tenor_db_close(db);
	tenor_analyzer_free(a);
	tenor_lexicon_free(lx);
	return status;
}
