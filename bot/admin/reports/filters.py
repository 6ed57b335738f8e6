"""The filters every console page and export shares; unanswered rows by their stored outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Select, select

from bot.outcomes import UNANSWERED, Outcome
from bot.querylog import OutreachEvent, QueryLogRow

# The one definition of unanswered (bot.outcomes), as a condition on the stored outcome.
UNANSWERED_ROWS = QueryLogRow.outcome.in_(sorted(UNANSWERED))

# What each outcome is called in the console and its exports.
OUTCOME_LABELS: dict[str, str] = {
    Outcome.ANSWERED: "terjawab",
    Outcome.FALLBACK: "tidak dikenali",
    Outcome.LOW_CONFIDENCE: "tak yakin",
    Outcome.RASA_UNAVAILABLE: "Rasa tidak tersedia",
    Outcome.FLOOD_LIMITED: "dibatasi (pesan terlalu banyak)",
    Outcome.NOT_TEXT: "bukan teks",
    Outcome.HANDED_OFF: "diteruskan ke petugas",
}

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


def outcome_label(outcome: str) -> str:
    """An outcome as admins read it."""
    return OUTCOME_LABELS.get(outcome, outcome)


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
        statement = statement.where(UNANSWERED_ROWS)
    return statement
