"""An update goes in, the reply comes out, the row is in the database, no personal data in it.

One bot for the module; every test its own villager (and group), so no test depends on
another's conversation, flood count or rows, and they can run in any order.
"""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import create_engine, select, text
from telegram import User

from bot import replies
from bot.anonymise import pseudonymise
from bot.querylog import QueryLogRow
from testkit.factories import (
    button_press,
    command_update,
    group_text_update,
    new_group_chat,
    new_user,
    sticker_update,
    text_update,
)
from testkit.querylog_rows import add_events, open_log
from testkit.stack import wait_until

pytestmark = pytest.mark.e2e
EVENT_CODE = "sosialisasi-oki-2026"


@pytest.fixture(scope="module")
def bot(rasa_stack, start_bot, database_url):
    # The deep link's event is registered first: the bot keeps only registered events' codes.
    log = open_log(database_url)
    sessions = log.sessions
    add_events(sessions, EVENT_CODE)
    log.close()
    return start_bot(rasa_stack.url, database_url)


@pytest.fixture
def user() -> User:
    return new_user("Siti", last_name="Aminah", username="siti_plg_88")


def rows(database_url: str) -> list[QueryLogRow]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(select(QueryLogRow.__table__).order_by(QueryLogRow.id)))
    finally:
        engine.dispose()


def pseudonym_of(bot, user: User) -> str:
    return pseudonymise(user.id, bot.anon_secret)


def rows_of(bot, user: User) -> list[QueryLogRow]:
    """The user's rows, oldest first."""
    return [r for r in rows(bot.database_url) if r.user_pseudonym == pseudonym_of(bot, user)]


def whole_database_as_text(database_url: str) -> str:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return "\n".join(
                str(tuple(row)) for row in connection.execute(text("SELECT * FROM query_log"))
            )
    finally:
        engine.dispose()


def exchange(bot, user: User, update: dict, replies: int = 1, *, logged: bool = True) -> list[dict]:
    """Send one update from the user, wait for the bot's replies to it and for its row in the
    query log (rows are written after the reply has gone out)."""
    rows_before = len(rows_of(bot, user))
    before = len(bot.telegram.sent_messages(user.id))
    bot.telegram.push_update(update)
    answers = bot.telegram.wait_for_messages(user.id, before + replies)[before:]
    if logged:
        wait_until(lambda: len(rows_of(bot, user)) > rows_before, 20, "query-log row")
    return answers


def test_start_with_a_deep_link_welcomes_with_the_topic_buttons_and_records_the_event(bot, user):
    [welcome] = exchange(bot, user, command_update(f"/start {EVENT_CODE}", user=user))

    assert "selamat datang" in welcome["text"].lower()
    assert "@pmi_sumsel_bot" in welcome["text"]  # the one official account, from getMe
    buttons = [b for row in welcome["reply_markup"]["inline_keyboard"] for b in row]
    assert {"/ask_requirements", "/emergency_help", "/check_job_offer", "/hapus"} <= {
        b["callback_data"] for b in buttons
    }
    last = rows_of(bot, user)[-1]
    assert (last.event_code, last.intent, last.message_kind) == (
        EVENT_CODE,
        "greet",
        "start",
    )


def test_privasi_says_what_is_kept_for_how_long_and_how_to_delete_it(bot, user):
    [notice] = exchange(bot, user, command_update("/privasi", user=user))

    assert "180 hari" in notice["text"] and "/hapus" in notice["text"]
    assert rows_of(bot, user)[-1].intent == "ask_privacy"


def test_a_question_with_personal_data_is_answered_and_logged_scrubbed(bot, user):
    exchange(bot, user, command_update(f"/start {EVENT_CODE}", user=user))
    [answer] = exchange(
        bot,
        user,
        text_update(
            "syarat jadi tki apa aja? wa saya 0812-3456-7890, nik 1671012345678901, siti.aminah@gmail.com",
            user=user,
        ),
    )

    assert "18 tahun" in answer["text"]
    last = rows_of(bot, user)[-1]
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
        str(user.id),
        "Siti",
        "Aminah",
        "siti_plg_88",
    ):
        assert personal not in everything
    assert str(user.id) not in bot.log() and "siti_plg_88" not in bot.log()


