"""Writing into a case in the officers' chat, and deleting what a case left there: shared by
the villager's and the officers' handlers and the sweeper."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from telegram import Bot, Message, ReplyParameters
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot import replies
from bot.admin.topics import topic_label
from bot.handoff.cases import HandoffCase
from bot.handoff.desk import CaseDesk, Recent

logger = logging.getLogger(__name__)

TOPIC_NAME_LIMIT = 128
# How Telegram words a 400 for an officers' chat, or a case's topic, that is not there (lower
# case). Any other 400 is about the message itself, and the case goes on.
CHAT_NOT_FOUND = ("chat not found",)
TOPIC_NOT_FOUND = ("message thread not found", "topic_id_invalid", "topic_deleted")


def topic_not_found(error: TelegramError) -> bool:
    """The case's topic is gone (deleted by hand, or never there)."""
    return isinstance(error, BadRequest) and any(
        words in error.message.casefold() for words in TOPIC_NOT_FOUND
    )


def officers_chat_refuses(error: TelegramError) -> bool:
    """The officers' chat, or the case's topic, will take nothing more from the bot: the bot
    removed (403), the chat or the topic not found."""
    if isinstance(error, Forbidden) or topic_not_found(error):
        return True
    return isinstance(error, BadRequest) and any(
        words in error.message.casefold() for words in CHAT_NOT_FOUND
    )


def has_content(message: Message) -> bool:
    """False for Telegram's service messages (a topic created, a member joined, a message
    pinned, the auto-delete timer changed): nothing anyone wrote."""
    return message.effective_attachment is not None or bool(message.text)


def where(case: HandoffCase) -> dict:
    """The topic to write in, or the case's opening message to reply to where topics are off."""
    if case.topic_id is not None:
        return {"message_thread_id": case.topic_id}
    if case.opening_message_id is not None:
        return {
            "reply_parameters": ReplyParameters(
                case.opening_message_id, allow_sending_without_reply=True
            )
        }
    return {}


async def post_to_case(bot: Bot, desk: CaseDesk, case: HandoffCase, text: str) -> Message:
    """A note from the bot in the case; its id is kept for deleting it later."""
    sent = await bot.send_message(case.officers_chat_id, text, **where(case))
    await desk.keep(case.id, sent.message_id)
    return sent


async def copy_into_case(
    bot: Bot, desk: CaseDesk, case: HandoffCase, from_chat_id: int, message_id: int
) -> int:
    """The villager's message, copied (never forwarded: a forward shows who sent it)."""
    copied = await bot.copy_message(case.officers_chat_id, from_chat_id, message_id, **where(case))
    await desk.keep(case.id, copied.message_id)
    return copied.message_id


async def place_case(
    bot: Bot, desk: CaseDesk, case: HandoffCase, recent: list[Recent], label: str
) -> HandoffCase:
    """Open the case in the officers' chat: its own topic, or, where topics are off (or the bot
    may not manage them), a message officers answer by replying to it. Raises TelegramError
    when the officers' chat cannot be reached at all."""
    district = case.district or replies.OFFICERS_DISTRICT_UNKNOWN
    topic_id = None
    try:
        topic = await bot.create_forum_topic(
            case.officers_chat_id, f"{case.number} · {district}"[:TOPIC_NAME_LIMIT]
        )
        topic_id = topic.message_thread_id
    except BadRequest as error:  # not a forum, or no right to manage topics
        logger.warning("hand-off: no topic for the case (%s); replies go by reply", error.message)
    lines = [f"• {r.text} ({topic_label(r.intent)})" for r in recent]
    opened = case.opened_at
    text = replies.OFFICERS_CASE_OPENED.format(
        number=case.number,
        district=district,
        reason=replies.OFFICERS_REASONS.get(case.reason, case.reason),
        opened=desk.hours.when(opened, opened),
        due=desk.hours.when(case.reply_due_at or opened, opened),
        recent="\n".join(lines) or replies.OFFICERS_NO_RECENT,
        how_to_reply=(
            replies.OFFICERS_REPLY_IN_TOPIC
            if topic_id is not None
            else replies.OFFICERS_REPLY_TO_MESSAGE
        ),
        label=label,
    )
    opening = await bot.send_message(case.officers_chat_id, text, message_thread_id=topic_id)
    await desk.placed(case.id, topic_id=topic_id, message_id=opening.message_id)
    case.topic_id, case.opening_message_id = topic_id, opening.message_id
    return case


async def delete_case_messages(bot: Bot, desk: CaseDesk, case: HandoffCase) -> None:
    """What the case left in the officers' chat goes: its topic, or each of its messages."""
    from bot.deletion import delete_messages  # bot.deletion closes cases through this module

    try:
        if case.topic_id is not None:
            try:
                await bot.delete_forum_topic(case.officers_chat_id, case.topic_id)
            except BadRequest as error:
                if not topic_not_found(error):
                    # Not "already gone" (the bot's right to manage topics taken away, say):
                    # the case's messages are still there, so it is tried again later.
                    logger.error(
                        "hand-off: topic of %s not deleted, tried again later: %s",
                        case.number,
                        error.message,
                    )
                    await desk.purge_again(case.id, datetime.now(timezone.utc))
                    return
                # Deleted by hand already: nothing is left to delete.
                logger.warning("hand-off: topic of %s was gone already", case.number)
        else:
            ids = await desk.messages_of(case.id)
            if ids:
                refused = await delete_messages(bot, case.officers_chat_id, ids)
                if refused:
                    logger.error(
                        "hand-off: %d messages of %s could not be deleted in the officers' chat; "
                        "delete them by hand (turn topics on to avoid this)",
                        refused,
                        case.number,
                    )
    except Forbidden:
        logger.error(
            "hand-off: the bot may no longer delete in the officers' chat; delete case %s by hand",
            case.number,
        )
    except NetworkError:
        # Tried again on the next sweep.
        await desk.purge_again(case.id, datetime.now(timezone.utc))
        return
    except TelegramError as error:
        logger.error("hand-off: case %s not deleted: %s", case.number, type(error).__name__)
    await desk.messages_deleted(case.id)
