"""Each query's outcome is decided when its row is written, and every report reads that one
column: the dashboard, the review queue, the CSV export and `stats` agree on "unanswered"."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import select

from bot.admin import exports, reports
from bot.admin.reports import QueryFilter
from bot.conversation import Query, answer_non_text, answer_text
from bot.database import QueryLogDatabase, alembic_config
from bot.outcomes import UNANSWERED, Outcome, outcome_of_old_row
from bot.querylog import QueryLogRow
from bot.services import Services
from bot.spool import QueryLogWriter
from testkit.querylog_rows import add_rows, crowd, pseudonym
from testkit.settings import make_settings

USER_ID = 555000111


def rasa_saying(reply: dict | None) -> httpx.MockTransport:
    """Rasa's channel answering every message with this reply; None: Rasa is down."""

    def handle(request: httpx.Request) -> httpx.Response:
        if reply is None:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json=reply)

    return httpx.MockTransport(handle)


def answer(intent: str | None, confidence: float | None, *, fallback: bool = False) -> dict:
    response = "utter_fallback_suggest" if fallback else "utter_costs"
    return {
        "messages": [{"text": "...", "buttons": [], "response": response}],
        "intent": intent,
        "confidence": confidence,
        "nlu_fallback": fallback,
    }


@pytest.mark.parametrize(
    ("reply", "query", "outcome"),
    [
        (answer("ask_costs", 0.93), Query(USER_ID, "biaya resmi berapa"), "answered"),
        (answer("ask_costs", 0.41), Query(USER_ID, "biaya resmi berapa"), "low_confidence"),
        (answer(None, None), Query(USER_ID, "biaya resmi berapa"), "low_confidence"),
        (answer("nlu_fallback", 0.3, fallback=True), Query(USER_ID, "zzz"), "fallback"),
        ({"messages": [], "intent": "greet", "confidence": 0.9}, Query(USER_ID, "hm"), "fallback"),
        (None, Query(USER_ID, "biaya resmi berapa"), "rasa_unavailable"),
        # A button names its own intent: no confidence to doubt.
        (
            answer("ask_costs", 0.41),
            Query(USER_ID, "/ask_costs", kind="button", payload=True),
            "answered",
        ),
    ],
)
async def test_the_outcome_is_decided_when_the_row_is_written(
    database_url, tmp_path, reply, query, outcome
):
    settings = make_settings(
        database_url=database_url,
        anon_secret="test-secret-0123456789-0123456789",
        spool_path=tmp_path / "spool.jsonl",
    )
    async with await Services.open(settings, rasa_transport=rasa_saying(reply)) as services:
        await answer_text(services, query)
        await answer_non_text(services, Query(USER_ID, "", kind="sticker"))
        await services.log_writer.drain()
        with services.sessions() as session:
            stored = list(session.scalars(select(QueryLogRow.outcome).order_by(QueryLogRow.id)))

    assert stored == [outcome, "not_text"]


def logged_outcomes() -> list[dict]:
    """Rows of every outcome, each from enough people for the dashboard to show exact counts;
    the unanswered ones each ask something different, so the review queue lists each alone."""
    words = iter(f"pertanyaan{n} kata{n}" for n in range(100))
    rows = [*crowd(10, first_user=100)]
    for first_user, (outcome, kind) in enumerate(
        [
            ("fallback", "text"),
            ("low_confidence", "edited"),
            ("rasa_unavailable", "text"),
            ("flood_limited", "flood"),
            ("not_text", "sticker"),
        ],
        start=2,
    ):
        rows += [
            dict(row, text=next(words))
            for row in crowd(5, first_user=first_user * 100, outcome=outcome, message_kind=kind)
        ]
    # A button pressed while Rasa was down is unanswered too, but no question to review.
    rows += crowd(5, first_user=800, outcome="rasa_unavailable", message_kind="button")
    return rows


