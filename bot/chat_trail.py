"""The ids of recent messages in villagers' private chats, kept so that "Hapus jejak" can
delete them on both sides of the chat.

An id is stored sealed (bot.sealing, key CHAT_LINK_KEY) under the user's pseudonym, never
beside a chat id, and only while Telegram would still let the bot delete the message (48
hours). Ids are written in the background so that no reply waits for the database. While the
database is down they are dropped, not spooled: a lost id only means that the villager has to
delete that one message by hand, and nothing about their chat waits on disk.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.anonymise import pseudonymise
from bot.querylog import RecentMessage
from bot.retention import MESSAGE_IDS_KEPT, delete_user_message_ids, purge_expired_message_ids
from bot.sealing import Sealer

logger = logging.getLogger(__name__)

BATCH = 200


class ChatTrail:
    """Remembers message ids of private chats and hands them out once, for wiping the chat."""

    def __init__(
        self, sessions: sessionmaker[Session], *, sealer: Sealer, anon_secret: str
    ) -> None:
        self._sessions = sessions
        self._sealer = sealer
        self._anon_secret = anon_secret
        self._queue: asyncio.Queue[tuple[int, int, datetime]] | None = None
        self._worker: asyncio.Task | None = None

    def remember(self, chat_id: int, message_id: int) -> None:
        """Queue the id of a message in a private chat (either side); returns at once."""
        if self._queue is None:
            self._queue = asyncio.Queue()
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._work())
        self._queue.put_nowait((chat_id, message_id, datetime.now(timezone.utc)))

    async def drain(self) -> None:
        """Wait until every id queued so far is written (or dropped)."""
        if self._queue is not None:
            await self._queue.join()

    async def close(self) -> None:
        """Write what is queued, then stop the worker."""
        await self.drain()
        if self._worker is not None:
            self._worker.cancel()

    async def take(self, chat_id: int) -> list[int] | None:
        """The ids of this chat's messages from the last 48 hours, oldest first, forgotten as
        they are handed out; None when the database is unavailable."""
        await self.drain()
        pseudonym = self.pseudonym(chat_id)

        def take_sealed() -> list[str]:
            with self._sessions.begin() as session:
                sealed = list(
                    session.scalars(
                        select(RecentMessage.sealed_message_id)
                        .where(RecentMessage.user_pseudonym == pseudonym)
                        .order_by(RecentMessage.id)
                    )
                )
                delete_user_message_ids(session=session, user_pseudonym=pseudonym)
                return sealed

        try:
            sealed = await asyncio.to_thread(take_sealed)
        except SQLAlchemyError as error:
            logger.warning("could not read the kept message ids: %s", type(error).__name__)
            return None
        # A token older than 48 hours is refused even if a row outlived the purge.
        opened = (self._sealer.unseal(token, max_age=MESSAGE_IDS_KEPT) for token in sealed)
        return [int(message_id) for message_id in opened if message_id is not None]

    def pseudonym(self, chat_id: int) -> str:
        """The pseudonym the chat's ids are kept under.

        In a private chat the chat id is the user's id, so both sides of the chat fall under
        the user's own pseudonym, the one their query-log rows carry.
        """
        return pseudonymise(chat_id, self._anon_secret)

    async def _work(self) -> None:
        assert self._queue is not None
        while True:
            batch = [await self._queue.get()]
            while len(batch) < BATCH and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await asyncio.to_thread(self._write, batch)
            except Exception as error:  # the messages stay; only the bot cannot wipe them
                logger.warning(
                    "message ids not kept (%s): %d messages", type(error).__name__, len(batch)
                )
            finally:
                for _ in batch:
                    self._queue.task_done()

    def _write(self, batch: list[tuple[int, int, datetime]]) -> None:
        rows = [
            RecentMessage(
                user_pseudonym=self.pseudonym(chat_id),
                sent_at=sent_at,
                sealed_message_id=self._sealer.seal(str(message_id)),
            )
            for chat_id, message_id, sent_at in batch
        ]
        with self._sessions.begin() as session:
            # No id outlives the 48 hours, even where nobody runs the daily purge.
            purge_expired_message_ids(session=session)
            session.add_all(rows)
