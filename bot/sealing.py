"""Sealing the small values that tie the service to a villager's chat, with a key from the
settings (CHAT_LINK_KEY): stored only as Fernet tokens, readable only with that key."""

from __future__ import annotations

import base64
from datetime import timedelta

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class Sealer:
    """Encrypts and authenticates short strings (AES-CBC and HMAC-SHA256, as Fernet does)."""

    def __init__(self, key: str, *, purpose: str) -> None:
        # The setting is any long random string; HKDF turns it into Fernet's 32-byte key, a
        # different one per purpose, so message ids and chat links never share a key.
        derived = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=f"pmi-bot {purpose}".encode()
        ).derive(key.encode())
        self._fernet = Fernet(base64.urlsafe_b64encode(derived))

    def seal(self, value: str) -> str:
        """The value as a token (it carries the time it was sealed)."""
        return self._fernet.encrypt(value.encode()).decode("ascii")

    def unseal(self, token: str, *, max_age: timedelta | None = None) -> str | None:
        """The sealed value, or None when the token is older than max_age, was sealed with
        another key or was tampered with."""
        ttl = None if max_age is None else int(max_age.total_seconds())
        try:
            return self._fernet.decrypt(token, ttl=ttl).decode()
        except InvalidToken:
            return None
