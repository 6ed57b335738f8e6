"""The officers' side: messages in OFFICERS_CHAT_ID (and only there) are officers' messages.

Membership of that private supergroup is the access control: whoever the province adds is an
officer, whoever it removes is not. An officer's reply reaches the villager labelled as the
service (OFFICER_LABEL), never with the officer's name.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import BadRequest, Forbidden, NetworkError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import replies
from bot.handlers import services_of
from bot.handoff.cases import OFFICER_OUTCOMES, CaseOutcome, HandoffCase
from bot.handoff.close_notice import give_close_notice
from bot.handoff.desk import CaseDesk
from bot.handoff.relay import has_content, post_to_case
from bot.telegram_render import TELEGRAM_CAPTION_LIMIT, split_for_telegram

logger = logging.getLogger(__name__)

# What an officer may send a villager: copied with the service's label as its caption.
MEDIA_WITH_CAPTION = ("photo", "document", "video", "voice", "audio", "animation")


def desk_of(context: ContextTypes.DEFAULT_TYPE) -> CaseDesk:
    return services_of(context).handoff


async def officers_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every update from the officers' chat: handled here and by no other handler (the villager
    handlers would otherwise read officers' words as questions)."""
    message = update.effective_message
    if message is not None and (writes_anonymously(message) or written_by_a_person(message)):
        try:
            await handle_officer(context, message, edited=update.edited_message is not None)
        except Exception as error:  # before a case was found: the database, most likely
            await not_handled(message, error, case=None)
    raise ApplicationHandlerStop


def written_by_a_person(message: Message) -> bool:
    return message.from_user is not None and not message.from_user.is_bot


def writes_anonymously(message: Message) -> bool:
    """An admin with "Remain anonymous" on, or someone writing as a channel: Telegram names the
    group (or the channel) as the sender, and from_user is one of its helper bots."""
    return message.sender_chat is not None


async def not_handled(message: Message, error: Exception, *, case: HandoffCase | None) -> None:
    """A failure is never silent: the log says what failed (its class, the case number, nothing
    of what was written) and the officers read, where they wrote, that it may not have gone."""
    logger.error(
        "hand-off: an officer's message in case %s was not handled: %s",
        case.number if case is not None else "-",
        type(error).__name__,
    )
    try:
        await message.reply_text(replies.OFFICERS_NOT_HANDLED)
    except Exception as also:  # the officers' chat itself failing: the log has it
        logger.error("hand-off: officers not told of the failure: %s", type(also).__name__)


async def handle_officer(
    context: ContextTypes.DEFAULT_TYPE, message: Message, *, edited: bool
) -> None:
    desk = desk_of(context)
    # An edit or a forward is never a command: an edited "/tutup x" closes nothing, and a
    # forwarded one is someone else's words.
    as_written = not edited and message.forward_origin is None
    command = command_of(message, context.bot.username) if as_written else None
    if command == "kasus":
        await list_open_cases(context, message)
        return
    reply_to = message.reply_to_message.message_id if message.reply_to_message else None
    case = await desk.case_for(
        chat_id=message.chat.id,
        topic_id=message.message_thread_id if message.is_topic_message else None,
        reply_to=reply_to,
    )
    if case is None:
        if command == "tutup":
            await message.reply_text(replies.OFFICERS_NOT_IN_A_CASE)
        return  # officers talking among themselves
    try:
        await act_in_case(context, case, message, command=command, edited=edited)
    except Exception as error:  # RetryAfter past the rate limiter's retries, the database...
        await not_handled(message, error, case=case)


async def act_in_case(
    context: ContextTypes.DEFAULT_TYPE,
    case: HandoffCase,
    message: Message,
    *,
    command: str | None,
    edited: bool,
) -> None:
    """An officer's message in a case: relayed to the villager, a /tutup, or refused with a
    note."""
    desk = desk_of(context)
    if writes_anonymously(message):
        # Nothing says which officer wrote, or that an officer did: nothing goes to the villager.
        if command is not None or has_content(message):
            await message.reply_text(replies.OFFICERS_ANONYMOUS)
        return
    if not case.is_open:
        if command is not None or has_content(message):
            await message.reply_text(replies.OFFICERS_CASE_CLOSED.format(number=case.number))
        return
    if message.forward_origin is not None and has_content(message):
        # A forward carries someone else's words and, often, their name.
        await message.reply_text(replies.OFFICERS_FORWARD_NOT_RELAYED)
        return
    if command == "tutup":
        await close_by_officer(context, case, message)
    elif command is not None:
        return  # other commands are the officers' own business
    elif edited:
        await message.reply_text(replies.OFFICERS_EDIT_NOT_RELAYED)
    elif message.text:
        await deliver(
            context, case, message, text=f"{desk.settings.officer_label}:\n{message.text}"
        )
    elif any(getattr(message, kind) for kind in MEDIA_WITH_CAPTION):
        await deliver(context, case, message)
    elif has_content(message):
        await message.reply_text(replies.OFFICERS_NOT_RELAYED)


