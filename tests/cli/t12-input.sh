# Input as exports and pipes deliver it: the format told from the first bytes of a stream
# with its line numbers and BOM intact, and messages that carry the data's control
# characters escaped, so that nothing in a file can forge or recolour a line of output.
. "$(dirname "$0")/lib.sh"

DB="$TMP/i.db"
q() { sqlite3 "$DB" "$1"; }
ti() { t --db "$DB" --lexicons "$LEX" "$@"; }

# Standard input: blank lines before the first record keep their numbers, and a BOM in
# front of JSON lines leaves them JSON lines.
t_in "$(printf '\n\n\n{"id":"1","text":"Druck"}\n{bad')" --db "$DB" --lexicons "$LEX" ingest --id id --lang de -
has "stdin after blank lines: the reject's line" "stdin:5: not JSON" "$err"
eq "stdin after blank lines: the document's line" 4 "$(q "select line from documents where ext_id = '1'")"
printf '\r\n\r\nid,date,text\r\n1,2025-02-30,a\r\n2,2025-02-03,b\r\n' >"$TMP/export.dat"
ti ingest --id id --lang de "$TMP/export.dat"
has "unknown name after blank lines: the line" "export.dat:4: '2025-02-30' is not a date" "$err"
eq "unknown name after blank lines: the stored line" 5 "$(q "select line from documents where ext_id = '2'")"
printf '\357\273\277{"id":"7","text":"Druck"}\n' >"$TMP/bom.in"
t --db "$DB" --lexicons "$LEX" ingest --id id --lang de - <"$TMP/bom.in"
eq "BOM and JSON lines on stdin: status" 0 "$rc"
eq "BOM and JSON lines on stdin: stored" "Druck" "$(q "select text from documents where ext_id = '7'")"
printf '\357\273\277id;text\n8;Beratung\n' >"$TMP/bom.in"
t --db "$DB" --lexicons "$LEX" ingest --id id --lang de - <"$TMP/bom.in"
eq "BOM and CSV on stdin" "Beratung|2" "$(q "select text, line from documents where ext_id = '8'")"
# a 3-byte character that is not a BOM, and more blank bytes than are read to tell
printf '\357\274\201,text\n9,Ziel\n' >"$TMP/fw.in"
t --db "$DB" --lexicons "$LEX" ingest --text text --lang de - <"$TMP/fw.in"
eq "first character not a BOM: read as CSV" "2" "$(q "select line from documents where text = 'Ziel'")"
{ awk 'BEGIN { for (i = 0; i < 5000; i++) print "" }'; printf 'id,text\n10,Quote\n'; } >"$TMP/blank.in"
t --db "$DB" --lexicons "$LEX" ingest --id id --lang de - <"$TMP/blank.in"
eq "a long blank start: read as CSV" "Quote|5002" "$(q "select text, line from documents where ext_id = '10'")"

# UTF-16, as Excel saves "Unicode Text", with a BOM or without: said at once, nothing stored.
printf 'id,text\n1,Druck\n' >"$TMP/u8.csv"
{ printf '\377\376'; iconv -t UTF-16LE "$TMP/u8.csv"; } >"$TMP/le.csv"
iconv -t UTF-16BE "$TMP/u8.csv" >"$TMP/be.csv"
iconv -t UTF-16LE "$TMP/u8.csv" >"$TMP/le.txt"
for f in le.csv be.csv le.txt; do
	ti ingest --id id --lang de "$TMP/$f"
	eq "UTF-16 $f: status" 1 "$rc"
	case $f in be*) enc=UTF-16BE ;; *) enc=UTF-16LE ;; esac
	has "UTF-16 $f: said" "$f: the file is $enc (as Excel saves \"Unicode Text\"), which tenor does not read" "$err"
done
t --db "$DB" --lexicons "$LEX" ingest --id id --lang de - <"$TMP/le.csv"
has "UTF-16 on stdin" "stdin: the file is UTF-16LE" "$err"
{ printf '\377\376\000\000'; iconv -t UTF-32LE "$TMP/u8.csv"; } >"$TMP/u32.csv"
ti ingest --id id --lang de "$TMP/u32.csv"
has "UTF-32 named as such" "u32.csv: the file is UTF-32LE" "$err"
eq "UTF-16: nothing stored" 0 "$(q "select count(*) from documents where source like '%.txt' or source like 'le%' or source like 'be%'")"

