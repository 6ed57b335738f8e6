"""Train the scrubber's name and address tagger (bot/anonymise/tagger.py) on the labelled tuning
corpora and write lexicon/name_tagger.crfsuite:

    .venv/bin/python scripts/train_name_tagger.py

Only the tuning corpora (evaluation/privacy/tuning*.jsonl) are read, each message with a capital
also in lower case (tagger.with_lower_case_copies); the frozen ones measure the result and are
never trained on. The same corpora give the same model, byte for byte (a
content test checks the committed model is up to date).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.anonymise.tagger import (  # noqa: E402
    MODEL_FILE,
    read_corpora,
    train,
    with_lower_case_copies,
)

TUNING_CORPORA = sorted((ROOT / "evaluation" / "privacy").glob("tuning*.jsonl"))


def main(model_file: Path = MODEL_FILE) -> None:
    messages = with_lower_case_copies(read_corpora(TUNING_CORPORA))
    train(messages, model_file)
    print(f"{model_file}: trained on {len(messages)} messages")


if __name__ == "__main__":
    main()
