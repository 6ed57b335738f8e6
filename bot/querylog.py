"""The anonymised query log: one row per user message, through SQLAlchemy 2."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    create_engine,
    select,
)
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator

from bot.outcomes import Outcome


class UtcDateTime(TypeDecorator[datetime]):
    """A moment in time, stored in UTC and given back aware, in UTC, by every database.

    PostgreSQL keeps the zone; SQLite keeps only the wall time and gives it back without a zone.
    Storing a WIB time there and reading it back as UTC put a hand-off's due time seven hours
    late; converting on the way in, and marking UTC on the way out, rules that out everywhere.
    A time without a zone is refused: where it came from, no one can tell which zone it meant.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"a time without a zone cannot be stored: {value.isoformat()}")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    """Base of the query-log tables."""


class QueryLogRow(Base):
    """One user message as it is kept: scrubbed text and a pseudonym, nothing that identifies."""

    __tablename__ = "query_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    user_pseudonym: Mapped[str] = mapped_column(String(64), index=True)
    event_code: Mapped[str | None] = mapped_column(String(64), index=True)
    kabupaten: Mapped[str | None] = mapped_column(String(64), index=True)
    message_kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    intent: Mapped[str | None] = mapped_column(String(64), index=True)
    confidence: Mapped[float | None] = mapped_column(Float)
    responses: Mapped[list[str]] = mapped_column(JSON)
    # What became of the query (bot.outcomes.Outcome), decided when the row was written.
    outcome: Mapped[str] = mapped_column(String(16), index=True)
    latency_ms: Mapped[int] = mapped_column(Integer)


class QueryLabel(Base):
    """The intent an admin says a logged query really was (for new training data)."""

    __tablename__ = "query_label"

    query_id: Mapped[int] = mapped_column(
        ForeignKey("query_log.id", ondelete="CASCADE"), primary_key=True
    )
    intent: Mapped[str] = mapped_column(String(64), index=True)
    labelled_at: Mapped[datetime] = mapped_column(UtcDateTime())


class OutreachEvent(Base):
    """A socialisation event; its code is the deep-link payload that tags queries."""

    __tablename__ = "outreach_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kabupaten: Mapped[str] = mapped_column(String(64))
    event_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class RecentMessage(Base):
    """One message of a private chat from the last 48 hours, so that "Hapus jejak" can delete
    it on both sides: found by the user's pseudonym, its message id sealed (bot.sealing)."""

    __tablename__ = "recent_message"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_pseudonym: Mapped[str] = mapped_column(String(64), index=True)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    sealed_message_id: Mapped[str] = mapped_column(Text)


class AdminCredential(Base):
    """The console admin's password as a scrypt hash, one for every console process: a new
    ADMIN_PASSWORD replaces it, and that ends the sessions opened with the old one."""

    __tablename__ = "admin_credential"

    username: Mapped[str] = mapped_column(String(200), primary_key=True)
    salt: Mapped[bytes] = mapped_column(LargeBinary(16))
    password_hash: Mapped[bytes] = mapped_column(LargeBinary(64))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AdminSession(Base):
    """A logged-in console session. The signed cookie carries a random token and this row its
    SHA-256, so deleting the row (logout, a new password) ends the session wherever the cookie
    is, in every console process."""

    __tablename__ = "admin_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    # Which credentials it was opened with (AdminCredentials.fingerprint).
    credential: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)


# The name of an intent, and of a domain response (a specific answer's names its question:
# utter_ask_costs/kur_loan), as the query log keeps them.
Name = Annotated[str, Field(pattern=r"^[A-Za-z0-9_]{1,64}$")]
ResponseName = Annotated[str, Field(pattern=r"^[A-Za-z0-9_]{1,64}(?:/[A-Za-z0-9_]{1,64})?$")]
MOST_RESPONSES_LOGGED = 32


class QueryLogEntry(BaseModel):
    """What the front end hands to the log for one message (already scrubbed).

    Every value is checked against its column when it is set, later ones too: a row the
    database would refuse must never reach the writer, where it would hold up every row after
    it.
    """

    # Enums are kept as their values: the columns hold plain strings.
    model_config = ConfigDict(validate_assignment=True, use_enum_values=True)

    # A time without its zone would be refused by the column (UtcDateTime), so it is here.
    created_at: AwareDatetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    user_pseudonym: str = Field(pattern=r"^[0-9a-f]{64}$")
    event_code: str | None = Field(default=None, max_length=64)
    kabupaten: str | None = Field(default=None, max_length=64)
    message_kind: str = Field(default="text", max_length=16)
    text: str
    intent: Name | None = None
    confidence: float | None = Field(default=None, ge=0, le=1, allow_inf_nan=False)
    responses: list[ResponseName] = Field(default_factory=list, max_length=MOST_RESPONSES_LOGGED)
    # No default: whoever writes a row says what became of the query.
    outcome: Outcome
    latency_ms: int = Field(ge=0, le=2**31 - 1)


def create_query_log_engine(database_url: str, *, sqlite_busy_seconds: float = 5.0) -> Engine:
    """An engine for the query log; errors never echo row values into the logs."""
    if database_url.startswith("sqlite"):
        return create_engine(
            database_url, connect_args={"timeout": sqlite_busy_seconds}, hide_parameters=True
        )
    return create_engine(database_url, pool_pre_ping=True, hide_parameters=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded rows readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def latest_event_code(*, session: Session, user_pseudonym: str) -> str | None:
    """The event code of the user's newest row that has one."""
    return session.scalar(
        select(QueryLogRow.event_code)
        .where(QueryLogRow.user_pseudonym == user_pseudonym, QueryLogRow.event_code.is_not(None))
        .order_by(QueryLogRow.created_at.desc(), QueryLogRow.id.desc())
        .limit(1)
    )


def log_query(*, session: Session, entry: QueryLogEntry) -> QueryLogRow:
    """Add one row for one message; the caller commits."""
    row = QueryLogRow(**entry.model_dump())
    session.add(row)
    return row
