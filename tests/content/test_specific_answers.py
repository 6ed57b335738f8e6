"""The specific answers (data/specific/, generated into nlu/specific.yml) are what the issue asks
for: short, sourced, honest where the facts are silent, and enough of them in every topic."""

import re
from pathlib import Path

import pytest
import yaml

from testkit.short_answer import LONGEST_SHORT_ANSWER, MOST_SENTENCES, sentences
from tests.content.facts_registry import DOMAIN, SPECIFIC, source_line

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = [
    yaml.safe_load(path.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "data" / "specific").glob("*.yml"))
]
TOPICS = [topic for topic in CATALOGUE if isinstance(topic, dict) and "answers" in topic]
ENTRIES = [(topic["intent"], entry) for topic in TOPICS for entry in topic["answers"]]
SPECIFIC_ENTRIES = [(intent, e) for intent, e in ENTRIES if e["answer"] != "topic_page"]
# Where the facts are silent the answer says where to ask.
WHERE_TO_ASK = re.compile(r"Disnaker|BP3MI|0800-1000|KBRI|KJRI|polisi|LPSK", re.IGNORECASE)


def test_every_topic_of_the_contract_has_its_specific_questions():
    intents = set(DOMAIN["intents"])
    assert {topic["intent"] for topic in TOPICS} <= intents
    assert len(SPECIFIC_ENTRIES) >= 150
    for topic in TOPICS:
        ids = [entry["id"] for entry in topic["answers"]]
        assert len(ids) == len(set(ids)), topic["intent"]
        assert ids.count("overview") == 1, f"{topic['intent']}: one general question"
        assert len(ids) >= 4, f"{topic['intent']}: too few specific questions"


@pytest.mark.parametrize(
    "name", sorted(n for n in SPECIFIC["responses"] if not n.endswith("/overview"))
)
def test_a_specific_answer_is_short_and_names_its_source(name):
    [variant] = SPECIFIC["responses"][name]
    text = variant["text"]
    # as scripts/eval_specific.py judges the bot's first reply
    assert len(text) <= LONGEST_SHORT_ANSWER, f"{name}: {len(text)} characters"
    assert sentences(text) <= MOST_SENTENCES, f"{name}: {sentences(text)} sentences"
    assert source_line(text), f"{name}: no Sumber line"


@pytest.mark.parametrize(
    ("intent", "entry"),
    [pair for pair in SPECIFIC_ENTRIES if pair[1]["silent"]],
    ids=lambda value: value if isinstance(value, str) else value["id"],
)
def test_where_the_facts_are_silent_the_answer_says_where_to_ask(intent, entry):
    assert WHERE_TO_ASK.search(entry["answer"]), f"{intent}/{entry['id']}"


def test_every_question_is_taught_with_enough_examples():
    questions = yaml.safe_load(
        (ROOT / "data" / "specific" / "questions.yml").read_text(encoding="utf-8")
    )
    generated = {
        block["intent"]: len(block["examples"].strip().splitlines()) for block in questions["nlu"]
    }
    thin = {key: count for key, count in generated.items() if count < 5}
    assert not thin, f"fewer than 5 examples (after dropping repeats of nlu/): {thin}"


def test_more_examples_name_questions_of_their_topic():
    for path in sorted((ROOT / "data" / "specific" / "more_examples").glob("*.yml")):
        more = yaml.safe_load(path.read_text(encoding="utf-8"))
        topic = yaml.safe_load((ROOT / "data" / "specific" / path.name).read_text("utf-8"))
        assert more["intent"] == topic["intent"], path.name
        ids = {entry["id"] for entry in topic["answers"]}
        assert set(more["examples"]) <= ids, f"{path.name}: {set(more['examples']) - ids}"


def test_the_intent_classifiers_do_not_learn_the_specific_examples():
    # they blurred the topics (reports/specific-mechanism.md): only the selector reads them
    assert set(SPECIFIC) == {"version", "responses"}
