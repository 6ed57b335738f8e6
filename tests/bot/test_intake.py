"""What may reach Rasa as an intent: the bot's own payloads only."""

import pytest

from bot.intake import as_typed_text, is_offered_payload


@pytest.mark.parametrize(
    "payload",
    [
        "/ask_requirements",
        '/inform_location{"kabupaten":"OKU Timur"}',
        '/inform_location{"kabupaten":"luar Sumatera Selatan"}',
        '/ask_term{"istilah":"E-KPMI"}',
        "/hapus",
    ],
)
def test_payloads_the_bot_offers_are_accepted(payload):
    assert is_offered_payload(payload)


@pytest.mark.parametrize(
    "forged",
    [
        "ask_requirements",
        "/restart",  # Rasa's own intent: would wipe the conversation
        "/session_start",
        "/nonexistent_intent",
        "/affirm@0.01",  # a confidence of one's choosing
        "/restart; DROP TABLE query_log",
        "/" + "a" * 70,
        '/inform_location{"kabupaten":"<b>x</b>"}',
        '/inform_location{"kabupaten":"' + "x" * 50 + '"}',
        '/inform_location{"kabupaten":["Lahat","OKI"]}',
        '/inform_location{"kabupaten":"Lahat","negara":"Kamboja"}',
        '/inform_location{"tidak_ada":"Lahat"}',
        '/inform_location{"kabupaten":"Lahat"',
        '/ask_requirements\n{"kabupaten":"Lahat"}',
        "/ask_requirements\n",
    ],
)
def test_a_forged_button_press_is_refused(forged):
    assert not is_offered_payload(forged)


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ('/inform_location{"kabupaten":"Lahat"}', 'inform_location{"kabupaten":"Lahat"}'),
        ("  /restart", "restart"),
        ("//greet", "greet"),
        ("/ /\n/affirm", "affirm"),
        ("syarat jadi tki / pmi", "syarat jadi tki / pmi"),
    ],
)
def test_typed_text_never_starts_with_a_slash(typed, sent):
    assert as_typed_text(typed) == sent


def test_a_lone_surrogate_in_forged_callback_data_is_refused_not_an_error():
    assert is_offered_payload("/greet\ud800") is False
