"""Number-like personal data: e-mails, links and handles, phone numbers, NIK, passports, accounts,
Telegram ids."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from functools import cache

import phonenumbers

from bot.anonymise.lexicon import (
    chat_words,
    english_words,
    given_names,
    is_indonesian_word,
    is_title_case_prose,
    names_that_are_words,
    national_form,
    official_numbers_and_sites,
    place_words,
)
from bot.anonymise.message import (
    DIGIT_OF,
    DIGIT_WORD,
    NOT_DIGIT,
    NUMBER_WORD,
    Finding,
    one_of,
    text_before,
)
from bot.anonymise.name_cues import FILLER, NEVER_NAMES, TITLE_WORDS, opens_a_sentence
from bot.anonymise.scanning import LowerCase, matches

# What joins the parts of a handle or an address when it is said aloud: "sari underscore manis".
SAID_JOINERS = r"underscore|garis\s+bawah|strip|setrip|tanda\s+hubung"


_TLD = r"(?:com|co|id|net|org|ac|go|sch|info|biz|my|sg|tw|hk|sa|jp|kr|me|io)"


# Rarer endings, only after a full stop with no space or a "dot"/"titik" said: "majikan marah
# at home. us pekerja ..." is English, no address.
_RARE_TLD = r"(?:ru|cn|uk|de|us|ph|ae|edu|gov|xyz)"


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:[.,][\w-]+)*")


_SPELLED_AT = r"(?:\s*@\s*|\s*[(\[{]\s*(?:at|et)\s*[)\]}]\s*|\s+(?:at|et)\s+)"


_SPELLED_DOT = r"(?:\s*\.\s*|\s*[(\[{]\s*(?:dot|titik)\s*[)\]}]\s*|\s+(?:dot|titik)\s+)"


# Where an e-mail address could be: its '@' or 'at', or a mail provider's name.
_AT = re.compile(r"@|\bat\b|\bet\b")


_MAIL_PROVIDER = re.compile(r"gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|icloud")


def _around(
    pattern: re.Pattern[str], lowered: LowerCase, anchor: re.Pattern[str]
) -> list[re.Match[str]]:
    """The matches of a pattern that holds an anchor, looked for only around the anchors (up to
    100 characters before, 60 after, from and to a space): a pattern that opens with a class of
    characters is slow to try at every word of a long message."""
    windows: list[list[int]] = []
    for found in matches(anchor, lowered, lowered):
        start = lowered.rfind(" ", 0, max(0, found.start() - 100)) + 1
        end = lowered.find(" ", found.end() + 60)
        end = len(lowered) if end == -1 else end
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [match for start, end in windows for match in pattern.finditer(lowered, start, end)]


_SOCIAL_SITES = (
    # (mbasic., free., touch., lite.: Facebook on cheap phones and free data; id-id.: its
    # Indonesian pages)
    r"(?:m\.|www\.|web\.|mobile\.|vt\.|vm\.|l\.|mbasic\.|free\.|touch\.|lite\.|"
    r"[a-z]{2}-[a-z]{2}\.)?(?:facebook\.com|fb\.com|fb\.me|fb\.watch|"
    r"instagram\.com|instagr\.am|tiktok\.com|t\.me|tg\.me|telegram\.me|telegram\.dog|"
    r"twitter\.com|x\.com|"
    r"youtube\.com|youtu\.be|linkedin\.com|threads\.net|snapchat\.com|line\.me|wa\.me|wa\.link|"
    r"api\.whatsapp\.com|chat\.whatsapp\.com|whatsapp\.com|s\.id|linktr\.ee|bit\.ly|bio\.link|"
    r"lynk\.id|heylink\.me|msha\.ke|m\.me|messenger\.com|snackvideo\.com|sck\.io|likee\.video)"
)


# "fb . com / budi.santoso", "instagram com/siti": a link typed with spaces, or said.
# (matched on the lower-cased text)
_SPACED_LINK = re.compile(
    r"\b(?:facebook|fb|instagram|ig|tiktok|twitter|x|t|tg|wa)\s*(?:\.|dot|titik)?\s*(?:com|me)\s*"
    r"(?:/|\bslash\b|\bgaris\s+miring\b)\s*[^\s<>\"']+"
    # said by voice: "garis miring siska dot amelia 77"
    rf"(?:(?:\s(?:dot|titik|{SAID_JOINERS})\s[^\s<>\"']+)+(?:\s\d{{1,4}}\b)?)?"
)


_SPELLED_SLASH = re.compile(r"/|\bslash\b|\bgaris\s+miring\b")


# (matched on the lower-cased text; "siti underscore aminah at mail titik ru", "budi titik
# santoso dua tiga at mail titik ru": the name's parts said with their joiners, its digits said)
_EMAIL_SPELLED = re.compile(
    rf"(?<![\w.+-])[\w.+-]++(?:\s(?:{SAID_JOINERS}|titik|dot)\s[\w.+-]++){{0,4}}"
    rf"(?:\s(?:\d{{1,4}}|{DIGIT_WORD}|{NUMBER_WORD})\b){{0,4}}"
    rf"{_SPELLED_AT}[\w-]+(?:{_SPELLED_DOT}[\w-]+)*"
    rf"(?:{_SPELLED_DOT}{_TLD}|(?:\.|\s(?:dot|titik)\s){_RARE_TLD})\b"
)


# The digits at the end of a handle said aloud: "98", "dua tiga", "dua ribu satu".
_SAID_DIGITS = rf"(?:\s(?:\d{{1,4}}|{DIGIT_WORD}|{NUMBER_WORD})(?![\w@])){{0,8}}"


# "at lowongan titik jepang titik resmi", "username nya at yanti underscore oki dua tiga": a
# handle said aloud, its words joined by "underscore" or "titik", wherever it stands.
# (matched on the lower-cased text)
_SAID_HANDLE = re.compile(
    rf"\b(?:at|et)\s+(?P<handle>(?P<first>[a-z][a-z0-9]*)"
    rf"(?:\s(?:{SAID_JOINERS}|titik|dot)\s[a-z0-9]+)+{_SAID_DIGITS}(?:#\d{{4}})?)"
)


# The words one of which a handle said aloud holds (the last of "garis bawah").
_SAID_JOINER_WORDS = frozenset({"underscore", "bawah", "strip", "setrip", "titik", "dot"})


# "budi at gmail com", "budi.santoso @ gmail . com": an address at a known mail provider.
# (matched on the lower-cased text)
# (each part of the name before the "at" taken whole, `++`: "x-dot-x-dot-x..." cannot be split
# in every way there is, which took seconds on a few hundred characters)
_MAIL_PROVIDER_SPELLED = re.compile(
    r"(?<![\w.+-])\"?[\w+-]++(?:\s?(?:\.|\bdot\b|\btitik\b)\s?[\w+-]++|"
    rf"\s(?:{SAID_JOINERS})\s[\w+-]++){{0,4}}"
    # digits said after the name: "rahmat hidayat dua satu at gmail titik com"
    rf"(?:\s(?:{DIGIT_WORD}|{NUMBER_WORD}|\d{{1,4}})\b){{0,4}}\"?\s*"
    r"(?:@|\bat\b|[(\[]\s*at\s*[)\]])\s*"
    r"(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|icloud)"
    r"(?:\s*(?:\.|\bdot\b|\btitik\b|[(\[]\s*dot\s*[)\]])?\s*(?:com|co|id|net|me)\b)+"
)


_EMAIL_CUE_BEFORE = re.compile(
    r"(?i)\b(?:e-?mail|imel|surel)(?:nya|nyo|ku)?(?:\s+(?:saya|sy|aku|ku|dio|dia|nya))?\s*:?"
    rf"(?:\s+(?:{FILLER}))?\s+"
    r"((?:[\w.+-]+\s){1,2})$"
)


# A word just before an address said aloud: "... ya andre kurniawan nol tujuh at outlook dot com".
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s$")


def _given_names_before(text: str, start: int) -> int:
    """Where an address said aloud begins once the given names said just before its first word
    are taken in (at most two): the words of the address cannot be told from the words around
    it, but a given name there is part of it."""
    for _ in range(2):
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        word = before.group(1).lower() if before else ""
        if not word or word not in given_names() or word in chat_words():
            break
        start = before.start(1)
    return start


# "email saya sitiaminah88", "lupa sandi email sitiaminah88", "Email : sitiaminah88", "gmail nya
# sitiaminah88 @ gmail": the name of an address after the word e-mail, the rest of it left out
# or half said. (matched on the lower-cased text)
_EMAIL_NAME_AFTER_CUE = re.compile(
    r"\b(?:e-?\s?mail|imel|surel|gmail|gmel)(?:nya|nyo|ny|ku|x)?"
    r"(?:\s+(?:saya|sy|sayo|aku|aq|ku|dio|dia|nya|ny|nyo|ini|itu|baru|lama|lamo|yang|yg|gmail|"
    r"anak|suami|istri|adik|adek|kakak|ibu|bapak|ayah|pengguna|majikan|agen|adalah|yaitu|dulu)){0,3}"
    r"(?:\s*[:=]\s*|\s+)"
    r"(?P<name>[a-z0-9](?:[a-z0-9._-]{0,40}[a-z0-9])?)"
    # what was said of the rest: "@ gmail", "@gmail,com", "et gmail com", "at yahoo", "gmail.com"
    r"(?:\s*(?:@|\b(?:at|et)\b)\s*[a-z]+"
    r"(?:(?:[.,]|\s*\b(?:dot|titik)\b\s*)[a-z]{2,4}\b|\s?[.,]?\s(?:com|net|id)\b)*"
    r"|\s(?:gmail|yahoo|hotmail|outlook)(?:\.[a-z]{2,4})+\b)?(?![\w@])"
)


# "nama pengguna saya sitiaminah88": the app's label for a username, then the username.
# (matched on the lower-cased text)
_APP_USERNAME = re.compile(
    r"\b(?:nama|id)\s+pengguna(?:nya|nyo|ku)?(?:\s+(?:saya|sy|sayo|aku|dio|dia|nya|nyo)){0,2}"
    r"\s*:?\s+(?P<handle>[a-z0-9][a-z0-9._]{2,30})(?![\w@])"
)


def _an_email_name(name: str) -> bool:
    """Is what follows the word e-mail the name of an address ("sitiaminah88", "siti.aminah",
    "sitiaminah"), not what is said of it ("email saya hilang", "email saya dibajak") nor an
    office's or a site's name ("email kp2mi", "email jobstreet")?"""
    if (
        name in chat_words()
        or name in _OFFICE_MAILBOXES
        or name in _official_handles()
        or name in _MAIL_PROVIDERS  # "email hotmail bisa?"
    ):
        return False
    if re.search(r"[\d._-]", name):
        # digits at its end ("sitiaminah88") or parts joined; not an office's acronym ("kp2mi"),
        # words joined by a full stop ("hilang.gimana") nor a word said twice ("kadang2")
        parts = [_said_twice_or_as_written(part).rstrip("0123456789") for part in name.split(".")]
        return bool(_AN_ADDRESS_NAME_WITH_DIGITS.fullmatch(name)) and not _only_words(parts)
    # no word, and given names make it ("sitiaminah", "rinaoktavia"; not "jobstreet",
    # "lamarannya")
    return not (is_indonesian_word(name) or name in english_words()) and _given_names_joined(name)


def _given_names_joined(letters: str) -> bool:
    """A given name, or two written as one ("sitiaminah")."""
    return letters in given_names() or any(
        letters[:cut] in given_names() and letters[cut:] in given_names()
        for cut in range(3, len(letters) - 2)
    )


_AN_ADDRESS_NAME_WITH_DIGITS = re.compile(
    r"[a-z]{3,}\d{1,6}|[a-z0-9]+(?:[._-][a-z0-9]+)+|\d{1,4}[a-z]{4,}"
)


_SOCIAL_LINK = re.compile(rf"(?i)(?:https?://)?{_SOCIAL_SITES}(?:/[^\s<>\"']*)?")


# Cheap first look for anything like a web address; only those are matched against the sites.
_WEB_ADDRESS = re.compile(
    r"(?i)(?<![\w.@-])(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s<>\"']*)?"
)


_HANDLE = re.compile(r"(?<![\w@.])@ ?[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?(?:#\d{4})?")


# "id nya jiayou_indo_2023": words joined by an underscore are an account's name, whatever
# comes before them (no one writes one in a sentence otherwise), unless all in capitals; with
# the underscores it ends with ("siti_oki_"). Each part is taken whole (possessive repeats): a
# long chain that cannot end where it must ("1_1_..._1@") is not tried every way it splits,
# which took 130 ms on 4,096 characters.
_UNDERSCORED = re.compile(
    r"(?<![\w@./])[A-Za-z0-9]++(?:\.[A-Za-z0-9]++)*+_[A-Za-z0-9]++(?:[._][A-Za-z0-9]++)*+_*+"
    r"(?![\w@])"
)


# "ig: siti.aminah", "tiktok sitiaminah99": a handle without "@" after the site's name.
_SITE = (
    r"(?:ig|insta|instagram|tiktok|tik\s?tok|tt|twitter|fb|facebook|telegram|tele|tg|line|"
    r"snapchat|threads|akun|username|user\s?name|uname|line\s?id|discord|id\s?line|youtube|"
    r"yutub|yt|channel|kakao|kakaotalk|wechat|michat)"
)


# "tiktok ibu sy: sumiyati_99", "ig calonya namanya ...": whose account, between site and name.
_WHOSE_ACCOUNT = (
    r"(?:\s+(?:aku|ku|saya|sy|sayo|aq|q|ibu|ibuku|bapak|ayah|adek|adik|kakak|abang|ayuk|suami|"
    r"istri|anak|laki|lakiku|bini|biniku|pacar|pacarku|teman|temen|kawan|majikan|bos|boss|"
    r"dia|dio|nya|nyo|calo|calonya|calonyo|agen|agennya|agennyo|sponsor|sponsornya|sponsornyo|kami|"
    # ("ig calo tu ...": "itu" after a person; "fb itu abal2" says what the account is)
    r"(?:calo|agen|penipu|sponsor|majikan|bos)\s+(?:itu|tu)|penipu|namanya|namonyo|nama|"
    r"akun|akunnya|username|id|pribadi|baru|lama)){0,3}"
)


# "tiktoknyo", "fbnya", "igku": whose account, glued to the site's name.
_GLUED_ENDINGS = ("nya", "nyo", "ku", "mu", "x")  # ("igx": "x" is "nya" in chat)
_GLUED_WHOSE = rf"(?:-?(?:{'|'.join(_GLUED_ENDINGS)}))?"


# "tiktok at bintang loker malay dio bilang ...", "akun tiktok nya at bang jago loker yang ...": a
# handle said aloud after the site, its words spoken apart, up to the next word that no handle
# holds. (One word after "at" is read by _HANDLE_CUE.)
_NO_HANDLES_WORD = (
    r"(?:yang|yg|dio|dia|itu|tu|ini|ni|nyo|nya|sering|bilang|blg|katanya|katonyo|nawarin|nawari|"
    r"dan|sama|samo|sm|di|ke|dari|dr|untuk|utk|buat|kalau|kalo|klo|tapi|tp|lagi|lg|udah|sudah|"
    r"sdh|la|lah|pas|waktu|pernah|posting|live|jual|minta|ngajak|ngaku|ada|ado|atau|aja|bae|"
    r"saja|punya|punyo|yo|ya|min|pak|bu|kak|tolong|tlg|cek|apa|apo|gak|ga|dak|tidak)"
)
# ("tiktok at malam bisa dak": "at" in an English phrase of time or place)
_AT_A_TIME_OR_PLACE = r"(?:malam|pagi|siang|sore|subuh|night|home|rumah|kantor|sini|sana|situ)"
# (matched on the lower-cased text)
_HANDLE_SAID_IN_WORDS = re.compile(
    rf"\b{_SITE}{_GLUED_WHOSE}{_WHOSE_ACCOUNT}\s+(?:at|et)\s+"
    rf"(?P<handle>(?!(?:{_NO_HANDLES_WORD}|{_AT_A_TIME_OR_PLACE})\b)(?P<first>[a-z0-9.]+)"
    rf"(?:\s(?!{_NO_HANDLES_WORD}\b)[a-z0-9.]+){{1,3}})(?![\w@])"
)


# (matched on the lower-cased text)
_HANDLE_CUE = re.compile(
    rf"\b{_SITE}{_GLUED_WHOSE}{_WHOSE_ACCOUNT}(?:\s*(?P<label>[:=])\s*|\s+(?:(?:dot|titik)\s+com\s+)?"
    r"(?:(?:at|et)\s+)?)"
    # (not a site's word: "akun tiktok ku at sari" reads on from "tiktok")
    rf"(?!{_SITE}\b)(?P<handle>[A-Za-z0-9_.]{{3,30}}[A-Za-z0-9_](?:#\d{{4}})?(?![\w@])"
    # said by voice: "sari underscore manis 98", "siska titik oki garis bawah dua dua" ("titik"
    # may be the full stop said too: see _said_handle_end)
    rf"(?P<said>(?:\s(?:{SAID_JOINERS}|titik|dot)\s[A-Za-z0-9_.]+)+{_SAID_DIGITS})?)"
)
# A part of a handle said aloud, its joiner first.
_SAID_PART = re.compile(rf"\s(?P<joiner>{SAID_JOINERS}|titik|dot)\s(?P<word>[a-z0-9_.]+)")


def _said_handle_end(lowered: str, match: re.Match[str]) -> int:
    """Where a handle said aloud ends: "ig saya siska titik oki dua dua": after the digits; "ig
    saya siska titik saya mau tanya": "titik" was the full stop said (a word that opens a
    sentence after it, and nothing more of the handle), the handle is "siska"."""
    start, end = match.span("said")
    if start == -1:
        return match.end("handle")
    last = list(_SAID_PART.finditer(lowered, start, end))[-1]
    word = last.group("word")
    if (
        last.end() == end
        and last.group("joiner") in {"titik", "dot"}
        and (
            word in _OPENS_A_SENTENCE
            # an everyday word, and the sentence goes on ("diblokir titik padahal saya ...")
            or (
                _a_word(word)
                and word not in given_names()
                and _SENTENCE_GOES_ON.match(lowered, end) is not None
            )
        )
    ):
        return last.start()
    return end


_SENTENCE_GOES_ON = re.compile(r" [a-z]")


# The words that may open the sentence after a full stop said aloud ("... titik saya mau").
_OPENS_A_SENTENCE = frozenset(
    {
        *re.findall(r"[a-z]+", _NO_HANDLES_WORD),
        *("saya", "sy", "aku", "ak", "kami", "kita", "kito", "terima", "makasih", "trims"),
        *("mohon", "mau", "bisa", "gimana", "bagaimana", "cak", "kalu", "terus", "trus"),
    }
)


# 'yutub aku namanya "Mbak Sum Channel"': an account's name in quotes after the site.
# (matched on the lower-cased text)
_OFFICE_MAILBOXES = {
    *("pengaduan", "info", "informasi", "humas", "cs", "layanan", "admin", "helpdesk", "kontak"),
    *("contact", "sekretariat", "ppid", "halo", "pusat", "pelayanan", "disnaker", "disnakertrans"),
}


# "grup fb 'Info Loker ...'": a group's or a page's name, not a person's account.
_GROUP_BEFORE = re.compile(r"\b(?:grup|group|grub|halaman|page|komunitas)\s*$")


# "grup wa 'Info Kerja Luar Negeri Kak Rina'": a group's or a page's name in quotes. It is a
# person's account only where a person's name is in it (see `groups_named_after_someone`).
# (matched on the lower-cased text)
_QUOTED_GROUP = re.compile(
    r"\b(?:grup|group|grub|halaman|page|fanpage|komunitas)"
    r"(?:\s+(?:fb|facebook|wa|whatsapp|telegram|tele|tg|ig|instagram|tiktok|line))?"
    r"(?:\s*(?:nya|nyo))?\s*:?\s*[\"“”'‘’]([^\"“”'‘’\n]{2,60})[\"“”'‘’](?!\w)"
)


def groups_named_after_someone(
    text: str, lowered: LowerCase, names: Iterable[Finding]
) -> list[Finding]:
    """The whole name of a group in quotes where one of `names` stands inside it: "Loker Taiwan
    Mbak Yuli" points to Yuli with or without her name ("Loker Malaysia Sumsel" to no one)."""
    if not ("'" in text or '"' in text or "‘" in text or "“" in text):
        return []
    groups = [match.span(1) for match in matches(_QUOTED_GROUP, lowered, lowered)]
    return [
        Finding(start, end, "username", "a group's name in quotes, a person's name in it")
        for start, end in groups
        if any(start <= name.start and name.end <= end for name in names)
    ]


