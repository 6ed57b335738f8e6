"""Talk to an officer: a whole case on the fake Bot API with two chats, the villager's and the
officers' forum supergroup."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

from bot import replies
from bot.handoff.emergency import emergency_answer
from bot.handoff.sweeper import sweep
from testkit.factories import (
    OFFICER,
    OFFICERS_CHAT_ID,
    SECOND_OFFICER,
    STRANGER,
    button_press,
    command_update,
    contact_update,
    document_update,
    new_group_chat,
    new_user,
    officer_update,
    officers_chat,
    sticker_update,
    text_update,
)
from testkit.handoff import ALWAYS_OPEN, cases, forum, in_topic, open_case
from testkit.inprocess import InProcessBot, bot_in_process


async def test_a_whole_case_from_request_to_close(desk, user):
    await desk.send(text_update("syarat jadi tki apa aja", user=user))
    await desk.send(command_update("/petugas", user=user))

    consent = desk.telegram.sent_messages(user.id)[-1]
    assert "nama, username dan nomor Telegram" in consent["text"]
    assert "Kabupaten/kota Anda: " + replies.HANDOFF_DISTRICT_UNKNOWN in consent["text"]
    assert not desk.telegram.calls_to("createForumTopic")  # nothing shared before consent

    await desk.send(button_press("petugas:setuju:menu", user=user))
    [(thread_id, name)] = desk.telegram.topics(OFFICERS_CHAT_ID).items()
    assert name == "K-0001 · tidak diketahui"
    opening = in_topic(desk, thread_id)[0][1]["text"]
    assert "syarat jadi tki apa aja" in opening and "Syarat" in opening  # the question, its topic
    assert "Siti" not in opening and "siti_plg_88" not in opening and str(user.id) not in opening
    assert "K-0001" in desk.texts_to(user.id)[-2]

    asked_rasa = len(desk.rasa.requests)
    await desk.send(
        text_update("agen saya Pak Darmawan minta 15 juta, wa 0812-3456-7890", user=user)
    )
    await desk.send(document_update(user=user, caption="ini kontraknya"))
    assert len(desk.rasa.requests) == asked_rasa  # Rasa is not asked during a case
    copies = [p for m, p in in_topic(desk, thread_id) if m == "copyMessage"]
    assert [int(c["from_chat_id"]) for c in copies] == [user.id, user.id]
    assert desk.telegram.calls_to("forwardMessage") == []

    await desk.send(officer_update("Jangan bayar dulu. Apa nama PT-nya?", thread_id=thread_id))
    answer = desk.texts_to(user.id)[-1]
    assert answer == "Petugas BP3MI:\nJangan bayar dulu. Apa nama PT-nya?"
    await desk.send(command_update("/kasus", user=user))
    assert replies.HANDOFF_STATUS_REPLIED in desk.texts_to(user.id)[-1]

    await desk.send(officer_update("/tutup dijawab", thread_id=thread_id))
    assert "K-0001 sudah ditutup" in desk.texts_to(user.id)[-1]
    [case] = await cases(desk)
    assert (case.status, case.outcome, case.sealed_chat) == ("closed", "answered", None)
    assert case.first_reply_at is not None and case.purge_due_at is not None
    assert desk.telegram.calls_to("closeForumTopic")

    # Back with the bot: the next question goes to Rasa again.
    await desk.send(text_update("apa itu tppo", user=user))
    assert desk.rasa.messages()[-1] == "apa itu tppo"
    rows = await desk.rows()
    handed_off = [r for r in rows if r.outcome == "handed_off"]
    assert [(r.message_kind, r.text) for r in handed_off] == [("handed_off", "")] * 2
    for sent in desk.telegram.sent_messages(user.id):
        assert "Rudi" not in sent["text"] and "rudi_bp3mi" not in sent["text"]


async def test_refusing_consent_shares_nothing_and_keeps_nothing(desk, user):
    await desk.send(command_update("/petugas", user=user))
    await desk.send(button_press("petugas:batal", user=user))

    assert desk.texts_to(user.id)[-1] == replies.HANDOFF_DECLINED
    assert desk.telegram.sent_to(OFFICERS_CHAT_ID) == []
    assert desk.telegram.calls_to("createForumTopic") == []
    assert await cases(desk) == []
    await desk.send(text_update("syarat jadi tki apa aja", user=user))
    assert desk.rasa.messages() == ["syarat jadi tki apa aja"]


async def test_a_stranger_posing_as_an_officer_reaches_no_villager(desk, user):
    thread_id = await open_case(desk, user)
    before = len(desk.texts_to(user.id))
    elsewhere = new_group_chat()

    # The same topic id in a forum of the stranger's own.
    for text in ("Bayar 5 juta ke rekening saya", "/tutup dijawab"):
        await desk.send(
            officer_update(
                text, officer=STRANGER, chat=elsewhere, thread_id=thread_id, topic_by=STRANGER
            )
        )
    stranger = new_user("Calo")
    await desk.send(command_update("/tutup dijawab", user=stranger))

    assert desk.texts_to(user.id)[before:] == []
    [case] = await cases(desk)
    assert case.is_open


async def test_the_offer_follows_the_emergency_answer_and_the_menu_has_the_button(desk, user):
    await desk.send(text_update("tolong saya disekap majikan paspor diambil", user=user))
    *_, emergency, safety, offer = desk.telegram.sent_messages(user.id)
    assert emergency["text"].startswith("🚨 DARURAT")
    assert safety["text"].startswith("Utamakan keselamatan")
    assert (
        offer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        == "petugas:tanya:emergency_help"
    )

    other = new_user()
    await desk.send(command_update("/menu", user=other))
    menu = desk.telegram.sent_messages(other.id)[-1]
    buttons = [b["callback_data"] for row in menu["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[-2:] == ["petugas:tanya:menu", "/hapus"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # the model's page for "talk to an officer"
        ("saya mau bicara dengan petugas", "ask_human_agent"),
        # a report answered with the report's own specific question (utter_report_case/...)
        ("saya mau lapor calo yang menipu warga desa kami", "report_case"),
    ],
)
async def test_the_offer_follows_a_typed_request_for_an_officer_or_a_report(
    desk, user, text, reason
):
    await desk.send(text_update(text, user=user))
    *_, answer, offer = desk.telegram.sent_messages(user.id)
    assert "petugas" in answer["text"].lower() or "lapor" in answer["text"].lower()
    assert offer["text"] == replies.HANDOFF_OFFER.format(label="Petugas BP3MI")
    assert offer["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == (
        f"petugas:tanya:{reason}"
    )


async def test_emergency_words_during_a_case_get_the_emergency_answer_first(desk, user):
    thread_id = await open_case(desk, user)
    asked_rasa = len(desk.rasa.requests)

    await desk.send(text_update("tolong saya dipukul majikan", user=user))

    assert desk.texts_to(user.id)[-2:] == list(emergency_answer())
    methods = [m for m, _ in in_topic(desk, thread_id)]
    assert methods[-2:] == ["sendMessage", "copyMessage"]
    assert in_topic(desk, thread_id)[-2][1]["text"] == replies.OFFICERS_URGENT
    assert len(desk.rasa.requests) == asked_rasa


async def test_the_phone_number_goes_only_when_shared_with_the_contact_button(desk, user):
    thread_id = await open_case(desk, user)
    share = desk.telegram.sent_messages(user.id)[-1]
    assert share["reply_markup"]["keyboard"][0][0]["request_contact"] is True
    assert all("0812" not in p.get("text", "") for _, p in in_topic(desk, thread_id))

    await desk.send(contact_update(user=user, phone="+6281299990000"))

    note = in_topic(desk, thread_id)[-1][1]
    assert note["text"] == replies.OFFICERS_PHONE.format(phone="+6281299990000")
    assert "Siti" not in note["text"]
    [case] = await cases(desk)
    assert case.phone_shared


async def test_two_officers_answering_both_reach_the_villager_in_order(desk, user):
    thread_id = await open_case(desk, user)
    await desk.send(officer_update("Selamat siang.", thread_id=thread_id))
    await desk.send(
        officer_update(
            "Saya tambahkan: simpan kontraknya.", officer=SECOND_OFFICER, thread_id=thread_id
        )
    )

    assert desk.texts_to(user.id)[-2:] == [
        "Petugas BP3MI:\nSelamat siang.",
        "Petugas BP3MI:\nSaya tambahkan: simpan kontraknya.",
    ]


async def test_officers_stickers_edits_and_photos_are_relayed_or_refused_clearly(desk, user):
    thread_id = await open_case(desk, user)
    before = len(desk.telegram.sent_to(user.id))

    await desk.send(officer_update(sticker=True, thread_id=thread_id))
    await desk.send(officer_update("diubah", thread_id=thread_id, edited=True))
    await desk.send(officer_update(photo=True, caption="Contoh kontrak resmi", thread_id=thread_id))

    notes = [p["text"] for _, p in in_topic(desk, thread_id)[-2:]]
    assert notes == [replies.OFFICERS_NOT_RELAYED, replies.OFFICERS_EDIT_NOT_RELAYED]
    [(method, photo)] = desk.telegram.sent_to(user.id)[before:]
    assert method == "copyMessage" and photo["caption"] == "Petugas BP3MI: Contoh kontrak resmi"


async def test_a_restart_in_the_middle_of_a_case_carries_it_on(tmp_path, user):
    telegram = forum()
    settings = {"officers_chat_id": OFFICERS_CHAT_ID, **ALWAYS_OPEN}
    async with bot_in_process(tmp_path, telegram=telegram, **settings) as first:
        thread_id = await open_case(first, user)
    async with bot_in_process(tmp_path, telegram=telegram, **settings) as second:
        await second.send(officer_update("Kami sudah cek PT-nya.", thread_id=thread_id))
        await second.send(text_update("terima kasih pak", user=user))

        assert second.texts_to(user.id)[-1] == "Petugas BP3MI:\nKami sudah cek PT-nya."
        assert in_topic(second, thread_id)[-1][0] == "copyMessage"
        assert second.rasa.requests == []


async def test_twenty_cases_open_at_once_each_in_its_own_topic(tmp_path):
    # Telegram's 20 messages a minute to one group would make this take minutes; the fake has
    # no such limit, and what is tested is that no case gets another's messages.
    async with bot_in_process(
        tmp_path,
        telegram=forum(),
        officers_chat_id=OFFICERS_CHAT_ID,
        telegram_group_max_rate=10_000,
        **ALWAYS_OPEN,
    ) as desk:
        await twenty_cases(desk)


async def twenty_cases(desk: InProcessBot) -> None:
    villagers = [new_user(f"Warga{i}") for i in range(20)]
    await asyncio.gather(*(open_case(desk, v) for v in villagers))
    topics = desk.telegram.topics(OFFICERS_CHAT_ID)
    assert len(topics) == 20
    open_cases = await cases(desk)
    assert len({c.topic_id for c in open_cases}) == 20

    await asyncio.gather(
        *(desk.send(text_update(f"pesan dari warga {i}", user=v)) for i, v in enumerate(villagers))
    )
    await asyncio.gather(
        *(
            desk.send(officer_update(f"balasan untuk kasus {c.number}", thread_id=c.topic_id))
            for c in open_cases
        )
    )
    for case in open_cases:
        villager = next(v for v in villagers if desk.services.handoff.chat_of(case) == v.id)
        assert (
            desk.texts_to(villager.id)[-1] == f"Petugas BP3MI:\nbalasan untuk kasus {case.number}"
        )
        copies = [p for m, p in in_topic(desk, case.topic_id) if m == "copyMessage"]
        assert [int(p["from_chat_id"]) for p in copies] == [villager.id]


async def test_an_unanswered_case_tells_the_villager_once_whichever_replica_sweeps(desk, user):
    thread_id = await open_case(desk, user)
    later = datetime.now(timezone.utc) + timedelta(hours=1)
    services = desk.services

    await asyncio.gather(
        sweep(desk.application.bot, services.handoff, services.trail, now=later),
        sweep(desk.application.bot, services.handoff, services.trail, now=later),
    )

    told = [t for t in desk.texts_to(user.id) if "belum membalas" in t]
    assert told == [replies.HANDOFF_NO_REPLY_YET.format(label="Petugas BP3MI", number="K-0001")]
    assert "0800-1000" in told[0]
    assert [p["text"] for _, p in in_topic(desk, thread_id)].count(
        replies.OFFICERS_NO_REPLY.format(number="K-0001", minutes=30)
    ) == 1
    # Done, the notice is due no more: not after the claim's lease either.
    await sweep(
        desk.application.bot, services.handoff, services.trail, now=later + timedelta(hours=1)
    )
    assert [t for t in desk.texts_to(user.id) if "belum membalas" in t] == told


async def test_a_closed_cases_topic_is_deleted_after_the_days_set(desk, user):
    thread_id = await open_case(desk, user)
    await desk.send(officer_update("/tutup polisi", thread_id=thread_id))
    services = desk.services

    await sweep(
        desk.application.bot,
        services.handoff,
        services.trail,
        now=datetime.now(timezone.utc) + timedelta(days=29),
    )
    assert desk.telegram.deleted_topics(OFFICERS_CHAT_ID) == []
    await sweep(
        desk.application.bot,
        services.handoff,
        services.trail,
        now=datetime.now(timezone.utc) + timedelta(days=31),
    )
    assert desk.telegram.deleted_topics(OFFICERS_CHAT_ID) == [thread_id]
    [case] = await cases(desk)
    assert case.officers_messages_deleted and case.outcome == "police"


async def test_hapus_during_a_case_closes_it_and_deletes_its_topic_now(desk, user):
    await desk.send(text_update("syarat jadi tki apa aja", user=user))
    thread_id = await open_case(desk, user)
    await desk.send(text_update("nama saya Siti", user=user))

    await desk.send(command_update("/hapus", user=user))
    await desk.send(button_press("hapus:ya", user=user))

    [case] = await cases(desk)
    assert (case.status, case.outcome) == ("closed", "deleted")
    assert case.sealed_chat is None and case.user_pseudonym is None
    assert desk.telegram.deleted_topics(OFFICERS_CHAT_ID) == [thread_id]
    assert [r for r in await desk.rows() if r.outcome == "handed_off"] == []


async def test_a_villager_who_blocked_the_bot_closes_the_case(desk, user):
    thread_id = await open_case(desk, user)
    desk.telegram.forbid(user.id)

    await desk.send(officer_update("Halo, masih di sana?", thread_id=thread_id))

    [case] = await cases(desk)
    assert case.outcome == "blocked" and case.sealed_chat is None
    assert in_topic(desk, thread_id)[-1][1]["text"] == replies.OFFICERS_BLOCKED.format(
        number="K-0001"
    )


async def test_an_unreachable_officers_chat_gives_the_call_centre(desk, user):
    desk.telegram.forbid(OFFICERS_CHAT_ID, "Forbidden: bot was kicked from the supergroup chat")

    await open_case_without_topic(desk, user)

    assert desk.texts_to(user.id)[-1] == replies.HANDOFF_UNREACHABLE
    assert "0800-1000" in replies.HANDOFF_UNREACHABLE
    [case] = await cases(desk)
    assert case.outcome == "unreachable"
    await desk.send(text_update("syarat jadi tki apa aja", user=user))
    assert desk.rasa.messages() == ["syarat jadi tki apa aja"]


async def open_case_without_topic(bot: InProcessBot, user) -> None:
    await bot.send(command_update("/petugas", user=user))
    await bot.send(button_press("petugas:setuju:report_case", user=user))


async def test_where_topics_are_off_officers_answer_by_replying(tmp_path, user):
    async with bot_in_process(tmp_path, officers_chat_id=OFFICERS_CHAT_ID, **ALWAYS_OPEN) as bot:
        await open_case_without_topic(bot, user)
        [case] = await cases(bot)
        assert case.topic_id is None and case.reason == "report_case"
        await bot.send(text_update("saya mau lapor calo", user=user))
        [(_, copy)] = [c for c in bot.telegram.sent_to(OFFICERS_CHAT_ID) if c[0] == "copyMessage"]
        assert copy["reply_parameters"]["message_id"] == case.opening_message_id
        copied_id = bot.telegram.chat_history(OFFICERS_CHAT_ID)[-1]
        chat = officers_chat(forum=False)

        await bot.send(officer_update("ngobrol sesama petugas", chat=chat))
        await bot.send(
            officer_update("Baik, kami bantu.", chat=chat, reply_to_message_id=copied_id)
        )

        assert bot.texts_to(user.id)[-1] == "Petugas BP3MI:\nBaik, kami bantu."
        assert "ngobrol" not in " ".join(bot.texts_to(user.id))


async def test_without_an_officers_chat_the_call_centre_answers_as_before(bot, user):
    await bot.send(command_update("/petugas", user=user))
    assert bot.texts_to(user.id)[-1] == replies.HANDOFF_UNAVAILABLE
    await bot.send(command_update("/menu", user=user))
    buttons = [
        b["callback_data"]
        for row in bot.telegram.sent_messages(user.id)[-1]["reply_markup"]["inline_keyboard"]
        for b in row
    ]
    assert not any(b.startswith("petugas:") for b in buttons)


async def test_the_villager_can_end_the_case_and_sees_its_status(desk, user):
    await desk.send(command_update("/kasus", user=user))
    assert desk.texts_to(user.id)[-1] == replies.HANDOFF_STATUS_NONE
    thread_id = await open_case(desk, user)
    await desk.send(command_update("/menu", user=user))
    assert desk.texts_to(user.id)[-1] == replies.HANDOFF_ALREADY_OPEN.format(number="K-0001")

    await desk.send(command_update("/selesai", user=user))

    assert desk.texts_to(user.id)[-1] == replies.HANDOFF_ENDED.format(number="K-0001")
    assert "Warga menutup kasus K-0001" in in_topic(desk, thread_id)[-1][1]["text"]
    await desk.send(command_update("/kasus", user=user))
    assert "sudah ditutup (ditutup oleh Anda)" in desk.texts_to(user.id)[-1]
    await desk.send(officer_update("halo?", thread_id=thread_id))
    assert in_topic(desk, thread_id)[-1][1]["text"] == replies.OFFICERS_CASE_CLOSED.format(
        number="K-0001"
    )
    assert desk.texts_to(user.id)[-1] != "Petugas BP3MI:\nhalo?"


async def test_a_sticker_from_the_villager_reaches_the_case_and_not_rasa(desk, user):
    thread_id = await open_case(desk, user)
    await desk.send(sticker_update(user=user))
    assert in_topic(desk, thread_id)[-1][0] == "copyMessage"
    assert desk.rasa.requests == []


async def test_close_without_an_outcome_says_how(desk, user):
    thread_id = await open_case(desk, user)
    await desk.send(officer_update("/tutup", thread_id=thread_id))
    assert in_topic(desk, thread_id)[-1][1]["text"] == replies.OFFICERS_CLOSE_HOW
    [case] = await cases(desk)
    assert case.is_open
    _ = OFFICER
