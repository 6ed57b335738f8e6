"""The bot's own HTTP endpoints: /health (both modes) and /telegram (webhook mode)."""

from __future__ import annotations

import hmac
import json
import logging

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application

from bot.handlers import SERVICES_KEY
from bot.services import Services

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/telegram"
# Telegram's updates are a few kilobytes and a handful of levels deep; anything far bigger or
# deeper is not an update, and must cost a 400 or 413, not memory, a stack or a 500.
MAX_UPDATE_BYTES = 1_000_000
MAX_UPDATE_DEPTH = 40


async def read_body(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it is longer than the limit (declared or not)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def nested_deeper_than(value: object, limit: int) -> bool:
    """True when JSON data nests more than `limit` levels (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return False


def parse_update(body: bytes, application: Application) -> Update | None:
    """The update in a webhook body, or None when the body is not one."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past the stack
        return None
    if not isinstance(data, dict) or nested_deeper_than(data, MAX_UPDATE_DEPTH):
        return None
    try:
        return Update.de_json(data, application.bot)
    except Exception:  # whatever a malformed update makes the parser raise
        return None


def build_http_app(application: Application, *, webhook_secret: str | None) -> Starlette:
    """Health always; the webhook route only when a secret is given (webhook mode)."""

    async def health(request: Request) -> Response:
        """200 when Rasa and the database answer, 503 otherwise; never any user data."""
        services: Services = application.bot_data[SERVICES_KEY]
        rasa_ok = await services.rasa.is_ready()
        try:
            with services.sessions() as session:
                session.execute(text("SELECT 1"))
            database_ok = True
        except Exception:
            database_ok = False
        body = {
            "status": "ok" if rasa_ok and database_ok else "degraded",
            "rasa": "ok" if rasa_ok else "down",
            "database": "ok" if database_ok else "down",
            "spooled_rows": services.log_writer.spooled(),
        }
        return JSONResponse(body, status_code=200 if rasa_ok and database_ok else 503)

    async def telegram_update(request: Request) -> Response:
        """Accept an update from Telegram, only with the secret token Telegram was given."""
        given = request.headers.get(SECRET_HEADER, "")
        if not webhook_secret or not hmac.compare_digest(given.encode(), webhook_secret.encode()):
            return PlainTextResponse("forbidden", status_code=403)
        body = await read_body(request, MAX_UPDATE_BYTES)
        if body is None:
            return PlainTextResponse("too large", status_code=413)
        update = parse_update(body, application)
        if update is None:
            logger.warning("webhook body refused: not an update (%d bytes)", len(body))
            return PlainTextResponse("bad update", status_code=400)
        await application.update_queue.put(update)
        return Response(status_code=200)

    routes = [Route("/health", health)]
    if webhook_secret:
        routes.append(Route(WEBHOOK_PATH, telegram_update, methods=["POST"]))
    return Starlette(routes=routes)
