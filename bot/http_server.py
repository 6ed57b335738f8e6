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

from bot.conversation import Services

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/telegram"


def build_http_app(application: Application, *, webhook_secret: str | None) -> Starlette:
    """Health always; the webhook route only when a secret is given (webhook mode)."""

    async def health(request: Request) -> Response:
        """200 when Rasa and the database answer, 503 otherwise; never any user data."""
        services: Services = application.bot_data["services"]
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
        try:
            update = Update.de_json(json.loads(await request.body()), application.bot)
        except (ValueError, TypeError, KeyError):
            return PlainTextResponse("bad update", status_code=400)
        await application.update_queue.put(update)
        return Response(status_code=200)

    routes = [Route("/health", health)]
    if webhook_secret:
        routes.append(Route(WEBHOOK_PATH, telegram_update, methods=["POST"]))
    return Starlette(routes=routes)
