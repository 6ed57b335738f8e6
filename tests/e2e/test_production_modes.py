"""Webhook mode with Telegram's secret token, the health endpoint, the flood limit, JSON logs."""

from __future__ import annotations

import json

import httpx
import pytest

from testkit.factories import new_user, text_update
from testkit.stack import free_port, wait_until

pytestmark = pytest.mark.e2e
SECRET = "webhook-secret-0123456789_abc"


@pytest.fixture(scope="module")
def webhook_bot(rasa_stack, start_bot, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('webhook') / 'log.sqlite3'}"
    port = free_port()
    bot = start_bot(
        rasa_stack.url,
        url,
        TELEGRAM_WEBHOOK_URL="https://bot.example.invalid/telegram",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        BOT_HTTP_PORT=str(port),
        LOG_FORMAT="json",
        FLOOD_MAX_MESSAGES="3",
    )
    wait_until(lambda: bool(bot.telegram.calls_to("setWebhook")), 30, "setWebhook", bot.process)
    return bot


def post_update(bot, update: dict, secret: str | None) -> httpx.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    return httpx.post(
        f"http://127.0.0.1:{bot.http_port}/telegram",
        json={**update, "update_id": 1},
        headers=headers,
        timeout=10,
    )


def test_the_webhook_is_registered_with_the_secret(webhook_bot):
    [call] = webhook_bot.telegram.calls_to("setWebhook")
    assert call["url"] == "https://bot.example.invalid/telegram"
    assert call["secret_token"] == SECRET


@pytest.mark.parametrize("secret", [None, "", "wrong-secret-0123456789"])
def test_updates_without_the_right_secret_are_refused(webhook_bot, secret):
    before = len(webhook_bot.telegram.sent_messages())
    response = post_update(webhook_bot, text_update("syarat jadi tki"), secret)
    assert response.status_code == 403
    assert len(webhook_bot.telegram.sent_messages()) == before


def test_an_update_with_the_secret_is_answered(webhook_bot):
    user = new_user()
    update = text_update("apa itu tppo", user=user)
    assert post_update(webhook_bot, update, SECRET).status_code == 200
    [answer] = webhook_bot.telegram.wait_for_messages(user.id, 1)
    assert "UU 21/2007" in answer["text"]


def test_the_flood_limit_answers_politely_once(webhook_bot):
    user = new_user()
    for i in range(6):  # FLOOD_MAX_MESSAGES is 3
        post_update(webhook_bot, text_update(f"halo {i}", user=user), SECRET)
    webhook_bot.telegram.wait_for_messages(user.id, 4)
    webhook_bot.telegram.wait_until_idle(quiet_seconds=1.0)
    texts = [m["text"] for m in webhook_bot.telegram.sent_messages(user.id)]
    assert sum("tunggu sebentar" in t.lower() for t in texts) == 1
    # Each chat is answered in order: nothing after the warning, so the 5th and 6th went unread.
    assert "tunggu sebentar" in texts[-1].lower()


def test_health_reports_rasa_and_the_database(webhook_bot):
    response = httpx.get(f"http://127.0.0.1:{webhook_bot.http_port}/health", timeout=10)
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "rasa": "ok", "database": "ok", "spooled_rows": 0}


def test_logs_are_json_lines_without_personal_data(webhook_bot):
    user = new_user("Siti", last_name="Aminah", username="siti_plg_88")
    update = text_update("nama saya Siti Aminah, hp 081234567890", user=user)
    post_update(webhook_bot, update, SECRET)
    webhook_bot.telegram.wait_for_messages(user.id, 1)
    lines = [line for line in webhook_bot.log().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    whole = webhook_bot.log()
    for personal in ("Siti", "081234567890", str(user.id), "siti_plg_88", "TEST-TOKEN"):
        assert personal not in whole


def test_a_placeholder_key_is_warned_about_in_the_log(webhook_bot):
    # The e2e bots have their own ANON_SECRET but the built-in development CHAT_LINK_KEY.
    records = [json.loads(line) for line in webhook_bot.log().splitlines() if line.strip()]
    assert any(
        r["level"] == "WARNING" and r["message"].startswith("CHAT_LINK_KEY is a placeholder")
        for r in records
    )
    assert not any("development-only" in r["message"] for r in records)


def test_health_says_when_rasa_is_down(start_bot, tmp_path):
    bot = start_bot("http://127.0.0.1:9", f"sqlite:///{tmp_path / 'log.sqlite3'}")
    response = httpx.get(f"http://127.0.0.1:{bot.http_port}/health", timeout=10)
    assert response.status_code == 503
    assert response.json()["rasa"] == "down" and response.json()["database"] == "ok"
