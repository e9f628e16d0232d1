#!/bin/sh
# bench/report.sh TENOR - times `tenor report` on a database of one million documents made
# from the corpus generator (built once into build/bench/, reused after). Prints a table:
# format, seconds (median of 5 runs), peak RSS.
set -e
TENOR=$1
DIR=build/bench
DB=$DIR/report-1m.db
mkdir -p "$DIR"
if [ ! -f "$DB" ]; then
	echo "bench: generating 1,000,000 documents (a few minutes, once)" >&2
	python3 corpus/generate.py --size 1000000 --out "$DIR/corpus-1m" -q
	"$TENOR" --db "$DB.tmp" ingest --encoding cp1252 --id ID --group team --lang de \
		"$DIR/corpus-1m/pulse-de.csv" 2>/dev/null
	"$TENOR" --db "$DB.tmp" ingest --id id --group team --lang en \
		"$DIR/corpus-1m/pulse-en.jsonl" 2>/dev/null
	mv "$DB.tmp" "$DB"
	rm -f "$DB.tmp-wal" "$DB.tmp-shm"
fi
# a database kept from an older tenor is migrated once, here, not timed in the reports
# (which open it read-only and would refuse it)
"$TENOR" --db "$DB" batches >/dev/null
docs=$(sqlite3 "$DB" "select count(*) from documents")
echo "tenor report on $docs documents ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
printf '%-28s %10s %10s\n' "report" "seconds" "peak RSS"
for args in "--format json" "--by team --format json" "--by team" "--by team --format html" \
	"--by team --period week --format json" "--by team --period wave --format json"; do
	times=""
	for i in 1 2 3 4 5; do
		t=$( { /usr/bin/time -f "%e %M" "$TENOR" --db "$DB" report $args >/dev/null; } 2>&1 | tail -1)
		times="$times$t\n"
	done
	med=$(printf "$times" | sort -n | sed -n 3p)
	printf '%-28s %10s %7s KB\n' "$args" "${med% *}" "${med#* }"
done
