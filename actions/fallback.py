"""What the bot does when it is not sure what was asked."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.glossary import asks_what_a_term_means, explain, terms_in
from actions.job_offer import (
    MOST_WORDS_OF_A_TYPED_ANSWER,
    RED_FLAGS,
    answers_given_in,
    response_text,
)
from actions.specific import sure_question, utter_specific
from actions.topics import load_topics

EMERGENCY_LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "emergency.yml"
# The numbers first, then what to do while help comes (domain.yml; the rules say the same).
EMERGENCY_ANSWER = ("utter_emergency", "utter_emergency_safety")
MAX_SUGGESTIONS = 3


@lru_cache(maxsize=1)
def emergency_pattern() -> re.Pattern[str]:
    """Every danger word of the lexicon, certain and likely, on word boundaries."""
    lexicon = yaml.safe_load(EMERGENCY_LEXICON.read_text(encoding="utf-8"))
    words = lexicon["certain"] + lexicon["likely"]
    return re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + r")\b", re.IGNORECASE)


def looks_like_emergency(text: str) -> bool:
    """True when the text holds one of the danger words (used when the NLU is unsure)."""
    return bool(emergency_pattern().search(text))


def likeliest_topics(intent_ranking: list[dict[str, Any]]) -> list[str]:
    """The likeliest topic intents, best first, each offered once."""
    titles = load_topics()["titles"]
    suggestions: list[str] = []
    for ranked in intent_ranking:
        name = ranked.get("name")
        if name in titles and titles[name] not in (titles[s] for s in suggestions):
            suggestions.append(name)
        if len(suggestions) == MAX_SUGGESTIONS:
            break
    return suggestions


def looks_urgent(message: dict[str, Any]) -> bool:
    """A danger word in the text, or emergency_help among the classifier's two likeliest."""
    ranking = message.get("intent_ranking") or []
    return looks_like_emergency(message.get("text") or "") or "emergency_help" in {
        ranked.get("name") for ranked in ranking[:2]
    }


def utter_emergency(dispatcher: CollectingDispatcher) -> None:
    for response in EMERGENCY_ANSWER:
        dispatcher.utter_message(response=response)


class ActionSuggestTopics(Action):
    """Offer the likeliest topics as buttons, or the emergency numbers when it looks urgent;
    when the classifier is unsure of the topic but the selector is sure of the question, its
    answer; when neither is sure but the message asks what a term means, the glossary's."""

    def name(self) -> str:
        return "action_suggest_topics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        latest = tracker.latest_message
        ranking = latest.get("intent_ranking") or []
        if looks_urgent(latest):
            utter_emergency(dispatcher)
            return []
        key = sure_question(tracker)
        if key:
            utter_specific(dispatcher, key)
            return []
        # "ibu saya dengar kata LTSA waktu sosialisasi. LTSA itu apa?": what a term means
        text = latest.get("text") or ""
        if asks_what_a_term_means(text):
            explain(dispatcher, terms_in(text))
            return []

        titles = load_topics()["titles"]
        topics = likeliest_topics(ranking)
        # "ibu sudah setor 25 juta ke sponsor biar anak cepat berangkat...": unsure of the topic,
        # but the message states red flags of a job offer. What they mean comes first, and the
        # checker leads the topics offered.
        flags = answers_given_in(text)
        if flags:
            topics = ["check_job_offer", *(name for name in topics if name != "check_job_offer")]
        buttons = [{"title": titles[name], "payload": f"/{name}"} for name in topics]
        buttons.append({"title": "Menu", "payload": "/ask_capabilities"})
        if flags:
            reasons = "\n".join(
                response_text(domain, f"utter_reason_{flag.slot}")
                for flag in RED_FLAGS
                if flag.slot in flags
            )
            dispatcher.utter_message(
                response="utter_fallback_red_flags", reasons=reasons, buttons=buttons
            )
            return []
        dispatcher.utter_message(response="utter_fallback_suggest", buttons=buttons)
        return []


class ActionStrayAnswer(ActionSuggestTopics):
    """A yes, a no, "don't know" or "stop" when the bot asked nothing. Where it looks urgent
    (a danger word, or emergency_help among the two likeliest: "idak, tolong kami"), the
    emergency answer, however short. A bare answer (a button's payload, or a message of at most
    MOST_WORDS_OF_A_TYPED_ANSWER words, as the job-offer checker counts a typed answer) gets
    the hint. A longer message the classifier read as one states the villager's situation
    ("emak aku di saudi dak pernah nelpon lagi", read as a no for its "dak pernah") and gets
    what an unsure reading gets (action_suggest_topics: a sure specific answer, a term's
    meaning, the red flags it states, or the likeliest topics); the hint where that has no
    topic to offer ("tidak kak, terima kasih banyak ya")."""

    def name(self) -> str:
        return "action_stray_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        latest = tracker.latest_message
        if looks_urgent(latest):
            utter_emergency(dispatcher)
            return []
        text = (latest.get("text") or "").strip()
        bare = text.startswith("/") or len(text.split()) <= MOST_WORDS_OF_A_TYPED_ANSWER
        if bare or not (
            likeliest_topics(latest.get("intent_ranking") or []) or answers_given_in(text)
        ):
            dispatcher.utter_message(response="utter_yes_no_hint")
            return []
        return await super().run(dispatcher, tracker, domain)
