"""The one place that wires the Telegram bot."""

from __future__ import annotations

import asyncio
import contextlib
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
from bot.chat_trail import ChatTrail
from bot.conversation import Services
from bot.database import upgrade_database
from bot.flood import FloodGuard
from bot.intake import DELETE_BUTTON_PAYLOAD
from bot.ordering import InOrderPerChat
from bot.outreach_events import RegisteredEvents
from bot.querylog import create_query_log_engine, make_session_factory
from bot.rasa_client import RasaClient
from bot.retention import purge_regularly
from bot.sealing import Sealer
from bot.settings import Settings
from bot.spool import QueryLogWriter

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


async def open_services(
    settings: Settings, *, rasa_transport: httpx.AsyncBaseTransport | None = None
) -> Services:
    """Open the Rasa client and the database (migrated to the newest schema when reachable).

    rasa_transport replaces the network under the Rasa client (httpx's own transport when None).
    """
    engine = create_query_log_engine(settings.database_url)
    try:
        upgrade_database(engine)
    except Exception:  # the bot answers without a database; rows are spooled
        logger.exception("query-log database unavailable at start-up; rows will be spooled")
    rasa = RasaClient(
        str(settings.rasa_url),
        settings.rasa_timeout_seconds,
        channel_secret=(
            settings.rasa_channel_secret.get_secret_value()
            if settings.rasa_channel_secret
            else None
        ),
        transport=rasa_transport,
    )
    sessions = make_session_factory(engine)
    writer = QueryLogWriter(sessions, settings.spool_path)
    return Services(
        settings=settings,
        rasa=rasa,
        sessions=sessions,
        log_writer=writer,
        flood_guard=FloodGuard(settings.flood_max_messages, settings.flood_window_seconds),
        trail=ChatTrail(
            sessions,
            sealer=Sealer(settings.chat_link_key.get_secret_value(), purpose="message id"),
            anon_secret=settings.anon_secret.get_secret_value(),
        ),
        retention_purge=asyncio.create_task(purge_regularly(settings, sessions)),
    )


async def close_services(services: Services) -> None:
    """Close what open_services opened; rows still being written are finished first."""
    if services.retention_purge is not None:
        services.retention_purge.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await services.retention_purge
    await services.log_writer.close()
    await services.trail.close()
    await services.rasa.aclose()
    services.sessions.kw["bind"].dispose()


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    polling: bool = True,
    rasa_transport: httpx.AsyncBaseTransport | None = None,
) -> Application:
    """Build the bot: defaults, resources opened in post_init and closed in post_shutdown, handlers.

    With polling=False there is no updater: updates arrive through the webhook route. `request`
    and `rasa_transport` replace the network under the Bot API and the Rasa client (both are
    the real network when None).
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")

    async def post_init(application: Application) -> None:
        services = await open_services(settings, rasa_transport=rasa_transport)
        application.bot_data["services"] = services
        application.bot_data[handlers.REGISTERED_EVENTS_KEY] = RegisteredEvents(services.sessions)

    async def post_shutdown(application: Application) -> None:
        services = application.bot_data.pop("services", None)
        if services is not None:
            await close_services(services)

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
