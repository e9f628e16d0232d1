# tenor score: order, copied fields, bad lines, CSV and text input, exit statuses.
. "$(dirname "$0")/lib.sh"

# The acceptance example: three lines out, the middle one an error, exit 3.
printf '%s\n' '{"id":"a","text":"Zeitdruck"}' 'not json' '{"id":"b","text":"Beratung"}' >"$TMP/in.jsonl"
t --lexicons "$LEX" score --lang de "$TMP/in.jsonl"
eq "bad line status" 3 "$rc"
eq "three lines" 3 "$(printf '%s\n' "$out" | wc -l | tr -d ' ')"
has "first is a" '{"id":"a","text":"Zeitdruck","lang":"de","tokens":1,' "$(printf '%s\n' "$out" | sed -n 1p)"
has "middle is the error of line 2, with its file" '{"file":"'"$TMP"'/in.jsonl","line":2,"error":"not JSON' "$(printf '%s\n' "$out" | sed -n 2p)"
has "third is b" '{"id":"b"' "$(printf '%s\n' "$out" | sed -n 3p)"
has "stderr names file and line" "in.jsonl:2: not JSON" "$err"

# Several files: each error line names its own file, as line numbers start again in each;
# read from stdin, an error line has no file.
printf '%s\n' '{"id":"c","text":"Beratung"}' '{oops' >"$TMP/in2.jsonl"
t --lexicons "$LEX" score --lang de "$TMP/in.jsonl" "$TMP/in2.jsonl"
eq "two files status" 3 "$rc"
eq "two files: five lines" 5 "$(printf '%s\n' "$out" | wc -l | tr -d ' ')"
has "two files: first file's error" '{"file":"'"$TMP"'/in.jsonl","line":2,' "$(printf '%s\n' "$out" | sed -n 2p)"
has "two files: second file's error" '{"file":"'"$TMP"'/in2.jsonl","line":2,' "$(printf '%s\n' "$out" | sed -n 5p)"
# A file name that is not UTF-8 (Latin-1, from a Windows archive) is still JSON in the line.
cp "$TMP/in2.jsonl" "$TMP/$(printf 'gr\374n.jsonl')"
out=$("$TENOR" --lexicons "$LEX" score --lang de "$TMP/$(printf 'gr\374n.jsonl')" 2>/dev/null)
eq "a Latin-1 file name in an error line" "grün.jsonl 2" "$(printf '%s\n' "$out" | sed -n 2p | python3 -c 'import json,sys,os; o = json.load(sys.stdin); print(os.path.basename(o["file"]), o["line"])')"
out=$("$TENOR" --lexicons "$LEX" score --lang de <"$TMP/in.jsonl" 2>/dev/null)
has "stdin: error line without a file" '{"line":2,"error":"not JSON' "$(printf '%s\n' "$out" | sed -n 2p)"

# Fields copied through, id first, missing id is null, --matches.
printf '%s\n' '{"team":"Nord","text":"Der Leistungsdruck steigt.","n":3,"tags":["a"]}' >"$TMP/f.jsonl"
t --lexicons "$FIX/lex" score --lang de --matches "$TMP/f.jsonl"
eq "fields status" 0 "$rc"
has "id null then fields" '{"id":null,"team":"Nord","text":"Der Leistungsdruck steigt.","n":3,"tags":["a"],"lang":"de","tokens":3' "$out"
has "matches" '"matches":[{"category":"pressure","entry":"*druck"' "$out"

# Errors per line: missing text, wrong type, not an object, bad language field.
printf '%s\n' '{"id":1}' '{"id":2,"text":5}' '[1,2]' '{"id":4,"text":"ok","lang":"fr"}' '{"id":5,"text":"Beratung","lang":"de"}' >"$TMP/e.jsonl"
t --lexicons "$FIX/lex" score --lang-field lang "$TMP/e.jsonl"
eq "errors status" 3 "$rc"
has "missing text" '"line":1,"error":"missing text field '"'"'text'"'"'"}' "$out"
has "text not a string" '"line":2,"error":"field '"'"'text'"'"' is not a string"}' "$out"
has "not an object" '"line":3,"error":"not a JSON object"}' "$out"
has "language without lexicon" '"line":4,"error":"no lexicon for language '"'"'fr'"'"'"}' "$out"
has "lang field used" '{"id":5,"text":"Beratung","lang":"de"' "$out"
# --lang without lexicons stops before reading (it made every record an error line, exit 3).
t --lexicons "$FIX/lex" score --lang fr "$TMP/e.jsonl"
eq "score --lang fr: usage status" 2 "$rc"
eq "score --lang fr: nothing written" "" "$out"
has "score --lang fr: message" "--lang 'fr': no lexicon for it" "$err"

