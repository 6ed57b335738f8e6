"""When something fails: Rasa unreachable, Telegram answering 429, 5xx, 400 or hanging up, the
database gone, a villager writing too fast. Someone always gets an answer, and a row."""

import httpx

from bot import replies
from testkit.factories import text_update
from testkit.fake_telegram import BAD_GATEWAY, DROP, TOO_MANY_REQUESTS
from testkit.inprocess import bot_in_process
from testkit.rasa_http import rasa_down

BAD_REQUEST = (400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"})


async def test_when_rasa_is_down_the_villager_gets_an_apology_with_the_numbers(tmp_path, user):
    async with bot_in_process(tmp_path, rasa_transport=rasa_down()) as bot:
        await bot.send(text_update("syarat jadi pmi", user=user))

        assert bot.texts_to(user.id) == [replies.RASA_UNAVAILABLE]
        [row] = await bot.rows()
        assert row.outcome == "rasa_unavailable" and row.responses == ["bot_rasa_unavailable"]
        assert row.text == "syarat jadi pmi"  # the question is kept for the review queue


async def test_rasa_answering_nonsense_is_the_same_as_rasa_down(tmp_path, user):
    nonsense = httpx.MockTransport(lambda request: httpx.Response(200, text="<html>"))
    async with bot_in_process(tmp_path, rasa_transport=nonsense) as bot:
        await bot.send(text_update("syarat jadi pmi", user=user))

        assert bot.texts_to(user.id) == [replies.RASA_UNAVAILABLE]


async def test_rasa_saying_nothing_gets_the_not_understood_answer(tmp_path, user):
    silent = httpx.MockTransport(lambda request: httpx.Response(200, json={"messages": []}))
    async with bot_in_process(tmp_path, rasa_transport=silent) as bot:
        await bot.send(text_update("hmm", user=user))

        assert bot.texts_to(user.id) == [replies.NOT_UNDERSTOOD]
        [row] = await bot.rows()
        assert row.outcome == "fallback" and row.responses == ["bot_no_reply"]


async def test_a_429_is_waited_out_and_the_reply_arrives(bot, user):
    bot.telegram.fail_next("sendMessage", TOO_MANY_REQUESTS)

    await bot.send(text_update("syarat jadi tki apa aja", user=user))

    assert "18 tahun" in bot.texts_to(user.id)[0]
    assert len(bot.telegram.failed_calls) == 1


async def test_a_bad_gateway_twice_is_retried_and_the_reply_arrives(bot, user):
    bot.telegram.fail_next("sendMessage", BAD_GATEWAY, BAD_GATEWAY)

    await bot.send(text_update("syarat jadi tki apa aja", user=user))

    assert "18 tahun" in bot.texts_to(user.id)[0]
    assert len(bot.telegram.failed_calls) == 2


async def test_a_dropped_connection_is_retried(bot, user):
    bot.telegram.fail_next("sendMessage", DROP)

    await bot.send(text_update("syarat jadi tki apa aja", user=user))

    assert "18 tahun" in bot.texts_to(user.id)[0]


async def test_a_reply_telegram_refuses_becomes_an_apology_without_the_error(bot, user):
    bot.telegram.fail_next("sendMessage", BAD_REQUEST)

    await bot.send(text_update("syarat jadi tki apa aja", user=user))

    assert bot.texts_to(user.id) == [replies.RASA_UNAVAILABLE]


async def test_when_even_the_apology_is_refused_the_bot_carries_on(bot, user):
    bot.telegram.fail_next("sendMessage", BAD_REQUEST, BAD_REQUEST)

    await bot.send(text_update("syarat jadi tki apa aja", user=user))
    await bot.send(text_update("apa itu tppo", user=user))

    assert "UU 21/2007" in bot.texts_to(user.id)[-1]


async def test_writing_too_fast_gets_one_polite_warning_then_silence(tmp_path, user):
    async with bot_in_process(tmp_path, flood_max_messages=2) as bot:
        for _ in range(5):
            await bot.send(text_update("syarat jadi tki apa aja", user=user))

        texts = bot.texts_to(user.id)
        assert len(texts) == 3 and texts[-1] == replies.SLOW_DOWN
        assert len(bot.rasa.requests) == 2  # the rest were not even read
        rows = await bot.rows()
        assert [r.message_kind for r in rows] == ["text", "text", "flood", "flood", "flood"]
        assert all(r.text == "" for r in rows[2:])


async def test_without_a_database_the_villager_is_answered_and_the_row_waits_in_the_spool(
    tmp_path, user
):
    unreachable = "postgresql+psycopg://postgres@127.0.0.1:9/none"
    async with bot_in_process(tmp_path, database_url=unreachable) as bot:
        await bot.send(text_update("syarat jadi tki apa aja", user=user))

        assert "18 tahun" in bot.texts_to(user.id)[0]
        await bot.services.log_writer.drain()
        assert bot.services.log_writer.spooled() == 1
