"""Telegram handlers: parse the update, call the conversation service, reply."""

from __future__ import annotations

import asyncio
import logging

from telegram import (
    CallbackQuery,
    Chat,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import ContextTypes

from bot import replies
from bot.conversation import Query, answer_non_text, answer_text, arrived_through
from bot.handoff import offers
from bot.intake import is_offered_payload
from bot.rasa_client import RasaMessage
from bot.services import Services
from bot.telegram_render import (
    addressed_text,
    event_code_from_start,
    has_words,
    telegram_messages,
    with_official_account,
)

logger = logging.getLogger(__name__)

SERVICES_KEY = "services"


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """The services opened in post_init."""
    return context.application.bot_data[SERVICES_KEY]


SEND_ATTEMPTS = 3


async def send(
    context: ContextTypes.DEFAULT_TYPE,
    chat: Chat,
    text: str,
    markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None = None,
) -> Message:
    """Send plain text (no parse mode, so no markup in it can break the message).

    A dropped connection or a 5xx from Telegram is retried with a short back-off; 429 is
    handled by the rate limiter, which waits as long as Telegram asks. In a private chat the
    message's id is kept for "Hapus jejak".
    """
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            sent = await chat.send_message(text, reply_markup=markup)
            break
        except (NetworkError, TimedOut) as error:
            if isinstance(error, BadRequest) or attempt == SEND_ATTEMPTS:
                raise
            logger.warning("sending failed (%s), attempt %d", type(error).__name__, attempt)
            await asyncio.sleep(0.5 * 2 ** (attempt - 1))
    remember_message(context, chat, sent.message_id)
    return sent


def remember_message(context: ContextTypes.DEFAULT_TYPE, chat: Chat, message_id: int) -> None:
    """Keep the id of a message in a private chat, either side, so "Hapus jejak" can delete it
    (groups are left alone: the bot may not delete other members' messages there)."""
    if chat.type == ChatType.PRIVATE:
        services_of(context).trail.remember(chat.id, message_id)


async def remember_incoming(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every new message a villager sends in a private chat: keep its id (edits keep theirs)."""
    if update.message is not None:
        remember_message(context, update.message.chat, update.message.message_id)


async def send_replies(
    context: ContextTypes.DEFAULT_TYPE, message: Message, messages: list[RasaMessage]
) -> None:
    """Send Rasa's replies, long ones split, buttons under the last part; in a private chat,
    with the hand-off offered where it belongs (bot/handoff/offers.py) when officers are set."""
    messages = with_official_account(messages, context.bot.username)
    settings = services_of(context).settings
    handing_off = settings.officers_chat_id is not None and message.chat.type == ChatType.PRIVATE
    for text, markup in telegram_messages(messages):
        await send(
            context, message.chat, text, offers.with_menu_button(markup) if handing_off else markup
        )
    reason = offers.reason_to_offer(messages) if handing_off else None
    if reason is not None:
        offer = replies.HANDOFF_OFFER.format(label=settings.officer_label)
        await send(context, message.chat, offer, offers.offer_markup(reason))


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome the user; a deep-link payload tags their queries only when it is the code of a
    registered outreach event (a broken or made-up link gets the same welcome, and no event)."""
    services = services_of(context)
    event_code = event_code_from_start(context.args or [])
    if (
        event_code is not None
        and update.effective_user is not None
        and await services.registered_events.has(event_code)
    ):
        await arrived_through(services, update.effective_user.id, event_code)
    await ask_rasa(update, context, "/greet", kind="start", payload=True)


async def show_menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/menu and /help: the topics as buttons."""
    await ask_rasa(update, context, "/ask_capabilities", kind="command", payload=True)


async def show_privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/privasi: what is kept, for how long, who sees it, how to delete it (the domain's answer)."""
    await ask_rasa(update, context, "/ask_privacy", kind="command", payload=True)


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A typed question (new or edited): answer it; emoji-only text gets a friendly hint."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    text = message.text
    if message.chat.type != ChatType.PRIVATE:
        addressed = addressed_text(message, context.bot.username)
        if addressed is None:
            return
        text = addressed
    if not has_words(text):
        await non_text_message(update, context, kind="emoji")
        return
    await ask_rasa(update, context, text, kind="edited" if update.edited_message else "text")


async def ask_rasa(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    *,
    kind: str,
    payload: bool = False,
) -> None:
    """Send one text to Rasa as this user and reply with what comes back; payload=True only for
    the bot's own /intent payloads (typed text is never read as one)."""
    message = update.effective_message
    if message is None or update.effective_user is None:
        return
    query = Query(user_id=update.effective_user.id, text=text, kind=kind, payload=payload)
    await send_replies(context, message, await answer_text(services_of(context), query))


async def non_text_message(
    update: Update, context: ContextTypes.DEFAULT_TYPE, *, kind: str | None = None
) -> None:
    """Stickers, photos, voice notes, files, locations, contacts: ask for a typed question."""
    message = update.effective_message
    if message is None or update.effective_user is None:
        return
    if (
        message.chat.type != ChatType.PRIVATE
        and addressed_text(message, context.bot.username) is None
    ):
        return
    query = Query(user_id=update.effective_user.id, text="", kind=kind or message_kind(message))
    await send_replies(context, message, await answer_non_text(services_of(context), query))


def message_kind(message: Message) -> str:
    """A short name for what was sent instead of text (never its content)."""
    for kind in (
        "sticker",
        "photo",
        "voice",
        "audio",
        "video",
        "video_note",
        "animation",
        "document",
        "location",
        "contact",
        "poll",
    ):
        if getattr(message, kind, None):
            return kind
    return "other"


async def spend_keyboard(callback: CallbackQuery) -> None:
    """Answer a button press and remove the pressed keyboard: a spent keyboard cannot get two
    answers to one question."""
    try:
        await callback.answer()
        await callback.edit_message_reply_markup(reply_markup=None)
    except BadRequest:
        pass  # the message is too old to edit, or was already edited


async def button_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A press on an inline button sends its payload to Rasa as an intent, if the bot could
    have offered it."""
    callback = update.callback_query
    if callback is None or callback.message is None:
        return
    payload = callback.data or ""
    await spend_keyboard(callback)
    if not is_offered_payload(payload):
        await send(context, callback.message.chat, replies.STALE_BUTTON)
        return
    await ask_rasa(update, context, payload, kind="button", payload=True)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command we do not have."""
    message = update.effective_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        await send(context, message.chat, replies.UNKNOWN_COMMAND)


async def report_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error without the update's content; tell the user something went wrong."""
    error = context.error
    logger.error(
        "handler failed: %s",
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__) if error else None,
    )
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await send(context, update.effective_chat, replies.RASA_UNAVAILABLE)
        except TelegramError:
            logger.warning("could not tell the user about the error")
