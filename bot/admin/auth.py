"""Console login: a password kept only as a scrypt hash, a login throttle, CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import defaultdict, deque
from dataclasses import dataclass

SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


@dataclass(frozen=True)
class AdminCredentials:
    """The admin's username and the scrypt hash of the password (never the password)."""

    username: str
    salt: bytes
    password_hash: bytes

    @classmethod
    def from_password(cls, username: str, password: str) -> AdminCredentials:
        salt = secrets.token_bytes(16)
        return cls(username, salt, hashlib.scrypt(password.encode(), salt=salt, **SCRYPT))

    def check(self, username: str, password: str) -> bool:
        """Constant-time check of both the username and the password."""
        given = hashlib.scrypt(password.encode(), salt=self.salt, **SCRYPT)
        username_ok = hmac.compare_digest(username.encode(), self.username.encode())
        return hmac.compare_digest(given, self.password_hash) and username_ok


class LoginThrottle:
    """At most `max_failures` failed logins per client in a sliding window."""

    def __init__(self, max_failures: int = 5, window_seconds: float = 300.0) -> None:
        self.max_failures = max_failures
        self.window_seconds = window_seconds
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def _recent(self, client: str) -> deque[float]:
        failures = self._failures[client]
        while failures and time.monotonic() - failures[0] > self.window_seconds:
            failures.popleft()
        return failures

    def is_blocked(self, client: str) -> bool:
        return len(self._recent(client)) >= self.max_failures

    def record_failure(self, client: str) -> None:
        self._recent(client).append(time.monotonic())

    def reset(self, client: str) -> None:
        self._failures.pop(client, None)


def csrf_token(session: dict) -> str:
    """The session's CSRF token, made on first use."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def csrf_ok(session: dict, submitted: str | None) -> bool:
    expected = session.get("csrf")
    return bool(expected and submitted) and hmac.compare_digest(expected, submitted)
