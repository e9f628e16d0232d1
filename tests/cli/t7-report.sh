# tenor report and tenor run: indicators against values computed by hand, trends, small
# groups withheld in every format, hostile group names, periods, and the main job.
. "$(dirname "$0")/lib.sh"

DB="$TMP/r.db"
# j EXPR: evaluates a Python expression over the JSON report in $out (as r).
j() { printf '%s' "$out" | python3 -c "import json,sys; r=json.load(sys.stdin); print($1)"; }
row() { echo "[x for x in r['rows'] if x['group'] == $1 and x['period'] == '$2'][0]"; }

# Small tables: A has 4 of 10 documents with pressure in 2025-Q1, 8 of 10 in 2025-Q2.
# Up grows steadily over eight quarters, Flat stays the same, Tiny has three documents.
awk 'BEGIN {
	n = 0
	for (q = 1; q <= 2; q++) for (i = 0; i < 10; i++) {
		p = (q == 1 ? i < 4 : i < 8)
		printf "{\"id\":\"a%d\",\"date\":\"2025-Q%d\",\"team\":\"A\",\"text\":\"%s %d\"}\n", n++, q, p ? "Der Druck steigt" : "Kantine ok", i
	}
	for (t = 0; t < 8; t++) for (i = 0; i < 20; i++) {
		y = 2023 + int(t / 4); q = t % 4 + 1
		printf "{\"id\":\"u%d\",\"date\":\"%d-Q%d\",\"team\":\"Up\",\"text\":\"%s %d\"}\n", n++, y, q, i < 2 * (t + 1) ? "Der Druck steigt" : "Kantine ok", i
		printf "{\"id\":\"f%d\",\"date\":\"%d-Q%d\",\"team\":\"Flat\",\"text\":\"%s %d\"}\n", n++, y, q, i < 8 ? "Der Druck steigt" : "Kantine ok", i
	}
	for (i = 0; i < 3; i++) printf "{\"id\":\"t%d\",\"date\":\"2024-Q1\",\"team\":\"Tiny\",\"text\":\"Der Druck %d\"}\n", i, i
	for (i = 0; i < 6; i++) {
		printf "{\"id\":\"s%d\",\"date\":\"2024-Q4\",\"team\":\"<script>alert(1)</script>\",\"text\":\"Beratung %d\"}\n", i, i
		printf "{\"id\":\"h%d\",\"date\":\"2024-Q4\",\"team\":\"=HYPERLINK(\\\"http://x\\\")\",\"text\":\"Druck %d\"}\n", i, i
	}
	printf "{\"id\":\"n1\",\"team\":\"A\",\"text\":\"Ohne Datum, Druck\"}\n"
}' >"$TMP/r.jsonl"
t --db "$DB" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/r.jsonl"
eq "report data" 0 "$rc"

t --db "$DB" report --by team --format json
eq "json status" 0 "$rc"
eq "meta" "quarter team 5" "$(j "r['meta']['period'], r['meta']['by'], r['meta']['min_group']" | tr -d "(),'")"
eq "docs and share" "10 0.4" "$(j "$(row "'A'" 2025-Q1)['docs'], $(row "'A'" 2025-Q1)['categories']['pressure']['doc_share']" | tr -d '(),')"
eq "wilson interval" "[0.168180329706, 0.687326230266]" "$(j "$(row "'A'" 2025-Q1)['categories']['pressure']['doc_share_ci']")"
eq "change" "0.4 0.0678891548618 False" "$(j "' '.join(str(v) for v in $(row "'A'" 2025-Q2)['categories']['pressure']['change'].values())")"
eq "per 1k" "$(python3 -c 'print(round(1000 * 4 / 34, 9))')" "$(j "round($(row "'A'" 2025-Q1)['categories']['pressure']['per_1k'], 9)")"
eq "pressure index" "1.0" "$(j "$(row "'A'" 2025-Q1)['pressure_index']")"
# the lexicon version of the documents; a version row another tool left behind when it
# deleted its document is not one, a document of another version makes them "mixed"
LEXV=$("$TENOR" --lexicons "$FIX/lex" lexicon check | sed 's/.*version //')
eq "lexicon version" "$LEXV" "$(j "r['meta']['lexicon_version']")"
cp "$DB" "$TMP/lexv.db"
sqlite3 "$TMP/lexv.db" "insert into document_lexicons values ((select max(doc_id) from documents) + 10, 'orphan')"
t --db "$TMP/lexv.db" report --by team --format json
eq "lexicon version: a row without its document" "$LEXV" "$(j "r['meta']['lexicon_version']")"
sqlite3 "$TMP/lexv.db" "update document_lexicons set lexicon_version = 'older' where doc_id = (select min(doc_id) from documents)"
t --db "$TMP/lexv.db" report --by team --format json
eq "lexicon version: two" "mixed" "$(j "r['meta']['lexicon_version']")"
# A period total withheld (for a small quarter of all documents) is not its shown groups: a
# withheld group without documents covers nothing, as the group's year tells it is empty.
awk 'BEGIN { print "id,date,team,text"; n = 0; split("02 05 08 11", m, " ")
	split("A:20:20:20:2 B:20:20:20:0 C:10:10:0:0 D:0:0:6:0", s, " ")
	for (t = 1; t <= 4; t++) { split(s[t], c, ":")
		for (q = 1; q <= 4; q++) for (i = 0; i < c[q + 1]; i++)
			printf "%d,2025-%s-10,%s,Druck %d\n", ++n, m[q], c[1], n } }' >"$TMP/empty-cover.csv"
