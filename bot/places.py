"""Desa, kelurahan and kecamatan of Sumatera Selatan, rewritten to their kabupaten/kota.

Rasa and the query log see only scrubbed text, and a villager's desa is never logged. So the
bot replaces a desa or kecamatan it recognises by a placeholder and the kabupaten/kota it
belongs to: "saya dari desa Pematang Buluran" -> "saya dari desa <DESA> di Ogan Komering
Ilir". Rasa's kabupaten lookup table then finds the district. A name found in several
kabupaten gives them all ("desa <DESA> di Lahat atau Muara Enim", and "... atau luar
Sumatera Selatan" when the name exists in another province too); the office action asks
which one.

When a name counts depends on the word before it (`find_places` says which rule matched):
- after a strong cue (desa, dusun, kelurahan, kel., kecamatan, kec.): any name; the cue
  also says whether a desa or a kecamatan is meant;
- after a weak cue (dari, asal, tinggal di, kampung, wong, warga): any name unless every word
  typed is an everyday word (EVERYDAY_WORDS: "dari pulau", "dari dalam negeri" are not
  places);
- without a cue: only a name that is in one kabupaten and nowhere else in Indonesia, of at
  least five letters, not made of everyday words, and not part of a company's name ("PT ...").
"di" alone is no cue: "kerja di ..." names a destination or an employer far more often than
a village.
Names Rasa's lookup tables already know (the 17 kabupaten/kota, their towns and short forms,
the destination countries; nlu/places.yml) are left alone unless a strong cue says a desa or
kecamatan of that name is meant. A kecamatan name is read as the kecamatan (the bigger, better
known place) unless a desa cue says otherwise. When the message also names a kabupaten, or a
place that is in one kabupaten only, an ambiguous name keeps only the candidates it shares.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import product
from pathlib import Path
from typing import Literal

import yaml

from bot.nlu_files import examples_of

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PLACES_FILE = PROJECT_ROOT / "lexicon" / "sumsel_places.json"
RASA_PLACES_FILE = PROJECT_ROOT / "nlu" / "places.yml"

# Written into the text for Rasa; nlu/places_villages.yml has the same phrase as a lookup
# (entity kabupaten), and actions/local_office.py answers it.
OUTSIDE_SUMSEL = "luar Sumatera Selatan"

Level = Literal["desa", "kecamatan"]
PLACEHOLDER: dict[Level, str] = {"desa": "<DESA>", "kecamatan": "<KECAMATAN>"}
# More candidates than this would make a longer list of buttons than a cheap phone shows well.
MOST_CANDIDATES_NAMED = 4

STRONG_CUES: dict[str, Level] = {
    "desa": "desa",
    "ds": "desa",
    "didesa": "desa",
    "desaku": "desa",
    "desanya": "desa",
    "dusun": "desa",
    "dsn": "desa",
    "didusun": "desa",
    "dusunku": "desa",
    "dusunnya": "desa",
    "kelurahan": "desa",
    "kel": "desa",
    "dikelurahan": "desa",
    "kecamatan": "kecamatan",
    "kec": "kecamatan",
    "dikecamatan": "kecamatan",
}
# "aku wong Pedamaran" is how Palembang Malay says where one is from; "kades X", "lurah X"
# and "dusun kami namanya X" name the village through its head or its name.
WEAK_CUES = frozenset(
    {
        "dari",
        "dr",
        "dri",
        "asal",
        "asalnya",
        "kampung",
        "kampungku",
        "wong",
        "warga",
        "orang",
        "kades",
        "lurah",
        "namanya",
    }
)
# "tinggal di X": the word before "di".
LIVING = frozenset({"tinggal", "tingal", "tinggl", "menetap"})
# A name right after these is an employer's, not a village ("PT Sinar Jaya", "LPK Harapan").
COMPANY_WORDS = frozenset(
    {
        "pt",
        "cv",
        "ud",
        "lpk",
        "blk",
        "p3mi",
        "pjtki",
        "pptkis",
        "yayasan",
        "koperasi",
        "perusahaan",
        "agen",
        "agency",
        "toko",
        "bank",
        "hotel",
        "restoran",
    }
)
COMPANY_REACH = 3  # words after a company word that may still be the company's name

# The stop list: everyday words that are also (parts of) desa names, taken from the issue
# ("harapan", "pulau", "tanjung"), from the words of the bot's own training questions that
# occur in names, and from reading the names. A name typed only with these words ("Harapan",
# "Pulau", "Mana Resmi", "Sinar Jaya", "Air Baru") counts only after a strong cue, so
# "harapan saya bisa kerja", "dari dalam negeri", "lpk mana resmi" and agencies' names
# ("PT Maju Jaya") stay as they are. Place words (air, sungai, bukit) are here because
# "Air Baru" or "Sungai Jauh" are plain descriptions too. The last line: names that first
# mean something else (an island, a country, a person).
EVERYDAY_WORDS = frozenset(
    """
    abadi agung air alam aman anak apa arahan atas awal bagus bakti baru barat bawah benteng
    berkat besar bukit bulan bunga cahaya cinta dalam danau darat dari datar dekat desa di
    dingin dua dusun ganti gunung hari harapan hati hitam ibu ilir indah jadi jalan jalur jauh
    jaya jiwa kali kampung kantor kapal karya kanan kasih kebun kecil kepala kerja kiri kota
    kuning laut lama layan lewat luar mainan maju makmur mana mandiri mas mata mati menang
    menanti merah mitra muda mulia mulya naik negara negeri nyata padang pagar pahlawan panas panjang
    pantai parit pasar pelajaran penantian pengaturan peninggalan peninjauan perangai pilih
    pinang pindah pulau putih raya rasa resmi ribu rumah sakti saling sari sawah sebalik sedang
    sejahtera selangit selatan sentosa serambi siku simpang sinar suka sukarela sumber sumur
    sungai tanah tanda tangga tanjung tempat tenang tengah teluk terusan timbangan timur tinggi
    tua ujung ulu umpan usaha utama utara warga
    aceh bali jawa madura kuba singapura widodo rahmah
    """.split()  # noqa: SIM905 - a list of words reads better as words
)
MIN_BARE_LETTERS = 5  # "Abab", "Laya", "Siku" are words or nicknames too often

# Written numerals after a name's first word are the same name: "Kuripan II", "Kuripan 2"
# and "Kuripan Dua" are one desa.
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_SPELLED = (
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
)
_NUMERALS = {word: str(n) for words in (_ROMAN, _SPELLED) for n, word in enumerate(words, 1)}
MAX_WORDS = 6  # the longest name has five words; one more for a compound typed apart

_WORD = re.compile(r"[^\W_]+")
# Placeholders from the scrubber (<NAMA>, <PHONE>) are tokens of their own and never names.
_TOKEN = re.compile(r"<[A-Z_]{2,20}>|[^\W_]+")
# A name may run over spaces, hyphens, apostrophes, dots and slashes ("Alang-Alang Lebar",
# "Pere'an", "B. Srikaton", "9/10 Ulu"), not over commas, brackets or line ends.
_JOINER = re.compile(r"[ \t\-'’./]*")
_PARENS = re.compile(r"\(([^()]*)\)")
_ALTERNATIVES = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
_LEADING_CUE = re.compile(r"^\s*(?:desa|dusun|kelurahan)\s+", re.IGNORECASE)


def words_of(text: str) -> list[str]:
    """The lower-case words of a text, without punctuation."""
    return _WORD.findall(text.casefold())


def name_key(words: Iterable[str]) -> str:
    """How a name is looked up: lower case, numerals as digits, spaces ignored, so "Muara
    Baru" is "Muarabaru" and "Lubuk Linggau Barat Dua" is "... Barat II"."""
    key = []
    for position, word in enumerate(words):
        key.append(_NUMERALS.get(word, word) if position else word)
    return "".join(key)


