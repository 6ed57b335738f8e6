"""The villager asks for an officer (and consents), asks where their case stands, and ends it."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from telegram import (
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import replies
from bot.conversation import pseudonym_of
from bot.handlers import send, services_of, spend_keyboard
from bot.handoff import offers
from bot.handoff.cases import CaseOutcome, HandoffCase
from bot.handoff.desk import CaseDesk
from bot.handoff.relay import (
    delete_case_messages,
    place_case,
    post_to_case,
)
from bot.services import Services

logger = logging.getLogger(__name__)


def desk_of(context: ContextTypes.DEFAULT_TYPE) -> CaseDesk:
    return services_of(context).handoff


def when_due(desk: CaseDesk, case: HandoffCase, now: datetime) -> str:
    """When the villager may expect an answer, in their words."""
    due = case.reply_due_at or now
    if desk.hours.is_open(now):
        return replies.HANDOFF_EXPECT_IN_HOURS.format(
            label=desk.settings.officer_label, when=desk.hours.when(due, now)
        )
    return replies.HANDOFF_EXPECT_OUT_OF_HOURS.format(
        hours=desk.hours.describe(),
        opening=desk.hours.when(desk.hours.next_opening(now), now),
        when=desk.hours.when(due, now),
    )


# ---------------------------------------------------------------------------- asking
async def ask_for_officer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/petugas and the "Bicara dengan petugas" button: say what the officers would see, and
    ask for consent."""
    callback = update.callback_query
    if callback is not None:
        await spend_keyboard(callback)
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.chat.type != ChatType.PRIVATE:
        return
    services, desk = services_of(context), desk_of(context)
    if desk.officers_chat_id is None:
        await send(context, message.chat, replies.HANDOFF_UNAVAILABLE)
        return
    pseudonym = pseudonym_of(services, user.id)
    case = await desk.open_case_of(pseudonym)
    if case is not None:
        await send(context, message.chat, replies.HANDOFF_ALREADY_OPEN.format(number=case.number))
        return
    district = await district_of(services, pseudonym)
    reason = offers.reason_in(callback.data if callback else None)
    text = replies.HANDOFF_CONSENT.format(
        label=desk.settings.officer_label,
        keep_days=desk.settings.handoff_keep_days,
        district=district or replies.HANDOFF_DISTRICT_UNKNOWN,
    )
    await send(context, message.chat, text, offers.consent_markup(reason))


async def district_of(services: Services, pseudonym: str) -> str | None:
    """The district the bot knows for the villager (from their questions, or their event)."""
    await services.log_writer.drain()  # the newest question may be on its way to the log
    event_code = await services.arrivals.event_of(pseudonym)
    return await services.handoff.district_of(pseudonym, event_code)


async def consent_refused(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Tidak, kembali ke bot": nothing is shared, nothing kept."""
    callback = update.callback_query
    if callback is None or callback.message is None:
        return
    await spend_keyboard(callback)
    await send(context, callback.message.chat, replies.HANDOFF_DECLINED)


async def consent_given(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Setuju": the case opens in the officers' chat with the villager's recent questions."""
    callback, user = update.callback_query, update.effective_user
    if callback is None or callback.message is None or user is None:
        return
    chat = callback.message.chat
    if chat.type != ChatType.PRIVATE:
        return
    await spend_keyboard(callback)
    services, desk = services_of(context), desk_of(context)
    if desk.officers_chat_id is None:
        await send(context, chat, replies.HANDOFF_UNAVAILABLE)
        return
    pseudonym = pseudonym_of(services, user.id)
    district = await district_of(services, pseudonym)
    case = await desk.open(
        pseudonym=pseudonym,
        chat_id=chat.id,
        district=district,
        reason=offers.reason_in(callback.data),
    )
    if case is None:  # a second press, or another replica was quicker
        existing = await desk.open_case_of(pseudonym)
        number = existing.number if existing else "?"
        await send(context, chat, replies.HANDOFF_ALREADY_OPEN.format(number=number))
        return
    recent = await desk.recent_questions(pseudonym)
    try:
        case = await place_case(context.bot, desk, case, recent, desk.settings.officer_label)
    except TelegramError as error:
        logger.error("hand-off: the officers' chat cannot be reached: %s", type(error).__name__)
        await desk.close(case.id, CaseOutcome.UNREACHABLE)
        await send(context, chat, replies.HANDOFF_UNREACHABLE)
        return
    now = datetime.now(timezone.utc)
    await send(
        context,
        chat,
        replies.HANDOFF_OPENED.format(number=case.number, expect=when_due(desk, case, now)),
    )
    share_phone = ReplyKeyboardMarkup(
        [[KeyboardButton(replies.HANDOFF_SHARE_PHONE_BUTTON, request_contact=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    await send(context, chat, replies.HANDOFF_SHARE_PHONE, share_phone)


# ---------------------------------------------------------------------------- status and end
async def show_case_status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/kasus: the villager's newest case and where it stands."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.chat.type != ChatType.PRIVATE:
        return
    desk = desk_of(context)
    case = await desk.latest_case_of(pseudonym_of(services_of(context), user.id))
    now = datetime.now(timezone.utc)
    if case is None:
        text = replies.HANDOFF_STATUS_NONE
    elif case.is_open:
        replied = (
            replies.HANDOFF_STATUS_REPLIED
            if case.first_reply_at is not None
            else replies.HANDOFF_STATUS_WAITING.format(
                when=desk.hours.when(case.reply_due_at or now, now)
            )
        )
        text = replies.HANDOFF_STATUS_OPEN.format(
            number=case.number, opened=desk.hours.when(case.opened_at, now), replied=replied
        )
    else:
        text = replies.HANDOFF_STATUS_CLOSED.format(
            number=case.number, outcome=replies.HANDOFF_OUTCOMES.get(case.outcome or "", "-")
        )
    await send(context, message.chat, text)


async def end_case(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/selesai: the villager closes their case and is back with the bot."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.chat.type != ChatType.PRIVATE:
        return
    desk = desk_of(context)
    case = await desk.open_case_of(pseudonym_of(services_of(context), user.id))
    closed = await desk.close(case.id, CaseOutcome.ENDED_BY_VILLAGER) if case else None
    if closed is None:
        await send(context, message.chat, replies.HANDOFF_NOTHING_TO_END)
        return
    await send(
        context,
        message.chat,
        replies.HANDOFF_ENDED.format(number=closed.number),
        ReplyKeyboardRemove(),
    )
    try:
        await post_to_case(
            context.bot,
            desk,
            closed,
            replies.OFFICERS_CLOSED_BY_VILLAGER.format(
                number=closed.number, days=desk.settings.handoff_keep_days
            ),
        )
    except TelegramError as error:
        logger.warning("hand-off: officers not told of the close: %s", type(error).__name__)


async def close_before_deleting(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> bool:
    """/hapus: the open case closes first, and whatever the villager's cases left in the
    officers' chat is deleted now, not days later; the cases keep no link to the villager.
    True when an open case was closed (its share-phone keyboard is then to be removed)."""
    desk = desk_of(context)
    pseudonym = pseudonym_of(services_of(context), user_id)
    closed = None
    try:
        case = await desk.open_case_of(pseudonym)
        if case is not None:
            closed = await desk.close(case.id, CaseOutcome.DELETED_BY_VILLAGER)
        for left in await desk.unlink_user(pseudonym):
            await delete_case_messages(context.bot, desk, left)
    except Exception as error:  # the rest of /hapus goes on; the sweeper deletes them later
        logger.warning("hand-off: cases not deleted at /hapus: %s", type(error).__name__)
    return closed is not None
