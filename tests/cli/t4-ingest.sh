# tenor ingest, rescore, batches, rejects, stats: reading exports into the database with
# nothing lost and nothing twice.
. "$(dirname "$0")/lib.sh"

DB="$TMP/t.db"
q() { sqlite3 "$DB" "$1"; }
ti() { t --db "$DB" --lexicons "$LEX" "$@"; }

# The acceptance example: a Windows Excel export, CP1252, ';', CRLF, a multi-line quoted
# comment, dd.mm.yyyy; only --encoding given.
printf 'ID;Datum;Team;Kommentar\r\n1;27.03.2025;Nord;"Die Zielvorgaben f\374r M\344rkte\r\nsind unrealistisch; der Druck steigt."\r\n2;02.04.2025;S\374d;Gro\337artige Beratung beim Kunden.\r\n3;15.01.2025;Nord;"Er sagte ""nie wieder"" Ranking."\r\n' >"$TMP/excel.csv"
ti ingest --encoding cp1252 --id ID --group Team "$TMP/excel.csv"
eq "excel status" 0 "$rc"
has "excel summary" "3 read, 3 new, 0 duplicate, 0 updated, 0 rejected, 0 undated" "$err"
eq "umlauts intact" "$(printf 'Die Zielvorgaben f\303\274r M\303\244rkte\r\nsind unrealistisch; der Druck steigt.')" "$(q "select text from documents where ext_id = '1'")"
eq "group with umlaut" "Süd" "$(q "select value from document_groups g join documents d using (doc_id) where ext_id = '2'")"
eq "doubled quotes" 'Er sagte "nie wieder" Ranking.' "$(q "select text from documents where ext_id = '3'")"
eq "date and periods" "2025-03-27|day|2025-W13|2025-03|2025-Q1|2025|2025-03-27" "$(q "select date, date_precision, period_week, period_month, period_quarter, period_year, period_wave from documents where ext_id = '1'")"
eq "line of a multi-line record" "2" "$(q "select line from documents where ext_id = '1'")"
eq "lexicon version recorded" "$("$TENOR" --lexicons "$LEX" lexicon check | sed 's/.*version //')" "$(q "select distinct lexicon_version from document_lexicons")"
eq "scores stored" "1" "$(q "select count(*) from scores s join documents d using (doc_id) where ext_id = '1' and category = 'pressure' and hits >= 2")"
has "matched terms stored" "zielvorgaben" "$(q "select group_concat(term) from matches")"

# The same file again adds nothing and says so.
ti ingest --encoding cp1252 --id ID --group Team "$TMP/excel.csv"
eq "rerun status" 0 "$rc"
has "rerun summary" "3 read, 0 new, 3 duplicate" "$err"
has "rerun says so" "nothing new" "$err"
hasnt "rerun, same lexicons: nothing scored again" "scored again" "$err"
eq "rerun keeps 3" 3 "$(q "select count(*) from documents")"

# A changed text under the same id replaces the old version.
printf 'ID;Datum;Team;Kommentar\r\n1;27.03.2025;Nord;Jetzt hören wir den Kunden zu.\r\n' | iconv -f utf-8 -t cp1252 >"$TMP/excel2.csv"
ti ingest --encoding cp1252 --id ID --group Team --source excel.csv "$TMP/excel2.csv"
has "update counted" "1 read, 0 new, 0 duplicate, 1 updated" "$err"
eq "update replaced" "Jetzt hören wir den Kunden zu.|3" "$(q "select text, (select count(*) from documents) from documents where ext_id = '1'")"
eq "old matches gone" 0 "$(q "select count(*) from matches m join documents d using (doc_id) where ext_id = '1' and m.category = 'pressure'")"

# Documents are found by identity_key, a 64-bit hash of the identity. Where two identities
# have one key (made here by giving a stored document another identity), neither is stored
# over the other: the record is a reject, with its reason.
eq "a key per identity" "$(q "select count(*) from documents")" "$(q "select count(distinct identity_key) from documents")"
cp "$DB" "$TMP/key.db"
sqlite3 "$TMP/key.db" "update documents set identity = 'id:another' where ext_id = '2'"
printf 'ID;Datum;Team;Kommentar\r\n2;02.04.2025;Ost;Ganz neuer Text.\r\n' >"$TMP/excel3.csv"
t --db "$TMP/key.db" --lexicons "$LEX" ingest --encoding cp1252 --id ID --group Team --source excel.csv "$TMP/excel3.csv"
eq "collision status" 3 "$rc"
has "collision counted" "1 read, 0 new, 0 duplicate, 0 updated, 1 rejected" "$err"
has "collision reason" "excel3.csv:2: its identity's key (identity_key) is that of document 2, another identity" "$err"
eq "collision reject stored" "2|2;02.04.2025;Ost;Ganz neuer Text." "$(sqlite3 "$TMP/key.db" "select line, raw from rejects")"
eq "collision keeps the other" "Großartige Beratung beim Kunden.|Süd" "$(sqlite3 "$TMP/key.db" "select text, value from documents join document_groups using (doc_id) where ext_id = '2'")"

# A database of schema version 2 (tests/fixtures/db-v2.sql) is migrated: its documents get
# their identity_key, the same records again are duplicates, and the aggregates equal a
# rebuild.
mkdir -p "$TMP/v2"
sqlite3 "$TMP/v2/v2.db" <"$FIX/db-v2.sql"
# a dashboard's own index, trigger and view on documents, which the migration keeps; one
# document scored by an older lexicon
sqlite3 "$TMP/v2/v2.db" "CREATE INDEX dash_ext ON documents(source, ext_id); CREATE TABLE dash_log (n); CREATE TRIGGER dash_new AFTER INSERT ON documents BEGIN INSERT INTO dash_log VALUES (new.doc_id); END; CREATE VIEW dash_sources AS SELECT source, count(*) AS n FROM documents GROUP BY source; UPDATE documents SET lexicon_version = 'old-1' WHERE doc_id = 4"
cp "$TMP/v2/v2.db" "$TMP/v2/lexview.db"
LEXVER=$("$TENOR" --lexicons "$LEX" lexicon check | sed 's/.*version //')
# the version the fixture's lexicons had, which document 3, not ingested again, keeps
V3=$(sqlite3 "$TMP/v2/v2.db" "select lexicon_version from documents where doc_id = 3")
printf '%s\n' '{"id":"a1","date":"2025-02-10","team":"Nord","text":"Die Zielvorgaben sind unrealistisch, der Druck steigt."}' '{"id":"a2","date":"2025-Q2","team":"Süd","text":"Wir hören dem Kunden genau zu und fragen nach."}' >"$TMP/v2/ids.jsonl"
printf '%s\n' '{"date":"2025-03","team":"Nord","text":"Ranking jede Woche, nur Zahlen."}' '{"team":"West","text":"Gute Beratung, ehrlich."}' >"$TMP/v2/noid.jsonl"
t --db "$TMP/v2/v2.db" --lexicons "$LEX" ingest --id id --group team --lang de "$TMP/v2/ids.jsonl"
has "v2 ids again" "2 read, 0 new, 2 duplicate, 0 updated, 0 rejected" "$err"
# their scores were another lexicon's: a duplicate's scores change, which "duplicate" hides
has "v2 ids again: scored again, said" "2 documents stored already had the scores of another lexicon version: scored again with $LEXVER" "$err"
# version 5: each document's lexicon version in document_lexicons, none in documents
eq "v2 versions moved" "1:$LEXVER 2:$LEXVER 3:$V3 4:old-1" "$(sqlite3 "$TMP/v2/v2.db" "select group_concat(doc_id || ':' || lexicon_version, ' ') from (select * from document_lexicons order by doc_id)")"
eq "v2 no version in documents" 0 "$(sqlite3 "$TMP/v2/v2.db" "select count(*) from pragma_table_info('documents') where name = 'lexicon_version'")"
eq "v2 version in the view" "$LEXVER|2 old-1|1" "$(sqlite3 "$TMP/v2/v2.db" "select lexicon_version, count(distinct doc_id) from document_scores where doc_id != 3 group by 1 order by 1" | tr '\n' ' ' | sed 's/ $//')"
t --db "$TMP/v2/v2.db" --lexicons "$LEX" ingest --group team --lang de "$TMP/v2/noid.jsonl"
has "v2 texts again" "2 read, 0 new, 2 duplicate, 0 updated, 0 rejected" "$err"
eq "v2 old version rescored" "$LEXVER" "$(sqlite3 "$TMP/v2/v2.db" "select lexicon_version from document_lexicons where doc_id = 4")"
eq "v2 migrated" 7 "$(sqlite3 "$TMP/v2/v2.db" "pragma user_version")"
eq "v2 others' view kept" "ids.jsonl|2 noid.jsonl|2" "$(sqlite3 "$TMP/v2/v2.db" "select * from dash_sources order by 1" | tr '\n' ' ' | sed 's/ $//')"
# another tool's view of documents.lexicon_version stops the migration to version 5, which
# leaves the database at version 4, working, until the view is dropped
sqlite3 "$TMP/v2/lexview.db" "CREATE VIEW dash_lex AS SELECT doc_id, lexicon_version FROM documents"
t --db "$TMP/v2/lexview.db" batches
eq "lexicon view: status" 1 "$rc"
has "lexicon view: says why" "cannot migrate the schema from version 4 to 5: error in view dash_lex after drop column: no such column: lexicon_version" "$err"
eq "lexicon view: left at 4" "4|4" "$(sqlite3 "$TMP/v2/lexview.db" "select (select count(*) from dash_lex), (select user_version from pragma_user_version)")"
sqlite3 "$TMP/v2/lexview.db" "DROP VIEW dash_lex"
t --db "$TMP/v2/lexview.db" batches
eq "lexicon view dropped: migrated" "0|7" "$rc|$(sqlite3 "$TMP/v2/lexview.db" "pragma user_version")"
eq "v2 keys" "4|4" "$(sqlite3 "$TMP/v2/v2.db" "select count(*), count(distinct identity_key) from documents")"
eq "v2 identity unindexed" "" "$(sqlite3 "$TMP/v2/v2.db" "select name from pragma_index_list('documents') i where exists (select 1 from pragma_index_info(i.name) where name = 'identity')")"
eq "v2 views" "4" "$(sqlite3 "$TMP/v2/v2.db" "select count(distinct doc_id) from document_group_scores")"
eq "v2 others' index and trigger kept" "dash_ext|dash_new" "$(sqlite3 "$TMP/v2/v2.db" "select group_concat(name, '|') from (select name from sqlite_schema where tbl_name = 'documents' and name like 'dash%' order by name)")"
printf '%s\n' '{"id":"a3","date":"2025-05-01","team":"Nord","text":"Neu nach der Migration."}' >"$TMP/v2/more.jsonl"
t --db "$TMP/v2/v2.db" --lexicons "$LEX" ingest --id id --group team --lang de --source ids.jsonl "$TMP/v2/more.jsonl"
eq "v2 trigger fires" 5 "$(sqlite3 "$TMP/v2/v2.db" "select group_concat(n) from dash_log")"
eq "v2 aggregates" "$(agg "$TMP/v2/v2.db")" "$(agg_rebuilt "$TMP/v2/v2.db")"

