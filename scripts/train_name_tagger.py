"""Train the scrubber's name and address tagger (bot/anonymise/tagger.py) on the labelled tuning
corpora and write lexicon/name_tagger.crfsuite:

    .venv/bin/python scripts/train_name_tagger.py

Only the tuning corpora (evaluation/privacy/tuning*.jsonl) are read; the frozen ones measure
the result and are never trained on. The same corpora give the same model, byte for byte (a
content test checks the committed model is up to date).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.anonymise.tagger import MODEL_FILE, read_corpora, train  # noqa: E402

TUNING_CORPORA = sorted((ROOT / "evaluation" / "privacy").glob("tuning*.jsonl"))


def main(model_file: Path = MODEL_FILE) -> None:
    messages = read_corpora(TUNING_CORPORA)
    train(messages, model_file)
    print(f"{model_file}: trained on {len(messages)} messages")


if __name__ == "__main__":
    main()
