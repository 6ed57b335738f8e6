"""The content: the intent contract, the answers' length, sources and phone numbers."""

import functools
import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.intake import is_offered_payload
from bot.nlu_files import examples_in
from testkit.short_answer import is_short

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
RESPONSES = DOMAIN["responses"]
# The frozen sets of hands that never saw nlu/, as frozen before any model was run on them:
# evaluation/nlu_second_hand.yml on 2026-12-01, nlu_third_hand.yml and nlu_fourth_hand.yml on
# 2026-12-04.
FROZEN_JUDGING_SHA256 = {
    "nlu_second_hand.yml": "3af6939ef900a9c04e2b11b3534b1561c70506e72db8ac37ff290522367b7ed5",
    "nlu_third_hand.yml": "87cce165a25ea98279861fb4be1a7bdd79c8a1b5508eadcf640b8170160aa3c4",
    "nlu_fourth_hand.yml": "4f614c6aafd8389f6b3424b6ca5d6984ca96d7d49c4382eddbc94523444eeaee",
}
REGISTRY = yaml.safe_load((ROOT / "facts" / "registry.yml").read_text(encoding="utf-8"))

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

# Answers to the contract's topic intents must name a source and the date of their facts
# (which date is checked in test_facts_registry.py).
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


@functools.cache
def training_pairs() -> list[tuple[str, str]]:
    return [pair for path in sorted((ROOT / "nlu").glob("*.yml")) for pair in examples_in(path)]


@functools.cache
def handwritten_examples() -> Counter:
    """Examples per intent written by people: the template variants (nlu/generated.yml) are
    not counted, they add coverage, not new ways of asking."""
    return Counter(
        intent
        for path in sorted((ROOT / "nlu").glob("*.yml"))
        if path.name != "generated.yml"
        for intent, _ in examples_in(path)
    )


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
def test_every_contract_intent_has_at_least_40_handwritten_examples(intent):
    assert handwritten_examples()[intent] >= 40


def test_no_example_is_taught_as_two_intents():
    intents_of: dict[str, set[str]] = {}
    for intent, text in training_pairs():
        intents_of.setdefault(text.lower(), set()).add(intent)
    assert {text: intents for text, intents in intents_of.items() if len(intents) > 1} == {}


@pytest.mark.parametrize(
    "judging", ["holdout.yml", *(p.name for p in (ROOT / "evaluation").glob("nlu_*.yml"))]
)
def test_the_judging_questions_are_not_in_the_training_data(judging):
    # The holdout's and the hands' lines of the eval report must measure questions the model
    # never saw.
    training = {text.lower() for _, text in training_pairs()}
    judged = {text.lower() for _, text in examples_in(ROOT / "evaluation" / judging)}
    assert judged and judged & training == set()


def test_every_hands_frozen_set_is_listed():
    # A new hand's set is frozen with its hash here before any model is run on it.
    assert sorted(p.name for p in (ROOT / "evaluation").glob("nlu_*.yml")) == sorted(
        FROZEN_JUDGING_SHA256
    )


@pytest.mark.parametrize(("name", "sha256"), FROZEN_JUDGING_SHA256.items())
def test_the_hands_questions_are_as_frozen(name, sha256):
    # Frozen before any model was run on them (the file's header): a change would judge the
    # model on questions chosen after seeing its answers.
    frozen = (ROOT / "evaluation" / name).read_bytes()
    assert hashlib.sha256(frozen).hexdigest() == sha256


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_every_answer_fits_a_phone_screen(name):
    for variant in RESPONSES[name]:
        assert len(variant.get("text", "")) <= 700, f"{name} is too long"


@pytest.mark.parametrize("name", SOURCED_RESPONSES)
def test_answers_name_their_source_and_the_date_of_their_facts(name):
    text = RESPONSES[name][0]["text"]
    source = next((line for line in text.splitlines() if line.startswith("Sumber:")), "")
    assert re.fullmatch(r"Sumber: .+ \(info per [^()]+\)", source), f"{name}: {source!r}"


def test_only_phone_numbers_from_the_registry_are_given():
    # Phone-like: starts with 0 or + (0800-1000, 0811-..., +62-...); figures and years do not.
    # test_facts_registry.py checks every number; this keeps the phone rule easy to read.
    phone_like = re.compile(r"(?<![\w.,])([0+][\d-]{2,16}\d)")
    phones = {e["value"]: e for e in REGISTRY if e["kind"] == "phone"}
    for name, text in all_texts():
        for number in phone_like.findall(text):
            assert number in phones, f"{name}: {number} is not in facts/registry.yml"
            assert phones[number]["confidence"] != "unverified", f"{name}: {number}"


def test_the_emergency_answer_gives_police_and_the_call_centre_first():
    text = RESPONSES["utter_emergency"][0]["text"]
    assert text.index("110") < 120
    assert "0800-1000" in text


def test_the_emergency_numbers_come_in_a_short_message_of_their_own():
    """Every number fits one short first message (it arrives first on a weak signal and fits a
    small screen); what to do while help comes follows in the next."""
    numbers = RESPONSES["utter_emergency"][0]["text"]
    safety = RESPONSES["utter_emergency_safety"][0]["text"]
    assert is_short(numbers), len(numbers)
    assert not re.search(r"\d{3}", safety), "the numbers belong in the first message"


def test_every_button_fits_telegram():
    for name, button in all_buttons():
        assert is_offered_payload(button["payload"]), f"{name}: {button['payload']}"
        assert len(button["title"]) <= 64


def test_every_button_the_actions_make_is_one_the_bot_accepts():
    """The actions build payloads from their data (as actions/glossary.py, local_office.py and
    fallback.py do); a press on any of them must reach Rasa, not the stale-button answer."""
    actions = ROOT / "actions"
    glossary = yaml.safe_load((actions / "glossary.yml").read_text(encoding="utf-8"))["terms"]
    offices = yaml.safe_load((actions / "offices.yml").read_text(encoding="utf-8"))["districts"]
    topics = yaml.safe_load((actions / "topics.yml").read_text(encoding="utf-8"))["titles"]
    payloads = [
        *(f'/ask_term{{"istilah":"{term}"}}' for term in glossary),
        *(
            f'/inform_location{{"kabupaten":"{name}"}}'
            for name in [*offices, "luar Sumatera Selatan"]
        ),
        *(f"/{intent}" for intent in topics),
        "/ask_term",
        "/ask_capabilities",
    ]
    assert [p for p in payloads if not is_offered_payload(p)] == []


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
