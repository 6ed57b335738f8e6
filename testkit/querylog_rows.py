"""Putting rows in a test query log."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy.orm import Session, sessionmaker

from bot.database import QueryLogDatabase
from bot.querylog import OutreachEvent, QueryLogEntry, log_query

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)


def pseudonym(n: int) -> str:
    return f"{n:064x}"


def open_log(database_url: str) -> QueryLogDatabase:
    """The query log at the URL, migrated; the caller closes it (or uses it in a `with`)."""
    log = QueryLogDatabase(database_url)
    log.upgrade()
    return log


def add_rows(sessions: sessionmaker[Session], rows: list[dict]) -> None:
    """Each dict overrides a plain answered query from user 1, now."""
    with sessions.begin() as session:
        for values in rows:
            base = dict(
                user_pseudonym=pseudonym(1),
                text="syarat jadi tki",
                intent="ask_requirements",
                confidence=0.95,
                responses=["utter_requirements"],
                outcome="answered",
                latency_ms=30,
                created_at=NOW,
            )
            base.update(values)
            if "days_ago" in base:
                base["created_at"] = NOW - timedelta(days=base.pop("days_ago"))
            log_query(session=session, entry=QueryLogEntry(**base))


def add_events(sessions: sessionmaker[Session], *codes: str) -> None:
    """Register outreach events with these codes (the console counts no other codes as events);
    each is named after its code."""
    with sessions.begin() as session:
        for code in codes:
            session.add(
                OutreachEvent(
                    code=code,
                    name=code.replace("-", " ").title(),
                    kabupaten="OKI",
                    event_date=date(2026, 11, 20),
                    created_at=datetime(2026, 11, 19, tzinfo=timezone.utc),
                )
            )


# A small realistic log: two events, two districts, a few unanswered questions asked several ways.
SAMPLE = [
    dict(event_code="desa-pematang", kabupaten="Ogan Komering Ilir", user_pseudonym=pseudonym(1)),
    dict(
        event_code="desa-pematang",
        kabupaten="Ogan Komering Ilir",
        user_pseudonym=pseudonym(2),
        text="biaya jadi tki berapa",
        intent="ask_costs",
    ),
    dict(
        event_code="desa-pematang",
        user_pseudonym=pseudonym(3),
        text="kapan pendaftaran g to g jerman dibuka",
        intent="ask_job_vacancy",
        confidence=0.31,
        outcome="fallback",
        responses=["utter_fallback_suggest"],
    ),
    dict(
        event_code="desa-pematang",
        user_pseudonym=pseudonym(4),
        text="pendaftaran g to g jerman kapan dibuka kak",
        intent="ask_job_vacancy",
        confidence=0.28,
        outcome="fallback",
        responses=["utter_fallback_suggest"],
    ),
    dict(
        event_code="kelurahan-plg",
        kabupaten="Palembang",
        user_pseudonym=pseudonym(5),
        text="g to g jerman dibuka kapan ya",
        intent="ask_procedure",
        confidence=0.4,
        outcome="fallback",
        responses=["utter_fallback_suggest"],
        days_ago=1,
    ),
    dict(
        event_code="kelurahan-plg",
        kabupaten="Palembang",
        user_pseudonym=pseudonym(5),
        text="hp saya <PHONE> tolong hubungi",
        intent="greet",
        confidence=0.2,
        outcome="fallback",
        responses=["utter_fallback_suggest"],
        days_ago=1,
    ),
    dict(
        user_pseudonym=pseudonym(6),
        message_kind="sticker",
        text="<STICKER>",
        intent=None,
        confidence=None,
        responses=["bot_please_type"],
        outcome="not_text",
        days_ago=2,
    ),
]


def crowd(size: int, *, first_user: int, **values) -> list[dict]:
    """size queries alike but for their users: each from another one, numbered from first_user."""
    return [dict(values, user_pseudonym=pseudonym(first_user + n)) for n in range(size)]


# Beside SAMPLE: enough people per event, district and day for the dashboard to show their
# numbers (bot.admin.small_counts). All answered, so the review queue stays SAMPLE's.
CROWD = [
    *crowd(
        10,
        first_user=100,
        event_code="desa-pematang",
        kabupaten="Ogan Komering Ilir",
        text="lowongan kerja resmi",
        intent="ask_job_vacancy",
    ),
    *crowd(6, first_user=200, event_code="kelurahan-plg", kabupaten="Palembang", days_ago=1),
    *crowd(
        5,
        first_user=300,
        kabupaten="Lahat",
        text="langkah resmi",
        intent="ask_procedure",
        days_ago=2,
    ),
]

# Groups too small to show: one person at a village event who asked twice (once unanswered),
# and another event that reached three.
ONE_PERSON = dict(event_code="dusun-ulu", kabupaten="Empat Lawang", user_pseudonym=pseudonym(9))
SMALL_GROUPS = [
    ONE_PERSON,
    dict(ONE_PERSON, outcome="fallback", days_ago=1),
    *crowd(3, first_user=400, event_code="desa-tanjung", kabupaten="Muara Enim", days_ago=3),
]
