"""Emergency first, always: a keyword net after the intent classifier.

A message with an unambiguous danger word ("disekap", "dipukuli", "paspor ditahan", "darurat")
gets the intent emergency_help with full confidence, whatever the classifier thought, so the
emergency numbers are never left to a statistical guess. The words live in
lexicon/emergency.yml, shared with the fallback action.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from components.sure_intent import make_sure

EMERGENCY_INTENT = "emergency_help"


def load_danger_pattern(path: Path) -> re.Pattern[str]:
    """One case-insensitive pattern of the `certain` danger words, on word boundaries."""
    words = yaml.safe_load(path.read_text(encoding="utf-8"))["certain"]
    return re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + r")\b", re.IGNORECASE)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class EmergencyKeywordClassifier(GraphComponent, IntentClassifier):
    """Sets emergency_help on messages with a danger word; leaves every other message alone."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"lexicon": "lexicon/emergency.yml"}

    def __init__(self, config: dict[str, Any]) -> None:
        self._danger = load_danger_pattern(Path(config["lexicon"]))

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EmergencyKeywordClassifier:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if self._danger.search(text):
                make_sure(message, EMERGENCY_INTENT)
        return messages
