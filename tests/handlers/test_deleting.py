"""/hapus and the menu's "Hapus jejak": asked first, then the records, Rasa's conversation and,
when chosen, the chat on both sides go."""

from telegram import MessageEntity

from bot import replies
from testkit.factories import button_press, command_update, new_group_chat, new_user, text_update


def choices(message: dict) -> list[str]:
    return [b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


async def test_hapus_asks_first_with_three_choices_and_deletes_nothing_yet(bot, user):
    await bot.send(text_update("syarat jadi tki apa aja", user=user))
    await bot.send(command_update("/hapus", user=user))

    question = bot.telegram.sent_messages(user.id)[-1]
    assert question["text"] == replies.DELETE_QUESTION
    assert choices(question) == ["hapus:jejak", "hapus:ya", "hapus:batal"]
    assert len(await bot.rows()) == 1


async def test_cancelling_deletes_nothing(bot, user):
    await bot.send(text_update("syarat jadi tki apa aja", user=user))
    await bot.send(button_press("hapus:batal", user=user))

    assert bot.texts_to(user.id)[-1] == replies.DELETE_CANCELLED
    assert len(await bot.rows()) == 1
    assert bot.telegram.calls_to("deleteMessages") == []


async def test_records_only_deletes_the_users_rows_and_rasas_conversation_not_the_chat(bot, user):
    other = new_user()
    await bot.send(text_update("apa itu tppo", user=other))
    await bot.send(text_update("syarat jadi tki apa aja", user=user))

    await bot.send(button_press("hapus:ya", user=user))

    done = bot.texts_to(user.id)[-1]
    assert replies.DELETED.format(count=1) in done and replies.CONVERSATION_DELETED in done
    [forget] = [r for r in bot.rasa.requests if "message" not in r]
    assert forget["sender"] == bot.rasa.requests[1]["sender"]
    rows = await bot.rows()
    assert [r.text for r in rows] == ["apa itu tppo"]  # the other villager's row stays
    assert bot.telegram.deleted_messages(user.id) == []


async def test_hapus_jejak_deletes_the_chat_on_both_sides_and_leaves_one_short_note(bot, user):
    other = new_user()
    await bot.send(text_update("apa itu tppo", user=other))
    await bot.send(text_update("syarat jadi tki apa aja", user=user))
    await bot.send(button_press("/hapus", user=user))  # the menu's button, answered by the bot
    question_id = bot.telegram.chat_history(user.id)[-1]

    await bot.send(button_press("hapus:jejak", message_id=question_id, user=user))

    note_id = bot.telegram.chat_history(user.id)[-1]
    assert sorted(bot.telegram.deleted_messages(user.id)) == sorted(
        set(bot.telegram.chat_history(user.id)) - {note_id}
    )
    note = bot.texts_to(user.id)[-1]
    assert replies.WIPE_ADVICE in note
    for telling in ("PMI", "TPPO", "calo", "kerja", "lapor"):
        assert telling not in note
    assert bot.telegram.deleted_messages(other.id) == []
    assert [r.text for r in await bot.rows()] == ["apa itu tppo"]


async def test_messages_telegram_refuses_to_delete_are_counted_in_the_note(bot, user):
    await bot.send(text_update("syarat jadi tki apa aja", user=user))
    first = bot.telegram.chat_history(user.id)[0]
    bot.telegram.refuse_to_delete(user.id, first)

    await bot.send(button_press("hapus:jejak", user=user))

    assert replies.SOME_NOT_WIPED.format(count=1) in bot.texts_to(user.id)[-1]


async def test_hapus_jejak_pressed_in_a_group_is_answered_only_to_the_one_who_pressed_it(bot, user):
    group = new_group_chat()
    await bot.send(button_press("/hapus", chat=group, user=user))

    [answer] = bot.telegram.calls_to("answerCallbackQuery")
    assert answer["text"] == replies.DELETE_ONLY_IN_PRIVATE
    assert answer["show_alert"] in (True, "true")
    assert bot.telegram.sent_messages() == []
    assert bot.telegram.deleted_messages(group.id) == []


async def test_hapus_in_a_group_and_its_answers_there_do_nothing(bot, user):
    group = new_group_chat()
    command = MessageEntity(type=MessageEntity.BOT_COMMAND, offset=0, length=6)
    await bot.send(text_update("/hapus", user=user, chat=group, entities=[command]))
    await bot.send(button_press("hapus:ya", chat=group, user=user))

    assert bot.telegram.sent_messages(group.id) == []
    assert [r for r in bot.rasa.requests if "message" not in r] == []