# Lines that end in a CR alone (old Mac software) are said to be so, not a header of all.
printf 'id,text\r1,Druck\r2,Beratung\r' >"$TMP/mac.csv"
ti ingest --id id --lang de "$TMP/mac.csv"
eq "CR alone: status" 1 "$rc"
has "CR alone: said" "mac.csv:1: the lines end in a CR alone (as old Mac software saves them)" "$err"
printf '"id","text"\r"1","Druck"\r' >"$TMP/qmac.csv"
ti ingest --id id --lang de "$TMP/qmac.csv"
has "CR alone, names in quotes: said" "qmac.csv:1: the lines end in a CR alone" "$err"

# A quote never closed explains the rest of the file in one record, however long that is.
{ printf 'id,text\n1,ok\n2,"never\n'; awk 'BEGIN { for (i = 3; i < 40000; i++) printf "%d,a normal comment of some length\n", i }'; } >"$TMP/unclosed.csv"
ti ingest --id id --lang de "$TMP/unclosed.csv"
has "unclosed quote over the field limit: the reason" "unclosed.csv:3: quote opened on line 3 is never closed: the rest of the input, to line 40000, is in this record" "$err"
has "unclosed quote over the field limit: the counts" "2 read, 1 new, 0 duplicate, 0 updated, 1 rejected" "$err"

# JSON lines: a field two keys could be is not guessed, as in a CSV header; names match in
# any case, in any script.
rm -f "$DB"*
printf '{"id":"1","text":"ok"}\n{"id":"2","comment":"c","text":"t"}\n{"id":"3","Datum":"2025-01-01","date":"2024-06-01","text":"x"}\n{"id":"4","text":"a","text":"b"}\n{"id":"5","text":"a","Text":"b"}\n{"Id":"6","TEXT":"upper"}\n' >"$TMP/keys.jsonl"
ti ingest --id id --lang de "$TMP/keys.jsonl"
has "two usual keys for the text" "keys.jsonl:2: keys 'comment' and 'text' could both be the text: name one with --text" "$err"
has "two usual keys for the date" "keys.jsonl:3: keys 'Datum' and 'date' could both be the date: name one with --date" "$err"
has "a key twice" "keys.jsonl:4: key 'text' appears twice in the object" "$err"
has "a key in two cases" "keys.jsonl:5: keys 'text' and 'Text' could both be the field 'text'" "$err"
has "ambiguous keys: the counts" "6 read, 2 new, 0 duplicate, 0 updated, 4 rejected" "$err"
eq "keys in another case" "1 ok|6 upper" "$(q "select group_concat(ext_id || ' ' || text, '|') from documents")"
printf '{"id":"9","Text":"a","Text":"b"}\n' >"$TMP/keys2.jsonl"
ti ingest --id id --lang de "$TMP/keys2.jsonl"
has "a key twice: named as written" "keys2.jsonl:1: key 'Text' appears twice in the object" "$err"
ti ingest --id id --lang de --text comment "$TMP/keys.jsonl"
eq "the text named: the other key is no rival" "c" "$(q "select text from documents where ext_id = '2'")"
printf 'id,\303\204rger-Grad,text\n1,hoch,Druck\n' >"$TMP/umlaut.csv"
ti ingest --id id --lang de --group "$(printf '\303\244rger-grad')" "$TMP/umlaut.csv"
eq "a column named in another case, beyond ASCII" "hoch" "$(q "select value from document_groups")"

# CP1252 read as UTF-8: the reject says which option reads it; one field is one field.
printf 'id,text\n1,Gr\374\337e\n3\n' >"$TMP/cp.csv"
ti ingest --id id --lang de "$TMP/cp.csv"
has "CP1252 read as UTF-8: the hint" "cp.csv:2: field 'text': invalid UTF-8 at byte 2 (an export of Windows Excel? --encoding cp1252 reads those)" "$err"
has "one field" "cp.csv:3: 1 field, but column 'text' is field 2 of the header" "$err"
printf '\357\273\277id,text\n1,Gr\374\337e\n' >"$TMP/bomcp.csv"
ti ingest --id id --lang de "$TMP/bomcp.csv"
hasnt "no CP1252 hint where a BOM says UTF-8" "--encoding cp1252" "$err"

