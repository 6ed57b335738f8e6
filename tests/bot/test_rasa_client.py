import json

import httpx
import pytest
from pydantic import ValidationError

from bot.rasa_client import RasaClient, RasaUnavailable
from testkit.settings import make_settings


async def test_messages_go_to_the_replicas_in_turn():
    hosts: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(200, json={"messages": []})

    client = RasaClient(
        "http://rasa-a:5005, http://rasa-b:5005", 2.0, transport=httpx.MockTransport(handle)
    )
    for _ in range(4):
        await client.send(sender="a" * 64, text="halo", metadata={})
    await client.aclose()

    assert hosts == ["rasa-a", "rasa-b", "rasa-a", "rasa-b"]


def test_rasa_url_takes_one_or_several_urls():
    assert (
        make_settings(rasa_url="http://a:5005, http://b:5005/").rasa_url
        == "http://a:5005,http://b:5005/"
    )
    with pytest.raises(ValidationError):
        make_settings(rasa_url="a:5005")


async def test_forgetting_asks_every_replica_and_adds_up_what_went():
    asked: list[tuple[str, dict]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        asked.append((request.url.host, json.loads(request.content)))
        return httpx.Response(200, json={"forgotten": 3 if request.url.host == "rasa-a" else 0})

    client = RasaClient(
        "http://rasa-a:5005,http://rasa-b:5005", 2.0, transport=httpx.MockTransport(handle)
    )
    deleted = await client.forget("p" * 64)
    await client.aclose()

    assert deleted == 3
    assert asked == [("rasa-a", {"sender": "p" * 64}), ("rasa-b", {"sender": "p" * 64})]


async def test_forgetting_when_rasa_is_down_says_so():
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = RasaClient("http://rasa-a:5005", 2.0, transport=httpx.MockTransport(handle))
    with pytest.raises(RasaUnavailable):
        await client.forget("p" * 64)
    await client.aclose()


def rasa_saying(**reply) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=reply))


async def test_what_rasa_says_is_bounded_before_it_can_become_a_row():
    client = RasaClient(
        "http://rasa.test",
        2.0,
        transport=rasa_saying(
            messages=[{"text": "Halo", "buttons": [], "response": "utter_greet; x" * 20}],
            intent="inform_location" * 10,
            confidence=1e300,
            nlu_fallback=False,
            kabupaten="x" * 5000,
        ),
    )
    reply = await client.send(sender="a" * 64, text="halo", metadata={})
    await client.aclose()

    assert reply.messages[0].text == "Halo"  # the reply itself still goes out
    assert (reply.messages[0].response, reply.intent, reply.confidence) == (None, None, None)
    assert reply.kabupaten is None


@pytest.mark.parametrize(
    ("response", "kept"),
    [
        ("utter_requirements", "utter_requirements"),
        # a specific answer names its topic and its question
        ("utter_ask_costs/kur_loan", "utter_ask_costs/kur_loan"),
        ("utter_ask_costs/kur_loan/x", None),
        ("utter_ask_costs/", None),
        ("utter_ask_costs/kur loan", None),
    ],
)
async def test_a_response_name_is_kept_only_as_the_domain_writes_it(response, kept):
    client = RasaClient(
        "http://rasa.test",
        2.0,
        transport=rasa_saying(messages=[{"text": "Halo", "response": response}], intent="greet"),
    )
    reply = await client.send(sender="a" * 64, text="halo", metadata={})
    await client.aclose()
    assert reply.messages[0].response == kept


@pytest.mark.parametrize(
    ("slot", "logged"),
    [
        ("Lahat", "Lahat"),
        ("okut", "OKU Timur"),  # a short form Rasa's synonyms missed
        ("luar Sumatera Selatan", "luar Sumatera Selatan"),
        ("Malaysia", None),
        ("<b>x</b>", None),
        (["Lahat", "OKI"], None),
        ({"kabupaten": "Lahat"}, None),
    ],
)
async def test_only_a_district_is_kept_from_the_slot(slot, logged):
    client = RasaClient("http://rasa.test", 2.0, transport=rasa_saying(kabupaten=slot))
    reply = await client.send(sender="a" * 64, text="halo", metadata={})
    await client.aclose()

    assert reply.kabupaten == logged


async def test_every_call_to_our_channel_carries_the_shared_secret():
    seen: list[tuple[str, str | None]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers.get("authorization")))
        if request.url.path.endswith("/forget"):
            return httpx.Response(200, json={"forgotten": 0})
        return httpx.Response(200, json={"messages": []})

    client = RasaClient(
        "http://rasa.test",
        2.0,
        channel_secret="s" * 43,
        transport=httpx.MockTransport(handle),
    )
    await client.send(sender="a" * 64, text="halo", metadata={})
    await client.forget("a" * 64)
    await client.aclose()

    assert seen == [
        ("/webhooks/frontend/webhook", f"Bearer {'s' * 43}"),
        ("/webhooks/frontend/forget", f"Bearer {'s' * 43}"),
    ]


def test_the_channel_secret_is_refused_when_too_short():
    with pytest.raises(ValidationError, match="RASA_CHANNEL_SECRET"):
        make_settings(rasa_channel_secret="change-me")
    assert make_settings(rasa_channel_secret=" ").rasa_channel_secret is None
