"""/start, /menu, /privasi and commands the bot does not have, through the real handlers."""

from telegram import MessageEntity

from bot import replies
from testkit.factories import command_update, new_group_chat, text_update
from testkit.querylog_rows import add_events, open_log

EVENT_CODE = "sosialisasi-oki-2026"


def buttons_of(message: dict) -> list[str]:
    return [b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


async def test_start_welcomes_with_the_topic_buttons_and_names_the_official_account(bot, user):
    await bot.send(command_update("/start", user=user))

    [welcome] = bot.telegram.sent_messages(user.id)
    assert "selamat datang" in welcome["text"].lower()
    assert "@pmi_sumsel_bot" in welcome["text"]  # from getMe, the one official account
    assert {"/ask_requirements", "/emergency_help", "/check_job_offer", "/hapus"} <= set(
        buttons_of(welcome)
    )
    assert bot.rasa.messages() == ["/greet"]
    [row] = await bot.rows()
    assert (row.message_kind, row.intent, row.event_code) == ("start", "greet", None)


async def test_a_registered_events_link_tags_the_welcome_and_later_questions(bot, user, tmp_path):
    log = open_log(bot.services.settings.database_url)
    sessions = log.sessions
    add_events(sessions, EVENT_CODE)
    log.close()

    await bot.send(command_update(f"/start {EVENT_CODE}", user=user))
    await bot.send(command_update("/privasi", user=user))

    assert [r.event_code for r in await bot.rows()] == [EVENT_CODE, EVENT_CODE]
    assert bot.rasa.requests[0]["metadata"] == {"event_code": EVENT_CODE}


async def test_a_link_that_is_no_registered_event_counts_for_nothing(bot, user):
    for payload in ("081234567890", "<script>alert(1)</script>", "x" * 200):
        await bot.send(command_update(f"/start {payload}", user=user))

    rows = await bot.rows()
    assert [r.event_code for r in rows] == [None, None, None]
    assert len(bot.telegram.sent_messages(user.id)) == 3  # the same welcome each time
    assert "081234567890" not in str([r.text for r in rows])


async def test_menu_and_help_show_the_topics(bot, user):
    for command in ("/menu", "/help", "/bantuan"):
        await bot.send(command_update(command, user=user))

    assert bot.rasa.messages() == ["/ask_capabilities"] * 3
    for message in bot.telegram.sent_messages(user.id):
        assert "/ask_requirements" in buttons_of(message)


async def test_privasi_says_what_is_kept_for_how_long_and_how_to_delete_it(bot, user):
    await bot.send(command_update("/privasi", user=user))

    [notice] = bot.texts_to(user.id)
    assert "180 hari" in notice and "/hapus" in notice
    [row] = await bot.rows()
    assert (row.intent, row.message_kind) == ("ask_privacy", "command")


async def test_an_unknown_command_gets_a_pointer_to_the_menu_and_reaches_no_one(bot, user):
    await bot.send(command_update("/daftar sekarang", user=user))

    assert bot.texts_to(user.id) == [replies.UNKNOWN_COMMAND]
    assert bot.rasa.requests == []
    assert await bot.rows() == []


async def test_an_unknown_command_in_a_group_is_left_alone(bot, user):
    command = MessageEntity(type=MessageEntity.BOT_COMMAND, offset=0, length=7)
    await bot.send(text_update("/daftar", user=user, chat=new_group_chat(), entities=[command]))

    assert bot.telegram.sent_messages() == []
