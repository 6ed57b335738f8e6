"""What a villager's input may be before it reaches Rasa: typed text never as an intent, and
only payloads the bot's own buttons could carry.

Rasa reads any message that starts with "/" as an intent with entities, skipping the NLU:
'/inform_location{"kabupaten": "..."}' sets the slot to whatever the sender wrote. The bot's
buttons use that form on purpose; typed text must never.
"""

from __future__ import annotations

import json
import re
from functools import cache

import yaml

from bot.settings import PROJECT_ROOT

DOMAIN_FILE = PROJECT_ROOT / "domain.yml"
CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit for a button's payload
# /intent, optionally with one entity: /inform_location{"kabupaten":"OKU Timur"}
PAYLOAD_PATTERN = re.compile(r"/(?P<intent>[a-z_]{1,60})(?P<entities>\{[^{}]{1,60}\})?")
# What the buttons' entity values look like: district names and glossary terms ("E-KPMI",
# "G to G"). Anything else in a payload was not offered by the bot.
ENTITY_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .'-]{0,40}")
# Payloads the bot answers itself (never sent to Rasa): the menu's "Hapus jejak".
DELETE_BUTTON_PAYLOAD = "/hapus"


@cache
def _domain() -> tuple[frozenset[str], frozenset[str]]:
    """The intents and entities of the Rasa domain (data the bot reads, never Rasa's code)."""
    with DOMAIN_FILE.open(encoding="utf-8") as file:
        domain = yaml.safe_load(file)
    # An intent is listed by name or as a one-key mapping with its options.
    intents = {next(iter(i)) if isinstance(i, dict) else i for i in domain.get("intents", [])}
    entities = {next(iter(e)) if isinstance(e, dict) else e for e in domain.get("entities", [])}
    return frozenset(intents), frozenset(entities)


def is_offered_payload(payload: str) -> bool:
    """True for a payload the bot's buttons could carry: an intent of the domain, with at most
    one entity of the domain whose value looks like a district or a glossary term; or a
    payload the bot answers itself. A forged button press (a modified client can send any
    callback data) gets nothing else to Rasa."""
    if payload == DELETE_BUTTON_PAYLOAD:
        return True
    try:
        if len(payload.encode()) > CALLBACK_DATA_LIMIT:
            return False
    except UnicodeEncodeError:  # a lone surrogate in forged callback data
        return False
    match = PAYLOAD_PATTERN.fullmatch(payload)
    if match is None:
        return False
    intents, entity_names = _domain()
    if match["intent"] not in intents:
        return False  # Rasa's own intents (/restart, /session_start) included
    if match["entities"] is None:
        return True
    try:
        entities = json.loads(match["entities"])
    except ValueError:
        return False
    if not isinstance(entities, dict) or len(entities) != 1:
        return False
    [(name, value)] = entities.items()
    return name in entity_names and isinstance(value, str) and bool(ENTITY_VALUE.fullmatch(value))


def as_typed_text(text: str) -> str:
    """Typed text with its leading slashes removed, so Rasa reads it through the NLU and never
    as an /intent{entities} payload. Rasa strips whitespace before it looks for the slash, so
    this does too, until no slash leads."""
    while (stripped := text.strip()).startswith("/"):
        text = stripped[1:]
    return text


# Lone surrogates cannot be encoded as UTF-8 (the databases, Rasa's JSON and the spool refuse
# them), PostgreSQL text cannot hold NUL, and other control characters are noise in a question.
_UNENCODABLE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Text every database and encoder accepts: a lone surrogate (Telegram's JSON can carry
    one, as an escape) becomes U+FFFD; control characters other than tab and line breaks go."""
    return _CONTROL.sub("", _UNENCODABLE.sub("\ufffd", text))
