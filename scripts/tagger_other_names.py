"""An experiment, not adopted: does the name tagger (bot/anonymise/tagger.py) read more names it
has not seen when it also learns each message once more with other names in it?

    .venv/bin/python scripts/tagger_other_names.py > reports/tagger-other-names.md

Only the tuning corpora are read: split four ways (every fourth corpus held out in turn), a
tagger is trained on the other three quarters as they are, and once more with a copy of each
message that names someone, every word of its names swapped for a name's word from the
training quarters (its case kept), every other copy written in lower case. The variant "not
words" leaves out of the swapped-in words those that are everyday words too ("Sabar", "Indah").
The held-out quarter is read by the tagger alone: the share of its names the tagger covers,
and of its ordinary questions it leaves alone. (The scrubber as a whole is not measured here:
its rules were written from all the tuning corpora, the held-out quarter included, and read
nearly all of it.) About ten minutes.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_privacy import TUNING as ALL_TUNING  # noqa: E402

from bot.anonymise import normalise  # noqa: E402
from bot.anonymise.lexicon import (  # noqa: E402
    chat_words,
    english_words,
    is_indonesian_word,
    place_words,
)
from bot.anonymise.tagger import LABELS, NameTagger, read_corpora, train  # noqa: E402

# The categories the tagger learns as a person's name ("N").
NAME_CATEGORIES = frozenset(category for category, label in LABELS.items() if label == "N")
NAME_WORD = re.compile(r"[^\W\d_]{3,}")
TUNING = [path for path in ALL_TUNING if path.exists()]


def name_words(messages: list[dict]) -> list[str]:
    return sorted(
        {
            word.lower()
            for message in messages
            for item in message["pii"]
            if item["category"] in NAME_CATEGORIES
            for word in NAME_WORD.findall(item["value"])
        }
    )


def not_words(words: list[str]) -> list[str]:
    everyday = chat_words() | english_words() | place_words()
    return [word for word in words if word not in everyday and not is_indonesian_word(word)]


def cased_as(written: str, word: str) -> str:
    if written.isupper() and len(written) > 1:
        return word.upper()
    return word.capitalize() if written[:1].isupper() else word


def with_other_names(messages: list[dict], pool: list[str], seed: int = 1) -> list[dict]:
    random = Random(seed)
    copies = []
    for message in messages:
        words = name_words([message])
        if not words:
            continue
        other = {word: random.choice(pool) for word in words}
        in_lower_case = random.random() < 0.5
        swap = re.compile(
            r"(?<![^\W\d_])(?:"
            + "|".join(map(re.escape, sorted(other, key=len, reverse=True)))
            + r")(?![^\W\d_])",
            re.IGNORECASE,
        )

        def rewrite(text: str, other=other, swap=swap, in_lower_case=in_lower_case) -> str:
            text = swap.sub(
                lambda found: cased_as(found.group(), other[found.group().lower()]), text
            )
            return text.lower() if in_lower_case else text

        copies.append(
            {
                **message,
                "text": rewrite(message["text"]),
                "pii": [{**item, "value": rewrite(item["value"])} for item in message["pii"]],
            }
        )
    return [*messages, *copies]


def covered(value: str, text: str, findings) -> bool | None:
    """Does the tagger cover every letter and digit of the value's first mention? (None: the
    value is not in the text as written.)"""
    at = text.find(value)
    if at < 0:
        return None
    return all(
        any(f.start <= at + offset < f.end for f in findings)
        for offset, character in enumerate(value)
        if character.isalnum()
    )


def read_by_the_tagger(model: Path, held_out: list[dict]) -> tuple[int, int, int, int]:
    tagger = NameTagger(model)
    names = read = ordinary = untouched = 0
    for message in held_out:
        text = normalise(message["text"])
        findings = tagger.findings(text)
        if not message["pii"]:
            ordinary += 1
            untouched += not findings
        for item in message["pii"]:
            if item["category"] in NAME_CATEGORIES:
                found = covered(normalise(item["value"]), text, findings)
                if found is not None:
                    names += 1
                    read += found
    return read, names, untouched, ordinary


def main() -> None:
    print("# The name tagger trained with other names swapped in (an experiment, not adopted)\n")
    print("Made by `scripts/tagger_other_names.py`; tuning corpora only, a quarter held out.\n")
    print("| held out | tagger trained on | names read | ordinary questions left alone |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as directory:
        for quarter in range(4):
            held_out_paths = [path for i, path in enumerate(TUNING) if i % 4 == quarter]
            training = read_corpora(path for path in TUNING if path not in held_out_paths)
            held_out = read_corpora(held_out_paths)
            pool = name_words(training)
            variants = {
                "the messages as they are": training,
                "+ copies with other names": with_other_names(training, pool),
                "+ copies with other names, not words": with_other_names(training, not_words(pool)),
            }
            for label, messages in variants.items():
                model = Path(directory) / "model.crfsuite"
                train(messages, model)
                read, names, untouched, ordinary = read_by_the_tagger(model, held_out)
                print(
                    f"| quarter {quarter + 1} ({len(held_out_paths)} corpora) "
                    f"| {label} | {read}/{names} = {read / names:.3f} "
                    f"| {untouched}/{ordinary} = {untouched / ordinary:.3f} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
