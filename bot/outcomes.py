"""What became of each query: decided once, when its row is written, and stored with it.

The dashboard's unanswered share, the review queue, the CSV export and `stats` all read the
stored outcome; none of them works it out again from the intent, the confidence or the
replies, so they cannot disagree on what "unanswered" means.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.rasa_client import RasaReply

# Below this confidence an answer is counted as unanswered: the NLU guessed.
LOW_CONFIDENCE = 0.6
# Message kinds that are questions typed by a user (buttons and commands are not).
TYPED_KINDS = ("text", "edited")
# The kind of a message relayed to an officer during a hand-off case (bot/handoff/): not a
# question to the bot, and its row keeps no text, so it is in no list or figure of questions.
HANDED_OFF_KIND = "handed_off"


class Outcome(StrEnum):
    """One per query-log row."""

    ANSWERED = "answered"
    # Rasa could not tell the topic: its fallback offered the likeliest ones (or it said nothing).
    FALLBACK = "fallback"
    # Rasa answered, but below LOW_CONFIDENCE or without naming an intent: likely the wrong topic.
    LOW_CONFIDENCE = "low_confidence"
    # Rasa down, too slow or failing: the user got the apology with the emergency numbers.
    RASA_UNAVAILABLE = "rasa_unavailable"
    # Over the flood limit: one warning or nothing; Rasa was not asked, the text not kept.
    FLOOD_LIMITED = "flood_limited"
    # A sticker, photo, voice note, emoji only...: the user was asked to type the question.
    NOT_TEXT = "not_text"
    # Relayed to an officer in an open hand-off case (bot/handoff/): Rasa was not asked, and the
    # row keeps no text (what was said lives in the officers' chat, for days, not in the log for
    # RETENTION_DAYS). Counted, never unanswered.
    HANDED_OFF = "handed_off"


# The one definition of an unanswered query.
UNANSWERED = frozenset({Outcome.FALLBACK, Outcome.LOW_CONFIDENCE, Outcome.RASA_UNAVAILABLE})


def outcome_of_reply(reply: RasaReply, *, typed: bool) -> Outcome:
    """How well Rasa's reply answers the message. Confidence is judged for typed text only:
    a button or command names its own intent."""
    if reply.nlu_fallback or not reply.messages:
        return Outcome.FALLBACK
    if typed and (
        reply.intent is None or reply.confidence is None or reply.confidence < LOW_CONFIDENCE
    ):
        return Outcome.LOW_CONFIDENCE
    return Outcome.ANSWERED


def outcome_of_old_row(
    *,
    message_kind: str,
    responses: Collection[str],
    fell_back: bool,
    intent: str | None,
    confidence: float | None,
) -> Outcome:
    """The outcome of a row written before outcomes were stored (a spool line an older
    version left): the rule migration 0005 applies to the rows in the database."""
    if message_kind == "flood":
        return Outcome.FLOOD_LIMITED
    if "bot_rasa_unavailable" in responses:
        return Outcome.RASA_UNAVAILABLE
    if "bot_please_type" in responses:
        return Outcome.NOT_TEXT
    if fell_back:
        return Outcome.FALLBACK
    if message_kind in TYPED_KINDS and (
        intent is None or confidence is None or confidence < LOW_CONFIDENCE
    ):
        return Outcome.LOW_CONFIDENCE
    return Outcome.ANSWERED
