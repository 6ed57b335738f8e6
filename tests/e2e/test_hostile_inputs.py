"""Every case of tests/corpus/hostile_inputs.json through the real bot: a sensible reply, or
ignored by design (groups where the bot is not addressed, channel posts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from telegram import Chat, User

from testkit.factories import (
    button_press,
    channel_post_update,
    command_update,
    forwarded_update,
    group_reply_to_other_update,
    group_sticker_update,
    group_text_update,
    new_group_chat,
    new_user,
    text_update,
)

pytestmark = pytest.mark.e2e
CASES = json.loads(
    (Path(__file__).parents[1] / "corpus" / "hostile_inputs.json").read_text("utf-8")
)


@pytest.fixture(scope="module")
def bot(rasa_stack, start_bot, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'log.sqlite3'}"
    return start_bot(rasa_stack.url, url, FLOOD_MAX_MESSAGES="1000")


def update_for(case: dict, user: User, group: Chat) -> dict:
    text = case["input"]
    return {
        "text": lambda: text_update(text, user=user),
        "start": lambda: command_update(text, user=user),
        "callback": lambda: button_press(text, user=user),
        "edited": lambda: text_update(text, user=user, edited=True),
        "forwarded": lambda: forwarded_update(text, user=user),
        "group": lambda: group_text_update(text, user=user, chat=group),
        "group-reply-other": lambda: group_reply_to_other_update(text, user=user, chat=group),
        "group-sticker": lambda: group_sticker_update(user=user, chat=group),
        "channel": lambda: channel_post_update(text),
        "channel-edited": lambda: channel_post_update(text, edited=True),
    }[case["kind"]]()


def test_the_corpus_has_at_least_50_cases():
    assert len(CASES) >= 50


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_hostile_input(bot, case):
    telegram = bot.telegram
    user, group = new_user(), new_group_chat()  # every case its own conversation
    before = len(telegram.sent_messages())
    telegram.push_update(update_for(case, user, group))
    if case["expect"] == "ignored":
        telegram.wait_until_idle(quiet_seconds=1.0)
        chats = {int(m["chat_id"]) for m in telegram.sent_messages()[before:]}
        assert not chats, f"answered in {chats}"
        return

    telegram.wait_for_messages(user.id, 1, timeout=30)
    telegram.wait_until_idle(quiet_seconds=0.5)  # an answer can be several messages
    texts = [m["text"] for m in telegram.sent_messages(user.id)]
    for text in texts:
        assert text.strip()
        assert "Traceback" not in text and "Exception" not in text
        assert len(text) <= 4096
    if "contains" in case:
        assert any(case["contains"] in text for text in texts), texts
    assert bot.process.poll() is None
