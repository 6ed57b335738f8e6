#!/usr/bin/env bash
# What the tests need beyond the Python environments: Debian's Chromium for the browser tests
# of the admin console (Playwright drives it; no browser is downloaded by Playwright itself),
# and Debian's Caddy for the test of the example reverse-proxy configuration (deploy/caddy).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v caddy >/dev/null 2>&1 || missing+=(caddy)
if [ ${#missing[@]} = 0 ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "The tests need Debian's ${missing[*]}: install them (as root)." >&2
  exit 1
fi
as_root=""; [ "$(id -u)" = 0 ] || as_root="sudo"
echo "setup: installing ${missing[*]} for the tests"
$as_root apt-get update -qq
# Installing caddy does not start it: apt does not start services where systemd does not run,
# and where it does, Debian's caddy serves only a placeholder page on port 80 until configured.
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
