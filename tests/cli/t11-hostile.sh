# Hostile input: each case with the behaviour docs/testing.md writes down. Huge fields and
# records hit a limit and become rejects in a fraction of a second with flat memory; bytes
# that are not text are rejected with the reason; nested JSON stops at a depth; a regex
# that backtracks stops at its match limit and says so; payloads for browsers, SQL and
# spreadsheets stay data in every output; odd file names work everywhere.
. "$(dirname "$0")/lib.sh"

DB="$TMP/h.db"
ti() { t --db "$DB" --lexicons "$LEX" ingest --lang de "$@"; }
now() { date +%s.%N; }
# within DESC SECONDS START: passes when less than SECONDS have gone by since START.
within() {
	if awk -v a="$3" -v b="$(now)" -v s="$2" 'BEGIN { exit !(b - a < s) }'; then pass
	else fail "$1: took more than $2 s"; fi
}
# rss_below DESC KB CMD...: the peak memory of CMD, where GNU time is there to measure it.
rss_below() {
	desc=$1 kb=$2
	shift 2
	# AddressSanitizer keeps freed memory in quarantine (256 MB unless told) and shadows
	# all of it: under `make test SAN=1` (which sets detect_leaks) the quarantine is kept
	# to 16 MB and the bound is four times as large
	san=
	case "$ASAN_OPTIONS" in *detect_leaks=1*) kb=$((kb * 4)) san=:quarantine_size_mb=16 ;; esac
	# under valgrind (make test VALGRIND=1) the peak is valgrind's own, not tenor's
	[ -n "$TENOR_WRAP" ] && return
	if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then
		m=$(ASAN_OPTIONS="$ASAN_OPTIONS$san" /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1)
		if [ "$m" -lt "$kb" ]; then pass; else fail "$desc: $m KB, not below $kb KB"; fi
	fi
}
docs() { sqlite3 "$DB" "select count(*) from documents where source = '$1'"; }

# ---- a 100 MB field ----
# generated on the fly, one file at a time, removed after use
a100m() { head -c 104857600 /dev/zero | tr '\0' 'a'; }
start=$(now)
{ printf 'id,text\n1,'; a100m; printf '\n2,Druck klein\n'; } >"$TMP/field.csv"
ti --id id "$TMP/field.csv"
eq "100 MB CSV field: status" 3 "$rc"
has "100 MB CSV field: the reason" "field.csv:2: field 2 is longer than 1048576 bytes" "$err"
eq "100 MB CSV field: the other record stored" 1 "$(docs field.csv)"
t --lexicons "$LEX" score --input csv --lang de "$TMP/field.csv"
eq "score 100 MB CSV field: status" 3 "$rc"
has "score 100 MB CSV field: an error line in its place" '"line":2,"error":"field 2 is longer than 1048576 bytes"}' "$out"
has "score 100 MB CSV field: the next one scored" '"id":"2","text":"Druck klein"' "$out"
rss_below "100 MB CSV field: memory stays flat" 65536 "$TENOR" --lexicons "$LEX" score --input csv --lang de "$TMP/field.csv"
rm -f "$TMP/field.csv"
{ printf '{"id":"1","text":"'; a100m; printf '"}\n{"id":"2","text":"Druck klein"}\n'; } >"$TMP/field.jsonl"
ti --id id "$TMP/field.jsonl"
eq "100 MB JSON field: status" 3 "$rc"
has "100 MB JSON field: the reason" "field.jsonl:1: line longer than its limit" "$err"
eq "100 MB JSON field: the other record stored" 1 "$(docs field.jsonl)"
ti --id id --redact "$TMP/field.jsonl"
eq "100 MB JSON field, --redact: no start kept that could end in part of an address" "1|1" "$(sqlite3 "$DB" "select raw_truncated, raw is null from rejects where file like '%field.jsonl' order by reject_id desc limit 1")"
eq "100 MB JSON field: the start kept, cut and marked" '1|4096|{"id":"1","text":"aa' "$(sqlite3 "$DB" "select raw_truncated, length(raw), substr(cast(raw as text), 1, 20) from rejects where file like '%field.jsonl' order by reject_id limit 1")"
t --lexicons "$LEX" score --lang de "$TMP/field.jsonl"
has "score 100 MB JSON line" '"line":1,"error":"line longer than the limit of 16 MiB"}' "$out"
has "score 100 MB JSON line: the next one scored" '"id":"2","text":"Druck klein"' "$out"
rss_below "100 MB JSON line: memory stays flat" 65536 "$TENOR" --lexicons "$LEX" score --lang de "$TMP/field.jsonl"
rm -f "$TMP/field.jsonl"
# a text over ingest's limit of a field is a reject in score too, whatever the input
{ printf '{"id":"1","text":"'; head -c 1048577 /dev/zero | tr '\0' 'a'
  printf '"}\n{"id":"2","text":"'; head -c 1048576 /dev/zero | tr '\0' 'a'; printf '"}\n'; } >"$TMP/mib.jsonl"
