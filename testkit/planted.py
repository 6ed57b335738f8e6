"""Personal data of every kind the privacy model names, planted in messages, and the search for
it in whatever the system keeps (tests/e2e/test_privacy.py, tests/handlers/test_handoff_privacy.py)."""

from __future__ import annotations

import re
import unicodedata

from testkit.factories import VILLAGER

# What a villager might type; every kind of personal data the privacy model names.
PLANTED_MESSAGES = [
    "nama saya Siti Aminah, mau kerja di malaysia",
    "saya Rahmat Hidayat dari desa Sukamaju, syaratnya apa",
    "my name is Dewi Lestari, how to work in taiwan",
    "hp saya 081234567890 tolong hubungi",
    "wa +62 812-3456-7891 ya kak, biaya berapa",
    "telp 0812 3456 7892 atau +6281234567893",
    "nik saya 1671012345670001 bisa daftar?",
    "paspor saya C1234567 ditahan agen",
    "email saya siti.aminah88@gmail.com",
    "hubungi aku di @siti_plg_88",
    "id telegram saya 987654321",
    "kantor disnaker terdekat, aku tinggal di desa Pematang Buluran",
    "istri sy Nurhayati di hongkong, anak saya namanya rina",
    "sponsornya Pak Darmawan minta 15 juta, dibawa sama Ucok ke batam",
    "alamat saya Jl. Kenanga No. 12 RT 03/RW 05, lahir 17-08-1996",
    "fb saya facebook.com/dedi.kurniawan99 ig: dedi_kurniawan",
    "email budi.santoso at gmail dot com, paspor E-7654321",
    "wa 0812\u200b3456\u200b7894 atau 0812–3456–7895",
    # forms added for the ninth to eleventh hands' corpora
    "calo itu akun fb nya Kak Wulandari Peduli TKI, nomor wa aku 0813-6677\n2190",
    "tgl lahir adik aku tujuh belas mei sembilan puluh sembilan, kakak aku Kemala di johor",
    "kakak kerja di Flat B, 7/F, Sun Court, hong kong",
]
# Each planted item, as it would be found: names and words as typed, numbers with or without
# the separators people put in them.
NAMES = [
    "Siti",
    "Aminah",
    "Rahmat",
    "Hidayat",
    "Dewi",
    "Lestari",
    "siti_plg_88",
    "siti.aminah88",
    "C1234567",  # the passport
    "Sukamaju",  # the desa: only its kabupaten may be kept
    "Buluran",
    "Nurhayati",
    "rina",
    "Darmawan",
    "Ucok",
    "Kenanga",  # the street
    "dedi.kurniawan99",
    "dedi_kurniawan",
    "budi.santoso",
    "Wulandari",  # an account's display name
    "Kemala",  # a name that is an old word, capitalised after a relative
    "tujuh belas mei",  # a birthday in words
    "Sun Court",  # a flat abroad told by its letter
]
NUMBERS = [
    "81234567890",
    "81234567891",
    "81234567892",
    "81234567893",
    "1671012345670001",
    "7654321",  # the passport E-7654321
    "17081996",  # the birth date
    "81234567894",  # written with zero-width spaces between the digits
    "81234567895",  # written with en dashes
    "81366772190",  # cut over two lines
    str(VILLAGER.id),
]


def readable(haystack: str) -> str:
    """JSON escapes decoded, invisible characters dropped, every dash a '-' (so a number
    written with zero-width spaces or en dashes is found as the number it is). Written here,
    not borrowed from the scrubber, so the search does not share its blind spots."""
    haystack = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), haystack)
    haystack = haystack.replace("\\n", "\n")
    haystack = unicodedata.normalize("NFKC", haystack)
    visible = "".join(ch for ch in haystack if unicodedata.category(ch) != "Cf")
    return re.sub(r"[\u2010-\u2015\u2212]", "-", visible)


def personal_data_in(haystack: str) -> list[str]:
    """Every planted item found in the text (numbers also when split by spaces, dots, dashes)."""
    haystack = readable(haystack)
    found = [name for name in NAMES if re.search(rf"(?i)\b{re.escape(name)}\b", haystack)]
    for number in NUMBERS:
        spaced = r"[\s.\-()]*".join(number)
        if re.search(spaced, haystack):
            found.append(number)
    return found
