"""The console as an admin uses it, in a real headless browser."""

from __future__ import annotations

import csv

import httpx
import yaml
import zxingcpp
from PIL import Image
from sqlalchemy import select

from bot.admin.throttle import LoginThrottle
from bot.querylog import QueryLabel
from tests.browser.conftest import ADMIN_PASSWORD, log_in


def test_every_page_needs_a_login(console, page):
    base, _, _ = console
    for path in ("/", "/queries", "/review", "/events", "/export/nlu.yml", "/queries.csv"):
        response = httpx.get(base + path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/login", path
    assert (
        httpx.post(base + "/review/label", data={"intent": "greet", "query_ids": "1"}).status_code
        == 401
    )
    page.goto(base + "/")
    assert page.url.endswith("/login")
    assert page.locator("h1").inner_text() == "Masuk"


def test_a_wrong_password_is_refused_and_repeated_failures_are_throttled(console):
    base, _, app = console
    try:
        with httpx.Client(base_url=base) as client:
            token = _csrf(client)
            statuses = [
                client.post(
                    "/login",
                    data={"username": "petugas", "password": f"salah{i}", "csrf_token": token},
                ).status_code
                for i in range(6)
            ]
            right = client.post(
                "/login",
                data={"username": "petugas", "password": ADMIN_PASSWORD, "csrf_token": token},
            ).status_code
    finally:
        app.state.throttle = LoginThrottle()  # the other tests log in from the same address
    assert statuses[:5] == [401] * 5
    assert statuses[5] == 429
    assert right == 429  # even the right password waits out the block


def _csrf(client: httpx.Client) -> str:
    html = client.get("/login").text
    return html.split('name="csrf_token" value="')[1].split('"')[0]


def test_a_form_without_the_csrf_token_is_refused(console):
    base, _, _ = console
    with httpx.Client(base_url=base) as client:
        client.get("/login")
        response = client.post("/login", data={"username": "petugas", "password": "x"})
    assert response.status_code == 403


def test_the_dashboard_shows_figures_and_charts(console, page):
    base, _, _ = console
    log_in(page, base)

    assert page.url == base + "/"
    # Three questions came without a district, from three people: that row is hidden, so every
    # count is a range of five (28 messages, 27 people) and a share of 4 unanswered is not shown.
    assert page.locator("#total-messages").inner_text() == "25–29"
    assert page.locator("#total-users").inner_text() == "25–29"
    assert page.locator("#fallback-rate").inner_text() == "-"
    charts = page.locator("svg.chart")
    assert charts.count() == 5
    assert page.locator("svg.chart polyline").count() == 2  # messages and users per day
    assert page.locator("svg.chart rect").count() >= 6  # bars
    # Topics in words; the intent only as the detail a pointer brings up.
    topics = page.locator('svg.chart[aria-label="Topik terbanyak"]')
    assert topics.locator("text", has_text="Lowongan resmi").count() == 1
    assert topics.locator("text", has_text="ask_job_vacancy").count() == 0
    assert "ask_job_vacancy" in topics.locator("title").all_text_contents()
    # Two topics asked by fewer than 5 people: no bar, a note.
    assert topics.locator("text", has_text="Salam pembuka").count() == 0
    assert topics.locator("text.note").text_content() == "2 tidak digambar (disembunyikan)"
    unnamed = page.locator("#by-district tr", has_text="(tidak disebut)").locator("td")
    assert unnamed.all_inner_texts() == ["(tidak disebut)", "disembunyikan", "disembunyikan", "-"]
    lahat = page.locator("#by-district tr", has_text="Lahat").locator("td")
    assert lahat.all_inner_texts() == ["Lahat", "5–9", "5–9", "0%"]
    assert page.locator("#ranges-note").inner_text() == "65–69"
    page.select_option("select[name=event]", "desa-pematang")
    page.click("form.filters button[type=submit]")
    assert page.locator("#total-messages").inner_text() == "10–14"
    page.goto(base + "/?q=biaya")  # one question
    assert page.locator("#total-messages").inner_text() == "disembunyikan"
    assert page.locator("#fallback-rate").inner_text() == "-"


def test_labelling_a_group_and_exporting_it(console, page):
    base, sessions, _ = console
    log_in(page, base)
    page.goto(base + "/review")
    group = page.locator(".group").first
    assert "3x" in group.inner_text()
    assert "tebakan model: Lowongan resmi" in group.inner_text()
    topics = group.locator("form.group-label select[name=intent]")
    options = topics.locator("option")
    assert "Syarat jadi PMI" in options.all_inner_texts()
    assert "ask_requirements" not in options.all_inner_texts()
    topics.select_option(label="Lowongan resmi")
    group.locator("form.group-label button[type=submit]").click()

    assert "label: Lowongan resmi" in page.locator(".group").first.inner_text()
    with sessions() as session:
        assert {label.intent for label in session.scalars(select(QueryLabel))} == {
            "ask_job_vacancy"
        }
    with page.expect_download() as download:
        page.click("#nlu-export")
    exported = yaml.safe_load(download.value.path().read_text(encoding="utf-8"))
    [block] = exported["nlu"]
    assert block["intent"] == "ask_job_vacancy" and block["examples"].count("jerman") == 3


def test_searching_and_the_csv_export(console, page):
    base, _, _ = console
    log_in(page, base)
    page.goto(base + "/queries")
    page.fill("input[name=q]", "biaya")
    page.click("form.filters button[type=submit]")

    assert page.locator("#query-table tr").count() == 2  # header and one row
    topic = page.locator("#query-table tr").nth(1).locator("td").nth(2)
    assert topic.inner_text() == "Biaya resmi ask_costs"
    assert topic.locator(".intent").inner_text() == "ask_costs"
    with page.expect_download() as download:
        page.click("#csv-export")
    header, row = csv.reader(download.value.path().read_text(encoding="utf-8").splitlines())
    assert "biaya jadi tki berapa" in row
    assert row[header.index("topik")] == "Biaya resmi"
    assert row[header.index("intent")] == "ask_costs"


def test_creating_an_event_gives_a_link_and_a_poster_whose_qr_is_that_link(console, page, tmp_path):
    base, _, _ = console
    log_in(page, base)
    page.goto(base + "/events")
    page.fill("input[name=name]", "Sosialisasi Kelurahan 3 Ilir")
    page.fill("input[name=kabupaten]", "Palembang")
    page.fill("input[name=date]", "2026-12-10")
    page.click("form.card button[type=submit]")

    row = page.locator("#event-table tr", has_text="Kelurahan 3 Ilir")
    link = row.locator(".deep-link").inner_text()
    assert link.startswith("https://t.me/pmi_sumsel_bot?start=sosialisasi-kelurahan-3-ilir-")
    with page.expect_download() as download:
        row.locator("a", has_text="PNG").click()
    [decoded] = zxingcpp.read_barcodes(Image.open(download.value.path()))
    assert decoded.text == link
    page.screenshot(path=str(tmp_path / "events.png"), full_page=True)


def test_logging_out_ends_the_session(console, page):
    base, _, _ = console
    log_in(page, base)
    page.click("header button[type=submit]")
    page.goto(base + "/review")
    assert page.url.endswith("/login")


def test_labelling_one_query_of_a_group(console, page):
    base, sessions, _ = console
    log_in(page, base)
    page.goto(base + "/review")
    group = page.locator(".group").first
    group.locator("summary").click()
    single = group.locator("li.single").first
    single.locator("select[name=intent]").select_option(label="Langkah resmi")
    single.locator("button[type=submit]").click()

    with sessions() as session:
        labels = {label.intent for label in session.scalars(select(QueryLabel))}
    assert "ask_procedure" in labels