"$TENOR" --lexicons "$LEX" score --lang de "$TMP/mib.jsonl" 2>"$TMP/err" | cut -c1-200 >"$TMP/out"
has "score, a text over 1 MiB: an error line in its place" \
	'{"file":"'"$TMP"'/mib.jsonl","line":1,"error":"text longer than its limit of 1048576 bytes"}' \
	"$(cat "$TMP/out")"
has "score, a text of 1 MiB: scored" '{"id":"2","text":"aaaa' "$(cat "$TMP/out")"
has "score, a text over 1 MiB: the reason" "mib.jsonl:1: text longer than its limit of 1048576 bytes" \
	"$(cat "$TMP/err")"
{ head -c 1048577 /dev/zero | tr '\0' 'a'; printf '\nDruck klein\n'; } >"$TMP/mib.txt"
t --lexicons "$LEX" score --input txt --lang de "$TMP/mib.txt"
eq "score --input txt, a line over 1 MiB: status" 3 "$rc"
has "score --input txt, a line over 1 MiB: the reason" '"line":1,"error":"text longer than its limit of 1048576 bytes"}' "$out"
rm -f "$TMP/mib.jsonl" "$TMP/mib.txt"
# texts of a megabyte with a hit every few words: batches of a megabyte, not four, as their
# matches take more than their bytes
python3 -c '
import json
s = "Der Kunde hat uns sein Problem erklärt, wir haben zugehört und die Quote vergessen. "
for i in range(24):
    print(json.dumps({"id": str(i), "text": (s * 12400)[:990000]}, ensure_ascii=False))
' >"$TMP/megs.jsonl"
rss_below "24 texts of a megabyte, ingest on two threads: memory stays flat" 65536 \
	"$TENOR" --db "$TMP/megs.db" --lexicons "$LEX" ingest --threads 2 --id id --lang de "$TMP/megs.jsonl"
rss_below "24 texts of a megabyte, score --matches on two threads: memory stays flat" 65536 \
	"$TENOR" --lexicons "$LEX" score --threads 2 --matches --lang de "$TMP/megs.jsonl"
# long lines, each a batch of its own: no more of them read ahead than two batches' worth,
# and their buffers not kept by every batch in turn
for i in 1 2 3 4 5 6; do
	printf '{"id":"%d","text":"Druck klein","note":"' "$i"
	head -c 10000000 /dev/zero | tr '\0' 'a'
	printf '"}\n'
done >"$TMP/long.jsonl"
eq "six 10 MB lines on two threads: all scored, in order" "1 2 3 4 5 6" \
	"$("$TENOR" --lexicons "$LEX" score --threads 2 --lang de "$TMP/long.jsonl" | cut -c1-12 |
		sed 's/^{"id":"\([0-9]*\)".*/\1/' | tr '\n' ' ' | sed 's/ $//')"
rss_below "six 10 MB lines on two threads: memory stays flat" 65536 \
	"$TENOR" --lexicons "$LEX" score --threads 2 --lang de "$TMP/long.jsonl"
rm -f "$TMP/long.jsonl"
{ a100m; printf '\nDruck klein\n'; } >"$TMP/field.txt"
ti --split lines "$TMP/field.txt"
eq "100 MB text line: status" 3 "$rc"
has "100 MB text line: the reason" "field.txt:1: text longer than its limit" "$err"
{ printf 'a\nb\n'; head -c 2000000 /dev/zero | tr '\0' 'x'; printf '\nc\n'; } >"$TMP/mid.txt"
ti --split lines "$TMP/mid.txt"
has "a long line among lines: its own number" "mid.txt:3: text longer than its limit of 1048576 bytes" "$err"
hasnt "a long line among lines: no advice to split" "mid.txt:3: text longer than its limit of 1048576 bytes (" "$err"
{ printf 'erste zeile gut\n'; head -c 1200000 /dev/zero | tr '\0' y; printf '\nnoch ein satz\n\nzweiter absatz\n'; } >"$TMP/para.txt"
ti --split paragraphs "$TMP/para.txt"
has "a long line in a paragraph: the paragraph is the reject" "para.txt:1: text longer than its limit" "$err"
eq "a long line in a paragraph: the rest of it is no document" "zweiter absatz" "$(sqlite3 "$DB" "select group_concat(text, '|') from documents where source = 'para.txt'")"
eq "100 MB text line: the start kept, cut and marked" '1|4096|aaaa' "$(sqlite3 "$DB" "select raw_truncated, length(raw), substr(cast(raw as text), 1, 4) from rejects where file like '%field.txt'")"
ti --source whole "$TMP/field.txt"
has "100 MB text file as one document: rejected at its first line" "field.txt:1: text longer than its limit" "$err"
rm -f "$TMP/field.txt"
within "100 MB fields: three files written, nine runs" 60 "$start"

