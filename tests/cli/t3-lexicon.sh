# tenor lexicon check|list|stats, lexicon errors with line numbers, LIWC dictionaries.
. "$(dirname "$0")/lib.sh"

t --lexicons "$LEX" lexicon check
eq "shipped lexicons check" 0 "$rc"
has "shipped lexicons have no warnings" " 0 warnings" "$out"

# A regex character that normalized text never holds (ß is ss there, ’ is ') is warned of,
# with file and line; an escaped one, and capitals (caseless), are not.
mkdir -p "$TMP/rx/de"
printf '/maß/\n/don\342\200\231t/\n/\\ß/\n/ÄRGER/\n' >"$TMP/rx/de/p.txt"
t --lexicons "$TMP/rx" lexicon check
eq "regex lint: status" 0 "$rc"
has "regex lint: ß" "rx/de/p.txt:1: regex '/maß/' has 'ß', which the normalized text holds as 'ss'" "$out"
has "regex lint: apostrophe" "rx/de/p.txt:2: regex" "$out"
has "regex lint: two warnings" " 2 warnings" "$out"
t --lexicons "$TMP/rx" explain --lang de --json "Maß ärger"
has "regex lint: capitals match caseless" '"surface":"ärger"' "$out"
# A letter and a combining mark (NFD, as macOS editors write) are never in the normalized
# text either; a lone mark is left as it is.
printf '/cafe\314\201/\n/\314\201/\n' >"$TMP/rx/de/p.txt"
t --lexicons "$TMP/rx" lexicon check
has "regex lint: NFD" "rx/de/p.txt:1: regex '/$(printf 'cafe\314\201')/' has '$(printf 'e\314\201')' (a letter and combining marks)" "$out"
has "regex lint: NFD, one warning" " 1 warning" "$out"
# A comment that holds or ends in a slash is no part of the regex before it.
printf '/\\bzahlen\\b/   # siehe docs/\n/quote/ = 2 # a/b/\n/x\\/ #y/\n' >"$TMP/rx/de/p.txt"
t --lexicons "$TMP/rx" explain --lang de --json "Zahlen, Quote, x/ #y"
eq "regex with a comment ending in a slash" 3 "$(hits p)"
eq "its weight" 4.0 "$(weight p)"

# @window once a language; a weight is a decimal number (strtod would take 0x10 and inf)
mkdir -p "$TMP/win/de"
printf '@window 2\nkein*\n@window 5\n' >"$TMP/win/de/negators.txt"
printf 'Druck = 0x10\nZeit = inf\n' >"$TMP/win/de/p.txt"
t --lexicons "$TMP/win" lexicon check
eq "@window twice, hex weight: status" 1 "$rc"
has "@window twice" "win/de/negators.txt:3: @window again: line 1 set it already" "$err"
has "hex weight" "win/de/p.txt:1: '0x10' is not a weight" "$err"
has "inf weight" "win/de/p.txt:2: 'inf' is not a weight" "$err"
# an empty regex is an error; an exception of an entry's own word is warned of
mkdir -p "$TMP/ex/de"
printf '//\n' >"$TMP/ex/de/p.txt"
t --lexicons "$TMP/ex" lexicon check
has "empty regex" "ex/de/p.txt:1: an empty regex matches nothing" "$err"
printf 'Eindruck\n*druck\n!Eindruck\n' >"$TMP/ex/de/p.txt"
t --lexicons "$TMP/ex" lexicon check
eq "exception of its own entry: a warning" 0 "$rc"
has "exception of its own entry" "ex/de/p.txt:3: exception '!Eindruck' excepts the entry 'Eindruck' at" "$out"
# an exception prefix or head that takes in all of an entry of its category
printf 'drücker*\n*verkaufsdruck\nDruckmittel*\n!drück*\n!*druck\n' >"$TMP/ex/de/p.txt"
printf 'drücker*\n' >"$TMP/ex/de/q.txt"
t --lexicons "$TMP/ex" lexicon check
has "exception prefix over a prefix entry" "ex/de/p.txt:4: exception '!drück*' excepts every word of the entry 'drücker*' at $TMP/ex/de/p.txt:1 of its own category" "$out"
has "exception head over a head entry" "ex/de/p.txt:5: exception '!*druck' excepts every word of the entry '*verkaufsdruck' at" "$out"
hasnt "a prefix it does not cover" "'Druckmittel*'" "$out"
hasnt "an entry of another category" "q.txt:1 of" "$out"
has "the count of warnings" "2 warnings" "$out"
hasnt "no 'excepts nothing' beside it" "excepts nothing" "$out"
t --lexicons "$LEX" explain --lang de --json "Drückermethoden, eine Drücker-Kolonne; der Drücker klemmt, ich drücke"
eq "Drückerkolonne counts, the door handle and the verb do not" 2 "$(hits pressure)"