# 1,000 good rows, an empty text, an impossible date, a quote left open at the end.
awk 'BEGIN { print "id,date,team,text"; for (i = 1; i <= 1000; i++) printf "%d,2024-%02d-15,T%d,Kommentar Nummer %d mit Beratung\n", i, i % 12 + 1, i % 4, i }' >"$TMP/k.csv"
printf '1001,2024-05-01,T1,\n1002,31.02.2024,T1,Druck ohne Ende\n1003,2024-05-01,T1,"offen\n' >>"$TMP/k.csv"
ti ingest --id id --group team --lang de "$TMP/k.csv"
eq "partial status" 3 "$rc"
has "partial summary" "1003 read, 1000 new, 0 duplicate, 0 updated, 3 rejected" "$err"
eq "1000 stored" 1000 "$(q "select count(*) from documents where source = 'k.csv'")"
t --db "$DB" rejects --batch 4
has "reject empty text" "k.csv:1002	empty text" "$out"
has "reject date" "k.csv:1003	'31.02.2024' is not a date" "$out"
has "reject open quote" "k.csv:1004	quote opened on line 1004 is never closed" "$out"
has "raw bytes kept" "1002,31.02.2024,T1,Druck ohne Ende" "$out"
t --db "$DB" rejects --batch 99
eq "rejects of a batch that is not there: an error" 1 "$rc"
has "rejects of a batch that is not there: said" "no batch 99 in the database" "$err"
t --db "$DB" rejects --json --batch 4
has "rejects json" '{"batch":4,"file":"'"$TMP"'/k.csv","line":1002,"reason":"empty text","raw":"1001,2024-05-01,T1,","raw_truncated":false}' "$out"
# A file name that is not UTF-8 is stored as Latin-1 taken to UTF-8, in documents, rejects
# and the batch's sources alike; an option that is not UTF-8 is refused.
printf 'id,date,text\n1,2025-02-03,Druck\n2,31.02.2025,Druck\n' >"$TMP/$(printf 'umfrage-gr\374n.csv')"
t --db "$TMP/latin.db" --lexicons "$LEX" ingest --id id --lang de "$TMP/$(printf 'umfrage-gr\374n.csv')"
eq "latin-1 file name: stored" 3 "$rc"
eq "latin-1 file name: as UTF-8 everywhere" "umfrage-grün.csv|umfrage-grün.csv|umfrage-grün.csv" "$(sqlite3 "$TMP/latin.db" "select (select source from documents), (select replace(file, '$TMP/', '') from rejects), (select replace(json_extract(sources, '\$[0]'), '$TMP/', '') from batches)")"
t --db "$TMP/latin.db" rejects --json
has "latin-1 file name: rejects --json" "umfrage-grün.csv" "$out"
t --db "$TMP/latin.db" --lexicons "$LEX" ingest --id id --lang de --source "$(printf 'a\376')" "$TMP/$(printf 'umfrage-gr\374n.csv')"
eq "an option not UTF-8: refused" 1 "$rc"
has "an option not UTF-8: why" "an option's value is not UTF-8" "$err"
# The raw bytes of a CP1252 record are not UTF-8: --json keeps them as base64.
printf 'id;Datum;Kommentar\r\n7;31.02.2025;Gr\374\337e vom Vertrieb\r\n' >"$TMP/cp.csv"
t --db "$TMP/cp.db" --lexicons "$LEX" ingest --encoding cp1252 --id id --lang de "$TMP/cp.csv"
t --db "$TMP/cp.db" rejects --json
eq "rejects json: CP1252 bytes as base64" "None $(printf '7;31.02.2025;Gr\374\337e vom Vertrieb' | od -An -tx1 | tr -d ' \n')" \
	"$(printf '%s' "$out" | python3 -c 'import json,sys,base64
o = json.loads(sys.stdin.read())
print(o["raw"], base64.b64decode(o["raw_base64"]).hex())')"
# A UTF-8 file without a BOM read with --encoding cp1252 would be stored garbled (Größe as
# GrÃ¶ÃŸe): the batch stops at its first such field, naming file, line and field.
printf 'id;Kommentar\n1;Zeitdruck\n2;Gr\303\266\303\237e Sorgen\n' >"$TMP/u8.csv"
for enc in cp1252 latin1; do
	t --db "$TMP/u8.db" --lexicons "$LEX" ingest --encoding $enc --id id --lang de "$TMP/u8.csv"
	eq "UTF-8 read as $enc: refused" 1 "$rc"
	has "UTF-8 read as $enc: why" "u8.csv:3: field 'kommentar' is UTF-8, which --encoding $enc would store garbled" "$(printf '%s' "$err" | tr K k)"
	eq "UTF-8 read as $enc: nothing stored" "" "$(sqlite3 "$TMP/u8.db" "select count(*) from documents" 2>/dev/null | grep -v '^0$')"
done
# a CP1252 field may be valid UTF-8 by chance (ß and an ellipsis, 0xDF 0x85): no UTF-8 text
printf 'id;Kommentar\n1;Macht trotzdem Spa\337\205\n2;Gr\366\337ere Teams\n3;\304\205\n' >"$TMP/cp-spass.csv"
t --db "$TMP/cp-spass.db" --lexicons "$LEX" ingest --encoding cp1252 --id id --lang de "$TMP/cp-spass.csv"
eq "CP1252 ß before a sign: stored" "0 Macht trotzdem Spa$(printf '\303\237\342\200\246')" \
	"$rc $(sqlite3 "$TMP/cp-spass.db" "select text from documents where ext_id = '1'")"

# Two exports of one name are one source: where ids start again in each, the second's
# records replace the first's comments. Each such update is counted and the first named,
# in one run and across runs; with --source the files are one source by the user's word.
mkdir -p "$TMP/y24" "$TMP/y25"
printf 'ID,text\n1,Druck 2024\n2,Beratung\n' >"$TMP/y24/survey.csv"
printf 'ID,text\n1,Druck 2025\n2,Beratung\n' >"$TMP/y25/survey.csv"
t --db "$TMP/twice.db" --lexicons "$LEX" ingest --id ID --lang de "$TMP/y24/survey.csv" "$TMP/y25/survey.csv"
has "one name, two files: counts" "4 read, 2 new, 1 duplicate, 1 updated, 0 rejected" "$err"
has "one name, two files: said" "1 update replaced a document that another file of the same name stored ($TMP/y25/survey.csv:2 replaced $TMP/y24/survey.csv:2)" "$err"
t --db "$TMP/twice.db" --lexicons "$LEX" ingest --id ID --lang de "$TMP/y24/survey.csv"
has "one name, a later run: said" "1 update replaced a document that another file of the same name stored ($TMP/y24/survey.csv:2 replaced $TMP/y25/survey.csv:2)" "$err"
t --db "$TMP/twice.db" --lexicons "$LEX" ingest --id ID --lang de "$TMP/y24/survey.csv"
hasnt "one name, the same file again: nothing said" "another file" "$err"
t --db "$TMP/twice.db" --lexicons "$LEX" ingest --id ID --lang de --source survey.csv "$TMP/y25/survey.csv"
hasnt "one name, --source given: nothing said" "another file" "$err"
# within one file the later row replaces the earlier, as an export of a comment's edits has
# it, whatever the file's path
long="$TMP/$(printf 'd%.0s' $(seq 120))/$(printf 'e%.0s' $(seq 120))"
mkdir -p "$long"
printf 'ID,text\n7,Druck erst\n7,Druck dann\n' >"$long/edits.csv"
t --db "$TMP/twice.db" --lexicons "$LEX" ingest --id ID --lang de "$long/edits.csv"
has "an id twice in one file: the later an update" "2 read, 1 new, 0 duplicate, 1 updated, 0 rejected" "$err"
hasnt "an id twice in one file: nothing said" "another file" "$err"

