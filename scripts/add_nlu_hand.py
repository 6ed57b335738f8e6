"""Add a new hand's messages (JSON Lines, {"intent": ..., "text": ...}) to the NLU data: as
training examples (nlu/hand_NAME.yml) or as a frozen evaluation set kept out of training
(evaluation/NAME.yml).

Each message is written as Rasa would see it once the bot has scrubbed it (bot/anonymise/,
bot/places.py), on one line, with no "[...](...)" that Rasa would read as an entity. A message
is left out when its intent is not in the domain, when it is the same question as one already
in nlu/ (punctuation and case aside), or when it repeats one of the hand's own. Training
examples also leave out any message that is a near copy (cosine >= NEAR between the counts of
their character 2-4-grams, inside words) of a question of the hand-written holdout or of a frozen evaluation set, so that those sets
keep judging questions the model has not seen.

    .venv/bin/python scripts/add_nlu_hand.py RAW.jsonl NAME --to nlu|evaluation --about "..."
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from nlu_folds import ROOT, judging_sets, near_copies, plain

from bot.anonymise import scrub_personal_data
from bot.nlu_files import examples_in, examples_in_text
from bot.places import resolve_places

# Looser than the folds' 0.75 (scripts/nlu_folds.py): the five hands of 2026-12-01 were added
# at 0.9, and many judged questions keep a paraphrase in training; scripts/eval_report.py also
# scores the judged questions with no training example within 0.75.
NEAR = 0.9


def as_rasa_sees_it(text: str) -> str:
    text = resolve_places(scrub_personal_data(" ".join(text.split())))
    return text.replace("[", "(").replace("]", ")")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("name")
    parser.add_argument("--to", choices=("nlu", "evaluation"), required=True)
    parser.add_argument("--about", required=True, help="who wrote it and how, for the header")
    args = parser.parse_args()

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    intents = set(domain["intents"])
    folder = ROOT / ("nlu" if args.to == "nlu" else "evaluation")
    path = folder / (f"hand_{args.name}.yml" if args.to == "nlu" else f"nlu_{args.name}.yml")
    # (the hand's own file, when it is written again, is not what it is checked against)
    known = {
        plain(text)
        for other in sorted((ROOT / "nlu").glob("*.yml"))
        if other != path
        for _, text in examples_in(other)
    }
    rows = [json.loads(line) for line in args.raw.read_text(encoding="utf-8").splitlines() if line]
    dropped: Counter[str] = Counter()
    kept: list[tuple[str, str]] = []
    for row in rows:
        intent, text = row["intent"], as_rasa_sees_it(row["text"])
        if intent not in intents:
            dropped["intent not in the domain"] += 1
        elif not plain(text):
            dropped["nothing left"] += 1
        elif plain(text) in known:
            dropped["already in nlu/ or said twice"] += 1
        else:
            known.add(plain(text))
            kept.append((intent, text))
    if args.to == "nlu":
        # Nothing close to a question a model is judged on may be trained on.
        judged = [plain(text) for judging in judging_sets() for _, text in examples_in(judging)]
        close = near_copies([plain(text) for _, text in kept], judged, NEAR)
        dropped["near copy of a judging question"] += len(close)
        kept = [pair for i, pair in enumerate(kept) if i not in close]

    by_intent: dict[str, list[str]] = {}
    for intent, text in kept:
        by_intent.setdefault(intent, []).append(text)
    about = (
        f"{args.about} Added by scripts/add_nlu_hand.py from the hand's own file, as Rasa sees"
        f" each message once scrubbed: {len(kept)} of {len(rows)} kept; left out: "
        + (", ".join(f"{n} {why}" for why, n in dropped.items() if n) or "none")
        + "."
    )
    lines = [
        'version: "3.1"',
        *textwrap.wrap(about, 98, initial_indent="# ", subsequent_indent="# "),
    ]
    lines.append("nlu:")
    for intent in sorted(by_intent):
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {text}" for text in by_intent[intent]]
    written = "\n".join(lines) + "\n"
    # Every line must read back as it was written, before the file is replaced.
    read_back = [text for _, text in examples_in_text(written)]
    if not kept or read_back != [t for _, t in sorted(kept, key=lambda p: p[0])]:
        sys.exit(f"{path}: nothing to write, or the examples would not read back as written")
    path.write_text(written, encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(kept)} of {len(rows)} kept; dropped {dict(dropped)}")


if __name__ == "__main__":
    main()
