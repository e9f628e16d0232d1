# Concurrency: reports in a loop while batches are written never fail and never show part
# of a batch (large batches, then many small ones: a report reads the aggregates several
# times, and a batch committed between two reads once showed in one and not the other);
# two ingests at once on one database are serialized (the second waits for the
# first) and nothing is lost or doubled.
. "$(dirname "$0")/lib.sh"

PER=4000
SMALL=60
gen() { # gen FILE FIRST COUNT YEAR
	awk -v first="$2" -v n="$3" -v year="$4" 'BEGIN { print "id,date,team,text"
		split("Der Druck steigt jede Woche|Wir hören dem Kunden zu und verstehen seinen Bedarf|Kantine ist gut|Im Workshop habe ich meine Annahmen hinterfragt|Ranking und Zielvorgaben machen Stress", p, "|")
		for (i = first; i < first + n; i++) printf "%d,%d-%02d-%02d,T%d,%s %d\n", i, year, i % 12 + 1, i % 28 + 1, i % 7, p[i % 5 + 1], i }' >"$1"
}
gen "$TMP/pre.csv" 1 2000 2023
for k in 1 2 3 4; do gen "$TMP/b$k.csv" $((k * 100000)) $PER $((2023 + k % 3)); done
for k in $(seq 1 $SMALL); do gen "$TMP/s$k.csv" $((k * 100 + 1000000)) 20 $((2020 + k % 6)); done
ti() { "$TENOR" --db "$1" --lexicons "$LEX" ingest --id id --group team --lang de "$2"; }
counts() {
	sqlite3 "$1" "select (select count(*) from documents), (select sum(tokens) from documents),
		(select count(*) from matches), (select count(*) from document_groups),
		(select sum(docs) from agg_cells), (select sum(count) from agg_terms)"
}

# ---- reports while four large batches and many small ones are written ----
DB="$TMP/c.db"
ti "$DB" "$TMP/pre.csv" 2>/dev/null
( for f in b1 b2 b3 b4 $(seq -f s%g 1 $SMALL); do
	ti "$DB" "$TMP/$f.csv" 2>>"$TMP/ingest.err" || echo "batch $f failed" >>"$TMP/ingest.err"
done ) &
writer=$!
n=0
while kill -0 "$writer" 2>/dev/null; do
	n=$((n + 1))
	"$TENOR" --db "$DB" report --by team --min-group 1 --format json >"$TMP/rep.$n" 2>"$TMP/rep.$n.err"
	echo "$?" >"$TMP/rep.$n.rc"
done
wait "$writer"
hasnt "the batches during the reports" "failed" "$(cat "$TMP/ingest.err")"
echo "t10-concurrency: $n reports while 4 batches of $PER and $SMALL of 20 documents were written"
[ "$n" -ge 5 ] && pass || fail "only $n reports ran during the batches"
bad=0
i=1
while [ $i -le $n ]; do
	[ "$(cat "$TMP/rep.$i.rc")" = 0 ] || { bad=$((bad + 1)); fail "report $i: status $(cat "$TMP/rep.$i.rc"): $(cat "$TMP/rep.$i.err")"; }
	i=$((i + 1))
done
eq "every report during the batches succeeded" 0 "$bad"
# A report sees the first k batches, whole: its document total is one of the totals after
# a batch, and the same in every part of it (all documents, by team, hits per category).
out=$(python3 - "$TMP" "$n" 2000 $PER $SMALL <<'PY'
import json, sys
tmp, n, pre, per, small = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
allowed = {pre + k * per for k in range(5)} | {pre + 4 * per + 20 * k for k in range(small + 1)}
seen, bad = set(), []
for i in range(1, n + 1):
    try:
        r = json.load(open(f"{tmp}/rep.{i}"))
    except ValueError as e:
        bad.append(f"report {i}: not JSON: {e}")
        continue
    rows = [x for x in r["rows"] if not x["suppressed"]]
    total = sum(x["docs"] for x in rows if x["group"] is None)
    by_team = sum(x["docs"] for x in rows if x["group"] is not None)
    hits = {c: sum(x["categories"][c]["hits"] for x in rows if x["group"] is None)
            for c in r["meta"]["categories"]}
    hits_t = {c: sum(x["categories"][c]["hits"] for x in rows if x["group"] is not None)
              for c in hits}
    if total not in allowed or by_team != total or hits != hits_t:
        bad.append(f"report {i}: total {total}, by team {by_team}, hits {hits} / {hits_t}")
    seen.add(total)
print(len(seen), "; ".join(bad[:5]) or "ok")
PY
)
eq "every report shows whole batches only" ok "${out#* }"
echo "t10-concurrency: the reports saw ${out%% *} different totals"
eq "after the batches" "$((2000 + 4 * PER + 20 * SMALL))" "$(sqlite3 "$DB" "select count(*) from documents")"

# ---- two ingests at once ----
# Sequentially, for reference.
ti "$TMP/seq.db" "$TMP/b1.csv" 2>/dev/null
ti "$TMP/seq.db" "$TMP/b2.csv" 2>/dev/null
ref=$(counts "$TMP/seq.db")
# Different files at once: both succeed (one waits for the other), nothing lost.
ti "$TMP/two.db" "$TMP/pre.csv" 2>/dev/null
ti "$TMP/seq2.db" "$TMP/pre.csv" 2>/dev/null
ti "$TMP/seq2.db" "$TMP/b1.csv" 2>/dev/null
ti "$TMP/seq2.db" "$TMP/b2.csv" 2>/dev/null
ref2=$(counts "$TMP/seq2.db")
ti "$TMP/two.db" "$TMP/b1.csv" 2>"$TMP/e1" &
p1=$!
ti "$TMP/two.db" "$TMP/b2.csv" 2>"$TMP/e2" &
p2=$!
wait $p1
r1=$?
wait $p2
r2=$?
eq "two ingests at once: statuses" "0 0" "$r1 $r2"
eq "two ingests at once: totals of sequential runs" "$ref2" "$(counts "$TMP/two.db")"
eq "two ingests at once: two batches, one after the other" "3|0" "$(sqlite3 "$TMP/two.db" "select count(*), sum(finished_at is null) from batches")"
eq "two ingests at once: integrity" ok "$(sqlite3 "$TMP/two.db" "PRAGMA integrity_check")"
# The same files at once, twice: one stores them, the other finds them stored.
ti "$TMP/same.db" "$TMP/b1.csv" 2>"$TMP/e1" &
p1=$!
ti "$TMP/same.db" "$TMP/b1.csv" 2>"$TMP/e2" &
p2=$!
ti "$TMP/same.db" "$TMP/b2.csv" 2>"$TMP/e3" &
p3=$!
wait $p1
r1=$?
wait $p2
r2=$?
wait $p3
r3=$?
eq "the same file twice at once: statuses" "0 0 0" "$r1 $r2 $r3"
eq "the same file twice at once: nothing doubled" "$ref" "$(counts "$TMP/same.db")"
eq "the same file twice at once: one added, one found duplicates" "0|$PER|$PER
$PER|0|$PER" "$(sqlite3 "$TMP/same.db" "select docs_added, docs_duplicate, docs_read from batches where sources like '%b1.csv%' order by docs_added")"
eq "the same file twice at once: integrity" ok "$(sqlite3 "$TMP/same.db" "PRAGMA integrity_check")"

finish
