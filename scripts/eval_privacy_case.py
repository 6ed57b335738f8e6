"""How much the scrubbing's figures depend on how a message is cased (figures, not a test).

    .venv/bin/python scripts/eval_privacy_case.py > reports/privacy-case.md

Villagers write all in lower case, or with Every Word Capitalised (older people, some phone
keyboards), or as the corpora's hands wrote. Each corpus is measured three times as
`scripts/eval_privacy.py` measures it: as written, with every message (its text, the values
that must vanish and the phrases to keep) in lower case, and with every word capitalised. The
frozen corpora are reported as sums only (no miss is listed; nothing is tuned on them); the
tuning corpora flatter, as the rules and the tagger were studied on them.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_privacy import (
    FROZEN,
    NAMES_AND_ADDRESSES,
    NUMBER_LIKE,
    TUNING,
    Figures,
    measure,
)

_LETTERS = re.compile(r"[^\W\d_]+")


def title_cased(text: str) -> str:
    """Every run of letters with its first letter capitalised, the rest as written."""
    return _LETTERS.sub(lambda word: word.group()[0].upper() + word.group()[1:], text)


STYLES: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "all lower case": str.lower,
    "Every Word Capitalised": title_cased,
}


def restyled(corpora: tuple[Path, ...], style: Callable[[str], str], into: Path) -> Path:
    """The messages of `corpora` in one file, text, values and phrases to keep restyled."""
    lines = []
    for corpus in corpora:
        for line in corpus.read_text(encoding="utf-8").splitlines():
            message = json.loads(line)
            message["text"] = style(message["text"])
            for item in message["pii"]:
                item["value"] = style(item["value"])
            message["keep"] = [style(phrase) for phrase in message["keep"]]
            lines.append(json.dumps(message, ensure_ascii=False))
    into.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return into


def share(figures: Figures, categories: tuple[str, ...]) -> str:
    found = sum(figures.found[category] for category in categories)
    removed = sum(figures.removed[category] for category in categories)
    return f"{removed / found:.3f} ({removed:,} of {found:,})"


def main() -> None:
    print("# Privacy: the figures by how a message is cased\n")
    print(
        f"- Date: {datetime.now(timezone.utc):%Y-%m-%d}; machine: {platform.machine()}, "
        f"{len(os.sched_getaffinity(0))} cores, Python {platform.python_version()}."
    )
    print("- Made by `scripts/eval_privacy_case.py`; see its docstring.\n")
    with tempfile.TemporaryDirectory() as folder:
        for title, corpora in (
            ("Frozen corpora (sums only)", FROZEN),
            ("Tuning corpora (studied: these flatter)", TUNING),
        ):
            print(f"## {title}: {len(corpora)} corpora\n")
            print("| cased | names, addresses, birth dates | number-like | ordinary unchanged |")
            print("|---|---|---|---|")
            for name, style in STYLES.items():
                figures = measure(restyled(corpora, style, Path(folder) / "restyled.jsonl"))
                ordinary = (
                    f"{figures.unchanged / figures.ordinary:.3f} "
                    f"({figures.unchanged:,} of {figures.ordinary:,})"
                )
                print(
                    f"| {name} | {share(figures, NAMES_AND_ADDRESSES)} | "
                    f"{share(figures, NUMBER_LIKE)} | {ordinary} |"
                )
            print()


if __name__ == "__main__":
    main()
