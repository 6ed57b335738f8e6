"""The content: the intent contract, the answers' length, sources and phone numbers."""

import functools
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.telegram_render import is_valid_payload

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
RESPONSES = DOMAIN["responses"]

# ../shared/spec/intents.md: these names are fixed.
CONTRACT_INTENTS = [
    "greet",
    "goodbye",
    "thank",
    "affirm",
    "deny",
    "bot_challenge",
    "ask_capabilities",
    "out_of_scope",
    "ask_requirements",
    "ask_procedure",
    "ask_local_office",
    "inform_location",
    "ask_costs",
    "ask_check_agency",
    "ask_job_vacancy",
    "ask_training",
    "ask_destination",
    "ask_visa",
    "ask_worker_rights",
    "ask_insurance",
    "ask_problem_abroad",
    "ask_trafficking_info",
    "ask_warning_signs",
    "check_job_offer",
    "ask_online_scam",
    "ask_illegal_risks",
    "report_case",
    "emergency_help",
    "ask_local_stats",
    "ask_privacy",
    "ask_human_agent",
    # the contract's additions
    "dont_know",
    "ask_term",
]

KABUPATEN = [
    "Palembang",
    "Prabumulih",
    "Lubuklinggau",
    "Pagar Alam",
    "Banyuasin",
    "Musi Banyuasin",
    "Musi Rawas",
    "Musi Rawas Utara",
    "Ogan Komering Ilir",
    "Ogan Komering Ulu",
    "OKU Timur",
    "OKU Selatan",
    "Ogan Ilir",
    "Muara Enim",
    "Lahat",
    "Empat Lawang",
    "Penukal Abab Lematang Ilir",
]

# Every phone number the bot may say, as written in ../shared/facts/facts.md.
NUMBERS_IN_THE_FACTS = {
    "110",
    "0800-1000",
    "+62-21-2924-4800",
    "0811-8080-141",
    "129",
    "08111-129-129",
    "148",
    "1708",
    "0811-7875-110",
}
# Numbers the facts call obsolete or unverified: never to be given out.
FORBIDDEN_NUMBERS = {"7266", "1500630"}

# Answers to the contract's topic intents must name a source and the checked-on date.
SOURCED_RESPONSES = [
    "utter_requirements",
    "utter_procedure",
    "utter_costs",
    "utter_check_agency",
    "utter_job_vacancy",
    "utter_training",
    "utter_destination",
    "utter_visa",
    "utter_worker_rights",
    "utter_insurance",
    "utter_problem_abroad",
    "utter_trafficking_info",
    "utter_warning_signs",
    "utter_online_scam",
    "utter_illegal_risks",
    "utter_report_case",
    "utter_emergency",
    "utter_local_stats",
    "utter_province_office",
]


def examples_in(path: Path):
    """(intent, text) for every example in one Rasa NLU file."""
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
        if "intent" in block:
            for line in block["examples"].splitlines():
                if line.strip().startswith("- "):
                    yield block["intent"], line.strip()[2:].strip()


@functools.cache
def training_pairs() -> list[tuple[str, str]]:
    return [pair for path in sorted((ROOT / "nlu").glob("*.yml")) for pair in examples_in(path)]


def training_examples() -> Counter:
    return Counter(intent for intent, _ in training_pairs())


def all_texts():
    for name, variants in RESPONSES.items():
        for variant in variants:
            yield name, variant.get("text", "")


def all_buttons():
    for name, variants in RESPONSES.items():
        for variant in variants:
            for button in variant.get("buttons") or []:
                yield name, button


def test_every_contract_intent_is_in_the_domain():
    assert set(CONTRACT_INTENTS) <= set(DOMAIN["intents"])


@pytest.mark.parametrize("intent", CONTRACT_INTENTS)
def test_every_contract_intent_has_at_least_40_training_examples(intent):
    assert training_examples()[intent] >= 40


def test_no_example_is_taught_as_two_intents():
    intents_of: dict[str, set[str]] = {}
    for intent, text in training_pairs():
        intents_of.setdefault(text.lower(), set()).add(intent)
    assert {text: intents for text, intents in intents_of.items() if len(intents) > 1} == {}


def test_the_holdout_questions_are_not_in_the_training_data():
    # The holdout line of the eval report must measure questions the model never saw.
    training = {text.lower() for _, text in training_pairs()}
    holdout = {text.lower() for _, text in examples_in(ROOT / "evaluation" / "holdout.yml")}
    assert holdout & training == set()


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_every_answer_fits_a_phone_screen(name):
    for variant in RESPONSES[name]:
        assert len(variant.get("text", "")) <= 700, f"{name} is too long"


@pytest.mark.parametrize("name", SOURCED_RESPONSES)
def test_answers_name_their_source_and_the_checked_on_date(name):
    text = RESPONSES[name][0]["text"]
    assert "Sumber:" in text
    assert "{facts_checked_on}" in text


def test_the_checked_on_date_is_kept_in_one_place():
    slot = DOMAIN["slots"]["facts_checked_on"]
    assert slot["initial_value"]
    for name, text in all_texts():
        assert not re.search(
            r"per (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|"
            r"September|Oktober|November|Desember) 20\d\d",
            text,
        ), name


def test_only_phone_numbers_from_the_facts_are_given():
    # Phone-like: starts with 0 or + (0800-1000, 0811-..., +62-...); figures and years do not.
    phone_like = re.compile(r"(?<![\w.,])([0+][\d-]{2,16}\d)")
    for name, text in all_texts():
        for number in phone_like.findall(text):
            assert number in NUMBERS_IN_THE_FACTS, f"{name}: {number}"
        for number in FORBIDDEN_NUMBERS:
            assert number not in text, f"{name}: {number}"


def test_the_emergency_answer_gives_police_and_the_call_centre_first():
    text = RESPONSES["utter_emergency"][0]["text"]
    assert text.index("110") < 120
    assert "0800-1000" in text


def test_every_button_fits_telegram():
    for name, button in all_buttons():
        assert is_valid_payload(button["payload"]), f"{name}: {button['payload']}"
        assert len(button["title"]) <= 64


def test_every_district_is_known_to_the_lookup_and_the_office_directory():
    places = yaml.safe_load((ROOT / "nlu" / "places.yml").read_text(encoding="utf-8"))["nlu"]
    lookup = next(b for b in places if b.get("lookup") == "kabupaten")["examples"].casefold()
    offices = yaml.safe_load((ROOT / "actions" / "offices.yml").read_text(encoding="utf-8"))
    for district in KABUPATEN:
        assert district in offices["districts"]
        assert (
            any(
                f"- {form}\n" in lookup + "\n"
                for form in (district.casefold(), district.casefold().replace(" ", ""))
            )
            or district == "OKU Timur"
            or district == "OKU Selatan"
        ), district
