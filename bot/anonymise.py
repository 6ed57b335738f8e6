"""Pseudonyms for users, and the scrubbing of personal data from what they type (privacy model).

`scrub_personal_data(text)` is the one place where personal data leaves a message: the bot calls
it before the text reaches Rasa, the query log, the spool or a log line. `find_personal_data`
says what it would remove and why, one `Finding` per span, so a reviewer can check each rule:

    .venv/bin/python -m bot.anonymise "nama saya Siti, wa 0812-3456-7890"

How it reads a message:
1. Unicode is normalised (NFKC: fullwidth digits become digits), invisible format characters
   (zero-width spaces and joiners, soft hyphens, direction marks) are dropped, every kind of
   dash becomes "-", runs of spaces become one and the text is cut at Telegram's 4,096
   characters. A number split by any of those is then an ordinary number.
2. Spans that must survive are marked first: the numbers and sites the bot itself gives
   (facts/registry.yml), money, dates that are not birth dates, year ranges, companies after
   PT/CV/Yayasan/... A finding is dropped only where such a span covers all of it.
3. Number-like data: e-mails (also "budi at gmail dot com", "budi . santoso @ gmail . com"),
   links to social media and WhatsApp (also typed with spaces), @handles and handles after
   "ig:"/"tiktok"/"line id:", phone numbers (the `phonenumbers` library, and digits joined by
   any usual separator), NIK, passports, bank and e-wallet accounts, Telegram ids, any other
   run of 8+ digits.
4. Addresses (Jl./Gg./Lrg./Komplek/Perum ... with No./RT/RW/Blok/KM, a house told by a
   landmark after "rumah"/"tinggal", a form's "Alamat:" line) and birth dates after a cue
   ("lahir", "TTL"; not a cut-off such as "batas lahir").
5. Names, word by word. After a cue ("nama saya", "namanya", "a.n.", "Nama anak:", "Pak",
   "istri saya", "sponsornya", "saya" where a sentence starts, a sign-off, "... di sini",
   "(adik)" after it, bin/binti) a word is a name unless it is a word villagers use every day
   (lexicon/chat_words.txt); how sure the cue is decides whether dictionary words count
   (lexicon/dictionary_words.txt). Without a cue: a capitalised given name
   (lexicon/given_names.txt), a capitalised word that is neither a word nor a place
   (lexicon/place_words.txt), or one capitalised word in a lower-case sentence. A name runs
   on over the next name-like words ("Siti Aminah binti Abdullah"). A shouted message is read
   in lower case.
Where two findings overlap, the longer wins.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import sys
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import phonenumbers
import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GIVEN_NAMES_FILE = PROJECT_ROOT / "lexicon" / "given_names.txt"
DICTIONARY_WORDS_FILE = PROJECT_ROOT / "lexicon" / "dictionary_words.txt"
CHAT_WORDS_FILE = PROJECT_ROOT / "lexicon" / "chat_words.txt"
PLACE_WORDS_FILE = PROJECT_ROOT / "lexicon" / "place_words.txt"
ENGLISH_WORDS_FILE = PROJECT_ROOT / "lexicon" / "english_words.txt"
FACTS_REGISTRY_FILE = PROJECT_ROOT / "facts" / "registry.yml"

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


@dataclass(frozen=True)
class Finding:
    """One span of personal data: where it is, what it is and which rule found it."""

    start: int
    end: int
    category: str
    reason: str

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS[self.category]


# --------------------------------------------------------------------------- 1. normalising

# Telegram's limit for one message; longer text is cut before it is read (see normalise).
LONGEST_TEXT = 4_096
_SPACES = re.compile(r"[^\S\n]{2,}|[^\S\n ]")
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Every invisible format character (Unicode category Cf: U+200B zero-width space, U+00AD soft
# hyphen, U+2060 word joiner, U+FEFF, direction marks, tags ...) is dropped; every dash is "-".
_NORMALISED = {
    **{
        code: None
        for code in [*range(0x20000), *range(0xE0000, 0xE0080)]
        if unicodedata.category(chr(code)) == "Cf"
    },
    **dict.fromkeys(map(ord, _DASHES), "-"),
}


def normalise(text: str) -> str:
    """NFKC (fullwidth digits become digits), without invisible characters, every dash a '-',
    runs of spaces or tabs as one space and of blank lines as one; no longer than Telegram
    lets a message be (NFKC can make one character eighteen), cut where a word ends."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_NORMALISED)
    text = _BLANK_LINES.sub("\n\n", _SPACES.sub(" ", text))
    if len(text) > LONGEST_TEXT:
        text = (
            text[: LONGEST_TEXT + 1].rsplit(None, 1)[0]
            if " " in text[:LONGEST_TEXT]
            else text[:LONGEST_TEXT]
        )
    return text


# --------------------------------------------------------------------------- 2. what survives

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
_DATE = re.compile(
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

# Money: a number after a currency ("Rp 3.500.000", "NT$ 27.470") or before a unit ("15 juta",
# "1.500 ringgit"). Found from the numbers, then the few characters around each are read.
_AMOUNT = re.compile(r"\d[\d.,]*\d|\d")
_CURRENCY_BEFORE = re.compile(
    r"(?i)(?:\b(?:rp|idr|rm|myr|nt|ntd|twd|sgd|hkd|sar|usd|us|s|hk|yen|won)\s?\$?\.?\s?|\$\s?)$"
)
_UNIT_AFTER = re.compile(
    r"(?i)\s?(?:juta|jt|ribu|rb|rebu|ringgit|rupiah|riyal|real|dolar|dollar|dollars|yen|won|"
    r"miliar|milyar|m|k)\b"
)


def _money(text: str) -> list[tuple[int, int]]:
    spans = []
    for amount in _AMOUNT.finditer(text):
        start, end = amount.span()
        digits = _NOT_DIGIT.sub("", amount.group())
        if len(digits) >= 12 or (digits[0] == "0" and len(digits) >= 9):
            continue  # a phone number or a NIK, whatever stands around it
        currency = _CURRENCY_BEFORE.search(text[max(0, start - 8) : start])
        unit = _UNIT_AFTER.match(text, end)
        if currency and amount.group()[-1].isdigit():
            spans.append((start - len(currency.group()), unit.end() if unit else end))
        elif unit and (start == 0 or not text[start - 1].isalnum()):
            spans.append((start, unit.end()))
    return spans


# "08.00-16.00", "8:00 - 17:00": opening hours.
_HOURS = re.compile(
    r"(?<![\d.:])(?:[01]?\d|2[0-3])[.:][0-5]\d\s?-\s?(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d])"
)
# "1500-630", "0800-1-500-123": call centres and free lines (no person has such a number).
_SERVICE_NUMBER = re.compile(r"(?<![\d+])(?:1500|0800|0804|0807)(?:[\s.-]?\d){3,8}(?!\d)")
# "2017-2018", "2019/2020": years, not an account.
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d ?[-/] ?(?:19|20)\d\d(?!\d)")
# 1.500.000 or 27,470: groups of three after the first; an amount, not an account.
_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)")


@cache
def _official() -> tuple[frozenset[str], frozenset[str]]:
    """The digits of every phone number the bot gives, and its e-mail addresses and sites."""
    entries = yaml.safe_load(FACTS_REGISTRY_FILE.read_text(encoding="utf-8"))
    digits, texts = set(), set()
    for entry in entries:
        for value in [entry["value"], *entry.get("also_written", [])]:
            if entry["kind"] == "phone":
                number = _NOT_DIGIT.sub("", value)
                digits.update({number, _national(number)})
            elif entry["kind"] == "url":
                texts.add(value.lower())
    return frozenset(digits), frozenset(texts)


def _national(digits: str) -> str:
    """62812... -> 0812...: how the same Indonesian number is written at home."""
    return "0" + digits[2:] if digits.startswith("62") else digits


# --------------------------------------------------------------------------- 3. number-like

_TLD = r"(?:com|co|id|net|org|ac|go|sch|info|biz|my|sg|tw|hk|sa|jp|kr|me|io)"
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:[.,][\w-]+)*")
_SPELLED_AT = r"(?:\s*@\s*|\s*[(\[{]\s*(?:at|et)\s*[)\]}]\s*|\s+(?:at|et)\s+)"
_SPELLED_DOT = r"(?:\s*\.\s*|\s*[(\[{]\s*(?:dot|titik)\s*[)\]}]\s*|\s+(?:dot|titik)\s+)"
# (matched on the lower-cased text)
_EMAIL_SPELLED = re.compile(
    rf"(?<![\w.+-])[\w.+-]+{_SPELLED_AT}[\w-]+(?:{_SPELLED_DOT}[\w-]+)*{_SPELLED_DOT}{_TLD}\b"
)
# Where an e-mail address could be: its '@' or 'at', or a mail provider's name.
_AT = re.compile(r"@|\bat\b|\bet\b")
_MAIL_PROVIDER = re.compile(r"gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|icloud")


