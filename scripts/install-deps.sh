#!/usr/bin/env bash
# Installs what Litmus needs to build (libcmark) and, with --browser, what the
# real-browser tests need (Chromium). Debian/Ubuntu: apt-get as root, sudo
# otherwise. macOS: prints the Homebrew command instead.
set -euo pipefail

need=()
if ! command -v pkg-config >/dev/null 2>&1; then
  need+=(pkg-config)
fi
if ! pkg-config --exists libcmark 2>/dev/null; then
  need+=(libcmark-dev)
fi
if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1 \
  && ! command -v chromium-browser >/dev/null 2>&1; then
  need+=(chromium)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(uname -s)" = "Darwin" ]; then
  echo "litmus: missing ${need[*]}; on macOS run: brew install cmark pkg-config (and Chromium for browser tests)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "litmus: missing ${need[*]} and no apt-get here; install libcmark (>= 0.30) with your package manager" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "litmus: installing ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
