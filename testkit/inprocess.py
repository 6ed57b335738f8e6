"""The whole Telegram application in the test's own event loop: the Bot API and Rasa answered
through httpx.MockTransport, updates handed to `application.process_update` as polling would,
the query log in a real database (SQLite unless the test gives another)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select
from telegram import Update
from telegram.ext import Application
from telegram.request import HTTPXRequest

from bot.app import build_application
from bot.handlers import SERVICES_KEY
from bot.querylog import QueryLogRow
from bot.services import Services
from testkit.fake_telegram import FakeTelegram
from testkit.recorded_rasa import RecordedRasa
from testkit.settings import TEST_ANON_SECRET, make_settings
from testkit.stack import TEST_TOKEN

_update_ids = count(1)


@dataclass
class InProcessBot:
    application: Application
    telegram: FakeTelegram
    # The recorded Rasa, unless the test gave a transport of its own.
    rasa: RecordedRasa | None

    @property
    def services(self) -> Services:
        return self.application.bot_data[SERVICES_KEY]

    async def send(self, update: dict[str, Any]) -> None:
        """Handle one update (as the factories make them) to the end, as polling would."""
        update = {**update, "update_id": next(_update_ids)}
        self.telegram.note_incoming(update)
        await self.application.process_update(Update.de_json(update, self.application.bot))

    def texts_to(self, chat_id: int) -> list[str]:
        """What the bot sent the chat, in order."""
        return [m["text"] for m in self.telegram.sent_messages(chat_id)]

    async def rows(self) -> list[QueryLogRow]:
        """The query log, once the rows on their way are written."""
        await self.services.log_writer.drain()
        with self.services.sessions() as session:
            return list(session.scalars(select(QueryLogRow).order_by(QueryLogRow.id)))


def settings_in(tmp_path: Path) -> dict[str, Any]:
    """What every in-process bot of a test is given: its files in the test's folder."""
    return {
        "database_url": f"sqlite:///{tmp_path / 'querylog.sqlite3'}",
        "anon_secret": TEST_ANON_SECRET,
        "spool_path": tmp_path / "spool.jsonl",
        "posters_dir": tmp_path / "posters",
    }


@asynccontextmanager
async def bot_in_process(
    tmp_path: Path,
    *,
    rasa_transport: httpx.AsyncBaseTransport | None = None,
    telegram: FakeTelegram | None = None,
    **settings: Any,
) -> AsyncIterator[InProcessBot]:
    """The application as `python -m bot` runs it (post_init to post_shutdown), with Rasa's
    recorded replies unless another transport is given; settings override the test defaults."""
    telegram = telegram or FakeTelegram()
    rasa = None if rasa_transport is not None else RecordedRasa()
    values = settings_in(tmp_path) | {
        "telegram_bot_token": TEST_TOKEN,
        "telegram_api_url": telegram.url,
    }
    application = build_application(
        make_settings(**(values | settings)),
        request=HTTPXRequest(httpx_kwargs={"transport": telegram.transport()}),
        rasa_transport=rasa_transport or rasa.transport(),
    )
    async with application:
        await application.post_init(application)
        try:
            yield InProcessBot(application, telegram, rasa)
        finally:
            await application.post_shutdown(application)
    if rasa is not None and rasa.unrecorded:
        raise AssertionError(
            "Rasa was asked what testkit/recordings/rasa.json does not hold: "
            f"{rasa.unrecorded}; add the conversation there and run `make record-rasa`"
        )
