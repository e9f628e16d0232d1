# I/O faults: a full disk under the database and under the outputs, input that cannot be
# read, a read-only database and a locked one. Each is an error that names the file and the
# reason, exit status 1, and leaves nothing half-written: the database keeps its counts and
# passes PRAGMA integrity_check, a report file keeps its previous content.
#
# A full disk and a read-only database are real: a small tmpfs and a read-only bind mount,
# which need root (or CAP_SYS_ADMIN). Without them those cases are skipped with a message;
# /dev/full stands in for a full disk under standard output everywhere.
#
# As a normal user, where unprivileged user namespaces are allowed, the script runs again as
# root of its own user and mount namespace (unshare -rm): the tmpfs and the bind mount work
# there; running as another user and chattr do not, and are skipped.
if [ "$(id -u)" != 0 ] && [ -z "$TENOR_T8_NS" ] && unshare -rm true 2>/dev/null; then
	TENOR_T8_NS=1 exec unshare -rm sh "$0" "$@"
fi
. "$(dirname "$0")/lib.sh"

MNT="$TMP/mnt"
RO="$TMP/ro"
mkdir -p "$MNT" "$RO"
trap 'umount "$RO" 2>/dev/null; umount "$MNT" 2>/dev/null; rm -rf "$TMP"' EXIT
skip() { printf 'skip %s: %s\n' "$(basename "$0")" "$1"; }

# Everything a batch writes, counted.
totals() {
	sqlite3 "$1" "select (select count(*) from documents), (select count(*) from batches),
		(select count(*) from scores), (select count(*) from matches),
		(select count(*) from document_groups), (select count(*) from rejects),
		(select count(*) from agg_cells), (select coalesce(sum(docs), 0) from agg_cells),
		(select count(*) from agg_terms)"
}
ti() { t --db "$1" --lexicons "$LEX" ingest --id id --group team --lang de "$2"; }
awk 'BEGIN { print "id,date,team,text"
	for (i = 1; i <= 20000; i++) printf "%d,2024-%02d-15,T%d,\"Der Druck steigt jede Woche, wir hören dem Kunden zu und lernen aus Fehlern %d\"\n", i, i % 12 + 1, i % 5, i }' >"$TMP/big.csv"
head -51 "$TMP/big.csv" >"$TMP/small.csv"

