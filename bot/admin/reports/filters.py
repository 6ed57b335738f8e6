"""The filters every console page and export shares, and what counts as unanswered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Select, or_, select

from bot.querylog import OutreachEvent, QueryLogRow

# Below this confidence an answered query still goes to the review queue.
LOW_CONFIDENCE = 0.6
# Message kinds that are questions typed by a user (buttons and commands are not).
TYPED_KINDS = ("text", "edited")

# The row of the breakdown by event for queries that came without one.
NO_EVENT = "(tanpa acara)"


@dataclass(frozen=True)
class QueryFilter:
    """The filters every page and export shares."""

    start: date | None = None
    end: date | None = None  # inclusive
    event_code: str | None = None
    search: str | None = None
    intent: str | None = None
    only_unanswered: bool = False


def unanswered_condition():
    """A typed question the bot fell back on, could not classify, or was not sure about."""
    return (QueryLogRow.message_kind.in_(TYPED_KINDS)) & or_(
        QueryLogRow.fell_back.is_(True),
        QueryLogRow.intent.is_(None),
        QueryLogRow.confidence < LOW_CONFIDENCE,
    )


def filtered(statement: Select, query_filter: QueryFilter) -> Select:
    """Apply the shared filters to a statement over query_log."""
    if query_filter.start:
        start = datetime.combine(query_filter.start, time.min, tzinfo=timezone.utc)
        statement = statement.where(QueryLogRow.created_at >= start)
    if query_filter.end:
        end = datetime.combine(query_filter.end + timedelta(days=1), time.min, tzinfo=timezone.utc)
        statement = statement.where(QueryLogRow.created_at < end)
    if query_filter.event_code:
        # A registered event's only: rows tagged before the bot checked /start payloads can
        # carry any text there.
        statement = statement.where(
            QueryLogRow.event_code == query_filter.event_code,
            QueryLogRow.event_code.in_(select(OutreachEvent.code)),
        )
    if query_filter.intent:
        statement = statement.where(QueryLogRow.intent == query_filter.intent)
    if query_filter.search:
        statement = statement.where(QueryLogRow.text.ilike(f"%{query_filter.search}%"))
    if query_filter.only_unanswered:
        statement = statement.where(unanswered_condition())
    return statement
