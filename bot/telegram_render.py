"""Turning Rasa's replies into Telegram messages, and Telegram input into Rasa payloads."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot import replies
from bot.intake import is_offered_payload
from bot.rasa_client import RasaButton, RasaMessage

logger = logging.getLogger(__name__)

TELEGRAM_TEXT_LIMIT = 4_096
TELEGRAM_CAPTION_LIMIT = 1_024
BUTTONS_PER_ROW = 2
GREETING = "utter_greet"
# Deep-link payloads are what Telegram allows in t.me/<bot>?start=...: 1-64 of A-Z a-z 0-9 _ -
EVENT_CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def split_for_telegram(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split a long text into messages under the limit, at paragraph or line breaks if possible."""
    chunks: list[str] = []
    while len(text) > limit:
        # Prefer a paragraph break, then a line break, then a space, in the second half.
        cut = next(
            (at for sep in ("\n\n", "\n", " ") if (at := text.rfind(sep, 0, limit)) > limit // 2),
            limit,
        )
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text or not chunks:
        chunks.append(text)
    return chunks


def keyboard(buttons: list[RasaButton]) -> InlineKeyboardMarkup | None:
    """An inline keyboard, two buttons a row; buttons Telegram cannot carry, or whose press the
    bot would refuse, are left out."""
    usable = []
    for button in buttons:
        if is_offered_payload(button.payload):
            usable.append(InlineKeyboardButton(button.title[:64], callback_data=button.payload))
        else:
            logger.warning(
                "button left out, payload too long or malformed: %s", button.payload[:80]
            )
    if not usable:
        return None
    rows = [usable[i : i + BUTTONS_PER_ROW] for i in range(0, len(usable), BUTTONS_PER_ROW)]
    return InlineKeyboardMarkup(rows)


def telegram_messages(
    messages: list[RasaMessage],
) -> Iterator[tuple[str, InlineKeyboardMarkup | None]]:
    """Each reply as one or more Telegram messages; its buttons go under the last part."""
    for message in messages:
        parts = split_for_telegram(message.text or "…")
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            yield part, keyboard(message.buttons) if last else None


def with_official_account(messages: list[RasaMessage], username: str | None) -> list[RasaMessage]:
    """The greeting, followed by what the bot never asks for and its one official account."""
    note = replies.NEVER_ASKS
    if username:
        note += " " + replies.OFFICIAL_ACCOUNT.format(username=username)
    return [
        m.model_copy(update={"text": f"{m.text}\n\n{note}"}) if m.response == GREETING else m
        for m in messages
    ]


def event_code_from_start(args: list[str]) -> str | None:
    """The event code of a /start deep link, or None when it is missing or malformed."""
    if len(args) == 1 and EVENT_CODE_PATTERN.match(args[0]):
        return args[0]
    return None


def has_words(text: str) -> bool:
    """True when the text has at least one letter or digit (not only emoji or punctuation)."""
    return any(ch.isalnum() for ch in text)


def addressed_text(message: Message, bot_username: str) -> str | None:
    """In a group, the text meant for the bot (mention removed), or None if not addressed."""
    text = message.text or ""
    mention = f"@{bot_username}".casefold()
    replied_to_bot = (
        message.reply_to_message is not None
        and message.reply_to_message.from_user is not None
        and (message.reply_to_message.from_user.username or "").casefold()
        == bot_username.casefold()
    )
    if mention in text.casefold():
        return re.sub(re.escape(f"@{bot_username}"), " ", text, flags=re.IGNORECASE).strip()
    if replied_to_bot:
        return text
    return None
