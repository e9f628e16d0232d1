/*
 * common.c - option parsing, messages, lexicon loading and JSON building shared by the
 * subcommands.
 */
#include "cli.h"
#include "bytes.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef TENOR_DATADIR
#define TENOR_DATADIR "/usr/local/share/tenor"
#endif

enum { G_LEXICONS = 1000, G_LEXICON, G_DEFAULT_LANG, G_DB };

static const struct opt global_opts[] = {
	{ "db", 0, 1, G_DB },
	{ "lexicons", 0, 1, G_LEXICONS },
	{ "lexicon", 0, 1, G_LEXICON },
	{ "default-lang", 0, 1, G_DEFAULT_LANG },
	{ NULL, 0, 0, 0 }
};

int cli_use_color(void)
{
	const char *nc = getenv("NO_COLOR");
	return isatty(STDOUT_FILENO) && !(nc && *nc);
}

/* A message carries names and values from the input (a reject's date, a file's name): its
 * control characters are shown as \xNN, so that none of them recolours the terminal, moves
 * its cursor or starts a line that looks like another message. */
static void put_message(struct cli_buf *b, const char *fmt, va_list ap)
{
	struct cli_buf m = { 0 };
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	cli_buf_adds(b, "tenor: ");
	if (n > 0 && cli_buf_room(&m, (size_t)n + 1) == 0) {
		vsnprintf(m.data, (size_t)n + 1, fmt, ap);
		cli_buf_escaped(b, m.data, (size_t)n, 0);
	} else if (n > 0) {
		b->oom = 1;
	}
	free(m.data);
}

void cli_buf_error(struct cli_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	put_message(b, fmt, ap);
	va_end(ap);
	cli_buf_addc(b, '\n');
}

/* The message is written even when there was no memory to escape it: an error that is not
 * shown is worse than one shown as it came. */
static void print_message(const char *fmt, va_list ap, const char *usage)
{
	struct cli_buf b = { 0 };
	va_list aq;

	fflush(stdout);
	va_copy(aq, ap);
	put_message(&b, fmt, aq);
	va_end(aq);
	if (b.oom) {
		fputs("tenor: ", stderr);
		vfprintf(stderr, fmt, ap);
	} else {
		fwrite(b.data, 1, b.len, stderr);
	}
	fprintf(stderr, "\n%s", usage);
	free(b.data);
}

void cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	print_message(fmt, ap, "");
	va_end(ap);
}

int cli_usage_error(const char *usage, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	print_message(fmt, ap, usage);
	va_end(ap);
	return EXIT_USAGE;
}

int cli_parse_period(const char *v, enum tenor_period *out)
{
	static const char *const names[] = { "quarter", "week", "month", "year", "wave" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i], v) == 0) {
			*out = (enum tenor_period)i;
			return 0;
		}
	return -1;
}

int cli_check_lang(const struct tenor_lexicon *lx, const char *lang, const char *usage)
{
	char have[200];
	size_t i, n = tenor_lexicon_lang_count(lx), at = 0;

	if (!lang || !*lang || strcmp(lang, "auto") == 0 || tenor_lexicon_scores_lang(lx, lang))
		return EXIT_OK;
	have[0] = 0;
	for (i = 0; i < n && at < sizeof(have); i++) {
		int k = snprintf(have + at, sizeof(have) - at, "%s%s", i ? ", " : "",
				 tenor_lexicon_lang(lx, i));
		if (k < 0)
			break;
		at += (size_t)k;
	}
	return cli_usage_error(usage, "--lang '%.40s': no lexicon for it (the lexicons' "
			       "languages: %s)", lang, n ? have : "none");
}

void opt_init(struct optparse *p, int argc, char **argv)
{
	p->argc = argc;
	p->argv = argv;
	p->i = 1;
	p->dashdash = 0;
}

static const struct opt *find_opt(const struct opt *t, const char *name, size_t n, char alias)
{
	for (; t && t->name; t++)
		if ((alias && t->alias == alias) ||
		    (!alias && strlen(t->name) == n && strncmp(t->name, name, n) == 0))
			return t;
	return NULL;
}

