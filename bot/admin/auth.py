"""Console login: a password kept only as a scrypt hash, sessions kept on the server, CSRF."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.querylog import AdminCredential, AdminSession

SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
# A session ends this long after the login, however busy it has been.
SESSION_LIFETIME = timedelta(hours=8)


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

    @property
    def fingerprint(self) -> str:
        """Names these credentials in the session rows opened with them (not secret: it is
        derived from the stored hash)."""
        material = self.username.encode() + b"\0" + self.salt + self.password_hash
        return hashlib.sha256(material).hexdigest()


def load_credentials(
    sessions: sessionmaker[Session], username: str, password: str
) -> AdminCredentials:
    """The admin's credentials as every console process shares them: the stored hash while the
    password still matches it; otherwise a new hash replaces it and every session opened with
    the old password ends (there is no password form: a new ADMIN_PASSWORD is the change)."""
    for _ in range(3):
        try:
            with sessions.begin() as session:
                # Locked, so consoles that start together with a new password agree on one hash.
                stored = session.get(AdminCredential, username, with_for_update=True)
                if stored is not None:
                    known = AdminCredentials(username, stored.salt, stored.password_hash)
                    if known.check(username, password):
                        return known
                fresh = AdminCredentials.from_password(username, password)
                row = stored or AdminCredential(username=username)
                row.salt, row.password_hash = fresh.salt, fresh.password_hash
                row.changed_at = datetime.now(timezone.utc)
                session.add(row)
                session.execute(
                    delete(AdminSession).where(AdminSession.credential != fresh.fingerprint)
                )
            return fresh
        except IntegrityError:
            continue  # another console stored this username first: read and check its hash
    raise RuntimeError("the admin's credentials could not be stored")


def open_admin_session(*, session: Session, credentials: AdminCredentials) -> str:
    """Record a new session and return its token for the cookie; expired sessions go."""
    now = datetime.now(timezone.utc)
    session.execute(delete(AdminSession).where(AdminSession.expires_at <= now))
    token = secrets.token_urlsafe(32)
    session.add(
        AdminSession(
            token_hash=hashlib.sha256(token.encode()).hexdigest(),
            credential=credentials.fingerprint,
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    return token


def admin_session_is_open(
    *, session: Session, credentials: AdminCredentials, token: object
) -> bool:
    """True while the cookie's token names a session that has not ended, opened with the
    credentials the console runs with."""
    if not isinstance(token, str) or not token:
        return False
    found = session.scalar(
        select(AdminSession.token_hash).where(
            AdminSession.token_hash == hashlib.sha256(token.encode()).hexdigest(),
            AdminSession.credential == credentials.fingerprint,
            AdminSession.expires_at > datetime.now(timezone.utc),
        )
    )
    return found is not None


def close_admin_session(*, session: Session, token: object) -> None:
    """End the session: its cookie opens nothing any more, wherever it was copied to."""
    if isinstance(token, str):
        digest = hashlib.sha256(token.encode()).hexdigest()
        session.execute(delete(AdminSession).where(AdminSession.token_hash == digest))


def csrf_token(session: dict) -> str:
    """The session's CSRF token, made on first use."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def csrf_ok(session: dict, submitted: object) -> bool:
    """Whether the form carried the session's token; anything else (an uploaded file, non-ASCII
    text that compare_digest cannot take as str) is simply not the token."""
    expected = session.get("csrf")
    if not (isinstance(expected, str) and isinstance(submitted, str) and expected and submitted):
        return False
    return hmac.compare_digest(expected.encode(), submitted.encode())
