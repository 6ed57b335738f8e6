#!/usr/bin/env bash
# 5-fold NLU cross-validation of our config and of Rasa's default pipeline on the same folds;
# writes reports/nlu-cross-validation.md. Takes a while (the default pipeline trains slowly).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p results reports
echo "eval: our config"
nice -n 15 .venv-rasa/bin/python scripts/cross_validate.py config.yml results/cv-ours 5 > results/cv-ours.log 2>&1
echo "eval: Rasa's default pipeline"
nice -n 15 .venv-rasa/bin/python scripts/cross_validate.py evaluation/rasa_default_config.yml results/cv-default 5 \
  > results/cv-default.log 2>&1
echo "eval: the trained model on the hand-written holdout (evaluation/holdout.yml)"
.venv-rasa/bin/rasa test nlu --nlu evaluation/holdout.yml --model models/pmi-bot.tar.gz \
  --out results/holdout > results/holdout.log 2>&1
.venv/bin/python scripts/eval_report.py results/cv-ours results/cv-default results/holdout \
  > reports/nlu-cross-validation.md
cat reports/nlu-cross-validation.md