"$TENOR" --db "$TMP/empty-cover.db" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/empty-cover.csv" 2>/dev/null
t --db "$TMP/empty-cover.db" report --by team --format json
eq "a withheld total: an empty group is no cover" "True True True" "$(j "$(row None 2025-Q3)['suppressed'], $(row "'C'" 2025-Q3)['suppressed'], $(row "'D'" 2025-Q3)['suppressed']" | tr -d '(),')"

# --by in another case reads the one spelling stored; a database where another tool (or an
# older tenor) stored the column in two spellings is reported as one column, as before.
# norm: the JSON report in $out less the time it was made and the --by as given, hashed
norm() { printf '%s' "$out" | python3 -c 'import json,sys,hashlib; r=json.load(sys.stdin)
del r["meta"]["generated_at"], r["meta"]["by"]; print(len(r["rows"]), hashlib.sha1(json.dumps(r).encode()).hexdigest())'; }
t --db "$DB" report --by team --format json
BYTEAM=$(norm)
t --db "$DB" report --by team --period wave --format json
BYWAVE=$(norm)
t --db "$DB" report --by TEAM --period wave --format json
eq "--by TEAM is --by team" "$BYWAVE" "$(norm)"
cp "$DB" "$TMP/spell.db"
sqlite3 "$TMP/spell.db" "update agg_cells set group_name = 'Team' where group_name = 'team' and group_value in ('Up', 'Tiny');
	update agg_terms set group_name = 'Team' where group_name = 'team' and group_value in ('Up', 'Tiny')"
for by in team Team; do
	t --db "$TMP/spell.db" report --by $by --format json
	eq "two spellings stored, --by $by" "$BYTEAM" "$(norm)"
done
# and in any script, as ingest finds --group Ärger in a header's ärger
sqlite3 "$TMP/spell.db" "update agg_cells set group_name = 'tëam' where group_name = 'team';
	update agg_terms set group_name = 'tëam' where group_name = 'team';
	update agg_cells set group_name = 'TËAM' where group_name = 'Team';
	update agg_terms set group_name = 'TËAM' where group_name = 'Team'"
t --db "$TMP/spell.db" report --by Tëam --format json
eq "two spellings outside ASCII" "$BYTEAM" "$(norm)"
sqlite3 "$TMP/spell.db" "update agg_cells set group_name = 'tëam' where group_name = 'TËAM';
	update agg_terms set group_name = 'tëam' where group_name = 'TËAM'"
t --db "$TMP/spell.db" report --by TËAM --format json
eq "one spelling outside ASCII" "$BYTEAM" "$(norm)"
t --db "$DB" report --by team --format json
eq "undated row, one document, withheld" "True" "$(j "$(row None undated)['suppressed']")"
eq "trend up" "up True" "$(j "[(t['direction'], t['p_value'] < 0.05) for t in r['trends'] if t['group'] == 'Up' and t['category'] == 'pressure'][0]" | tr -d "(),'")"
eq "trend flat" "flat" "$(j "[t['direction'] for t in r['trends'] if t['group'] == 'Flat' and t['category'] == 'pressure'][0]")"
eq "two periods are insufficient" "insufficient" "$(j "[t['direction'] for t in r['trends'] if t['group'] == 'A' and t['category'] == 'pressure'][0]")"
eq "tiny withheld, only three keys" "['group', 'period', 'suppressed']" "$(j "sorted($(row "'Tiny'" 2024-Q1).keys())")"
eq "next-smallest withheld too" "True" "$(j "$(row "'Flat'" 2024-Q1)['suppressed']")"
eq "the other one shown" "False" "$(j "$(row "'Up'" 2024-Q1)['suppressed']")"
eq "a period with no documents of the group is there, withheld" "True" "$(j "$(row "'A'" 2023-Q1)['suppressed']")"
# Documents with no team (a workshop's text ingested without --group) are the total less the
# teams: one of them alone would be recovered from the report, so the smallest team goes too.
printf '%s\n' '{"id":"a","date":"2025-03-01","team":"Nord","text":"Druck"}' '{"id":"b","date":"2025-03-01","team":"Nord","text":"Kantine"}' \
	'{"id":"c","date":"2025-03-01","team":"Nord","text":"Druck"}' '{"id":"d","date":"2025-03-01","team":"Nord","text":"Druck"}' \
	'{"id":"e","date":"2025-03-01","team":"Nord","text":"Kantine"}' '{"id":"f","date":"2025-03-01","team":"Nord","text":"Druck"}' \
	'{"id":"g","date":"2025-03-02","team":"Süd","text":"Beratung"}' '{"id":"h","date":"2025-03-02","team":"Süd","text":"Druck"}' \
	'{"id":"i","date":"2025-03-02","team":"Süd","text":"Beratung"}' '{"id":"j","date":"2025-03-02","team":"Süd","text":"Beratung"}' \
	'{"id":"k","date":"2025-03-02","team":"Süd","text":"Beratung"}' >"$TMP/rest.jsonl"
"$TENOR" --db "$TMP/rest.db" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/rest.jsonl" 2>/dev/null
printf 'Ich mache Druck.\n' >"$TMP/2025-03-04-workshop.txt"
"$TENOR" --db "$TMP/rest.db" --lexicons "$FIX/lex" ingest --lang de "$TMP/2025-03-04-workshop.txt" 2>/dev/null
saved=$out
t --db "$TMP/rest.db" report --by team --format json
eq "one document without a team: the smallest team withheld" "12 True False" \
	"$(j "$(row None 2025-Q1)['docs'], $(row "'Süd'" 2025-Q1)['suppressed'], $(row "'Nord'" 2025-Q1)['suppressed']" | tr -d '(),')"

# Two withheld teams whose sum is small too (X 1, Y 2): the total less A and B would show
# them together, so B goes as well. A team's quarter withheld in a report by quarter (D's
# 2 of Q1) would be its year, in a report by year, less its other quarters: another of its
# quarters goes too. And in a report by month, its months within a quarter.
python3 -c 'import json
n = 0
def doc(team, date, text):
    global n
    n += 1
    print(json.dumps({"id": str(n), "date": date, "team": team, "text": text}))
for team, k in (("A", 20), ("B", 15), ("X", 1), ("Y", 2)):
    for i in range(k): doc(team, "2024-02-01", "Druck" if i % 2 else "Beratung")
for q, k in ((1, 2), (2, 6), (3, 7), (4, 8)):
    for i in range(k): doc("D", "2025-%02d-10" % (3 * q - 2), "Druck")
for q in (1, 2, 3, 4):
    for i in range(30): doc("E", "2025-%02d-10" % (3 * q - 2), "Beratung")
for m, k in ((4, 3), (5, 9), (6, 9)):
    for i in range(k): doc("F", "2026-%02d-10" % m, "Druck")' >"$TMP/diff.jsonl"
"$TENOR" --db "$TMP/diff.db" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/diff.jsonl" 2>/dev/null
t --db "$TMP/diff.db" report --by team --format json
eq "two small withheld teams: the next-smallest goes, the largest stays" "True True True False" \
	"$(j "$(row "'X'" 2024-Q1)['suppressed'], $(row "'Y'" 2024-Q1)['suppressed'], $(row "'B'" 2024-Q1)['suppressed'], $(row "'A'" 2024-Q1)['suppressed']" | tr -d '(),')"
eq "a withheld quarter: the smallest other of its year goes" "True True False False" \
	"$(j "$(row "'D'" 2025-Q1)['suppressed'], $(row "'D'" 2025-Q2)['suppressed'], $(row "'D'" 2025-Q3)['suppressed'], $(row "'D'" 2025-Q4)['suppressed']" | tr -d '(),')"
t --db "$TMP/diff.db" report --by team --period month --format json
eq "a withheld month: the smallest other of its quarter goes" "True True False" \
	"$(j "$(row "'F'" 2026-04)['suppressed'], $(row "'F'" 2026-05)['suppressed'], $(row "'F'" 2026-06)['suppressed']" | tr -d '(),')"
# A part withheld to protect one whole is not the only one withheld in its other whole: A has
# 10 documents in 2025-Q1 and 20 in Q2, B 2 and 20. B's Q1 withheld makes A's Q1 go (Q1 less
# A's); were B's Q2 then the only team withheld of Q2 (B's year, 22, less it would be its Q1),
# Q2's total less A's 20 would be B's 20, and its year less them its 2. So A's Q2 goes too.
# And a total withheld for its year (2025-Q3's 4, so Q2's 20 goes too) is not the sum of its
# teams: one of Q2's goes.
awk 'BEGIN { print "date,team,text"
	for (i = 0; i < 10; i++) print "2025-02-10,A,Druck " ++n
	for (i = 0; i < 2; i++) print "2025-02-11,B,Druck " ++n
	for (i = 0; i < 20; i++) print "2025-05-10,A,Druck " ++n "\n2025-05-11,B,Druck " ++n }' \
	>"$TMP/cross.csv"
