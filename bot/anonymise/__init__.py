"""Pseudonyms for users, and the scrubbing of personal data from what they type (privacy model).

`scrub_personal_data(text)` is the one place where personal data leaves a message: the bot calls
it before the text reaches Rasa, the query log, the spool or a log line. `find_personal_data`
says what it would remove and why, one `Finding` per span, so a reviewer can check each rule:

    .venv/bin/python -m bot.anonymise "nama saya Siti, wa 0812-3456-7890"

How it reads a message (one module a step):
1. `message.py`: Unicode is normalised (NFKC: fullwidth digits become digits), invisible
   format characters (zero-width spaces and joiners, soft hyphens, direction marks) and a
   keycap's marks ("0️⃣8️⃣1️⃣2️⃣") are dropped, every kind of dash becomes "-", runs of spaces become one and the text is cut at
   Telegram's 4,096 characters. A number split by any of those is then an ordinary number.
2. `kept.py`: spans that must survive are marked first: the numbers and sites the bot itself
   gives (facts/registry.yml), money and salary ranges, dates that are not birth dates, year
   ranges, the times of a pasted chat, laws and letters by their numbers, companies after
   PT/CV/Yayasan/..., public figures, brands, shops and places named in chat
   (lexicon/public_figures.txt, public_things.txt), people and things named by what they are
   ("Aktor Dimas Anggara", "Cut Nyak Dien itu pahlawan", "Mawar Sharon itu gereja"). A
   finding is dropped only where such a span covers all of it; a name after a cue that says
   whose it is ("nama anak saya", "majikan saya") is dropped only where a span other than a
   public figure's or a brand's covers it.
3. `numbers.py`: number-like data: e-mails (also "budi at gmail dot com",
   "budi . santoso @ gmail . com"), links to social media and WhatsApp (also typed with
   spaces), @handles, handles after "ig:"/"tiktok"/"line id:" and words joined by "_",
   phone numbers (the `phonenumbers` library, and digits joined by
   any usual separator), NIK, passports, bank and e-wallet accounts, Telegram ids, any other
   run of 8+ digits; and the same said into the keyboard's microphone ("plus 855 96 ...",
   digits as words in Indonesian or Javanese, "tiktok at budi", "garis miring siska dot ...",
   "at yanti underscore oki dua tiga"); a group's name in quotes with a person's name in it;
   the name of an address after the word e-mail with the rest left out ("lupa sandi email
   sitiaminah88"), a handle without "@" in a message about accounts ("cari rahmat88 di
   tiktok"), an account's name typed in lower case after its site ("fb dio rahmat kurniawan").
4. `addresses.py`: addresses (Jl./Gg./Lrg./Komplek/Perum ... with No./RT/RW/Blok/KM, a house
   told by a landmark after "rumah"/"tinggal", a form's "Alamat:" line, addresses abroad, also
   in Chinese characters: "屯門大興邨興昌樓1203室", in Hangul, and Japan's "1-2-3 Umeda,
   Kita-ku", "大阪市北区梅田1-2-3"), a location shared from a map and a point given by its
   coordinates; `dates.py`: birth dates after a cue ("lahir", "TTL"; not a cut-off such as
   "batas lahir"), also told part by part ("lahir thn 99 bulan mei tgl 12"), a date of the
   2000s written again in a message about a birth ("di paspor ketulis 5 Mei 2002").
5. `names.py` (its cue words in `name_cues.py`, its word lists read by `lexicon.py`): names,
   word by word. After a cue ("nama saya", "namanya", "a.n.", "Nama anak:", "Pak",
   "istri saya", "sponsornya", "saya" where a sentence starts, a sign-off, "... di sini",
   "(adik)" after it, bin/binti) a word is a name unless it is a word villagers use every day
   (lexicon/chat_words.txt); how sure the cue is decides whether dictionary words count
   (lexicon/dictionary_words.txt); a town after "salam dari" or "sama" is a place
   (lexicon/town_names.txt). A given name that is an everyday word too ("Pegi", "Naek":
   lexicon/names_that_are_chat_words.txt) is a name, unless the message reads it as the word
   ("anak saya pegi ke malaysia", "gara gara utang": name_cues.read_as_the_verb). Without a cue: a capitalised given name
   (lexicon/given_names.txt), a capitalised word that is neither a word nor a place
   (lexicon/place_words.txt) nor among the commonest words of Indonesian
   (lexicon/common_words.txt), or one capitalised word in a lower-case sentence; in Chinese
   characters, a common surname and one or two characters more ("王志明"). A name runs
   on over the next name-like words ("Siti Aminah binti Abdullah"). A shouted message is read
   in lower case, and so is a line of Title Case prose; the speakers of a pasted chat
   ("[07/07 10:15] Mei Ling: ...") are names, an office's or a role's account is not.
6. `tagger.py`: a CRF trained on the labelled tuning corpora reads names and addresses from the
   words themselves and their neighbours, where no cue the rules know stands ("ada yg liat
   nanda saputra?"); each of its findings says how sure it was.
Findings that overlap become one over all of them, named by the longest; an address takes in
the postcode after it.

`scanning.py` makes the whole-message patterns fast without changing what they find: each is
tried only where one of the strings its matches must begin with stands ("hari", "film", "@"),
read from the pattern itself.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac

from bot.anonymise.addresses import find_addresses, with_its_postcode
from bot.anonymise.dates import dates_read, find_birth_dates
from bot.anonymise.kept import public_figures_and_things, spans_that_survive
from bot.anonymise.lexicon import given_names, is_indonesian_word
from bot.anonymise.message import Finding, normalise
from bot.anonymise.name_cues import ONE_IS_FROM, WORD, towns_one_is_from
from bot.anonymise.names import every_mention, find_names, names_in_handles
from bot.anonymise.numbers import (
    ANY_DIGIT,
    DIGIT_RUN,
    find_number_like,
    groups_named_after_someone,
)
from bot.anonymise.scanning import lower_in_place
from bot.anonymise.tagger import name_tagger
from bot.places import district_named

__all__ = [
    "Finding",
    "find_personal_data",
    "normalise",
    "pseudonymise",
    "scrub_personal_data",
    "warm_up",
]


def find_personal_data(text: str, *, with_tagger: bool = True) -> list[Finding]:
    """Every span of personal data in `text` (already normalised), left to right, not overlapping.

    `with_tagger=False` leaves the tagger out: the rules alone, as `make eval-privacy` measures
    them beside it."""
    runs = [run.span() for run in DIGIT_RUN.finditer(text)] if ANY_DIGIT.search(text) else []
    # Python's re matches case-insensitively several times slower: the patterns that read words
    # whatever their case are matched on the lower-cased text, which keeps every position.
    lowered = lower_in_place(text)
    # 1 where a span must survive; 2 where only a public figure's or a brand's name says so
    kept_mask = bytearray(len(text))
    for start, end in public_figures_and_things(text, lowered):
        kept_mask[start:end] = b"\x02" * (end - start)
    dates = dates_read(text)  # (kept.py keeps the dates that are not birth dates)
    for start, end in spans_that_survive(text, lowered, runs, dates):
        kept_mask[start:end] = b"\x01" * (end - start)
    # The words of the message: a rule whose cue words are all absent is not tried at all.
    present = {word.rstrip(".") for word in WORD.findall(lowered)}
    names = find_names(text, kept_mask)
    # A public figure's name makes no other mention of its words a name ("Raja Salman kan raja
    # Saudi"); a shop's still does ("Toko Koh Ahui ... ditahan ahui").
    private_names = [
        name
        for name in names
        if name.whose
        or (
            kept_mask[name.start : name.end].strip(b"\x02")
            and not _a_public_figure_run_on(text, name, kept_mask)
        )
    ]
    number_like = find_number_like(text, lowered, present, runs)
    findings = [
        *number_like,
        *names_in_handles(text, number_like),
        *find_addresses(text, lowered, present),
        *find_birth_dates(text, lowered, dates),
        *names,
        *_outside_towns(text, present, every_mention(text, private_names)),
        *groups_named_after_someone(
            text, lowered, [name for name in private_names if _goes(text, name, kept_mask)]
        ),
        *(name_tagger().findings(text) if with_tagger else ()),
    ]
    # A finding goes only where a span that must survive covers all of it: "Rp 15.000.000" is
    # an amount, but "wa 0812-3456-7890 rb" is still a phone number. A public figure's name
    # after a cue that says whose it is is a private person's: "nama anak saya Marshanda".
    return _without_overlaps(
        text, (finding for finding in findings if _goes(text, finding, kept_mask))
    )


def _outside_towns(text: str, present: set[str], mentions: list[Finding]) -> list[Finding]:
    """The mentions of a name found, less those within a town one is from ("salam dari bunga
    mayang, bunga": the town's "bunga" is no mention of the writer)."""
    if not mentions or not present & ONE_IS_FROM:
        return mentions
    towns = towns_one_is_from(text)
    return [
        mention
        for mention in mentions
        if not any(start <= mention.start and mention.end <= end for start, end in towns)
    ]


def _goes(text: str, finding: Finding, kept_mask: bytearray) -> bool:
    covered = kept_mask[finding.start : finding.end]
    if 0 not in covered:
        return finding.whose and 1 not in covered
    return not _a_public_figure_run_on(text, finding, kept_mask)


def _a_public_figure_run_on(text: str, finding: Finding, kept_mask: bytearray) -> bool:
    """ "pak prabowo nyuruh kementerian": a public figure's name that ran on over everyday words
    (no given name among them), not after a cue that says whose it is."""
    covered = kept_mask[finding.start : finding.end]
    if finding.category != "name" or finding.whose or 2 not in covered:
        return False
    outside = "".join(
        character if kept == 0 else " "
        for character, kept in zip(text[finding.start : finding.end], covered, strict=True)
    )
    return all(
        word.islower() and is_indonesian_word(word) and word not in given_names()
        for word in WORD.findall(outside)
    )


def scrub_personal_data(text: str, *, with_tagger: bool = True) -> str:
    """The text with every personal datum replaced by its placeholder (<NAMA>, <PHONE>, ...)."""
    text = normalise(text)
    pieces, position = [], 0
    for finding in find_personal_data(text, with_tagger=with_tagger):
        pieces += [text[position : finding.start], finding.placeholder]
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)


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


