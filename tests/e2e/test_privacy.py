"""Privacy, proven end to end: personal data of every kind goes in through Telegram (in the
text and in the sender's profile), then every place the system keeps anything is searched for
it: the query-log database, Rasa's tracker store (SQL, on PostgreSQL, as in production), the
Redis lock store, the spool, and the logs of the bot, Rasa and the action server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
from sqlalchemy import Engine, create_engine, inspect, text

from bot.anonymise import pseudonymise
from testkit.databases import fresh_database
from testkit.factories import button_press, command_update, new_user, text_update
from testkit.planted import NAMES, NUMBERS, PLANTED_MESSAGES, personal_data_in
from testkit.stack import (
    PRODUCTION_ENDPOINTS,
    RunningBot,
    free_port,
    launch_rasa,
    production_rasa_env,
    stop,
    wait_for_rasa,
    wait_until,
)

pytestmark = pytest.mark.e2e
REDIS_DB = 8


def test_the_search_finds_every_planted_item_where_it_is():
    """The check below can fail: in what Telegram sends, every item is there."""
    sent = json.dumps([text_update(message) for message in PLANTED_MESSAGES])
    assert sorted(personal_data_in(sent)) == sorted(NAMES + NUMBERS)


@dataclass
class PlantedStack:
    """The bot and one Rasa on the production stores, after the planted messages."""

    bot: RunningBot
    rasa_port: int
    tracker_engine: Engine
    log_engine: Engine
    lock_store: redis.Redis
    rasa_log: Path


@pytest.fixture(scope="module")
def planted(rasa_stack, start_bot, tmp_path_factory) -> Iterator[PlantedStack]:
    tmp_path = tmp_path_factory.mktemp("privacy")
    with (
        fresh_database("postgresql", tmp_path / "tracker") as tracker_url,
        fresh_database("postgresql", tmp_path / "log") as log_url,
    ):
        lock_store = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
        lock_store.flushdb()
        port = free_port()
        rasa = launch_rasa(
            port,
            0,
            tmp_path,
            channel_secret=rasa_stack.channel_secret,
            endpoints=PRODUCTION_ENDPOINTS,
            env=production_rasa_env(rasa_stack.actions_url, tracker_url, REDIS_DB),
        )
        tracker_engine, log_engine = create_engine(tracker_url), create_engine(log_url)
        try:
            wait_for_rasa(port, rasa)
            bot = start_bot(f"http://127.0.0.1:{port}", log_url, FLOOD_MAX_MESSAGES="100")
            # One at a time, as a person types: the next once the last one is answered and logged.
            # The villager is the factories' VILLAGER, whose id is among the planted items.
            for count, message in enumerate(PLANTED_MESSAGES, start=1):
                bot.telegram.push_update(text_update(message))
                wait_until(lambda count=count: _row_count(log_engine) == count, 30, "log row")
            yield PlantedStack(
                bot, port, tracker_engine, log_engine, lock_store, tmp_path / f"rasa-{port}.log"
            )
        finally:
            stop(rasa)
            tracker_engine.dispose()
            log_engine.dispose()


def test_no_personal_data_is_kept_anywhere(planted, rasa_stack):
    query_log = _dump_database(planted.log_engine)
    tracker_store = _dump_database(planted.tracker_engine)
    lock_store = " ".join(
        f"{key!r} {planted.lock_store.dump(key)!r}" for key in planted.lock_store.scan_iter()
    )
    # Everything was really kept: the rows and the events are there, scrubbed.
    for placeholder in (
        "<PHONE>",
        "<NIK>",
        "<NAMA>",
        "<ALAMAT>",
        "<TGL_LAHIR>",
        "<TAUTAN>",
        "<EMAIL>",
    ):
        assert placeholder in query_log
    assert "<PHONE>" in tracker_store and "<PASPOR>" in tracker_store
    places = {
        "query-log database": query_log,
        "Rasa tracker store": tracker_store,
        "Redis lock store": lock_store,
        "bot log": planted.bot.log(),
        "Rasa log": planted.rasa_log.read_text(errors="replace"),
        "action server log": (rasa_stack.logs / "actions.log").read_text(errors="replace"),
        "spool": _read_if_there(planted.bot.log_path.parent / "spool.jsonl"),
    }
    leaks = {place: personal_data_in(kept) for place, kept in places.items()}
    assert leaks == {place: [] for place in places}


def test_hapus_deletes_the_conversation_from_rasas_tracker_store_too(planted):
    # A villager of its own: the planted conversation stays for the test above.
    user = new_user()
    pseudonym = pseudonymise(user.id, planted.bot.anon_secret)
    telegram = planted.bot.telegram
    rows_before = _row_count(planted.log_engine)
    telegram.push_update(text_update("syarat jadi tki apa aja", user=user))
    telegram.wait_for_messages(user.id, 1)
    wait_until(lambda: _row_count(planted.log_engine) == rows_before + 1, 30, "log row")
    assert _events_of(planted.tracker_engine, pseudonym) > 0
    before = len(telegram.sent_messages(user.id))
    telegram.push_update(command_update("/hapus", user=user))
    telegram.wait_for_messages(user.id, before + 1)
    telegram.push_update(button_press("hapus:ya", user=user))
    done = telegram.wait_for_messages(user.id, before + 2)[-1]["text"]

    assert "percakapan Anda dengan bot juga sudah dihapus" in done
    assert _events_of(planted.tracker_engine, pseudonym) == 0
    assert _row_count(planted.log_engine) == rows_before  # the planted rows are still there


def _events_of(engine: Engine, sender: str) -> int:
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM events WHERE sender_id = :sender"), {"sender": sender}
        ).scalar_one()


def _row_count(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM query_log")).scalar_one()


def _dump_database(engine) -> str:
    """Every row of every table, as text."""
    parts = []
    with engine.connect() as connection:
        for table in inspect(engine).get_table_names():
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).all()
            parts.append(f"{table}: {[tuple(row) for row in rows]!r}")
    return "\n".join(parts)


def _read_if_there(path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""
