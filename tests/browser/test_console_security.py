"""The console against what a penetration tester tries: redirects, sessions, headers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.browser.conftest import ADMIN_PASSWORD, ADMIN_USER, log_in


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


SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


def assert_security_headers(response: httpx.Response) -> None:
    csp = {
        directive.split()[0]: directive.split()[1:]
        for directive in response.headers["content-security-policy"].split(";")
    }
    assert csp["default-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in str(csp) and "script-src" not in csp
    assert {name: response.headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS


def test_every_console_response_carries_the_security_headers(console):
    base, _, _ = console
    with httpx.Client(base_url=base) as anonymous:
        responses = [
            anonymous.get("/login"),
            anonymous.get("/"),  # 303 to the login
            anonymous.post("/login", data={"username": "x"}),  # 403, no CSRF token
            anonymous.post("/review/label"),  # 401
            anonymous.get("/tidak-ada"),  # 404
            anonymous.get("/static/console.css"),
        ]
    with logged_in(base) as (client, token):
        responses += [
            client.get(path)
            for path in ("/", "/queries", "/review", "/events", "/queries.csv", "/export/nlu.yml")
        ]
        responses.append(client.post("/review/label", data={"csrf_token": token}))  # 400
    assert [r.status_code for r in responses] == [200, 303, 403, 401, 404, 200] + [200] * 6 + [400]
    for response in responses:
        assert_security_headers(response)


def test_the_pages_work_under_the_content_security_policy(console, page):
    base, _, _ = console
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text))
    page.goto(base + "/login")
    # The stylesheet applies (the header's colour) although inline styles are refused.
    header_colour = page.locator("header").evaluate("e => getComputedStyle(e).backgroundColor")
    assert header_colour == "rgb(11, 83, 148)"
    log_in(page, base)
    page.locator("#total-messages").wait_for()  # the dashboard has loaded
    assert page.locator("svg.chart").count() == 5
    assert (
        page.locator("header form.logout").evaluate("e => getComputedStyle(e).marginLeft") != "0px"
    )
    page.goto(base + "/review")
    group = page.locator(".group").first
    group.locator("summary").click()
    assert (
        group.locator("li.single form").first.evaluate("e => getComputedStyle(e).display")
        == "inline"
    )
    page.goto(base + "/queries")
    page.fill("input[name=q]", "biaya")
    page.click("form.filters button[type=submit]")
    assert page.locator("#query-table tr").count() == 2
    page.goto(base + "/events")
    assert page.locator("form.card input[name=name]").is_visible()

    assert [text for text in violations if "Content Security Policy" in text] == []
