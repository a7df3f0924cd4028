#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/dev.sh run    install what is missing, build, start the demo server and Lectern
#   scripts/dev.sh test   install what is missing, build, run the whole test suite
#   scripts/dev.sh deps | build | bench   the individual steps
# Root or a sudo-capable user. apt runs only when a package is actually missing.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

# Build and test dependencies (Debian 12 names).
PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config file dpkg-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqt6svg6 qt6-translations-l10n   # SVG icons (run-time plugin), Qt's own Chinese strings
    qtkeychain-qt6-dev   # session tokens in the OS keychain (Secret Service)
    libsqlite3-dev nlohmann-json3-dev
    libcpp-httplib-dev libsodium-dev libcurl4-openssl-dev   # lectern-server and its network tests
    zlib1g-dev   # gzip bodies in the network tests (also pulled in by libcpp-httplib-dev)
    libssl-dev   # SHA-256 of downloads (libcrypto); named here, not left to libcpp-httplib-dev
    ffmpeg       # the demo server's generated lesson media (H.264/AAC MP4, AAC audio)
    nginx        # the static-file baseline in tests/core/test_download_e2e and bench/server_bench.sh
    fonts-noto-cjk   # Chinese text in the UI and in screenshots
    xvfb xauth x11-apps imagemagick  # screenshots of the real window
    qt6-multimedia-dev   # the player (Qt Multimedia + Widgets on GStreamer)
    gstreamer1.0-plugins-good gstreamer1.0-libav   # MP4/WebM demuxers, VP9, H.264/AAC decoders
    libgstreamer1.0-dev   # the player's scaletempo hook (ui/player/pitch_keeper.h)
    pulseaudio pulseaudio-utils  # player tests start their own null-sink server and record it (parec)
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "dev.sh: all build dependencies are installed"
        return
    fi
    echo "dev.sh: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

# Starts lectern-server --demo on 127.0.0.1 (port 8787, or a free one when 8787 is
# taken), waits until it listens, and stops it when this script exits.
start_demo_server() {
    local data="$ROOT/build/dev/demo-server" port=8787
    mkdir -p "$data"
    if (exec 3<>/dev/tcp/127.0.0.1/8787) 2>/dev/null; then
        port=0
    fi
    "$ROOT/build/dev/server/lectern-server" --data "$data" --listen "127.0.0.1:$port" --demo --quiet \
        >"$data/server.out" 2>"$data/server.log" &
    SERVER_PID=$!
    trap 'kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null' EXIT
    for _ in $(seq 1 100); do
        SERVER_URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$data/server.out" 2>/dev/null || true)
        [ -n "$SERVER_URL" ] && break
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "dev.sh: lectern-server failed to start:" >&2
            cat "$data/server.log" >&2
            exit 1
        fi
        sleep 0.2
    done
    if [ -z "$SERVER_URL" ]; then
        echo "dev.sh: lectern-server did not start listening; see $data/server.log" >&2
        exit 1
    fi
    echo "dev.sh: demo server at $SERVER_URL (data in $data; demo accounts in $data/demo-accounts.txt)"
    grep -v '^lectern-server listening' "$data/server.out" || true
}

case "${1:-}" in
deps)
    deps
    ;;
build)
    deps
    build "${2:-dev}"
    ;;
run)
    deps
    build dev
    shift
    start_demo_server
    launch=("$ROOT/build/dev/app/lectern" --server "$SERVER_URL" "$@")
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "dev.sh: no display; starting Lectern on a virtual one (xvfb-run)" >&2
        launch=(xvfb-run -a -s "-screen 0 1600x1000x24" "${launch[@]}")
    fi
    # Not exec: the trap stops the demo server when the app exits.
    "${launch[@]}"
    ;;
test)
    deps
    build ci
    # GUI tests use the offscreen platform; nothing else needs a display.
    ctest --preset ci
    ;;
bench)
    deps
    build release
    "$ROOT/bench/run_benchmarks.sh" "$ROOT/build/release"
    ;;
*)
    echo "usage: scripts/dev.sh run|test|deps|build [preset]|bench" >&2
    exit 2
    ;;
esac
