#!/bin/sh
# bench/sqlite-floor.sh DB [RUNS] - what SQLite alone takes to store the rows of an ingest.
#
# Copies every row of DB, a database tenor ingest wrote, into a new database with the same
# schema and page size and tenor's settings (WAL, synchronous FULL, a 16 MiB cache, foreign
# keys and CHECK constraints off), in one transaction, one INSERT ... SELECT per table, each
# table's rows in the order tenor writes them. No parsing, scoring or binding of values:
# SQLite's own B-tree, log and commit work for the same rows, so the most any code in front
# of it could reach with this schema. The figure still includes reading the rows from DB,
# so SQLite alone would store them somewhat faster.
#
# Then the floor of any schema that keeps the texts: the texts alone, each in a row of
# (doc_id, text) with no other column or index, copied and committed with the same settings.
#
# Prints the seconds of each table and of the commit from the median run, then "total S":
# the median of RUNS (default 3) runs, the copy's whole wall time including the commit and
# the checkpoint at close; and last "texts S", the same for the texts alone.
set -e
DB=$1
RUNS=${2:-3}
[ -f "$DB" ] || { echo "usage: bench/sqlite-floor.sh DB [RUNS]" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is missing (apt-get install sqlite3)" >&2; exit 1; }
OUT=$DB.floor
WORK=$DB.floor.d
rm -rf "$WORK"
mkdir -p "$WORK"
# tables (in the order tenor fills them) and the order of their rows
ORDERS="batches:batch_id documents:doc_id document_lexicons:doc_id document_groups:doc_id
scores:doc_id,category matches:match_id rejects:reject_id
agg_cells:kind,group_name,period,year,group_value,category
agg_terms:kind,group_name,group_value,category,term,period,year"
PAGE=$(sqlite3 "$DB" 'PRAGMA page_size')
# the schema as tenor made it (tables, indexes, views), without SQLite's own tables
sqlite3 "$DB" "SELECT sql || ';' FROM sqlite_schema WHERE sql IS NOT NULL
	AND name NOT LIKE 'sqlite_%' ORDER BY rowid" >"$WORK/schema.sql"
{
	echo "PRAGMA page_size = $PAGE;"
	echo "PRAGMA journal_mode = WAL;"
	echo "PRAGMA synchronous = FULL;"
	echo "PRAGMA foreign_keys = OFF;"
	echo "PRAGMA cache_size = -16384;"
	echo "PRAGMA ignore_check_constraints = ON;"
	echo ".read $WORK/schema.sql"
	# the source path, quoted as an SQL string
	printf "ATTACH '%s' AS src;\n" "$(printf '%s' "$DB" | sed "s/'/''/g")"
	echo ".timer on"
	echo "BEGIN;"
	for t in $ORDERS; do
		echo "INSERT INTO main.${t%%:*} SELECT * FROM src.${t%%:*} ORDER BY ${t#*:};"
	done
	echo "COMMIT;"
} >"$WORK/copy.sql"
# the texts alone: the settings' lines of copy.sql, one table of two columns
{
	sed -n '/^PRAGMA/p' "$WORK/copy.sql"
	echo "CREATE TABLE texts (doc_id INTEGER PRIMARY KEY, text TEXT);"
	grep '^ATTACH' "$WORK/copy.sql"
	echo "BEGIN;"
	echo "INSERT INTO texts SELECT doc_id, text FROM src.documents ORDER BY doc_id;"
	echo "COMMIT;"
} >"$WORK/texts.sql"

# runs SCRIPT RUNS times into a new database, "microseconds run" a line in TIMES
runs() {
	i=0
	while [ $i -lt "$RUNS" ]; do
		rm -f "$OUT" "$OUT-wal" "$OUT-shm"
		sync
		t0=$(date +%s%N)
		sqlite3 "$OUT" <"$1" >"$WORK/out$i"
		t1=$(date +%s%N)
		echo "$(( (t1 - t0) / 1000 )) $i" >>"$2"
		i=$((i + 1))
	done
}
mid=$(( (RUNS + 1) / 2 ))
runs "$WORK/copy.sql" "$WORK/times"
best=$(sort -n "$WORK/times" | sed -n "${mid}p")
# the timer's lines follow the statements: the schema and pragmas, then a table each
grep '^Run Time' "$WORK/out${best#* }" | awk '{ print $4 }' | tail -n +2 >"$WORK/secs"
n=0
for t in $ORDERS commit; do
	n=$((n + 1))
	printf '%-20s %s\n' "${t%%:*}" "$(sed -n "${n}p" "$WORK/secs")"
done
echo "total $(echo "${best% *}" | awk '{ printf "%.3f", $1 / 1e6 }')"
runs "$WORK/texts.sql" "$WORK/texts"
echo "texts $(sort -n "$WORK/texts" | sed -n "${mid}p" | awk '{ printf "%.3f", $1 / 1e6 }')"
rm -rf "$WORK" "$OUT" "$OUT-wal" "$OUT-shm"
