"""Console login: a password kept only as a scrypt hash, CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
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


def csrf_token(session: dict) -> str:
    """The session's CSRF token, made on first use."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def csrf_ok(session: dict, submitted: str | None) -> bool:
    expected = session.get("csrf")
    return bool(expected and submitted) and hmac.compare_digest(expected, submitted)
