"""The officers' side of a hand-off in process: their forum supergroup on the fake Bot API, a
case opened by a villager, and what the bot posted in a case's topic."""

from __future__ import annotations

from sqlalchemy import select

from bot.handoff.cases import HandoffCase
from testkit.factories import OFFICERS_CHAT_ID, button_press, command_update
from testkit.fake_telegram import FakeTelegram
from testkit.inprocess import InProcessBot

# Always office hours, so that due times do not depend on when the test runs.
ALWAYS_OPEN = {
    "office_days": "1,2,3,4,5,6,7",
    "office_hours_start": "00:00",
    "office_hours_end": "23:59:59",
}


def forum() -> FakeTelegram:
    telegram = FakeTelegram()
    telegram.make_forum(OFFICERS_CHAT_ID)
    return telegram


async def open_case(bot: InProcessBot, user) -> int:
    """/petugas, then consent; returns the case's topic."""
    await bot.send(command_update("/petugas", user=user))
    await bot.send(button_press("petugas:setuju:menu", user=user))
    return topic_of_last_case(bot)


def topic_of_last_case(bot: InProcessBot) -> int:
    return max(bot.telegram.topics(OFFICERS_CHAT_ID))


async def cases(bot: InProcessBot) -> list[HandoffCase]:
    with bot.services.sessions() as session:
        return list(session.scalars(select(HandoffCase).order_by(HandoffCase.id)))


def in_topic(bot: InProcessBot, thread_id: int) -> list[tuple[str, dict]]:
    return bot.telegram.sent_to(OFFICERS_CHAT_ID, thread_id)
