"""deploy/backup: a real backup and restore against the PostgreSQL on 127.0.0.1, as the service's
own (non-superuser) account, with the URLs written as in the env file."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from testkit.databases import POSTGRES_ADMIN_URL
from testkit.querylog_rows import add_rows, open_log

ROOT = Path(__file__).resolve().parents[2]
BACKUP = ROOT / "deploy" / "backup" / "pmi-backup.sh"
RESTORE = ROOT / "deploy" / "backup" / "pmi-restore.sh"
NOW = datetime.now(timezone.utc)


@pytest.fixture
def account() -> Iterator[dict[str, str]]:
    """A login role of our own owning two new databases, as the README sets them up; the URLs
    as the env file writes them (the password is ignored by trust auth, but travels the way a
    real one would)."""
    role = f"pmi_backup_test_{uuid.uuid4().hex[:10]}"
    names = {"querylog": f"{role}_querylog", "tracker": f"{role}_rasa"}
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'secret-pw'"))
        for name in names.values():
            connection.execute(text(f"CREATE DATABASE {name} OWNER {role}"))
    server = make_url(POSTGRES_ADMIN_URL)
    base = f"postgresql://{role}:secret-pw@{server.host}:{server.port or 5432}"
    try:
        yield {kind: f"{base}/{name}" for kind, name in names.items()}
    finally:
        with admin.connect() as connection:
            for name in names.values():
                connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def run(script: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    for name in ("DATABASE_URL", "RASA_TRACKER_DATABASE_URL", "BACKUP_KEEP_DAYS", "RETENTION_DAYS"):
        clean.pop(name, None)
    return subprocess.run(
        [str(script), *args],
        # the purge after a restore runs in the checkout: not the developer's .env
        env={**clean, "PMI_ENV_FILE": os.devnull, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def environment(account: dict[str, str], tmp_path: Path, **more: str) -> dict[str, str]:
    return {
        "DATABASE_URL": account["querylog"],
        "RASA_TRACKER_DATABASE_URL": account["tracker"],
        "BACKUP_DIR": str(tmp_path / "backups"),
        # The purge after a restore must not touch this checkout's var/.
        "SPOOL_PATH": str(tmp_path / "spool" / "querylog.jsonl"),
        **more,
    }


def fill(account: dict[str, str]) -> None:
    """Two recent rows and one past the retention period; the same for Rasa's events."""
    with open_log(account["querylog"]) as log:
        add_rows(
            log.sessions,
            [
                dict(text="syarat jadi tki", created_at=NOW - timedelta(days=1)),
                dict(text="biaya ke taiwan", created_at=NOW - timedelta(days=2)),
                dict(text="sudah kedaluwarsa", created_at=NOW - timedelta(days=400)),
            ],
        )
    tracker = create_engine(account["tracker"])
    with tracker.begin() as connection:
        # The columns of Rasa's SQL tracker store that matter here.
        connection.execute(
            text(
                "CREATE TABLE events (id SERIAL PRIMARY KEY, sender_id VARCHAR(255), "
                "type_name VARCHAR(255), timestamp FLOAT, data TEXT)"
            )
        )
        for days, sender in [(1, "baru"), (400, "lama")]:
            connection.execute(
                text(
                    "INSERT INTO events (sender_id, type_name, timestamp) VALUES (:s, 'user', :t)"
                ),
                {"s": sender, "t": (NOW - timedelta(days=days)).timestamp()},
            )
    tracker.dispose()


def query(url: str, sql: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


def test_rows_survive_a_backup_and_restore_and_expired_ones_stay_gone(account, tmp_path):
    fill(account)
    env = environment(account, tmp_path)
    backed_up = run(BACKUP, env=env)
    assert backed_up.returncode == 0, backed_up.stderr
    folder = tmp_path / "backups"
    [querylog] = folder.glob("querylog-*.dump")
    [tracker] = folder.glob("tracker-*.dump")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(f.stat().st_mode) for f in (querylog, tracker)} == {0o600}
    assert "secret-pw" not in backed_up.stdout + backed_up.stderr

    # The database is lost: rows deleted, and a table the backup does not know.
    query_sql = "SELECT text FROM query_log ORDER BY created_at DESC"
    engine = create_engine(account["querylog"])
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM query_label"))
        connection.execute(text("DELETE FROM query_log"))
        connection.execute(text("CREATE TABLE made_after_the_backup (x INTEGER)"))
    engine.dispose()
    assert query(account["querylog"], query_sql) == []

    restored = run(RESTORE, str(querylog), env=env)
    assert restored.returncode == 0, restored.stderr
    # Back, except what expired (the purge after the restore deleted it again).
    assert query(account["querylog"], query_sql) == [("syarat jadi tki",), ("biaya ke taiwan",)]
    tables = query(account["querylog"], "SELECT tablename FROM pg_tables WHERE schemaname='public'")
    assert ("made_after_the_backup",) not in tables and ("alembic_version",) in tables

    query_events = "SELECT sender_id FROM events"
    engine = create_engine(account["tracker"])
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM events"))
    engine.dispose()
    restored = run(RESTORE, str(tracker), env=env)
    assert restored.returncode == 0, restored.stderr
    assert query(account["tracker"], query_events) == [("baru",)]


