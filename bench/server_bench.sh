#!/usr/bin/env bash
# lectern-server beside nginx on loopback: catalog feed page requests/s, p99
# latency, server CPU and page faults per request, media download MB/s, and the
# server's peak RSS. Builds nothing.
#
#   bench/server_bench.sh BUILD_DIR [DURATION_SECONDS [PEER_BUILD_DIR]]
#
# nginx serves the very same bytes (one feed page saved as a file, one lesson's
# media file) from a temporary prefix: the ceiling for "static bytes over HTTP".
# PEER_BUILD_DIR (say, a build of an older commit in a git worktree) adds that
# build's lectern-server to the feed comparison, measured in the same run.
set -euo pipefail

BUILD=${1:?usage: server_bench.sh BUILD_DIR [SECONDS [PEER_BUILD_DIR]]}
SECONDS_PER_RUN=${2:-10}
PEER_BUILD=${3:-}
SERVER="$BUILD/server/lectern-server"
[[ -x $SERVER ]] || { echo "no $SERVER (build lectern-server first)" >&2; exit 1; }
PEER_SERVER=""
if [[ -n $PEER_BUILD ]]; then
    PEER_SERVER="$PEER_BUILD/server/lectern-server"
    [[ -x $PEER_SERVER ]] || { echo "no $PEER_SERVER" >&2; exit 1; }
