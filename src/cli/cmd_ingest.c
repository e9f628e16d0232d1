/*
 * cmd_ingest.c - `tenor ingest`: exports into the database, in one batch, with a summary of
 * what was read, added, already there, updated, rejected and undated.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"usage: tenor ingest [--db FILE] [--format auto|csv|jsonl|txt] [--text COL] [--date COL]\n"
	"                    [--group COL]... [--id COL] [--lang L|auto] [--lang-col COL]\n"
	"                    [--delimiter C] [--encoding utf-8|cp1252|latin1] [--date-format FMT]\n"
	"                    [--split lines|paragraphs] [--source NAME] [--no-text] [--redact]\n"
	"                    [--strict] [--threads N] FILE...|-\n"
	"\n"
	"Reads the files, scores every document and stores it in one batch: all or nothing.\n"
	"A record that cannot be used is rejected (stored with file, line and reason: see\n"
	"'tenor rejects'); the good ones are stored and the exit status is 3.\n"
	"\n"
	"  --format F        csv, jsonl or txt (default: by the file name; '{' means jsonl)\n"
	"  --text COL        the column or field with the text (default: one named text,\n"
	"                    comment, Kommentar, Antwort, feedback, ...: see tenor(1))\n"
	"  --date COL        the date column (default: one named date, Datum, timestamp,\n"
	"                    created, ..., when present); for txt files a\n"
	"                    date for every document (else the ISO date in the file name)\n"
	"  --group COL       a column to report by (team, region, role); repeatable\n"
	"  --id COL          the column with a document id: identity is (source, id); without\n"
	"                    it, identity is the text, date and groups\n"
	"  --lang L          language of every document, or auto (default: auto)\n"
	"  --lang-col COL    a column with each document's language (empty: --lang)\n"
	"  --delimiter C     CSV delimiter ',' ';' or 'tab' (default: detected)\n"
	"  --encoding E      utf-8 (default), cp1252 (Windows Excel) or latin1\n"
	"  --date-format F   e.g. %m/%d/%Y for US dates (see tenor(1))\n"
	"  --split S         txt: a document a line (lines) or a paragraph (paragraphs);\n"
	"                    default: a document a file\n"
	"  --source NAME     the source the ids belong to (default: the file name)\n"
	"  --no-text         store no text, only scores and matched terms\n"
	"  --redact          replace e-mail addresses, phone numbers, IBANs and URLs first\n"
	"  --strict          store nothing if any record is rejected (exit 1)\n"
	"  --threads N       score on N threads (default: the number of cores; at most 64);\n"
	"                    the database is the same whatever N\n";

enum {
	O_FORMAT = 1, O_TEXT, O_DATE, O_GROUP, O_ID, O_LANG, O_LANGCOL, O_DELIM, O_ENCODING,
	O_DATEFMT, O_SPLIT, O_SOURCE, O_NOTEXT, O_REDACT, O_STRICT, O_THREADS
};

const struct opt ingest_opts[] = {
	{ "format", 0, 1, O_FORMAT },
	{ "text", 0, 1, O_TEXT },
	{ "date", 0, 1, O_DATE },
	{ "group", 0, 1, O_GROUP },
	{ "id", 0, 1, O_ID },
	{ "lang", 0, 1, O_LANG },
	{ "lang-col", 0, 1, O_LANGCOL },
	{ "delimiter", 0, 1, O_DELIM },
	{ "encoding", 0, 1, O_ENCODING },
	{ "date-format", 0, 1, O_DATEFMT },
	{ "split", 0, 1, O_SPLIT },
	{ "source", 0, 1, O_SOURCE },
	{ "no-text", 0, 0, O_NOTEXT },
	{ "redact", 0, 0, O_REDACT },
	{ "strict", 0, 0, O_STRICT },
	{ "threads", 0, 1, O_THREADS },
	{ NULL, 0, 0, 0 }
};

#define SHOWN_REJECTS 10

struct report {
	unsigned long long rejects;
	int tty;
};

static void on_reject(void *ctx, const char *file, unsigned long long line, const char *reason)
{
	struct report *r = ctx;
	if (r->tty)
		fputs("\r\033[K", stderr);
	if (++r->rejects <= SHOWN_REJECTS)
		cli_error("%s:%llu: %s", file, line, reason);
}

static void on_progress(void *ctx, unsigned long long bytes, unsigned long long docs)
{
	struct report *r = ctx;
	if (r->tty)
		fprintf(stderr, "\r\033[Ktenor: %.1f MB, %llu records", (double)bytes / 1e6, docs);
}

static int parse_format(const char *v, enum tenor_format *f)
{
	static const char *const names[] = { "auto", "csv", "jsonl", "txt" };
	int i;
	for (i = 0; i < 4; i++)
		if (strcmp(v, names[i]) == 0) {
			*f = (enum tenor_format)i;
			return 0;
		}
	return -1;
}

int cmd_ingest(int argc, char **argv, struct cli *cli)
{
	struct tenor_ingest_options o;
	struct tenor_ingest_counts c;
	struct tenor_lexicon *lx = NULL;
	struct tenor_analyzer *a = NULL;
	struct tenor_db *db = NULL;
	struct report rep = { 0, 0 };
	struct optparse p;
	const char *v, **files;
	size_t nfiles = 0;
	int id, rc, status = EXIT_ERROR;

	memset(&o, 0, sizeof(o));
	o.threads = cli_default_threads();
	if (!(files = calloc((size_t)argc + 1, sizeof(*files)))) {
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, ingest_opts, cli, &v)) != OPT_END) {
		const char *bad = NULL;
		switch (id) {
		case OPT_HELP:
			free(files);
			fputs(usage, stdout);
			return cli_close_stdout();
		case OPT_BAD:
			free(files);
			return cli_usage_error(usage, "see 'tenor ingest --help'");
		case O_FORMAT:
			if (parse_format(v, &o.format))
				bad = "--format takes auto, csv, jsonl or txt";
			break;
		case O_TEXT: o.text_col = v; break;
		case O_DATE: o.date_col = v; break;
		case O_ID: o.id_col = v; break;
		case O_LANG: o.lang = v; break;
		case O_LANGCOL: o.lang_col = v; break;
		case O_DATEFMT: o.date_format = v; break;
		case O_SOURCE: o.source = v; break;
		case O_NOTEXT: o.no_text = 1; break;
		case O_REDACT: o.redact = 1; break;
		case O_STRICT: o.strict = 1; break;
		case O_THREADS:
			if (cli_parse_threads(v, &o.threads))
				bad = "--threads takes a number from 1 to 64";
			break;
		case O_GROUP:
			if (o.ngroups == TENOR_MAX_GROUPS)
				bad = "at most 16 --group columns";
			else if (!v[strspn(v, " \t")] || strcmp(v, "*") == 0)
				bad = "--group takes a column's name ('*' stands for all documents)";
			else
				o.group_cols[o.ngroups++] = v;
			break;
		case O_DELIM:
			if (cli_parse_delimiter(v, &o.delimiter))
				bad = "--delimiter takes ',' ';' or 'tab'";
			break;
		case O_ENCODING:
			if (tenor_encoding_parse(v, &o.encoding))
				bad = "--encoding takes utf-8, cp1252 or latin1";
			break;
		case O_SPLIT:
			if (strcmp(v, "lines") == 0)
				o.split = TENOR_SPLIT_LINES;
			else if (strcmp(v, "paragraphs") == 0)
				o.split = TENOR_SPLIT_PARAGRAPHS;
			else
				bad = "--split takes lines or paragraphs";
			break;
		case OPT_ARG:
			files[nfiles++] = v;
			break;
		}
		if (bad) {
			free(files);
			return cli_usage_error(usage, "%s", bad);
		}
	}
	if (nfiles == 0) {
		free(files);
		return cli_usage_error(usage, "name the files to ingest ('-' for standard input)");
	}
	rep.tty = isatty(STDERR_FILENO);
	o.on_reject = on_reject;
	o.progress = on_progress;
	o.ctx = &rep;
	if (o.date_format) {
		struct tenor_date d;
		if (tenor_date_parse("", 0, o.date_format, &d) != TENOR_OK) {
			free(files);
			return cli_usage_error(usage, "--date-format '%.100s': %s", o.date_format,
					       tenor_date_error());
		}
	}
	if (cli_load_lexicon(cli, &lx))
		goto out;
	if ((status = cli_check_lang(lx, o.lang, usage)) != EXIT_OK)
		goto out;
	status = EXIT_ERROR;
	if (cli_analyzer(cli, lx, &a) || cli_open_db(cli, 0, &db))
		goto out;
	cli_flat_heap();
	rc = tenor_ingest(db, a, &o, files, nfiles, &c);
	if (rep.tty)
		fputs("\r\033[K", stderr);
	if (rc && !(rc == TENOR_EFORMAT && o.strict)) {
		cli_db_error(cli, db, rc);
		cli_error("nothing was stored");
		goto out;
	}
	if (rep.rejects > SHOWN_REJECTS)
		cli_error("... and %llu more rejected records", rep.rejects - SHOWN_REJECTS);
	if (rc) {
		cli_error("%llu of %llu records rejected: nothing was stored (--strict)", c.rejected,
			  c.read);
		goto out;
	}
	cli_error("batch %lld: %llu read, %llu new, %llu duplicate, %llu updated, %llu rejected, "
		  "%llu undated",
		  c.batch, c.read, c.added, c.duplicate, c.updated, c.rejected, c.undated);
	if (c.added == 0 && c.updated == 0 && c.duplicate)
		cli_error(c.duplicate == 1 ? "nothing new: the %llu document was stored already"
					   : "nothing new: all %llu documents were stored already",
			  c.duplicate);
	if (c.other_file)
		cli_error("%llu update%s replaced %s that another file of the same name stored "
			  "(%s): where ids start again in every export, those are other surveys' "
			  "comments; ingest each such file with its own --source", c.other_file,
			  c.other_file == 1 ? "" : "s", c.other_file == 1 ? "a document" : "documents",
			  c.other_file_example);
	if (c.unredacted)
		cli_error("%llu document%s stored redacted %s replaced by %s text as written, "
			  "addresses and all: this run has no --redact", c.unredacted,
			  c.unredacted == 1 ? "" : "s", c.unredacted == 1 ? "was" : "were",
			  c.unredacted == 1 ? "its" : "their");
	if (c.rescored)
		cli_error(c.rescored == 1 ? "%llu document stored already had the scores of another "
					    "lexicon version: scored again with %s"
					  : "%llu documents stored already had the scores of another "
					    "lexicon version: scored again with %s",
			  c.rescored, tenor_lexicon_version(lx));
	if (c.rejected)
		cli_error("the rejected records: tenor rejects --batch %lld", c.batch);
	if (c.undated)
		cli_error(c.undated == 1 ? "%llu record stored has no date; reports show it as undated"
					 : "%llu records stored have no date; reports show them as "
					   "undated", c.undated);
	if (c.regex_limited)
		cli_error("%llu documents hit the match limit of a lexicon regex: their matches of "
			  "it may be incomplete (see 'tenor explain')", c.regex_limited);
	status = c.rejected ? EXIT_PARTIAL : EXIT_OK;
out:
	tenor_db_close(db);
	tenor_analyzer_free(a);
	tenor_lexicon_free(lx);
	free(files);
	return status;
}
