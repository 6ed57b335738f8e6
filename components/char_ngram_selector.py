"""Which specific question inside the topic: TF-IDF character n-grams and a logistic regression
over the questions `<topic>/<question>` of data/specific/questions.yml (the `examples` setting).

It learns from that file, not from Rasa's training data: learnt by the intent classifiers too,
the specific examples blurred the topics (0.022 less macro F1 on the honest folds,
reports/specific-mechanism.md), so they stay out of nlu/.

It does the ResponseSelector's job and writes its answer in the same place and shape, so
actions/specific.py reads either: `response_selector.default` ranks every question, and
`response_selector.<topic>` (as a ResponseSelector trained for one retrieval intent would) ranks
the questions of the topic the intent classifiers before it chose, their probabilities
renormalised within that topic: the classifiers, trained on all of nlu/, are the better judge of
the topic; the selector only has to tell the questions of one topic apart. Against Rasa's
ResponseSelector on the frozen specific questions it answered more, wrongly less often, and
trains in seconds where the ResponseSelector took minutes (reports/specific-mechanism.md). The
model itself: components/char_ngrams.py.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.char_ngrams import CharNgramComponent, CharNgramModel, WordReading

# Where Rasa's ResponseSelector puts its answer (rasa.nlu.selectors.response_selector).
SELECTOR_PROPERTY = "response_selector"
DEFAULT_SELECTOR = "default"
# actions/specific.py reads the first; a few more show what came close. Every ranking is kept in
# the conversation's events and sent with each call to the action server: keep it short.
RANKING_LENGTH = 3


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class CharNgramSelector(CharNgramComponent):
    """Ranks the specific questions for a message, as the ResponseSelector would."""

    LABELS_FILE = "keys.json"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # examples: the questions file; C: the regression's inverse regularisation; words: the
        # words read as other words first (components.char_ngrams.WordReading), or none.
        return {"examples": "data/specific/questions.yml", "C": 10.0, "words": None}

    def train(self, training_data: TrainingData) -> Resource:
        """Learns the questions file; Rasa's training data (the intents') is not read."""
        questions = RasaYAMLReader().read(self._config["examples"])
        examples = [
            e for e in questions.intent_examples if e.get(TEXT) and e.get(INTENT_RESPONSE_KEY)
        ]
        if not examples:
            return self._resource
        return self._store(
            CharNgramModel.fit(
                [e.get(TEXT) for e in examples],
                [e.get(INTENT_RESPONSE_KEY) for e in examples],
                self._config["C"],
                WordReading.from_file(self._config["words"]),
            )
        )

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        keys = self._model.labels
        topics = np.array([key.split("/")[0] for key in keys])
        for message in messages:
            probabilities = self._model.probabilities(message.get(TEXT) or "")
            selected = {
                "all_retrieval_intents": sorted(set(topics)),
                DEFAULT_SELECTOR: selection(keys, probabilities),
            }
            topic = (message.get(INTENT) or {}).get("name")
            if topic in selected["all_retrieval_intents"]:
                within = np.where(topics == topic, probabilities, 0.0)
                selected[topic] = selection(keys, within / within.sum())
            message.set(SELECTOR_PROPERTY, selected, add_to_output=True)
        return messages


def selection(keys: list[str], probabilities: np.ndarray) -> dict[str, Any]:
    """A ranking of questions in the ResponseSelector's shape, best first."""
    best_first = [i for i in np.argsort(-probabilities)[:RANKING_LENGTH] if probabilities[i] > 0]
    ranking = [
        {"intent_response_key": keys[i], "confidence": float(probabilities[i])} for i in best_first
    ]
    best = ranking[0]
    return {
        "response": {
            "intent_response_key": best["intent_response_key"],
            "confidence": best["confidence"],
            "utter_action": f"utter_{best['intent_response_key']}",
        },
        "ranking": ranking,
    }
