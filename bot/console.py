"""A chat in the terminal through the same pipeline as Telegram (scrubbing, Rasa, query log).

For trying the bot before you have a Telegram token: `make run` opens it when
TELEGRAM_BOT_TOKEN is not set.
"""

from __future__ import annotations

import asyncio

import httpx

from bot.conversation import Query, answer_text
from bot.rasa_client import RasaButton, RasaMessage
from bot.services import Services
from bot.settings import Settings
from bot.telegram_render import with_official_account

# The console has one user; its pseudonym is the HMAC of this id like any other user's.
CONSOLE_USER_ID = 0


def show(messages: list[RasaMessage], username: str | None) -> list[RasaButton]:
    """Print the replies; buttons become numbered choices. Returns the buttons shown."""
    buttons: list[RasaButton] = []
    for message in with_official_account(messages, username):
        print(f"\nBot: {message.text}")
        for button in message.buttons:
            buttons.append(button)
            print(f"  [{len(buttons)}] {button.title}")
    print()
    return buttons


async def chat_in_console(
    settings: Settings, *, rasa_transport: httpx.AsyncBaseTransport | None = None
) -> None:
    """Read questions from the terminal until end of input or 'keluar' (rasa_transport as in
    bot.app.build_application)."""
    async with await Services.open(settings, rasa_transport=rasa_transport) as services:
        await chat(services, settings.telegram_bot_username)


async def chat(services: Services, username: str | None) -> None:
    """The conversation itself, on services the caller opened."""
    print(
        "Chat di terminal (tanpa Telegram). Ketik nomor untuk menekan tombol, 'keluar' untuk berhenti."
    )
    greeting = await answer_text(
        services, Query(CONSOLE_USER_ID, "/greet", kind="start", payload=True)
    )
    buttons = show(greeting, username)
    while True:
        try:
            line = (await asyncio.to_thread(input, "Anda: ")).strip()
        except EOFError:
            break
        if line.casefold() in {"keluar", "exit", "quit"}:
            break
        if not line:
            continue
        if line.isdigit() and 1 <= int(line) <= len(buttons):
            query = Query(
                CONSOLE_USER_ID, buttons[int(line) - 1].payload, kind="button", payload=True
            )
        else:
            query = Query(CONSOLE_USER_ID, line)
        buttons = show(await answer_text(services, query), username)
