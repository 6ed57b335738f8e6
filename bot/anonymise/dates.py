"""Dates, and which of them are birth dates (after "lahir", "TTL"; not a cut-off such as "batas
lahir")."""

from __future__ import annotations

import datetime
import re

from bot.anonymise.message import SAID_NUMBER, Finding
from bot.anonymise.scanning import LowerCase, matches

_MONTHS = (
    r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|"
    r"jul(?:i|y)?|agu(?:stus)?|agt|ags|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|"
    r"nov(?:ember)?|des(?:ember)?|dec(?:ember)?)\.?"
)


# "Juni - Juli 2026", "sejak Mei 2024": a month and its year, when something happens ("Juli" and
# "Mei" are given names too). (matched on the lower-cased text)
MONTH_AND_YEAR = re.compile(rf"(?<![\w@.]){_MONTHS} (?:19|20)\d\d(?![\w@])")


# The months of the Hijri calendar, as Indonesians spell them ("2 Syawal 1424 H", "bulan
# Ramadhan"). "Ramadhan" is a given name too: alone, after a cue, it is still read as one.
HIJRI_MONTHS = (
    r"(?:muharr?am|safar|sapar|rabi'?ul\s+(?:awal|akhir|tsani)|jumadil\s+(?:awal|akhir|ula)|"
    r"rajab|sya'?ban|ramadh?an|romadh?on|syawal|sawal|dzul\s?qa'?idah|zulkaidah|dzulkaidah|"
    r"dzul\s?hijj?ah|zulhijj?ah)"
)


# A time of day, "08.00", "21:03"; a day and month with slashes, and a year perhaps, as a chat
# writes them, "14/09", "10/07/25" (the times of a pasted chat: kept.py, names.py).
CLOCK = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
DAY_MONTH = r"[0-3]?\d/[01]?\d(?:/(?:\d\d)?\d\d)?"


# Day 1-31, month 1-12: "35-41-23" is the end of a phone number, not a date.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"


_MONTH = r"(?:0?[1-9]|1[0-2])"


_NUMERIC_DATE = rf"{_DAY}\s?([-/.])\s?{_MONTH}\s?\1\s?(?:19|20)?\d{{2}}"


# "21 Juni 1997", "21 Juni '97".
_WORDED_DATE = (
    rf"{_DAY}(?:st|nd|rd|th)?[\s/.-]*{_MONTHS}[\s/.,-]*(?:(?:19|20)\d{{2}}|['’]?\d{{2}}(?!\d))"
)


# "7 bln 3 thn 1995": day, month and year each after its word; or the year first, "2002 bulan
# 11 tanggal 4", "thn 1990 tgl 22 mei", "th 1990 tg 22 bln 5".
_SPELLED_OUT_DATE = (
    rf"{_DAY}\s*(?:bln|bulan)\.?\s*{_MONTH}\s*(?:thn|tahun|th)\.?\s*(?:19|20)?\d{{2}}(?!\d)|"
    rf"(?:19|20)\d{{2}}\s*(?:bln|bulan)\.?\s*(?:{_MONTH}|{_MONTHS})\s*(?:tgl|tg|tanggal)\.?\s*"
    rf"{_DAY}(?!\d)|"
    rf"(?:19|20)\d{{2}},?\s*(?:tgl|tg|tanggal)\.?\s*{_DAY}\s+"
    rf"(?:{_MONTHS}|(?:bln|bulan)\.?\s*(?:{_MONTH}(?!\d)|{_MONTHS}))"
)


# "2 Syawal 1424 H": a day, a Hijri month and a year of the Hijri calendar.
_HIJRI_DATE = rf"{_DAY}\s+{HIJRI_MONTHS}\s+1[34]\d\d(?:\s*H\b)?"


# "lahir 7 7 1999": day, month and a year of four digits, one space between each.
_SPACED_DATE = rf"{_DAY} {_MONTH} (?:19|20)\d{{2}}"


# Every date opens with its day: the look ahead for a digit turns every other place away at once.
DATE = re.compile(
    rf"(?=\d)(?<![\w/.-])(?<!\d\s)(?<!\d\)\s)(?:{_NUMERIC_DATE}|{_WORDED_DATE}|{_SPELLED_OUT_DATE}|{_HIJRI_DATE}|{_SPACED_DATE})"
    rf"(?![\w/]|[-.]\d)",
    re.IGNORECASE,
)


# A whole date in 1950-1999: in what villagers write to this service, someone's birthday (the
# events they ask about are recent; 17 Agustus 1945 stays).
_LAST_CENTURY = re.compile(r"(?<!\d)19[5-9]\d(?!\d)|['’][5-9]\d(?!\d)")