def test_a_button_press_goes_to_rasa_and_its_keyboard_is_removed(bot, user):
    [answer] = exchange(bot, user, button_press("/ask_warning_signs", user=user))

    assert "ciri" in answer["text"].lower()
    assert bot.telegram.calls_to("answerCallbackQuery")
    assert bot.telegram.calls_to("editMessageReplyMarkup")
    last = rows_of(bot, user)[-1]
    assert (last.message_kind, last.intent) == ("button", "ask_warning_signs")


def test_an_emergency_gets_the_numbers(bot, user):
    numbers, safety = exchange(
        bot, user, text_update("tolong saya disekap majikan paspor diambil", user=user), 2
    )[:2]

    assert "110" in numbers["text"] and "0800-1000" in numbers["text"]
    assert safety["text"].startswith("Utamakan keselamatan")
    assert rows_of(bot, user)[-1].intent == "emergency_help"


def test_a_sticker_gets_a_friendly_request_for_text(bot, user):
    [answer] = exchange(bot, user, sticker_update(user=user))

    assert "ketik" in answer["text"].lower()
    assert rows_of(bot, user)[-1].message_kind == "sticker"


def test_emoji_only_gets_a_friendly_request_for_text(bot, user):
    [answer] = exchange(bot, user, text_update("🙏🙏😭", user=user))

    assert "ketik" in answer["text"].lower()
    assert rows_of(bot, user)[-1].message_kind == "emoji"


def test_the_job_offer_checker_stops_at_the_first_dangerous_answer(bot, user):
    exchange(
        bot,
        user,
        text_update("ada yang nawarin kerja gaji 15 juta, aman gak", user=user),
        replies=2,
    )
    [second_question] = exchange(
        bot, user, button_press("/affirm", user=user)
    )  # a licensed company, it says
    [verdict] = exchange(bot, user, button_press("/affirm", user=user))  # ... to Cambodia

    assert second_question["text"].startswith("2/11")
    assert "BERBAHAYA" in verdict["text"]
    assert "Kamboja" in verdict["text"]
    assert verdict["reply_markup"]["inline_keyboard"]


def test_an_offer_to_cambodia_is_warned_at_once_and_judged_without_questions(bot, user):
    warning, verdict = exchange(
        bot,
        user,
        text_update("ada yang nawarin kerja di kamboja gaji 15 juta, aman gak", user=user),
        replies=2,
    )

    assert "Kamboja" in warning["text"] and len(warning["text"]) <= 400
    assert "BERBAHAYA" in verdict["text"]
    assert verdict["reply_markup"]["inline_keyboard"]


def test_a_specific_question_gets_a_short_answer_and_the_topic_page_as_a_button(bot, user):
    [answer] = exchange(bot, user, text_update("umur minimal jadi tki berapa", user=user))

    assert "18 tahun" in answer["text"] and len(answer["text"]) <= 400
    [[button]] = answer["reply_markup"]["inline_keyboard"]
    assert button["text"].startswith("Selengkapnya")
    assert rows_of(bot, user)[-1].responses == ["utter_ask_requirements/age_minimum"]


def test_dont_know_in_the_checker_is_never_reassuring(bot, user):
    exchange(bot, user, text_update("cek tawaran kerja dong", user=user), replies=2)
    answers = ["/affirm", "/deny", "/affirm", "/deny", "/deny", "/deny", "/deny", "/deny", "/deny"]
    for answer in answers:
        exchange(bot, user, button_press(answer, user=user))
    exchange(bot, user, text_update("gak tau kak", user=user))  # the contract
    [verdict] = exchange(bot, user, button_press("/deny", user=user))

    assert "CEK DULU" in verdict["text"]
    assert "kontrak" in verdict["text"].lower()


