"""/start with a deep-link payload, through the bot's own handlers: Telegram is the fake Bot API
over HTTP, Rasa an httpx.MockTransport, the query log a real database."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import select, text
from telegram import Update

from bot.app import build_application
from bot.handlers import SERVICES_KEY
from bot.outreach_events import RegisteredEvents
from bot.querylog import QueryLogRow
from bot.settings import Settings
from tests.e2e.conftest import TEST_TOKEN
from tests.factories import VILLAGER, command_update, text_update
from tests.fake_telegram import FakeTelegram
from tests.querylog_rows import add_events, open_log

WELCOME = "Selamat datang di Asisten PMI Sumsel."


class Clock:
    """time.monotonic for RegisteredEvents, moved on by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def rasa_welcoming(requests: list[dict]) -> httpx.MockTransport:
    """Rasa answering every message with the greeting; requests are recorded."""

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(json.loads(request.content))
        return httpx.Response(
            200,
            json={
                "messages": [{"text": WELCOME, "buttons": [], "response": "utter_greet"}],
                "intent": "greet",
                "confidence": 1.0,
            },
        )

    return httpx.MockTransport(handle)


@pytest.fixture
async def bot(database_url, tmp_path):
    """The application as post_init opens it, its Rasa faked and its clock in the test's hands;
    yields the application, the fake Telegram, Rasa's requests and the clock."""
    telegram = FakeTelegram().start()
    settings = Settings(
        telegram_bot_token=TEST_TOKEN,
        telegram_api_url=telegram.url,
        database_url=database_url,
        anon_secret="test-secret-0123456789-0123456789",
        spool_path=tmp_path / "spool.jsonl",
    )
    requests: list[dict] = []
    application = build_application(settings, rasa_transport=rasa_welcoming(requests))
    clock = Clock()
    async with application:
        await application.post_init(application)
        services = application.bot_data[SERVICES_KEY]
        services.registered_events = RegisteredEvents(services.sessions, clock=clock)
        try:
            yield application, telegram, requests, clock
        finally:
            await application.post_shutdown(application)
            telegram.stop()


async def send(application, update: dict) -> None:
    """Handle one update as polling would hand it over (the factories leave out its id)."""
    await application.process_update(Update.de_json({**update, "update_id": 1}, application.bot))


async def logged_rows(application) -> list[QueryLogRow]:
    services = application.bot_data[SERVICES_KEY]
    await services.log_writer.drain()
    with services.sessions() as session:
        return list(session.scalars(select(QueryLogRow).order_by(QueryLogRow.id)))


async def test_a_payload_that_is_no_registered_event_gets_the_welcome_and_tags_nothing(bot):
    application, telegram, requests, _ = bot

    await send(application, command_update("/start 081234567890"))
    await send(application, text_update("syarat jadi pmi"))

    [welcome, _] = telegram.sent_messages(VILLAGER.id)
    assert welcome["text"].startswith(WELCOME)  # the same welcome as a plain /start
    assert [r["metadata"]["event_code"] for r in requests] == [None, None]
    rows = await logged_rows(application)
    assert [row.event_code for row in rows] == [None, None]
    assert "081234567890" not in repr([(r.text, r.event_code) for r in rows])


async def test_a_registered_events_code_tags_the_users_later_queries(bot):
    application, telegram, requests, _ = bot
    add_events(application.bot_data[SERVICES_KEY].sessions, "sosialisasi-desa-ulak-3f9a1c")

    await send(application, command_update("/start sosialisasi-desa-ulak-3f9a1c"))
    await send(application, text_update("syarat jadi pmi"))

    assert telegram.sent_messages(VILLAGER.id)[0]["text"].startswith(WELCOME)
    assert [r["metadata"]["event_code"] for r in requests] == ["sosialisasi-desa-ulak-3f9a1c"] * 2
    rows = await logged_rows(application)
    assert [row.event_code for row in rows] == ["sosialisasi-desa-ulak-3f9a1c"] * 2


async def test_an_event_created_while_the_bot_runs_is_recognised_within_a_minute(bot):
    application, _, requests, clock = bot
    code = "sosialisasi-baru-77aa01"
    await send(application, command_update(f"/start {code}"))  # the codes are read now
    add_events(application.bot_data[SERVICES_KEY].sessions, code)

    clock.now += 30
    await send(application, command_update(f"/start {code}"))
    clock.now += 31
    await send(application, command_update(f"/start {code}"))

    assert [r["metadata"]["event_code"] for r in requests] == [None, None, code]
    assert [row.event_code for row in await logged_rows(application)] == [None, None, code]


async def test_a_broken_link_leaves_the_event_of_an_earlier_link_in_place(bot):
    application, _, requests, _ = bot
    add_events(application.bot_data[SERVICES_KEY].sessions, "sosialisasi-desa-ulak-3f9a1c")

    await send(application, command_update("/start sosialisasi-desa-ulak-3f9a1c"))
    await send(application, command_update("/start acara-yang-tidak-ada"))

    assert [r["metadata"]["event_code"] for r in requests] == ["sosialisasi-desa-ulak-3f9a1c"] * 2


async def test_while_the_codes_cannot_be_read_the_last_ones_read_are_used(tmp_path):
    sessions = open_log(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    add_events(sessions, "sosialisasi-desa-ulak-3f9a1c")
    clock = Clock()
    events = RegisteredEvents(sessions, clock=clock)
    assert await events.has("sosialisasi-desa-ulak-3f9a1c")

    with sessions.begin() as session:  # the next read fails
        session.execute(text("DROP TABLE outreach_event"))
    clock.now += 61

    assert await events.has("sosialisasi-desa-ulak-3f9a1c")
    assert not await events.has("081234567890")
    sessions.kw["bind"].dispose()


async def test_with_no_database_at_all_no_payload_counts_and_nothing_breaks(tmp_path):
    sessions = open_log(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    sessions.kw["bind"].dispose()
    (tmp_path / "log.sqlite3").unlink()
    (tmp_path / "log.sqlite3").mkdir()  # a directory where the database file was: unreadable

    assert not await RegisteredEvents(sessions).has("sosialisasi-desa-ulak-3f9a1c")
