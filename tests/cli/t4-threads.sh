# ingest and rescore on several threads store exactly what one thread stores: the same
# rows with the same ids, the same rejects in the same order, the same messages.
. "$(dirname "$0")/lib.sh"

# Every table but the batches' times, in rowid order.
dump() {
	for tb in documents document_groups scores matches rejects agg_cells agg_terms; do
		sqlite3 "$1" "select * from $tb"
	done
	sqlite3 "$1" "select batch_id, command, lexicon_version, sources, options, docs_read,
		docs_added, docs_duplicate, docs_updated, docs_rejected, docs_undated from batches"
}

# A generated corpus large enough for several sets of batches on 3 threads, a second
# version of it where some comments changed (updates) and rows were added, and a file with
# rejects between good rows.
python3 "$TESTS_DIR/../corpus/generate.py" --size 7000 --out "$TMP/gen" -q
iconv -f cp1252 -t utf-8 "$TMP/gen/pulse-de.csv" |
	awk 'NR % 20 == 0 { sub(/Kunden/, "Kundinnen") } { print }' >"$TMP/gen/pulse-de-v2.csv"
{
	printf 'id,date,team,text\n'
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
		printf '%d,2024-03-%02d,Nord,Wir hören dem Kunden zu %d\n' "$i" "$i" "$i"
		printf 'r%d,2024-02-31,Nord,ein unmögliches Datum\n' "$i"
		printf 'e%d,2024-03-01,Nord,\n' "$i"
	done
} >"$TMP/rejects.csv"
# Ids that come again in the same file, so in the same batch: changed (an update of a
# document stored a few rows before, in its text or its team) or the same (a duplicate).
{
	printf 'id,date,team,text\n'
	for i in 1 2 3 4 5 6 7 8; do
		printf 'k%d,2024-04-%02d,Süd,Wir fragen nach dem Bedarf %d\n' "$i" "$i" "$i"
	done
	printf 'k2,2024-04-02,Süd,"Die Quote zählt, der Abschluss muss heute kommen"\n'
	printf 'k3,2024-04-03,Süd,Wir fragen nach dem Bedarf 3\n'
	printf 'k9,2024-05-01,West,Wir hören zu und verstehen das Problem\n'
	printf 'k5,2024-04-05,West,Wir fragen nach dem Bedarf 5\n'
} >"$TMP/repeat.csv"

