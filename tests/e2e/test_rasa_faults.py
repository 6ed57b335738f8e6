"""Rasa killed mid-conversation, then back; the action server down. The user always gets a
reply (with the emergency numbers when Rasa cannot answer) and every row is logged."""

from __future__ import annotations

import subprocess

import httpx
import pytest
from sqlalchemy import create_engine, func, select

from bot.querylog import QueryLogRow
from tests.e2e.conftest import (
    CHANNEL_HEADERS,
    free_port,
    launch_rasa,
    stop,
    wait_for_rasa,
    wait_until,
)
from tests.factories import VILLAGER, text_update

pytestmark = pytest.mark.e2e


def start_rasa(port: int, action_port: int, tmp_path) -> subprocess.Popen:
    rasa = launch_rasa(port, action_port, tmp_path)
    wait_for_rasa(port, rasa)
    return rasa


def ask(bot, text: str) -> list[str]:
    before = len(bot.telegram.sent_messages(VILLAGER.id))
    bot.telegram.push_update(text_update(text))
    return [
        m["text"]
        for m in bot.telegram.wait_for_messages(VILLAGER.id, before + 1, timeout=30)[before:]
    ]


def logged(database_url: str) -> int:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(QueryLogRow)).scalar_one()
    finally:
        engine.dispose()


def test_rasa_killed_mid_conversation_then_back(rasa_stack, start_bot, tmp_path):
    port = free_port()
    actions_port = int(rasa_stack.actions_url.rsplit(":", 1)[1])
    rasa = start_rasa(port, actions_port, tmp_path)
    database_url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    bot = start_bot(f"http://127.0.0.1:{port}", database_url)
    try:
        assert "18 tahun" in ask(bot, "syarat jadi tki apa aja")[0]
        rasa.kill()
        rasa.wait()
        [apology] = ask(bot, "cara lapor calo")
        assert "gangguan" in apology and "110" in apology and "0800-1000" in apology
        rasa = start_rasa(port, actions_port, tmp_path)
        assert "UU 21/2007" in ask(bot, "apa itu tppo")[0]  # recovered without a restart
        wait_until(lambda: logged(database_url) == 3, 20, "rows")
    finally:
        stop(rasa)


def test_with_the_action_server_down_custom_answers_fail_softly(start_bot, tmp_path):
    port = free_port()
    rasa = start_rasa(port, free_port(), tmp_path)  # nothing listens on the action port
    database_url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    bot = start_bot(f"http://127.0.0.1:{port}", database_url)
    try:
        office = ask(bot, "kantor disnaker lahat dimana")  # needs the action server
        assert office and all(t.strip() for t in office)
        assert any("0800-1000" in t or "110" in t for t in office)
        assert "18 tahun" in ask(bot, "syarat jadi tki apa aja")[0]  # plain answers still work
        wait_until(lambda: logged(database_url) == 2, 20, "rows")
    finally:
        stop(rasa)


@pytest.mark.parametrize("path", ["/webhooks/frontend/webhook", "/webhooks/frontend/forget"])
@pytest.mark.parametrize("body", [[], ["sender"], {"sender": 7}, {}])
def test_our_channel_refuses_malformed_bodies_with_400(rasa_stack, path, body):
    response = httpx.post(f"{rasa_stack.url}{path}", json=body, headers=CHANNEL_HEADERS, timeout=10)
    assert response.status_code == 400
