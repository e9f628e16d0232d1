/*
 * cli.h - what the subcommands of the tenor command share: global options, option
 * parsing from tables, messages, and turning results into JSON.
 *
 * The CLI owns process policy: messages on stderr as "tenor: ...", exit codes
 * 0 ok, 1 error, 2 usage, 3 some input rejected.
 */
#ifndef TENOR_CLI_H
#define TENOR_CLI_H

#include "tenor.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

enum { EXIT_OK = 0, EXIT_ERROR = 1, EXIT_USAGE = 2, EXIT_PARTIAL = 3 };

#define CLI_MAX_LEXFILES 64

/* Options that every command takes. */
struct cli {
	const char *lexicons;        /* --lexicons DIR, NULL when not given */
	const char *lexfiles[CLI_MAX_LEXFILES];
	size_t nlexfiles;
	const char *default_lang;    /* --default-lang */
	const char *db;              /* --db, NULL when not given */
	int color;                   /* stdout is a terminal and NO_COLOR is unset */
};

/* An option of a command: name without "--", a one-letter alias or 0, and whether it takes
 * a value. id is what opt_next returns for it. */
struct opt {
	const char *name;
	char alias;
	int takes_value;
	int id;
};

enum { OPT_END = -1, OPT_ARG = -2, OPT_BAD = -3, OPT_HELP = -4 };

struct optparse {
	int argc;
	char **argv;
	int i;
	int dashdash;
};

void opt_init(struct optparse *p, int argc, char **argv);
/* Next option of the command's table opts or the global ones (handled into cli): returns
 * its id with *value set, OPT_ARG with *value the positional argument, OPT_HELP for -h or
 * --help, OPT_END at the end, OPT_BAD after printing a message. */
int opt_next(struct optparse *p, const struct opt *opts, struct cli *cli, const char **value);

/* Colour only on a terminal, and never when NO_COLOR is set to something. */
int cli_use_color(void);

/* Messages: "tenor: ..." on stderr, control characters shown as \xNN (see cli_buf_escaped). */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints the message, then the usage text; returns EXIT_USAGE. */
int cli_usage_error(const char *usage, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --period's names in the order of enum tenor_period: 0, or -1 for another name. */
int cli_parse_period(const char *v, enum tenor_period *out);

/* Whether word is an option of table t or a global one (*global), and whether the next
 * word is its value (*takes_value: not for "--name=value"). */
int cli_word_option(const struct opt *t, const char *word, int *global, int *takes_value);

/* tenor ingest's own options, by which tenor run reads a manifest line. */
extern const struct opt ingest_opts[];

/* A --lang that no lexicon has is a usage error (EXIT_USAGE, with the languages there are);
 * NULL, "" and "auto" are fine (EXIT_OK). */
int cli_check_lang(const struct tenor_lexicon *lx, const char *lang, const char *usage);

/* Loads and freezes the lexicons the global options select, printing every error, or
 * appending the messages to errors when it is not NULL. Returns EXIT_OK with *out owned by
 * the caller, or EXIT_ERROR. */
int cli_load_lexicon(const struct cli *cli, struct tenor_lexicon **out);
int cli_load_lexicon_to(const struct cli *cli, struct tenor_lexicon **out, json_t *errors);
/* n zeroed bytes on cache lines of their own, for what a thread writes on every document
 * (a line two cores write moves between them at each write); NULL when out of memory.
 * Freed with free. */
void *cli_calloc_lines(size_t n);
/* Creates an analyzer with the global options applied. */
int cli_analyzer(const struct cli *cli, const struct tenor_lexicon *lx,
		 struct tenor_analyzer **out);

/* Output built in memory and written out in large pieces: score's lines, a batch's output.
 * The owner frees data; an append that runs out of memory sets oom and appends nothing
 * more, so a line is never written with a piece missing unnoticed.
 *
 * A buffer with a drain does not grow past CLI_BUF_DRAIN with content to write: drain(b,
 * arg) is called to write it out and empty the buffer, so that output many times its input
 * (a line with a hundred thousand matches, a thousand columns repeated in every record) is
 * written as it is made, not held. A drain that fails returns -1, and reports the failure
 * itself; the buffer is then closed: nothing more is appended or written. */
struct cli_buf {
	char *data;
	size_t len, cap;
	int oom, closed;
	int (*drain)(struct cli_buf *b, void *arg);
	void *arg;
};

#define CLI_BUF_DRAIN ((size_t)2 << 20)

/* Makes room for n more bytes, draining the buffer first if it has a drain and would pass
 * CLI_BUF_DRAIN: 0, or -1 with oom or closed set. */
int cli_buf_room(struct cli_buf *b, size_t n);

/* Appending is most of what score does per document: the common case is inline. */
static inline void cli_buf_add(struct cli_buf *b, const char *s, size_t n)
{
	if (n && (b->cap - b->len >= n || cli_buf_room(b, n) == 0)) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
	}
}

static inline void cli_buf_adds(struct cli_buf *b, const char *s)
{
	cli_buf_add(b, s, strlen(s));
}

