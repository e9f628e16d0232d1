/*
 * cmd_report.c - `tenor report`: indicators per period and group from the database, for
 * the terminal, programs, dashboards and the browser.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
	"usage: tenor report [--db FILE] [--period week|month|quarter|year|wave] [--by COL]\n"
	"                    [--category LIST] [--since DATE] [--until DATE] [--min-group N]\n"
	"                    [--top N] [--format table|csv|json|md|html|prom] [-o FILE]\n"
	"\n"
	"Per period and group: documents, tokens, and per category weighted hits, hits per\n"
	"1,000 tokens, the share of documents with a hit (Wilson 95% interval), the change\n"
	"against the previous period (two-proportion test), the pressure index, the trend over\n"
	"the periods (Mann-Kendall, Sen's slope) and the drivers (terms ranked by G²).\n"
	"Cells with fewer than --min-group documents (default 5) are withheld in every format.\n"
	"\n"
	"  --period P      week, month, quarter (default), year, or wave (as exported)\n"
	"  --by COL        a group column stored with --group at ingest (team, region, ...)\n"
	"  --category L    categories, comma-separated (default: all)\n"
	"  --since DATE    from this date or period on (2024-01-01, 2024-Q1, 2024, ...)\n"
	"  --until DATE    up to this date or the end of this period\n"
	"  --min-group N   withhold cells with fewer documents (default 5)\n"
	"  --top N         drivers per category (default 5)\n"
	"  --format F      table (default), csv, json, md, html or prom\n"
	"  -o, --output F  write to F instead of standard output ('-': standard output)\n";

enum { O_PERIOD = 1, O_BY, O_CATEGORY, O_SINCE, O_UNTIL, O_MIN, O_TOP, O_FORMAT, O_OUT };

static const struct opt opts[] = {
	{ "period", 0, 1, O_PERIOD },
	{ "by", 0, 1, O_BY },
	{ "category", 0, 1, O_CATEGORY },
	{ "since", 0, 1, O_SINCE },
	{ "until", 0, 1, O_UNTIL },
	{ "min-group", 0, 1, O_MIN },
	{ "top", 0, 1, O_TOP },
	{ "format", 0, 1, O_FORMAT },
	{ "output", 'o', 1, O_OUT },
	{ NULL, 0, 0, 0 }
};

static const char *const formats[] = { "table", "json", "csv", "md", "html", "prom" };

static int lookup(const char *const *names, int n, const char *v)
{
	int i;
	for (i = 0; i < n; i++)
		if (strcmp(names[i], v) == 0)
			return i;
	return -1;
}

/* Opens -o FILE. A regular file, or a new one, is written as FILE.XXXXXX beside it and
 * renamed over FILE by finish_output once complete: a full disk or a kill never leaves half
 * a report, and a failed write keeps the previous one. Anything else (/dev/stdout, a pipe)
 * is written directly, and so is FILE when no file can be created beside it. *tmp is the
 * temporary name to free, or NULL. */
static FILE *open_output(const char *path, char **tmp)
{
	struct stat st;
	int exists = stat(path, &st) == 0, fd;
	size_t n = strlen(path) + 8;
	mode_t mask;
	FILE *f;

	*tmp = NULL;
	if ((exists && !S_ISREG(st.st_mode)) || !(*tmp = malloc(n)))
		return fopen(path, "w");
	snprintf(*tmp, n, "%s.XXXXXX", path);
	if ((fd = mkstemp(*tmp)) < 0) {
		free(*tmp);
		*tmp = NULL;
		return fopen(path, "w");
	}
	/* mkstemp makes it 0600: give it the mode fopen would, or the old file's */
	mask = umask(0);
	umask(mask);
	if (fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask) != 0 ||
	    !(f = fdopen(fd, "w"))) {
		close(fd);
		unlink(*tmp);
		free(*tmp);
		*tmp = NULL;
		return NULL;
	}
	return f;
}

/* Closes what open_output opened; with ok, puts the temporary file in place (synced first,
 * so that the rename never publishes an empty file after a power cut), else removes it.
 * Returns 0, or -1 with errno set. */
static int finish_output(FILE *f, const char *path, char *tmp, int ok)
{
	int rc = 0, e = errno;

	if (ok && (fflush(f) != 0 || ferror(f) || (tmp && fsync(fileno(f)) != 0)))
		rc = -1, e = errno;
	if (fclose(f) != 0 && !rc)
		rc = -1, e = errno;
	if (tmp) {
		if (ok && !rc && rename(tmp, path) != 0)
			rc = -1, e = errno;
		if (!ok || rc)
			unlink(tmp);
		free(tmp);
	}
	errno = e;
	return rc;
}

