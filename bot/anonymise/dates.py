"""Dates, and which of them are birth dates (after "lahir", "TTL"; not a cut-off such as "batas
lahir")."""

from __future__ import annotations

import re

from bot.anonymise.message import Finding

_MONTHS = (
    r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|"
    r"jul(?:i|y)?|agu(?:stus)?|agt|ags|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|"
    r"nov(?:ember)?|des(?:ember)?|dec(?:ember)?)\.?"
)


# Day 1-31, month 1-12: "35-41-23" is the end of a phone number, not a date.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"


_MONTH = r"(?:0?[1-9]|1[0-2])"


_NUMERIC_DATE = rf"{_DAY}\s?([-/.])\s?{_MONTH}\s?\1\s?(?:19|20)?\d{{2}}"


_WORDED_DATE = (
    rf"{_DAY}(?:st|nd|rd|th)?[\s/.-]*{_MONTHS}[\s/.,-]*(?:(?:19|20)\d{{2}}|\d{{2}}(?!\d))"
)


DATE = re.compile(
    rf"(?<![\w/.-])(?<!\d\s)(?<!\d\)\s)(?:{_NUMERIC_DATE}|{_WORDED_DATE})(?![\w/]|[-.]\d)",
    re.IGNORECASE,
)


_CUT_OFF = re.compile(
    r"(?i)\b(?:batas|sebelum|setelah|sesudah|minimal|maksimal|paling|syarat|sampai)\b"
)


_BIRTH_CUE = re.compile(
    r"(?i)\b(?:lahir(?:nya|nyo)?|lhr|kelahiran|ttl|tgl\.?\s*lhr|dob|d\.o\.b|date\s+of\s+birth|birth\s*date|"
    r"born|ultah|ulang\s+tahun)\b"
)


# A birth cue reaches this far ahead (past "Palembang, " or "tanggal").
_BIRTH_CUE_REACH = 40


def after_birth_cue(text: str, start: int) -> bool:
    before = text[max(0, start - _BIRTH_CUE_REACH) : start]
    cue = _BIRTH_CUE.search(before)
    # "batas lahir 31-12-2005", "yang lahir sebelum ...": a rule's cut-off, nobody's birthday.
    return bool(cue) and not _CUT_OFF.search(before)


def find_birth_dates(text: str) -> list[Finding]:
    found = []
    for match in DATE.finditer(text):
        if after_birth_cue(text, match.start()):
            found.append(Finding(*match.span(), "birth_date", "date after 'lahir'/'TTL'"))
        elif match.group() == text.strip(" .!"):  # the answer to "tanggal lahirnya?"
            found.append(Finding(*match.span(), "birth_date", "a message that is a date"))
    return found
