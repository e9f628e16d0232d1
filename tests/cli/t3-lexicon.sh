# tenor lexicon check|list|stats, lexicon errors with line numbers, LIWC dictionaries.
. "$(dirname "$0")/lib.sh"

t --lexicons "$LEX" lexicon check
eq "shipped lexicons check" 0 "$rc"
has "shipped lexicons have no warnings" " 0 warnings" "$out"

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
t --lexicon "$FIX/liwc-ab.dic" explain --json "Any alpha a bravo charlie Bravo boy"
has "liwc A" '"A":{"hits":3' "$out"
has "liwc B" '"B":{"hits":2' "$out"

t --lexicon "$TMP/none.dic" lexicon check
eq "missing dic" 1 "$rc"
has "missing dic message" "none.dic: cannot read: No such file or directory" "$err"

t lexicon frobnicate
eq "bad subcommand" 2 "$rc"

finish