# --strict stores nothing.
rm -f "$DB"*
ti ingest --strict --id id --lang de "$TMP/k.csv"
eq "strict status" 1 "$rc"
has "strict message" "nothing was stored" "$err"
eq "strict stored nothing" 0 "$(q "select count(*) from documents")"

# JSON lines: nested values and missing text are rejects, not crashes; dates as exported.
cat >"$TMP/c.jsonl" <<'JSON'
{"id":"a","date":"2025-03-27T14:05:00+02:00","team":"Nord","text":"Der Druck steigt."}
{"id":"b","date":"March 27, 2019","team":"Süd","text":"Wir hören zu."}
{"id":"c","date":"2025-04","team":"Süd","text":"Beratung auf Augenhöhe."}
{"id":"d","date":"2024-Q3","team":"Süd","text":"Ranking jede Woche."}
{"id":"e","date":"2024-W14","team":"Süd","text":"Zeitdruck."}
{"id":"f","date":"","team":"Süd","text":"Keine Angabe."}
{"id":"g","date":"03/27/2025","team":"Süd","text":"Unklar."}
{"id":"h","team":{"name":"Süd"},"text":"Verschachtelt."}
{"id":"i","team":"Süd"}
[1,2]
{"id":"j","team":"Süd","text":"Tief","meta":{"a":[1,{"b":2}]}}
JSON
ti ingest --id id --group team --lang de "$TMP/c.jsonl"
eq "jsonl status" 3 "$rc"
has "jsonl summary" "11 read, 7 new, 0 duplicate, 0 updated, 4 rejected, 2 undated" "$err"
eq "timestamp date as written" "2025-03-27|day" "$(q "select date, date_precision from documents where ext_id = 'a'")"
eq "english month name" "2019-03-27" "$(q "select date from documents where ext_id = 'b'")"
eq "month precision" "month|2025-04|2025-Q2|2025-04" "$(q "select date_precision, period_month, period_quarter, period_wave from documents where ext_id = 'c'")"
eq "quarter wave" "quarter|2024-Q3|2024-Q3" "$(q "select date_precision, period_quarter, period_wave from documents where ext_id = 'd'")"
eq "week wave" "week|2024-W14|2024-04-01" "$(q "select date_precision, period_week, date from documents where ext_id = 'e'")"
eq "undated stored" "1" "$(q "select count(*) from documents where ext_id = 'f' and date is null")"
t --db "$DB" rejects
has "ambiguous date rejected" "c.jsonl:7	ambiguous date" "$out"
has "nested value rejected" "c.jsonl:8	field 'team' holds an object" "$out"
has "missing text rejected" "c.jsonl:9	no text field" "$out"
has "not an object rejected" "c.jsonl:10	not a JSON object" "$out"
ti ingest --id id --group team --lang de --date-format %m/%d/%Y --source c2 "$TMP/c.jsonl"
eq "--date-format US" "2025-03-27" "$(q "select date from documents where ext_id = 'g' and source = 'c2'")"

# A field over the limit of 1 MiB is a reject, in JSON lines as in CSV.
python3 -c 'import json; print(json.dumps({"id": "big", "text": "Druck " * 200000})); print(json.dumps({"id": "small", "text": "Druck"}))' >"$TMP/big.jsonl"
ti ingest --id id --lang de "$TMP/big.jsonl"
eq "big field status" 3 "$rc"
has "big field reason" "big.jsonl:1: field 'text' is longer than 1048576 bytes" "$err"
eq "the small one stored" 1 "$(q "select count(*) from documents where source = 'big.jsonl'")"

# Plain text: a file is a document dated by its name; --split lines and paragraphs.
mkdir -p "$TMP/ws"
printf 'Im Workshop ist mir klar geworden,\ndass ich zu schnell verkaufe.\n' >"$TMP/ws/2024-05-14-coaching.txt"
printf 'Erster Absatz.\nNoch erster.\n\nZweiter Absatz.\n' >"$TMP/ws/notes.txt"
ti ingest --lang de "$TMP/ws/2024-05-14-coaching.txt"
eq "txt dated by name" "2024-05-14|1" "$(q "select date, (select count(*) from documents where source = '2024-05-14-coaching.txt') from documents where source = '2024-05-14-coaching.txt'")"
ti ingest --lang de --split paragraphs --date 2024-Q2 "$TMP/ws/notes.txt"
eq "paragraphs" "1|quarter|Erster Absatz.
Noch erster.
4|quarter|Zweiter Absatz." "$(q "select line, date_precision, text from documents where source = 'notes.txt' order by line")"
ti ingest --lang de --split lines --source lines "$TMP/ws/notes.txt"
eq "lines" "3" "$(q "select count(*) from documents where source = 'lines'")"

# --redact and --no-text.
printf '%s\n' '{"id":"r1","text":"Schreib mir an max.muster@example.com oder ruf +49 30 1234567 an, Druck!"}' >"$TMP/p.jsonl"
ti ingest --id id --lang de --redact "$TMP/p.jsonl"
eq "redacted" "Schreib mir an [EMAIL] oder ruf [PHONE] an, Druck!" "$(q "select text from documents where ext_id = 'r1'")"
printf '%s\n' '{"id":"n1","text":"Geheimer Kommentar mit Druck."}' >"$TMP/n.jsonl"
ti ingest --id id --lang de --no-text "$TMP/n.jsonl"
eq "no text stored" "|1" "$(q "select text, (select hits from scores s where s.doc_id = d.doc_id and category = 'pressure') from documents d where ext_id = 'n1'")"
eq "matched terms without text" "druck" "$(q "select term from matches m join documents d using (doc_id) where ext_id = 'n1'")"

# rescore with lexicons that lack a stored document's language: nothing changes, and the
# message says which document, which language and what to do.
printf '{"text":"Druck"}\n' | t --db "$TMP/nolang.db" --lexicons "$LEX" ingest --lang de -
mkdir -p "$TMP/lexen/en"
printf 'pressure\n' >"$TMP/lexen/en/pressure.txt"
t --db "$TMP/nolang.db" --lexicons "$TMP/lexen" rescore
eq "rescore, a language gone: refused" 1 "$rc"
has "rescore, a language gone: why" "document 1 (doc_id) and every other in its language: no lexicon for language 'de'; nothing was changed" "$err"
has "rescore, a language gone: what to do" "nothing was changed: rescore with lexicons that have it" "$err"

# rescore: refuses with --no-text documents, records the new lexicon version otherwise.
mkdir -p "$TMP/lex2/de"
cp "$LEX/de/"*.txt "$TMP/lex2/de/"
printf 'Verschachtelt\n' >>"$TMP/lex2/de/pressure.txt"
t --db "$DB" --lexicons "$TMP/lex2" rescore
eq "rescore refuses" 1 "$rc"
has "rescore says why" "without text (--no-text) and cannot be rescored" "$err"
has "rescore counts them" "1 document(s) were stored without text" "$err"
eq "the count reads its own index" 1 \
	"$(q "explain query plan select count(*) from documents where text is null" |
		grep -c documents_textless)"
# a text another tool took out later (a privacy purge) is counted too
sqlite3 "$DB" ".backup '$TMP/purge.db'"
sqlite3 "$TMP/purge.db" "update documents set text = null where ext_id = 'r1'"
t --db "$TMP/purge.db" --lexicons "$TMP/lex2" rescore
has "rescore counts a purged text" "2 document(s) were stored without text" "$err"
t --db "$DB" --lexicons "$TMP/lex2" rescore --keep-textless
eq "rescore keep" 0 "$rc"
changed=$(printf '%s' "$err" | sed -n 's/.*: \([0-9]*\) with other scores or matches than before/\1/p')
eq "new version everywhere but textless" 1 "$(q "select count(distinct lexicon_version) from documents join document_lexicons using (doc_id) where text is not null")"
eq "textless keeps old version" 1 "$(q "select count(*) from documents join document_lexicons using (doc_id) where ext_id = 'n1' and lexicon_version != (select lexicon_version from documents join document_lexicons using (doc_id) where ext_id = 'a')")"
# versions another tool deleted are made again for the documents rescore scores
cp "$DB" "$TMP/unver.db"
sqlite3 "$TMP/unver.db" "delete from document_lexicons where doc_id in (select doc_id from documents where ext_id in ('a', 'r1', 'n1'))"
t --db "$TMP/unver.db" --lexicons "$TMP/lex2" rescore --keep-textless
eq "unversioned: status" 0 "$rc"
eq "unversioned: made again, textless not" "a|1 r1|1" "$(sqlite3 "$TMP/unver.db" "select ext_id, lexicon_version = (select lexicon_version from document_lexicons where doc_id = (select doc_id from documents where ext_id = 'b')) from documents left join document_lexicons using (doc_id) where ext_id in ('a', 'r1', 'n1') and lexicon_version is not null order by 1" | tr '\n' ' ' | sed 's/ $//')"
eq "unversioned: all but the textless one" "$(($(q "select count(*) from document_lexicons") - 1))" "$(sqlite3 "$TMP/unver.db" "select count(*) from document_lexicons")"
# read: the documents rescored; updated: those whose scores or matches changed
eq "rescore batch recorded" "rescore|18|8|8" "$(q "select command, docs_read, docs_updated from batches order by batch_id desc limit 1")|$changed"
eq "rescore: aggregates equal a rebuild" "$(agg_rebuilt "$DB")" "$(agg "$DB")"
# other lexicons change most documents: the aggregates are emptied and every document added,
# those without text from their stored rows
t --db "$DB" --lexicons "$TESTS_DIR/fixtures/lex" rescore --keep-textless
eq "rescore, most documents change: status" 0 "$rc"
has "rescore, most documents change" "18 with other scores or matches than before" "$err"
eq "rescore, most documents change: aggregates equal a rebuild" "$(agg_rebuilt "$DB")" \
	"$(agg "$DB")"