# ---- memory where the output, the matches or the texts outgrow a batch ----
# rescore reads a chunk of documents at a time: of texts up to a megabyte, not 256 of them
cp "$TMP/megs.db" "$TMP/megs0.db"
cp "$TMP/megs.db" "$TMP/megs1.db"
cp "$TMP/megs.db" "$TMP/megs2.db"
mkdir -p "$TMP/lexq/de"
cp "$LEX"/de/* "$TMP/lexq/de/"
printf 'Quote* = 0.75\n' >>"$TMP/lexq/de/pressure.txt"
rss_below "24 texts of a megabyte, rescore after an edit on one thread: memory stays flat" 65536 \
	"$TENOR" --db "$TMP/megs1.db" --lexicons "$TMP/lexq" rescore --threads 1
rss_below "24 texts of a megabyte, rescore after an edit on two threads: memory stays flat" 98304 \
	"$TENOR" --db "$TMP/megs2.db" --lexicons "$TMP/lexq" rescore --threads 2
dump() { sqlite3 "$1" "select doc_id, category, hits, weight, negated from scores order by 1, 2;
	select doc_id, category, term, start, end, weight, negated from matches order by 1, 4, 2;
	select kind, period, year, group_name, group_value, category, docs, tokens, hits,
		printf('%.17g', weight), negated from agg_cells order by 1, 2, 3, 4, 5, 6;
	select * from agg_terms order by 1, 2, 3, 4, 5, 6, 7" | cksum; }
eq "24 texts of a megabyte, rescore: the same database on one thread and two" \
	"$(dump "$TMP/megs1.db")" "$(dump "$TMP/megs2.db")"
"$TENOR" --db "$TMP/megs.db" --lexicons "$TMP/lexq" ingest --threads 1 --id id --lang de --source again "$TMP/megs.jsonl" 2>/dev/null
eq "24 texts of a megabyte, rescore: what an ingest with the edited lexicons stores" \
	"$(sqlite3 "$TMP/megs.db" "select sum(weight), sum(hits) from scores where doc_id > 24")" \
	"$(sqlite3 "$TMP/megs1.db" "select sum(weight), sum(hits) from scores")"
# the same texts with the ids of half of them moved up by 20 million (deleted and added
# again by another tool): the gap is not walked an id at a time. Moving ids leaves the
# aggregates as they are.
rm -f "$TMP/megs.db"*
mv "$TMP/megs0.db" "$TMP/megs.db"
sqlite3 "$TMP/megs.db" "pragma foreign_keys = off;
	begin;
	update documents set doc_id = doc_id + 20000000 where doc_id > 12;
	update document_groups set doc_id = doc_id + 20000000 where doc_id > 12;
	update scores set doc_id = doc_id + 20000000 where doc_id > 12;
	update matches set doc_id = doc_id + 20000000 where doc_id > 12;
	update document_lexicons set doc_id = doc_id + 20000000 where doc_id > 12;
	commit"
cp "$TMP/megs.db" "$TMP/megs1.db"
start=$(now)
t --db "$TMP/megs.db" --lexicons "$TMP/lexq" rescore --threads 2
has "ids 20 million apart, rescore on two threads: every document" "rescored 24 documents" "$err"
within "ids 20 million apart, rescore on two threads" 30 "$start"
"$TENOR" --db "$TMP/megs1.db" --lexicons "$TMP/lexq" rescore --threads 1 2>/dev/null
eq "ids 20 million apart, rescore: the same database on one thread and two" \
	"$(dump "$TMP/megs1.db")" "$(dump "$TMP/megs.db")"
rm -rf "$TMP/megs1.db"* "$TMP/megs2.db"* "$TMP/lexq"
rm -f "$TMP/megs.jsonl" "$TMP/megs.db"*
# output many times the input: every word of a megabyte a hit makes a line of 30 MB with
# --matches, and a thousand long column names are repeated in every record's line; a batch
# writes its output as it makes it once it is due, instead of holding it
python3 -c '
import json
for i in range(6):
    print(json.dumps({"id": str(i), "text": ("Druck " * 174000).strip()}))
' >"$TMP/dense.jsonl"
rss_below "6 texts of a megabyte, every word a hit, score --matches on two threads: memory stays flat" \
	65536 "$TENOR" --lexicons "$LEX" score --threads 2 --matches --lang de "$TMP/dense.jsonl"
"$TENOR" --lexicons "$LEX" score --threads 1 --matches --lang de "$TMP/dense.jsonl" | cksum >"$TMP/one"
"$TENOR" --lexicons "$LEX" score --threads 2 --matches --lang de "$TMP/dense.jsonl" | cksum >"$TMP/two"
eq "every word a hit: the same output on one thread and two" "$(cat "$TMP/one")" "$(cat "$TMP/two")"
has "every word a hit: 174,000 matches in a line" '"tokens":174000,' \
	"$(head -1 "$TMP/dense.jsonl" | "$TENOR" --lexicons "$LEX" score --matches --lang de | cut -c1-1100000 |
		grep -o '"tokens":[0-9]*,')"
python3 -c '
names = ["a_rather_long_and_descriptive_column_name_of_the_export_%04d" % i for i in range(9000)]
print(",".join(["id", "text"] + names))
for r in range(200):
    print(",".join([str(r), "Wir haben Druck"] + ["x"] * 9000))
' >"$TMP/names.csv"
rss_below "9,000 long column names in every record's line, score on two threads: memory stays flat" \
	65536 "$TENOR" --lexicons "$LEX" score --threads 2 --input csv --lang de "$TMP/names.csv"
eq "9,000 long column names: every record written, in order" "200 0 199" \
	"$("$TENOR" --lexicons "$LEX" score --threads 2 --input csv --lang de "$TMP/names.csv" |
		cut -c1-12 | sed 's/^{"id":"\([0-9]*\)".*/\1/' | awk 'NR == 1 { f = $0 } { l = $0 } END { print NR, f, l }')"
