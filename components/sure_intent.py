"""What the keyword nets (components/emergency.py, components/offer_net.py) do to a message:
one intent made sure, whatever the classifiers thought."""

from __future__ import annotations

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message


def make_sure(message: Message, intent: str, *, others_weight: float = 1.0) -> None:
    """Set `intent` with full confidence, first in the ranking, once; the others follow with
    their confidence times `others_weight`."""
    others = [
        {**ranked, "confidence": (ranked.get("confidence") or 0.0) * others_weight}
        for ranked in message.get(INTENT_RANKING_KEY) or []
        if ranked.get("name") != intent
    ]
    message.set(INTENT, {"name": intent, "confidence": 1.0}, add_to_output=True)
    message.set(
        INTENT_RANKING_KEY, [{"name": intent, "confidence": 1.0}, *others], add_to_output=True
    )
