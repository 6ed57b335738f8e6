"""A short follow-up is read with the question it follows.

Villagers ask on: "umur berapa boleh jadi tkw" then "kalau perempuan?"; "ke malaysia perlu
visa kerja?" then "kalau ke brunei?"; "syarat jadi pmi apa aja" then "tesnya bayar?". Alone,
such a message is another question or none ("kalau perempuan?" got the women's and children's
report line; "tesnya bayar?" the fallback: a villagers' review of the running bot, 2026-12-03).
Read after the question before it, within the same half hour, it is the question meant.

A follow-up the NLU reads surely on its own keeps its own reading: "kalau biayanya berapa?" after
the requirements asks the costs (read with the requirements question, it got their page again).

"terus?", "lanjut", "abis itu?" ask for more: they get what the bot's last answer offered first
as a button (the topic's whole page after a short answer, the next step after a page), as if
the villager had pressed it.

Everything here is read from Rasa's tracker (the conversation as Rasa keeps it, already
scrubbed): no other store, and every Rasa replica sees the same.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from rasa.shared.core.events import BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from actions.fallback import looks_like_emergency

# How long a question stays the one a follow-up follows.
CONTEXT_SECONDS = 30 * 60
# A follow-up is short: a longer message says what it asks.
MAX_FOLLOW_UP_WORDS = 5
MAX_FOLLOW_UP_CHARACTERS = 80
# A follow-up the NLU reads this surely on its own is read on its own (the confidence of its
# intent; "kalau biayanya berapa?" 0.97, "klo umur 17?" 0.99, while "kalau perempuan?" 0.15,
# "tesnya bayar?" 0.47, "kalau ke jepang?" 0.36, on the model of 2026-12-03).
SURE_ALONE = 0.9
NLU_FALLBACK = "nlu_fallback"
EMERGENCY = "emergency_help"
# What is kept of the question followed (it may itself be a follow-up read with its own).
MAX_CONTEXT_CHARACTERS = 300
# After these there is no question to follow: a conversation turn, an emergency (its answer
# must not come again for "kalau di malaysia?"), the checker's own flow, or no topic at all.
NO_QUESTION_TO_FOLLOW = frozenset(
    {
        "greet",
        "goodbye",
        "thank",
        "affirm",
        "deny",
        "dont_know",
        "stop_form",
        "bot_challenge",
        "ask_capabilities",
        "out_of_scope",
        NLU_FALLBACK,
        EMERGENCY,
        "check_job_offer",
    }
)
_WORD = re.compile(r"\w+")
# "kalau perempuan?", "klo umur 17?", "yg resmi dimana?", "how about japan?": it goes on from
# the question before.
_GOES_ON_FROM = re.compile(
    r"(?:kalau|kalo|klo|kl|kalu|kalou|misal|misalnya|gimana|gmn|gmana|bagaimana|bgmn|"
    r"cakmano|camano|terus|trus|trs|lalu|untuk|utk|buat|bagi|yang|yg|atau|atw|sama|"
    r"how about|what about|and|if)\b",
    re.IGNORECASE,
)
# "tesnya bayar?", "biayanya?", "syaratnyo apo?": "-nya" points back at what was asked.
_POINTS_BACK = re.compile(r"\w{2,}(?:nya|nyo)\b", re.IGNORECASE)
MAX_POINTING_BACK_WORDS = 3
# "terus?", "trus gmn", "lanjut", "abis itu?": more, or the next step.
_ASKS_FOR_MORE = re.compile(
    r"(?:(?:terus|trus|trs|lalu|lantas|abis itu|habis itu|setelah itu|sesudah itu|"
    r"selanjutnya|berikutnya|lanjut|lanjutkan|teruskan|next|then|and then)"
    r"(?:\s+(?:gimana|gmn|gmana|bagaimana|bgmn|apa|apo|lagi|ya|kak|min|dong|nya))*"
    r"|(?:(?:yang|yg)\s+)?(?:lengkap|lengkapnya|selengkapnya|detail|detailnya|rinciannya))"
    r"[\s?!.]*",
    re.IGNORECASE,
)


def asks_for_more(text: str) -> bool:
    return _ASKS_FOR_MORE.fullmatch(text.strip()) is not None


def is_a_follow_up(text: str) -> bool:
    """Short, and it goes on from the question before or points back at it."""
    if len(text) > MAX_FOLLOW_UP_CHARACTERS or text.lstrip().startswith("/"):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > MAX_FOLLOW_UP_WORDS:
        return False
    return bool(
        _GOES_ON_FROM.match(text.strip())
        or (len(words) <= MAX_POINTING_BACK_WORDS and _POINTS_BACK.search(text))
    )


async def read_in_context(
    text: str,
    conversation: Callable[[], Awaitable[DialogueStateTracker | None]],
    now: float,
    parse: Callable[[str], Awaitable[dict[str, Any]]],
) -> str:
    """What Rasa should read for `text` after the conversation so far: the text itself,
    the question it follows with it ("umur berapa boleh jadi tkw kalau perempuan?"), or the
    payload of the first button the last answer offered ("terus?" after a short answer on
    costs: "/ask_costs"). `conversation` fetches the conversation from Rasa's store, only for
    a message that may follow up (most do not); `parse` is the NLU's reading of a text
    (Agent.parse_message)."""
    if not (asks_for_more(text) or is_a_follow_up(text)):
        return text
    # "kalau paspor saya ditahan?", "trus gmn saya takut": a danger word, certain or likely,
    # is read as it came, never glued to a question on costs (a safety review found the
    # emergency answer lost so).
    if looks_like_emergency(text):
        return text
    tracker = await conversation()
    # Inside the checker the pending question wants its ya / tidak.
    if tracker is None or tracker.active_loop_name:
        return text
    question, answers = _last_question_and_its_answers(tracker.events)
    if question is None or now - (question.timestamp or 0) > CONTEXT_SECONDS:
        return text
    intent = (question.intent or {}).get("name")
    if intent in NO_QUESTION_TO_FOLLOW or (question.text or "").startswith("/"):
        return text
    if asks_for_more(text):
        offered = _first_button_payload(answers)
        return offered if offered else text
    reading = await parse(text)
    alone = reading.get("intent") or {}
    if alone.get("name") != NLU_FALLBACK and (alone.get("confidence") or 0) >= SURE_ALONE:
        return text
    if EMERGENCY in {r.get("name") for r in (reading.get("intent_ranking") or [])[:2]}:
        return text
    before = (question.text or "")[-MAX_CONTEXT_CHARACTERS:]
    return f"{before} {text}"


def _last_question_and_its_answers(
    events: Iterable[Event],
) -> tuple[UserUttered | None, list[BotUttered]]:
    """The last user message and the bot's messages after it."""
    answers: list[BotUttered] = []
    for event in reversed(list(events)):
        if isinstance(event, BotUttered):
            answers.insert(0, event)
        elif isinstance(event, UserUttered):
            return event, answers
    return None, []


def _first_button_payload(answers: list[BotUttered]) -> str | None:
    """The intent payload of the first button of the last answer that offered any."""
    for answer in reversed(answers):
        buttons = (answer.data or {}).get("buttons") or []
        payloads = [b.get("payload") or "" for b in buttons]
        offered = [p for p in payloads if p.startswith("/")]
        if offered:
            return offered[0]
    return None
