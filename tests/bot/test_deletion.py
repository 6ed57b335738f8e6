"""Wiping a chat through the Bot API (the fake one, in process)."""

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.conversation import Forgotten
from bot.deletion import chat_wiped, delete_messages
from testkit.fake_telegram import FakeTelegram
from testkit.stack import TEST_TOKEN

CHAT = 987654321


@pytest.fixture
def telegram() -> FakeTelegram:
    return FakeTelegram()


async def test_messages_go_a_hundred_a_call_and_refused_ones_do_not_keep_the_rest(telegram):
    telegram.refuse_to_delete(CHAT, 105, 230)
    ids = [*range(1, 251), 7]  # an id kept twice is deleted once

    request = HTTPXRequest(httpx_kwargs={"transport": telegram.transport()})
    async with Bot(TEST_TOKEN, base_url=f"{telegram.url}/bot", request=request) as bot:
        refused = await delete_messages(bot, CHAT, ids)

    assert refused == 2
    assert sorted(telegram.deleted_messages(CHAT)) == [
        i for i in range(1, 251) if i not in (105, 230)
    ]
    batches = [call["message_ids"] for call in telegram.calls_to("deleteMessages")]
    assert [len(batch) for batch in batches] == [100, 100, 50]
    # Only the two refused batches were retried one message at a time.
    assert len(telegram.calls_to("deleteMessage")) == 150


def test_the_note_after_a_wipe_says_how_many_messages_stayed_and_to_delete_the_whole_chat():
    note = chat_wiped(Forgotten(rows=3, conversation=True), wiped=True, refused=2)

    assert "2 pesan tidak bisa dihapus" in note
    assert "seluruh chat ini" in note


def test_the_note_never_says_the_chat_is_clean_without_the_advice():
    note = chat_wiped(Forgotten(rows=3, conversation=True), wiped=True, refused=0)

    assert "tidak bisa dihapus bot:" not in note
    assert "seluruh chat ini" in note
