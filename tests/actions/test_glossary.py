import re

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.glossary import ActionExplainTerm, load_glossary, terms_in
from actions.topics import load_topics
from tests.actions.conftest import make_tracker

TERMS_THE_ISSUE_NAMES = [
    "SISKOP2MI",
    "SIP2MI",
    "SIP3MI",
    "P3MI",
    "job order",
    "OPP",
    "LTSA",
    "BP3MI",
    "KP2MI",
    "perjanjian kerja",
    "visa kerja",
    "calo",
    "TPPO",
]


def test_the_glossary_explains_every_term_the_issue_names():
    assert set(TERMS_THE_ISSUE_NAMES) <= set(load_glossary())


def test_every_explanation_is_short_and_offers_a_topic_the_menu_knows(domain):
    titles = load_topics()["titles"]
    for term in load_glossary().values():
        assert len(term.text) <= 400, term.name
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", term.text) if s]
        assert len(sentences) <= 2, term.name  # the contract: one or two sentences
        assert term.topic in titles and term.topic in domain["intents"], term.name
        assert term.source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("apa itu sip2mi", ["SIP2MI"]),
        ("SIP3MI tu apo kak", ["SIP3MI"]),
        ("beda sip2mi dan sip3mi apa", ["SIP2MI", "SIP3MI"]),
        ("pjtki itu apa", ["P3MI"]),
        ("orientasi pra pemberangkatan itu apa", ["OPP"]),
        ("bnp2tki sekarang jadi apa", ["KP2MI"]),
        ("apa arti job order", ["job order"]),
        ("opportunity", []),  # "opp" only as a whole word
        ("hari ini cerah", []),
    ],
)
def test_terms_are_found_as_whole_words(text, expected):
    assert [t.name for t in terms_in(text)] == expected


async def test_a_named_term_is_explained_with_its_source_and_topic_button(domain):
    dispatcher = CollectingDispatcher()
    await ActionExplainTerm().run(dispatcher, make_tracker("opp itu apa", "ask_term"), domain)

    [message] = dispatcher.messages
    assert message["response"] == "utter_term"
    assert message["explanation"].startswith("Orientasi Pra Pemberangkatan (OPP)")
    assert message["source"]
    assert [b["payload"] for b in message["buttons"]] == ["/ask_training", "/ask_term"]


async def test_two_terms_get_two_explanations(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("bedanya sip2mi sama sip3mi apa", "ask_term")
    await ActionExplainTerm().run(dispatcher, tracker, domain)

    first, second = dispatcher.messages
    assert "SIP2MI" in first["explanation"] and not first["buttons"]
    assert "SIP3MI" in second["explanation"] and second["buttons"]


async def test_a_button_names_the_term(domain):
    dispatcher = CollectingDispatcher()
    entities = [{"entity": "istilah", "value": "LTSA", "start": 0, "end": 0}]
    tracker = make_tracker("/ask_term", "ask_term", entities=entities)
    await ActionExplainTerm().run(dispatcher, tracker, domain)

    assert "Layanan Terpadu Satu Atap" in dispatcher.messages[0]["explanation"]


async def test_without_a_term_it_offers_the_glossary_as_buttons(domain):
    dispatcher = CollectingDispatcher()
    await ActionExplainTerm().run(dispatcher, make_tracker("arti istilah", "ask_term"), domain)

    [message] = dispatcher.messages
    assert message["response"] == "utter_ask_which_term"
    assert len(message["buttons"]) == len(load_glossary())


async def test_a_question_about_a_term_gets_that_questions_answer(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "kalo berangkat lagi opp lagi dak", "ask_term", selected=[("ask_training/opp_repeat", 0.8)]
    )
    await ActionExplainTerm().run(dispatcher, tracker, domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_ask_training/opp_repeat"]


async def test_a_term_asked_about_is_explained_by_the_glossary(domain):
    # the selector's likeliest entry of the glossary's own topic does not replace the glossary
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("opp itu apa", "ask_term", selected=[("ask_term/interminit", 0.8)])
    await ActionExplainTerm().run(dispatcher, tracker, domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_term"]


async def test_a_phrase_that_starts_with_a_term_gets_its_own_answer(domain):
    # "PMI mandiri" is PMI perseorangan, an entry of the topic; the glossary would explain PMI
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "PMI mandiri tu apo maksudnyo?",
        "ask_term",
        selected=[("ask_term/pmi_perseorangan", 0.97)],
    )
    await ActionExplainTerm().run(dispatcher, tracker, domain)

    assert [m["response"] for m in dispatcher.messages] == ["utter_ask_term/pmi_perseorangan"]


@pytest.mark.parametrize(
    "text",
    ["siskop2mi itu apa", "apa itu opp", "bedanya sip2mi sama sip3mi", "pk sama opp beda nya apa"],
)
async def test_what_a_term_means_is_the_glossarys_answer_whatever_the_selector_reads(domain, text):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "ask_term", selected=[("ask_procedure/name_in_siskop2mi", 0.8)])
    await ActionExplainTerm().run(dispatcher, tracker, domain)

    assert {m["response"] for m in dispatcher.messages} == {"utter_term"}
