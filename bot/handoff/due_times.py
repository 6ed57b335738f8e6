"""The cases as the sweeper uses them: due times claimed as leases, and the closes it makes.
The base of CaseDesk (bot.handoff.desk), kept apart so that neither grows past reading."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import TypeVar

from sqlalchemy import delete, update
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff import cases
from bot.handoff.cases import CaseOutcome, HandoffCase, HandoffMessage
from bot.settings import Settings

T = TypeVar("T")
# A replica that claims a due time holds it this long: done by then, the time is cleared;
# crashed, another replica (or this one, restarted) takes it up again.
CLAIM_LEASE = timedelta(minutes=10)
# A case still open this long before the retention purge would close it is closed by the
# sweeper, which can still tell the villager.
EXPIRY_NOTICE = timedelta(days=1)
# A close notice Telegram has not taken in this long (down, or failing) is given up on: the
# chat link goes all the same, so it never outlives the close by more.
CLOSE_NOTICE_TRIED_FOR = timedelta(days=1)


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


class DueTimes:
    """Claims, leases and the sweeper's closes; every replica reads the same rows."""

    def __init__(self, sessions: sessionmaker[Session], *, settings: Settings):
        self._sessions = sessions
        self.settings = settings

    @property
    def keep_for(self) -> timedelta:
        return timedelta(days=self.settings.handoff_keep_days)

    @property
    def idle_after(self) -> timedelta:
        return timedelta(days=self.settings.handoff_idle_days)

    async def _run(self, work: Callable[[Session], T]) -> T:
        def in_transaction() -> T:
            with self._sessions.begin() as session:
                return work(session)

        return await asyncio.to_thread(in_transaction)

    async def _set(self, case_id: int, **values) -> None:
        """Write these columns of one case."""
        await self._run(
            lambda s: s.execute(
                update(HandoffCase).where(HandoffCase.id == case_id).values(**values)
            )
        )

    # ------------------------------------------------------------------ closing
    async def close(
        self, case_id: int, outcome: CaseOutcome, *, notice: bool = False
    ) -> HandoffCase | None:
        """Close the case (None: someone closed it first). The chat link is deleted, or, with a
        notice to give, kept for it and the notice leased to this caller (close_notice_given)."""
        now = now_utc()
        return await self._run(
            lambda s: cases.close_case(
                session=s,
                case_id=case_id,
                outcome=outcome,
                now=now,
                keep_for=self.keep_for,
                notice_until=now + CLAIM_LEASE if notice else None,
            )
        )

    async def close_idle(self, now: datetime | None = None) -> list[HandoffCase]:
        """Close the open cases with no message either way for HANDOFF_IDLE_DAYS (one that just
        had a message stays open)."""
        quiet_since = (now or now_utc()) - self.idle_after
        return await self._close_each(
            lambda s: cases.quiet_cases(session=s, since=quiet_since),
            CaseOutcome.IDLE,
            now=now,
            quiet_since=quiet_since,
        )

    async def close_expiring(self, now: datetime | None = None) -> list[HandoffCase]:
        """Close the open cases the retention purge is about to close (it could not tell the
        villager: it deletes the chat link as it closes them)."""
        retention = timedelta(days=self.settings.retention_days)
        opened_before = (now or now_utc()) - retention + min(EXPIRY_NOTICE, retention / 2)
        return await self._close_each(
            lambda s: cases.open_cases_opened_before(session=s, before=opened_before),
            CaseOutcome.EXPIRED,
            now=now,
        )

    async def _close_each(
        self,
        find: Callable[[Session], list[HandoffCase]],
        outcome: CaseOutcome,
        *,
        now: datetime | None,
        quiet_since: datetime | None = None,
    ) -> list[HandoffCase]:
        """Close the cases found, each by this replica alone (a conditional UPDATE, as any
        close), with the close notice due and leased to this replica."""
        now = now or now_utc()

        def close(session: Session) -> list[HandoffCase]:
            closed = []
            for case in find(session):
                done = cases.close_case(
                    session=session,
                    case_id=case.id,
                    outcome=outcome,
                    now=now,
                    keep_for=self.keep_for,
                    quiet_since=quiet_since,
                    notice_until=now + CLAIM_LEASE,
                )
                if done is not None:
                    closed.append(done)
            return closed

        return await self._run(close)

    # ------------------------------------------------------------------ due times
    async def claim_due_replies(self, now: datetime | None = None) -> list[HandoffCase]:
        """Open cases whose answer is overdue, each claimed by this replica alone."""
        return await self._claim(HandoffCase.reply_due_at, now or now_utc())

    async def claim_due_purges(self, now: datetime | None = None) -> list[HandoffCase]:
        """Closed cases whose officers' messages are due to go, each claimed by this replica."""
        return await self._claim(HandoffCase.purge_due_at, now or now_utc())

    async def claim_due_close_notices(self, now: datetime | None = None) -> list[HandoffCase]:
        """Closed cases whose villager is still to be told (the closer crashed, or Telegram
        failed), each claimed by this replica; those tried for CLOSE_NOTICE_TRIED_FOR lose
        their chat link first."""
        now = now or now_utc()
        return await self._claim(
            HandoffCase.close_notice_due_at,
            now,
            before=lambda s: cases.give_up_close_notices(
                session=s, closed_before=now - CLOSE_NOTICE_TRIED_FOR
            ),
        )

    async def _claim(
        self, column, now: datetime, before: Callable[[Session], None] | None = None
    ) -> list[HandoffCase]:
        """Each due case leased to this replica for CLAIM_LEASE (bot.handoff.cases.claim)."""

        def claim(session: Session) -> list[HandoffCase]:
            if before is not None:
                before(session)
            claimed = []
            for case in cases.due_cases(session=session, column=column, now=now):
                if cases.claim(
                    session=session,
                    case_id=case.id,
                    column=column,
                    was=getattr(case, column.key),
                    until=now + CLAIM_LEASE,
                ):
                    claimed.append(case)
            return claimed

        return await self._run(claim)

    async def reply_notice_done(self, case_id: int) -> None:
        """The "no reply yet" notice went (or was not needed): it is due no more."""
        await self._set(case_id, reply_due_at=None)

    async def villager_told(self, case_id: int) -> None:
        """The close notice reached the villager (or never can): their chat link goes now."""
        await self._set(case_id, sealed_chat=None)

    async def close_notice_given(self, case_id: int) -> None:
        """The villager and the officers are told of the close: nothing of it is due any more,
        and the chat link is gone."""
        await self._run(
            lambda s: s.execute(
                update(HandoffCase)
                .where(HandoffCase.id == case_id)
                .values(sealed_chat=None, close_notice_due_at=None)
            )
        )

    async def purge_again(self, case_id: int, now: datetime) -> None:
        """Telegram did not answer: the deletion is due again in an hour."""
        await self._run(
            lambda s: s.execute(
                update(HandoffCase)
                .where(HandoffCase.id == case_id)
                .values(purge_due_at=now + timedelta(hours=1))
            )
        )

    async def messages_of(self, case_id: int) -> list[int]:
        return await self._run(lambda s: cases.message_ids_of(session=s, case_id=case_id))

    async def messages_deleted(self, case_id: int) -> None:
        def forget(session: Session) -> None:
            session.execute(
                update(HandoffCase)
                .where(HandoffCase.id == case_id)
                .values(officers_messages_deleted=True, purge_due_at=None)
            )
            session.execute(delete(HandoffMessage).where(HandoffMessage.case_id == case_id))

        await self._run(forget)
