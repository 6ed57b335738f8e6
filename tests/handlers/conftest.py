"""The Telegram handlers in process: the fast tier's fixtures (testkit/inprocess.py)."""

import pytest
from telegram import User

from testkit.factories import OFFICERS_CHAT_ID, new_user
from testkit.fixtures import settings_only_from_the_test  # noqa: F401
from testkit.handoff import ALWAYS_OPEN, forum
from testkit.inprocess import bot_in_process


@pytest.fixture
async def bot(tmp_path):
    """The application with Rasa's recorded replies and the fake Bot API, on SQLite."""
    async with bot_in_process(tmp_path) as running:
        yield running


@pytest.fixture
def user() -> User:
    """A villager of the test's own."""
    return new_user("Siti", last_name="Aminah", username="siti_plg_88")


@pytest.fixture
async def desk(tmp_path):
    """The bot with an officers' forum supergroup, always in office hours."""
    async with bot_in_process(
        tmp_path, telegram=forum(), officers_chat_id=OFFICERS_CHAT_ID, **ALWAYS_OPEN
    ) as running:
        yield running
