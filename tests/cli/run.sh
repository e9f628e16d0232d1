#!/bin/sh
# run.sh TENOR - runs every command-line test script and prints the totals.
#
# With TENOR_WRAP set (`make test VALGRIND=1` sets it to a valgrind command), the scripts
# get as $TENOR a wrapper that runs the binary through it, so every invocation is checked,
# also by scripts that call "$TENOR" directly. The wrapper's reports go to files, not to the
# stderr the tests compare; any report (an error or a leak) fails the run. Scripts that
# depend on timing see TENOR_WRAP exported and may skip.
TENOR=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
RESULTS=$(mktemp)
export TENOR RESULTS TENOR_WRAP
cd "$(dirname "$0")/../.." || exit 1
if [ -n "$TENOR_WRAP" ]; then
	WRAPDIR=$(mktemp -d)
	# $TENOR_WRAP and the paths are filled in now; "$@" stays for the wrapper to expand.
	cat >"$WRAPDIR/tenor" <<-WRAPPER
	#!/bin/sh
	exec $TENOR_WRAP --log-file="$WRAPDIR/log.%p" "$TENOR" "\$@"
	WRAPPER
	chmod +x "$WRAPDIR/tenor"
	TENOR=$WRAPDIR/tenor
fi
for s in tests/cli/t[0-9]*.sh; do
	sh "$s" || echo "0 1" >>"$RESULTS"
done
passed=$(awk '{p += $1} END {print p + 0}' "$RESULTS")
failed=$(awk '{f += $2} END {print f + 0}' "$RESULTS")
rm -f "$RESULTS"
if [ -n "$WRAPDIR" ]; then
	runs=$(find "$WRAPDIR" -name 'log.*' | wc -l)
	reported=0
	for log in "$WRAPDIR"/log.*; do
		[ -s "$log" ] || continue
		reported=$((reported + 1))
		echo "FAIL $TENOR_WRAP reported on a run:"
		sed 's/^/  /' "$log" | head -60
	done
	echo "cli: $runs runs under the wrapper, $reported with reports"
	failed=$((failed + reported))
	rm -rf "$WRAPDIR"
fi
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
