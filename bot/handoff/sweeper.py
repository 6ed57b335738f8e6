"""Due times, acted on by one replica: an unanswered case tells the villager and the officers;
a case quiet for HANDOFF_IDLE_DAYS, or about to reach RETENTION_DAYS, closes; a closed case's
villager is told of the close; a closed case's messages leave the officers' chat once their
days are up.

Every replica sweeps; each due case is claimed with a conditional UPDATE (bot.handoff.cases
.claim), so one replica acts on it. The claim is a lease of ten minutes
(bot.handoff.due_times.CLAIM_LEASE), cleared when the work is done: a replica that crashes or
fails half-way leaves the time to come due again, so a restart loses nothing, though the
villager may then get a notice twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from datetime import datetime

from telegram import Bot
from telegram.error import Forbidden, TelegramError

from bot import replies
from bot.chat_trail import ChatTrail
from bot.handoff.cases import CaseOutcome, HandoffCase
from bot.handoff.close_notice import give_close_notice
from bot.handoff.desk import CaseDesk
from bot.handoff.relay import delete_case_messages, post_to_case

logger = logging.getLogger(__name__)


async def sweep_regularly(bot: Bot, desk: CaseDesk, trail: ChatTrail) -> None:
    """Sweep now and every HANDOFF_SWEEP_SECONDS while the bot runs."""
    while True:
        try:
            await sweep(bot, desk, trail)
        except Exception:  # the next sweep must still come; the log says why
            logger.exception("hand-off sweep failed")
        await asyncio.sleep(desk.settings.handoff_sweep_seconds)


async def sweep(bot: Bot, desk: CaseDesk, trail: ChatTrail, *, now: datetime | None = None) -> None:
    """Act once on every case that is due now (or at `now`)."""
    for case in await desk.claim_due_replies(now):
        with failing_alone(case):
            await no_reply_yet(bot, desk, trail, case)
            await desk.reply_notice_done(case.id)
    # Cases closed without an officer's /tutup (idle ones, and those about to reach the purge),
    # each leased to this replica as it closes it; and close notices whose lease ran out, left
    # by a replica that crashed or by Telegram failing (bot.handoff.close_notice).
    closed = await desk.close_idle(now) + await desk.close_expiring(now)
    for case in closed + await desk.claim_due_close_notices(now):
        with failing_alone(case):
            await give_close_notice(bot, desk, trail, case)
    for case in await desk.claim_due_purges(now):
        with failing_alone(case):
            await delete_case_messages(bot, desk, case)


@contextlib.contextmanager
def failing_alone(case: HandoffCase) -> Iterator[None]:
    """One case failing leaves the others of the sweep to be done; its lease brings it back."""
    try:
        yield
    except Exception as error:
        logger.error("hand-off: sweep of case %s failed: %s", case.number, type(error).__name__)


async def no_reply_yet(bot: Bot, desk: CaseDesk, trail: ChatTrail, case: HandoffCase) -> None:
    """No officer answered in time: the villager gets the call centre, the officers a nudge."""
    if not case.is_open or case.first_reply_at is not None:
        return
    chat_id = desk.chat_of(case)
    if chat_id is not None:
        try:
            sent = await bot.send_message(
                chat_id,
                replies.HANDOFF_NO_REPLY_YET.format(
                    label=desk.settings.officer_label, number=case.number
                ),
            )
            trail.remember(chat_id, sent.message_id)
        except Forbidden:
            closed = await desk.close(case.id, CaseOutcome.BLOCKED)
            if closed is not None:
                await _tell_officers(
                    bot, desk, closed, replies.OFFICERS_BLOCKED.format(number=case.number)
                )
            return
        except TelegramError as error:
            logger.warning("hand-off: villager not told of the wait: %s", type(error).__name__)
    await _tell_officers(
        bot,
        desk,
        case,
        replies.OFFICERS_NO_REPLY.format(
            number=case.number, minutes=desk.settings.handoff_reply_due_minutes
        ),
    )


async def _tell_officers(bot: Bot, desk: CaseDesk, case: HandoffCase, text: str) -> None:
    try:
        await post_to_case(bot, desk, case, text)
    except TelegramError as error:
        logger.warning("hand-off: officers not told: %s", type(error).__name__)