_QUOTED_ACCOUNT = re.compile(
    rf"\b{_SITE}{_WHOSE_ACCOUNT}\s*:?\s*[\"“”'‘’]([^\"“”'‘’\n]{{2,40}})[\"“”'‘’]"
)


# "akun namonyo Bang Jack Kerja Luar Negeri", "nama fb calo nya Bunda Rara Sabah", "fb: Hj.
# Rosmalina Travel & Kerja": an account's display name, its capitalised words (a title among
# them, "&" between them) after the site and whose it is.
_DISPLAY_NAME = re.compile(
    rf"\b(?i:{_SITE}{_GLUED_WHOSE}(?:{_WHOSE_ACCOUNT})|nama\s+{_SITE}{_GLUED_WHOSE}(?:{_WHOSE_ACCOUNT}))\s*:?\s+"
    r"((?:[A-Z][\w'.-]*|\d+)(?:\s(?:&\s)?(?:[A-Z][\w'.-]*|\d+)){1,5})"
)


# "fb dio rahmat kurniawan", "fb: bunda rara sabah", "tiktok nya mawar berduri": an account's
# name typed in lower case after the site (its words read by _display_name_end).
_LOWER_CASE_DISPLAY_NAME = re.compile(
    # ("akun fb nya rina ...": the site after "akun")
    rf"\b(?:(?:akun\s+)?{_SITE}{_GLUED_WHOSE}(?:{_WHOSE_ACCOUNT})|nama\s+{_SITE}{_GLUED_WHOSE}(?:{_WHOSE_ACCOUNT}))"
    r"\s*:?\s+(?P<name>[a-z]+(?: [a-z]+){0,4})"
)
# What may open an account's name before the given name ("bunda rara", "mama ica").
_OPENS_AN_ACCOUNTS_NAME = TITLE_WORDS | {"bunda", "mama", "mamah", "mami", "papa", "papi", "umi"}