t --db "$DB" batches --json
has "batches json" '"command":"rescore"' "$out"

# A rescore takes a changed document's weights out of the aggregates and adds its new ones:
# summed in another order, they differ in the last bits from a fresh ingest's (1757.2000000000007
# for 1757.2 in a CSV report or a dashboard). Rounded, they are the same to the bit.
rm -rf "$TMP/lexw"
cp -r "$FIX/lex" "$TMP/lexw"
printf 'alpha = 0.1\nbeta = 0.2\ngamma = 0.7\n' >>"$TMP/lexw/de/pressure.txt"
printf 'id,date,team,text\n0,2025-03-01,N,alpha\n1,2025-03-01,N,gamma\n2,2025-03-01,N,gamma\n3,2025-03-01,N,beta alpha\n4,2025-03-01,N,beta delta delta\n5,2025-03-01,N,gamma delta gamma\n6,2025-03-01,N,alpha\n7,2025-03-01,N,delta gamma\n' >"$TMP/w.csv"
"$TENOR" --db "$TMP/w1.db" --lexicons "$TMP/lexw" ingest --id id --group team --lang de "$TMP/w.csv" 2>/dev/null
printf 'delta = 0.3\n' >>"$TMP/lexw/de/pressure.txt"
"$TENOR" --db "$TMP/w1.db" --lexicons "$TMP/lexw" rescore 2>/dev/null
"$TENOR" --db "$TMP/w2.db" --lexicons "$TMP/lexw" ingest --id id --group team --lang de "$TMP/w.csv" 2>/dev/null
eq "rescored weights: a fresh ingest's, to the bit" "$(sqlite3 "$TMP/w2.db" "select count(*), 0 from agg_cells")" \
	"$(sqlite3 "$TMP/w1.db" "attach '$TMP/w2.db' as f; select count(*), sum(a.weight != b.weight) from agg_cells a join f.agg_cells b using (kind, group_name, period, year, group_value, category)")"

# The function words that tell a language are part of the lexicons: after they change, a
# rescore tells again the language of each document whose language was told (--lang auto),
# not of one given by --lang, and leaves every document as a first ingest with the new
# lexicons would, its content hash too, so that a rerun of its file finds it unchanged.
rm -rf "$TMP/fw1" "$TMP/fw2"
cp -r "$LEX" "$TMP/fw1"
cp -r "$LEX" "$TMP/fw2"
sed -i '/^the$/d' "$TMP/fw2/en/function-words.txt"
printf 'id,date,team,area,text\n1,2025-03-01,N,X,the customer and the Abschlussdruck ist der Druck\n2,2025-W10,S,Y,Wir hören dem Kunden zu\n3,2025-04,N,Y,the Druck und the Zielvorgaben\n4,2025-Q2,S,X,We listen to the customer\n' >"$TMP/fw.csv"
printf 'id,text\ng1,the customer and the Abschlussdruck ist der Druck\n' >"$TMP/fwgiven.csv"
fw_ingest() {
	for o in "" "--id id"; do
		"$TENOR" --db "$1" --lexicons "$2" ingest $o --group team --group area "$TMP/fw.csv" 2>/dev/null
	done
	"$TENOR" --db "$1" --lexicons "$2" ingest --id id --lang en "$TMP/fwgiven.csv" 2>/dev/null
}
fw_docs() {
	sqlite3 "$1" "select identity, lang, content_hash, tokens, (select group_concat(category || ':' || hits, ' ') from scores s where s.doc_id = d.doc_id) from documents d order by identity"
}
fw_ingest "$TMP/fw.db" "$TMP/fw1"
eq "languages told from the words" "en|6 de|2 en|1" \
	"$(sqlite3 "$TMP/fw.db" "select lang || '|' || count(*) from documents group by lang, lang_detected order by lang_detected desc, lang desc" | tr '\n' ' ' | sed 's/ $//')"
t --db "$TMP/fw.db" --lexicons "$TMP/fw2" rescore
eq "function words changed: rescore" 0 "$rc"
fw_ingest "$TMP/fwnew.db" "$TMP/fw2"
eq "function words changed: as a first ingest with them" "$(fw_docs "$TMP/fwnew.db")" "$(fw_docs "$TMP/fw.db")"
eq "function words changed: the given language kept" "en" \
	"$(sqlite3 "$TMP/fw.db" "select lang from documents where ext_id = 'g1'")"
eq "function words changed: aggregates as a rebuild's" "$(agg_rebuilt "$TMP/fw.db")" "$(agg "$TMP/fw.db")"
t --db "$TMP/fw.db" --lexicons "$TMP/fw2" ingest --group area --group team "$TMP/fw.csv"
has "function words changed: a rerun finds its documents" "4 read, 0 new, 4 duplicate, 0 updated" "$err"
t --db "$TMP/fw.db" --lexicons "$TMP/fw2" ingest --id id --group team --group area "$TMP/fw.csv"
has "function words changed: a rerun by id finds them" "4 read, 0 new, 4 duplicate, 0 updated" "$err"
# Texts too short to tell took --default-lang when ingested; rescore does not tell them again
# by its own default but keeps theirs, so that nothing changes with the same lexicons.
printf 'id,text\n1,Zeitdruck\n2,Ranking und Druck\n' >"$TMP/short.csv"
"$TENOR" --db "$TMP/short.db" --lexicons "$LEX" --default-lang de ingest --id id "$TMP/short.csv" 2>/dev/null
t --db "$TMP/short.db" --lexicons "$LEX" rescore
has "too short to tell: rescore keeps the language" "0 with other scores or matches" "$err"
eq "too short to tell: still German" "de de" "$(sqlite3 "$TMP/short.db" "select lang from documents order by doc_id" | tr '\n' ' ' | sed 's/ $//')"
# Where the edited function words no longer tell a language, a rescore takes --default-lang,
# as a first ingest would (it kept the language told before).
rm -rf "$TMP/fw3"
cp -r "$LEX" "$TMP/fw3"
sed -i '/^nicht$/d' "$TMP/fw3/de/function-words.txt"
printf 'text\nnicht mit Druck\n' >"$TMP/untold.csv"
"$TENOR" --db "$TMP/untold.db" --lexicons "$LEX" ingest "$TMP/untold.csv" 2>/dev/null
"$TENOR" --db "$TMP/untold.db" --lexicons "$TMP/fw3" rescore 2>/dev/null
"$TENOR" --db "$TMP/untoldnew.db" --lexicons "$TMP/fw3" ingest "$TMP/untold.csv" 2>/dev/null
eq "words no longer tell: as a first ingest" "$(fw_docs "$TMP/untoldnew.db")" "$(fw_docs "$TMP/untold.db")"
t --db "$TMP/untold.db" --lexicons "$TMP/fw3" ingest "$TMP/untold.csv"
has "words no longer tell: a rerun finds it" "1 read, 0 new, 1 duplicate, 0 updated" "$err"
# A rerun that gives the language told before updates the document (it was a duplicate that
# rescore went on telling anew); given again, a duplicate.
printf 'id,text\n1,Wir hören dem Kunden zu und der Druck ist hoch\n' >"$TMP/told.csv"
"$TENOR" --db "$TMP/told.db" --lexicons "$LEX" ingest --id id "$TMP/told.csv" 2>/dev/null
t --db "$TMP/told.db" --lexicons "$LEX" ingest --id id --lang de "$TMP/told.csv"
has "language now given: updated" "1 read, 0 new, 0 duplicate, 1 updated" "$err"
eq "language now given: recorded" "de|0" "$(sqlite3 "$TMP/told.db" "select lang, lang_detected from documents")"
t --db "$TMP/told.db" --lexicons "$LEX" ingest --id id --lang de "$TMP/told.csv"
has "language given again: a duplicate" "1 read, 0 new, 1 duplicate, 0 updated" "$err"
# A date another tool wrote longer than a day is read whole (it overflowed a 16-byte room).
cp "$TMP/fw.db" "$TMP/longdate.db"
sqlite3 "$TMP/longdate.db" "update documents set date = '2025-03-01' || printf('%.*c', 5000, 'x') where doc_id = 1"
t --db "$TMP/longdate.db" --lexicons "$TMP/fw1" rescore
eq "a long date written by another tool: rescored" 0 "$rc"