_CUT_OFF = re.compile(
    r"(?i)\b(?:batas|sebelum|setelah|sesudah|minimal|maksimal|paling|syarat|sampai)\b"
)


BIRTH_CUE = re.compile(
    # (not "Hari Lahir Pancasila": a national day)
    r"(?i)\b(?:(?<!\bhari\s)lahir(?:nya|nyo)?|dilahirkan|lhr|lair|kelahiran|ttl|tgl\.?\s*lhr|dob|d\.o\.b|date\s+of\s+birth|birth\s*date|"
    r"born|birthday|bday|b'day|hbd|ultah|ulang\s+tahun)\b"
)


# A birth cue reaches this far ahead (past "Palembang, " or "tanggal").
BIRTH_CUE_REACH = 40


def after_birth_cue(text: str, start: int) -> bool:
    before = text[max(0, start - BIRTH_CUE_REACH) : start]
    cue = BIRTH_CUE.search(before)
    # "batas lahir 31-12-2005", "yang lahir sebelum ...": a rule's cut-off, nobody's birthday;
    # one of the birth's own sentence ("usia maksimal ke jepang? aku lahir thn 1990" sets none).
    sentence = before[max(map(before.rfind, "?!")) + 1 :]
    if cue and cue.group().lower() == "hbd" and len(BIRTH_CUE.findall(before)) == 1:
        # a wish: its date is the birthday only with no more than the one wished between ("hbd
        # ya, 7 Juli", "hbd adikku 7 juli 2001"; not "hbd ya, gajian 25 juli", "hbd kak. 17
        # agustus nanti ada upacara", "hbd pak, kontrak sy mulai 1 april 2025")
        between = before[cue.end() :]
        return "." not in between and all(_CALLED.fullmatch(word) for word in between.split())
    return bool(cue) and not _CUT_OFF.search(sentence)


_CALLED = re.compile(
    r"(?i),?(?:ya+|yah|kak|kakak|pak|bu|bos|boss|dek|adek|adik|adikku|adekku|sayang|say|mas|"
    r"mbak|mba|bang|abang|min|sis|bro|nak|anakku|mama|papa|umak|emak|istriku|suamiku|ayuk|"
    r"cek|wak|om|tante)?,?"
)


def why_a_birth_date(text: str, date: re.Match[str], *, about_a_birth: bool) -> str | None:
    """Why a date found by DATE is someone's birthday, or None when it is just a date.
    `about_a_birth`: what `speaks_of_a_birth(text)` says, asked once a message."""
    if after_birth_cue(text, date.start()):
        return "date after 'lahir'/'TTL'"
    if date.group() == text.strip(" .!"):  # the answer to "tanggal lahirnya?"
        return "a message that is a date"
    before = text[max(0, date.start() - BIRTH_CUE_REACH) : date.start()]
    if _LAST_CENTURY.search(date.group()) and not _CUT_OFF.search(before):
        return "a whole date in 1950-1999"
    year = _YEAR_OF_A_CHILD.search(date.group())
    if (
        year
        and int(year.group()) <= _youngest_birth_year()
        and (
            _WRITTEN_AGAIN.search(text, max(0, date.start() - 30), date.start())
            or BIRTH_CUE.search(text, date.end(), date.end() + _CUE_AFTER_REACH)
        )
        and about_a_birth
    ):
        # "tgl lahir saya ..., di paspor ketulis 5 Mei 2002": the birth date written again;
        # "8 januari 2008 lahirnya": the cue after it
        return "a date of someone's childhood, written again or before 'lahirnya'"
    if (
        year
        and int(year.group()) <= _youngest_birth_year()
        and not _DATED_BY_AN_EVENT.search(text, max(0, date.start() - 20), date.start())
        and _SOMEONES_DATA.search(text, max(0, date.start() - _DATA_REACH), date.start())
    ):
        # "aku kirim lagi yo datanyo: Widya Astuti, 1604 ..., 12-11-2002, Jl. ...": in the data
        # someone sends of themselves, a date of a childhood is their birthday
        return "a date of someone's childhood in the data they send"
    return None


# "datanyo:", "biodata saya", "data diri": someone sends their particulars (a name, a NIK and
# more may stand between the word and the date).
_DATA_REACH = 120
# (not a date something was done on: "data paspor saya terbit 12-11-2005", "update data tgl
# 01-02-2010", "datanya sudah dikirim tgl 5 mei 2003")
_DATED_BY_AN_EVENT = re.compile(
    r"(?i)\b(?:tgl|tanggal|tg|terbit|berlaku|dikirim|kirim|update|diperbarui|dibuat|habis|"
    r"expired|exp|sampai|sejak|pada|per)\b[^\n\d]{0,12}$"
)
_SOMEONES_DATA = re.compile(r"(?i)\b(?:bio)?data(?:nya|nyo|ku|\s+diri)?\b")


