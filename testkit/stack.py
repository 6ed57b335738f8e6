"""Starting the real processes: the action server, Rasa with the trained model, the bot; free
ports and waiting for readiness. Used by the full tier's tests and by the measuring scripts
(bench.py, measure_rasa.py).

Every process the bot venv starts here runs in a work folder of its own with the project on
PYTHONPATH: the developer's .env (read from the working folder) never reaches a test.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from testkit.fake_telegram import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
MODEL = ROOT / "models" / "pmi-bot.tar.gz"
CREDENTIALS = ROOT / "credentials.yml"
PRODUCTION_ENDPOINTS = ROOT / "deploy" / "endpoints.production.yml"
# A token of the right shape that Telegram would refuse: only fake Bot APIs ever see it.
TEST_TOKEN = "123456:TEST-TOKEN-not-real"
RASA_READY_SECONDS = 240


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(
    check: Callable[[], object],
    timeout: float,
    what: str,
    process: subprocess.Popen | None = None,
) -> None:
    """Poll `check` until it is true; fail early when the process it waits for has died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what}: process exited with {process.returncode}")
        if check():
            return
        time.sleep(0.2)  # the poll interval of a wait on a condition, not a wait in itself
    raise TimeoutError(f"{what} not ready after {timeout:.0f} s")


async def wait_for(check: Callable[[], object], timeout: float = 20.0, what: str = "it") -> None:
    """wait_until for a test's own event loop: the loop goes on while the check is false."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not so after {timeout:.0f} s")
        await asyncio.sleep(0.05)  # the poll interval of a wait on a condition


def http_ok(url: str, headers: dict[str, str] | None = None) -> bool:
    try:
        return httpx.get(url, timeout=1.0, headers=headers).status_code == 200
    except httpx.HTTPError:
        return False


def http_answers(url: str) -> bool:
    """Something answers HTTP there, whatever its status."""
    try:
        httpx.get(url, timeout=1.0)
    except httpx.HTTPError:
        return False
    return True


def stop(process: subprocess.Popen, timeout: float = 15) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def stop_all(processes: list[subprocess.Popen]) -> None:
    """Stop the processes, last started first."""
    for process in reversed(processes):
        stop(process, timeout=30)


def new_channel_secret() -> str:
    """A secret for our channel, shared by one Rasa (or its replicas) and the bot."""
    return secrets.token_urlsafe(32)


def channel_headers(channel_secret: str) -> dict[str, str]:
    """What the bot sends our channel to be let in."""
    return {"Authorization": f"Bearer {channel_secret}"}


# ---------------------------------------------------------------------------------- the Rasa side
def start_actions(port: int, log: Path) -> subprocess.Popen:
    """The action server on 127.0.0.1:port (rasa-sdk listens on every interface unless
    SANIC_HOST says otherwise)."""
    return subprocess.Popen(
        [str(RASA), "run", "actions", "--actions", "actions", "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "SANIC_HOST": "127.0.0.1"},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )


def start_rasa(
    port: int,
    endpoints: Path,
    log: Path,
    *,
    channel_secret: str,
    model: Path = MODEL,
    env: dict | None = None,
    credentials: Path = CREDENTIALS,
) -> subprocess.Popen:
    """`rasa run` with our model and channel on 127.0.0.1:port; the channel answers only
    requests with channel_secret."""
    return subprocess.Popen(
        [
            str(RASA),
            "run",
            "--model",
            str(model),
            "--credentials",
            str(credentials),
            "--endpoints",
            str(endpoints),
            "-i",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        env={**(env or os.environ), "RASA_CHANNEL_SECRET": channel_secret},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )


def rasa_ready(port: int) -> bool:
    """Our channel answers (Rasa loads the model before it listens)."""
    return http_ok(f"http://127.0.0.1:{port}/webhooks/frontend/")


def wait_for_rasa(port: int, process: subprocess.Popen) -> None:
    wait_until(lambda: rasa_ready(port), RASA_READY_SECONDS, "Rasa", process)


def wait_for_actions(port: int, process: subprocess.Popen) -> None:
    wait_until(lambda: http_ok(f"http://127.0.0.1:{port}/health"), 120, "action server", process)


def local_endpoints(work: Path, actions_port: int, name: str = "endpoints.yml") -> Path:
    """Endpoints of one Rasa on its own: the action server, trackers in memory."""
    path = work / name
    path.write_text(
        f'action_endpoint:\n  url: "http://127.0.0.1:{actions_port}/webhook"\n'
        "  enable_selective_domain: true\n"  # as endpoints.yml
    )
    return path


def launch_rasa(
    port: int,
    actions_port: int,
    work: Path,
    *,
    channel_secret: str,
    endpoints: Path | None = None,
    env: dict | None = None,
) -> subprocess.Popen:
    """Start a Rasa with the trained model, its actions at actions_port (or as the given
    endpoints file says), its log in work/rasa-<port>.log; does not wait."""
    if endpoints is None:
        endpoints = local_endpoints(work, actions_port, f"endpoints-{port}.yml")
    return start_rasa(
        port, endpoints, work / f"rasa-{port}.log", channel_secret=channel_secret, env=env
    )


def credentials_with_rest(work: Path) -> Path:
    """Our credentials plus Rasa's REST channel, for the benchmark's "Rasa alone" figures: the
    REST channel takes anyone's text, so only a throwaway Rasa on 127.0.0.1 gets it."""
    path = work / "credentials.yml"
    path.write_text(CREDENTIALS.read_text(encoding="utf-8") + "\nrest:\n", encoding="utf-8")
    return path


