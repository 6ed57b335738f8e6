"""The scrubber on the tuning corpora with a name tagger that has not read them: the tagger is
trained on every other tuning corpus (the even ones of `sorted(glob("tuning*.jsonl"))`) and
measured on the rest, then the other way round, as written, in lower case and in Title Case.
A figure for choosing a change to the tagger without the flattery of a model that learned the
very messages it reads, and without looking at the frozen corpora.

    .venv/bin/python scripts/tagger_two_halves.py                    # as the tagger is set
    .venv/bin/python scripts/tagger_two_halves.py --sure 2 0.97 0.9  # how sure a name of
                                                                     # everyday words must be

`--sure` tries values of tagger._SURE_OF_A_WORD_AS_A_NAME (2: never kept). Training takes
about a minute a half; the committed model (lexicon/name_tagger.crfsuite) is left as it is.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_privacy import NAMES_AND_ADDRESSES, NUMBER_LIKE, Figures, measure  # noqa: E402
from eval_privacy_case import STYLES, restyled, share  # noqa: E402

from bot.anonymise import tagger  # noqa: E402

TUNING_CORPORA = sorted((ROOT / "evaluation" / "privacy").glob("tuning*.jsonl"))
HALVES = {"even": tuple(TUNING_CORPORA[0::2]), "odd": tuple(TUNING_CORPORA[1::2])}


def trained_on_each_half(work: Path) -> dict[str, Path]:
    models = {}
    for half, corpora in HALVES.items():
        models[half] = work / f"{half}.crfsuite"
        messages = tagger.with_lower_case_copies(tagger.read_corpora(corpora))
        tagger.train(messages, models[half])
    return models


def measured(models: dict[str, Path], work: Path) -> dict[str, Figures]:
    """Each style's figures, each half read by the tagger trained on the other."""
    by_style = {style: Figures() for style in STYLES}
    for half, other in (("even", "odd"), ("odd", "even")):
        tagger.MODEL_FILE = models[other]
        tagger.name_tagger.cache_clear()
        for style, restyle in STYLES.items():
            corpus = restyled(HALVES[half], restyle, work / f"{half}, {style}.jsonl")
            by_style[style] += measure(corpus)
    return by_style


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sure", type=float, nargs="*", default=[])
    arguments = parser.parse_args()
    settings = arguments.sure or [tagger._SURE_OF_A_WORD_AS_A_NAME]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        models = trained_on_each_half(work)
        print("| sure | read | names, addresses, birth dates | number-like | ordinary unchanged |")
        print("|---|---|---|---|---|")
        for sure in settings:
            tagger._SURE_OF_A_WORD_AS_A_NAME = sure
            for style, figures in measured(models, work).items():
                print(
                    f"| {sure} | {style} | {share(figures, NAMES_AND_ADDRESSES)} "
                    f"| {share(figures, NUMBER_LIKE)} "
                    f"| {figures.unchanged:,} of {figures.ordinary:,} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
