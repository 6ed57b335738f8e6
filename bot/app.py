"""The one place that wires the Telegram bot."""

from __future__ import annotations

import logging

import httpx
from telegram import LinkPreviewOptions, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import deletion, handlers
from bot.intake import DELETE_BUTTON_PAYLOAD
from bot.ordering import InOrderPerChat
from bot.services import Services
from bot.settings import Settings

logger = logging.getLogger(__name__)

NON_TEXT = (
    filters.Sticker.ALL
    | filters.PHOTO
    | filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.ANIMATION
    | filters.Document.ALL
    | filters.LOCATION
    | filters.CONTACT
    | filters.POLL
)


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    polling: bool = True,
    rasa_transport: httpx.AsyncBaseTransport | None = None,
) -> Application:
    """Build the bot: defaults, services opened in post_init and closed in post_shutdown
    (bot.services), handlers.

    With polling=False there is no updater: updates arrive through the webhook route. Tests
    hand in `request` (Telegram's side) and `rasa_transport` (Rasa's) to fake them over HTTP.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")

    async def post_init(application: Application) -> None:
        services = await Services.open(settings, rasa_transport=rasa_transport)
        application.bot_data[handlers.SERVICES_KEY] = services

    async def post_shutdown(application: Application) -> None:
        services = application.bot_data.pop(handlers.SERVICES_KEY, None)
        if services is not None:
            await services.close()

    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_file_url)
        # Villagers on weak signal pay for every byte: no link previews.
        .defaults(Defaults(link_preview_options=LinkPreviewOptions(is_disabled=True)))
        # Users are answered concurrently; one slow answer does not hold up the others. Each
        # chat's own messages are answered in the order they were sent.
        .concurrent_updates(InOrderPerChat(max_concurrent_updates=256))
        # Waits and retries when Telegram answers 429 (retry_after). No overall cap of our own:
        # replies to different users are not a broadcast; groups keep Telegram's 20 a minute.
        .rate_limiter(AIORateLimiter(overall_max_rate=0, max_retries=3))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if not polling:
        builder = builder.updater(None)
    application = builder.build()

    messages = filters.UpdateType.MESSAGES  # new and edited messages; channel posts are ignored
    # A group of its own, run before the others for every update: each message in a private
    # chat has its id kept for "Hapus jejak", whichever handler answers it.
    application.add_handler(TypeHandler(Update, handlers.remember_incoming), group=-1)
    application.add_handlers(
        [
            CommandHandler("start", handlers.start, filters=messages),
            CommandHandler(["menu", "help", "bantuan"], handlers.show_menu, filters=messages),
            CommandHandler(["privasi", "privacy"], handlers.show_privacy, filters=messages),
            CommandHandler("hapus", deletion.ask_to_delete, filters=messages),
            # A button without data: python-telegram-bot hands it to the first button handler
            # whatever its pattern, which would be "Hapus jejak" below. It goes to the general
            # handler (a pointer to the menu); the pattern lets no other button through.
            CallbackQueryHandler(handlers.button_pressed, pattern=lambda data: False),
            # Before the general button handler: the menu's "Hapus jejak" and the /hapus
            # choices are answered by the bot, they are not Rasa payloads.
            CallbackQueryHandler(
                deletion.delete_button_pressed, pattern=rf"^{DELETE_BUTTON_PAYLOAD}$"
            ),
            CallbackQueryHandler(deletion.delete_confirmed, pattern=r"^hapus:"),
            CallbackQueryHandler(handlers.button_pressed),
            MessageHandler(messages & filters.TEXT & ~filters.COMMAND, handlers.text_message),
            MessageHandler(messages & NON_TEXT, handlers.non_text_message),
            # Last: any command not handled above.
            MessageHandler(messages & filters.COMMAND, handlers.unknown_command),
        ]
    )
    application.add_error_handler(handlers.report_error)
    return application
