#!/bin/sh
# run.sh TENOR - runs every command-line test script and prints the totals.
TENOR=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
RESULTS=$(mktemp)
export TENOR RESULTS
cd "$(dirname "$0")/../.." || exit 1
for s in tests/cli/t[0-9]*.sh; do
	sh "$s" || echo "0 1" >>"$RESULTS"
done
passed=$(awk '{p += $1} END {print p + 0}' "$RESULTS")
failed=$(awk '{f += $2} END {print f + 0}' "$RESULTS")
rm -f "$RESULTS"
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
