import re

import rasa.nlu.utils.pattern_utils as pattern_utils
from rasa.shared.nlu.training_data.loading import load_data
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.local_office import (
    ActionLocalOffice,
    canonical_district,
    canonical_place,
    load_offices,
)
from testkit.short_answer import is_short
from tests.actions.conftest import ROOT, make_tracker


def kabupaten_entity(value: str) -> list[dict]:
    return [{"entity": "kabupaten", "value": value, "start": 0, "end": len(value)}]


async def test_a_named_district_gets_its_office_and_the_province(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "aku dari okut", "inform_location", entities=kabupaten_entity("OKU Timur")
    )

    events = await ActionLocalOffice().run(dispatcher, tracker, domain)

    local, steps, province = dispatcher.messages
    assert local["response"] == "utter_local_office"
    assert steps["response"] == "utter_local_office_steps"
    assert local["kabupaten"] == "OKU Timur"
    assert "OKU Timur" in local["office_name"]
    assert province["response"] == "utter_province_office"
    assert events == [SlotSet("kabupaten", "OKU Timur")]


async def test_the_remembered_district_is_used_when_none_is_named(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "kantor disnaker dimana", "ask_local_office", slots={"kabupaten": "Lahat"}
    )

    await ActionLocalOffice().run(dispatcher, tracker, domain)

    assert dispatcher.messages[0]["kabupaten"] == "Lahat"


async def test_without_a_district_it_asks_with_buttons(domain):
    dispatcher = CollectingDispatcher()

    events = await ActionLocalOffice().run(
        dispatcher, make_tracker("kantor", "ask_local_office"), domain
    )

    assert [m["response"] for m in dispatcher.messages] == ["utter_ask_kabupaten"]
    assert events == [SlotSet("kabupaten", None)]
    assert domain["responses"]["utter_ask_kabupaten"][0]["buttons"]


async def test_an_unknown_place_is_said_to_be_unknown_and_the_district_asked(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "saya dari bandung", "inform_location", entities=kabupaten_entity("bandung")
    )

    await ActionLocalOffice().run(dispatcher, tracker, domain)

    assert [m["response"] for m in dispatcher.messages] == [
        "utter_unknown_kabupaten",
        "utter_ask_kabupaten",
    ]


def test_district_names_are_matched_whatever_their_case_and_spacing():
    assert canonical_district("ogan  komering ILIR") == "Ogan Komering Ilir"
    assert canonical_district("palembang") == "Palembang"
    assert canonical_district("Jakarta") is None
    assert canonical_district(None) is None


async def test_every_office_comes_in_a_short_answer(domain):
    template = domain["responses"]["utter_local_office"][0]["text"]
    from actions.local_office import load_offices

    for district, office in load_offices()["districts"].items():
        text = template.format(
            kabupaten=district,
            office_name=office["office"],
            office_details=office.get("details", ""),
        )
        assert is_short(text), district


def entities(*values: str) -> list[dict]:
    """Kabupaten entities as the regex extractor gives them, one after the other."""
    found, start = [], 0
    for value in values:
        found.append({"entity": "kabupaten", "value": value, "start": start})
        start += len(value) + 6
    return found


async def test_a_name_in_two_kabupaten_is_asked_back_with_one_button_each(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "saya dari desa <DESA> di Lahat atau Muara Enim",
        "inform_location",
        entities=entities("Lahat", "Muara Enim"),
        slots={"kabupaten": "Muara Enim"},
    )

    events = await ActionLocalOffice().run(dispatcher, tracker, domain)

    [message] = dispatcher.messages
    assert message["response"] == "utter_ask_which_kabupaten"
    assert message["buttons"] == [
        {"title": "Lahat", "payload": '/inform_location{"kabupaten":"Lahat"}'},
        {"title": "Muara Enim", "payload": '/inform_location{"kabupaten":"Muara Enim"}'},
    ]
    assert events == [SlotSet("kabupaten", None)]


