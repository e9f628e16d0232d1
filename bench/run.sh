#!/bin/sh
# bench/run.sh TENOR - the throughput benchmark (`make bench` runs it, then bench/report.sh).
#
#   1. inputs, made once into build/bench/ and reused: about 100 MB of JSON lines (id, text,
#      lang; German and English pulse-survey comments from corpus/generate.py), a 10 MB
#      subset of it (every k-th line), GermEval 2017 (real German customer feedback) when
#      ../shared/data/germeval2017 exists, and the generated German CSV (CP1252) for ingest;
#   2. agreement: tenor score and the Python reference (bench/reference.py) on the subset and
#      on GermEval; the per-category totals must agree within BENCH_TOLERANCE percent
#      (default 2) before any speed is compared, else the run stops with status 1;
#   3. speed: tenor score on every input, the reference on the subset and GermEval,
#      tenor score, tenor ingest of the CSV into a fresh database and tenor rescore of that
#      database (with the same lexicons, and after a lexicon edit) on 1, 2, ... threads up to
#      the cores, with the scaling; each figure is the median of BENCH_RUNS runs. Beside
#      ingest, the floor its schema sets: SQLite alone copying the rows ingest stored
#      (bench/sqlite-floor.sh), and the texts alone. BENCH_BIG=1 adds the peak memory of
#      score and ingest on 1 GB.
#
# Prints a table: input, MB/s (10^6 bytes of the input file per second of wall time),
# documents/s, processor seconds (user and system, /usr/bin/time), peak RSS (%M), ratio to
# the reference on the same input.
# Environment: BENCH_DOCS (generated documents, default 600000, about 100 MB of JSON lines),
# BENCH_REF_MB (reference subset, default 10), BENCH_RUNS (default 5), BENCH_TOLERANCE,
# BENCH_BIG.
set -e
TENOR=${1:-build/tenor}
DIR=build/bench
DOCS=${BENCH_DOCS:-600000}
REF_MB=${BENCH_REF_MB:-10}
RUNS=${BENCH_RUNS:-5}
TOL=${BENCH_TOLERANCE:-2}
GERMEVAL=../shared/data/germeval2017
HERE=$(dirname "$0")
mkdir -p "$DIR"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

# The reference needs nltk (python3-nltk): python3 if it has it, else Debian's.
PY=
for p in python3 /usr/bin/python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import nltk.stem.snowball, regex' 2>/dev/null; then
		PY=$p
		break
	fi
done
[ -n "$PY" ] || { echo "bench: no python3 with nltk: apt-get install python3-nltk" >&2; exit 1; }

# ---- inputs ---------------------------------------------------------------------------
CORPUS=$DIR/corpus-$DOCS
ALL=$DIR/score-$DOCS.jsonl
SUB=$DIR/score-$DOCS-${REF_MB}mb.jsonl
GE=$DIR/germeval.jsonl
if [ ! -f "$ALL" ]; then
	echo "bench: generating $DOCS documents into $CORPUS (once)" >&2
	python3 corpus/generate.py --size "$DOCS" --out "$CORPUS" -q
	python3 "$HERE/mkinput.py" corpus "$CORPUS" "$ALL.tmp"
	mv "$ALL.tmp" "$ALL"
