from bot.rasa_client import RasaButton, RasaMessage
from bot.telegram_render import (
    event_code_from_start,
    has_words,
    keyboard,
    split_for_telegram,
    telegram_messages,
    with_official_account,
)


def test_short_text_is_one_message():
    assert split_for_telegram("halo") == ["halo"]


def test_long_text_is_split_under_the_limit_at_line_breaks():
    text = "\n".join(f"baris {i} " + "x" * 90 for i in range(120))  # ~12,000 characters
    parts = split_for_telegram(text)
    assert len(parts) >= 3
    assert all(len(part) <= 4096 for part in parts)
    assert all(part.startswith("baris") for part in parts)
    assert "\n".join(parts) == text


def test_text_without_breaks_is_still_split():
    parts = split_for_telegram("x" * 10_000)
    assert [len(p) for p in parts] == [4096, 4096, 1808]


def test_buttons_go_under_the_last_part_two_a_row():
    names = ["greet", "ask_costs", "ask_visa", "report_case", "emergency_help"]
    buttons = [RasaButton(title=name, payload=f"/{name}") for name in names]
    sent = list(telegram_messages([RasaMessage(text="y" * 5000, buttons=buttons)]))
    assert sent[0][1] is None
    rows = sent[1][1].inline_keyboard
    assert [len(row) for row in rows] == [2, 2, 1]
    assert rows[0][0].callback_data == "/greet"


def test_buttons_telegram_cannot_carry_are_left_out():
    long_payload = '/inform_location{"kabupaten":"' + "x" * 60 + '"}'
    assert keyboard([RasaButton(title="A", payload=long_payload)]) is None


def test_buttons_whose_press_the_bot_would_refuse_are_left_out():
    offered = RasaButton(title="Lahat", payload='/inform_location{"kabupaten":"Lahat"}')
    refused = RasaButton(title="Mulai lagi", payload="/restart")

    [[button]] = keyboard([offered, refused]).inline_keyboard

    assert button.callback_data == offered.payload


def test_event_codes_from_deep_links():
    assert event_code_from_start(["sosialisasi-oki_2026"]) == "sosialisasi-oki_2026"
    assert event_code_from_start([]) is None
    assert event_code_from_start(["bad code!"]) is None
    assert event_code_from_start(["x" * 65]) is None
    assert event_code_from_start(["a", "b"]) is None


def test_emoji_only_has_no_words():
    assert not has_words("🙏🙏😭")
    assert not has_words("?!...")
    assert has_words("tolong 🙏")


def test_the_greeting_names_the_official_account_and_what_the_bot_never_asks():
    greeting = RasaMessage(text="Halo!", response="utter_greet")
    other = RasaMessage(text="Syarat ...", response="utter_requirements")

    first, second = with_official_account([greeting, other], "pmi_sumsel_bot")

    assert first.text.startswith("Halo!")
    assert "@pmi_sumsel_bot" in first.text
    assert "TIDAK PERNAH meminta uang" in first.text
    assert second == other


def test_without_a_known_username_the_greeting_still_says_what_the_bot_never_asks():
    [greeting] = with_official_account([RasaMessage(text="Halo!", response="utter_greet")], None)

    assert "TIDAK PERNAH meminta uang" in greeting.text
    assert "@" not in greeting.text
