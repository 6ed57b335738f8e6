import json
import re
import string
import sys
from pathlib import Path

import pytest

from bot.anonymise import (
    addresses,
    dates,
    kept,
    lexicon,
    name_cues,
    names,
    numbers,
    scanning,
    tagger,
)
from bot.anonymise.message import normalise
from bot.anonymise.scanning import lower_in_place, match_beginnings, matches

CORPORA = Path(__file__).resolve().parents[2] / "evaluation" / "privacy"


def _every_pattern() -> dict[str, re.Pattern[str]]:
    modules = (addresses, dates, kept, lexicon, name_cues, names, numbers, tagger)
    return {
        f"{module.__name__}.{name}": value
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern)
    }


PATTERNS = _every_pattern()
READABLE = {name: pattern for name, pattern in PATTERNS.items() if match_beginnings(pattern)}


def _tuning_texts() -> list[str]:
    messages = [
        normalise(json.loads(line)["text"])
        for corpus in sorted(CORPORA.glob("tuning*.jsonl"))
        for line in corpus.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    joined = [
        " ".join(messages[index : index + 40])[:4096] for index in range(0, len(messages), 40)
    ]
    return joined + [text.upper() for text in joined[:20]]


TEXTS = _tuning_texts()


def _both_ways(pattern: re.Pattern[str], text: str) -> tuple[list, list]:
    """The spans `matches` finds in `text`, and those `finditer` finds."""
    found = [match.span() for match in matches(pattern, text, lower_in_place(text))]
    return found, [match.span() for match in pattern.finditer(text)]


def test_most_of_the_scrubbers_patterns_say_how_a_match_begins():
    assert len(READABLE) >= 40, sorted(READABLE)
    assert match_beginnings(kept._NAMED_DAY) == (("hari",), ("ha",))
    assert match_beginnings(numbers._HANDLE) == (("@",), None)


@pytest.mark.parametrize("name", sorted(READABLE))
def test_matches_finds_what_finditer_finds(name):
    pattern = READABLE[name]
    for text in TEXTS:
        found, expected = _both_ways(pattern, text)
        assert found == expected


@pytest.mark.parametrize(
    ("source", "beginnings"),
    [
        (r"\b(?i:film|lagu)\s+\w+", ("film", "lagu")),
        (r"(?<![\w@])@[\w.]+", ("@",)),
        (r"\b(?:hari|harus)\b", ("hari", "harus")),  # the parser shares "har" between the two
        (r"\b(?:no|nomor)\.?\s?\d", ("no",)),  # where "nomor" stands, "no" does
        (r"(?:pak\s)?budi", ("budi", "pak")),  # a beginning that may be left out
        (r"@\s?\w+", ("@",)),
        (r"\b(?:jum'at|jumat)\b", ("jum'at", "jumat")),
        (r"\bkadis\w*", ("kadis",)),
        (r"[\"'“]\w+", ('"', "'", "“")),
        (r"(?:19|20)\d\d", ("19", "20")),
    ],
)
def test_the_beginnings_are_read_from_the_pattern(source, beginnings):
    assert match_beginnings(re.compile(source)).strings == tuple(sorted(beginnings))


@pytest.mark.parametrize(
    ("source", "openings"),
    [
        (r"\b(?:d\.o\.b|dob)\s", ("d", "do")),  # "d.o.b": a word of one character, then "."
        (r"(?<![\w@.])wxid_\w+", ("wx",)),
        (r"(?i:\b(?:kadis|bupati))", ("bu", "ka")),
        (r"(?<!\d)(?:19|20)\d\d", None),  # a digit may stand right before: no word's beginning
        (r"(?:akun|ig)\s\w+", None),  # inside a word too
    ],
)
def test_a_pattern_that_opens_with_a_word_boundary_is_tried_where_words_begin(source, openings):
    pattern = re.compile(source)
    assert match_beginnings(pattern).word_openings == openings
    text = "dob 1990, d.o.b 2000 xdob kadis Bupati wxid_abc x.wxid_abc 1919 bakun ig ok"
    found, expected = _both_ways(pattern, text)
    assert found == expected
    assert found


@pytest.mark.parametrize(
    "source",
    [
        r"\d{8,}",  # a class of characters
        r"(?:\d+\s)?budi",  # a beginning that may be left out, and says nothing
        r"\b(?:a|bu)\s",  # a beginning of one letter: found everywhere
        r"[A-Z]\w+ Park",
        "|".join(f"w{index:03d}" for index in range(100)),  # too many to look for one by one
    ],
)
def test_a_pattern_that_does_not_say_is_scanned_whole(source):
    pattern = re.compile(source)
    assert match_beginnings(pattern) is None
    found, expected = _both_ways(pattern, "pak budi w001 a 12345678 Victoria Park")
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hari Raya, HARI raya, hari  raya",  # case, and a match that ends where another begins
        "harihari raya hari raya",  # a beginning inside a word
        "hari hari raya",  # a beginning inside the last match is not tried again
        "İbu hari raya",  # a character that lowers to two
        "harı raya, ſenin",  # characters a case-blind "i" and "s" match
    ],
)
def test_matches_agrees_with_finditer_on_awkward_texts(text):
    pattern = re.compile(r"\b(?i:hari|harı)\s+(?i:raya|hari)\b|(?i:senin)")
    found, expected = _both_ways(pattern, text)
    assert found == expected


