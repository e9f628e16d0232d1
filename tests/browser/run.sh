#!/bin/sh
# run.sh [--html FILE]... [TENOR] - renders HTML reports in headless Chromium and checks each
# page: it loads, logs nothing to the console, fetches nothing besides itself (it must open
# offline), has its charts in the rendered DOM and no element made from the data; and takes a
# screenshot.
#
# With TENOR, the page is `tenor report --by team --format html` on the sample corpus, made
# by that binary. Each --html FILE is a page written already, such as the unit test's fixture
# (TENOR_HTML_OUT=FILE build/tests/test_write_html). The screenshot of the first page (the
# TENOR page when there is one) is build/report-screenshot.png, those of the others
# build/browser/NAME.png; what Chromium logged stays in build/browser/NAME/.
#
# The page has no script, so nothing needs one to report errors: Chromium's own log (at
# --v=1) has every console message (CONSOLE lines: uncaught errors, console.*) and every
# file it reads (FileURLLoader::Start), and its network log every request, with the page's
# own marked by its file:// origin ("initiator":"null"). Before the pages, a broken one is
# rendered to check that each of these detectors still fires on this Chromium.
#
# BUILD_DIR (default build) is the directory all of the above goes to instead of build/.
#
# Prints "browser: N passed, M failed" last and exits 1 when a check failed; without Chromium
# (CHROMIUM, default /usr/bin/chromium) it says it skipped and exits 0.
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
CALLER=$(pwd)
cd "$(dirname "$0")/../.." || exit 1
OUT=${BUILD_DIR:-build}/browser
passed=0
failed=0

if [ ! -x "$CHROMIUM" ]; then
	echo "skipped: chromium not installed"
	echo "browser: 0 passed, 0 failed"
	exit 0
fi

ok() {
	passed=$((passed + 1))
	echo "ok - $1"
}

fail() {
	failed=$((failed + 1))
	echo "FAIL - $1"
}

