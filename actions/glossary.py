"""The glossary: what SISKOP2MI, OPP, P3MI, calo ... mean, in plain words (intent ask_term)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.specific import specific_question, utter_specific
from actions.topics import load_topics

GLOSSARY_FILE = Path(__file__).with_name("glossary.yml")
# "apa beda SIP2MI dan SIP3MI": two terms get two explanations; more would not fit a phone.
MOST_TERMS_EXPLAINED = 2


@dataclass(frozen=True)
class Term:
    name: str
    text: str
    source: str
    topic: str


@lru_cache(maxsize=1)
def glossary_data() -> dict[str, Any]:
    """Read the glossary file once per action-server process."""
    return yaml.safe_load(GLOSSARY_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_glossary() -> dict[str, Term]:
    """The terms by name."""
    data = glossary_data()
    return {
        name: Term(
            name=name, text=entry["text"].strip(), source=entry["source"], topic=entry["topic"]
        )
        for name, entry in data["terms"].items()
    }


def other_terms_title() -> str:
    return glossary_data()["other_terms_title"]


@lru_cache(maxsize=1)
def word_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every typed form, longest first; and which term each form names."""
    data = glossary_data()
    term_of = {
        word.casefold(): name for name, entry in data["terms"].items() for word in entry["words"]
    }
    alternatives = sorted(term_of, key=len, reverse=True)
    pattern = r"(?<![\w-])(" + "|".join(re.escape(w) for w in alternatives) + r")(?![\w-])"
    return re.compile(pattern, re.IGNORECASE), term_of


def terms_in(text: str) -> list[Term]:
    """The glossary terms a message names, in the order it names them, each once."""
    pattern, term_of = word_pattern()
    glossary = load_glossary()
    found: list[Term] = []
    for match in pattern.finditer(text):
        term = glossary[term_of[match.group(1).casefold()]]
        if term not in found:
            found.append(term)
    return found


# "siskop2mi itu apa", "apa itu opp", "bedanya sip2mi sama sip3mi": the term itself is asked about.
_MEANING_AFTER = re.compile(
    r"\W*(?:itu|tu|tuh|ini|sih)?\s*(?:apa|apo|apaan|artinya|artinyo|arti|maksudnya|maksudnyo|"
    r"singkatan|kepanjangan|sistem apa|program apa|program apo|lembaga apa|aplikasi apa|"
    r"beda(?:\s?nya|nyo)?)\b",
    re.IGNORECASE,
)
_MEANING_BEFORE = re.compile(
    r"\b(?:apa|apo|apaan|arti|artinya|maksud|maksudnya|pengertian|definisi|beda\w*|kepanjangan|"
    r"singkatan|jelaskan|jelasin)\s+(?:itu\s+|tu\s+|sih\s+|dari\s+|nya\s+|antara\s+)*$",
    re.IGNORECASE,
)


def asks_what_a_term_means(text: str) -> bool:
    """True when a glossary term the message names stands right by "apa itu", "artinya",
    "bedanya" ...: the glossary answers, not a specific question about something else."""
    pattern, _ = word_pattern()
    return any(
        _MEANING_AFTER.match(text, match.end()) or _MEANING_BEFORE.search(text[: match.start()])
        for match in pattern.finditer(text)
    )


# "pmi mandiri tu apo", "calo resmi itu apa": the meaning asked is of the term and the word after it.
_ONE_WORD = re.compile(r"\s+[^\W\d_]{3,}")


def asks_what_a_longer_phrase_means(text: str) -> bool:
    """True when "apa itu", "artinya" ... stands one word after a glossary term, not right by it:
    the message asks of a phrase that starts with the term, which may be a question of its own."""
    pattern, _ = word_pattern()
    for match in pattern.finditer(text):
        if _MEANING_AFTER.match(text, match.end()):
            continue  # "opp itu apa": the term itself
        word = _ONE_WORD.match(text, match.end())
        if word is None or pattern.fullmatch(word.group().strip()):
            continue  # "bedanya sip2mi sama sip3mi": two terms, each the glossary's
        if _MEANING_AFTER.match(text, word.end()):
            return True
    return False


def term_named(name: str | None) -> Term | None:
    """The term a button names (the `istilah` entity), by its name or any typed form."""
    if not name:
        return None
    glossary = load_glossary()
    if name in glossary:
        return glossary[name]
    found = terms_in(name)
    return found[0] if found else None


class ActionExplainTerm(Action):
    """Explain the terms the message names, unless it names one to ask something else of it
    (then that question's answer); without a term, the specific question about a term the
    message asks, or else the glossary as buttons."""

    def name(self) -> str:
        return "action_explain_term"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        chosen = term_named(next(tracker.get_latest_entity_values("istilah"), None))
        terms = [chosen] if chosen else terms_in(tracker.latest_message.get("text") or "")
        # A term the glossary does not hold may still be one of the topic's specific questions;
        # a question that names a term to ask something else of it ("brp lamo opp tu", "siapa
        # yg verifikasi job order") gets that question's answer, not the term explained.
        text = tracker.latest_message.get("text") or ""
        key = None if chosen else specific_question(tracker, "ask_term")
        # The glossary explains a term the message names rather than a guess among the topic's
        # own questions, unless the phrase asked of starts with the term ("pmi mandiri tu apo":
        # PMI perseorangan, not PMI).
        if (
            terms
            and key
            and (
                asks_what_a_term_means(text)
                or (key.startswith("ask_term/") and not asks_what_a_longer_phrase_means(text))
            )
        ):
            key = None
        if key:
            utter_specific(dispatcher, key)
            return []
        if not terms:
            dispatcher.utter_message(
                response="utter_ask_which_term",
                buttons=[
                    {"title": name, "payload": f'/ask_term{{"istilah":"{name}"}}'}
                    for name in load_glossary()
                ],
            )
            return []
        explain(dispatcher, terms)
        return []


def explain(dispatcher: CollectingDispatcher, terms: list[Term]) -> None:
    """The first terms explained, each with its source; the last with its topic's page and the
    glossary as buttons."""
    titles = load_topics()["titles"]
    explained = terms[:MOST_TERMS_EXPLAINED]
    for term in explained:
        buttons = []
        if term is explained[-1]:
            buttons = [
                {"title": titles[term.topic], "payload": f"/{term.topic}"},
                {"title": other_terms_title(), "payload": "/ask_term"},
            ]
        dispatcher.utter_message(
            response="utter_term", explanation=term.text, source=term.source, buttons=buttons
        )
