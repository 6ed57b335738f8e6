"""The specific-questions evaluation set stays as its second hand wrote it, and every label
names an intent of the contract."""

import hashlib
import json
from pathlib import Path

from tests.content.facts_registry import DOMAIN

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "evaluation" / "specific_questions.jsonl"
SHA256 = "17dde15adf6f5aec0a4fa7e5cb4b5bb1fcb642768f81b787e4c117035fde2a1d"


def test_the_frozen_set_is_unchanged():
    assert hashlib.sha256(QUESTIONS.read_bytes()).hexdigest() == SHA256


def test_every_question_names_a_contract_intent_and_a_fact_to_find():
    questions = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()]
    intents = set(DOMAIN["intents"])
    assert len(questions) >= 200
    for question in questions:
        assert question["intent"] in intents, question["id"]
        assert all(group for group in question["must_contain_any"]), question["id"]
        assert question["must_contain_any"], question["id"]