rss_below "6 texts of a megabyte, every word a hit, ingest on one thread: memory stays flat" 65536 \
	"$TENOR" --db "$TMP/dense.db" --lexicons "$LEX" ingest --threads 1 --id id --lang de "$TMP/dense.jsonl"
eq "every word a hit: each match stored, in order" "1044000|1044000|1|1" \
	"$(sqlite3 "$TMP/dense.db" "select count(*), count(distinct match_id), min(start) = 0,
		(select count(*) from matches a join matches b on b.match_id = a.match_id + 1
		 where a.doc_id = b.doc_id and b.start <= a.start) = 0 from matches")"
# on two threads each worker gives back a long text's arrays once its batch has them, and
# the C library gives back the blocks freed (ingest's cli_flat_heap)
rss_below "6 texts of a megabyte, every word a hit, ingest on two threads: memory stays flat" 65536 \
	"$TENOR" --db "$TMP/dense2.db" --lexicons "$LEX" ingest --threads 2 --id id --lang de "$TMP/dense.jsonl"
rows() { sqlite3 "$1" "select * from matches; select * from scores; select * from agg_terms" | cksum; }
eq "every word a hit: the same rows on two threads as on one" "$(rows "$TMP/dense.db")" \
	"$(rows "$TMP/dense2.db")"
rm -f "$TMP/dense.jsonl" "$TMP/dense.db"* "$TMP/dense2.db"* "$TMP/names.csv" "$TMP/one" "$TMP/two"
# a vocabulary many times the memo's bound: 1.25 million words no lexicon knows. The memo
# is emptied when full, and its tables, which grow by doubling, with it
python3 -c '
import json, random
random.seed(7)
letters = "abcdefghijklmnopqrstuvwxyz"
for i in range(50000):
    words = ["".join(random.choice(letters) for _ in range(random.randint(5, 12))) for _ in range(25)]
    print(json.dumps({"id": str(i), "text": " ".join(words) + " Druck"}))
' >"$TMP/vocab.jsonl"
rss_below "1.25 million distinct words, ingest on two threads: memory stays flat" 65536 \
	"$TENOR" --db "$TMP/vocab.db" --lexicons "$LEX" ingest --threads 2 --id id --lang de "$TMP/vocab.jsonl"
eq "1.25 million distinct words: every document with its tokens" "50000|1300000" \
	"$(sqlite3 "$TMP/vocab.db" "select count(*), sum(tokens) from documents")"
rm -f "$TMP/vocab.jsonl" "$TMP/vocab.db"*
# 3,000 updates of comments with eight group columns of distinct values: each update takes
# the stored version out of the aggregates and adds the new one, as places that the flush
# spreads over 45 cells each (and their terms), and writes in parts
for v in 1 2; do
	awk -v V=$v 'BEGIN {
		split("Wir hören dem Kunden zu|Die Quote zählt und der Abschluss muss heute kommen|Ich frage nach dem Bedarf und verstehe das Problem|Das Ranking macht Druck|Wir lösen das Problem gemeinsam mit dem Kunden", t, "|")
		printf "id,date,text,a,b,c,d,e,f,g,h\n"
		for (i = 1; i <= 3000; i++) {
			printf "%d,2024-%02d-%02d,%s %d", i, i % 12 + 1, i % 28 + 1, t[(i + V) % 5 + 1], i
			for (k = 1; k <= 8; k++)
				printf ",v%d", (i * 7919 + k * 104729) % 1999
			printf "\n"
		}
	}' >"$TMP/upd$v.csv"
done
set -- --id id --lang de --source w --group a --group b --group c --group d --group e \
	--group f --group g --group h
