"""A second opinion for the intent: TF-IDF character n-grams and a logistic regression, averaged
with what the classifier before it (DIET) said.

On the honest folds (reports/nlu-settings-tried.md) this simple model alone scores about as
well as DIET, and the two err on different questions; the average of their probabilities is
the intent. It trains in seconds. The model is kept as plain arrays (vocabulary, idf,
coefficients) in the model archive, not as a pickle.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression


def vectorizer(vocabulary: dict[str, int] | None = None) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb", ngram_range=(1, 5), sublinear_tf=True, vocabulary=vocabulary
    )


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class CharNgramVote(GraphComponent, IntentClassifier):
    """Averages its own intent probabilities with the ranking already on the message."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # weight: the share of this model's vote; C: the regression's inverse regularisation.
        return {"weight": 0.5, "C": 10.0}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: tuple | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage, self._resource = model_storage, resource
        self._model = model  # (vectorizer, classes, coefficients transposed, intercepts)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CharNgramVote:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT) and e.get(INTENT)]
        vec = vectorizer()
        features = vec.fit_transform([e.get(TEXT).casefold() for e in examples])
        regression = LogisticRegression(C=self._config["C"], max_iter=2000)
        regression.fit(features, [e.get(INTENT) for e in examples])
        with self._storage.write_to(self._resource) as directory:
            (directory / "vocabulary.json").write_text(
                json.dumps({k: int(v) for k, v in vec.vocabulary_.items()}, ensure_ascii=False)
            )
            (directory / "classes.json").write_text(json.dumps(list(regression.classes_)))
            np.savez(
                directory / "weights.npz",
                idf=vec.idf_,
                coef=regression.coef_,
                intercept=regression.intercept_,
            )
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> CharNgramVote:
        try:
            with model_storage.read_from(resource) as directory:
                vec = vectorizer(json.loads((directory / "vocabulary.json").read_text()))
                classes = json.loads((directory / "classes.json").read_text())
                weights = np.load(directory / "weights.npz")
                vec.idf_ = weights["idf"]
                # Transposed once here, in the order the product reads it (a transposed view
                # made every message copy the whole matrix).
                model = (vec, classes, np.ascontiguousarray(weights["coef"].T), weights["intercept"])
        except ValueError:  # not trained (no intent examples)
            model = None
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        vec, classes, coefficients, intercept = self._model
        weight = self._config["weight"]
        for message in messages:
            scores = vec.transform([(message.get(TEXT) or "").casefold()]) @ coefficients + intercept
            scores = np.exp(scores.ravel() - scores.max())
            mine = dict(zip(classes, scores / scores.sum(), strict=True))
            before = {r["name"]: r["confidence"] for r in message.get(INTENT_RANKING_KEY) or []}
            ranking = sorted(
                (
                    {
                        "name": name,
                        "confidence": float(weight * p + (1 - weight) * before.get(name, 0.0)),
                    }
                    for name, p in mine.items()
                ),
                key=lambda r: -r["confidence"],
            )[:10]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