awk 'BEGIN { print "date,team,text"; split("7 9 6 7 7 6 1 0 3", k, " ")
	for (q = 0; q < 3; q++) for (t = 0; t < 3; t++) for (i = 0; i < k[3 * q + t + 1]; i++)
		printf "2025-%02d-10,%s,Druck %d\n", 3 * q + 2, substr("ABC", t + 1, 1), ++n }' \
	>"$TMP/cross2.csv"
for f in cross cross2; do
	"$TENOR" --db "$TMP/$f.db" --lexicons "$FIX/lex" ingest --group team --lang de "$TMP/$f.csv" 2>/dev/null
done
t --db "$TMP/cross.db" report --by team --format json
eq "withheld for its year, not alone in its quarter" "[None, None]" "$(j "[x['group'] for x in r['rows'] if not x['suppressed']]")"
t --db "$TMP/cross2.db" report --by team --format json
eq "a total withheld for its year: not all its teams shown" "True True" \
	"$(j "$(row None 2025-Q2)['suppressed'], any(x['suppressed'] for x in r['rows'] if x['group'] and x['period'] == '2025-Q2')" | tr -d '(),')"
# Documents dated only to their quarter have no month: a report by quarter less the shown
# months of a report by month would give them. Teams G and H have 5 documents in each month
# of 2025-Q1 (and 2025-Q2, with --since), G two more dated 2025-Q1 and H seven dated 2025-Q2:
# what the quarter less the shown months leaves is nothing or at least --min-group, for every
# group and quarter, also with --since in the quarter, and with --until in it, where the
# quarter report shows the whole quarter (K's 2 in June); G's 2 are not shown alone, H's 7 may.
awk 'BEGIN { print "id,date,team,text"; n = 0
	for (m = 1; m <= 6; m++) for (t = 0; t < 2; t++) for (i = 0; i < 5; i++)
		printf "%d,2025-%02d-15,%s,Der Druck steigt\n", ++n, m, t ? "H" : "G"
	for (i = 0; i < 2; i++) printf "%d,2025-Q1,G,Druck und Zahlen\n", ++n
	for (i = 0; i < 7; i++) printf "%d,2025-Q2,H,Druck und Zahlen\n", ++n
	for (m = 4; m <= 6; m++) for (i = 0; i < (m < 6 ? 5 : 2); i++)
		printf "%d,2025-%02d-15,K,Der Druck steigt\n", ++n, m }' >"$TMP/coarse.csv"