/* The option of table t that word ("--name", "--name=value", "-a") names, or NULL. */
static const struct opt *word_opt(const struct opt *t, const char *word)
{
	if (word[0] != '-' || !word[1])
		return NULL;
	if (word[1] != '-')
		return word[2] ? NULL : find_opt(t, NULL, 0, word[1]);
	return find_opt(t, word + 2, strcspn(word + 2, "="), 0);
}

int cli_word_option(const struct opt *t, const char *word, int *global, int *takes_value)
{
	const struct opt *o = word_opt(global_opts, word);

	*global = o != NULL;
	if (!o)
		o = word_opt(t, word);
	*takes_value = o && o->takes_value && !strchr(word, '=');
	return o != NULL;
}

static int global(const struct opt *o, const char *v, struct cli *cli)
{
	switch (o->id) {
	case G_LEXICONS:
		cli->lexicons = v;
		break;
	case G_LEXICON:
		if (cli->nlexfiles == CLI_MAX_LEXFILES) {
			cli_error("at most %d --lexicon files", CLI_MAX_LEXFILES);
			return OPT_BAD;
		}
		cli->lexfiles[cli->nlexfiles++] = v;
		break;
	case G_DEFAULT_LANG:
		cli->default_lang = v;
		break;
	case G_DB:
		/* an empty value is a variable that was not set, not a wish for ./tenor.db */
		if (!*v) {
			cli_error("--db needs a file name");
			return OPT_BAD;
		}
		cli->db = v;
		break;
	}
	return 0;
}

int opt_next(struct optparse *p, const struct opt *opts, struct cli *cli, const char **value)
{
	for (;;) {
		const char *a, *eq, *name;
		const struct opt *o;
		size_t n;
		char alias = 0;

		if (p->i >= p->argc)
			return OPT_END;
		a = p->argv[p->i++];
		*value = NULL;
		/* "- Zu viel Druck": a comment's bullet, not an option */
		if (p->dashdash || a[0] != '-' || a[1] == 0 || a[1] == ' ' || a[1] == '\t') {
			*value = a;
			return OPT_ARG;
		}
		if (strcmp(a, "--") == 0) {
			p->dashdash = 1;
			continue;
		}
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
			return OPT_HELP;
		if (a[1] != '-') {
			if (a[2]) {
				cli_error("unknown option '%s'", a);
				return OPT_BAD;
			}
			alias = a[1];
			name = a + 1;
			n = 1;
			eq = NULL;
		} else {
			name = a + 2;
			eq = strchr(name, '=');
			n = eq ? (size_t)(eq - name) : strlen(name);
		}
		o = find_opt(opts, name, n, alias);
		if (!o)
			o = find_opt(global_opts, name, n, alias);
		if (!o) {
			cli_error("unknown option '%s'", a);
			return OPT_BAD;
		}
		if (o->takes_value) {
			if (eq)
				*value = eq + 1;
			else if (p->i < p->argc)
				*value = p->argv[p->i++];
			else {
				cli_error("option '--%s' needs a value", o->name);
				return OPT_BAD;
			}
		} else if (eq) {
			cli_error("option '--%s' takes no value", o->name);
			return OPT_BAD;
		}
		if (o->id >= G_LEXICONS) {
			if (global(o, *value, cli) == OPT_BAD)
				return OPT_BAD;
			continue;
		}
		return o->id;
	}
}

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void lexicon_error(const struct tenor_lexicon *lx, int rc, json_t *errors)
{
	const char *msg = tenor_lexicon_error(lx);
	char buf[200];

	if (!*msg) {
		snprintf(buf, sizeof(buf), "cannot load lexicons: %s", tenor_strerror(rc));
		msg = buf;
	}
	while (*msg) {
		const char *nl = strchr(msg, '\n');
		size_t n = nl ? (size_t)(nl - msg) : strlen(msg);
		if (errors)
			json_array_append_new(errors, json_stringn(msg, n));
		else
			cli_error("%.*s", (int)n, msg);
		msg += n + (nl != NULL);
	}
}