def _only_a_name(word: str) -> bool:
    """A given name that is no everyday, dictionary or English word ("kurniawan", "sumiyati")."""
    return (
        word in given_names()
        and word not in names_that_are_words()
        and not is_indonesian_word(word)
        and word not in english_words()
    )


def _a_word_not_a_name(word: str) -> bool:
    """A word villagers chat with, a place or an English word, and neither a given name nor a
    title that opens an account's name ("Mas Gendut Taiwan"); not a dictionary word no one
    chats with ("Rani Lowker Kamboja")."""
    return (
        word not in given_names()
        and word not in names_that_are_words()
        and word not in _OPENS_AN_ACCOUNTS_NAME
        and (word in chat_words() or word in english_words() or word in place_words())
    )


_GRAMMAR_WORDS = frozenset(
    {"di", "ke", "dari", "yang", "yg", "dan", "tapi", "tp", "ada", "ado", "cuma", "itu", "ini"}
    | {"aku", "saya", "kami", "dak", "gak", "ga", "nggak", "banyak", "terus", "bisa", "biso"}
    | {"mau", "sudah", "udah", "lagi", "juga", "katanya", "kato"}
)


def _line_around(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : len(text) if end < 0 else end]


def _display_name_end(lowered: str, start: int, end: int) -> int:
    """Where an account's name in lower case ends: a title may open it ("bunda rara"), then a
    given name that is no word ("akun itu amanah ga?" names no one; "rahmat kurniawan" does:
    a second given name after one that is a word too; after a title, any word that is no word),
    then the words that are no everyday words or are names too ("kurniawan",
    "sabah", "berduri"); `start` itself where it does not open with a given name."""
    words = list(re.finditer(r"[a-z]+", lowered[start:end]))
    index = 1 if words and words[0].group() in _OPENS_AN_ACCOUNTS_NAME else 0
    if index >= len(words):
        return start
    first = words[index].group()
    second = words[index + 1].group() if index + 1 < len(words) else ""
    if not (
        _only_a_name(first)
        # "rahmat kurniawan": a name that is a word too, then one that is only a name
        or ((first in given_names() or first in names_that_are_words()) and _only_a_name(second))
        # after a title, a word that is none ("bunda rara")
        or (index and not (is_indonesian_word(first) or first in english_words()))
    ):
        opened_by_a_name = index or first in given_names() or first in names_that_are_words()
        return _delimited_name_end(lowered, start, words) if opened_by_a_name else start
    last = words[index]
    for word in words[index + 1 :]:
        lowered_word = word.group()
        if (
            lowered_word in NEVER_NAMES
            or lowered_word in _SAID_JOINER_WORDS  # "siska titik oki": a handle said aloud
            or (lowered_word in chat_words() and lowered_word not in given_names())
        ):
            break
        last = word
    return max(start + last.end(), _delimited_name_end(lowered, start, words))


