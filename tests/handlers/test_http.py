"""The bot's own HTTP server in front of the in-process application: /health, the webhook."""

import json

import httpx

from bot.http_server import SECRET_HEADER, build_http_app
from testkit.factories import text_update
from testkit.inprocess import bot_in_process

SECRET = "webhook-secret-0123456789_abc"


def client_for(bot, secret: str | None = None) -> httpx.AsyncClient:
    app = build_http_app(bot.application, webhook_secret=secret)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot.test")


async def test_health_says_ok_when_rasa_and_the_database_answer(bot):
    async with client_for(bot) as client:
        response = await client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "rasa": "ok", "database": "ok", "spooled_rows": 0}


async def test_health_says_which_part_is_down(tmp_path):
    refused = httpx.MockTransport(lambda request: httpx.Response(503))
    unreachable = "postgresql+psycopg://postgres@127.0.0.1:9/none"
    async with (
        bot_in_process(tmp_path, rasa_transport=refused, database_url=unreachable) as bot,
        client_for(bot) as client,
    ):
        response = await client.get("/health")

    assert response.status_code == 503
    assert response.json()["rasa"] == "down" and response.json()["database"] == "down"


async def test_without_webhook_mode_there_is_no_webhook_route(bot):
    async with client_for(bot) as client:
        response = await client.post("/telegram", content=b"{}")

    assert response.status_code in (404, 405)


async def test_a_webhook_update_with_the_secret_is_queued_for_the_bot(bot, user):
    update = {**text_update("apa itu tppo", user=user), "update_id": 99}
    async with client_for(bot, SECRET) as client:
        accepted = await client.post(
            "/telegram", content=json.dumps(update), headers={SECRET_HEADER: SECRET}
        )
        refused = await client.post(
            "/telegram", content=json.dumps(update), headers={SECRET_HEADER: "wrong"}
        )

    assert (accepted.status_code, refused.status_code) == (200, 403)
    queued = bot.application.update_queue.get_nowait()
    assert queued.update_id == 99 and queued.effective_user.id == user.id
    assert bot.application.update_queue.empty()
