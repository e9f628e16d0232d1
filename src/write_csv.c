/*
 * write_csv.c - the CSV writer: one record per period, group and category, for
 * spreadsheets and scripts. The format is stable:
 *
 *   period,group,category,suppressed,docs,tokens,hits,weight,per_1k,doc_share,ci_low,
 *   ci_high,delta,p_value,significant,pressure_index
 *
 * (one header line after a UTF-8 byte order mark, which Excel needs to read umlauts right and
 * other readers skip), then the records in the report's order: group-major, all documents
 * first (group "(all)": tenor_report_write refuses a report with a group of that name),
 * periods in time order with "undated" last, categories in the
 * report's order. suppressed and significant are 0 or 1. Cells are empty where a value is
 * withheld (suppressed 1: every column after it) or absent (delta, p_value and significant
 * without a previous period; pressure_index without pressure or advisory weight; a number
 * that is not finite). pressure_index belongs to the row and repeats for each category.
 *
 * RFC 4180: records end in CRLF, as the RFC and Excel expect; a field holding ',', '"', CR or
 * LF is quoted and its quotes doubled, and so is one holding ';' or a tab, which Excel takes
 * for the delimiter in locales whose list separator they are. Text from the data (period,
 * group, category) that begins with '=', '+', '-', '@', tab or CR gets a leading "'" so that a
 * spreadsheet shows it instead of running it as a formula (OWASP, CSV injection); numbers the
 * writer formats itself are never changed.
 */
#include "report.h"

#include <math.h>
#include <string.h>

#define CSV_EOL "\r\n"

static const char *const columns[] = {
	"period", "group", "category", "suppressed", "docs", "tokens", "hits", "weight",
	"per_1k", "doc_share", "ci_low", "ci_high", "delta", "p_value", "significant",
	"pressure_index"
};
#define NCOLUMNS (sizeof(columns) / sizeof(columns[0]))
/* period, group, category and suppressed: the columns a withheld record fills */
#define NKEYS 4

/* A text field from the data, neutralized and quoted as the header comment says. */
static void csv_text(const char *s, FILE *f)
{
	/* ';' and tab too: Excel in a German (or French, ...) locale opens a .csv with ';'
	 * between fields, and "x;=1+1;" unquoted would be a cell "=1+1" there */
	int quote = strpbrk(s, ",;\t\"\r\n") != NULL;

	if (quote)
		fputc('"', f);
	if (s[0] && strchr("=+-@\t\r", s[0]))
		fputc('\'', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	if (quote)
		fputc('"', f);
}

/* A field of the writer's own: a number, left empty when it is not finite. */
static void csv_number(double x, FILE *f)
{
	char buf[WRITER_NUMBER_SIZE];

	fputc(',', f);
	if (isfinite(x))
		fputs(writer_number(x, buf), f);
}

static void csv_count(unsigned long long n, FILE *f)
{
	fprintf(f, ",%llu", n);
}

static void csv_empty(size_t n, FILE *f)
{
	for (; n > 0; n--)
		fputc(',', f);
}

static void csv_record(const struct tenor_report *r, const struct tenor_row *row, size_t c,
		       FILE *f)
{
	const struct tenor_cell *cell;

	csv_text(row->period, f);
	fputc(',', f);
	csv_text(row->group ? row->group : WRITER_ALL, f);
	fputc(',', f);
	csv_text(r->categories[c], f);
	if (row->suppressed) {
		fputs(",1", f);
		csv_empty(NCOLUMNS - NKEYS, f);
		fputs(CSV_EOL, f);
		return;
	}
	cell = &row->cells[c];
	fputs(",0", f);
	csv_count(row->docs, f);
	csv_count(row->tokens, f);
	csv_count(cell->hits, f);
	csv_number(cell->weight, f);
	csv_number(cell->per_1k, f);
	csv_number(cell->doc_share, f);
	csv_number(cell->ci_low, f);
	csv_number(cell->ci_high, f);
	if (cell->change.present) {
		csv_number(cell->change.delta, f);
		csv_number(cell->change.p_value, f);
		fputs(cell->change.significant ? ",1" : ",0", f);
	} else {
		csv_empty(3, f);
	}
	if (row->has_pressure_index)
		csv_number(row->pressure_index, f);
	else
		csv_empty(1, f);
	fputs(CSV_EOL, f);
}

int write_csv(const struct tenor_report *r, FILE *f)
{
	size_t i, c;

	fputs("\xEF\xBB\xBF", f);
	for (i = 0; i < NCOLUMNS; i++)
		fprintf(f, "%s%s", i ? "," : "", columns[i]);
	fputs(CSV_EOL, f);
	for (i = 0; i < r->ngroups * r->nperiods; i++)
		for (c = 0; c < r->ncategories; c++)
			csv_record(r, &r->rows[i], c, f);
	return ferror(f) ? TENOR_EIO : TENOR_OK;
}
