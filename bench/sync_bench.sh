#!/usr/bin/env bash
# Client sync beside curl: initial catalog sync of COURSES courses from a local
# lectern-server, the same feed pages fetched with curl alone (the transfer floor),
# an incremental sync of 1,000 changed courses, and a push of 10,000 queued notes.
#   bench/sync_bench.sh BUILD_DIR [COURSES]
set -euo pipefail
BUILD=${1:?usage: sync_bench.sh BUILD_DIR [COURSES]}
COURSES=${2:-100000}
CLI="$BUILD/app/lectern-cli"
SERVER="$BUILD/server/lectern-server"
BENCH="$BUILD/bench/sync_bench"
SERVER_DATA="$BUILD/bench-sync-server-$COURSES"
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

start_server() { # extra args…
    "$SERVER" --data "$SERVER_DATA" --listen 127.0.0.1:0 --quiet "$@" >"$WORK/server.out" 2>"$WORK/server.log" &
    SERVER_PID=$!
    for _ in $(seq 1 3000); do
        URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/server.out" || true)
        [ -n "$URL" ] && return
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
        sleep 0.2
    done
    echo "server did not start" >&2
    exit 1
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

if [ ! -f "$SERVER_DATA/lectern-server.db" ]; then
    echo "== publishing $COURSES synthetic courses on the server (once)"
    "$CLI" generate-catalog --courses "$COURSES" --output "$WORK/catalog.json" >/dev/null
    start=$(date +%s%N)
    start_server --import-catalog "$WORK/catalog.json"
    echo "   took $(( ($(date +%s%N) - start) / 1000000 )) ms"
    stop_server
fi

start_server
echo "== transfer floor: curl fetching every feed page (limit 500)"
start=$(date +%s%N)
cursor=""
pages=0
while :; do
    body=$(curl -s --compressed "$URL/v1/catalog/changes?limit=500${cursor:+&after=$cursor}")
    pages=$((pages + 1))
    cursor=$(printf '%s' "$body" | grep -o '"next_cursor":"[0-9]*"' | grep -o '[0-9]*')
    printf '%s' "$body" | grep -q '"has_more":true' || break
done
echo "   curl: $pages pages in $(( ($(date +%s%N) - start) / 1000000 )) ms"

echo "== initial catalog sync (lectern)"
"$BENCH" catalog "$URL" "$WORK/profile"
stop_server

echo "== incremental sync of 1,000 changed courses"
"$CLI" generate-catalog --courses "$COURSES" --take 1000 --revision "$(date +%s | tail -c 4)" --output "$WORK/changed.json" >/dev/null
start_server --import-catalog "$WORK/changed.json"
"$BENCH" catalog "$URL" "$WORK/profile"

echo "== push of 10,000 queued notes"
"$BENCH" push "$URL" "$WORK/pusher" 10000
echo "targets: initial sync <= 3x the curl floor, RSS <= 200 MB, incremental <= 1 s"
