#!/usr/bin/env bash
# Offline media: `lectern-cli download` beside `curl -o` on the same URL, over
# loopback, for one large lesson file served by lectern-server. Builds nothing.
#
#   bench/download_bench.sh BUILD_DIR [SIZE_MB] [RUNS]
#
# The demo server is started once to generate its media, then one free-preview
# lesson's file is replaced by SIZE_MB (default 200) of random bytes and its
# media row updated; the next --demo start republishes the course with the new
# size and SHA-256, so the client's catalog knows them. Each run downloads into
# a fresh folder; the best of RUNS (default 3) is reported for each tool.
# lectern-cli verifies SHA-256, fsyncs every 4 MB and at the end, and renames
# atomically; curl does none of that (its file is left in the page cache), so a
# "curl -o, then fsync" row shows the same bytes made as durable. TMPDIR=/dev/shm
# takes the disk out of the comparison.
set -euo pipefail

BUILD=${1:?usage: download_bench.sh BUILD_DIR [SIZE_MB] [RUNS]}
SIZE_MB=${2:-200}
RUNS=${3:-3}
SERVER="$BUILD/server/lectern-server"
CLI="$BUILD/app/lectern-cli"
[[ -x $SERVER && -x $CLI ]] || { echo "build lectern-server and lectern-cli in $BUILD first" >&2; exit 1; }
for tool in curl python3; do command -v $tool >/dev/null || { echo "$tool not found" >&2; exit 1; }; done

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
    [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

start_server() {
    "$SERVER" --data "$WORK/data" --listen "127.0.0.1:$PORT" --demo --quiet --threads 4 >"$WORK/server.out" 2>"$WORK/server.err" &
    SERVER_PID=$!
    for _ in $(seq 300); do grep -q listening "$WORK/server.out" 2>/dev/null && return; sleep 0.1; done
    cat "$WORK/server.err" >&2
    exit 1
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

# --- a large lesson ------------------------------------------------------------
start_server
stop_server
read -r LESSON COURSE MEDIA_PATH < <(python3 - "$WORK/data/lectern-server.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
row = db.execute("SELECT l.id, l.course_id, m.path FROM catalog_lessons l JOIN media m ON m.lesson_id = l.id "
                 "WHERE l.free_preview = 1 AND l.kind = 'video' ORDER BY l.id LIMIT 1").fetchone()
print(row[0], row[1], row[2])
PY
)
FILE="$WORK/data/media/$MEDIA_PATH"
rm -f "$FILE" # demo files are hard links: replace this lesson's only
head -c "$((SIZE_MB * 1024 * 1024))" /dev/urandom >"$FILE"
SIZE=$(stat -c %s "$FILE")
SHA=$(sha256sum "$FILE" | cut -d' ' -f1)
python3 - "$WORK/data/lectern-server.db" "$LESSON" "$SIZE" "$SHA" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE media SET size = ?, sha256 = ? WHERE lesson_id = ?", (int(sys.argv[3]), sys.argv[4], sys.argv[2]))
db.commit()
PY
start_server

PROFILE="$WORK/profile"
"$CLI" --data-dir "$PROFILE" --server "$BASE" sync >/dev/null 2>&1
PASSWORD=$(awk '/^learner@demo.lectern/ {print $2}' "$WORK/data/demo-accounts.txt")
echo "$PASSWORD" | "$CLI" --data-dir "$PROFILE" --server "$BASE" login learner@demo.lectern --password-stdin >/dev/null
TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["access_token"])' "$PROFILE/session.json")
CATALOG_SIZE=$(python3 - "$PROFILE/lectern.db" "$LESSON" <<'PY'
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT media_size FROM lessons WHERE id = ?", (sys.argv[2],)).fetchone()[0])
PY
)
[[ $CATALOG_SIZE == "$SIZE" ]] || { echo "the client's catalog does not know the new file ($CATALOG_SIZE != $SIZE)" >&2; exit 1; }

now() { date +%s.%N; }
forget_download() { # the queue remembers completed lessons: start each run from nothing
    rm -rf "$PROFILE/media"
    python3 -c 'import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute("DELETE FROM downloads"); db.commit()' "$PROFILE/lectern.db"
}

# CPU seconds (user + sys) of this shell's finished children, and of the server.
# `times` runs in this shell (in a $(…) it would count the subshell's children);
# its second line is the children's "user sys" as 0m0.123s.
cpu_seconds() { awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); n += p[1] * 60 + p[2] } print n }'; }
server_cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$SERVER_PID/stat"; }

