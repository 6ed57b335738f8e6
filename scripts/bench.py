"""Benchmark: the real bot and the trained model behind a fake Telegram Bot API on 127.0.0.1.

    .venv/bin/python scripts/bench.py        (or `make bench`)

Starts the action server, Rasa, the fake Bot API and the bot (long polling), then:
  1. steady: 20 messages a second from 100 simulated users for 30 s; latency is from the
     update being offered to the fake API until the bot's reply reaches it;
  2. saturation: 900 messages offered at once; throughput until the last reply;
  3. Rasa alone over its REST API with the same questions, one at a time, so the front end's
     overhead shows as a ratio (the REST channel is on only for the benchmark's own Rasa).
Prints the figures; the last line is one JSON object. Asserts nothing: figures, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bot.querylog import QueryLogRow
from testkit.databases import fresh_database
from testkit.factories import User, text_update
from testkit.fake_telegram import FakeTelegram
from testkit.figures import cpu_seconds, peak_rss_mb, percentile
from testkit.stack import (
    PRODUCTION_ENDPOINTS,
    credentials_with_rest,
    new_channel_secret,
    production_rasa_env,
    running_rasa,
    start_bot,
    stop,
    wait_until,
)

USERS = 100
STEADY_RATE, STEADY_SECONDS = 20, 30
SATURATION_MESSAGES = 900
REDIS_DB = 9  # Rasa's lock store with --replicas 2
# Questions answered with exactly one message, so each reply matches one question.
QUESTIONS = [
    "syarat jadi tki apa aja",
    "biaya jadi tki berapa",
    "apa itu tppo",
    "ciri ciri calo tki",
    "tolong saya disekap majikan",
    "kerja online di kamboja aman gak",
    "bpjs untuk tki wajib gak",
    "visa turis boleh buat kerja?",
    "negara mana yang dilarang untuk tki",
    "cara lapor calo",
    "cakmano caro daftar jadi pmi resmi",
    "gaji adik saya di malaysia tidak dibayar",
]


class Load:
    """Offers messages through the fake API and matches each reply to its question."""

    def __init__(self, telegram: FakeTelegram) -> None:
        self.telegram = telegram
        self.users = [
            User(id=800_000_000 + i, first_name="Uji", is_bot=False) for i in range(USERS)
        ]
        self.offered: dict[int, list[float]] = {u.id: [] for u in self.users}
        self.count = 0

    def offer(self) -> None:
        user = self.users[self.count % USERS]
        self.offered[user.id].append(time.monotonic())
        self.telegram.push_update(text_update(QUESTIONS[self.count % len(QUESTIONS)], user=user))
        self.count += 1

    def all_answered(self) -> bool:
        return all(
            len(self.telegram.sent_at.get(uid, [])) >= len(times)
            for uid, times in self.offered.items()
        )

    def wait_all(self, timeout: float) -> bool:
        try:
            wait_until(self.all_answered, timeout, "every reply")
        except TimeoutError:
            return False
        return True

    def latencies(self, since: dict[int, int]) -> list[float]:
        result = []
        for uid, times in self.offered.items():
            replies = self.telegram.sent_at.get(uid, [])
            for k in range(since.get(uid, 0), min(len(times), len(replies))):
                result.append((replies[k] - times[k]) * 1000)
        return result

    def marks(self) -> dict[int, int]:
        return {uid: len(times) for uid, times in self.offered.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--replicas",
        type=int,
        default=int(os.environ.get("BENCH_RASA_REPLICAS", "1")),
        help="Rasa processes behind the bot; more than one share the production stores "
        "(SQL tracker store on PostgreSQL, Redis lock store)",
    )
    args = parser.parse_args()
    # Figures from a busy machine mislead: say how busy it was before the run.
    load_before = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    database_url = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{work / 'log.sqlite3'}")
    with contextlib.ExitStack() as cleanup:
        tracker_url = (
            cleanup.enter_context(fresh_database("postgresql", work)) if args.replicas > 1 else None
        )
        result = run(work, database_url, args.replicas, tracker_url)
    print(
        f"date {datetime.now(timezone.utc):%Y-%m-%d}, machine {platform.machine()}, "
        f"{len(os.sched_getaffinity(0))} cores, load average before {load_before:.2f}, "
        f"query log {database_url.split(':')[0]}, "
        f"{args.replicas} Rasa "
        + ("(in-memory trackers)" if args.replicas == 1 else "(PostgreSQL trackers, Redis locks)")
    )
    print(
        f"front-end overhead: steady p50 {result['steady']['p50_ms']} ms vs Rasa alone "
        f"{result['rasa_only']['p50_ms']} ms "
        f"(x{result['steady']['p50_ms'] / result['rasa_only']['p50_ms']:.2f})"
    )
    print(
        "CPU per message at saturation (ms): "
        + ", ".join(f"{k} {v}" for k, v in result["saturation_cpu_ms_per_message"].items())
    )
    print(json.dumps(result))


def run(work: Path, database_url: str, replicas: int, tracker_url: str | None) -> dict:
    """Start everything (trackers in memory, or in tracker_url's PostgreSQL), measure, stop."""
    rasa_env = None
    if tracker_url is not None:

        def rasa_env(actions_url: str) -> dict:
            return production_rasa_env(actions_url, tracker_url, REDIS_DB)

    telegram = FakeTelegram().start()
    with (
        running_rasa(
            work,
            channel_secret=new_channel_secret(),
            replicas=replicas,
            endpoints=PRODUCTION_ENDPOINTS if tracker_url else None,
            rasa_env=rasa_env,
            credentials=credentials_with_rest(work),
        ) as stack,
        contextlib.ExitStack() as cleanup,
    ):
        cleanup.callback(telegram.stop)
        actions, *rasas = stack.processes
        running = start_bot(
            work,
            rasa_url=",".join(stack.urls),
            database_url=database_url,
            channel_secret=stack.channel_secret,
            telegram=telegram,
            ANON_SECRET="bench-secret-0123456789-0123456789",
            FLOOD_MAX_MESSAGES="100000",
            RASA_TIMEOUT_SECONDS="10",  # the bot's default: the saturation run queues in Rasa
        )
        cleanup.callback(stop, running.process)
        bot = running.process
        load = Load(telegram)

        # Warm-up: every question once, so no first-call costs land in the figures.
        for _ in QUESTIONS:
            load.offer()
        load.wait_all(60)

        print(f"steady: {STEADY_RATE} msg/s for {STEADY_SECONDS} s from {USERS} users")
        mark = load.marks()
        start = time.monotonic()
        for i in range(STEADY_RATE * STEADY_SECONDS):
            time.sleep(max(0.0, start + i / STEADY_RATE - time.monotonic()))
            load.offer()
        load.wait_all(60)
        steady = load.latencies(mark)

        print(f"saturation: {SATURATION_MESSAGES} messages at once")
        cpu_before = cpu_use(bot, rasas, actions)
        mark = load.marks()
        start = time.monotonic()
        for _ in range(SATURATION_MESSAGES):
            load.offer()
        load.wait_all(180)
        last_reply = max(t for uid, times in telegram.sent_at.items() for t in times)
        cpu_after = cpu_use(bot, rasas, actions)
        saturation = load.latencies(mark)
        throughput = len(saturation) / (last_reply - start)

        print("Rasa alone (REST channel), one request at a time")
        rasa_alone = []
        with httpx.Client(base_url=stack.url, timeout=30) as client:
            for i in range(300):
                t0 = time.perf_counter()
                client.post(
                    "/webhooks/rest/webhook",
                    json={"sender": f"bench-{i % 50}", "message": QUESTIONS[i % len(QUESTIONS)]},
                )
                rasa_alone.append((time.perf_counter() - t0) * 1000)

        messages = load.count
        replies = sum(
            min(len(telegram.sent_at.get(uid, [])), len(t)) for uid, t in load.offered.items()
        )
        logged = wait_for_log_rows(database_url, messages)
        peaks = {
            "bot": peak_rss_mb(bot.pid),
            "rasa": round(sum(peak_rss_mb(rasa.pid) for rasa in rasas), 1),
            "actions": peak_rss_mb(actions.pid),
        }

    return {
        "lost": messages - replies,
        "messages": messages,
        "replies": replies,
        "logged": logged,
        "steady": {
            "offered_msg_s": STEADY_RATE,
            "p50_ms": round(statistics.median(steady), 1),
            "p95_ms": round(percentile(steady, 0.95), 1),
            "p99_ms": round(percentile(steady, 0.99), 1),
        },
        "saturation": {
            "throughput_msg_s": round(throughput, 1),
            "p95_ms": round(percentile(saturation, 0.95), 1),
        },
        "rasa_only": {
            "p50_ms": round(statistics.median(rasa_alone), 1),
            "p95_ms": round(percentile(rasa_alone, 0.95), 1),
        },
        "peak_rss_mb": peaks,
        "rasa_replicas": len(rasas),
        # Where the two cores went while the backlog drained (the harness fakes Telegram).
        "saturation_cpu_ms_per_message": {
            part: round((cpu_after[part] - cpu_before[part]) * 1000 / SATURATION_MESSAGES, 1)
            for part in cpu_before
        },
    }


def cpu_use(bot: subprocess.Popen, rasas: list[subprocess.Popen], actions) -> dict[str, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "bot": cpu_seconds(bot.pid),
        "rasa": sum(cpu_seconds(rasa.pid) for rasa in rasas),
        "actions": cpu_seconds(actions.pid),
        "harness": usage.ru_utime + usage.ru_stime,
    }


def wait_for_log_rows(database_url: str, expected: int) -> int:
    """Rows in the query log once the writer has caught up (or after 30 s)."""
    engine = create_engine(database_url)

    def logged() -> int:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(QueryLogRow)).scalar_one()

    try:
        with contextlib.suppress(TimeoutError):  # the figures say how many were logged
            wait_until(lambda: logged() >= expected, 30, "the query log's rows")
        return logged()
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()
