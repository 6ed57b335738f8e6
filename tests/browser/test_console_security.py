"""The console against what a penetration tester tries: redirects, sessions, headers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.browser.conftest import ADMIN_PASSWORD, ADMIN_USER


def csrf_of(html: str) -> str:
    return html.split('name="csrf_token" value="')[1].split('"')[0]


@contextmanager
def logged_in(base: str) -> Iterator[tuple[httpx.Client, str]]:
    """An HTTP client with a logged-in session, and the session's CSRF token."""
    with httpx.Client(base_url=base) as client:
        token = csrf_of(client.get("/login").text)
        response = client.post(
            "/login",
            data={"username": ADMIN_USER, "password": ADMIN_PASSWORD, "csrf_token": token},
        )
        assert response.status_code == 303 and response.headers["location"] == "/"
        yield client, csrf_of(client.get("/").text)


@pytest.mark.parametrize(
    "back",
    [
        "https://phishing.example/masuk",
        "//phishing.example/masuk",
        "/\\phishing.example/masuk",
        "/\t/phishing.example/masuk",
        "javascript:alert(1)",
        "review",
    ],
)
def test_labelling_sends_the_admin_back_only_to_a_page_of_the_console(console, back):
    base, _, _ = console
    with logged_in(base) as (client, token):
        response = client.post(
            "/review/label",
            data={"intent": "greet", "query_ids": "1", "back": back, "csrf_token": token},
        )
    assert response.status_code == 303
    assert response.headers["location"] == "/review"


def test_labelling_keeps_a_local_back_path(console):
    base, _, _ = console
    with logged_in(base) as (client, token):
        response = client.post(
            "/review/label",
            data={
                "intent": "greet",
                "query_ids": "1",
                "back": "/review?from=2026-11-01&event=desa-pematang",
                "csrf_token": token,
            },
        )
    assert response.headers["location"] == "/review?from=2026-11-01&event=desa-pematang"
