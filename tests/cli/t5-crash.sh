# Killed at any moment (kill -9), an ingest leaves a valid database, and a rerun of the same
# command completes it with the totals of an uninterrupted run.
. "$(dirname "$0")/lib.sh"

# Under a wrapper (make test VALGRIND=1) the kills would land in valgrind's start-up, and
# the four ingests of 60,000 documents take over a quarter of an hour: skipped.
if [ -n "$TENOR_WRAP" ]; then
	echo "t5-crash.sh: skipped under TENOR_WRAP"
	finish
	exit 0
fi

awk 'BEGIN { print "id,date,team,text"
	split("Der Druck steigt jede Woche|Wir hören dem Kunden zu und verstehen seinen Bedarf|Kantine ist gut|Im Workshop habe ich meine Annahmen hinterfragt|Ranking und Zielvorgaben machen Stress|Gemeinsam mit dem Kunden eine Lösung gefunden", p, "|")
	for (i = 1; i <= 60000; i++) printf "%d,2024-%02d-%02d,T%d,%s %d\n", i, i % 12 + 1, i % 28 + 1, i % 5, p[i % 6 + 1], i }' >"$TMP/big.csv"

totals() {
	sqlite3 "$1" "select (select count(*) from documents), (select sum(tokens) from documents), (select sum(hits) from scores), (select count(*) from matches), (select count(*) from document_groups)"
}

"$TENOR" --db "$TMP/ref.db" --lexicons "$LEX" ingest --id id --group team --lang de "$TMP/big.csv" 2>/dev/null
ref=$(totals "$TMP/ref.db")

for delay in 0.05 0.3 0.7; do
	db="$TMP/crash-$delay.db"
	"$TENOR" --db "$db" --lexicons "$LEX" ingest --id id --group team --lang de "$TMP/big.csv" 2>/dev/null &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	[ $? -eq 137 ] && killed_run "$pid"
	if [ -f "$db" ]; then
		eq "integrity after kill at $delay s" ok "$(sqlite3 "$db" "PRAGMA integrity_check")"
		# All or nothing: either no document, or the whole batch.
		n=$(sqlite3 "$db" "select count(*) from documents" 2>/dev/null)
		case "$n" in 0|60000|"") pass ;; *) fail "partial batch after kill at $delay s: $n" ;; esac
	fi
	"$TENOR" --db "$db" --lexicons "$LEX" ingest --id id --group team --lang de "$TMP/big.csv" 2>/dev/null
	eq "rerun after kill at $delay s: status" 0 "$?"
	eq "rerun after kill at $delay s: totals" "$ref" "$(totals "$db")"
done

finish
