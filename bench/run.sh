#!/usr/bin/env bash
# run.sh: the one command behind `make bench` and `make bench-heap`.
#
#   bench/run.sh          install the pinned bundlers (once), build the fixtures (once), run
#                         the side-by-side benchmark, write bench/results/; then the parser
#                         benchmark when PARSE_BENCH is set (make bench sets it)
#   bench/run.sh heap     bale under valgrind's DHAT on the three fixture: DHAT's t-gmax
#                         beside bale's own reported peak
#   bench/run.sh parser   parser and printer throughput on large single files beside esbuild
#                         and oxc-parser (needs PARSE_BENCH: make bench-parser sets it)
#   bench/run.sh minify   gzipped sizes of minified bundles (three.js and the npm packages of
#                         tests/bundle/packages) beside esbuild --minify, terser for reference
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
    node "$here/run.mjs"
    # The minified-size table needs the test packages (make test-deps installs them).
    if [[ -x "$here/../tests/node_modules/.bin/esbuild" ]]; then
        echo
        node "$here/minify.mjs"
    else
        echo "(minified sizes skipped: run make test-deps, then bench/run.sh minify)"
    fi
    # The parser part needs bale's in-process timer, which make bench builds.
    if [ -n "${PARSE_BENCH:-}" ]; then
        exec node "$here/parser.mjs"
    fi
    ;;
heap)
    "$here/setup.sh" heap
    exec node "$here/heap.mjs"
    ;;
parser)
    "$here/setup.sh"
    exec node "$here/parser.mjs"
    ;;
minify)
    exec node "$here/minify.mjs"
    ;;
*)
    echo "usage: bench/run.sh [heap|parser|minify]" >&2
    exit 2
    ;;
esac
