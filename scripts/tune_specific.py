"""How many tuning questions would get a specific answer, and how many a wrong one, for each
pair of the thresholds in actions/specific.py (SURE_WITHIN_THE_TOPIC, SURE_OF_THE_QUESTION).

Reads what the trained model made of each question (scripts/parse_questions.py, Rasa's
environment) and plays the choice of actions/specific.py over it: the question asked of the
topic the classifier chose when the topic's own ranking is sure of it, otherwise the likeliest
question of all when that one is sure; a general question ("overview") gets the topic page.
An answer counts as the eval counts it (scripts/eval_specific.py): specific when short and
holding the fact, wrong when short and without it. Only for the tuning set, never the frozen
one:

    .venv-rasa/bin/python scripts/parse_questions.py evaluation/specific_tuning.jsonl /tmp/p.jsonl
    .venv/bin/python scripts/tune_specific.py evaluation/specific_tuning.jsonl /tmp/p.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from testkit.short_answer import holds_the_fact, is_short  # noqa: E402

FROZEN = ROOT / "evaluation" / "specific_questions.jsonl"
# As actions/specific.py sets them (that module needs rasa-sdk, which this environment lacks).
ACTING_TOPICS = frozenset({"report_case", "ask_human_agent"})
SURE_ENOUGH_TO_ACT = 0.5
RESPONSES = ROOT / "nlu" / "specific.yml"
WITHIN = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
ANY = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
# Topics answered by action_answer_question or, for nlu_fallback, by the fallback's sure question.
TOPICS_WITH_PAGES = set(
    yaml.safe_load((ROOT / "actions" / "topics.yml").read_text(encoding="utf-8"))["titles"]
)


def chosen(parsed: dict, within: float, anywhere: float) -> str | None:
    """The retrieval key actions/specific.py would answer with, or None (the page)."""
    rankings = parsed["rankings"]
    topic_ranking = rankings.get(parsed["intent"]) or []
    if topic_ranking and parsed["intent"] in TOPICS_WITH_PAGES:
        key, confidence = topic_ranking[0]["intent_response_key"], topic_ranking[0]["confidence"]
        if key.endswith("/overview"):
            return None
        if confidence >= within:
            return key
    best = (rankings.get("default") or [None])[0]
    if (
        best is None
        or best["confidence"] < anywhere
        or best["intent_response_key"].endswith("/overview")
    ):
        return None
    key = best["intent_response_key"]
    topic = parsed["intent"]
    if topic in ACTING_TOPICS and not key.startswith(f"{topic}/"):
        # a report or a request for an officer stays in its topic (actions/specific.py)
        sure_enough = topic_ranking and topic_ranking[0]["confidence"] >= SURE_ENOUGH_TO_ACT
        return topic_ranking[0]["intent_response_key"] if sure_enough else None
    return key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("parsed", type=Path)
    arguments = parser.parse_args()
    if arguments.questions.resolve() == FROZEN.resolve():
        sys.exit("the frozen questions measure the bot; they are never tuned on")
    questions = [json.loads(line) for line in arguments.questions.read_text().splitlines()]
    parsed = {p["id"]: p for p in map(json.loads, arguments.parsed.read_text().splitlines())}
    texts = {
        name.removeprefix("utter_"): variants[0]["text"]
        for name, variants in yaml.safe_load(RESPONSES.read_text(encoding="utf-8"))[
            "responses"
        ].items()
    }
    answerable = [q for q in questions if q["id"] in parsed]
    print(f"{len(answerable)} questions; specific / wrong for each pair of thresholds\n")
    print("| within the topic \\ of all | " + " | ".join(map(str, ANY)) + " |")
    print("|---|" + "---|" * len(ANY))
    for within in WITHIN:
        cells = []
        for anywhere in ANY:
            specific = wrong = 0
            for question in answerable:
                key = chosen(parsed[question["id"]], within, anywhere)
                text = texts.get(key, "") if key else ""
                if key and is_short(text):
                    if holds_the_fact(text, question):
                        specific += 1
                    else:
                        wrong += 1
            cells.append(f"{specific} / {wrong}")
        print(f"| {within} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
