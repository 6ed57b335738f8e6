"""Deleting query-log rows: the retention period, and a user's own rows (/hapus); and the
same retention for Rasa's conversations when they are kept in its SQL tracker store."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, delete, select, text
from sqlalchemy.orm import Session

from bot.querylog import QueryLabel, QueryLogRow


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