def _delimited_name_end(lowered: str, start: int, words: list[re.Match[str]]) -> int:
    """ "fb aku sri rejeki lubis, foto profil ...", "fb nyo putri sumsel cantik, dio ...",
    "namonyo mas gendut taiwan, sering ...": an account's name opened by a given name or a title,
    four words at most, and closed by a comma, a bracket, a full stop or a new line (not the
    message's end: "ig ayu loker", "tiktok surya loker" may ask about a job account), its other
    words such as accounts are named with ("fb nyo rahmat udah diblokir, ..." names the account
    "rahmat" only); `start` where there is no such name."""
    if words and words[0].group() in _NOT_AN_OPENING_HERE:
        return start  # "fb aku uda lama, ...": "uda" is "udah" here
    named = False
    for position, word in enumerate(words[:4]):
        lowered_word = word.group()
        if position and not _a_word_of_an_accounts_name(lowered_word):
            return start
        named = named or _a_name_in_an_accounts_name(lowered_word)
        after = start + word.end()
        following = lowered[after : after + 2]
        if following and (
            following[0] in ",(.\n" or (following[0] == " " and following[1:] in {",", "(", "\n"})
        ):
            # (a lone word is read as a name elsewhere: "ig nya indah, ..." is no account's name)
            return after if named and position else start
    return start


_NOT_AN_OPENING_HERE = frozenset({"uda"})


def _a_name_in_an_accounts_name(word: str) -> bool:
    """ "rara", "sri", "nurlela", "ayu": a name that is no everyday word, or a word names are
    made of; not "bagus", "admin", "lurah", "loker" ("fb nya bagus, ...", "fb pak lurah, ...")."""
    return (
        (word in given_names() and word not in chat_words())
        or word in names_that_are_words()
        or not (
            word in chat_words()
            or is_indonesian_word(word)
            or word in english_words()
            or word in place_words()
            or word in _OPENS_AN_ACCOUNTS_NAME
        )
    )


def _a_word_of_an_accounts_name(word: str) -> bool:
    """ "sumsel", "lubis", "official", "loker": a place, a name, an English word, no word at
    all, or a word accounts are named with (not "aja", "dulu": "fb nya sabar aja dulu")."""
    return (
        word in place_words()
        or word in given_names()
        or word in names_that_are_words()
        or word in english_words()
        or word in _WORDS_ACCOUNTS_ARE_NAMED_WITH
        or not (word in chat_words() or is_indonesian_word(word))
    )


_WORDS_ACCOUNTS_ARE_NAMED_WITH = frozenset(
    {"loker", "lowongan", "kerja", "info", "cantik", "manis", "jago", "resmi", "official"}
    | {"sukses", "berkah", "amanah", "tkw", "tki", "pmi", "bmi", "vlog", "plg", "hk", "tw"}
    # what people put after their name on Facebook: "rina cantik selalu", "wulan chayank keluarga"
    | {"selalu", "slalu", "sayang", "chayank", "cayank", "sayank", "bahagia", "setia", "manja"}
    | {"selamanya", "imut", "kece", "keren", "ceria", "keluarga", "travel", "job", "jobs"}
)


_OFFICIAL_WORDS = frozenset(
    {"resmi", "official", "kp2mi", "bp2mi", "bp3mi", "bnp2tki", "kemnaker", "disnaker", "polri"}
    | {"kemenaker", "disnakertrans", "kemlu", "kbri", "kjri", "kdei", "imigrasi", "pemkab"}
    | {"pemprov", "pemda", "pemkot", "bareskrim", "polda", "polres"}
)


def _an_offices_account(words: list[str]) -> bool:
    """ "akun Facebook Resmi KP2MI", "Indofood Official": an office's name, or "official" and no
    one's name ("Bayu Loker Korea Official" is Bayu's). "Resmi" alone says nothing: recruiters
    call their own accounts so ("Loker Taiwan Resmi 2026")."""
    official = _OFFICIAL_WORDS.intersection(words)
    return bool(official - {"resmi", "official"}) or bool(
        "official" in official
        and (
            _COMPANY_WORDS.intersection(words)  # "Surya Group Official"
            or not any(word in given_names() or word in names_that_are_words() for word in words)
        )
    )


_COMPANY_WORDS = frozenset({"group", "grup", "mart", "store", "shop", "corp", "tbk", "indonesia"})


# A link to any of the sites above ends its host name with one of these.
_WEB_ENDINGS = frozenset(
    {"com", "me", "be", "am", "net", "ee", "ly", "link", "watch", "dog", "id", "io", "video"}
)


_MAIL_PROVIDERS = frozenset(
    {"gmail", "googlemail", "yahoo", "ymail", "rocketmail", "hotmail", "outlook", "live", "icloud"}
)


_SITE_WORDS = frozenset(re.findall(r"(?<!\\)[a-z]+", _SITE))
# ... and the same with whose it is glued on ("tiktoknyo", "igku").
_SITE_WORDS_ALONE_OR_GLUED = _SITE_WORDS | {
    word + ending for word in _SITE_WORDS for ending in _GLUED_ENDINGS
}


# Words of a message about accounts besides the sites' names ("dm aja ke siska.oki99").
_ACCOUNT_WORDS = frozenset(
    {"follow", "follback", "followers", "dm", "tiktoker", "selebgram", "seleb", "live", "konten"}
)
# A handle as it is written without "@": words joined by dots, two dots at least or digits in
# them ("bunda.rara.sabah", "siska.oki99"), each part opening with a letter and the first of
# three at least (not "Rp1.500.000", "a.n.budi", "no.hp", "kp2mi.go.id": a domain's last part
# is read as a site's); or a word of four letters at least and two digits or more after it
# ("rahmat88"). (matched on the lower-cased text)
_HANDLE_WITHOUT_AT = re.compile(
    r"(?<![\w@./:-])(?:[a-z]{3}[a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+|[a-z]{4,}\d{2,4}|[a-z]{7,})"
    r"(?![\w@/-]|\.\w)"
)


# "follow sitiaminah", "id nya dedisaputra", "dm ke ..."; "... di ig".
_FOLLOWED_OR_SENT_TO = re.compile(
    r"\b(?:follow|folow|dm|id|username|add|ke)(?:\s+(?:nya|nyo|aja))?\s$"
)
_ON_A_SITE = re.compile(rf"\s(?:di|in|on)\s{_SITE}\b")


_TLDS = frozenset(re.findall(r"[a-z]+", _TLD))


def _a_handle_without_at(handle: str) -> bool:
    """Not a word, an office's account, a site ("tiktok.com", "web.tiktok"), words joined by a
    full stop with no space after it ("akun saya belum aktif.bagaimana", "calo.hati2") nor a
    word with a number stuck to it ("umur25", "korea2025", "pasal81"; "rahmat88" is a handle)."""
    parts = handle.split(".")
    letters = handle.rstrip("0123456789")
    return not (
        handle in chat_words()
        or {handle, *parts} & _official_handles()
        or {*parts} & _SITE_WORDS
        or (len(parts) > 1 and parts[-1] in _TLDS)
        or _SOCIAL_LINK.fullmatch(handle)  # "bit.ly", "linktr.ee"
        # ("bagus.tapi", "saya.sabar")
        or (len(parts) > 1 and _only_words(map(_said_twice_or_as_written, parts)))
        # "rahmat88", "sitiaminah99": a name and a number; "redmi10", "umur25" are none; without
        # a number, two given names written as one ("follow sitiaminah di ig"), no word
        or (len(parts) == 1 and not _given_names_joined(letters))
        or (letters == handle and (_a_word(handle) or handle in given_names()))
    )


# Eight digits that are an amount or a range of two: "55000000", "5000-6000".
ROUND_AMOUNTS = re.compile(r"\d{4}0000|\d\d00\d\d00")