# A document with more groups than ingest gives one (another tool wrote them) is summed up
# by a rescore that adds every document (other lexicons) like any other: its place holds
# them all.
cp "$DB" "$TMP/groups.db"
sqlite3 "$TMP/groups.db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) INSERT INTO document_groups SELECT (SELECT min(doc_id) FROM documents WHERE text IS NOT NULL), 'g' || i, 'v' || (i % 3) FROM n"
t --db "$TMP/groups.db" --lexicons "$LEX" rescore --keep-textless
eq "forty groups: rescore status" 0 "$rc"
eq "forty groups: aggregates equal a rebuild" "$(agg_rebuilt "$TMP/groups.db")" "$(agg "$TMP/groups.db")"
eq "forty groups: in the aggregates" 40 "$(sqlite3 "$TMP/groups.db" "select count(distinct group_name) from agg_cells where group_name like 'g%'")"
# rescore --rebuild adds up every document's stored rows, textless ones too, as the
# migration's SQL builds them, whatever the aggregates held
rebuilt() {
	sqlite3 "$TMP/$1.db" "delete from agg_terms where count % 2 = 0; update agg_cells set docs = docs + 7"
	t --db "$TMP/$1.db" rescore --rebuild
	eq "rescore --rebuild, $1: as the migration builds them" "$(agg_rebuilt "$TMP/$1.db")" "$(agg "$TMP/$1.db")"
}
rebuilt groups

# TENOR_DB names the database when --db does not.
TENOR_DB="$DB" "$TENOR" stats --json >"$TMP/out" 2>"$TMP/err"
has "TENOR_DB" '"period":"undated"' "$(cat "$TMP/out")"

# stats: documents per period, group and language.
t --db "$DB" stats --period quarter
has "stats undated" "undated" "$out"
has "stats group" "team=Süd" "$out"
# stats withholds small groups as reports do: B has two documents, and C, the next smallest
# of the team column, goes too, or the other column's rows would give B away.
awk 'BEGIN { n = 0; split("A A A A A A A B B C C C C C C", t, " ")
	for (i = 1; i <= 15; i++) printf "{\"id\":%d,\"date\":\"2025-02-03\",\"team\":\"%s\",\"role\":\"R\",\"text\":\"Druck %d\"}\n", i, t[i], i }' >"$TMP/small.jsonl"
"$TENOR" --db "$TMP/small.db" --lexicons "$LEX" ingest --id id --group team --group role --lang de "$TMP/small.jsonl" 2>/dev/null
t --db "$TMP/small.db" stats --json
eq "stats: small groups withheld" "role R 15 | team A 7 | team B - | team C -" "$(printf '%s\n' "$out" | python3 -c 'import json,sys
print(" | ".join("%s %s %s" % (o["group"], o["value"], "-" if o.get("suppressed") else o["documents"]) for o in map(json.loads, sys.stdin)))')"
# two small teams (1 and 2) are 3 together, which the role's 23 less A's 20 would give
awk 'BEGIN { n = 0; split("20 1 2", k, " ")
	for (t = 1; t <= 3; t++) for (i = 0; i < k[t]; i++)
		printf "{\"id\":%d,\"date\":\"2025-02-03\",\"team\":\"%s\",\"role\":\"R\",\"text\":\"Druck %d\"}\n", ++n, substr("ABC", t, 1), n }' >"$TMP/small2.jsonl"
"$TENOR" --db "$TMP/small2.db" --lexicons "$LEX" ingest --id id --group team --group role --lang de "$TMP/small2.jsonl" 2>/dev/null
t --db "$TMP/small2.db" stats --json
eq "stats: two small teams together small" "role R 23 | team A - | team B - | team C -" "$(printf '%s\n' "$out" | python3 -c 'import json,sys
print(" | ".join("%s %s %s" % (o["group"], o["value"], "-" if o.get("suppressed") else o["documents"]) for o in map(json.loads, sys.stdin)))')"
t --db "$TMP/small.db" stats
has "stats: withheld in the table" "team=B                   de                 (withheld)" "$out"
t --db "$TMP/small.db" stats --min-group 1 --json
has "stats --min-group 1 shows them" '"value":"B","lang":"de","documents":2' "$out"
# a group's languages add up to what a report shows: one small language hides another
awk 'BEGIN { for (i = 1; i <= 12; i++) printf "{\"id\":%d,\"date\":\"2025-02-03\",\"team\":\"N\",\"lang\":\"%s\",\"text\":\"Druck %d\"}\n", i, i <= 10 ? "de" : "en", i }' >"$TMP/langs.jsonl"
"$TENOR" --db "$TMP/langs.db" --lexicons "$LEX" ingest --id id --group team --lang-col lang "$TMP/langs.jsonl" 2>/dev/null
t --db "$TMP/langs.db" stats --json
eq "stats: a small language hides the other" "de True | en True" "$(printf '%s\n' "$out" | python3 -c 'import json,sys
print(" | ".join("%s %s" % (o["lang"], o.get("suppressed", False)) for o in map(json.loads, sys.stdin)))')"
t --db "$TMP/small.db" stats --min-group 0
eq "stats --min-group 0: usage" 2 "$rc"

# The example query of docs/schema.md runs on the views.
eq "dashboard query" "2024-Q2|Süd|1000.0" "$(q "SELECT period_quarter, group_value AS team, 1000.0 * hits / tokens AS per_1k FROM quarterly_scores WHERE group_name = 'team' AND category = 'pressure' AND documents >= 1 AND period_quarter = '2024-Q2' ORDER BY period_quarter, team;")"

# In the views, NULL is the undated documents alone: a document dated more coarsely than a
# kind of period (a month by week, a quarter by month) is left out, as the report leaves it.
printf 'id,date,team,text\n1,2025-01-10,Nord,Druck\n2,2025-01,Nord,Druck\n3,2025-Q1,Nord,Druck\n4,,Nord,Kantine\n' >"$TMP/coarse.csv"
"$TENOR" --db "$TMP/coarse.db" --lexicons "$LEX" ingest --id id --group team --lang de "$TMP/coarse.csv" 2>/dev/null
eq "views: undated alone in NULL" "month||1|0 month|2025-01|2|2 quarter||1|0 quarter|2025-Q1|3|3 week||1|0 week|2025-W02|1|1" \
	"$(sqlite3 "$TMP/coarse.db" "select period_kind, period, documents, hits from period_scores where group_name = '*' and category = 'pressure' and period_kind in ('week', 'month', 'quarter') order by 1, 2" | tr '\n' ' ' | sed 's/ $//')"
eq "views: terms of dated documents only" "month|2025-01|2 week|2025-W02|1" \
	"$(sqlite3 "$TMP/coarse.db" "select period_kind, period, sum(hits) from period_terms where group_name = '*' and period_kind in ('week', 'month') group by 1, 2 order by 1, 2" | tr '\n' ' ' | sed 's/ $//')"

# A group column has a name: '' and '*' are what the aggregates and views call all documents.
printf 'id,date,,text\n1,2025-01-10,Nord,Druck\n' >"$TMP/noname.csv"
for g in "" "*"; do
	t --db "$TMP/noname.db" --lexicons "$LEX" ingest --id id --group "$g" --lang de "$TMP/noname.csv"
	eq "--group '$g': usage error" 2 "$rc"
	has "--group '$g': why" "takes a column's name" "$err"
done

# A database of version 5 (tests/fixtures/db-v5-weeks.sql) gets the month and quarter of each
# week's Thursday, and aggregates equal to a rebuild; a monthly report places every week.
sqlite3 "$TMP/v5w.db" <"$FIX/db-v5-weeks.sql"
"$TENOR" --db "$TMP/v5w.db" stats >/dev/null 2>&1
eq "v5 weeks: each week in its Thursday's month and quarter" \
	"1|2025-W02|2025-01|2025-Q1|2025 2|2025-W03|2025-01|2025-Q1|2025 3|2025-W01|2025-01|2025-Q1|2025 4|2025-W14|2025-04|2025-Q2|2025 5|2025-W05|2025-01|2025-Q1|2025" \
	"$(sqlite3 "$TMP/v5w.db" "select doc_id, period_week, period_month, period_quarter, period_year from documents order by doc_id" | tr '\n' ' ' | sed 's/ $//')"
eq "v5 weeks: aggregates as a rebuild's" "$(agg_rebuilt "$TMP/v5w.db")" "$(agg "$TMP/v5w.db")"
rebuilt v5w
t --db "$TMP/v5w.db" report --period month --min-group 1 --format json
eq "v5 weeks: every week in a month" "0 [('2025-01', 4), ('2025-02', 0), ('2025-03', 0), ('2025-04', 1)]" \
	"$(printf '%s' "$out" | python3 -c 'import json,sys; r = json.load(sys.stdin)
print(r["meta"]["unplaced"], [(x["period"], x.get("docs", 0)) for x in r["rows"] if x["group"] is None])')"
# ingested now, the same records are placed the same
printf 'id,date,team,text\n1,2025-W02,Nord,Druck und Beratung\n2,2025-01-15,Nord,Druck\n3,2025-W01,Süd,Zeitdruck\n4,2025-W14,Süd,Beratung\n5,2025-W05,Nord,Druck\n' >"$TMP/weeks.csv"
"$TENOR" --db "$TMP/weeks.db" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/weeks.csv" 2>/dev/null
eq "weeks ingested now: as migrated" "$(agg "$TMP/v5w.db")" "$(agg "$TMP/weeks.db")"

