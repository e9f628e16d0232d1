# Twenty kill -9 at random moments of a large ingest. After each: PRAGMA integrity_check is
# ok and the database holds whole batches only; after a final rerun of every part, the
# totals equal those of an uninterrupted run.
#
# The input is eight parts of 4,000 documents, ingested one part a batch into the same
# database. Each round ingests the first part not stored yet and kills it after a delay
# drawn uniformly from 5% to 100% of the time an uninterrupted batch of one part takes here
# (measured first), so kills land while records are read and stored, during the commit, and
# now and then just after it: that part is then stored whole, and the next rounds go on with
# the next part, on a database that holds committed batches. The delays
# come from a seed, printed: TENOR_CRASH_SEED=N repeats a run; TENOR_CRASH_KILLS=N changes
# the number of kills.
. "$(dirname "$0")/lib.sh"

KILLS=${TENOR_CRASH_KILLS:-20}
SEED=${TENOR_CRASH_SEED:-$(date +%s)}
PARTS=8
PER_PART=4000
now() { date +%s.%N; }

awk -v parts=$PARTS -v n=$PER_PART -v dir="$TMP" 'BEGIN {
	split("Der Druck steigt jede Woche|Wir hören dem Kunden zu und verstehen seinen Bedarf|Kantine ist gut|Im Workshop habe ich meine Annahmen hinterfragt|Ranking und Zielvorgaben machen Stress|Gemeinsam mit dem Kunden eine Lösung gefunden", p, "|")
	for (k = 1; k <= parts; k++) {
		f = dir "/part" k ".csv"
		print "id,date,team,text" >f
		for (i = (k - 1) * n + 1; i <= k * n; i++)
			printf "%d,2024-%02d-%02d,T%d,%s %d\n", i, i % 12 + 1, i % 28 + 1, i % 5, p[i % 6 + 1], i >f
		close(f)
	}
}'

ingest() { "$TENOR" --db "$1" --lexicons "$LEX" ingest --id id --group team --lang de "$2" 2>/dev/null; }

# What an ingest leaves, in full: documents, tokens, hits, matches, groups and the
# aggregates reports read (every cell and term, hashed).
totals() {
	sqlite3 "$1" "select (select count(*) from documents), (select sum(tokens) from documents),
		(select sum(hits) from scores), (select count(*) from matches),
		(select count(*) from document_groups), (select count(*) from rejects)"
	sqlite3 "$1" "select kind, period, year, group_name, group_value, category, docs, tokens,
		hits, weight, negated, docs_with_hits from agg_cells order by 1, 2, 3, 4, 5, 6" | cksum
	sqlite3 "$1" "select * from agg_terms order by 1, 2, 3, 4, 5, 6, 7" | cksum
}

# Whole batches only: every batch finished and holds what it says it added, every part is
# stored entirely or not at all, and the aggregates count every stored document once. A
# kill between the new database's migrations (each its own transaction) leaves it at an
# older schema version (0: no tables, 1: no aggregate tables), which the next run migrates;
# no batch can have been stored then.
whole_batches() {
	v=$(sqlite3 "$1" "PRAGMA user_version")
	if [ "$v" -lt 2 ]; then
		if [ "$v" = 0 ]; then echo "0|0|0|0|0"; else
			echo "$(sqlite3 "$1" "select count(*) from documents")|0|0|0|0"; fi
		return
	fi
	sqlite3 "$1" "select
		(select count(*) from batches where finished_at is null),
		(select count(*) from batches b where docs_added + docs_updated !=
			(select count(*) from documents d where d.batch_id = b.batch_id)),
		(select count(*) from (select source, count(*) n from documents group by source)
			where n != $PER_PART),
		(select count(*) from documents) - (select coalesce(sum(docs), 0) from agg_cells
			where kind = 'year' and group_name = '' and category = 'pressure'),
		(select count(*) from documents d where (select count(*) from scores s
			where s.doc_id = d.doc_id) != 3)"
}

# The uninterrupted run, timed one part at a time.
start=$(now)
for k in $(seq 1 $PARTS); do
	ingest "$TMP/ref.db" "$TMP/part$k.csv"
done
span=$(awk -v a="$start" -v b="$(now)" -v p=$PARTS 'BEGIN { printf "%.3f", (b - a) / p }')
ref=$(totals "$TMP/ref.db")

echo "t9-crash20: seed $SEED, $KILLS kills, one batch of $PER_PART documents takes ${span} s"
delays=$(awk -v seed="$SEED" -v n="$KILLS" -v span="$span" 'BEGIN {
	srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", span * (0.05 + 0.95 * rand()) }')

db="$TMP/crash.db"
i=0
k=1
killed=0
for delay in $delays; do
	i=$((i + 1))
	"$TENOR" --db "$db" --lexicons "$LEX" ingest --id id --group team --lang de "$TMP/part$k.csv" 2>/dev/null &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	# 137: killed by SIGKILL; 0: it had finished (and committed) first
	[ $? -eq 137 ] && killed=$((killed + 1)) && killed_run "$pid"
	[ -f "$db" ] || continue
	ic=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1)
	if [ "$ic" = ok ]; then pass; else fail "kill $i (part $k at $delay s, seed $SEED): integrity: $ic"; fi
	wb=$(whole_batches "$db" 2>&1)
	if [ "$wb" = "0|0|0|0|0" ]; then pass; else fail "kill $i (part $k at $delay s, seed $SEED): not whole batches: $wb"; fi
	[ "$(sqlite3 "$db" "select count(*) > 0 from documents where source = 'part$k.csv'" 2>/dev/null)" = 1 ] &&
		k=$((k % PARTS + 1))
done
stored=$(sqlite3 "$db" "select count(distinct source) from documents" 2>/dev/null)
echo "t9-crash20: $killed of $KILLS runs killed in flight, $stored of $PARTS parts committed before the final rerun"

# The final rerun completes what the kills interrupted.
for k in $(seq 1 $PARTS); do
	ingest "$db" "$TMP/part$k.csv"
	eq "final rerun of part $k: status" 0 "$?"
done
eq "totals after $KILLS kills and a rerun equal an uninterrupted run (seed $SEED)" "$ref" "$(totals "$db")"
eq "final integrity" ok "$(sqlite3 "$db" "PRAGMA integrity_check")"
eq "final whole batches" "0|0|0|0|0" "$(whole_batches "$db")"

finish
