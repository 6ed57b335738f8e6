from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.local_office import ActionLocalOffice, canonical_district
from tests.actions.conftest import make_tracker


def kabupaten_entity(value: str) -> list[dict]:
    return [{"entity": "kabupaten", "value": value, "start": 0, "end": len(value)}]


async def test_a_named_district_gets_its_office_and_the_province(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "aku dari okut", "inform_location", entities=kabupaten_entity("OKU Timur")
    )

    events = await ActionLocalOffice().run(dispatcher, tracker, domain)

    local, province = dispatcher.messages
    assert local["response"] == "utter_local_office"
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


async def test_every_office_text_stays_on_a_phone_screen(domain):
    template = domain["responses"]["utter_local_office"][0]["text"]
    from actions.local_office import load_offices

    for district, office in load_offices()["districts"].items():
        text = template.format(
            kabupaten=district,
            office_name=office["office"],
            office_details=office.get("details", ""),
        )
        assert len(text) <= 700, district
