"""Two bot replicas, as behind the webhook proxy: each a whole Application with its own
Services, sharing the query-log database and the real Redis on 127.0.0.1. Telegram is the fake
Bot API over HTTP, Rasa an httpx.MockTransport.

What a villager sees must not depend on which replica answers: the flood limit counts their
messages on both, the event they arrived through counts on both and survives a restart, and
with Redis down both keep answering."""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
import redis
from telegram import Update
from telegram.ext import Application

from bot import replies
from bot.anonymise import pseudonymise
from bot.app import build_application
from bot.conversation import forget_user
from bot.database import QueryLogDatabase
from bot.handlers import SERVICES_KEY
from bot.querylog import QueryLogRow
from bot.settings import Settings
from testkit import settings as test_settings
from testkit.databases import TEST_REDIS_URL, redis_unreachable
from testkit.factories import VILLAGER, command_update, text_update
from testkit.fake_telegram import FakeTelegram
from testkit.fixtures import redis_needed
from testkit.pipeline import logged_rows as rows_logged_by
from testkit.querylog_rows import add_events
from testkit.rasa_http import rasa_replying
from testkit.stack import TEST_TOKEN

NO_REDIS = "redis://127.0.0.1:9/0"  # nothing listens there
ANON_SECRET = "test-secret-0123456789-0123456789"
EVENT = "sosialisasi-desa-ulak-3f9a1c"
ANSWER = "Biaya penempatan resmi ..."


def rasa_answering_costs(requests: list[dict]) -> httpx.MockTransport:
    return rasa_replying(
        requests,
        {
            "messages": [{"text": ANSWER, "buttons": [], "response": "utter_costs"}],
            "intent": "ask_costs",
            "confidence": 1.0,
        },
    )


@pytest.fixture
def telegram():
    fake = FakeTelegram().start()
    yield fake
    fake.stop()