@pytest.mark.skipif(sys.maxunicode < 0x10FFFF, reason="needs every code point")
def test_the_characters_folded_apart_are_all_that_re_matches_without_lowering_to_them():
    every_character = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    folded_apart = {
        character
        for character in re.findall(r"(?i)[a-z]", every_character)
        if lower_in_place(character) not in string.ascii_lowercase
    }
    assert folded_apart == set(scanning._FOLDED_APART)


def test_lower_in_place_keeps_every_character_where_it_stood():
    assert lower_in_place("İbu SITI") == "İbu siti"
    assert len(lower_in_place("İİ x")) == len("İİ x")


# What an adversarial review of 2026-12-01 found (each a match `matches` missed, on NFKC text)
@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        # ASCII word boundaries are not the index's (Unicode) word starts
        (r"\bbudi", re.ASCII, "andrébudi"),
        (r"(?a:\bbudi)", 0, "josébudi"),
        (r"(?<!\w)budi", re.ASCII, "josébudi"),
        (r"\bhari", re.ASCII, "٣hari"),
        # a look-behind of a negated class asks for a word character before
        (r"(?<![^\w])budi", 0, "xbudi"),
        (r"(?<![^\w@])budi", 0, "abudi"),
        # a beginning of one character that is a word character ("_")
        (r"\b_\w+", 0, "x _abc"),
        (r"(?<!\w)_\w+", 0, "x _abc"),
        (r"\b_[0-9]", 0, "a _1"),
        # a cased letter outside ASCII: re folds it with others than str.lower does
        (r"(?i)harı", 0, "HARI hari"),
        (r"(?i)ſenin", 0, "senin SENIN"),
        (r"(?i)İbu", 0, "ibu"),
        (r"(?i)[ıy]z", 0, "iz Iz"),
        (r"(?i)ος", 0, "οσα"),
        (r"(?i)сто", 0, "стᲂ"),
        (r"ΑΣ", 0, "ΑΣ"),
        (r"ΟΔΟΣ", 0, "ΟΔΟΣ 1"),
    ],
)
def test_what_the_review_of_the_beginnings_found(source, flags, text):
    found, expected = _both_ways(re.compile(source, flags), text)
    assert expected
    assert found == expected


def test_every_character_the_scrubbers_beginnings_look_for_lowers_as_re_folds_it():
    for pattern in READABLE.values():
        for beginning in match_beginnings(pattern).strings:
            assert all(scanning._plain(ord(character)) for character in beginning), beginning
