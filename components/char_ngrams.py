"""TF-IDF character n-grams and a logistic regression: the small model behind the intent vote
(char_ngram_vote.py) and the question selector (char_ngram_selector.py), and the Rasa component
shell both share (CharNgramComponent: settings, training into and loading from the model
archive). The vote also counts word 1-2-grams of the text's stems (StemFeatures).

It trains in seconds and is kept as plain arrays (vocabulary, idf, coefficients) in the model
archive, not as a pickle. The coefficients are kept and read as float32: the selector's matrix
(every character n-gram by every question) is the largest thing Rasa holds after TensorFlow, and
float32 halves it; the probabilities move by less than 1e-5, far from any threshold's width.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import yaml
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from components.stems import stems

WORDS_FILE = "words.json"
STEM_VOCABULARY_FILE = "stem_vocabulary.json"
STEM_WORDS_FILE = "stem_words.json"


def vectorizer(vocabulary: dict[str, int] | None = None) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb", ngram_range=(1, 5), sublinear_tf=True, vocabulary=vocabulary
    )


def stem_vectorizer(vocabulary: dict[str, int] | None = None) -> TfidfVectorizer:
    """Word 1-2-grams of a text already cut to stems and joined by spaces."""
    return TfidfVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        sublinear_tf=True,
        token_pattern=r"\S+",
        vocabulary=vocabulary,
    )


class WordReading:
    """Words read as other words before the n-grams are counted: "boss tak bayar gaji kat
    johor" as "majikan tidak bayar gaji di johor" (lexicon/code_switching.yml). Whole words,
    any case, the longest phrase first; without words, a text is read as it is."""

    def __init__(self, words: Mapping[str, str] | None = None) -> None:
        self.words = {key.casefold(): value for key, value in (words or {}).items()}
        phrases = sorted(self.words, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")
            if phrases
            else None
        )

    @classmethod
    def from_file(cls, path: str | Path | None) -> WordReading:
        return cls.from_files([path] if path else [])

    @classmethod
    def from_files(cls, paths: list[str | Path]) -> WordReading:
        """The lists of all the files, a later file's reading of a word over an earlier's."""
        words: dict[str, str] = {}
        for path in paths:
            words.update(yaml.safe_load(Path(path).read_text(encoding="utf-8"))["words"])
        return cls(words)

    def __call__(self, text: str) -> str:
        folded = text.casefold()
        if self._pattern is None:
            return folded
        return self._pattern.sub(lambda found: self.words[found.group()], folded)


@dataclass(frozen=True)
class StemFeatures:
    """Word 1-2-grams of the stems of a text read through `read` (chat spellings, Palembang and
    Malay words as the standard ones): "dak ngerti" and "tidak mengerti" count as one feature,
    and so do "ditawari" and "tawaran" (components/stems.py)."""

    vectorizer: TfidfVectorizer
    read: WordReading

    def stems(self, texts: list[str]) -> list[str]:
        return [stems(self.read(text)) for text in texts]


@dataclass(frozen=True)
class CharNgramModel:
    vectorizer: TfidfVectorizer
    labels: list[str]
    # Transposed and contiguous, in the order the product reads it: with a transposed view
    # every message copied the whole matrix (10 ms for the selector's 229 questions). float32,
    # and so is the message's row (see `probabilities`), or the product would copy it as float64.
    weights: np.ndarray
    intercept: np.ndarray
    # How the texts were read before their n-grams were counted, kept with the model so that
    # messages are read the same way.
    read: WordReading = field(default_factory=WordReading)
    # Word features beside the character n-grams, their columns after them; None: none.
    stem_features: StemFeatures | None = None

    @classmethod
    def fit(
        cls,
        texts: list[str],
        labels: list[str],
        C: float,
        read: WordReading | None = None,
        stem_read: WordReading | None = None,
    ) -> CharNgramModel:
        """Trained on the texts; with `stem_read`, the stems of the texts read through it are
        counted too (StemFeatures)."""
        read = read or WordReading()
        vec = vectorizer()
        features = vec.fit_transform([read(text) for text in texts])
        stem_features = None
        if stem_read is not None:
            stem_features = StemFeatures(stem_vectorizer(), stem_read)
            counted = stem_features.vectorizer.fit_transform(stem_features.stems(texts))
            features = sparse.hstack([features, counted], format="csr")
        regression = LogisticRegression(C=C, max_iter=2000)
        regression.fit(features, labels)
        return cls(
            vec,
            list(regression.classes_),
            np.ascontiguousarray(regression.coef_.T, dtype=np.float32),
            regression.intercept_,
            read,
            stem_features,
        )

    def save(self, directory: Path, labels_file: str) -> None:
        vocabulary = {k: int(v) for k, v in self.vectorizer.vocabulary_.items()}
        (directory / "vocabulary.json").write_text(json.dumps(vocabulary, ensure_ascii=False))
        (directory / labels_file).write_text(json.dumps(self.labels))
        (directory / WORDS_FILE).write_text(json.dumps(self.read.words, ensure_ascii=False))
        stem_idf = {}
        if self.stem_features is not None:
            stem_vocabulary = self.stem_features.vectorizer.vocabulary_
            vocabulary = {k: int(v) for k, v in stem_vocabulary.items()}
            (directory / STEM_VOCABULARY_FILE).write_text(
                json.dumps(vocabulary, ensure_ascii=False)
            )
            words = json.dumps(self.stem_features.read.words, ensure_ascii=False)
            (directory / STEM_WORDS_FILE).write_text(words)
            stem_idf = {"stem_idf": self.stem_features.vectorizer.idf_}
        np.savez(
            directory / "weights.npz",
            idf=self.vectorizer.idf_,
            coef=self.weights.T,
            intercept=self.intercept,
            **stem_idf,
        )

    @classmethod
    def load(cls, directory: Path, labels_file: str) -> CharNgramModel:
        vec = vectorizer(json.loads((directory / "vocabulary.json").read_text()))
        weights = np.load(directory / "weights.npz")
        vec.idf_ = weights["idf"]
        words = directory / WORDS_FILE  # absent from a model trained before words were read
        stem_features = None
        if (directory / STEM_VOCABULARY_FILE).exists():
            stem_vec = stem_vectorizer(json.loads((directory / STEM_VOCABULARY_FILE).read_text()))
            stem_vec.idf_ = weights["stem_idf"]
            stem_words = json.loads((directory / STEM_WORDS_FILE).read_text())
            stem_features = StemFeatures(stem_vec, WordReading(stem_words))
        return cls(
            vec,
            json.loads((directory / labels_file).read_text()),
            np.ascontiguousarray(weights["coef"].T, dtype=np.float32),
            weights["intercept"],
            WordReading(json.loads(words.read_text()) if words.exists() else None),
            stem_features,
        )

    def features(self, text: str) -> sparse.csr_matrix:
        """The text's row of features, as the regression was trained on them."""
        row = self.vectorizer.transform([self.read(text)])
        if self.stem_features is None:
            return row
        counted = self.stem_features.vectorizer.transform(self.stem_features.stems([text]))
        return sparse.hstack([row, counted], format="csr")

    def probabilities(self, text: str) -> np.ndarray:
        """Each label's probability for the text, in the order of `labels`."""
        row = self.features(text).astype(np.float32)
        scores = (row @ self.weights).ravel().astype(np.float64) + self.intercept
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()


class CharNgramComponent(GraphComponent):
    """A Rasa component around one CharNgramModel: its settings over the defaults, the model
    stored in the archive under LABELS_FILE and loaded back (None when it was never trained)."""

    LABELS_FILE: ClassVar[str]

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: CharNgramModel | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage, self._resource = model_storage, resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CharNgramComponent:
        return cls(config, model_storage, resource)

    def _store(self, model: CharNgramModel) -> Resource:
        with self._storage.write_to(self._resource) as directory:
            model.save(directory, self.LABELS_FILE)
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> CharNgramComponent:
        try:
            with model_storage.read_from(resource) as directory:
                model = CharNgramModel.load(directory, cls.LABELS_FILE)
        except ValueError:  # never trained: nothing was written for it
            model = None
        return cls(config, model_storage, resource, model)
