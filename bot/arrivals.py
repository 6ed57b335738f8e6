"""Which outreach event each villager arrived through (their `/start <code>` link), so that
their later questions count for that event, whichever replica answers them and after a
restart.

Kept under the villager's pseudonym, in Redis when the bot has one (bot.shared_state), in the
process's memory otherwise (read back from the query log after a restart); no longer than the
query log keeps rows, and gone at /hapus.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.shared_state import SharedRedis


class ArrivalEvents(Protocol):
    """The event code each user (a pseudonym) arrived through."""

    async def event_of(self, user: str) -> str | None:
        """The code of the event the user last arrived through, if any."""
        ...

    async def remember(self, user: str, event_code: str) -> None:
        """The user arrived through this event's link (replacing an earlier one)."""
        ...

    async def forget(self, user: str) -> None:
        """Drop the user's event (/hapus)."""
        ...


class InMemoryArrivals:
    """The arrivals of one bot on one machine. A user this process has not seen yet is
    recalled once (after a restart: from their newest query-log row with an event, which
    /hapus and the retention purge delete like the arrival itself)."""

    def __init__(
        self,
        *,
        keep_seconds: float,
        recall: Callable[[str], Awaitable[str | None]] | None = None,
    ) -> None:
        self._keep_seconds = keep_seconds
        self._recall = recall
        # None as the code: the user has no event (recalled as such, or forgotten).
        self._events: dict[str, tuple[str | None, float]] = {}

    async def event_of(self, user: str) -> str | None:
        if user not in self._events and self._recall is not None:
            self._events[user] = (await self._recall(user), time.monotonic() + self._keep_seconds)
        code, expires = self._events.get(user, (None, 0.0))
        return code if time.monotonic() < expires else None

    async def remember(self, user: str, event_code: str) -> None:
        self._events[user] = (event_code, time.monotonic() + self._keep_seconds)

    async def forget(self, user: str) -> None:
        self._events[user] = (None, time.monotonic() + self._keep_seconds)


class RedisArrivals:
    """The arrivals every replica shares. While Redis is down a question counts for no event,
    and a new arrival is not remembered; the villager is answered all the same."""

    def __init__(self, shared: SharedRedis, *, keep_seconds: float) -> None:
        self._shared = shared
        self._keep_seconds = max(1, round(keep_seconds))

    async def event_of(self, user: str) -> str | None:
        redis, key = self._shared.redis, self._shared.key("arrival", user)
        return await self._shared.run(lambda: redis.get(key), fallback=None)

    async def remember(self, user: str, event_code: str) -> None:
        redis, key = self._shared.redis, self._shared.key("arrival", user)
        await self._shared.run(
            lambda: redis.set(key, event_code, ex=self._keep_seconds), fallback=None
        )

    async def forget(self, user: str) -> None:
        redis, key = self._shared.redis, self._shared.key("arrival", user)
        await self._shared.run(lambda: redis.delete(key), fallback=None)
