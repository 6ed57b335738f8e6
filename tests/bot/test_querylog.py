from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import StatementError

from bot.database import upgrade_database
from bot.querylog import (
    QueryLogEntry,
    QueryLogRow,
    create_query_log_engine,
    log_query,
    make_session_factory,
)

PSEUDONYM = "a" * 64


def make_entry(**overrides) -> QueryLogEntry:
    values = dict(
        user_pseudonym=PSEUDONYM,
        event_code="sosialisasi-oki-2026",
        kabupaten="Ogan Komering Ilir",
        text="syarat jadi tki apa, hp saya <PHONE>",
        intent="ask_requirements",
        confidence=0.97,
        responses=["utter_requirements"],
        outcome="answered",
        latency_ms=42,
    )
    values.update(overrides)
    return QueryLogEntry(**values)


def test_migration_creates_the_schema_and_is_idempotent(empty_database_url):
    engine = create_query_log_engine(empty_database_url)
    upgrade_database(engine)
    upgrade_database(engine)
    columns = {c["name"] for c in inspect(engine).get_columns("query_log")}
    assert {
        "created_at",
        "user_pseudonym",
        "event_code",
        "kabupaten",
        "message_kind",
        "text",
        "intent",
        "confidence",
        "responses",
        "outcome",
        "latency_ms",
    } <= columns
    engine.dispose()


def test_a_logged_query_reads_back_the_same(database_url):
    engine = create_query_log_engine(database_url)
    upgrade_database(engine)
    sessions = make_session_factory(engine)
    when = datetime(2026, 11, 27, 8, 30, tzinfo=timezone.utc)
    with sessions.begin() as session:
        log_query(session=session, entry=make_entry(created_at=when))
        log_query(session=session, entry=make_entry(intent=None, outcome="fallback", responses=[]))
    with sessions() as session:
        rows = session.scalars(select(QueryLogRow).order_by(QueryLogRow.id)).all()
    assert len(rows) == 2
    first = rows[0]
    assert first.user_pseudonym == PSEUDONYM
    assert first.event_code == "sosialisasi-oki-2026"
    assert first.kabupaten == "Ogan Komering Ilir"
    assert first.text == "syarat jadi tki apa, hp saya <PHONE>"
    assert first.intent == "ask_requirements"
    assert first.confidence == pytest.approx(0.97)
    assert first.responses == ["utter_requirements"]
    assert first.outcome == "answered"
    assert first.latency_ms == 42
    assert first.created_at == when and first.created_at.utcoffset() == timedelta(0)
    assert rows[1].outcome == "fallback" and rows[1].intent is None
    engine.dispose()


def test_a_time_is_kept_in_utc_and_read_back_aware_on_every_database(database_url):
    # SQLite keeps a wall time without its zone: a WIB time stored as such came back seven
    # hours off. Stored in UTC and read back marked UTC, it is the same moment everywhere.
    engine = create_query_log_engine(database_url)
    upgrade_database(engine)
    sessions = make_session_factory(engine)
    in_wib = datetime(2026, 12, 4, 23, 40, tzinfo=ZoneInfo("Asia/Jakarta"))
    with sessions.begin() as session:
        log_query(session=session, entry=make_entry(created_at=in_wib))
    with sessions() as session:
        stored = session.scalar(select(QueryLogRow.created_at))
        found = session.scalar(
            select(func.count()).where(QueryLogRow.created_at > in_wib - timedelta(minutes=1))
        )
    assert stored == in_wib and stored.utcoffset() == timedelta(0)
    assert (stored.date(), stored.hour) == (in_wib.date(), 16)
    assert found == 1  # a WIB time in a query compares as the same moment
    engine.dispose()


def test_a_time_without_a_zone_is_refused_by_the_column(database_url):
    engine = create_query_log_engine(database_url)
    upgrade_database(engine)
    sessions = make_session_factory(engine)
    values = make_entry().model_dump() | {"created_at": datetime(2026, 12, 4, 8, 0)}
    with pytest.raises(StatementError, match="without a zone"), sessions.begin() as session:
        session.add(QueryLogRow(**values))
    engine.dispose()


def test_an_entry_without_a_proper_pseudonym_is_refused():
    with pytest.raises(ValidationError):
        make_entry(user_pseudonym="987654321")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kabupaten", "x" * 65),
        ("intent", "x" * 65),
        ("intent", "ask; DROP"),
        ("confidence", float("nan")),
        ("confidence", 7.0),
        ("responses", ["utter_" + "x" * 64]),
        ("responses", ["utter_greet"] * 33),
        ("responses", ["utter_ask_costs/kur_loan/x"]),
        ("intent", "ask_costs/kur_loan"),  # the log keeps the contract's intent
        ("created_at", datetime(2026, 12, 4, 8, 0)),  # no zone: which moment was it?
    ],
)
def test_a_value_its_column_cannot_hold_is_refused_even_when_set_later(field, value):
    entry = make_entry()
    with pytest.raises(ValidationError):
        setattr(entry, field, value)


def test_a_specific_answer_is_logged_by_its_name():
    entry = make_entry(responses=["utter_ask_costs/kur_loan"])
    assert entry.responses == ["utter_ask_costs/kur_loan"]
