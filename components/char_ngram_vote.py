"""A second opinion for the intent: TF-IDF character n-grams and a logistic regression, averaged
with what the classifier before it (DIET) said.

On the honest folds (reports/nlu-settings-tried.md) this simple model alone scores about as
well as DIET, and the two err on different questions; the average of their probabilities is
the intent. With `stem_words` (lists of words read as others, lexicon/chat_spellings.yml and
lexicon/code_switching.yml), it counts the stems of the words of a text read through them beside
the character n-grams: "dak ngerti caro daftar" meets "tidak mengerti cara mendaftar". The model
itself: components/char_ngrams.py.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.char_ngrams import CharNgramComponent, CharNgramModel, WordReading


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class CharNgramVote(CharNgramComponent, IntentClassifier):
    """Averages its own intent probabilities with the ranking already on the message."""

    LABELS_FILE = "classes.json"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # weight: the share of this model's vote; C: the regression's inverse regularisation;
        # stem_words: files of words read as others before the words' stems are counted (none:
        # character n-grams only).
        return {"weight": 0.5, "C": 10.0, "stem_words": None}

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT) and e.get(INTENT)]
        stem_words = self._config["stem_words"]
        return self._store(
            CharNgramModel.fit(
                [e.get(TEXT) for e in examples],
                [e.get(INTENT) for e in examples],
                self._config["C"],
                stem_read=None if stem_words is None else WordReading.from_files(stem_words),
            )
        )

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        weight = self._config["weight"]
        for message in messages:
            probabilities = self._model.probabilities(message.get(TEXT) or "")
            mine = dict(zip(self._model.labels, probabilities, strict=True))
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
