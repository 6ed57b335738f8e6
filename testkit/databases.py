"""Throwaway query-log databases for tests: a SQLite file, or a fresh PostgreSQL database; and
whether the test PostgreSQL and Redis can be reached."""

from __future__ import annotations

import atexit
import functools
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

# The PostgreSQL on 127.0.0.1 (trust auth, database `test`); another can be named here.
POSTGRES_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@functools.cache
def postgres_unreachable() -> str | None:
    """Why the test PostgreSQL cannot be used, or None when it can (asked once a run)."""
    engine = create_engine(POSTGRES_ADMIN_URL, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # any failure to connect is a reason to skip, said as it is
        return f"{make_url(POSTGRES_ADMIN_URL).render_as_string()}: {type(error).__name__}"
    finally:
        engine.dispose()
    return None


# The Redis on 127.0.0.1 (database 10, each test under a key prefix of its own).
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/10")


@functools.cache
def redis_unreachable() -> str | None:
    """Why the test Redis cannot be used, or None when it can (asked once a run)."""
    client = redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=3)
    try:
        client.ping()
    except redis.RedisError as error:
        return f"{TEST_REDIS_URL}: {type(error).__name__}"
    finally:
        client.close()
    return None


def _url_of(name: str) -> str:
    return make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def _as_admin(statement: str) -> None:
    """Run one statement on the test PostgreSQL outside a transaction (CREATE/DROP DATABASE)."""
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(statement))
    finally:
        admin.dispose()


def _create(name: str, template: str) -> None:
    _as_admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def _drop(name: str) -> None:
    _as_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@functools.cache
def _migrated_template() -> str:
    """A PostgreSQL database with the query log's newest schema, made once a run and copied for
    each test that needs one (copying takes a tenth of migrating); dropped when the run ends."""
    from bot.database import QueryLogDatabase

    name = f"pmi_template_{uuid.uuid4().hex[:12]}"
    _create(name, "template0")
    atexit.register(_drop, name)
    # Closed before any copy: PostgreSQL copies a template only while nobody is connected to it.
    with QueryLogDatabase(_url_of(name)) as database:
        database.upgrade()
    return name


@contextmanager
def fresh_database(kind: str, tmp_path: Path, *, migrated: bool = False) -> Iterator[str]:
    """Yield the URL of a database of this kind, empty or (`migrated`, PostgreSQL) already
    holding the query log's newest schema; drop it afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'querylog.sqlite3'}"
        return
    name = f"pmi_test_{uuid.uuid4().hex[:12]}"
    # From template0, which nobody connects to: copying template1 fails while any other
    # session (another test run, another developer's) is connected to it.
    _create(name, _migrated_template() if migrated else "template0")
    try:
        yield _url_of(name)
    finally:
        _drop(name)
