# tenor - build, test, run, install.  `make run` and `make test` install what is missing.

PREFIX    ?= /usr/local
CC        ?= cc
CFLAGS    ?= -O2 -g
WARN      := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ifeq ($(WERROR),1)
WARN      += -Werror
endif
PKGS      := libpcre2-8 libutf8proc jansson sqlite3
# SAN=1: AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer, in a build
# directory of their own so that sanitized objects never mix with plain ones.
# VALGRIND=1: `make test` runs the command-line and unit tests under valgrind (plain build).
ifeq ($(SAN),1)
B         := build-san
SANITIZE  := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
export ASAN_OPTIONS  := detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS := print_stacktrace=1:halt_on_error=1
ifeq ($(VALGRIND),1)
$(error SAN=1 and VALGRIND=1 do not go together: valgrind cannot run sanitized binaries)
endif
else
B         := build
SANITIZE  :=
endif
# The command every unit test and every run of the binary in the CLI tests goes through.
ifeq ($(VALGRIND),1)
WRAP      := valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
	     --errors-for-leak-kinds=definite,indirect \
	     --error-exitcode=99 --suppressions=$(CURDIR)/tests/valgrind.supp
endif
# Evaluated when a recipe runs, so that `make deps` can install them first.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lstemmer
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(WARN) $(PKG_CFLAGS) $(CFLAGS) \
	     $(SANITIZE)

DEBS := gcc make pkg-config libpcre2-dev libstemmer-dev libsqlite3-dev libutf8proc-dev \
        libcmocka-dev libjansson-dev sqlite3 python3 chromium python3-nltk clang libclang-rt-14-dev
ifeq ($(VALGRIND),1)
DEBS += valgrind
endif

LIB_SRC  := $(wildcard src/*.c)
CLI_SRC  := $(wildcard src/cli/*.c)
LIB_OBJ  := $(LIB_SRC:src/%.c=$(B)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:src/cli/%.c=$(B)/obj/cli/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all deps test unit cli-test run install clean corpus bench

all: $(B)/tenor $(B)/libtenor.a

$(B)/obj/%.o: src/%.c include/tenor.h $(wildcard src/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B)/obj/cli/%.o: src/cli/%.c include/tenor.h $(wildcard src/cli/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# The installed lexicons are the fallback of the binary: rebuild it when PREFIX changes.
$(B)/obj/cli/common.o: $(B)/prefix.stamp
$(B)/obj/cli/common.o: ALL_CFLAGS += -DTENOR_DATADIR='"$(PREFIX)/share/tenor"'
$(B)/prefix.stamp: FORCE
	@mkdir -p $(B)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' >$@
FORCE:

$(B)/libtenor.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/tenor: $(CLI_OBJ) $(B)/libtenor.a
	$(CC) $(CFLAGS) $(SANITIZE) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libtenor.a $(PKG_LIBS) -lm -lpthread

$(B)/tests/%: tests/unit/%.c $(B)/libtenor.a tests/unit/unit.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(shell pkg-config --cflags cmocka) $< -o $@ $(B)/libtenor.a \
		$(PKG_LIBS) $(shell pkg-config --libs cmocka) -lm

# Installs missing Debian packages: as root directly, else through sudo; prints the
# command where neither works.
deps:
	@missing=""; \
	for p in $(DEBS); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "tenor: installing$$missing"; \
	if ! command -v apt-get >/dev/null 2>&1; then \
		echo "tenor: no apt-get here; install these packages:$$missing" >&2; exit 1; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
		echo "tenor: run as root: apt-get install$$missing" >&2; exit 1; \
	fi

# The suites run two at a time (they are mostly one process each) and print their output
# when each is done, whole; the command-line scripts also run two at a time (run.sh).
test: deps
	@$(MAKE) --no-print-directory all unit-bins
	@$(MAKE) --no-print-directory -j2 --output-sync=target unit cli-test browser-test \
		fuzz-replay

unit-bins: $(UNIT_BIN)

unit: $(UNIT_BIN)
	@fail=0; for t in $(UNIT_BIN); do $(WRAP) $$t || fail=1; done; exit $$fail

cli-test: $(B)/tenor
	@TENOR_WRAP='$(WRAP)' sh tests/cli/run.sh $(B)/tenor

# The main job on the sample corpus (tenor run): ingest corpus/ as corpus/ingest.txt says
# into tenor.db (a rerun adds nothing), print the report by quarter and team, write
# report.html.
RUN_DB ?= tenor.db
run: deps
	@$(MAKE) --no-print-directory all
	@$(B)/tenor --db $(RUN_DB) run

# Benchmarks (not part of make test): throughput of score and ingest against the Python
# reference (bench/run.sh, docs/performance.md), then the report on a million documents.
bench: deps
	@$(MAKE) --no-print-directory all
	@BENCH_CFLAGS='$(CFLAGS)' CC='$(CC)' sh bench/run.sh $(B)/tenor
	@sh bench/report.sh $(B)/tenor

# A larger corpus for benchmarks: make corpus SIZE=100000 [CORPUS_OUT=build/corpus]
SIZE ?= 3606
CORPUS_OUT ?= build/corpus
corpus:
	python3 corpus/generate.py --size $(SIZE) --out $(CORPUS_OUT)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib \
		$(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(B)/tenor $(DESTDIR)$(PREFIX)/bin/tenor
	install -m 644 include/tenor.h $(DESTDIR)$(PREFIX)/include/tenor.h
	install -m 644 $(B)/libtenor.a $(DESTDIR)$(PREFIX)/lib/libtenor.a
	install -m 644 docs/tenor.1 $(DESTDIR)$(PREFIX)/share/man/man1/tenor.1
	for d in lexicons/*/; do \
		l=$$(basename $$d); install -d $(DESTDIR)$(PREFIX)/share/tenor/lexicons/$$l; \
		install -m 644 $$d*.txt $(DESTDIR)$(PREFIX)/share/tenor/lexicons/$$l/; \
	done

clean:
	rm -rf build build-san

include tests/browser/browser.mk
include tests/fuzz/fuzz.mk
