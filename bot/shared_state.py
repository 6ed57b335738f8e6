"""Where bot replicas keep what they must agree on: the Redis that Rasa's lock store uses.

Several bot replicas behind the webhook proxy each see some of a villager's messages; a flood
limit or an outreach event kept in one process's memory would be a different one in every
replica, and gone after a restart. With REDIS_URL set they live in Redis, under keys made of
the villager's pseudonym (never a Telegram id). Without it (one bot on one machine, the
embedded default) they stay in the process's memory, and a villager's event is read back from
the query log after a restart (bot/arrivals.py).

Redis is a convenience, not a dependency of answering: when it is down, every call gives way
to a fallback (the flood limit lets messages through, no event is remembered), one warning
says so, and Redis is left alone for a few seconds so that no reply waits on it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

T = TypeVar("T")

# A reply must not wait long for a limit it can do without.
REDIS_TIMEOUT_SECONDS = 0.5
# After a failure, calls skip Redis this long: a dead Redis costs one timeout, not one a message.
RETRY_AFTER_SECONDS = 5.0


def connect_redis(url: str) -> Redis:
    """A client that fails fast (no retries of its own: the caller falls back instead)."""
    return Redis.from_url(
        url,
        decode_responses=True,
        socket_timeout=REDIS_TIMEOUT_SECONDS,
        socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
        retry=Retry(NoBackoff(), 0),
    )


class SharedRedis:
    """One Redis connection pool and its keys' prefix, with the fallback when Redis is down."""

    def __init__(
        self,
        redis: Redis,
        *,
        key_prefix: str,
        retry_after_seconds: float = RETRY_AFTER_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.redis = redis
        self._prefix = key_prefix
        self._retry_after = retry_after_seconds
        self._clock = clock
        self._down_until: float | None = None

    def key(self, *parts: str) -> str:
        """A key of ours: the prefix, then the parts (a pseudonym, never a Telegram id)."""
        return self._prefix + ":".join(parts)

    async def run(self, call: Callable[[], Awaitable[T]], *, fallback: T) -> T:
        """The call's result, or the fallback while Redis is unavailable."""
        if self._down_until is not None and self._clock() < self._down_until:
            return fallback
        try:
            result = await call()
        except (RedisError, OSError) as error:
            if self._down_until is None:
                # The type only: a message could name a key, and keys carry pseudonyms.
                logger.warning(
                    "Redis unavailable (%s): flood limit not applied, outreach events not "
                    "remembered until it answers again",
                    type(error).__name__,
                )
            self._down_until = self._clock() + self._retry_after
            return fallback
        if self._down_until is not None:
            logger.info("Redis answers again")
            self._down_until = None
        return result

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.redis.aclose()
