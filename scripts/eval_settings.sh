#!/usr/bin/env bash
# Each config in evaluation/settings/ (or those named) on the honest folds, as scripts/eval.sh
# runs config.yml; writes reports/nlu-settings-tried.md with our config's figure beside them.
# Judged on the folds only, never on the holdout. Slow: a fold is a full training.
set -euo pipefail
cd "$(dirname "$0")/.."
source <(sed -n '/^fingerprint()/,/^}/p; /^fresh()/,/^}/p; /^cross_validate()/,/^}/p' scripts/eval.sh)
jobs=$(( $(nproc) > 5 ? 5 : $(nproc) ))
configs=("$@")
[ ${#configs[@]} -gt 0 ] || configs=(evaluation/settings/*.yml)
for config in "${configs[@]}"; do
  cross_validate "$config" "results/try-$(basename "$config" .yml)" "$(basename "$config")"
done
# Every setting tried so far whose folds are all done, and config.yml as it is; the report's
# sections written by hand below its table are kept (written to a new file first: the report
# is read while it is made).
.venv/bin/python scripts/eval_report.py --settings results/cv-ours results/try-* \
  > reports/nlu-settings-tried.md.new
mv reports/nlu-settings-tried.md.new reports/nlu-settings-tried.md
cat reports/nlu-settings-tried.md
