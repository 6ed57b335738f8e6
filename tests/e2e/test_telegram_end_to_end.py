"""An update goes in, the reply comes out, the row is in the database, no personal data in it."""

from __future__ import annotations

import time

import httpx
import pytest
from sqlalchemy import create_engine, select, text

from bot import replies
from bot.anonymise import pseudonymise
from bot.querylog import QueryLogRow
from tests.e2e.conftest import CHANNEL_HEADERS, wait_until
from tests.factories import (
    OTHER_VILLAGER,
    VILLAGER,
    button_press,
    command_update,
    group_chat,
    group_text_update,
    sticker_update,
    text_update,
)
from tests.querylog_rows import add_events, open_log

pytestmark = pytest.mark.e2e
CHAT = VILLAGER.id
EVENT_CODE = "sosialisasi-oki-2026"


@pytest.fixture(scope="module")
def bot(rasa_stack, start_bot, database_url):
    # The deep link's event is registered first: the bot keeps only registered events' codes.
    sessions = open_log(database_url)
    add_events(sessions, EVENT_CODE)
    sessions.kw["bind"].dispose()
    # One villager sends many messages in this module: the flood limit is tested on its own.
    return start_bot(rasa_stack.url, database_url, FLOOD_MAX_MESSAGES="1000")


def rows(database_url: str) -> list[QueryLogRow]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(select(QueryLogRow.__table__).order_by(QueryLogRow.id)))
    finally:
        engine.dispose()


def whole_database_as_text(database_url: str) -> str:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return "\n".join(
                str(tuple(row)) for row in connection.execute(text("SELECT * FROM query_log"))
            )
    finally:
        engine.dispose()


def exchange(bot, update: dict, replies: int = 1, *, logged: bool = True) -> list[dict]:
    """Send one update, wait for the bot's replies to it and for its row in the query log
    (rows are written after the reply has gone out)."""
    rows_before = len(rows(bot.database_url))
    before = len(bot.telegram.sent_messages(CHAT))
    bot.telegram.push_update(update)
    answers = bot.telegram.wait_for_messages(CHAT, before + replies)[before:]
    if logged:
        wait_until(lambda: len(rows(bot.database_url)) > rows_before, 20, "query-log row")
    return answers


def test_start_with_a_deep_link_welcomes_with_the_topic_buttons_and_records_the_event(bot):
    [welcome] = exchange(bot, command_update(f"/start {EVENT_CODE}"))

    assert "selamat datang" in welcome["text"].lower()
    assert "@pmi_sumsel_bot" in welcome["text"]  # the one official account, from getMe
    buttons = [b for row in welcome["reply_markup"]["inline_keyboard"] for b in row]
    assert {"/ask_requirements", "/emergency_help", "/check_job_offer", "/hapus"} <= {
        b["callback_data"] for b in buttons
    }
    last = rows(bot.database_url)[-1]
    assert (last.event_code, last.intent, last.message_kind) == (
        EVENT_CODE,
        "greet",
        "start",
    )


def test_privasi_says_what_is_kept_for_how_long_and_how_to_delete_it(bot):
    [notice] = exchange(bot, command_update("/privasi"))

    assert "180 hari" in notice["text"] and "/hapus" in notice["text"]
    assert rows(bot.database_url)[-1].intent == "ask_privacy"


def test_a_question_with_personal_data_is_answered_and_logged_scrubbed(bot):
    [answer] = exchange(
        bot,
        text_update(
            "syarat jadi tki apa aja? wa saya 0812-3456-7890, nik 1671012345678901, siti.aminah@gmail.com"
        ),
    )

    assert "18 tahun" in answer["text"]
    last = rows(bot.database_url)[-1]
    assert last.intent == "ask_requirements" and last.confidence > 0.5
    assert last.responses == ["utter_requirements"]
    assert last.event_code == EVENT_CODE  # remembered from the deep link
    assert "<PHONE>" in last.text and "<NIK>" in last.text and "<EMAIL>" in last.text
    assert last.latency_ms >= 0
    everything = whole_database_as_text(bot.database_url)
    for personal in (
        # Not "0812" alone: four hex digits of a random pseudonym can read so.
        "0812-3456",
        "3456-7890",
        "1671012345678901",
        "siti.aminah",
        str(VILLAGER.id),
        "Siti",
        "Aminah",
        "siti_plg_88",
    ):
        assert personal not in everything
    assert str(VILLAGER.id) not in bot.log() and "siti_plg_88" not in bot.log()


def test_a_button_press_goes_to_rasa_and_its_keyboard_is_removed(bot):
    [answer] = exchange(bot, button_press("/ask_warning_signs"))

    assert "ciri" in answer["text"].lower()
    assert bot.telegram.calls_to("answerCallbackQuery")
    assert bot.telegram.calls_to("editMessageReplyMarkup")
    last = rows(bot.database_url)[-1]
    assert (last.message_kind, last.intent) == ("button", "ask_warning_signs")


