"""Emergency first, during a case too: the danger words and the emergency answer, read as data.

The words are lexicon/emergency.yml's `certain` list, which Rasa's component
(components/emergency.py) and the fallback action read too; the answer is the domain's
utter_emergency and utter_emergency_safety. Both are data the bot reads, never Rasa's code:
while a case is open Rasa is not asked, so the bot gives the same answer itself.
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from bot.settings import PROJECT_ROOT

LEXICON = PROJECT_ROOT / "lexicon" / "emergency.yml"
DOMAIN = PROJECT_ROOT / "domain.yml"
# The numbers first, then what to do while help comes, as Rasa's rules give them.
EMERGENCY_RESPONSES = ("utter_emergency", "utter_emergency_safety")


@cache
def danger_pattern() -> re.Pattern[str]:
    """One case-insensitive pattern of the `certain` danger words, on word boundaries (as the
    Rasa component builds it)."""
    words = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))["certain"]
    return re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + r")\b", re.IGNORECASE)


def is_emergency(text: str) -> bool:
    return bool(danger_pattern().search(text))


@cache
def emergency_answer() -> tuple[str, ...]:
    """The domain's emergency answer, word for word: its messages in the order they are sent."""
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    return tuple(domain["responses"][name][0]["text"] for name in EMERGENCY_RESPONSES)