t --lexicons "$FIX/broken" lexicon check
eq "broken status" 1 "$rc"
has "not a word, line 3" "broken/de/pressure.txt:3: 'foo.bar' is not a single word" "$err"
has "infix wildcard, line 4" "broken/de/pressure.txt:4: '*druck*'" "$err"
has "bad weight, line 5" "broken/de/pressure.txt:5: 'lots' is not a weight" "$err"
has "unclosed regex, line 6" "broken/de/pressure.txt:6: " "$err"

t --lexicons "$FIX/broken" lexicon check --json
has "errors as json" '"ok":false,"errors":["' "$out"

t --lexicons "$FIX/lex" lexicon list
has "list header" "lang	category	kind	entry	compiled	weight	source" "$out"
has "list compound" "de	pressure	compound	*druck	*druck	1	" "$out"
has "list stemmed word" "de	pressure	word	Zielvorgabe	zielvorgab	1	" "$out"

t --lexicons "$FIX/lex" lexicon stats --json
has "stats json" '{"lang":"de","category":"pressure","kinds":{"word":2,"prefix":1,"compound":1,"phrase":1,"exception":1},"total":6}' "$out"

# The LIWC acceptance example: prefixes, case-insensitive.
# a LIWC dictionary scores every language: ingest --lang takes any, as score and explain do
printf 'text\nalpha bravo\n' >"$TMP/liw.csv"
t --db "$TMP/liw.db" --lexicon "$FIX/liwc-ab.dic" ingest --lang en "$TMP/liw.csv"
eq "LIWC alone: ingest --lang en" 0 "$rc"
eq "LIWC alone: scored" "A|1 B|1" "$(sqlite3 "$TMP/liw.db" "select category, hits from scores order by 1" | tr '\n' ' ' | sed 's/ $//')"
t --lexicon "$FIX/liwc-ab.dic" explain --json "Any alpha a bravo charlie Bravo boy"
has "liwc A" '"A":{"hits":3' "$out"
has "liwc B" '"B":{"hits":2' "$out"

t --lexicon "$TMP/none.dic" lexicon check
eq "missing dic" 1 "$rc"
has "missing dic message" "none.dic: cannot read: No such file or directory" "$err"

# Any Snowball language works once a directory for it exists; an unknown one is an error.
t --lexicons "$FIX/lex-fr" explain --lang fr --json "Trop de pressions, pas de pression ici."
eq "french hits" 1 "$(hits pressure)"
eq "french negated" 1 "$(negated pressure)"
t --lexicons "$FIX/lex-xx" lexicon check
eq "unknown stemmer status" 1 "$rc"
has "unknown stemmer message" "no Snowball stemmer for language 'xx'" "$err"

# TENOR_LEXICONS selects the directory; --default-lang the fallback of --lang auto.
TENOR_LEXICONS="$FIX/lex-fr" "$TENOR" explain --json "pression" >"$TMP/out" 2>"$TMP/err"
out=$(cat "$TMP/out")
has "TENOR_LEXICONS" '"pressure":{"hits":1' "$out"
t --lexicons "$FIX/lex" explain --json "Druck"
has "short text falls back to en" '"lang":"en"' "$out"
t --lexicons "$FIX/lex" --default-lang de explain --json "Druck"
has "--default-lang de" '"lang":"de","tokens":1,"categories":{"advisory":{"hits":0,"weight":0.0,"negated":0},"pressure":{"hits":1' "$out"
t --lexicons "$FIX/lex" --default-lang fr explain "Druck"
eq "--default-lang without lexicon" 1 "$rc"

# A LIWC category with a name the lexicons have is theirs: check says so. A lexicon line of
# invalid UTF-8 is its line's error, and the file's other errors still show.
printf '%%\n1\tpressure\n2\tliwc\n%%\nfoo\t1\npressure\t1 2\n' >"$TMP/merge.dic"
t --lexicons "$LEX" --lexicon "$TMP/merge.dic" lexicon check
eq "LIWC category of the lexicons: status" 0 "$rc"
has "LIWC category of the lexicons: warned" "merge.dic:2: category 'pressure' is also a category loaded before: their entries count together" "$out$err"
mkdir -p "$TMP/bad8/en"
cp "$LEX/en/negators.txt" "$LEX/en/function-words.txt" "$TMP/bad8/en/"
printf '/bad(/\ngood\ncaf\351\nx = abc\n' >"$TMP/bad8/en/p.txt"
t --lexicons "$TMP/bad8" lexicon check
eq "invalid UTF-8 line: status" 1 "$rc"
has "invalid UTF-8 line: the regex before" "p.txt:1: regex does not compile" "$err"
has "invalid UTF-8 line: its line" "p.txt:3: invalid UTF-8 at byte 3 of the line" "$err"
has "invalid UTF-8 line: the weight after" "p.txt:4: 'abc' is not a weight" "$err"

t lexicon frobnicate
eq "bad subcommand" 2 "$rc"

finish
