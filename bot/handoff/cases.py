"""The hand-off's cases, as kept: no personal data but the sealed chat link.

A case row holds its status, district, reason, times and outcome, the officers' chat and topic
it lives in, and, only while it is open and until the villager is told that it closed (minutes,
bot.handoff.close_notice), the villager's chat sealed with CHAT_LINK_KEY (bot.sealing). The
villager's pseudonym (the query log's) lets them ask for their case's status and is cleared at
/hapus and by the retention purge. The ids of the messages in the officers' chat (not
personal) are kept so they can be deleted later, and so that a reply to one of them finds its
case where topics are off.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    delete,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.querylog import Base, UtcDateTime

OPEN = "open"
CLOSED = "closed"


class CaseOutcome(StrEnum):
    """How a case ended: the officers' four, and the ways a case ends without them."""

    ANSWERED = "answered"
    POLICE = "police"
    REFERRED = "referred"  # to BP3MI or Disnaker
    NO_REPLY = "no_reply"  # the villager stopped answering (/tutup warga_tidak_membalas)
    ENDED_BY_VILLAGER = "ended_by_villager"
    DELETED_BY_VILLAGER = "deleted"  # /hapus during the case
    BLOCKED = "blocked"  # the villager blocked the bot (403)
    UNREACHABLE = "unreachable"  # the officers' chat refused the bot
    EXPIRED = "expired"  # still open at the retention purge
    IDLE = "idle"  # no message either way for HANDOFF_IDLE_DAYS: closed by the sweeper


# What an officer types after /tutup, and the outcome it stands for.
OFFICER_OUTCOMES: dict[str, CaseOutcome] = {
    "dijawab": CaseOutcome.ANSWERED,
    "polisi": CaseOutcome.POLICE,
    "bp3mi": CaseOutcome.REFERRED,
    "disnaker": CaseOutcome.REFERRED,
    "warga_tidak_membalas": CaseOutcome.NO_REPLY,
    "tanpa_balasan": CaseOutcome.NO_REPLY,  # its first name, still understood
}

# Why the villager asked (the case's topic).
REASONS = ("ask_human_agent", "report_case", "emergency_help", "menu")


class HandoffCase(Base):
    """One hand-off from request to close."""

    __tablename__ = "handoff_case"
    __table_args__ = (
        # One open case per villager, whichever replica opens it.
        Index(
            "ix_handoff_case_one_open",
            "user_pseudonym",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(8), index=True)
    # Cleared at /hapus and by the retention purge; while set, the villager can ask for status.
    user_pseudonym: Mapped[str | None] = mapped_column(String(64), index=True)
    # The villager's chat id, sealed (bot.sealing, purpose "chat link"); only while open, and
    # after the close only until the villager is told of it (close_notice_due_at): minutes,
    # unless Telegram fails (then at most CLOSE_NOTICE_TRIED_FOR, bot.handoff.due_times).
    sealed_chat: Mapped[str | None] = mapped_column(Text)
    district: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(32))
    officers_chat_id: Mapped[int] = mapped_column(BigInteger)
    # The forum topic, or None where topics are off (officers then reply to the case's messages).
    topic_id: Mapped[int | None] = mapped_column(Integer)
    opening_message_id: Mapped[int | None] = mapped_column(Integer)
    phone_shared: Mapped[bool] = mapped_column(Boolean, default=False)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    first_reply_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)
    outcome: Mapped[str | None] = mapped_column(String(24), index=True)
    # When the "no reply yet" notice is due; leased by the replica that sends it
    # (due_times.CLAIM_LEASE) and cleared once it went.
    reply_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)
    # When the case's messages in the officers' chat go; leased by the replica that deletes, and
    # cleared once they went.
    purge_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)
    # The last message either way (relayed from the villager, or delivered from an officer):
    # a case quiet for HANDOFF_IDLE_DAYS closes by itself.
    last_message_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)
    # When the villager is due to be told that the case closed (an officer's /tutup, or the
    # sweeper's close): leased by the replica that tells them, cleared, with the chat link, once
    # they are told (or Telegram says they never can be).
    close_notice_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)
    # Set once they went (or Telegram would no longer let the bot delete them).
    officers_messages_deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    @property
    def number(self) -> str:
        """The case number villagers and officers read."""
        return case_number(self.id)

    @property
    def is_open(self) -> bool:
        return self.status == OPEN


