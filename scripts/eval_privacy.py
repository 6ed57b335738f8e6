"""How much personal data the bot's scrubbing removes, on a labelled corpus (figures, not a test).

    .venv/bin/python scripts/eval_privacy.py [evaluation/privacy/second_hand.jsonl]

The text goes through what the bot does before Rasa and the query log see it
(`scrub_personal_data`, then the village rewrite). A labelled item counts as removed when its
value no longer appears in the result; an ordinary question counts as kept when every `keep`
phrase survives and nothing else changed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.anonymise import scrub_personal_data  # noqa: E402
from bot.places import resolve_places  # noqa: E402

DEFAULT_CORPUS = ROOT / "evaluation" / "privacy" / "second_hand.jsonl"


def what_the_bot_keeps(text: str) -> str:
    return resolve_places(scrub_personal_data(text))


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    messages = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    found, removed = Counter(), Counter()
    ordinary = unchanged = keeps_survive = 0
    for message in messages:
        scrubbed = what_the_bot_keeps(message["text"])
        for item in message["pii"]:
            found[item["category"]] += 1
            removed[item["category"]] += item["value"] not in scrubbed
        if not message["pii"]:
            ordinary += 1
            unchanged += scrubbed == message["text"]
            keeps_survive += all(kept in scrubbed for kept in message["keep"])
    print(f"corpus: {corpus.relative_to(ROOT)} ({len(messages)} messages)")
    print("| category | items | removed | recall |")
    print("|---|---|---|---|")
    for category, total in sorted(found.items(), key=lambda kv: -kv[1]):
        print(f"| {category} | {total} | {removed[category]} | {removed[category] / total:.2f} |")
    everything = sum(found.values())
    print(
        f"| all | {everything} | {sum(removed.values())} | {sum(removed.values()) / everything:.2f} |"
    )
    print(
        f"ordinary questions: {ordinary}; unchanged {unchanged} ({unchanged / ordinary:.2f}); "
        f"every keep phrase survives {keeps_survive} ({keeps_survive / ordinary:.2f})"
    )


if __name__ == "__main__":
    main()
