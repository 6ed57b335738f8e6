"""Benchmark: the real bot and the trained model behind a fake Telegram Bot API on 127.0.0.1.

    .venv/bin/python scripts/bench.py        (or `make bench`)

Starts the action server, Rasa, the fake Bot API and the bot (long polling), then:
  1. steady: 20 messages a second from 100 simulated users for 30 s; latency is from the
     update being offered to the fake API until the bot's reply reaches it;
  2. saturation: 900 messages offered at once; throughput until the last reply;
  3. Rasa alone over its REST API with the same questions, one at a time, so the front end's
     overhead shows as a ratio.
Prints the figures; the last line is one JSON object. Asserts nothing: figures, not a test.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure_rasa import free_port, percentile  # noqa: E402 - beside this script

from bot.querylog import QueryLogRow  # noqa: E402
from tests.factories import User, text_update  # noqa: E402
from tests.fake_telegram import FakeTelegram  # noqa: E402

RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
USERS = 100
STEADY_RATE, STEADY_SECONDS = 20, 30
SATURATION_MESSAGES = 900
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


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process and its children."""
    total = 0
    for candidate in [pid, *child_pids(pid)]:
        try:
            for line in Path(f"/proc/{candidate}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return round(total / 1024, 1)


def child_pids(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return []
    return [int(c) for c in children] + [g for c in children for g in child_pids(int(c))]


def wait_http(url: str, process: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{url}: process exited")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit(f"{url} not ready")


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

    def wait_all(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(
                len(self.telegram.sent_at.get(uid, [])) >= len(times)
                for uid, times in self.offered.items()
            ):
                return True
            time.sleep(0.05)
        return False

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
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    actions_port, rasa_port, bot_port = free_port(), free_port(), free_port()
    (work / "endpoints.yml").write_text(
        f'action_endpoint:\n  url: "http://127.0.0.1:{actions_port}/webhook"\n'
    )
    database_url = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{work / 'log.sqlite3'}")
    logs = {name: (work / f"{name}.log").open("w") for name in ("actions", "rasa", "bot")}
    actions = subprocess.Popen(
        [str(RASA), "run", "actions", "--actions", "actions", "--port", str(actions_port)],
        cwd=ROOT,
        stdout=logs["actions"],
        stderr=subprocess.STDOUT,
    )
    rasa = subprocess.Popen(
        [
            str(RASA),
            "run",
            "--model",
            "models/pmi-bot.tar.gz",
            "--credentials",
            "credentials.yml",
            "--endpoints",
            str(work / "endpoints.yml"),
            "-i",
            "127.0.0.1",
            "--port",
            str(rasa_port),
        ],
        cwd=ROOT,
        stdout=logs["rasa"],
        stderr=subprocess.STDOUT,
    )
    telegram = FakeTelegram().start()
    bot = None
    try:
        wait_http(f"http://127.0.0.1:{actions_port}/health", actions)
        wait_http(f"http://127.0.0.1:{rasa_port}/webhooks/frontend/", rasa)
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": "123456:BENCH",
            "TELEGRAM_API_URL": telegram.url,
            "RASA_URL": f"http://127.0.0.1:{rasa_port}",
            "DATABASE_URL": database_url,
            "ANON_SECRET": "bench-secret-0123456789",
            "BOT_HTTP_PORT": str(bot_port),
            "FLOOD_MAX_MESSAGES": "100000",
            "SPOOL_PATH": str(work / "spool.jsonl"),
        }
        bot = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            cwd=ROOT,
            env=env,
            stdout=logs["bot"],
            stderr=subprocess.STDOUT,
        )
        wait_http(f"http://127.0.0.1:{bot_port}/health", bot)
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
        mark = load.marks()
        start = time.monotonic()
        for _ in range(SATURATION_MESSAGES):
            load.offer()
        load.wait_all(180)
        last_reply = max(t for uid, times in telegram.sent_at.items() for t in times)
        saturation = load.latencies(mark)
        throughput = len(saturation) / (last_reply - start)

        print("Rasa alone (REST channel), one request at a time")
        rasa_alone = []
        with httpx.Client(base_url=f"http://127.0.0.1:{rasa_port}", timeout=30) as client:
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
        engine = create_engine(database_url)
        logged, deadline = 0, time.monotonic() + 30
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                logged = connection.execute(
                    select(func.count()).select_from(QueryLogRow)
                ).scalar_one()
            if logged >= messages:
                break
            time.sleep(0.5)
        engine.dispose()
        peaks = {
            "bot": peak_rss_mb(bot.pid),
            "rasa": peak_rss_mb(rasa.pid),
            "actions": peak_rss_mb(actions.pid),
        }
    finally:
        for process in (bot, rasa, actions):
            if process is not None:
                process.terminate()
        for process in (bot, rasa, actions):
            if process is not None:
                process.wait(timeout=30)
        telegram.stop()

    result = {
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
    }
    print(
        f"date {datetime.now(timezone.utc):%Y-%m-%d}, machine {platform.machine()}, "
        f"{len(os.sched_getaffinity(0))} cores, database {database_url.split(':')[0]}"
    )
    print(
        f"front-end overhead: steady p50 {result['steady']['p50_ms']} ms vs Rasa alone "
        f"{result['rasa_only']['p50_ms']} ms (x{result['steady']['p50_ms'] / result['rasa_only']['p50_ms']:.2f})"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
