"""The admin console served on 127.0.0.1 in this process, and a headless Chromium to drive it."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import sync_playwright
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette

from bot.admin.auth import load_credentials
from bot.admin.web import build_admin_app, server_config
from bot.settings import Settings
from testkit.databases import fresh_database
from testkit.fixtures import database_kind, settings_only_from_the_test  # noqa: F401
from testkit.querylog_rows import CROWD, SAMPLE, add_events, add_rows, open_log
from testkit.settings import make_settings
from testkit.stack import free_port, http_answers, wait_until

ADMIN_USER, ADMIN_PASSWORD = "petugas", "kata-sandi-uji-12345"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@contextmanager
def serving(
    settings: Settings, sessions: sessionmaker[Session], password: str = ADMIN_PASSWORD
) -> Iterator[tuple[str, Starlette]]:
    """Serve the console for these settings on a free port, as `serve` does; yields its base
    URL and app."""
    app = build_admin_app(settings, sessions, load_credentials(sessions, ADMIN_USER, password))
    settings.admin_port = free_port()
    server = uvicorn.Server(server_config(app, settings))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{settings.admin_port}"
    wait_until(lambda: http_answers(f"{base}/login"), 20, "the console")
    try:
        yield base, app
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def console(request, tmp_path_factory):
    """A running console over a sample log (with enough people for the dashboard to show
    numbers); yields its base URL, session factory and app."""
    tmp = tmp_path_factory.mktemp("console")
    with fresh_database(database_kind(request.param), tmp) as url:
        log = open_log(url)
        sessions = log.sessions
        add_rows(sessions, SAMPLE + CROWD)
        add_events(sessions, "desa-pematang", "kelurahan-plg")
        settings = make_settings(
            database_url=url, posters_dir=tmp / "posters", telegram_bot_username="pmi_sumsel_bot"
        )
        with serving(settings, sessions) as (base, app):
            yield base, sessions, app
        log.close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: make test installs it (scripts/setup-test-tools.sh)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab; a test fails when the page breaks the Content-Security-Policy
    (Chromium reports every refused style, script or frame in the console)."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    yield page
    context.close()
    assert not [text for text in console if "Content Security Policy" in text]


def log_in(page, base: str, password: str = ADMIN_PASSWORD) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", ADMIN_USER)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
