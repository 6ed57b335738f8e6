"""A per-user flood limit: a sliding window of recent messages, kept in memory only."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from enum import Enum


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # the first message over the limit: tell the user to slow down
    DROP = "drop"  # further messages in the same window: no reply at all


class FloodGuard:
    """At most `max_messages` per user in `window_seconds`; one warning per flood."""

    def __init__(self, max_messages: int = 12, window_seconds: float = 60.0) -> None:
        self.max_messages = max_messages
        self.window_seconds = window_seconds
        self._recent: dict[int, deque[float]] = defaultdict(deque)
        self._warned: dict[int, float] = {}

    def check(self, user_id: int) -> Verdict:
        now = time.monotonic()
        recent = self._recent[user_id]
        while recent and now - recent[0] > self.window_seconds:
            recent.popleft()
        if len(recent) < self.max_messages:
            recent.append(now)
            self._warned.pop(user_id, None)
            return Verdict.ALLOW
        if now - self._warned.get(user_id, -self.window_seconds - 1) > self.window_seconds:
            self._warned[user_id] = now
            return Verdict.WARN
        return Verdict.DROP
