"""One chat's updates are handled in the order they came; other chats do not wait for it."""

import asyncio

from telegram import Update

from bot.ordering import InOrderPerChat
from testkit.factories import OTHER_VILLAGER, VILLAGER, text_update


def update_from(user, text: str) -> Update:
    return Update.de_json({**text_update(text, user=user), "update_id": 1}, bot=None)


async def handle(finished: list[str], name: str, seconds: float) -> None:
    await asyncio.sleep(seconds)
    finished.append(name)


async def test_one_chats_messages_are_handled_in_order_even_when_the_first_is_slow():
    processor = InOrderPerChat(max_concurrent_updates=16)
    finished: list[str] = []
    work = [("ya", 0.06), ("tidak", 0.03), ("batal", 0.0)]
    await asyncio.gather(
        *(
            processor.process_update(update_from(VILLAGER, name), handle(finished, name, seconds))
            for name, seconds in work
        )
    )
    assert finished == ["ya", "tidak", "batal"]


async def test_other_chats_go_ahead_meanwhile():
    processor = InOrderPerChat(max_concurrent_updates=16)
    finished: list[str] = []
    await asyncio.gather(
        processor.process_update(update_from(VILLAGER, "slow"), handle(finished, "slow", 0.1)),
        processor.process_update(
            update_from(OTHER_VILLAGER, "quick"), handle(finished, "quick", 0)
        ),
    )
    assert finished == ["quick", "slow"]


async def test_a_chat_can_write_again_after_its_queue_emptied():
    processor = InOrderPerChat(max_concurrent_updates=16)
    finished: list[str] = []
    for name in ("first", "second"):
        await processor.process_update(update_from(VILLAGER, name), handle(finished, name, 0))
    assert finished == ["first", "second"]
