"""A message as the scrubber reads it: normalised text, and the spans of personal data found
in it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PLACEHOLDERS = {
    "name": "<NAMA>",
    "phone": "<PHONE>",
    "nik": "<NIK>",
    "email": "<EMAIL>",
    "passport": "<PASPOR>",
    "account": "<NOMOR>",
    "address": "<ALAMAT>",
    "birth_date": "<TGL_LAHIR>",
    "link": "<TAUTAN>",
    "username": "<USERNAME>",
}


# Each digit as it is said: in Indonesian and Palembang Malay ("sikok", "duo", "tigo"), in
# Javanese, spoken in the transmigrant villages ("nol wolu siji telu ..."), and in English, as
# returnees and staff say a number ("zero eight one two, seven seven four"). numbers.py reads
# phone numbers and handles said so, dates.py a birthday, addresses.py a house's number.
DIGIT_OF = {
    word: str(value)
    for value, words in enumerate(
        (
            ("nol", "kosong", "zero"),
            ("satu", "sat", "sikok", "siji", "one"),
            ("dua", "duo", "loro", "two"),
            ("tiga", "tigo", "telu", "three"),
            ("empat", "empa", "papat", "four"),
            ("lima", "limo", "five"),
            ("enam", "enem", "six"),
            ("tujuh", "tujoh", "pitu", "seven"),
            ("delapan", "lapan", "wolu", "eight"),
            ("sembilan", "semilan", "songo", "sanga", "nine"),
        )
    )
    for word in words
}
# The words of a number said in tens and hundreds ("dua ribu dua", "sembilan puluh").
TENS_AND_HUNDREDS = ("puluh", "belas", "ratus", "ribu", "sepuluh", "sebelas", "seratus", "seribu")


def one_of(words) -> str:
    """A pattern for any of `words`, the longest first ("satu" before "sat")."""
    return "(?:" + "|".join(sorted(words, key=lambda word: (-len(word), word))) + ")"


DIGIT_WORD = one_of(DIGIT_OF)
NUMBER_WORD = one_of(TENS_AND_HUNDREDS)
# Any word of a number said in Indonesian, Palembang or Javanese: a digit's, or tens' and
# hundreds' (a house's number, a birthday). English digits are read only where a phone number's
# run of them stands together: "no one can go out", "one may apply" are English.
_ENGLISH_DIGITS = frozenset(
    {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
)
SAID_NUMBER = one_of(
    (*(word for word in DIGIT_OF if word not in _ENGLISH_DIGITS), *TENS_AND_HUNDREDS)
)


@dataclass(frozen=True)
class Finding:
    """One span of personal data: where it is, what it is and which rule found it.

    `whose` is set where a cue says whose name it is ("nama anak saya", "majikan saya"): such a
    name is removed even where it is a public figure's too ("nama anak saya Marshanda")."""

    start: int
    end: int
    category: str
    reason: str
    whose: bool = False

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.category]


# Telegram's limit for one message; longer text is cut before it is read (see normalise).
LONGEST_TEXT = 4_096


_SPACES = re.compile(r"[^\S\n]{2,}|[^\S\n ]")


_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


# Every invisible format character (Unicode category Cf: U+200B zero-width space, U+00AD soft
# hyphen, U+2060 word joiner, U+FEFF, direction marks, tags ...) is dropped, and so are a
# keycap's marks; every dash is "-".
_NORMALISED = {
    **{
        code: None
        for code in [*range(0x20000), *range(0xE0000, 0xE0080)]
        if unicodedata.category(chr(code)) == "Cf"
    },
    **dict.fromkeys(map(ord, _DASHES), "-"),
}


# Digits in keycaps, two or more side by side: "0️⃣8️⃣1️⃣2️⃣" is "0812" (a list's "1️⃣ gaji" stays).
_KEYCAPS = re.compile("(?:[0-9]\ufe0f?\u20e3){2,}")
_KEYCAP_MARKS = re.compile("\ufe0f?\u20e3")


def normalise(text: str) -> str:
    """NFKC (fullwidth digits become digits), without invisible characters, every dash a '-',
    runs of spaces or tabs as one space and of blank lines as one; no longer than Telegram
    lets a message be (NFKC can make one character eighteen), cut where a word ends."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_NORMALISED)
        if "\u20e3" in text:
            text = _KEYCAPS.sub(lambda keys: _KEYCAP_MARKS.sub("", keys.group()), text)
    text = _BLANK_LINES.sub("\n\n", _SPACES.sub(" ", text))
    if len(text) > LONGEST_TEXT:
        text = (
            text[: LONGEST_TEXT + 1].rsplit(None, 1)[0]
            if " " in text[:LONGEST_TEXT]
            else text[:LONGEST_TEXT]
        )
    return text


NOT_DIGIT = re.compile(r"\D")


def text_before(text: str, start: int, reach: int = 40) -> str:
    """The few characters before a span, where its cue would be."""
    return text[max(0, start - reach) : start]
