# The sample corpus ingests as make run ingests it: every comment stored, none rejected,
# umlauts intact, the undated rows undated; and the generator reproduces it.
. "$(dirname "$0")/lib.sh"

DB="$TMP/c.db"
C="$TESTS_DIR/../corpus"
t --db "$DB" --lexicons "$LEX" ingest --encoding cp1252 --id ID --group team --lang de "$C/pulse-de.csv"
eq "german part" 0 "$rc"
has "german counts" "2685 read, 2685 new, 0 duplicate, 0 updated, 0 rejected, 32 undated" "$err"
t --db "$DB" --lexicons "$LEX" ingest --id id --group team --lang en "$C/pulse-en.jsonl"
has "english counts" "921 read, 921 new, 0 duplicate, 0 updated, 0 rejected, 0 undated" "$err"
t --db "$DB" --lexicons "$LEX" ingest --source workshops "$C"/workshops/*.txt
has "workshop counts" "10 read, 10 new" "$err"
eq "teams" "Inside Sales|Key Account|Nord|Service|Süd|West" "$(sqlite3 "$DB" "select group_concat(value, '|') from (select distinct value from document_groups order by value)")"
eq "twelve quarters" 12 "$(sqlite3 "$DB" "select count(distinct period_quarter) from documents where period_quarter is not null")"
eq "key account is small" 0 "$(sqlite3 "$DB" "select count(*) from (select period_quarter from document_groups join documents using (doc_id) where value = 'Key Account' and period_quarter is not null group by period_quarter having count(*) >= 5)")"

# Nord's pressure share (pressure hits over all category hits) rises after 2024-Q1.
share() {
	sqlite3 "$DB" "select cast(round(100.0 * sum(case when category = 'pressure' then hits end) / sum(hits)) as int) from document_group_scores where group_value = '$1' and period_quarter $2"
}
before=$(share Nord "< '2024-Q2'")
after=$(share Nord ">= '2024-Q2'")
[ "$after" -gt $((before + 10)) ] && pass || fail "Nord pressure share rises: $before -> $after"
before=$(share Süd "< '2024-Q1'")
after=$(share Süd ">= '2025-Q1'")
[ "$after" -lt $((before - 20)) ] && pass || fail "Süd pressure share falls: $before -> $after"

if command -v python3 >/dev/null 2>&1; then
	python3 "$C/generate.py" --out "$TMP/gen" -q
	eq "generator reproduces the German part" "$(cksum <"$C/pulse-de.csv")" "$(cksum <"$TMP/gen/pulse-de.csv")"
	eq "generator reproduces the English part" "$(cksum <"$C/pulse-en.jsonl")" "$(cksum <"$TMP/gen/pulse-en.jsonl")"
fi

finish
