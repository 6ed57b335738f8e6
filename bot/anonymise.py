"""Pseudonyms for users and scrubbing of personal data from text (see the privacy model)."""

from __future__ import annotations

import hashlib
import hmac
import re

# Order matters: the most specific patterns run first so that, for example, a 16-digit NIK
# is not half-eaten by the phone pattern.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# NIK: 16 digits, sometimes written in groups with spaces, dots or dashes.
_NIK = re.compile(r"(?<!\d)\d{6}[ .-]?\d{6}[ .-]?\d{4}(?!\d)")
# Indonesian phone numbers: 08.., +62 8.., 62 8.., (0711) landlines, with spaces, dots or dashes.
_PHONE = re.compile(
    r"(?<![\w+(])\(?(?:\+?62[\s.-]?|0)(?:\(?\d{2,4}\)?[\s.-]?)\d{3,4}[\s.-]?\d{3,5}(?!\d)"
)
# Passports: Indonesian ones are a letter (sometimes two) and 7 digits, e.g. C1234567, X 1234567.
_PASSPORT = re.compile(r"(?<![\w])[A-Za-z]{1,2}\s?\d{7}(?!\d)")
# Any other long run of digits (bank accounts, card numbers, foreign phones, Telegram ids).
_LONG_NUMBER = re.compile(r"(?<!\d)(?:\d[\s.-]?){8,}\d(?!\d)")
# Telegram usernames written in the text.
_USERNAME = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{4,31}\b")

# Names people give about themselves or their family: "nama saya Siti Aminah",
# "namaku budi", "namo aku Rini", "perkenalkan, saya Joko", "my name is Ani",
# "saya Siti dari desa Pematang". The name is up to four words and stops at words that
# start the rest of the sentence ("bin" and "binti" are part of a name).
_NAME_WORD = r"[A-Za-z][A-Za-z'.-]*"
_NOT_A_NAME = (
    r"(?:dari|umur|usia|mau|dan|ingin|pengen|nak|asal|tinggal|di|ke|dr|yang|yg|sudah|udah|"
    r"lagi|sedang|kerja|bekerja|jadi|sebagai|tahun|thn|saya|aku|mohon|minta|tolong|kak|min|"
    r"ingin|bisa|boleh|ada|punya|is|and|from)\b"
)
_NAME = rf"{_NAME_WORD}(?:\s+(?!{_NOT_A_NAME}){_NAME_WORD}){{0,3}}"
_NAME_INTRO = re.compile(
    r"(?i)\b(?:nama\s*(?:saya|aku|ku|sy|gue|gw|anak\s+saya|adik\s+saya|suami\s+saya|istri\s+saya|"
    r"anak\s+aku|adek\s+aku|ibu\s+saya|bapak\s+saya)|namaku|namo\s*(?:aku|sayo|anak\s+aku)|"
    r"perkenalkan,?\s*(?:saya|aku|nama\s+saya)|kenalin,?\s*(?:saya|aku|gue)|my\s+name\s+is)"
    rf"(?:\s*(?:adalah|ialah|:|,))?\s+(?!{_NOT_A_NAME})({_NAME})"
)
_NAME_FROM_VILLAGE = re.compile(
    rf"(?i)\b(saya|aku|sy|kami)\s+(?!{_NOT_A_NAME})({_NAME_WORD}(?:\s+{_NAME_WORD})?)"
    r"(?=\s+(?:dari|asal)\s+(?:desa|dusun|kampung|kelurahan|kel\.|ds\.))"
)

_REPLACEMENTS = (
    (_EMAIL, "<EMAIL>"),
    (_NIK, "<NIK>"),
    (_PHONE, "<PHONE>"),
    (_PASSPORT, "<PASPOR>"),
    (_LONG_NUMBER, "<NOMOR>"),
    (_USERNAME, "<USERNAME>"),
)


def _scrub_names(text: str) -> str:
    text = _NAME_INTRO.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + "<NAMA>", text)
    return _NAME_FROM_VILLAGE.sub(lambda m: f"{m.group(1)} <NAMA>", text)


def scrub_personal_data(text: str) -> str:
    """Replace phones, NIK, e-mails, passport and account numbers, usernames and names by placeholders."""
    for pattern, placeholder in _REPLACEMENTS:
        text = pattern.sub(placeholder, text)
    return _scrub_names(text)


def pseudonymise(telegram_user_id: int, secret: str) -> str:
    """A stable pseudonym for a Telegram user: HMAC-SHA256 of the id keyed with the secret."""
    digest = hmac.new(secret.encode(), str(telegram_user_id).encode(), hashlib.sha256)
    return digest.hexdigest()
