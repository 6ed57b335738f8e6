"""TF-IDF character n-grams and a logistic regression: the small model behind the intent vote
(char_ngram_vote.py) and the question selector (char_ngram_selector.py), and the Rasa component
shell both share (CharNgramComponent: settings, training into and loading from the model
archive).

It trains in seconds and is kept as plain arrays (vocabulary, idf, coefficients) in the model
archive, not as a pickle. The coefficients are kept and read as float32: the selector's matrix
(every character n-gram by every question) is the largest thing Rasa holds after TensorFlow, and
float32 halves it; the probabilities move by less than 1e-5, far from any threshold's width.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression


def vectorizer(vocabulary: dict[str, int] | None = None) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb", ngram_range=(1, 5), sublinear_tf=True, vocabulary=vocabulary
    )


@dataclass(frozen=True)
class CharNgramModel:
    vectorizer: TfidfVectorizer
    labels: list[str]
    # Transposed and contiguous, in the order the product reads it: with a transposed view
    # every message copied the whole matrix (10 ms for the selector's 229 questions). float32,
    # and so is the message's row (see `probabilities`), or the product would copy it as float64.
    weights: np.ndarray
    intercept: np.ndarray

    @classmethod
    def fit(cls, texts: list[str], labels: list[str], C: float) -> CharNgramModel:
        vec = vectorizer()
        regression = LogisticRegression(C=C, max_iter=2000)
        regression.fit(vec.fit_transform([text.casefold() for text in texts]), labels)
        return cls(
            vec,
            list(regression.classes_),
            np.ascontiguousarray(regression.coef_.T, dtype=np.float32),
            regression.intercept_,
        )

    def save(self, directory: Path, labels_file: str) -> None:
        vocabulary = {k: int(v) for k, v in self.vectorizer.vocabulary_.items()}
        (directory / "vocabulary.json").write_text(json.dumps(vocabulary, ensure_ascii=False))
        (directory / labels_file).write_text(json.dumps(self.labels))
        np.savez(
            directory / "weights.npz",
            idf=self.vectorizer.idf_,
            coef=self.weights.T,
            intercept=self.intercept,
        )

    @classmethod
    def load(cls, directory: Path, labels_file: str) -> CharNgramModel:
        vec = vectorizer(json.loads((directory / "vocabulary.json").read_text()))
        weights = np.load(directory / "weights.npz")
        vec.idf_ = weights["idf"]
        return cls(
            vec,
            json.loads((directory / labels_file).read_text()),
            np.ascontiguousarray(weights["coef"].T, dtype=np.float32),
            weights["intercept"],
        )

    def probabilities(self, text: str) -> np.ndarray:
        """Each label's probability for the text, in the order of `labels`."""
        row = self.vectorizer.transform([text.casefold()]).astype(np.float32)
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
