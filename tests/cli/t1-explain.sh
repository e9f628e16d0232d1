# tenor explain: the acceptance examples on the shipped lexicons, the exact JSON on a
# fixture lexicon, input from stdin, and errors.
. "$(dirname "$0")/lib.sh"

t --lexicons "$LEX" explain --lang de --json "Endlich kein Zeitdruck mehr."
eq "kein Zeitdruck: status" 0 "$rc"
eq "kein Zeitdruck: pressure hits" 0 "$(hits pressure)"
eq "kein Zeitdruck: pressure negated" 1 "$(negated pressure)"

# A comment that starts with a bullet is text, not an option; after -- every argument is.
t --lexicons "$LEX" explain --lang de --json "- Zu viel Druck."
eq "a bullet is text: status" 0 "$rc"
has "a bullet is text: matched" '"surface":"Druck","start":10' "$out"
t --lexicons "$LEX" explain --lang de --json -- "--Druck"
has "after --: text" '"surface":"Druck","start":2' "$out"
t --lexicons "$LEX" explain --lang de --json "Kein Problem, der Druck ist enorm."
eq "comma ends negation: pressure hits" 1 "$(hits pressure)"
eq "comma ends negation: negated" 0 "$(negated pressure)"

t --lexicons "$LEX" explain --lang de --json "Ich habe einen guten Eindruck von der Beratung."
eq "Eindruck is no pressure" 0 "$(hits pressure)"
eq "Beratung is advisory" 1 "$(hits advisory)"

t --lexicons "$LEX" explain --lang en --json "We listen to the client first; there is no pressure to close."
[ "$(hits advisory)" -ge 1 ] && pass || fail "listen: advisory >= 1"
eq "no pressure: pressure hits" 0 "$(hits pressure)"
[ "$(negated pressure)" -ge 1 ] && pass || fail "no pressure: negated >= 1"

# NFC and NFD: identical categories, offsets into each original.
nfc=$(printf 'Die Zielvorgaben f\303\274r M\303\244rkte erzeugen Leistungsdruck.')
nfd=$(printf 'Die Zielvorgaben fu\314\210r Ma\314\210rkte erzeugen Leistungsdruck.')
t --lexicons "$FIX/lex" explain --lang de --json "$nfc"
c1=$(printf '%s' "$out" | sed 's/"matches".*//')
has "NFC offsets" '"surface":"Leistungsdruck","start":39,"end":53' "$out"
t --lexicons "$FIX/lex" explain --lang de --json "$nfd"
c2=$(printf '%s' "$out" | sed 's/"matches".*//')
eq "NFC and NFD categories" "$c1" "$c2"
has "NFD offsets" '"surface":"Leistungsdruck","start":41,"end":55' "$out"

# The exact JSON layout.
t --lexicons "$FIX/lex" explain --lang de --json "Der Leistungsdruck steigt."
eq "exact json" '{"lang":"de","tokens":3,"categories":{"advisory":{"hits":0,"weight":0.0,"negated":0},"pressure":{"hits":1,"weight":1.0,"negated":0}},"matches":[{"category":"pressure","entry":"*druck","source":"'"$FIX"'/lex/de/pressure.txt:2","surface":"Leistungsdruck","start":4,"end":18,"negated":false,"weight":1.0}]}' "$out"

# Phrases beat their own words; weights add up.
t --lexicons "$FIX/lex" explain --lang de --json "Sie wollen uns unter Druck setzen, die Zahlen!"
eq "phrase weight" 2.5 "$(weight pressure)"
eq "phrase counts once" 2 "$(hits pressure)"

# Human output marks the match and lists its source.
t --lexicons "$FIX/lex" explain --lang de "Endlich kein Zeitdruck mehr."
has "marked text" "[Zeitdruck]{pressure, negated}" "$out"
has "source listed" "pressure.txt:2" "$out"
hasnt "no colour off a terminal" "$(printf '\033')" "$out"

# Standard input, --lang auto.
t_in "Wir hören zu, und die Beratung ist gut." --lexicons "$FIX/lex" explain --json
has "auto picks de" '"lang":"de"' "$out"
eq "stdin advisory" 1 "$(hits advisory)"
t_in "We listen to what they need and it is the best." --lexicons "$FIX/lex" explain --json
has "auto picks en" '"lang":"en"' "$out"

# Errors.
t_in "$(printf 'gut \377 schlecht')" --lexicons "$FIX/lex" explain --lang de
eq "invalid UTF-8 status" 1 "$rc"
has "invalid UTF-8 offset" "invalid UTF-8 at byte 4" "$err"
# A --lang without lexicons is a usage error, as in ingest and score (it was exit 1).
t --lexicons "$FIX/lex" explain --lang fr "Bonjour"
eq "unknown language status" 2 "$rc"
has "unknown language message" "--lang 'fr': no lexicon for it" "$err"
t explain --bogus
eq "bad option status" 2 "$rc"
has "bad option message" "unknown option '--bogus'" "$err"
t explain --help
eq "help status" 0 "$rc"
has "help text" "usage: tenor explain" "$out"
t --lexicons "$FIX/lex" explain --lang de --json ""
eq "empty text tokens" '"tokens":0' "$(printf '%s' "$out" | grep -o '"tokens":0')"
# The match table is aligned by characters, not bytes; no escape sequence of the text
# reaches the terminal.
t --lexicons "$LEX" explain --lang de "Die Zielvorgaben steigen. Kundenbedürfnisse zählen."
eq "match table aligned by characters" "2 1" "$(printf '%s\n' "$out" | python3 -c '
import sys
cols = [l.index("lexicons/") for l in sys.stdin if l.startswith(("  Zielvorgaben ", "  Kundenbedürfnisse "))]
print(len(cols), len(set(cols)))')"
t_in "$(printf 'Druck \033[31mrot')" --lexicons "$LEX" explain --lang de
hasnt "no escape sequence to the terminal" "$(printf '\033')" "$out"
has "the escape shown as ?" "?[31mrot" "$out"
# Overlapping matches of several categories are one span marked with all of them.
t --lexicons "$LEX" explain --lang en "We see a lack of trust and a customer perspective shift."
has "overlapping matches marked together" "We see a [lack of trust]{pressure; advisory, negated} and a [customer perspective shift]{advisory; reflection}." "$out"

finish