def name_variants(name: str) -> list[str]:
    """The spellings an areaid name stands for: "Nibong (Nibung)" is also "Nibung";
    "Salek/Saleh Jaya" is "Salek Jaya" and "Saleh Jaya"."""
    main = " ".join(_PARENS.sub(" ", name).split())
    spellings = [main]
    for inner in _PARENS.findall(name):
        inner = _LEADING_CUE.sub("", inner).strip()  # "Pedang (Dusun Pedang)"
        words = words_of(inner)
        if not words or all(w.isdigit() or w in _NUMERALS for w in words):
            continue  # "Lumpatan Dua (2)": the numeral adds nothing
        main_words = main.split()
        if len(words) == 1 and len(main_words) > 1 and words[0][0] != main.casefold()[0]:
            # One word for a name of several: the whole name written together when it
            # starts the same ("Suka Maju (Sukamuju)"), else another last word ("Juru Taro
            # (Taroh)" is also "Juru Taroh").
            inner = " ".join([*main_words[:-1], inner])
        spellings.append(inner)
    variants = []
    for spelling in spellings:
        # "A/B" between letters: two spellings of one word; between digits ("9/10") it is
        # part of the name.
        spelling = re.sub(r"(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])", "/", spelling)
        choices = [_ALTERNATIVES.split(word) for word in spelling.split()]
        for words in product(*choices):
            variant = " ".join(w for w in words if w)
            if words_of(variant) and variant not in variants:
                variants.append(variant)
    return variants


