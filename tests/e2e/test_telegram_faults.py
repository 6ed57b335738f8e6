"""Telegram answering 429, 5xx, or hanging up: the user still gets the reply."""

from __future__ import annotations

import pytest

from testkit.factories import new_user, text_update
from testkit.fake_telegram import BAD_GATEWAY, DROP, TOO_MANY_REQUESTS

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def bot(rasa_stack, start_bot, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('faults') / 'log.sqlite3'}"
    return start_bot(rasa_stack.url, url)


@pytest.mark.parametrize(
    "failures",
    [[TOO_MANY_REQUESTS], [BAD_GATEWAY, BAD_GATEWAY], [DROP]],
    ids=["429-retry-after", "502-twice", "connection-dropped"],
)
def test_the_reply_arrives_despite_telegram_failing(bot, failures):
    user = new_user()
    failed_before = len(bot.telegram.failed_calls)
    bot.telegram.fail_next("sendMessage", *failures)

    bot.telegram.push_update(text_update("syarat jadi tki apa aja", user=user))
    [answer] = bot.telegram.wait_for_messages(user.id, 1, timeout=30)

    assert "18 tahun" in answer["text"]
    assert len(bot.telegram.failed_calls) - failed_before == len(failures)
    assert bot.process.poll() is None  # still running