async def test_the_ask_back_offers_outside_the_province_last_and_uses_directory_names(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "desa <DESA> di OKU Timur atau luar Sumatera Selatan",
        "inform_location",
        entities=entities("luar Sumatera Selatan", "oku timur", "OKU Timur"),
    )

    await ActionLocalOffice().run(dispatcher, tracker, domain)

    assert dispatcher.messages[0]["buttons"] == [
        {"title": "OKU Timur", "payload": '/inform_location{"kabupaten":"OKU Timur"}'},
        {
            "title": "Di luar Sumatera Selatan",
            "payload": '/inform_location{"kabupaten":"luar Sumatera Selatan"}',
        },
    ]


async def test_the_ask_back_buttons_are_the_only_ones_and_fit_telegram(domain):
    # Rasa appends the action's buttons to the response's own (rasa/core/actions/action.py,
    # _utter_responses), so the response must bring none.
    [variant] = domain["responses"]["utter_ask_which_kabupaten"]
    assert not variant.get("buttons")
    dispatcher = CollectingDispatcher()
    everything = [*load_offices()["districts"], "luar Sumatera Selatan"]
    tracker = make_tracker("desa", "inform_location", entities=entities(*everything))

    await ActionLocalOffice().run(dispatcher, tracker, domain)

    buttons = dispatcher.messages[0]["buttons"]
    assert len(buttons) == 18
    for button in buttons:
        assert len(button["payload"].encode()) <= 64 and len(button["title"]) <= 64


async def test_outside_the_province_gets_the_call_centre_not_an_office(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        '/inform_location{"kabupaten":"luar Sumatera Selatan"}',
        "inform_location",
        entities=entities("luar Sumatera Selatan"),
        slots={"kabupaten": "Luar Sumatera Selatan"},
    )

    events = await ActionLocalOffice().run(dispatcher, tracker, domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_outside_sumsel"]
    assert "0800-1000" in domain["responses"]["utter_outside_sumsel"][0]["text"]
    assert events == [SlotSet("kabupaten", None)]


async def test_one_kabupaten_named_twice_is_not_asked_back(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "desa <DESA> di Muara Enim kecamatan <KECAMATAN> di Muara Enim",
        "inform_location",
        entities=entities("Muara Enim", "muara enim"),
    )

    await ActionLocalOffice().run(dispatcher, tracker, domain)

    assert dispatcher.messages[0]["response"] == "utter_local_office"
    assert dispatcher.messages[0]["kabupaten"] == "Muara Enim"


async def test_an_unknown_place_is_not_answered_with_the_remembered_district(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "saya dari bandung",
        "inform_location",
        entities=kabupaten_entity("bandung"),
        slots={"kabupaten": "Lahat"},
    )

    await ActionLocalOffice().run(dispatcher, tracker, domain)

    assert dispatcher.messages[0]["response"] == "utter_unknown_kabupaten"


def test_rasa_finds_every_district_and_outside_in_the_text_the_front_end_writes():
    # The contract with bot/places.py: "<DESA> di A, B atau luar Sumatera Selatan" gives one
    # kabupaten entity per name, with the lookup tables and synonyms of nlu/.
    training = load_data(str(ROOT / "nlu" / "places.yml"))
    training = training.merge(load_data(str(ROOT / "nlu" / "places_villages.yml")))
    patterns = pattern_utils.extract_patterns(
        training, use_lookup_tables=True, use_regexes=False, use_word_boundaries=True
    )
    districts = list(load_offices()["districts"])
    for first, second in zip(districts, [*districts[1:], districts[0]], strict=True):
        text = f"desa <DESA> di {first}, {second} atau luar Sumatera Selatan"
        found = sorted(
            (match.start(), match.group())
            for pattern in patterns
            if pattern["name"] == "kabupaten"
            for match in re.finditer(pattern["pattern"], text, flags=re.IGNORECASE)
        )
        values = [training.entity_synonyms.get(value.lower(), value) for _, value in found]
        assert [canonical_place(v) for v in values] == [
            first,
            second,
            "luar Sumatera Selatan",
        ], text
