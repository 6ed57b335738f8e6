"""The one place that wires the Telegram bot."""

from __future__ import annotations

from telegram import LinkPreviewOptions
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import handlers
from bot.conversation import Services
from bot.database import upgrade_database
from bot.querylog import create_query_log_engine, make_session_factory
from bot.rasa_client import RasaClient
from bot.settings import Settings

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


async def open_services(settings: Settings) -> Services:
    """Open the Rasa client and the database (migrated to the newest schema)."""
    engine = create_query_log_engine(settings.database_url)
    upgrade_database(engine)
    rasa = RasaClient(str(settings.rasa_url), settings.rasa_timeout_seconds)
    return Services(settings=settings, rasa=rasa, sessions=make_session_factory(engine))


async def close_services(services: Services) -> None:
    """Close what open_services opened."""
    await services.rasa.aclose()
    engine = services.sessions.kw["bind"]
    engine.dispose()


def build_application(settings: Settings, *, request: BaseRequest | None = None) -> Application:
    """Build the bot: defaults, resources opened in post_init and closed in post_shutdown, handlers."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")

    async def post_init(application: Application) -> None:
        application.bot_data["services"] = await open_services(settings)

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
        # Users are answered concurrently; one slow answer does not hold up the others.
        .concurrent_updates(True)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()

    messages = filters.UpdateType.MESSAGES  # new and edited messages; channel posts are ignored
    application.add_handlers(
        [
            CommandHandler("start", handlers.start, filters=messages),
            CommandHandler(["menu", "help", "bantuan"], handlers.show_menu, filters=messages),
            CommandHandler("hapus", handlers.ask_to_delete, filters=messages),
            # Before the general button handler: /hapus confirmations are not Rasa payloads.
            CallbackQueryHandler(handlers.delete_confirmed, pattern=r"^hapus:"),
            CallbackQueryHandler(handlers.button_pressed),
            MessageHandler(messages & filters.TEXT & ~filters.COMMAND, handlers.text_message),
            MessageHandler(messages & NON_TEXT, handlers.non_text_message),
            # Last: any command not handled above.
            MessageHandler(messages & filters.COMMAND, handlers.unknown_command),
        ]
    )
    application.add_error_handler(handlers.report_error)
    return application
