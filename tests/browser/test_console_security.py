"""The console against what a penetration tester tries: redirects, sessions, headers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from sqlalchemy import update

from bot.querylog import AdminSession
from bot.settings import Settings
from testkit.databases import fresh_database
from testkit.querylog_rows import open_log
from testkit.settings import make_settings
from tests.browser.conftest import ADMIN_PASSWORD, ADMIN_USER, log_in, serving

COOKIE = "pmi_admin"


def csrf_of(html: str) -> str:
    return html.split('name="csrf_token" value="')[1].split('"')[0]


@contextmanager
def logged_in(base: str, password: str = ADMIN_PASSWORD) -> Iterator[tuple[httpx.Client, str]]:
    """An HTTP client with a logged-in session, and the session's CSRF token."""
    with httpx.Client(base_url=base) as client:
        token = csrf_of(client.get("/login").text)
        response = client.post(
            "/login", data={"username": ADMIN_USER, "password": password, "csrf_token": token}
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
    # Its stylesheet too: the DOM can be there before the styles apply, on a busy machine
    page.wait_for_load_state("load")
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


def opens(base: str, cookie: str, path: str = "/") -> bool:
    """Whether a copy of this session cookie, in another client, opens the page."""
    with httpx.Client(base_url=base, cookies={COOKIE: cookie}) as other:
        response = other.get(path)
    assert response.status_code in (200, 303), response.status_code
    return response.status_code == 200


def test_logging_out_ends_the_session_for_every_copy_of_the_cookie(console):
    base, _, _ = console
    with logged_in(base) as (client, token):
        cookie = client.cookies[COOKIE]
        assert opens(base, cookie)
        client.post("/logout", data={"csrf_token": token})

    assert [opens(base, cookie, path) for path in ("/", "/queries.csv", "/export/nlu.yml")] == [
        False
    ] * 3
    with httpx.Client(base_url=base, cookies={COOKIE: cookie}) as other:
        # The session's CSRF token is in the cookie too; the post is refused all the same.
        posted = other.post(
            "/review/label", data={"intent": "greet", "query_ids": "1", "csrf_token": token}
        )
    assert posted.status_code == 401


def test_a_session_past_its_eight_hours_opens_nothing_whatever_the_cookie_says(console):
    base, sessions, _ = console
    with logged_in(base) as (client, _):
        cookie = client.cookies[COOKIE]
    with sessions.begin() as session:
        session.execute(
            update(AdminSession).values(expires_at=datetime.now(timezone.utc) - timedelta(1))
        )

    assert not opens(base, cookie)


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_log(request, tmp_path):
    """One query-log database for several consoles, and the settings they all run with."""
    with fresh_database(request.param, tmp_path) as url:
        log = open_log(url)
        sessions = log.sessions

        def settings() -> Settings:
            return make_settings(
                database_url=url,
                posters_dir=tmp_path / "posters",
                telegram_bot_username="pmi_sumsel_bot",
                admin_session_secret="rahasia-sesi-bersama-uji-0123456789",
            )

        yield sessions, settings
        log.close()


def test_consoles_sharing_a_database_agree_on_a_logout(shared_log):
    sessions, settings = shared_log
    with serving(settings(), sessions) as (first, _), serving(settings(), sessions) as (second, _):
        with logged_in(first) as (client, _):
            cookie = client.cookies[COOKIE]
        assert opens(second, cookie)
        with httpx.Client(base_url=second, cookies={COOKIE: cookie}) as there:
            there.post("/logout", data={"csrf_token": csrf_of(there.get("/").text)})

        assert not opens(first, cookie)


def test_a_new_admin_password_ends_the_sessions_opened_with_the_old_one(shared_log):
    sessions, settings = shared_log
    with serving(settings(), sessions) as (base, _), logged_in(base) as (client, _):
        cookie = client.cookies[COOKIE]
    with serving(settings(), sessions) as (base, _):
        restarted = opens(base, cookie)  # same ADMIN_PASSWORD: the admin stays logged in
    with serving(settings(), sessions, password="kata-sandi-baru-67890") as (base, _):
        after_change = opens(base, cookie)
        with logged_in(base, password="kata-sandi-baru-67890") as (client, _):
            assert opens(base, client.cookies[COOKIE])

    assert restarted and not after_change


def test_odd_input_gets_a_plain_refusal_not_a_server_error(console):
    base, _, _ = console
    with httpx.Client(base_url=base) as anonymous:
        anonymous.get("/login")
        before_login = [
            anonymous.post("/login", data={"username": "a", "password": "b", "csrf_token": "é"}),
            anonymous.post("/login", files={"csrf_token": ("token.txt", b"x")}),
        ]
    with logged_in(base) as (client, token):

        def label(ids: str) -> int:
            data = {"intent": "greet", "query_ids": ids, "csrf_token": token}
            return client.post("/review/label", data=data).status_code

        def add_event(name: str, kabupaten: str) -> int:
            data = {"name": name, "kabupaten": kabupaten, "csrf_token": token}
            return client.post("/events", data=data).status_code

        labels = [label(ids) for ids in ("²", "9" * 5000, "99999999999", "1," * 2001)]
        events = [add_event("A" * 201, "OKI"), add_event("Acara", "K" * 65)]
        with_nul = add_event("Sosialisasi\x00 Desa", "OKI\x07")
        filters = [
            client.get(path, params=params).status_code
            for path, params in [
                ("/queries", {"q": "\x00"}),
                ("/queries", {"intent": "greet\x00"}),
                ("/queries.csv", {"q": "biaya\x00"}),
                ("/", {"event": "\x00"}),
                ("/review", {"event": "desa\x00"}),
            ]
        ]
        posters = client.get("/events/a%00b/poster.png").status_code
        logout = client.post("/logout", data={"csrf_token": "kedaluwarsa-é"}).status_code
        events_page = client.get("/events").text

    assert [r.status_code for r in before_login] == [403, 403]
    assert labels == [400] * 4
    assert events == [400, 400]
    assert with_nul == 303 and "Sosialisasi Desa" in events_page
    assert filters == [200] * 5
    assert (posters, logout) == (404, 403)


def test_a_request_for_another_host_name_is_refused(console):
    """DNS rebinding: a page at rebind.example, its name pointed at 127.0.0.1, is refused."""
    base, _, _ = console
    with httpx.Client(base_url=base, headers={"Host": "rebind.example:8080"}) as rebound:
        responses = [rebound.get("/login"), rebound.post("/login", data={"username": "a"})]
    with httpx.Client(base_url=base, headers={"Host": "localhost"}) as local:
        assert local.get("/login").status_code == 200

    assert [r.status_code for r in responses] == [400, 400]
    assert "ADMIN_HOSTS" in responses[0].text
    assert_security_headers(responses[0])


def test_the_public_name_in_admin_hosts_is_answered(tmp_path):
    log = open_log(f"sqlite:///{tmp_path / 'querylog.sqlite3'}")
    sessions = log.sessions
    settings = make_settings(
        database_url=str(log.engine.url),
        posters_dir=tmp_path / "posters",
        admin_hosts="konsol.example.id",
    )
    with serving(settings, sessions) as (base, _):
        with httpx.Client(base_url=base, headers={"Host": "konsol.example.id"}) as proxied:
            assert proxied.get("/login").status_code == 200
        with httpx.Client(base_url=base, headers={"Host": "lain.example.id"}) as other:
            assert other.get("/login").status_code == 400
    log.close()
