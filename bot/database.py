"""Bringing the query-log schema up to date with the Alembic migrations."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

from bot.querylog import create_query_log_engine, make_session_factory

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    """An Alembic config pointing at our migrations and at this engine's database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def upgrade_database(engine: Engine) -> None:
    """Create or migrate the schema to the newest revision (idempotent)."""
    if engine.url.get_backend_name() == "sqlite" and engine.url.database:
        Path(engine.url.database).parent.mkdir(parents=True, exist_ok=True)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class QueryLogDatabase:
    """The query log's engine and its sessions: one owner opens them and disposes of them.

    The bot's Services holds one; the admin console and its command line open their own (they
    share the database, not the bot's writers and spool).
    """

    def __init__(self, database_url: str) -> None:
        self.engine = create_query_log_engine(database_url)
        self.sessions = make_session_factory(self.engine)

    def upgrade(self) -> None:
        """Create or migrate the schema (upgrade_database)."""
        upgrade_database(self.engine)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> QueryLogDatabase:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