class HandoffMessage(Base):
    """A message of a case in the officers' chat (either side), for deleting it later and, where
    topics are off, for finding the case an officer replies to."""

    __tablename__ = "handoff_message"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("handoff_case.id", ondelete="CASCADE"), index=True
    )
    officers_message_id: Mapped[int] = mapped_column(Integer, index=True)


def case_number(case_id: int) -> str:
    return f"K-{case_id:04d}"


# ---------------------------------------------------------------------------- data functions
def open_case_of(*, session: Session, user_pseudonym: str) -> HandoffCase | None:
    return session.scalar(
        select(HandoffCase).where(
            HandoffCase.user_pseudonym == user_pseudonym, HandoffCase.status == OPEN
        )
    )


def latest_case_of(*, session: Session, user_pseudonym: str) -> HandoffCase | None:
    return session.scalar(
        select(HandoffCase)
        .where(HandoffCase.user_pseudonym == user_pseudonym)
        .order_by(HandoffCase.id.desc())
        .limit(1)
    )


def case_in_topic(*, session: Session, officers_chat_id: int, topic_id: int) -> HandoffCase | None:
    return session.scalar(
        select(HandoffCase)
        .where(HandoffCase.officers_chat_id == officers_chat_id, HandoffCase.topic_id == topic_id)
        .order_by(HandoffCase.id.desc())
        .limit(1)
    )


def case_of_message(
    *, session: Session, officers_chat_id: int, officers_message_id: int
) -> HandoffCase | None:
    return session.scalar(
        select(HandoffCase)
        .join(HandoffMessage, HandoffMessage.case_id == HandoffCase.id)
        .where(
            HandoffCase.officers_chat_id == officers_chat_id,
            HandoffMessage.officers_message_id == officers_message_id,
        )
        .order_by(HandoffCase.id.desc())
        .limit(1)
    )


def keep_message(*, session: Session, case_id: int, officers_message_id: int) -> None:
    session.add(HandoffMessage(case_id=case_id, officers_message_id=officers_message_id))


def message_ids_of(*, session: Session, case_id: int) -> list[int]:
    return list(
        session.scalars(
            select(HandoffMessage.officers_message_id)
            .where(HandoffMessage.case_id == case_id)
            .order_by(HandoffMessage.id)
        )
    )


def close_case(
    *,
    session: Session,
    case_id: int,
    outcome: CaseOutcome,
    now: datetime,
    keep_for: timedelta,
    quiet_since: datetime | None = None,
    notice_until: datetime | None = None,
) -> HandoffCase | None:
    """Close an open case: the chat link goes, its messages are due for deletion. Returns the
    case when this call closed it, None when it was closed already (by another officer or
    replica): a conditional UPDATE, so only one closer acts. With quiet_since, only a case with
    no message since then closes (one that just had a message stays open). With notice_until,
    the villager is still to be told: the link stays for that, and the close notice is due,
    leased to this closer until then (as `claim` would)."""
    still_open = [HandoffCase.id == case_id, HandoffCase.status == OPEN]
    if quiet_since is not None:
        still_open.append(HandoffCase.last_message_at <= quiet_since)
    link = {} if notice_until is not None else {"sealed_chat": None}
    closed = session.execute(
        update(HandoffCase)
        .where(*still_open)
        .values(
            status=CLOSED,
            outcome=outcome.value,
            closed_at=now,
            reply_due_at=None,
            purge_due_at=now + keep_for,
            close_notice_due_at=notice_until,
            **link,
        )
        # Read back below; SQLite's times, without their zone, cannot be compared in Python.
        .execution_options(synchronize_session=False)
    ).rowcount
    if not closed:
        return None
    return session.get(HandoffCase, case_id, populate_existing=True)


