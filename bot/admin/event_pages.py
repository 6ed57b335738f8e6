"""The events page: outreach events with their links, posters and reach."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, RedirectResponse, Response

from bot.admin import reports
from bot.admin.events import (
    UnknownBotUsername,
    bot_username,
    create_event,
    deep_link,
    find_event,
    write_posters,
)
from bot.admin.login import admin_required, csrf_checked
from bot.admin.pages import db, form_text, page, parse_date
from bot.querylog import OutreachEvent
from bot.settings import Settings
from bot.telegram_render import EVENT_CODE_PATTERN

# Longer ones would not fit the columns, and PostgreSQL answers with an error.
EVENT_NAME_LENGTH = OutreachEvent.__table__.c.name.type.length
KABUPATEN_LENGTH = OutreachEvent.__table__.c.kabupaten.type.length


async def known_bot_username(request: Request) -> str:
    """The bot's username; asked of Telegram once per console run when it is not configured."""
    state = request.app.state
    if state.bot_username is None:
        state.bot_username = await bot_username(state.settings)
    return state.bot_username


@admin_required
async def events(request: Request) -> Response:
    """Outreach events with their links, posters and reach."""
    return await events_page(request)


async def events_page(request: Request, *, error: str | None = None) -> Response:
    """The events page, with what went wrong, if anything; links only when the username is known."""
    try:
        username = await known_bot_username(request)
    except UnknownBotUsername as unknown:
        username, error = None, error or str(unknown)
    with db(request) as session:
        rows = reports.all_events(session)
        reach, ranges = reports.event_reach(session)
    return page(
        request,
        "events.html",
        status_code=503 if error else 200,
        events=rows,
        reach=reach,
        ranges=ranges,
        link=lambda code: deep_link(username, code) if username else None,
        error=error,
    )


@admin_required
@csrf_checked
async def add_event(request: Request) -> Response:
    """Create an event and its posters; not at all when the bot's username is unknown."""
    settings: Settings = request.app.state.settings
    form = request.state.form
    name, kabupaten = form_text(form, "name"), form_text(form, "kabupaten")
    if not name or not kabupaten:
        return PlainTextResponse("Nama acara dan kabupaten wajib diisi.", status_code=400)
    if len(name) > EVENT_NAME_LENGTH or len(kabupaten) > KABUPATEN_LENGTH:
        return PlainTextResponse(
            f"Nama acara paling panjang {EVENT_NAME_LENGTH} huruf, "
            f"kabupaten/kota {KABUPATEN_LENGTH} huruf.",
            status_code=400,
        )
    try:
        username = await known_bot_username(request)
    except UnknownBotUsername as unknown:
        return await events_page(request, error=str(unknown))
    with request.app.state.sessions.begin() as session:
        event = create_event(
            session=session,
            name=name,
            kabupaten=kabupaten,
            event_date=parse_date(str(form.get("date", ""))),
        )
        write_posters(event, deep_link(username, event.code), settings.posters_dir)
    return RedirectResponse("/events", status_code=303)


@admin_required
async def poster(request: Request) -> Response:
    """The event's poster as PNG or PDF (made again if the file is missing)."""
    settings: Settings = request.app.state.settings
    code, kind = request.path_params["code"], request.path_params["kind"]
    if kind not in ("png", "pdf"):
        return PlainTextResponse("Format poster: png atau pdf.", status_code=404)
    if not EVENT_CODE_PATTERN.match(code):  # no event has it; PostgreSQL refuses some (NUL)
        return PlainTextResponse("Acara tidak ditemukan.", status_code=404)
    with db(request) as session:
        event = find_event(session, code)
        if event is None:
            return PlainTextResponse("Acara tidak ditemukan.", status_code=404)
        png, pdf = (
            settings.posters_dir / f"poster-{code}.png",
            settings.posters_dir / f"poster-{code}.pdf",
        )
        if not (png.exists() and pdf.exists()):
            try:
                username = await known_bot_username(request)
            except UnknownBotUsername as unknown:
                return PlainTextResponse(str(unknown), status_code=503)
            png, pdf = write_posters(event, deep_link(username, code), settings.posters_dir)
    return FileResponse(png if kind == "png" else pdf, filename=f"poster-{code}.{kind}")