"$TENOR" --db "$TMP/upd1.db" --lexicons "$LEX" ingest --threads 1 "$@" "$TMP/upd1.csv" 2>/dev/null
cp "$TMP/upd1.db" "$TMP/upd2.db"
"$TENOR" --db "$TMP/upd1.db" --lexicons "$LEX" ingest --threads 1 "$@" "$TMP/upd2.csv" 2>/dev/null
rss_below "3,000 updates of eight group columns, ingest on two threads: memory stays flat" 65536 \
	"$TENOR" --db "$TMP/upd2.db" --lexicons "$LEX" ingest --threads 2 "$@" "$TMP/upd2.csv"
set --
eq "3,000 updates: every one" 3000 \
	"$(sqlite3 "$TMP/upd2.db" "select docs_updated from batches order by batch_id desc limit 1")"
cells() { sqlite3 "$1" "select kind, period, year, group_name, group_value, category, docs,
	tokens, hits, printf('%.17g', weight), negated from agg_cells where docs > 0 order by 1, 2,
	3, 4, 5, 6; select * from agg_terms where count > 0 order by 1, 2, 3, 4, 5, 6, 7" | cksum; }
eq "3,000 updates: the same aggregates on one thread and two" "$(cells "$TMP/upd1.db")" \
	"$(cells "$TMP/upd2.db")"
eq "3,000 updates: aggregates equal a rebuild" "$(agg_rebuilt "$TMP/upd2.db")" \
	"$(agg "$TMP/upd2.db")"
rm -f "$TMP/upd1.csv" "$TMP/upd2.csv" "$TMP/upd1.db"* "$TMP/upd2.db"*

# ---- a million columns ----
start=$(now)
awk 'BEGIN { printf "text"; for (i = 1; i < 1000000; i++) printf ",c%d", i; print ""; print "Druck" }' >"$TMP/wide-header.csv"
awk 'BEGIN { print "id,text"; printf "1,Druck"; for (i = 1; i < 1000000; i++) printf ","; print ""; print "2,Beratung" }' >"$TMP/wide-row.csv"
python3 -c 'import json; print(json.dumps(dict([("id", "1"), ("text", "Druck")] + [("c%d" % i, 1) for i in range(1000000)]))); print(json.dumps({"id": "2", "text": "Beratung"}))' >"$TMP/wide.jsonl"
ti "$TMP/wide-header.csv"
eq "a million columns in the header: status" 1 "$rc"
has "a million columns in the header: the reason" "wide-header.csv:1: header: record has more than 10000 fields" "$err"
ti --id id "$TMP/wide-row.csv"
eq "a million fields in a record: status" 3 "$rc"
has "a million fields in a record: the reason" "wide-row.csv:2: record has more than 10000 fields" "$err"
eq "a million fields in a record: the other stored" 1 "$(docs wide-row.csv)"
ti --id id "$TMP/wide.jsonl"
eq "a million fields in a JSON object: status" 3 "$rc"
has "a million fields in a JSON object: the reason" "wide.jsonl:1: object has more than 10000 fields" "$err"
eq "a million fields in a JSON object: the other stored" 1 "$(docs wide.jsonl)"
t --lexicons "$LEX" score --input csv --lang de "$TMP/wide-row.csv"
has "score a million fields" '"line":2,"error":"record has more than 10000 fields"}' "$out"
within "a million columns, four runs" 30 "$start"
rm -f "$TMP"/wide*

# ---- NUL bytes ----
printf 'id,text\n1,Dr\000uck\n2,Beratung\n' >"$TMP/nul.csv"
printf '{"id":"1","text":"Dr\000uck"}\n{"id":"2","text":"Dr\\u0000uck"}\n{"id":"3","text":"Beratung"}\n' >"$TMP/nul.jsonl"
printf 'Dr\000uck\nBeratung\n' >"$TMP/nul.txt"
ti --id id "$TMP/nul.csv"
eq "NUL in CSV: status" 3 "$rc"
has "NUL in CSV: the reason" "nul.csv:2: field 'text': a NUL byte at byte 2" "$err"
ti --id id "$TMP/nul.jsonl"
# (the reasons are the JSON parser's: "control character 0x0", "\u0000 is not allowed")
has "NUL in JSON: raw" "nul.jsonl:1: not JSON: " "$err"
has "NUL in JSON: escaped" "nul.jsonl:2: not JSON: " "$err"
ti --split lines "$TMP/nul.txt"
has "NUL in text: the reason" "nul.txt:1: field 'text': a NUL byte at byte 2" "$err"
eq "NUL: only the clean records stored, no NUL in the database" "3|0" "$(sqlite3 "$DB" "select count(*), sum(instr(cast(text as blob), x'00') > 0) from documents where source like 'nul.%'")"
t --lexicons "$LEX" score --input csv --lang de "$TMP/nul.csv"
has "score keeps a NUL in CSV, escaped" '"text":"Dr\u0000uck"' "$out"
t --lexicons "$LEX" score --lang de "$TMP/nul.jsonl"
has "score rejects a NUL in JSON" '"line":1,"error":"not JSON: ' "$out"

# ---- invalid and overlong UTF-8 ----
printf 'id,text\n1,over \300\257 long\n2,surrogate \355\240\200 x\n3,beyond \365\200\200\200 x\n4,lone \200 x\n5,cut \342\202\n6,over4 \360\202\202\254 x\n7,max \364\217\277\277 Druck\n' >"$TMP/utf.csv"
ti --id id "$TMP/utf.csv"
eq "invalid UTF-8: status" 3 "$rc"
for c in "2: field 'text': invalid UTF-8 at byte 5" "3: field 'text': invalid UTF-8 at byte 10" \
	"4: field 'text': invalid UTF-8 at byte 7" "5: field 'text': invalid UTF-8 at byte 5" \
	"6: field 'text': invalid UTF-8 at byte 4" "7: field 'text': invalid UTF-8 at byte 6"; do
	has "invalid UTF-8: utf.csv:${c%%:*}" "utf.csv:$c" "$err"
done
eq "invalid UTF-8: U+10FFFF is valid and stored" 1 "$(docs utf.csv)"
t --lexicons "$LEX" score --input csv --lang de "$TMP/utf.csv"
eq "score invalid UTF-8: six error lines" 6 "$(printf '%s\n' "$out" | grep -c '"error":"column .text.: invalid UTF-8')"
t_in "$(printf 'a \300\257 b')" --lexicons "$LEX" explain --lang de
eq "explain invalid UTF-8: status" 1 "$rc"
has "explain invalid UTF-8: the reason" "invalid UTF-8" "$err"

# ---- a byte order mark in the middle of a file (files joined with cat) ----
printf '\357\273\277id,text\n1,Beratung\n\357\273\2772,Dru\357\273\277ck im Team\n3,\357\273\277Druck\n' >"$TMP/bom.csv"
ti --id id "$TMP/bom.csv"
eq "BOM in CSV: status" 0 "$rc"
eq "BOM in CSV: a BOM inside a word still matches" "2" "$(sqlite3 "$DB" "select sum(s.hits) from scores s join documents d using (doc_id) where d.source = 'bom.csv' and s.category = 'pressure'")"
printf '{"id":"1","text":"a"}\n\357\273\277{"id":"2","text":"Druck"}\n' >"$TMP/bom.jsonl"
ti --id id "$TMP/bom.jsonl"
eq "BOM starting a JSON line: status" 3 "$rc"
has "BOM starting a JSON line: rejected with the reason" "bom.jsonl:2: not JSON: a value expected at column 1" "$err"
printf 'Zeile eins\n\357\273\277Druck in Zeile zwei\n' >"$TMP/bom.txt"
ti --split lines "$TMP/bom.txt"
eq "BOM in text: both lines stored, the word matches" "2|1" "$(sqlite3 "$DB" "select count(distinct d.doc_id), sum(s.hits) from documents d join scores s using (doc_id) where d.source = 'bom.txt' and s.category = 'pressure'")"

# ---- a JSON line nested 100,000 deep ----
python3 -c 'print("{\"text\":\"Druck\",\"m\":" + "[" * 100000 + "]" * 100000 + "}"); print("{\"text\":\"x\",\"m\":" + "{\"a\":" * 100000 + "1" + "}" * 100000 + "}"); print("{\"text\":\"Beratung tief unten\"}")' >"$TMP/deep.jsonl"
start=$(now)
ti "$TMP/deep.jsonl"
eq "nested 100,000 deep: status" 3 "$rc"
# (the reason is the JSON parser's: "maximum parsing depth reached")
has "nested arrays: the reason" "deep.jsonl:1: not JSON: " "$err"
has "nested objects: the reason" "deep.jsonl:2: not JSON: " "$err"
eq "nested: the flat one stored" 1 "$(docs deep.jsonl)"
t --lexicons "$LEX" score --lang de "$TMP/deep.jsonl"
has "score nested" '"line":1,"error":"not JSON: ' "$out"
within "nested 100,000 deep" 10 "$start"

# ---- a document of half a million tokens (as many as 1 MiB holds), one run for the token
# pattern ----
python3 -c 'print("a " * 524000 + "Druck")' >"$TMP/many-tokens.txt"
t --lexicons "$LEX" score --input txt --lang de "$TMP/many-tokens.txt"
eq "half a million tokens: status" 0 "$rc"
has "half a million tokens: all scored" '"tokens":524001,' "$out"

# ---- a regex with catastrophic backtracking ----
mkdir -p "$TMP/rx/de"
cp "$FIX/lex/de/function-words.txt" "$FIX/lex/de/negators.txt" "$TMP/rx/de/"
printf '# pressure\n/(a+)+$/\nDruck\n' >"$TMP/rx/de/pressure.txt"
python3 -c 'print("a" * 100000 + "b Druck")' >"$TMP/aaa.txt"
start=$(now)
"$TENOR" --lexicons "$TMP/rx" explain --lang de <"$TMP/aaa.txt" >"$TMP/out" 2>"$TMP/err"
has "backtracking regex: explain says it stopped" "1 regex run(s) stopped at their match limit" "$(cat "$TMP/out")"
has "backtracking regex: the other entries still match" "pressure      1" "$(cat "$TMP/out")"
"$TENOR" --lexicons "$TMP/rx" explain --lang de --json <"$TMP/aaa.txt" >"$TMP/out" 2>"$TMP/err"
has "backtracking regex: explain --json" '"regex_limited":1' "$(cat "$TMP/out")"
t --lexicons "$TMP/rx" score --input txt --lang de "$TMP/aaa.txt"
has "backtracking regex: score" '"regex_limited":1}' "$out"
t --db "$TMP/rx.db" --lexicons "$TMP/rx" ingest --lang de "$TMP/aaa.txt"
eq "backtracking regex: ingest stores the document" 0 "$rc"
has "backtracking regex: ingest says so" "1 documents hit the match limit of a lexicon regex" "$err"
within "backtracking regex on 100,000 characters, four runs" 10 "$start"
t --lexicons "$TMP/rx" explain --lang de --json "Druck"
hasnt "no regex_limited when nothing stopped" "regex_limited" "$out"

# ---- a 10 MB lexicon ----
mkdir -p "$TMP/big/de"
cp "$FIX/lex/de/function-words.txt" "$FIX/lex/de/negators.txt" "$TMP/big/de/"
awk 'BEGIN { srand(7); print "# pressure"
	for (n = 0; n < 10485760; n += length(w) + 1) {
		w = ""; k = 6 + int(rand() * 9)
		for (j = 0; j < k; j++) w = w sprintf("%c", 97 + int(rand() * 26))
		r = rand(); if (r < 0.15) w = w "*"; else if (r < 0.25) w = "*" w
		print w
	}
	print "Druck" }' >"$TMP/big/de/pressure.txt"
