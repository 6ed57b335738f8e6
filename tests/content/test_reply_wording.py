"""How replies name things: help from abroad, the emergency answer, one name per agency, plain words.

People already abroad get the number that works from abroad and the embassy beside the
toll-free one; the emergency answer separates "Di Indonesia" from "Di luar negeri" and never
tells a confined person to claim their rights from their captors; the call centre has one name;
the agency is introduced as "KP2MI (dulu BP2MI/BNP2TKI)"; acronyms come after the plain word.
"""

from __future__ import annotations

import re

import pytest

from tests.content.facts_registry import DOMAIN, all_replies, domain_replies

CALL_CENTRE = "0800-1000"
FROM_ABROAD = "+62-21-2924-4800"
AGENCY = "KP2MI (dulu BP2MI/BNP2TKI)"
WORKERS = "PMI (dulu TKI/TKW)"

# The topic responses written by the facts officer (domain.yml, utter_greet to utter_human_agent).
OWNED = [
    "utter_greet",
    "utter_capabilities",
    "utter_goodbye",
    "utter_thank",
    "utter_bot_challenge",
    "utter_out_of_scope",
    "utter_default",
    "utter_fallback_suggest",
    "utter_yes_no_hint",
    "utter_requirements",
    "utter_procedure",
    "utter_ask_kabupaten",
    "utter_local_office",
    "utter_local_office_steps",
    "utter_province_office",
    "utter_unknown_kabupaten",
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
    "utter_emergency_safety",
    "utter_local_stats",
    "utter_privacy",
    "utter_human_agent",
]
# Acronyms a villager may not know: the first time an answer uses one, it stands in brackets
# after the plain words ("Orientasi Pra Pemberangkatan (OPP)").
ACRONYMS = [
    "TPPO",
    "P3MI",
    "BP3MI",
    "Disnaker",
    "Disnakertrans",
    "OPP",
    "SISKOP2MI",
    "SIP3MI",
    "SIP2MI",
    "KBRI",
    "KJRI",
    "LPSK",
    "SKCK",
    "SPLP",
    "BLK",
    "LPK",
    "KUR",
    "JKK",
    "JKM",
    "JHT",
    "Bhabinkamtibmas",
]


def text_of(name: str) -> str:
    return DOMAIN["responses"][name][0]["text"]


