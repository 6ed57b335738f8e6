"""The dashboard's figures: totals and breakdowns by day, event, district and topic, as shown
(bot.admin.small_counts)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from bot.admin.reports.filters import NO_EVENT, UNANSWERED_ROWS, QueryFilter, filtered
from bot.admin.small_counts import Counted, Shown, ShownGroup, hidden_last, shown_page
from bot.admin.topics import topic_label
from bot.outcomes import TYPED_KINDS, Outcome
from bot.querylog import OutreachEvent, QueryLogRow


@dataclass
class Breakdown:
    """Messages, distinct users and unanswered share of one event, district or day, as shown
    (bot.admin.small_counts)."""

    name: str
    messages: Shown
    users: Shown
    fallback_rate: float | None


@dataclass
class Dashboard:
    """The dashboard's figures for one filter, as shown (bot.admin.small_counts); ranges: every
    count is a range of five, since something on the page is hidden."""

    messages: Shown
    users: Shown
    fallback_rate: float | None
    per_day: list[Breakdown] = field(default_factory=list)
    top_intents: list[tuple[str | None, Shown]] = field(default_factory=list)  # None: unrecognised
    by_event: list[Breakdown] = field(default_factory=list)
    by_district: list[Breakdown] = field(default_factory=list)
    ranges: bool = False


# Messages, distinct users and unanswered messages (by their stored outcome) of what the
# filter selects.
COUNTS = (
    func.count(),
    func.count(distinct(QueryLogRow.user_pseudonym)),
    func.coalesce(func.sum(case((UNANSWERED_ROWS, 1), else_=0)), 0),
)


def _counted_by(session: Session, key, query_filter: QueryFilter) -> list[tuple[object, Counted]]:
    """The counts per value of key. The key OutreachEvent.code groups by registered event:
    other codes count as no event (None)."""
    statement = select(key, *COUNTS).select_from(QueryLogRow).group_by(key)
    if key is OutreachEvent.code:
        statement = statement.outerjoin(OutreachEvent, OutreachEvent.code == QueryLogRow.event_code)
    return [
        (name, Counted(messages, users, unanswered))
        for name, messages, users, unanswered in session.execute(filtered(statement, query_filter))
    ]


def _top_intents(session: Session, query_filter: QueryFilter) -> list[tuple[str | None, Counted]]:
    """The ten intents typed questions were most often read as, with their counts."""
    statement = (
        select(QueryLogRow.intent, *COUNTS[:2])
        # Messages relayed to officers are no questions (an older version's: kind "text").
        .where(QueryLogRow.message_kind.in_(TYPED_KINDS), QueryLogRow.outcome != Outcome.HANDED_OFF)
        .group_by(QueryLogRow.intent)
        .order_by(func.count().desc(), QueryLogRow.intent)
        .limit(10)
    )
    return [
        (intent, Counted(messages, users))
        for intent, messages, users in session.execute(filtered(statement, query_filter))
    ]


def by_size(breakdown: list[Breakdown]) -> list[Breakdown]:
    """Largest first, hidden rows last (small_counts.hidden_last)."""
    return hidden_last(breakdown, name=lambda b: b.name, count=lambda b: b.messages)


def dashboard(session: Session, query_filter: QueryFilter) -> Dashboard:
    """Everything the dashboard shows, small groups hidden (bot.admin.small_counts): the cards,
    and per day, topic, event and district."""
    cards = Counted(*session.execute(filtered(select(*COUNTS), query_filter)).one())
    per_day = _counted_by(session, func.date(QueryLogRow.created_at), query_filter)
    intents = _top_intents(session, query_filter)
    by_event = _counted_by(session, OutreachEvent.code, query_filter)
    by_district = _counted_by(session, QueryLogRow.kabupaten, query_filter)
    shown_cards, shown_rows, ranges = shown_page(
        cards,
        [[counted for _, counted in rows] for rows in (per_day, intents, by_event, by_district)],
    )
    days, topics, events, districts = shown_rows

    def breakdown(
        rows: list[tuple[object, Counted]], shown: list[ShownGroup], label_none: str
    ) -> list[Breakdown]:
        return [
            Breakdown(
                str(name) if name is not None else label_none,
                group.messages,
                group.users,
                group.unanswered_rate,
            )
            for (name, _), group in zip(rows, shown, strict=True)
        ]

    return Dashboard(
        messages=shown_cards.messages,
        users=shown_cards.users,
        fallback_rate=shown_cards.unanswered_rate,
        per_day=sorted(breakdown(per_day, days, "-"), key=lambda b: b.name),
        top_intents=hidden_last(
            [(intent, group.messages) for (intent, _), group in zip(intents, topics, strict=True)],
            name=lambda pair: topic_label(pair[0]),
            count=lambda pair: pair[1],
        ),
        by_event=by_size(breakdown(by_event, events, NO_EVENT)),
        by_district=by_size(breakdown(by_district, districts, "(tidak disebut)")),
        ranges=ranges,
    )
