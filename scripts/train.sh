#!/usr/bin/env bash
# Trains models/pmi-bot.tar.gz from config.yml, domain.yml, nlu/, stories/ and data/specific/
# (the question selector's examples), unless none of
# them changed since the model was trained (their hash is kept beside the model).
set -euo pipefail
cd "$(dirname "$0")/.."

model=models/pmi-bot.tar.gz
fingerprint=$(cat config.yml domain.yml $(find nlu stories lexicon components data/specific \( -name '*.yml' -o -name '*.py' \) | sort) \
  .venv-rasa/.installed | sha256sum | cut -d' ' -f1)
if [ -f "$model" ] && [ "$(cat models/.fingerprint 2>/dev/null)" = "$fingerprint" ]; then
  echo "train: model is up to date ($model)"
  exit 0
fi
echo "train: training $model"
mkdir -p models
.venv-rasa/bin/rasa train --data nlu stories --domain domain.yml --config config.yml \
  --out models --fixed-model-name pmi-bot --force
echo "$fingerprint" > models/.fingerprint
# How long it took, for the eval report (reports/nlu-cross-validation.md).
echo "$SECONDS" > models/.train-seconds