def command_of(message: Message, bot_username: str) -> str | None:
    """ "tutup" for "/tutup dijawab" or "/tutup@pmi_sumsel_bot dijawab"; "" for a command to
    another bot ("/tutup@lain_bot") or a bare "/"; None for anything not a command."""
    text = message.text or ""
    if not text.startswith("/"):
        return None
    words = text[1:].split(maxsplit=1)
    name, _, addressee = (words[0] if words else "").partition("@")
    if addressee and addressee.casefold() != bot_username.casefold():
        return ""
    return name.casefold()


async def deliver(
    context: ContextTypes.DEFAULT_TYPE, case: HandoffCase, message: Message, text: str | None = None
) -> None:
    """One officer's message to the villager, as the service."""
    desk = desk_of(context)
    chat_id = desk.chat_of(case)
    await desk.keep(case.id, message.message_id)
    if chat_id is None:
        return
    label = desk.settings.officer_label
    trail = services_of(context).trail  # every message the villager gets, for "Hapus jejak"
    try:
        if text is None:
            caption = f"{label}: {message.caption}" if message.caption else label
            too_long = len(caption) > TELEGRAM_CAPTION_LIMIT
            copied = await context.bot.copy_message(
                chat_id, message.chat.id, message.message_id, caption=label if too_long else caption
            )
            trail.remember(chat_id, copied.message_id)
            # A caption over Telegram's limit follows the copy as text, whole.
            text = f"{label}:\n{message.caption}" if too_long else None
        for part in split_for_telegram(text) if text else []:
            trail.remember(chat_id, (await context.bot.send_message(chat_id, part)).message_id)
    except Forbidden:
        # The villager blocked the bot: nothing more can reach them.
        closed = await desk.close(case.id, CaseOutcome.BLOCKED)
        if closed is not None:
            await post_to_case(
                context.bot, desk, closed, replies.OFFICERS_BLOCKED.format(number=case.number)
            )
        return
    except (NetworkError, BadRequest) as error:
        logger.warning("hand-off: officer's reply not delivered: %s", type(error).__name__)
        await message.reply_text(replies.OFFICERS_NOT_DELIVERED)
        return
    await desk.replied(case.id)


async def close_by_officer(
    context: ContextTypes.DEFAULT_TYPE, case: HandoffCase, message: Message
) -> None:
    """/tutup <hasil>: the case closes with that outcome; the villager is told and is back with
    the bot."""
    desk = desk_of(context)
    words = (message.text or "").split()
    outcome = OFFICER_OUTCOMES.get(words[1].casefold()) if len(words) > 1 else None
    if outcome is None:
        await message.reply_text(replies.OFFICERS_CLOSE_HOW)
        return
    closed = await desk.close(case.id, outcome, notice=True)
    if closed is None:
        await message.reply_text(replies.OFFICERS_CASE_CLOSED.format(number=case.number))
        return
    await desk.keep(case.id, message.message_id)
    # Given now; what a crash or Telegram leaves undone, the sweep gives after the lease.
    await give_close_notice(context.bot, desk, services_of(context).trail, closed)


async def list_open_cases(context: ContextTypes.DEFAULT_TYPE, message: Message) -> None:
    """/kasus in the officers' chat: the open cases, oldest first."""
    desk = desk_of(context)
    open_cases = await desk.open_cases()
    lines = [
        f"{case.number} · {case.district or replies.OFFICERS_DISTRICT_UNKNOWN} · "
        + ("dibalas" if case.first_reply_at else "belum dibalas")
        for case in open_cases
    ]
    await message.reply_text(
        replies.OFFICERS_OPEN_CASES.format(count=len(open_cases), lines="\n".join(lines))
    )


async def membership_changed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot added to or removed from the officers' chat: said in the log (while it is out,
    villagers asking for an officer are told so and given the call centre)."""
    change = update.my_chat_member
    if change is not None:
        logger.warning(
            "hand-off: the bot is now '%s' in the officers' chat", change.new_chat_member.status
        )
