import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from bot.querylog import QueryLabel, QueryLogEntry, QueryLogRow
from bot.retention import delete_user_rows, purge_all, purge_expired
from bot.services import Services
from bot.spool import quarantine_path
from testkit.querylog_rows import NOW, add_rows, open_log, pseudonym
from testkit.settings import make_settings
from testkit.stack import wait_for


def count(sessions, model=QueryLogRow) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_rows_older_than_the_retention_period_are_purged(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(
        sessions, [dict(days_ago=200), dict(days_ago=181), dict(days_ago=179), dict(days_ago=0)]
    )

    with sessions.begin() as session:
        removed = purge_expired(session=session, retention_days=180, now=NOW)

    assert removed == 2
    assert count(sessions) == 2
    with sessions.begin() as session:
        assert purge_expired(session=session, retention_days=180, now=NOW) == 0


def test_a_user_deletes_only_their_own_rows_and_their_labels(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(
        sessions,
        [
            dict(user_pseudonym=pseudonym(1)),
            dict(user_pseudonym=pseudonym(1)),
            dict(user_pseudonym=pseudonym(2)),
        ],
    )
    with sessions.begin() as session:
        first = session.scalar(
            select(QueryLogRow.id).where(QueryLogRow.user_pseudonym == pseudonym(1))
        )
        session.add(QueryLabel(query_id=first, intent="ask_costs", labelled_at=NOW))

    with sessions.begin() as session:
        removed = delete_user_rows(session=session, user_pseudonym=pseudonym(1))

    assert removed == 2
    assert count(sessions) == 1
    assert count(sessions, QueryLabel) == 0


async def test_the_bot_purges_expired_rows_by_itself_once_it_runs(database_url, tmp_path):
    """The privacy notice says old records go by themselves: nothing else has to be scheduled."""
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, [dict(days_ago=400), dict(days_ago=0)])
    settings = make_settings(
        database_url=database_url,
        anon_secret="test-secret-0123456789-0123456789",
        spool_path=tmp_path / "spool.jsonl",
    )

    services = await Services.open(settings)
    try:
        await wait_for(lambda: count(sessions) == 1, timeout=10, what="the old row purged")
        assert not services.retention_purge.done()  # it goes on, every hour
    finally:
        await services.close()
    assert services.retention_purge.cancelled()


def test_rows_set_aside_in_the_quarantine_are_purged_on_the_same_retention(database_url, tmp_path):
    log = open_log(database_url)
    sessions = log.sessions
    settings = make_settings(
        database_url=database_url, spool_path=tmp_path / "spool.jsonl", retention_days=180
    )

    def line(days_ago: int) -> bytes:
        made = datetime.now(timezone.utc) - timedelta(days=days_ago)
        row = QueryLogEntry(
            user_pseudonym=pseudonym(1),
            text="halo",
            outcome="answered",
            latency_ms=1,
            created_at=made,
        )
        return json.dumps(row.model_dump(mode="json") | {"kabupaten": "x" * 300}).encode()

    recent, damaged = line(days_ago=2), b'\xff{"not json'
    quarantine_path(settings.spool_path).write_bytes(
        b"\n".join([line(days_ago=400), recent, line(days_ago=181), damaged]) + b"\n"
    )

    purged = purge_all(settings, sessions)

    assert purged.rows == 2
    assert quarantine_path(settings.spool_path).read_bytes().splitlines() == [recent, damaged]
