/*
 * cmd_batches.c - `tenor batches`: what was loaded when, with which lexicon, and what came
 * of it.
 */
#include "cli.h"

static const char usage[] =
	"usage: tenor batches [--db FILE] [--json]\n"
	"\n"
	"Lists the batches: id, command, start time, lexicon version, records read, new,\n"
	"duplicate, updated, rejected, undated, and the source files.\n";

enum { O_JSON = 1 };

static const struct opt opts[] = {
	{ "json", 0, 0, O_JSON },
	{ NULL, 0, 0, 0 }
};

static int row_text(void *ctx, const struct tenor_batch_info *b)
{
	(void)ctx;
	printf("%5lld  %-7s  %-24s  %-16s %7llu %7llu %7llu %7llu %7llu %7llu  %s\n", b->id,
	       b->command, b->started_at, b->lexicon_version, b->read, b->added, b->duplicate,
	       b->updated, b->rejected, b->undated, b->sources);
	return 0;
}

static int row_json(void *ctx, const struct tenor_batch_info *b)
{
	json_error_t err;
	json_t *o = json_pack("{s:I,s:s,s:s,s:s,s:s,s:s,s:o,s:o,s:I,s:I,s:I,s:I,s:I,s:I}", "batch",
			      (json_int_t)b->id, "command", b->command, "started_at", b->started_at,
			      "finished_at", b->finished_at, "tool_version", b->tool_version,
			      "lexicon_version", b->lexicon_version, "sources",
			      json_loads(b->sources, 0, &err), "options",
			      json_loads(b->options, 0, &err), "read", (json_int_t)b->read, "new",
			      (json_int_t)b->added, "duplicate", (json_int_t)b->duplicate,
			      "updated", (json_int_t)b->updated, "rejected",
			      (json_int_t)b->rejected, "undated", (json_int_t)b->undated);
	(void)ctx;
	return cli_print_json(o);
}

int cmd_batches(int argc, char **argv, struct cli *cli)
{
	struct tenor_db *db = NULL;
	struct optparse p;
	const char *v;
	int id, json = 0, rc, status = EXIT_ERROR;

	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, opts, cli, &v)) != OPT_END) {
		if (id == OPT_HELP) {
			fputs(usage, stdout);
			return cli_close_stdout();
		}
		if (id == OPT_BAD)
			return cli_usage_error(usage, "see 'tenor batches --help'");
		if (id == OPT_ARG)
			return cli_usage_error(usage, "unexpected argument '%s'", v);
		json = 1;
	}
	if (cli_open_db(cli, TENOR_DB_READONLY, &db))
		return EXIT_ERROR;
	if (!json)
		printf("%5s  %-7s  %-24s  %-16s %7s %7s %7s %7s %7s %7s  %s\n", "batch", "command",
		       "started", "lexicon", "read", "new", "dup", "updated", "rejected",
		       "undated", "sources");
	rc = tenor_db_batches(db, json ? row_json : row_text, NULL);
	status = cli_listed(cli, db, rc);
	tenor_db_close(db);
	return status;
}
