"""Writing the query log without making users wait and without losing rows.

Replies go out first; rows are queued and written by one background worker, in arrival
order, in batches. When the database is down or locked, rows go to a local spool file (JSON
lines); the worker retries every few seconds and writes the spooled rows, still in order,
before any newer ones as soon as the database answers again.

A row the database refuses for its values, or a spool line that cannot be read, would hold up
every row after it for good. It goes aside instead, to a quarantine file beside the spool
(for a person to look at), with a log line; the other rows flow on.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from bot.outcomes import outcome_of_old_row
from bot.querylog import QueryLogEntry, log_query

logger = logging.getLogger(__name__)

BATCH = 200
# The spool and its quarantine hold scrubbed questions under pseudonyms: for the service's
# account only. One lock per spool, for the writer's threads, /hapus and the retention purge.
FILE_MODE = 0o600
_locks: defaultdict[Path, threading.RLock] = defaultdict(threading.RLock)
_locks_lock = threading.Lock()


def lock_of(spool_path: Path) -> threading.RLock:
    """The lock every reader and writer of this spool (and its quarantine) holds."""
    with _locks_lock:
        return _locks[spool_path.resolve()]


def append_lines(path: Path, lines: list[bytes]) -> None:
    """Append lines to a file that only the service's account may read."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, FILE_MODE)
    with os.fdopen(descriptor, "ab+") as file:
        # A line cut short (disk full, a crash) must not swallow the next user's row.
        end = file.seek(0, os.SEEK_END)
        if end:
            file.seek(end - 1)
            if file.read(1) != b"\n":
                file.write(b"\n")  # O_APPEND: writes go to the end whatever was read
        file.writelines(line + b"\n" for line in lines)


def quarantine_path(spool_path: Path) -> Path:
    """Where rows go that can never be written: beside the spool."""
    return spool_path.with_name(f"{spool_path.stem}.quarantine{spool_path.suffix}")


def refuses_the_row(error: Exception) -> bool:
    """True when the database or its driver refuses a row for its values (too long, not
    encodable, a constraint); False when the database is unavailable, which the spool waits
    out."""
    if isinstance(error, DataError | IntegrityError | ValueError | TypeError):
        return True
    # Raised while the values were being prepared, before the database saw them.
    return isinstance(error, StatementError) and not isinstance(error, DBAPIError)


def line_of(entry: QueryLogEntry) -> bytes:
    """One spool line; ASCII JSON, so even a value no UTF-8 encoder takes can be written."""
    return json.dumps(entry.model_dump(mode="json")).encode("ascii")


def entry_of(line: bytes) -> QueryLogEntry:
    """The row on a spool line. A line spooled by a version before outcomes were stored gets
    its outcome by the rule the migration gave the database's rows (bot.outcomes); raises
    ValueError (or RecursionError) for a line that is no row."""
    value = json.loads(line)
    if isinstance(value, dict) and "outcome" not in value and "fell_back" in value:
        value["outcome"] = outcome_of_old_row(
            message_kind=value.get("message_kind", "text"),
            responses=value.get("responses") or [],
            fell_back=bool(value["fell_back"]),
            intent=value.get("intent"),
            confidence=value.get("confidence"),
        )
    return QueryLogEntry.model_validate(value)


def pseudonym_of(line: bytes) -> str | None:
    """The user a spool line belongs to, read without trusting the rest of the line."""
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return None
    pseudonym = value.get("user_pseudonym") if isinstance(value, dict) else None
    return pseudonym if isinstance(pseudonym, str) else None


def read_lines(path: Path) -> list[bytes]:
    """The non-empty lines of a file, as bytes (a damaged line must not stop the others)."""
    if not path.exists():
        return []
    return [line for line in path.read_bytes().splitlines() if line.strip()]


def written_at(line: bytes) -> datetime | None:
    """When the row on a spool line was made, or None when the line does not say."""
    try:
        value = json.loads(line)
        made = datetime.fromisoformat(value["created_at"])
    except (ValueError, RecursionError, TypeError, KeyError):
        return None
    return made if made.tzinfo else made.replace(tzinfo=timezone.utc)


def purge_quarantined(spool_path: Path, *, retention_days: int, now: datetime | None = None) -> int:
    """Delete quarantined rows older than the retention period, as the query log's own rows
    are; returns how many. A line too damaged to say when it was made stays for a person."""
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=retention_days)
    path = quarantine_path(spool_path)
    with lock_of(spool_path):
        lines = read_lines(path)
        kept = [line for line in lines if (made := written_at(line)) is None or made >= cutoff]
        if len(kept) != len(lines):
            path.write_bytes(b"".join(line + b"\n" for line in kept))
    return len(lines) - len(kept)


