#!/usr/bin/env bash
# Installs clang for `make fuzz` (libFuzzer ships with Debian's clang). The tests do not need it.
set -euo pipefail
command -v clang >/dev/null && exit 0
run() { if [[ "$(id -u)" -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
run apt-get update -qq
run apt-get install -y -qq --no-install-recommends clang
