/*
 * status.c - descriptions of the library's status codes.
 */
#include "tenor.h"

const char *tenor_strerror(int status)
{
	switch (status) {
	case TENOR_OK: return "success";
	case TENOR_ENOMEM: return "out of memory";
	case TENOR_EINVAL: return "invalid argument";
	case TENOR_EIO: return "input/output error";
	case TENOR_EUTF8: return "invalid UTF-8";
	case TENOR_ELEXICON: return "error in lexicon";
	case TENOR_ELANG: return "no lexicon for the language";
	case TENOR_ELIMIT: return "input exceeds a limit";
	case TENOR_ESTATE: return "call does not fit the object's state";
	case TENOR_EFORMAT: return "malformed record";
	case TENOR_EDB: return "database error";
	}
	return "unknown status";
}
