"""What counts as a short answer holding the fact asked for (issue on answering the question
asked): one message of at most three sentences and 400 characters, its "Sumber: ..." footer
included in the length but not counted as a sentence (it is the answer's source). The
specific-questions eval (scripts/eval_specific.py) and the threshold sweep
(scripts/tune_specific.py) judge the bot's replies by it, and the content tier holds every
specific answer to it (tests/content/test_specific_answers.py).
"""

from __future__ import annotations

import re

LONGEST_SHORT_ANSWER = 400
MOST_SENTENCES = 3
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def sentences(text: str) -> int:
    """How many sentences a reply has (a last one without a full stop counts too), its
    "Sumber: ..." footer left out."""
    body = "\n".join(
        line for line in text.strip().splitlines() if not line.startswith("Sumber:")
    ).strip()
    ends = len(_SENTENCE_END.findall(body))
    return ends + (0 if body[-1:] in ".!?" else 1)


def is_short(text: str) -> bool:
    return bool(text) and len(text) <= LONGEST_SHORT_ANSWER and sentences(text) <= MOST_SENTENCES


def holds_the_fact(text: str, question: dict) -> bool:
    """Does a reply hold the fact a specific question asks for: one alternative of every group
    of its `must_contain_any`, in any case?"""
    lowered = text.lower()
    return all(
        any(alternative.lower() in lowered for alternative in group)
        for group in question["must_contain_any"]
    )
