"""Talking to the Rasa server over HTTP (the project's `frontend` channel)."""

from __future__ import annotations

import itertools
import math
import re
from typing import Any

import httpx
from pydantic import BaseModel, Field, ValidationError, field_validator

from bot.places import district_named

WEBHOOK_PATH = "/webhooks/frontend/webhook"
FORGET_PATH = "/webhooks/frontend/forget"


# Intent and response names as the domain writes them (and as the query log keeps them); a
# specific answer's response names its question too: utter_ask_costs/kur_loan.
NAME = re.compile(r"[A-Za-z0-9_]{1,64}")
RESPONSE_NAME = re.compile(r"[A-Za-z0-9_]{1,64}(?:/[A-Za-z0-9_]{1,64})?")


def name_or_none(value: object) -> str | None:
    """A domain name, or None for anything else Rasa might say."""
    return value if isinstance(value, str) and NAME.fullmatch(value) else None


def response_name_or_none(value: object) -> str | None:
    """A response's name (a specific answer's with its question), or None."""
    return value if isinstance(value, str) and RESPONSE_NAME.fullmatch(value) else None


class RasaButton(BaseModel):
    """A button Rasa asked us to show; pressing it sends the payload back."""

    title: str
    payload: str


class RasaMessage(BaseModel):
    """One reply message and the name of the domain response it came from."""

    text: str = ""
    buttons: list[RasaButton] = Field(default_factory=list)
    response: str | None = None

    _response_is_a_name = field_validator("response", mode="before")(response_name_or_none)


class RasaReply(BaseModel):
    """Everything Rasa said about one user message.

    What goes into the query log is bounded here: a slot can hold whatever a user managed to
    put in it, and a value the log cannot store must cost that value, not the reply or the row.
    """

    messages: list[RasaMessage] = Field(default_factory=list)
    intent: str | None = None
    confidence: float | None = None
    nlu_fallback: bool = False
    # One of the districts (or "luar Sumatera Selatan"), in the lexicon's spelling; a slot
    # value that names none of them is not kept.
    kabupaten: str | None = None

    _intent_is_a_name = field_validator("intent", mode="before")(name_or_none)

    @field_validator("confidence", mode="before")
    @classmethod
    def probability_or_none(cls, value: object) -> float | None:
        """A confidence between 0 and 1 (float rounding forgiven), else None."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if not math.isfinite(value) or not -1e-6 <= value <= 1 + 1e-6:
            return None
        return min(max(float(value), 0.0), 1.0)

    @field_validator("kabupaten", mode="before")
    @classmethod
    def known_district(cls, value: object) -> str | None:
        """The district the slot names, or None."""
        return district_named(value) if isinstance(value, str) else None


class RasaUnavailable(Exception):
    """Rasa could not be reached, timed out or answered with an error."""


class RasaClient:
    """A thin async client; one per process, opened in post_init, closed in post_shutdown.

    Given several Rasa URLs (replicas sharing a tracker store and a lock store), it sends
    each message to the next one in turn.
    """

    def __init__(
        self,
        base_url: str,
        timeout_seconds: float,
        *,
        channel_secret: str | None = None,
        transport: Any = None,
    ) -> None:
        self._replicas = [url.strip().rstrip("/") for url in base_url.split(",") if url.strip()]
        self._turn = itertools.cycle(range(len(self._replicas)))
        # Our channel answers only the holder of the secret it shares with the bot.
        headers = {"Authorization": f"Bearer {channel_secret}"} if channel_secret else {}
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout_seconds), headers=headers, transport=transport
        )

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
        except (httpx.HTTPError, ValueError, KeyError, TypeError, ArithmeticError) as error:
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