# The order of the --group options is no part of a document's identity: a rerun with them in
# another order finds every document again, with and without an id.
printf 'id,team,region,date,text\n1,Nord,A,2025-03-01,Der Druck steigt\n2,Süd,B,2025-03-02,Wir hören dem Kunden zu\n3,Ost,A,2025-03-03,Bitte an max@example.com schreiben\n' >"$TMP/order.csv"
ord() { db=$1; shift; t --db "$db" --lexicons "$FIX/lex" ingest --lang de "$@"; }
ord "$TMP/order.db" --group team --group region "$TMP/order.csv"
ord "$TMP/order.db" --group region --group team "$TMP/order.csv"
has "groups reordered, no id: found again" "3 read, 0 new, 3 duplicate, 0 updated" "$err"
ord "$TMP/order.db" --id id --group region --group team "$TMP/order.csv"
ord "$TMP/order.db" --id id --group team --group region "$TMP/order.csv"
has "groups reordered, id: found again" "3 read, 0 new, 3 duplicate, 0 updated" "$err"
eq "groups reordered: 6 documents" 6 "$(sqlite3 "$TMP/order.db" "select count(*) from documents")"
eq "batches record the rule" 4 "$(sqlite3 "$TMP/order.db" "select count(*) from batches where options like '%\"group_keys\":\"by name\"%'")"
# So are the documents of a database written before that rule (tests/fixtures/db-v6-group-order.sql:
# order.csv with --group team --group region, without and with --id), whose keys took the
# groups in the order given: found in either order, an edited text updated, and a text stored
# as written replaced by its redaction.
sqlite3 "$TMP/order6.db" <"$FIX/db-v6-group-order.sql"
ord "$TMP/order6.db" --group region --group team "$TMP/order.csv"
has "earlier order, no id, reordered: found" "3 read, 0 new, 3 duplicate, 0 updated" "$err"
ord "$TMP/order6.db" --group team --group region "$TMP/order.csv"
has "earlier order, no id, as then: found" "3 read, 0 new, 3 duplicate, 0 updated" "$err"
ord "$TMP/order6.db" --id id --group region --group team "$TMP/order.csv"
has "earlier order, id, reordered: found" "3 read, 0 new, 3 duplicate, 0 updated" "$err"
sed 's/Wir hören dem Kunden zu/Wir hören dem Kunden nicht zu/' "$TMP/order.csv" >"$TMP/order2.csv"
ord "$TMP/order6.db" --id id --source order.csv --group region --group team "$TMP/order2.csv"
has "earlier order, id, edited: updated" "3 read, 0 new, 2 duplicate, 1 updated" "$err"
ord "$TMP/order6.db" --redact --group region --group team "$TMP/order.csv"
has "earlier order, redacted: replaced" "3 read, 0 new, 2 duplicate, 1 updated" "$err"
ord "$TMP/order6.db" --redact --group team --group region "$TMP/order.csv"
has "earlier order, redacted again: found" "3 read, 0 new, 3 duplicate, 0 updated" "$err"
eq "earlier order: 6 documents" 6 "$(sqlite3 "$TMP/order6.db" "select count(*) from documents")"
eq "earlier order: the address redacted" 1 "$(sqlite3 "$TMP/order6.db" "select count(*) from documents where text like 'Bitte an%' and text not like '%max@%' and ext_id is null")"
eq "earlier order: aggregates as a rebuild's" "$(agg_rebuilt "$TMP/order6.db")" "$(agg "$TMP/order6.db")"

# Group values are stored in NFC and without the blanks around them: "Süd" from a Mac's
# export (u and U+0308) and "Nord " are the groups they show.
printf 'id;team;region;text\n1;Su\314\210d;Ost ;Druck eins\n2;S\303\274d;Ost;Druck zwei\n3;Nord ;West;Druck drei\n' \
	>"$TMP/raw-groups.csv"
t --db "$TMP/nfc.db" --lexicons "$FIX/lex" ingest --id id --group team --group region --lang de "$TMP/raw-groups.csv"
eq "group values in NFC, trimmed" "region=Ost:2 region=West:1 team=Nord:1 team=Süd:2" \
	"$(sqlite3 "$TMP/nfc.db" "select group_concat(g, ' ') from (select name || '=' || value || ':' || count(*) as g from document_groups group by name, value order by 1)")"
# A database whose values were stored as read (tests/fixtures/db-v7-raw-groups.sql: that
# file without and with --id): its documents are found and their values brought to the form
# stored now, never stored again.
sqlite3 "$TMP/raw7.db" <"$FIX/db-v7-raw-groups.sql"
for o in "" "--id id"; do
	t --db "$TMP/raw7.db" --lexicons "$FIX/lex" ingest $o --group team --group region --lang de "$TMP/raw-groups.csv"
	has "values as read, ${o:-no id}: updated" "3 read, 0 new, 1 duplicate, 2 updated" "$err"
	t --db "$TMP/raw7.db" --lexicons "$FIX/lex" ingest $o --group region --group team --lang de "$TMP/raw-groups.csv"
	has "values as read, ${o:-no id}, again: found" "3 read, 0 new, 3 duplicate, 0 updated" "$err"
done
eq "values as read: 6 documents, two teams" "6 2" "$(sqlite3 "$TMP/raw7.db" "select count(*), (select count(distinct value) from document_groups where name = 'team') from documents" | tr '|' ' ')"
eq "values as read: aggregates as a rebuild's" "$(agg_rebuilt "$TMP/raw7.db")" "$(agg "$TMP/raw7.db")"

# The schema: a database from a newer tenor is refused, an empty one is migrated.
sqlite3 "$TMP/new.db" "PRAGMA user_version = 99"
t --db "$TMP/new.db" batches
eq "newer schema status" 1 "$rc"
has "newer schema message" "schema version 99 is newer" "$err"
: >"$TMP/empty.db"
t --db "$TMP/empty.db" --lexicons "$LEX" ingest --lang de "$TMP/p.jsonl"
eq "migrated from version 0" 7 "$(sqlite3 "$TMP/empty.db" "PRAGMA user_version")"

# Readers: a BOM, Latin-1, a header only, an empty file, a column named twice.
printf '\357\273\277text,team\nDruck im B\303\274ro,Nord\n' >"$TMP/bom.csv"
ti ingest --lang de --group team "$TMP/bom.csv"
eq "bom status" 0 "$rc"
eq "bom header" "Druck im Büro" "$(q "select text from documents where source = 'bom.csv'")"
printf 'text\nGr\374\337e aus M\374nchen\n' >"$TMP/latin1.csv"
ti ingest --lang de --encoding latin1 "$TMP/latin1.csv"
eq "latin1" "Grüße aus München" "$(q "select text from documents where source = 'latin1.csv'")"
printf 'text\n\377\n' >"$TMP/badutf8.csv"
ti ingest --lang de "$TMP/badutf8.csv"
eq "invalid utf-8 rejected" 3 "$rc"
has "invalid utf-8 reason" "badutf8.csv:2: field 'text': invalid UTF-8 at byte 0" "$err"
printf 'id;text\r\n' >"$TMP/header.csv"
ti ingest --lang de "$TMP/header.csv"
eq "header only status" 0 "$rc"
has "header only summary" "0 read, 0 new" "$err"
: >"$TMP/empty.csv"
ti ingest --lang de "$TMP/empty.csv"
eq "empty file status" 1 "$rc"
has "empty file message" "empty.csv: empty file, no header row" "$err"
printf 'text,team,text\na,b,c\n' >"$TMP/twice.csv"
ti ingest --lang de "$TMP/twice.csv"
eq "column twice status" 1 "$rc"
has "column twice message" "twice.csv:1: column 'text' appears twice in the header (fields 1 and 3)" "$err"
# one column asked for twice, whatever the case: refused before anything is read
printf 'text,team\nquota,a\n' >"$TMP/team.csv"
ti ingest --lang de --group team --group Team "$TMP/team.csv"
eq "group twice status" 1 "$rc"
has "group twice message" "--group 'Team' names the column of --group 'team' again" "$err"
ti ingest --lang de --group team --group team "$TMP/team.csv"
has "group twice, same case" "--group 'team' names the column of --group 'team' again" "$err"

# A --group name in another case than the database has it is the same column: a rerun
# finds its documents, with or without ids.
rm -f "$DB"*
printf 'Datum;Team;Kommentar\n27.03.2025;Nord;Druck ist hoch\n28.03.2025;Süd;Beratung gut\n' \
	>"$TMP/gcase.csv"
ti ingest --group team --lang de "$TMP/gcase.csv"
ti ingest --group Team --lang de "$TMP/gcase.csv"
has "group case: a rerun" "2 read, 0 new, 2 duplicate" "$err"
ti ingest --group TEAM --lang de "$TMP/gcase.csv"
has "group case: upper case" "2 read, 0 new, 2 duplicate" "$err"
eq "group case: one name" "team" "$(q "select distinct name from document_groups")"
printf 'ID;Team;Kommentar\n1;Nord;Druck ist hoch\n' >"$TMP/gcase-id.csv"
ti ingest --id ID --group team --lang de "$TMP/gcase-id.csv"
ti ingest --id ID --group TEAM --lang de "$TMP/gcase-id.csv"
has "group case with ids: unchanged" "1 read, 0 new, 1 duplicate, 0 updated" "$err"
# beyond ASCII too, as header names are found: --group Ärger is the column of --group ärger
rm -f "$DB"*
printf '\303\204rger;Kommentar\nja;Druck ist hoch\nnein;Beratung gut\n' >"$TMP/gcase-u.csv"
ti ingest --group "$(printf '\303\244rger')" --lang de "$TMP/gcase-u.csv"
ti ingest --group "$(printf '\303\204RGER')" --lang de "$TMP/gcase-u.csv"
has "group case beyond ASCII: a rerun" "2 read, 0 new, 2 duplicate" "$err"
eq "group case beyond ASCII: one name" "$(printf '\303\244rger')" \
	"$(q "select distinct name from document_groups")"
