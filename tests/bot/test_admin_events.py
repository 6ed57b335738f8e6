"""Outreach events in the console, in process: made with their link and posters, refused when
the form is wrong, posters served (and made again when the files went)."""

import pytest

from bot.querylog import OutreachEvent
from testkit.admin_client import csrf_token, logged_in_console
from testkit.querylog_rows import open_log


@pytest.fixture
async def console(database_url, tmp_path):
    log = open_log(database_url)
    sessions = log.sessions
    async with logged_in_console(database_url, sessions, tmp_path) as client:
        yield client, sessions, tmp_path / "posters"
    log.close()


async def add_event(client, **form) -> object:
    token = csrf_token((await client.get("/events")).text)
    return await client.post("/events", data={"csrf_token": token, **form})


def events_in(sessions) -> list[OutreachEvent]:
    with sessions() as session:
        return list(session.query(OutreachEvent))


async def test_an_event_gets_its_link_and_both_posters(console):
    client, sessions, posters = console

    response = await add_event(client, name="Sosialisasi Desa Ulak Kerbau", kabupaten="OKI")

    assert response.status_code == 303
    [event] = events_in(sessions)
    assert event.code.startswith("sosialisasi-desa-ulak-kerbau-")
    page = (await client.get("/events")).text
    assert f"https://t.me/pmi_sumsel_bot?start={event.code}" in page
    assert (posters / f"poster-{event.code}.png").exists()
    pdf = await client.get(f"/events/{event.code}/poster.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


async def test_a_poster_whose_files_went_is_made_again(console):
    client, sessions, posters = console
    await add_event(client, name="Penyuluhan Kelurahan", kabupaten="Palembang", date="2026-12-05")
    [event] = events_in(sessions)
    for made in posters.glob("*"):
        made.unlink()

    png = await client.get(f"/events/{event.code}/poster.png")

    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "form",
    [
        {"name": "", "kabupaten": "OKI"},
        {"name": "Acara", "kabupaten": " "},
        {"name": "x" * 300, "kabupaten": "OKI"},
    ],
    ids=["no-name", "no-kabupaten", "name-too-long"],
)
async def test_a_form_without_what_an_event_needs_is_refused(console, form):
    client, sessions, _ = console

    response = await add_event(client, **form)

    assert response.status_code == 400
    assert events_in(sessions) == []


async def test_a_form_without_the_csrf_token_is_refused(console):
    client, sessions, _ = console

    response = await client.post("/events", data={"name": "Acara", "kabupaten": "OKI"})

    assert response.status_code == 403
    assert events_in(sessions) == []


@pytest.mark.parametrize(
    "path",
    ["/events/tidak-ada-123abc/poster.png", "/events/x/poster.gif", "/events/%00/poster.png"],
)
async def test_posters_of_no_event_are_not_found(console, path):
    client, _, _ = console

    assert (await client.get(path)).status_code == 404
