"""The privacy proof, extended to cases (in process, no Rasa needed: nothing of a case goes to
Rasa). The villager of tests/e2e/test_privacy.py types the same planted personal data during a
case and shares their phone number; then the database (every table), the spool and the bot's
log are searched for it, while the case is open and after it closed. The officers get what was
sent by copyMessage (the bot's calls hold only the message ids), the phone number the villager
chose to share, and notes from the bot that name no one."""

from __future__ import annotations

import logging

from sqlalchemy import inspect, text

from bot import replies
from testkit.factories import (
    OFFICERS_CHAT_ID,
    VILLAGER,
    button_press,
    command_update,
    contact_update,
    officer_update,
    text_update,
)
from testkit.fake_telegram import FakeTelegram
from testkit.handoff import ALWAYS_OPEN
from testkit.inprocess import InProcessBot, bot_in_process
from testkit.planted import PLANTED_MESSAGES, personal_data_in

SHARED_PHONE = "+6281234567890"  # planted too: the e2e test's first phone number


def everything_kept(bot: InProcessBot) -> str:
    """Every row of every table, and the spool."""
    engine = bot.services.database.engine
    parts = []
    with engine.connect() as connection:
        for table in inspect(engine).get_table_names():
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).all()
            parts.append(f"{table}: {[tuple(row) for row in rows]!r}")
    spool = bot.services.settings.spool_path
    if spool.exists():
        parts.append(spool.read_text(errors="replace"))
    return "\n".join(parts)


async def test_no_personal_data_is_kept_from_a_case_and_officers_see_no_identity(tmp_path, caplog):
    caplog.set_level(logging.INFO)  # the level the bot logs at (bot/logs.py)
    telegram = FakeTelegram()
    telegram.make_forum(OFFICERS_CHAT_ID)
    async with bot_in_process(
        tmp_path,
        telegram=telegram,
        officers_chat_id=OFFICERS_CHAT_ID,
        flood_max_messages=100,
        telegram_group_max_rate=10_000,
        **ALWAYS_OPEN,
    ) as bot:
        await bot.send(command_update("/petugas"))
        await bot.send(button_press("petugas:setuju:report_case"))
        [thread_id] = telegram.topics(OFFICERS_CHAT_ID)
        for message in PLANTED_MESSAGES:
            await bot.send(text_update(message))
        await bot.send(contact_update(phone=SHARED_PHONE))
        await bot.send(officer_update("Terima kasih, kami hubungi.", thread_id=thread_id))
        await bot.services.log_writer.drain()
        while_open = everything_kept(bot)
        await bot.send(officer_update("/tutup dijawab", thread_id=thread_id))
        await bot.services.log_writer.drain()
        after_close = everything_kept(bot)

    # The relay really happened: every planted message was copied into the case.
    copies = [p for m, p in telegram.sent_to(OFFICERS_CHAT_ID, thread_id) if m == "copyMessage"]
    assert len(copies) == len(PLANTED_MESSAGES)
    assert "handoff_case" in while_open and "handed_off" in while_open
    log = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    assert personal_data_in(while_open) == []
    assert personal_data_in(after_close) == []
    assert personal_data_in(log) == []
    # What the officers read from the bot itself: no name, username or Telegram id, and the
    # phone number only in the note the contact button made.
    notes = [p["text"] for m, p in telegram.sent_to(OFFICERS_CHAT_ID) if m == "sendMessage"]
    phone_note = replies.OFFICERS_PHONE.format(phone=SHARED_PHONE)
    assert phone_note in notes
    assert personal_data_in("\n".join(n for n in notes if n != phone_note)) == []
    assert str(VILLAGER.id) not in repr(telegram.topics(OFFICERS_CHAT_ID))
    assert telegram.calls_to("forwardMessage") == []
