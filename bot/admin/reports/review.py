"""The review queue: logged questions, unanswered ones grouped by meaning, labels and the
NLU export of labelled examples."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.admin.reports.filters import UNANSWERED_ROWS, QueryFilter, filtered
from bot.outcomes import TYPED_KINDS
from bot.querylog import QueryLabel, QueryLogRow

# Two questions whose content words overlap this much are shown as one group.
SAME_QUESTION_OVERLAP = 0.5

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
    """The review queue: unanswered questions (their stored outcome), the same question
    grouped. Typed ones only: a button's or command's payload is no training data."""
    statement = (
        filtered(select(QueryLogRow, QueryLabel.intent), query_filter)
        .outerjoin(QueryLabel, QueryLabel.query_id == QueryLogRow.id)
        .where(UNANSWERED_ROWS, QueryLogRow.message_kind.in_(TYPED_KINDS))
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