_YEAR_OF_A_CHILD = re.compile(r"(?<!\d)20[01]\d(?!\d)")


# "di paspor ketulis", "di KTP ditulis", "sponsor suruh ganti jadi": a date written again
# (not "berangkat 12 Maret 2008", "menikah 5 Juni 2010": an event's).
_WRITTEN_AGAIN = re.compile(
    r"(?i)\b(?:ketulis|tertulis|ditulis|tercatat|dicatat|diganti|ganti|diubah|dirubah|"
    r"di\s+(?:paspor|ktp|e-?ktp|kk|akte|akta|ijazah))\b[^\n.?!]{0,20}$"
)


# A birth cue after a date ("8 januari 2008 lahirnya", "Juli 2010 lahirnya") stands this near.
_CUE_AFTER_REACH = 15


# Every date of a message, with why it is someone's birthday (None: just a date).
DatesRead = list[tuple[re.Match[str], str | None]]


def dates_read(text: str) -> DatesRead:
    """Every date in `text` and why each is a birth date, or None: asked once a message, for
    kept.py (the dates that stay) and find_birth_dates (those that go)."""
    dates = list(DATE.finditer(text))
    about_a_birth = bool(dates) and speaks_of_a_birth(text)  # (a whole-message search)
    return [(date, why_a_birth_date(text, date, about_a_birth=about_a_birth)) for date in dates]


def speaks_of_a_birth(text: str) -> bool:
    """Does the message speak of a birth date, and of no cut-off ("batas lahir")? Asked once a
    message, however many dates it holds (each asking reads the whole message)."""
    return BIRTH_CUE.search(text) is not None and _CUT_OFF.search(text) is None


def _youngest_birth_year() -> int:
    """The year of birth of the youngest who could write here: a date in the 2000s up to this
    year less 14 is someone's childhood, no event villagers ask about."""
    return datetime.date.today().year - 14


# Numbers in words, as a day or a year is said: "dua puluh tiga", "duo puluh satu", "sepuluh",
# "sembilan puluh delapan", "dua ribu tiga" (Palembang "duo", "tigo", "limo" too).
_NUMBER_WORD = rf"(?:{SAID_NUMBER}|se)"


# After a birth cue, a date said in words, or a day and a month without the year ("ultah anakku
# 15 oktober", "lahir tgl sepuluh januari dua ribu tiga").
# Said by voice, the month by its number and the year after its word: "duo puluh limo bulan
# limo taun delapan puluh limo".
_YEAR_SAID = rf"(?:{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,5}}|(?:19|20)?\d{{2}}(?!\d))"
_BIRTHDAY_WITHOUT_DIGITS = re.compile(
    rf"(?i)(?<!\w)(?:{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,3}}|{_DAY})\s+"
    rf"(?:{_MONTHS}(?:\s+{_YEAR_SAID})?|"
    # (with its year: "tiga bulan dua tahun saya rawat" is how long, no date)
    rf"bulan\s+(?:{_NUMBER_WORD}(?:\s+{_NUMBER_WORD})?|{_MONTH})\s+(?:tahun|taun|thn)\s+"
    rf"(?:{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{1,5}}|(?:19|20)?\d{{2}}(?!\d)))(?!\w)"
)


# "lahirnya di palembang, berangkat 3 maret", "ulang tahun kemerdekaan 17 agustus": an event's
# date, or a country's or a town's birthday, after the birth cue.
_EVENT = re.compile(
    r"(?i)\b(?:berangkat|brgkt|pergi|pulang|balik|datang|tiba|sampai|sampe|terbang|daftar|kerja|"
    r"gawe|mulai|kontrak|habis|abis|nikah|menikah|dipanggil|ditipu|hilang|kabur|ditangkap|"
    r"kemerdekaan|hut|ri|negara|kota|kabupaten|provinsi|sekolah|perusahaan|pt|paspor|passport|"
    r"expiry|expired|expire|terbit|keluar|berlaku)\b"
)


def _after_a_birth_cue_of_no_event(text: str, start: int) -> bool:
    """After a birth cue (not a cut-off), with no event between ("lahirnya di palembang,
    berangkat 3 maret")."""
    if not after_birth_cue(text, start):
        return False
    before = text[max(0, start - BIRTH_CUE_REACH) : start]
    return not _EVENT.search(before, BIRTH_CUE.search(before).end())


