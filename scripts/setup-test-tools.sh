#!/usr/bin/env bash
# What the tests need beyond the Python environments: Debian's Chromium for the browser tests
# of the admin console (Playwright drives it; no browser is downloaded by Playwright itself).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "The browser tests need Chromium: install Debian's 'chromium' package (as root)." >&2
  exit 1
fi
as_root=""; [ "$(id -u)" = 0 ] || as_root="sudo"
echo "setup: installing Chromium for the browser tests"
$as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends chromium >/dev/null
