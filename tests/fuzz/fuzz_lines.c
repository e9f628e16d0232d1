/*
 * fuzz_lines.c - the line reader under JSON lines and text ingest (src/read_lines.c) on any
 * bytes, against a model: split at LF, drop one CR before each line end and at the end of
 * input, no line after a final LF, lines over max_line reported as TENOR_ELIMIT with their
 * first max_line bytes (a reject's raw bytes).
 *
 * The first byte picks max_line (default, 1, 16, 256); with bit 2 set, the second byte k
 * says where the input starts: one long line fills the reader's first 64 KiB chunk up to
 * k + 1 bytes before its end, so that lines (and a CR before their LF) cross chunks.
 */
#include "fuzz.h"

static const size_t max_lines[4] = { 0, 1, 16, 256 };

static void check(const char *in, size_t size, size_t max_line)
{
	FILE *f = size ? fmemopen((void *)in, size, "r") : fopen("/dev/null", "r");
	struct tenor_lines *r;
	size_t limit = max_line ? max_line : (size_t)16 << 20, pos = 0, expect_no = 0;

	FUZZ_CHECK(f && tenor_lines_new(f, max_line, &r) == TENOR_OK);
	for (;;) {
		const char *line, *nl;
		size_t len, lineno, n;
		int rc = tenor_lines_next(r, &line, &len, &lineno);

		if (pos == size) {
			FUZZ_CHECK(rc == TENOR_OK && line == NULL);
			break;
		}
		nl = memchr(in + pos, '\n', size - pos);
		n = nl ? (size_t)(nl - (in + pos)) : size - pos;
		FUZZ_CHECK(lineno == ++expect_no);
		if (n && in[pos + n - 1] == '\r')
			n--;
		if (n > limit) {
			FUZZ_CHECK(rc == TENOR_ELIMIT && line && len == limit);
			FUZZ_CHECK(memcmp(line, in + pos, limit) == 0);
		} else {
			FUZZ_CHECK(rc == TENOR_OK && line && len == n && line[len] == 0);
			FUZZ_CHECK(memcmp(line, in + pos, n) == 0);
		}
		pos = nl ? (size_t)(nl - in) + 1 : size;
	}
	tenor_lines_free(r);
	fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t max_line;

	if (size == 0)
		return 0;
	max_line = max_lines[data[0] & 3];
	if ((data[0] & 4) && size >= 2) {
		/* 64 KiB is LINES_CHUNK in src/read_lines.c. */
		size_t len;
		char *in = fuzz_at_chunk_end(data + 2, size - 2, data[1], &len);
		check(in, len, max_line);
		free(in);
	} else {
		check((const char *)data + 1, size - 1, max_line);
	}
	return 0;
}
