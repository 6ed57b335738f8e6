"""The admin console in process, with a client logged in to it (no server, no browser)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from sqlalchemy.orm import Session, sessionmaker

from bot.admin.auth import load_credentials
from bot.admin.web import build_admin_app
from testkit.settings import make_settings


@asynccontextmanager
async def logged_in_console(
    database_url: str, sessions: sessionmaker[Session], tmp_path: Path
) -> AsyncIterator[httpx.AsyncClient]:
    """The console over this log in process, and a client logged in to it."""
    settings = make_settings(
        database_url=database_url,
        posters_dir=tmp_path / "posters",
        telegram_bot_username="pmi_sumsel_bot",
    )
    app = build_admin_app(settings, sessions, load_credentials(sessions, "petugas", "sandi"))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        token = csrf_token((await client.get("/login")).text)
        response = await client.post(
            "/login", data={"username": "petugas", "password": "sandi", "csrf_token": token}
        )
        assert response.status_code == 303
        yield client


def csrf_token(page: str) -> str:
    """The CSRF token of the first form on a console page."""
    return page.split('name="csrf_token" value="')[1].split('"')[0]
