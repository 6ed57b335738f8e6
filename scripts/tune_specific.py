"""How many tuning questions would get a specific answer, and how many a wrong one, for each
pair of the thresholds in actions/specific.py (SURE_WITHIN_THE_TOPIC, SURE_OF_THE_QUESTION).

Reads what the trained model made of each question (scripts/parse_questions.py, Rasa's
environment) and makes actions/specific.py's own choice (question_to_answer) over it for each
pair: the question asked of the topic the classifier chose when the topic's own ranking is sure
of it, otherwise the likeliest question of all when that one is sure; a general question
("overview") gets the topic page. Runs in Rasa's environment too (the actions need rasa-sdk).
An answer counts as the eval counts it (scripts/eval_specific.py): specific when short and
holding the fact, wrong when short and without it. Only for the tuning set, never the frozen
one:

    .venv-rasa/bin/python scripts/parse_questions.py evaluation/specific_tuning.jsonl /tmp/p.jsonl
    .venv-rasa/bin/python scripts/tune_specific.py evaluation/specific_tuning.jsonl /tmp/p.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.specific import question_to_answer  # noqa: E402
from testkit.short_answer import holds_the_fact, is_short  # noqa: E402

FROZEN = ROOT / "evaluation" / "specific_questions.jsonl"
RESPONSES = ROOT / "nlu" / "specific.yml"
WITHIN = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
ANY = (0.2, 0.25, 0.27, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
# Topics answered by action_answer_question or, for nlu_fallback, by the fallback's sure question.
TOPICS_WITH_PAGES = set(
    yaml.safe_load((ROOT / "actions" / "topics.yml").read_text(encoding="utf-8"))["titles"]
)


def first(ranking: list[dict] | None) -> tuple[str, float] | None:
    return (ranking[0]["intent_response_key"], ranking[0]["confidence"]) if ranking else None


def chosen(parsed: dict, within: float, anywhere: float) -> str | None:
    """The retrieval key actions/specific.py would answer with, or None (the page)."""
    rankings, topic = parsed["rankings"], parsed["intent"]
    in_topic = first(rankings.get(topic)) if topic in TOPICS_WITH_PAGES else None
    return question_to_answer(
        topic,
        in_topic,
        first(rankings.get("default")),
        topic_confidence=parsed.get("confidence") or 0.0,
        sure_within=within,
        sure_of=anywhere,
    )


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
