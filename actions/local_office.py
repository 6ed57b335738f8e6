"""Office lookup: which office a villager can visit, by district."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.specific import specific_question, utter_specific

OFFICES_FILE = Path(__file__).with_name("offices.yml")
# The front end rewrites a desa that may lie in another province to "... atau luar Sumatera
# Selatan" (bot/places.py), and nlu/places_villages.yml makes the phrase a kabupaten entity;
# the ask-back's button sends it back the same way.
OUTSIDE_SUMSEL = "luar Sumatera Selatan"
# The specific question that the district's office answers best: asked without a district, the
# bot asks for it, as for a general question.
WHERE_TO_REGISTER = "ask_local_office/where_register"
# The questions the district's office answers, when a district is named ("alamat disnaker lahat").
# Any other specific question is answered as asked, district or not ("kanim plg nolak brp paspor",
# "kadisnaker oku siapo namonyo", "15 warga palembang yg nyangkut di kamboja nunggu apa"): on
# the eight tuning sets, 37 questions got the district's office first and not the fact they
# asked for.
DISTRICT_QUESTIONS = frozenset(
    {WHERE_TO_REGISTER, "ask_local_office/office_contact", "ask_human_agent/visit_office"}
)


@lru_cache(maxsize=1)
def load_offices() -> dict[str, Any]:
    """Read the office directory once per action-server process."""
    with OFFICES_FILE.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def canonical_place(name: str | None) -> str | None:
    """A district of ours, OUTSIDE_SUMSEL, or None for a place we do not know."""
    if name and " ".join(name.split()).casefold() == OUTSIDE_SUMSEL.casefold():
        return OUTSIDE_SUMSEL
    return canonical_district(name)


def canonical_district(name: str | None) -> str | None:
    """Return the directory's spelling of a district name, or None if it is not one of ours."""
    if not name:
        return None
    wanted = " ".join(name.split()).casefold()
    for district in load_offices()["districts"]:
        if district.casefold() == wanted:
            return district
    return None


class ActionLocalOffice(Action):
    """Give the district office and the provincial BP3MI, or ask for the district; when the
    message names several (a desa found in several kabupaten), ask which one."""

    def name(self) -> str:
        return "action_local_office"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        mentioned = _kabupaten_mentioned(tracker)
        candidates = _distinct(canonical_place(name) for name in mentioned)
        key = specific_question(tracker, "ask_local_office")
        asked = (tracker.latest_message.get("intent") or {}).get("name") == "ask_local_office"
        if mentioned:
            # "sy dari OKU Timur" (inform_location) only says where someone lives
            answer_it = asked and key is not None and key not in DISTRICT_QUESTIONS
        else:
            answer_it = key is not None and key != WHERE_TO_REGISTER
        if answer_it:
            utter_specific(dispatcher, key)
            known = candidates[0] if len(candidates) == 1 else None
            return [SlotSet("kabupaten", known)] if known and known != OUTSIDE_SUMSEL else []
        if len(candidates) >= 2:
            dispatcher.utter_message(
                response="utter_ask_which_kabupaten", buttons=_candidate_buttons(candidates)
            )
            return [SlotSet("kabupaten", None)]
        if candidates == [OUTSIDE_SUMSEL]:
            dispatcher.utter_message(response="utter_outside_sumsel")
            return [SlotSet("kabupaten", None)]

        if candidates:
            district = candidates[0]
        elif mentioned:  # a place, but none of ours: never fall back on an older answer
            district = None
        else:
            district = canonical_district(tracker.get_slot("kabupaten"))
        if district is None:
            if mentioned:
                dispatcher.utter_message(response="utter_unknown_kabupaten")
            dispatcher.utter_message(response="utter_ask_kabupaten")
            return [SlotSet("kabupaten", None)]

        office = load_offices()["districts"][district]
        dispatcher.utter_message(
            response="utter_local_office",
            kabupaten=district,
            office_name=office["office"],
            office_details=office.get("details", ""),
        )
        dispatcher.utter_message(response="utter_local_office_steps")
        dispatcher.utter_message(response="utter_province_office")
        return [SlotSet("kabupaten", district)]


def _kabupaten_mentioned(tracker: Tracker) -> list[str]:
    """The kabupaten entities of the latest message, in the order they were written."""
    entities = [
        e for e in tracker.latest_message.get("entities", []) if e.get("entity") == "kabupaten"
    ]
    entities.sort(key=lambda e: e.get("start") or 0)
    return [str(e["value"]) for e in entities if e.get("value")]


def _distinct(names: Iterable[str | None]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name is not None and name not in seen:
            seen.append(name)
    return seen


def _candidate_buttons(candidates: list[str]) -> list[dict[str, str]]:
    """One button per kabupaten the name may be in ("Di luar Sumatera Selatan" last)."""
    return [
        {
            "title": "Di luar Sumatera Selatan" if name == OUTSIDE_SUMSEL else name,
            "payload": f'/inform_location{{"kabupaten":"{name}"}}',
        }
        for name in sorted(candidates, key=lambda name: name == OUTSIDE_SUMSEL)
    ]
