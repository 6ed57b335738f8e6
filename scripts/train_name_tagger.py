"""Train the scrubber's name and address tagger (bot/anonymise/tagger.py) on the labelled tuning
corpora and write lexicon/name_tagger.crfsuite:

    .venv/bin/python scripts/train_name_tagger.py

Only the tuning corpora (evaluation/privacy/tuning*.jsonl, less those in NOT_FOR_THE_TAGGER) are
read, each message with a capital also in lower case (tagger.with_lower_case_copies); the frozen
ones measure the result and are never trained on. The same corpora give the same model, byte for byte (a
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

# Tuning corpora the rules learn from but the tagger does not, each with what training on it did.
NOT_FOR_THE_TAGGER = {
    # The sixty-third hand's tuning half (how keyboards capitalise: ordinary messages full of
    # capitalised words that are no names, half of them copied again in lower case by
    # with_lower_case_copies). Trained on it (2026-12-05), the tagger read 6 fewer names on the
    # tuning corpora before it (8,692 -> 8,686 of 8,751) and let through names it had read in a
    # reviewer's probes ("nomor siti tidak aktif", "siti - 0812...", "DEWI SUDAH SAMPAI DI
    # TAIWAN"; helper-201: 17 names lost, 5 found on 720 name probes).
    "tuning_62.jsonl",
}
TUNING_CORPORA = sorted(
    path
    for path in (ROOT / "evaluation" / "privacy").glob("tuning*.jsonl")
    if path.name not in NOT_FOR_THE_TAGGER
)


def main(model_file: Path = MODEL_FILE) -> None:
    messages = with_lower_case_copies(read_corpora(TUNING_CORPORA))
    train(messages, model_file)
    print(f"{model_file}: trained on {len(messages)} messages")


if __name__ == "__main__":
    main()
