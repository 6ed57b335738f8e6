#!/usr/bin/env bash
# 5-fold NLU cross-validation of our config and of Rasa's default pipeline on the same folds;
# writes reports/nlu-cross-validation.md. The default pipeline trains slowly (an hour on two
# cores), so each fold runs in its own process, and the folds are kept in results/ with a
# fingerprint of what they ran on: a config whose config file, data, fold script, components
# and Rasa install are unchanged is not run again, and a stopped run goes on from its finished
# folds. `rm -r results` forces a full run.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p results reports

fingerprint() {
  cat "$1" $(find nlu lexicon components \( -name '*.yml' -o -name '*.py' \) | sort) \
    scripts/cross_validate.py .venv-rasa/.installed | sha256sum | cut -d' ' -f1
}

# A fold per process, as many at once as there are cores: on two cores a third process made
# all three slower (6.9 against 9.4 epochs a minute in all for the default pipeline).
jobs=$(nproc)
jobs=$(( jobs > 5 ? 5 : jobs ))

cross_validate() {  # config, results folder, what to call it
  local print
  print=$(fingerprint "$1")
  if [ "$(cat "$2/.fingerprint" 2>/dev/null)" != "$print" ]; then
    rm -rf "$2"
    mkdir -p "$2"
    echo "$print" > "$2/.fingerprint"
  fi
  echo "eval: $3 (folds already done are kept)"
  # Only the folds not yet done start a process (each loads TensorFlow and all the data).
  for fold in 0 1 2 3 4; do [ -f "$2/folds/$fold.json" ] || echo "$fold"; done \
    | xargs -r -P "$jobs" -I{} sh -c \
    'nice -n 15 .venv-rasa/bin/python scripts/cross_validate.py "$0" "$1" --folds {} > "$1/fold-{}.log" 2>&1' \
    "$1" "$2" || { echo "eval: $3 failed, see $2/fold-*.log" >&2; exit 1; }
  .venv-rasa/bin/python scripts/cross_validate.py "$1" "$2" --report > "$2/report.log" 2>&1
}

cross_validate config.yml results/cv-ours "our config"
cross_validate evaluation/rasa_default_config.yml results/cv-default "Rasa's default pipeline"
echo "eval: the trained model on the hand-written holdout (evaluation/holdout.yml)"
.venv-rasa/bin/rasa test nlu --nlu evaluation/holdout.yml --model models/pmi-bot.tar.gz \
  --out results/holdout > results/holdout.log 2>&1
echo "eval: the same questions with personal data added, as Rasa sees them once scrubbed"
.venv-rasa/bin/rasa test nlu --nlu evaluation/holdout_placeholders.yml --model models/pmi-bot.tar.gz \
  --out results/holdout-placeholders > results/holdout-placeholders.log 2>&1
.venv/bin/python scripts/eval_report.py results/cv-ours results/cv-default results/holdout \
  results/holdout-placeholders \
  > reports/nlu-cross-validation.md
cat reports/nlu-cross-validation.md