start=$(now)
t --lexicons "$TMP/big" explain --lang de "Der Druck steigt"
eq "10 MB lexicon: loads" 0 "$rc"
has "10 MB lexicon: matches" "[Druck]{pressure}" "$out"
within "10 MB lexicon" 60 "$start"
head -c 10485760 /dev/urandom >"$TMP/big/de/pressure.txt"
start=$(now)
t --lexicons "$TMP/big" lexicon check
eq "10 MB of random bytes as a lexicon: status" 1 "$rc"
has "10 MB of random bytes as a lexicon: the reason" "invalid UTF-8 at byte" "$err"
has "10 MB of random bytes as a lexicon: 20 errors, no more" "big/de/pressure.txt: 20 errors: the rest of the file is not checked" "$err"
eq "10 MB of random bytes as a lexicon: 21 messages" 21 "$(printf '%s\n' "$err" | grep -c 'big/de/pressure.txt')"
within "10 MB of random bytes as a lexicon" 10 "$start"
rm -rf "$TMP/big"

# ---- payloads for browsers, SQL and spreadsheets, in group names and texts ----
python3 - "$TMP/inj.csv" <<'PY'
import csv, sys
teams = ["<script>alert(1)</script>", "'); DROP TABLE documents;--", '=HYPERLINK("http://evil","x")',
         "+cmd|' /C calc'!A0", "-1+1", "@SUM(1+1)", "TABx", "CRx", "a|b"]