def production_rasa_env(actions_url: str, tracker_database_url: str, redis_db: int) -> dict:
    """The environment deploy/endpoints.production.yml reads: Rasa's SQL tracker store in the
    given PostgreSQL database, the Redis lock store on 127.0.0.1."""
    return {
        **os.environ,
        "ACTION_SERVER_URL": f"{actions_url}/webhook",
        "TRACKER_DB_HOST": "127.0.0.1",
        "TRACKER_DB_PORT": "5432",
        "TRACKER_DB_NAME": tracker_database_url.rsplit("/", 1)[1],
        "TRACKER_DB_USER": "postgres",
        "TRACKER_DB_PASSWORD": "",
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": "6379",
        "REDIS_DB": str(redis_db),
    }


@dataclass
class RasaStack:
    """The action server and one Rasa or several replicas, running."""

    urls: list[str]
    actions_url: str
    logs: Path
    channel_secret: str
    processes: list[subprocess.Popen] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.urls[0]

    @property
    def headers(self) -> dict[str, str]:
        return channel_headers(self.channel_secret)


@contextmanager
def running_rasa(
    work: Path,
    *,
    channel_secret: str,
    replicas: int = 1,
    endpoints: Path | None = None,
    rasa_env: Callable[[str], dict] | None = None,
    credentials: Path = CREDENTIALS,
    model: Path = MODEL,
) -> Iterator[RasaStack]:
    """The action server and Rasa on free ports, ready; stopped on the way out.

    rasa_env, given the action server's URL, says the environment of every replica (for
    deploy/endpoints.production.yml); without it each replica keeps its trackers in memory.
    """
    if not model.exists():
        raise FileNotFoundError(f"no trained model at {model}: run `make train`")
    actions_port = free_port()
    actions_url = f"http://127.0.0.1:{actions_port}"
    stack = RasaStack([], actions_url, work, channel_secret)
    try:
        actions = start_actions(actions_port, work / "actions.log")
        stack.processes.append(actions)
        ports = [free_port() for _ in range(replicas)]
        for port in ports:
            stack.processes.append(
                start_rasa(
                    port,
                    endpoints or local_endpoints(work, actions_port),
                    work / f"rasa-{port}.log",
                    channel_secret=channel_secret,
                    env=rasa_env(actions_url) if rasa_env else None,
                    credentials=credentials,
                    model=model,
                )
            )
        wait_for_actions(actions_port, actions)
        for port, process in zip(ports, stack.processes[1:], strict=True):
            wait_for_rasa(port, process)
        stack.urls = [f"http://127.0.0.1:{port}" for port in ports]
        yield stack
    finally:
        stop_all(stack.processes)


# ------------------------------------------------------------------------------------- the bot
def bot_venv_env(**extra_env: str) -> dict[str, str]:
    """The environment of a bot-venv process run in a work folder of its own: the project
    importable, nothing read from the developer's .env (pydantic-settings reads it from the
    working folder)."""
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra_env}


@dataclass
class RunningBot:
    telegram: FakeTelegram
    database_url: str
    process: subprocess.Popen
    log_path: Path
    http_port: int
    # Each bot its own key: its users are new conversations for a Rasa that tests share.
    anon_secret: str

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def start_bot(
    work: Path,
    *,
    rasa_url: str,
    database_url: str,
    channel_secret: str,
    telegram: FakeTelegram | None = None,
    **extra_env: str,
) -> RunningBot:
    """`python -m bot` against a fake Telegram (its own unless given), a Rasa URL and a
    database URL; returns once it serves /health and has told Telegram how it takes updates."""
    telegram = telegram or FakeTelegram().start()
    log_path = work / "bot.log"
    defaults = {
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_URL": telegram.url,
        "RASA_URL": rasa_url,
        "DATABASE_URL": database_url,
        "ANON_SECRET": f"test-secret-{uuid.uuid4().hex}",
        "RASA_CHANNEL_SECRET": channel_secret,
        "RASA_TIMEOUT_SECONDS": "5",
        "BOT_HTTP_PORT": str(free_port()),
        "SPOOL_PATH": str(work / "spool.jsonl"),
    }
    env = bot_venv_env(**(defaults | extra_env))
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=work,
        env=env,
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
    )
    port = int(env["BOT_HTTP_PORT"])
    bot = RunningBot(telegram, database_url, process, log_path, port, env["ANON_SECRET"])

    def ready() -> bool:
        told = telegram.calls_to("deleteWebhook") or telegram.calls_to("setWebhook")
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
        except httpx.HTTPError:
            return False
        return bool(told)

    try:
        wait_until(ready, 60, "bot", process)
    except BaseException:
        stop(process)
        raise
    return bot
