"""`python -m bot.admin serve` as an operator runs it: whose word for the client's address counts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from testkit.stack import bot_venv_env, free_port, http_ok, wait_until

pytestmark = pytest.mark.full_tier  # the console as its own process, started for each test
PASSWORD = "kata-sandi-uji-12345"


@contextmanager
def console(tmp_path: Path, **env: str) -> Iterator[httpx.Client]:
    """The console started by its command line; yields a client for it."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.admin", "serve"],
        cwd=tmp_path,  # not the project folder: its .env is the developer's
        env=bot_venv_env(
            **{
                "DATABASE_URL": f"sqlite:///{tmp_path / 'querylog.sqlite3'}",
                "ADMIN_PORT": str(port),
                "ADMIN_USERNAME": "petugas",
                "ADMIN_PASSWORD": PASSWORD,
                "TELEGRAM_BOT_USERNAME": "pmi_sumsel_bot",
            }
            | env
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: http_ok(f"{base}/login"), 30, "the console", process)
        with httpx.Client(base_url=base) as client:
            yield client
    finally:
        process.terminate()
        process.wait(timeout=10)


def log_in(client: httpx.Client, password: str, forwarded_for: str) -> int:
    token = client.get("/login").text.split('name="csrf_token" value="')[1].split('"')[0]
    return client.post(
        "/login",
        data={"username": "petugas", "password": password, "csrf_token": token},
        headers={"X-Forwarded-For": forwarded_for},
    ).status_code


def test_a_guesser_cannot_dodge_the_throttle_with_a_new_x_forwarded_for_each_time(tmp_path):
    with console(tmp_path) as client:
        statuses = [log_in(client, f"salah{n}", f"203.0.113.{n}") for n in range(6)]
        right = log_in(client, PASSWORD, "198.51.100.2")

    assert statuses == [401] * 5 + [429]
    assert right == 429  # no header makes this address another client


def test_behind_a_trusted_proxy_many_guessers_cannot_lock_the_admin_out(tmp_path):
    with console(tmp_path, ADMIN_TRUSTED_PROXIES="127.0.0.1") as client:
        for n in range(4):
            assert [log_in(client, "salah", f"203.0.113.{n}") for _ in range(6)] == [401] * 5 + [
                429
            ]
        another = [log_in(client, "salah", "203.0.113.50") for _ in range(2)]
        admin = log_in(client, PASSWORD, "198.51.100.2")

    assert another == [401, 429]  # once the username is under attack, one guess per address
    assert admin == 303  # the right password from an address that never failed
