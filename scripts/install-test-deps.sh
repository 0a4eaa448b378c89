#!/usr/bin/env bash
# Installs what bale's tests need on a Debian machine: the C toolchain, clang-format, valgrind,
# Chromium (the source-map test loads bundles in it, headless), Node.js (only when `node` is
# missing) and the pinned npm packages of tests/package-lock.json.
#
# Safe to re-run: Debian packages already installed are skipped (no apt-get update, so a second
# run works offline), and `npm ci` runs only when tests/node_modules is missing or older than
# the lockfile. Prints nothing when there is nothing to do; on failure it shows the output of
# the step that failed. Run as root or as a user with sudo.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log="$(mktemp "${TMPDIR:-/tmp}/bale-test-deps.XXXXXX")"
trap 'rm -f "$log"' EXIT

fail() {
    echo "install-test-deps: $*" >&2
    if [[ -s "$log" ]]; then
        echo "--- output of the failed step ---" >&2
        tail -n 60 "$log" >&2
    fi
    exit 1
}

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        fail "need root to run '$*' and sudo is not installed"
    fi
}

# True when the Debian package is installed (not merely known or half-removed).
have_deb() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

# --- Debian packages -------------------------------------------------------------------------
want=()
for pkg in build-essential clang-format valgrind chromium; do
    have_deb "$pkg" || want+=("$pkg")
done
# Node.js may come from elsewhere (nodesource, nvm); only install Debian's when there is none.
if ! command -v node >/dev/null; then
    want+=(nodejs npm)
elif ! command -v npm >/dev/null; then
    want+=(npm)
fi

if ((${#want[@]})); then
    command -v apt-get >/dev/null || fail "missing ${want[*]} and apt-get is not available"
    echo "install-test-deps: installing ${want[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq >"$log" 2>&1 || fail "apt-get update failed"
    as_root apt-get install -y -qq --no-install-recommends "${want[@]}" >"$log" 2>&1 ||
        fail "apt-get install ${want[*]} failed"
fi

# --- npm packages ----------------------------------------------------------------------------
tests="$root/tests"
# npm writes node_modules/.package-lock.json on every install; it is our "installed at" stamp.
stamp="$tests/node_modules/.package-lock.json"
if [[ ! -f "$stamp" || "$tests/package-lock.json" -nt "$stamp" ]]; then
    echo "install-test-deps: npm ci in tests/"
    (cd "$tests" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1 ||
        fail "npm ci failed in $tests"
    # npm ci may keep the old mtime on an unchanged stamp; make it newer than the lockfile.
    touch "$stamp"
fi

# Catch an install that "succeeded" without what we rely on.
for tool in gcc make clang-format valgrind node npm; do
    command -v "$tool" >/dev/null || fail "$tool is still missing after installing"
done
# tests/sourcemap/devtools.test.mjs drives Debian's Chromium at this path (never a downloaded one).
[[ -x /usr/bin/chromium ]] || fail "/usr/bin/chromium is still missing after installing"
# The suites read these directly (tests/roundtrip/packages.mjs; playwright-core: the DevTools test).
for f in typescript/lib/typescript.js test262-parser-tests/pass acorn/dist/acorn.js terser/dist/bundle.min.js playwright-core/index.mjs; do
    [[ -e "$tests/node_modules/$f" ]] || fail "tests/node_modules/$f is missing after npm ci"
done
