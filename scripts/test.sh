#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run the whole suite.
#   bash scripts/test.sh [pytest args]
# System packages (as root, via apt-get): chromium (web page tests), redis-server (shared
# sessions), fonts-noto-cjk (Korean in report plots and screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  missing=""
  for pkg in chromium redis-server fonts-noto-cjk; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch first, pinned: this exact CPU wheel is available offline; any other spec downloads GBs.
.venv/bin/python -m pip install -q torch==2.13.0
.venv/bin/python -m pip install -q -e ".[test,serve,transformer,report]"

# pytest exits 5 when it collects no test: with `set -e` that fails this script too.
exec .venv/bin/python -m pytest -p no:cacheprovider -q "$@"