# A field the job reads, written twice in a line, is a reject naming it, as in ingest (it took
# the last); another key written twice is written once, with its last value.
printf '%s\n' '{"id":1,"text":"a","text":"Druck"}' '{"id":2,"text":"Druck","note":1,"note":2}' \
	'{"id":3,"id":4,"text":"Druck"}' '{"id":5,"text":"Druck","lang":"de","lang":"en"}' >"$TMP/twice.jsonl"
t --lexicons "$FIX/lex" score --lang-field lang "$TMP/twice.jsonl"
eq "a key twice: status" 3 "$rc"
has "the text twice" '"line":1,"error":"key '"'"'text'"'"' appears twice in the object"}' "$out"
has "another key twice: its last value" '{"id":2,"text":"Druck","note":2,' "$out"
has "the id twice" '"line":3,"error":"key '"'"'id'"'"' appears twice in the object"}' "$out"
has "the language twice" '"line":4,"error":"key '"'"'lang'"'"' appears twice in the object"}' "$out"
has "a key twice: on stderr with file and line" "twice.jsonl:1: key 'text' appears twice in the object" "$err"

# Order is kept over many documents.
i=0; : >"$TMP/many.jsonl"
while [ $i -lt 500 ]; do
	printf '{"id":%d,"text":"Beratung Nummer %d"}\n' $i $i >>"$TMP/many.jsonl"
	i=$((i + 1))
done
t --lexicons "$FIX/lex" score --lang de "$TMP/many.jsonl"
eq "order kept" "$(seq 0 499 | tr '\n' ' ')" "$(printf '%s\n' "$out" | sed 's/^{"id":\([0-9]*\).*/\1/' | tr '\n' ' ')"

# Results are valid JSON whatever the names and texts hold: quotes, backslashes, controls.
printf '%%\n1\tq"uo\\te\n%%\nd*\t1\n' >"$TMP/odd.dic"
printf '%s\n' '{"id":"x","text":"d\"rei\td\\ruck\u0001 d\u00fcrfen","lang":"xx","tokens":"kept?"}' >"$TMP/odd.jsonl"
t --lexicon "$TMP/odd.dic" score --matches "$TMP/odd.jsonl"
eq "odd names parse" "['q\"uo\\\\te'] 3 ['d', 'd', 'dürfen'] en 5" "$(printf '%s' "$out" | python3 -c 'import json,sys; o=json.load(sys.stdin); print(list(o["categories"]), o["categories"][list(o["categories"])[0]]["hits"], [m["surface"] for m in o["matches"]], o["lang"], o["tokens"])')"

# Threads change nothing in the output: the same bytes, errors in place, on the sample
# corpus and on a generated file of several batches with bad lines among them.
awk 'BEGIN { for (i = 0; i < 3000; i++) { if (i % 997 == 5) print "not json " i; else printf "{\"id\":%d,\"text\":\"Der Druck steigt %d, wir hören zu\"}\n", i, i } }' >"$TMP/gen.jsonl"
for f in "$TMP/gen.jsonl" "$TESTS_DIR/../corpus/pulse-en.jsonl"; do
	"$TENOR" --lexicons "$LEX" score --threads 1 --matches "$f" >"$TMP/t1" 2>"$TMP/e1"
	r1=$?
	for n in 2 3; do
		"$TENOR" --lexicons "$LEX" score --threads $n --matches "$f" >"$TMP/tn" 2>"$TMP/en"
		rn=$?
		eq "threads $n status on $(basename "$f")" "$r1" "$rn"
		if cmp -s "$TMP/t1" "$TMP/tn" && cmp -s "$TMP/e1" "$TMP/en"; then pass; else fail "threads $n output on $(basename "$f")"; fi
	done