def test_a_very_long_message_is_answered(bot, user):
    # (One answer or two: "tolong dibantu" three hundred times may be read as a plea for help,
    # and the emergency answer comes in two messages; a model trained again may read either.)
    answers = exchange(
        bot, user, text_update("cara lapor calo " + "tolong dibantu " * 300, user=user)
    )

    assert answers and all(answer["text"] for answer in answers)
    assert len(rows_of(bot, user)[-1].text) <= 4096


def test_when_rasa_is_down_the_user_gets_an_apology_with_the_numbers_and_the_row_is_kept(
    start_bot, database_url, user
):
    closed_port = "http://127.0.0.1:9"  # discard port: nothing listens
    bot = start_bot(closed_port, database_url)

    [answer] = exchange(bot, user, text_update("syarat jadi pmi", user=user))

    assert (
        "gangguan" in answer["text"] and "110" in answer["text"] and "0800-1000" in answer["text"]
    )
    last = rows_of(bot, user)[-1]
    assert last.outcome == "rasa_unavailable" and last.responses == ["bot_rasa_unavailable"]
    assert "Traceback" not in answer["text"]


def test_hapus_jejak_pressed_in_a_group_is_answered_only_to_the_one_who_pressed_it(bot, user):
    group = new_group_chat()
    answers_before = len(bot.telegram.calls_to("answerCallbackQuery"))
    bot.telegram.push_update(button_press("/hapus", chat=group, user=user))
    wait_until(
        lambda: len(bot.telegram.calls_to("answerCallbackQuery")) > answers_before,
        20,
        "the answer",
    )

    [answer] = bot.telegram.calls_to("answerCallbackQuery")[answers_before:]
    assert "chat pribadi" in answer["text"] and answer["show_alert"] in (True, "true")
    bot.telegram.wait_until_idle(quiet_seconds=1.0)  # nothing is said in the group, now or late
    assert bot.telegram.sent_messages(group.id) == []
    assert bot.telegram.deleted_messages(group.id) == []


def test_in_a_group_the_bot_answers_only_when_addressed(bot, user):
    group = new_group_chat()

    def said(text: str, **options) -> None:
        bot.telegram.push_update(group_text_update(text, user=user, chat=group, **options))

    said("ada yang tau harga karet hari ini?")
    said("@pmi_sumsel_bot syarat jadi tki apa aja")
    [answer] = bot.telegram.wait_for_messages(group.id, 1)
    said("kalau biayanya berapa?", reply_to_bot=True)
    answers = bot.telegram.wait_for_messages(group.id, 2)

    assert "18 tahun" in answer["text"]
    assert "biaya" in answers[1]["text"].lower()
    # One chat's messages are answered in order, so the unaddressed one came and went before
    # the first answer; going quiet shows nothing more was on its way.
    bot.telegram.wait_until_idle(quiet_seconds=1.0)
    assert len(bot.telegram.sent_messages(group.id)) == 2


def test_in_a_group_typed_intent_syntax_is_read_as_text_not_as_an_intent(bot, user):
    group = new_group_chat()
    forged = '/inform_location{"kabupaten":"' + "x" * 300 + '"}'

    bot.telegram.push_update(group_text_update(f"@pmi_sumsel_bot {forged}", user=user, chat=group))

    bot.telegram.wait_for_messages(group.id, 1)
    wait_until(lambda: rows_of(bot, user), 20, "query-log row")
    [last] = rows_of(bot, user)
    # Rasa reads an /intent payload with full confidence and without the NLU.
    assert (last.intent, last.confidence) != ("inform_location", 1.0)
    assert last.kabupaten is None and not last.text.startswith("/")


def test_an_edited_question_is_answered_again(bot, user):
    [answer] = exchange(bot, user, text_update("apa itu tppo", edited=True, user=user))

    assert "UU 21/2007" in answer["text"]
    assert rows_of(bot, user)[-1].message_kind == "edited"


