"""The villager's side of an open case: their messages go to the officers, not to Rasa (danger
words answered first), and are logged without their text."""

from __future__ import annotations

import logging

from telegram import (
    Message,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import replies
from bot.conversation import pseudonym_of
from bot.flood import Verdict
from bot.handlers import send, services_of, spend_keyboard
from bot.handoff.asking import desk_of
from bot.handoff.cases import CaseOutcome, HandoffCase
from bot.handoff.emergency import emergency_answer, is_emergency
from bot.handoff.relay import (
    copy_into_case,
    has_content,
    officers_chat_refuses,
    post_to_case,
)
from bot.outcomes import HANDED_OFF_KIND, Outcome
from bot.querylog import QueryLogEntry
from bot.services import Services

logger = logging.getLogger(__name__)
# Commands that keep working while a case is open; any other is answered with a reminder.
COMMANDS_DURING_A_CASE = frozenset({"hapus", "kasus", "selesai", "petugas", "privasi", "privacy"})
# Buttons that keep working while a case is open (the bot's own, never Rasa's).
BUTTONS_DURING_A_CASE = ("hapus", "/hapus", "petugas:")
HANDED_OFF_RESPONSE = "bot_handed_off"


# ---------------------------------------------------------------------------- while a case is open
async def while_in_case(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before any other handler, for every update of a private chat: while the villager's case
    is open, their messages go to the case and not to Rasa (handling stops here); the hand-off's
    own commands and buttons, /hapus and /privasi still reach their handlers."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.type != ChatType.PRIVATE:
        return
    services, desk = services_of(context), desk_of(context)
    if desk.officers_chat_id is None:
        return
    try:
        case = await desk.open_case_of(pseudonym_of(services, user.id))
    except Exception as error:  # the bot answers as usual; the villager is never left silent
        logger.warning("hand-off: open cases not readable: %s", type(error).__name__)
        return
    if case is None:
        return
    message = update.effective_message
    if update.callback_query is not None:
        data = update.callback_query.data or ""
        if data.startswith(BUTTONS_DURING_A_CASE):
            return
        await spend_keyboard(update.callback_query)
        await remind(context, case, update)
    elif message is not None and has_content(message):
        text = message.text or message.caption or ""
        urgent = bool(text) and is_emergency(text)
        if urgent:
            # Danger words come first, whatever else holds: before the flood limit, and before
            # a leading "/" makes the message a command ("/tolong saya disekap").
            for answer in emergency_answer():
                await send(context, message.chat, answer)
        command = command_in(text)
        if command in COMMANDS_DURING_A_CASE:
            return
        if command is not None and not urgent:
            await remind(context, case, update)
        else:
            await relay_villager_message(context, case, message, user.id, urgent=urgent)
    # Telegram's service messages in the chat (a pin, the auto-delete timer) are nobody's
    # words: they stop here, unrelayed.
    raise ApplicationHandlerStop


def command_in(text: str) -> str | None:
    """ "selesai" for "/selesai@pmi_sumsel_bot"; None for anything not a command."""
    if not text.startswith("/"):
        return None
    words = text[1:].split(maxsplit=1)
    return words[0].split("@")[0].casefold() if words else ""


async def remind(context: ContextTypes.DEFAULT_TYPE, case: HandoffCase, update: Update) -> None:
    if update.effective_chat is not None:
        await send(
            context, update.effective_chat, replies.HANDOFF_ALREADY_OPEN.format(number=case.number)
        )


async def relay_villager_message(
    context: ContextTypes.DEFAULT_TYPE,
    case: HandoffCase,
    message: Message,
    user_id: int,
    *,
    urgent: bool,
) -> None:
    """One message of the villager into the case (the emergency answer, if it was urgent, has
    gone already): their own phone number (contact button) as a number only, anything else
    copied as written. An urgent message reaches the officers over the flood limit too."""
    services, desk = services_of(context), desk_of(context)
    pseudonym = pseudonym_of(services, user_id)
    flood = await services.flood_guard.check(pseudonym)
    if flood is not Verdict.ALLOW and not urgent:
        if flood is Verdict.WARN:
            await send(context, message.chat, replies.SLOW_DOWN)
        await log_handed_off(services, pseudonym, "flood", Outcome.FLOOD_LIMITED)
        return
    try:
        if urgent:
            await post_to_case(context.bot, desk, case, replies.OFFICERS_URGENT)
        if message.edit_date is not None:
            # The first version is in the case already: the copy alone would read as new.
            await post_to_case(context.bot, desk, case, replies.OFFICERS_VILLAGER_EDITED)
        contact = message.contact
        if contact is not None and contact.user_id == user_id:
            # Only the number: the contact card would carry the Telegram name too.
            await post_to_case(
                context.bot, desk, case, replies.OFFICERS_PHONE.format(phone=contact.phone_number)
            )
            await desk.phone_shared(case.id)
            await send(context, message.chat, replies.HANDOFF_PHONE_SHARED, ReplyKeyboardRemove())
        else:
            await copy_into_case(context.bot, desk, case, message.chat.id, message.message_id)
    except TelegramError as error:
        await relay_failed(context, case, message, error)
    else:
        await desk.active(case.id)
    await log_handed_off(services, pseudonym, HANDED_OFF_KIND, Outcome.HANDED_OFF)


async def relay_failed(
    context: ContextTypes.DEFAULT_TYPE, case: HandoffCase, message: Message, error: TelegramError
) -> None:
    """Only an officers' chat (or topic) that refuses the bot closes the case. Telegram also
    answers 400 for a message it will not copy (protected content, a quiz, paid media): the
    villager is asked to type it or send a photo, and the case stays open."""
    if officers_chat_refuses(error):
        logger.error("hand-off: the officers' chat refused the relay: %s", type(error).__name__)
        closed = await desk_of(context).close(case.id, CaseOutcome.UNREACHABLE)
        if closed is not None:
            await send(context, message.chat, replies.HANDOFF_UNREACHABLE, ReplyKeyboardRemove())
    elif isinstance(error, BadRequest):  # before NetworkError: BadRequest is one
        logger.warning("hand-off: a message Telegram will not copy: %s", error.message)
        await send(context, message.chat, replies.HANDOFF_CANNOT_RELAY)
    else:
        logger.warning("hand-off: relay failed: %s", type(error).__name__)
        await send(context, message.chat, replies.HANDOFF_NOT_SENT)


async def log_handed_off(services: Services, pseudonym: str, kind: str, outcome: Outcome) -> None:
    """The relayed message's row: counted (for the villager's event too), but without its text
    and of its own kind, so no list of questions shows it (bot.outcomes.HANDED_OFF_KIND)."""
    services.log_writer.submit(
        QueryLogEntry(
            user_pseudonym=pseudonym,
            event_code=await services.arrivals.event_of(pseudonym),
            message_kind=kind[:16],
            text="",
            responses=[HANDED_OFF_RESPONSE] if outcome is Outcome.HANDED_OFF else [],
            outcome=outcome,
            latency_ms=0,
        )
    )
