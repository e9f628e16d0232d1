/*
 * unit.h - what every cmocka unit test of libtenor includes, and small helpers for them.
 */
#ifndef TENOR_UNIT_H
#define TENOR_UNIT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "tenor.h"

/* A read-only FILE over (data, len), which must outlive it; len may be 0. The caller closes
 * it. Fails the test when it cannot be opened. */
static inline FILE *unit_memfile(const char *data, size_t len)
{
	FILE *f = fmemopen((void *)data, len, "r");

	assert_non_null(f);
	return f;
}

#endif
