"""The second hand's privacy corpus stays as it was written, and every label can be found."""

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "evaluation" / "privacy" / "second_hand.jsonl"
FROZEN_SHA256 = "8a74fb5b0414480d3adca892b238e60764653cf801794dd5879570b8373afc08"
CATEGORIES = {
    "own_name",
    "family_name",
    "third_party_name",
    "phone",
    "nik",
    "email",
    "passport",
    "bank_account",
    "address",
    "birth_date",
    "social",
    "telegram_id",
}


def test_the_corpus_is_frozen():
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == FROZEN_SHA256


def test_every_label_is_in_its_text_and_the_corpus_is_big_enough():
    messages = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    for message in messages:
        for item in message["pii"]:
            assert item["category"] in CATEGORIES, message["id"]
            assert item["value"] in message["text"], message["id"]
        for kept in message["keep"]:
            assert kept in message["text"], message["id"]
    assert sum(bool(m["pii"]) for m in messages) >= 200
    assert sum(not m["pii"] for m in messages) >= 100
