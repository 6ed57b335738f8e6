"""`python -m bot`: run the Telegram bot (long polling), or a console chat without a token."""

from __future__ import annotations

import asyncio
import logging

from bot.app import build_application
from bot.console import chat_in_console
from bot.settings import Settings


def main() -> None:
    """Load the settings and run."""
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO
    )
    # httpx logs every request URL, and the Bot API URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    settings = Settings()
    if settings.telegram_bot_token is None:
        asyncio.run(chat_in_console(settings))
        return
    application = build_application(settings)
    application.run_polling(allowed_updates=["message", "edited_message", "callback_query"])


if __name__ == "__main__":
    main()
