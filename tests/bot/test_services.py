"""Services: what it opens, it closes, in order, once, and also when opening fails half-way."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from bot import places
from bot.anonymise import lexicon
from bot.anonymise.tagger import name_tagger
from bot.conversation import Query, answer_text
from bot.database import QueryLogDatabase
from bot.querylog import QueryLogRow
from bot.services import Services
from bot.settings import Settings
from testkit.databases import POSTGRES_ADMIN_URL
from testkit.settings import make_settings


class RasaTransport(httpx.MockTransport):
    """Rasa's channel answering every message; remembers whether the client closed it."""

    def __init__(self) -> None:
        super().__init__(
            lambda request: httpx.Response(
                200,
                json={
                    "messages": [{"text": "...", "buttons": [], "response": "utter_costs"}],
                    "intent": "ask_costs",
                    "confidence": 0.9,
                },
            )
        )
        self.closed = False

    async def aclose(self) -> None:
        self.closed = True


def connections_to(database_url: str) -> int | None:
    """How many connections the PostgreSQL database has open (None for SQLite)."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        return None
    admin = create_engine(POSTGRES_ADMIN_URL)
    try:
        with admin.connect() as connection:
            return connection.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name"),
                {"name": url.database},
            ).scalar_one()
    finally:
        admin.dispose()


def settings_for(database_url: str, tmp_path, **overrides) -> Settings:
    return make_settings(
        database_url=database_url,
        anon_secret="test-secret-0123456789-0123456789",
        spool_path=tmp_path / "spool" / "querylog.jsonl",
        **overrides,
    )


async def test_close_writes_what_is_queued_then_closes_everything_once(database_url, tmp_path):
    rasa = RasaTransport()
    services = await Services.open(settings_for(database_url, tmp_path), rasa_transport=rasa)
    await answer_text(services, Query(555000111, "biaya resmi berapa"))  # a row is queued

    await services.close()
    await services.close()  # a second close does nothing

    assert rasa.closed
    assert services.retention_purge.cancelled()
    assert connections_to(database_url) in (None, 0)  # the engine is disposed of
    with QueryLogDatabase(database_url) as database, database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(QueryLogRow)) == 1


async def test_a_failure_while_opening_closes_what_was_already_open(database_url, tmp_path):
    (tmp_path / "spool").write_text("a file where the spool's folder should be")
    rasa = RasaTransport()

    with pytest.raises(OSError):
        await Services.open(settings_for(database_url, tmp_path), rasa_transport=rasa)

    assert rasa.closed
    assert connections_to(database_url) in (None, 0)


async def test_opening_loads_what_scrubbing_reads_before_the_first_villager(database_url, tmp_path):
    for cached in (name_tagger, lexicon.given_names, places._district_keys):
        cached.cache_clear()

    async with await Services.open(
        settings_for(database_url, tmp_path), rasa_transport=RasaTransport()
    ):
        assert name_tagger.cache_info().currsize == 1
        assert lexicon.given_names.cache_info().currsize == 1
        assert places._district_keys.cache_info().currsize == 1
