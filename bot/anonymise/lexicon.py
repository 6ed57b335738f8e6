"""The word lists the scrubber reads (lexicon/), the people and accounts in public life the facts
name, and the numbers and sites the bot itself gives (facts/registry.yml)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import yaml

from bot.anonymise.message import NOT_DIGIT

PROJECT_ROOT = Path(__file__).resolve().parents[2]


GIVEN_NAMES_FILE = PROJECT_ROOT / "lexicon" / "given_names.txt"


PUBLIC_FIGURES_FILE = PROJECT_ROOT / "lexicon" / "public_figures.txt"


PUBLIC_THINGS_FILE = PROJECT_ROOT / "lexicon" / "public_things.txt"


DICTIONARY_WORDS_FILE = PROJECT_ROOT / "lexicon" / "dictionary_words.txt"


CHAT_WORDS_FILE = PROJECT_ROOT / "lexicon" / "chat_words.txt"


PLACE_WORDS_FILE = PROJECT_ROOT / "lexicon" / "place_words.txt"
TOWN_NAMES_FILE = PROJECT_ROOT / "lexicon" / "town_names.txt"


ENGLISH_WORDS_FILE = PROJECT_ROOT / "lexicon" / "english_words.txt"


NAMES_THAT_ARE_WORDS_FILE = PROJECT_ROOT / "lexicon" / "names_that_are_words.txt"
NAMES_THAT_ARE_CHAT_WORDS_FILE = PROJECT_ROOT / "lexicon" / "names_that_are_chat_words.txt"


COMMON_WORDS_FILE = PROJECT_ROOT / "lexicon" / "common_words.txt"


FACTS_REGISTRY_FILE = PROJECT_ROOT / "facts" / "registry.yml"
PUBLIC_NAMES_FILE = PROJECT_ROOT / "lexicon" / "public_names.yml"


@cache
def official_numbers_and_sites() -> tuple[frozenset[str], frozenset[str]]:
    """The digits of every phone number the bot gives, and its e-mail addresses and sites."""
    entries = yaml.safe_load(FACTS_REGISTRY_FILE.read_text(encoding="utf-8"))
    digits, texts = set(), set()
    for entry in entries:
        for value in [entry["value"], *entry.get("also_written", [])]:
            if entry["kind"] == "phone":
                number = NOT_DIGIT.sub("", value)
                digits.update({number, national_form(number)})
            elif entry["kind"] == "url":
                texts.add(value.lower())
    return frozenset(digits), frozenset(texts)


@cache
def public_names() -> re.Pattern[str]:
    """People in public office and institutions' accounts the facts name, as they are typed
    (lexicon/public_names.yml), people in public life villagers talk about
    (lexicon/public_figures.txt), and brands, shops and places they name
    (lexicon/public_things.txt), in any case: matched on the lower-cased text."""
    listed = yaml.safe_load(PUBLIC_NAMES_FILE.read_text(encoding="utf-8"))
    forms = (
        {
            form
            for entry in [*listed["people"], *listed["accounts"]]
            for form in [entry["value"], *entry.get("also", [])]
        }
        | word_list(PUBLIC_FIGURES_FILE)
        | word_list(PUBLIC_THINGS_FILE)
    )
    return re.compile(rf"(?<![\w@.])(?:{one_of(form.lower() for form in forms)})(?![\w@])")


def one_of(words: Iterable[str]) -> str:
    """A pattern that matches any of the words, the longest first, written as a tree of their
    letters ("ab(?:c|d)"): Python's re tries a plain alternation of hundreds of words one by
    one at every position, and a tree letter by letter (1.4 ms against 0.16 ms on a dense
    4,096-character message)."""
    tree: dict = {}
    for word in words:
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    branches = [
        re.escape(character) + _branches(node[character]) for character in sorted(node) if character
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def national_form(digits: str) -> str:
    """62812... (or 0062812..., dialled from abroad) -> 0812...: how the same Indonesian number
    is written at home."""
    if digits.startswith("0062"):
        digits = digits[2:]
    return "0" + digits[2:] if digits.startswith("62") else digits


# Indonesian affixes: a word whose root is in the dictionary is a word ("menyimpan" -> simpan).
WORD_PREFIXES = (
    "meng",
    "meny",
    "mem",
    "men",
    "me",
    "peng",
    "peny",
    "pem",
    "pen",
    "per",
    "pe",
    "ber",
    "be",
    "ter",
    "te",
    "di",
    "ke",
    "se",
    # colloquial: "ngopi" (kopi), "nyari" (cari), "ngelamar", "ngefans" (an English word)
    "nge",
    "ng",
    "ny",
)


NASALISED = {
    "meny": "s",
    "peny": "s",
    "mem": "p",
    "pem": "p",
    "men": "t",
    "pen": "t",
    "meng": "k",
    "peng": "k",
    "ng": "k",
    "ny": "c",
    # ("ny" stands for an s too: "nyuruh" is suruh, "nyewa" sewa; see NASALISED_TOO)
}


NASALISED_TOO = {"ny": "s"}


# (-ke: Palembang's -kan, "cekke", "sambungke"; not Jakarta's -in: "Dikin", "Pairin" are names)
WORD_SUFFIXES = ("nya", "lah", "kah", "kan", "an", "i", "ku", "mu", "nyo", "ke")
# "kirimannyo", "arahannya", "ancamannya": a -nya or -nyo after the word's own -an or -kan
_OUTER_SUFFIXES = ("nya", "nyo")
_INNER_SUFFIXES = ("an", "kan")


@cache
def word_list(path: Path) -> frozenset[str]:
    """The words of one of the lexicon's lists (one a line, "#" lines are comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# Each list is asked for at every word: its own cache answers without hashing a path.
