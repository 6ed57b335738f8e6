"""The hand-off's cases in the database, on SQLite and PostgreSQL: one open case per villager,
due times acted on by one replica, the chat link sealed and gone once a case closes, the
retention purge; and office hours."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from bot.database import QueryLogDatabase, alembic_config
from bot.handoff.cases import CaseOutcome, HandoffCase, HandoffMessage
from bot.handoff.desk import CaseDesk
from bot.handoff.office_hours import OfficeHours
from bot.retention import purge_all
from bot.sealing import Sealer
from testkit.querylog_rows import open_log, pseudonym
from testkit.settings import make_settings

OFFICERS = -100_777_000_001
WIB = ZoneInfo("Asia/Jakarta")


def desk_on(database_url: str, **settings) -> CaseDesk:
    values = {"database_url": database_url, "officers_chat_id": OFFICERS} | settings
    return CaseDesk(
        open_log(database_url).sessions,
        sealer=Sealer("a-chat-link-key-of-thirty-two-characters!", purpose="chat link"),
        settings=make_settings(**values),
    )


async def test_a_villager_has_one_open_case_whichever_replica_opens_it(database_url):
    first, second = desk_on(database_url), desk_on(database_url)
    villager = pseudonym(1)

    opened = await asyncio.gather(
        first.open(pseudonym=villager, chat_id=42, district=None, reason="menu"),
        second.open(pseudonym=villager, chat_id=42, district=None, reason="menu"),
    )

    assert sorted(case is None for case in opened) == [False, True]
    other = await first.open(pseudonym=pseudonym(2), chat_id=43, district="Lahat", reason="x")
    assert other is not None and other.reason == "menu"  # an unknown reason is the menu's


async def test_the_chat_link_is_sealed_and_gone_once_the_case_closes(database_url):
    desk = desk_on(database_url)
    case = await desk.open(pseudonym=pseudonym(1), chat_id=987654321, district=None, reason="menu")
    with desk._sessions() as session:
        stored = " ".join(str(v) for v in session.execute(text("SELECT * FROM handoff_case")).one())
    assert "987654321" not in stored
    assert desk.chat_of(case) == 987654321

    closed = await desk.close(case.id, CaseOutcome.ANSWERED)
    again = await desk.close(case.id, CaseOutcome.POLICE)

    assert closed is not None and closed.sealed_chat is None and closed.outcome == "answered"
    assert again is None  # a second officer's /tutup closes nothing
    assert desk.chat_of(closed) is None


async def test_a_due_time_is_acted_on_by_one_replica_only(database_url):
    replicas = [desk_on(database_url) for _ in range(4)]
    for number in range(10):
        await replicas[0].open(
            pseudonym=pseudonym(number), chat_id=number + 1, district=None, reason="menu"
        )
    later = datetime.now(timezone.utc) + timedelta(days=10)

    claimed = await asyncio.gather(*(r.claim_due_replies(later) for r in replicas))

    ids = [case.id for batch in claimed for case in batch]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 10
    assert await replicas[0].claim_due_replies(later) == []


async def test_hapus_unlinks_the_villagers_cases(database_url):
    desk = desk_on(database_url)
    case = await desk.open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")
    await desk.close(case.id, CaseOutcome.ANSWERED)

    [left] = await desk.unlink_user(pseudonym(1))

    assert left.id == case.id
    assert await desk.latest_case_of(pseudonym(1)) is None


async def test_the_retention_purge_unlinks_old_cases_and_deletes_finished_ones(
    database_url, tmp_path
):
    desk = desk_on(database_url)
    old = await desk.open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")
    finished = await desk.open(pseudonym=pseudonym(2), chat_id=6, district=None, reason="menu")
    new = await desk.open(pseudonym=pseudonym(3), chat_id=7, district=None, reason="menu")
    await desk.close(finished.id, CaseOutcome.ANSWERED)
    await desk.keep(finished.id, 1234)
    await desk.messages_deleted(finished.id)
    long_ago = datetime.now(timezone.utc) - timedelta(days=200)
    with desk._sessions.begin() as session:
        for case_id in (old.id, finished.id):
            row = session.get(HandoffCase, case_id)
            row.opened_at = long_ago
            row.closed_at = row.closed_at and long_ago

    purge_all(
        make_settings(database_url=database_url, spool_path=tmp_path / "s.jsonl"), desk._sessions
    )

    with desk._sessions() as session:
        rows = {c.id: c for c in session.scalars(select(HandoffCase))}
        messages = list(session.scalars(select(HandoffMessage)))
    assert set(rows) == {old.id, new.id}
    assert rows[old.id].outcome == "expired" and rows[old.id].sealed_chat is None
    assert rows[old.id].user_pseudonym is None and rows[old.id].purge_due_at is not None
    assert rows[new.id].is_open and rows[new.id].sealed_chat is not None
    assert messages == []


def office() -> OfficeHours:
    return OfficeHours.of(make_settings())  # Monday to Friday, 08.00 to 16.00 WIB


def test_the_answer_is_due_within_office_time():
    monday_ten = datetime(2026, 11, 30, 10, 0, tzinfo=WIB)
    assert office().reply_due(monday_ten, timedelta(minutes=30)) == monday_ten + timedelta(
        minutes=30
    )
    # Friday 15.50: ten minutes on Friday, twenty on Monday morning.
    friday = datetime(2026, 12, 4, 15, 50, tzinfo=WIB)
    assert office().reply_due(friday, timedelta(minutes=30)) == datetime(
        2026, 12, 7, 8, 20, tzinfo=WIB
    )
    # Saturday night: Monday 08.30.
    saturday = datetime(2026, 12, 5, 22, 0, tzinfo=WIB)
    assert office().reply_due(saturday, timedelta(minutes=30)) == datetime(
        2026, 12, 7, 8, 30, tzinfo=WIB
    )
    assert not office().is_open(saturday)


async def test_a_due_time_counted_into_the_next_day_is_claimed_when_it_falls(database_url):
    # Friday 15.50 WIB: due Monday 08.20 WIB. Stored as a WIB wall time, SQLite read it back
    # as UTC, seven hours late (found by a test run near midnight WIB).
    desk = desk_on(database_url)
    case = await desk.open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")
    due = office().reply_due(datetime(2026, 12, 4, 15, 50, tzinfo=WIB), timedelta(minutes=30))
    assert due.utcoffset() == timedelta(0)
    with desk._sessions.begin() as session:
        session.get(HandoffCase, case.id).reply_due_at = due
    assert await desk.claim_due_replies(due - timedelta(minutes=1)) == []
    [claimed] = await desk.claim_due_replies(due + timedelta(minutes=1))
    assert claimed.id == case.id


@pytest.fixture
def server_in_wib(monkeypatch):
    """A provincial server that keeps WIB as its local time."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_office_hours_in_the_villagers_words(server_in_wib):
    hours = office()
    now = datetime(2026, 12, 5, 22, 0, tzinfo=WIB)  # a Saturday
    assert hours.describe() == "Senin–Jumat 08.00–16.00 WIB"
    assert hours.when(hours.next_opening(now), now) == "Senin 08.00 WIB"
    assert hours.when(now + timedelta(hours=3), now) == "besok 01.00 WIB"


