"""Topics in plain Indonesian for the console and its exports: a label for every intent."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from bot.settings import PROJECT_ROOT

# The titles of the bot's topic buttons: data the actions keep, read here, never imported.
BUTTON_TITLES = PROJECT_ROOT / "actions" / "topics.yml"
CONSOLE_LABELS = Path(__file__).with_name("topic_labels.yml")
UNRECOGNISED = "(tidak dikenali)"


@lru_cache(maxsize=1)
def topic_labels() -> dict[str, str]:
    """Label by intent: the button titles, then the console's own labels over them."""
    titles = yaml.safe_load(BUTTON_TITLES.read_text(encoding="utf-8"))["titles"]
    labels = yaml.safe_load(CONSOLE_LABELS.read_text(encoding="utf-8"))["labels"]
    return {**titles, **labels}


def topic_label(intent: str | None) -> str:
    """The intent's label; an intent nobody has labelled yet shows as itself, not as a gap."""
    if intent is None:
        return UNRECOGNISED
    return topic_labels().get(intent, intent)