@pytest.fixture
def redis_prefix():
    """A key prefix of this test's own in the shared Redis; its keys are deleted afterwards."""
    prefix = f"pmi-test-{uuid.uuid4().hex}:"
    yield prefix
    if redis_unreachable():
        return  # (a test of Redis down; one that needs Redis said so with redis_needed)
    client = redis.Redis.from_url(TEST_REDIS_URL)
    keys = list(client.scan_iter(f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def make_settings(database_url, tmp_path, telegram, redis_prefix):
    """Settings of one replica: the shared database and Redis, a spool of its own."""
    with QueryLogDatabase(database_url) as database:
        database.upgrade()
        add_events(database.sessions, EVENT)

    def make(replica: int, **overrides) -> Settings:
        values = dict(
            telegram_bot_token=TEST_TOKEN,
            telegram_api_url=telegram.url,
            database_url=database_url,
            anon_secret=ANON_SECRET,
            spool_path=tmp_path / f"replica-{replica}" / "spool.jsonl",
            redis_url=TEST_REDIS_URL,
            redis_key_prefix=redis_prefix,
        )
        return test_settings.make_settings(**(values | overrides))

    return make


def everything_under(prefix: str) -> dict[str, object]:
    """Every key under the prefix with its value, read by type."""
    client = redis.Redis.from_url(TEST_REDIS_URL, decode_responses=True)
    read = {"string": client.get, "zset": lambda key: client.zrange(key, 0, -1, withscores=True)}
    try:
        return {key: read[client.type(key)](key) for key in client.scan_iter(f"{prefix}*")}
    finally:
        client.close()


@asynccontextmanager
async def running(settings: Settings, requests: list[dict]) -> AsyncIterator[Application]:
    """One replica, started as `python -m bot` starts it (post_init) and stopped the same way."""
    application = build_application(settings, rasa_transport=rasa_answering_costs(requests))
    async with application:
        await application.post_init(application)
        try:
            yield application
        finally:
            await application.post_shutdown(application)


async def send(application: Application, update: dict) -> None:
    await application.process_update(Update.de_json({**update, "update_id": 1}, application.bot))


async def logged_rows(application: Application) -> list[QueryLogRow]:
    return await rows_logged_by(application.bot_data[SERVICES_KEY])


async def test_the_flood_limit_counts_a_villagers_messages_on_both_replicas(
    make_settings, telegram
):
    redis_needed()
    requests: list[dict] = []
    async with (
        running(make_settings(1, flood_max_messages=3), requests) as first,
        running(make_settings(2, flood_max_messages=3), requests) as second,
    ):
        for n in range(5):  # alternately: 1, 2, 1, 2, 1
            await send((first, second)[n % 2], text_update(f"pertanyaan {n}"))

        assert len(requests) == 3  # the limit; each replica alone saw at most 3
        texts = [m["text"] for m in telegram.sent_messages(VILLAGER.id)]
        assert texts == [ANSWER] * 3 + [replies.SLOW_DOWN]  # one warning, then silence
        await second.bot_data[SERVICES_KEY].log_writer.drain()
        rows = await logged_rows(first)  # both replicas' rows, by when they arrived
        assert [r.message_kind for r in rows] == ["text"] * 3 + ["flood"] * 2


async def test_the_event_set_through_one_replica_counts_on_the_other_and_after_a_restart(
    make_settings, redis_prefix
):
    redis_needed()
    requests: list[dict] = []

    async with (
        running(make_settings(1), requests) as first,
        running(make_settings(2), requests) as second,
    ):
        await send(first, command_update(f"/start {EVENT}"))
        await send(second, text_update("syarat jadi pmi"))
        assert [r["metadata"]["event_code"] for r in requests] == [EVENT, EVENT]

    # Both stopped; a replica started afresh still knows where the villager came from.
    async with running(make_settings(3), requests) as restarted:
        await send(restarted, text_update("biaya resmi berapa"))
        assert requests[-1]["metadata"]["event_code"] == EVENT
        assert [r.event_code for r in await logged_rows(restarted)] == [EVENT] * 3

        # What Redis holds names the villager by pseudonym only.
        stored = everything_under(redis_prefix)
        pseudonym = pseudonymise(VILLAGER.id, ANON_SECRET)
        assert stored[f"{redis_prefix}arrival:{pseudonym}"] == EVENT
        assert f"{redis_prefix}flood:{pseudonym}" in stored
        assert str(VILLAGER.id) not in repr(stored)
        assert VILLAGER.username not in repr(stored)

        # /hapus on one replica: the event is gone for every replica.
        await forget_user(restarted.bot_data[SERVICES_KEY], VILLAGER.id)
    async with running(make_settings(4), requests) as another:
        await send(another, text_update("kantor bp3mi dimana"))
        assert requests[-1]["metadata"]["event_code"] is None


async def test_with_redis_down_both_replicas_keep_answering_and_say_so_once(
    make_settings, telegram, caplog
):
    requests: list[dict] = []
    caplog.set_level(logging.INFO)

    async with (
        running(make_settings(1, redis_url=NO_REDIS, flood_max_messages=3), requests) as first,
        running(make_settings(2, redis_url=NO_REDIS, flood_max_messages=3), requests) as second,
    ):
        await send(first, command_update(f"/start {EVENT}"))
        for n in range(5):  # over the limit of 3: it fails open
            await send((first, second)[n % 2], text_update(f"pertanyaan {n}"))

        assert len(requests) == 6
        assert [m["text"] for m in telegram.sent_messages(VILLAGER.id)] == [ANSWER] * 6
        # No event can be remembered without Redis: the questions count for none.
        assert {r["metadata"]["event_code"] for r in requests} == {None}

    warnings = [r for r in caplog.records if r.name == "bot.shared_state"]
    assert [r.levelname for r in warnings] == ["WARNING", "WARNING"]  # one per replica
    logged = "\n".join(r.getMessage() for r in caplog.records)
    pseudonym = pseudonymise(VILLAGER.id, ANON_SECRET)
    for personal in (str(VILLAGER.id), pseudonym, VILLAGER.username, "pertanyaan"):
        assert personal not in logged


async def test_one_bot_without_redis_still_knows_the_event_after_a_restart(make_settings):
    """The embedded default (no REDIS_URL): the event is read back from the query log."""
    requests: list[dict] = []
    alone = make_settings(1, redis_url=None)

    async with running(alone, requests) as bot:
        await send(bot, command_update(f"/start {EVENT}"))
    async with running(alone, requests) as restarted:
        await send(restarted, text_update("syarat jadi pmi"))
        assert [r["metadata"]["event_code"] for r in requests] == [EVENT, EVENT]
        await forget_user(restarted.bot_data[SERVICES_KEY], VILLAGER.id)  # /hapus
        await send(restarted, text_update("biaya resmi berapa"))
    async with running(alone, requests) as again:
        await send(again, text_update("kantor bp3mi dimana"))

    assert [r["metadata"]["event_code"] for r in requests[2:]] == [None, None]