def _around(pattern: re.Pattern[str], lowered: str, anchor: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of a pattern that holds an anchor, looked for only around the anchors (up to
    100 characters before, 60 after, from and to a space): a pattern that opens with a class of
    characters is slow to try at every word of a long message."""
    windows: list[list[int]] = []
    for found in anchor.finditer(lowered):
        start = lowered.rfind(" ", 0, max(0, found.start() - 100)) + 1
        end = lowered.find(" ", found.end() + 60)
        end = len(lowered) if end == -1 else end
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [match for start, end in windows for match in pattern.finditer(lowered, start, end)]


_SOCIAL_SITES = (
    r"(?:m\.|www\.|web\.|mobile\.|vt\.|vm\.|l\.)?(?:facebook\.com|fb\.com|fb\.me|fb\.watch|"
    r"instagram\.com|instagr\.am|tiktok\.com|t\.me|telegram\.me|telegram\.dog|twitter\.com|x\.com|"
    r"youtube\.com|youtu\.be|linkedin\.com|threads\.net|snapchat\.com|line\.me|wa\.me|wa\.link|"
    r"api\.whatsapp\.com|chat\.whatsapp\.com|whatsapp\.com|s\.id|linktr\.ee|bit\.ly|bio\.link|"
    r"lynk\.id|heylink\.me|msha\.ke)"
)
# "fb . com / budi.santoso", "instagram com/siti": a link typed with spaces.
# (matched on the lower-cased text)
_SPACED_LINK = re.compile(
    r"\b(?:facebook|fb|instagram|ig|tiktok|twitter|x|t|wa)\s*(?:\.|dot)?\s*(?:com|me)\s*/\s*[^\s<>\"']+"
)
# "budi at gmail com", "budi.santoso @ gmail . com": an address at a known mail provider.
# (matched on the lower-cased text)
_MAIL_PROVIDER_SPELLED = re.compile(
    r"(?<![\w.+-])\"?[\w+-]+(?:\s?(?:\.|\bdot\b|\btitik\b)\s?[\w+-]+){0,4}\"?\s*"
    r"(?:@|\bat\b|[(\[]\s*at\s*[)\]])\s*"
    r"(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|icloud)"
    r"(?:\s*(?:\.|\bdot\b|\btitik\b|[(\[]\s*dot\s*[)\]])?\s*(?:com|co|id|net|me)\b)+"
)
_EMAIL_CUE_BEFORE = re.compile(
    r"(?i)\b(?:e-?mail|imel|surel)(?:nya|nyo|ku)?(?:\s+(?:saya|sy|aku|ku|dio|dia|nya))?\s*:?\s+"
    r"((?:[\w.+-]+\s){1,2})$"
)
_SOCIAL_LINK = re.compile(rf"(?i)(?:https?://)?{_SOCIAL_SITES}(?:/[^\s<>\"']*)?")
# Cheap first look for anything like a web address; only those are matched against the sites.
_WEB_ADDRESS = re.compile(
    r"(?i)(?<![\w.@-])(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s<>\"']*)?"
)
_HANDLE = re.compile(r"(?<![\w@.])@ ?[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?(?:#\d{4})?")
# "ig: siti.aminah", "tiktok sitiaminah99": a handle without "@" after the site's name.
_SITE = (
    r"(?:ig|insta|instagram|tiktok|tik\s?tok|tt|twitter|fb|facebook|telegram|tele|tg|line|"
    r"snapchat|threads|akun|username|user\s?name|uname|line\s?id|discord|id\s?line|youtube|"
    r"yutub|yt|channel|kakao|kakaotalk|wechat|michat)"
)
# "tiktok ibu sy: sumiyati_99", "ig calonya namanya ...": whose account, between site and name.
_WHOSE_ACCOUNT = (
    r"(?:\s+(?:aku|ku|saya|sy|ibu|ibuku|bapak|ayah|adek|adik|kakak|abang|ayuk|suami|istri|anak|"
    r"dia|dio|nya|nyo|calo|calonya|agen|agennya|sponsor|sponsornya|kami|namanya|namonyo|nama|"
    r"akun|akunnya|username|id|pribadi|baru|lama)){0,3}"
)
# (matched on the lower-cased text)
_HANDLE_CUE = re.compile(
    rf"\b{_SITE}{_WHOSE_ACCOUNT}(?:\s*[:=]\s*|\s+)([A-Za-z0-9_.]{{3,30}}[A-Za-z0-9_])(?![\w@])"
)
# 'yutub aku namanya "Mbak Sum Channel"': an account's name in quotes after the site.
# (matched on the lower-cased text)
_OFFICE_MAILBOXES = {
    *("pengaduan", "info", "informasi", "humas", "cs", "layanan", "admin", "helpdesk", "kontak"),
    *("contact", "sekretariat", "ppid", "halo", "pusat", "pelayanan", "disnaker", "disnakertrans"),
}
# "grup fb 'Info Loker ...'": a group's or a page's name, not a person's account.
_GROUP_BEFORE = re.compile(r"\b(?:grup|group|grub|halaman|page|komunitas)\s*$")
_QUOTED_ACCOUNT = re.compile(
    rf"\b{_SITE}{_WHOSE_ACCOUNT}\s*:?\s*[\"“”'‘’]([^\"“”'‘’\n]{{2,40}})[\"“”'‘’]"
)
# A link to any of the sites above ends its host name with one of these.
_WEB_ENDINGS = frozenset({"com", "me", "be", "am", "net", "ee", "ly", "link", "watch", "dog", "id"})
_MAIL_PROVIDERS = frozenset(
    {"gmail", "googlemail", "yahoo", "ymail", "rocketmail", "hotmail", "outlook", "live", "icloud"}
)
_SITE_WORDS = frozenset(re.findall(r"(?<!\\)[a-z]+", _SITE))
# "nol delapan satu tiga, tujuh satu ...": a number spelled out digit by digit.
_DIGIT_WORD = (
    r"(?:nol|kosong|satu|sat|dua|duo|tiga|tigo|empat|empa|lima|limo|enam|tujuh|tujoh|delapan|"
    r"lapan|sembilan|semilan)"
)
_DIGIT_WORDS = frozenset(re.findall(r"[a-z]+", _DIGIT_WORD))
_DIGIT_WORD_ALONE = re.compile(rf"\b{_DIGIT_WORD}\b")
# (matched on the lower-cased text)
_SPELLED_NUMBER = re.compile(rf"\b(?:plus\s)?{_DIGIT_WORD}(?:[\s,.-]{{1,3}}{_DIGIT_WORD}){{6,}}\b")
# "0812 tiga empat lima enam ...", "0821 nol enam tujuh delapan 4455": digits and words mixed.
_MIXED_NUMBER = re.compile(
    rf"(?<![\w+])(?:\+?\d{{2,5}}|{_DIGIT_WORD})(?:[\s,.-]{{1,3}}(?:\d{{1,5}}|{_DIGIT_WORD})){{3,}}\b"
)
# "0812-7O11-2040 (huruf O itu nol)": the letter O typed for a zero.
_O_BESIDE_DIGIT = re.compile(r"\d[Oo]|[Oo]\d")
_O_AS_ZERO = str.maketrans("Oo", "00")
_ZERO_AS_O = re.compile(r"(?<![\w+])(?:\+?62|0|[Oo])[\dOo](?:[ .-]?[\dOo]){7,12}(?![\w])")
_PASSPORT_WORDS = frozenset({"paspor", "pasport", "passport", "pspr"})
# "paspor lama sy AR 345123": letters and digits after the word passport.
_PASSPORT_AFTER_CUE = re.compile(
    r"(?i)\b(?:paspor|pasport|passport|pspr)\b[^\n\d]{0,20}?(?<![\w-])([A-Z]{1,2}\s?-?\s?\d{6,9})(?!\w)"
)
_TELEGRAM_ID_CUE = re.compile(
    r"(?i)\b(?:(?:user|chat|akun|telegram|tele|tg)\s*id|id\s*(?:telegram|tele|tg|user|akun)|"
    r"id\s*(?:saya|sy|aku|ku)|id)\s*(?:saya|sy|aku|ku|nya)?\s*[:=]?\s*$"
)
_NOT_DIGIT = re.compile(r"\D")
_ANY_DIGIT = re.compile(r"\d")
_MOBILE = re.compile(r"08\d{7,12}")
_LANDLINE = re.compile(r"0[2-7]\d{6,10}")
# A run of digits with the separators people type between them, "(0711) 354-123", "0 8 1 2".
# Between two digits: nothing, a space, a bracket, or one mark with a space on either side
# ("0812 - 3456 - 7890", "0812_3456_7890", "0812 . 3456").
_DIGIT_RUN = re.compile(r"\+?\(?\d(?:(?: ?[-./_:|~*·•'+] ?| |\) ?| ?\()?\d)*\)?")
_DIGIT_GROUP = re.compile(r"\d+")
# The letters of a passport number, right before its 7 or 8 digits: "E-1234568", "B 12345679".
_PASSPORT_LETTERS = re.compile(r"(?<![\w-])[A-Za-z]{1,2}\s?-?\s?$")
_ACCOUNT_CUE = re.compile(
    r"(?i)\b(?:rek|rekening|norek|no\.?\s?rek|akun|account|dana|ovo|gopay|go-pay|shopeepay|"
    r"linkaja|link\s?aja|va|virtual\s+account|bri|bca|bni|mandiri|btn|bsi|cimb|sumsel\s?babel|"
    r"brilink|kartu|card|atm)\b[^\n\d]{0,20}$"
)
_PAYMENT_CUE = re.compile(
    r"(?i)\b(?:bayar|dibayar|gaji|gajinya|biaya|biayanya|potong|potongan|dipotong|utang|hutang|"
    r"ongkos|harga|dp|uang|duit|modal|denda|cicilan|setor|nyetor)\b[^\n\d]{0,12}$"
)
_PHONE_CUE = re.compile(
    r"(?i)\b(?:hp|no\.?\s?hp|nomor|nmr|no|telp|tlp|telepon|telpon|wa|whatsapp|whatsap|watsap|"
    r"kontak|contact|call|sms|hubungi|nomer)\b[^\n\d]{0,12}$"
)


# --------------------------------------------------------------------------- 4. addresses

_STREET = (
    r"(?:jl|jln|jalan|gg|gang|lrg|lr|lorong|komp|komplek|kompleks|perum|perumahan|perumnas|griya|"
    r"blok|kp|taman|ruko|rusun|rusunawa|mess|kuarters|quarters|asrama|villa|vila|apartemen|"
    r"street|dormitory|dorm|hostel)"
)
# Full words that are also everyday words ("jalan ke Malaysia", "gang motor"): an address only
# with a house number or RT after it, or a word for where someone lives before it.
_EVERYDAY_STREET_WORDS = {
    *("jalan", "gang", "lorong", "blok", "komplek", "perumahan", "taman", "ruko", "rusun"),
    *("mess", "asrama", "villa", "vila", "apartemen", "dormitory", "dorm", "hostel"),
}
_HOUSE_PART = (
    r"[\s,]{0,3}+(?:(?:no|nomor|nmr|nomer|#)\.?\s?:?\s?\d+[a-z]?(?:\s?[/-]\s?\d+[a-z]?)?"
    r"|rt\.?\s?:?\s?\d{1,3}(?:\s?[/,]?\s?(?:rw\.?\s?:?\s?)?\d{1,3})?"
    r"|/?\s?rw\.?\s?:?\s?\d{1,3}"
    r"|km\.?\s?\d+(?:[.,]\d+)?"
    r"|(?:kamar|kmr|unit|barak|bedeng|afdeling|afd)\.?\s?(?:no\.?\s?)?\d{1,4}(?:-\d{1,4})?[a-z]?\b"
    r"|lantai\s?\d{1,2}\b"
    r"|blok\.?\s?[a-z]{0,2}\s?-?\d{0,3}[a-z]?(?=\W|$))"
)
_HOUSE_TAIL = re.compile(rf"(?i)(?:{_HOUSE_PART})+")
# "No. 15 Jalan Mawar": the house number written first.
_HOUSE_FIRST = re.compile(r"(?i)(?:no|nomor)\.?\s?\d+[a-z]?\s?,?\s?$")
# (matched on the lower-cased text)
_STREET_CUE = re.compile(rf"(?<!\w){_STREET}(?:\.|\b)\s*")
_RT_RW = re.compile(
    r"(?i)\brt\.?\s?:?\s?\d{1,3}(?:\s?[/,]?\s?(?:rw\.?\s?:?\s?)?\d{1,3})?\b|\brw\.?\s?:?\s?\d{1,3}\b"
)
# "Dusun 2", "DSN III": part of an address only beside its RT ("Dusun 2 RT 04").
_HAMLET = re.compile(
    r"(?i)\b(?:dusun|dsn)\.?\s*(?:\d{1,2}|[ivx]{1,4}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
    r"sembilan|sepuluh)\b"
)
# Where someone lives: "rumah saya", "tinggal di", "alamat", "kos di".
_DWELLING = re.compile(
    r"(?i)\b(?:rumah|rmh|rumahnya|rumahku|tinggal|tgl|alamat|alamatnya|domisili|kos|ngekos|"
    r"kost|kontrakan|ngontrak|menetap)\b"
)
_DWELLING_REACH = 40
# "rumah sebelah masjid Al-Ikhlas", "depan bengkel Pak Slamet": a house told by what is near it.
_NEAR = r"(?:di\s*)?(?:depan|dpn|sebelah|sblh|samping|belakang|blkg|dekat|dkt|seberang|pojok|ujung)"
_LANDMARKS = (
    r"(?:masjid|mesjid|musholla|mushola|musala|musholah|langgar|surau|gereja|toko|warung|bengkel|"
    r"pangkalan|spbu|pom|sekolah|sd|smp|sma|smk|pasar|kantor|balai|pohon|jembatan|simpang|"
    r"lapangan|kuburan|makam|tpu|puskesmas|posyandu|kebun|sungai|kali|pabrik|gudang|terminal|"
    r"stasiun|indomaret|alfamart|kios|lapak|rumah|gedung|kampus|pondok|pesantren|stor|kedai|"
    r"madrasah|klinik|bank|atm|polsek|koramil|kelurahan|gardu|tower|menara|kolam|tambak)"
)
# (matched on the lower-cased text)
_NEAR_LANDMARK = re.compile(rf"\b{_NEAR}\s+{_LANDMARKS}\b")
# A form's "Alamat : ..." line: the rest of the line, up to the desa or kelurahan.
# Also within a line, "Alamat majikan: Simpang 125, Kampung Kiarong, No 14.", to the end of
# the sentence.
_ADDRESS_LINE = re.compile(
    r"(?im)(?:^[^\w\n]{0,5}+|\b)alamat(?:nya|nyo)?(?:\s(?:rumah|lengkap|surat|domisili|asal|"
    r"majikan|agen|agensi|sponsor|calo|kantor|kos|mess|penampungan|tempat\s+kerja))?"
    r"(?:\s(?:saya|sy|aku|nya|dia|dio|kami|ku))?\s?:\s?"
    r"(.+?)\s*(?=\b(?:desa|ds|kel|kelurahan|kec|kecamatan|kab|kabupaten|kota)\b|$)"
)
# Where an address line goes on with a new sentence: "... No 14. Majikan tak bagi cuti".
_NEW_SENTENCE = re.compile(r"[.!?]\s+([^\W\d_]{3,})(\s?:)?")
# Addresses abroad, where the workers live: "22 Tai Po Road", "Fuxing Rd", "Clementi Ave 4",
# "Room 5, 18/F, Lok Fu Building", "Blk 312", "#08-221", "No. 3, Ln. 77". Parts that stand
# side by side become one address.
_STREETS_ABROAD = (
    r"Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Highway|Hwy|Sec|Section|Alley|"
    r"Jalan|Lorong|Taman"
)
_UNITS_ABROAD = r"Room|Rm|Flat|Unit|Blk|Block|Apt|Lane|Ln|Alley|Aly|Lot|Sec|Section|Villa"
_BUILDINGS_ABROAD = (
    r"Building|Bldg|Mansion|Mansions|Court|Tower|Plaza|Centre|Center|Estate|Gardens?|Apartment|"
    r"Apartments|Condominium|Residence|Villa|Villas|Haitsu|Heights|Kopo"
)
_ESTATES_ABROAD = r"Pangsapuri|Kondominium|Apartemen|Menara"
_ROADS_NAMED_AFTER = r"Rua|Avenida|Travessa|Estrada|Calle"
_FOREIGN_ADDRESS = re.compile(
    rf"(?:\b\d{{1,4}}[A-Za-z]?,?\s)?(?<![\w'-])(?:[A-Z][\w'-]*\s){{1,3}}(?:{_STREETS_ABROAD})\b\.?"
    r"(?:\s\d{1,4}\b)?"
    rf"|\b(?:{_UNITS_ABROAD})\.?\s?[A-Z]?-?\d{{1,4}}(?:-\d{{1,4}}){{0,2}}[A-Z]?\b"
    r"|\bNo\.?\s?\d{1,4}[A-Z]?(?=,?\s(?:Ln|Lane|Alley|Aly|Sec|Section)\b)"
    r"|(?<![\w/])\d{1,2}\s?/\s?F\b|(?<!\w)#\d{1,3}-\d{1,4}\b"
    rf"|(?<![\w'-])(?:[A-Z][\w'-]*\s){{1,3}}(?:{_BUILDINGS_ABROAD})\b(?:\s\d{{1,4}}\b)?"
    rf"|\b(?:{_ESTATES_ABROAD})(?:\s[A-Z][\w'-]*){{1,3}}"
    rf"|\b(?:{_ROADS_NAMED_AFTER})(?:\s[\w'-]+){{1,3}}\s\d{{1,4}}\b"
    r"|\b[A-Z][a-z]+-(?:cho|machi|chome)\s?\d{1,2}-\d{1,2}(?:-\d{1,3})?"
    r"|(?<![\d-])\d{1,2}-\d{1,2}-\d{1,3},?\s[A-Z][a-z]+-(?:cho|machi)\b"
)
# Tried only where one of its words is written as a street abroad writes it (a capital first).
_FOREIGN_HINT = re.compile(
    rf"\b(?:{_STREETS_ABROAD}|{_UNITS_ABROAD}|{_BUILDINGS_ABROAD}|{_ESTATES_ABROAD}|"
    rf"{_ROADS_NAMED_AFTER})\b|/\s?F\b|#\d|[a-z]-(?:cho|machi|chome)\b"
)
# "..., rumah kayu cat kuning", "yang cat ijo", "50 meter dari kampus": how the house looks
# or how far it is, after its address.
_HOUSE_KINDS = r"kayu|tembok|panggung|batu|papan|beton|bata|permanen|limas"
_HOUSE_LOOK = re.compile(
    rf"(?i)(?:\s?,?\s?(?:yang\s|yg\s)?(?:(?:rumah|rmh)\s(?:{_HOUSE_KINDS}|tingkat|bertingkat|"
    r"gedong)\b|(?:cat|catnya|warna|warnanya|pagar|pagarnya|"
    r"pintu|pintunya|atap|atapnya)\s[^\W\d_]+|(?:\d{1,4}\s?)?(?:m|meter|km)\s(?:dari|dr)\s[^\W\d_]+"
    r"|(?:dari|dr)\s(?:pojok|ujung|simpang|sudut)\b|(?:dua|tiga|2|3)\s?lantai\b"
    r"|(?:pas\s)?(?:di\s)?(?:tikungan|pojokan|ujung\sgang|ujung\slorong)\b))+"
)
# "tinggal di ... afdeling 3, barak no 12", "ngekos kamar 7": a room where someone lives.
_ROOM_WORD = r"afdeling|afd|barak|bedeng|kamar|kmr|mess"
_ROOM = re.compile(rf"\b(?:{_ROOM_WORD})\.?\s?(?:no\.?\s?)?\d{{1,4}}(?:-\d{{1,4}})?[a-z]?\b")
_ROOM_WORDS = frozenset(re.findall(r"[a-z]+", _ROOM_WORD))
# "rumah nomor 12 pas di tikungan": a house told by its number alone.
_HOUSE_NUMBER_ONLY = re.compile(r"(?i)\b(?:rumah|rmh)\s(?:no|nomor|nmr|nomer)\.?\s?\d{1,4}[a-z]?\b")
_HOUSE_LOOK_BEFORE = re.compile(
    rf"(?i)\b(?:rumah|rmh)\s(?:{_HOUSE_KINDS}|(?:cat|warna)\s[^\W\d_]+)\s$"
)
_NEXT_WORD = re.compile(r" ?([^\W_][\w'.-]*)")
# The words each rule needs in the message before it is tried.
_STREET_WORDS = frozenset(re.findall(r"[a-z]+", _STREET))
_NEAR_WORDS = frozenset(re.findall(r"[a-z]+", _NEAR)) | {
    "didepan",
    "disebelah",
    "disamping",
    "dibelakang",
    "didekat",
    "diseberang",
    "dipojok",
    "diujung",
}
_ADDRESS_STOP = set(
    [
        "dari",
        "mau",
        "saya",
        "sy",
        "aku",
        "sayo",
        "dan",
        "yang",
        "yg",
        "kak",
        "min",
        "tapi",
        "tp",
        "untuk",
        "utk",
        "kel",
        "kelurahan",
        "kec",
        "kecamatan",
        "desa",
        "ds",
        "kab",
        "kabupaten",
        "kota",
        "kode",
        "pos",
        "ke",
        "di",
        "dgn",
        "dengan",
        "ya",
        "tolong",
        "mohon",
        "apakah",
        "bisa",
        "kalau",
        "kalo",
        "no",
        "nomor",
        "rt",
        "rw",
        "hp",
        "wa",
        "telp",
        "sudah",
        "udah",
        "sdh",
        "lagi",
        "mana",
        "itu",
        "ini",
        "nak",
        "ado",
        "dak",
        "gak",
        "ga",
        "tidak",
        "macet",
        "pindah",
        "ramai",
        "rame",
        "banjir",
        "rusak",
        "km",
    ]
)


# --------------------------------------------------------------------------- 5. names

# What stands before a name says how sure we are that a name follows (see _is_name_word):
#   named   the text says a name follows: "nama saya", "namanya", "a.n.", "panggil saja",
#           "Nama :", "istri saya bernama"
#   family  a relative, with or without whose: "istri saya", "anakku", "mak aku"
#   title   "Pak", "Bu", "Koh", "Madam", "Pak Kades"
#   role    the recruiter's side: "sponsornya", "calo", "majikannya", "bos kapal nyo"
#   weak    "saya"/"aku" where a sentence starts, "sama"/"oleh"/"dibawa", a sign-off ("salam,")
# Each cue is matched case-insensitively, as whole words.
_RELATIVES_FOR_NAMES = (
    r"anak|istri|isteri|bini|suami|laki|adik|adek|kakak|abang|ayuk|ibu|bapak|ayah|mamak|emak|"
    r"umak|ortu|orang\s+tua|nenek|kakek|cucu|ponakan|keponakan|sepupu|mertua|paman|bibi|bibik|"
    r"mamang|menantu|ipar|kawan|teman|tetangga|pacar"
)
_NAMED = (
    r"nama\s*(?:saya|sy|aku|ku|q|ane|gue|gw|sayo|lengkap(?:\s*(?:saya|sy|aku|nya|ku))?|"
    r"panggilan(?:\s*(?:saya|sy|aku|nya|ku))?|asli(?:\s*(?:saya|sy|aku|nya))?)",
    r"namaku",
    r"namanya",
    rf"nam[ao]\s+(?:{_RELATIVES_FOR_NAMES})(?:\s+(?:bungsu|sulung|pertama|kedua|ketiga|tertua|"
    r"terkecil|kandung|laki-laki|perempuan|lanang|betino))?(?:\s+(?:saya|sy|aku|ku|sayo|kami|nyo|nya))?",
    r"namonyo",
    r"namo\s*(?:aku|sayo|kau|dio|nyo|ku)",
    r"namane",
    r"namae",
    r"nama\s*(?:ny|nyo)",
    r"bernama",
    r"panggil\s*(?:saja|aja|sj|aj|ja|sajo)?",
    r"dipanggil",
    r"panggilan(?:nya|ku)?",
    r"atas\s+nama",
    r"a\.\s?n\.?",
    r"an\.",
    r"a/n",
    r"my\s+name\s+is",
    r"nama",
    r"nm",
    r"fb",
    r"facebook",
    # the labels of a form: "Nama anak: ...", "Penerima: ...", "Nama pelapor (ibu): ..."
    r"(?:nama\s*)?(?:anak|ibu|ayah|bapak|suami|istri|korban|pelapor|sponsor|agen|majikan|calo|"
    r"pemilik|penerima|pengirim|kakak|adik|wali|ahli\s+waris|penanggung\s+jawab|ortu|orang\s+tua|"
    r"kawan|teman|pacar|tetangga|saksi|pelaku|bos|perekrut)"
    r"(?:\s*\([^()\n]{1,20}\))?\s*:",
    r"(?:perkenalkan|kenalkan|kenalin|kenalan)(?:\s*,)?(?:\s+(?:saya|sy|aku|gue|nama\s+saya))?",
)
_RELATIVES = (
    r"anak|anakku|anakq|istri|isteri|istriku|bini|suami|suamiku|laki|adik|adek|adekku|adikku|"
    r"kakak|kakakku|abang|abangku|ibu|ibuku|bapak|bapakku|ayah|ayahku|mamak|emak|mak|mama|papa|"
    r"nenek|kakek|ponakan|keponakan|sepupu|mertua|paman|bibi|bibik|tante|om|wak|uwak|mamang|"
    r"cucu|pacar|tunangan|menantu|ipar|kawan|kawanku|teman|temanku|temen|tetangga|kenalan|"
    r"sodara|saudara|saudari|ortu|besan|mbah|abah|umak|bapaknya|emaknya|ayuk|ayukku|"
    r"orang\s+tua|orangtua|wong\s+tuo"
)
_ROLES = (
    r"sponsor|sponsornya|calo|calonya|agen|agennya|bos|bosnya|majikan|majikannya|perekrut|"
    r"perekrutnya|tekong|penyalur|mandor|toke|tauke|atasan|atasannya|pemilik|pemiliknya|"
    r"supervisor|supervisornya|manager|manajer|boss|bossnya|"
    r"korban|pl|orang|wong|cewek|cowok|rekrut|merekrut"
)
_WHOSE = (
    r"(?:\s+(?:ipar|kandung|tiri|angkat|sepupu|laki-laki|laki|lanang|perempuan|pr|lk|cewek|cowok|"
    r"pertama|kedua|ketiga|keempat|bungsu|sulung|tertua|terkecil|tua|kecil|besar|gadis|bujang|"
    r"sendiri))?"
    r"(?:\s+(?:saya|sy|aku|ku|sayo|kami|gue|gw|kito|dio|nya|nyo|yang|yg|tu|itu|dari|dr|sendiri))*"
)
_CALLED = r"\s+(?:namanya|namonyo|namo\s*nyo|nama\s*nya|bernama|yg\s+bernama|yang\s+bernama)"
_TITLES = (
    r"pak|pa|bapak|bpk|bp|bu|ibu|ibuk|buk|bang|abang|mbak|mba|kak|kakak|mas|dik|dek|adek|koh|ko|"
    r"cik|ci|cek|wak|mang|bik|om|tante|haji|hj|h|hajjah|ustadz|ustad|ustazah|ustadzah|uda|uni|"
    r"ayuk|yuk|kang|teh|cak|bro|sis|madam|mister|mr|mrs|ms|miss|tuan|nyonya|encik|datuk|sdr|"
    r"sdri|saudara|saudari|almarhum|alm|almh|si|dr(?=\.)|drs|ir|nyai|yai|nek|atok|datuk|bripka|brigadir|"
    r"briptu|bripda|aiptu|aipda|iptu|ipda|akp|kompol|akbp|kombes|serka|sertu|serda|kopda|pratu"
)
# A company's name is no person's: "PT Sinar Jaya Abadi", "LPK Mitra Karya".
_COMPANY = re.compile(
    r"\b(?:PT|P\.T\.|CV|UD|LPK|BLK|P3MI|PPTKIS|(?i:yayasan|koperasi|toko|restoran|hotel|agency|"
    r"agensi|warung|rumah\s+makan|apotek|bengkel)|RS|RSUD|RSU|(?i:rumah\s+sakit|klinik|universitas|"
    r"univ|institut|politeknik|sekolah|pesantren|ponpes|madrasah|masjid|gereja)|UIN|IAIN|SMAN?|SMPN?|"
    r"SDN?|SMKN?|MTsN?|MAN|MIN)\.?"
    rf"(?:\s+(?!(?i:{_TITLES})\b)(?:[A-Z][^\W\d_][\w&'.-]*|dan|&)){{1,5}}"
)
# "Mawar Restaurant", "Lim Brothers Sdn Bhd", "Mawar Sharon Church": a name before the kind of
# business or body is that business's.
_COMPANY_AFTER = re.compile(
    r"\b(?:[A-Z][^\W\d_][\w&'.-]*\s){1,4}(?:Restaurant|Restoran|Cafe|Café|Church|Hotel|Sdn\.?\s?Bhd|"
    r"Bhd|Ltd|Limited|Group|Agency|Enterprise|Trading|Company|Corporation|Corp|Foundation|"
    r"Fellowship|Ministry|Ministries|Mart|Store|Shop)\b\.?"
)
# A title may be followed by an office before the name: "Pak Kades Sahril", "Bu Haji Romlah".
_OFFICES = (
    r"kades|lurah|camat|kadus|rt|rw|haji|hj|h|dokter|dr|ustadz|ustad|guru|bidan|mantri|polisi|"
    r"satpam|sopir|supir|direktur|manager|manajer|bos|agen|sponsor|calo|petugas|admin|pendeta|"
    r"kyai|kiai|kepala\s+desa|kepala\s+dusun|kepala"
)
_SELF = r"saya|sy|sya|aku|ak|aq|sayo|gue|gw|gua|ane|ini|kami|dengan|dgn"
_WITH = r"sama|sm|ama|oleh|bareng|bersama|dibawa|diajak|dijemput|ditipu|kata"
_GREETING = (
    r"(?:assalamu\W?alaikum|asalamualaikum|ass(?:alam)?\W?wr\W?wb|halo|hallo|hai|hi|pagi|siang|"
    r"sore|malam|selamat\s+\w+|permisi|maaf|min|mimin|kak|admin|bang|pak|bu|mbak|mas|om|p)"
)
_SIGN_OFF = (
    r"(?:salam(?:\s+dari)?|trims|terima\s*kasih|terimakasih|makasih|mksh|thx|thanks|wassalam|"
    r"hormat\s+saya|ttd|dari\s+saya|regards)"
)
_END_OF_CUE = r"(?![^\W\d_])"
_NAME_CUES = re.compile(
    "(?i)"
    + "|".join(
        [
            rf"(?P<named>(?:{'|'.join(_NAMED)}){_END_OF_CUE}(?:\s*(?:adalah|ialah|yaitu|yakni|:|-|,|=))?)",
            rf"(?P<called>(?:{_RELATIVES}|{_ROLES})(?:nya|nyo)?{_END_OF_CUE}{_WHOSE}{_CALLED}{_END_OF_CUE}(?:\s*[:,-])?)",
            rf"(?P<family>(?:{_RELATIVES})(?:nya|nyo|2)?{_END_OF_CUE}{_WHOSE}{_END_OF_CUE}(?:\s*[:,-])?)",
            rf"(?P<title>(?:{_TITLES}){_END_OF_CUE}\.?(?:\s+(?:{_OFFICES}){_END_OF_CUE}\.?)?)",
            rf"(?P<role>(?:{_ROLES})(?:nya|nyo)?{_END_OF_CUE}{_WHOSE}{_END_OF_CUE}(?:\s*[:,-])?)",
            rf"(?P<self>(?:{_SELF}){_END_OF_CUE}(?:\s*[:,-])?)",
            rf"(?P<with>(?:{_WITH}){_END_OF_CUE})",
            rf"(?P<signoff>{_SIGN_OFF}{_END_OF_CUE}[\s,.!:-]*)",
        ]
    )
)
_CUE_STRENGTH = {
    "named": "named",
    "called": "named",
    "family": "family",
    "title": "title",
    "role": "role",
    "self": "weak",
    "with": "weak",
    "signoff": "weak",
}
# Every word a cue is written with: the long pattern is only tried at such a word (or at one
# that glues a cue together, "namasaya", "bapaknya"), which keeps a long message fast.
_CUE_FIRST_WORDS = frozenset(
    word
    for source in (*_NAMED, _RELATIVES, _ROLES, _TITLES, _SELF, _WITH, _SIGN_OFF)
    for word in re.findall(r"(?<!\\)[a-z]+", source)
)
_GLUED_CUES = ("nama", "namo", "panggil", "kenal", "terima")


def _may_start_cue(lowered: str) -> bool:
    return (
        lowered in _CUE_FIRST_WORDS
        or lowered.startswith(_GLUED_CUES)
        or (lowered.endswith(("nya", "nyo")) and lowered[:-3] in _CUE_FIRST_WORDS)
    )


# Words of the cues: never the start of a name that runs back from a name found after them.
_CUE_WORDS = frozenset(
    word
    for source in (*_NAMED, _RELATIVES, _ROLES, _TITLES, _SELF, _WITH, _SIGN_OFF, _OFFICES)
    for word in re.findall(r"(?<!\\)[a-z]{2,}", source)
)
# "saya" is a cue only where the message (or a sentence, or the greeting) starts.
_SELF_OPENS = re.compile(rf"(?i)(?:^|[\n.!?,:;]|\b{_GREETING}\b[\s,.!]*)\s*$")
_WORD = re.compile(
    r"[^\W\d_](?:[^\W\d_]|['’`](?=[^\W\d_])|-(?!(?:nya|nyo|lah|kah|pun|ku|mu)\b)(?=[^\W\d_]))*\.?"
)
_NAME_JOINERS = {"bin", "binti", "bt", "bte", "al", "el", "van", "de", "da", "nur", "abu"}
# Palembang's old titles belong to the name: "Kemas Ali", "Nyimas Fatimah", "Kgs. Rudi".
_NAME_PREFIXES = {
    "kemas",
    "kms",
    "kgs",
    "kiagus",
    "masagus",
    "mgs",
    "nyimas",
    "nys",
    "nyayu",
    "raden",
    "rd",
    "ki",
    "ra",
    "m",
    "moh",
    "moch",
    "muh",
    "mhd",
    "muhd",
    "md",
    # "Tan Ah Kow", "Lim Swie Hong": Chinese surnames and 'Ah' open a name
    "ah",
    "tan",
    "lim",
    "liem",
    "oei",
    "ong",
}
# Palembang's noble titles, part of the name they open.
_NOBLE_TITLES = {"kemas", "kms", "kgs", "kiagus", "masagus", "mgs", "nyimas", "nyayu", "raden"}
# A title stands before a name and is not part of it ("Madam Wong", "Pak Budi").
_TITLE_WORDS = frozenset(re.findall(r"[a-z]{2,}", _TITLES)) - _NAME_PREFIXES
# Never a name, whatever stands before: the words that turn "nama saya ..." into a question
# about the name ("nama saya tidak ada di daftar", "namanya apa").
_NEVER_NAMES = {
    "tidak",
    "tdk",
    "gak",
    "ga",
    "gk",
    "nggak",
    "ngga",
    "enggak",
    "dak",
    "idak",
    "ndak",
    "bukan",
    "blm",
    "belum",
    "belom",
    "sudah",
    "sdh",
    "udah",
    "udh",
    "dah",
    "ada",
    "ado",
    "di",
    "ke",
    "dari",
    "dr",
    "yang",
    "yg",
    "apa",
    "apo",
    "siapa",
    "siapo",
    "sesuai",
    "sama",
    "beda",
    "berbeda",
    "salah",
    "masih",
    "kok",
    "kenapa",
    "knp",
    "juga",
    "jugo",
    "itu",
    "ini",
    "tu",
    "sy",
    "saya",
    "aku",
    "sayo",
    "dan",
    "atau",
    "tapi",
    "dengan",
    "dgn",
    "dalam",
    "dlm",
    "terdaftar",
    "tercantum",
    "dipakai",
    "dicatut",
    "hilang",
    "ganti",
    "diganti",
    "mau",
    "nak",
    "bisa",
    "biso",
    "pacak",
    "harus",
    "wajib",
    "perlu",
    "boleh",
    "the",
    "is",
    "and",
    "from",
    "pak",
    "bu",
    "kak",
    "min",
    "bang",
    "mbak",
    "mas",
    "ya",
    "yah",
    "iya",
    "lengkap",
    "asli",
    "panggilan",
    "nya",
    "pun",
    "lah",
    "la",
    "kah",
    "dong",
    "deh",
    "sih",
    "nih",
    "kan",
    "mr",
    "untuk",
    "utk",
    "buat",
    "kalau",
    "kalo",
    "klo",
    "jika",
    "karena",
    "krn",
    "kami",
    "kita",
    "dia",
    "dio",
    "mereka",
    "kamu",
    "anda",
    "nama",
    "namanya",
    "ktp",
    "paspor",
    "pt",
    "adalah",
    "ialah",
    "yaitu",
    "yakni",
    "samaran",
}
_LONGEST_NAME = 5
# Names found this way run on over a lower-case word only when it is no Indonesian word at all.
_UNSURE = {"weak", "role", "gazetteer", "proper"}
_SENTENCE_GAP = re.compile(r"[.!?\n:;]|(?<!\d)\d+[.)]\s*\W*$")
# "Rahmat di sini", "Acong ni", "M. Ridho nih bang": the name introduces its writer.
_INTRO_AFTER = re.compile(
    r"(?i)\s*+(?:,\s*+)?(?:di\s*sini|disini|ni|nih|here|dari\s+(?:desa|dusun|kampung))\b"
    r"|,\s?\+?\d"  # "asep saepudin, 0812 ...": the name, then the number
)
# "Yadi (adik)", "Darwis (calo)": a name followed by who the person is.
_RELATION_AFTER = re.compile(
    rf"(?i)\s*\((?:{_RELATIVES}|{_ROLES}|istrinya|suaminya|anaknya)[^()\n]{{0,15}}\)"
)
# "Rini, 22 th", "Galih (16 th)", "Murni, umur 34": a person has an age.
_AGE_AFTER = re.compile(
    r"(?i)\s?(?:\(\s?(?:umur|usia|u\.?)?\s?\d{1,2}\s?(?:th|thn|tahun|th\.)?\s?\)"
    r"|,\s?(?:umur|usia|u\.?)?\s?\d{1,2}\s?(?:th|thn|tahun)\b)"
)
# "Aling kawan aku", "Yadi adik saya": a name, then who the person is to the writer.
_RELATION_TO_WRITER = re.compile(
    rf"(?i),?\s(?:{_RELATIVES})(?:\s(?:kandung|ipar|tiri|angkat|dekat|lama))?"
    r"\s(?:aku|saya|sy|kami|sayo|gue|gw)\b"
)
_PEOPLE_WORDS = {"orang", "wong", "cewek", "cowok"}
_RELATIVE_WORD = re.compile(rf"(?:{_RELATIVES})(?:ku|nya|nyo|mu)?")
# "Deni, Feri, dan <name>": what stands between two names of a list.
_LIST_JOINERS = r"dan|dn|&|sama|sm|samo|serta"
_LIST_BEFORE = re.compile(rf"(?i)\s?,\s?(?:dan\s|&\s)?|\s(?:{_LIST_JOINERS})\s")
_LIST_WORDS = frozenset(re.findall(r"[a-z]+", _LIST_JOINERS))
# "yanti nelpon", "lina bilang": what a person does right after their name.
_DID_AFTER = re.compile(
    r"(?i)\s(?:bilang|blg|nelpon|nelfon|telpon|telepon|cerita|ngomong|ngajak|nawarin|nawari|chat|"
    r"ngechat|kirim|minta|dibawa|diajak|ditawari|ditawarin|hilang|kabur|pulang|berangkat|sama|sm|"
    r"samo|dan)\b"
)
# "anak aku 3: Rini, Joko, dan Sari", "adek aku Ujang samo Cahaya": one cue, several names.
_LIST_JOIN = re.compile(
    rf"(?i)\s?(?:,\s?(?:(?:{_LIST_JOINERS})\s)?|\s(?:{_LIST_JOINERS})\s|\()"
    r"|\s*\n?\s?\d{1,2}[.)]\s?"  # a numbered list: "1. Bayu 2. Sekar"
)
# "anak saya 2: ...", "anak aku 3 orang:": a count between a relative and the names.
_COUNT_BETWEEN = re.compile(r"^[\s:,(-]*\d{1,2}[.)]?[\s:,(-]*$")
# After these a capitalised word is a place or a company, not a person.
_PLACE_CUES = {
    "di",
    "ke",
    "dari",
    "dr",
    "desa",
    "ds",
    "dusun",
    "kel",
    "kelurahan",
    "kec",
    "kecamatan",
    "kab",
    "kabupaten",
    "kota",
    "provinsi",
    "prov",
    "negara",
    "pulau",
    "pt",
    "cv",
    "ud",
    "lpk",
    "blk",
    "kampung",
    "sungai",
    "bandara",
    "pelabuhan",
    "pasar",
    "masjid",
    "gereja",
    "sekolah",
    "sd",
    "smp",
    "sma",
    "smk",
    "universitas",
    "rs",
    "rumah",
    "sakit",
    "puskesmas",
    "hotel",
    "toko",
    "wilayah",
    "daerah",
    "perbatasan",
    "jalan",
    "jl",
    "jln",
    "gg",
    "lrg",
    "lorong",
    "gang",
    "komplek",
    "perum",
    "orang",  # "orang Jawa, Batak, Sunda": peoples (a given name after it is still a name)
}
# After these come the names of things, not of people, even where a word is a given name too:
# "Presiden Prabowo" (a public figure by office), "wong Semende", "bahasa Komering" (a people,
# a language), "aplikasi Safe Travel", "berita Kompas", "sinetron 'Ikatan Cinta'", "kapal
# pesiar Royal Caribbean", "pakai Western Union" (apps, the media, ships and brands).
_PUBLIC_OFFICES = {
    *("presiden", "wapres", "menteri", "gubernur", "bupati", "walikota", "dirjen", "kapolri"),
    *("kapolda", "kapolres", "kadis"),
}
_THING_CUES = {
    *_PUBLIC_OFFICES,
    *("wong", "suku", "bahasa", "aplikasi", "app"),
    *("apk", "berita", "koran", "sinetron", "film", "acara", "kapal", "pesiar", "pakai", "pake"),
    "merek",
}
# Indonesian affixes: a word whose root is in the dictionary is a word ("menyimpan" -> simpan).
_PREFIXES = (
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
)
_NASALISED = {
    "meny": "s",
    "peny": "s",
    "mem": "p",
    "pem": "p",
    "men": "t",
    "pen": "t",
    "meng": "k",
    "peng": "k",
}
_SUFFIXES = ("nya", "lah", "kah", "kan", "an", "i", "ku", "mu", "nyo")


@cache
def word_list(path: Path) -> frozenset[str]:
    """The words of one of the lexicon's lists (one a line, "#" lines are comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _given_names() -> frozenset[str]:
    return word_list(GIVEN_NAMES_FILE)


def _chat_words() -> frozenset[str]:
    return word_list(CHAT_WORDS_FILE)


def _dictionary_words() -> frozenset[str]:
    return word_list(DICTIONARY_WORDS_FILE)


def _english_words() -> frozenset[str]:
    return word_list(ENGLISH_WORDS_FILE)


def _place_words() -> frozenset[str]:
    return word_list(PLACE_WORDS_FILE)


@lru_cache(maxsize=20_000)
def _is_indonesian_word(lowered: str) -> bool:
    """In the dictionary or in the chat words, as typed or once its affixes are taken off."""
    words, chat = _dictionary_words(), _chat_words()
    if lowered.endswith("o") and len(lowered) > 3 and _is_indonesian_word(lowered[:-1] + "a"):
        return True  # Palembang: biayo, kato, berapo
    if (
        lowered in words
        or lowered in chat
        or ("-" in lowered and all(map(_is_indonesian_word, lowered.split("-"))))
    ):
        return True
    stems = {lowered} | {lowered[: -len(s)] for s in _SUFFIXES if lowered.endswith(s)}
    for stem in list(stems):
        for prefix in _PREFIXES:
            if stem.startswith(prefix) and len(stem) > len(prefix) + 2:
                rest = stem[len(prefix) :]
                stems |= {rest, _NASALISED.get(prefix, "") + rest}
    return any(len(stem) > 2 and (stem in words or stem in chat) for stem in stems)


# --------------------------------------------------------------------------- finding


def find_personal_data(text: str) -> list[Finding]:
    """Every span of personal data in `text` (already normalised), left to right, not overlapping."""
    runs = [run.span() for run in _DIGIT_RUN.finditer(text)] if _ANY_DIGIT.search(text) else []
    kept = _spans_that_survive(text, runs)
    kept_mask = bytearray(len(text))
    for start, end in kept:
        kept_mask[start:end] = b"\x01" * (end - start)
    # Python's re matches case-insensitively several times slower: the patterns that read words
    # whatever their case are matched on the lower-cased text, which keeps every position.
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # The words of the message: a rule whose cue words are all absent is not tried at all.
    present = {word.rstrip(".") for word in _WORD.findall(lowered)}
    names = _names(text)
    findings = [
        *_number_like(text, lowered, present, runs),
        *_addresses(text, lowered, present),
        *_birth_dates(text),
        *names,
        *_every_mention(text, names),
    ]
    # A finding goes only where a span that must survive covers all of it: "Rp 15.000.000" is
    # an amount, but "wa 0812-3456-7890 rb" is still a phone number.
    return _without_overlaps(
        finding for finding in findings if 0 in kept_mask[finding.start : finding.end]
    )


def scrub_personal_data(text: str) -> str:
    """The text with every personal datum replaced by its placeholder (<NAMA>, <PHONE>, ...)."""
    text = normalise(text)
    pieces, position = [], 0
    for finding in find_personal_data(text):
        pieces += [text[position : finding.start], finding.placeholder]
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)


