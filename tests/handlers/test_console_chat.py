"""The chat in the terminal (`make run` without a token): the same pipeline as Telegram, the
buttons as numbers; the terminal is the edge faked here (its input lines)."""

import builtins

import pytest

from bot.console import chat_in_console
from testkit.inprocess import settings_in
from testkit.rasa_http import rasa_replying
from testkit.settings import make_settings

MENU = {
    "messages": [
        {
            "text": "Pilih topik:",
            "buttons": [{"title": "Syarat jadi PMI", "payload": "/ask_requirements"}],
            "response": "utter_capabilities",
        }
    ],
    "intent": "greet",
    "confidence": 1.0,
}


@pytest.fixture
def typed(monkeypatch):
    """Lines the villager types, then the end of input."""

    def type_lines(*lines: str) -> None:
        queue = list(lines)

        def read(prompt: str = "") -> str:
            if not queue:
                raise EOFError
            return queue.pop(0)

        monkeypatch.setattr(builtins, "input", read)

    return type_lines


async def test_the_console_greets_numbers_the_buttons_and_sends_a_chosen_one_as_its_payload(
    tmp_path, typed, capsys
):
    asked: list[dict] = []
    typed("", "1", "nomor saya 081234567890", "keluar", "tidak dibaca")

    await chat_in_console(
        make_settings(**settings_in(tmp_path)), rasa_transport=rasa_replying(asked, MENU)
    )

    shown = capsys.readouterr().out
    assert "Bot: Pilih topik:" in shown and "[1] Syarat jadi PMI" in shown
    assert [a["message"] for a in asked] == ["/greet", "/ask_requirements", "nomor saya <PHONE>"]


async def test_the_console_ends_at_the_end_of_input(tmp_path, typed, capsys):
    asked: list[dict] = []
    typed()

    await chat_in_console(
        make_settings(**settings_in(tmp_path)), rasa_transport=rasa_replying(asked, MENU)
    )

    assert [a["message"] for a in asked] == ["/greet"]