_REDUPLICATED = re.compile(r"[a-z]{3,}2")


def _said_twice_or_as_written(part: str) -> str:
    """ "hati2" -> "hati" (a word said twice); any other part as it is ("tw88")."""
    return part[:-1] if _REDUPLICATED.fullmatch(part) else part


def _only_words(parts: Iterable[str]) -> bool:
    """Are these parts words run together ("hilang.gimana"), none of them only a name?"""
    parts = list(parts)
    return all(map(_a_word, parts)) and not any(map(_only_a_name, parts))


def _a_word(word: str) -> bool:
    return (
        word in chat_words()
        or is_indonesian_word(word)
        or word in english_words()
        or word in place_words()
    )


_DIGIT_WORDS = frozenset(re.findall(r"[a-z]+", DIGIT_WORD))
_TENS_AND_HUNDREDS = frozenset(re.findall(r"[a-z]+", NUMBER_WORD))


_DIGIT_WORD_ALONE = re.compile(rf"\b{DIGIT_WORD}\b")


# (matched on the lower-cased text); "eh" between two digits is the speaker putting one right
# ("limo duo nol eh nol delapan limo duo ...").
_SPELLED_NUMBER = re.compile(
    rf"\b(?:plus\s)?{DIGIT_WORD}(?:[\s,.-]{{1,3}}(?:eh[\s,.-]{{1,3}})?{DIGIT_WORD}){{6,}}\b"
)

# "nik enam belas nol tujuh, nol empat, ...", "plus delapan dua sepuluh, tiga tiga ...", "nol nol
# sebelas eh nol nol satu satu, ...": the run of digits said one by one opens with a group read
# as tens ("enam belas" for 16), or with a slip put right; those words before it are the number's
# where a word that says a number follows stands a few words before them, and no age or amount
# between ("nik suamiku enam belas ..."; not "umur saya dua puluh lima, nol delapan ...", "hp
# saya, gaji lima ratus ribu, nol ..."), or where they open the message, a line or a sentence
# (not after a label's colon: "Umur: dua puluh lima, nol delapan ..."); five words at most.
_TENS_BEFORE_SPELLED = re.compile(
    rf"((?:\bplus\s)?(?:\b(?:{DIGIT_WORD}|{NUMBER_WORD})[\s,-]{{1,3}}(?:eh[\s,-]{{1,3}})?){{1,5}})$"
)
_SAYS_A_NUMBER_FOLLOWS = frozenset(
    {"nik", "no", "nomor", "nomer", "nomornya", "nomornyo", "hp", "wa", "telp", "tlp", "telepon"}
    | {"rek", "rekening", "norek", "paspor", "kk", "id", "plus"}
)
_AN_AGE_OR_AMOUNT = frozenset(
    {"umur", "usia", "gaji", "biaya", "bayar", "utang", "hutang", "jam", "tahun", "thn", "tgl"}
    | {"tanggal", "lantai", "juta", "jt", "ribu", "rb", "rp", "lahir", "kelas", "antrian"}
)


def _opening_of_a_number_said(lowered: str, start: int) -> int:
    """Where a number said digit by digit that starts at `start` really starts (see above)."""
    opening = _TENS_BEFORE_SPELLED.search(lowered, max(0, start - 60), start)
    said = set(re.findall(r"[a-z]+", opening.group(1))) if opening else set()
    if not _TENS_AND_HUNDREDS & said or said & {"ribu", "seribu"}:
        return start  # (no thousands: "kirim uang seratus ribu nol delapan ...", a year)
    if opens_a_sentence(lowered, opening.start(1)):
        return opening.start(1)
    before = lowered[max(0, opening.start(1) - 60) : opening.start(1)]
    words = re.findall(r"[a-z]+", before)[-4:]
    cues = [index for index, word in enumerate(words) if word in _SAYS_A_NUMBER_FOLLOWS]
    if cues and not _AN_AGE_OR_AMOUNT & set(words[cues[-1] + 1 :]):
        return opening.start(1)
    return start


# "plus 855 96 234 5718": a number abroad typed by voice, the "+" as a word.
_PLUS_SAID = re.compile(r"(?i)\bplus\s?$")


# "0812\n7300\n4491", "+62 852\n-7780-\n1243": a group of digits that opens the next line.
_NEXT_LINE_DIGITS = re.compile(r"[ .-]*\n[ .-]*(\d{3,5})(?![\d.,])")


# "nol delapan satu tiga dua ratus tiga puluh empat lima enam ...": a mobile number said by
# voice, its groups read as hundreds and tens (a number that opens with "nol delapan").
_MOBILE_SAID_IN_TENS = re.compile(
    rf"\b(?:nol|kosong)\s(?:delapan|lapan|wolu)"
    rf"(?:[\s,.-]{{1,3}}(?:{DIGIT_WORD}|{NUMBER_WORD})){{5,}}\b"
)


# "0812 tiga empat lima enam ...", "0821 nol enam tujuh delapan 4455": digits and words mixed;
# "0812 7 double 3 4 lima 6 789": a digit said twice or three times, as one dictates a number.
_SAID_AGAIN = {"double": 1, "dobel": 1, "dabel": 1, "triple": 2, "tripel": 2}
_MIXED_NUMBER = re.compile(
    rf"(?<![\w+])(?:\+?\d{{2,5}}|{DIGIT_WORD})(?:[\s,.-]{{1,3}}(?:{one_of(_SAID_AGAIN)}\s)?"
    rf"(?:\d{{1,5}}|{DIGIT_WORD})){{3,}}\b"
)


# What a spelled digit stands for, where it opens a number ("nol delapan lima dua, 7788, ...").
_DIGIT_VALUES = {word: digit for word, digit in DIGIT_OF.items() if digit in "0689"}


def _digits_said(said: str) -> str:
    return "".join(DIGIT_OF.get(word, "") for word in re.findall(r"[a-z]+", said))


def _an_official_number_said(said: str) -> bool:
    return national_form(_digits_said(said)) in official_numbers_and_sites()[0]


def _first_digit(number: str) -> str:
    """The first digit of a number typed in digits, words or both."""
    number = number.lstrip("+")
    first_word = re.match(r"[a-z]+", number)
    return _DIGIT_VALUES.get(first_word.group(), "?") if first_word else number[:1]


# "0812-7O11-2040 (huruf O itu nol)", "0813-O667-2l98", "0812-7!23-4567": the letter O typed
# for a zero, l or I (or "!", the same key shifted) for a one.
_LETTER_BESIDE_DIGIT = re.compile(r"\d[OoIil]|[OoIil]\d|\d!\d")


_A_MOBILES_START = re.compile(r"08[1-9]")


_LETTERS_AS_DIGITS = str.maketrans("OoIil!", "001111")


_ZERO_AS_O = re.compile(
    r"(?<![\w+])(?:\+?62[ .-]?|0|[Oo])[\dOoIil!](?:[ .-]?(?:[\dOoIil]|!(?=\d))){7,12}(?![\w])"
)


# The word passport as it is written, and whose: "paspornya", "pasporku".
_PASSPORT_STEMS = ("paspor", "pasport", "passport", "passpor", "pspr")
_WHOSE_ENDINGS = ("nya", "nyo", "ku", "mu")
_PASSPORT = rf"(?:{'|'.join(_PASSPORT_STEMS)})(?:{'|'.join(_WHOSE_ENDINGS)})?"
_PASSPORT_WORDS = frozenset(
    stem + ending for stem in _PASSPORT_STEMS for ending in ("", *_WHOSE_ENDINGS)
)


# "paspor lama sy AR 345123", "paspor: C 1O4 7728", "paspornya P4402187A": letters and digits
# after the word passport (digits in groups, O typed for a zero, a letter after them as the
# Philippines write it).
_PASSPORT_AFTER_CUE = re.compile(
    rf"(?i)\b{_PASSPORT}\b[^\n\d]{{0,20}}?(?<![\w-])"
    r"([A-Z]{1,2}\s?-?\s?\d(?:\s?[\dO]){5,8}[A-Z]?)(?!\w)"
)

