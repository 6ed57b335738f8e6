"""The admin console: server-rendered pages in Indonesian behind a login."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import uvicorn
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.admin import charts, exports, reports
from bot.admin.auth import AdminCredentials
from bot.admin.events import (
    UnknownBotUsername,
    bot_username,
    create_event,
    deep_link,
    find_event,
    write_posters,
)
from bot.admin.login import admin_required, csrf_checked, login, login_form, logout
from bot.admin.pages import (
    db,
    filter_from,
    form_text,
    intent_choices,
    known_intents,
    page,
    parse_date,
)
from bot.admin.security import SecurityHeaders, local_path
from bot.admin.throttle import LoginThrottle
from bot.admin.topics import topic_label
from bot.querylog import OutreachEvent
from bot.settings import Settings
from bot.telegram_render import EVENT_CODE_PATTERN

SESSION_HOURS = 8
# A query id as the review page writes it (the database's integer holds nine digits), and at
# most a whole review queue (reports.unanswered_groups) labelled at once.
QUERY_ID = re.compile(r"[0-9]{1,9}")
LABELLED_AT_ONCE = 2000
# Longer ones would not fit the columns, and PostgreSQL answers with an error.
EVENT_NAME_LENGTH = OutreachEvent.__table__.c.name.type.length
KABUPATEN_LENGTH = OutreachEvent.__table__.c.kabupaten.type.length
STATIC = Path(__file__).with_name("static")


# ---------------------------------------------------------------------------- dashboard
@admin_required
async def dashboard(request: Request) -> Response:
    """Messages and users per day, top intents, fallback rate, by event and by district."""
    query_filter = filter_from(request)
    with db(request) as session:
        figures = reports.dashboard(session, query_filter)
        events = reports.event_choices(session)
    days = [b.name for b in figures.per_day]
    return page(
        request,
        "dashboard.html",
        figures=figures,
        events=events,
        per_day_chart=charts.line_chart(
            days,
            {
                "Pesan": [b.messages for b in figures.per_day],
                "Pengguna": [b.users for b in figures.per_day],
            },
            title="Pesan dan pengguna per hari",
        ),
        intents_chart=charts.bar_chart(
            [(topic_label(intent), n) for intent, n in figures.top_intents],
            details=[intent or "-" for intent, _ in figures.top_intents],
            title="Topik terbanyak",
        ),
        events_chart=charts.bar_chart(
            [(b.name, b.messages) for b in figures.by_event], title="Pesan per acara"
        ),
        districts_chart=charts.bar_chart(
            [(b.name, b.messages) for b in figures.by_district], title="Pesan per kabupaten/kota"
        ),
        fallback_chart=charts.bar_chart(
            [(b.name, 100 * b.fallback_rate) for b in figures.by_event],
            title="Tidak terjawab per acara (%)",
            value_format="{:.0f}%",
        ),
    )


# ---------------------------------------------------------------------------- queries
@admin_required
async def queries(request: Request) -> Response:
    """Search the logged (scrubbed) queries."""
    with db(request) as session:
        rows = reports.search_queries(session, filter_from(request))
        events = reports.event_choices(session)
    return page(
        request,
        "queries.html",
        rows=rows,
        events=events,
        intents=intent_choices(),
        query_string=request.url.query,
    )


@admin_required
async def queries_csv(request: Request) -> Response:
    """The filtered list as CSV."""
    with db(request) as session:
        rows = reports.search_queries(session, filter_from(request), limit=100_000)
    return Response(
        exports.queries_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="pertanyaan.csv"'},
    )


# ---------------------------------------------------------------------------- review
@admin_required
async def review(request: Request) -> Response:
    """The queue of unanswered and low-confidence questions, the same question grouped."""
    with db(request) as session:
        groups = reports.unanswered_groups(session, filter_from(request))
        events = reports.event_choices(session)
    return page(request, "review.html", groups=groups, events=events, intents=intent_choices())


@admin_required
@csrf_checked
async def label(request: Request) -> Response:
    """Label one query or a whole group with the right intent."""
    form = request.state.form
    intent = form_text(form, "intent")
    given = [i.strip() for i in form_text(form, "query_ids").split(",") if i.strip()]
    if intent not in known_intents():
        return PlainTextResponse("Pilih topik yang benar.", status_code=400)
    if not 0 < len(given) <= LABELLED_AT_ONCE or not all(map(QUERY_ID.fullmatch, given)):
        return PlainTextResponse("Pertanyaan yang dipilih tidak dikenal.", status_code=400)
    ids = [int(i) for i in given]
    with request.app.state.sessions.begin() as session:
        reports.label_queries(session=session, query_ids=ids, intent=intent)
    return RedirectResponse(local_path(str(form.get("back", "")), "/review"), status_code=303)


@admin_required
async def export_nlu(request: Request) -> Response:
    """Labelled queries as Rasa NLU YAML, ready to add to nlu/."""
    with db(request) as session:
        text = exports.nlu_yaml(reports.labelled_examples(session))
    return Response(
        text,
        media_type="application/x-yaml; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="nlu-dari-admin.yml"'},
    )


# ---------------------------------------------------------------------------- events
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
        reach = reports.event_reach(session)
    return page(
        request,
        "events.html",
        status_code=503 if error else 200,
        events=rows,
        reach=reach,
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


def build_admin_app(
    settings: Settings, sessions: sessionmaker[Session], credentials: AdminCredentials
) -> Starlette:
    """The console app; the caller owns the database engine."""
    secret = (
        settings.admin_session_secret.get_secret_value()
        if settings.admin_session_secret
        else secrets.token_urlsafe(32)
    )
    app = Starlette(
        routes=[
            Route("/login", login_form, methods=["GET"]),
            Route("/login", login, methods=["POST"]),
            Route("/logout", logout, methods=["POST"]),
            Route("/", dashboard),
            Route("/queries", queries),
            Route("/queries.csv", queries_csv),
            Route("/review", review),
            Route("/review/label", label, methods=["POST"]),
            Route("/export/nlu.yml", export_nlu),
            Route("/events", events, methods=["GET"]),
            Route("/events", add_event, methods=["POST"]),
            Route("/events/{code}/poster.{kind:str}", poster),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(
                SessionMiddleware,
                secret_key=secret,
                session_cookie="pmi_admin",
                max_age=SESSION_HOURS * 3600,
                same_site="strict",
                https_only=settings.environment == "production",
            ),
        ],
    )
    app.state.settings = settings
    app.state.sessions = sessions
    app.state.credentials = credentials
    app.state.throttle = LoginThrottle()
    app.state.bot_username = None  # filled on first use (bot.admin.events.bot_username)
    return app


def server_config(app: Starlette, settings: Settings) -> uvicorn.Config:
    """How the console is served: on 127.0.0.1 only, and believing X-Forwarded-For only from
    ADMIN_TRUSTED_PROXIES (uvicorn's default believes any client on 127.0.0.1, so each guess
    with a new header would count as a new client)."""
    proxies = settings.admin_trusted_proxies
    return uvicorn.Config(
        app,
        host="127.0.0.1",
        port=settings.admin_port,
        log_level="warning",
        proxy_headers=bool(proxies),
        forwarded_allow_ips=proxies or None,
        server_header=False,
    )