int cli_load_lexicon(const struct cli *cli, struct tenor_lexicon **out)
{
	return cli_load_lexicon_to(cli, out, NULL);
}

int cli_load_lexicon_to(const struct cli *cli, struct tenor_lexicon **out, json_t *errors)
{
	struct tenor_lexicon *lx;
	const char *dir = cli->lexicons;
	size_t i;
	int rc, failed = 0, defaulted = 0;

	*out = NULL;
	if ((rc = tenor_lexicon_new(&lx))) {
		cli_error("%s", tenor_strerror(rc));
		return EXIT_ERROR;
	}
	/* --lexicon files alone replace the default directory; with --lexicons both count. */
	if (!dir && cli->nlexfiles == 0) {
		dir = getenv("TENOR_LEXICONS");
		if (!dir || !*dir) {
			dir = is_dir("lexicons") ? "lexicons" : TENOR_DATADIR "/lexicons";
			defaulted = !is_dir(dir);
		}
	}
	if (dir && (rc = tenor_lexicon_add_dir(lx, dir))) {
		lexicon_error(lx, rc, errors);
		/* no lexicons here nor installed: say where they can be named */
		if (defaulted)
			cli_error("name the lexicon directory with --lexicons DIR or TENOR_LEXICONS "
				  "(the shipped one is lexicons/ in tenor's source)");
		failed = 1;
	}
	for (i = 0; i < cli->nlexfiles; i++)
		if ((rc = tenor_lexicon_add_liwc(lx, cli->lexfiles[i]))) {
			lexicon_error(lx, rc, errors);
			failed = 1;
		}
	if (!failed && (rc = tenor_lexicon_freeze(lx))) {
		lexicon_error(lx, rc, errors);
		failed = 1;
	}
	if (failed) {
		tenor_lexicon_free(lx);
		return EXIT_ERROR;
	}
	*out = lx;
	return EXIT_OK;
}

int cli_analyzer(const struct cli *cli, const struct tenor_lexicon *lx,
		 struct tenor_analyzer **out)
{
	int rc = tenor_analyzer_new(lx, out);
	if (rc) {
		cli_error("%s", tenor_strerror(rc));
		return EXIT_ERROR;
	}
	if (cli->default_lang && (rc = tenor_analyzer_set_default_lang(*out, cli->default_lang))) {
		cli_error("--default-lang '%s': %s", cli->default_lang, tenor_strerror(rc));
		tenor_analyzer_free(*out);
		*out = NULL;
		return EXIT_ERROR;
	}
	return EXIT_OK;
}

void *cli_calloc_lines(size_t n)
{
	size_t size = n ? (n + 63) / 64 * 64 : 64;
	void *p = n < SIZE_MAX / 2 ? aligned_alloc(64, size) : NULL;

	return p ? memset(p, 0, size) : NULL;
}

unsigned cli_default_threads(void)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	return cores < 1 ? 1 : cores > 64 ? 64 : (unsigned)cores;
}

int cli_parse_number(const char *v, unsigned max, unsigned *out)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(v, &end, 10);
	if (end == v || *end || errno || n < 1 || (unsigned long)n > max)
		return -1;
	*out = (unsigned)n;
	return 0;
}

int cli_parse_threads(const char *v, unsigned *out)
{
	return cli_parse_number(v, 64, out);
}

int cli_parse_delimiter(const char *v, int *out)
{
	if (strcmp(v, ",") == 0 || strcmp(v, ";") == 0)
		*out = v[0];
	else if (strcmp(v, "tab") == 0 || strcmp(v, "\t") == 0)
		*out = '\t';
	else
		return -1;
	return 0;
}

int cli_buf_room(struct cli_buf *b, size_t n)
{
	size_t cap;
	char *d;

	if (b->oom || b->closed)
		return -1;
	if (b->cap - b->len >= n)
		return 0;
	if (b->drain && b->len && b->len + n > CLI_BUF_DRAIN) {
		if (b->drain(b, b->arg)) {
			b->closed = 1;
			return -1;
		}
		b->len = 0;
		if (b->cap >= n)
			return 0;
	}
	cap = b->cap ? b->cap : 4096;
	while (cap - b->len < n) {
		if (cap > SIZE_MAX / 2) {
			b->oom = 1;
			return -1;
		}
		cap *= 2;
	}
	if (!(d = realloc(b->data, cap))) {
		b->oom = 1;
		return -1;
	}
	b->data = d;
	b->cap = cap;
	return 0;
}

