"""The topics' button titles (actions/topics.yml), shared by the actions that offer topics."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

TOPICS_FILE = Path(__file__).with_name("topics.yml")


@lru_cache(maxsize=1)
def load_topics() -> dict[str, Any]:
    """Read the topic titles once per process."""
    with TOPICS_FILE.open(encoding="utf-8") as file:
        return yaml.safe_load(file)
