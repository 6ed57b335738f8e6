#!/usr/bin/env bash
# The fast tier: the bot's own behaviour in process, Telegram handlers included, with the Bot
# API faked at the HTTP layer and Rasa answering from replies recorded from the real model
# (testkit/recordings/rasa.json, checked against the model by the full tier). Needs the bot's
# environment only: no Rasa, no model, no browser. Tests that need PostgreSQL or Rasa's
# environment skip, saying why, when it is missing (the full tier sets FULL_TIER: it runs them,
# or fails). Prints branch coverage of bot/. The tests run on every core (pytest-xdist; each
# test has its own databases, Redis keys and ports): `scripts/test-fast.sh -n 0` runs them in
# one process.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest tests/bot tests/handlers -m "not full_tier" -q -p no:cacheprovider \
  -n auto --dist worksteal --cov=bot --cov-branch --cov-report=term:skip-covered --cov-fail-under=85 "$@"