void cli_buf_printf(struct cli_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	/* one more for the NUL vsnprintf writes, not counted in len */
	if (n < 0 || cli_buf_room(b, (size_t)n + 1))
		return;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

int cli_buf_write(struct cli_buf *b, FILE *f)
{
	size_t n = b->len;

	b->len = 0;
	if (b->closed)
		return EXIT_ERROR;
	if (b->oom) {
		b->oom = 0;
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	return n && fwrite(b->data, 1, n, f) != n ? EXIT_ERROR : EXIT_OK;
}

/* String contents escaped as jansson escapes them (short forms for \b \f \n \r \t,
 * \u00XX for other control characters, UTF-8 as it is). */
static void put_escaped(struct cli_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, run = 0;

	for (i = 0; i < n; i++) {
		unsigned char c;
		char u[7] = { '\\', 'u', '0', '0', 0, 0, 0 };
		const char *esc;
		for (; n - i >= 8; i += 8) {
			uint64_t w = bytes_load(s + i);
			if (bytes_has_below(w, 0x20) || bytes_has(w, '"') || bytes_has(w, '\\'))
				break;
		}
		if (i == n)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		cli_buf_add(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		default:
			u[4] = hex[c >> 4];
			u[5] = hex[c & 15];
			esc = u;
		}
		cli_buf_adds(b, esc);
	}
	cli_buf_add(b, s + run, n - run);
}

void cli_put_string(struct cli_buf *b, const char *s, size_t n)
{
	cli_buf_addc(b, '"');
	put_escaped(b, s, n);
	cli_buf_addc(b, '"');
}

/* An unsigned integer in decimal: printf's format parsing is a third of the cost of a
 * score line otherwise. */
void cli_put_uint(struct cli_buf *b, unsigned long long v)
{
	char d[24];
	size_t i = sizeof(d);

	do
		d[--i] = (char)('0' + v % 10);
	while (v /= 10);
	cli_buf_add(b, d + i, sizeof(d) - i);
}

/* A real as jansson writes it with JSON_REAL_PRECISION(12): %.12g, ".0" added to what
 * looks like an integer, no '+' and no leading zeros in an exponent. Weights are nearly
 * always whole or short decimals under 10^8: those are written from integers, in the
 * digits %.12g gives them. */
static void put_real(struct cli_buf *f, double v)
{
	char b[40], out[40];
	size_t i, o = 0;
	double a = v < 0 ? -v : v, milli = a * 1000;

	if (a < 1e8 && milli == (double)(unsigned long long)milli) {
		unsigned long long m = (unsigned long long)milli;
		unsigned frac = (unsigned)(m % 1000);
		if (signbit(v))
			cli_buf_addc(f, '-');
		cli_put_uint(f, m / 1000);
		cli_buf_addc(f, '.');
		if (!frac) {
			cli_buf_addc(f, '0');
			return;
		}
		b[0] = (char)('0' + frac / 100);
		b[1] = (char)('0' + frac / 10 % 10);
		b[2] = (char)('0' + frac % 10);
		cli_buf_add(f, b, b[2] != '0' ? 3 : b[1] != '0' ? 2 : 1);
		return;
	}
	i = (size_t)snprintf(b, sizeof(b), "%.12g", v);
	if (!strpbrk(b, ".eE") && i + 3 <= sizeof(b))
		memcpy(b + i, ".0", 3);
	for (i = 0; b[i]; i++) {
		out[o++] = b[i];
		if (b[i] == 'e') {
			if (b[i + 1] == '+')
				i++;
			else if (b[i + 1] == '-')
				out[o++] = b[++i];
			while (b[i + 1] == '0' && b[i + 2])
				i++;
		}
	}
	cli_buf_add(f, out, o);
}

int cli_cats_new(const struct tenor_lexicon *lx, struct cli_cats *out)
{
	size_t i, n = tenor_lexicon_category_count(lx);

	memset(out, 0, sizeof(*out));
	out->head = calloc(n + 1, sizeof(*out->head));
	out->zero = calloc(n + 1, sizeof(*out->zero));
	if (!out->head || !out->zero) {
		cli_cats_free(out);
		cli_error("out of memory");
		return EXIT_ERROR;
	}
	out->n = n;
	for (i = 0; i < n; i++) {
		const char *name = tenor_lexicon_category(lx, i);
		cli_put_string(&out->head[i], name, strlen(name));
		cli_buf_adds(&out->head[i], ":{\"hits\":");
		cli_buf_add(&out->zero[i], out->head[i].data, out->head[i].len);
		cli_buf_adds(&out->zero[i], "0,\"weight\":0.0,\"negated\":0}");
		if (out->head[i].oom || out->zero[i].oom) {
			cli_cats_free(out);
			cli_error("out of memory");
			return EXIT_ERROR;
		}
	}
	return EXIT_OK;
}

void cli_cats_free(struct cli_cats *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->head[i].data);
		free(c->zero[i].data);
	}
	free(c->head);
	free(c->zero);
	memset(c, 0, sizeof(*c));
}