def test_dashboard_review_queue_csv_and_stats_read_the_same_unanswered(database_url, tmp_path):
    with QueryLogDatabase(database_url) as database:
        database.upgrade()
        add_rows(database.sessions, logged_outcomes())
        with database.sessions() as session:
            figures = reports.dashboard(session, QueryFilter())
            queue = reports.unanswered_groups(session, QueryFilter())
            only_unanswered = reports.search_queries(session, QueryFilter(only_unanswered=True))

    # 40 messages; unanswered: 5 fallback, 5 low confidence, 5 + 5 with Rasa down.
    assert (figures.messages, figures.fallback_rate) == (40, 20 / 40)
    assert {row.outcome for row in only_unanswered} == set(UNANSWERED)
    assert len(only_unanswered) == 20
    # The queue is the unanswered questions people typed: not the 5 button presses.
    assert sum(group.size for group in queue) == 15
    ids = {row.id for row in only_unanswered if row.message_kind != "button"}
    assert {i for group in queue for i in group.query_ids} == ids
    lines = list(csv.DictReader(io.StringIO(exports.queries_csv(only_unanswered, event_codes=()))))
    assert sorted({(line["outcome"], line["hasil"]) for line in lines}) == [
        ("fallback", "tidak dikenali"),
        ("low_confidence", "tak yakin"),
        ("rasa_unavailable", "Rasa tidak tersedia"),
    ]


# Rows as versions before migration 0005 wrote them, with what each must become.
OLD_ROWS = [
    (dict(message_kind="text", responses=["utter_costs"], fell_back=False), "answered"),
    (dict(message_kind="text", responses=["utter_costs"], confidence=0.4), "low_confidence"),
    (dict(message_kind="edited", responses=["utter_costs"], intent=None), "low_confidence"),
    (dict(message_kind="button", responses=["utter_costs"], confidence=0.4), "answered"),
    (dict(message_kind="text", responses=["utter_fallback_suggest"], fell_back=True), "fallback"),
    (dict(message_kind="text", responses=["bot_no_reply"], fell_back=True), "fallback"),
    (
        dict(message_kind="button", responses=["bot_rasa_unavailable"], fell_back=True),
        "rasa_unavailable",
    ),
    (dict(message_kind="flood", responses=["bot_slow_down"]), "flood_limited"),
    (dict(message_kind="flood", responses=[]), "flood_limited"),
    (dict(message_kind="sticker", responses=["bot_please_type"], intent=None), "not_text"),
]


def old_row(values: dict) -> dict:
    return {
        "created_at": "2026-11-20 08:00:00+00:00",
        "user_pseudonym": pseudonym(1),
        "text": "pertanyaan",
        "intent": "ask_costs",
        "confidence": 0.9,
        "fell_back": False,
        "latency_ms": 5,
        **values,
    }


def test_the_migration_gives_old_rows_their_outcome_by_the_rule_the_code_states(empty_database_url):
    with QueryLogDatabase(empty_database_url) as database:
        config = alembic_config(database.engine)
        command.upgrade(config, "0004")
        table = sa.table(
            "query_log",
            *(sa.column(name) for name in old_row({})),
            sa.column("message_kind"),
            sa.column("responses", sa.JSON),
        )
        with database.engine.begin() as connection:
            connection.execute(sa.insert(table), [old_row(values) for values, _ in OLD_ROWS])

        database.upgrade()
        with database.sessions() as session:
            stored = list(session.scalars(select(QueryLogRow.outcome).order_by(QueryLogRow.id)))
        assert stored == [outcome for _, outcome in OLD_ROWS]
        # The same rule in Python, for rows an older version left in the spool.
        assert [outcome_of_old_row(**rule_inputs(old_row(values))) for values, _ in OLD_ROWS] == [
            Outcome(outcome) for _, outcome in OLD_ROWS
        ]

        command.downgrade(config, "0004")
        with database.engine.connect() as connection:
            fell_back = connection.execute(sa.text("SELECT fell_back FROM query_log ORDER BY id"))
            assert [bool(value) for (value,) in fell_back] == [
                outcome in ("fallback", "rasa_unavailable") for _, outcome in OLD_ROWS
            ]


def rule_inputs(row: dict) -> dict:
    return {
        name: row[name]
        for name in ("message_kind", "responses", "fell_back", "intent", "confidence")
    }


async def test_a_row_an_older_version_spooled_is_written_with_its_outcome(database_url, tmp_path):
    spool = tmp_path / "spool.jsonl"
    lines = [
        json.dumps(old_row(values) | {"created_at": "2026-11-20T08:00:00+00:00"})
        for values, _ in OLD_ROWS
    ]
    spool.write_text("\n".join(lines) + "\n")
    with QueryLogDatabase(database_url) as database:
        database.upgrade()
        writer = QueryLogWriter(database.sessions, spool)
        await writer.close()  # writes what waits in the spool
        with database.sessions() as session:
            stored = list(session.scalars(select(QueryLogRow.outcome).order_by(QueryLogRow.id)))

    assert stored == [outcome for _, outcome in OLD_ROWS]
    assert spool.read_text() == ""