class QueryLogWriter:
    """Background writer of query-log rows with a spool file for database outages."""

    def __init__(
        self, sessions: sessionmaker[Session], spool_path: Path, retry_seconds: float = 5.0
    ) -> None:
        self._sessions = sessions
        self._spool_path = spool_path
        self._quarantine_path = quarantine_path(spool_path)
        self._retry_seconds = retry_seconds
        self._queue: asyncio.Queue[QueryLogEntry] | None = None
        self._worker: asyncio.Task | None = None
        # The spool and quarantine files are read and rewritten from worker threads, by /hapus
        # and by the retention purge; re-entrant because flushing the spool may quarantine.
        self._spool_lock = lock_of(spool_path)
        spool_path.parent.mkdir(parents=True, exist_ok=True)
        # This writer alone appends to and empties the spool, so it keeps the count instead of
        # reading the file on every message; rows left by an earlier run are counted once here.
        self._spooled = self._count_spool_file()

    def submit(self, entry: QueryLogEntry) -> None:
        """Queue one row; returns at once."""
        if self._queue is None:
            self._queue = asyncio.Queue()
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._work())
        self._queue.put_nowait(entry)

    async def drain(self) -> None:
        """Wait until every row submitted so far is written or spooled."""
        if self._queue is not None:
            await self._queue.join()

    async def close(self) -> None:
        """Finish queued rows, try the spool once more, stop the worker (the spool file stays)."""
        await self.drain()
        if self._worker is not None:
            self._worker.cancel()
        if self.spooled():
            await asyncio.to_thread(self._flush_spool)

    def spooled(self) -> int:
        """How many rows wait in the spool file."""
        return self._spooled

    def discard_spooled(self, user_pseudonym: str) -> int:
        """Drop one user's rows from the spool and the quarantine (/hapus); returns how many.
        A line too damaged to name its user stays (it names nobody)."""
        with self._spool_lock:
            discarded = 0
            for path in (self._spool_path, self._quarantine_path):
                lines = read_lines(path)
                kept = [line for line in lines if pseudonym_of(line) != user_pseudonym]
                if len(kept) != len(lines):
                    path.write_bytes(b"".join(line + b"\n" for line in kept))
                    discarded += len(lines) - len(kept)
                if path == self._spool_path:
                    self._spooled = len(kept)
            return discarded

    def _count_spool_file(self) -> int:
        return len(read_lines(self._spool_path))

    async def _work(self) -> None:
        assert self._queue is not None
        while True:
            try:
                # While rows wait in the spool, wake up now and then to retry them.
                timeout = self._retry_seconds if self.spooled() else None
                first = await asyncio.wait_for(self._queue.get(), timeout)
            except TimeoutError:
                await asyncio.to_thread(self._flush_spool)
                continue
            batch = [first]
            while len(batch) < BATCH and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await asyncio.to_thread(self._write_in_order, batch)
            except Exception as error:  # the spool itself failed (a full disk): later rows go on
                logger.error("query-log rows lost (%s): %d", type(error).__name__, len(batch))
            finally:
                for _ in batch:
                    self._queue.task_done()

    def _write_in_order(self, batch: list[QueryLogEntry]) -> None:
        """Spooled rows first, then the batch; whatever cannot be written yet is spooled."""
        if self.spooled() and not self._flush_spool():
            self._append_to_spool(batch)
            return
        waiting, error = self._store(batch)
        if waiting:
            logger.warning("query log unavailable (%s); %d rows spooled", error, len(waiting))
            self._append_to_spool(waiting)

    def _store(self, entries: list[QueryLogEntry]) -> tuple[list[QueryLogEntry], str | None]:
        """Insert the rows in order, setting aside any the database refuses. Returns the rows
        that must wait because the database is unavailable, and why."""
        try:
            self._insert(entries)
            return [], None
        except Exception as error:  # every database failure is spooled or set aside
            if not refuses_the_row(error):
                return entries, type(error).__name__
        # Some row is refused: one at a time, so that only that row goes aside.
        for position, entry in enumerate(entries):
            try:
                self._insert([entry])
            except Exception as error:
                if not refuses_the_row(error):
                    return entries[position:], type(error).__name__
                self._quarantine([line_of(entry)], type(error).__name__)
        return [], None

    def _insert(self, entries: list[QueryLogEntry]) -> None:
        with self._sessions.begin() as session:
            for entry in entries:
                log_query(session=session, entry=entry)

    def _append_to_spool(self, entries: list[QueryLogEntry]) -> None:
        lines = [line_of(entry) for entry in entries]
        with self._spool_lock:
            append_lines(self._spool_path, lines)
            self._spooled += len(lines)

    def _quarantine(self, lines: list[bytes], reason: str) -> None:
        """Set lines aside for good, saying so in the log (never their content)."""
        with self._spool_lock:
            append_lines(self._quarantine_path, lines)
        logger.error(
            "%d query-log rows set aside (%s) in %s", len(lines), reason, self._quarantine_path
        )

    def _flush_spool(self) -> bool:
        """Write every spooled row in one transaction; True when the spool is empty afterwards."""
        with self._spool_lock:
            return self._flush_spool_locked()

    def _flush_spool_locked(self) -> bool:
        lines = read_lines(self._spool_path)
        if not lines:
            return True
        entries, unreadable = [], []
        for line in lines:
            try:
                entries.append(entry_of(line))
            except (ValueError, TypeError, RecursionError):  # a damaged line
                unreadable.append(line)
        if unreadable:
            self._quarantine(unreadable, "unreadable spool line")
        waiting, error = self._store(entries)
        if waiting:
            if len(waiting) != len(lines):
                self._spool_path.write_bytes(b"".join(line_of(e) + b"\n" for e in waiting))
                self._spooled = len(waiting)
            logger.info("query log still unavailable (%s); %d rows wait", error, len(waiting))
            return False
        self._spool_path.write_bytes(b"")
        self._spooled = 0
        logger.info("query log back: %d spooled rows written", len(entries))
        return True
