# lib.sh - helpers for the command-line tests, sourced by each t*.sh.
#
# Each test script runs the built binary ($TENOR) on files under tests/ and compares what
# it printed with what is expected. Results are counted in $PASSED and $FAILED and written
# to $RESULTS by finish.

TESTS_DIR=$(cd "$(dirname "$0")/.." && pwd)
# Run alone (sh tests/cli/t8-faults.sh), a script tests build/tenor of this tree and prints
# its own totals; run.sh sets TENOR and RESULTS for all of them.
TENOR=${TENOR:-$TESTS_DIR/../build/tenor}
FIX="$TESTS_DIR/fixtures"
LEX="$TESTS_DIR/../lexicons"
PASSED=0
FAILED=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# agg DB: the aggregates, weights rounded: sums taken in another order may differ in their
# last bits.
agg() {
	sqlite3 "$1" "select kind, period, year, group_name, group_value, category, docs, tokens, hits, round(weight, 6), negated, docs_with_hits from agg_cells order by 1, 2, 3, 4, 5, 6; select * from agg_terms order by 1, 2, 3, 4, 5, 6, 7"
}

# to_v1 DB: takes DB back to schema version 1, its aggregates gone and the lexicon versions
# in the documents rows, so that the next open migrates it again: the migration to version
# 2 builds the aggregates anew from the documents.
to_v1() {
	sqlite3 "$1" "DROP VIEW quarterly_scores; DROP VIEW period_scores; DROP VIEW period_terms;
		DROP TABLE agg_cells; DROP TABLE agg_terms; CREATE VIEW quarterly_scores AS SELECT 1;
		ALTER TABLE documents ADD COLUMN lexicon_version TEXT NOT NULL DEFAULT '';
		UPDATE documents SET lexicon_version = coalesce((SELECT v.lexicon_version
			FROM document_lexicons v WHERE v.doc_id = documents.doc_id), '');
		DROP TABLE document_lexicons; PRAGMA user_version = 1"
}

# agg_rebuilt DB: the aggregates of a copy of DB taken back to schema version 1 (to_v1).
agg_rebuilt() {
	cp "$1" "$TMP/rebuilt.db"
	to_v1 "$TMP/rebuilt.db"
	"$TENOR" --db "$TMP/rebuilt.db" stats >/dev/null 2>&1
	agg "$TMP/rebuilt.db"
}

# t ARGS...: runs tenor; stdout in $out, stderr in $err, exit status in $rc.
t() {
	"$TENOR" "$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
}

# t_in INPUT ARGS...: the same with INPUT on standard input.
t_in() {
	input=$1
	shift
	printf '%s' "$input" | "$TENOR" "$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
}

pass() {
	PASSED=$((PASSED + 1))
}

fail() {
	FAILED=$((FAILED + 1))
	printf 'FAIL %s: %s\n' "$(basename "$0")" "$1"
	printf '  stdout: %s\n  stderr: %s\n  status: %s\n' "$out" "$err" "$rc" | head -20
}

# eq DESC EXPECTED ACTUAL
eq() {
	if [ "$2" = "$3" ]; then pass; else fail "$1: expected [$2], got [$3]"; fi
}

# has DESC NEEDLE HAYSTACK
has() {
	case "$3" in
	*"$2"*) pass ;;
	*) fail "$1: [$2] not found" ;;
	esac
}

# hasnt DESC NEEDLE HAYSTACK
hasnt() {
	case "$3" in
	*"$2"*) fail "$1: [$2] found" ;;
	*) pass ;;
	esac
}

# cat_hits CATEGORY FIELD: a number from the compact JSON in $out, e.g. cat_hits pressure hits
cat_field() {
	printf '%s' "$out" | sed -n "s/.*\"$1\":{\"hits\":\([0-9]*\),\"weight\":\([0-9.]*\),\"negated\":\([0-9]*\)}.*/\\$2/p" | head -1
}
hits() { cat_field "$1" 1; }
negated() { cat_field "$1" 3; }
weight() { cat_field "$1" 2; }

# killed_run PID: a run this test killed with SIGKILL may have been in its exit's leak check,
# and LeakSanitizer's half-written log of it ("Unable to get registers from thread") is no
# finding; a report of an error it met before is kept.
killed_run() {
	log="${TENOR_REPORTS:-/nonexistent}/asan.$1"
	[ -f "$log" ] && ! grep -q "ERROR: AddressSanitizer\|runtime error" "$log" && rm -f "$log"
	return 0
}

finish() {
	if [ -z "$RESULTS" ]; then
		echo "$(basename "$0"): $PASSED passed, $FAILED failed"
		[ "$FAILED" -eq 0 ]
		exit
	fi
	echo "$PASSED $FAILED" >>"$RESULTS"
}