void cli_put_results(struct cli_buf *f, const struct tenor_lexicon *lx,
		     const struct cli_cats *cats, const struct tenor_result *r, const char *text,
		     int matches)
{
	size_t i;

	cli_buf_adds(f, "\"lang\":");
	cli_put_string(f, r->lang, strlen(r->lang));
	cli_buf_adds(f, ",\"tokens\":");
	cli_put_uint(f, r->tokens);
	cli_buf_adds(f, ",\"categories\":{");
	for (i = 0; i < r->ncategories; i++) {
		const struct tenor_category_result *c = &r->categories[i];
		if (i)
			cli_buf_addc(f, ',');
		if (!c->hits && !c->negated && c->weight == 0 && !signbit(c->weight)) {
			cli_buf_add(f, cats->zero[i].data, cats->zero[i].len);
			continue;
		}
		cli_buf_add(f, cats->head[i].data, cats->head[i].len);
		cli_put_uint(f, c->hits);
		cli_buf_adds(f, ",\"weight\":");
		put_real(f, c->weight);
		cli_buf_adds(f, ",\"negated\":");
		cli_put_uint(f, c->negated);
		cli_buf_addc(f, '}');
	}
	cli_buf_addc(f, '}');
	/* only when it happened: a regex stopped at its limit may have missed matches */
	if (r->regex_limited) {
		cli_buf_adds(f, ",\"regex_limited\":");
		cli_put_uint(f, r->regex_limited);
	}
	if (!matches)
		return;
	cli_buf_adds(f, ",\"matches\":[");
	for (i = 0; i < r->nmatches; i++) {
		const struct tenor_match *m = &r->matches[i];
		const char *cat = tenor_lexicon_category(lx, m->category);
		struct tenor_entry_info e;
		tenor_lexicon_entry(lx, m->entry, &e);
		cli_buf_adds(f, i ? ",{\"category\":" : "{\"category\":");
		cli_put_string(f, cat, strlen(cat));
		cli_buf_adds(f, ",\"entry\":");
		cli_put_string(f, e.text, strlen(e.text));
		cli_buf_adds(f, ",\"source\":\"");
		put_escaped(f, e.file, strlen(e.file));
		cli_buf_addc(f, ':');
		cli_put_uint(f, e.line);
		cli_buf_adds(f, "\",\"surface\":");
		cli_put_string(f, text + m->start, m->end - m->start);
		cli_buf_adds(f, ",\"start\":");
		cli_put_uint(f, m->start);
		cli_buf_adds(f, ",\"end\":");
		cli_put_uint(f, m->end);
		cli_buf_adds(f, m->negated ? ",\"negated\":true,\"weight\":"
					   : ",\"negated\":false,\"weight\":");
		put_real(f, m->weight);
		cli_buf_addc(f, '}');
	}
	cli_buf_addc(f, ']');
}