fi
[ -f "$SUB" ] || python3 "$HERE/mkinput.py" subset "$ALL" "$SUB" "$REF_MB"
HAVE_GE=
if ls "$GERMEVAL"/*.tsv >/dev/null 2>&1; then
	python3 "$HERE/mkinput.py" germeval "$GERMEVAL"/*.tsv "$GE"
	HAVE_GE=1
fi
CSV=$CORPUS/pulse-de.csv

# ---- helpers --------------------------------------------------------------------------
bytes() { wc -c <"$1" | tr -d ' '; }
lines() { wc -l <"$1" | tr -d ' '; }

# once TIMES CMD...: runs CMD once (stdout to /dev/null) and appends its wall time (µs),
# peak RSS (KB) and processor time (s, user and system) to the file TIMES. BEFORE, when set, is run first (untimed). Each run starts
# with nothing waiting to be written to disk: a database copied by BEFORE (300 MB) would
# otherwise be written out while the run syncs its own commit, and that time billed to it.
once() {
	out=$1
	shift
	[ -z "$BEFORE" ] || eval "$BEFORE"
	sync
	t0=$(date +%s%N)
	/usr/bin/time -f '%M %U %S' -o "$DIR/rss" "$@" >/dev/null 2>"$DIR/stderr" || {
		echo "bench: failed: $*" >&2; cat "$DIR/stderr" >&2; exit 1; }
	t1=$(date +%s%N)
	echo "$(( (t1 - t0) / 1000 )) $(tail -1 "$DIR/rss" | awk '{ print $1, $2 + $3 }')" >>"$out"
}

# medians TIMES: sets SECS, RSS (KB) and CPU (s) to the medians of the runs in the file
# TIMES.
medians() {
	mid=$(( ($(wc -l <"$1") + 1) / 2 ))
	SECS=$(cut -d' ' -f1 "$1" | sort -n | sed -n "${mid}p" | awk '{printf "%.3f", $1 / 1e6}')
	RSS=$(cut -d' ' -f2 "$1" | sort -n | sed -n "${mid}p")
	CPU=$(cut -d' ' -f3 "$1" | sort -n | sed -n "${mid}p")
}

# measure CMD...: runs it RUNS times; sets SECS, RSS and CPU to the medians.
measure() {
	: >"$DIR/times"
	i=0
	while [ $i -lt "$RUNS" ]; do
		once "$DIR/times" "$@"
		i=$((i + 1))
	done
	medians "$DIR/times"
}

# row LABEL BYTES DOCS [REF_MBS]: one line of the table from SECS, CPU and RSS (RSS and CPU
# - when not measured); sets MBS.
row() {
	MBS=$(awk -v b="$2" -v s="$SECS" 'BEGIN { printf "%.2f", b / 1e6 / s }')
	dps=$(awk -v d="$3" -v s="$SECS" 'BEGIN { printf "%.0f", d / s }')
	ratio=-
	[ -z "$4" ] || ratio=$(awk -v a="$MBS" -v b="$4" 'BEGIN { printf "%.1fx", a / b }')
	rss=-
	[ "$RSS" = - ] || rss="$(awk -v k="$RSS" 'BEGIN { printf "%.1f", k / 1024 }') MB"
	printf '%-44s %8.1f %9s %11s %7s %7s %12s %7s\n' "$1" "$(echo "$2" | awk '{print $1/1e6}')" \
		"$MBS" "$dps" "$SECS" "$CPU" "$rss" "$ratio"
}

SCORE="$TENOR score --lang-field lang"

echo "tenor benchmark: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "tenor: $TENOR ($($TENOR --version 2>&1 | head -1)), lexicons $($TENOR lexicon check 2>&1 | sed -n 's/.*version //p')"
echo "built with: $(${CC:-cc} --version | head -1), CFLAGS=${BENCH_CFLAGS:-?} (the Makefile's default)"
echo "reference: $PY ($("$PY" -c 'import sys, nltk; print("Python %d.%d.%d" % sys.version_info[:3], "nltk", nltk.__version__)'))"

# ---- agreement first ------------------------------------------------------------------
check() {  # check LABEL INPUT
	$SCORE "$2" >"$DIR/tenor.out" || true
	"$PY" "$HERE/reference.py" "$2" >"$DIR/reference.out"
	python3 "$HERE/compare.py" --tolerance "$TOL" --label "$1" "$DIR/tenor.out" "$DIR/reference.out" || {
		echo "bench: tenor and the reference disagree on $1: no speed comparison" >&2
		exit 1
	}
}
echo
check "generated, $(lines "$SUB") documents" "$SUB"
[ -z "$HAVE_GE" ] || check "GermEval 2017, $(lines "$GE") documents" "$GE"

# ---- speed ----------------------------------------------------------------------------
echo
echo "each figure the median of $RUNS runs; MB = 10^6 bytes of the input file, wall time"
printf '%-44s %8s %9s %11s %7s %7s %12s %7s\n' "input" "MB" "MB/s" "docs/s" "seconds" "cpu s" \
	"peak RSS" "ratio"

measure "$PY" "$HERE/reference.py" "$SUB"
REF_SUB=$(awk -v b="$(bytes "$SUB")" -v s="$SECS" 'BEGIN { printf "%.4f", b / 1e6 / s }')
row "reference.py, generated subset" "$(bytes "$SUB")" "$(lines "$SUB")"
measure $SCORE "$SUB"
row "tenor score, generated subset" "$(bytes "$SUB")" "$(lines "$SUB")" "$REF_SUB"
measure $SCORE "$ALL"
row "tenor score, generated (de+en)" "$(bytes "$ALL")" "$(lines "$ALL")" "$REF_SUB"
# the default, --lang auto: each document's language told by its function words (no ratio:
# the reference reads the language field, as the rows above do)
measure $TENOR score "$ALL"
row "tenor score, generated, --lang auto" "$(bytes "$ALL")" "$(lines "$ALL")"
if [ -n "$HAVE_GE" ]; then
	measure "$PY" "$HERE/reference.py" "$GE"
	REF_GE=$(awk -v b="$(bytes "$GE")" -v s="$SECS" 'BEGIN { printf "%.4f", b / 1e6 / s }')
	row "reference.py, GermEval 2017" "$(bytes "$GE")" "$(lines "$GE")"
	measure $SCORE "$GE"
	row "tenor score, GermEval 2017" "$(bytes "$GE")" "$(lines "$GE")" "$REF_GE"
fi
# thread scaling: CMD --threads N [FILE] for N = 1, 2, 4, ... up to the cores; prints the
# rows and keeps the rate on the most threads over the rate on one.
# scaling LABEL BYTES DOCS REF FILE CMD...: CMD --threads N FILE for N = 1, 2, 4, ... up to
# the cores, a row each. The thread counts take turns (1, 2, 1, 2, ...), so that the
# machine's drift during the bench weighs on each alike; the scaling is the median of the
# rounds' ratios, one thread's time over the most threads' time, each pair run back to back.
scaling() {
	label=$1 b=$2 d=$3 ref=$4 file=$5
	shift 5
	ns= n=1
	while [ $n -le "$(nproc)" ]; do
		ns="$ns $n" last=$n
		: >"$DIR/times$n"
		n=$((n * 2))
	done
	i=0
	while [ $i -lt "$RUNS" ]; do
		for n in $ns; do
			once "$DIR/times$n" "$@" --threads $n $file
		done
		i=$((i + 1))
	done
	for n in $ns; do
		medians "$DIR/times$n"
		row "$label --threads $n" "$b" "$d" "$ref"
	done
	# a line of each file is "wall rss cpu": the walls are fields 1 and 4
	SCALE=$(paste -d' ' "$DIR/times1" "$DIR/times$last" | awk '{ print $1 / $4 }' | sort -n |
		sed -n "$(( (RUNS + 1) / 2 ))p" | awk '{ printf "%.2fx", $1 }')
	SCALES="$SCALES$label: $last threads $SCALE one; "
}
SCALES=
scaling "tenor score, generated" "$(bytes "$ALL")" "$(lines "$ALL")" "$REF_SUB" "$ALL" $SCORE
DB=$DIR/ingest.db
BEFORE="rm -f $DB $DB-wal $DB-shm"
measure $TENOR --db "$DB" ingest --encoding cp1252 --id ID --group team --lang de "$CSV"
ndocs=$(sed -n 's/.*batch 1: \([0-9]*\) read.*/\1/p' "$DIR/stderr")
row "tenor ingest, generated CSV (de, cp1252)" "$(bytes "$CSV")" "${ndocs:-0}"
scaling "tenor ingest, CSV" "$(bytes "$CSV")" "${ndocs:-0}" "" "$CSV" \
	$TENOR --db "$DB" ingest --encoding cp1252 --id ID --group team --lang de