def claim(*, session: Session, case_id: int, column, was: datetime, until: datetime) -> bool:
    """Take a due time for this replica: True only for the one whose UPDATE found it unchanged.
    The claim is a lease: the time moves on to `until`, and is cleared only once the work is
    done, so work a crash interrupted is due again when the lease runs out."""
    return bool(
        session.execute(
            update(HandoffCase)
            .where(HandoffCase.id == case_id, column == was)
            .values({column.key: until})
            .execution_options(synchronize_session=False)
        ).rowcount
    )


def due_cases(*, session: Session, column, now: datetime, limit: int = 50) -> list[HandoffCase]:
    return list(
        session.scalars(
            select(HandoffCase)
            .where(column.is_not(None), column <= now)
            .order_by(column)
            .limit(limit)
        )
    )


def give_up_close_notices(*, session: Session, closed_before: datetime) -> None:
    """Close notices Telegram has not taken since long before: the chat link goes all the same
    (the officers are still told)."""
    session.execute(
        update(HandoffCase)
        .where(
            HandoffCase.close_notice_due_at.is_not(None),
            HandoffCase.sealed_chat.is_not(None),
            HandoffCase.closed_at < closed_before,
        )
        .values(sealed_chat=None)
    )


def quiet_cases(*, session: Session, since: datetime, limit: int = 50) -> list[HandoffCase]:
    """Open cases with no message either way since then, oldest first."""
    return list(
        session.scalars(
            select(HandoffCase)
            .where(HandoffCase.status == OPEN, HandoffCase.last_message_at <= since)
            .order_by(HandoffCase.last_message_at)
            .limit(limit)
        )
    )


def open_cases_opened_before(
    *, session: Session, before: datetime, limit: int = 50
) -> list[HandoffCase]:
    return list(
        session.scalars(
            select(HandoffCase)
            .where(HandoffCase.status == OPEN, HandoffCase.opened_at <= before)
            .order_by(HandoffCase.opened_at)
            .limit(limit)
        )
    )


def unlink_user_cases(*, session: Session, user_pseudonym: str) -> list[int]:
    """/hapus: the villager's closed cases lose their pseudonym; returns the ids of those whose
    messages in the officers' chat are still there (to delete now)."""
    cases = list(
        session.scalars(select(HandoffCase).where(HandoffCase.user_pseudonym == user_pseudonym))
    )
    for case in cases:
        case.user_pseudonym = None
        case.sealed_chat = None
    return [case.id for case in cases if not case.officers_messages_deleted]


def expire_cases(*, session: Session, cutoff: datetime, now: datetime) -> int:
    """The retention purge: a case opened before the cutoff keeps no link to anyone (still open
    ones are closed as expired); case rows closed before the cutoff whose officers' messages are
    gone are deleted with their message ids. Returns how many cases were touched."""
    expired = (
        session.execute(
            update(HandoffCase)
            .where(HandoffCase.opened_at < cutoff, HandoffCase.status == OPEN)
            .values(
                status=CLOSED,
                outcome=CaseOutcome.EXPIRED.value,
                closed_at=now,
                sealed_chat=None,
                reply_due_at=None,
                purge_due_at=now,
            )
        ).rowcount
        or 0
    )
    unlinked = (
        session.execute(
            update(HandoffCase)
            .where(
                HandoffCase.opened_at < cutoff,
                # A link kept for a close notice not given yet goes too.
                or_(HandoffCase.user_pseudonym.is_not(None), HandoffCase.sealed_chat.is_not(None)),
            )
            .values(user_pseudonym=None, sealed_chat=None)
        ).rowcount
        or 0
    )
    old = select(HandoffCase.id).where(
        HandoffCase.closed_at < cutoff, HandoffCase.officers_messages_deleted.is_(True)
    )
    session.execute(delete(HandoffMessage).where(HandoffMessage.case_id.in_(old)))
    deleted = (
        session.execute(
            delete(HandoffCase).where(
                HandoffCase.closed_at < cutoff, HandoffCase.officers_messages_deleted.is_(True)
            )
        ).rowcount
        or 0
    )
    return expired + unlinked + deleted
