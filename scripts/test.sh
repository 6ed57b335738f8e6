#!/usr/bin/env bash
# Every test: training data, actions, conversation tests on the trained model, the bot
# (unit, SQLite and PostgreSQL), and end to end (fake Telegram, real Rasa).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p results

echo "== rasa data validate"
.venv-rasa/bin/rasa data validate --data nlu stories --domain domain.yml --config config.yml \
  > results/validate.log 2>&1 || { tail -40 results/validate.log; exit 1; }

echo "== custom actions (rasa-sdk)"
.venv-rasa/bin/python -m pytest tests/actions -q -p no:cacheprovider

echo "== conversation tests (tests/test_*.yml) on the trained model"
.venv-rasa/bin/rasa test core --stories tests --model models/pmi-bot.tar.gz \
  --fail-on-prediction-errors --out results/core > results/core.log 2>&1 \
  || { tail -40 results/core.log; cat results/core/failed_test_stories.yml 2>/dev/null; exit 1; }
echo "all test stories passed"

echo "== bot, content, the deployment kit, admin console (headless Chromium) and end-to-end tests"
.venv/bin/python -m pytest tests/bot tests/content tests/deploy tests/browser tests/e2e -q