with open(sys.argv[1], "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "team", "text"])
    n = 0
    for t in teams:
        for i in range(6):
            n += 1
            w.writerow([f"{t}{n}", "2024-05-01", t, f"<script>alert(2)</script> Druck '); DROP TABLE scores;-- =1+1 {i}"])
PY
ti --id id --group team "$TMP/inj.csv"
eq "payloads: stored" 0 "$rc"
# values that start with a tab or a CR, which ingest trims, as another tool may write them
for v in "TAB:9" "CR:13"; do
	sqlite3 "$DB" "update document_groups set value = char(${v#*:}) || '${v%:*}' where value = '${v%:*}x';
		update agg_cells set group_value = char(${v#*:}) || '${v%:*}' where group_value = '${v%:*}x';
		update agg_terms set group_value = char(${v#*:}) || '${v%:*}' where group_value = '${v%:*}x'"
done
eq "payloads: SQL bound, tables intact" "54|54|batches document_groups document_lexicons documents matches rejects scores" \
	"$(sqlite3 "$DB" "select count(*), count(distinct ext_id) from documents where source = 'inj.csv'")|$(sqlite3 "$DB" "select name from sqlite_master where type = 'table' and name not like 'agg%' order by 1" | tr '\n' ' ' | sed 's/ $//')"
eq "payloads: texts stored as they are" 54 "$(sqlite3 "$DB" "select count(*) from documents where text like '<script>alert(2)</script> Druck ''); DROP TABLE scores;--%'")"
t --db "$DB" report --by team --format html
hasnt "html: no script from the data" "<script>alert" "$out"
has "html: escaped" "&lt;script&gt;alert(1)&lt;/script&gt;" "$out"
t --db "$DB" report --by team --format csv
for cell in "'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")" "'+cmd|' /C calc'!A0" "'-1+1" "'@SUM(1+1)" "'	TAB"; do
	has "csv neutralizes [$cell]" "$cell" "$out"
done
has "csv neutralizes a leading CR" "\"'$(printf '\r')CR\"" "$out"
hasnt "csv: no formula left" ",=HYPERLINK" "$out"
hasnt "csv: no +cmd left" ",+cmd" "$out"
hasnt "csv: no @SUM left" ",@SUM" "$out"
t --db "$DB" report --by team --format md
has "md: HTML escaped" "&lt;script&gt;alert(1)&lt;/script&gt;" "$out"
has "md: pipe escaped" 'a\|b' "$out"
has "md: no autolink of a URL" 'http\://evil' "$out"
hasnt "md: no URL left whole" 'http://evil' "$out"
python3 -c 'import json
for team in ("www.evil.example", "mail a@b.de", "bidi\u202eevil"):
    for i in range(5): print(json.dumps({"team": team, "text": "Druck %d" % i}))' >"$TMP/links.jsonl"
ti --group team "$TMP/links.jsonl"
t --db "$DB" report --by team --format md
has "md: no autolink of www." 'www\.evil' "$out"
has "md: no autolink of an address (a word joiner after @)" "$(printf 'mail a@\342\201\240b.de')" "$out"
if command -v cmark-gfm >/dev/null 2>&1; then
	hasnt "md: GitHub's renderer makes no link" "href" "$(printf '%s' "$out" | cmark-gfm -e autolink)"
fi
has "md: a bidi override shown as U+FFFD" "$(printf 'bidi\357\277\275evil')" "$out"
hasnt "md: no bidi override" "$(printf '\342\200\256')" "$out"
t --db "$DB" report --by team --format prom
has "prom: label escaped" 'group="=HYPERLINK(\"http://evil\",\"x\")"' "$out"
t --db "$DB" report --by team --format json
eq "json: parses, the names as they are" "True" "$(printf '%s' "$out" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("\rCR" in {x["group"] for x in r["rows"]})')"
# Escape sequences from the data never reach a terminal.
python3 -c 'import json
for i in range(6): print(json.dumps({"team": "\u001b[31mred\u001b]0;owned\u0007", "text": "Druck %d" % i}))' >"$TMP/esc.jsonl"
ti --group team "$TMP/esc.jsonl"
t --db "$DB" report --by team
hasnt "table: no escape sequence" "$(printf '\033')" "$out"
t --db "$DB" stats
hasnt "stats: no escape sequence" "$(printf '\033')" "$out"
has "stats: shown as ?" "team=?[31mred?]0;owned?" "$out"

# ---- file names with spaces and newlines ----
nl='
'
dir="$TMP/a dir$nl"
mkdir -p "$dir"
printf 'id,date,team,text\n1,2024-01-01,A,Druck\n2,2024-01-02,A,Beratung\n3,2024-01-03,A,Druck\n4,2024-01-04,A,Druck\n5,2024-01-05,A,Druck\n' >"$dir/an export$nl.csv"
printf 'Der Druck steigt.\n' >"$dir/a note$nl.txt"
odb="$dir/the db$nl.db"
t --db "$odb" --lexicons "$LEX" ingest --id id --group team --lang de "$dir/an export$nl.csv"
eq "odd names: ingest" 0 "$rc"
eq "odd names: the file and source recorded as they are" "$dir/an export$nl.csv|an export$nl.csv" "$(sqlite3 "$odb" "select distinct file || '|' || source from documents")"
t --db "$odb" batches --json
has "odd names: batches --json escapes the newline" 'an export\n.csv' "$out"
t --lexicons "$LEX" score --input csv --lang de "$dir/an export$nl.csv"
eq "odd names: score" "0 5" "$rc $(printf '%s\n' "$out" | grep -c '"lang":"de"')"
"$TENOR" --lexicons "$LEX" explain --lang de <"$dir/a note$nl.txt" >"$TMP/out" 2>&1
has "odd names: explain" "[Druck]{pressure}" "$(cat "$TMP/out")"
t --db "$odb" --lexicons "$LEX" ingest --lang de "$dir/a note$nl.txt"
eq "odd names: ingest a text file" 0 "$rc"
t --db "$odb" report --by team --format html -o "$dir/the report$nl.html"
eq "odd names: report -o" "0 1" "$rc $(grep -c '<svg' "$dir/the report$nl.html" | sed 's/[2-9][0-9]*/1/')"
t --db "$odb" --lexicons "$LEX" ingest --lang de "$dir/missing$nl.csv"
has "odd names: the message names the file, its newlines escaped" "cannot open '$(printf '%s' "$dir/missing$nl.csv" | sed ':a;N;$!ba;s/\n/\\x0A/g')'" "$err"

finish
