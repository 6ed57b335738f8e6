"""The ids kept for "Hapus jejak": sealed, under the user's pseudonym, never past 48 hours."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text

from bot.anonymise import pseudonymise
from bot.chat_trail import ChatTrail
from bot.querylog import RecentMessage, create_query_log_engine, make_session_factory
from bot.retention import purge_expired_message_ids
from bot.sealing import Sealer
from testkit.querylog_rows import open_log

KEY = "test-chat-link-key-0123456789"
SECRET = "test-secret-0123456789"
VILLAGER_CHAT, OTHER_CHAT = 987654321, 912345678
MESSAGE_IDS = [424242, 424243, 424250]


def sealer() -> Sealer:
    return Sealer(KEY, purpose="message id")


@pytest.fixture
def sessions(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    yield sessions
    log.close()


def stored(sessions) -> str:
    with sessions() as session:
        return repr(session.execute(text("SELECT * FROM recent_message")).all())


def kept(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(RecentMessage))


async def test_ids_are_kept_sealed_under_the_pseudonym_and_handed_out_once(sessions):
    trail = ChatTrail(sessions, sealer=sealer(), anon_secret=SECRET)
    for message_id in MESSAGE_IDS:
        trail.remember(VILLAGER_CHAT, message_id)
    trail.remember(OTHER_CHAT, 515151)
    await trail.drain()

    in_the_database = stored(sessions)
    assert pseudonymise(VILLAGER_CHAT, SECRET) in in_the_database
    for clear in (VILLAGER_CHAT, OTHER_CHAT, 515151, *MESSAGE_IDS):
        assert str(clear) not in in_the_database
    assert await trail.take(VILLAGER_CHAT) == MESSAGE_IDS
    assert await trail.take(VILLAGER_CHAT) == []  # handed out once
    assert await trail.take(OTHER_CHAT) == [515151]  # the other chat's were left alone
    assert kept(sessions) == 0


async def test_no_id_is_kept_past_48_hours_even_without_the_daily_purge(sessions):
    now = datetime.now(timezone.utc)
    with sessions.begin() as session:
        for hours_ago in (49, 48.1, 47):
            session.add(
                RecentMessage(
                    user_pseudonym=pseudonymise(VILLAGER_CHAT, SECRET),
                    sent_at=now - timedelta(hours=hours_ago),
                    sealed_message_id=sealer().seal("1"),
                )
            )
    trail = ChatTrail(sessions, sealer=sealer(), anon_secret=SECRET)

    trail.remember(OTHER_CHAT, 7)  # any write clears what has expired
    await trail.drain()

    assert kept(sessions) == 2  # the 47-hour-old id and the new one
    with sessions.begin() as session:
        assert purge_expired_message_ids(session=session, now=now + timedelta(hours=2)) == 1
    assert await trail.take(OTHER_CHAT) == [7]


def test_a_sealed_id_opens_only_with_its_key_and_purpose_and_while_young():
    token = sealer().seal("424242")

    assert "424242" not in token
    assert sealer().unseal(token, max_age=timedelta(hours=48)) == "424242"
    assert Sealer("another-key-0123456789", purpose="message id").unseal(token) is None
    assert Sealer(KEY, purpose="chat link").unseal(token) is None
    # Older than max_age: a max_age it already exceeds, rather than a second spent waiting.
    assert sealer().unseal(token, max_age=timedelta(seconds=-1)) is None


async def test_while_the_database_is_down_ids_are_dropped_and_nothing_is_handed_out():
    engine = create_query_log_engine("postgresql+psycopg://postgres@127.0.0.1:9/unreachable")
    trail = ChatTrail(make_session_factory(engine), sealer=sealer(), anon_secret=SECRET)

    trail.remember(VILLAGER_CHAT, 1)  # does not raise: replies never wait for this
    await trail.drain()

    assert await trail.take(VILLAGER_CHAT) is None
    engine.dispose()