# A reason quotes the value it could not use: with --redact, redacted as a text would be (a
# comment shifted into the date column); with --no-text, not at all.
printf 'id,date,lang,text\n1,Herr K. 0171 1112223 max2@firma.de,de,t\n3,2025-01-01,K. max3@firma.de,y\n' >"$TMP/pii.csv"
rm -f "$DB"*
ti ingest --id id --lang-col lang --redact "$TMP/pii.csv"
has "reason redacted (--redact): on stderr" "unrecognised date 'Herr K. [PHONE] [EMAIL]'" "$err"
eq "reason redacted (--redact): stored" "unrecognised date 'Herr K. [PHONE] [EMAIL]'|no lexicon for language 'K. [EMAIL]'" "$(q "select group_concat(reason, '|') from rejects")"
rm -f "$DB"*
ti ingest --id id --lang-col lang --no-text "$TMP/pii.csv"
hasnt "reason without the value (--no-text): on stderr" "Herr K." "$err"
eq "reason without the value (--no-text): stored" "a date tenor cannot read (not quoted: --no-text)|no lexicon for the record's language (not quoted: --no-text)" "$(q "select group_concat(reason, '|') from rejects")"

# A regex match of more than two words is stored and counted by its first and last: the
# words between can be a name. explain still shows the whole match.
rm -f "$DB"*
printf '{"id":"1","text":"Ich höre Frau Sauerwein gern zu. Zahlen, Zahlen, Zahlen."}\n' >"$TMP/name.jsonl"
ti ingest --id id --lang de --no-text "$TMP/name.jsonl"
eq "regex term: first and last word" "höre … zu|zahlen, zahlen" "$(q "select group_concat(term, '|') from (select term from matches order by start)")"
eq "regex term: no name in the database" "" "$(sqlite3 "$DB" .dump | grep -i sauerwein)"
t --lexicons "$LEX" explain --lang de --json "Ich höre Frau Sauerwein gern zu."
has "explain shows the whole match" "höre Frau Sauerwein gern zu" "$out"

# With --id, a record without one is a reject, not a document known by its text.
rm -f "$DB"*
printf 'id,text\n1,Druck\n,ohne Id\n  ,blank\n' >"$TMP/noid.csv"
printf '{"id":"2","text":"a"}\n{"id":null,"text":"b"}\n{"text":"c"}\n{"id":"","text":"d"}\n' >"$TMP/noid.jsonl"
ti ingest --id id --lang de "$TMP/noid.csv" "$TMP/noid.jsonl"
has "no id: CSV, empty" "noid.csv:3: no id: the field 'id' (--id) is empty" "$err"
has "no id: CSV, blank" "noid.csv:4: no id: the field 'id' (--id) is empty" "$err"
has "no id: JSON null" "noid.jsonl:2: no id: the field 'id' (--id) is missing" "$err"
has "no id: JSON, no key" "noid.jsonl:3: no id: the field 'id' (--id) is missing" "$err"
has "no id: JSON, empty" "noid.jsonl:4: no id: the field 'id' (--id) is empty" "$err"
has "no id: the counts" "7 read, 2 new, 0 duplicate, 0 updated, 5 rejected" "$err"
eq "no id: nothing stored by its text" 0 "$(q "select count(*) from documents where ext_id is null")"

# score takes ragged CSV records as ingest does, and a header whose names can be keys.
printf 'id,date,text\n1,2025-01-01,Druck\n4,2025-01-05,ok, \n5,x\n7,d,t,extra\n' >"$TMP/ragged.csv"
for n in 1 2; do
	t --lexicons "$LEX" score --lang de --input csv --threads $n "$TMP/ragged.csv"
	has "score, $n threads: a blank field past the header's is dropped" '{"id":"4","date":"2025-01-05","text":"ok","lang":"de"' "$out"
	has "score, $n threads: a short record without the text" '"line":4,"error":"2 fields, but column '"'text'"' is field 3 of the header"}' "$out"
	has "score, $n threads: a field past the header's with data" '"line":5,"error":"4 fields, but the header has 3: field 4 is not empty' "$out"
done
printf 'id,te\377xt,text\n1,a,ok\n' >"$TMP/badname.csv"
t --lexicons "$LEX" score --lang de --input csv "$TMP/badname.csv"
eq "score: a column name not UTF-8: status" 1 "$rc"
has "score: a column name not UTF-8: said" "badname.csv:1: the name of column 2 is not UTF-8" "$err"
eq "score: a column name not UTF-8: no output" "" "$out"
printf 'id,text,x,x\n1,a,b,c\n' >"$TMP/twice.csv"
t --lexicons "$LEX" score --lang de --input csv "$TMP/twice.csv"
has "score: a column twice, named" "twice.csv:1: column 'x' appears twice in the header (fields 3 and 4)" "$err"

