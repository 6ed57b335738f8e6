"""An offer to the scam compounds' countries is never left to a topic guess.

A message that names a country or town of the scam compounds (Cambodia, Myanmar, Thailand,
Laos: the facts' "no placement cooperation" and "risky" list) and says that work is offered
there ("ditawari", "lowongan", "diajak", "direkrut", ...) gets the intent check_job_offer with
full confidence: the checker, whose intro gives that destination's warning first. The
classifier read such offers as other topics: "lowongan di facebook kerja di thailand pijat gaji
20 juta" as out of scope, "ditawari jadi admin judi online di laos" as a question on
destinations (a villagers' review of the running bot, 2026-12-03).

An offer the classifier itself read, unsurely, is made sure too (it fell back without the
warning: "disuruh berangkat ke kamboja minggu depan sama sponsor", 0.41). Topics that already
speak to the danger keep their answer: an emergency, a case to report,
someone already abroad, the scam compounds, the warning signs; and a yes, no or "don't know",
which answers the checker's pending question. The words and the destinations
live in actions/offer_cues.yml, which the checker reads too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions.job_offer import on_word_boundaries
from components.sure_intent import make_sure

OFFER_INTENT = "check_job_offer"
# Their answers already speak to an offer to those countries, or to something more urgent.
TOPICS_THAT_SPEAK_TO_IT = frozenset(
    {
        "emergency_help",
        "report_case",
        "ask_problem_abroad",
        "ask_online_scam",
        "ask_warning_signs",
        "ask_trafficking_info",
        "ask_illegal_risks",
        "ask_human_agent",
        # an answer to the checker's question ("ya, ke thailand"): the checker goes on
        "affirm",
        "deny",
        "dont_know",
        "stop_form",
    }
)


OTHERS_WEIGHT = 0.5


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class OfferNet(GraphComponent, IntentClassifier):
    """Sets check_job_offer on an offer of work in a warned destination; leaves every other
    message alone."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"cues": "actions/offer_cues.yml"}

    def __init__(self, config: dict[str, Any]) -> None:
        cues = yaml.safe_load(Path(config["cues"]).read_text(encoding="utf-8"))
        self._destination = on_word_boundaries("|".join(cues["warned_destinations"].values()))
        self._offer = on_word_boundaries("|".join(cues["offer_words"]))

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> OfferNet:
        return cls(config)

    def tells_of_an_offer(self, text: str) -> bool:
        return bool(self._destination.search(text) and self._offer.search(text))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            if intent in TOPICS_THAT_SPEAK_TO_IT or not self.tells_of_an_offer(
                message.get(TEXT) or ""
            ):
                continue
            # The others' confidence halved: a topic the classifier was sure of must not stand
            # level with the offer, or the fallback's ambiguity check reads the two as a tie.
            make_sure(message, OFFER_INTENT, others_weight=OTHERS_WEIGHT)
        return messages
