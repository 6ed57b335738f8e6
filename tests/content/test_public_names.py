"""The people and accounts the scrubber keeps as public (lexicon/public_names.yml) are the ones
the facts name, written as the facts write them."""

from pathlib import Path

import pytest
import yaml

from bot.anonymise import scrub_personal_data
from tests.content.facts_registry import FACTS_SHEET

ROOT = Path(__file__).resolve().parents[2]
FACTS = FACTS_SHEET.read_text(encoding="utf-8")
LISTED = yaml.safe_load((ROOT / "lexicon" / "public_names.yml").read_text(encoding="utf-8"))
ENTRIES = [*LISTED["people"], *LISTED["accounts"]]


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["value"] for entry in ENTRIES])
def test_every_public_name_is_in_the_facts(entry):
    assert entry["value"] in FACTS
    assert entry["what"]


@pytest.mark.parametrize(
    "form",
    [form for entry in ENTRIES for form in [entry["value"], *entry.get("also", [])]],
)
def test_a_public_name_survives_the_scrubbing(form):
    text = f"apa benar {form} yang bilang begitu?"
    assert scrub_personal_data(text) == text