@dataclass(frozen=True)
class PlaceName:
    """Everything known about one lookup key."""

    kecamatan: frozenset[str]  # kabupaten where a kecamatan has this name
    desa: frozenset[str]  # kabupaten where a desa/kelurahan has this name
    kecamatan_elsewhere: bool  # a kecamatan or kabupaten/kota of another province
    desa_elsewhere: bool  # a desa/kelurahan of another province


@dataclass(frozen=True)
class PlaceMatch:
    """A desa or kecamatan found in a text, and why it counted."""

    start: int
    end: int
    level: Level
    kabupaten: tuple[str, ...]
    outside: bool  # the name also exists outside Sumatera Selatan
    reason: str
    # the message names its kabupaten right after it ("Belitang OKU Timur")
    kabupaten_after: bool = False

    def replacement(self) -> str:
        """'<DESA> di Lahat atau Muara Enim'; a name in many kabupaten gives none of them (the
        office answer then asks the kabupaten with its usual buttons, not a long list); nor
        does one whose kabupaten the message names right after it ('<KECAMATAN> OKU Timur')."""
        if self.kabupaten_after:
            return PLACEHOLDER[self.level]
        places = [*self.kabupaten, *([OUTSIDE_SUMSEL] if self.outside else [])]
        if len(places) > MOST_CANDIDATES_NAMED:
            return PLACEHOLDER[self.level]
        listed = places[0] if len(places) == 1 else ", ".join(places[:-1]) + " atau " + places[-1]
        return f"{PLACEHOLDER[self.level]} di {listed}"


@dataclass(frozen=True)
class _Index:
    names: dict[str, PlaceName]
    # Keys of what Rasa's lookup tables know, with the kabupaten they stand for (None for
    # a country).
    known_to_rasa: dict[str, str | None]
    # Every beginning of a key above: a word sequence stops growing as soon as no name
    # starts that way, which keeps a long message to a few dictionary look-ups a word.
    prefixes: frozenset[str]


def _read_json(path: Path) -> dict:
    with path.open(encoding="utf-8") as file:
        return json.load(file)


