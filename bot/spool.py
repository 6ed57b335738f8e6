"""Writing the query log without making users wait and without losing rows.

Replies go out first; rows are queued and written by one background worker, in arrival
order, in batches. When the database is down or locked, rows go to a local spool file (JSON
lines); the worker retries every few seconds and writes the spooled rows, still in order,
before any newer ones as soon as the database answers again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bot.querylog import QueryLogEntry, log_query

logger = logging.getLogger(__name__)

BATCH = 200


class QueryLogWriter:
    """Background writer of query-log rows with a spool file for database outages."""

    def __init__(
        self, sessions: sessionmaker[Session], spool_path: Path, retry_seconds: float = 5.0
    ) -> None:
        self._sessions = sessions
        self._spool_path = spool_path
        self._retry_seconds = retry_seconds
        self._queue: asyncio.Queue[QueryLogEntry] | None = None
        self._worker: asyncio.Task | None = None
        # The spool file is read and rewritten from worker threads and by /hapus.
        self._spool_lock = threading.Lock()
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
        """Drop one user's rows from the spool (/hapus during an outage); returns how many."""
        with self._spool_lock:
            if not self._spool_path.exists():
                return 0
            lines = self._spool_path.read_text(encoding="utf-8").splitlines()
            kept = [
                line
                for line in lines
                if line.strip()
                and QueryLogEntry.model_validate_json(line).user_pseudonym != user_pseudonym
            ]
            discarded = sum(1 for line in lines if line.strip()) - len(kept)
            if discarded:
                self._spool_path.write_text("".join(f"{line}\n" for line in kept), "utf-8")
                self._spooled = len(kept)
            return discarded

    def _count_spool_file(self) -> int:
        if not self._spool_path.exists():
            return 0
        with self._spool_path.open(encoding="utf-8") as spool:
            return sum(1 for line in spool if line.strip())

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
            finally:
                for _ in batch:
                    self._queue.task_done()

    def _write_in_order(self, batch: list[QueryLogEntry]) -> None:
        """Spooled rows first, then the batch; whatever cannot be written is spooled."""
        if self.spooled() and not self._flush_spool():
            self._append_to_spool(batch)
            return
        try:
            self._insert(batch)
        except Exception as error:  # every database failure is spooled
            logger.warning(
                "query log unavailable (%s); %d rows spooled", type(error).__name__, len(batch)
            )
            self._append_to_spool(batch)

    def _insert(self, entries: list[QueryLogEntry]) -> None:
        with self._sessions.begin() as session:
            for entry in entries:
                log_query(session=session, entry=entry)

    def _append_to_spool(self, entries: list[QueryLogEntry]) -> None:
        with self._spool_lock, self._spool_path.open("a", encoding="utf-8") as spool:
            spool.writelines(entry.model_dump_json() + "\n" for entry in entries)
            self._spooled += len(entries)

    def _flush_spool(self) -> bool:
        """Write every spooled row in one transaction; True when the spool is empty afterwards."""
        with self._spool_lock:
            return self._flush_spool_locked()

    def _flush_spool_locked(self) -> bool:
        if not self._spool_path.exists():
            return True
        lines = [
            line
            for line in self._spool_path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        if not lines:
            return True
        try:
            self._insert([QueryLogEntry.model_validate(json.loads(line)) for line in lines])
        except Exception as error:
            logger.info(
                "query log still unavailable (%s); %d rows wait", type(error).__name__, len(lines)
            )
            return False
        self._spool_path.write_text("", encoding="utf-8")
        self._spooled = 0
        logger.info("query log back: %d spooled rows written", len(lines))
        return True