ingest_all() {
	db=$1
	shift
	{
		"$TENOR" --db "$db" ingest "$@" --encoding cp1252 --id ID --group team --lang de \
			"$TESTS_DIR/../corpus/pulse-de.csv"
		"$TENOR" --db "$db" ingest "$@" --group team "$TESTS_DIR/../corpus/pulse-en.jsonl"
		"$TENOR" --db "$db" ingest "$@" --split paragraphs "$TESTS_DIR"/../corpus/workshops/*.txt
		"$TENOR" --db "$db" ingest "$@" --encoding cp1252 --id ID --group team --group Rolle \
			--redact "$TMP/gen/pulse-de.csv"
		"$TENOR" --db "$db" ingest "$@" --id ID --group team --group Rolle --redact \
			--source pulse-de.csv "$TMP/gen/pulse-de-v2.csv"
		"$TENOR" --db "$db" ingest "$@" --group team --group role "$TMP/gen/pulse-en.jsonl"
		"$TENOR" --db "$db" ingest "$@" --id id --group team "$TMP/rejects.csv"
		"$TENOR" --db "$db" ingest "$@" --id id --group team "$TMP/repeat.csv"
	} 2>&1
}

ingest_all "$TMP/t1.db" --threads 1 | sed "s|$TMP/t1.db|DB|g" >"$TMP/log1"
dump "$TMP/t1.db" >"$TMP/dump1"
# the second version: the changed comments are updates, the others duplicates
eq "one thread: documents" "$(sqlite3 "$TMP/t1.db" "select sum(docs_added) from batches")" \
	"$(sqlite3 "$TMP/t1.db" "select count(*) from documents")"
eq "one thread: updates and duplicates" 1 \
	"$(sqlite3 "$TMP/t1.db" "select count(*) from batches where docs_updated > 50 and docs_duplicate > 4000")"
eq "one thread: rejects" 24 "$(sqlite3 "$TMP/t1.db" "select count(*) from rejects")"
eq "one thread: repeated ids in one batch" "9 0 2 1" \
	"$(sqlite3 -separator ' ' "$TMP/t1.db" "select docs_added, docs_rejected, docs_updated,
		docs_duplicate from batches order by batch_id desc limit 1")"
eq "one thread: aggregates equal a rebuild" "$(agg_rebuilt "$TMP/t1.db")" "$(agg "$TMP/t1.db")"
for n in 2 3; do
	ingest_all "$TMP/t$n.db" --threads "$n" | sed "s|$TMP/t$n.db|DB|g" >"$TMP/log$n"
	dump "$TMP/t$n.db" >"$TMP/dump$n"
	if cmp -s "$TMP/dump1" "$TMP/dump$n"; then pass; else fail "ingest --threads $n: database differs"; fi
	if cmp -s "$TMP/log1" "$TMP/log$n"; then pass; else fail "ingest --threads $n: messages differ"; fi
	eq "ingest --threads $n: aggregates equal a rebuild" "$(agg_rebuilt "$TMP/t$n.db")" \
		"$(agg "$TMP/t$n.db")"
done

# rescore with other lexicons: the same on 1 and 3 threads
for n in 1 3; do
	cp "$TMP/t1.db" "$TMP/r$n.db"
	"$TENOR" --db "$TMP/r$n.db" --lexicons "$FIX/lex" rescore --threads "$n" >/dev/null 2>&1
	eq "rescore --threads $n status" 0 "$?"
	dump "$TMP/r$n.db" >"$TMP/rdump$n"
done
if cmp -s "$TMP/rdump1" "$TMP/rdump3"; then pass; else fail "rescore --threads 3: database differs"; fi
if cmp -s "$TMP/dump1" "$TMP/rdump1"; then fail "rescore changed nothing"; else pass; fi
eq "rescore: aggregates equal a rebuild" "$(agg_rebuilt "$TMP/r1.db")" "$(agg "$TMP/r1.db")"

# rescore stores what a first ingest with the same lexicons stores (but the ids of the
# matches it rewrote), and writes only what changed: nothing for the same lexicons, the
# documents an added entry matches for a lexicon edit. The lexicons keep their path, which
# each match records.
cp -r "$FIX/lex" "$TMP/lexe"
for n in 1 3; do
	"$TENOR" --db "$TMP/re$n.db" --lexicons "$TMP/lexe" ingest --threads "$n" --encoding cp1252 \
		--id ID --group team --lang de "$TMP/gen/pulse-de.csv" >/dev/null 2>&1
done
cp "$TMP/re1.db" "$TMP/same.db"
t --db "$TMP/same.db" --lexicons "$TMP/lexe" rescore --threads 3
has "rescore, same lexicons: nothing changed" ": 0 with other scores or matches than before" "$err"
if dump "$TMP/same.db" | grep -v '^[0-9]*|rescore|' | cmp -s - "$(dump "$TMP/re1.db" >"$TMP/before"
	echo "$TMP/before")"; then pass; else
	fail "rescore with the same lexicons changed the database"
fi
# tokens counted otherwise than now (a database from an older tokenizer, its aggregates
# built from those counts): rescore with the same lexicons changes no result but sets the
# counts, and the aggregates move with them
cp "$TMP/re1.db" "$TMP/tok.db"
sqlite3 "$TMP/tok.db" "UPDATE documents SET tokens = tokens + 3 WHERE doc_id % 7 = 0"
to_v1 "$TMP/tok.db"
"$TENOR" --db "$TMP/tok.db" stats >/dev/null 2>&1
if [ "$(agg "$TMP/tok.db")" = "$(agg "$TMP/re1.db")" ]; then fail "tokens: the aggregates did not change"; else pass; fi
t --db "$TMP/tok.db" --lexicons "$TMP/lexe" rescore --threads 3
has "tokens: no result changed" ": 0 with other scores or matches than before" "$err"
eq "tokens: counted again" "$(sqlite3 "$TMP/re1.db" "select sum(tokens) from documents")" \
	"$(sqlite3 "$TMP/tok.db" "select sum(tokens) from documents")"
eq "tokens: aggregates as before" "$(agg "$TMP/re1.db")" "$(agg "$TMP/tok.db")"
printf 'nach* = 2\n' >>"$TMP/lexe/de/advisory.txt"
"$TENOR" --db "$TMP/fresh.db" --lexicons "$TMP/lexe" ingest --encoding cp1252 --id ID \
	--group team --lang de "$TMP/gen/pulse-de.csv" >/dev/null 2>&1
results() {
	sqlite3 "$1" "select * from scores; select doc_id, category, term, surface, entry,
		entry_source, start, end, weight, negated from matches
		order by doc_id, start, end, category, entry;
		select doc_id, tokens, lexicon_version from documents join document_lexicons
		using (doc_id)"
	agg "$1"
}
results "$TMP/fresh.db" >"$TMP/fresh"
touched=$(sqlite3 "$TMP/fresh.db" "select count(distinct doc_id) from matches
	where entry_source like '%advisory.txt:5'")
total=$(sqlite3 "$TMP/fresh.db" "select count(*) from documents")
# a tenth of the documents: most chunks are rewritten a document at a time
eq "the added entry matches some documents, not all" 1 \
	"$(sqlite3 "$TMP/fresh.db" "select $touched > 50 and $touched < $total / 5")"
# the aggregates of the documents that did not change are not written: every upsert of a
# cell or a term changes its row (triggers, as another tool would make them, count them)
cp "$TMP/re1.db" "$TMP/trig.db"
sqlite3 "$TMP/trig.db" "CREATE TABLE agg_log (t); CREATE TRIGGER agg_c AFTER UPDATE ON agg_cells BEGIN INSERT INTO agg_log VALUES ('c'); END; CREATE TRIGGER agg_t AFTER UPDATE ON agg_terms BEGIN INSERT INTO agg_log VALUES ('t'); END; CREATE TRIGGER agg_ci AFTER INSERT ON agg_cells BEGIN INSERT INTO agg_log VALUES ('c'); END; CREATE TRIGGER agg_ti AFTER INSERT ON agg_terms BEGIN INSERT INTO agg_log VALUES ('t'); END"
t --db "$TMP/trig.db" --lexicons "$TMP/lexe" rescore --threads 2
aggrows() {
	sqlite3 "$1" "select 'c', * from agg_cells; select 't', * from agg_terms" | sort
}
aggrows "$TMP/re1.db" >"$TMP/agg-before"
aggrows "$TMP/trig.db" >"$TMP/agg-after"
written=$(sqlite3 "$TMP/trig.db" "select (select count(*) from agg_log where t = 'c') || ' ' || (select count(*) from agg_log where t = 't')")
changed=$(comm -13 "$TMP/agg-before" "$TMP/agg-after" | awk -F'|' '{ n[$1]++ } END { printf "%d %d", n["c"], n["t"] }')
eq "rescore of an edit writes only the aggregates that change" "$changed" "$written"
eq "and some change" 1 "$(echo "$written" | awk '{ print ($1 > 0 && $2 > 0) }')"
for n in 1 3; do
	t --db "$TMP/re$n.db" --lexicons "$TMP/lexe" rescore --threads "$n"
	has "rescore --threads $n: the documents that changed" \
		": $touched with other scores or matches than before" "$err"
	if results "$TMP/re$n.db" | cmp -s - "$TMP/fresh"; then pass; else
		fail "rescore --threads $n: results differ from a first ingest"
	fi
done
if dump "$TMP/re1.db" | cmp -s - "$(dump "$TMP/re3.db" >"$TMP/re3"; echo "$TMP/re3")"; then pass; else
	fail "rescore of an edit: 1 and 3 threads differ"
fi
# a changed document's matches are written by their difference: those in both A and B,
# with and without their ids, must be as many
MATCH_COLS="doc_id, category, term, surface, entry, entry_source, start, end, weight, negated"
kept_ids() {
	sqlite3 "$1" "attach '$2' as b;
		select (select count(*) from (select match_id, $MATCH_COLS from matches
			intersect select match_id, $MATCH_COLS from b.matches)) || ' ' ||
		(select count(*) from (select $MATCH_COLS from matches
			intersect select $MATCH_COLS from b.matches))"
}
ids=$(kept_ids "$TMP/re1.db" "$TMP/same.db")
eq "rescore of an edit: the matches that stay keep their ids" \
	"$(echo "$ids" | cut -d' ' -f2) $(echo "$ids" | cut -d' ' -f2)" "$ids"
eq "and there are such matches" 1 "$(echo "$ids" | awk '{ print ($1 > 1000) }')"
# the added matches come after the others in id order, not in the text's: rescore with the
# same lexicons again compares the matches as sets and finds nothing to change
cp "$TMP/re1.db" "$TMP/edited.db"
t --db "$TMP/re1.db" --lexicons "$TMP/lexe" rescore --threads 3
has "rescore after the edit, again: nothing changed" ": 0 with other scores or matches than before" \
	"$err"
if dump "$TMP/re1.db" | grep -v '^[0-9]*|rescore|' | cmp -s - "$(dump "$TMP/edited.db" |
	grep -v '^[0-9]*|rescore|' >"$TMP/edited"; echo "$TMP/edited")"; then pass; else
	fail "rescore after the edit, again: the database changed"
fi
# the edit taken back: the matches it added are deleted, the others stay as they were
sed -i '$d' "$TMP/lexe/de/advisory.txt"
t --db "$TMP/edited.db" --lexicons "$TMP/lexe" rescore --threads 2
printf 'nach* = 2\n' >>"$TMP/lexe/de/advisory.txt"
has "the edit taken back: the documents it had changed" \
	": $touched with other scores or matches than before" "$err"
if results "$TMP/edited.db" | cmp -s - "$(results "$TMP/same.db" >"$TMP/unedited"
	echo "$TMP/unedited")"; then pass; else
	fail "the edit taken back: results differ from before it"
fi
ids=$(kept_ids "$TMP/edited.db" "$TMP/same.db")
eq "the edit taken back: every match as it was, its id too" \
	"$(sqlite3 "$TMP/same.db" "select count(*) from matches") $(echo "$ids" | cut -d' ' -f2)" \
	"$ids"
# an entry's weight edited: its matches are deleted and added again, those of the other
# entries stay with their ids, and the aggregates are what a rebuild makes of the rows
cp "$TMP/re1.db" "$TMP/weight.db"
sed -i 's/^nach\* = 2$/nach* = 3/' "$TMP/lexe/de/advisory.txt"
t --db "$TMP/weight.db" --lexicons "$TMP/lexe" rescore --threads 3
sed -i 's/^nach\* = 3$/nach* = 2/' "$TMP/lexe/de/advisory.txt"
eq "weight edited: every match of the entry weighs 3" \
	"$(sqlite3 "$TMP/re1.db" "select count(*) from matches where entry = 'nach*'") 0" \
	"$(sqlite3 "$TMP/weight.db" "select (select count(*) from matches where entry = 'nach*'
		and weight = 3) || ' ' || (select count(*) from matches where entry = 'nach*'
		and weight = 2)")"
ids=$(kept_ids "$TMP/weight.db" "$TMP/re1.db")
eq "weight edited: the other matches keep their ids" \
	"$(sqlite3 "$TMP/re1.db" "select count(*) from matches where entry != 'nach*'") $(echo "$ids" | cut -d' ' -f2)" \
	"$ids"
eq "weight edited: aggregates equal a rebuild" "$(agg_rebuilt "$TMP/weight.db")" \
	"$(agg "$TMP/weight.db")"

# ids left sparse by another tool (the first hundred documents deleted, four in five of the
# next ones): rescore scores every document left, on 1 and 3 threads, as its chunks switch
# from ranges of ids to ends found by a query
doc_results() {
	sqlite3 "$1" "select * from scores; select doc_id, category, term, surface, entry,
		entry_source, start, end, weight, negated from matches
		order by doc_id, start, end, category, entry;
		select doc_id, tokens, lexicon_version from documents join document_lexicons
		using (doc_id)"
}
thin() {
	sqlite3 "$1" "delete from documents where doc_id <= 100 or (doc_id < 3000 and doc_id % 5);
		delete from document_groups where doc_id not in (select doc_id from documents);
		delete from scores where doc_id not in (select doc_id from documents);
		delete from matches where doc_id not in (select doc_id from documents);
		delete from document_lexicons where doc_id not in (select doc_id from documents)"
}
cp "$TMP/fresh.db" "$TMP/fresh-thin.db"
thin "$TMP/fresh-thin.db"
left=$(sqlite3 "$TMP/fresh-thin.db" "select count(*) from documents")
for n in 1 3; do
	cp "$TMP/same.db" "$TMP/thin$n.db"
	thin "$TMP/thin$n.db"
	t --db "$TMP/thin$n.db" --lexicons "$TMP/lexe" rescore --threads "$n"
	has "sparse ids, --threads $n: every document left" "rescored $left documents" "$err"
	if doc_results "$TMP/thin$n.db" | cmp -s - "$(doc_results "$TMP/fresh-thin.db" \
		>"$TMP/fresh-thin"; echo "$TMP/fresh-thin")"; then pass; else
		fail "sparse ids, --threads $n: results differ from a first ingest"
	fi
done

# ingesting the same file again after the edit scores every document anew (unchanged but
# scored by other lexicons): the results and the aggregates of a first ingest
for n in 1 3; do
	cp "$TMP/same.db" "$TMP/again$n.db"
	"$TENOR" --db "$TMP/again$n.db" --lexicons "$TMP/lexe" ingest --threads "$n" --encoding cp1252 \
		--id ID --group team --lang de "$TMP/gen/pulse-de.csv" >/dev/null 2>&1
	eq "ingest again --threads $n: status" 0 "$?"
	if results "$TMP/again$n.db" | cmp -s - "$TMP/fresh"; then pass; else
		fail "ingest again --threads $n: results differ from a first ingest"
	fi
	eq "ingest again --threads $n: aggregates equal a rebuild" "$(agg_rebuilt "$TMP/again$n.db")" \
		"$(agg "$TMP/again$n.db")"
done

# Eight group columns of distinct values: each batch spreads over more keys than a worker
# keeps (the writer spreads the rest) and the writer's sums pass their bound within one
# batch, so they are written as the batch is added. The same database on 1 and 2 threads,
# and the aggregates of a rebuild, before and after a rescore with other lexicons.
awk 'BEGIN {
	split("Wir hören dem Kunden zu|Die Quote zählt und der Abschluss muss heute kommen|Ich frage nach dem Bedarf und verstehe das Problem|Das Ranking macht Druck|Wir lösen das Problem gemeinsam mit dem Kunden", t, "|")
	printf "id,date,text,a,b,c,d,e,f,g,h\n"
	for (i = 1; i <= 2500; i++) {
		printf "%d,2024-%02d-%02d,%s %d", i, i % 12 + 1, i % 28 + 1, t[i % 5 + 1], i
		for (k = 1; k <= 8; k++)
			printf ",v%d", i <= 1024 ? (i * 7919 + k * 104729) % 1999 : (i + k) % 3
		printf "\n"
	}
}' >"$TMP/wide.csv"
# Weights that are no sum of powers of two (0.1, 0.3, 0.7) add up to other last bits in
# another order: the weights' sums, to the last bit, are the same on any number of threads.
cp -r "$FIX/lex" "$TMP/lexw"
printf 'Quote = 0.1\nRanking = 0.3\nAbschluss = 0.7\n' >>"$TMP/lexw/de/pressure.txt"
printf 'Bedarf = 0.1\nProblem = 0.3\nKunde* = 0.7\n' >>"$TMP/lexw/de/advisory.txt"
for n in 1 2 3; do
	"$TENOR" --db "$TMP/wide$n.db" --lexicons "$TMP/lexw" ingest --threads "$n" --id id \
		--lang de --group a --group b --group c --group d --group e --group f --group g \
		--group h "$TMP/wide.csv" >/dev/null 2>&1
	eq "eight group columns, --threads $n: status" 0 "$?"
	{
		dump "$TMP/wide$n.db" | grep -v '^[0-9]*|ingest|'
		sqlite3 "$TMP/wide$n.db" "select kind, period, group_name, group_value, category,
			printf('%.17g', weight) from agg_cells order by 1, 2, 3, 4, 5"
	} >"$TMP/wdump$n"
done
eq "eight group columns: cells" 1 \
	"$(sqlite3 "$TMP/wide1.db" "select count(*) > 50000 from agg_cells")"
eq "eight group columns: weights of a tenth" 1 \
	"$(sqlite3 "$TMP/wide1.db" "select count(*) > 0 from agg_cells where weight != round(weight, 0) and category = 'pressure'")"
for n in 2 3; do
	if cmp -s "$TMP/wdump1" "$TMP/wdump$n"; then pass; else
		fail "eight group columns: --threads $n differs from one thread"
	fi
done
eq "eight group columns: aggregates equal a rebuild" "$(agg_rebuilt "$TMP/wide2.db")" \
	"$(agg "$TMP/wide2.db")"
"$TENOR" --db "$TMP/wide2.db" --lexicons "$FIX/lex" rescore --threads 2 >/dev/null 2>&1
eq "eight group columns, rescore: status" 0 "$?"
eq "eight group columns, rescore: aggregates equal a rebuild" "$(agg_rebuilt "$TMP/wide2.db")" \
	"$(agg "$TMP/wide2.db")"

# ids left sparse in part (two in three of 300 to 2000 deleted, the aggregates rebuilt), rescored
# with weights that are no sum of powers of two: the chunks are cut alike on any number of
# threads, so the aggregates' sums are the same to the last bit
"$TENOR" --db "$TMP/sp.db" --lexicons "$FIX/lex" ingest --threads 1 --encoding cp1252 --id ID \
	--group team --lang de "$TMP/gen/pulse-de.csv" >/dev/null 2>&1
sqlite3 "$TMP/sp.db" "delete from documents where doc_id between 300 and 2000 and doc_id % 3;
	delete from document_groups where doc_id not in (select doc_id from documents);
	delete from scores where doc_id not in (select doc_id from documents);
	delete from matches where doc_id not in (select doc_id from documents);
	delete from document_lexicons where doc_id not in (select doc_id from documents)"
"$TENOR" --db "$TMP/sp.db" --lexicons "$FIX/lex" rescore --rebuild >/dev/null 2>&1
for n in 1 2 3; do
	cp "$TMP/sp.db" "$TMP/sp$n.db"
	"$TENOR" --db "$TMP/sp$n.db" --lexicons "$TMP/lexw" rescore --threads "$n" >/dev/null 2>&1
	eq "sparse in part, rescore --threads $n: status" 0 "$?"
	sqlite3 "$TMP/sp$n.db" "select kind, period, group_name, group_value, category,
		printf('%.17g', weight) from agg_cells order by 1, 2, 3, 4, 5" >"$TMP/spdump$n"
done
for n in 2 3; do
	if cmp -s "$TMP/spdump1" "$TMP/spdump$n"; then pass; else
		fail "sparse in part, rescore --threads $n: weights differ from one thread"
	fi
done

# strict on 3 threads: a reject in a late batch, nothing stored
cp "$TMP/t1.db" "$TMP/s.db"
t --db "$TMP/s.db" ingest --threads 3 --strict --id id --group team "$TMP/rejects.csv"
eq "strict with threads: status" 1 "$rc"
if [ "$(dump "$TMP/s.db")" = "$(cat "$TMP/dump1")" ]; then pass; else fail "strict with threads changed the database"; fi

t ingest --threads 0 x.csv
eq "ingest --threads 0" 2 "$rc"
t rescore --threads 65
eq "rescore --threads 65" 2 "$rc"
has "rescore --threads message" "--threads takes a number from 1 to 64" "$err"

finish
