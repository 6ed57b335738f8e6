"""Office lookup: which office a villager can visit, by district."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

OFFICES_FILE = Path(__file__).with_name("offices.yml")


@lru_cache(maxsize=1)
def load_offices() -> dict[str, Any]:
    """Read the office directory once per action-server process."""
    with OFFICES_FILE.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


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
    """Give the district office and the provincial BP3MI, or ask for the district."""

    def name(self) -> str:
        return "action_local_office"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        mentioned = next(tracker.get_latest_entity_values("kabupaten"), None)
        district = canonical_district(mentioned or tracker.get_slot("kabupaten"))
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
        dispatcher.utter_message(response="utter_province_office")
        return [SlotSet("kabupaten", district)]