"$TENOR" --db "$TMP/coarse.db" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/coarse.csv" 2>/dev/null
for since in "" "--since 2025-02-01" "--until 2025-05-15"; do
	t --db "$TMP/coarse.db" report --by team --period quarter --format json $since
	quarters=$out
	t --db "$TMP/coarse.db" report --by team --period month --format json $since
	eq "quarter less shown months ${since:-whole}: nothing or >= 5" "[]" "$(printf '%s\n%s' "$quarters" "$out" | python3 -c '
import json, sys
q, m = (json.loads(l) for l in sys.stdin.read().split("\n", 1))
small = []
for row in q["rows"]:
    if row["suppressed"] or row["period"] == "undated":
        continue
    y, n = row["period"].split("-Q")
    months = ["%s-%02d" % (y, (int(n) - 1) * 3 + k) for k in (1, 2, 3)]
    shown = sum(x["docs"] for x in m["rows"] if x["group"] == row["group"]
                and x["period"] in months and not x["suppressed"])
    if months[0] in [x["period"] for x in m["rows"]] and 0 < row["docs"] - shown < 5:
        small.append((row["group"], row["period"], row["docs"] - shown))
print(small)')"
	[ -n "$since" ] || eq "quarter less shown months: 9 unplaced, not counted out (G's wave of 2 beside H's 7), a month of G withheld, H's 7 shown" \
		"None True False" "$(j "r['meta']['unplaced'], any(x['suppressed'] for x in r['rows'] if x['group'] == 'G'), any(x['suppressed'] for x in r['rows'] if x['group'] == 'H')" | tr -d '(),')"
done
# A wave or a week is a part of its month, quarter and year too: team W has 20 documents of
# one survey day (week) and 1 of another in 2025-04, X 20 and 10: by month W's April is 21, so
# the wave (week) of 20 shown would give the one document (21 less 20). X's 20 go too: the
# day's (week's) total less them would be W's 20, withheld alone among the day's teams.
for dates in "2025-04-10 2025-04-20" "2025-W15 2025-W17"; do
	set -- $dates
	awk -v d1="$1" -v d2="$2" 'BEGIN { print "id,date,team,text"; n = 0
		for (i = 0; i < 20; i++) printf "%d,%s,W,Beratung\n%d,%s,X,Beratung\n", ++n, d1, ++n, d1
		printf "%d,%s,W,Druck Druck Druck\n", ++n, d2
		for (i = 0; i < 10; i++) printf "%d,%s,X,Kantine\n", ++n, d2 }' >"$TMP/waves.csv"
	rm -f "$TMP/waves.db"
	"$TENOR" --db "$TMP/waves.db" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/waves.csv" 2>/dev/null
	for period in wave week; do
		t --db "$TMP/waves.db" report --by team --period "$period" --format json
		eq "by $period, $1: no wave of W shown beside its month of 21" "[]" \
			"$(j "[x['period'] for x in r['rows'] if x['group'] == 'W' and not x['suppressed']]")"
		eq "by $period, $1: X's 20 withheld (the total less them is W's 20)" "0" \
			"$(j "sum(x['docs'] for x in r['rows'] if x['group'] == 'X' and not x['suppressed'])")"
	done
done
# A week's days on the other side of its month's end: A's 2025-W14 (Monday March 31 to April
# 6, April by its Thursday) holds 20 documents of April 2 and 1 of March 31; by month A's April
# is 20, so W14 shown (21) less April would give the one of March 31.
awk 'BEGIN { print "id,date,team,text"; n = 0
	for (i = 0; i < 10; i++) printf "%d,2025-01-08,A,Druck\n%d,2025-02-12,A,Druck\n", ++n, ++n
	for (i = 0; i < 20; i++) printf "%d,2025-04-02,A,Beratung\n%d,2025-03-12,B,Druck\n%d,2025-04-10,B,Druck\n", ++n, ++n, ++n
	printf "%d,2025-03-31,A,Druck Druck Druck\n", ++n }' >"$TMP/straddle.csv"
