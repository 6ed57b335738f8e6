"""The villager is told that their case closed even when the closer dies, or Telegram fails,
between the close and the notice: the notice is leased and the sweep gives it after the lease,
once; the chat link goes as soon as it went, or once Telegram says it never can."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

from bot import replies
from bot.handoff.cases import CaseOutcome
from bot.handoff.sweeper import sweep
from testkit.factories import (
    OFFICERS_CHAT_ID,
    button_press,
    command_update,
    officer_update,
    text_update,
)
from testkit.fake_telegram import BAD_GATEWAY, bad_request
from testkit.handoff import cases, in_topic, open_case
from testkit.inprocess import InProcessBot

LEASE = timedelta(minutes=10)


async def sweep_at(bot: InProcessBot, now: datetime, replicas: int = 1) -> None:
    services = bot.services
    await asyncio.gather(
        *(
            sweep(bot.application.bot, services.handoff, services.trail, now=now)
            for _ in range(replicas)
        )
    )


async def answered_case(bot: InProcessBot, user) -> int:
    """An open case an officer has answered (no "no reply yet" notice is due); its topic."""
    thread_id = await open_case(bot, user)
    await bot.send(officer_update("Baik, kami cek dulu.", thread_id=thread_id))
    return thread_id


def closes_told(bot: InProcessBot, user) -> list[dict]:
    """The notices of the close the villager got ("Kasus K-0001 ... ditutup ...")."""
    return [
        m
        for m in bot.telegram.sent_messages(user.id)
        if m["text"].startswith("Kasus K-0001") and "ditutup" in m["text"]
    ]


def notes(bot: InProcessBot, thread_id: int, text: str) -> int:
    return [p.get("text") for _, p in in_topic(bot, thread_id)].count(text)


async def test_a_sweepers_close_cut_short_by_a_crash_is_told_once_after_the_lease(desk, user):
    thread_id = await answered_case(desk, user)
    closed_at = datetime.now(timezone.utc) + timedelta(days=8)
    # A replica closes the idle case and dies before telling anyone.
    [closed] = await desk.services.handoff.close_idle(closed_at)
    assert closed.outcome == "idle"
    idle_closed = replies.HANDOFF_IDLE_CLOSED.format(number="K-0001", days=7)
    officers_note = replies.OFFICERS_IDLE_CLOSED.format(number="K-0001", days=7, keep_days=30)

    await sweep_at(desk, closed_at + timedelta(minutes=5), replicas=2)  # the lease still holds
    assert closes_told(desk, user) == []
    [case] = await cases(desk)
    assert case.status == "closed" and case.sealed_chat is not None

    # Once the lease ran out, two replicas sweep at once: the villager is told once.
    await sweep_at(desk, closed_at + LEASE + timedelta(minutes=1), replicas=2)

    [told] = closes_told(desk, user)
    assert told["text"] == idle_closed and told["reply_markup"] == {"remove_keyboard": True}
    assert notes(desk, thread_id, officers_note) == 1
    assert len(desk.telegram.calls_to("closeForumTopic")) == 1
    [case] = await cases(desk)
    assert (case.sealed_chat, case.close_notice_due_at) == (None, None)  # the link is gone
    await sweep_at(desk, closed_at + timedelta(hours=2), replicas=2)
    assert len(closes_told(desk, user)) == 1 and notes(desk, thread_id, officers_note) == 1
    await desk.send(text_update("apa itu tppo", user=user))  # back with the bot
    assert desk.rasa.messages()[-1] == "apa itu tppo"


async def test_a_sweepers_close_telegram_failed_to_send_is_told_on_a_later_sweep(desk, user):
    thread_id = await answered_case(desk, user)
    closed_at = datetime.now(timezone.utc) + timedelta(days=8)
    desk.telegram.fail_next("sendMessage", BAD_GATEWAY)

    await sweep_at(desk, closed_at)

    [case] = await cases(desk)
    assert case.outcome == "idle" and closes_told(desk, user) == []
    assert int(desk.telegram.failed_calls[-1][1]["chat_id"]) == user.id
    await sweep_at(desk, closed_at + timedelta(minutes=5))
    assert closes_told(desk, user) == []
    await sweep_at(desk, closed_at + LEASE + timedelta(minutes=1))
    assert [m["text"] for m in closes_told(desk, user)] == [
        replies.HANDOFF_IDLE_CLOSED.format(number="K-0001", days=7)
    ]
    officers_note = replies.OFFICERS_IDLE_CLOSED.format(number="K-0001", days=7, keep_days=30)
    assert notes(desk, thread_id, officers_note) == 1
    [case] = await cases(desk)
    assert (case.sealed_chat, case.close_notice_due_at) == (None, None)


async def test_an_officers_close_telegram_failed_to_send_is_told_by_the_sweep(desk, user):
    thread_id = await open_case(desk, user)
    desk.telegram.fail_next("sendMessage", BAD_GATEWAY)  # the villager's notice

    await desk.send(officer_update("/tutup polisi", thread_id=thread_id))

    assert closes_told(desk, user) == []
    assert in_topic(desk, thread_id)[-1][1]["text"] == replies.OFFICERS_NOT_HANDLED
    [case] = await cases(desk)
    assert case.outcome == "police" and case.sealed_chat is not None
    now = datetime.now(timezone.utc)
    await sweep_at(desk, now + timedelta(minutes=5), replicas=2)
    assert closes_told(desk, user) == []

    await sweep_at(desk, now + LEASE + timedelta(minutes=1), replicas=2)

    [told] = closes_told(desk, user)
    assert told["text"] == replies.HANDOFF_CLOSED.format(
        number="K-0001",
        outcome=replies.HANDOFF_OUTCOMES["police"],
        next_step=replies.HANDOFF_NEXT_STEPS["police"].format(
            number="K-0001", label="Petugas BP3MI"
        ),
    )
    assert told["reply_markup"] == {"remove_keyboard": True}
    officers_note = replies.OFFICERS_CLOSED.format(
        number="K-0001", outcome="diteruskan ke polisi", days=30
    )
    assert notes(desk, thread_id, officers_note) == 1
    assert len(desk.telegram.calls_to("closeForumTopic")) == 1
    [case] = await cases(desk)
    assert (case.sealed_chat, case.close_notice_due_at) == (None, None)


async def test_an_officers_close_cut_short_by_a_crash_is_told_by_the_sweep(desk, user):
    thread_id = await answered_case(desk, user)
    [case] = await cases(desk)
    # The officer's /tutup committed the close, and the replica died before telling anyone.
    await desk.services.handoff.close(case.id, CaseOutcome.REFERRED, notice=True)

    await sweep_at(desk, datetime.now(timezone.utc) + LEASE + timedelta(minutes=1))

    assert [m["text"] for m in closes_told(desk, user)] == [
        replies.HANDOFF_CLOSED.format(
            number="K-0001",
            outcome=replies.HANDOFF_OUTCOMES["referred"],
            next_step=replies.HANDOFF_NEXT_STEPS["referred"].format(
                number="K-0001", label="Petugas BP3MI"
            ),
        )
    ]
    officers_note = replies.OFFICERS_CLOSED.format(
        number="K-0001", outcome="diteruskan ke BP3MI/Disnaker", days=30
    )
    assert notes(desk, thread_id, officers_note) == 1


@pytest.mark.parametrize("refusal", ["blocked", "chat not found"])
async def test_a_close_notice_that_can_never_be_delivered_clears_the_link(desk, user, refusal):
    thread_id = await open_case(desk, user)
    desk.telegram.fail_next("sendMessage", BAD_GATEWAY)
    await desk.send(officer_update("/tutup dijawab", thread_id=thread_id))
    if refusal == "blocked":
        desk.telegram.forbid(user.id)
    else:
        desk.telegram.fail_next("sendMessage", bad_request("chat not found"))
    later = datetime.now(timezone.utc) + LEASE + timedelta(minutes=1)

    await sweep_at(desk, later)

    tried = [p for m, p in desk.telegram.failed_calls if int(p["chat_id"]) == user.id]
    assert len(tried) == 2  # at the close, and once more by the sweep
    [case] = await cases(desk)
    assert (case.sealed_chat, case.close_notice_due_at) == (None, None)
    officers_note = replies.OFFICERS_CLOSED.format(number="K-0001", outcome="dijawab", days=30)
    assert notes(desk, thread_id, officers_note) == 1
    await sweep_at(desk, later + timedelta(hours=1))
    assert len([p for m, p in desk.telegram.failed_calls if int(p["chat_id"]) == user.id]) == 2


async def test_an_officers_note_telegram_failed_to_send_comes_later_without_a_second_notice(
    desk, user
):
    thread_id = await answered_case(desk, user)
    closed_at = datetime.now(timezone.utc) + timedelta(days=8)
    desk.telegram.fail_next("sendMessage", BAD_GATEWAY, chat_id=OFFICERS_CHAT_ID)
    officers_note = replies.OFFICERS_IDLE_CLOSED.format(number="K-0001", days=7, keep_days=30)

    await sweep_at(desk, closed_at)

    assert len(closes_told(desk, user)) == 1 and notes(desk, thread_id, officers_note) == 0
    [case] = await cases(desk)
    assert case.sealed_chat is None and case.close_notice_due_at is not None  # told: link gone
    await sweep_at(desk, closed_at + LEASE + timedelta(minutes=1))
    assert len(closes_told(desk, user)) == 1 and notes(desk, thread_id, officers_note) == 1
    assert len(desk.telegram.calls_to("closeForumTopic")) == 1
    [case] = await cases(desk)
    assert case.close_notice_due_at is None


async def test_hapus_before_the_notice_went_leaves_nothing_to_send(desk, user):
    await desk.send(text_update("syarat jadi tki apa aja", user=user))  # as Rasa's recording has
    thread_id = await open_case(desk, user)
    desk.telegram.fail_next("sendMessage", BAD_GATEWAY, chat_id=user.id)
    await desk.send(officer_update("/tutup dijawab", thread_id=thread_id))
    await desk.send(command_update("/hapus", user=user))
    await desk.send(button_press("hapus:ya", user=user))
    assert desk.telegram.deleted_topics(OFFICERS_CHAT_ID) == [thread_id]
    in_chat = len(desk.telegram.sent_to(OFFICERS_CHAT_ID))

    await sweep_at(desk, datetime.now(timezone.utc) + LEASE + timedelta(minutes=1))

    assert closes_told(desk, user) == []
    assert len(desk.telegram.sent_to(OFFICERS_CHAT_ID)) == in_chat  # nothing in a deleted topic
    [case] = await cases(desk)
    assert (case.sealed_chat, case.close_notice_due_at) == (None, None)