ti ingest --group "$(printf '\303\244rger')" --group "$(printf '\303\204rger')" --lang de \
	"$TMP/gcase-u.csv"
eq "group twice beyond ASCII: status" 1 "$rc"
has "group twice beyond ASCII: message" "names the column of --group" "$err"

# More fields than the header: a delimiter in an unquoted text, rejected whole rather
# than stored cut; empty fields after the last column are what spreadsheets write.
rm -f "$DB"*
printf 'Kommentar\nDer Druck ist hoch, viel zu hoch\nnur ein Feld\nzwei,\n' >"$TMP/onecol.csv"
ti ingest --lang de "$TMP/onecol.csv"
eq "extra fields: status" 3 "$rc"
has "extra fields: reason" "onecol.csv:2: 2 fields, but the header has 1: field 2 is not empty" "$err"
eq "extra fields: the rest stored whole" "nur ein Feld|zwei" \
	"$(q "select group_concat(text, '|') from (select text from documents order by doc_id)")"
eq "extra fields: raw kept" "Der Druck ist hoch, viel zu hoch" "$(q "select cast(raw as text) from rejects")"

# A CSV record that breaks the quoting keeps its raw bytes; a quote never closed takes the
# rest of the file into its record, which the reason says and the raw bytes show.
rm -f "$DB"*
printf 'id;text\n1;ok eins\n2;"Zitat ohne Ende\n3;drei\n4;vier\n' >"$TMP/stray.csv"
printf 'id;text\n1;"a"b;c\n2;gut\n' >"$TMP/afterquote.csv"
ti ingest --id id --lang de "$TMP/stray.csv" "$TMP/afterquote.csv"
has "open quote: reason" "stray.csv:3: quote opened on line 3 is never closed: the rest of the input, to line 5, is in this record" "$err"
eq "open quote and text after a quote: raw bytes" "$(printf '2;"Zitat ohne Ende\n3;drei\n4;vier|1;"a"b;c')" \
	"$(q "select group_concat(cast(raw as text), '|') from (select raw from rejects order by reject_id)")"

# Rejects keep no more than documents do: no raw bytes with --no-text, redacted ones with
# --redact.
printf 'id;date;text\n1;31.02.2025;Ruf an: +49 171 1234567, max@firma.de\n' >"$TMP/priv.csv"
for opt in --no-text --redact; do
	rm -f "$DB"*
	ti ingest $opt --id id --lang de "$TMP/priv.csv"
	eq "reject $opt: status" 3 "$rc"
done
eq "reject --redact: raw redacted" "1;31.02.2025;Ruf an: [PHONE], [EMAIL]" "$(q "select cast(raw as text) from rejects")"
rm -f "$DB"*
ti ingest --no-text --id id --lang de "$TMP/priv.csv"
eq "reject --no-text: no raw" "1" "$(q "select count(*) from rejects where raw is null")"

# A file that starts with a UTF-8 BOM is UTF-8, whatever --encoding says; a CP1252 file
# of the same batch is still converted. Extensions in capitals; --split means text.
rm -f "$DB"*
printf '\357\273\277id;text\n1;Grüße und Druck\n' >"$TMP/u8bom.csv"
printf 'id;text\n2;Gr\374\337e und Druck\n' >"$TMP/cp.csv"
ti ingest --encoding cp1252 --id id --lang de "$TMP/u8bom.csv" "$TMP/cp.csv"
eq "BOM over --encoding" "Grüße und Druck|Grüße und Druck" \
	"$(q "select group_concat(text, '|') from documents")"
printf 'Druck ist hoch\nBeratung gut\n' >"$TMP/UP.TXT"
ti ingest --lang de "$TMP/UP.TXT"
has "upper-case extension" "1 read, 1 new" "$err"
ti ingest --lang de --split lines - <"$TMP/UP.TXT"
has "standard input with --split" "2 read, 2 new" "$err"

# Header names: blanks around them, two usual names for the text, none, and what is wrong
# with the options before anything is read.
printf 'id; Text \n1;Druck\n' >"$TMP/blank-header.csv"
ti ingest --id id --lang de "$TMP/blank-header.csv"
eq "header name with blanks" 0 "$rc"
printf 'id;Antwort;Kommentar\n1;a;b\n' >"$TMP/two-texts.csv"
ti ingest --lang de "$TMP/two-texts.csv"
eq "two text columns: status" 1 "$rc"
has "two text columns: message" "two-texts.csv:1: columns 'Antwort' (field 2) and 'Kommentar' (field 3) could both be the text: name one with --text" "$err"
printf 'id;txt\n1;Druck\n' >"$TMP/no-text.csv"
ti ingest --lang de "$TMP/no-text.csv"
has "no text column: the header" "no column 'text' in the header, nor one of the usual names for it: name it with --text (the header: 'id', 'txt')" "$err"
ti ingest --lang xx "$TMP/no-text.csv"
eq "unknown --lang: status" 2 "$rc"
has "unknown --lang: message" "--lang 'xx': no lexicon for it (the lexicons' languages: de, en)" "$err"
ti ingest --lang de --date-format '%Q' "$TMP/no-text.csv"
eq "bad --date-format: status" 2 "$rc"
t --db "$TMP/none.db" --lexicons "$LEX" rescore
eq "rescore without a database: status" 1 "$rc"
has "rescore without a database: message" "no database here yet" "$err"
eq "rescore without a database: none made" "" "$(ls "$TMP/none.db" 2>/dev/null)"

# Without ids, a rerun with --redact finds the documents a run without it stored: the text
# it redacts replaces the one as written, nothing counts twice, the aggregates follow.
rm -f "$DB"*
printf 'date;team;text\n2025-03-01;Nord;Ruf an: max@firma.de wegen Druck\n2025-03-02;Nord;Kein Kontakt\n' \
	>"$TMP/rr.csv"
ti ingest --group team --lang de "$TMP/rr.csv"
ti ingest --redact --group team --lang de "$TMP/rr.csv"
has "redact rerun: the written one replaced" "2 read, 0 new, 1 duplicate, 1 updated" "$err"
eq "redact rerun: only the redacted text" "Ruf an: [EMAIL] wegen Druck|Kein Kontakt" \
	"$(q "select group_concat(text, '|') from (select text from documents order by doc_id)")"
eq "redact rerun: aggregates equal a rebuild" "$(agg_rebuilt "$DB")" "$(agg "$DB")"
ti ingest --redact --group team --lang de "$TMP/rr.csv"
has "redact rerun again: duplicates" "2 read, 0 new, 2 duplicate, 0 updated" "$err"
eq "redact rerun: a text with nothing to redact marked as a first run marks it" "1|1" \
	"$(q "select group_concat(redacted, '|') from (select redacted from documents order by doc_id)")"
# With ids, a run without --redact puts a redacted text back as written, and says so.
printf 'id,text\n1,Mail an anna@example.com wegen Druck\n2,Kein Problem\n' >"$TMP/unred.csv"
t --db "$TMP/unred.db" --lexicons "$LEX" ingest --id id --lang de --redact "$TMP/unred.csv"
t --db "$TMP/unred.db" --lexicons "$LEX" ingest --id id --lang de "$TMP/unred.csv"
has "a redacted text replaced as written: said" "1 document stored redacted was replaced by its text as written, addresses and all: this run has no --redact" "$err"
t --db "$TMP/unred.db" --lexicons "$LEX" ingest --id id --lang de --redact "$TMP/unred.csv"
hasnt "redacted again: nothing said" "as written" "$err"
# Two texts that are one once redacted: the second, whose redaction another document has as
# its identity, is redacted under its own (no address left behind), and counts once.
rm -f "$DB"*
printf 'team;text
Nord;Mail an anna@firma.de wegen Druck
Nord;Mail an bert@firma.de wegen Druck
' \
	>"$TMP/rr2.csv"
ti ingest --group team --lang de "$TMP/rr2.csv"
ti ingest --redact --group team --lang de "$TMP/rr2.csv"
has "redact rerun, one redaction: both replaced" "2 read, 0 new, 0 duplicate, 2 updated" "$err"
eq "redact rerun, one redaction: no address left" "0 2" \
	"$(q "select count(*) filter (where text like '%@%'), count(*) from documents" | tr '|' ' ')"
eq "redact rerun, one redaction: aggregates equal a rebuild" "$(agg_rebuilt "$DB")" "$(agg "$DB")"
ti ingest --redact --group team --lang de "$TMP/rr2.csv"
has "redact rerun, one redaction, again: duplicates" "2 read, 0 new, 2 duplicate, 0 updated" "$err"