done
"$TENOR" --lexicons "$LEX" score --threads 2 "$TMP/gen.jsonl" >"$TMP/g2" 2>/dev/null
has "generated file has its errors in place" '"line":6,"error":' "$(sed -n 6p "$TMP/g2")"
eq "generated file has 4 errors" 4 "$(grep -c '"error"' "$TMP/g2")"
"$TENOR" --lexicons "$LEX" score --threads 1 --summary "$TMP/gen.jsonl" >"$TMP/s1" 2>/dev/null
"$TENOR" --lexicons "$LEX" score --threads 2 --summary "$TMP/gen.jsonl" >"$TMP/s2" 2>/dev/null
if cmp -s "$TMP/s1" "$TMP/s2"; then pass; else fail "threads summary"; fi
# Batches that finish out of order, heavy ones before light ones, are written in input
# order; plain text lines too.
awk 'BEGIN { for (i = 0; i < 6000; i++) { t = "Beratung " i; if (int(i / 512) % 3 == 0) for (k = 0; k < 20; k++) t = t " wir hören dem Kunden zu, kein Druck"; print t } }' >"$TMP/uneven.txt"
"$TENOR" --lexicons "$LEX" score --input txt --threads 1 --lang de "$TMP/uneven.txt" >"$TMP/u1"
for n in 2 3; do
	"$TENOR" --lexicons "$LEX" score --input txt --threads $n --lang de "$TMP/uneven.txt" >"$TMP/un"
	if cmp -s "$TMP/u1" "$TMP/un"; then pass; else fail "threads $n on uneven batches"; fi
done
eq "uneven batches: every line" "6000 6000" "$(wc -l <"$TMP/u1") $(sed -n '$s/^{"id":\([0-9]*\).*/\1/p' "$TMP/u1")"
# CSV on threads: the same bytes, rejects (field counts, invalid UTF-8, a quoted field
# over lines, an open quote at the end) in place.
awk 'BEGIN { print "id;team;text"; for (i = 0; i < 3000; i++) { if (i % 701 == 3) print i ";Nord"; else if (i % 907 == 4) printf "%d;S\374d;Druck %d\n", i, i; else if (i % 500 == 7) printf "%d;Ost;\"Wir h\303\266ren zu\n und fragen %d\"\n", i, i; else printf "%d;West;Der Druck steigt %d, wir h\303\266ren zu\n", i, i }; print "x;Ost;\"offen" }' >"$TMP/gen.csv"
"$TENOR" --lexicons "$LEX" score --input csv --threads 1 --matches "$TMP/gen.csv" >"$TMP/c1" 2>"$TMP/ce1"
r1=$?
eq "CSV with rejects: status" 3 "$r1"
eq "CSV with rejects: errors" 10 "$(grep -c '"error"' "$TMP/c1")"
for n in 2 3; do
	"$TENOR" --lexicons "$LEX" score --input csv --threads $n --matches "$TMP/gen.csv" >"$TMP/cn" 2>"$TMP/cen"
	eq "CSV threads $n status" "$r1" "$?"
	if cmp -s "$TMP/c1" "$TMP/cn" && cmp -s "$TMP/ce1" "$TMP/cen"; then pass; else fail "CSV threads $n output"; fi
done
t score --threads 0
eq "--threads 0" 2 "$rc"

# CSV input, header columns copied, ';' detected, quoted line breaks.
printf 'id;team;text\r\n1;Nord;"Der Druck,\r\nder steigt"\r\n2;"S\303\274d";Beratung\r\n' >"$TMP/in.csv"
t --lexicons "$FIX/lex" score --input csv --lang de "$TMP/in.csv"
eq "csv status" 0 "$rc"
has "csv row 1" '{"id":"1","team":"Nord","text":"Der Druck,\r\nder steigt","lang":"de","tokens":4' "$out"
has "csv row 2" '{"id":"2","team":"Süd","text":"Beratung"' "$out"
printf 'id,body\n1,x\n' >"$TMP/notext.csv"
t --lexicons "$FIX/lex" score --input csv "$TMP/notext.csv"
eq "csv without text column" 1 "$rc"
has "csv without text column message" "no column 'text' in the header" "$err"
t --lexicons "$FIX/lex" score --input csv --text-field body --id-field id "$TMP/notext.csv"
eq "csv --text-field" 0 "$rc"

