#!/usr/bin/env bash
# run.sh: the one command behind `make bench` and `make bench-heap`.
#
#   bench/run.sh          install the pinned bundlers (once), build the fixtures (once), run
#                         the side-by-side benchmark, write bench/results/
#   bench/run.sh heap     bale under valgrind's DHAT on the three fixture: DHAT's t-gmax
#                         beside bale's own reported peak
#
# Environment: BALE (the bale binary, default build/bale) and the BENCH_* variables of
# bench/run.mjs. Bundler failures are rows in the results, not a failing exit status; this
# script exits non-zero only when the bench machinery itself cannot run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mode="${1:-run}"

case "$mode" in
run)
    "$here/setup.sh"
    # TypeScript transform throughput beside esbuild's (bench/ts.mjs); informative only.
    node "$here/ts.mjs" || true
    exec node "$here/run.mjs"
    ;;
heap)
    "$here/setup.sh" heap
    exec node "$here/heap.mjs"
    ;;
*)
    echo "usage: bench/run.sh [heap]" >&2
    exit 2
    ;;
esac
