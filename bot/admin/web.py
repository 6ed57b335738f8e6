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
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.admin import charts, exports, reports
from bot.admin.auth import SESSION_LIFETIME, AdminCredentials
from bot.admin.event_pages import add_event, events, poster
from bot.admin.login import admin_required, csrf_checked, login, login_form, logout
from bot.admin.pages import (
    db,
    filter_from,
    form_text,
    intent_choices,
    known_intents,
    page,
)
from bot.admin.reports import cases as case_reports
from bot.admin.security import KnownHostsOnly, SecurityHeaders, local_path
from bot.admin.throttle import LoginThrottle
from bot.admin.topics import topic_label
from bot.settings import Settings

# A query id as the review page writes it (the database's integer holds nine digits), and at
# most a whole review queue (reports.unanswered_groups) labelled at once.
QUERY_ID = re.compile(r"[0-9]{1,9}")
LABELLED_AT_ONCE = 2000
STATIC = Path(__file__).with_name("static")


# ---------------------------------------------------------------------------- dashboard
@admin_required
async def dashboard(request: Request) -> Response:
    """Messages and users per day, top intents, fallback rate, by event and by district; small
    groups hidden (bot.admin.small_counts), and so left out of the charts."""
    query_filter = filter_from(request)
    with db(request) as session:
        figures = reports.dashboard(session, query_filter)
        events = reports.event_choices(session)
        open_cases = case_reports.open_cases(session)
        first_reply = case_reports.median_first_reply(session, query_filter.start, query_filter.end)
    days = [b.name for b in figures.per_day]
    return page(
        request,
        "dashboard.html",
        figures=figures,
        ranges=figures.ranges,
        open_cases=open_cases,
        first_reply=case_reports.duration(first_reply),
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
            [
                (b.name, None if b.fallback_rate is None else 100 * b.fallback_rate)
                for b in figures.by_event
            ],
            title="Tidak terjawab per acara (%)",
            value_format="{:.0f}%",
        ),
    )


# ---------------------------------------------------------------------------- cases
@admin_required
async def cases(request: Request) -> Response:
    """The hand-off's cases: status, district, time to the first reply, outcome."""
    query_filter = filter_from(request)
    with db(request) as session:
        figures = case_reports.case_figures(session, query_filter.start, query_filter.end)
    return page(
        request,
        "cases.html",
        figures=figures,
        duration=case_reports.duration,
        median=case_reports.duration(figures.median_first_reply),
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
        event_codes={code for code, _ in events},
        intents=intent_choices(),
        query_string=request.url.query,
    )


@admin_required
async def queries_csv(request: Request) -> Response:
    """The filtered list as CSV."""
    with db(request) as session:
        rows = reports.search_queries(session, filter_from(request), limit=100_000)
        event_codes = reports.registered_codes(session)
    return Response(
        exports.queries_csv(rows, event_codes=event_codes),
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
            Route("/cases", cases),
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
            Middleware(KnownHostsOnly, hosts=settings.admin_hosts),
            Middleware(
                SessionMiddleware,
                secret_key=secret,
                session_cookie="pmi_admin",
                max_age=int(SESSION_LIFETIME.total_seconds()),
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