# Said aloud: its letter, by itself or by its name, then the digits as words ("nomor paspor
# suami saya eks satu dua tujuh tujuh tiga nol delapan").
_PASSPORT_SAID = re.compile(
    rf"(?i)\b{_PASSPORT}\b[^\n\d]{{0,20}}?(?<![\w-])"
    rf"((?:[a-z]|eks|ex|ce|be|de|ef|em|en)\s(?:{DIGIT_WORD}[\s,.-]{{1,2}}){{5,7}}{DIGIT_WORD}\b"
    # (or its letter said and its digits typed: "paspor saya eks 1234567")
    r"|(?:eks|ex|ce|be|de|ef|em|en)\s?\d{7,8}(?!\d))"
)


# The cards a worker abroad is known by (Malaysia's i-Kad, Taiwan's ARC, Hong Kong's HKID,
# Japan's zairyu card, Saudi Arabia's iqama, Singapore's FIN, Indonesia's KITAS for foreigners)
# and their number after them, letters, digits and dashes: "i-Kad nyo 1234-ID-00987".
# The number: capital letters, digits and the marks between their groups (a space only before
# a group with a digit in it: "2C11 AB12 34567", not the words after it); a letter in it or
# eight digits at least (not an amount: "arc 28000 nt", "iqama 10000 sar").
_ID_CARDS_ABROAD = frozenset(
    card + ending
    for card in ("i-kad", "ikad", "kad", "arc", "hkid", "zairyu", "iqama", "iqomah", "fin", "kitas")
    for ending in ("", "nya", "nyo", "ku")
)
_ID_CARD_ABROAD_AFTER_CUE = re.compile(
    r"\b(?i:i[\s-]?kad|arc|hkid|zairyu(?:\s+card)?|iqa?o?mah?|fin|kitas)(?i:nya|nyo|ku)?\b"
    r"[^\n\d]{0,20}?(?<![\w-])"
    r"((?=(?:[A-Z/.\s-]*\d){5})(?=[\d/.\s-]*[A-Z]|(?:[/.\s-]*\d){8})"
    r"[A-Z\d]+(?:(?:[-/.]|\s(?=[A-Z]{0,3}\d))[A-Z\d]+){0,5})(?![\w-])"
)


_TELEGRAM_ID_CUE = re.compile(
    r"(?i)\b(?:(?:user|chat|akun|telegram|tele|tg)\s*id|id\s*(?:telegram|tele|tg|user|akun)|"
    r"id\s*(?:saya|sy|aku|ku)|id)\s*(?:saya|sy|aku|ku|nya)?\s*[:=]?\s*$"
)


ANY_DIGIT = re.compile(r"\d")


_MOBILE = re.compile(r"08\d{7,12}")


_LANDLINE = re.compile(r"0[2-7]\d{6,10}")


# A run of digits with the separators people type between them, "(0711) 354-123", "0 8 1 2".
# Between two digits: nothing, a space, a bracket, or one mark with a space on either side
# ("0812 - 3456 - 7890", "0812_3456_7890", "0812 . 3456").
DIGIT_RUN = re.compile(r"\+?\(?\d(?:(?: ?[-./_:|~*·•'+] ?| |\) ?| ?\()?\d)*\)?")


DIGIT_GROUP = re.compile(r"\d+")


# Words of chat, two letters, that stand before an amount ("tf" a transfer, "dp" a down payment).
_CHAT_BEFORE_AN_AMOUNT = frozenset({"tf", "dp", "yg", "cm", "sd", "rp", "sm", "tp", "jd", "dg"})


# The letters of a passport number, right before its 7 or 8 digits: "E-1234568", "B 12345679".
_PASSPORT_LETTERS = re.compile(r"(?<![\w-])[A-Za-z]{1,2}\s?-?\s?$")


ACCOUNT_CUE = re.compile(
    r"(?i)\b(?:rek|rekening|norek|no\.?\s?rek|akun|account|dana|ovo|gopay|go-pay|shopeepay|"
    r"linkaja|link\s?aja|va|virtual\s+account|bri|bca|bni|mandiri|btn|bsi|cimb|sumsel\s?babel|"
    r"brilink|kartu|card|atm)\b[^\n\d]{0,20}$"
)


_PAYMENT_CUE = re.compile(
    r"(?i)\b(?:bayar|dibayar|tf|transfer|trf|gaji|gajinya|biaya|biayanya|potong|potongan|dipotong|utang|hutang|"
    r"ongkos|harga|dp|uang|duit|modal|denda|cicilan|setor|nyetor)\b[^\n\d]{0,12}$"
)


_PHONE_CUE = re.compile(
    r"(?i)\b(?:hp|no\.?\s?hp|nomor|nmr|no|telp|tlp|telepon|telpon|wa|whatsapp|whatsap|watsap|"
    # (Malaysia's and Brunei's Malay: "Nombor dia 8812345", "telefon majikan")
    r"kontak|contact|call|sms|hubungi|nomer|nombor|telefon|tel)\b[^\n\d]{0,12}$"
)


# WeChat's own ids, which it gives every account: "wxid_k8z3m1p9q2".
_WECHAT_ID = re.compile(r"(?<![\w.])wxid_[a-z0-9_-]{4,}")


