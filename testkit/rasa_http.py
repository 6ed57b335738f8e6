"""Rasa's channel faked in process at the HTTP boundary (httpx.MockTransport): canned replies
for tests of one behaviour. Replies recorded from the real model are in recorded_rasa.py."""

from __future__ import annotations

import json

import httpx


def rasa_replying(requests: list[dict], reply: dict) -> httpx.MockTransport:
    """Rasa's channel answering every message with this reply (and a request to forget a user
    with a count, unrecorded); messages are recorded."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/forget"):
            return httpx.Response(200, json={"forgotten": 1})
        requests.append(json.loads(request.content))
        return httpx.Response(200, json=reply)

    return httpx.MockTransport(handle)


def rasa_answering(requests: list[dict]) -> httpx.MockTransport:
    return rasa_replying(
        requests,
        {
            "messages": [
                {"text": "Syarat jadi PMI ...", "buttons": [], "response": "utter_requirements"}
            ],
            "intent": "ask_requirements",
            "confidence": 0.93,
            "nlu_fallback": False,
            "kabupaten": "Lahat",
        },
    )


def rasa_with_a_forged_slot(requests: list[dict]) -> httpx.MockTransport:
    """What Rasa answered when a typed '/inform_location{"kabupaten": ...}' set the slot."""
    return rasa_replying(
        requests,
        {
            "messages": [{"text": "Kantor ...", "buttons": [], "response": "utter_local_office"}],
            "intent": "inform_location",
            "confidence": 1.0,
            "kabupaten": "Palembang " * 40,
        },
    )


def rasa_down() -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    return httpx.MockTransport(handle)
