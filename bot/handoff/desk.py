"""The cases as the handlers and the sweeper use them: the database in a thread, the chat link
sealed. Nothing here is kept in the process: every replica reads the same rows. Due times and
the sweeper's closes are in bot.handoff.due_times, the base of CaseDesk."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff import cases
from bot.handoff.cases import OPEN, HandoffCase
from bot.handoff.due_times import DueTimes, T, now_utc
from bot.handoff.office_hours import OfficeHours
from bot.outcomes import TYPED_KINDS, Outcome
from bot.querylog import OutreachEvent, QueryLogRow
from bot.sealing import Sealer
from bot.settings import Settings

logger = logging.getLogger(__name__)

# The villager's questions the case opens with: this many, from this far back.
RECENT_QUESTIONS = 5
RECENT_WINDOW = timedelta(hours=24)
RECENT_TEXT_SHOWN = 300


@dataclass(frozen=True)
class Recent:
    """A question the villager asked the bot, as the query log keeps it (scrubbed)."""

    text: str
    intent: str | None


class CaseDesk(DueTimes):
    """Opens, finds, updates and closes cases; one per process (bot.services)."""

    def __init__(self, sessions: sessionmaker[Session], *, sealer: Sealer, settings: Settings):
        super().__init__(sessions, settings=settings)
        self._sealer = sealer
        self.hours = OfficeHours.of(settings)

    @property
    def officers_chat_id(self) -> int | None:
        return self.settings.officers_chat_id

    @property
    def reply_allowed(self) -> timedelta:
        return timedelta(minutes=self.settings.handoff_reply_due_minutes)

    # ------------------------------------------------------------------ the villager's side
    async def open_case_of(self, pseudonym: str) -> HandoffCase | None:
        return await self._run(lambda s: cases.open_case_of(session=s, user_pseudonym=pseudonym))

    async def latest_case_of(self, pseudonym: str) -> HandoffCase | None:
        return await self._run(lambda s: cases.latest_case_of(session=s, user_pseudonym=pseudonym))

    async def open(
        self, *, pseudonym: str, chat_id: int, district: str | None, reason: str
    ) -> HandoffCase | None:
        """A new open case, or None when the villager has one open already (on any replica)."""
        assert self.officers_chat_id is not None
        now = now_utc()
        case = HandoffCase(
            status=OPEN,
            user_pseudonym=pseudonym,
            sealed_chat=self._sealer.seal(str(chat_id)),
            district=district,
            reason=reason if reason in cases.REASONS else "menu",
            officers_chat_id=self.officers_chat_id,
            phone_shared=False,
            opened_at=now,
            last_message_at=now,
            reply_due_at=self.hours.reply_due(now, self.reply_allowed),
            officers_messages_deleted=False,
        )

        def add(session: Session) -> HandoffCase:
            session.add(case)
            session.flush()
            return case

        try:
            return await self._run(add)
        except IntegrityError:
            return None

    async def placed(self, case_id: int, *, topic_id: int | None, message_id: int) -> None:
        """Where the case lives in the officers' chat: its topic, and its opening message."""

        def place(session: Session) -> None:
            session.execute(
                update(HandoffCase)
                .where(HandoffCase.id == case_id)
                .values(topic_id=topic_id, opening_message_id=message_id)
            )
            cases.keep_message(session=session, case_id=case_id, officers_message_id=message_id)

        await self._run(place)

    async def keep(self, case_id: int, officers_message_id: int) -> None:
        await self._run(
            lambda s: cases.keep_message(
                session=s, case_id=case_id, officers_message_id=officers_message_id
            )
        )

    async def active(self, case_id: int) -> None:
        """A message went either way: the case is not idle."""
        await self._set(case_id, last_message_at=now_utc())

    async def phone_shared(self, case_id: int) -> None:
        await self._set(case_id, phone_shared=True)

    def chat_of(self, case: HandoffCase) -> int | None:
        """The villager's chat: while the case is open, and until the villager is told that it
        closed (bot.handoff.close_notice)."""
        if case.sealed_chat is None:
            return None
        chat = self._sealer.unseal(case.sealed_chat)
        return int(chat) if chat is not None else None

    # ------------------------------------------------------------------ the officers' side
    async def case_for(
        self, *, chat_id: int, topic_id: int | None, reply_to: int | None
    ) -> HandoffCase | None:
        """The case an officer's message belongs to: its topic's, else the one whose message it
        replies to."""

        def find(session: Session) -> HandoffCase | None:
            if topic_id is not None:
                case = cases.case_in_topic(
                    session=session, officers_chat_id=chat_id, topic_id=topic_id
                )
                if case is not None:
                    return case
            if reply_to is not None:
                return cases.case_of_message(
                    session=session, officers_chat_id=chat_id, officers_message_id=reply_to
                )
            return None

        return await self._run(find)

    async def replied(self, case_id: int) -> None:
        """An officer answered: the first answer's time is kept, no notice is due any more, the
        case is not idle."""
        now = now_utc()

        def mark(session: Session) -> None:
            session.execute(
                update(HandoffCase)
                .where(HandoffCase.id == case_id, HandoffCase.first_reply_at.is_(None))
                .values(first_reply_at=now)
            )
            session.execute(
                update(HandoffCase)
                .where(HandoffCase.id == case_id)
                .values(reply_due_at=None, last_message_at=now)
            )

        await self._run(mark)

    async def open_cases(self) -> list[HandoffCase]:
        return await self._run(
            lambda s: list(
                s.scalars(
                    select(HandoffCase).where(HandoffCase.status == OPEN).order_by(HandoffCase.id)
                )
            )
        )

    async def unlink_user(self, pseudonym: str) -> list[HandoffCase]:
        """/hapus: the villager's cases keep no pseudonym; the ones whose officers' messages are
        still there are returned, to delete now."""

        def unlink(session: Session) -> list[HandoffCase]:
            ids = cases.unlink_user_cases(session=session, user_pseudonym=pseudonym)
            return [c for c in (session.get(HandoffCase, i) for i in ids) if c is not None]

        return await self._run(unlink)

    # ------------------------------------------------------------------ what the case opens with
    async def district_of(self, pseudonym: str, event_code: str | None) -> str | None:
        """The villager's district: the newest one Rasa found in their questions, else their
        outreach event's."""

        def read(session: Session) -> str | None:
            district = session.scalar(
                select(QueryLogRow.kabupaten)
                .where(QueryLogRow.user_pseudonym == pseudonym, QueryLogRow.kabupaten.is_not(None))
                .order_by(QueryLogRow.created_at.desc(), QueryLogRow.id.desc())
                .limit(1)
            )
            if district is None and event_code is not None:
                district = session.scalar(
                    select(OutreachEvent.kabupaten).where(OutreachEvent.code == event_code)
                )
            return district

        return await self._safely(read, None)

    async def recent_questions(self, pseudonym: str) -> list[Recent]:
        """The villager's last few questions to the bot, oldest first, as the log keeps them."""
        since = now_utc() - RECENT_WINDOW

        def read(session: Session) -> list[Recent]:
            rows = session.execute(
                select(QueryLogRow.text, QueryLogRow.intent)
                .where(
                    QueryLogRow.user_pseudonym == pseudonym,
                    QueryLogRow.created_at >= since,
                    QueryLogRow.message_kind.in_(TYPED_KINDS),
                    # Rows of an older version's relays (kind "text", no text), from its spool.
                    QueryLogRow.outcome != Outcome.HANDED_OFF,
                )
                .order_by(QueryLogRow.created_at.desc(), QueryLogRow.id.desc())
                .limit(RECENT_QUESTIONS)
            ).all()
            return [Recent(text[:RECENT_TEXT_SHOWN], intent) for text, intent in reversed(rows)]

        return await self._safely(read, [])

    async def _safely(self, work: Callable[[Session], T], fallback: T) -> T:
        try:
            return await self._run(work)
        except Exception as error:  # the case opens all the same, with less to show
            logger.warning("hand-off: could not read the query log: %s", type(error).__name__)
            return fallback