def _without_overlaps(text: str, findings) -> list[Finding]:
    """Findings that overlap become one, over all of them, named by the longest (of two as long,
    by the more specific): a date of birth "16 Mei 1996" and the number "1996 /
    1602115605960001" leave no "16 Mei" behind. An address takes in the postcode after it."""
    groups: list[list[Finding]] = []
    end = -1
    for finding in sorted((with_its_postcode(text, f) for f in findings), key=lambda f: f.start):
        if groups and finding.start < end:
            groups[-1].append(finding)
            end = max(end, finding.end)
        else:
            groups.append([finding])
            end = finding.end
    joined = []
    for group in groups:
        named_by = min(group, key=lambda f: (-(f.end - f.start), _RANK.index(f.category), f.start))
        start, end = group[0].start, max(f.end for f in group)
        if (start, end) != (named_by.start, named_by.end):
            named_by = dataclasses.replace(named_by, start=start, end=end)
        joined.append(named_by)
    return joined


# A message that reads every word list, the tagger's model and the index of places once.
_WARM_UP_MESSAGE = (
    "Assalamualaikum min, nama saya Siti, rumah di Jl. Merdeka No. 5 RT 03 Kayuagung. "
    "Anak saya lahir 12-03-2004 dibawa Pak Darsuki ke Malaysia, wa 0812 3456 7890, "
    "ig @siti_oki. ada yg liat nanda saputra di lorong kenanga no 5 palembang?"
)


def warm_up() -> None:
    """Load what scrubbing reads (the word lists, the tagger's model, the index of places an
    address's town is looked up in) so that the first villager after a start does not wait for
    it (about half a second)."""
    scrub_personal_data(_WARM_UP_MESSAGE)
    district_named("Kayuagung")


def pseudonymise(telegram_user_id: int, secret: str) -> str:
    """A stable pseudonym for a Telegram user: HMAC-SHA256 of the id keyed with the secret."""
    digest = hmac.new(secret.encode(), str(telegram_user_id).encode(), hashlib.sha256)
    return digest.hexdigest()
