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
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import deletion, handlers
from bot.handoff import asking, offers, officers, villager
from bot.handoff.sweeper import sweep_regularly
from bot.intake import DELETE_BUTTON_PAYLOAD
from bot.ordering import InOrderPerChat
from bot.services import Services
from bot.settings import Settings

logger = logging.getLogger(__name__)

SWEEPER_KEY = "handoff_sweeper"

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
        if settings.officers_chat_id is not None:
            # Due times of the hand-off's cases (one replica acts on each: bot/handoff/sweeper.py).
            application.bot_data[SWEEPER_KEY] = asyncio.create_task(
                sweep_regularly(application.bot, services.handoff, services.trail)
            )

    async def post_shutdown(application: Application) -> None:
        sweeper = application.bot_data.pop(SWEEPER_KEY, None)
        if sweeper is not None:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
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
        # replies to different users are not a broadcast; groups keep Telegram's 20 a minute
        # (the officers' chat too: at a busy moment, relays into it wait their turn).
        .rate_limiter(
            AIORateLimiter(
                overall_max_rate=0,
                group_max_rate=settings.telegram_group_max_rate,
                max_retries=3,
            )
        )
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
    application.add_handler(TypeHandler(Update, handlers.remember_incoming), group=-2)
    if settings.officers_chat_id is not None:
        # The hand-off (bot/handoff/), before every handler of group 0; each of these stops the
        # update there when it is the hand-off's. First the officers' chat, and only that chat:
        # its messages are officers' messages, never questions for Rasa. Then, in private
        # chats, a villager whose case is open: their messages go to the case, not to Rasa
        # (emergency words still get the emergency answer first: bot/handoff/villager.py).
        officers_chat = filters.Chat(settings.officers_chat_id)
        application.add_handlers(
            [
                MessageHandler(officers_chat & messages, officers.officers_message),
                TypeHandler(Update, villager.while_in_case),
            ],
            group=-1,
        )
        application.add_handler(
            ChatMemberHandler(
                officers.membership_changed,
                ChatMemberHandler.MY_CHAT_MEMBER,
                chat_id=settings.officers_chat_id,
            )
        )
    application.add_handlers(
        [
            CommandHandler("start", handlers.start, filters=messages),
            CommandHandler(["menu", "help", "bantuan"], handlers.show_menu, filters=messages),
            CommandHandler(["privasi", "privacy"], handlers.show_privacy, filters=messages),
            CommandHandler("hapus", deletion.ask_to_delete, filters=messages),
            # The hand-off; without OFFICERS_CHAT_ID they answer with the call centre.
            CommandHandler("petugas", asking.ask_for_officer, filters=messages),
            CommandHandler("kasus", asking.show_case_status, filters=messages),
            CommandHandler("selesai", asking.end_case, filters=messages),
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
            # The hand-off's buttons, answered by the bot (never Rasa payloads).
            CallbackQueryHandler(asking.ask_for_officer, pattern=rf"^{offers.ASK}"),
            CallbackQueryHandler(asking.consent_given, pattern=rf"^{offers.AGREE}"),
            CallbackQueryHandler(asking.consent_refused, pattern=rf"^{offers.DECLINE}$"),
            CallbackQueryHandler(handlers.button_pressed),
            MessageHandler(messages & filters.TEXT & ~filters.COMMAND, handlers.text_message),
            MessageHandler(messages & NON_TEXT, handlers.non_text_message),
            # Last: any command not handled above.
            MessageHandler(messages & filters.COMMAND, handlers.unknown_command),
        ]
    )
    application.add_error_handler(handlers.report_error)
    return application
