#!/bin/sh
# run.sh TENOR - runs every command-line test script and prints the totals.
#
# With TENOR_WRAP set (`make test VALGRIND=1` sets it to a valgrind command), the scripts
# get as $TENOR a wrapper that runs the binary through it, so every invocation is checked,
# also by scripts that call "$TENOR" directly. The wrapper's reports go to files, not to the
# stderr the tests compare; any report (an error or a leak) fails the run. Scripts that
# depend on timing see TENOR_WRAP exported and may skip.
#
# A sanitized binary (`make test SAN=1`) writes its reports to files the same way
# (ASAN_OPTIONS / UBSAN_OPTIONS log_path), so that a finding fails the run even in a test
# that looks at neither the status nor stderr. A plain binary ignores these variables.
TENOR=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
RESULTS=$(mktemp)
REPORTS=$(mktemp -d)
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$REPORTS/asan"
UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}log_path=$REPORTS/ubsan"
# TENOR_REPORTS: where a test forgets the half-written log of a run it killed (killed_run).
TENOR_REPORTS=$REPORTS
export TENOR RESULTS TENOR_WRAP ASAN_OPTIONS UBSAN_OPTIONS TENOR_REPORTS
cd "$(dirname "$0")/../.." || exit 1
if [ -n "$TENOR_WRAP" ]; then
	# $TENOR_WRAP and the paths are filled in now; "$@" stays for the wrapper to expand.
	cat >"$REPORTS/tenor" <<-WRAPPER
	#!/bin/sh
	exec $TENOR_WRAP --log-file="$REPORTS/valgrind.%p" "$TENOR" "\$@"
	WRAPPER
	chmod +x "$REPORTS/tenor"
	TENOR=$REPORTS/tenor
fi
# The scripts run TENOR_TEST_JOBS at a time (2 unless told), each taking the next script
# not yet claimed (mkdir is atomic); the two longest go first so that the rest fill the
# other lane beside them. Each script has its own $TMP; its output is printed after all have
# run, script by script in name order.
LOGS=$(mktemp -d)
lane() {
	for s in tests/cli/t11-hostile.sh tests/cli/t4-threads.sh tests/cli/t[0-9]*.sh; do
		name=$(basename "$s" .sh)
		[ -f "$s" ] && mkdir "$LOGS/$name.claimed" 2>/dev/null || continue
		sh "$s" >"$LOGS/$name.log" 2>&1 || echo "0 1" >>"$RESULTS"
	done
}
jobs=${TENOR_TEST_JOBS:-2}
case "$jobs" in
''|*[!0-9]*|0) echo "cli: TENOR_TEST_JOBS must be a number above 0, not '$jobs'" >&2; exit 1 ;;
esac
while [ "$jobs" -gt 0 ]; do
	lane &
	jobs=$((jobs - 1))
done
wait
cat "$LOGS"/*.log
rm -rf "$LOGS"
passed=$(awk '{p += $1} END {print p + 0}' "$RESULTS")
failed=$(awk '{f += $2} END {print f + 0}' "$RESULTS")
rm -f "$RESULTS"
[ -n "$TENOR_WRAP" ] &&
	echo "cli: $(find "$REPORTS" -name 'valgrind.*' | wc -l) runs under $(echo "$TENOR_WRAP" | cut -d' ' -f1)"
for log in "$REPORTS"/valgrind.* "$REPORTS"/asan.* "$REPORTS"/ubsan.*; do
	[ -s "$log" ] || continue
	failed=$((failed + 1))
	echo "FAIL a run of tenor has a report ($(basename "$log")):"
	sed 's/^/  /' "$log" | head -60
done
rm -rf "$REPORTS"
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
