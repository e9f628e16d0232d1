# fuzz.mk - libFuzzer targets for every parser (tests/fuzz/fuzz_*.c), included from the
# Makefile. The library is built again with clang, AddressSanitizer and UBSan into its own
# object directory, so these builds never mix with the gcc objects in build/obj.
#
#   make fuzz [SECONDS=60]     every target in turn, SECONDS each (-j2: two at a time)
#   make fuzz-csv SECONDS=600  one target (csv lines json jsonl ingest_csv lexicon liwc dates analyze
#                              regex)
#   make fuzz-replay           seeds and regression inputs once through every target (make test)
#
# New inputs go to $(FUZZ_DIR)/corpus/<target>, which persists between runs; tests/fuzz/
# <target>/ holds the seeds, tests/fuzz/<target>.dict tokens worth inserting (where one
# helps) and tests/fuzz/regressions/<target>/ the inputs that once crashed: both are read,
# never written (a fuzzer writes into the first directory it is given). A crash leaves its
# input in $(FUZZ_DIR)/crash-<target>-* and fails the run; the log of a run is
# $(FUZZ_DIR)/<target>.log, and $(FUZZ_DIR)/runs.txt gets a line a run: target, seconds,
# executions, corpus size.

FUZZ_CC      ?= clang
FUZZ_DIR     ?= build/fuzz
SECONDS      ?= 60
FUZZ_TARGETS := csv lines json jsonl ingest_csv lexicon liwc dates analyze regex
# UB is a crash too, so the fuzzer stops at it and keeps the input.
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS   = -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(WARN) -g -O1 \
		-fno-omit-frame-pointer $(FUZZ_SAN) $(shell pkg-config --cflags $(PKGS))
FUZZ_LIBS     = $(shell pkg-config --libs $(PKGS)) -lstemmer -lm
FUZZ_OBJ     := $(patsubst src/%.c,$(FUZZ_DIR)/obj/%.o,$(wildcard src/*.c))
FUZZ_BIN     := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

# The longest input worth mutating, per target: a few records, a small lexicon, a date.
FUZZ_MAXLEN_csv     := 4096
FUZZ_MAXLEN_lines   := 1024
FUZZ_MAXLEN_json    := 4096
FUZZ_MAXLEN_jsonl   := 4096
FUZZ_MAXLEN_ingest_csv := 4096
FUZZ_MAXLEN_lexicon := 4096
FUZZ_MAXLEN_liwc    := 4096
FUZZ_MAXLEN_dates   := 128
FUZZ_MAXLEN_analyze := 2048
FUZZ_MAXLEN_regex   := 512

.PHONY: fuzz fuzz-bins fuzz-replay $(FUZZ_TARGETS:%=fuzz-%)

$(FUZZ_DIR)/obj/%.o: src/%.c include/tenor.h $(wildcard src/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_DIR)/libtenor.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^

# TENOR_FUZZ_ROOT: where the analyzer target finds lexicons/, wherever it is run from.
$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_DIR)/libtenor.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -DTENOR_FUZZ_ROOT='"$(CURDIR)"' -fsanitize=fuzzer $< -o $@ \
		$(FUZZ_DIR)/libtenor.a $(FUZZ_LIBS)

# The CSV ingest target is the JSON lines one built for CSV.
$(FUZZ_DIR)/fuzz_ingest_csv: tests/fuzz/fuzz_jsonl.c tests/fuzz/fuzz.h $(FUZZ_DIR)/libtenor.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -DTENOR_FUZZ_ROOT='"$(CURDIR)"' -DFUZZ_INGEST_CSV -fsanitize=fuzzer \
		$< -o $@ $(FUZZ_DIR)/libtenor.a $(FUZZ_LIBS)

fuzz-bins: $(FUZZ_BIN)

fuzz: $(FUZZ_TARGETS:%=fuzz-%)

# Fuzzes one target for SECONDS; the seeds and regressions are read, never written.
$(FUZZ_TARGETS:%=fuzz-%): fuzz-%: $(FUZZ_DIR)/fuzz_%
	@mkdir -p $(FUZZ_DIR)/corpus/$* tests/fuzz/regressions/$*
	@echo "fuzz $*: $(SECONDS) s, log in $(FUZZ_DIR)/$*.log"
	@$(FUZZ_DIR)/fuzz_$* -max_total_time=$(SECONDS) -max_len=$(FUZZ_MAXLEN_$*) -timeout=10 \
		-print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/crash-$*- \
		$(if $(wildcard tests/fuzz/$*.dict),-dict=tests/fuzz/$*.dict) \
		$(FUZZ_DIR)/corpus/$* tests/fuzz/$* tests/fuzz/regressions/$* \
		>$(FUZZ_DIR)/$*.log 2>&1 || \
		{ tail -n 60 $(FUZZ_DIR)/$*.log; echo "fuzz $*: FAILED, input in $(FUZZ_DIR)/crash-$*-*"; exit 1; }
	@runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_DIR)/$*.log); \
		corpus=$$(ls $(FUZZ_DIR)/corpus/$* | wc -l); \
		echo "fuzz $*: $$runs runs in $(SECONDS) s, $$corpus inputs in $(FUZZ_DIR)/corpus/$*"; \
		echo "$* $(SECONDS) $$runs $$corpus" >>$(FUZZ_DIR)/runs.txt

# Every seed and regression input once, without fuzzing (libFuzzer runs files given as
# arguments and exits): a few seconds, and a fixed crash that comes back fails make test.
fuzz-replay: $(FUZZ_BIN)
	@for t in $(FUZZ_TARGETS); do \
		files=$$(find tests/fuzz/$$t tests/fuzz/regressions/$$t -type f 2>/dev/null); \
		[ -n "$$files" ] || continue; \
		$(FUZZ_DIR)/fuzz_$$t $$files >$(FUZZ_DIR)/replay-$$t.log 2>&1 || \
			{ tail -n 40 $(FUZZ_DIR)/replay-$$t.log; echo "fuzz-replay $$t: FAILED"; exit 1; }; \
	done; echo "fuzz-replay: $(FUZZ_TARGETS): ok"
