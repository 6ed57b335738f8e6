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
import math
import sys
import textwrap
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from nlu_folds import ROOT, examples_in, plain

from bot.anonymise import scrub_personal_data
from bot.places import resolve_places

NEAR = 0.9
# The sets that judge the model: nothing close to their questions may be trained on.
JUDGING = [ROOT / "evaluation" / "holdout.yml", *sorted((ROOT / "evaluation").glob("nlu_*.yml"))]


def as_rasa_sees_it(text: str) -> str:
    text = resolve_places(scrub_personal_data(" ".join(text.split())))
    return text.replace("[", "(").replace("]", ")")


def grams(text: str) -> Counter[str]:
    """Character 2-4-grams of each word, the word padded with a space on either side."""
    found: Counter[str] = Counter()
    for word in text.split():
        padded = f" {word} "
        for n in (2, 3, 4):
            found.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return found


def near_copies(texts: list[str], judged: list[str]) -> set[int]:
    """Indexes of texts that are a near copy of one of the judged questions."""
    judged_grams = [grams(question) for question in judged]
    norms = [math.sqrt(sum(c * c for c in g.values())) for g in judged_grams]
    having: dict[str, list[tuple[int, int]]] = {}
    for j, counted in enumerate(judged_grams):
        for gram, count in counted.items():
            having.setdefault(gram, []).append((j, count))
    close = set()
    for i, text in enumerate(texts):
        counted = grams(text)
        norm = math.sqrt(sum(c * c for c in counted.values()))
        dot: Counter[int] = Counter()
        for gram, count in counted.items():
            for j, theirs in having.get(gram, ()):
                dot[j] += count * theirs
        if any(d / (norm * norms[j]) >= NEAR for j, d in dot.items()):
            close.add(i)
    return close


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("name")
    parser.add_argument("--to", choices=("nlu", "evaluation"), required=True)
    parser.add_argument("--about", required=True, help="who wrote it and how, for the header")
    args = parser.parse_args()

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    intents = set(domain["intents"])
    known = {
        plain(text)
        for path in sorted((ROOT / "nlu").glob("*.yml"))
        for _, text in examples_in(path)
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
        judged = [plain(text) for path in JUDGING for _, text in examples_in(path)]
        close = near_copies([plain(text) for _, text in kept], judged)
        dropped["near copy of a judging question"] += len(close)
        kept = [pair for i, pair in enumerate(kept) if i not in close]

    by_intent: dict[str, list[str]] = {}
    for intent, text in kept:
        by_intent.setdefault(intent, []).append(text)
    about = (
        f"{args.about} Added by scripts/add_nlu_hand.py from the hand's own file, as Rasa sees"
        f" each message once scrubbed: {len(kept)} of {len(rows)} kept; left out: "
        + ", ".join(f"{n} {why}" for why, n in dropped.items() if n)
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
    folder = ROOT / ("nlu" if args.to == "nlu" else "evaluation")
    path = folder / (f"hand_{args.name}.yml" if args.to == "nlu" else f"nlu_{args.name}.yml")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Every line must read back as it was written.
    if [t for _, t in examples_in(path)] != [t for _, t in sorted(kept, key=lambda p: p[0])]:
        sys.exit(f"{path}: examples do not read back as written")
    print(f"{path.relative_to(ROOT)}: {len(kept)} of {len(rows)} kept; dropped {dict(dropped)}")


if __name__ == "__main__":
    main()
