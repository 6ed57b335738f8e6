"""The files admins download: queries as CSV, labelled queries as Rasa NLU YAML."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Collection

import yaml

from bot.admin.reports import QuestionGroup, outcome_label
from bot.admin.topics import topic_label
from bot.querylog import QueryLogRow

# Rasa reads `[text](entity)`, `[text]{...}` and `[text][...]` in a training example as an
# entity annotation and has no way to escape them. A villager's square and curly brackets become
# parentheses: the words stay, the tokenizer drops the punctuation either way, and with no `[`
# left nothing can be read as an annotation.
ANNOTATION_BRACKETS = str.maketrans("[]{}", "()()")
# A cell that starts with one of these is a formula to a spreadsheet (OWASP "CSV Injection");
# a tab or carriage return first is dropped by some importers, which then read what follows.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def invisible(character: str) -> bool:
    """Control and format characters (BEL, ESC, bidi overrides, zero-width spaces) and the two
    non-characters: a YAML loader refuses some, terminals act on others, nobody sees any."""
    return unicodedata.category(character) in ("Cc", "Cf", "Cs") or character in "\ufffe\uffff"


def training_example(text: str) -> str:
    """The villager's words as one line of training data: visible characters only (as the
    console shows them), no annotation syntax, whitespace collapsed."""
    words = " ".join(text.split())  # line breaks and tabs first, so words stay apart
    visible = "".join(ch for ch in words if not invisible(ch))
    return " ".join(visible.translate(ANNOTATION_BRACKETS).split())


def spreadsheet_cell(value: object) -> object:
    """A cell a spreadsheet shows as the text it is: a leading apostrophe (which spreadsheets
    hide) before anything read as a formula, and no control characters but line breaks and tabs
    (a terminal that shows the file acts on ESC)."""
    if not isinstance(value, str):
        return value
    value = "".join(ch for ch in value if ch in "\t\n\r" or unicodedata.category(ch) != "Cc")
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def nlu_yaml(examples: dict[str, list[str]], unlabelled: list[QuestionGroup] | None = None) -> str:
    """Rasa NLU YAML (version 3.1) ready to add to nlu/; unlabelled groups follow as comments."""
    lines = ['version: "3.1"', "nlu:"]
    for intent, texts in sorted(examples.items()):
        cleaned = [t for t in dict.fromkeys(map(training_example, texts)) if t]
        if cleaned:
            lines += [f"- intent: {intent}", "  examples: |"]
            lines += [f"    - {text}" for text in cleaned]
    if unlabelled:
        lines += ["", "# Not labelled yet (most frequent first): label them in the console."]
        for group in unlabelled:
            lines.append(
                f"# [{group.size}x, the model guessed {group.likely_intent or '-'}] "
                f"{training_example(group.representative)}"
            )
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)  # what we hand out must load
    return text


CSV_COLUMNS = (
    "id",
    "created_at",
    "event_code",
    "kabupaten",
    "message_kind",
    "text",
    "topik",
    "intent",
    "confidence",
    "outcome",
    "hasil",
    "responses",
    "latency_ms",
)


def queries_csv(rows: list[QueryLogRow], *, event_codes: Collection[str]) -> str:
    """The rows as CSV, the topic in words beside its intent and the outcome beside its name
    (pseudonyms are left out: admins do not need them); an event code only when it is one of
    event_codes, the registered ones."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        cells = [
            row.id,
            row.created_at.isoformat(),
            row.event_code if row.event_code in event_codes else "",
            row.kabupaten or "",
            row.message_kind,
            row.text,
            topic_label(row.intent) if row.intent else "",
            row.intent or "",
            "" if row.confidence is None else f"{row.confidence:.3f}",
            row.outcome,
            outcome_label(row.outcome),
            " ".join(row.responses),
            row.latency_ms,
        ]
        writer.writerow([spreadsheet_cell(cell) for cell in cells])
    return buffer.getvalue()
