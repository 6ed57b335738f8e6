"""/start with a deep-link payload, through the bot's own handlers in process: Telegram and Rasa
faked at the HTTP layer (httpx.MockTransport), the query log a real database."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import text

from bot.outreach_events import RegisteredEvents
from testkit.factories import VILLAGER, command_update, text_update
from testkit.inprocess import bot_in_process
from testkit.querylog_rows import add_events, open_log
from testkit.rasa_http import rasa_replying

WELCOME = "Selamat datang di Asisten PMI Sumsel."


class Clock:
    """time.monotonic for RegisteredEvents, moved on by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def rasa_welcoming(requests: list[dict]) -> httpx.MockTransport:
    """Rasa answering every message with the greeting; requests are recorded."""
    return rasa_replying(
        requests,
        {
            "messages": [{"text": WELCOME, "buttons": [], "response": "utter_greet"}],
            "intent": "greet",
            "confidence": 1.0,
        },
    )


@pytest.fixture
async def bot(database_url, tmp_path):
    """The application as post_init opens it (testkit/inprocess.py), its Rasa answering every
    message with the greeting and its clock in the test's hands; yields the running bot, the
    fake Telegram, Rasa's requests and the clock."""
    requests: list[dict] = []
    clock = Clock()
    async with bot_in_process(
        tmp_path, database_url=database_url, rasa_transport=rasa_welcoming(requests)
    ) as running:
        running.services.registered_events = RegisteredEvents(
            running.services.sessions, clock=clock
        )
        yield running, running.telegram, requests, clock


async def test_a_payload_that_is_no_registered_event_gets_the_welcome_and_tags_nothing(bot):
    running, telegram, requests, _ = bot

    await running.send(command_update("/start 081234567890"))
    await running.send(text_update("syarat jadi pmi"))

    [welcome, _] = telegram.sent_messages(VILLAGER.id)
    assert welcome["text"].startswith(WELCOME)  # the same welcome as a plain /start
    assert [r["metadata"]["event_code"] for r in requests] == [None, None]
    rows = await running.rows()
    assert [row.event_code for row in rows] == [None, None]
    assert "081234567890" not in repr([(r.text, r.event_code) for r in rows])


async def test_a_registered_events_code_tags_the_users_later_queries(bot):
    running, telegram, requests, _ = bot
    add_events(running.services.sessions, "sosialisasi-desa-ulak-3f9a1c")

    await running.send(command_update("/start sosialisasi-desa-ulak-3f9a1c"))
    await running.send(text_update("syarat jadi pmi"))

    assert telegram.sent_messages(VILLAGER.id)[0]["text"].startswith(WELCOME)
    assert [r["metadata"]["event_code"] for r in requests] == ["sosialisasi-desa-ulak-3f9a1c"] * 2
    rows = await running.rows()
    assert [row.event_code for row in rows] == ["sosialisasi-desa-ulak-3f9a1c"] * 2


async def test_an_event_created_while_the_bot_runs_is_recognised_within_a_minute(bot):
    running, _, requests, clock = bot
    code = "sosialisasi-baru-77aa01"
    await running.send(command_update(f"/start {code}"))  # the codes are read now
    add_events(running.services.sessions, code)

    clock.now += 30
    await running.send(command_update(f"/start {code}"))
    clock.now += 31
    await running.send(command_update(f"/start {code}"))

    assert [r["metadata"]["event_code"] for r in requests] == [None, None, code]
    assert [row.event_code for row in await running.rows()] == [None, None, code]


async def test_a_broken_link_leaves_the_event_of_an_earlier_link_in_place(bot):
    running, _, requests, _ = bot
    add_events(running.services.sessions, "sosialisasi-desa-ulak-3f9a1c")

    await running.send(command_update("/start sosialisasi-desa-ulak-3f9a1c"))
    await running.send(command_update("/start acara-yang-tidak-ada"))

    assert [r["metadata"]["event_code"] for r in requests] == ["sosialisasi-desa-ulak-3f9a1c"] * 2


async def test_while_the_codes_cannot_be_read_the_last_ones_read_are_used(tmp_path):
    log = open_log(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    sessions = log.sessions
    add_events(sessions, "sosialisasi-desa-ulak-3f9a1c")
    clock = Clock()
    events = RegisteredEvents(sessions, clock=clock)
    assert await events.has("sosialisasi-desa-ulak-3f9a1c")

    with sessions.begin() as session:  # the next read fails
        session.execute(text("DROP TABLE outreach_event"))
    clock.now += 61

    assert await events.has("sosialisasi-desa-ulak-3f9a1c")
    assert not await events.has("081234567890")
    log.close()


async def test_with_no_database_at_all_no_payload_counts_and_nothing_breaks(tmp_path):
    log = open_log(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    sessions = log.sessions
    log.close()
    (tmp_path / "log.sqlite3").unlink()
    (tmp_path / "log.sqlite3").mkdir()  # a directory where the database file was: unreadable

    assert not await RegisteredEvents(sessions).has("sosialisasi-desa-ulak-3f9a1c")
