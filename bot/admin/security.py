"""What the console must not allow: scripts, framing, caching, redirects off it, other hosts."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The console needs no script at all and only its own stylesheet (bot/admin/static), so a page
# that ever carried injected markup could run nothing, load nothing and post nowhere else.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "style-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    # frame-ancestors for current browsers, X-Frame-Options for older ones: no clickjacking.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # URLs carry searches of villagers' words (/queries?q=...); no other site gets them.
    "Referrer-Policy": "no-referrer",
    # Pages and exports hold the query log: no browser or proxy keeps a copy after logout.
    "Cache-Control": "no-store",
}


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response of the app, refusals and files included. (Only
    the bare "Internal Server Error" of an unexpected exception goes without: Starlette sends it
    from outside all middleware, and it carries no data.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


# The names the console always answers to: it listens on 127.0.0.1 only.
LOCAL_HOSTS = ("127.0.0.1", "localhost")
UNKNOWN_HOST = (
    "Konsol tidak melayani alamat ini. Jika ini alamat resmi konsol, tambahkan nama host-nya "
    "ke ADMIN_HOSTS."
)


class KnownHostsOnly:
    """Refuses a request addressed to any other host name. Without it, a web page an admin
    opens could point its own name at 127.0.0.1 (DNS rebinding) and, as the same origin to the
    browser, read the login page and try passwords from the admin's own address."""

    def __init__(self, app: ASGIApp, hosts: list[str]) -> None:
        self.app = app
        self.hosts = {*LOCAL_HOSTS, *hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = Headers(scope=scope).get("host", "")
            name = host if host.endswith("]") else host.rsplit(":", 1)[0]
            if name.lower() not in self.hosts:
                await PlainTextResponse(UNKNOWN_HOST, status_code=400)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def local_path(target: str | None, default: str) -> str:
    """`target` when it is a path on this console, else `default`: a form field must never send
    an admin to another site (an open redirect is a phishing link with our name on it)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return default
    # Browsers read "/\\host" as "//host" and drop tabs and line breaks before resolving a URL,
    # so "/\\t/host" is another site too.
    if "\\" in target or any(ch.isspace() or not ch.isprintable() for ch in target):
        return default
    parts = urlsplit(target)
    return default if parts.scheme or parts.netloc else target