# A reject keeps 4 KiB of its record, cut before a character that would not fit whole.
rm -f "$DB"*
{ printf 'id,date,text\n1,2025-02-30,'; head -c 4082 /dev/zero | tr '\0' a; printf '\303\274 tail\n'; } >"$TMP/cut.csv"
ti ingest --id id --lang de "$TMP/cut.csv"
eq "raw cut at a character: its length and mark" "4095|1" "$(q "select length(raw), raw_truncated from rejects")"
t --db "$DB" rejects --json
hasnt "raw cut at a character: still UTF-8" '"raw":null' "$out"
{ printf 'id,date,text\n2,2025-02-30,'; head -c 66 /dev/zero | tr '\0' a; printf '\303\274\303\274 tail\n'; } >"$TMP/cut80.csv"
ti ingest --id id --lang de "$TMP/cut80.csv"
t --db "$DB" rejects
has "rejects: the 80 bytes shown end with a whole character" "$(printf 'aaa\303\274...')" "$out"
hasnt "rejects: no half character" '\xC3' "$out"

# Control characters of the data in messages and listings: \xNN, never raw.
rm -f "$DB"*
printf 'id,date,text\n1,\033[31mRED\033[0m,t\n2,"2025-01-01\nFORGED\tx.csv:9",t\n3,\302\233X,t\n' >"$TMP/esc.csv"
ti ingest --id id --lang de "$TMP/esc.csv"
has "ESC in a message" "esc.csv:2: unrecognised date '\x1B[31mRED\x1B[0m'" "$err"
has "newline and tab in a message" "'2025-01-01\x0AFORGED\x09x.csv:9'" "$err"
has "C1 control in a message" "'\xC2\x9BX'" "$err"
hasnt "no raw ESC" "$(printf '\033')" "$err"
eq "one line a message" 5 "$(printf '%s\n' "$err" | wc -l)"
t --db "$DB" rejects
hasnt "rejects: no raw ESC" "$(printf '\033')" "$out"
eq "rejects: one line a reject" 3 "$(printf '%s\n' "$out" | wc -l)"
has "rejects: the reason escaped" "esc.csv:3	unrecognised date '2025-01-01\x0AFORGED\x09x.csv:9'	" "$out"
t --db "$DB" rejects --json
has "rejects --json: the reason as it is" '"reason":"unrecognised date '"'"'2025-01-01\nFORGED\tx.csv:9'"'" "$out"
name="$TMP/$(printf 'a\033]0;x\007b').jsonl"
printf '{"text":"Druck"}\n{bad\n' >"$name"
t --lexicons "$LEX" score --lang de "$name"
has "score: the file's name escaped" 'a\x1B]0;x\x07b.jsonl:2: not JSON' "$err"
hasnt "score: no raw OSC on stderr" "$(printf '\033')" "$err"

# A name or language a message quotes is cut at a character, never inside one: the reason
# stays UTF-8 in the rejects table, `rejects --json` and score's error lines (a cut at byte
# 40 or 60 of two-byte letters left half of one, and `rejects --json` said "out of memory").
N="a$(printf 'ä%.0s' $(seq 40))"
printf 'id,lang,%s\n1,a%s,Hallo\n2,de,bad \377 text\n' "$N" "$(printf 'ä%.0s' $(seq 30))" >"$TMP/cut.csv"
printf '{"id":"1","%s":"a","%s":"b","text":"x"}\n' "$N" "$N" >"$TMP/cut.jsonl"
"$TENOR" --lexicons "$LEX" --db "$TMP/cut.db" ingest --id id --text "$N" --lang-col lang "$TMP/cut.csv" 2>/dev/null
"$TENOR" --lexicons "$LEX" --db "$TMP/cut.db" ingest --id id --lang de --group "$N" "$TMP/cut.jsonl" 2>/dev/null
t --db "$TMP/cut.db" rejects --json
eq "cut names: rejects --json status" 0 "$rc"
eq "cut names: three rejects, each reason UTF-8" "3 1" "$(printf '%s\n' "$out" | python3 -c "
import json, sys
rows = [json.loads(l) for l in sys.stdin]
print(len(rows), int(all(r['reason'].count(\"'\") >= 2 for r in rows)))")"
t_in "{\"id\":\"1\",\"text\":\"Hallo\",\"lang\":\"a$(printf 'ä%.0s' $(seq 30))\"}
" --lexicons "$LEX" score --lang-field lang
eq "cut names: score's error line is UTF-8" "no lexicon for language 'a$(printf 'ä%.0s' $(seq 19))'" \
	"$(printf '%s' "$out" | python3 -c "import json, sys; print(json.loads(sys.stdin.buffer.read().decode('utf-8'))['error'])" 2>&1)"

finish