BEFORE=
# the floor of ingest with this schema: SQLite copying the rows that ingest stored, one
# INSERT ... SELECT a table (bench/sqlite-floor.sh)
sh "$HERE/sqlite-floor.sh" "$DB" "$RUNS" >"$DIR/floor"
SECS=$(sed -n 's/^total //p' "$DIR/floor") RSS=- CPU=-
row "sqlite3 alone: ingest's rows copied (floor)" "$(bytes "$CSV")" "${ndocs:-0}"
# and of any schema that keeps the texts: the texts alone, in rows of (doc_id, text)
SECS=$(sed -n 's/^texts //p' "$DIR/floor")
row "sqlite3 alone: the texts only" "$(bytes "$CSV")" "${ndocs:-0}"
FLOOR=$(grep -v '^total\|^texts' "$DIR/floor" | awk '$2 >= 0.01 { printf "%s%s %s s", sep, $1, $2; sep = ", " }')
# rescore the database the last ingest left, with the same lexicons: nothing changes
scaling "tenor rescore, that database" "$(bytes "$CSV")" "${ndocs:-0}" "" "" \
	$TENOR --db "$DB" rescore
# rescore after a lexicon edit: one entry more (Rabatt*, in about 1% of the comments), in
# a copy of the lexicons under the same relative path, which each match records; every run
# on a copy of that database
EDIT=$DIR/edited
rm -rf "$EDIT"
mkdir -p "$EDIT"
cp -r lexicons "$EDIT/"
printf 'Rabatt* = 0.5\n' >>"$EDIT/lexicons/de/pressure.txt"
cp "$DB" "$DB.orig"
ABSDB=$(pwd)/$DB
BEFORE="cp $DB.orig $DB; rm -f $DB-wal $DB-shm"
scaling "tenor rescore, a lexicon edit" "$(bytes "$CSV")" "${ndocs:-0}" "" "" \
	env -C "$EDIT" "$(cd "$(dirname "$TENOR")" && pwd)/$(basename "$TENOR")" --db "$ABSDB" rescore
