"""Talking to the Rasa server over HTTP (the project's `frontend` channel)."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
from pydantic import BaseModel, Field, ValidationError

WEBHOOK_PATH = "/webhooks/frontend/webhook"
FORGET_PATH = "/webhooks/frontend/forget"


class RasaButton(BaseModel):
    """A button Rasa asked us to show; pressing it sends the payload back."""

    title: str
    payload: str


class RasaMessage(BaseModel):
    """One reply message and the name of the domain response it came from."""

    text: str = ""
    buttons: list[RasaButton] = Field(default_factory=list)
    response: str | None = None


class RasaReply(BaseModel):
    """Everything Rasa said about one user message."""

    messages: list[RasaMessage] = Field(default_factory=list)
    intent: str | None = None
    confidence: float | None = None
    nlu_fallback: bool = False
    kabupaten: str | None = None


class RasaUnavailable(Exception):
    """Rasa could not be reached, timed out or answered with an error."""


class RasaClient:
    """A thin async client; one per process, opened in post_init, closed in post_shutdown.

    Given several Rasa URLs (replicas sharing a tracker store and a lock store), it sends
    each message to the next one in turn.
    """

    def __init__(self, base_url: str, timeout_seconds: float, *, transport: Any = None) -> None:
        self._replicas = [url.strip().rstrip("/") for url in base_url.split(",") if url.strip()]
        self._turn = itertools.cycle(range(len(self._replicas)))
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(timeout_seconds), transport=transport)

    def _next_url(self, path: str) -> str:
        return self._replicas[next(self._turn)] + path

    async def send(self, *, sender: str, text: str, metadata: dict[str, Any]) -> RasaReply:
        """Send one (already scrubbed) message as the pseudonymous sender."""
        try:
            response = await self._http.post(
                self._next_url(WEBHOOK_PATH),
                json={"sender": sender, "message": text, "metadata": metadata},
            )
            response.raise_for_status()
            return RasaReply.model_validate(response.json())
        except (httpx.HTTPError, ValueError, ValidationError) as error:
            raise RasaUnavailable(type(error).__name__) from error

    async def forget(self, sender: str) -> int:
        """Delete the sender's conversation in Rasa (every replica: in-memory trackers are
        per replica; a shared store is cleared by the first). Returns records deleted."""
        deleted = 0
        try:
            for replica in self._replicas:
                response = await self._http.post(replica + FORGET_PATH, json={"sender": sender})
                response.raise_for_status()
                deleted += int(response.json()["forgotten"])
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as error:
            raise RasaUnavailable(type(error).__name__) from error
        return deleted

    async def is_ready(self) -> bool:
        """True when every Rasa replica answers on our channel (it loads the model first)."""
        try:
            for replica in self._replicas:
                response = await self._http.get(replica + WEBHOOK_PATH.removesuffix("webhook"))
                if response.status_code != 200:
                    return False
            return True
        except httpx.HTTPError:
            return False

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()
