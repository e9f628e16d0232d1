/*
 * cmd_rejects.c - `tenor rejects`: every record that was not stored, with its file, line,
 * reason and raw bytes.
 */
#include "cli.h"

#include <stdlib.h>

static const char usage[] =
	"usage: tenor rejects [--db FILE] [--batch N] [--json]\n"
	"\n"
	"Lists the rejected records: batch, file:line, reason, and the start of the raw\n"
	"record (control characters and invalid UTF-8 shown as \\xNN). --json gives the raw\n"
	"record whole (up to the 4 KiB kept), as a string where it is UTF-8.\n";

enum { O_BATCH = 1, O_JSON };

static const struct opt opts[] = {
	{ "batch", 0, 1, O_BATCH },
	{ "json", 0, 0, O_JSON },
	{ NULL, 0, 0, 0 }
};

static int row_text(void *ctx, const struct tenor_reject_info *r)
{
	(void)ctx;
	printf("%lld\t%s:%llu\t%s\t", r->batch, r->file, r->line, r->reason);
	if (r->raw)
		cli_print_escaped(stdout, r->raw, r->rawlen, 80);
	putchar('\n');
	return 0;
}

static int row_json(void *ctx, const struct tenor_reject_info *r)
{
	size_t bad;
	json_t *raw = r->raw && tenor_utf8_check(r->raw, r->rawlen, &bad)
			      ? json_stringn(r->raw, r->rawlen)
			      : json_null();
	json_t *o = json_pack("{s:I,s:s,s:I,s:s,s:o,s:b}", "batch", (json_int_t)r->batch, "file",
			      r->file, "line", (json_int_t)r->line, "reason", r->reason, "raw", raw,
			      "raw_truncated", r->truncated);
	(void)ctx;
	return cli_print_json(o);
}

int cmd_rejects(int argc, char **argv, struct cli *cli)
{
	struct tenor_db *db = NULL;
	struct optparse p;
	const char *v;
	char *end;
	long long batch = 0;
	int id, json = 0, rc, status = EXIT_ERROR;

	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, opts, cli, &v)) != OPT_END) {
		switch (id) {
		case OPT_HELP:
			fputs(usage, stdout);
			return cli_close_stdout();
		case OPT_BAD:
			return cli_usage_error(usage, "see 'tenor rejects --help'");
		case OPT_ARG:
			return cli_usage_error(usage, "unexpected argument '%s'", v);
		case O_JSON:
			json = 1;
			break;
		case O_BATCH:
			batch = strtoll(v, &end, 10);
			if (*end || batch <= 0)
				return cli_usage_error(usage, "--batch takes a batch number");
			break;
		}
	}
	if (cli_open_db(cli, TENOR_DB_READONLY, &db))
		return EXIT_ERROR;
	rc = tenor_db_rejects(db, batch, json ? row_json : row_text, NULL);
	if (rc)
		cli_error("%s", tenor_db_error(db));
	else
		status = cli_close_stdout();
	tenor_db_close(db);
	return status;
}