@cache
def _index() -> _Index:
    """Build the lookup once per process from the generated data and Rasa's lookup tables."""
    data = _read_json(PLACES_FILE)
    kecamatan: dict[str, set[str]] = {}
    desa: dict[str, set[str]] = {}
    for kabupaten, district in data["kabupaten"].items():
        for kecamatan_name, desa_names in district["kecamatan"].items():
            for variant in name_variants(kecamatan_name):
                kecamatan.setdefault(name_key(words_of(variant)), set()).add(kabupaten)
            for desa_name in desa_names:
                for variant in name_variants(desa_name):
                    desa.setdefault(name_key(words_of(variant)), set()).add(kabupaten)
    elsewhere = {
        level: {name_key(words_of(spelling)) for spelling in spellings}
        for level, spellings in data["elsewhere"].items()
    }
    names = {
        key: PlaceName(
            kecamatan=frozenset(kecamatan.get(key, ())),
            desa=frozenset(desa.get(key, ())),
            kecamatan_elsewhere=key in elsewhere["kecamatan"],
            desa_elsewhere=key in elsewhere["desa"],
        )
        for key in kecamatan.keys() | desa.keys()
    }
    known = _rasa_lookup(RASA_PLACES_FILE, set(data["kabupaten"]))
    prefixes = frozenset(
        key[:n] for key in names.keys() | known.keys() for n in range(1, len(key) + 1)
    )
    return _Index(names=names, known_to_rasa=known, prefixes=prefixes)


def _rasa_lookup(path: Path, districts: set[str]) -> dict[str, str | None]:
    """Keys of every kabupaten and country name in Rasa's lookup tables, with the district
    each kabupaten name maps to (through the synonyms)."""
    with path.open(encoding="utf-8") as file:
        blocks = yaml.safe_load(file)["nlu"]
    canonical = {name_key(words_of(d)): d for d in districts}
    for block in blocks:
        if "synonym" in block and block["synonym"] in districts:
            for line in examples_of(block):
                canonical[name_key(words_of(line))] = block["synonym"]
    known: dict[str, str | None] = {}
    for block in blocks:
        if block.get("lookup") in {"kabupaten", "negara"}:
            for line in examples_of(block):
                key = name_key(words_of(line))
                known[key] = canonical.get(key) if block["lookup"] == "kabupaten" else None
    return known