fi
command -v wrk >/dev/null || { echo "wrk not found" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x $NGINX ]] || { echo "nginx not found" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER_PID=""
PEER_PID=""
NGINX_PID=""
cleanup() {
    [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    [[ -n $PEER_PID ]] && kill "$PEER_PID" 2>/dev/null && wait "$PEER_PID" 2>/dev/null || true
    [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
LPORT=$(free_port)
NPORT=$(free_port)
PPORT=$(free_port)

# --- lectern-server -----------------------------------------------------------
"$SERVER" --data "$WORK/data" --listen "127.0.0.1:$LPORT" --demo --quiet --threads 8 >"$WORK/server.out" 2>"$WORK/server.err" &
SERVER_PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
grep -q listening "$WORK/server.out" || { cat "$WORK/server.err"; exit 1; }
BASE="http://127.0.0.1:$LPORT"

if [[ -n $PEER_SERVER ]]; then
    "$PEER_SERVER" --data "$WORK/peer-data" --listen "127.0.0.1:$PPORT" --demo --quiet --threads 8 \
        >"$WORK/peer.out" 2>"$WORK/peer.err" &
    PEER_PID=$!
    for _ in $(seq 100); do grep -q listening "$WORK/peer.out" 2>/dev/null && break; sleep 0.1; done
    grep -q listening "$WORK/peer.out" || { cat "$WORK/peer.err"; exit 1; }
fi

PASSWORD=$(awk '/^learner@demo.lectern/ {print $2}' "$WORK/data/demo-accounts.txt")
TOKEN=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"email\":\"learner@demo.lectern\",\"password\":\"$PASSWORD\"}" "$BASE/v1/sessions" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
# A free-preview video lesson: any signed-in user may download it.
read -r LESSON MEDIA_PATH < <(python3 - "$WORK/data/lectern-server.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
row = db.execute("SELECT l.id, m.path FROM catalog_lessons l JOIN media m ON m.lesson_id = l.id "
                 "WHERE l.free_preview = 1 ORDER BY m.size DESC LIMIT 1").fetchone()
print(row[0], row[1])
PY
)

# --- nginx with the same bytes -------------------------------------------------
mkdir -p "$WORK/nginx/html/v1/catalog" "$WORK/nginx/html/media" "$WORK/nginx/logs" "$WORK/nginx/tmp"
FEED_QUERY="after=0&limit=50"
curl -sf "$BASE/v1/catalog/changes?$FEED_QUERY" >"$WORK/nginx/html/v1/catalog/changes.json"
cp "$WORK/data/media/$MEDIA_PATH" "$WORK/nginx/html/media/lesson.bin"
# As root, nginx workers would switch to "nobody" and get 403 on our 0700
# temporary folder: keep them the same user as this script.
NGINX_USER=""
[[ $(id -u) == 0 ]] && NGINX_USER="user $(id -un) $(id -gn);"
cat >"$WORK/nginx/nginx.conf" <<CONF
$NGINX_USER
daemon off;
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp; proxy_temp_path $WORK/nginx/tmp;
    fastcgi_temp_path $WORK/nginx/tmp; uwsgi_temp_path $WORK/nginx/tmp; scgi_temp_path $WORK/nginx/tmp;
    sendfile on;
    server {
        listen 127.0.0.1:$NPORT;
        root $WORK/nginx/html;
        default_type application/json;
    }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/logs/stderr" &
NGINX_PID=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$NPORT/media/lesson.bin" -o /dev/null && break; sleep 0.1; done

# Both must answer 200 with the same bytes, or the comparison means nothing.
for pair in "$BASE/v1/catalog/changes?$FEED_QUERY|http://127.0.0.1:$NPORT/v1/catalog/changes.json"; do
    a=$(curl -sf "${pair%%|*}" | sha256sum); b=$(curl -sf "${pair##*|}" | sha256sum)
    [[ $a == "$b" ]] || { echo "feed bytes differ between lectern-server and nginx" >&2; exit 1; }
done
a=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/v1/media/lessons/$LESSON" | sha256sum)
b=$(curl -sf "http://127.0.0.1:$NPORT/media/lesson.bin" | sha256sum)
[[ $a == "$b" ]] || { echo "media bytes differ between lectern-server and nginx" >&2; exit 1; }

FEED_BYTES=$(stat -c %s "$WORK/nginx/html/v1/catalog/changes.json")
MEDIA_BYTES=$(stat -c %s "$WORK/nginx/html/media/lesson.bin")

# wrk prints "Requests/sec" and, with --latency, the 99% line.
run_wrk() { # url [header]
    if [[ -n ${2:-} ]]; then
        wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -H "$2" "$1"
    else
        wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency "$1"
    fi
}
# A feed run on lectern-server with the server's CPU time and minor page faults
# per request, from /proc before and after (less sensitive than requests/s to
# whatever else the shared cores are doing).
feed_run() { # pid url
    local before after requests
    before=$(awk '{print $10, $14 + $15}' "/proc/$1/stat")
    local out
    out=$(run_wrk "$2")
    after=$(awk '{print $10, $14 + $15}' "/proc/$1/stat")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    echo "$out"
    python3 - "$before" "$after" "$requests" "$(getconf CLK_TCK)" <<'PY'
import sys
f0, t0 = map(int, sys.argv[1].split()); f1, t1 = map(int, sys.argv[2].split())
n, hz = int(sys.argv[3]), int(sys.argv[4])
print(f"server_per_request {(t1 - t0) / hz * 1e6 / n:.0f}us {(f1 - f0) / n:.1f}")
PY
}
rps() { awk '/Requests\/sec/ {print $2}'; }
cpu() { awk '/^server_per_request/ {print $2}'; }
faults() { awk '/^server_per_request/ {print $3}'; }
p99() { awk '$1 == "99%" {print $2}'; }
mbps() { awk '/Transfer\/sec/ {print $2}'; }

L_FEED=$(feed_run "$SERVER_PID" "$BASE/v1/catalog/changes?$FEED_QUERY")
N_FEED=$(run_wrk "http://127.0.0.1:$NPORT/v1/catalog/changes.json")
P_FEED=""
if [[ -n $PEER_PID ]]; then
    P_URL="http://127.0.0.1:$PPORT/v1/catalog/changes?$FEED_QUERY"
    P_BYTES=$(curl -sf "$P_URL" | wc -c)
    [[ $P_BYTES == $(stat -c %s "$WORK/nginx/html/v1/catalog/changes.json") ]] ||
        echo "note: the peer's feed page is $P_BYTES bytes" >&2
    P_FEED=$(feed_run "$PEER_PID" "$P_URL")
fi
L_MEDIA=$(run_wrk "$BASE/v1/media/lessons/$LESSON" "Authorization: Bearer $TOKEN")
N_MEDIA=$(run_wrk "http://127.0.0.1:$NPORT/media/lesson.bin")
RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status")

echo "lectern-server vs nginx, loopback, wrk -t2 -c16 -d${SECONDS_PER_RUN}s, $(nproc) cores"
printf '%-34s %18s %18s\n' "" "lectern-server" "nginx (static)"
printf '%-34s %18s %18s\n' "feed page ($FEED_BYTES B) req/s" "$(rps <<<"$L_FEED")" "$(rps <<<"$N_FEED")"
printf '%-34s %18s %18s\n' "feed page p99 latency" "$(p99 <<<"$L_FEED")" "$(p99 <<<"$N_FEED")"
printf '%-34s %18s\n' "feed server CPU per request" "$(cpu <<<"$L_FEED")"
printf '%-34s %18s\n' "feed page faults per request" "$(faults <<<"$L_FEED")"
printf '%-34s %18s %18s\n' "media ($MEDIA_BYTES B) req/s" "$(rps <<<"$L_MEDIA")" "$(rps <<<"$N_MEDIA")"
printf '%-34s %18s %18s\n' "media transfer/s" "$(mbps <<<"$L_MEDIA")" "$(mbps <<<"$N_MEDIA")"
printf '%-34s %18s %18s\n' "media p99 latency" "$(p99 <<<"$L_MEDIA")" "$(p99 <<<"$N_MEDIA")"
printf '%-34s %18s\n' "lectern-server peak RSS" "$((RSS_KB / 1024)) MiB"
if [[ -n $P_FEED ]]; then
    echo "peer: $PEER_SERVER"
    printf '%-34s %18s\n' "peer feed page req/s" "$(rps <<<"$P_FEED")"
    printf '%-34s %18s\n' "peer feed page p99 latency" "$(p99 <<<"$P_FEED")"
    printf '%-34s %18s\n' "peer feed server CPU per request" "$(cpu <<<"$P_FEED")"
    printf '%-34s %18s\n' "peer feed page faults per request" "$(faults <<<"$P_FEED")"
    printf '%-34s %18s\n' "peer peak RSS" "$(($(awk '/VmHWM/ {print $2}' "/proc/$PEER_PID/status") / 1024)) MiB"
fi