def body(text: str) -> str:
    """The answer without its "Sumber:" line."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("Sumber:"))


def inside_brackets(text: str, position: int) -> bool:
    before = text[:position]
    return before.rfind("(") > before.rfind(")")


# --------------------------------------------------------------------------- item 8: abroad


@pytest.mark.parametrize("reply", all_replies(), ids=lambda r: r.where)
def test_who_tells_people_abroad_to_call_the_free_number_gives_the_number_from_abroad(reply):
    speaks_of_abroad = re.search(r"KBRI|KJRI|luar negeri", reply.text, re.IGNORECASE)
    if speaks_of_abroad and CALL_CENTRE in reply.text:
        assert FROM_ABROAD in reply.text, f"{reply.where}: {CALL_CENTRE} without {FROM_ABROAD}"


@pytest.mark.parametrize("reply", all_replies(), ids=lambda r: r.where)
def test_the_number_from_abroad_comes_with_the_embassy(reply):
    if FROM_ABROAD in reply.text:
        assert "KBRI" in reply.text, f"{reply.where}: {FROM_ABROAD} without KBRI/KJRI"


def test_the_emergency_answer_separates_indonesia_from_abroad():
    text = text_of("utter_emergency")
    assert "Di Indonesia:" in text and "Di luar negeri:" in text
    home, _, abroad = text.partition("Di luar negeri:")
    assert home.index("Di Indonesia:") < home.index("110") < home.index(CALL_CENTRE)
    assert FROM_ABROAD in abroad and "KBRI" in abroad
    assert FROM_ABROAD not in home, "the number from abroad belongs under 'Di luar negeri'"


@pytest.mark.parametrize("name", ["utter_emergency", "utter_emergency_safety"])
def test_the_emergency_answer_never_sends_a_captive_to_claim_rights(name):
    text = text_of(name).casefold()
    assert "hak anda" not in text
    assert "minta paspor" not in text and "tuntut" not in text


# --------------------------------------------------------------------------- item 9: names


@pytest.mark.parametrize("reply", all_replies(), ids=lambda r: r.where)
def test_the_call_centre_has_one_name(reply):
    for match in re.finditer(re.escape(CALL_CENTRE), reply.text):
        before = reply.text[: match.start()]
        assert before.casefold().endswith("call center kp2mi "), (
            f"{reply.where}: '…{before[-30:]}{CALL_CENTRE}' should read 'call center KP2MI {CALL_CENTRE}'"
        )
    assert "call center PMI" not in reply.text, f"{reply.where}: 'call center PMI'"


@pytest.mark.parametrize("name", OWNED)
def test_the_agency_is_introduced_once_with_its_old_names(name):
    text = body(text_of(name))
    # The call centre's name is "call center KP2MI" everywhere; the agency itself, where an
    # answer names it, is introduced once with the names villagers know.
    named = re.sub(r"(?i)call center KP2MI", "", text)
    if "KP2MI" in named:
        assert named.count(AGENCY) == 1, f"{name}: '{AGENCY}' should appear once"
        assert named.index("KP2MI") == named.index(AGENCY), f"{name}: first KP2MI without old names"


@pytest.mark.parametrize("name", ["utter_greet", "utter_capabilities"])
def test_the_greeting_and_the_menu_name_workers_with_their_old_names(name):
    assert WORKERS in text_of(name)


@pytest.mark.parametrize("reply", all_replies(), ids=lambda r: r.where)
def test_no_reply_says_non_procedural_workers_are_not_protected(reply):
    # The embassy helps every citizen; what a non-procedural worker lacks is placement protection.
    assert "tidak dilindungi" not in reply.text.casefold(), f"{reply.where}: 'tidak dilindungi'"


def test_the_passport_refusals_are_credited_to_the_immigration_office():
    text = text_of("utter_visa")
    if "95 permohonan" in text:
        assert "Kantor Imigrasi Palembang" in text.splitlines()[-1], "source of the refusals"
        assert "Kemnaker" not in text.splitlines()[-1]


def test_the_law_s_documents_are_kept_apart_from_what_registration_asks():
    text = text_of("utter_requirements")
    law, _, registration = text.partition("Saat daftar")
    assert "Pasal 13" in law and registration, "Pasal 13 list, then the registration papers"
    for paper in ("KTP", "KK", "SKCK", "ijazah"):
        assert paper not in law.split("Pasal 13", 1)[1], f"{paper} is not a Pasal 13 document"


def test_the_privacy_answer_says_when_data_goes_and_how_to_delete_it():
    text = text_of("utter_privacy")
    assert "/hapus" in text
    assert "dihapus otomatis setelah 180 hari" in text
    # the hand-off: what officers read, and when it goes from their chat
    assert "dihapus dari grup petugas 30 hari setelah kasus ditutup" in text


# --------------------------------------------------------------------------- item 10: plain words


@pytest.mark.parametrize("name", OWNED)
def test_an_acronym_first_comes_after_the_plain_words(name):
    text = body(text_of(name))
    text = re.sub(r"\S+\.go\.id", "", text)  # addresses are not words
    for acronym in ACRONYMS:
        match = re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
        if match:
            assert inside_brackets(text, match.start()), (
                f"{name}: first '{acronym}' should follow the plain words, e.g. 'Orientasi Pra "
                f"Pemberangkatan (OPP)'"
            )


def test_every_owned_response_exists():
    assert set(OWNED) <= set(DOMAIN["responses"])
    assert {r.response for r in domain_replies() if r.response} >= set(OWNED)


def test_the_wording_checks_catch_what_they_should():
    assert not inside_brackets("ke BP3MI (OPP)", 3)
    assert inside_brackets("balai (BP3MI)", 7)
