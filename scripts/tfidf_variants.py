"""Could the TF-IDF vote in our pipeline (components/char_ngram_vote.py) pull ahead of the TF-IDF
peer by reading the text otherwise? Each variant against the peer as it is, on the same honest
folds (scripts/nlu_folds.py), never on the holdout. Run in the Rasa environment (scikit-learn):
  .venv-rasa/bin/python scripts/tfidf_variants.py [VARIANT ...]
Prints macro F1 mean ± std over the folds for each variant; reports/nlu-settings-tried.md keeps
what it printed.
"""

import random
import re
import statistics
import sys
import time
from functools import cache

from nlu_folds import ROOT, folds, plain
from sklearn.ensemble import VotingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, make_pipeline, make_union
from sklearn.preprocessing import FunctionTransformer
from sklearn.svm import LinearSVC

sys.path.insert(0, str(ROOT))
from components.char_ngrams import WordReading, stem_vectorizer
from components.stems import stems

C = 100  # the peer's, chosen on the folds (scripts/baseline_tfidf.py)


def characters(analyzer: str = "char_wb", longest: int = 5) -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=analyzer, ngram_range=(1, longest), sublinear_tf=True)


def words() -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"
    )


@cache  # each list is parsed once, not again at every fit and transform
def read_through(*lexicons: str) -> WordReading:
    return WordReading.from_files([ROOT / "lexicon" / name for name in lexicons])


def characters_and_stems(*lexicons: str, cut_to_stems: bool = True):
    """The peer's character n-grams, and word 1-2-grams of the text read through the lexicons
    (each word cut to its stem when `cut_to_stems`), as the vote counts them with
    `stem_words`. The lexicons are read once (read_through)."""

    def words_of(texts: list[str]) -> list[str]:
        read = read_through(*lexicons)
        if cut_to_stems:
            return [stems(read(text)) for text in texts]
        return [" ".join(re.findall(r"\w+", read(text))) for text in texts]

    return lambda: make_union(
        characters(),
        make_pipeline(
            FunctionTransformer(words_of),
            stem_vectorizer(),
        ),
    )


def stems_read_through(*lexicons: str):
    """Each text read through the lexicons and cut to its stems, as the vote counts them."""

    def stems_of(texts: list[str]) -> list[str]:
        read = read_through(*lexicons)
        return [stems(read(text)) for text in texts]

    return stems_of


def as_they_are():
    """No features of its own: the classifier after it reads the texts (an ensemble of
    pipelines)."""
    return FunctionTransformer()


def two_regressions_averaged(*lexicons: str):
    """A regression on the peer's character n-grams and another on the stems' word 1-2-grams,
    their probabilities averaged, where the vote fits one regression on both."""
    return lambda: VotingClassifier(
        [
            ("characters", make_pipeline(characters(), regression())),
            (
                "stems",
                make_pipeline(
                    FunctionTransformer(stems_read_through(*lexicons)),
                    stem_vectorizer(),
                    regression(),
                ),
            ),
        ],
        voting="soft",
    )


def regression_and_naive_bayes():
    """The vote's regression and a complement naive Bayes on the same features, their
    probabilities averaged."""
    return VotingClassifier(
        [("regression", regression()), ("naive Bayes", ComplementNB(alpha=0.3))],
        voting="soft",
    )


def characters_of_the_read_text_and_stems(*lexicons: str, weight: float = 1.0):
    """As characters_and_stems, but the character n-grams too are counted on the text read
    through the lexicons ("dak ngerti" as "tidak mengerti"), and the stems' block is scaled by
    `weight` against the characters'."""

    def read_texts(texts: list[str]) -> list[str]:
        read = read_through(*lexicons)
        return [read(text) for text in texts]

    return lambda: FeatureUnion(
        [
            ("characters", make_pipeline(FunctionTransformer(read_texts), characters())),
            (
                "stems",
                make_pipeline(
                    FunctionTransformer(stems_read_through(*lexicons)), stem_vectorizer()
                ),
            ),
        ],
        transformer_weights={"characters": 1.0, "stems": weight},
    )


def code_switched(text: str) -> str:
    return _READ(plain(text))


_READ = WordReading.from_file(ROOT / "lexicon" / "code_switching.yml")

# Palembang forms of common words, for the typing-noise copies below.
_PALEMBANG = {
    **{"apa": "apo", "mana": "mano", "kerja": "kerjo", "saya": "sayo", "tidak": "dak"},
    **{"juga": "jugo", "sama": "samo", "bisa": "biso", "ada": "ado", "siapa": "siapo"},
    **{"berapa": "berapo", "kemana": "kemano", "dimana": "dimano", "kenapa": "ngapo"},
    **{"mau": "nak", "pergi": "pegi", "semua": "galo", "bagaimana": "cakmano", "dia": "dio"},
    **{"kita": "kito", "orang": "wong", "uang": "duit", "pulang": "balek", "nanti": "kagek"},
}