# ---- a full disk under the database ----
# fill KB: leaves about KB kilobytes free on the tmpfs (a filler file takes the rest).
fill() {
	rm -f "$MNT/filler"
	free=$(df -k "$MNT" | awk 'NR == 2 { print $4 }')
	if [ "$free" -gt "$1" ]; then
		head -c $(((free - $1) * 1024)) /dev/zero >"$MNT/filler" 2>/dev/null
	fi
}
if mount -t tmpfs -o size=48m tenor-test "$MNT" 2>/dev/null; then
	db="$MNT/t.db"
	ti "$db" "$TMP/small.csv"
	eq "small batch on the small disk" 0 "$rc"
	before=$(totals "$db")
	fill 512
	ti "$db" "$TMP/big.csv"
	eq "full disk during ingest: status" 1 "$rc"
	has "full disk during ingest: names the database and the reason" "tenor: $db: database or disk is full" "$err"
	has "full disk during ingest: says nothing was stored" "nothing was stored" "$err"
	eq "full disk during ingest: integrity" ok "$(sqlite3 "$db" "PRAGMA integrity_check")"
	eq "full disk during ingest: database unchanged" "$before" "$(totals "$db")"
	# Room again: the same command completes.
	rm -f "$MNT/filler"
	ti "$db" "$TMP/big.csv"
	eq "after the disk has room: status" 0 "$rc"
	has "after the disk has room: all new" "20000 read, 20000 new, 0 duplicate" "$err"

	# A report written with -o to a full disk: an error, and the previous report stays.
	t --db "$db" report --by team --format html -o "$MNT/report.html"
	eq "report -o: status" 0 "$rc"
	cp "$MNT/report.html" "$TMP/report.before"
	fill 0
	head -c 65536 /dev/zero >>"$MNT/filler" 2>/dev/null
	for fmt in html json csv md prom table; do
		t --db "$db" report --by team --format $fmt -o "$MNT/report.html"
		eq "report -o on a full disk ($fmt): status" 1 "$rc"
		has "report -o on a full disk ($fmt): message" "cannot write the report to $MNT/report.html: No space left on device" "$err"
		eq "report -o on a full disk ($fmt): previous report intact" "" "$(cmp "$TMP/report.before" "$MNT/report.html" 2>&1)"
	done
	eq "report -o on a full disk: no temporary file left" "" "$(ls "$MNT" | grep 'report\.html\.')"
	# tenor run writes report.html the same way.
	mkdir -p "$TMP/corpus"
	cp "$TMP/small.csv" "$TMP/corpus/"
	printf '%s\n' '--id id --group team --lang de small.csv' >"$TMP/corpus/ingest.txt"
	t --db "$TMP/run.db" --lexicons "$LEX" run --corpus "$TMP/corpus" --html "$MNT/report.html"
	eq "run --html on a full disk: status" 1 "$rc"
	has "run --html on a full disk: message" "cannot write the report to $MNT/report.html: No space left on device" "$err"
	eq "run --html on a full disk: previous report intact" "" "$(cmp "$TMP/report.before" "$MNT/report.html" 2>&1)"
	# No room even for SQLite's -shm file: the reason behind "disk I/O error" is said.
	rm -f "$MNT"/*.db-wal "$MNT"/*.db-shm
	fill 0
	head -c 65536 /dev/zero >>"$MNT/filler" 2>/dev/null
	ti "$db" "$TMP/small.csv"
	eq "ingest on a disk with no room at all: status" 1 "$rc"
	has "ingest on a disk with no room at all: the reason" "disk I/O error (No space left on device)" "$err"
	umount "$MNT"
else
	skip "cannot mount a tmpfs (not root?): full disk under the database and -o not tested"
fi

# ---- a full disk under standard output: /dev/full ----
DB="$TMP/f.db"
ti "$DB" "$TMP/small.csv"
for fmt in table json csv md html prom; do
	t --db "$DB" report --by team --format $fmt -o /dev/full
	eq "report to /dev/full ($fmt): status" 1 "$rc"
	has "report to /dev/full ($fmt): message" "cannot write the report to /dev/full: No space left on device" "$err"
	"$TENOR" --db "$DB" report --by team --format $fmt >/dev/full 2>"$TMP/err"
	eq "report > /dev/full ($fmt): status" 1 "$?"
	has "report > /dev/full ($fmt): message" "No space left on device" "$(cat "$TMP/err")"
done
for cmd in "score --input csv $TMP/small.csv" "explain Druck" "stats" "batches" "batches --json" \
	"lexicon list" "lexicon stats" "lexicon check --json" "rejects --batch 1 --json"; do
	# shellcheck disable=SC2086
	"$TENOR" --db "$DB" --lexicons "$LEX" $cmd >/dev/full 2>"$TMP/err"
	rc=$?
	case "$cmd" in
	rejects*) eq "$cmd > /dev/full (nothing to write): status" 0 "$rc" ;;
	*)
		eq "$cmd > /dev/full: status" 1 "$rc"
		has "$cmd > /dev/full: message" "No space left on device" "$(cat "$TMP/err")"
		;;
	esac
done

# rows that could not be written are the output's error, not the database's
{ echo id,date,text; awk 'BEGIN { for (i = 0; i < 300; i++) printf "%d,2025-02-30,x\n", i }'; } >"$TMP/rej.csv"
t --db "$TMP/rej.db" --lexicons "$LEX" ingest --id id --lang de "$TMP/rej.csv"
for cmd in "rejects" "rejects --json" "batches --json"; do
	# shellcheck disable=SC2086
	"$TENOR" --db "$TMP/rej.db" $cmd >/dev/full 2>"$TMP/err"
	eq "$cmd with rows > /dev/full: status" 1 "$?"
	has "$cmd with rows > /dev/full: message" "cannot write output: No space left on device" "$(cat "$TMP/err")"
	eq "$cmd with rows > /dev/full: one message, no empty one" 1 "$(wc -l <"$TMP/err")"
done
# score on threads: the error of the thread that wrote, not the main thread's errno
awk 'BEGIN { for (i = 0; i < 30000; i++) printf "{\"text\":\"Der Druck steigt, Zeile %d.\"}\n", i }' >"$TMP/many.jsonl"
: >"$TMP/err5"
for i in 1 2 3 4 5 6; do
	"$TENOR" --lexicons "$LEX" score --lang de --threads 2 "$TMP/many.jsonl" >/dev/full 2>>"$TMP/err5"
done
eq "score on threads > /dev/full: every run says why" 6 "$(grep -c 'cannot write output: No space left on device' "$TMP/err5")"

# A database of another program, named by mistake, is left as it is.
sqlite3 "$TMP/other.db" "create table customers (id integer primary key, name text); insert into customers values (1, 'x')"
t --db "$TMP/other.db" --lexicons "$LEX" ingest --id id --lang de "$TMP/rej.csv"
eq "another program's database: status" 1 "$rc"
has "another program's database: message" "not a tenor database: it holds another program's tables ('customers')" "$err"
sqlite3 "$TMP/other3.db" "create table customers (id integer primary key); pragma user_version = 3"
t --db "$TMP/other3.db" --lexicons "$LEX" ingest --id id --lang de "$TMP/rej.csv"
has "another program's database with a user_version: message" "not a tenor database: it holds another program's tables ('customers')" "$err"
eq "another program's database with a user_version: its journal unchanged" "delete" "$(sqlite3 "$TMP/other3.db" "pragma journal_mode")"
eq "another program's database: unchanged" "customers|delete" "$(sqlite3 "$TMP/other.db" "select group_concat(name) from sqlite_schema; pragma journal_mode" | tr '\n' '|' | sed 's/|$//')"

# ---- input that cannot be read ----
before=$(totals "$DB")
mkdir -p "$TMP/adir.csv"
ti "$DB" "$TMP/adir.csv"
eq "a directory as input: status" 1 "$rc"
has "a directory as input: message" "cannot read '$TMP/adir.csv': Is a directory" "$err"
ti "$DB" "$TMP/missing.csv"
eq "a missing file: status" 1 "$rc"
has "a missing file: message" "cannot open '$TMP/missing.csv': No such file or directory" "$err"
# One bad file among good ones stores nothing of the good ones either.
t --db "$DB" --lexicons "$LEX" ingest --id id --group team --lang de --source other "$TMP/big.csv" "$TMP/missing.csv"
eq "a missing file after a good one: status" 1 "$rc"
eq "unreadable inputs: database unchanged" "$before" "$(totals "$DB")"
t --lexicons "$LEX" score --input csv "$TMP/adir.csv"
eq "score a directory: status" 1 "$rc"
has "score a directory: message" "adir.csv: read error: Is a directory" "$err"
t --lexicons "$LEX" score "$TMP/adir.csv"
has "score a directory (jsonl): message" "cannot read '$TMP/adir.csv': Is a directory" "$err"
# Permission denied: root reads everything, so the command runs as nobody.
printf 'id,text\n1,Druck\n' >"$TMP/secret.csv"
chmod 000 "$TMP/secret.csv"
mkdir -p "$TMP/nobody"
if [ "$(id -u)" != 0 ]; then
	as_other=""
elif command -v setpriv >/dev/null 2>&1 && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
	as_other="setpriv --reuid=65534 --regid=65534 --clear-groups --"
	chmod 755 "$TMP"
	chown 65534 "$TMP/nobody"
else
	as_other=none
fi
# nobody must be able to run the binary and read the lexicons from where they are
if [ "$as_other" != none ] && ! $as_other "$TENOR" --lexicons "$LEX" lexicon check >/dev/null 2>&1; then
	as_other=none
fi
if [ "$as_other" != none ]; then
	$as_other "$TENOR" --db "$TMP/nobody/n.db" --lexicons "$LEX" ingest --lang de "$TMP/secret.csv" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	err=$(cat "$TMP/err")
	eq "unreadable file: status" 1 "$rc"
	has "unreadable file: message" "cannot open '$TMP/secret.csv': Permission denied" "$err"
	$as_other "$TENOR" --lexicons "$LEX" score --input csv "$TMP/secret.csv" >"$TMP/out" 2>"$TMP/err"
	eq "score an unreadable file: status" 1 "$?"
	has "score an unreadable file: message" "cannot open '$TMP/secret.csv': Permission denied" "$(cat "$TMP/err")"
	# a database nobody may write, in a directory nobody may not: why writing fails
	mkdir -p "$TMP/rootdir"
	chmod 755 "$TMP/rootdir"
	ti "$TMP/rootdir/r.db" "$TMP/small.csv"
	chmod 666 "$TMP/rootdir/r.db"
	printf 'id,text\n9,Druck\n' >"$TMP/open.csv"
	chmod 644 "$TMP/open.csv"
	$as_other "$TENOR" --db "$TMP/rootdir/r.db" --lexicons "$LEX" ingest --lang de "$TMP/open.csv" >"$TMP/out" 2>"$TMP/err"
	eq "database in a directory not writable: status" 1 "$?"
	has "database in a directory not writable: why" "attempt to write a readonly database (writing needs permission to write the database file, and its directory or the -wal and -shm files beside it" "$(cat "$TMP/err")"
else
	skip "cannot run tenor as another user here: permission denied on input not tested"
fi

# An empty --db (a variable not set) is no wish for ./tenor.db.
t --db "" report
eq "empty --db: status" 2 "$rc"
has "empty --db: message" "--db needs a file name" "$err"

# ---- a read-only database ----
mkdir -p "$TMP/rw"
ti "$TMP/rw/t.db" "$TMP/small.csv"
before=$(totals "$TMP/rw/t.db")
if mount --bind "$TMP/rw" "$RO" 2>/dev/null && mount -o remount,ro,bind "$RO" 2>/dev/null; then
	ti "$RO/t.db" "$TMP/big.csv"
	eq "read-only database: status" 1 "$rc"
	has "read-only database: message" "tenor: $RO/t.db: cannot write to it: Read-only file system" "$err"
	t --db "$RO/t.db" --lexicons "$LEX" rescore
	eq "read-only database, rescore: status" 1 "$rc"
	has "read-only database, rescore: message" "tenor: $RO/t.db: cannot write to it: Read-only file system" "$err"
	t --db "$RO/new.db" --lexicons "$LEX" ingest --lang de "$TMP/small.csv"
	eq "new database in a read-only directory: status" 1 "$rc"
	has "new database in a read-only directory: message" "$RO/new.db: cannot write in its directory '$RO' (SQLite keeps its -wal and -shm files there): Read-only file system" "$err"
	# A reader needs the -shm file beside a WAL database; where it cannot make one and no
	# writer is at work (no -wal file), it reads the file as immutable.
	t --db "$TMP/rw/t.db" report --by team
	want=$out
	t --db "$RO/t.db" report --by team
	eq "report from a read-only directory: status" 0 "$rc"
	eq "report from a read-only directory: the report" "$want" "$out"
	umount "$RO"
	eq "read-only database: unchanged" "$before" "$(totals "$TMP/rw/t.db")"
else
	skip "cannot bind-mount read-only: read-only database not tested with a mount"
fi
# An immutable file (root's read-only file): chattr +i where the file system has it.
if chattr +i "$TMP/rw/t.db" 2>/dev/null; then
	ti "$TMP/rw/t.db" "$TMP/big.csv"
	eq "immutable database: status" 1 "$rc"
	has "immutable database: message" "tenor: $TMP/rw/t.db: cannot write to it: Operation not permitted" "$err"
	chattr -i "$TMP/rw/t.db"
	eq "immutable database: unchanged" "$before" "$(totals "$TMP/rw/t.db")"
	eq "immutable database: integrity" ok "$(sqlite3 "$TMP/rw/t.db" "PRAGMA integrity_check")"
elif [ "$(id -u)" != 0 ]; then
	chmod 444 "$TMP/rw/t.db"
	ti "$TMP/rw/t.db" "$TMP/big.csv"
	eq "read-only file: status" 1 "$rc"
	has "read-only file: message" "cannot write to it: Permission denied" "$err"
	chmod 644 "$TMP/rw/t.db"
else
	skip "no chattr +i here: immutable database not tested"
fi

# ---- a file that is not a database ----
awk 'BEGIN { for (i = 0; i < 100; i++) print "not a database, only text" }' >"$TMP/junk.db"
cp "$TMP/junk.db" "$TMP/junk.before"
ti "$TMP/junk.db" "$TMP/small.csv"
eq "not a database, ingest: status" 1 "$rc"
has "not a database, ingest: message" "tenor: $TMP/junk.db: file is not a database" "$err"
t --db "$TMP/junk.db" report
eq "not a database, report: status" 1 "$rc"
has "not a database, report: message" "tenor: $TMP/junk.db: file is not a database" "$err"
eq "not a database: the file untouched" "" "$(cmp "$TMP/junk.before" "$TMP/junk.db" 2>&1)"

# ---- a locked database: another process holds a write transaction ----
# The writer waits for the busy timeout (10 s), then gives up cleanly; readers go on.
DB="$TMP/l.db"
ti "$DB" "$TMP/small.csv"
before=$(totals "$DB")
mkfifo "$TMP/lock"
sqlite3 "$DB" <"$TMP/lock" >/dev/null 2>&1 &
holder=$!
exec 9>"$TMP/lock"
echo "BEGIN IMMEDIATE; INSERT INTO batches (command, started_at, tool_version, lexicon_version, sources, options) VALUES ('x', '', '', '', '', '');" >&9
sleep 0.3
start=$(date +%s)
ti "$DB" "$TMP/big.csv"
waited=$(($(date +%s) - start))
eq "locked database: status" 1 "$rc"
has "locked database: message" "tenor: $DB: the database is locked by another writer (waited 10 s)" "$err"
has "locked database: nothing stored" "nothing was stored" "$err"
case "$waited" in 9|10|11|12|13|14) pass ;; *) fail "locked database: waited $waited s, not about 10" ;; esac
t --db "$DB" report --format json
eq "locked database: a report still reads it" 0 "$rc"
# A lock released within the timeout is waited for.
( sleep 1; echo "ROLLBACK;" >&9; exec 9>&- ) &
ti "$DB" "$TMP/small.csv"
eq "a lock released in time is waited for" 0 "$rc"
exec 9>&-
wait "$holder" 2>/dev/null
eq "locked database: integrity" ok "$(sqlite3 "$DB" "PRAGMA integrity_check")"
eq "locked database: only the batch that ran was added" "$(echo "$before" | awk -F'|' '{ $2 = $2 + 1; print }' OFS='|')" "$(totals "$DB")"

finish