# Runs "$@" once; prints "wall client-cpu server-cpu" in seconds.
timed() {
    local c0 s0 t0 t1 c1 s1
    times >"$WORK/times"; c0=$(tail -1 "$WORK/times" | cpu_seconds)
    s0=$(server_cpu) t0=$(now)
    "$@"
    t1=$(now) s1=$(server_cpu)
    times >"$WORK/times"; c1=$(tail -1 "$WORK/times" | cpu_seconds)
    echo "$(echo "$t1 - $t0" | bc -l) $(echo "$c1 - $c0" | bc -l) $(echo "$s1 - $s0" | bc -l)"
}
best_of() { sort -g -k1,1 | head -1; } # the run with the shortest wall time

fetch_curl() {
    rm -f "$WORK/curl.bin"
    curl -sf -H "Authorization: Bearer $TOKEN" -o "$WORK/curl.bin" "$BASE/v1/media/lessons/$LESSON"
}
check_curl() { [[ $(stat -c %s "$WORK/curl.bin") == "$SIZE" ]] || { echo "curl got a short file" >&2; exit 1; }; }

time_curl() {
    for _ in $(seq "$RUNS"); do
        timed fetch_curl
        check_curl
    done | best_of
}

# The same bytes made as durable as lectern-cli makes them (fsync before done).
fetch_curl_fsync() { fetch_curl && sync "$WORK/curl.bin"; }
time_curl_fsync() {
    for _ in $(seq "$RUNS"); do
        timed fetch_curl_fsync
        check_curl
    done | best_of
}

fetch_cli() { "$CLI" --data-dir "$PROFILE" --server "$BASE" download "$COURSE" --lesson "$LESSON" "$@" >"$WORK/cli.out"; }
time_cli() { # extra lectern-cli options
    for _ in $(seq "$RUNS"); do
        forget_download
        timed fetch_cli "$@"
        grep -q "downloaded 1 of 1" "$WORK/cli.out" || { cat "$WORK/cli.out" >&2; exit 1; }
    done | best_of
}

command -v bc >/dev/null || { echo "bc not found" >&2; exit 1; }
read -r CURL_S CURL_CPU CURL_SRV < <(time_curl)
read -r CURL_SYNC_S CURL_SYNC_CPU CURL_SYNC_SRV < <(time_curl_fsync)
read -r PLAIN_S PLAIN_CPU PLAIN_SRV < <(time_cli --plain)
read -r ENC_S ENC_CPU ENC_SRV < <(time_cli --encrypted)
# The plain file must be the server's bytes.
forget_download
"$CLI" --data-dir "$PROFILE" --server "$BASE" download "$COURSE" --lesson "$LESSON" --plain >/dev/null
[[ $(sha256sum "$PROFILE/media/$COURSE/$LESSON.media" | cut -d' ' -f1) == "$SHA" ]] || { echo "downloaded bytes differ" >&2; exit 1; }

mbps() { echo "scale=0; $SIZE / 1048576 / $1" | bc -l; }
ratio() { echo "scale=2; $CURL_S / $1" | bc -l; }
echo "download of one $((SIZE / 1048576)) MiB lesson from lectern-server, loopback, best of $RUNS, $(nproc) cores,"
echo "files in $(df --output=fstype "$WORK" | tail -1) ($WORK; set TMPDIR to move it)"
echo "CPU: user+sys seconds of that run, the client (curl or lectern-cli) and lectern-server; with both"
echo "busy, (client + server) / cores is a floor under the wall time."
row() { # label seconds client-cpu server-cpu
    printf '%-40s %8.2f %7s %11s %11.2f %11.2f\n' "$1" "$2" "$(mbps "$2")" "$(ratio "$2")" "$3" "$4"
}
printf '%-40s %8s %7s %11s %11s %11s\n' "" "seconds" "MiB/s" "vs curl -o" "client CPU" "server CPU"
row "curl -o (no verify, no fsync)" "$CURL_S" "$CURL_CPU" "$CURL_SRV"
row "curl -o, then fsync (same durability)" "$CURL_SYNC_S" "$CURL_SYNC_CPU" "$CURL_SYNC_SRV"
row "lectern-cli download --plain" "$PLAIN_S" "$PLAIN_CPU" "$PLAIN_SRV"
row "lectern-cli download --encrypted" "$ENC_S" "$ENC_CPU" "$ENC_SRV"