int cmd_report(int argc, char **argv, struct cli *cli)
{
	struct tenor_report_options o;
	struct tenor_report *r = NULL;
	struct tenor_db *db = NULL;
	struct optparse p;
	const char *v, *outpath = NULL;
	char *catlist = NULL, **cats = NULL, *tmp = NULL;
	int id, fmt = TENOR_REPORT_TABLE, rc, status = EXIT_ERROR;
	FILE *f = stdout;

	memset(&o, 0, sizeof(o));
	opt_init(&p, argc, argv);
	while ((id = opt_next(&p, opts, cli, &v)) != OPT_END) {
		const char *bad = NULL;
		int k;
		switch (id) {
		case OPT_HELP:
			fputs(usage, stdout);
			return cli_close_stdout();
		case OPT_BAD:
			return cli_usage_error(usage, "see 'tenor report --help'");
		case OPT_ARG:
			return cli_usage_error(usage, "unexpected argument '%s'", v);
		case O_PERIOD:
			if (cli_parse_period(v, &o.period))
				bad = "--period takes week, month, quarter, year or wave";
			break;
		case O_FORMAT:
			if ((k = lookup(formats, 6, v)) < 0)
				bad = "--format takes table, csv, json, md, html or prom";
			else
				fmt = k;
			break;
		case O_BY:
			if (o.by)
				bad = "--by once: a report is by one group column";
			o.by = v;
			break;
		case O_SINCE:
		case O_UNTIL:
			if (tenor_report_bound_check(v))
				bad = id == O_SINCE ? "--since takes a date or a period (2024-03-01, "
						      "2024-W10, 2024-03, 2024-Q1, 2024)"
						    : "--until takes a date or a period (2024-03-01, "
						      "2024-W10, 2024-03, 2024-Q1, 2024)";
			else if (id == O_SINCE)
				o.since = v;
			else
				o.until = v;
			break;
		/* '-' is standard output, as a file argument is standard input elsewhere */
		case O_OUT: outpath = strcmp(v, "-") ? v : NULL; break;
		case O_CATEGORY: catlist = (char *)v; break;
		case O_MIN:
			if (cli_parse_number(v, 1000000, &o.min_group))
				bad = "--min-group takes a number of documents from 1 to 1000000";
			break;
		case O_TOP:
			if (cli_parse_number(v, 1000000, &o.top_terms))
				bad = "--top takes a number from 1 to 1000000";
			break;
		}
		if (bad)
			return cli_usage_error(usage, "%s", bad);
	}
	if (catlist) {
		/* "pressure,advisory" into a list; argv memory is ours to split */
		char *s, *comma;
		size_t n = 1;
		for (s = catlist; *s; s++)
			n += *s == ',';
		if (!(cats = calloc(n, sizeof(*cats)))) {
			cli_error("out of memory");
			return EXIT_ERROR;
		}
		for (s = catlist; s; s = comma ? comma + 1 : NULL) {
			char *end;
			if ((comma = strchr(s, ',')))
				*comma = 0;
			/* "pressure, advisory" as people write a list */
			s += strspn(s, " \t");
			for (end = s + strlen(s); end > s && (end[-1] == ' ' || end[-1] == '\t');)
				*--end = 0;
			if (*s)
				cats[o.ncategories++] = s;
		}
		o.categories = (const char *const *)cats;
		/* none named would read as a database without scores */
		if (o.ncategories == 0) {
			free(cats);
			return cli_usage_error(usage, "--category takes category names, "
					       "comma-separated");
		}
	}
	if (cli_open_db(cli, TENOR_DB_READONLY, &db))
		goto out;
	if ((rc = tenor_report_build(db, &o, &r))) {
		if (rc == TENOR_ENOMEM)
			cli_error("out of memory");
		else
			cli_db_error(cli, db, rc);
		goto out;
	}
	if (outpath && !(f = open_output(outpath, &tmp))) {
		cli_error("cannot open '%s': %s", outpath, strerror(errno));
		f = stdout;
		goto out;
	}
	rc = tenor_report_write(r, (enum tenor_report_format)fmt,
				fmt == TENOR_REPORT_TABLE && !outpath && cli->color, f);
	if (f != stdout) {
		if (finish_output(f, outpath, tmp, rc == TENOR_OK) != 0 && !rc)
			rc = TENOR_EIO;
		f = stdout;
	}
	if (rc == TENOR_EINVAL) {
		/* the one thing a built report can be refused for (tenor_report_write) */
		cli_error("--by %s has a group named '(all)', the name the %s format gives all "
			  "documents: --format json tells them apart (all documents are null "
			  "there)", o.by, fmt == TENOR_REPORT_CSV ? "csv" : "prom");
		goto out;
	}
	if (rc) {
		cli_error("cannot write the report%s%s: %s", outpath ? " to " : "",
			  outpath ? outpath : "", strerror(errno));
		goto out;
	}
	status = cli_close_stdout();
out:
	tenor_report_free(r);
	tenor_db_close(db);
	free(cats);
	return status;
}
