"""The conversation pipeline's services built by hand for a test, and what they logged."""

from __future__ import annotations

from pathlib import Path

import httpx
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.chat_trail import ChatTrail
from bot.conversation import Services
from bot.database import upgrade_database
from bot.flood import FloodGuard
from bot.querylog import QueryLogRow, create_query_log_engine, make_session_factory
from bot.rasa_client import RasaClient
from bot.sealing import Sealer
from bot.spool import QueryLogWriter
from testkit.settings import TEST_ANON_SECRET, make_settings


def trail_of(sessions: sessionmaker[Session]) -> ChatTrail:
    return ChatTrail(
        sessions,
        sealer=Sealer("test-chat-link-key-0123456789", purpose="message id"),
        anon_secret=TEST_ANON_SECRET,
    )


def services_for(
    database_url: str, transport: httpx.MockTransport, spool_path: Path
) -> tuple[Services, Engine]:
    """Services over a migrated database and a Rasa behind `transport`; the caller disposes of
    the engine."""
    settings = make_settings(database_url=database_url, anon_secret=TEST_ANON_SECRET)
    engine = create_query_log_engine(settings.database_url)
    upgrade_database(engine)
    sessions = make_session_factory(engine)
    services = Services(
        settings=settings,
        rasa=RasaClient("http://rasa.test", 2.0, transport=transport),
        sessions=sessions,
        log_writer=QueryLogWriter(sessions, spool_path, retry_seconds=0.2),
        flood_guard=FloodGuard(max_messages=5, window_seconds=60),
        trail=trail_of(sessions),
    )
    return services, engine


async def logged_rows(services: Services) -> list[QueryLogRow]:
    """Every row in the query log, once the rows on their way are written."""
    await services.log_writer.drain()
    with services.sessions() as session:
        return list(session.scalars(select(QueryLogRow).order_by(QueryLogRow.id)))