def find_number_like(
    text: str, lowered: LowerCase, present: set[str], runs: list[tuple[int, int]]
) -> list[Finding]:
    found: list[Finding] = []
    official_texts = official_numbers_and_sites()[1]
    # a site named, alone or with whose it is glued on ("tiktoknyo", "igku")
    sites = present & _SITE_WORDS_ALONE_OR_GLUED
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
        if local not in chat_words():  # "email at gmail com dimana" names no one's address
            start = match.start()
            # "emailnyo andre sitompul @gmail. com": the words after 'email' are the address.
            cue = _EMAIL_CUE_BEFORE.search(text, max(0, start - 40), start)
            if cue and not any(w.lower() in chat_words() for w in cue.group(1).split()):
                start = cue.start(1)
            else:
                start = _given_names_before(text, start)
            found.append(
                Finding(start, match.end(), "email", "address at a mail provider, however spelled")
            )
    cued = present & {"email", "e-mail", "imel", "surel", "gmail", "gmel", "mail"} or any(
        word.startswith(("email", "imel", "gmail")) for word in present
    )
    for match in matches(_APP_USERNAME, lowered, lowered) if "pengguna" in present else ():
        if _a_handle_without_at(match.group("handle")) or "_" in match.group("handle"):
            found.append(
                Finding(*match.span("handle"), "username", "a username after 'nama pengguna'")
            )
    for match in matches(_EMAIL_NAME_AFTER_CUE, lowered, lowered) if cued else ():
        if _an_email_name(match.group("name")):
            found.append(
                Finding(
                    match.start("name"), match.end(), "email", "an address's name after 'email'"
                )
            )
    # "aku follow bunda.rara.sabah di ig", "cari rahmat88 di tiktok": a handle without "@" nor
    # its site before it, in a message about accounts
    if sites or present & _ACCOUNT_WORDS:
        for match in _HANDLE_WITHOUT_AT.finditer(lowered):
            handle = match.group()
            if handle.isalpha() and not (
                _FOLLOWED_OR_SENT_TO.search(lowered, max(0, match.start() - 12), match.start())
                or _ON_A_SITE.match(lowered, match.end())
            ):
                continue  # letters alone are a handle only where one is followed or found
            if _a_handle_without_at(handle):
                found.append(
                    Finding(*match.span(), "username", "a handle in a message about accounts")
                )
    spaced = "/" in text or present & {"slash", "miring"}  # "fb dot com slash budi"
    for match in _SPACED_LINK.finditer(lowered) if spaced else ():
        if " " in match.group():
            path = _SPELLED_SLASH.split(match.group())[-1].strip()
            if path in chat_words():
                continue  # "link wa me slash nomor hp": how to make one, no one's
            found.append(Finding(*match.span(), "link", "link to social media typed with spaces"))
        elif not _SOCIAL_LINK.match(match.group()):  # "ig.com/toni.irawan": no such site, a link
            found.append(Finding(*match.span(), "link", "link to social media, the site shortened"))
    spelled = (present & {"at", "et"} or " @" in text or "@ " in text) and _around(
        _EMAIL_SPELLED, lowered, _AT
    )
    for match in spelled or ():
        found.append(Finding(*match.span(), "email", "e-mail address written with 'at'/'dot'"))
    for web in _WEB_ADDRESS.finditer(text) if present & _WEB_ENDINGS else ():
        path = web.group().rstrip("/").split("//")[-1].partition("/")[2]
        if not path or not _SOCIAL_LINK.fullmatch(web.group()):
            continue  # (the site alone, "lewat facebook.com", "likee.video", is no one's)
        link = web.group().lower()
        category = "phone" if "wa.me" in link or "whatsapp" in link else "link"
        if category == "phone" and _only_an_official_number(path):
            continue  # "wa.me/628118080141": KP2MI's own WhatsApp
        found.append(Finding(*web.span(), category, "link to social media or WhatsApp"))
    for match in matches(_HANDLE, text, lowered) if at else ():
        found.append(Finding(*match.span(), "username", "@handle"))
    for match in _UNDERSCORED.finditer(text) if "_" in text else ():
        if match.group().isupper():
            continue  # "CHAT_LINK_KEY is a placeholder": a setting's name in a log line
        found.append(Finding(*match.span(), "username", "words joined by '_' (an account)"))
    for match in matches(_WECHAT_ID, lowered, lowered) if "wxid_" in lowered else ():
        found.append(Finding(*match.span(), "username", "WeChat id (wxid_...)"))
    for match in matches(_HANDLE_CUE, lowered, lowered) if sites else ():
        # (what was said after the handle ends where a full stop said ends it)
        end = _said_handle_end(lowered, match)
        handle = lowered[match.start("handle") : end]
        if handle.isdigit():
            continue  # "telegram id 5123456789": a number, read with the other numbers
        if {handle, handle.split()[0]} & _official_handles():
            continue  # "akun SISKOP2MI", "ig bp3mi sumsel": the offices' own
        # "ig: budi", "tiktok at sari underscore manis": what follows is the handle
        labelled = match.group("label") or (match.group("said") and end > match.start("said"))
        if not labelled and _REDUPLICATED.fullmatch(handle) and _a_word(handle[:-1]):
            continue  # "fb majikan saya marah2 terus": a word said twice, written with a 2
        if (
            (labelled and handle not in NEVER_NAMES)
            or (re.search(r"[\d_.]", handle) and handle not in chat_words())  # not "kp2mi"
            or not (handle in chat_words() or is_indonesian_word(handle))
        ):
            found.append(
                Finding(
                    match.start("handle"),
                    end,
                    "username",
                    "handle after the name of a site",
                )
            )
    for match in matches(_LOWER_CASE_DISPLAY_NAME, text, lowered) if sites else ():
        end = _display_name_end(lowered, match.start("name"), match.end("name"))
        if end > match.start("name"):
            found.append(
                Finding(match.start("name"), end, "username", "an account's name in lower case")
            )
    # (a SHOUTED message capitalises every word: no display name is read there)
    shouted = not any(character.islower() for character in text)
    for match in matches(_DISPLAY_NAME, text, lowered) if sites and not shouted else ():
        words = match.group(1).lower().split()
        cue = lowered[match.start() : match.start(1)].split()
        if (
            # (in a group, an account: "grup facebook tu akun namonyo Bang Jack ...")
            (
                not _GROUP_BEFORE.search(lowered, max(0, match.start() - 12), match.start())
                or "akun" in cue[1:]
            )
            and words[0] not in _SITE_WORDS  # "akun Facebook Resmi KP2MI": an office's account
            # an office's account; "Bayu Loker Korea Official" is still a person's
            and not _an_offices_account(words)
            # "akun Shopee Mall": a brand's account is made only of everyday words
            and not all(word in chat_words() or word in english_words() for word in words)
        ):
            start, end = match.span(1)
            if text[end - 1] == "." and len(words[-1]) > 4:
                end -= 1  # the sentence's full stop, not an initial's ("Bunda R.")
            if (
                is_title_case_prose(_line_around(text, start))
                and all(map(_a_word_not_a_name, re.findall(r"[a-z]+", lowered[start:end])))
                # a sentence, not a name: a word of grammar or a number among its first two
                # ("Fb Nya Rian Baturaja", "Fb Nya Lia Sumsel" are names; the review of
                # 2026-12-05's night, helper-186)
                and any(
                    token.lower() in _GRAMMAR_WORDS or token[:1].isdigit()
                    for token in match.group(1).split()[:2]
                )
            ):
                continue  # "Di Tiktok Banyak Live Jualan ...": in a Title Case line, only words
            found.append(Finding(start, end, "username", "an account's display name"))
    for match in matches(_QUOTED_ACCOUNT, lowered, lowered) if sites else ():
        if not _GROUP_BEFORE.search(lowered, max(0, match.start() - 12), match.start()):
            found.append(Finding(*match.span(1), "username", "a name in quotes after a site"))
    for match in matches(_HANDLE_SAID_IN_WORDS, lowered, lowered) if sites else ():
        if match.group("first") not in _official_handles():
            found.append(
                Finding(*match.span("handle"), "username", "a handle said aloud after the site")
            )
    said = present & {"at", "et"} and present & _SAID_JOINER_WORDS
    for match in matches(_SAID_HANDLE, lowered, lowered) if said else ():
        first = match.group("first")
        if first not in _official_handles() and first not in _MAIL_PROVIDERS:
            found.append(
                Finding(*match.span("handle"), "username", "a handle said aloud after 'at'")
            )
    for match in matches(_SPELLED_NUMBER, lowered, lowered) if present & _DIGIT_WORDS else ():
        if not _an_official_number_said(match.group()):
            start = _opening_of_a_number_said(lowered, match.start())
            found.append(
                Finding(start, match.end(), "phone", "seven or more digits written as words")
            )
    for match in (
        matches(_MOBILE_SAID_IN_TENS, lowered, lowered) if present & {"puluh", "ratus"} else ()
    ):
        if not _an_official_number_said(match.group()):  # said digit by digit, beside a "puluh"
            found.append(
                Finding(*match.span(), "phone", "a mobile number said in tens and hundreds")
            )
    mixed = present & _DIGIT_WORDS or present & _SAID_AGAIN.keys()
    for match in _MIXED_NUMBER.finditer(lowered) if runs and mixed else ():
        spelled = _DIGIT_WORD_ALONE.findall(match.group())
        digits = (
            len(NOT_DIGIT.sub("", match.group()))
            + len(spelled)
            + sum(_SAID_AGAIN.get(word, 0) for word in match.group().split())
        )
        said_again = any(word in _SAID_AGAIN for word in match.group().split())
        if (spelled or said_again) and digits >= 9 and _first_digit(match.group()) in "0689":
            found.append(Finding(*match.span(), "phone", "a phone number in digits and words"))
    for match in _ZERO_AS_O.finditer(text) if _LETTER_BESIDE_DIGIT.search(text) else ():
        typed = match.group().translate(_LETTERS_AS_DIGITS)
        national = national_form(NOT_DIGIT.sub("", typed))
        if "!" in match.group() and ("." in match.group() or not _A_MOBILES_START.match(national)):
            continue  # "0800!1000", "08.00-17.00!1 jam": a "!" where no mobile number is
        if _MOBILE.fullmatch(national):
            found.append(
                Finding(
                    *match.span(), "phone", "a mobile number with 'O' for 0, 'i', 'l' or '!' for 1"
                )
            )
    for match in matches(_PASSPORT_AFTER_CUE, text, lowered) if present & _PASSPORT_WORDS else ():
        found.append(Finding(*match.span(1), "passport", "letters and digits after 'paspor'"))
    for match in matches(_PASSPORT_SAID, text, lowered) if present & _PASSPORT_WORDS else ():
        found.append(Finding(*match.span(1), "passport", "a letter and digits said after 'paspor'"))
    for match in (
        matches(_ID_CARD_ABROAD_AFTER_CUE, text, lowered) if present & _ID_CARDS_ABROAD else ()
    ):
        found.append(
            Finding(*match.span(1), "passport", "a card's number abroad after 'i-Kad'/'ARC'")
        )
    for start, end in runs:
        while text[end - 1] in " .-/(" or (text[end - 1] == ")" and "(" not in text[start:end]):
            end -= 1  # "(0711) 354123" keeps its brackets, "(hp 0812...)" keeps its own
        finding = _classify_digits(text, start, end)
        if finding and finding.category == "phone" and text[finding.start] in "123456789":
            finding = _with_plus_said(text, finding)
        if finding:
            found.append(finding)
    found += _cut_over_two_lines(text, runs)
    for match in _SPLIT_BY_COMMAS.finditer(text) if "," in text and runs else ():
        digits = NOT_DIGIT.sub("", match.group())
        if _YEARS_LISTED.fullmatch(match.group()) or all(
            int(group) % 50 == 0 for group in DIGIT_GROUP.findall(match.group())
        ):
            continue  # "tahun 2017, 2018, 2019, 2020", "gaji 1000, 1050, 1100, 1200 yen"
        groups = DIGIT_GROUP.findall(match.group())
        if len(digits) == 16 and (
            _a_nik(digits) or _NIK_CUE.search(text_before(text, match.start()))
        ):
            found.append(Finding(*match.span(), "nik", "16 digits in groups split by commas"))
        elif (
            _MOBILE.fullmatch(national_form(digits))
            and re.fullmatch(r"\+?(?:62|0)8[1-9]\d*", groups[0])
            and not any(group.startswith("0") for group in groups[1:])  # "0812, 0813, 0852"
        ):
            found.append(Finding(*match.span(), "phone", "a mobile number split by commas"))
    return found