def test_an_emergency_gets_the_numbers(bot):
    [answer] = exchange(bot, text_update("tolong saya disekap majikan paspor diambil"))

    assert "110" in answer["text"] and "0800-1000" in answer["text"]
    assert rows(bot.database_url)[-1].intent == "emergency_help"


def test_a_sticker_gets_a_friendly_request_for_text(bot):
    [answer] = exchange(bot, sticker_update())

    assert "ketik" in answer["text"].lower()
    assert rows(bot.database_url)[-1].message_kind == "sticker"


def test_emoji_only_gets_a_friendly_request_for_text(bot):
    [answer] = exchange(bot, text_update("🙏🙏😭"))

    assert "ketik" in answer["text"].lower()
    assert rows(bot.database_url)[-1].message_kind == "emoji"


def test_the_job_offer_checker_stops_at_the_first_dangerous_answer(bot):
    exchange(
        bot, text_update("ada yang nawarin kerja di kamboja gaji 15 juta, aman gak"), replies=2
    )
    [second_question] = exchange(bot, button_press("/affirm"))  # a licensed company, it says
    [verdict] = exchange(bot, button_press("/affirm"))  # ... to Cambodia

    assert second_question["text"].startswith("2/11")
    assert "BERBAHAYA" in verdict["text"]
    assert "Kamboja" in verdict["text"]
    assert verdict["reply_markup"]["inline_keyboard"]


def test_dont_know_in_the_checker_is_never_reassuring(bot):
    exchange(bot, text_update("cek tawaran kerja dong"), replies=2)
    answers = ["/affirm", "/deny", "/affirm", "/deny", "/deny", "/deny", "/deny", "/deny", "/deny"]
    for answer in answers:
        exchange(bot, button_press(answer))
    exchange(bot, text_update("gak tau kak"))  # the contract
    [verdict] = exchange(bot, button_press("/deny"))

    assert "CEK DULU" in verdict["text"]
    assert "kontrak" in verdict["text"].lower()


def test_a_very_long_message_is_answered(bot):
    [answer] = exchange(bot, text_update("cara lapor calo " + "tolong dibantu " * 300))

    assert answer["text"]
    assert len(rows(bot.database_url)[-1].text) <= 4096


def test_when_rasa_is_down_the_user_gets_an_apology_with_the_numbers_and_the_row_is_kept(
    start_bot, database_url, tmp_path
):
    closed_port = "http://127.0.0.1:9"  # discard port: nothing listens
    bot = start_bot(closed_port, database_url)

    [answer] = exchange(bot, text_update("syarat jadi pmi"))

    assert (
        "gangguan" in answer["text"] and "110" in answer["text"] and "0800-1000" in answer["text"]
    )
    last = rows(database_url)[-1]
    assert last.outcome == "rasa_unavailable" and last.responses == ["bot_rasa_unavailable"]
    assert "Traceback" not in answer["text"]


def test_hapus_jejak_pressed_in_a_group_is_answered_only_to_the_one_who_pressed_it(bot):
    group = group_chat().id
    answers_before = len(bot.telegram.calls_to("answerCallbackQuery"))
    said_before = len(bot.telegram.sent_messages(group))
    bot.telegram.push_update(button_press("/hapus", chat=group_chat()))
    wait_until(
        lambda: len(bot.telegram.calls_to("answerCallbackQuery")) > answers_before,
        20,
        "the answer",
    )

    [answer] = bot.telegram.calls_to("answerCallbackQuery")[answers_before:]
    assert "chat pribadi" in answer["text"] and answer["show_alert"] in (True, "true")
    time.sleep(1)  # nothing is said in the group, now or late
    assert len(bot.telegram.sent_messages(group)) == said_before
    assert bot.telegram.deleted_messages(group) == []


def test_in_a_group_the_bot_answers_only_when_addressed(bot):
    group = group_chat().id
    bot.telegram.push_update(group_text_update("ada yang tau harga karet hari ini?"))
    bot.telegram.push_update(group_text_update("@pmi_sumsel_bot syarat jadi tki apa aja"))
    [answer] = bot.telegram.wait_for_messages(group, 1)
    bot.telegram.push_update(group_text_update("kalau biayanya berapa?", reply_to_bot=True))
    answers = bot.telegram.wait_for_messages(group, 2)

    assert "18 tahun" in answer["text"]
    assert "biaya" in answers[1]["text"].lower()
    time.sleep(1)  # the unaddressed message must not have been answered late
    assert len(bot.telegram.sent_messages(group)) == 2


def test_in_a_group_typed_intent_syntax_is_read_as_text_not_as_an_intent(bot):
    group = group_chat().id
    said_before = len(bot.telegram.sent_messages(group))
    rows_before = len(rows(bot.database_url))
    forged = '/inform_location{"kabupaten":"' + "x" * 300 + '"}'

    bot.telegram.push_update(group_text_update(f"@pmi_sumsel_bot {forged}"))

    bot.telegram.wait_for_messages(group, said_before + 1)
    wait_until(lambda: len(rows(bot.database_url)) > rows_before, 20, "query-log row")
    last = rows(bot.database_url)[-1]
    # Rasa reads an /intent payload with full confidence and without the NLU.
    assert (last.intent, last.confidence) != ("inform_location", 1.0)
    assert last.kabupaten is None and not last.text.startswith("/")


