#!/usr/bin/env bash
# The honest NLU evaluation; writes reports/nlu-cross-validation.md. Our config and the TF-IDF
# baseline on the same 5 folds of hand-written examples (scripts/nlu_folds.py), and all three
# (ours, TF-IDF, Rasa's default pipeline) on the hand-written holdout and on the frozen questions
# of the hands that never saw nlu/ (evaluation/nlu_*.yml). Rasa's default pipeline
# trains slowly (about 25-55 minutes a model on two shared cores), so its folds run only with
# EVAL_DEFAULT_FOLDS=1; its holdout model is always made. Results are kept in results/ with a
# fingerprint of what they ran on: what did not change is not run again, and a stopped run goes
# on from its finished folds. `rm -r results` forces a full run.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p results reports models/default

fingerprint() {
  cat "$@" $(find nlu lexicon components data/generator \( -name '*.yml' -o -name '*.py' \) | sort) \
    scripts/cross_validate.py scripts/nlu_folds.py .venv-rasa/.installed | sha256sum | cut -d' ' -f1
}

fresh() {  # folder, fingerprint: empties the folder when what it ran on changed
  if [ "$(cat "$1/.fingerprint" 2>/dev/null)" != "$2" ]; then
    rm -rf "$1"
    mkdir -p "$1"
    echo "$2" > "$1/.fingerprint"
  fi
}

# A fold per process, as many at once as there are cores: on two cores a third process made
# all three slower (6.9 against 9.4 epochs a minute in all for the default pipeline).
jobs=$(nproc)
jobs=$(( jobs > 5 ? 5 : jobs ))

cross_validate() {  # config, results folder, what to call it
  fresh "$2" "$(fingerprint "$1")"
  echo "eval: $3 on the folds (folds already done are kept)"
  # Only the folds not yet done start a process (each loads TensorFlow and all the data).
  for fold in 0 1 2 3 4; do [ -f "$2/folds/$fold.json" ] || echo "$fold"; done \
    | xargs -r -P "$jobs" -I{} sh -c 'start=$(date +%s)
      nice -n 15 .venv-rasa/bin/python scripts/cross_validate.py "$0" "$1" --folds {} \
        > "$1/fold-{}.log" 2>&1 && echo $(( $(date +%s) - start )) > "$1/fold-{}.seconds"' \
    "$1" "$2" || { echo "eval: $3 failed, see $2/fold-*.log" >&2; exit 1; }
}

holdout() {  # model, results folder[, questions]
  .venv-rasa/bin/rasa test nlu --nlu "${3:-evaluation/holdout.yml}" --model "$1" --out "$2" \
    --successes > "$2.log" 2>&1
}

echo "eval: the folds (results/folds.json)"
nice -n 15 .venv-rasa/bin/python scripts/nlu_folds.py results/folds.json > /dev/null
cross_validate config.yml results/cv-ours "our config"
if [ "${EVAL_DEFAULT_FOLDS:-0}" = 1 ]; then
  cross_validate evaluation/rasa_default_config.yml results/cv-default "Rasa's default pipeline"
fi
echo "eval: the TF-IDF baseline on the folds and the holdout"
fresh results/cv-tfidf \
  "$(fingerprint scripts/baseline_tfidf.py evaluation/holdout.yml evaluation/nlu_*.yml)"
[ -f results/cv-tfidf/holdout.json ] \
  || nice -n 15 .venv-rasa/bin/python scripts/baseline_tfidf.py results/cv-tfidf

echo "eval: Rasa's default pipeline trained on every nlu/ example, on the holdout"
print=$(fingerprint evaluation/rasa_default_config.yml)
if [ "$(cat models/default/.fingerprint 2>/dev/null)" != "$print" ]; then
  nice -n 15 .venv-rasa/bin/rasa train nlu --nlu nlu --config evaluation/rasa_default_config.yml \
    --out models/default --fixed-model-name default > results/train-default.log 2>&1
  echo "$print" > models/default/.fingerprint
fi
holdout models/default/default.tar.gz results/holdout-default
# Each frozen set of a hand that never saw nlu/ (evaluation/nlu_NAME.yml) goes to
# results/NAME-default and results/NAME, "_" written "-" (scripts/eval_report.py reads them there).
judged_by() {  # model, suffix
  for judged in evaluation/nlu_*.yml; do
    name=$(basename "$judged" .yml)
    name=${name#nlu_}
    holdout "$1" "results/${name//_/-}$2" "$judged"
  done
}
judged_by models/default/default.tar.gz -default
echo "eval: the trained model on the holdout (as typed, and with personal data scrubbed) and on"
echo "eval: the frozen questions of the hands that never saw nlu/"
holdout models/pmi-bot.tar.gz results/holdout
judged_by models/pmi-bot.tar.gz ""
.venv-rasa/bin/rasa test nlu --nlu evaluation/holdout_placeholders.yml --model models/pmi-bot.tar.gz \
  --out results/holdout-placeholders --successes > results/holdout-placeholders.log 2>&1
.venv/bin/python scripts/eval_report.py > reports/nlu-cross-validation.md
cat reports/nlu-cross-validation.md
