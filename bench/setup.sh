#!/usr/bin/env bash
# setup.sh: make the bench cache ready. Idempotent and quick when nothing changed.
#
#   bench/setup.sh [heap]
#
# - installs the pinned npm packages of bench/package-lock.json into bench/.cache/node_modules
#   (npm ci, redone only when the lockfile changes);
# - compiles bench/measure.c (the wait4 timer) into bench/.cache/bin/measure;
# - with "heap": installs valgrind from Debian if it is missing (for make bench-heap).
# Fixtures are made afterwards by bench/fixtures.mjs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${BENCH_CACHE:-$here/.cache}"
mkdir -p "$cache/bin"

need() { command -v "$1" >/dev/null 2>&1; }
apt_install() {
    # Debian packages, as root (the bench machine) or through sudo when it is there.
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if need sudo; then sudo="sudo"; else
            echo "bench: please install: $*" >&2; return 1
        fi
    fi
    $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq "$@" >/dev/null
}

for tool in node npm; do
    if ! need "$tool"; then
        echo "bench: $tool is required (Node.js 18 or later with npm)" >&2
        exit 2
    fi
done
if ! need cc; then
    echo "bench: installing a C compiler (gcc) for the timer" >&2
    apt_install gcc
fi
if [ "${1:-}" = heap ] && ! need valgrind; then
    echo "bench: installing valgrind" >&2
    apt_install valgrind
fi

# npm packages, pinned by the lockfile; redone when the lockfile changes.
stamp="$cache/npm-lock.sha256"
want="$(sha256sum "$here/package-lock.json" "$here/package.json" | sha256sum | cut -d' ' -f1)"
if [ ! -d "$cache/node_modules" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "bench: installing pinned bundlers and workloads into ${cache#$PWD/}/node_modules"
    cp "$here/package.json" "$here/package-lock.json" "$cache/"
    rm -f "$stamp"
    (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error) 2>&1 | grep -v 'Unknown user config' >&2 || true
    if [ ! -d "$cache/node_modules/esbuild" ] || [ ! -d "$cache/node_modules/rolldown" ]; then
        echo "bench: npm ci did not install the bundlers" >&2
        exit 2
    fi
    echo "$want" >"$stamp"
fi

# The timer.
if [ ! -x "$cache/bin/measure" ] || [ "$here/measure.c" -nt "$cache/bin/measure" ]; then
    ${CC:-cc} -O2 -std=c11 -Wall -Wextra -o "$cache/bin/measure" "$here/measure.c"
fi
