"""An event's poster opens the bot, or is not made: the console without TELEGRAM_BOT_USERNAME."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image

from testkit.fake_telegram import BOT_USER, FakeTelegram
from testkit.querylog_rows import open_log
from testkit.settings import make_settings
from testkit.stack import TEST_TOKEN
from tests.browser.conftest import log_in, serving


@pytest.fixture
def query_log(tmp_path):
    with open_log(f"sqlite:///{tmp_path / 'querylog.sqlite3'}") as log:
        yield log


def create_event(page, base: str) -> None:
    page.goto(f"{base}/events")
    page.fill("input[name=name]", "Sosialisasi Desa Ulak Kerbau")
    page.fill("input[name=kabupaten]", "OKI")
    page.click("form.card button[type=submit]")


def test_without_a_username_the_console_asks_telegram_for_it(page, query_log, tmp_path):
    telegram = FakeTelegram().start()
    settings = make_settings(
        database_url=str(query_log.engine.url),
        posters_dir=tmp_path / "posters",
        telegram_bot_username=None,
        telegram_bot_token=TEST_TOKEN,
        telegram_api_url=telegram.url,
    )
    try:
        with serving(settings, query_log.sessions) as (base, _):
            log_in(page, base)
            create_event(page, base)
            link = page.locator("#event-table .deep-link").inner_text()
            with page.expect_download() as download:
                page.locator("#event-table a", has_text="PNG").click()
            [decoded] = zxingcpp.read_barcodes(Image.open(download.value.path()))
    finally:
        telegram.stop()

    assert link.startswith(f"https://t.me/{BOT_USER['username']}?start=sosialisasi-desa-ulak-")
    assert decoded.text == link
    assert len(telegram.calls_to("getMe")) == 1  # asked once, then remembered


def test_without_a_username_or_a_token_no_event_and_no_poster_is_made(page, query_log, tmp_path):
    settings = make_settings(
        database_url=str(query_log.engine.url),
        posters_dir=tmp_path / "posters",
        telegram_bot_username=None,
        telegram_bot_token=None,
    )
    with serving(settings, query_log.sessions) as (base, _):
        log_in(page, base)
        create_event(page, base)
        alert = page.locator("[role=alert]").inner_text()
        table = page.locator("#event-table").inner_text()

    assert "TELEGRAM_BOT_USERNAME" in alert and "poster tidak dibuat" in alert
    assert "Belum ada acara." in table
    assert not list((tmp_path / "posters").glob("*"))
