"""Could the TF-IDF vote in our pipeline (components/char_ngram_vote.py) pull ahead of the TF-IDF
peer by reading the text otherwise? Each variant against the peer as it is, on the same honest
folds (scripts/nlu_folds.py), never on the holdout. Run in the Rasa environment (scikit-learn):
  .venv-rasa/bin/python scripts/tfidf_variants.py [VARIANT ...]
Prints macro F1 mean ± std over the folds for each variant; reports/nlu-settings-tried.md keeps
what it printed.
"""

import statistics
import sys
import time

from nlu_folds import ROOT, folds, plain
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline, make_union

sys.path.insert(0, str(ROOT))
from components.char_ngrams import WordReading

C = 100  # the peer's, chosen on the folds (scripts/baseline_tfidf.py)


def characters(analyzer: str = "char_wb", longest: int = 5) -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=analyzer, ngram_range=(1, longest), sublinear_tf=True)


def words() -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"
    )


def code_switched(text: str) -> str:
    return _READ(plain(text))


_READ = WordReading.from_file(ROOT / "lexicon" / "code_switching.yml")

# name: (features, how a text is read before them)
VARIANTS = {
    "the peer: character 1-5-grams within words": (characters, plain),
    "Malay and English words read as Indonesian (lexicon/code_switching.yml)": (
        characters,
        code_switched,
    ),
    "character 1-5-grams and word 1-2-grams": (lambda: make_union(characters(), words()), plain),
    "character 1-6-grams within words": (lambda: characters(longest=6), plain),
    "character 1-5-grams across words": (lambda: characters("char"), plain),
}


def main() -> None:
    chosen = [name for name in VARIANTS if not sys.argv[1:] or name in sys.argv[1:]]
    made = folds()
    for name in chosen:
        features, read = VARIANTS[name]
        began, scores = time.monotonic(), []
        for fold in made:
            model = make_pipeline(features(), LogisticRegression(C=C, max_iter=5000))
            train = fold.train + fold.generated
            model.fit([read(text) for _, text in train], [intent for intent, _ in train])
            predicted = model.predict([read(text) for _, text in fold.test])
            scores.append(f1_score([intent for intent, _ in fold.test], predicted, average="macro"))
        print(
            f"| {name} | {statistics.mean(scores):.4f} ± {statistics.stdev(scores):.4f} | "
            f"{', '.join(f'{score:.3f}' for score in scores)} | {time.monotonic() - began:.0f} s |",
            flush=True,
        )


if __name__ == "__main__":
    main()
