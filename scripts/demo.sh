#!/usr/bin/env bash
# `make demo`: bundles the example project (examples/, TypeScript with a JSON import) with
# build/bale, shows the memory report, then runs the bundle with node and fails unless it prints
# exactly examples/expected-output.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The build directory: B from the environment, or from `make demo B=dir` via MAKEFLAGS.
build="${B:-}"
if [[ -z "$build" && " ${MAKEFLAGS:-} " =~ [[:space:]]B=([^[:space:]]+) ]]; then
    build="${BASH_REMATCH[1]}"
fi
build="${build:-build}"
bale="$build/bale"
out_dir="$build/demo"
bundle="$out_dir/out.js"
expected=examples/expected-output.txt

[[ -x "$bale" ]] || { echo "demo: $bale is missing; run 'make' first" >&2; exit 1; }
rm -rf "$out_dir"
mkdir -p "$out_dir"

cmd=("$bale" examples/src/main.ts --bundle "--outfile=$bundle" --mem-report)
echo "\$ ${cmd[*]}"
status=0
errors="$out_dir/stderr.txt"
"${cmd[@]}" 2>"$errors" || status=$?
cat "$errors" >&2

if ((status != 0)); then
    echo "demo: bale failed (exit status $status)" >&2
    exit 1
fi

# bale bundled: the bundle must behave exactly like the unbundled program.
[[ -f "$bundle" ]] || { echo "demo: bale exited 0 but wrote no $bundle" >&2; exit 1; }
echo
echo "\$ node $bundle"
actual="$out_dir/output.txt"
node "$bundle" | tee "$actual"
if ! diff -u "$expected" "$actual" >"$out_dir/output.diff"; then
    echo "demo: the bundle's output differs from $expected (- expected, + bundle):" >&2
    cat "$out_dir/output.diff" >&2
    exit 1
fi
echo
echo "demo: the bundle prints exactly $expected ($(wc -c <"$bundle") bytes of bundle)."
if grep -q BALE_TREE_SHAKING_MARKER "$bundle"; then
    echo "demo: unused histogram() from stats.ts is still in the bundle: tree shaking failed" >&2
    exit 1
fi
echo 'demo: the unused histogram() of stats.ts was left out (tree shaking).'
