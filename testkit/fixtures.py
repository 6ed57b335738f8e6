"""pytest fixtures shared by the test folders; a conftest imports the ones it uses."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.settings import Settings
from testkit.databases import fresh_database, postgres_unreachable, redis_unreachable
from testkit.fake_telegram import FakeTelegram
from testkit.stack import ROOT


@pytest.fixture(autouse=True)
def settings_only_from_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """None of the developer's own settings (DATABASE_URL exported in the shell, ...) reaches a
    test; a test that wants one sets it with monkeypatch."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def needs(what: str, missing: str | None) -> None:
    """Skip with the reason when something outside the bot's environment is missing, except in
    the full tier (FULL_TIER set, as scripts/test.sh does), where that is a failure."""
    if missing is None:
        return
    if os.environ.get("FULL_TIER"):
        pytest.fail(f"{what} is required in the full tier: {missing}")
    pytest.skip(f"{what} not available ({missing}); `make test` runs this")


def database_kind(kind: str) -> str:
    """The kind, once the database is known to be there (PostgreSQL may be missing)."""
    if kind == "postgresql":
        needs("PostgreSQL", postgres_unreachable())
    return kind


def redis_needed() -> None:
    """Skip (or, in the full tier, fail) a test that needs the test Redis when it is down."""
    needs("Redis", redis_unreachable())


def rasa_python() -> Path:
    """The Rasa environment's interpreter, for a test that must read something as Rasa does."""
    python = ROOT / ".venv-rasa" / "bin" / "python"
    needs("Rasa's environment", None if python.exists() else f"no {python}")
    return python


@pytest.fixture
def telegram_server() -> Iterator[FakeTelegram]:
    """The fake Bot API served over HTTP on 127.0.0.1, for a process the test starts."""
    telegram = FakeTelegram().start()
    yield telegram
    telegram.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A query-log database, once on SQLite (empty: the code under test migrates it) and once on
    PostgreSQL (copied from one migrated once a run; the code's own migration finds it done)."""
    with fresh_database(database_kind(request.param), tmp_path, migrated=True) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """An empty query-log database, for a test that migrates it step by step."""
    with fresh_database(database_kind(request.param), tmp_path) as url:
        yield url
