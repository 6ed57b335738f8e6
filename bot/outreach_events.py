"""Which /start payloads are outreach events: only the codes of events registered in the console.

Anyone can type `/start <anything>`; a payload that is not a registered event's code would
otherwise end up in every later row of the query log, in Rasa's metadata and in the console.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.querylog import OutreachEvent

logger = logging.getLogger(__name__)

# A new event is recognised at most this long after it is created.
CODES_MAX_AGE_SECONDS = 60.0
# A /start waits no longer than this for the database; the codes read before are used meanwhile.
READ_TIMEOUT_SECONDS = 3.0


class RegisteredEvents:
    """The codes of the registered outreach events, read again once they are a minute old: a
    new event works within a minute, and a stream of /start costs at most a query a minute."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        max_age_seconds: float = CODES_MAX_AGE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sessions = sessions
        self._max_age = max_age_seconds
        self._clock = clock
        self._codes: frozenset[str] = frozenset()
        self._read_at: float | None = None
        self._lock = asyncio.Lock()

    async def has(self, code: str) -> bool:
        """Whether the code is a registered event's (as of the last minute)."""
        async with self._lock:
            if self._read_at is None or self._clock() - self._read_at >= self._max_age:
                # Set first: with the database down, the next attempt waits a minute too.
                self._read_at = self._clock()
                await self._read()
        return code in self._codes

    async def _read(self) -> None:
        def codes() -> frozenset[str]:
            with self._sessions() as session:
                return frozenset(session.scalars(select(OutreachEvent.code)))

        try:
            self._codes = await asyncio.wait_for(asyncio.to_thread(codes), READ_TIMEOUT_SECONDS)
        except Exception as error:  # the welcome goes out all the same, without an event
            logger.warning("event codes not read, the last ones kept: %s", type(error).__name__)