def why_a_month_and_year_of_birth(text: str, match: re.Match[str]) -> str | None:
    """Why a month and its year (MONTH_AND_YEAR) are someone's birth, or None."""
    if _after_a_birth_cue_of_no_event(text, match.start()):
        return "a month and year after 'lahir'"
    before = text[max(0, match.start() - BIRTH_CUE_REACH) : match.start()]
    if BIRTH_CUE.match(text, match.end() + 1) and not _CUT_OFF.search(before):
        return "a month and year before 'lahir'"  # "anak saya Juli 2010 lahirnya"
    return None


# Said in English, with its year: "date of birth twenty two may nineteen ninety nine", "lahir
# seven july 1988" (not "one may apply": a day and a month alone in English are read nowhere).
_ENGLISH_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|thousand|hundred|zero|oh|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|twentieth|thirtieth|"
    # (each written out, not "[a-z]+teenth": scanning.py then tries the pattern only where one
    # of these opens a word, 0.7 ms less on a long message)
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)"
)
# The month first, as an English form or an employer writes it: "date of birth: May 22, 2003",
# "born on july 7th, 1988".
_MONTH_FIRST_BIRTHDAY = re.compile(
    rf"(?i)(?<!\w){_MONTHS}\s+{_DAY}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}(?!\d)"
)
_ENGLISH_BIRTHDAY = re.compile(
    rf"(?i)(?<!\w)(?:{_ENGLISH_NUMBER}[\s-]+){{0,2}}{_ENGLISH_NUMBER}(?:\s+of)?\s+{_MONTHS}"
    rf"(?:,?\s+(?:19|20)\d{{2}}|(?:,?\s+{_ENGLISH_NUMBER}){{2,4}})(?!\w)"
)


# "lahir tgl 12 bulan mei tahun 1999", "lahir thn 99 bulan mei tgl 12": each part after its
# label, in any order, the day and the month among them.
_LABELLED_PART = (
    rf"(?:(?:tgl|tanggal|tangal)\.?\s?{_DAY}|(?:bulan|bln)\.?\s?(?:{_MONTHS}|{_MONTH})"
    r"|(?:tahun|taun|thn|th)\.?\s?(?:19|20)?\d{2})(?!\w)"
)
_MONTH_LABEL = re.compile(r"(?i)\b(?:bulan|bln)\b")
_DAY_LABEL = re.compile(r"(?i)\b(?:tgl|tanggal|tangal)\b")
_LABELLED_DATE = re.compile(rf"(?i)(?<!\w)(?:{_LABELLED_PART}[\s,]+){{1,2}}{_LABELLED_PART}")


def find_birth_dates(text: str, lowered: LowerCase, dates: DatesRead) -> list[Finding]:
    """The birth dates in `text`; `dates`: what dates_read(text) says."""
    found = [Finding(*date.span(), "birth_date", why) for date, why in dates if why]
    cued = next(matches(BIRTH_CUE, text, lowered), None)
    # (the case-blind patterns below read the lower-cased text, where `re` is faster: the same
    # spans, each character where it stood)
    for match in matches(MONTH_AND_YEAR, lowered, lowered) if cued else ():
        reason = why_a_month_and_year_of_birth(text, match)
        if reason:
            found.append(Finding(*match.span(), "birth_date", reason))
    for match in matches(_MONTH_FIRST_BIRTHDAY, lowered, lowered) if cued else ():
        if _after_a_birth_cue_of_no_event(text, match.start()):
            found.append(
                Finding(*match.span(), "birth_date", "a date, its month first, after 'born'")
            )
    for match in matches(_ENGLISH_BIRTHDAY, lowered, lowered) if cued else ():
        if _after_a_birth_cue_of_no_event(text, match.start()):
            found.append(
                Finding(*match.span(), "birth_date", "a date said in English, its year too")
            )
    for match in matches(_LABELLED_DATE, lowered, lowered) if cued else ():
        # (its day too: "yang lahir tahun 2000 bulan januari boleh daftar?" asks of a cut-off)
        told_its_day = _DAY_LABEL.search(match.group()) and _MONTH_LABEL.search(match.group())
        if told_its_day and _after_a_birth_cue_of_no_event(text, match.start()):
            found.append(
                Finding(*match.span(), "birth_date", "a date told part by part after 'lahir'")
            )
    for match in matches(_BIRTHDAY_WITHOUT_DIGITS, lowered, lowered) if cued else ():
        if _after_a_birth_cue_of_no_event(text, match.start()):
            found.append(
                Finding(
                    *match.span(),
                    "birth_date",
                    "a day and month, or a date in words, after 'lahir'",
                )
            )
    return found
