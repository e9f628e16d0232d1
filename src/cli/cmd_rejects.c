/*
 * cmd_rejects.c - `tenor rejects`: every record that was not stored, with its file, line,
 * reason and raw bytes.
 */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: tenor rejects [--db FILE] [--batch N] [--json]\n"
	"\n"
	"Lists the rejected records: batch, file:line, reason, and the start of the raw\n"
	"record (control characters and invalid UTF-8 shown as \\xNN). --json gives the raw\n"
	"record whole (up to the 4 KiB kept): \"raw\" as a string where it is UTF-8, else\n"
	"\"raw\": null and its bytes in \"raw_base64\".\n";

enum { O_BATCH = 1, O_JSON };

static const struct opt opts[] = {
	{ "batch", 0, 1, O_BATCH },
	{ "json", 0, 0, O_JSON },
	{ NULL, 0, 0, 0 }
};

static int row_text(void *ctx, const struct tenor_reject_info *r)
{
	(void)ctx;
	printf("%lld\t", r->batch);
	cli_print_escaped(stdout, r->file, strlen(r->file), SIZE_MAX);
	printf(":%llu\t", r->line);
	cli_print_escaped(stdout, r->reason, strlen(r->reason), SIZE_MAX);
	putchar('\t');
	if (r->raw)
		cli_print_escaped(stdout, r->raw, r->rawlen, 80);
	putchar('\n');
	return 0;
}

/* Bytes that are not UTF-8 (a CP1252 export's record) as base64, so that --json loses
 * none of them; NULL when out of memory. */
static json_t *base64(const char *p, size_t n)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *s = (const unsigned char *)p;
	char *out = malloc((n + 2) / 3 * 4 + 1), *o = out;
	json_t *j;
	size_t i;

	if (!out)
		return NULL;
	for (i = 0; i < n; i += 3) {
		unsigned long v = (unsigned long)s[i] << 16 |
				  (i + 1 < n ? (unsigned long)s[i + 1] << 8 : 0) |
				  (i + 2 < n ? s[i + 2] : 0);
		*o++ = digits[v >> 18 & 63];
		*o++ = digits[v >> 12 & 63];
		*o++ = i + 1 < n ? digits[v >> 6 & 63] : '=';
		*o++ = i + 2 < n ? digits[v & 63] : '=';
	}
	*o = 0;
	j = json_string(out);
	free(out);
	return j;
}

static int row_json(void *ctx, const struct tenor_reject_info *r)
{
	size_t bad;
	int utf8 = r->raw && tenor_utf8_check(r->raw, r->rawlen, &bad);
	json_t *raw = utf8 ? json_stringn(r->raw, r->rawlen) : json_null(), *o = NULL;
	/* a reason stored by a tenor that cut a quoted value inside a character is no UTF-8,
	 * which a JSON string must be */
	char *reason = tenor_utf8_name(r->reason);

	(void)ctx;
	if (reason)
		o = json_pack("{s:I,s:s,s:I,s:s,s:o,s:b}", "batch", (json_int_t)r->batch, "file",
			      r->file, "line", (json_int_t)r->line, "reason", reason, "raw", raw,
			      "raw_truncated", r->truncated);
	else
		json_decref(raw);
	free(reason);
	if (o && r->raw && !utf8 && json_object_set_new(o, "raw_base64", base64(r->raw, r->rawlen)))
		json_decref(o), o = NULL;
	return cli_print_json(o);
}

#define FOUND (-1)  /* stops the listing; no TENOR_ status */

static int is_batch(void *ctx, const struct tenor_batch_info *b)
{
	const long long *want = ctx;

	return b->id == *want ? FOUND : TENOR_OK;
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
	/* a batch that is not there is a mistake to say, not an empty list */
	if (batch && (rc = tenor_db_batches(db, is_batch, &batch)) != FOUND) {
		if (rc == TENOR_OK)
			cli_error("no batch %lld in the database (tenor batches lists them)", batch);
		else
			cli_db_error(cli, db, rc);
		tenor_db_close(db);
		return EXIT_ERROR;
	}
	rc = tenor_db_rejects(db, batch, json ? row_json : row_text, NULL);
	status = cli_listed(cli, db, rc);
	tenor_db_close(db);
	return status;
}