def _spans_that_survive(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    official_texts = _official()[1]
    kept = _money(text)
    kept += [
        m.span()
        for m in _THOUSANDS.finditer(text)
        if not _ACCOUNT_CUE.search(_before(text, m.start()))
    ]
    kept += [
        m.span()
        for m in _DATE.finditer(text)
        if not _after_birth_cue(text, m.start()) and m.group() != text.strip(" .!")
    ]
    kept += [m.span() for m in _COMPANY.finditer(text)]
    kept += [m.span() for m in _COMPANY_AFTER.finditer(text)]
    kept += [(start, end) for start, end in runs if _only_official_numbers(text[start:end])]
    lowered = text.lower()
    for official in official_texts:
        if official in lowered:
            site = re.compile(rf"(?<![\w@.]){re.escape(official)}(?![\w/@])")
            kept += [match.span() for match in site.finditer(lowered)]
    kept += [m.span() for m in _YEARS.finditer(text)]
    kept += [m.span() for m in _SERVICE_NUMBER.finditer(text)]
    kept += [m.span() for m in _HOURS.finditer(text)] if ":" in text or "." in text else []
    return kept


def _only_official_numbers(run: str) -> bool:
    """Is this run of digits one or more of the bot's own numbers ("0800-1000 / 110")?"""
    official, pending = _official()[0], ""
    for group in _DIGIT_GROUP.findall(run):
        pending += group
        if pending in official or _national(pending) in official:
            pending = ""
    return pending == ""


def _before(text: str, start: int, reach: int = 40) -> str:
    """The few characters before a span, where its cue would be."""
    return text[max(0, start - reach) : start]


def _after_birth_cue(text: str, start: int) -> bool:
    before = text[max(0, start - _BIRTH_CUE_REACH) : start]
    cue = _BIRTH_CUE.search(before)
    # "batas lahir 31-12-2005", "yang lahir sebelum ...": a rule's cut-off, nobody's birthday.
    return bool(cue) and not _CUT_OFF.search(before)


# Of two findings of the same length, the more specific one names the span.
_RANK = (
    "birth_date",
    "email",
    "link",
    "nik",
    "passport",
    "phone",
    "username",
    "address",
    "account",
    "name",
)


def _without_overlaps(findings) -> list[Finding]:
    """Longest first; a finding that overlaps one already chosen is dropped."""
    chosen: list[Finding] = []
    ranked = sorted(findings, key=lambda f: (-(f.end - f.start), _RANK.index(f.category), f.start))
    taken = bytearray(max((f.end for f in ranked), default=0))
    for finding in ranked:
        if 1 not in taken[finding.start : finding.end]:
            chosen.append(finding)
            taken[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
    return sorted(chosen, key=lambda f: f.start)


def _number_like(
    text: str, lowered: str, present: set[str], runs: list[tuple[int, int]]
) -> list[Finding]:
    found: list[Finding] = []
    official_texts = _official()[1]
    at = "@" in text
    for match in _EMAIL.finditer(text) if at else ():
        address = match.group().lower()
        # pengaduan@bp2mi.go.id: a government office's mailbox is nobody's (budi@... is Budi's)
        office_mailbox = address.endswith(".go.id") and address.split("@")[0] in _OFFICE_MAILBOXES
        if address not in official_texts and not office_mailbox:
            found.append(Finding(*match.span(), "email", "e-mail address"))
    for match in (
        _around(_MAIL_PROVIDER_SPELLED, lowered, _MAIL_PROVIDER)
        if present & _MAIL_PROVIDERS
        else ()
    ):
        local = re.split(r"\s*(?:@|\bat\b|[(\[])", match.group(), maxsplit=1)[0].strip('" ').lower()
        if local not in _chat_words():  # "email at gmail com dimana" names no one's address
            start = match.start()
            # "emailnyo andre sitompul @gmail. com": the words after 'email' are the address.
            cue = _EMAIL_CUE_BEFORE.search(text, max(0, start - 40), start)
            if cue and not any(w.lower() in _chat_words() for w in cue.group(1).split()):
                start = cue.start(1)
            found.append(
                Finding(start, match.end(), "email", "address at a mail provider, however spelled")
            )
    for match in _SPACED_LINK.finditer(lowered) if "/" in text else ():
        if " " in match.group():
            found.append(Finding(*match.span(), "link", "link to social media typed with spaces"))
    spelled = (present & {"at", "et"} or " @" in text or "@ " in text) and _around(
        _EMAIL_SPELLED, lowered, _AT
    )
    for match in spelled or ():
        found.append(Finding(*match.span(), "email", "e-mail address written with 'at'/'dot'"))
    for web in _WEB_ADDRESS.finditer(text) if present & _WEB_ENDINGS else ():
        if not _SOCIAL_LINK.fullmatch(web.group()):
            continue
        link = web.group().lower()
        category = "phone" if "wa.me" in link or "whatsapp" in link else "link"
        found.append(Finding(*web.span(), category, "link to social media or WhatsApp"))
    for match in _HANDLE.finditer(text) if at else ():
        found.append(Finding(*match.span(), "username", "@handle"))
    for match in _HANDLE_CUE.finditer(lowered) if present & _SITE_WORDS else ():
        handle = match.group(1).lower()
        if handle.isdigit():
            continue  # "telegram id 5123456789": a number, read with the other numbers
        labelled = ":" in match.group() or "=" in match.group()
        if (
            (labelled and handle not in _NEVER_NAMES)
            or (re.search(r"[\d_.]", handle) and handle not in _chat_words())  # not "kp2mi"
            or not (handle in _chat_words() or _is_indonesian_word(handle))
        ):
            found.append(Finding(*match.span(1), "username", "handle after the name of a site"))
    for match in _QUOTED_ACCOUNT.finditer(lowered) if present & _SITE_WORDS else ():
        if not _GROUP_BEFORE.search(lowered, max(0, match.start() - 12), match.start()):
            found.append(Finding(*match.span(1), "username", "a name in quotes after a site"))
    for match in _SPELLED_NUMBER.finditer(lowered) if present & _DIGIT_WORDS else ():
        found.append(Finding(*match.span(), "phone", "seven or more digits written as words"))
    for match in _MIXED_NUMBER.finditer(lowered) if runs and present & _DIGIT_WORDS else ():
        spelled = _DIGIT_WORD_ALONE.findall(match.group())
        digits = len(_NOT_DIGIT.sub("", match.group())) + len(spelled)
        if spelled and digits >= 9 and match.group().lstrip("+")[:1] in "0689":
            found.append(Finding(*match.span(), "phone", "a phone number in digits and words"))
    for match in _ZERO_AS_O.finditer(text) if _O_BESIDE_DIGIT.search(text) else ():
        if _MOBILE.fullmatch(_national(_NOT_DIGIT.sub("", match.group().translate(_O_AS_ZERO)))):
            found.append(Finding(*match.span(), "phone", "a mobile number with 'O' for zero"))
    for match in _PASSPORT_AFTER_CUE.finditer(text) if present & _PASSPORT_WORDS else ():
        found.append(Finding(*match.span(1), "passport", "letters and digits after 'paspor'"))
    for start, end in runs:
        while text[end - 1] in " .-/(" or (text[end - 1] == ")" and "(" not in text[start:end]):
            end -= 1  # "(0711) 354123" keeps its brackets, "(hp 0812...)" keeps its own
        finding = _classify_digits(text, start, end)
        if finding:
            found.append(finding)
    return found


def _classify_digits(text: str, start: int, end: int) -> Finding | None:
    """What a run of digits is, from the number of digits, their form and the words before."""
    digits = _NOT_DIGIT.sub("", text[start:end])
    national = _national(digits)
    before = _before(text, start)
    if len(digits) in {7, 8} and text[start].isdigit():
        letters = _PASSPORT_LETTERS.search(before)
        if letters and not text[end : end + 1].isalnum():
            return Finding(
                start - len(letters.group()), end, "passport", "letter and 7-8 digits (passport)"
            )
    if len(digits) >= 5 and _TELEGRAM_ID_CUE.search(before):
        return Finding(start, end, "account", "id number after 'id'")
    if len(digits) == 16 and not text[start].startswith("+"):
        return Finding(start, end, "nik", "16 digits (NIK)")
    if _PAYMENT_CUE.search(before) and digits[0] not in "06" and digits.endswith("000"):
        return None  # "potong 1500000 tiap bulan": an amount typed without dots
    if _MOBILE.fullmatch(national):
        return Finding(start, end, "phone", "Indonesian mobile number (08/62 8...)")
    if _LANDLINE.fullmatch(national) and len(digits) >= 9:
        return Finding(start, end, "phone", "Indonesian landline with area code")
    if len(digits) >= 7 and _is_valid_phone(text[start:end]):
        return Finding(start, end, "phone", "valid phone number (phonenumbers)")
    if len(digits) >= 6 and _ACCOUNT_CUE.search(before):
        return Finding(start, end, "account", "number after a bank or e-wallet word")
    if len(digits) >= 6 and _PHONE_CUE.search(before):
        return Finding(start, end, "phone", "number after 'hp', 'wa', 'telp' ...")
    if len(digits) >= 8:
        return Finding(start, end, "account", "8 or more digits (account, card or id number)")
    return None


def _is_valid_phone(typed: str) -> bool:
    """A number valid in Indonesia, or abroad when written with its country code (+60, 00966)."""
    typed = re.sub(r"^00", "+", typed.strip())
    if not typed.lstrip("(").startswith(("+", "0", "8")):
        return False  # no Indonesian number starts otherwise ("81234..." lost its 0, still one)
    try:
        number = phonenumbers.parse(typed, None if typed.startswith("+") else "ID")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def _addresses(text: str, lowered: str, present: set[str]) -> list[Finding]:
    found: list[Finding] = []
    streets_only: list[Finding] = []
    read_to = 0  # the end of the last address read with its house number
    for cue in _STREET_CUE.finditer(lowered) if present & _STREET_WORDS else ():
        if cue.start() < read_to:
            continue  # "Perum X Blok F No. 3": already part of the address before
        end = _street_name_end(text, cue)
        tail = _HOUSE_TAIL.match(text, end)
        if tail:
            read_to = tail.end()
        everyday = cue.group().strip().lower() in _EVERYDAY_STREET_WORDS
        lived_in = _DWELLING.search(_before(text, cue.start(), _DWELLING_REACH))
        name = text[cue.end() : end].rstrip()
        numbered = name[-1:].isdigit() and any(map(str.isupper, name))  # "gang Abadi 21"
        if tail:
            end = tail.end()
        elif end == cue.end():
            continue  # "jalan ke Malaysia"
        elif everyday and not lived_in and not numbered:
            # "Jalan Sudirman macet terus": no one's address, unless an address goes on from it
            # ("Jalan Mayor Ruslan gang Abadi 21").
            streets_only.append(Finding(cue.start(), end, "address", "street before an address"))
            continue
        start = cue.start()
        if house_first := _HOUSE_FIRST.search(_before(text, start)):
            start -= len(house_first.group())
        found.append(
            Finding(
                start,
                end,
                "address",
                f"street address after '{text[cue.start() : cue.end()].strip()}'",
            )
        )
    covered = max((finding.end for finding in found), default=0)
    for match in _RT_RW.finditer(text) if present & {"rt", "rw"} else ():
        if match.start() < covered:
            continue
        tail = _HOUSE_TAIL.match(text, match.end())
        covered = tail.end() if tail else match.end()
        found.append(
            Finding(match.start(), tail.end() if tail else match.end(), "address", "RT/RW number")
        )
    for match in _NEAR_LANDMARK.finditer(lowered) if present & _NEAR_WORDS else ():
        after_address = any(0 <= match.start() - part.end <= 25 for part in found)
        if after_address or _DWELLING.search(_before(text, match.start(), _DWELLING_REACH)):
            start, end = match.start(), _street_name_end(text, match)
            if look := _HOUSE_LOOK_BEFORE.search(text, max(0, start - 20), start):
                start = look.start()
            found.append(
                Finding(
                    start, end, "address", f"a house told by '{text[match.start() : match.end()]}'"
                )
            )
    for match in _ROOM.finditer(lowered) if present & _ROOM_WORDS else ():
        if _DWELLING.search(_before(text, match.start(), _DWELLING_REACH)):
            tail = _HOUSE_TAIL.match(text, match.end())
            end = tail.end() if tail else match.end()
            found.append(Finding(match.start(), end, "address", "a room or barrack"))
    for match in (
        _HOUSE_NUMBER_ONLY.finditer(text) if "rumah" in present or "rmh" in present else ()
    ):
        found.append(Finding(*match.span(), "address", "a house told by its number"))
    for match in _FOREIGN_ADDRESS.finditer(text) if _FOREIGN_HINT.search(text) else ():
        found.append(Finding(*match.span(), "address", "an address abroad (Road, Flat, Blk ...)"))
    for match in (
        _ADDRESS_LINE.finditer(text) if present & {"alamat", "alamatnya", "alamatnyo"} else ()
    ):
        start, end = match.span(1)
        for sentence in _NEW_SENTENCE.finditer(text, start, end):
            if sentence.group(1).lower() in _chat_words() or sentence.group(2):
                end = sentence.start()
                break
        if text[start:end].strip():
            found.append(Finding(start, end, "address", "the line of a form after 'Alamat:'"))
    # "dsn 1 ds karang agung rt 002": a dusun is part of an address that follows it closely.
    for hamlet in _HAMLET.finditer(text) if found else ():
        following = [part for part in found if 0 <= part.start - hamlet.end() <= 40]
        if following and not _SENTENCE_GAP.search(text, hamlet.end(), following[0].start):
            found.append(
                Finding(hamlet.start(), following[0].start, "address", "dusun of an address")
            )
    found += [
        street
        for street in streets_only
        if any(street.start < part.start <= street.end + 2 for part in found)
    ]
    return [_with_house_look(text, part) for part in _joined(found)]


def _with_house_look(text: str, address: Finding) -> Finding:
    """The address and how its house looks ("..., rumah kayu cat kuning")."""
    look = _HOUSE_LOOK.match(text, address.end)
    return Finding(address.start, look.end(), "address", address.reason) if look else address


def _joined(addresses: list[Finding]) -> list[Finding]:
    """Parts of one address that overlap or stand side by side ("Jl. X Lrg. Y No. 3, RT 2")
    become one finding."""
    joined: list[Finding] = []
    for part in sorted(addresses, key=lambda finding: finding.start):
        if joined and part.start <= joined[-1].end + 2:
            last = joined.pop()
            part = Finding(last.start, max(last.end, part.end), "address", last.reason)
        joined.append(part)
    return joined


def _street_name_end(text: str, cue: re.Match[str]) -> int:
    """Where the name after a cue ends: up to four words or numbers, before a stop word."""
    end = cue.end()
    for _ in range(4):
        word = _NEXT_WORD.match(text, end)
        if (
            word is None
            or word.group(1).rstrip(".").lower() in _ADDRESS_STOP
            or "\n" in word.group()
        ):
            break
        end = word.end()
        if text[end : end + 1] in {",", ";", "?", "!"}:
            break
    return end


def _birth_dates(text: str) -> list[Finding]:
    found = []
    for match in _DATE.finditer(text):
        if _after_birth_cue(text, match.start()):
            found.append(Finding(*match.span(), "birth_date", "date after 'lahir'/'TTL'"))
        elif match.group() == text.strip(" .!"):  # the answer to "tanggal lahirnya?"
            found.append(Finding(*match.span(), "birth_date", "a message that is a date"))
    return found


def _names(text: str) -> list[Finding]:
    if not any(ch.islower() for ch in text) and len(text.lower()) == len(text):
        text = text.lower()  # SHOUTED: the capitals say nothing, read it as lower case
    words = list(_WORD.finditer(text))
    starts = [word.start() for word in words]
    opens = _SentenceStarts(text, words)

    all_lower = not any(ch.isupper() for ch in text)
    found = []
    if _is_a_bare_name(text, words):
        found.append(Finding(words[0].start(), words[-1].end(), "name", "a message that is a name"))
    tokens = [word.group().rstrip(".") for word in words]
    listed_starts: set[int] = set()
    given_names, chat_words = _given_names(), _chat_words()
    for index, (word, token) in enumerate(zip(words, tokens, strict=True)):
        lowered = token.lower()
        capitalised = token[:1].isupper()
        may_cue = _may_start_cue(lowered)
        if (
            not capitalised
            and not may_cue
            and index > 2
            and lowered not in _RULE_WORDS
            and "(" not in text[word.end() : word.end() + 3]
        ):
            continue  # most words: lower case, no cue, nothing after them to read
        cue = may_cue and _NAME_CUES.match(text, word.start())
        first = bisect_right(starts, cue.end() - 1) if cue else len(words)
        if first < len(words) and starts[first] not in listed_starts:
            named = _name_after_cue(text, words, cue, first, all_lower)
            if named:
                start, end, strength = named
                found.append(Finding(start, end, "name", f"name after '{cue.group().strip()}'"))
                # A list is walked once: a later cue in it finds its name listed already.
                for listed in _listed_after(text, words, starts, end, strength, all_lower):
                    found.append(Finding(*listed, "name", "the next name of a list"))
                    listed_starts.update(_starts_within(starts, *listed))
        if lowered in _NOBLE_TITLES and index + 1 < len(words) and not token[:1].isupper():
            span = _name_from(text, words, index, "named", all_lower)  # "kgs. hanafi"
            if span and span[1] > word.end():
                found.append(Finding(*span, "name", f"name after the title '{token}'"))
        if lowered in _NAME_JOINERS and 0 < index < len(words) - 1:
            span = _name_around_joiner(text, words, index, all_lower)
            if span:
                found.append(Finding(*span, "name", f"name joined by '{token}'"))
        if index < 3 and _introduces_writer(text, words, index, all_lower):
            span = (words[0].start(), word.end())
            found.append(Finding(*span, "name", "name that introduces its writer ('... di sini')"))
        if "(" in text[word.end() : word.end() + 3] and _RELATION_AFTER.match(text, word.end()):
            span = _name_from(text, words, index, "named", all_lower)
            if span:
                found.append(Finding(*span, "name", f"'{token}' is followed by who they are"))
        if capitalised:
            everyday = lowered in chat_words and lowered not in given_names
            if everyday and not _AFTER_A_WORD.match(text, word.end()):
                continue  # "Saya", "Tolong", "Malaysia": an everyday word, capitalised
            found += _capitalised_name(text, words, index, opens, all_lower)
            after = text[word.end() : word.end() + 2]
            described = not word.group().endswith(".") and (
                (("(" in after or "," in after) and _AGE_AFTER.match(text, word.end()))
                or (after[:1] in {",", " "} and _RELATION_TO_WRITER.match(text, word.end()))
            )
            if described and (span := _name_from(text, words, index, "role", all_lower)):
                found.append(
                    Finding(*span, "name", f"'{token}' is followed by an age or a relation")
                )
        elif (
            # "td malam yanti nelpon", "ujang ponakan aku": a given name in lower case, then
            # what the person did or who they are to the writer
            lowered in given_names
            and lowered not in chat_words
            and (_DID_AFTER.match(text, word.end()) or _RELATION_TO_WRITER.match(text, word.end()))
        ):
            span = (word.start(), word.start() + len(token))
            found.append(Finding(*span, "name", f"'{token}' is a given name doing something"))
    # "Deni, Feri, dan Sari", "rudi sama Sari": the words listed with a name found are names
    # too. A walk along a list stops at a name already found, so each list is walked once.
    named = {
        start for finding in found for start in _starts_within(starts, finding.start, finding.end)
    }
    for finding in list(found):
        listed = _listed_around(text, words, starts, finding, all_lower, named)
        named.update(
            start for name in listed for start in _starts_within(starts, name.start, name.end)
        )
        found += listed
    return found


def _starts_within(starts: list[int], start: int, end: int) -> list[int]:
    """Where the words between start and end begin."""
    return starts[bisect_left(starts, start) : bisect_left(starts, end)]


def _listed_around(text, words, starts, finding: Finding, all_lower, named) -> list[Finding]:
    """The names listed right before and after a name found ('Deni, Feri, dan <name>'), up to
    a name already found (`named`: where they start)."""
    listed = [
        Finding(*span, "name", "listed with a name")
        for span in _listed_after(text, words, starts, finding.end, "weak", all_lower, named)
    ]
    index = bisect_left(starts, finding.start)
    while index > 0:
        previous = index - 1
        if words[previous].group().lower() in _LIST_WORDS and previous > 0:
            previous -= 1  # "Feri, dan <name>": the word before the joining word
        before = words[previous]
        token = before.group().rstrip(".")
        lowered = token.lower()
        if before.start() in named or not _LIST_BEFORE.fullmatch(
            text, before.end(), words[index].start()
        ):
            break
        if lowered in _chat_words() or not (
            lowered in _given_names() or (token[:1].isupper() and not all_lower)
        ):
            break
        if not _is_name_word(before, "named", all_lower):
            break
        listed.append(
            Finding(before.start(), before.start() + len(token), "name", "listed with a name")
        )
        index = previous
    return listed


# The words some name rule starts from, besides the cues.
_RULE_WORDS = frozenset(_NOBLE_TITLES | _NAME_JOINERS)
# After a capitalised everyday word, an age or a relation may still make it a name.
_AFTER_A_WORD = re.compile(r"\s?[(,]|,?\s(?:" + _RELATIVES + r")\b", re.IGNORECASE)


def _is_a_bare_name(text: str, words: list[re.Match[str]]) -> bool:
    """'Nyoman', 'Siti Rahma': the answer to 'siapa namanya?', one to three words and nothing
    else, none of them an everyday word or a place."""
    if not 0 < len(words) <= 3 or text[words[0].start() : words[-1].end()] != text.strip(" .!,"):
        return False
    lowered = [word.group().lower().rstrip(".") for word in words]
    return all(
        word not in _chat_words()
        and word not in _place_words()
        and (word in _given_names() or not _is_indonesian_word(word) or match.group()[:1].isupper())
        for word, match in zip(lowered, words, strict=True)
    )


def _listed_after(
    text, words, starts, end, strength, all_lower, named=frozenset()
) -> list[tuple[int, int]]:
    """The names that follow a name in a list: ', Joko, dan Sari', ' samo Cahaya' (up to a name
    already found, `named`: where they start)."""
    spans = []
    while join := _LIST_JOIN.match(text, end):
        index = bisect_left(starts, join.end())
        if index == len(words) or starts[index] != join.end() or starts[index] in named:
            break
        token = words[index].group().rstrip(".")
        lowered = token.lower()
        # Only a capitalised word no one chats with, or a given name, goes on a list (any word
        # no one chats with after "nama ortu:", "anak saya:").
        if lowered in _chat_words() or not (
            lowered in _given_names()
            or (token[:1].isupper() and not all_lower)
            # "dan", "&" or a number joins it, not a bare comma that may open a new clause
            or (strength == "named" and join.group().strip(" ,\n"))
        ):
            break
        span = _name_from(text, words, index, "named", all_lower)
        if not span:
            break
        spans.append(span)
        end = span[1]
    return spans


_LETTERS = re.compile(r"[^\W\d_]{3,}")


def _every_mention(text: str, findings: list[Finding]) -> list[Finding]:
    """A name found once is a name wherever else the message writes it ("si bayu ... bayu ini")."""
    names = (
        {
            word.lower().rstrip(".")
            for finding in findings
            if finding.category == "name"
            for word in _WORD.findall(text[finding.start : finding.end])
        }
        - _NEVER_NAMES
        - _TITLE_WORDS
        - _NAME_JOINERS
    )
    names = {name for name in names if len(name) > 2}
    if not names:
        return []
    mentions = []
    for word in _LETTERS.finditer(text):
        token = word.group()
        lowered = token.lower()
        if lowered in names and (token[:1].isupper() or lowered not in _chat_words()):
            mentions.append(Finding(*word.span(), "name", "another mention of a name found"))
    return mentions


def _introduces_writer(text, words, index, all_lower) -> bool:
    """'Rahmat di sini', 'iwan setiawan di sini': the first words, then 'di sini'."""
    written = [w.group().lower().rstrip(".") for w in words[: index + 1]]
    return (
        _INTRO_AFTER.match(text, words[index].end()) is not None
        and any(w in _given_names() or not _is_indonesian_word(w) for w in written)
        and not any(w in _place_words() and w not in _given_names() for w in written)
        and all(_is_name_word(w, "named", all_lower) for w in words[: index + 1])
    )


def _capitalised_name(text, words, index, opens: _SentenceStarts, all_lower) -> list[Finding]:
    """A capitalised word without a cue: a given name, or a word that is neither an
    Indonesian word nor a place."""
    token = words[index].group().rstrip(".")
    lowered = token.lower()
    given = lowered in _given_names()
    if not given and lowered in _chat_words():
        return []  # "Apakah", "Saya", "Malaysia": an everyday word, capitalised
    if _after_cue(words, index, _THING_CUES, reach=6):
        return []
    # "Indah bener janjinya": a name that is also a word, opening a sentence, is the word,
    # unless a name or "di sini" follows ("Bagus Pratama", "Rahmat di sini").
    ambiguous = opens[index] and _is_indonesian_word(lowered)
    if given and (not ambiguous or _followed_by_name(text, words, index)):
        span = _name_from(text, words, index, "gazetteer", all_lower)
        reason = f"'{token}' is a given name (lexicon/given_names.txt)"
    elif _after_cue(words, index, _PLACE_CUES):
        return []
    elif span := _name_from(text, words, index, "proper", all_lower):
        reason = f"'{token}' is capitalised and neither a word nor a place"
    elif _capitalised_amid_lower_case(words, index, opens):
        span = _name_from(text, words, index, "amid", all_lower)
        reason = f"'{token}' is capitalised amid lower case"
    return [Finding(*span, "name", reason)] if span else []


def _after_cue(words: list[re.Match[str]], index: int, cues: set[str], reach: int = 2) -> bool:
    """'di Malaysia', 'aplikasi Safe Travel': one of the capitalised words after a cue; with a
    longer reach, one in a list of them ('bahasa Mandarin atau Kanton')."""
    for first in range(index, max(0, index - reach), -1):
        before = words[first - 1].group().lower().rstrip(".")
        if before in cues:
            return True
        if not (
            words[first - 1].group()[:1].isupper() or (reach > 2 and before in {"dan", "atau"})
        ):
            return False
    return False


def _capitalised_amid_lower_case(
    words: list[re.Match[str]], index: int, opens: _SentenceStarts
) -> bool:
    """'kemarin Ucok bilang': in a lower-case sentence, one capitalised word is a name."""
    if index == 0 or opens[index]:
        return False
    before = words[index - 1].group()
    after = words[index + 1].group() if index + 1 < len(words) else ""
    return before.islower() and (
        not after or after.islower() or (after[:1].isupper() and after.lower() in _given_names())
    )


class _SentenceStarts:
    """opens[i]: does words[i] open a sentence? Worked out only for the words asked about."""

    def __init__(self, text: str, words: list[re.Match[str]]) -> None:
        self.text, self.words = text, words

    def __getitem__(self, index: int) -> bool:
        gap = self.text[_end_of_word(self.words, index - 1) : self.words[index].start()]
        return _opens_sentence(gap, index)


def _end_of_word(words: list[re.Match[str]], index: int) -> int:
    """Where a word ends, less a full stop that ends its sentence ("nanyo." but not "M.")."""
    if index < 0:
        return 0
    word = words[index]
    return word.end() - (len(word.group()) > 2 and word.group().endswith("."))


def _opens_sentence(gap: str, index: int) -> bool:
    """Does the word after this gap open a sentence (or the message, a line, a list item)?"""
    if gap == " ":
        return index == 0
    return index == 0 or _SENTENCE_GAP.search(gap) is not None


def _followed_by_name(text: str, words: list[re.Match[str]], index: int) -> bool:
    """'Bagus Pratama, umur 22', 'Rahmat di sini': a name follows, or the words that
    introduce oneself."""
    if _INTRO_AFTER.match(text, words[index].end()):
        return True
    if index + 1 == len(words) or text[words[index].end() : words[index + 1].start()] != " ":
        return False
    following = words[index + 1]
    if not following.group()[:1].isupper():
        return False
    return _is_name_word(following, "proper", False) or following.group().lower() in _given_names()


def _name_around_joiner(text, words, index, all_lower) -> tuple[int, int] | None:
    """'Miskah binti Dullah', 'cahaya bin kasim': the words on both sides are a name."""
    before, after = words[index - 1], words[index + 1]
    spaced = (
        text[before.end() : words[index].start()] == " " == text[words[index].end() : after.start()]
    )
    if not spaced or not all(_is_name_word(w, "named", all_lower) for w in (before, after)):
        return None
    span = _name_from(text, words, index - 1, "named", all_lower)
    return span


def _name_after_cue(text, words, cue, first, all_lower) -> tuple[int, int, str] | None:
    """The name after a cue, and how sure the cue makes us of the names listed after it."""
    kind = cue.lastgroup
    between = text[cue.end() : words[first].start()]
    listing = kind in {"family", "named"} and _COUNT_BETWEEN.match(between)  # "anak: 1. Bayu"
    if between.strip(" :,-.(\t") and not listing:
        return None  # something else stands between the cue and the next word
    strength = _CUE_STRENGTH[kind]
    if kind == "family" and ":" in cue.group() + between:
        strength = "named"  # "anak saya: mawar dan melati": a form's label
    if kind == "self" and not _SELF_OPENS.search(_before(text, cue.start())):
        return None
    if kind == "signoff" and (len(words) - first > 6 or "?" in text[cue.end() :]):
        return None  # a sign-off's name closes the message
    if words[first].group().lower() in _PUBLIC_OFFICES:
        return None  # "Bu Menteri Ida Fauziyah": a public figure by office
    if kind == "role" and cue.group().split()[0].lower() in _PEOPLE_WORDS:
        return None  # "wong Semende", "orang Jawa": a people; "orang bernama X" is 'called'
    if kind == "title" and cue.group().split()[0].lower() == "si":
        strength = "named"  # "si bayu", "si kecil": after 'si' a word no one chats with is a name
    span = _name_from(text, words, first, strength, all_lower)
    if span is None and kind == "family" and _two_unchatted_words(text, words, first):
        strength = "named"  # "anak saya andika pratama"
        span = _name_from(text, words, first, strength, all_lower)
    return (*span, strength) if span else None


def _two_unchatted_words(text: str, words: list[re.Match[str]], first: int) -> bool:
    """Two words side by side that no one chats with: after a relative, a first and a last name
    even when both are also old dictionary words."""
    pair = words[first : first + 2]
    return (
        len(pair) == 2
        and text[pair[0].end() : pair[1].start()] == " "
        and all(
            len(word.group()) > 2
            and word.group().isalpha()
            and word.group().lower() not in _chat_words()
            and word.group().lower() not in _NEVER_NAMES
            and not _RELATIVE_WORD.fullmatch(word.group().lower())
            for word in pair
        )
    )


def _name_from(text, words, first, strength, all_lower) -> tuple[int, int] | None:
    """The span of the name that starts at words[first], or None if that word is no name."""
    if not _is_name_word(words[first], strength, all_lower):
        return None
    last = first
    while last + 1 < len(words) and last - first + 1 < _LONGEST_NAME:
        if text[words[last].end() : words[last + 1].start()] not in {" ", ""}:
            break
        following = words[last + 1].group().rstrip(".").lower()
        if following in _NAME_JOINERS and last + 2 < len(words):
            if not _is_name_word(words[last + 2], "named", all_lower):
                break
            last += 2
        elif _is_name_word(
            words[last + 1], "next" if strength in _UNSURE else "next-sure", all_lower
        ):
            last += 1
        else:
            break
    while (
        first > 0
        and last - first + 1 < _LONGEST_NAME
        and text[words[first - 1].end() : words[first].start()] == " "
    ):
        if not _is_name_word(words[first - 1], "before", all_lower):
            break
        first -= 1
    end = words[last].end()
    if text[end - 1] == "." and len(words[last].group()) > 3:
        end -= 1  # the full stop of the sentence, not of an initial ("M.")
    return words[first].start(), end


def _is_name_word(word: re.Match[str], strength: str, all_lower: bool) -> bool:
    """Is this word (part of) a name, given what stands before it (see the cues above)?

    'next' is a word after a name, 'before' a word before one, 'gazetteer' a given name
    without a cue."""
    token = word.group().rstrip(".")
    lowered = token.lower()
    if (
        lowered in _NEVER_NAMES
        or lowered in _TITLE_WORDS
        or (len(token) < 2 and not word.group().endswith("."))
    ):
        return False
    capitalised = token[:1].isupper()
    if not capitalised and _RELATIVE_WORD.fullmatch(lowered):
        return False  # "fb adekku ...": the relative, not their name
    given = lowered in _given_names()
    chat = lowered in _chat_words()
    if lowered in _NAME_PREFIXES and capitalised:
        return True
    shouted_name = strength == "next" and len(token) > 4 and not chat  # "AGUS TRI SUSANTO"
    if (
        token.isupper()
        and len(token) > 1
        and not given
        and strength not in {"named", "next-sure"}
        and not shouted_name
    ):
        return False  # PMI, TKI, KTP, EPS-TOPIK (a SHOUTED message is read in lower case)
    if strength == "named":
        return capitalised or given or not chat
    if strength == "next":
        return capitalised or given or (all_lower and not _is_indonesian_word(lowered))
    if strength == "next-sure":  # after "nama saya budi", "sepupu aku agus": "santoso", "salim"
        return (
            capitalised or given or (not chat and (all_lower or not _is_indonesian_word(lowered)))
        )
    if strength == "before":
        return capitalised and not chat and lowered not in _CUE_WORDS
    if strength == "title":  # after "Pak", "Madam", "Pak Kades": a capitalised word is a name
        return (
            capitalised
            or given
            or not _is_indonesian_word(lowered)
            or (all_lower and not chat)  # "namanya bu endang": typed by voice, all lower case
        )
    if strength == "family":  # "kakak aku ujang": a word no one chats with is a name
        return (
            (capitalised and not chat)
            or (given and (capitalised or not chat))
            or not _is_indonesian_word(lowered)
        )
    if strength == "role":
        return (capitalised and not chat) or (given and not chat)
    if strength == "gazetteer":
        return capitalised and given
    if strength in {"amid", "proper"} and not token[1:].islower():
        return False  # ValueError, WhatsApp, KemnakerRI: words run together, not a name
    if strength in {"amid", "proper"} and lowered in _english_words():
        return False  # "Safe Travel", "Western Union": an English word, in a name of something
    if strength == "amid":
        return capitalised and len(token) > 2 and not chat and lowered not in _place_words()
    if strength == "proper":
        return (
            capitalised
            and len(token) > 2
            and not chat
            and lowered not in _place_words()
            and not _is_indonesian_word(lowered)
        )
    # weak: "saya X" where a sentence starts, "sama X", a sign-off
    if capitalised:
        return not chat
    return (given and not chat) or (
        all_lower and len(token) > 3 and not _is_indonesian_word(lowered)
    )


# --------------------------------------------------------------------------- pseudonyms


def pseudonymise(telegram_user_id: int, secret: str) -> str:
    """A stable pseudonym for a Telegram user: HMAC-SHA256 of the id keyed with the secret."""
    digest = hmac.new(secret.encode(), str(telegram_user_id).encode(), hashlib.sha256)
    return digest.hexdigest()


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