# A file name's date that is no day of the calendar is a reject, not undated.
mkdir -p "$TMP/named"
printf 'Druck\n' >"$TMP/named/2024-02-30-bad.txt"
printf 'Druck\n' >"$TMP/named/2024-02-28-ok.txt"
ti ingest --lang de "$TMP/named/2024-02-30-bad.txt" "$TMP/named/2024-02-28-ok.txt"
eq "impossible date in a file name: status" 3 "$rc"
has "impossible date in a file name: reason" "2024-02-30-bad.txt:1: '2024-02-30' is not a date: February 2024 has 29 days" "$err"
has "impossible date in a file name: the other dated" "2 read, 1 new, 0 duplicate, 0 updated, 1 rejected, 0 undated" "$err"
printf 'Druck\n' >"$TMP/named/call-0800-12-34.txt"
ti ingest --lang de "$TMP/named/call-0800-12-34.txt"
has "a number shaped like a date in a file name: undated" "1 read, 1 new, 0 duplicate, 0 updated, 0 rejected, 1 undated" "$err"
# A reject of a file whose BOM says UTF-8 is redacted as UTF-8, whatever --encoding says.
rm -f "$DB"*
printf '\357\273\277text,team\n"Hallo Müller, mail a@b.de",x,extra\n"gut",y\n' >"$TMP/bom-reject.csv"
ti ingest --encoding cp1252 --redact --group team --lang de "$TMP/bom-reject.csv"
eq "BOM reject redacted as UTF-8" '"Hallo Müller, mail [EMAIL]",x,extra' "$(q "select cast(raw as text) from rejects")"

# Language tags as exports write them: the primary subtag, in any case.
rm -f "$DB"*
printf 'id;lang;text\n1;DE;Druck\n2;en-US;pressure\n3;de_AT;Druck\n4;fr;pression\n' >"$TMP/tags.csv"
ti ingest --id id --lang-col lang "$TMP/tags.csv"
eq "language tags: status" 3 "$rc"
has "language tags: an unknown one" "tags.csv:5: no lexicon for language 'fr'" "$err"
eq "language tags: stored as the lexicons' codes" "de en de" "$(q "select group_concat(lang, ' ') from (select lang from documents order by doc_id)")"
ti ingest --id id --lang DE-ch "$TMP/tags.csv"
has "language tag for --lang" "4 read, 1 new, 2 duplicate, 1 updated, 0 rejected" "$err"

# Weights taken out and added again in floating point leave no rest where no hit is left:
# after two rescores that remove 0.1 and 0.2, the cells weigh 0 as a fresh ingest's do, and
# the report shows no pressure index.
rm -f "$DB"*
mkdir -p "$TMP/fp/de"
printf 'kein*\n' >"$TMP/fp/de/negators.txt"
printf 'Druck = 0.1\nRanking = 0.2\n' >"$TMP/fp/de/pressure.txt"
printf 'Beratung = 1\n' >"$TMP/fp/de/advisory.txt"
printf 'id,date,team,text\n1,2025-01-10,A,Druck\n2,2025-01-11,A,Ranking\n3,2025-01-12,A,Kantine\n4,2025-01-13,A,Kantine\n5,2025-01-14,A,Kantine\n' >"$TMP/fp.csv"
t --db "$DB" --lexicons "$TMP/fp" ingest --id id --group team --lang de "$TMP/fp.csv"
sed -i '/^Druck/d' "$TMP/fp/de/pressure.txt"
t --db "$DB" --lexicons "$TMP/fp" rescore
sed -i '/^Ranking/d' "$TMP/fp/de/pressure.txt"
echo Quote >>"$TMP/fp/de/pressure.txt"
t --db "$DB" --lexicons "$TMP/fp" rescore
eq "no weight left without hits" "0" "$(q "select count(*) from agg_cells where hits = 0 and weight != 0")"
t --db "$DB" report --min-group 1
has "no pressure index from a rest: the table" "pressure index ·" "$out"

# Rows deleted with another tool (a deletion request done in sqlite3, foreign keys on, as
# docs/schema.md says) leave the aggregates counting them until rescore --rebuild builds
# them anew; a rerun then counts the documents once.
rm -f "$DB"*
ti ingest --encoding cp1252 --id ID --group Team "$TMP/excel.csv"
sqlite3 "$DB" "PRAGMA foreign_keys = ON; DELETE FROM documents WHERE ext_id = '1'"
for o in --keep-textless "--threads 2"; do
	ti rescore --rebuild $o
	eq "rebuild $o: a usage error" 2 "$rc"
	has "rebuild $o: why" "--rebuild scores nothing: it takes no ${o% *}" "$err"
done
ti rescore --rebuild
eq "rebuild: status" 0 "$rc"
has "rebuild: said" "the aggregates are built anew from the stored rows" "$err"
eq "rebuild: all documents counted once" "2" "$(q "select sum(docs) from agg_cells where kind = 'quarter' and group_name = '' and category = 'pressure'")"
eq "rebuild: the deleted document's terms gone" "0" "$(q "select count(*) from agg_terms where term = 'zielvorgaben'")"
eq "rebuild: as built from the documents" "$(agg_rebuilt "$DB")" "$(agg "$DB")"
ti ingest --encoding cp1252 --id ID --group Team "$TMP/excel.csv"
eq "rebuild, then the rerun: counted once" "3" "$(q "select sum(docs) from agg_cells where kind = 'quarter' and group_name = '' and category = 'pressure'")"
eq "rebuild, then the rerun: as built from the documents" "$(agg_rebuilt "$DB")" "$(agg "$DB")"
sqlite3 "$DB" "PRAGMA foreign_keys = ON; DELETE FROM documents WHERE ext_id = '3'"
ti rescore --rebuild
t --db "$DB" report --min-group 1 --format json
has "rebuild: the report counts what is stored" '"period":"2025-Q1","group":null,"docs":1,' "$out"
rm -f "$DB"*
ti ingest --encoding cp1252 --id ID --group Team --no-text "$TMP/excel.csv"
sqlite3 "$DB" "PRAGMA foreign_keys = ON; DELETE FROM documents WHERE ext_id = '1'"
ti rescore --rebuild
eq "rebuild without texts: status" 0 "$rc"
eq "rebuild without texts: counted once" "2" "$(q "select sum(docs) from agg_cells where kind = 'quarter' and group_name = '' and category = 'pressure'")"
eq "rebuild scores nothing: no rescore batch" "0" "$(q "select count(*) from batches where command = 'rescore'")"

# A JSON array is not JSON lines: said at once, nothing stored. A directory is no database.
printf '[\n  {"id": 1, "text": "Druck"},\n  {"id": 2, "text": "x"}\n]\n' >"$TMP/array.json"
ti ingest --lang de "$TMP/array.json"
eq "JSON array: status" 1 "$rc"
has "JSON array: message" "array.json:1: a JSON array, not JSON lines" "$err"
t --db "$TMP" --lexicons "$LEX" ingest --lang de "$TMP/array.json"
has "a directory as the database" "a directory, not a database file" "$err"

# Errors that store nothing: a missing column, a missing file.
t --db "$DB" --lexicons "$LEX" ingest --text Antwort "$TMP/k.csv"
eq "missing column status" 1 "$rc"
has "missing column message" "k.csv:1: no column 'Antwort' in the header" "$err"
t --db "$DB" --lexicons "$LEX" ingest "$TMP/none.csv"
eq "missing file" 1 "$rc"

# A reason quotes the first 40 bytes of a bad date: with --redact the value is redacted whole
# before it is cut (cut first, 'maximilian.mustermann@...' was no address to the redactor
# and went into the rejects table and onto stderr as it was).
printf 'id,date,text\n1,Bitte melden bei: maximilian.mustermann@firma.de,x\n2,2025-01-01,y\n' >"$TMP/cutmail.csv"
# With --no-text no value is quoted at all.
for o in --redact --no-text; do
	rm -f "$TMP/cutmail.db"
	t --lexicons "$LEX" --db "$TMP/cutmail.db" ingest $o --id id --lang de "$TMP/cutmail.csv"
	hasnt "cut address $o: stderr" "mustermann" "$err"
	why="unrecognised date 'Bitte melden bei: [EMAIL]'"
	[ "$o" = --redact ] || why="a date tenor cannot read (not quoted: --no-text)"
	eq "cut address $o: the reason" "$why" "$(sqlite3 "$TMP/cutmail.db" "select reason from rejects")"
	[ "$o" = --redact ] || hasnt "--no-text: nothing of the date on stderr" "Bitte" "$err"
	rm -f "$TMP/cutmail.db"
	printf 'id,lang,text\n1,Bitte melden bei: maximilian.mustermann@firma.de,x\n' >"$TMP/cutlang.csv"
	t --lexicons "$LEX" --db "$TMP/cutmail.db" ingest $o --id id --lang-col lang "$TMP/cutlang.csv"
	hasnt "cut address in the language $o: stderr" "mustermann" "$err"
	why="no lexicon for language 'Bitte melden bei: [EMAIL]'"
	[ "$o" = --redact ] || why="no lexicon for the record's language (not quoted: --no-text)"
	eq "cut address in the language $o: the reason" "$why" \
		"$(sqlite3 "$TMP/cutmail.db" "select reason from rejects")"
done

# A reason that is no UTF-8, as a tenor that cut a quoted value inside a character stored it,
# is listed as JSON all the same (it said "out of memory").
cp "$TMP/cutmail.db" "$TMP/badreason.db"
sqlite3 "$TMP/badreason.db" "update rejects set reason = 'language ''a' || cast(x'c3' as text) || ''''"
t --db "$TMP/badreason.db" rejects --json
eq "a reason of invalid UTF-8: listed" 0 "$rc"
eq "a reason of invalid UTF-8: its byte as Latin-1" "language 'aÃ'" \
	"$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["reason"])')"

finish