async def test_a_stored_due_time_reads_the_same_on_a_server_kept_in_wib(
    database_url, server_in_wib
):
    # SQLite gives a stored time back without its zone; read as the server's local time it
    # was seven hours off on a server kept in WIB.
    desk = desk_on(database_url)
    case = await desk.open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")
    now = datetime(2026, 12, 5, 22, 0, tzinfo=WIB)  # a Saturday
    with desk._sessions.begin() as session:
        session.get(HandoffCase, case.id).reply_due_at = now + timedelta(hours=3)
    with desk._sessions() as session:
        stored = session.get(HandoffCase, case.id).reply_due_at
    assert office().when(stored, now) == "besok 01.00 WIB"


async def test_a_quiet_case_closes_once_and_a_message_keeps_it_open(database_url):
    replicas = [desk_on(database_url, handoff_idle_days=7) for _ in range(3)]
    quiet = await replicas[0].open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")
    busy = await replicas[0].open(pseudonym=pseudonym(2), chat_id=6, district=None, reason="menu")
    eight_days_ago = datetime.now(timezone.utc) - timedelta(days=8)
    with replicas[0]._sessions.begin() as session:
        for case_id in (quiet.id, busy.id):
            session.get(HandoffCase, case_id).last_message_at = eight_days_ago
    await replicas[1].active(busy.id)  # a message just went

    closed = await asyncio.gather(*(r.close_idle() for r in replicas))

    [case] = [case for batch in closed for case in batch]
    # The link stays until the villager is told (bot.handoff.close_notice), leased to the closer.
    assert (case.id, case.outcome, replicas[0].chat_of(case)) == (quiet.id, "idle", 5)
    assert case.close_notice_due_at is not None
    assert (await replicas[0].open_case_of(pseudonym(2))).id == busy.id


async def test_the_migration_gives_open_cases_a_last_message(empty_database_url):
    with QueryLogDatabase(empty_database_url) as database:
        config = alembic_config(database.engine)
        command.upgrade(config, "0006")
        opened = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
        with database.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO handoff_case (status, reason, officers_chat_id, phone_shared, "
                    "opened_at, officers_messages_deleted) "
                    "VALUES ('open', 'menu', -100, false, :opened, false)"
                ),
                {"opened": opened},
            )

        database.upgrade()

        with database.sessions() as session:
            [case] = session.scalars(select(HandoffCase))
        assert case.last_message_at.replace(tzinfo=timezone.utc) == opened
        command.downgrade(config, "0006")


