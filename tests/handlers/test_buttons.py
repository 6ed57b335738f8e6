"""Inline buttons: a payload the bot could have offered goes to Rasa as an intent, its keyboard
is spent; anything else gets a pointer to the menu."""

import pytest

from bot import replies
from testkit.factories import button_press, text_update

BAD_REQUEST = (400, {"ok": False, "error_code": 400, "description": "Bad Request: too old"})


async def test_a_topic_button_goes_to_rasa_as_its_payload_and_the_keyboard_is_removed(bot, user):
    await bot.send(button_press("/ask_warning_signs", user=user))

    assert bot.rasa.messages() == ["/ask_warning_signs"]
    assert "ciri" in bot.texts_to(user.id)[0].lower()
    assert len(bot.telegram.calls_to("answerCallbackQuery")) == 1
    [edit] = bot.telegram.calls_to("editMessageReplyMarkup")
    assert "reply_markup" not in edit or not edit["reply_markup"]
    [row] = await bot.rows()
    assert (row.message_kind, row.intent) == ("button", "ask_warning_signs")


async def test_the_job_offer_checker_stops_at_the_first_dangerous_answer(bot, user):
    await bot.send(text_update("ada yang nawarin kerja gaji 15 juta, aman gak", user=user))
    await bot.send(button_press("/affirm", user=user))  # a licensed company, it says
    await bot.send(button_press("/affirm", user=user))  # ... to Cambodia

    texts = bot.texts_to(user.id)
    assert any(text.startswith("2/11") for text in texts)
    verdict = bot.telegram.sent_messages(user.id)[-1]
    assert "BERBAHAYA" in verdict["text"] and "Kamboja" in verdict["text"]
    assert verdict["reply_markup"]["inline_keyboard"]


async def test_an_offer_to_cambodia_is_warned_at_once_and_judged_without_questions(bot, user):
    await bot.send(
        text_update("ada yang nawarin kerja di kamboja gaji 15 juta, aman gak", user=user)
    )

    warning, verdict = bot.texts_to(user.id)
    assert "Kamboja" in warning and len(warning) <= 400
    assert "BERBAHAYA" in verdict
    assert not any(text.startswith(("1/11", "Mari cek")) for text in bot.texts_to(user.id))


@pytest.mark.parametrize(
    "payload",
    [
        '/inform_location{"kabupaten": "<script>"}',
        "/restart",
        "/nlu_fallback",
        "tombol lama",
        "/" + "a" * 70,
        "",
    ],
)
async def test_a_payload_the_bot_never_offered_gets_a_pointer_to_the_menu(bot, user, payload):
    await bot.send(button_press(payload, user=user))

    assert bot.texts_to(user.id) == [replies.STALE_BUTTON]
    assert bot.rasa.requests == []
    assert len(bot.telegram.calls_to("answerCallbackQuery")) == 1


async def test_a_keyboard_telegram_will_no_longer_edit_still_gets_the_answer(bot, user):
    bot.telegram.fail_next("editMessageReplyMarkup", BAD_REQUEST)

    await bot.send(button_press("/ask_warning_signs", user=user))

    assert "ciri" in bot.texts_to(user.id)[0].lower()
