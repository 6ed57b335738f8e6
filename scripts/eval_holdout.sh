#!/usr/bin/env bash
# The trained model on the hand-written holdout, as typed and with personal data added and
# scrubbed; writes reports/nlu-holdout.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p results reports
.venv/bin/python scripts/generate_placeholder_holdout.py --check
for name in holdout holdout_placeholders; do
  out="results/${name//_/-}"
  .venv-rasa/bin/rasa test nlu --nlu "evaluation/$name.yml" --model models/pmi-bot.tar.gz \
    --out "$out" > "$out.log" 2>&1
done
.venv/bin/python scripts/holdout_report.py results/holdout results/holdout-placeholders \
  > reports/nlu-holdout.md
cat reports/nlu-holdout.md
