"""The real stack for end-to-end tests: action server, Rasa with the trained model, and the bot
process, with only Telegram faked (over real HTTP on 127.0.0.1). The machinery is in
testkit/stack.py; here it becomes fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from testkit.databases import fresh_database
from testkit.fixtures import database_kind, settings_only_from_the_test  # noqa: F401
from testkit.stack import (
    MODEL,
    RasaStack,
    RunningBot,
    new_channel_secret,
    running_rasa,
    stop,
)
from testkit.stack import (
    start_bot as start_bot_process,
)


@pytest.fixture(scope="session")
def rasa_stack(tmp_path_factory) -> Iterator[RasaStack]:
    """The action server and Rasa on free ports (once for the whole run); every Rasa a test
    starts besides and every bot share its channel secret."""
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does)")
    with running_rasa(
        tmp_path_factory.mktemp("rasa-logs"), channel_secret=new_channel_secret()
    ) as stack:
        yield stack


@pytest.fixture(scope="session")
def start_bot(tmp_path_factory, rasa_stack):
    """Start `python -m bot` against its own fake Telegram, a Rasa URL and a database URL."""
    started: list[RunningBot] = []

    def start(rasa_url: str, database_url: str, **extra_env: str) -> RunningBot:
        bot = start_bot_process(
            tmp_path_factory.mktemp("bot"),
            rasa_url=rasa_url,
            database_url=database_url,
            channel_secret=rasa_stack.channel_secret,
            **extra_env,
        )
        started.append(bot)
        return bot

    yield start
    for bot in started:
        stop(bot.process)
        bot.telegram.stop()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory) -> Iterator[str]:
    with fresh_database(database_kind(request.param), tmp_path_factory.mktemp("db")) as url:
        yield url
