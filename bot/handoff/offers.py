"""Where the bot offers the hand-off: after the answers to "talk to an officer", "report a case"
and the emergency answer, and as a button on the main menu. Rasa's domain is left as it is: the
bot adds the offer to the replies it renders."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import replies
from bot.intake import DELETE_BUTTON_PAYLOAD
from bot.rasa_client import RasaMessage

ASK = "petugas:tanya"  # + ":<reason>": show what the officers will see, and ask for consent
AGREE = "petugas:setuju"  # + ":<reason>"
DECLINE = "petugas:batal"

# The domain's answers after which the bot offers the hand-off, and the case's reason: the topic
# pages, and the short answers to a specific question of the topic ("utter_report_case/...",
# "utter_ask_human_agent/...", actions/specific.py), which the model often gives instead.
OFFER_AFTER = {
    "utter_human_agent": "ask_human_agent",
    "utter_ask_human_agent": "ask_human_agent",
    "utter_report_case": "report_case",
    "utter_emergency": "emergency_help",
}


def reason_to_offer(messages: list[RasaMessage]) -> str | None:
    """The reason to offer a hand-off after these replies, if one of them calls for it."""
    for message in messages:
        answer = (message.response or "").split("/", 1)[0]
        if answer in OFFER_AFTER:
            return OFFER_AFTER[answer]
    return None


def offer_button(reason: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(replies.HANDOFF_BUTTON, callback_data=f"{ASK}:{reason}")


def offer_markup(reason: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[offer_button(reason)]])


def consent_markup(reason: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(replies.HANDOFF_AGREE, callback_data=f"{AGREE}:{reason}")],
            [InlineKeyboardButton(replies.HANDOFF_DECLINE, callback_data=DECLINE)],
        ]
    )


def with_menu_button(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """The main menu (the keyboard with "Hapus jejak") gets "Bicara dengan petugas" before it."""
    if markup is None:
        return None
    rows = [list(row) for row in markup.inline_keyboard]
    for index, row in enumerate(rows):
        if any(button.callback_data == DELETE_BUTTON_PAYLOAD for button in row):
            rows.insert(index, [offer_button("menu")])
            return InlineKeyboardMarkup(rows)
    return markup


def reason_in(data: str | None) -> str:
    """The reason a consent button carries ("menu" when it carries none we know)."""
    from bot.handoff.cases import REASONS

    reason = (data or "").rsplit(":", 1)[-1]
    return reason if reason in REASONS else "menu"
