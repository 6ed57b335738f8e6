"""The trained model on the hand-written holdout, as typed and with personal data added and
scrubbed (Rasa only ever sees the placeholders): Markdown from Rasa's intent reports.

    .venv/bin/python scripts/holdout_report.py results/holdout results/holdout-placeholders
"""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path


def load(directory: str) -> dict:
    return json.loads((Path(directory) / "intent_report.json").read_text(encoding="utf-8"))


def main() -> None:
    plain, scrubbed = load(sys.argv[1]), load(sys.argv[2])
    rows = [
        ("macro F1", "macro avg", "f1-score"),
        ("accuracy", "accuracy", None),
        ("emergency_help recall", "emergency_help", "recall"),
    ]
    print("# NLU on the hand-written holdout, as typed and with personal data scrubbed\n")
    print(
        f"- Date: {datetime.now(timezone.utc):%Y-%m-%d}; machine: {platform.machine()}, "
        f"{len(os.sched_getaffinity(0))} cores."
    )
    print("- Made by `make eval-holdout`: the trained model (`models/pmi-bot.tar.gz`) on")
    print("  `evaluation/holdout.yml` (questions kept out of training) and on")
    print(
        "  `evaluation/holdout_placeholders.yml` (the same questions with a name, phone, address or"
    )
    print(
        "  e-mail added, then scrubbed as the bot does: `scripts/generate_placeholder_holdout.py`).\n"
    )
    print("| | as typed | with personal data, scrubbed |")
    print("|---|---|---|")
    for label, key, field in rows:
        a = plain[key] if field is None else plain[key][field]
        b = scrubbed[key] if field is None else scrubbed[key][field]
        print(f"| {label} | {a:.3f} | {b:.3f} |")
    print(
        f"\nExamples: {plain['macro avg']['support']} as typed, {scrubbed['macro avg']['support']} scrubbed."
    )


if __name__ == "__main__":
    main()
