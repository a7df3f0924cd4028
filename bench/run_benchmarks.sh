#!/usr/bin/env bash
# Runs every benchmark against a 100,000-course catalog and prints each figure
# beside its reference. Usage: bench/run_benchmarks.sh BUILD_DIR [COURSES]
set -euo pipefail
BUILD=${1:?usage: run_benchmarks.sh BUILD_DIR [COURSES]}
COURSES=${2:-100000}
DATA="$BUILD/bench-data-$COURSES"

if [ ! -f "$DATA/lectern.db" ]; then
    echo "== generating a $COURSES-course catalog in $DATA"
    "$BUILD/app/lectern-cli" --data-dir "$DATA" generate-catalog --courses "$COURSES"
fi
echo "== database size: $(du -h "$DATA/lectern.db" | cut -f1)"

echo
echo "== (a) search latency"
"$BUILD/bench/search_bench" "$DATA/lectern.db" 5

echo
echo "== (b, c) start-up to first painted window, and peak RSS"
# One X server for both programs, so they are measured alike.
DISPLAY_NUM=:97
Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$DISPLAY_NUM
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
# Warm the page cache and font cache first; both programs get the same treatment.
"$BUILD/bench/minimal_window" >/dev/null
"$BUILD/app/lectern" --data-dir "$DATA" --quit-after-first-paint >/dev/null
"$BUILD/bench/startup_bench" 10 "minimal Qt window (floor)" -- "$BUILD/bench/minimal_window"
"$BUILD/bench/startup_bench" 10 "lectern, $COURSES courses" -- \
    "$BUILD/app/lectern" --data-dir "$DATA" --quit-after-first-paint
echo "targets: lectern start <= 2x the floor; peak RSS <= 150 MB"

if [ -x "$BUILD/server/lectern-server" ]; then
    echo
    echo "== lectern-server beside nginx"
    "$(dirname "$0")/server_bench.sh" "$BUILD" 10
fi
