"""The channel the Telegram front end talks to.

Only the bot may use it: both sides hold a shared secret (RASA_CHANNEL_SECRET, read through
credentials.yml), and a request to /webhook or /forget without it is refused. Without the
secret anyone who can reach Rasa could talk, or delete a conversation, as any pseudonym.

Like Rasa's REST channel, but one round trip returns everything the front end needs for its
query log: the replies (whole, not split at blank lines), the name of each response sent, and
the intent and confidence Rasa understood. Fallback is reported with the intent that came
closest, so admins see what the question was nearly about.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.follow_up import read_in_context


class AnnotatedOutputChannel(CollectingOutputChannel):
    """Collects each reply as one message, with the name of the response it came from."""

    @classmethod
    def name(cls) -> str:
        return "frontend"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.messages.append(
            {
                "text": message.get("text") or "",
                "buttons": [
                    {"title": b.get("title", ""), "payload": b.get("payload", "")}
                    for b in message.get("buttons") or []
                ],
                "response": message.get("utter_action"),
            }
        )


def last_parse_data(tracker: DialogueStateTracker | None) -> dict[str, Any]:
    """What the NLU made of the user's last message.

    Read from the events, not `tracker.latest_message`: in Rasa 3.6 that attribute still
    points at an older message after a form has filled a slot from the intent.
    """
    if tracker is None:
        return {}
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return event.parse_data
    return {}


def understood_intent(parse_data: dict[str, Any]) -> tuple[str | None, float | None, bool]:
    """The intent to log, its confidence, and whether the NLU fell back."""
    intent = parse_data.get("intent") or {}
    if intent.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME:
        return intent.get("name"), intent.get("confidence"), False
    for ranked in parse_data.get("intent_ranking") or []:
        if ranked.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME:
            return ranked.get("name"), ranked.get("confidence"), True
    return None, None, True


def forget_conversation(store: TrackerStore, sender_id: str) -> int:
    """Delete one conversation from Rasa's tracker store; returns how many records went.

    Rasa 3.6 has no public call for this. The agent wraps the configured store in a
    FailSafeTrackerStore (with an in-memory fallback once the primary failed); both are
    cleared. The two stores this project deploys are supported: in memory and SQL.
    """
    stores = [
        getattr(store, "_tracker_store", store),
        getattr(store, "_fallback_tracker_store", None),
    ]
    deleted = 0
    for inner in (s for s in stores if s is not None):
        if isinstance(inner, InMemoryTrackerStore):
            deleted += inner.store.pop(sender_id, None) is not None
        elif isinstance(inner, SQLTrackerStore):
            with inner.session_scope() as session:
                events = session.query(inner.SQLEvent).filter(inner.SQLEvent.sender_id == sender_id)
                deleted += events.delete(synchronize_session=False)
                session.commit()
        else:
            raise NotImplementedError(f"forgetting in {type(inner).__name__}")
    return deleted


# token_urlsafe(32) gives 43 characters; a shorter secret is a typo or a placeholder.
MIN_SECRET_LENGTH = 32


class FrontendInput(InputChannel):
    """POST /webhooks/frontend/webhook {"sender", "message", "metadata"};
    POST /webhooks/frontend/forget {"sender"} deletes that conversation (/hapus).
    Both need the header `Authorization: Bearer <secret>`; GET / (ready or not) does not."""

    def __init__(self, secret: str) -> None:
        self._secret = secret

    @classmethod
    def name(cls) -> str:
        return "frontend"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> FrontendInput:
        """Refuse to start without a real secret: an open channel is worse than none."""
        secret = (credentials or {}).get("secret")
        if not isinstance(secret, str) or len(secret) < MIN_SECRET_LENGTH:
            raise RasaException(
                "channels.frontend.FrontendInput needs `secret: ${RASA_CHANNEL_SECRET}` in "
                f"credentials.yml and RASA_CHANNEL_SECRET set to {MIN_SECRET_LENGTH}+ random "
                "characters, the same as the bot's"
            )
        return cls(secret)

    def _is_the_bot(self, request: Request) -> bool:
        given = request.headers.get("authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {self._secret}".encode())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("frontend_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self._is_the_bot(request):
                return response.json({"error": "unauthorised"}, status=401)
            body = request.json if isinstance(request.json, dict) else {}
            sender = body.get("sender")
            text = body.get("message")
            if not isinstance(sender, str) or not sender or not isinstance(text, str):
                return response.json({"error": "sender and message are required"}, status=400)

            # "kalau perempuan?" after "umur berapa boleh jadi tkw": read with the question
            # it follows (channels/follow_up.py)
            agent = request.app.ctx.agent
            text = await read_in_context(
                text,
                lambda: agent.tracker_store.retrieve(sender),
                time.time(),
                agent.parse_message,
            )
            collector = AnnotatedOutputChannel()
            await on_new_message(
                UserMessage(
                    text,
                    collector,
                    sender,
                    input_channel=self.name(),
                    metadata=body.get("metadata"),
                )
            )
            tracker = await agent.tracker_store.retrieve(sender)
            parse_data = last_parse_data(tracker)
            intent, confidence, nlu_fell_back = understood_intent(parse_data)
            return response.json(
                {
                    "messages": collector.messages,
                    "intent": intent,
                    "confidence": confidence,
                    "nlu_fallback": nlu_fell_back,
                    # The district the user gave, remembered across messages (for the log).
                    "kabupaten": tracker.get_slot("kabupaten") if tracker else None,
                }
            )

        @webhook.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            if not self._is_the_bot(request):
                return response.json({"error": "unauthorised"}, status=401)
            body = request.json if isinstance(request.json, dict) else {}
            sender = body.get("sender")
            if not isinstance(sender, str) or not sender:
                return response.json({"error": "sender is required"}, status=400)
            agent = request.app.ctx.agent
            # Not while a message of the same conversation is being handled.
            async with agent.lock_store.lock(sender):
                deleted = forget_conversation(agent.tracker_store, sender)
            return response.json({"forgotten": deleted})

        return webhook