static inline void cli_buf_addc(struct cli_buf *b, char c)
{
	if (b->cap > b->len || cli_buf_room(b, 1) == 0)
		b->data[b->len++] = c;
}
void cli_buf_printf(struct cli_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Appends an error line as cli_error prints it: "tenor: ", the message with its control
 * characters escaped, a newline. */
void cli_buf_error(struct cli_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes the content to f and empties the buffer: EXIT_OK, or EXIT_ERROR when the buffer
 * ran out of memory ("out of memory" printed), was closed by its drain, or f failed. */
int cli_buf_write(struct cli_buf *b, FILE *f);

struct cli_cats;
/* Appends the results of one document as JSON members: "lang", "tokens", "categories",
 * "regex_limited" when a regex run stopped at its limit, and, with matches, "matches" (the
 * caller writes the braces around them). The same bytes
 * jansson would write with CLI_JSON_FLAGS, without building objects: score's hot path. */
void cli_put_results(struct cli_buf *b, const struct tenor_lexicon *lx,
		     const struct cli_cats *cats, const struct tenor_result *r, const char *text,
		     int matches);

/* What cli_put_results writes for each category of a lexicon, made once: the key and what
 * comes before the counts ("name":{"hits":), and the whole member when every count is
 * zero, as most are. The caller owns it; cli_cats_free of an empty one is a no-op. Returns
 * EXIT_OK or EXIT_ERROR (out of memory, said on stderr). */
struct cli_cats {
	struct cli_buf *head, *zero;  /* one a category */
	size_t n;
};
int cli_cats_new(const struct tenor_lexicon *lx, struct cli_cats *out);
void cli_cats_free(struct cli_cats *c);

/* A JSON string: the quotes around s escaped as in cli_put_results. */
void cli_put_string(struct cli_buf *b, const char *s, size_t n);
/* An unsigned integer in decimal, without printf (whose format parsing costs more). */
void cli_put_uint(struct cli_buf *b, unsigned long long v);

/* --threads: the default (the number of cores, at most 64), and a value from 1 to 64
 * (-1 for anything else). */
unsigned cli_default_threads(void);
int cli_parse_threads(const char *v, unsigned *out);

/* A whole number from 1 to max in *out; -1 for anything else (--min-group, --top). */
int cli_parse_number(const char *v, unsigned max, unsigned *out);

/* Parses a --delimiter value: ',' ';' or 'tab'. -1 when it is none of them. */
int cli_parse_delimiter(const char *v, int *out);

/* json_dumpf flags used for every JSON output. */
#define CLI_JSON_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(12))

/* Prints o as one line on stdout and releases it; NULL (a failed json_pack) is out of
 * memory. Returns EXIT_OK or EXIT_ERROR. */
int cli_print_json(json_t *o);

/* Opens the database of --db, $TENOR_DB or ./tenor.db, printing the error. */
int cli_open_db(const struct cli *cli, unsigned flags, struct tenor_db **out);
/* The path cli_open_db opens: --db, $TENOR_DB or tenor.db. */
const char *cli_db_path(const struct cli *cli);
/* Prints the error of a failed call on db: named after the database when status is
 * TENOR_EDB (full, locked, read-only), as it is otherwise (it names its input file). */
void cli_db_error(const struct cli *cli, const struct tenor_db *db, int status);
/* The exit status of a listing (batches, rejects, stats) whose rows a callback printed:
 * rc is what the listing returned; a row that could not be written is the output's error,
 * not the database's. */
int cli_listed(const struct cli *cli, const struct tenor_db *db, int rc);

/* Appends bytes for a terminal or a tab-separated line: control characters (C0, DEL, C1),
 * tabs and invalid UTF-8 as \xNN, and with backslash set a backslash as \\, so that the
 * line can be read back unambiguously. */
void cli_buf_escaped(struct cli_buf *b, const char *s, size_t n, int backslash);
/* The same, printed, at most max bytes of input, "..." after a cut. */
void cli_print_escaped(FILE *f, const char *s, size_t n, size_t max);

/* Prints (s, n) left-aligned in width columns, counting characters, not bytes. */
void cli_pad(FILE *f, const char *s, size_t n, int width);

/* Writes stdout's buffered data and reports a write error (a full disk is an error, not a
 * silent truncation). Returns EXIT_OK or EXIT_ERROR. main() closes stdout at the end. */
int cli_close_stdout(void);
/* Has the C library give back each block over 1 MiB once it is freed (glibc; elsewhere
 * nothing): for ingest, whose memory is bounded while texts of a megabyte come and go. */
void cli_flat_heap(void);

int cmd_explain(int argc, char **argv, struct cli *cli);
int cmd_score(int argc, char **argv, struct cli *cli);
int cmd_lexicon(int argc, char **argv, struct cli *cli);
int cmd_ingest(int argc, char **argv, struct cli *cli);
int cmd_rescore(int argc, char **argv, struct cli *cli);
int cmd_batches(int argc, char **argv, struct cli *cli);
int cmd_rejects(int argc, char **argv, struct cli *cli);
int cmd_stats(int argc, char **argv, struct cli *cli);
int cmd_report(int argc, char **argv, struct cli *cli);
int cmd_run(int argc, char **argv, struct cli *cli);

#endif