@cache
def given_names() -> frozenset[str]:
    return word_list(GIVEN_NAMES_FILE)


@cache
def chat_words() -> frozenset[str]:
    return word_list(CHAT_WORDS_FILE)


@cache
def _dictionary_words() -> frozenset[str]:
    return word_list(DICTIONARY_WORDS_FILE)


@cache
def english_words() -> frozenset[str]:
    return word_list(ENGLISH_WORDS_FILE)


@cache
def common_words() -> frozenset[str]:
    return word_list(COMMON_WORDS_FILE)


@cache
def names_that_are_words() -> frozenset[str]:
    return word_list(NAMES_THAT_ARE_WORDS_FILE)


@cache
def names_that_are_chat_words() -> frozenset[str]:
    """Given names that are everyday words too: a name after a cue only where capitalised."""
    return word_list(NAMES_THAT_ARE_CHAT_WORDS_FILE)


@cache
def place_words() -> frozenset[str]:
    return word_list(PLACE_WORDS_FILE)


@cache
def town_names() -> frozenset[str]:
    """Whole names of towns and districts ("tegal", "ogan komering ilir", "kikim")."""
    return word_list(TOWN_NAMES_FILE)


def is_a_root_word(lowered: str) -> bool:
    """In the dictionary as written, no affix taken off ("bujuk", not "dibujuk")."""
    return lowered in _dictionary_words()


@lru_cache(maxsize=20_000)
def is_indonesian_word(lowered: str) -> bool:
    """In the dictionary or in the chat words, as typed or once its affixes are taken off."""
    words, chat = _dictionary_words(), chat_words()
    if lowered.endswith("o") and len(lowered) > 3 and is_indonesian_word(lowered[:-1] + "a"):
        return True  # Palembang: biayo, kato, berapo
    if (
        lowered in words
        or lowered in chat
        or ("-" in lowered and all(map(is_indonesian_word, lowered.split("-"))))
    ):
        return True
    stems = {lowered} | {lowered[: -len(s)] for s in WORD_SUFFIXES if lowered.endswith(s)}
    stems |= {
        stem[: -len(inner)]
        for outer in _OUTER_SUFFIXES
        if lowered.endswith(outer)
        for stem in (lowered[: -len(outer)],)
        for inner in _INNER_SUFFIXES
        if stem.endswith(inner) and stem not in given_names()  # "Jihannya", "ardiannyo"
    }
    for stem in list(stems):
        for prefix in WORD_PREFIXES:
            if stem.startswith(prefix) and len(stem) > len(prefix) + 2:
                rest = stem[len(prefix) :]
                stems |= {rest, NASALISED.get(prefix, "") + rest}
                if prefix in NASALISED_TOO:
                    stems.add(NASALISED_TOO[prefix] + rest)
    if any(len(stem) > 2 and (stem in words or stem in chat) for stem in stems):
        return True
    # "ngefans", "ngeshare": the colloquial prefix before an English word
    return lowered.startswith("nge") and len(lowered) > 6 and lowered[3:] in english_words()


# A word: a letter, then letters, digits, apostrophes and hyphens ("Ling-Ling", "Ma'ruf").
LETTERED = re.compile(r"[^\W\d_][\w'-]*")


@lru_cache(maxsize=256)
def is_title_case_prose(line: str) -> bool:
    """A line of six words or more with every word (or all but one) capitalised, a third of them
    or more everyday words ("Diberitahukan Kepada Warga Bahwa Telah Beredar ...", "Permisi Min,
    Biaya 65 Juta Itu Wajar Gak?"): there the capitals of words say nothing of names. Not a list
    of names, nor a form's "Full Name: DEWI KARTIKA SARI" (a label, then a short value)."""
    words = LETTERED.findall(line)
    if len(words) < 6 or sum(word[:1].isupper() for word in words) < len(words) - 1:
        return False
    everyday = sum(
        word.lower() in chat_words() and word.lower() not in given_names() for word in words
    )
    _label, colon, value = line.partition(":")
    return (
        everyday * 3 >= len(words)
        and len(line.lower()) == len(line)
        and not (colon and len(LETTERED.findall(value)) <= 5)
    )
