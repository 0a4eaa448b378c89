#!/usr/bin/env bash
# Runs every test of bale and ends with one line: "N passed, N failed" (", N skipped" when
# some were). Called by `make test` after the test dependencies are installed.
#
# Parts: build (release + asan) · unit tests (release, asan) · e2e tests (release, asan) ·
# bundles run against the unbundled programs (release; hand-written cases also under asan) ·
# source maps traced token by token on real bundles, and read by headless Chromium (release) ·
# the resolver against node, esbuild and tsc on real packages (release) ·
# TypeScript/JSX against the official compiler (release) ·
# parser conformance (test262-parser-tests) and round trip on real packages (release only:
# thousands of bale runs, too slow under ASan) · the example's expected output · format check.
# Every part runs even when an earlier one failed, so one run shows everything; the exit status
# is 1 if anything failed. The builds and the two checks count as one test each; unit tests are
# counted from their line "unit: N passed, N failed", e2e, conformance and round-trip tests from
# node's summary.
#
# Make variables given to `make test` (WERROR=1, B=dir) reach the make calls below through
# MAKEFLAGS; WERROR may also come from the environment when this script is run directly.
set -uo pipefail # no -e: a failing part must not stop the others

cd "$(dirname "${BASH_SOURCE[0]}")/.."
make_vars=()
[[ -n "${WERROR:-}" ]] && make_vars+=("WERROR=$WERROR")
# The build directory: B from the environment, or from `make test B=dir` via MAKEFLAGS.
build="${B:-}"
if [[ -z "$build" && " ${MAKEFLAGS:-} " =~ [[:space:]]B=([^[:space:]]+) ]]; then
    build="${BASH_REMATCH[1]}"
fi
build="${build:-build}"
[[ -n "${B:-}" ]] && make_vars+=("B=$B")

passed=0
failed=0
skipped=0
results=() # one line per part, printed before the total
log="$(mktemp "${TMPDIR:-/tmp}/bale-tests.XXXXXX")"
trap 'rm -f "$log"' EXIT

section() {
    printf '\n==> %s\n' "$*"
}

# Adds one part's counts to the totals and its line to the summary.
tally() { # name passed failed [skipped]
    passed=$((passed + $2))
    failed=$((failed + $3))
    skipped=$((skipped + ${4:-0}))
    local extra=""
    ((${4:-0} > 0)) && extra=", $4 skipped"
    results+=("$(printf '%-15s %4d passed, %d failed%s' "$1" "$2" "$3" "$extra")")
}

# Runs a command, showing its output and keeping a copy in $log for parsing.
run_logged() {
    "$@" 2>&1 | tee "$log"
    return "${PIPESTATUS[0]}"
}

# A build or check: one test that passes when the command succeeds.
check() { # name command...
    local name="$1"
    shift
    section "$name: $*"
    if run_logged "$@"; then
        tally "$name" 1 0
        return 0
    fi
    tally "$name" 0 1
    return 1
}

# C unit tests; the binary ends with "unit: N passed, N failed".
unit() { # name make-target
    section "$1: make $2"
    run_logged make --no-print-directory "${make_vars[@]}" "$2"
    local status=$?
    local line
    line="$(grep -E '^unit: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)"
    if [[ -z "$line" ]]; then
        echo "$1: no summary line (crashed?), counted as one failure"
        tally "$1" 0 1
        return
    fi
    local p f
    p="$(sed -E 's/^unit: ([0-9]+) passed.*/\1/' <<<"$line")"
    f="$(sed -E 's/.*passed, ([0-9]+) failed.*/\1/' <<<"$line")"
    # A non-zero exit with no failed test (say, a leak report at exit) is still a failure.
    if ((status != 0 && f == 0)); then
        echo "$1: exited with status $status, counted as one failure"
        f=1
    fi
    tally "$1" "$p" "$f"
}

# Tests through node's test runner (e2e, conformance, roundtrip); its summary has "ℹ pass N"
# (spec) or "# pass N" (tap).
e2e() { # name make-target
    section "$1: make $2"
    run_logged make --no-print-directory "${make_vars[@]}" "$2"
    local status=$?
    local p f c s
    p="$(grep -E '^(ℹ|#) pass [0-9]+$' "$log" | tail -n 1 | awk '{print $3}')"
    f="$(grep -E '^(ℹ|#) fail [0-9]+$' "$log" | tail -n 1 | awk '{print $3}')"
    c="$(grep -E '^(ℹ|#) cancelled [0-9]+$' "$log" | tail -n 1 | awk '{print $3}')"
    s="$(grep -E '^(ℹ|#) skipped [0-9]+$' "$log" | tail -n 1 | awk '{print $3}')"
    if [[ -z "$p" || -z "$f" ]]; then
        echo "$1: no test summary from node, counted as one failure"
        tally "$1" 0 1
        return
    fi
    f=$((f + ${c:-0})) # a cancelled test (timeout, crash of its file) did not pass
    if ((status != 0 && f == 0)); then
        echo "$1: exited with status $status, counted as one failure"
        f=1
    fi
    tally "$1" "$p" "$f" "${s:-0}"
}

# Build each mode on its own so a broken asan build still lets the release tests run.
release_ok=0
asan_ok=0
check build make --no-print-directory -j2 "${make_vars[@]}" release "$build/release/test_unit" &&
    release_ok=1
check build-asan make --no-print-directory -j2 "${make_vars[@]}" asan && asan_ok=1

if ((release_ok)); then
    unit unit test-unit
    e2e e2e test-e2e
    e2e bundle test-bundle
    e2e sourcemap test-sourcemap
    e2e resolve test-resolve
    e2e conformance test-conformance
    e2e roundtrip test-roundtrip
    # TypeScript and JSX against the official compiler (tests/ts/).
    e2e ts test-ts
else
    echo "(release build failed: its unit, e2e, conformance and round-trip tests were not run)"
fi
if ((asan_ok)); then
    unit unit-asan test-unit-asan
    e2e e2e-asan test-e2e-asan
    e2e bundle-asan test-bundle-asan
else
    echo "(asan build failed: its unit and e2e tests were not run)"
fi
# examples/expected-output.txt must still be what the unbundled example prints.
check example-oracle node scripts/example-oracle.mjs --check

# clang-format prints every misplaced space; a list of files and the fix are more useful.
section "fmt-check: make fmt-check"
if make --no-print-directory fmt-check >"$log" 2>&1; then
    tally fmt-check 1 0
else
    grep -oE '^[^: ]+\.[ch]:' "$log" | tr -d : | sort -u | sed 's/^/  not formatted: /'
    grep -qE '^[^: ]+\.[ch]:' "$log" || cat "$log" # failed for another reason: show why
    echo "  (run 'make fmt' to fix)"
    tally fmt-check 0 1
fi

section summary
printf '%s\n' "${results[@]}"
echo
if ((skipped)); then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
((failed == 0))
