"""The hand-off's edges, found by the security and officers' review: odd messages on either side,
Telegram's refusals, failures that must not go unsaid, and cases left idle."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from bot import replies
from bot.handoff.emergency import emergency_answer
from bot.handoff.sweeper import sweep
from testkit.factories import (
    OFFICERS_CHAT_ID,
    auto_delete_timer_update,
    button_press,
    command_update,
    officer_update,
    text_update,
)
from testkit.handoff import ALWAYS_OPEN, cases, forum, in_topic, open_case
from testkit.inprocess import bot_in_process

COPY_REFUSED = {
    "ok": False,
    "error_code": 400,
    "description": "Bad Request: message has protected content and can't be forwarded",
}


def days_later(days: float) -> datetime:
    return datetime.now(timezone.utc) + timedelta(days=days)


def bad_request(description: str) -> tuple[int, dict]:
    return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {description}"}


async def test_a_service_message_during_a_case_is_not_relayed_and_closes_nothing(desk, user):
    thread_id = await open_case(desk, user)
    before_topic, before_villager = len(in_topic(desk, thread_id)), len(desk.texts_to(user.id))

    await desk.send(auto_delete_timer_update(user=user))

    assert in_topic(desk, thread_id)[before_topic:] == []
    assert desk.texts_to(user.id)[before_villager:] == []
    [case] = await cases(desk)
    assert case.is_open


async def test_a_message_telegram_will_not_copy_asks_to_type_it_and_keeps_the_case(desk, user):
    thread_id = await open_case(desk, user)
    desk.telegram.fail_next("copyMessage", (400, COPY_REFUSED))

    await desk.send(text_update("ini pesan yang diteruskan dari agen", user=user))

    assert desk.texts_to(user.id)[-1] == replies.HANDOFF_CANNOT_RELAY
    [case] = await cases(desk)
    assert case.is_open and case.sealed_chat is not None
    await desk.send(text_update("agennya minta 15 juta", user=user))
    assert in_topic(desk, thread_id)[-1][0] == "copyMessage"


async def test_a_deleted_topic_closes_the_case_as_unreachable(desk, user):
    await open_case(desk, user)
    desk.telegram.fail_next("copyMessage", bad_request("message thread not found"))

    await desk.send(text_update("halo pak", user=user))

    assert desk.texts_to(user.id)[-1] == replies.HANDOFF_UNREACHABLE
    [case] = await cases(desk)
    assert case.outcome == "unreachable"


async def test_a_removed_bot_closes_the_case_as_unreachable(desk, user):
    await open_case(desk, user)
    desk.telegram.forbid(OFFICERS_CHAT_ID, "Forbidden: bot was kicked from the supergroup chat")

    await desk.send(text_update("halo pak", user=user))

    [case] = await cases(desk)
    assert case.outcome == "unreachable"


async def test_danger_words_after_a_slash_get_the_emergency_answer_and_reach_the_officers(
    desk, user
):
    thread_id = await open_case(desk, user)

    await desk.send(command_update("/tolong saya disekap", user=user))

    assert desk.texts_to(user.id)[-2:] == list(emergency_answer())
    assert [m for m, _ in in_topic(desk, thread_id)[-2:]] == ["sendMessage", "copyMessage"]
    assert in_topic(desk, thread_id)[-2][1]["text"] == replies.OFFICERS_URGENT


async def test_danger_words_in_a_command_of_the_case_get_the_emergency_answer_and_the_command(
    desk, user
):
    """The command is read from the villager's message, not from the answer sent before it."""
    thread_id = await open_case(desk, user)
    relayed = len(in_topic(desk, thread_id))

    await desk.send(command_update("/privasi tolong saya disekap", user=user))

    texts = desk.texts_to(user.id)
    answer = list(emergency_answer())
    assert any(texts[i : i + 2] == answer for i in range(len(texts)))
    assert len(in_topic(desk, thread_id)) == relayed  # left to the command, not relayed


async def test_danger_words_over_the_flood_limit_still_get_the_emergency_answer(tmp_path, user):
    async with bot_in_process(
        tmp_path,
        telegram=forum(),
        officers_chat_id=OFFICERS_CHAT_ID,
        flood_max_messages=2,
        **ALWAYS_OPEN,
    ) as bot:
        thread_id = await open_case(bot, user)
        for number in range(4):
            await bot.send(text_update(f"pesan {number}", user=user))
        assert replies.SLOW_DOWN in bot.texts_to(user.id)

        await bot.send(text_update("tolong saya dipukul majikan", user=user))

        assert bot.texts_to(user.id)[-2:] == list(emergency_answer())
        assert in_topic(bot, thread_id)[-2][1]["text"] == replies.OFFICERS_URGENT


