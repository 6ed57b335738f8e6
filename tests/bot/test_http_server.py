"""The webhook route with Telegram's secret: bodies that are not updates get 400 or 413,
never a 500, and nothing reaches the bot's update queue."""

import json

import httpx
import pytest

from bot.app import build_application
from bot.http_server import SECRET_HEADER, build_http_app
from testkit.factories import text_update
from testkit.settings import make_settings

SECRET = "webhook-secret-0123456789_abc"


@pytest.fixture
async def webhook():
    """The bot's HTTP app in webhook mode, over HTTP in process; and the application whose
    update queue it feeds."""
    application = build_application(make_settings(telegram_bot_token="123456:TEST"), polling=False)
    transport = httpx.ASGITransport(
        app=build_http_app(application, webhook_secret=SECRET), raise_app_exceptions=False
    )
    async with httpx.AsyncClient(transport=transport, base_url="http://bot.test") as client:
        yield client, application


async def post(client: httpx.AsyncClient, body, **headers) -> httpx.Response:
    return await client.post("/telegram", content=body, headers={SECRET_HEADER: SECRET, **headers})


async def test_an_update_with_the_secret_reaches_the_bot(webhook):
    client, application = webhook
    update = json.dumps({**text_update("apa itu tppo"), "update_id": 7})

    assert (await post(client, update)).status_code == 200
    assert application.update_queue.get_nowait().update_id == 7


@pytest.mark.parametrize(
    "body",
    [
        b"[]",
        b"null",
        b"1",
        b'"update"',
        b"{",
        b"\xff\xfe{}",
        b'{"update_id": "x", "message": 5}',
        b'{"update_id": 1, "message": {"message_id": "x", "chat": []}}',
        b"[" * 100_000 + b"]" * 100_000,  # deeper than the parser's stack
        # Parses, and the update parser would skip the unknown field: refused for its depth.
        b'{"update_id": 1, "deep": ' + b"[" * 100 + b"]" * 100 + b"}",
    ],
    ids=lambda body: body[:20].decode(errors="replace"),
)
async def test_a_body_that_is_not_an_update_gets_400(webhook, body):
    client, application = webhook

    assert (await post(client, body)).status_code == 400
    assert application.update_queue.empty()


async def test_a_body_over_a_megabyte_gets_413_declared_or_not(webhook):
    client, application = webhook
    big = json.dumps({"update_id": 1, "padding": "x" * 1_100_000}).encode()

    async def streamed():
        for start in range(0, len(big), 65_536):
            yield big[start : start + 65_536]

    assert (await post(client, big)).status_code == 413
    assert (await post(client, streamed())).status_code == 413
    assert application.update_queue.empty()


async def test_without_the_secret_nothing_is_accepted(webhook):
    client, application = webhook
    response = await client.post("/telegram", content=b"[]", headers={SECRET_HEADER: "wrong"})

    assert response.status_code == 403
    assert application.update_queue.empty()
