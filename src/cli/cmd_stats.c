/*
 * cmd_stats.c - `tenor stats`: how many documents the database holds per period, group and
 * language.
 */
#include "cli.h"

#include <string.h>

static const char usage[] =
	"usage: tenor stats [--db FILE] [--period week|month|quarter|year|wave] [--min-group N]\n"
	"                   [--json]\n"
	"\n"
	"Documents and tokens per period (default: quarter), group and language. A document\n"
	"is counted once per group column it has; documents without a date are 'undated'.\n"
	"Rows with fewer than --min-group documents (default 5) are withheld, as in reports.\n";

enum { O_PERIOD = 1, O_MIN, O_JSON };

static const struct opt opts[] = {
	{ "period", 0, 1, O_PERIOD },
	{ "min-group", 0, 1, O_MIN },
	{ "json", 0, 0, O_JSON },
	{ NULL, 0, 0, 0 }
};

static int row_json(void *ctx, const struct tenor_stats_row *r)
{
	json_t *o = json_pack("{s:s,s:s?,s:s?,s:s}", "period", r->period, "group",
			      *r->group_name ? r->group_name : NULL, "value",
			      *r->group_name ? r->group_value : NULL, "lang", r->lang);

	(void)ctx;
	/* a withheld row says so and has no counts */
	if (o && (r->suppressed ? json_object_set_new(o, "suppressed", json_true())
				: json_object_set_new(o, "documents",
						      json_integer((json_int_t)r->documents)) ||
					  json_object_set_new(o, "tokens",
						      json_integer((json_int_t)r->tokens))))
		json_decref(o), o = NULL;
	return cli_print_json(o);
}

static int row_group(void *ctx, const struct tenor_stats_row *r)
{
	char label[256];
	size_t i;
	(void)ctx;
	snprintf(label, sizeof(label), "%s=%s", r->group_name, r->group_value);
	/* as the report's table does: no control character of the data (an escape sequence)
	 * reaches the terminal */
	for (i = 0; label[i]; i++)
		if ((unsigned char)label[i] < 0x20 || label[i] == 0x7F)
			label[i] = '?';
	cli_pad(stdout, r->period, strlen(r->period), 12);
	putchar(' ');
	cli_pad(stdout, *r->group_name ? label : "-", *r->group_name ? strlen(label) : 1, 24);
	if (r->suppressed)
		printf(" %-5s %23s\n", r->lang, "(withheld)");
	else
		printf(" %-5s %10llu %12llu\n", r->lang, r->documents, r->tokens);
	return 0;
}

int cmd_stats(int argc, char **argv, struct cli *cli)
{
	static const char *const periods[] = { "wave", "day", "week", "month", "quarter" };
	enum tenor_date_precision period = TENOR_DATE_QUARTER;
	struct tenor_db *db = NULL;
	struct optparse p;
	const char *v;
	unsigned min_group = 5;
	int id, json = 0, year = 0, rc, status = EXIT_ERROR, i;

	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, opts, cli, &v)) != OPT_END) {
		switch (id) {
		case OPT_HELP:
			fputs(usage, stdout);
			return cli_close_stdout();
		case OPT_BAD:
			return cli_usage_error(usage, "see 'tenor stats --help'");
		case OPT_ARG:
			return cli_usage_error(usage, "unexpected argument '%s'", v);
		case O_JSON:
			json = 1;
			break;
		case O_MIN:
			if (cli_parse_number(v, 1000000, &min_group))
				return cli_usage_error(usage, "--min-group takes a number of "
							      "documents from 1 to 1000000");
			break;
		case O_PERIOD:
			year = strcmp(v, "year") == 0;
			for (i = 0; i < 5 && strcmp(v, periods[i]) != 0; i++)
				;
			if ((i == 5 || i == 1) && !year)
				return cli_usage_error(usage, "--period takes week, month, quarter, "
							      "year or wave");
			period = year ? TENOR_DATE_NONE : (enum tenor_date_precision)i;
			break;
		}
	}
	if (cli_open_db(cli, TENOR_DB_READONLY, &db))
		return EXIT_ERROR;
	if (!json)
		printf("%-12s %-24s %-5s %10s %12s\n", "period", "group", "lang", "documents",
		       "tokens");
	rc = tenor_db_stats(db, period, year, min_group, json ? row_json : row_group, NULL);
	status = cli_listed(cli, db, rc);
	tenor_db_close(db);
	return status;
}