async def test_an_officers_reply_that_fails_is_not_silent(desk, user, caplog):
    thread_id = await open_case(desk, user)
    before = len(desk.texts_to(user.id))
    with desk.services.database.engine.begin() as connection:  # the database failing
        connection.execute(text("ALTER TABLE handoff_message RENAME TO handoff_message_away"))

    await desk.send(officer_update("Jangan bayar dulu, Bu Siti.", thread_id=thread_id))

    assert desk.texts_to(user.id)[before:] == []
    assert in_topic(desk, thread_id)[-1][1]["text"] == replies.OFFICERS_NOT_HANDLED
    [record] = [r for r in caplog.records if "was not handled" in r.getMessage()]
    assert record.getMessage().endswith("case K-0001 was not handled: OperationalError")


async def test_a_quiet_case_closes_by_itself_once_whichever_replica_sweeps(desk, user):
    thread_id = await open_case(desk, user)
    await desk.send(text_update("halo pak", user=user))
    services, bot = desk.services, desk.application.bot
    before = len(desk.texts_to(user.id))

    await sweep(bot, services.handoff, services.trail, now=days_later(6))
    [case] = await cases(desk)
    assert case.is_open

    later = days_later(8)
    await asyncio.gather(
        sweep(bot, services.handoff, services.trail, now=later),
        sweep(bot, services.handoff, services.trail, now=later),
    )

    [case] = await cases(desk)
    assert (case.status, case.outcome, case.sealed_chat) == ("closed", "idle", None)
    told = [
        m for m in desk.telegram.sent_messages(user.id)[before:] if "ditutup otomatis" in m["text"]
    ]
    assert [m["text"] for m in told] == [
        replies.HANDOFF_IDLE_CLOSED.format(number="K-0001", days=7)
    ]
    assert "/petugas" in told[0]["text"]
    assert told[0]["reply_markup"] == {"remove_keyboard": True}  # the share-phone keyboard goes
    notes = [p.get("text") for _, p in in_topic(desk, thread_id)]
    assert (
        notes.count(replies.OFFICERS_IDLE_CLOSED.format(number="K-0001", days=7, keep_days=30)) == 1
    )
    assert desk.telegram.calls_to("closeForumTopic")
    await desk.send(text_update("apa itu tppo", user=user))  # back with the bot
    assert desk.rasa.messages()[-1] == "apa itu tppo"


async def test_the_reminder_during_a_case_says_how_to_go_back_to_the_bot(desk, user):
    await open_case(desk, user)

    await desk.send(command_update("/menu", user=user))

    assert "/selesai" in desk.texts_to(user.id)[-1]


async def test_a_topic_telegram_would_not_delete_is_tried_again_later(desk, user):
    thread_id = await open_case(desk, user)
    await desk.send(officer_update("/tutup dijawab", thread_id=thread_id))
    services, bot = desk.services, desk.application.bot
    desk.telegram.fail_next("deleteForumTopic", bad_request("not enough rights to manage topics"))

    await sweep(bot, services.handoff, services.trail, now=days_later(31))

    [case] = await cases(desk)
    assert not case.officers_messages_deleted and case.purge_due_at is not None
    assert desk.telegram.topics(OFFICERS_CHAT_ID) == {thread_id: "K-0001 · tidak diketahui"}
    await sweep(bot, services.handoff, services.trail, now=days_later(32))
    assert desk.telegram.deleted_topics(OFFICERS_CHAT_ID) == [thread_id]
    [case] = await cases(desk)
    assert case.officers_messages_deleted


async def test_a_topic_deleted_by_hand_counts_as_gone(desk, user):
    thread_id = await open_case(desk, user)
    await desk.send(officer_update("/tutup dijawab", thread_id=thread_id))
    services, bot = desk.services, desk.application.bot
    desk.telegram.fail_next("deleteForumTopic", bad_request("TOPIC_ID_INVALID"))

    await sweep(bot, services.handoff, services.trail, now=days_later(31))

    [case] = await cases(desk)
    assert case.officers_messages_deleted and case.purge_due_at is None


