"""A per-user flood limit: a sliding window of recent messages, per pseudonym.

Kept in Redis when the bot has one (bot.shared_state), so that every replica counts the same
messages; in the process's memory otherwise.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from enum import Enum
from typing import Protocol

from bot.shared_state import SharedRedis


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # the first message over the limit: tell the user to slow down
    DROP = "drop"  # further messages in the same window: no reply at all


class FloodGuard(Protocol):
    """At most `max_messages` per user in `window_seconds`; one warning per flood."""

    async def check(self, user: str) -> Verdict:
        """The verdict on one more message from this user (a pseudonym)."""
        ...


class InMemoryFloodGuard:
    """The flood limit of one process (one bot on one machine)."""

    def __init__(self, max_messages: int = 12, window_seconds: float = 60.0) -> None:
        self.max_messages = max_messages
        self.window_seconds = window_seconds
        self._recent: dict[str, deque[float]] = defaultdict(deque)
        self._warned: dict[str, float] = {}

    async def check(self, user: str) -> Verdict:
        now = time.monotonic()
        recent = self._recent[user]
        while recent and now - recent[0] > self.window_seconds:
            recent.popleft()
        if len(recent) < self.max_messages:
            recent.append(now)
            self._warned.pop(user, None)
            return Verdict.ALLOW
        if now - self._warned.get(user, -self.window_seconds - 1) > self.window_seconds:
            self._warned[user] = now
            return Verdict.WARN
        return Verdict.DROP


# The same window as InMemoryFloodGuard, atomically, on Redis's clock (replicas' clocks differ).
# KEYS: the user's recent messages (a sorted set of times in ms), the user's warning flag.
# ARGV: max messages, window in ms. Members are the time Redis gives plus the count, unique.
_CHECK = """
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window - 1)
local count = redis.call('ZCARD', KEYS[1])
if count < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, time[1] .. '.' .. time[2] .. ':' .. count)
  redis.call('PEXPIRE', KEYS[1], window + 1000)
  redis.call('DEL', KEYS[2])
  return 'allow'
end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', window) then
  return 'warn'
end
return 'drop'
"""


class RedisFloodGuard:
    """The flood limit every replica shares. While Redis is down it lets every message
    through: a villager must never go unanswered for want of a counter."""

    def __init__(
        self, shared: SharedRedis, max_messages: int = 12, window_seconds: float = 60.0
    ) -> None:
        self.max_messages = max_messages
        self.window_seconds = window_seconds
        self._shared = shared
        self._check = shared.redis.register_script(_CHECK)

    async def check(self, user: str) -> Verdict:
        keys = [self._shared.key("flood", user), self._shared.key("flood-warned", user)]
        args = [self.max_messages, max(1, round(self.window_seconds * 1000))]
        verdict = await self._shared.run(
            lambda: self._check(keys=keys, args=args), fallback=Verdict.ALLOW.value
        )
        return Verdict(verdict)
