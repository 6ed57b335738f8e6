"""What the scrubber finds in each argument and why: `.venv/bin/python -m bot.anonymise "..."`."""

from __future__ import annotations

import sys

from bot.anonymise import find_personal_data, scrub_personal_data
from bot.anonymise.message import normalise


def _explain(text: str) -> None:
    normalised = normalise(text)
    for finding in find_personal_data(normalised):
        print(
            f"{finding.placeholder:12} {normalised[finding.start : finding.end]!r}: {finding.reason}"
        )
    print(scrub_personal_data(text))


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        _explain(argument)