# "wa 0812, 3456, 7890", "nik 1671,0123,4567,0001": a number's groups split by commas, as a
# list's items are (an amount's "1,5 juta" or a list of ages "18, 19, 20" is no such thing).
_SPLIT_BY_COMMAS = re.compile(r"(?<![\d,])\+?\d{3,6}(?: ?, ?\d{2,6}){1,4}(?![\d,])")
_NIK_CUE = re.compile(r"(?i)\b(?:nik|ktp|nomor\s+induk|no\.?\s?ktp)\b[^\n\d]{0,15}$")


def _a_nik(digits: str) -> bool:
    """Sixteen digits that can be a NIK: its date of birth (a woman's day plus 40) is a date
    ("1500, 1800, 2000, 2500" is a list of amounts)."""
    day, month = int(digits[6:8]), int(digits[8:10])
    return (
        digits[:2] in _PROVINCE_CODES and 1 <= month <= 12 and (1 <= day <= 31 or 41 <= day <= 71)
    )


# The provinces' codes that open a NIK (Kemendagri).
_PROVINCE_CODES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "21",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "51",
        "52",
        "53",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "72",
        "73",
        "74",
        "75",
        "76",
        "81",
        "82",
        "91",
        "92",
        "93",
        "94",
        "95",
        "96",
    ]
)


_YEARS_LISTED = re.compile(r"(?:19|20)\d\d(?:, ?(?:19|20)\d\d)+")


def _only_an_official_number(path: str) -> bool:
    """Does a WhatsApp link's path hold one number, one the bot gives ("628118080141")?"""
    digits = NOT_DIGIT.sub("", path.partition("&")[0])
    return bool(digits) and national_form(digits) in official_numbers_and_sites()[0]


@cache
def _official_handles() -> frozenset[str]:
    """The words of the offices' own accounts ("akun SISKOP2MI", "ig bp3mi sumsel")."""
    return _official_site_labels() | _OFFICIAL_WORDS


@cache
def _official_site_labels() -> frozenset[str]:
    """The words of the sites the bot gives ("siskop2mi", "bp2mi" of siskop2mi.bp2mi.go.id)."""
    sites = official_numbers_and_sites()[1]
    return frozenset(
        label
        for site in sites
        for label in re.split(r"[./:@]+", site.split("//")[-1])
        if len(label) > 3 and not label.isdigit()
    )


def _cut_over_two_lines(text: str, runs: list[tuple[int, int]]) -> list[Finding]:
    """ "0821-7300\n4417", "1611 0301 0198\n0002", "+60 16\n-553 2198": the start of a mobile
    number, a NIK or a number abroad on one line and its end on the next."""
    found = []
    for (start, end), (next_start, next_end) in itertools.pairwise(runs):
        gap = text[end:next_start]
        if "\n" not in gap or gap.strip(" \n-."):
            continue
        typed = NOT_DIGIT.sub("", text[start:end])
        first = national_form(typed)
        both = national_form(first + NOT_DIGIT.sub("", text[next_start:next_end]))
        # "12.500.000\n- 15.000.000": a range, not one number cut in two; but a mobile number's
        # groups may open a line with a dash ("08 12\n-3456-\n7890"), not a list's ("kontak
        # resmi:\n- 0800-1000\n- 110", "no antrian 0812\n- 1500")
        if gap.strip() and text[start] != "+" and not _a_mobiles_groups(typed, first, gap):
            continue
        if first.startswith("08") and not _MOBILE.fullmatch(first) and _MOBILE.fullmatch(both):
            found.append(Finding(start, next_end, "phone", "a mobile number cut over two lines"))
        elif first.startswith("08") and len(both) < 10 and (third := _line_after(text, next_end)):
            # "0812\n7300\n4491", "+62 852\n-7780-\n1243": in groups, a line each
            whole = both + NOT_DIGIT.sub("", text[third[0] : third[1]])
            if _MOBILE.fullmatch(whole):
                found.append(Finding(start, third[1], "phone", "a mobile number over three lines"))
        elif (
            text[start] == "+"
            and not _is_valid_phone(text[start:end])
            and _is_valid_phone(text[start:end] + " " + text[next_start:next_end])
        ):
            # "+60 16\n-553 2198": a number abroad, its country code on the first line
            found.append(Finding(start, next_end, "phone", "a number abroad cut over two lines"))
        elif 6 <= len(typed) < 16 and typed[0] != "0" and len(both) == 16:
            found.append(Finding(start, next_end, "nik", "16 digits cut over two lines (NIK)"))
    return found


def _a_mobiles_groups(typed: str, first: str, gap: str) -> bool:
    """Do digits that open like a mobile number ("08 12", "0812"; `first`, their national_form)
    go on over a dash with no space, as a number's groups do ("\n-", "-\n"), or with one where
    most of the number is written ("0813 2233\n- 4455"), and are they none of the bot's own?"""
    return (
        first.startswith("08")
        and len(typed) >= 3
        and (" " not in gap or len(typed) >= 7)
        and first not in official_numbers_and_sites()[0]
    )


def _line_after(text: str, end: int) -> tuple[int, int] | None:
    """Where the group of digits that opens the next line stands, if nothing else is between."""
    line = _NEXT_LINE_DIGITS.match(text, end)
    return line.span(1) if line else None


def _with_plus_said(text: str, phone: Finding) -> Finding:
    """A phone number with the "plus" said before it, which belongs to it."""
    plus = _PLUS_SAID.search(text_before(text, phone.start, 6))
    return dataclasses.replace(phone, start=phone.start - len(plus.group())) if plus else phone


def _classify_digits(text: str, start: int, end: int) -> Finding | None:
    """What a run of digits is, from the number of digits, their form and the words before."""
    digits = NOT_DIGIT.sub("", text[start:end])
    national = national_form(digits)
    before = text_before(text, start)
    if len(digits) in {7, 8} and text[start].isdigit():
        letters = _PASSPORT_LETTERS.search(before)
        said = letters.group().strip(" -") if letters else ""
        if said.lower() in {"hk", "sg"} and len(digits) == 8 and ROUND_AMOUNTS.fullmatch(digits):
            return None  # "biaya ke hk 55000000": rupiah; "gaji hk 5000-6000": a range
        if said.lower() in {"hk", "sg"} and len(digits) == 8 and digits[0] in "5689":
            return Finding(
                start, end, "phone", f"a number of Hong Kong or Singapore after '{said}'"
            )
        # "BP2MI yg 0800-1000": the bot's own hotline after a word, not a passport; "aku tf
        # 5000000", "dp 5000000": a word of chat in lower case, then an amount
        if (
            letters
            and not text[end : end + 1].isalnum()
            and digits not in official_numbers_and_sites()[0]
            and not (
                len(said) == 2
                and said.islower()
                and (said in chat_words() or said in _CHAT_BEFORE_AN_AMOUNT)
            )
        ):
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
    if _PLUS_SAID.search(before) and len(digits) >= 8 and _is_valid_phone("+" + digits):
        reason = "a number abroad, its '+' said as 'plus'"
        return _with_plus_said(text, Finding(start, end, "phone", reason))
    if len(digits) >= 6 and ACCOUNT_CUE.search(before):
        return Finding(start, end, "account", "number after a bank or e-wallet word")
    if len(digits) >= 6 and _PHONE_CUE.search(before):
        return Finding(start, end, "phone", "number after 'hp', 'wa', 'telp' ...")
    if len(digits) <= 10 and digits[0] != "0" and digits.endswith("0000"):
        return None  # "sudah keluar 25000000": an amount typed without dots, no one's number
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
