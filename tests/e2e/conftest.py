"""The real stack for end-to-end tests: action server, Rasa with the trained model, and the bot
process, with only Telegram faked (over real HTTP on 127.0.0.1)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from scripts.stack import MODEL, new_channel_secret, start_actions, start_rasa
from tests.databases import fresh_database
from tests.fake_telegram import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
TEST_TOKEN = "123456:TEST-TOKEN-not-real"
# Shared by every Rasa these tests start and every bot: our channel refuses anyone without it.
CHANNEL_SECRET = new_channel_secret()
CHANNEL_HEADERS = {"Authorization": f"Bearer {CHANNEL_SECRET}"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, timeout: float, what: str, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what}: process exited with {process.returncode}")
        if check():
            return
        time.sleep(0.3)
    raise TimeoutError(f"{what} not ready after {timeout:.0f} s")


def http_ok(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


@dataclass
class RasaStack:
    url: str
    actions_url: str
    logs: Path


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def launch_rasa(
    port: int,
    actions_port: int,
    logs: Path,
    *,
    endpoints: Path | None = None,
    env: dict | None = None,
) -> subprocess.Popen:
    """Start a Rasa server with the trained model, its actions at actions_port (or as the
    given endpoints file says)."""
    if endpoints is None:
        endpoints = logs / f"endpoints-{port}.yml"
        endpoints.write_text(
            f'action_endpoint:\n  url: "http://127.0.0.1:{actions_port}/webhook"\n'
        )
    return start_rasa(
        port, endpoints, logs / f"rasa-{port}.log", channel_secret=CHANNEL_SECRET, env=env
    )


def wait_for_rasa(port: int, process: subprocess.Popen) -> None:
    wait_until(lambda: http_ok(f"http://127.0.0.1:{port}/webhooks/frontend/"), 240, "Rasa", process)


@pytest.fixture(scope="session")
def rasa_stack(tmp_path_factory) -> Iterator[RasaStack]:
    """Start the action server and Rasa on free ports (once for the whole run)."""
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does)")
    logs = tmp_path_factory.mktemp("rasa-logs")
    actions_port, rasa_port = free_port(), free_port()
    actions = start_actions(actions_port, logs / "actions.log")
    rasa = launch_rasa(rasa_port, actions_port, logs)
    try:
        wait_until(
            lambda: http_ok(f"http://127.0.0.1:{actions_port}/health"),
            120,
            "action server",
            actions,
        )
        wait_until(
            lambda: http_ok(f"http://127.0.0.1:{rasa_port}/webhooks/frontend/"), 240, "Rasa", rasa
        )
        yield RasaStack(
            url=f"http://127.0.0.1:{rasa_port}",
            actions_url=f"http://127.0.0.1:{actions_port}",
            logs=logs,
        )
    finally:
        stop(rasa)
        stop(actions)


@dataclass
class RunningBot:
    telegram: FakeTelegram
    database_url: str
    process: subprocess.Popen
    log_path: Path
    http_port: int
    # Each bot its own key: its users are new conversations for the Rasa all tests share.
    anon_secret: str

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@pytest.fixture(scope="session")
def start_bot(tmp_path_factory):
    """Start `python -m bot` against a fake Telegram, a Rasa URL and a database URL."""
    started: list[tuple[RunningBot, FakeTelegram]] = []

    def start(rasa_url: str, database_url: str, **extra_env: str) -> RunningBot:
        telegram = FakeTelegram().start()
        log_path = tmp_path_factory.mktemp("bot") / "bot.log"
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
            "TELEGRAM_API_URL": telegram.url,
            "RASA_URL": rasa_url,
            "DATABASE_URL": database_url,
            "ANON_SECRET": f"e2e-secret-{uuid.uuid4().hex}",
            "RASA_CHANNEL_SECRET": CHANNEL_SECRET,
            "RASA_TIMEOUT_SECONDS": "5",
            "BOT_HTTP_PORT": str(free_port()),
            "SPOOL_PATH": str(log_path.parent / "spool.jsonl"),
            **extra_env,
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            cwd=ROOT,
            env=env,
            stdout=log_path.open("w"),
            stderr=subprocess.STDOUT,
        )
        bot = RunningBot(
            telegram,
            database_url,
            process,
            log_path,
            int(env["BOT_HTTP_PORT"]),
            env["ANON_SECRET"],
        )
        started.append((bot, telegram))
        port = env["BOT_HTTP_PORT"]

        def ready() -> bool:
            answered = telegram.calls_to("deleteWebhook") or telegram.calls_to("setWebhook")
            try:
                httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
            except httpx.HTTPError:
                return False
            return bool(answered)

        wait_until(ready, 60, "bot", process)
        return bot

    yield start
    for bot, telegram in started:
        stop(bot.process)
        telegram.stop()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory) -> Iterator[str]:
    with fresh_database(request.param, tmp_path_factory.mktemp("db")) as url:
        yield url
