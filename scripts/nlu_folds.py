"""The honest cross-validation folds, shared by every config and baseline in `make eval`.

The folds are drawn from the hand-written examples only (every nlu/ file but generated.yml,
the same question written twice counted once). The template variants of nlu/generated.yml
only ever join a fold's training side, and not all of them: a template is left out of a
fold's training, with every variant it made, when it reproduces one of that fold's held-out
questions of the same intent, that is when
  1. the template, its {slots} read as any word of their list in data/generator/words.yml,
     its words as any of their register forms and {end} as any ending, matches the question
     (punctuation and case aside), or a stretch of it when the template has three words or
     more of its own: "saya dari {kab}{end}" matches "aku dari lahat kak", "mau ngomong sama
     orang{end}" matches "saya mau ngomong sama orang";
  2. or one of its variants is a near copy of the question (a typo, the case, an ending, a
     word swapped): cosine ≥ NEAR between their character 2-4-grams.
A template made from a held-out question would otherwise put that question, slightly
reworded, on the training side.

Run in the Rasa environment (scikit-learn); `python scripts/nlu_folds.py OUT.json` writes what
each fold holds and left out.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import generate_nlu

from bot.nlu_files import examples_in

ROOT = Path(__file__).resolve().parent.parent
FOLDS = 5
SEED = 20261127
NEAR = 0.75
ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


@dataclass
class Fold:
    train: list[tuple[str, str]]  # (intent, text as written in nlu/, annotations and all)
    test: list[tuple[str, str]]
    generated: list[tuple[str, str]]  # the variants that join the training side
    left_out: list[tuple[str, str, str]]  # (intent, template, variant) left out


def plain(text: str) -> str:
    """Entity annotations, punctuation and case aside: "Syarat ke [Taiwan](negara)?" →
    "syarat ke taiwan"."""
    text = ANNOTATION.sub(r"\1", text).casefold()
    return " ".join(re.sub(r"[^\w<>]+", " ", text).split())


HOLDOUT = ROOT / "evaluation" / "holdout.yml"


def hands_sets() -> list[Path]:
    """The frozen sets of the hands that never saw nlu/ (evaluation/nlu_*.yml), by name."""
    return sorted((ROOT / "evaluation").glob("nlu_*.yml"))


def judging_sets() -> list[Path]:
    """Every frozen set a model is judged on and never trained on: the holdout and the hands'."""
    return [HOLDOUT, *hands_sets()]


def handwritten() -> list[tuple[str, str]]:
    seen, found = set(), []
    for path in sorted((ROOT / "nlu").glob("*.yml")):
        if path.name == generate_nlu.OUTPUT.name:
            continue
        for intent, text in examples_in(path):
            if plain(text) not in seen:
                seen.add(plain(text))
                found.append((intent, text))
    return found


def alternatives(words) -> str:
    return "(?:" + "|".join(sorted({re.escape(plain(w)) for w in words if plain(w)})) + ")"


def grams(text: str) -> Counter[str]:
    """Character 2-4-grams of each word, the word padded with a space on either side."""
    found: Counter[str] = Counter()
    for word in text.split():
        padded = f" {word} "
        for n in (2, 3, 4):
            found.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return found


def near_copies(texts: list[str], judged: list[str], near: float) -> set[int]:
    """Indexes of texts that are a near copy (cosine >= near between the counts of their
    character 2-4-grams) of one of the judged questions. Plain Python: the bot's environment
    has no scikit-learn (scripts/add_nlu_hand.py, scripts/eval_report.py)."""
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
        if any(d / (norm * norms[j]) >= near for j, d in dot.items()):
            close.add(i)
    return close


def template_pattern(template: str) -> re.Pattern:
    """The template as a regex over plain() text."""
    register = {}
    for pattern, forms in generate_nlu.REGISTER:
        words = re.findall(r"\\b(\w+)\\b", pattern)
        for word in words:
            register[word] = alternatives(words + forms)
    parts = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:  # a slot
            if piece == "end":
                parts.append("(?: ?" + alternatives(generate_nlu.WORDS["end"]) + ")?")
            else:
                parts.append(
                    alternatives(generate_nlu.WORDS["negara" if piece == "negara2" else piece])
                )
        else:
            parts.append(" ".join(register.get(w, re.escape(w)) for w in plain(piece).split()))
    return re.compile(" ?".join(part for part in parts if part))


def left_out_templates(test, variants) -> set[tuple[str, str]]:
    """(intent, template) pairs that reproduce one of the test questions."""
    # Imported here: plain() and examples_in() serve the bot's environment too, which has no
    # scikit-learn (scripts/add_nlu_hand.py).
    from sklearn.feature_extraction.text import TfidfVectorizer

    questions: dict[str, list[str]] = {}
    for intent, text in test:
        questions.setdefault(intent, []).append(plain(text))
    found = set()
    for intent, template in {(i, t) for i, t, _ in variants}:
        pattern = template_pattern(template)
        own_words = len(plain(re.sub(r"\{\w+\}", " ", template)).split())
        stretch = re.compile(f"(?:^| )(?:{pattern.pattern})(?: |$)")
        if any(
            pattern.fullmatch(q) or (own_words >= 3 and stretch.search(q))
            for q in questions.get(intent, [])
        ):
            found.add((intent, template))
    grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4))
    grams.fit([plain(t) for _, t in test] + [plain(v) for _, _, v in variants])
    for intent, texts in questions.items():
        mine = [(t, v) for i, t, v in variants if i == intent]
        if not mine:
            continue
        similar = grams.transform([plain(v) for _, v in mine]) @ grams.transform(texts).T
        for (template, _), row in zip(mine, similar.max(axis=1).toarray().ravel(), strict=True):
            if row >= NEAR:
                found.add((intent, template))
    return found


def folds() -> list[Fold]:
    from sklearn.model_selection import StratifiedKFold

    examples = handwritten()
    variants = generate_nlu.variants()
    generated = examples_in(generate_nlu.OUTPUT)
    if [(i, v) for i, _, v in variants] != generated:
        sys.exit("nlu/generated.yml is stale: run .venv/bin/python scripts/generate_nlu.py")
    split = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    made = []
    for train_index, test_index in split.split(examples, [intent for intent, _ in examples]):
        test = [examples[i] for i in test_index]
        leaky = left_out_templates(test, variants)
        made.append(
            Fold(
                train=[examples[i] for i in train_index],
                test=test,
                generated=[(i, v) for i, t, v in variants if (i, t) not in leaky],
                left_out=[(i, t, v) for i, t, v in variants if (i, t) in leaky],
            )
        )
    return made


def main() -> None:
    summary = [
        {
            "train": len(f.train),
            "test": len(f.test),
            "generated": len(f.generated),
            "left_out": len(f.left_out),
            "templates_left_out": len({(i, t) for i, t, _ in f.left_out}),
        }
        for f in folds()
    ]
    Path(sys.argv[1]).write_text(json.dumps(summary, indent=1))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
