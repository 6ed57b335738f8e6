"""Logging in and out, and the guards every other page goes through."""

from __future__ import annotations

from functools import wraps

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from bot.admin.auth import (
    AdminCredentials,
    admin_session_is_open,
    close_admin_session,
    csrf_ok,
    csrf_token,
    open_admin_session,
)
from bot.admin.pages import page
from bot.admin.throttle import LoginThrottle


def admin_required(handler):
    """Pages need a session that is open on the server: browsers are sent to the login page,
    other calls get 401. A signed cookie alone is not enough (it outlives a logout)."""

    @wraps(handler)
    async def guarded(request: Request) -> Response:
        with request.app.state.sessions() as session:
            logged_in = admin_session_is_open(
                session=session,
                credentials=request.app.state.credentials,
                token=request.session.get("token"),
            )
        if not logged_in:
            request.session.clear()  # the browser drops a cookie that opens nothing
            if request.method == "GET":
                return RedirectResponse("/login", status_code=303)
            return PlainTextResponse("Silakan masuk dulu.", status_code=401)
        request.state.logged_in = True
        return await handler(request)

    return guarded


def csrf_checked(handler):
    """Every form post must carry the session's CSRF token."""

    @wraps(handler)
    async def checked(request: Request) -> Response:
        form = await request.form()
        if not csrf_ok(request.session, form.get("csrf_token")):
            return PlainTextResponse("Formulir kedaluwarsa. Muat ulang halaman.", status_code=403)
        request.state.form = form
        return await handler(request)

    return checked


async def login_form(request: Request) -> Response:
    """The login page."""
    return page(request, "login.html", error=None)


@csrf_checked
async def login(request: Request) -> Response:
    """Check the credentials; an address that failed too often is refused for a while."""
    # The peer's address, or the proxy's word for it when the peer is ADMIN_TRUSTED_PROXIES
    # (uvicorn's proxy_headers, bot.admin.web.server_config); never a client's own header.
    address = request.client.host if request.client else "unknown"
    form = request.state.form
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    throttle: LoginThrottle = request.app.state.throttle
    if throttle.refuses(address, username):
        return page(
            request,
            "login.html",
            error="Terlalu banyak percobaan. Coba lagi 5 menit lagi.",
            status_code=429,
        )
    credentials: AdminCredentials = request.app.state.credentials
    if not credentials.check(username, password):
        throttle.record_failure(address, username)
        return page(
            request, "login.html", error="Nama pengguna atau kata sandi salah.", status_code=401
        )
    throttle.record_success(address, username)
    with request.app.state.sessions.begin() as session:
        token = open_admin_session(session=session, credentials=credentials)
    request.session.clear()  # nothing from before the login carries over
    request.session["token"] = token
    csrf_token(request.session)  # a fresh token for the new session
    return RedirectResponse("/", status_code=303)


@admin_required
@csrf_checked
async def logout(request: Request) -> Response:
    """End the session on the server, so a copy of the cookie opens nothing either."""
    with request.app.state.sessions.begin() as session:
        close_admin_session(session=session, token=request.session.get("token"))
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