async def test_the_migration_adds_the_close_notice_and_its_downgrade_drops_kept_links(
    empty_database_url,
):
    with QueryLogDatabase(empty_database_url) as database:
        config = alembic_config(database.engine)
        command.upgrade(config, "0007")
        with database.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO handoff_case (status, reason, officers_chat_id, phone_shared, "
                    "opened_at, officers_messages_deleted, sealed_chat) "
                    "VALUES ('open', 'menu', -100, false, :now, false, 'sealed')"
                ),
                {"now": datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)},
            )

        database.upgrade()

        indexes = {i["name"] for i in inspect(database.engine).get_indexes("handoff_case")}
        assert "ix_handoff_case_close_notice_due_at" in indexes
        with database.sessions.begin() as session:
            [case] = session.scalars(select(HandoffCase))
            assert case.close_notice_due_at is None and case.sealed_chat == "sealed"
            # Closed, its notice not given yet: without the column, the link would stay.
            case.status, case.close_notice_due_at = "closed", datetime.now(timezone.utc)
        command.downgrade(config, "0007")
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT sealed_chat FROM handoff_case")).all() == [
                (None,)
            ]


async def test_a_claim_is_a_lease_that_comes_back_after_a_crash_and_goes_once_done(database_url):
    desk, other = desk_on(database_url), desk_on(database_url)
    case = await desk.open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")
    # Just after the case's own due time: opened on a Friday afternoon, it is due on Monday.
    later = case.reply_due_at + timedelta(minutes=1)

    [claimed] = await desk.claim_due_replies(later)
    # This replica crashes before the notice goes: nobody takes it while the lease holds...
    assert await other.claim_due_replies(later + timedelta(minutes=5)) == []
    # ...and another replica takes it up once the lease has run out.
    [again] = await other.claim_due_replies(later + timedelta(minutes=11))
    assert claimed.id == again.id == case.id

    await other.reply_notice_done(case.id)
    assert await desk.claim_due_replies(later + timedelta(days=1)) == []


async def test_a_purge_claim_is_a_lease_too(database_url):
    desk = desk_on(database_url)
    case = await desk.open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")
    await desk.close(case.id, CaseOutcome.ANSWERED)
    later = datetime.now(timezone.utc) + timedelta(days=31)

    [claimed] = await desk.claim_due_purges(later)
    [again] = await desk.claim_due_purges(later + timedelta(minutes=11))
    await desk.messages_deleted(case.id)

    assert claimed.id == again.id == case.id
    assert await desk.claim_due_purges(later + timedelta(days=1)) == []


async def test_a_close_with_a_notice_keeps_the_link_only_until_the_villager_is_told(database_url):
    closer, other = desk_on(database_url), desk_on(database_url)
    case = await closer.open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")

    closed = await closer.close(case.id, CaseOutcome.ANSWERED, notice=True)
    now = datetime.now(timezone.utc)

    assert closed is not None and closer.chat_of(closed) == 5  # kept, to tell the villager
    # Leased to the closer, which tells the villager now: nobody else takes it meanwhile...
    assert await other.claim_due_close_notices(now + timedelta(minutes=5)) == []
    # ...and if it died, one replica takes it up once the lease has run out.
    taken = await asyncio.gather(
        *(r.claim_due_close_notices(now + timedelta(minutes=11)) for r in (closer, other))
    )
    [again] = [c for batch in taken for c in batch]
    assert again.id == case.id and other.chat_of(again) == 5

    await other.villager_told(case.id)
    with other._sessions() as session:
        assert session.get(HandoffCase, case.id).sealed_chat is None
    await other.close_notice_given(case.id)
    assert await closer.claim_due_close_notices(now + timedelta(days=1)) == []


async def test_a_close_notice_telegram_never_took_loses_its_link_after_a_day(database_url):
    desk = desk_on(database_url)
    case = await desk.open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")
    await desk.close(case.id, CaseOutcome.POLICE, notice=True)
    now = datetime.now(timezone.utc)

    [soon] = await desk.claim_due_close_notices(now + timedelta(hours=1))
    [late] = await desk.claim_due_close_notices(now + timedelta(days=1, hours=1))

    assert desk.chat_of(soon) == 5
    assert late.sealed_chat is None and late.close_notice_due_at is not None  # officers still told


async def test_the_retention_purge_deletes_a_link_kept_for_a_close_notice(database_url, tmp_path):
    desk = desk_on(database_url)
    case = await desk.open(pseudonym=pseudonym(1), chat_id=5, district=None, reason="menu")
    await desk.close(case.id, CaseOutcome.ANSWERED, notice=True)
    with desk._sessions.begin() as session:
        session.get(HandoffCase, case.id).opened_at -= timedelta(days=200)

    purge_all(
        make_settings(database_url=database_url, spool_path=tmp_path / "s.jsonl"), desk._sessions
    )

    with desk._sessions() as session:
        row = session.get(HandoffCase, case.id)
        assert row.sealed_chat is None and row.user_pseudonym is None
