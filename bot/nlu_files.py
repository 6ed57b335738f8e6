"""The examples of Rasa's NLU files (nlu/*.yml, the evaluation sets), read without Rasa: by the
place names (bot.places), the content tests and the evaluation scripts alike."""

from __future__ import annotations

from pathlib import Path

import yaml


def examples_of(block: dict) -> list[str]:
    """The examples of one block of an NLU file (an intent's, a lookup table's, a synonym's), as
    written after their "- "."""
    return [
        line.strip()[2:].strip()
        for line in block["examples"].splitlines()
        if line.strip().startswith("- ")
    ]


def examples_in_text(text: str) -> list[tuple[str, str]]:
    """(intent, example) of a Rasa NLU file's text."""
    # nlu/specific.yml holds responses only: no "nlu" key.
    blocks = yaml.safe_load(text).get("nlu") or []
    return [
        (block["intent"], example)
        for block in blocks
        if "intent" in block
        for example in examples_of(block)
    ]


def examples_in(path: Path) -> list[tuple[str, str]]:
    return examples_in_text(path.read_text(encoding="utf-8"))
