"""The channel the Telegram front end talks to.

Like Rasa's REST channel, but one round trip returns everything the front end needs for its
query log: the replies (whole, not split at blank lines), the name of each response sent, and
the intent and confidence Rasa understood. Fallback is reported with the intent that came
closest, so admins see what the question was nearly about.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse


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


class FrontendInput(InputChannel):
    """POST /webhooks/frontend/webhook {"sender", "message", "metadata"}."""

    @classmethod
    def name(cls) -> str:
        return "frontend"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("frontend_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.json or {}
            sender = body.get("sender")
            text = body.get("message")
            if not isinstance(sender, str) or not sender or not isinstance(text, str):
                return response.json({"error": "sender and message are required"}, status=400)

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
            tracker = await request.app.ctx.agent.tracker_store.retrieve(sender)
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

        return webhook
