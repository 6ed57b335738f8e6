#!/usr/bin/env bash
# Creates .venv (the bot, current Python) and .venv-rasa (Rasa and the action server,
# Python 3.10) from the committed lock files. Idempotent: a venv is only touched when its lock
# files changed since it was last installed, so a second run takes a second or two.
# `scripts/setup.sh bot` makes the bot's environment only (the fast tier needs no Rasa).
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.13.9
export UV_PYTHON_DOWNLOADS=never   # never fetch an interpreter
export UV_LINK_MODE=copy

stamp_of() { cat "$@" | sha256sum | cut -d' ' -f1; }

bot_python=${BOT_PYTHON:-python3}
if ! "$bot_python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "The bot needs Python 3.11 or newer as '$bot_python' (set BOT_PYTHON to another one)." >&2
  exit 1
fi

# --- the bot's environment (also holds uv, which installs both environments quickly)
bot_locks=(requirements/bot.lock requirements/dev.lock)
bot_stamp=$(stamp_of "${bot_locks[@]}")
if [ "$(cat .venv/.installed 2>/dev/null)" != "$bot_stamp" ]; then
  echo "setup: installing the bot environment (.venv)"
  [ -x .venv/bin/python ] || "$bot_python" -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
  .venv/bin/uv pip sync --quiet --python .venv/bin/python "${bot_locks[@]}"
  echo "$bot_stamp" > .venv/.installed
fi

if [ "${1:-}" = bot ]; then
  echo "setup: the bot environment is up to date"
  exit 0
fi

# --- Rasa's environment (Python 3.10)
rasa_locks=(requirements/rasa.lock requirements/rasa-dev.lock)
rasa_stamp=$(stamp_of "${rasa_locks[@]}")
if [ "$(cat .venv-rasa/.installed 2>/dev/null)" != "$rasa_stamp" ]; then
  python310=$(scripts/find-python310.sh)
  echo "setup: installing the Rasa environment (.venv-rasa) with $python310"
  [ -x .venv-rasa/bin/python ] || "$python310" -m venv .venv-rasa
  .venv/bin/uv pip sync --quiet --python .venv-rasa/bin/python "${rasa_locks[@]}"
  echo "$rasa_stamp" > .venv-rasa/.installed
fi
echo "setup: environments are up to date"