def typed_carelessly(text: str, rng: random.Random) -> str:
    """A copy of a training question as it might be typed: a word in Palembang, a letter dropped
    or swapped, vowels left out ("brp", "tdk")."""
    typed = []
    for word in text.split():
        roll = rng.random()
        if word.lower() in _PALEMBANG and roll < 0.5:
            word = _PALEMBANG[word.lower()]
        elif len(word) > 3 and roll < 0.15:
            cut = rng.randrange(1, len(word) - 1)
            word = word[:cut] + word[cut + 1 :]
        elif len(word) > 3 and roll < 0.25:
            cut = rng.randrange(1, len(word) - 2)
            word = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
        elif len(word) > 4 and roll < 0.32:
            word = word[0] + re.sub("[aiueo]", "", word[1:-1]) + word[-1]
        typed.append(word)
    return " ".join(typed)


def regression() -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=5000)


# name: (features, how a text is read before them, classifier, careless copies of each example)
VARIANTS = {
    "the peer: character 1-5-grams within words": (characters, plain, regression, 0),
    "Malay and English words read as Indonesian (lexicon/code_switching.yml)": (
        characters,
        code_switched,
        regression,
        0,
    ),
    "character 1-5-grams and word 1-2-grams": (
        lambda: make_union(characters(), words()),
        plain,
        regression,
        0,
    ),
    "character 1-6-grams within words": (lambda: characters(longest=6), plain, regression, 0),
    "character 1-5-grams across words": (lambda: characters("char"), plain, regression, 0),
    "the peer, each training example again as typed carelessly": (characters, plain, regression, 1),
    "the peer, each training example twice more as typed carelessly": (
        characters,
        plain,
        regression,
        2,
    ),
    "character 1-5-grams, a linear SVM (C=1) for the regression": (
        characters,
        plain,
        lambda: LinearSVC(C=1),
        0,
    ),
    "character 1-5-grams and word 1-2-grams of the stems": (
        characters_and_stems(),
        plain,
        regression,
        0,
    ),
    "character 1-5-grams and word 1-2-grams read through chat spellings": (
        characters_and_stems("chat_spellings.yml", cut_to_stems=False),
        plain,
        regression,
        0,
    ),
    "character 1-5-grams and word 1-2-grams of the stems read through chat spellings": (
        characters_and_stems("chat_spellings.yml"),
        plain,
        regression,
        0,
    ),
    "character 1-5-grams and word 1-2-grams of the stems read through chat spellings and "
    "code switching": (
        characters_and_stems("chat_spellings.yml", "code_switching.yml"),
        plain,
        regression,
        0,
    ),
    "character 1-5-grams of the text read through chat spellings and code switching, and word "
    "1-2-grams of its stems": (
        characters_of_the_read_text_and_stems("chat_spellings.yml", "code_switching.yml"),
        plain,
        regression,
        0,
    ),
    "character 1-5-grams of the text read through both lists and word 1-2-grams of its stems, "
    "the stems weighing 1.5": (
        characters_of_the_read_text_and_stems(
            "chat_spellings.yml", "code_switching.yml", weight=1.5
        ),
        plain,
        regression,
        0,
    ),
    "character 1-5-grams and word 1-2-grams of the stems read through both lists, classes "
    "weighted by their size": (
        characters_and_stems("chat_spellings.yml", "code_switching.yml"),
        plain,
        lambda: LogisticRegression(C=C, max_iter=5000, class_weight="balanced"),
        0,
    ),
    "character 1-5-grams and word 1-2-grams of the stems read through both lists, C=30": (
        characters_and_stems("chat_spellings.yml", "code_switching.yml"),
        plain,
        lambda: LogisticRegression(C=30, max_iter=5000),
        0,
    ),
    "character 1-5-grams and word 1-2-grams of the stems read through both lists, C=300": (
        characters_and_stems("chat_spellings.yml", "code_switching.yml"),
        plain,
        lambda: LogisticRegression(C=300, max_iter=5000),
        0,
    ),
    "a regression on character 1-5-grams and one on the stems read through both lists, averaged": (
        as_they_are,
        plain,
        two_regressions_averaged("chat_spellings.yml", "code_switching.yml"),
        0,
    ),
    "character 1-5-grams and word 1-2-grams of the stems read through both lists, the "
    "regression and a complement naive Bayes averaged": (
        characters_and_stems("chat_spellings.yml", "code_switching.yml"),
        plain,
        regression_and_naive_bayes,
        0,
    ),
}


def main() -> None:
    chosen = [name for name in VARIANTS if not sys.argv[1:] or name in sys.argv[1:]]
    made = folds()
    for name in chosen:
        features, read, classifier, copies = VARIANTS[name]
        began, scores = time.monotonic(), []
        for number, fold in enumerate(made):
            model = make_pipeline(features(), classifier())
            rng = random.Random(number)
            careless = [
                (intent, typed_carelessly(text, rng))
                for intent, text in fold.train
                for _ in range(copies)
            ]
            train = fold.train + fold.generated + careless
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
