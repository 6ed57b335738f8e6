"""Deleting one's own traces: /hapus and the menu's "Hapus jejak" button ask first; then the
query-log rows and Rasa's conversation go and, when chosen, the chat's messages on both sides.

A villager whose phone a recruiter or employer may check needs the chat itself gone, not only
our records; one who only wants our records gone may want to keep the answers. So the question
offers both.
"""

from __future__ import annotations

import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.constants import BulkRequestLimit, ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import replies
from bot.conversation import Forgotten, forget_user
from bot.handlers import send, services_of, spend_keyboard
from bot.handoff.asking import close_before_deleting

logger = logging.getLogger(__name__)

# The menu's button (domain.yml) carries bot.intake.DELETE_BUTTON_PAYLOAD; the bot answers it
# (bot/app.py), never Rasa.
DELETE_EVERYTHING = "hapus:jejak"
DELETE_RECORDS = "hapus:ya"  # the payload of the only "yes" there was: old keyboards still work
DELETE_CANCELLED = "hapus:batal"

CHOICES = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton(replies.DELETE_EVERYTHING, callback_data=DELETE_EVERYTHING)],
        [InlineKeyboardButton(replies.DELETE_YES, callback_data=DELETE_RECORDS)],
        [InlineKeyboardButton(replies.DELETE_NO, callback_data=DELETE_CANCELLED)],
    ]
)


async def ask_to_delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/hapus: say what would be deleted and ask which, with buttons."""
    message = update.effective_message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return
    await send(context, message.chat, replies.DELETE_QUESTION, CHOICES)


async def delete_button_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The menu's "Hapus jejak" button: the same question as /hapus."""
    callback = update.callback_query
    if callback is None or callback.message is None:
        return
    if callback.message.chat.type != ChatType.PRIVATE:
        # Shown only to the one who pressed it: the group learns nothing.
        await callback.answer(replies.DELETE_ONLY_IN_PRIVATE, show_alert=True)
        return
    await spend_keyboard(callback)
    await send(context, callback.message.chat, replies.DELETE_QUESTION, CHOICES)


async def delete_confirmed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The answer to the question: delete the records, and the chat's messages if chosen."""
    callback = update.callback_query
    if callback is None or callback.message is None or update.effective_user is None:
        return
    chat = callback.message.chat
    if chat.type != ChatType.PRIVATE:
        return
    await spend_keyboard(callback)
    if callback.data not in (DELETE_EVERYTHING, DELETE_RECORDS):
        await send(context, chat, replies.DELETE_CANCELLED)
        return
    services = services_of(context)
    # An open hand-off case closes first, and what the villager's cases left in the officers'
    # chat goes now.
    case_closed = await close_before_deleting(context, update.effective_user.id)
    # The case's share-phone keyboard goes with the last message (deleting messages leaves it).
    markup = ReplyKeyboardRemove() if case_closed else None
    wipe_chat = callback.data == DELETE_EVERYTHING
    message_ids = await services.trail.take(chat.id) if wipe_chat else None
    forgotten = await forget_user(services, update.effective_user.id)
    if not wipe_chat:
        await send(context, chat, records_deleted(forgotten), markup)
        return
    refused = 0
    if message_ids is not None:
        # The question itself goes too, even if it was sent before its id could be kept.
        refused = await delete_messages(
            context.bot, chat.id, [*message_ids, callback.message.message_id]
        )
        logger.info("chat wiped: %d messages, %d refused", len(message_ids) + 1, refused)
    await send(
        context, chat, chat_wiped(forgotten, wiped=message_ids is not None, refused=refused), markup
    )


async def delete_messages(bot: Bot, chat_id: int, message_ids: list[int]) -> int:
    """Delete these messages on both sides of the chat, up to 100 a call; returns how many
    Telegram refused."""
    ids = sorted(set(message_ids))
    refused = 0
    for start in range(0, len(ids), BulkRequestLimit.MAX_LIMIT):
        batch = ids[start : start + BulkRequestLimit.MAX_LIMIT]
        try:
            await bot.delete_messages(chat_id, batch)
        except TelegramError:
            # One message Telegram will not delete (sent just over 48 hours ago, say) fails
            # the whole call: each alone, so that the others still go.
            for message_id in batch:
                try:
                    await bot.delete_message(chat_id, message_id)
                except TelegramError:
                    refused += 1
    return refused


def records_deleted(forgotten: Forgotten) -> str:
    """What /hapus deleted from our records, in the user's words."""
    rows = (
        replies.ROWS_NOT_DELETED
        if forgotten.rows is None
        else replies.DELETED.format(count=forgotten.rows)
    )
    conversation = (
        replies.CONVERSATION_DELETED if forgotten.conversation else replies.CONVERSATION_NOT_DELETED
    )
    return f"{rows}\n{conversation}"


def chat_wiped(forgotten: Forgotten, *, wiped: bool, refused: int) -> str:
    """The one message left after "Hapus jejak": short, honest about what could not go, and
    always the advice to delete the whole chat (the bot never knows it reached everything)."""
    lines = [replies.CHAT_WIPED if wiped else replies.CHAT_NOT_WIPED]
    if refused:
        lines.append(replies.SOME_NOT_WIPED.format(count=refused))
    if forgotten.rows is None:
        lines.append(replies.ROWS_NOT_DELETED)
    if not forgotten.conversation:
        lines.append(replies.CONVERSATION_NOT_DELETED)
    lines.append(replies.WIPE_ADVICE)
    return "\n".join(lines)
