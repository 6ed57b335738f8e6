"""The registry of facts (facts/registry.yml), every reply the bot can send, and reading one.

Shared by the content tests: `all_replies()` collects the texts from the domain, the office
directory, the glossary, the front end and the event poster; `read()` finds the registered facts
in one of them and what is left that no fact explains.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

import yaml

import bot.replies
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
FACTS_SHEET = ROOT.parent / "shared" / "facts" / "facts.md"
REGISTRY = yaml.safe_load((ROOT / "facts" / "registry.yml").read_text(encoding="utf-8"))
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
# The specific answers (retrieval intents' responses), generated from data/specific/.
SPECIFIC = yaml.safe_load((ROOT / "nlu" / "specific.yml").read_text(encoding="utf-8"))
GLOSSARY_FILE = ROOT / "actions" / "glossary.yml"
POSTER_MODULE = ROOT / "bot" / "admin" / "events.py"

KINDS = {"phone", "url", "law", "article", "money", "age", "figure", "date", "percent"}
CONFIDENCES = {"solid", "probable", "unverified"}
# The facts sheet's own date ("the newest are dated March 2026"): the footer when no fact the
# answer uses carries a date.
FACTS_SHEET_DATE = "Maret 2026"
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]

# Names that contain a digit but state no fact.
NAMES_WITH_DIGITS = [
    "SISKOP2MI",
    "SIP3MI",
    "SIP2MI",
    "KP2MI",
    "BP2MI",
    "BP3MI",
    "BNP2TKI",
    "P3MI",
    "P4MI",
    "P2MI",
]
NAMES_WITH_DIGITS_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:" + "|".join(NAMES_WITH_DIGITS) + r")(?![0-9A-Za-z])", re.IGNORECASE
)


def _retention_days() -> int:
    return Settings.model_fields["retention_days"].default


def _case_messages_kept_days() -> int:
    return Settings.model_fields["handoff_keep_days"].default


def _checker_questions() -> int:
    return len(DOMAIN["forms"]["job_offer_form"]["required_slots"])


def _chat_wipe_window() -> timedelta:
    from bot.retention import MESSAGE_IDS_KEPT

    return MESSAGE_IDS_KEPT


# Numbers that are facts about this service, not about the world: each is checked against the
# code that makes it true.
SERVICE_VALUES = {
    "180 hari": lambda: _retention_days() == 180,
    "11 hal": lambda: _checker_questions() == 11,
    "2 hari": lambda: _chat_wipe_window() == timedelta(days=2),
    "30 hari": lambda: _case_messages_kept_days() == 30,
}

PLACEHOLDER = re.compile(r"\{[^{}\n]*\}")
# The footer's date is checked by (d), against the facts the answer uses.
FOOTER_DATE = re.compile(r"\(info per [^()\n]*\)")
# "1." or "2/11." at the start of a line: a list number, not a fact.
ENUMERATOR = re.compile(r"(?m)^[ \t•]*\d+(?:/\d+)?\.(?=\s|$)")
ARTICLE = re.compile(r"Pasal\s+\d+[A-Za-z]?(?:\s+huruf\s+[a-z](?![A-Za-z]))?")
WEB_ADDRESS = re.compile(
    r"(?i)https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[a-z0-9-]+\.)+(?:id|com|org|net|info|io|me|ly|gov|int)\b"
)
TOKEN_WITH_DIGIT = re.compile(r"\S*\d\S*")


# --------------------------------------------------------------------------- the registry


def entries() -> list[dict]:
    return REGISTRY


@cache
def by_id() -> dict[str, dict]:
    return {entry["id"]: entry for entry in REGISTRY}


def spellings(entry: dict) -> list[str]:
    return [entry["value"], *(entry.get("also_written") or [])]


@cache
def facts_lines() -> list[str]:
    return [" ".join(line.split()) for line in FACTS_SHEET.read_text(encoding="utf-8").splitlines()]


def digit_runs(text: str) -> list[str]:
    return re.findall(r"\d+", NAMES_WITH_DIGITS_RE.sub(" ", text))


def quoted_line(entry: dict) -> str | None:
    quote = " ".join(entry["quote"].split())
    return next((line for line in facts_lines() if quote in line), None)


# --------------------------------------------------------------------------- the replies


@dataclass(frozen=True)
class Reply:
    where: str  # e.g. "domain.yml utter_costs" or "bot/replies.py EMERGENCY_NUMBERS"
    text: str
    response: str | None = None  # the domain response's name, for the footer check


def domain_replies() -> list[Reply]:
    """The domain's responses and the specific answers (nlu/specific.yml)."""
    replies = []
    responses = [("domain.yml", DOMAIN["responses"]), ("nlu/specific.yml", SPECIFIC["responses"])]
    for where, named in responses:
        for name, variants in named.items():
            replies += _response_replies(where, name, variants)
    return replies


def _response_replies(where: str, name: str, variants: list[dict]) -> list[Reply]:
    replies = []
    for variant in variants:
        if variant.get("text"):
            replies.append(Reply(f"{where} {name}", variant["text"], name))
        for button in variant.get("buttons") or []:
            replies.append(Reply(f"{where} {name} button", button["title"]))
    return replies


def office_replies() -> list[Reply]:
    offices = yaml.safe_load((ROOT / "actions" / "offices.yml").read_text(encoding="utf-8"))
    replies = [Reply("actions/offices.yml province", offices["province"]["name"])]
    for district, office in offices["districts"].items():
        for field in ("office", "details"):
            if office.get(field):
                replies.append(Reply(f"actions/offices.yml {district} {field}", office[field]))
    return replies


