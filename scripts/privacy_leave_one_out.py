"""The scrubber on each tuning corpus with a name tagger trained without that corpus: a figure
for deciding a change to the rules or word lists without looking at the frozen corpora, and
without the flattery of a tagger that has learned the very messages it scrubs.

    .venv/bin/python scripts/privacy_leave_one_out.py [--misses]

Each tuning corpus (evaluation/privacy/tuning*.jsonl) in turn: the tagger is trained on the
others (about 6 s), then that corpus is measured as `make eval-privacy` measures. Prints one
row per corpus and the sum; `--misses` lists what was missed. The committed tagger
(lexicon/name_tagger.crfsuite) is left as it is.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_privacy import NAMES_AND_ADDRESSES, NUMBER_LIKE, TUNING, Figures, measure  # noqa: E402

from bot.anonymise import tagger  # noqa: E402


def measured_without_itself(corpus: Path, work: Path) -> Figures:
    model = work / f"without-{corpus.stem}.crfsuite"
    others = [other for other in TUNING if other.exists() and other != corpus]
    tagger.train(tagger.read_corpora(others), model)
    # The scrubber reads its tagger from MODEL_FILE once: point it at this one.
    tagger.MODEL_FILE = model
    tagger.name_tagger.cache_clear()
    return measure(corpus)


def share(figures: Figures, categories: tuple[str, ...]) -> tuple[int, int]:
    return sum(figures.removed[c] for c in categories), sum(figures.found[c] for c in categories)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list what each corpus missed")
    misses = parser.parse_args().misses
    total = Figures()
    print("| corpus | names, addresses, birth dates | number-like | ordinary unchanged |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        for corpus in (c for c in TUNING if c.exists()):
            figures = measured_without_itself(corpus, Path(work))
            total.found.update(figures.found)
            total.removed.update(figures.removed)
            total.ordinary += figures.ordinary
            total.unchanged += figures.unchanged
            total.misses += figures.misses
            names, number_like = share(figures, NAMES_AND_ADDRESSES), share(figures, NUMBER_LIKE)
            print(
                f"| {corpus.name} | {names[0]}/{names[1]} | {number_like[0]}/{number_like[1]} "
                f"| {figures.unchanged}/{figures.ordinary} |"
            )
    names, number_like = share(total, NAMES_AND_ADDRESSES), share(total, NUMBER_LIKE)
    print(
        f"| **all** | {names[0]}/{names[1]} ({names[0] / names[1]:.3f}) "
        f"| {number_like[0]}/{number_like[1]} ({number_like[0] / number_like[1]:.3f}) "
        f"| {total.unchanged}/{total.ordinary} ({total.unchanged / total.ordinary:.3f}) |"
    )
    if misses:
        print("\n## Misses\n")
        print("\n".join(total.misses))


if __name__ == "__main__":
    main()