# The absolute form of a path given relative to the caller's directory.
absolute() {
	case $1 in
	/*) echo "$1" ;;
	*) echo "$CALLER/$1" ;;
	esac
}

# render URL DIR [PNG]: Chromium's rendered DOM in DIR/dom.html, its log in DIR/log.txt, its
# network log in DIR/net.json, and a screenshot in PNG.
render() {
	profile=$(mktemp -d)
	timeout 15 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --user-data-dir="$profile" --enable-logging=stderr --v=1 \
		--log-net-log="$2/net.json" --window-size=1280,2000 ${3:+"--screenshot=$3"} \
		--dump-dom "$1" >"$2/dom.html" 2>"$2/log.txt"
	status=$?
	rm -rf "$profile"
	return $status
}

# The console messages, the files other than the page (URL $2) and the network requests
# of the page rendered into DIR $1, one a line.
console_messages() {
	grep -E ':CONSOLE[:(]' "$1/log.txt"
}
other_files() {
	sed -n 's/.*FileURLLoader::Start: //p' "$1/log.txt" | grep -vxF "$2"
}
page_requests() {
	grep -E '"initiator":"(null|file:)' "$1/net.json" | grep -o '"url":"[^"]*"'
}

count() {
	grep -o "$1" "$2" | wc -l
}

# The detectors fire on a page that logs, throws, and loads a file and a URL.
self_check() {
	dir=$OUT/self-check
	mkdir -p "$dir"
	cat >"$dir/broken.html" <<-'EOF'
	<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>broken</title></head>
	<body><img src="missing.png" alt=""><img src="http://127.0.0.1:9/x.png" alt="">
	<script>console.error("logged"); notDefined();</script></body></html>
	EOF
	url="file://$(pwd)/$dir/broken.html"
	if ! render "$url" "$dir"; then
		fail "self-check: Chromium renders a page (see $dir/log.txt)"
		return
	fi
	if console_messages "$dir" | grep -q 'Uncaught' && console_messages "$dir" | grep -q logged
	then ok "self-check: console messages and uncaught errors are seen"
	else fail "self-check: console messages and uncaught errors are seen"
	fi
	if other_files "$dir" "$url" | grep -q missing.png
	then ok "self-check: a file the page loads is seen"
	else fail "self-check: a file the page loads is seen"
	fi
	if page_requests "$dir" | grep -q 127.0.0.1:9
	then ok "self-check: a request the page makes is seen"
	else fail "self-check: a request the page makes is seen"
	fi
}

# check_page FILE NAME PNG: renders the report page FILE and checks it.
check_page() {
	dir=$OUT/$2
	mkdir -p "$dir"
	url="file://$1"
	rm -f "$3"
	if render "$url" "$dir" "$3" && grep -q '</html>' "$dir/dom.html"; then
		ok "$2: loads"
	else
		fail "$2: loads (see $dir/log.txt)"
		return
	fi
	if [ -z "$(console_messages "$dir")" ]; then
		ok "$2: no console messages"
	else
		fail "$2: no console messages:"
		console_messages "$dir" | sed 's/^/	/'
	fi
	if [ -z "$(other_files "$dir" "$url")$(page_requests "$dir")" ]; then
		ok "$2: fetches nothing besides itself"
	else
		fail "$2: fetches nothing besides itself:"
		{ other_files "$dir" "$url"; page_requests "$dir"; } | sed 's/^/	/'
	fi
	# the charts' svg elements; the legend's and the drivers' line swatches are svg too
	svgs=$(( $(count '<svg' "$dir/dom.html") - $(count '<svg class="swl"' "$dir/dom.html") ))
	charts=$(count ' data-chart="' "$dir/dom.html")
	cards=$(count '<figure' "$dir/dom.html")
	labelled=$(count '<svg [^>]*role="img"' "$dir/dom.html")
	if [ "$svgs" -gt 0 ] && [ "$svgs" -eq "$charts" ] && [ "$svgs" -eq "$cards" ] &&
		[ "$svgs" -eq "$labelled" ]; then
		ok "$2: $charts charts in the rendered DOM"
	else
		fail "$2: charts in the rendered DOM ($svgs svg, $charts data-chart, $cards figure, $labelled role=img)"
	fi
	if grep -qiE '<(script|img|iframe|object|embed)[ >]' "$dir/dom.html"; then
		fail "$2: no element made from the data:"
		grep -oiE '<(script|img|iframe|object|embed)[ >][^>]*>' "$dir/dom.html" | sed 's/^/	/'
	else
		ok "$2: no element made from the data"
	fi
	if [ -s "$3" ] && [ "$(head -c 4 "$3" | tail -c 3)" = PNG ]; then
		ok "$2: screenshot $3"
	else
		fail "$2: screenshot $3"
	fi
}

# The report of the sample corpus, as `make run` ingests it, made by TENOR into FILE.
corpus_page() {
	db=$OUT/corpus.db
	rm -f "$db" "$db-wal" "$db-shm"
	"$1" --db "$db" ingest --encoding cp1252 --id ID --group team --lang de \
		corpus/pulse-de.csv >"$OUT/corpus.log" 2>&1 &&
		"$1" --db "$db" ingest --id id --group team --lang en corpus/pulse-en.jsonl \
			>>"$OUT/corpus.log" 2>&1 &&
		"$1" --db "$db" report --by team --format html -o "$2" >>"$OUT/corpus.log" 2>&1
}

mkdir -p "$OUT"
tenor=""
for arg; do
	case $arg in
	--html) ;;
	*) [ "$prev" = --html ] || tenor=$(absolute "$arg") ;;
	esac
	prev=$arg
done
[ "$prev" = --html ] && { echo "usage: run.sh [--html FILE]... [TENOR]" >&2; exit 2; }

self_check
shot=${BUILD_DIR:-build}/report-screenshot.png
if [ -n "$tenor" ]; then
	if corpus_page "$tenor" "$(pwd)/$OUT/corpus.html"; then
		ok "corpus: tenor report --format html"
		check_page "$(pwd)/$OUT/corpus.html" corpus "$shot"
	else
		fail "corpus: tenor report --format html (see $OUT/corpus.log)"
	fi
	shot=""
fi
prev=""
for arg; do
	if [ "$prev" = --html ]; then
		file=$(absolute "$arg")
		name=$(basename "$arg" .html)
		if [ -f "$file" ]; then
			check_page "$file" "$name" "${shot:-$OUT/$name.png}"
		else
			fail "$name: no such file: $arg"
		fi
		shot=""
	fi
	prev=$arg
done

echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