@pytest.mark.parametrize("kept", [0.5, 0.95])
def test_a_damaged_backup_changes_nothing(account, tmp_path, kept):
    """A file cut short (a full disk, a copy broken off) is refused before anything changes."""
    fill(account)
    env = environment(account, tmp_path)
    assert run(BACKUP, env=env).returncode == 0
    [backup] = (tmp_path / "backups").glob("querylog-*.dump")
    damaged = tmp_path / backup.name
    content = backup.read_bytes()
    damaged.write_bytes(content[: int(len(content) * kept)])
    # A row the backup does not have: it must still be there, whatever the restore got through.
    with open_log(account["querylog"]) as log:
        add_rows(log.sessions, [dict(text="setelah backup", created_at=NOW)])
    before = query(account["querylog"], "SELECT text FROM query_log ORDER BY text")
    restored = run(RESTORE, str(damaged), env=env)
    assert restored.returncode != 0
    assert query(account["querylog"], "SELECT text FROM query_log ORDER BY text") == before


def test_a_restore_that_stops_half_way_is_rolled_back(account, tmp_path):
    """pg_restore giving up in the middle of its output (damage inside the data) must not leave
    a half-restored database: a stand-in passes on the real pg_restore's output up to the query
    log's rows, then fails."""
    fill(account)
    env = environment(account, tmp_path)
    assert run(BACKUP, env=env).returncode == 0
    [backup] = (tmp_path / "backups").glob("querylog-*.dump")
    with open_log(account["querylog"]) as log:
        add_rows(log.sessions, [dict(text="setelah backup", created_at=NOW)])
    before = query(account["querylog"], "SELECT text FROM query_log ORDER BY text")
    real = shutil.which("pg_restore")
    stand_in = tmp_path / "bin" / "pg_restore"
    stand_in.parent.mkdir()
    stand_in.write_text(
        f"""#!/bin/bash
case "$*" in *--list*) exec {real} "$@" ;; esac
# The real output up to the query log's rows (between two statements), then an error.
{real} "$@" | sed '/^COPY public.query_log /,$d'
echo "pg_restore: error: could not read from input file: end of file" >&2
exit 1
"""
    )
    stand_in.chmod(0o755)
    restored = run(
        RESTORE, str(backup), env={**env, "PATH": f"{stand_in.parent}:{os.environ['PATH']}"}
    )
    assert restored.returncode != 0
    assert query(account["querylog"], "SELECT text FROM query_log ORDER BY text") == before


def test_a_file_that_is_not_a_backup_is_refused(account, tmp_path):
    other = tmp_path / "something.sql"
    other.write_text("DROP TABLE query_log;")
    restored = run(RESTORE, str(other), env=environment(account, tmp_path))
    assert restored.returncode != 0
    assert "not a querylog-*.dump or tracker-*.dump" in restored.stderr


def test_old_backups_go_and_none_outlives_the_retention_period(account, tmp_path):
    fill(account)
    folder = tmp_path / "backups"
    folder.mkdir()
    old, recent = (
        folder / "querylog-20261101T000000Z.dump",
        folder / "tracker-20261120T000000Z.dump",
    )
    for path, days in [(old, 10), (recent, 3)]:
        path.write_bytes(b"")
        seconds = time.time() - days * 86400
        os.utime(path, (seconds, seconds))
    # Asked to keep 30 days with a 5-day retention: 5 it is.
    env = environment(account, tmp_path, BACKUP_KEEP_DAYS="30", RETENTION_DAYS="5")
    backed_up = run(BACKUP, env=env)
    assert backed_up.returncode == 0, backed_up.stderr
    assert "keeping 5 days" in backed_up.stderr
    assert not old.exists() and recent.exists()
    assert len(list(folder.glob("querylog-*.dump"))) == 1  # today's


def test_only_postgresql_is_backed_up(tmp_path):
    backed_up = run(
        BACKUP,
        env={"DATABASE_URL": f"sqlite:///{tmp_path}/q.sqlite3", "BACKUP_DIR": str(tmp_path)},
    )
    assert backed_up.returncode != 0
    assert "not a PostgreSQL URL" in backed_up.stderr
