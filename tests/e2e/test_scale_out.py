"""Two Rasa replicas sharing Rasa's SQL tracker store (PostgreSQL) and Redis lock store; the
bot sends consecutive messages to different replicas and the job-offer checker still works.
The bot keeps its own shared state (flood limit, arrivals) in the same Redis."""

from __future__ import annotations

import uuid

import pytest
import redis
from sqlalchemy import create_engine, func, select

from bot.querylog import QueryLogRow
from testkit.databases import fresh_database
from testkit.factories import button_press, new_user, text_update
from testkit.stack import (
    PRODUCTION_ENDPOINTS,
    free_port,
    launch_rasa,
    production_rasa_env,
    stop,
    wait_for_rasa,
    wait_until,
)

pytestmark = pytest.mark.e2e
REDIS_DB = 7


def test_the_job_offer_checker_across_two_replicas(rasa_stack, start_bot, tmp_path):
    with (
        fresh_database("postgresql", tmp_path) as tracker_url,
        fresh_database("postgresql", tmp_path / "log") as log_url,
    ):
        env = production_rasa_env(rasa_stack.actions_url, tracker_url, REDIS_DB)
        prefix = f"pmi-e2e-{uuid.uuid4().hex}:"
        bot_keys = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB, decode_responses=True)
        ports = [free_port(), free_port()]
        replicas = [
            launch_rasa(
                port,
                0,
                tmp_path,
                channel_secret=rasa_stack.channel_secret,
                endpoints=PRODUCTION_ENDPOINTS,
                env=env,
            )
            for port in ports
        ]
        try:
            for port, replica in zip(ports, replicas, strict=True):
                wait_for_rasa(port, replica)
            # The bot keeps its flood limit and arrivals in the Redis of Rasa's locks.
            bot = start_bot(
                ",".join(f"http://127.0.0.1:{p}" for p in ports),
                log_url,
                REDIS_URL=f"redis://127.0.0.1:6379/{REDIS_DB}",
                REDIS_KEY_PREFIX=prefix,
            )
            telegram = bot.telegram
            user = new_user()

            def say(update: dict, replies: int = 1) -> list[str]:
                before = len(telegram.sent_messages(user.id))
                telegram.push_update(update)
                return [
                    m["text"]
                    for m in telegram.wait_for_messages(user.id, before + replies)[before:]
                ]

            # The offer may first get a short answer the model picks (which one is the model's
            # business, tested apart): wait for the checker's first question, whatever came first.
            telegram.push_update(
                text_update("ada yang nawarin kerja di malaysia, aman gak", user=user)
            )
            wait_until(
                lambda: any(m["text"].startswith("1/") for m in telegram.sent_messages(user.id)),
                60,
                "the checker's first question",
            )
            answers = ["/affirm", "/deny", "/affirm"] + ["/deny"] * 6 + ["/dont_know"]
            for answer in answers:
                say(button_press(answer, user=user))
            [verdict] = say(button_press("/deny", user=user))

            assert "CEK DULU" in verdict  # one doubt: the contract
            engine = create_engine(log_url)
            wait_until(lambda: _count(engine) == 12, 20, "query-log rows")
            engine.dispose()
            tracker = create_engine(tracker_url)
            with tracker.connect() as connection:
                events = connection.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
            tracker.dispose()
            assert events > 20  # the conversation lives in the shared store
            flood_keys = list(bot_keys.scan_iter(f"{prefix}flood:*"))
            assert len(flood_keys) == 1 and str(user.id) not in flood_keys[0]
        finally:
            for replica in replicas:
                stop(replica)
            for key in bot_keys.scan_iter(f"{prefix}*"):
                bot_keys.delete(key)
            bot_keys.close()


def _count(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(QueryLogRow)).scalar_one()
