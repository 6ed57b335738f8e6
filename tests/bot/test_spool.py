"""No query-log row is lost when the database is locked or down; rows arrive when it is back."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot.querylog import QueryLogEntry, QueryLogRow, create_query_log_engine, make_session_factory
from bot.spool import QueryLogWriter, append_lines, quarantine_path
from testkit.databases import fresh_database
from testkit.querylog_rows import open_log, pseudonym
from testkit.stack import wait_for


def entry(n: int) -> QueryLogEntry:
    return QueryLogEntry(
        user_pseudonym=pseudonym(1), text=f"pertanyaan {n}", outcome="answered", latency_ms=n
    )


def stored_texts(sessions) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(QueryLogRow.text).order_by(QueryLogRow.id)))


@pytest.fixture
def sqlite_log(tmp_path):
    """A SQLite query log that gives up on a lock after 0.2 s, and its writer."""
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    open_log(url).close()  # the schema
    engine = create_query_log_engine(url, sqlite_busy_seconds=0.2)
    sessions = make_session_factory(engine)
    yield sessions, QueryLogWriter(sessions, tmp_path / "spool.jsonl", retry_seconds=0.2)
    engine.dispose()


def lock_exclusively(database: Path) -> sqlite3.Connection:
    """Another process's write transaction: nobody else can write until it ends."""
    locker = sqlite3.connect(database)
    locker.execute("BEGIN EXCLUSIVE")
    return locker


async def test_rows_written_while_sqlite_is_locked_are_spooled_then_written_in_order(
    sqlite_log, tmp_path
):
    sessions, writer = sqlite_log
    locker = lock_exclusively(tmp_path / "log.sqlite3")
    try:
        for n in range(3):
            writer.submit(entry(n))
        await writer.drain()
        assert writer.spooled() == 3
    finally:
        locker.rollback()
        locker.close()

    await wait_for(lambda: writer.spooled() == 0)
    writer.submit(entry(3))
    await writer.drain()
    assert stored_texts(sessions) == [f"pertanyaan {n}" for n in range(4)]
    await writer.close()


async def test_a_database_that_never_answers_keeps_every_row_in_the_spool(tmp_path):
    sessions = make_session_factory(
        create_query_log_engine("postgresql+psycopg://postgres@127.0.0.1:9/none")
    )
    writer = QueryLogWriter(sessions, tmp_path / "spool.jsonl", retry_seconds=60)
    for n in range(5):
        writer.submit(entry(n))
    await writer.close()

    assert writer.spooled() == 5
    lines = (tmp_path / "spool.jsonl").read_text().splitlines()
    assert [QueryLogEntry.model_validate_json(line).text for line in lines] == [
        f"pertanyaan {n}" for n in range(5)
    ]


def postgres_cluster() -> list[str]:
    version = subprocess.run(
        ["ls", "/etc/postgresql"], capture_output=True, text=True, check=True
    ).stdout.split()[0]
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main"]


@pytest.mark.full_tier  # stops the PostgreSQL everyone on the machine shares
@pytest.mark.skipif(
    shutil.which("pg_ctlcluster") is None, reason="needs a local PostgreSQL cluster"
)
async def test_rows_written_while_postgresql_is_stopped_arrive_when_it_is_back(tmp_path):
    with fresh_database("postgresql", tmp_path) as url:
        log = open_log(url)
        sessions = log.sessions
        writer = QueryLogWriter(sessions, tmp_path / "spool.jsonl", retry_seconds=0.5)
        writer.submit(entry(0))
        await writer.drain()
        subprocess.run([*postgres_cluster(), "stop", "-m", "fast"], check=True)
        try:
            writer.submit(entry(1))
            writer.submit(entry(2))
            await writer.drain()
            assert writer.spooled() == 2
        finally:
            subprocess.run([*postgres_cluster(), "start"], check=True)

        await wait_for(lambda: writer.spooled() == 0, timeout=60)
        assert stored_texts(sessions) == ["pertanyaan 0", "pertanyaan 1", "pertanyaan 2"]
        await writer.close()
        with sessions() as session:
            assert session.scalar(select(func.count()).select_from(QueryLogRow)) == 3
            session.execute(text("SELECT 1"))
        log.close()