def glossary_terms() -> dict[str, dict]:
    if not GLOSSARY_FILE.exists():
        return {}
    data = yaml.safe_load(GLOSSARY_FILE.read_text(encoding="utf-8")) or {}
    terms = data.get("terms", data)
    return {
        name: entry for name, entry in terms.items() if isinstance(entry, dict) and "text" in entry
    }


def glossary_replies() -> list[Reply]:
    replies = []
    for name, entry in glossary_terms().items():
        replies.append(Reply(f"actions/glossary.yml {name} text", entry["text"]))
        if entry.get("source"):
            replies.append(Reply(f"actions/glossary.yml {name} source", entry["source"]))
    return replies


def front_end_replies() -> list[Reply]:
    return [
        Reply(f"bot/replies.py {name}", value)
        for name, value in vars(bot.replies).items()
        if name.isupper() and isinstance(value, str)
    ]


def _literal(node: ast.AST) -> str | None:
    """A string literal's text; an f-string's with its fields as {}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_literal(part) or "{}" for part in node.values)
    return None


def poster_replies() -> list[Reply]:
    """The poster's sentences: the string literals with a space in them inside render_poster."""
    module = ast.parse(POSTER_MODULE.read_text(encoding="utf-8"))
    render = next(
        node
        for node in ast.walk(module)
        if isinstance(node, ast.FunctionDef) and node.name == "render_poster"
    )
    docstring = render.body[0]
    texts = []
    for node in ast.walk(render):
        text = _literal(node)
        if text and " " in text and node is not getattr(docstring, "value", None):
            texts.append(text)
    # A JoinedStr's constant parts are walked too; keep only whole strings.
    wholes = [t for t in texts if not any(t != o and t in o for o in texts)]
    return [Reply(f"bot/admin/events.py poster line {i + 1}", t) for i, t in enumerate(wholes)]


def all_replies() -> list[Reply]:
    return [
        *domain_replies(),
        *office_replies(),
        *glossary_replies(),
        *front_end_replies(),
        *poster_replies(),
    ]


# --------------------------------------------------------------------------- reading a reply


@dataclass
class Reading:
    used: list[dict]  # registry entries the reply states
    rest: str  # the reply with them (and placeholders, list numbers, names) blanked
    problems: list[str]


def _occurrences(value: str, text: str):
    pattern = r"(?<![0-9A-Za-z])" + re.escape(value) + r"(?![0-9A-Za-z])"
    flags = re.IGNORECASE if "." in value and " " not in value else 0
    return re.finditer(pattern, text, flags)


def read(text: str) -> Reading:
    """Find the registered facts in a reply; report articles without their law."""
    spans: list[tuple[int, int]] = []
    used: list[dict] = []
    problems: list[str] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in spans)

    for match in (*PLACEHOLDER.finditer(text), *FOOTER_DATE.finditer(text)):
        spans.append(match.span())

    laws: list[tuple[int, dict]] = []
    for entry in sorted(
        (e for e in entries() if e["kind"] == "law"), key=lambda e: -len(e["value"])
    ):
        for spelling in spellings(entry):
            for match in _occurrences(spelling, text):
                if free(*match.span()):
                    spans.append(match.span())
                    laws.append((match.start(), entry))
                    used.append(entry)

    for match in ARTICLE.finditer(text):
        if not free(*match.span()):
            continue
        before = [(start, law) for start, law in laws if start < match.start()]
        if not before:
            problems.append(f"'{match.group()}' names no law before it")
            continue
        law = max(before, key=lambda pair: pair[0])[1]
        article = next(
            (
                e
                for e in entries()
                if e["kind"] == "article"
                and e["law"] == law["id"]
                and " ".join(match.group().split()) in spellings(e)
            ),
            None,
        )
        if article is None:
            problems.append(f"'{match.group()}' of {law['value']} is not in the registry")
            continue
        spans.append(match.span())
        used.append(article)

    others = [e for e in entries() if e["kind"] not in ("law", "article")]
    candidates = [(s, e) for e in others for s in spellings(e)] + [
        (value, None) for value in SERVICE_VALUES
    ]
    for spelling, entry in sorted(candidates, key=lambda pair: -len(pair[0])):
        for match in _occurrences(spelling, text):
            if free(*match.span()):
                spans.append(match.span())
                if entry is not None and entry not in used:
                    used.append(entry)

    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    rest = NAMES_WITH_DIGITS_RE.sub(" ", ENUMERATOR.sub(" ", "".join(chars)))
    problems += [f"unregistered number '{t}'" for t in TOKEN_WITH_DIGIT.findall(rest)]
    problems += [f"unregistered web address '{m.group()}'" for m in WEB_ADDRESS.finditer(rest)]
    return Reading(used, rest, problems)


def info_date(used: list[dict]) -> str:
    """The oldest as_of of the facts used, as the footer writes it."""
    dated = [e["as_of"] for e in used if e.get("as_of")]
    if not dated:
        return FACTS_SHEET_DATE
    oldest = min(str(d) for d in dated)  # "2025" sorts before "2025-04": a bare year is older
    year, _, month = oldest.partition("-")
    return f"{MONTHS[int(month) - 1]} {year}" if month else year


def source_line(text: str) -> str | None:
    return next((line for line in text.splitlines() if line.startswith("Sumber:")), None)