def test_a_broken_deep_link_still_gets_the_welcome(bot, user):
    exchange(bot, user, command_update(f"/start {EVENT_CODE}", user=user))
    # Malformed, and well formed but no registered event's code.
    for broken in ("<script>alert(1)</script>", "081234567890"):
        [welcome] = exchange(bot, user, command_update(f"/start {broken}", user=user))

        assert "selamat datang" in welcome["text"].lower()
        assert rows_of(bot, user)[-1].event_code == EVENT_CODE  # the earlier link's, kept


def test_hapus_deletes_the_users_own_rows_after_confirmation(bot, rasa_stack, user):
    other = new_user()
    exchange(bot, other, text_update("apa itu tppo", user=other))
    exchange(bot, user, text_update("syarat jadi tki", user=user))
    exchange(bot, user, text_update("apa itu tppo", user=user))
    mine_before = len(rows_of(bot, user))
    assert mine_before == 2

    [question] = exchange(bot, user, command_update("/hapus", user=user), logged=False)
    assert [
        b["callback_data"] for row in question["reply_markup"]["inline_keyboard"] for b in row
    ] == [
        "hapus:jejak",
        "hapus:ya",
        "hapus:batal",
    ]
    [cancelled] = exchange(bot, user, button_press("hapus:batal", user=user), logged=False)
    assert "tidak ada yang dihapus" in cancelled["text"].lower()
    [done] = exchange(bot, user, button_press("hapus:ya", user=user), logged=False)

    assert f"{mine_before} catatan" in done["text"]
    assert "percakapan Anda dengan bot juga sudah dihapus" in done["text"]
    assert bot.telegram.deleted_messages(user.id) == []  # "catatan saja" leaves the chat be
    # Rasa (trackers in memory here) has nothing left of the conversation to delete.
    assert rasa_keeps_nothing_of(bot, rasa_stack, user)
    assert rows_of(bot, user) == []
    assert len(rows_of(bot, other)) == 1  # the other villager's row stays


def rasa_keeps_nothing_of(bot, rasa_stack, user: User) -> bool:
    """Asking Rasa to forget the villager again finds nothing left to delete."""
    again = httpx.post(
        f"{rasa_stack.url}/webhooks/frontend/forget",
        json={"sender": pseudonym_of(bot, user)},
        headers=rasa_stack.headers,
        timeout=10,
    )
    return again.json() == {"forgotten": 0}


def test_hapus_jejak_from_the_menu_deletes_the_chat_on_both_sides_and_leaves_one_short_note(
    bot, rasa_stack, user
):
    other = new_user()
    exchange(bot, other, text_update("apa itu tppo", user=other))
    for question in ("syarat jadi tki", "apa itu tppo", "cara lapor calo"):
        exchange(bot, user, text_update(question, user=user))
    telegram = bot.telegram
    other_chat_before = telegram.chat_history(other.id)
    assert len(telegram.chat_history(user.id)) >= 6  # three questions, three answers

    # The menu's "Hapus jejak" button (payload /hapus) is answered by the bot, not by Rasa.
    [question] = exchange(bot, user, button_press("/hapus", user=user), logged=False)
    assert question["text"] == replies.DELETE_QUESTION
    question_id = telegram.chat_history(user.id)[-1]
    pressed = button_press("hapus:jejak", message_id=question_id, user=user)
    [note] = exchange(bot, user, pressed, logged=False)

    note_id = telegram.chat_history(user.id)[-1]
    assert sorted(telegram.deleted_messages(user.id)) == sorted(
        set(telegram.chat_history(user.id)) - {note_id}
    )
    assert all(len(call["message_ids"]) <= 100 for call in telegram.calls_to("deleteMessages"))
    assert telegram.deleted_messages(other.id) == []
    assert telegram.chat_history(other.id) == other_chat_before
    assert "Hapus Pesan Otomatis" in note["text"] and "Auto-Delete" in note["text"]
    # Whoever checks the phone learns nothing from what is left.
    for telling in ("PMI", "TPPO", "calo", "kerja", "lapor"):
        assert telling not in note["text"]
    assert rows_of(bot, user) == []
    assert rasa_keeps_nothing_of(bot, rasa_stack, user)
