"""Deleting query-log rows: the retention period, and a user's own rows (/hapus)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
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
