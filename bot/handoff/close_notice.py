"""Telling the villager that their case closed (an officer's /tutup, or the sweeper's idle and
expiring closes), then the officers, then closing the case's topic: once, and not lost.

The close keeps the sealed chat link for this and leases the notice to the closer
(bot.handoff.cases.close_case). The link goes as soon as the villager is told, or once Telegram
says they never can be (blocked, chat not found); the notice is due no more once the officers
are told too. A closer that dies half-way, or meets a Telegram failure that may pass, leaves
the notice due again after the lease (due_times.CLAIM_LEASE), and the sweep gives it then.
What is said is worked out from the stored case, so the retry says what the closer would have.
"""

from __future__ import annotations

import contextlib
import logging

from telegram import Bot, ReplyKeyboardRemove
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import replies
from bot.chat_trail import ChatTrail
from bot.handoff.cases import CaseOutcome, HandoffCase
from bot.handoff.desk import CaseDesk
from bot.handoff.relay import post_to_case
from bot.settings import Settings

logger = logging.getLogger(__name__)

# The officers' outcomes, as the officers' note of the close names them.
OUTCOME_NAMES = {
    CaseOutcome.ANSWERED: "dijawab",
    CaseOutcome.POLICE: "diteruskan ke polisi",
    CaseOutcome.REFERRED: "diteruskan ke BP3MI/Disnaker",
    CaseOutcome.NO_REPLY: "warga tidak membalas",
}
# The sweeper's closes: what the villager and the officers are told.
SWEEPER_TEXTS = {
    CaseOutcome.IDLE: (replies.HANDOFF_IDLE_CLOSED, replies.OFFICERS_IDLE_CLOSED),
    CaseOutcome.EXPIRED: (replies.HANDOFF_EXPIRED_CLOSED, replies.OFFICERS_EXPIRED_CLOSED),
}


def notice_texts(settings: Settings, case: HandoffCase) -> tuple[str, str]:
    """What the villager and the officers are told of the close, from the case as stored."""
    outcome = CaseOutcome(case.outcome)
    number = case.number
    if outcome in SWEEPER_TEXTS:
        to_villager, to_officers = SWEEPER_TEXTS[outcome]
        # (format ignores what a text does not name: the expiring texts give no days)
        wording = {
            "number": number,
            "days": settings.handoff_idle_days,
            "keep_days": settings.handoff_keep_days,
        }
        return to_villager.format(**wording), to_officers.format(**wording)
    next_step = replies.HANDOFF_NEXT_STEPS.get(outcome.value, "")
    villager = replies.HANDOFF_CLOSED.format(
        number=number,
        outcome=replies.HANDOFF_OUTCOMES[outcome.value],
        next_step=next_step.format(number=number, label=settings.officer_label),
    )
    officers = replies.OFFICERS_CLOSED.format(
        number=number, outcome=OUTCOME_NAMES[outcome], days=settings.handoff_keep_days
    )
    return villager, officers


def never_delivered(error: TelegramError) -> bool:
    """Telegram's 403 (blocked, removed) or 400 (chat not found, ...): trying again would get
    the same answer. Anything else (the network, a timeout, flood control) may pass."""
    return isinstance(error, (Forbidden, BadRequest))


async def give_close_notice(bot: Bot, desk: CaseDesk, trail: ChatTrail, case: HandoffCase) -> None:
    """The villager is back with the bot, told how the case ended and rid of the share-phone
    keyboard; then the officers are told and the topic is closed. A Telegram failure that may
    pass is raised, leaving the notice to the sweep after the lease."""
    to_villager, to_officers = notice_texts(desk.settings, case)
    chat_id = desk.chat_of(case)
    if chat_id is not None:
        try:
            sent = await bot.send_message(chat_id, to_villager, reply_markup=ReplyKeyboardRemove())
        except TelegramError as error:
            if not never_delivered(error):
                raise
            logger.warning("hand-off: villager not told of the close: %s", type(error).__name__)
        else:
            trail.remember(chat_id, sent.message_id)
        await desk.villager_told(case.id)
    if not case.officers_messages_deleted:  # after /hapus, nothing more goes into the case
        try:
            await post_to_case(bot, desk, case, to_officers)
        except TelegramError as error:
            if not never_delivered(error):
                raise
            logger.warning("hand-off: officers not told of the close: %s", type(error).__name__)
        if case.topic_id is not None:
            # A closed topic only keeps officers from writing on; the case is closed either way.
            with contextlib.suppress(TelegramError):
                await bot.close_forum_topic(case.officers_chat_id, case.topic_id)
    await desk.close_notice_given(case.id)
