"""The hand-off's cases as the console shows them: status, district, reason, time to the first
officer's reply, outcome. Case rows hold no personal data; a district with fewer than 5 cases
on the page is hidden (bot.admin.small_counts), in the list as in the breakdown."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import replies
from bot.admin.small_counts import HIDDEN, is_small
from bot.handoff.cases import OPEN, HandoffCase, case_number

# What each case outcome is called in the console.
CASE_OUTCOME_LABELS = {
    "answered": "dijawab",
    "police": "diteruskan ke polisi",
    "referred": "diteruskan ke BP3MI/Disnaker",
    "no_reply": "warga tidak membalas",
    "ended_by_villager": "ditutup warga",
    "deleted": "dihapus warga (/hapus)",
    "blocked": "warga memblokir bot",
    "unreachable": "grup petugas tak terjangkau",
    "expired": "lewat masa simpan",
    "idle": "ditutup otomatis (lama tanpa pesan)",
}
NOT_KNOWN = replies.OFFICERS_DISTRICT_UNKNOWN
MOST_LISTED = 500


@dataclass(frozen=True)
class CaseRow:
    number: str
    status: str
    district: str
    reason: str
    opened_at: datetime
    first_reply: timedelta | None
    outcome: str


@dataclass(frozen=True)
class CaseFigures:
    open_now: int
    cases: int
    replied: int
    median_first_reply: timedelta | None
    by_district: list[tuple[str, int | str]]
    by_outcome: list[tuple[str, int | str]]
    rows: list[CaseRow]


def open_cases(session: Session) -> int:
    return session.scalar(select(func.count()).where(HandoffCase.status == OPEN)) or 0


def median_first_reply(session: Session, start: date | None = None, end: date | None = None):
    """The median time from a case's opening to its first officer's reply (None: no replies)."""
    waits = [
        replied - opened
        for opened, replied in session.execute(
            _within(select(HandoffCase.opened_at, HandoffCase.first_reply_at), start, end).where(
                HandoffCase.first_reply_at.is_not(None)
            )
        )
    ]
    return statistics.median(waits) if waits else None


def _within(query, start: date | None, end: date | None):
    if start is not None:
        query = query.where(HandoffCase.opened_at >= datetime.combine(start, time(), timezone.utc))
    if end is not None:
        after = datetime.combine(end + timedelta(days=1), time(), timezone.utc)
        query = query.where(HandoffCase.opened_at < after)
    return query


def case_figures(
    session: Session, start: date | None = None, end: date | None = None
) -> CaseFigures:
    """The Kasus page: the cases opened in the dates, newest first, and their breakdowns."""
    cases = list(
        session.scalars(
            _within(select(HandoffCase), start, end)
            .order_by(HandoffCase.id.desc())
            .limit(MOST_LISTED)
        )
    )
    districts = Counter(case.district or NOT_KNOWN for case in cases)
    outcomes = Counter(
        CASE_OUTCOME_LABELS.get(case.outcome or "", case.outcome or "")
        if case.outcome
        else "terbuka"
        for case in cases
    )
    rows = [
        CaseRow(
            number=case_number(case.id),
            status="terbuka" if case.status == OPEN else "ditutup",
            district=HIDDEN
            if is_small(districts[case.district or NOT_KNOWN])
            else (case.district or NOT_KNOWN),
            reason=replies.OFFICERS_REASONS.get(case.reason, case.reason),
            opened_at=case.opened_at,
            first_reply=(case.first_reply_at - case.opened_at if case.first_reply_at else None),
            outcome=CASE_OUTCOME_LABELS.get(case.outcome or "", "-"),
        )
        for case in cases
    ]
    return CaseFigures(
        open_now=open_cases(session),
        cases=len(cases),
        replied=sum(1 for case in cases if case.first_reply_at is not None),
        median_first_reply=median_first_reply(session, start, end),
        by_district=_shown(districts),
        by_outcome=_shown(outcomes),
        rows=rows,
    )


def _shown(counts: Counter) -> list[tuple[str, int | str]]:
    """A breakdown with counts from 1 to 4 hidden, hidden rows last."""
    shown = sorted(
        ((name, n) for name, n in counts.items() if not is_small(n)), key=lambda r: -r[1]
    )
    hidden = sorted((name, HIDDEN) for name, n in counts.items() if is_small(n))
    return [*shown, *hidden]


def duration(wait: timedelta | None) -> str:
    """ "1 j 5 mnt", "12 mnt", "-"."""
    if wait is None:
        return "-"
    minutes = max(0, round(wait.total_seconds() / 60))
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = [f"{days} h"] * bool(days) + [f"{hours} j"] * bool(hours) + [f"{minutes} mnt"]
    return " ".join(parts)
