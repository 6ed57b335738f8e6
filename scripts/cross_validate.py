"""`rasa test nlu --cross-validation`, with the folds fixed so that two configs meet the same data.

Rasa draws the folds from numpy's global random state (StratifiedKFold(shuffle=True) without a
seed); seeding it first makes the folds the same for every config on the same data.
Run in the Rasa environment: .venv-rasa/bin/python scripts/cross_validate.py CONFIG OUT [FOLDS]
"""

import asyncio
import sys
from pathlib import Path

import numpy as np
import rasa.shared.utils.io
from rasa.model_testing import perform_nlu_cross_validation
from rasa.shared.importers.importer import TrainingDataImporter

FOLD_SEED = 20261127
# config.yml names this project's components (components/...), importable from its root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    config_path, output = sys.argv[1], sys.argv[2]
    folds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    config = rasa.shared.utils.io.read_model_configuration(config_path)
    data = TrainingDataImporter.load_from_dict(training_data_paths=["nlu"]).get_nlu_data("id")
    np.random.seed(FOLD_SEED)
    asyncio.run(
        perform_nlu_cross_validation(
            config,
            data,
            output,
            {"folds": folds, "disable_plotting": True, "errors": True, "successes": True},
        )
    )


if __name__ == "__main__":
    main()
