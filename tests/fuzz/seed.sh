#!/usr/bin/env bash
# Builds the fuzzer's seed corpus in DIR (default build/fuzz/seeds) from the test262 parser
# tests (pass/, fail/, early/) and a few regular expressions. Each seed starts with the byte
# fuzz_js.c reads as its mode: 0x00 script, 0x08 module, 0x10 auto, 0x20 minified script,
# 0x48 a module with JSX kept as JSX (the repository's .jsx files), bit 7 (0x80) the printer's
# syntax compression (the minifier's cases and the JavaScript among the TypeScript cases,
# minified both ways), 0x07 regular expression (then a flags byte). Re-running replaces the
# corpus.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-$root/build/fuzz/seeds}"
suite="$root/tests/node_modules/test262-parser-tests"
[[ -d "$suite" ]] || { echo "seed.sh: $suite missing (run make test-deps)" >&2; exit 1; }
rm -rf "$dir"
mkdir -p "$dir"

n=0
# seed MODE-BYTE-OCTAL FILE: the mode byte, then the file.
seed() {
    { printf "\\$1"; cat "$2"; } >"$dir/s$n"
    n=$((n + 1))
}
for sub in pass fail early; do
    for f in "$suite/$sub"/*.js; do
        case "$f" in
        *.module.js) seed 010 "$f" ;;
        *) seed 000 "$f" ;;
        esac
    done
done
# Minified printing and the automatic source type, on the valid programs only.
for f in "$suite"/pass/*.js; do
    ((n % 3 == 0)) && seed 040 "$f"
    ((n % 3 == 1)) && seed 020 "$f"
done
# JSX, preserved: the JavaScript files with JSX among bale's own tests.
while IFS= read -r f; do
    seed 110 "$f"
done < <(find "$root/tests/ts/cases" "$root/tests/e2e/cases" -name '*.jsx' | sort)
# Syntax compression with minified whitespace: the minifier's cases and bale's own JavaScript
# tests (JSX and decorators among them), by goal: 0xa0 script, 0xa8 module, 0xb8 CommonJS,
# 0xe8 a module with JSX preserved.
while IFS= read -r f; do
    case "$f" in
    *.mjs) seed 250 "$f" ;;
    *.cjs) seed 270 "$f" ;;
    *.jsx) seed 350 "$f" ;;
    *) seed 240 "$f" ;;
    esac
done < <(find "$root/tests/minify/cases" "$root/tests/ts/cases" "$root/tests/bundle/cases" \
    -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.jsx' | sort)
# Regular expressions: 0x07, a flags byte (bit 5 u, bit 7 with bit 5 v), the pattern.
while IFS= read -r line; do
    printf '\007%s' "$line" >"$dir/s$n"
    n=$((n + 1))
done <<'PATTERNS'
 a|b*c+?(?:d){2,3}
 (?<year>\d{4})-(?<m>\d\d)\k<year>
 [\p{L}--[a-z]]
 [[a-z]&&[aeiou]]\q{abc|d}
!\u{1F600}\p{Script=Greek}
 (?<=a)(?<!b)(?=c)(?!d)\b\B^$
 [\]\\-]\cA\x41\0\1
PATTERNS
echo "seed.sh: $n seeds in $dir"