sed -n 's/.*: \([0-9]*\) with other.*/the edit changed the results of \1 documents/p' "$DIR/stderr"
BEFORE=
rm -f "$DB.orig"
echo "thread scaling: $SCALES"
echo "the floor's tables (median run): $FLOOR"
# BENCH_BIG=1: peak memory on 1 GB, the generated file ten times over (score) and the CSV
# fourteen times under as many sources (ingest)
if [ -n "$BENCH_BIG" ]; then
	BIG=$DIR/big.jsonl BIGDB=$DIR/big.db
	[ -f "$BIG" ] || for i in 1 2 3 4 5 6 7 8 9 10; do cat "$ALL"; done >"$BIG"
	RUNS_SAVED=$RUNS RUNS=1
	measure $SCORE "$BIG"
	row "tenor score, 1 GB (generated x10)" "$(bytes "$BIG")" "$(lines "$BIG")" "$REF_SUB"
	rm -f "$BIGDB" "$BIGDB-wal" "$BIGDB-shm"
	t0=$(date +%s%N)
	big=0 bigdocs=0
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do
		/usr/bin/time -f %M -o "$DIR/rss$i" $TENOR --db "$BIGDB" ingest --source "copy$i" \
			--encoding cp1252 --id ID --group team --lang de "$CSV" >/dev/null 2>&1
		big=$((big + $(bytes "$CSV"))) bigdocs=$((bigdocs + ${ndocs:-0}))
	done
	SECS=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
	RSS=$(cat "$DIR"/rss[0-9]* | sort -n | tail -1) CPU=-
	row "tenor ingest, 1 GB (CSV x14, 14 batches)" "$big" "$bigdocs"
	RUNS=$RUNS_SAVED
	rm -f "$BIG" "$BIGDB" "$BIGDB-wal" "$BIGDB-shm" "$DIR"/rss[0-9]*
fi
echo "ratio: MB/s over the reference's MB/s on the same text (the full generated file: over"
echo "the reference on its subset, every k-th document of it)"
