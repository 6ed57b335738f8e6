"""What the trained model makes of each question of a question file: the intent and its
confidence, the entities and the selector's ranking of specific questions, one JSON line each.

For tuning how the answer is chosen (scripts/tune_specific.py) on evaluation/specific_tuning.jsonl;
never on the frozen set. Run in the Rasa environment:
  .venv-rasa/bin/python scripts/parse_questions.py QUESTIONS.jsonl OUT.jsonl [--model PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from rasa.core.agent import Agent

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # our components (components/) load with the model


async def parse_all(model: Path, texts: list[str]) -> list[dict]:
    agent = Agent.load(str(model))
    parsed = []
    for text in texts:
        result = await agent.parse_message(text)
        selectors = {
            name: selected.get("ranking", [])
            for name, selected in (result.get("response_selector") or {}).items()
            if isinstance(selected, dict)
        }
        parsed.append(
            {
                "intent": (result.get("intent") or {}).get("name"),
                "confidence": (result.get("intent") or {}).get("confidence"),
                "intent_ranking": result.get("intent_ranking", [])[:5],
                "entities": [
                    {"entity": e["entity"], "value": e["value"]} for e in result.get("entities", [])
                ],
                # each selector's ranking: "default" of all questions, "<topic>" of the topic's
                "rankings": selectors,
            }
        )
    return parsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "pmi-bot.tar.gz")
    args = parser.parse_args()
    if args.questions.resolve() == (ROOT / "evaluation" / "specific_questions.jsonl").resolve():
        parser.error("the frozen set is not for tuning")
    questions = [json.loads(line) for line in args.questions.read_text().splitlines() if line]
    parsed = asyncio.run(parse_all(args.model, [q["text"] for q in questions]))
    with args.out.open("w", encoding="utf-8") as out:
        for question, result in zip(questions, parsed, strict=True):
            out.write(json.dumps({"id": question["id"], **result}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
