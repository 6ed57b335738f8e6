"""Everything the bot holds open, opened and closed by one owner.

The Telegram application (post_init / post_shutdown in bot/app.py), the console chat
(bot/console.py) and the tests open the same `Services` and close it the same way, so a
resource added here is closed everywhere, in the reverse order it was opened.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import timedelta

import httpx
from sqlalchemy.orm import Session, sessionmaker

from bot import anonymise
from bot.arrivals import ArrivalEvents, InMemoryArrivals, RedisArrivals
from bot.chat_trail import ChatTrail
from bot.database import QueryLogDatabase
from bot.flood import FloodGuard, InMemoryFloodGuard, RedisFloodGuard
from bot.handoff.desk import CaseDesk
from bot.outreach_events import RegisteredEvents
from bot.querylog import latest_event_code
from bot.rasa_client import RasaClient
from bot.retention import purge_regularly
from bot.sealing import Sealer
from bot.settings import Settings
from bot.shared_state import SharedRedis, connect_redis
from bot.spool import QueryLogWriter

logger = logging.getLogger(__name__)

# A first message after a restart waits no longer than this for its event (without Redis).
RECALL_TIMEOUT_SECONDS = 2.0


@dataclass
class Services:
    """What answering needs, opened once per process by `Services.open` and closed by `close`
    (or `async with`)."""

    settings: Settings
    database: QueryLogDatabase
    rasa: RasaClient
    log_writer: QueryLogWriter
    flood_guard: FloodGuard
    arrivals: ArrivalEvents
    trail: ChatTrail
    registered_events: RegisteredEvents
    # The hand-off's cases (bot/handoff/), in the database so that every replica shares them.
    handoff: CaseDesk
    # The hourly retention purge (bot/retention.py), while the process runs.
    retention_purge: asyncio.Task[None]
    # What close() undoes, last opened first.
    _opened: AsyncExitStack = field(default_factory=AsyncExitStack, repr=False)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """Sessions on the query log."""
        return self.database.sessions

    @classmethod
    async def open(
        cls, settings: Settings, *, rasa_transport: httpx.AsyncBaseTransport | None = None
    ) -> Services:
        """Open the database (migrated to the newest schema when reachable), the Rasa client
        (over `rasa_transport` when given, as tests do with httpx.MockTransport), Redis when
        REDIS_URL is set, the writers and the retention purge. Whatever opened before a
        failure is closed again."""
        opened = AsyncExitStack()
        # (in a thread: the word lists and the tagger's model load from disk)
        await asyncio.to_thread(anonymise.warm_up)
        try:
            database = QueryLogDatabase(settings.database_url)
            opened.callback(database.close)
            try:
                database.upgrade()
            except Exception:  # the bot answers without a database; rows are spooled
                logger.exception("query-log database unavailable at start-up; rows will be spooled")
            sessions = database.sessions
            rasa = RasaClient(
                settings.rasa_url,
                settings.rasa_timeout_seconds,
                channel_secret=(
                    settings.rasa_channel_secret.get_secret_value()
                    if settings.rasa_channel_secret
                    else None
                ),
                transport=rasa_transport,
            )
            opened.push_async_callback(rasa.aclose)
            flood_guard, arrivals = _open_shared_state(settings, sessions, opened)
            log_writer = QueryLogWriter(sessions, settings.spool_path)
            opened.push_async_callback(log_writer.close)
            trail = ChatTrail(
                sessions,
                sealer=Sealer(settings.chat_link_key.get_secret_value(), purpose="message id"),
                anon_secret=settings.anon_secret.get_secret_value(),
            )
            opened.push_async_callback(trail.close)
            retention_purge = asyncio.create_task(purge_regularly(settings, sessions))
            opened.push_async_callback(_cancel, retention_purge)
        except BaseException:
            await opened.aclose()
            raise
        return cls(
            settings=settings,
            database=database,
            rasa=rasa,
            log_writer=log_writer,
            flood_guard=flood_guard,
            arrivals=arrivals,
            trail=trail,
            registered_events=RegisteredEvents(sessions),
            handoff=CaseDesk(
                sessions,
                sealer=Sealer(settings.chat_link_key.get_secret_value(), purpose="chat link"),
                settings=settings,
            ),
            retention_purge=retention_purge,
            _opened=opened,
        )

    async def close(self) -> None:
        """Close what open() opened, last first: the purge stops, queued rows and message ids
        are written, then Redis, Rasa's client and the database engine close. Idempotent."""
        await self._opened.aclose()

    async def __aenter__(self) -> Services:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _open_shared_state(
    settings: Settings, sessions: sessionmaker[Session], opened: AsyncExitStack
) -> tuple[FloodGuard, ArrivalEvents]:
    """The flood limit and the arrivals: in Redis when REDIS_URL is set, else in memory (the
    arrivals read back from the query log after a restart)."""
    keep = timedelta(days=settings.retention_days).total_seconds()
    if settings.redis_url is None:
        if settings.environment == "production":
            logger.warning(
                "REDIS_URL is not set: the flood limit and outreach events are kept by this "
                "process only (other replicas do not see them)"
            )
        return (
            InMemoryFloodGuard(settings.flood_max_messages, settings.flood_window_seconds),
            InMemoryArrivals(keep_seconds=keep, recall=_recalling_from(sessions)),
        )
    shared = SharedRedis(
        connect_redis(str(settings.redis_url)), key_prefix=settings.redis_key_prefix
    )
    opened.push_async_callback(shared.aclose)
    return (
        RedisFloodGuard(shared, settings.flood_max_messages, settings.flood_window_seconds),
        RedisArrivals(shared, keep_seconds=keep),
    )


def _recalling_from(sessions: sessionmaker[Session]) -> Callable[[str], Awaitable[str | None]]:
    """Reads a user's event from their newest query-log row; None when the database does not
    answer in time (the question then counts for no event)."""

    def read(user: str) -> str | None:
        with sessions() as session:
            return latest_event_code(session=session, user_pseudonym=user)

    async def recall(user: str) -> str | None:
        try:
            return await asyncio.wait_for(asyncio.to_thread(read, user), RECALL_TIMEOUT_SECONDS)
        except Exception as error:  # answering goes on without the event
            logger.warning("outreach event not read back: %s", type(error).__name__)
            return None

    return recall


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
