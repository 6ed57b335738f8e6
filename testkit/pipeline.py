"""The conversation pipeline's services opened for a test, and what they logged."""

from __future__ import annotations

from pathlib import Path

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.chat_trail import ChatTrail
from bot.querylog import QueryLogRow
from bot.sealing import Sealer
from bot.services import Services
from bot.settings import Settings
from testkit.settings import TEST_ANON_SECRET, make_settings


def trail_of(sessions: sessionmaker[Session]) -> ChatTrail:
    return ChatTrail(
        sessions,
        sealer=Sealer("test-chat-link-key-0123456789", purpose="message id"),
        anon_secret=TEST_ANON_SECRET,
    )


def pipeline_settings(database_url: str, spool_path: Path) -> Settings:
    """The settings of a pipeline test: its database and spool, five messages a minute."""
    return make_settings(
        database_url=database_url,
        anon_secret=TEST_ANON_SECRET,
        spool_path=spool_path,
        flood_max_messages=5,
        flood_window_seconds=60,
    )


async def open_services_for(
    database_url: str, transport: httpx.MockTransport, spool_path: Path
) -> Services:
    """Services as the bot opens them (bot.services), over the test's database, with Rasa
    behind `transport`; the caller closes them."""
    settings = pipeline_settings(database_url, spool_path)
    return await Services.open(settings, rasa_transport=transport)


async def logged_rows(services: Services) -> list[QueryLogRow]:
    """Every row in the query log, once the rows on their way are written, by when each
    message arrived (replicas write their rows each in its own time)."""
    await services.log_writer.drain()
    with services.sessions() as session:
        order = (QueryLogRow.created_at, QueryLogRow.id)
        return list(session.scalars(select(QueryLogRow).order_by(*order)))