async def test_one_users_spooled_rows_can_be_dropped_and_the_others_still_arrive(
    sqlite_log, tmp_path
):
    sessions, writer = sqlite_log
    locker = lock_exclusively(tmp_path / "log.sqlite3")
    try:
        for n in range(4):
            writer.submit(
                QueryLogEntry(
                    user_pseudonym=pseudonym(n % 2),
                    text=f"pertanyaan {n}",
                    outcome="answered",
                    latency_ms=n,
                )
            )
        await writer.drain()
        assert writer.discard_spooled(pseudonym(0)) == 2
        assert writer.spooled() == 2
    finally:
        locker.rollback()
        locker.close()

    await wait_for(lambda: writer.spooled() == 0)
    assert stored_texts(sessions) == ["pertanyaan 1", "pertanyaan 3"]
    await writer.close()


def spool_line(n: int, **overrides) -> bytes:
    """A spool line as an earlier run wrote it (values it may no longer accept included)."""
    values = entry(n).model_dump(mode="json") | overrides
    return json.dumps(values).encode()


async def test_spool_lines_that_cannot_be_written_go_aside_and_the_rest_flows_on(
    database_url, tmp_path, caplog
):
    log = open_log(database_url)
    sessions = log.sessions
    spool = tmp_path / "spool.jsonl"
    too_long = spool_line(1, kabupaten="x" * 300)  # longer than the column
    damaged = b'\xff{"not json'
    spool.write_bytes(b"\n".join([spool_line(0), too_long, damaged, spool_line(2)]) + b"\n")
    writer = QueryLogWriter(sessions, spool, retry_seconds=0.2)

    writer.submit(entry(3))
    await writer.drain()

    assert stored_texts(sessions) == ["pertanyaan 0", "pertanyaan 2", "pertanyaan 3"]
    assert writer.spooled() == 0 and spool.read_bytes() == b""
    quarantined = quarantine_path(spool).read_bytes().splitlines()
    assert quarantined == [too_long, damaged]
    assert "2 query-log rows set aside" in caplog.text
    assert "x" * 10 not in caplog.text  # the log says how many and where, never what
    await writer.close()
    log.close()


async def test_a_row_the_database_refuses_goes_aside_and_the_rest_of_its_batch_is_written(
    database_url, tmp_path
):
    log = open_log(database_url)
    sessions = log.sessions
    spool = tmp_path / "spool.jsonl"
    writer = QueryLogWriter(sessions, spool, retry_seconds=0.2)
    # A value no UTF-8 encoder takes, as if it had slipped past every check.
    refused = QueryLogEntry.model_construct(**(entry(1).model_dump() | {"text": "x\ud800"}))

    for row in (entry(0), refused, entry(2)):
        writer.submit(row)
    await writer.drain()
    writer.submit(entry(3))
    await writer.drain()

    assert stored_texts(sessions) == [f"pertanyaan {n}" for n in (0, 2, 3)]
    assert writer.spooled() == 0
    assert len(quarantine_path(spool).read_bytes().splitlines()) == 1
    await writer.close()
    log.close()


async def test_the_spool_and_its_quarantine_are_readable_by_the_service_alone(tmp_path):
    sessions = make_session_factory(
        create_query_log_engine("postgresql+psycopg://postgres@127.0.0.1:9/none")
    )
    spool = tmp_path / "spool.jsonl"
    writer = QueryLogWriter(sessions, spool, retry_seconds=60)

    writer.submit(entry(0))  # the database never answers: spooled
    await writer.drain()
    with spool.open("ab") as damaged:
        damaged.write(b'\xff{"not json\n')
    writer.submit(entry(1))  # the spool is read first: the damaged line is set aside
    await writer.close()

    assert writer.spooled() == 2
    assert stat.S_IMODE(spool.stat().st_mode) == 0o600
    assert stat.S_IMODE(quarantine_path(spool).stat().st_mode) == 0o600


def test_a_line_cut_short_does_not_swallow_the_next_row(tmp_path):
    spool = tmp_path / "spool.jsonl"
    spool.write_bytes(b'{"user_pseudonym": "a", "text": "cut sh')  # a crash mid-line

    append_lines(spool, [b'{"user_pseudonym": "b", "text": "whole"}'])

    assert spool.read_bytes().splitlines()[-1] == b'{"user_pseudonym": "b", "text": "whole"}'