@dataclass
class _Tokens:
    """The words of a text: where each is, its lower case ("" for a placeholder), and
    whether only spaces, hyphens, dots... separate it from the word before."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    joined: list[bool]

    @classmethod
    def of(cls, text: str) -> _Tokens:
        tokens = cls([], [], [], [])
        previous_end = 0
        for match in _TOKEN.finditer(text):
            word = "" if match.group().startswith("<") else match.group().casefold()
            tokens.joined.append(
                bool(tokens.words)
                and bool(tokens.words[-1])
                and bool(word)
                and _JOINER.fullmatch(text, previous_end, match.start()) is not None
            )
            tokens.starts.append(match.start())
            tokens.ends.append(match.end())
            tokens.words.append(word)
            previous_end = match.end()
        return tokens

    def cue(self, i: int) -> tuple[str, str | None]:
        """('strong' | 'weak' | 'company' | 'none', the cue) for a name starting at word i."""
        words = self.words
        before = words[i - 1] if i else ""
        if before in STRONG_CUES:
            return "strong", before
        if before in WEAK_CUES:
            return "weak", before
        if before == "di" and i >= 2 and words[i - 2] in LIVING:
            return "weak", f"{words[i - 2]} di"
        for back in range(1, COMPANY_REACH + 1):
            if i - back < 0 or not words[i - back]:
                break
            if words[i - back] in COMPANY_WORDS:
                return "company", words[i - back]
            if not self.joined[i - back]:
                break
        return "none", None


Reading = tuple[Level, frozenset[str], bool, str]


def _reading(
    name: PlaceName, key: str, typed: list[str], strength: str, cue: str | None
) -> Reading | None:
    """How a name found after this cue is read, or None when it does not count here."""
    if strength == "strong":
        if (STRONG_CUES[cue or ""] == "desa" and name.desa) or not name.kecamatan:
            return "desa", name.desa, name.desa_elsewhere, f'after "{cue}"'
        return "kecamatan", name.kecamatan, name.kecamatan_elsewhere, f'after "{cue}"'
    if strength == "company" or all(w in EVERYDAY_WORDS or w.isdigit() for w in typed):
        return None
    # Without a strong cue the villager did not say which. A kecamatan (bigger, better known)
    # wins over desa of the same name, in the province and outside it; a desa is compared
    # with every place of that name outside ("dari Surabaya" may well mean the city).
    if name.kecamatan:
        level: Level = "kecamatan"
        kabupaten, outside = name.kecamatan, name.kecamatan_elsewhere
    else:
        level = "desa"
        kabupaten, outside = name.desa, name.desa_elsewhere or name.kecamatan_elsewhere
    if strength == "weak":
        return level, kabupaten, outside, f'after "{cue}"'
    elsewhere = name.kecamatan_elsewhere or name.desa_elsewhere
    unique = len(name.kecamatan | name.desa) == 1 and not elsewhere
    if unique and len(key) >= MIN_BARE_LETTERS:
        return level, kabupaten, outside, "no cue; the only place of that name in Indonesia"
    return None


def find_places(text: str) -> list[PlaceMatch]:
    """Every desa/kecamatan of Sumatera Selatan named in the text, with the rule that
    matched; kabupaten names Rasa knows are not among them."""
    index = _index()
    tokens = _Tokens.of(text)
    words, joined = tokens.words, tokens.joined
    matches: list[PlaceMatch] = []
    named_districts: set[str] = set()
    i = 0
    while i < len(words):
        key = words[i]
        if key not in index.prefixes:  # placeholders ("") included
            i += 1
            continue
        # The word sequences from i that are names, shortest first.
        found: list[tuple[int, str]] = []
        j = i
        while True:
            if key in index.names or key in index.known_to_rasa:
                found.append((j, key))
            j += 1
            if j == len(words) or j - i == MAX_WORDS or not joined[j]:
                break
            key += _NUMERALS.get(words[j], words[j])
            if key not in index.prefixes:
                break
        known = next(((j, k) for j, k in reversed(found) if k in index.known_to_rasa), None)
        strength, cue = tokens.cue(i) if found else ("none", None)
        if (
            strength == "none"
            and found
            and _after_a_place_and_a_comma(text, tokens, i, matches)
            and _a_part_of(index.names.get(found[-1][1]), matches[-1].kabupaten)
            and words[i] not in _CALLS_AFTER_A_COMMA
        ):
            strength, cue = "weak", "a place and a comma"  # "talang jambe, sukarami"
        best: tuple[int, Reading] | None = None
        for j, key in reversed(found):
            name = index.names.get(key)
            if name is not None and (
                reading := _reading(name, key, words[i : j + 1], strength, cue)
            ):
                best = (j, reading)
                break
        # A name Rasa knows stays, unless a strong cue or a longer name says otherwise.
        if best is not None and (strength == "strong" or known is None or best[0] > known[0]):
            j, (level, kabupaten, outside, reason) = best
            matches.append(
                PlaceMatch(
                    start=tokens.starts[i],
                    end=tokens.ends[j],
                    level=level,
                    kabupaten=tuple(sorted(kabupaten)),
                    outside=outside,
                    reason=reason,
                )
            )
            i = j + 1
        elif known is not None:
            if district := index.known_to_rasa[known[1]]:
                named_districts.add(district)
                if _right_after_a_place_of(district, text, tokens, i, matches):
                    matches[-1] = replace(matches[-1], kabupaten_after=True)
            i = known[0] + 1
        else:
            i += 1
    return _narrowed(matches, named_districts)


def _a_part_of(name: PlaceName | None, kabupaten: tuple[str, ...]) -> bool:
    """Is this name a kecamatan or a desa of one of these kabupaten (the next part of an address:
    "kel. talang jambe, sukarami", "kecamatan jarai, sukananti"; not "abab", a kecamatan of
    another kabupaten, after a kecamatan of Muara Enim)?"""
    return name is not None and bool((name.kecamatan | name.desa) & set(kabupaten))


def _right_after_a_place_of(
    district: str, text: str, tokens: _Tokens, i: int, matches: list[PlaceMatch]
) -> bool:
    """Is the kabupaten named at word `i` that of the place found just before it ("Belitang
    OKU Timur", "desa Tanjung Lago, Banyuasin")?"""
    return (
        i > 0
        and bool(matches)
        and matches[-1].end == tokens.ends[i - 1]
        and district in matches[-1].kabupaten
        and text[tokens.ends[i - 1] : tokens.starts[i]].strip() in {"", ","}
    )


# What a villager says after a comma that is a desa's name too: "desa sukarami, payo min bantu".
_CALLS_AFTER_A_COMMA = frozenset({"payo", "ayo", "ayok", "yuk", "yok"})


def _after_a_place_and_a_comma(
    text: str, tokens: _Tokens, i: int, matches: list[PlaceMatch]
) -> bool:
    """The word before is the end of a place found, then a comma: the next part of an address
    ("kel. talang jambe, sukarami": the kecamatan after the desa)."""
    return (
        i > 0
        and bool(matches)
        and matches[-1].end == tokens.ends[i - 1]
        and text[tokens.ends[i - 1] : tokens.starts[i]].strip() == ","
    )


def _narrowed(matches: list[PlaceMatch], named_districts: set[str]) -> list[PlaceMatch]:
    """Keep only the candidates that the rest of the message also names ("desa Sukamaju,
    kecamatan Gelumbang" is the Sukamaju in Muara Enim)."""
    certain = set(named_districts)
    for match in matches:
        if len(match.kabupaten) == 1 and not match.outside:
            certain.add(match.kabupaten[0])
    narrowed = []
    for match in matches:
        shared = tuple(k for k in match.kabupaten if k in certain)
        if shared and (shared != match.kabupaten or match.outside):
            match = replace(
                match,
                kabupaten=shared,
                outside=False,
                reason=f"{match.reason}; narrowed to the kabupaten the message also names",
            )
        narrowed.append(match)
    return narrowed


def resolve_places(text: str) -> str:
    """The text with every recognised desa/kecamatan replaced by a placeholder and its
    kabupaten/kota (see the module docstring)."""
    pieces = []
    position = 0
    for match in find_places(text):
        pieces.append(text[position : match.start])
        pieces.append(match.replacement())
        position = match.end
    pieces.append(text[position:])
    return "".join(pieces)


@cache
def _district_keys() -> dict[str, str]:
    """Lookup key -> district: the districts' own names, the forms Rasa's lookup tables map to
    them, and the phrase for outside the province."""
    keys = {
        key: district for key, district in _index().known_to_rasa.items() if district is not None
    }
    keys.update({name_key(words_of(d)): d for d in _read_json(PLACES_FILE)["kabupaten"]})
    keys[name_key(words_of(OUTSIDE_SUMSEL))] = OUTSIDE_SUMSEL
    return keys


@cache
def country_names() -> frozenset[str]:
    """The destination countries of Rasa's lookup table, in lower case ("taiwan", "hong kong")."""
    with RASA_PLACES_FILE.open(encoding="utf-8") as file:
        blocks = yaml.safe_load(file)["nlu"]
    return frozenset(
        line.lower()
        for block in blocks
        if block.get("lookup") == "negara"
        for line in examples_of(block)
    )


@cache
def countries() -> frozenset[str]:
    """The countries named in one word ("taiwan", "malaysia", "jepang"; not the "hong" of "hong
    kong")."""
    return frozenset(name for name in country_names() if " " not in name)


def district_named(name: str) -> str | None:
    """The kabupaten/kota (or OUTSIDE_SUMSEL) a name stands for, in the lexicon's spelling;
    None for anything else (a country, a misread word, whatever a slot was made to hold)."""
    if len(name) > 100:  # longer than any district's name in any form
        return None
    return _district_keys().get(name_key(words_of(name)))