async def test_a_reopened_case_shows_the_villagers_questions_not_their_relayed_messages(desk, user):
    await desk.send(text_update("syarat jadi tki apa aja", user=user))
    first = await open_case(desk, user)
    for number in range(6):
        await desk.send(text_update(f"pesan untuk petugas {number}", user=user))
    await desk.send(officer_update("/tutup dijawab", thread_id=first))

    second = await open_case(desk, user)

    opening = in_topic(desk, second)[0][1]["text"]
    assert "• syarat jadi tki apa aja" in opening
    assert "• \n" not in opening and "• (" not in opening
    rows = [r for r in await desk.rows() if r.outcome == "handed_off"]
    assert {(r.message_kind, r.text) for r in rows} == {("handed_off", "")}


async def test_an_anonymous_admins_reply_is_refused_with_a_note_not_dropped(desk, user):
    thread_id = await open_case(desk, user)
    before = len(desk.texts_to(user.id))

    await desk.send(officer_update("Jangan bayar dulu.", thread_id=thread_id, anonymous=True))
    await desk.send(officer_update("/tutup dijawab", thread_id=thread_id, anonymous=True))

    assert desk.texts_to(user.id)[before:] == []
    assert [p["text"] for _, p in in_topic(desk, thread_id)[-2:]] == [
        replies.OFFICERS_ANONYMOUS
    ] * 2
    [case] = await cases(desk)
    assert case.is_open


async def test_a_long_officers_reply_reaches_the_villager_whole_in_parts(desk, user):
    thread_id = await open_case(desk, user)
    before = len(desk.texts_to(user.id))
    long_reply = ("Langkah yang perlu Ibu lakukan sekarang. " * 120).strip()  # 4,919 characters

    await desk.send(officer_update(long_reply, thread_id=thread_id))

    parts = desk.texts_to(user.id)[before:]
    assert len(parts) == 2 and all(len(part) <= 4_096 for part in parts)
    assert " ".join(parts) == f"Petugas BP3MI:\n{long_reply}"
    notes = [p.get("text") for _, p in in_topic(desk, thread_id)]
    assert replies.OFFICERS_NOT_DELIVERED not in notes


async def test_a_long_caption_follows_the_officers_photo_as_text(desk, user):
    thread_id = await open_case(desk, user)
    before = len(desk.telegram.sent_to(user.id))
    caption = "Ini contoh kontrak resmi. " * 45  # over Telegram's 1,024

    await desk.send(officer_update(photo=True, caption=caption, thread_id=thread_id))

    [(copy, photo), (send, note)] = desk.telegram.sent_to(user.id)[before:]
    assert (copy, photo["caption"]) == ("copyMessage", "Petugas BP3MI")
    assert (send, note["text"]) == ("sendMessage", f"Petugas BP3MI:\n{caption}")


async def test_a_case_handed_to_the_police_tells_the_villager_what_to_do_next(desk, user):
    thread_id = await open_case(desk, user)

    await desk.send(officer_update("/tutup polisi", thread_id=thread_id))

    told = desk.telegram.sent_messages(user.id)[-1]
    assert told["text"].count("K-0001") == 3 and "110" in told["text"]
    assert "/petugas" in told["text"] and "{" not in told["text"]
    assert told["reply_markup"] == {"remove_keyboard": True}


async def test_a_case_referred_to_bp3mi_or_disnaker_tells_the_villager_where_to_go(desk, user):
    thread_id = await open_case(desk, user)

    await desk.send(officer_update("/tutup disnaker", thread_id=thread_id))

    told = desk.texts_to(user.id)[-1]
    assert "nomor kasus K-0001 dan sebutkan nomor ini kalau Anda datang ke kantor BP3MI" in told


@pytest.mark.parametrize("word", ["warga_tidak_membalas", "tanpa_balasan"])
async def test_the_villager_stopped_answering_is_said_without_blaming_them(desk, user, word):
    thread_id = await open_case(desk, user)

    await desk.send(officer_update(f"/tutup {word}", thread_id=thread_id))

    [case] = await cases(desk)
    assert case.outcome == "no_reply"
    told = desk.texts_to(user.id)[-1]
    assert "dari Anda" not in told and "tidak berlanjut" in told


async def test_the_consent_says_how_long_the_officers_chat_keeps_the_messages(desk, user):
    await desk.send(command_update("/petugas", user=user))

    consent = desk.texts_to(user.id)[-1]
    assert "sampai 30 hari setelah kasus ditutup" in consent and "/hapus" in consent
    assert "disamarkan" in consent and "sudah dihapus" not in consent


HANDOFF_TEXTS = [name for name in dir(replies) if name.startswith("HANDOFF_")]


