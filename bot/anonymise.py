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
# Any other long run of digits (bank accounts, card numbers, foreign phones) is personal too.
_LONG_NUMBER = re.compile(r"(?<!\d)(?:\d[\s.-]?){9,}\d(?!\d)")

_REPLACEMENTS = (
    (_EMAIL, "<EMAIL>"),
    (_NIK, "<NIK>"),
    (_PHONE, "<PHONE>"),
    (_PASSPORT, "<PASPOR>"),
    (_LONG_NUMBER, "<NOMOR>"),
)


def scrub_personal_data(text: str) -> str:
    """Replace phone numbers, NIK, e-mail addresses, passport and account numbers by placeholders."""
    for pattern, placeholder in _REPLACEMENTS:
        text = pattern.sub(placeholder, text)
    return text


def pseudonymise(telegram_user_id: int, secret: str) -> str:
    """A stable pseudonym for a Telegram user: HMAC-SHA256 of the id keyed with the secret."""
    digest = hmac.new(secret.encode(), str(telegram_user_id).encode(), hashlib.sha256)
    return digest.hexdigest()
