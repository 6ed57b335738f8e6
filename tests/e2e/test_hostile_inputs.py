"""Every case of tests/corpus/hostile_inputs.json through the real bot: a sensible reply, or
ignored by design (groups where the bot is not addressed, channel posts)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.factories import (
    OTHER_VILLAGER,
    VILLAGER,
    button_press,
    channel_post_update,
    command_update,
    forwarded_update,
    group_chat,
    group_reply_to_other_update,
    group_sticker_update,
    group_text_update,
    text_update,
)

pytestmark = pytest.mark.e2e
CASES = json.loads(
    (Path(__file__).parents[1] / "corpus" / "hostile_inputs.json").read_text("utf-8")
)
GROUP = group_chat().id


@pytest.fixture(scope="module")
def bot(rasa_stack, start_bot, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'log.sqlite3'}"
    # The corpus sends many messages from one user: no flood limit here (tested elsewhere).
    return start_bot(rasa_stack.url, url, FLOOD_MAX_MESSAGES="1000")


def update_for(case: dict) -> dict:
    text = case["input"]
    return {
        "text": lambda: text_update(text),
        "start": lambda: command_update(text),
        "callback": lambda: button_press(text),
        "edited": lambda: text_update(text, edited=True),
        "forwarded": lambda: forwarded_update(text),
        "group": lambda: group_text_update(text),
        "group-reply-other": lambda: group_reply_to_other_update(text),
        "group-sticker": lambda: group_sticker_update(),
        "channel": lambda: channel_post_update(text),
        "channel-edited": lambda: channel_post_update(text, edited=True),
    }[case["kind"]]()


def test_the_corpus_has_at_least_50_cases():
    assert len(CASES) >= 50


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_hostile_input(bot, case):
    telegram = bot.telegram
    if case["expect"] == "ignored":
        before = len(telegram.calls)
        telegram.push_update(update_for(case))
        # A normal message from someone else afterwards: once it is answered, the hostile
        # update has long been handled too.
        marker_before = len(telegram.sent_messages(OTHER_VILLAGER.id))
        telegram.push_update(text_update("halo", user=OTHER_VILLAGER))
        telegram.wait_for_messages(OTHER_VILLAGER.id, marker_before + 1)
        time.sleep(0.3)
        chats = {int(p.get("chat_id", 0)) for m, p in telegram.calls[before:] if m == "sendMessage"}
        assert chats <= {OTHER_VILLAGER.id}, f"answered in {chats}"
        return

    before = len(telegram.sent_messages(VILLAGER.id))
    telegram.push_update(update_for(case))
    telegram.wait_for_messages(VILLAGER.id, before + 1, timeout=30)
    time.sleep(0.5)  # an answer can be several messages: collect them all
    texts = [m["text"] for m in telegram.sent_messages(VILLAGER.id)[before:]]
    for text in texts:
        assert text.strip()
        assert "Traceback" not in text and "Exception" not in text
        assert len(text) <= 4096
    if "contains" in case:
        assert any(case["contains"] in text for text in texts), texts
    assert bot.process.poll() is None