"$TENOR" --db "$TMP/straddle.db" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/straddle.csv" 2>/dev/null
t --db "$TMP/straddle.db" report --by team --period week --format json
eq "a week over a month's end: A's W14 withheld" "True" "$(j "$(row "'A'" 2025-W14)['suppressed']")"
t --db "$TMP/straddle.db" report --by team --period month --format json
eq "a week over a month's end: A's April shown by month" "20" "$(j "$(row "'A'" 2025-04)['docs']")"
# A day wave lies in its ISO week: 10 documents of April 9, 20 of April 16 and 1 of April 18,
# so the week report's W16 (21) less the wave of April 16 would give April 18's one.
awk 'BEGIN { print "id,date,text"; n = 0
	for (i = 0; i < 10; i++) printf "%d,2025-04-09,Beratung\n", ++n
	for (i = 0; i < 20; i++) printf "%d,2025-04-16,Beratung\n", ++n
	printf "%d,2025-04-18,Druck Druck Druck\n", ++n }' >"$TMP/weekwave.csv"
"$TENOR" --db "$TMP/weekwave.db" --lexicons "$FIX/lex" ingest --id id --lang de "$TMP/weekwave.csv" 2>/dev/null
t --db "$TMP/weekwave.db" report --period week --format json
eq "a day wave in its week: W16 shown by week" "21" "$(j "$(row None 2025-W16)['docs']")"
t --db "$TMP/weekwave.db" report --period wave --format json
eq "a day wave in its week: April 16 withheld by wave" "True" "$(j "$(row None 2025-04-16)['suppressed']")"
# The documents in no row are those the range holds, by their own periods: quarters of which
# a report by month shows no part, and by week also months (they counted every one).
awk 'BEGIN { print "id,date,team,text"; n = 0
	split("2024-Q3:4 2024-Q4:5 2025-Q1:7 2025-Q2:3 2025-01-10:6 2025-02-10:6 2025-04-10:6 2024-11:2", w, " ")
	for (k = 1; k <= 8; k++) { split(w[k], p, ":"); for (i = 0; i < p[2]; i++)
		printf "%d,%s,A,Druck\n", ++n, p[1] } }' >"$TMP/unplaced.csv"
