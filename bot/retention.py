"""Deleting query-log rows: the retention period, and a user's own rows (/hapus); the same
retention for Rasa's conversations when they are kept in its SQL tracker store; and the ids of
recent messages once Telegram would no longer let the bot delete those messages."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, delete, select, text
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.cases import expire_cases
from bot.querylog import QueryLabel, QueryLogRow, RecentMessage, create_query_log_engine
from bot.settings import Settings
from bot.spool import purge_quarantined

logger = logging.getLogger(__name__)

# Telegram lets a bot delete a message in a private chat for 48 hours after it was sent; an id
# kept longer could not be used, only leaked.
MESSAGE_IDS_KEPT = timedelta(hours=48)


def _delete_rows(session: Session, condition) -> int:
    """Delete matching rows and their labels (explicitly: SQLite does not cascade by default)."""
    ids = select(QueryLogRow.id).where(condition)
    session.execute(delete(QueryLabel).where(QueryLabel.query_id.in_(ids)))
    return session.execute(delete(QueryLogRow).where(condition)).rowcount or 0


def purge_expired(*, session: Session, retention_days: int, now: datetime | None = None) -> int:
    """Delete rows older than the retention period; returns how many."""
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=retention_days)
    return _delete_rows(session, QueryLogRow.created_at < cutoff)


def delete_user_rows(*, session: Session, user_pseudonym: str) -> int:
    """Delete every row of one (pseudonymous) user; returns how many."""
    return _delete_rows(session, QueryLogRow.user_pseudonym == user_pseudonym)


def purge_expired_conversations(
    tracker_store: Engine, *, retention_days: int, now: datetime | None = None
) -> int:
    """Delete events older than the retention period from Rasa's SQL tracker store (its
    `events` table, timestamps in seconds since the epoch); returns how many."""
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=retention_days)
    with tracker_store.begin() as connection:
        deleted = connection.execute(
            text("DELETE FROM events WHERE timestamp < :cutoff"), {"cutoff": cutoff.timestamp()}
        )
    return deleted.rowcount or 0


def purge_expired_message_ids(*, session: Session, now: datetime | None = None) -> int:
    """Delete the ids of messages older than MESSAGE_IDS_KEPT; returns how many."""
    cutoff = (now or datetime.now(timezone.utc)) - MESSAGE_IDS_KEPT
    return (
        session.execute(delete(RecentMessage).where(RecentMessage.sent_at < cutoff)).rowcount or 0
    )


def delete_user_message_ids(*, session: Session, user_pseudonym: str) -> int:
    """Delete the kept message ids of one (pseudonymous) user; returns how many."""
    return (
        session.execute(
            delete(RecentMessage).where(RecentMessage.user_pseudonym == user_pseudonym)
        ).rowcount
        or 0
    )


@dataclass(frozen=True)
class Purged:
    """How much one retention purge deleted (None: Rasa's tracker store is not configured)."""

    rows: int
    message_ids: int
    conversation_events: int | None
    # Hand-off cases that lost their link to a villager or were deleted (bot.handoff.cases).
    cases: int = 0


def purge_all(settings: Settings, sessions: sessionmaker[Session]) -> Purged:
    """Everything older than its keeping time: query-log rows, message ids, Rasa's events."""
    with sessions.begin() as session:
        rows = purge_expired(session=session, retention_days=settings.retention_days)
        message_ids = purge_expired_message_ids(session=session)
        now = datetime.now(timezone.utc)
        cases = expire_cases(
            session=session, cutoff=now - timedelta(days=settings.retention_days), now=now
        )
    # Rows set aside by the writer are query-log rows too.
    rows += purge_quarantined(settings.spool_path, retention_days=settings.retention_days)
    events = None
    if settings.rasa_tracker_database_url:
        tracker_store = create_query_log_engine(settings.rasa_tracker_database_url)
        try:
            events = purge_expired_conversations(
                tracker_store, retention_days=settings.retention_days
            )
        finally:
            tracker_store.dispose()
    return Purged(rows=rows, message_ids=message_ids, conversation_events=events, cases=cases)


# Hourly: message ids must not outlive Telegram's 48 hours by more than that.
PURGE_INTERVAL = timedelta(hours=1)


async def purge_regularly(settings: Settings, sessions: sessionmaker[Session]) -> None:
    """Purge now and then every hour while the bot runs: the privacy notice promises that old
    records go by themselves. Every replica may run it; deleting twice deletes nothing more."""
    while True:
        purge = asyncio.ensure_future(asyncio.to_thread(purge_all, settings, sessions))
        try:
            purged = await asyncio.shield(purge)
        except asyncio.CancelledError:
            # A thread cannot be stopped: the round finishes before whoever cancelled goes on
            # (and disposes of the engine it is using).
            with contextlib.suppress(Exception):
                await purge
            raise
        except Exception:  # the next round must still come; the log says why
            logger.exception("retention purge failed; trying again in an hour")
        else:
            logger.info(
                "retention purge: %d rows, %d message ids, %s Rasa events, %d cases",
                purged.rows,
                purged.message_ids,
                purged.conversation_events,
                purged.cases,
            )
        await asyncio.sleep(PURGE_INTERVAL.total_seconds())