void cli_flat_heap(void)
{
#ifdef __GLIBC__
	/* Left to itself, glibc raises the size above which a block is mapped on its own to
	 * that of each such block freed (up to 32 MiB): the next long texts' arrays then come
	 * from the heap and stay resident once freed. 12 MB of a two-thread ingest of texts of
	 * a megabyte; the bench's comments never ask for such blocks. */
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

int cli_close_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_error("cannot write output: %s", strerror(errno));
		return EXIT_ERROR;
	}
	return EXIT_OK;
}

const char *cli_db_path(const struct cli *cli)
{
	const char *path = cli->db;

	if (!path || !*path)
		path = getenv("TENOR_DB");
	if (!path || !*path)
		path = "tenor.db";
	return path;
}

void cli_db_error(const struct cli *cli, const struct tenor_db *db, int status)
{
	const char *why = tenor_db_error(db);

	/* a failure the database did not see (out of memory on the way) has no message there */
	if (!why || !*why)
		why = tenor_strerror(status);
	if (status == TENOR_EDB)
		cli_error("%s: %s", cli_db_path(cli), why);
	else
		cli_error("%s", why);
}

int cli_listed(const struct cli *cli, const struct tenor_db *db, int rc)
{
	if (rc && ferror(stdout))
		return cli_close_stdout();
	if (rc) {
		cli_db_error(cli, db, rc);
		return EXIT_ERROR;
	}
	return cli_close_stdout();
}

int cli_open_db(const struct cli *cli, unsigned flags, struct tenor_db **out)
{
	const char *path = cli_db_path(cli);
	int rc;

	rc = tenor_db_open(path, flags, out);
	if (rc) {
		cli_error("%s: %s", path, *out ? tenor_db_error(*out) : tenor_strerror(rc));
		tenor_db_close(*out);
		*out = NULL;
		return EXIT_ERROR;
	}
	return EXIT_OK;
}

void cli_buf_escaped(struct cli_buf *b, const char *s, size_t n, int backslash)
{
	size_t i = 0, bad, k;
	char x[5];

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		/* the length of a valid sequence, else 0 */
		k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
		if (k > 1 && (i + k > n || !tenor_utf8_check(s + i, k, &bad)))
			k = 0;
		/* C1 controls (U+0080 to U+009F) too: some terminals obey them as ESC sequences */
		if (k == 0 || c < 0x20 || c == 0x7F || (c == 0xC2 && (unsigned char)s[i + 1] < 0xA0)) {
			snprintf(x, sizeof x, "\\x%02X", c);
			cli_buf_adds(b, x);
			i++;
		} else if (c == '\\' && backslash) {
			cli_buf_adds(b, "\\\\");
			i++;
		} else {
			cli_buf_add(b, s + i, k);
			i += k;
		}
	}
}

void cli_print_escaped(FILE *f, const char *s, size_t n, size_t max)
{
	struct cli_buf b = { 0 };
	size_t cut = n < max ? n : max;

	/* a character that straddles the cut is shown whole */
	while (cut < n && ((unsigned char)s[cut] & 0xC0) == 0x80)
		cut++;
	cli_buf_escaped(&b, s, cut, 1);
	if (n > max)
		cli_buf_adds(&b, "...");
	cli_buf_write(&b, f);
	free(b.data);
}

void cli_pad(FILE *f, const char *s, size_t n, int width)
{
	int w = 0;
	size_t i;

	for (i = 0; i < n; i++)
		w += ((unsigned char)s[i] & 0xC0) != 0x80;
	fwrite(s, 1, n, f);
	for (; w < width; w++)
		putc(' ', f);
}

int cli_print_json(json_t *o)
{
	int rc = o ? json_dumpf(o, stdout, CLI_JSON_FLAGS) : -1;

	json_decref(o);
	if (rc || putchar('\n') == EOF)
		return EXIT_ERROR;
	return EXIT_OK;
}
