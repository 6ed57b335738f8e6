"""`python -m bot`: run the Telegram bot, or a console chat when there is no token.

Long polling by default; webhook mode when TELEGRAM_WEBHOOK_URL is set. In both modes the
bot serves /health on BOT_HTTP_HOST:BOT_HTTP_PORT.
"""

from __future__ import annotations

import asyncio
import logging

import uvicorn

from bot.app import build_application
from bot.console import chat_in_console
from bot.http_server import build_http_app
from bot.logs import configure_logging
from bot.settings import Settings

logger = logging.getLogger(__name__)
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]


async def serve_telegram(settings: Settings) -> None:
    """Run the bot and its HTTP server until SIGINT or SIGTERM."""
    webhook = settings.telegram_webhook_url is not None
    application = build_application(settings, polling=not webhook)
    secret = settings.telegram_webhook_secret.get_secret_value() if webhook else None
    server = uvicorn.Server(
        uvicorn.Config(
            build_http_app(application, webhook_secret=secret),
            host=settings.bot_http_host,
            port=settings.bot_http_port,
            log_config=None,
            access_log=False,
        )
    )
    async with application:
        await application.post_init(application)
        if webhook:
            await application.bot.set_webhook(
                url=str(settings.telegram_webhook_url),
                secret_token=secret,
                allowed_updates=ALLOWED_UPDATES,
                drop_pending_updates=False,
            )
            logger.info("webhook mode")
        else:
            await application.bot.delete_webhook()
            await application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
            logger.info("long-polling mode")
        await application.start()
        try:
            await server.serve()  # returns on SIGINT / SIGTERM
        finally:
            if application.updater and application.updater.running:
                await application.updater.stop()
            await application.stop()
            await application.post_shutdown(application)


def main() -> None:
    """Load the settings and run."""
    settings = Settings()
    configure_logging(settings.log_format)
    for name in settings.placeholder_secrets:
        logger.warning(
            "%s is a placeholder: fine for trying the bot on this machine, refused in production",
            name,
        )
    if settings.telegram_bot_token is None:
        asyncio.run(chat_in_console(settings))
        return
    asyncio.run(serve_telegram(settings))


if __name__ == "__main__":
    main()
