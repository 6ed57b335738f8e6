"""What admins and outreach staff read from the query log: figures, queries, groups, exports."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Select, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from bot.admin.small_counts import Counted, Shown, ShownGroup, hidden_last, shown_page
from bot.admin.topics import topic_label
from bot.querylog import OutreachEvent, QueryLabel, QueryLogRow

# Below this confidence an answered query still goes to the review queue.
LOW_CONFIDENCE = 0.6
# Message kinds that are questions typed by a user (buttons and commands are not).
TYPED_KINDS = ("text", "edited")
# Two questions whose content words overlap this much are shown as one group.
SAME_QUESTION_OVERLAP = 0.5
# The row of the breakdown by event for queries that came without one.
NO_EVENT = "(tanpa acara)"
STOPWORDS = set(
    [
        "yang",
        "di",
        "ke",
        "dari",
        "dan",
        "atau",
        "apa",
        "apo",
        "itu",
        "ini",
        "ya",
        "yo",
        "kak",
        "min",
        "gan",
        "bang",
        "pak",
        "bu",
        "saya",
        "aku",
        "sy",
        "ak",
        "kamu",
        "mau",
        "nak",
        "bisa",
        "pacak",
        "dong",
        "deh",
        "sih",
        "nih",
        "tuh",
        "lah",
        "kah",
        "kalo",
        "kalau",
        "gak",
        "ga",
        "dak",
        "tidak",
        "gimana",
        "bagaimana",
        "cakmano",
        "berapa",
        "berapo",
        "the",
        "a",
        "is",
        "to",
        "for",
        "of",
    ]
)


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


# Messages, distinct users and unanswered (fell back) messages of what the filter selects.
COUNTS = (
    func.count(),
    func.count(distinct(QueryLogRow.user_pseudonym)),
    func.coalesce(func.sum(case((QueryLogRow.fell_back.is_(True), 1), else_=0)), 0),
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
        .where(QueryLogRow.message_kind.in_(TYPED_KINDS))
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


def search_queries(
    session: Session, query_filter: QueryFilter, *, limit: int = 500
) -> list[QueryLogRow]:
    """The newest logged queries matching the filter."""
    statement = (
        filtered(select(QueryLogRow), query_filter).order_by(QueryLogRow.id.desc()).limit(limit)
    )
    return list(session.scalars(statement))


@dataclass
class QuestionGroup:
    """Unanswered queries that ask the same thing in different words."""

    representative: str
    query_ids: list[int]
    texts: list[str]
    likely_intent: str | None
    label: str | None = None

    @property
    def size(self) -> int:
        return len(self.query_ids)


def content_words(text: str) -> frozenset[str]:
    """The words that carry the question, for comparing two phrasings."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"<[A-Z]+>", " ", text.casefold()))
    return frozenset(w for w in words if w not in STOPWORDS and len(w) > 1)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else float(a == b)


def unanswered_groups(
    session: Session, query_filter: QueryFilter, *, limit: int = 2000
) -> list[QuestionGroup]:
    """The review queue: unanswered and low-confidence queries, the same question grouped."""
    statement = (
        filtered(select(QueryLogRow, QueryLabel.intent), query_filter)
        .outerjoin(QueryLabel, QueryLabel.query_id == QueryLogRow.id)
        .where(unanswered_condition())
        .order_by(QueryLogRow.id.desc())
        .limit(limit)
    )
    groups: list[tuple[frozenset[str], QuestionGroup, Counter]] = []
    for row, label in session.execute(statement):
        words = content_words(row.text)
        same = next((g for g in groups if overlap(words, g[0]) >= SAME_QUESTION_OVERLAP), None)
        if same is None:
            same = (
                words,
                QuestionGroup(row.text, query_ids=[], texts=[], likely_intent=None),
                Counter(),
            )
            groups.append(same)
        _, group, intents = same
        group.query_ids.append(row.id)
        group.texts.append(row.text)
        if row.intent:
            intents[row.intent] += 1
        group.label = group.label or label
    for _, group, intents in groups:
        group.likely_intent = intents.most_common(1)[0][0] if intents else None
    return sorted((g for _, g, _ in groups), key=lambda g: g.size, reverse=True)


def label_queries(*, session: Session, query_ids: list[int], intent: str) -> int:
    """Record the right intent for these queries (replacing an earlier label)."""
    now = datetime.now(timezone.utc)
    existing = {
        label.query_id: label
        for label in session.scalars(select(QueryLabel).where(QueryLabel.query_id.in_(query_ids)))
    }
    known_ids = set(session.scalars(select(QueryLogRow.id).where(QueryLogRow.id.in_(query_ids))))
    for query_id in known_ids:
        if query_id in existing:
            existing[query_id].intent = intent
            existing[query_id].labelled_at = now
        else:
            session.add(QueryLabel(query_id=query_id, intent=intent, labelled_at=now))
    return len(known_ids)


def labelled_examples(session: Session) -> dict[str, list[str]]:
    """The labelled queries' texts by intent, each text once."""
    examples: dict[str, list[str]] = {}
    statement = (
        select(QueryLabel.intent, QueryLogRow.text)
        .join(QueryLogRow, QueryLogRow.id == QueryLabel.query_id)
        .order_by(QueryLabel.intent, QueryLogRow.id)
    )
    for intent, text in session.execute(statement):
        text = " ".join(text.split())
        if text and text not in examples.setdefault(intent, []):
            examples[intent].append(text)
    return examples


def event_reach(session: Session) -> tuple[dict[str, tuple[Shown, Shown]], bool]:
    """Messages and distinct users per event code as shown, and whether they are ranges: the
    rows of the dashboard's breakdown by event without filters, so that the two pages show the
    same."""
    figures = dashboard(session, QueryFilter())
    reach = {b.name: (b.messages, b.users) for b in figures.by_event if b.name != NO_EVENT}
    return reach, figures.ranges


def all_events(session: Session) -> list[OutreachEvent]:
    return list(session.scalars(select(OutreachEvent).order_by(OutreachEvent.event_date.desc())))


def registered_codes(session: Session) -> frozenset[str]:
    """The codes of the registered events: the only event codes the console shows."""
    return frozenset(session.scalars(select(OutreachEvent.code)))


def event_choices(session: Session) -> list[tuple[str, str]]:
    """(code, label) for the event filter: the registered events by date, newest first (codes
    only seen in the log are left out; they were typed after /start, not scanned)."""
    return [(e.code, f"{e.name} ({e.kabupaten})") for e in all_events(session)]
