#!/usr/bin/env bash
# Every test, both tiers: the fast tier (the bot in process, scripts/test-fast.sh) with
# PostgreSQL required, then training data, actions, conversation tests on the trained model,
# content, the deployment kit, the admin console in a browser, and end to end (fake Telegram,
# real Rasa; the recorded Rasa replies checked against the model).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p results

# Nothing may be skipped for want of PostgreSQL or Rasa's environment here (testkit/fixtures.py).
export FULL_TIER=1

echo "== fast tier: the bot in process"
scripts/test-fast.sh

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

echo "== the bot's tests that start processes or stop PostgreSQL"
.venv/bin/python -m pytest tests/bot -m full_tier -q -p no:cacheprovider

echo "== content, the deployment kit, admin console (headless Chromium) and end-to-end tests"
.venv/bin/python -m pytest tests/content tests/deploy tests/browser tests/e2e -q
