#!/bin/sh
# regex-cost.sh TENOR JSONL [ROUNDS] - the cost of each lexicon regex on the texts of a JSON
# lines file (fields "text" and "lang"), language by language: builds bench/regex_cost.c,
# takes the active lexicons' regexes from `tenor lexicon list --json` and the texts in lower
# case (close to the normalized form the regexes see in tenor), and times each pattern alone.
set -e
TENOR=$1 INPUT=$2 ROUNDS=${3:-5}
[ -n "$TENOR" ] && [ -f "$INPUT" ] || { echo "usage: $0 TENOR JSONL [ROUNDS]" >&2; exit 2; }
OUT=$(dirname "$TENOR")/bench
mkdir -p "$OUT"
${CC:-cc} -O2 -o "$OUT/regex_cost" "$(dirname "$0")/regex_cost.c" -lpcre2-8
"$TENOR" lexicon list --json | python3 -c '
import json, sys
out = sys.argv[1]
by_lang = {}
for e in json.load(sys.stdin):
    if e["kind"] == "regex":
        by_lang.setdefault(e["lang"], []).append(e["compiled"])
texts = {lang: [] for lang in by_lang}
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        if d.get("lang") in texts:
            texts[d["lang"]].append(" ".join(d["text"].casefold().split("\n")))
for lang, pats in by_lang.items():
    with open(f"{out}/regex-{lang}.pats", "w", encoding="utf-8") as p:
        p.write("\n".join(pats) + "\n")
    with open(f"{out}/regex-{lang}.txt", "w", encoding="utf-8") as t:
        t.write("\n".join(texts[lang]) + "\n")
' "$OUT" "$INPUT"
for p in "$OUT"/regex-*.pats; do
	lang=$(basename "$p" .pats)
	echo "${lang#regex-}:"
	"$OUT/regex_cost" "$p" "$OUT/$lang.txt" "$ROUNDS"
done