"$TENOR" --db "$TMP/unplaced.db" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/unplaced.csv" 2>/dev/null
for c in ":19:21" "--since 2025-01:10:10" "--since 2025-02:3:3" "--until 2024-12-31:9:11"; do
	range=${c%%:*} rest=${c#*:}
	t --db "$TMP/unplaced.db" report --period month --format json --min-group 1 $range
	got=$(j "r['meta']['unplaced']")
	t --db "$TMP/unplaced.db" report --period week --format json --min-group 1 $range
	eq "in no row ${range:-unranged}: by month, by week" "$rest" "$got:$(j "r['meta']['unplaced']")"
done
# fewer than --min-group are not counted out: beside a report by wave that withholds their
# wave, the count would be its documents
t --db "$TMP/unplaced.db" report --period month --format json --since 2025-02
eq "in no row, fewer than --min-group: withheld" "None" "$(j "r['meta']['unplaced']")"
for f in table md html; do
	t --db "$TMP/unplaced.db" report --period month --format $f --since 2025-02
	has "in no row, fewer than --min-group: $f" "some documents are in no row (how many is withheld" "$out"
	hasnt "in no row, fewer than --min-group: $f, no count" "3 documents" "$out"
done
t --db "$TMP/unplaced.db" report --period month --since 2025-01
has "in no row, a wave of them fewer than --min-group: withheld" "some documents are in no row (how many is withheld" "$out"
t --db "$TMP/unplaced.db" report --period month --since 2025-01 --min-group 3
has "in no row: counted" "10 documents are in no row: each is dated" "$out"
"$TENOR" --db "$TMP/rest.db" --lexicons "$FIX/lex" ingest --lang de --split lines "$TMP/2025-03-04-workshop.txt" 2>/dev/null
printf 'Eins.\nZwei.\nDrei.\nVier.\n' >"$TMP/2025-03-05-workshop.txt"
"$TENOR" --db "$TMP/rest.db" --lexicons "$FIX/lex" ingest --lang de --split lines "$TMP/2025-03-05-workshop.txt" 2>/dev/null
t --db "$TMP/rest.db" report --by team --format json
eq "five or more without a team: every team shown" "False False" \
	"$(j "$(row "'Süd'" 2025-Q1)['suppressed'], $(row "'Nord'" 2025-Q1)['suppressed']" | tr -d '(),')"
out=$saved
eq "periods run without gaps" "$(j "len([x for x in r['rows'] if x['group'] is None])")" "$(j "len([x for x in r['rows'] if x['group'] == 'A'])")"
eq "no drivers from withheld cells" "[]" "$(j "[d for d in r['drivers'] if d['group'] in ('Tiny',)]")"
has "drivers listed" '"drivers":[{' "$out"

# Withheld in every format.
t --db "$DB" report --by team --format csv
has "csv withheld" "2024-Q1,Tiny,pressure,1,,," "$out"
has "csv neutralized" "\"'=HYPERLINK(\"\"http://x\"\")\"" "$out"
hasnt "csv formula" ",=HYPERLINK" "$out"
t --db "$DB" report --by team --format prom
has "prom withheld" 'tenor_suppressed{group="Tiny"} 1' "$out"
hasnt "prom no values for withheld" 'tenor_documents{group="Tiny"}' "$out"
has "prom escaped label" 'group="=HYPERLINK(\"http://x\")"' "$out"
has "prom help" "# HELP tenor_doc_share" "$out"
has "prom type" "# TYPE tenor_doc_share gauge" "$out"
# A team named "(all)": csv and prom name all documents so, and refuse it by name; -o keeps
# the last report.
awk 'BEGIN { for (i = 0; i < 12; i++) printf "{\"id\":%d,\"date\":\"2025-02-03\",\"team\":\"%s\",\"text\":\"Druck %d\"}\n", i, i < 6 ? "(all)" : "Nord", i }' >"$TMP/all.jsonl"
"$TENOR" --db "$TMP/all.db" --lexicons "$FIX/lex" ingest --id id --group team --lang de "$TMP/all.jsonl" 2>/dev/null
echo last >"$TMP/all.csv"
for f in csv prom; do
	t --db "$TMP/all.db" report --by team --format $f -o "$TMP/all.csv"
	eq "group named (all): $f refused" 1 "$rc"
	has "group named (all): $f says why" "a group named '(all)', the name the $f format gives all documents" "$err"
done
eq "group named (all): the last report kept" last "$(cat "$TMP/all.csv")"
t --db "$TMP/all.db" report --by team --format json
eq "group named (all): json tells them apart" "[None, '(all)', 'Nord']" "$(j "[x['group'] for x in r['rows']]")"
t --db "$DB" report --by team --format html
has "html escaped" "&lt;script&gt;alert(1)&lt;/script&gt;" "$out"
hasnt "html not injected" "<script>alert(1)" "$out"
has "html svg" "<svg" "$out"
has "html withheld" "withheld" "$out"
t --db "$DB" report --by team --format md
has "md withheld" "withheld" "$out"
hasnt "md not injected" "<script>" "$out"
t --db "$DB" report --by team
has "table withheld" "withheld (n < 5)" "$out"
has "table trend" "pressure: up" "$out"

# Periods, ranges, categories, the minimum group.
t --db "$DB" report --format json --since 2024-Q1 --until 2024-Q4
eq "range" "2024-Q1 2024-Q2 2024-Q3 2024-Q4" "$(j "' '.join(x['period'] for x in r['rows'] if x['group'] is None)")"
t --db "$DB" report --format json --period year
eq "years" "2023 2024 2025 undated" "$(j "' '.join(x['period'] for x in r['rows'] if x['group'] is None)")"
t --db "$DB" report --format json --period year --since 2024 --until 2024
eq "a year as the range" "2024" "$(j "' '.join(x['period'] for x in r['rows'] if x['group'] is None)")"
# a range that is no date is a usage error, found before the database is opened
for v in "--since 2024x" "--until 2025-13"; do
	t --db "$TMP/none.db" report $v
	eq "a range that is no date ($v): status" 2 "$rc"
	has "a range that is no date ($v): message" "${v%% *} takes a date or a period" "$err"
done
t --db "$DB" report --by team --by region
eq "--by twice" 2 "$rc"
t --db "$DB" report --format json --category pressure
eq "one category" "['pressure']" "$(j "list($(row None 2025-Q1)['categories'].keys())")"
# No name at all is a usage error (it said the database held no scored documents, exit 1).
t --db "$DB" report --category ,
eq "--category without a name: status" 2 "$rc"
has "--category without a name: message" "--category takes category names" "$err"
t --db "$DB" report --format json --by team --min-group 3
eq "--min-group 3 shows Tiny" "3" "$(j "$(row "'Tiny'" 2024-Q1)['docs']")"
t --db "$DB" report --by region
eq "unknown group column" 1 "$rc"
has "unknown group column message" "no group column 'region' (known: team)" "$err"
t --db "$DB" report --category nope
eq "unknown category" 1 "$rc"
t --db "$DB" report --format pdf
eq "unknown format" 2 "$rc"
t --db "$DB" report --format html -o "$TMP/out.html"
eq "-o" 0 "$rc"
has "-o file" "<!DOCTYPE html>" "$(cat "$TMP/out.html")"
(cd "$TMP" && "$TENOR" --db "$DB" report --format md -o - >"$TMP/dash.md" 2>/dev/null)
eq "-o -: standard output, no file named -" "yes no" \
	"$(grep -q '^# tenor report' "$TMP/dash.md" && echo yes) $([ -e "$TMP/-" ] && echo yes || echo no)"
t --db "$DB" report --format json --category 'pressure, advisory'
eq "--category with blanks after the commas" "['advisory', 'pressure']" "$(j "sorted(r['meta']['categories'])")"

# The aggregates kept with every batch equal a rebuild from the documents: take them away,
# let the migration rebuild them, and compare.
printf '%s\n' '{"id":"a1","date":"2025-Q1","team":"A","text":"Beratung statt Druck"}' '{"id":"u20","date":"2023-Q1","team":"Up","text":"Kantine ok 0"}' >"$TMP/upd.jsonl"
t --db "$DB" --lexicons "$FIX/lex" ingest --id id --group team --lang de --source r.jsonl "$TMP/upd.jsonl"
has "updates" "2 updated" "$err"
eq "aggregates equal a rebuild" "$(agg "$DB")" "$(agg_rebuilt "$DB")"
eq "migration from version 1" 7 "$(sqlite3 "$TMP/rebuilt.db" "PRAGMA user_version")"

# tenor run: the main job on the sample corpus; the storylines of corpus/README.md.
mkdir -p "$TMP/run"
(cd "$TMP/run" && "$TENOR" --lexicons "$LEX" run --corpus "$TESTS_DIR/../corpus" >"$TMP/run.out" 2>"$TMP/run.err")
eq "run status" 0 "$?"
has "run prints the table" "pressure: up" "$(cat "$TMP/run.out")"
has "run writes html" "<svg" "$(cat "$TMP/run/report.html")"
(cd "$TMP/run" && "$TENOR" --lexicons "$LEX" run --corpus "$TESTS_DIR/../corpus" >/dev/null 2>"$TMP/run2.err")
has "run again adds nothing" "nothing new" "$(cat "$TMP/run2.err")"
t --db "$TMP/run/tenor.db" report --by team --format json
trend() { j "[t['direction'] for t in r['trends'] if t['group'] == '$1' and t['category'] == '$2'][0]"; }
eq "Nord pressure up" up "$(trend Nord pressure)"
eq "Süd pressure down" down "$(trend Süd pressure)"
eq "Süd advisory up" up "$(trend Süd advisory)"
eq "West pressure flat" flat "$(trend West pressure)"
eq "Inside Sales pressure down" down "$(trend 'Inside Sales' pressure)"
eq "Key Account withheld" "True" "$(j "all(x['suppressed'] for x in r['rows'] if x['group'] == 'Key Account')")"
# the order tenor.h promises and the writers walk: group g's trend of category k at
# g * ncategories + k; drivers by group, then period, then category, once each
order=$(printf '%s' "$out" | python3 -c '
import json, sys
r = json.load(sys.stdin)
groups = list(dict.fromkeys(x["group"] for x in r["rows"]))
periods = list(dict.fromkeys(x["period"] for x in r["rows"]))
cats = r["meta"]["categories"]
trends = [(t["group"], t["category"]) for t in r["trends"]]
keys = [(groups.index(d["group"]), periods.index(d["period"]), cats.index(d["category"]))
        for d in r["drivers"]]
print(trends == [(g, c) for g in groups for c in cats], len(keys) > 3, keys == sorted(set(keys)))')
eq "trends and drivers in the order of groups, periods and categories" "True True True" "$order"

# The manifest: a line's --db is refused (the database is run's); 300 files of one glob
# and a line over 4 KiB are read whole; a value that names a file in DIR stays a value;
# a file missing in DIR is not looked for anywhere else.
mkdir -p "$TMP/m/ws" "$TMP/mrun"
i=0
while [ $i -lt 300 ]; do
	printf 'Der Druck steigt, Nummer %d\n' $i >"$TMP/m/ws/w$i.txt"
	i=$((i + 1))
done
printf 'id,team,text\n1,Nord,Druck\n' >"$TMP/m/a.csv"
: >"$TMP/m/team"
printf -- '--id id --group team --lang de --db %s/evil.db a.csv\n' "$TMP" >"$TMP/m/ingest.txt"
(cd "$TMP/mrun" && "$TENOR" --lexicons "$LEX" --db "$TMP/m.db" run --corpus "$TMP/m" >/dev/null 2>"$TMP/m.err")
eq "manifest --db: status" 2 "$?"
has "manifest --db: message" "ingest.txt:1: --db is tenor run's, not for a line of the manifest" "$(cat "$TMP/m.err")"
eq "manifest --db: nothing written there" "" "$(ls "$TMP/evil.db" 2>/dev/null)"
{
	printf -- '--id id --group team --lang de a.csv\n'
	printf -- '--lang de --date 2024-02-01 --source ws ws/*.txt\n'
	printf -- '--lang de --date 2024-03-01 --source long'
	i=0
	while [ $i -lt 300 ]; do printf ' ws/w%d.txt' $i; i=$((i + 1)); done
	printf '\n'
} >"$TMP/m/ingest.txt"
(cd "$TMP/mrun" && "$TENOR" --lexicons "$LEX" --db "$TMP/m.db" run --corpus "$TMP/m" --by team >/dev/null 2>"$TMP/m.err")
eq "manifest: status" 0 "$?"
has "manifest: a value named like a file" "batch 1: 1 read, 1 new" "$(cat "$TMP/m.err")"
has "manifest: 300 files of a glob" "batch 2: 300 read, 300 new" "$(cat "$TMP/m.err")"
has "manifest: a line of 300 files" "batch 3: 300 read, 300 new" "$(cat "$TMP/m.err")"
eq "manifest: the long line's options" "600 2" \
	"$(sqlite3 -separator ' ' "$TMP/m.db" "select count(*), count(distinct date) from documents where source in ('ws', 'long')")"
eq "manifest: the runs wrote to run's database" "" "$(ls "$TMP/mrun/tenor.db" 2>/dev/null)"
printf -- '--lang de missing.csv\n' >"$TMP/m/ingest.txt"
printf 'text\nDruck\n' >"$TMP/mrun/missing.csv"
(cd "$TMP/mrun" && "$TENOR" --lexicons "$LEX" --db "$TMP/m.db" run --corpus "$TMP/m" >/dev/null 2>"$TMP/m.err")
eq "manifest: missing file status" 1 "$?"
has "manifest: missing file in DIR" "cannot open '$TMP/m/missing.csv'" "$(cat "$TMP/m.err")"
(cd "$TMP/mrun" && "$TENOR" --lexicons "$LEX" --db "$TMP/m.db" run --corpus "$TMP/m" --period fortnight >/dev/null 2>"$TMP/m.err")
eq "run --period checked first: status" 2 "$?"
hasnt "run --period checked first: nothing ingested" "batch" "$(cat "$TMP/m.err")"
# A manifest saved with a BOM (Windows editors) and lines written as 'tenor ingest ...' work
# (the BOM was part of the first file's name; 'tenor' and 'ingest' were two missing files).
printf '\357\273\277tenor ingest --lang de --source bom ws/w1.txt\r\n' >"$TMP/m/ingest.txt"
(cd "$TMP/mrun" && "$TENOR" --lexicons "$LEX" --db "$TMP/m.db" run --corpus "$TMP/m" --by team >/dev/null 2>"$TMP/m.err")
eq "manifest with BOM and 'tenor ingest': status" 0 "$?"
has "manifest with BOM and 'tenor ingest': ingested" "batch 4: 1 read, 1 new" "$(cat "$TMP/m.err")"
# --html naming a directory is refused before ingesting too (it failed after the ingest).
(cd "$TMP/mrun" && "$TENOR" --lexicons "$LEX" --db "$TMP/m.db" run --corpus "$TMP/m" --html "$TMP/m" >/dev/null 2>"$TMP/m.err")
eq "run --html DIR checked first: status" 1 "$?"
has "run --html DIR: message" "a directory, not a file" "$(cat "$TMP/m.err")"
hasnt "run --html DIR checked first: nothing ingested" "batch" "$(cat "$TMP/m.err")"

# Drivers: the all-documents pass and the group whose value is empty are two terms' states
# (the all-documents counts of 'druck' in 2025-Q2 were those of the withheld empty team,
# 14, shown as a fall from 26), and a group value over 255 bytes keeps its counts together
# (each period's count was a term of its own: 'druck' fell 30 -> 0 and rose 0 -> 30).
python3 - "$TMP/drv.jsonl" <<'PY'
import json, sys
rows = []
def add(team, date, text, n):
    rows.extend([(team, date, text)] * n)
for t in ['A', 'B']:
    add(t, '2025-01-10', 'Druck', 10); add(t, '2025-04-10', 'Druck Druck', 10)
add('C', '2025-01-10', 'Druck', 6); add('C', '2025-04-10', 'Druck', 6)
add('', '2025-04-10', 'Druck Druck Druck Druck Druck Druck Druck', 2)
long = 'L' * 300
add(long, '2025-01-10', 'Druck Druck Druck Beratung', 10)
add(long, '2025-04-10', 'Druck Druck Druck Beratung Beratung Beratung Beratung', 10)
with open(sys.argv[1], 'w') as f:
    for i, (t, d, x) in enumerate(rows):
        f.write(json.dumps({'id': str(i), 'date': d, 'team': t, 'text': x}) + '\n')
PY
"$TENOR" --lexicons "$LEX" --db "$TMP/drv.db" ingest --id id --group team --lang de "$TMP/drv.jsonl" 2>/dev/null
t --lexicons "$LEX" --db "$TMP/drv.db" report --by team --format json
eq "drivers: the report" "0 True" "$rc $(j "len(r['drivers']) > 0")"
eq "drivers: all documents' own counts (56 of 66 tokens, 90 of 130: no driver)" "" \
	"$(j "' '.join('%s %d %d' % (t['term'], t['count'], t['previous']) for d in r['drivers'] if d['group'] is None and d['category'] == 'pressure' for t in d['terms'])")"
eq "drivers: nothing from the withheld empty group" "" \
	"$(j "' '.join(str(t['count']) for d in r['drivers'] for t in d['terms'] if t['count'] == 14)")"
eq "drivers: a long group's terms counted in both periods" "beratung 40 10 True druck 30 30 False" \
	"$(j "' '.join('%s %d %d %s' % (t['term'], t['count'], t['previous'], t['rose']) for d in r['drivers'] if (d['group'] or '').startswith('LLL') for t in d['terms'])")"

# Every example query of docs/dashboards.md runs on the corpus database and returns rows.
awk '/^```sql/ { q = ""; inq = 1; next } /^```/ && inq { print q > sprintf("'"$TMP"'/q%d.sql", ++n); inq = 0; next } inq { q = q $0 "\n" }' "$TESTS_DIR/../docs/dashboards.md"
for f in "$TMP"/q*.sql; do
	res=$(sqlite3 "$TMP/run/tenor.db" <"$f" 2>&1)
	case "$res" in
	""|*Error*|*error*) fail "dashboard query $(basename "$f"): $res" ;;
	*) pass ;;
	esac
done
eq "six dashboard queries" 6 "$(ls "$TMP"/q*.sql | wc -l | tr -d ' ')"

finish