@pytest.mark.parametrize("name", HANDOFF_TEXTS)
def test_who_gives_villagers_a_number_gives_the_one_that_works_from_abroad(name):
    text = str(getattr(replies, name))
    if "0800-1000" in text or "110" in text:
        assert "+62-21-2924-4800" in text, name


@pytest.mark.parametrize("name", HANDOFF_TEXTS)
def test_no_hand_off_text_promises_an_answer_by_a_time(name):
    assert "paling lambat" not in str(getattr(replies, name)), name


async def test_an_edited_close_command_closes_nothing(desk, user):
    thread_id = await open_case(desk, user)

    await desk.send(officer_update("/tutup dijawab", thread_id=thread_id, edited=True))

    [case] = await cases(desk)
    assert case.is_open
    assert in_topic(desk, thread_id)[-1][1]["text"] == replies.OFFICERS_EDIT_NOT_RELAYED


async def test_a_close_command_for_another_bot_is_not_obeyed_nor_relayed(desk, user):
    thread_id = await open_case(desk, user)
    before = len(desk.texts_to(user.id))

    await desk.send(officer_update("/tutup@bot_lain dijawab", thread_id=thread_id))
    await desk.send(officer_update("/", thread_id=thread_id))

    [case] = await cases(desk)
    assert case.is_open and desk.texts_to(user.id)[before:] == []
    await desk.send(officer_update("/tutup@PMI_Sumsel_Bot dijawab", thread_id=thread_id))
    [case] = await cases(desk)
    assert case.outcome == "answered"


async def test_a_forward_in_a_case_topic_is_refused_with_a_note(desk, user):
    thread_id = await open_case(desk, user)
    before = len(desk.texts_to(user.id))

    await desk.send(
        officer_update(
            "Lowongan Malaysia, hubungi Pak Darmawan", thread_id=thread_id, forwarded=True
        )
    )
    await desk.send(officer_update("/tutup dijawab", thread_id=thread_id, forwarded=True))

    assert desk.texts_to(user.id)[before:] == []
    notes = [p["text"] for _, p in in_topic(desk, thread_id)[-2:]]
    assert notes == [replies.OFFICERS_FORWARD_NOT_RELAYED] * 2
    [case] = await cases(desk)
    assert case.is_open


async def test_an_edited_villager_message_reaches_the_case_with_a_note(desk, user):
    thread_id = await open_case(desk, user)
    await desk.send(text_update("agennya minta 5 juta", user=user))

    await desk.send(text_update("agennya minta 15 juta", user=user, edited=True))

    methods = [(m, p.get("text")) for m, p in in_topic(desk, thread_id)[-2:]]
    assert methods == [("sendMessage", replies.OFFICERS_VILLAGER_EDITED), ("copyMessage", None)]


@pytest.mark.parametrize("choice", ["hapus:ya", "hapus:jejak"])
async def test_hapus_during_a_case_removes_the_share_phone_keyboard(desk, user, choice):
    await desk.send(text_update("syarat jadi tki apa aja", user=user))  # a conversation to forget
    await open_case(desk, user)
    assert desk.telegram.sent_messages(user.id)[-1]["reply_markup"]["keyboard"]

    await desk.send(command_update("/hapus", user=user))
    await desk.send(button_press(choice, user=user))

    assert desk.telegram.sent_messages(user.id)[-1]["reply_markup"] == {"remove_keyboard": True}


async def test_a_case_about_to_expire_is_closed_and_the_villager_told(tmp_path, user):
    async with bot_in_process(
        tmp_path,
        telegram=forum(),
        officers_chat_id=OFFICERS_CHAT_ID,
        retention_days=30,
        handoff_idle_days=365,
        **ALWAYS_OPEN,
    ) as bot:
        thread_id = await open_case(bot, user)
        services, application_bot = bot.services, bot.application.bot

        await sweep(application_bot, services.handoff, services.trail, now=days_later(28))
        [case] = await cases(bot)
        assert case.is_open
        await sweep(application_bot, services.handoff, services.trail, now=days_later(29.5))

        [case] = await cases(bot)
        assert (case.outcome, case.sealed_chat) == ("expired", None)
        told = bot.telegram.sent_messages(user.id)[-1]
        assert told["text"] == replies.HANDOFF_EXPIRED_CLOSED.format(number="K-0001")
        assert told["reply_markup"] == {"remove_keyboard": True}
        assert in_topic(bot, thread_id)[-1][1]["text"] == replies.OFFICERS_EXPIRED_CLOSED.format(
            number="K-0001", keep_days=30
        )