# Plain text: a document a line, id is the line number.
printf 'Beratung\n\nDer Druck\n' >"$TMP/in.txt"
t --lexicons "$FIX/lex" score --input txt --lang de "$TMP/in.txt"
has "txt line 3" '{"id":3,"text":"Der Druck","lang":"de","tokens":2' "$out"
eq "txt lines" 3 "$(printf '%s\n' "$out" | wc -l | tr -d ' ')"
printf 'gut\nschlecht \377\n' >"$TMP/bad.txt"
t --lexicons "$FIX/lex" score --input txt --lang de "$TMP/bad.txt"
eq "txt invalid utf-8 status" 3 "$rc"
has "txt invalid utf-8" '"line":2,"error":"invalid UTF-8 at byte 9"}' "$out"

# Standard input and the summary.
t_in '{"text":"Der Druck"}' --lexicons "$FIX/lex" score --lang de -
has "stdin" '"tokens":2' "$out"
t --lexicons "$FIX/lex" score --lang de --summary "$TMP/many.jsonl"
has "summary row" "500" "$out"

# --id-field: its value is the output's id, and an input field named id gives way to it,
# as lang, tokens and categories do: no name twice in an object.
printf '{"key":"A-77","id":"row1","text":"Druck"}\n' >"$TMP/idf.jsonl"
t --lexicons "$FIX/lex" score --lang de --id-field key "$TMP/idf.jsonl"
eq "--id-field, jsonl" 'A-77 1' "$(printf '%s' "$out" | python3 -c 'import json,sys
l = sys.stdin.readline()
pairs = json.loads(l, object_pairs_hook=lambda p: p)
print(dict(pairs)["id"], sum(k == "id" for k, v in pairs))')"
printf 'key,id,text\nA-77,row1,Druck\n' >"$TMP/idf.csv"
t --lexicons "$FIX/lex" score --lang de --input csv --id-field key "$TMP/idf.csv"
has "--id-field, csv" '{"id":"A-77","text":"Druck",' "$out"
# An input regex_limited gives way too: where a regex stopped at its limit the output's
# flag stands alone, and elsewhere the input's would read as the flag.
mkdir -p "$TMP/rl/en"
printf '/(a+)+b/\nalpha\n' >"$TMP/rl/en/p.txt"
printf '{"id":1,"regex_limited":"mine","text":"alpha %s c b"}\n{"id":2,"regex_limited":true,"text":"alpha"}\n' \
	"$(printf 'a%.0s' $(seq 40))" >"$TMP/rl.jsonl"
t --lexicons "$TMP/rl" score --lang en "$TMP/rl.jsonl"
eq "regex_limited gives way" '1 [1] | 2 []' "$(printf '%s\n' "$out" | python3 -c 'import json,sys
print(" | ".join("%s %s" % (dict(p)["id"], [v for k, v in p if k == "regex_limited"])
      for p in (json.loads(l, object_pairs_hook=lambda p: p) for l in sys.stdin)))')"
# A BOM before the first line; a \u0000 is named as such.
printf '\357\273\277{"text":"Druck"}\n{"text":"a\\u0000b"}\n' >"$TMP/bom.jsonl"
t --lexicons "$FIX/lex" score --lang de "$TMP/bom.jsonl"
eq "bom and NUL: status" 3 "$rc"
has "bom: scored" '{"id":null,"text":"Druck"' "$out"
has "NUL escape: the reason" 'bom.jsonl:2: not JSON: \u0000 (a NUL character) in a string' "$err"
# A text file's BOM is no part of its first text either: the offsets are those ingest stores.
printf '\357\273\277Druck\nDruck\n' >"$TMP/bom.txt"
t --lexicons "$FIX/lex" score --lang de --input txt --matches --threads 1 "$TMP/bom.txt"
has "txt bom: not in the text" '{"id":1,"text":"Druck",' "$out"
has "txt bom: offsets from the text" '"surface":"Druck","start":0,"end":5' \
	"$(printf '%s\n' "$out" | head -1)"

# Errors that stop the run.
t --lexicons "$FIX/lex" score "$TMP/does-not-exist.jsonl"
eq "missing file status" 1 "$rc"
has "missing file message" "cannot open '$TMP/does-not-exist.jsonl': No such file or directory" "$err"
t score --input xml
eq "bad --input" 2 "$rc"

finish
