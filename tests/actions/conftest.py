from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def domain() -> dict:
    """The domain as Rasa sends it to the action server (responses included)."""
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def domain_sent_to(action_name: str) -> dict:
    """The domain Rasa sends with a call of `action_name`: all of it when domain.yml marks the
    action `send_domain: true`, nothing otherwise (endpoints.yml, enable_selective_domain)."""
    whole = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    for entry in whole["actions"]:
        if isinstance(entry, dict) and action_name in entry:
            return whole if entry[action_name].get("send_domain") else {}
    return {}


def make_tracker(
    text: str = "",
    intent: str = "greet",
    *,
    slots: dict | None = None,
    entities: list[dict] | None = None,
    intent_ranking: list[dict] | None = None,
    selected: list[tuple[str, float]] | None = None,
    selected_in_topic: list[tuple[str, float]] | None = None,
    confidence: float = 0.9,
    active_loop: str | None = None,
) -> Tracker:
    """A tracker as the action server receives it, after one user message; `selected` is the
    selector's ranking of all questions, best first: (intent_response_key, confidence);
    `selected_in_topic` its ranking within the intent's topic."""
    latest_message = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": intent_ranking or [{"name": intent, "confidence": confidence}],
        "entities": entities or [],
    }
    if selected:
        latest_message["response_selector"] = {
            "all_retrieval_intents": sorted({key.split("/")[0] for key, _ in selected}),
            "default": _selection(selected),
        }
        if selected_in_topic:
            latest_message["response_selector"][intent] = _selection(selected_in_topic)
    return Tracker(
        sender_id="a" * 64,
        slots=slots or {},
        latest_message=latest_message,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def _selection(ranked: list[tuple[str, float]]) -> dict:
    return {
        "response": {
            "intent_response_key": ranked[0][0],
            "confidence": ranked[0][1],
            "utter_action": f"utter_{ranked[0][0]}",
        },
        "ranking": [
            {"intent_response_key": key, "confidence": confidence} for key, confidence in ranked
        ],
    }
