"""One user message in, replies out, one anonymised row in the log: the same for every channel.

The Telegram handlers and the console chat both call `answer_text` / `answer_non_text`, so the
scrubbing, the pseudonym, the Rasa call and the query log are one path.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

from bot import replies
from bot.anonymise import pseudonymise, scrub_personal_data
from bot.flood import Verdict
from bot.intake import as_typed_text, clean_text
from bot.outcomes import Outcome, outcome_of_reply
from bot.places import resolve_places
from bot.querylog import MOST_RESPONSES_LOGGED, QueryLogEntry
from bot.rasa_client import RasaMessage, RasaUnavailable
from bot.retention import delete_user_rows
from bot.services import Services

logger = logging.getLogger(__name__)

# Telegram caps a message at 4,096 characters; the NLU needs far less to know the topic, and
# very long input only slows it down. The full scrubbed text (up to Telegram's cap) is logged.
MAX_TEXT_FOR_NLU = 1_000
MAX_TEXT_LOGGED = 4_096


@dataclass(frozen=True)
class Query:
    """A user message as it arrived, before anything is scrubbed."""

    user_id: int
    text: str
    kind: str = "text"
    # True only for the bot's own /intent payloads (buttons, /start, /menu); typed text is
    # never read by Rasa as an intent.
    payload: bool = False


def bot_message(text: str, response: str) -> RasaMessage:
    """A reply written by the front end itself (when Rasa is not asked)."""
    return RasaMessage(text=text, response=response)


def pseudonym_of(services: Services, user_id: int) -> str:
    """The user's pseudonym: the only name anything outside this process knows them by."""
    return pseudonymise(user_id, services.settings.anon_secret.get_secret_value())


async def arrived_through(services: Services, user_id: int, event_code: str) -> None:
    """The user opened a registered event's link: their later questions count for it, on
    every replica."""
    await services.arrivals.remember(pseudonym_of(services, user_id), event_code)


async def answer_text(services: Services, query: Query) -> list[RasaMessage]:
    """Scrub, ask Rasa as the pseudonym, log one row, and return the replies."""
    started = time.perf_counter()
    pseudonym = pseudonym_of(services, query.user_id)
    event_code = await services.arrivals.event_of(pseudonym)
    # The row is filled in as the message goes, its outcome on every path; its text only once
    # it is scrubbed.
    entry = QueryLogEntry(
        user_pseudonym=pseudonym,
        event_code=event_code,
        message_kind=query.kind,
        text="",
        outcome=Outcome.ANSWERED,
        latency_ms=0,
    )
    flood = await services.flood_guard.check(pseudonym)
    if flood is not Verdict.ALLOW:
        # Kept in the log without its text (admins see floods), not sent to Rasa, not even
        # read: one warning per flood.
        messages = (
            [bot_message(replies.SLOW_DOWN, "bot_slow_down")] if flood is Verdict.WARN else []
        )
        entry.message_kind = "flood"
        entry.outcome = Outcome.FLOOD_LIMITED
        entry.responses = [m.response or "unnamed" for m in messages]
        services.log_writer.submit(entry)
        return messages
    # The desa never reaches Rasa or the log: only its kabupaten (bot/places.py). Cleaned
    # first: one message with a lone surrogate made the whole batch of rows fail to insert.
    scrubbed = resolve_places(scrub_personal_data(clean_text(query.text)))
    if not query.payload:
        # Logged as sent, so what the review queue exports as training data is plain text too.
        scrubbed = as_typed_text(scrubbed)
    entry.text = scrubbed[:MAX_TEXT_LOGGED]
    try:
        reply = await services.rasa.send(
            sender=pseudonym,
            text=scrubbed[:MAX_TEXT_FOR_NLU],
            metadata={"event_code": event_code},
        )
    except RasaUnavailable as error:
        logger.warning("rasa unavailable: %s", error)
        messages = [bot_message(replies.RASA_UNAVAILABLE, "bot_rasa_unavailable")]
        entry.outcome = Outcome.RASA_UNAVAILABLE
    else:
        messages = reply.messages or [bot_message(replies.NOT_UNDERSTOOD, "bot_no_reply")]
        entry.intent = reply.intent
        entry.confidence = reply.confidence
        entry.kabupaten = reply.kabupaten
        entry.outcome = outcome_of_reply(reply, typed=not query.payload)
    entry.responses = [m.response or "unnamed" for m in messages][:MOST_RESPONSES_LOGGED]
    entry.latency_ms = round((time.perf_counter() - started) * 1000)
    services.log_writer.submit(entry)
    return messages


async def answer_non_text(services: Services, query: Query) -> list[RasaMessage]:
    """Stickers, photos, voice notes, emoji-only text: ask for a typed question, log the kind."""
    pseudonym = pseudonym_of(services, query.user_id)
    messages = [bot_message(replies.PLEASE_TYPE, "bot_please_type")]
    services.log_writer.submit(
        QueryLogEntry(
            user_pseudonym=pseudonym,
            event_code=await services.arrivals.event_of(pseudonym),
            message_kind=query.kind,
            text=f"<{query.kind.upper()}>",
            responses=["bot_please_type"],
            outcome=Outcome.NOT_TEXT,
            latency_ms=0,
        ),
    )
    return messages


@dataclass(frozen=True)
class Forgotten:
    """What /hapus deleted: query-log rows (None when the database was unavailable), and
    whether Rasa's copy of the conversation went."""

    rows: int | None
    conversation: bool


async def forget_user(services: Services, user_id: int) -> Forgotten:
    """Delete every logged row of this user (found by their pseudonym), spooled ones included,
    the event they arrived through, and the conversation Rasa keeps under the same pseudonym.

    The sealed ids of their recent messages stay until they expire (48 hours at most): they
    say nothing of what was asked, and without them a villager who deletes our records now
    could not wipe the chat later.
    """
    pseudonym = pseudonym_of(services, user_id)
    await services.arrivals.forget(pseudonym)
    await services.log_writer.drain()  # rows still on their way belong to the user too

    def delete() -> int | None:
        try:
            discarded = services.log_writer.discard_spooled(pseudonym)
            with services.sessions.begin() as session:
                return discarded + delete_user_rows(session=session, user_pseudonym=pseudonym)
        except Exception as error:  # the user is told to try again, never left without an answer
            logger.warning("could not delete query-log rows: %s", type(error).__name__)
            return None

    rows = await asyncio.to_thread(delete)
    try:
        await services.rasa.forget(pseudonym)
    except RasaUnavailable as error:
        logger.warning("could not delete the conversation in Rasa: %s", error)
        return Forgotten(rows=rows, conversation=False)
    return Forgotten(rows=rows, conversation=True)