def test_an_edited_question_is_answered_again(bot):
    [answer] = exchange(bot, text_update("apa itu tppo", edited=True))

    assert "UU 21/2007" in answer["text"]
    assert rows(bot.database_url)[-1].message_kind == "edited"


def test_a_broken_deep_link_still_gets_the_welcome(bot):
    exchange(bot, command_update(f"/start {EVENT_CODE}"))
    # Malformed, and well formed but no registered event's code.
    for broken in ("<script>alert(1)</script>", "081234567890"):
        [welcome] = exchange(bot, command_update(f"/start {broken}"))

        assert "selamat datang" in welcome["text"].lower()
        assert rows(bot.database_url)[-1].event_code == EVENT_CODE  # the earlier link's, kept


def test_hapus_deletes_the_users_own_rows_after_confirmation(bot, rasa_stack):
    other = text_update("apa itu tppo", user=OTHER_VILLAGER)
    bot.telegram.push_update(other)
    bot.telegram.wait_for_messages(OTHER_VILLAGER.id, 1)
    exchange(bot, text_update("syarat jadi tki"))
    mine_before = len([r for r in rows(bot.database_url) if r.user_pseudonym == my_pseudonym(bot)])
    assert mine_before > 0

    [question] = exchange(bot, command_update("/hapus"), logged=False)
    assert [
        b["callback_data"] for row in question["reply_markup"]["inline_keyboard"] for b in row
    ] == [
        "hapus:jejak",
        "hapus:ya",
        "hapus:batal",
    ]
    [cancelled] = exchange(bot, button_press("hapus:batal"), logged=False)
    assert "tidak ada yang dihapus" in cancelled["text"].lower()
    [done] = exchange(bot, button_press("hapus:ya"), logged=False)

    assert f"{mine_before} catatan" in done["text"]
    assert "percakapan Anda dengan bot juga sudah dihapus" in done["text"]
    assert bot.telegram.deleted_messages(CHAT) == []  # "catatan saja" leaves the chat be
    # Rasa (trackers in memory here) has nothing left of the conversation to delete.
    assert rasa_keeps_nothing_of(bot, rasa_stack)
    remaining = rows(bot.database_url)
    assert all(r.user_pseudonym != my_pseudonym(bot) for r in remaining)
    assert any(r.text == "apa itu tppo" for r in remaining)  # the other villager's row stays


def my_pseudonym(bot) -> str:
    return pseudonymise(VILLAGER.id, bot.anon_secret)


def rasa_keeps_nothing_of(bot, rasa_stack) -> bool:
    """Asking Rasa to forget the villager again finds nothing left to delete."""
    again = httpx.post(
        f"{rasa_stack.url}/webhooks/frontend/forget",
        json={"sender": my_pseudonym(bot)},
        headers=CHANNEL_HEADERS,
        timeout=10,
    )
    return again.json() == {"forgotten": 0}


def test_hapus_jejak_from_the_menu_deletes_the_chat_on_both_sides_and_leaves_one_short_note(
    bot, rasa_stack
):
    exchange(bot, text_update("cara lapor calo"))
    telegram = bot.telegram
    other_chat_before = telegram.chat_history(OTHER_VILLAGER.id)
    assert len(telegram.chat_history(CHAT)) > 20  # everything this module said in the chat

    # The menu's "Hapus jejak" button (payload /hapus) is answered by the bot, not by Rasa.
    [question] = exchange(bot, button_press("/hapus"), logged=False)
    assert question["text"] == replies.DELETE_QUESTION
    question_id = telegram.chat_history(CHAT)[-1]
    [note] = exchange(bot, button_press("hapus:jejak", message_id=question_id), logged=False)

    note_id = telegram.chat_history(CHAT)[-1]
    assert sorted(telegram.deleted_messages(CHAT)) == sorted(
        set(telegram.chat_history(CHAT)) - {note_id}
    )
    assert all(len(call["message_ids"]) <= 100 for call in telegram.calls_to("deleteMessages"))
    assert telegram.deleted_messages(OTHER_VILLAGER.id) == []
    assert telegram.chat_history(OTHER_VILLAGER.id) == other_chat_before
    assert "Hapus Pesan Otomatis" in note["text"] and "Auto-Delete" in note["text"]
    # Whoever checks the phone learns nothing from what is left.
    for telling in ("PMI", "TPPO", "calo", "kerja", "lapor"):
        assert telling not in note["text"]
    assert all(r.user_pseudonym != my_pseudonym(bot) for r in rows(bot.database_url))
    assert rasa_keeps_nothing_of(bot, rasa_stack)
