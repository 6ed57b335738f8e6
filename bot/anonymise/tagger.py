"""A learned reader of names and addresses beside the rules: a linear-chain CRF (CRFsuite) that
tags each word as part of a name, part of an address or neither.

The rules (names.py, addresses.py) read the cues they were written for; the tagger reads the
words themselves and their neighbours (the word, its first and last letters, its shape, whether
it is a given name, a dictionary, chat or place word, and the same of two words either side),
learned from the labelled tuning corpora (evaluation/privacy/tuning*.jsonl; never the frozen
ones). It adds what the rules miss: "ada yg liat nanda saputra?", "td malam dinar susanti
nelpon". Each finding says how sure the tagger was. A name it reads made only of everyday
words ("Dicari" opening a job advert) is dropped unless the tagger is sure of it ("suami aku
yogi"): such false names cost ordinary questions their meaning. The model
(lexicon/name_tagger.crfsuite) is trained, deterministically, by `scripts/train_name_tagger.py`;
a test checks it is up to date.
"""

from __future__ import annotations

import itertools
import json
import re
import struct
import threading
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import pycrfsuite

from bot.anonymise.addresses import without_its_town
from bot.anonymise.lexicon import (
    PROJECT_ROOT,
    chat_words,
    english_words,
    given_names,
    is_indonesian_word,
    place_words,
)
from bot.anonymise.message import Finding, normalise
from bot.anonymise.name_cues import (
    a_given_name_written_as_a_word,
    after_a_thing_cue,
    after_a_where_word,
    degrees_in,
    read_as_the_verb,
    towns_one_is_from,
    whole_sumsel_towns,
    within_a_degree,
)

MODEL_FILE = PROJECT_ROOT / "lexicon" / "name_tagger.crfsuite"
# What each category of the corpora becomes in the tagger's labels.
LABELS = {"own_name": "N", "family_name": "N", "third_party_name": "N", "address": "A"}
CATEGORIES = {"N": "name", "A": "address"}
# L1 and L2 regularisation, chosen on tuning_7.jsonl with a model trained on the other tuning
# corpora (c1/c2 0.05/0.01, 0.1/0.05, 0.2/0.1, 0.5/0.05 tried): the fewest ordinary questions
# changed, within 0.01 of the best recall.
TRAINING_PARAMS = {
    "c1": 0.2,
    "c2": 0.1,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")
# Where the neighbours a word is tagged with stand, in the order its features name them.
_NEIGHBOURS = (-2, -1, 1, 2)
_LETTERS = re.compile(r"[^\W\d_]+")
_AGENCY_AFTER = re.compile(r"[^\S\n]+(?i:agency|agensi)\b")
_SENTENCE_MARKS = ".,;:!?()\"'"
# A name the model reads made only of everyday words is dropped unless it is at least this sure:
# "suami aku yogi", "saya darwis" (names that are words too) are names where the model is sure
# of it. Chosen with the tagger trained on half the tuning corpora and measured on the other
# half, as written, in lower case and in Title Case (names / ordinary questions unchanged, in
# sum over the three): never kept 23,896 / 13,529; kept from 0.97 +59 / -2; from 0.9 +104 / -4;
# from 0.8 +139 / -11; from 0.7 +168 / -19. At 0.9 the ordinary questions' cost begins to grow.
_SURE_OF_A_WORD_AS_A_NAME = 0.9
# ... and less sure right after a cue that says a name follows ("nama aku juni", "kawan aku
# namonyo oki"): on the two halves of the tuning corpora, 0.7 there +1 / +1 / +2 names as
# written / lower / Title Case, -1 ordinary message in lower case (0.5: +1 / +2 / +2, -1 / -1).
_SURE_AFTER_A_NAMING_CUE = 0.7
_NAMING_CUE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:(?:nama|namo|nm)(?:\s*(?:saya|sy|aku|ak|ku|sayo|gw|gue))?|namanya|namonyo|"
    r"namanyo|namaku|namoku|bernama|bernamo|dipanggil|panggil(?:\s+(?:saja|aja|bae))?)\s*[:,]?\s+$"
)


# ... and after a title said aloud ("pak berkah tetangga aku", "mas agung calo dari ..."):
# on the two halves, 0.5 there +1 / +5 / +1 names, no ordinary message changed (0.7: +0 / +2 /
# +1). "pak selamat pagi", "bu salam kenal" the tagger reads as no name at all.
_SURE_AFTER_A_TITLE = 0.5
_SPOKEN_TITLE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:pak|bu|bapak|ibu|mas|mbak|kak|bang|abang|wak|cik|om|mang|bik|koh|kang|"
    r"yuk|ayuk|uni|uda|teh|mbok|tante|nek|dek|adek)\s+$"
)


def _sure_enough(text: str, start: int) -> float:
    before = max(0, start - 20)
    if _NAMING_CUE_BEFORE.search(text, before, start):
        return _SURE_AFTER_A_NAMING_CUE
    if _SPOKEN_TITLE_BEFORE.search(text, before, start):
        return _SURE_AFTER_A_TITLE
    return _SURE_OF_A_WORD_AS_A_NAME


# ... but never one made of trades: in Palembang people are called by their trade
# ("wak tani", "mang mantri", "bik sayur"), and no one is named so (the review of 2026-12-04's
# night, helper-185) ...
_TRADES = frozenset(
    {"tani", "petani", "kurir", "mantri", "dukun", "montir", "kernet", "sopir", "supir", "ojek"}
    | {"tukang", "sayur", "ikan", "sate", "bakso", "pempek", "warung", "kopi", "tentara"}
    | {"polisi", "satpam", "bidan", "guru", "nelayan", "pedagang", "dagang", "jualan", "kebun"}
    | {"sawah", "karet", "haji", "kades", "lurah", "camat", "rt", "rw", "imam", "ustad", "ustadz"}
    | {"kyai", "bos", "mandor", "toke", "agen", "sponsor", "calo", "admin", "penjual", "perawat"}
    | {"pegawai", "petugas", "dokter", "penghulu", "marbot", "bilal", "modin", "sekdes", "kadus"}
    | {"kepala", "ketua", "majikan", "tengkulak", "buruh", "kuli", "penjahit", "cukur", "bengkel"}
    | {"jamu", "gorengan", "roti", "mie", "ayam", "sapi", "kambing", "nasi"}
)
# ... nor one that what follows describes ("istri sy murni nian", "suami aku untung banget";
# not "dak", "gak": "suami aku yogi dak galak aku kerjo", a name then what the person does not)
_DESCRIBED_AFTER = re.compile(
    # (not "bener bener", "bener2": "adek aku yogi bener bener ilang"; not "sekali" before when:
    # "yogi sekali sebulan nelpon"; not "dari kecil": "anak aku untung dari kecil ikut neneknya")
    r"(?i)\s+(?:nian|banget|bener(?![\s-]*(?:bener|2))|sekali"
    r"(?!\s+(?:se\w+|pulang|ngomong|nelpon|ngirim|transfer|datang|dateng)\b))\b"
)


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word.isupper() and len(word) > 1:
        return "XX"
    if word[:1].isupper():
        return "Xx"
    return "x" if word.islower() else "o"


@lru_cache(maxsize=50_000)
def _word_features(word: str) -> tuple[str, ...]:
    """What the tagger reads of one word, whatever stands around it."""
    lowered = word.lower()
    flags = (
        ("given", lowered in given_names()),
        ("chat", lowered in chat_words()),
        ("place", lowered in place_words()),
        ("eng", lowered in english_words()),
        ("indo", lowered.isalpha() and is_indonesian_word(lowered)),
        ("punct", not word[0].isalnum()),
    )
    return (
        f"l={lowered}",
        f"p3={lowered[:3]}",
        f"s3={lowered[-3:]}",
        f"sh={_shape(word)}",
        f"len={min(len(word), 8)}",
        *(name for name, on in flags if on),
    )


# What the tagger reads of a neighbour, besides its word and shape (the first and fourth of its
# own features).
_NEIGHBOUR_FLAGS = frozenset({"given", "chat", "indo", "punct"})


def _neighbour_features(word: str) -> tuple[tuple[str, ...], ...]:
    """What the tagger reads of a word when it stands at each of _NEIGHBOURS from the one it
    tags ("-1:l=budi", "-1:sh=Xx", "-1:given", ...)."""
    seen = _seen_by_neighbours(_word_features(word))
    return tuple(tuple(f"{offset}:{f}" for f in seen) for offset in _NEIGHBOURS)


def _seen_by_neighbours(own: tuple[str, ...]) -> tuple[str, ...]:
    """Of a word's own features, those its neighbours are tagged with: the word, its shape and
    the flags in _NEIGHBOUR_FLAGS."""
    return (own[0], own[3], *(flag for flag in own[5:] if flag in _NEIGHBOUR_FLAGS))


# Where a text ends first, a neighbour is read as this ("-2:edge").
_EDGE = tuple((f"{offset}:edge",) for offset in _NEIGHBOURS)


def _carrier_of(weights: dict[str, list[float]], label: int, labels: list[str]) -> str:
    """The attribute the model weighs for `label` alone, most heavily."""
    alone = [
        (-abs(weighs[label]), name)
        for name, weighs in weights.items()
        if weighs[label] and sum(1 for weight in weighs if weight) == 1
    ]
    if not alone:
        raise ValueError(f"the tagger's model weighs no attribute for {labels[label]} alone")
    return min(alone)[1]


def _head(text: str) -> tuple[str, str]:
    """What every word of a text is tagged with, whichever word it is."""
    return ("bias", "some_upper" if any(map(str.isupper, text)) else "all_lower")


def _sequence(text: str) -> tuple[list[re.Match[str]], list[list[str]]]:
    """The words of a text and the features of each, as training reads them: the word's own,
    those of the two words either side of it ("-2:edge" where the text ends first), and the pair
    it makes with the word before."""
    tokens = list(_TOKEN.finditer(text))
    words = [token.group() for token in tokens]
    head = _head(text)
    # Two edges either side: around[index + 2] is the word at `index`.
    around = [_EDGE, _EDGE, *map(_neighbour_features, words), _EDGE, _EDGE]
    lowered = ["^", *(word.lower() for word in words)]
    items = [
        [
            *head,
            *_word_features(word),
            *around[index][0],
            *around[index + 1][1],
            *around[index + 3][2],
            *around[index + 4][3],
            f"pair={lowered[index]}|{lowered[index + 1]}",
        ]
        for index, word in enumerate(words)
    ]
    return tokens, items


def _weights_in(model_file: Path) -> tuple[list[str], dict[str, list[float]]]:
    """The model's labels, and the weight of each of its attributes for each label, as CRFsuite
    stored them (crf1d model: a header, then a chunk of features, each a type, an attribute or a
    label it goes from, a label it goes to and a double). `Tagger.info()` prints them rounded to
    six places, which moved marginals by up to 1e-6."""
    data = model_file.read_bytes()
    magic, _, model_type, *_, features_at = struct.unpack_from("<4sI4sIIIII", data)
    chunk, _, count = struct.unpack_from("<4sII", data, features_at)
    if (magic, model_type, chunk) != (b"lCRF", b"FOMC", b"FEAT"):
        raise ValueError(f"{model_file} is no CRFsuite model of a linear chain")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    info = tagger.info()
    labels = sorted(info.labels, key=lambda label: int(info.labels[label]))
    attributes = {int(number): name for name, number in info.attributes.items()}
    weights: dict[str, list[float]] = {}
    for kind, source, label, weight in struct.iter_unpack(
        "<IIId", data[features_at + 12 : features_at + 12 + 20 * count]
    ):
        if kind == 0:  # a state feature (1: a transition, which CRFsuite adds itself)
            weights.setdefault(attributes[source], [0.0] * len(labels))[label] = weight
    return labels, weights


# The labels a word may have but "O" (outside any name or address), in the order NameTagger
# hands CRFsuite their scores.
_LABELS_BUT_O = ("B-N", "I-N", "B-A", "I-A")


class NameTagger:
    """Tags names and addresses in a normalised text with a trained CRF model.

    CRFsuite scores each word for each label by the weights of the features it is handed, about
    twenty for a word; copying those in and looking each up took most of the tagger's time. The
    tagger adds them up itself instead, from a table of what each word it has met scores where
    it stands and two places either side, and hands CRFsuite one feature for each label but
    "O", chosen among those the model weighs for that label alone and valued so that their
    weight times the value is the word's score for the label less its score for "O". CRFsuite
    then finds the labels and their probabilities as it would have: a CRF's labels and
    marginals do not change where every label of a word gains the same."""

    # The words whose scores are kept (a villager's message holds a few hundred at most).
    _WORDS_KEPT = 50_000

    def __init__(self, model_file: Path) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_file))
        # The tagger keeps the last sequence it tagged for `marginal`, and the table of words
        # grows as it reads: the log filter scrubs in whatever thread logs, so one text at a time.
        self._one_at_a_time = threading.Lock()
        labels, weights = _weights_in(model_file)
        if sorted(labels) != sorted(("O", *_LABELS_BUT_O)):
            raise ValueError(f"the tagger's model has labels {labels}, not O and {_LABELS_BUT_O}")
        others = [labels.index(label) for label in _LABELS_BUT_O]
        # What each attribute adds to each label but "O", less what it adds to "O", a row each
        # (row 0: an attribute the model does not know, which adds nothing).
        self._attribute_rows = {name: row for row, name in enumerate(weights, start=1)}
        every_label = np.array([[0.0] * len(labels), *weights.values()])
        self._relative = every_label[:, others] - every_label[:, [labels.index("O")]]
        # ... and of a neighbour's, looked up by the feature as the word itself has it: at -1,
        # "l=budi" is "-1:l=budi", with no string built for each word.
        self._around_rows = tuple(
            {
                name.removeprefix(f"{offset}:"): row
                for name, row in self._attribute_rows.items()
                if name.startswith(f"{offset}:")
            }
            for offset in _NEIGHBOURS
        )
        carriers = [_carrier_of(weights, label, labels) for label in others]
        self._carried = np.array(
            [weights[name][label] for name, label in zip(carriers, others, strict=True)]
        )
        self._carrier_keys = [name.encode() for name in carriers]
        # (of a text with a capital, and of one without)
        self._heads = {head: self._added_by(head) for head in map(_head, ("A", "a"))}
        self._forget_words()

    def _added_by(self, features: Iterable[str]) -> np.ndarray:
        return self._relative[[self._attribute_rows.get(name, 0) for name in features]].sum(0)

    def _forget_words(self) -> None:
        # Row 0 is the edge of the text; a word's row: what it adds where it stands, then at
        # each of _NEIGHBOURS from the word tagged.
        self._word_rows: dict[str, int] = {}
        self._word_table = np.zeros((1024, 1 + len(_NEIGHBOURS), len(_LABELS_BUT_O)))
        self._word_table[0, 1:] = [self._added_by(edge) for edge in _EDGE]

    def _read_new_words(self, words: Iterable[str]) -> None:
        """Put what each of `words` (none in the table yet) adds in the table."""
        new = list(dict.fromkeys(words))
        rows, starts = [], []
        for word in new:
            own = _word_features(word)
            seen = _seen_by_neighbours(own)
            starts.append(len(rows))
            rows += [self._attribute_rows.get(name, 0) for name in own]
            for around in self._around_rows:
                starts.append(len(rows))
                rows += [around.get(name, 0) for name in seen]
        first = len(self._word_rows) + 1
        while first + len(new) > len(self._word_table):
            self._word_table = np.concatenate([self._word_table, np.zeros_like(self._word_table)])
        self._word_table[first : first + len(new)] = np.add.reduceat(
            self._relative[rows], starts
        ).reshape(len(new), 1 + len(_NEIGHBOURS), len(_LABELS_BUT_O))
        self._word_rows.update(zip(new, range(first, first + len(new)), strict=True))

    def _items(self, text: str, words: list[str]) -> list[dict[bytes, float]]:
        """What CRFsuite is handed for each word: its carriers, valued with the word's scores."""
        if len(self._word_rows) + len(words) > self._WORDS_KEPT:
            self._forget_words()
        rows = self._word_rows
        if not rows.keys() >= set(words):
            self._read_new_words(word for word in words if word not in rows)
        table = self._word_table[[0, 0, *map(rows.__getitem__, words), 0, 0]]
        lowered = ["^", *(word.lower() for word in words)]
        pairs = self._relative[
            [
                self._attribute_rows.get(f"pair={before}|{word}", 0)
                for before, word in itertools.pairwise(lowered)
            ]
        ]
        scores = (
            table[2:-2, 0]
            + table[:-4, 1]
            + table[1:-3, 2]
            + table[3:-1, 3]
            + table[4:, 4]
            + pairs
            + self._heads[_head(text)]
        )
        # (a dict written out is built some times faster than from zip)
        name_begins, name_goes_on, address_begins, address_goes_on = self._carrier_keys
        return [
            {name_begins: a, name_goes_on: b, address_begins: c, address_goes_on: d}
            for a, b, c, d in (scores / self._carried).tolist()
        ]

    def findings(self, text: str) -> list[Finding]:
        """The names and addresses the model reads in `text`, each with how sure it was."""
        tokens = list(_TOKEN.finditer(text))
        if not tokens:
            return []
        with self._one_at_a_time:
            labels = self._tagger.tag(self._items(text, [token.group() for token in tokens]))
            spans: list[list] = []  # [start, end, kind, lowest probability]
            for index, (token, label) in enumerate(zip(tokens, labels, strict=True)):
                if label == "O":
                    continue
                kind, sure = label[2:], self._tagger.marginal(label, index)
                if label.startswith("I-") and spans and spans[-1][2] == kind:
                    spans[-1][1] = token.end()
                    spans[-1][3] = min(spans[-1][3], sure)
                else:
                    spans.append([token.start(), token.end(), kind, sure])
        found: list[Finding] = []
        towns: list[tuple[int, int]] | None = None  # (read where a name is)
        # "D3 Kebidanan, A.Md.Keb": a degree's letters are no name
        degrees = degrees_in(text) if "." in text else []
        for start, end, kind, sure in spans:
            # A full stop or a comma the model took in belongs to the sentence, not the name.
            while end > start and text[end - 1] in _SENTENCE_MARKS:
                end -= 1
            while start < end and text[start] in _SENTENCE_MARKS:
                start += 1
            if (
                start == end
                # "i live in employer villa, no one knows i am here": words anyone writes
                or (kind == "A" and _only_chat_or_english_words(text[start:end]))
                or (
                    kind == "N"
                    and (
                        within_a_degree(start, end, degrees)
                        or _everyday_words_not_sure_to_be_a_name(text, start, end, sure)
                        or a_given_name_written_as_a_word(text, start, end)  # "aku gada duit"
                        or _AN_ACRONYM_OWNED.fullmatch(text, start, end)
                        or _AN_ACRONYM.fullmatch(text, start, end)
                        or _a_verb_before_ones_name(text, start, end)
                        or after_a_thing_cue(text, start)
                        or after_a_where_word(text, start)
                        # "email dari andalas agency": one word before "agency" names the
                        # agency, as "Andalas Agency" written capitalised does
                        # (name_cues.COMPANY_AFTER); not a given name ("katanya ratna agensi
                        # udah tutup", "kemarin budi agency nelpon": in lower case, someone)
                        or (
                            " " not in text[start:end]
                            and _AGENCY_AFTER.match(text, end)
                            and text[start:end].lower() not in given_names()
                        )
                        # "suami saya gara gara utang": a name that is a word too, read as the word
                        or read_as_the_verb(
                            text, start, start + len(text[start:end].split()[0]), opening=True
                        )
                    )
                )
            ):
                continue
            if kind == "N":
                start = _past_a_passive_verb(text, start, end)
                if towns is None:
                    towns = towns_one_is_from(text)
                start = _past_a_town(text, start, end, towns)
                if start == end:
                    continue
                if "\n" in text[start:end]:  # a name is written on one line
                    reason = f"the tagger reads a name ({sure:.2f})"
                    found += [
                        Finding(*part, CATEGORIES[kind], reason)
                        for part in _lines_not_a_town(text, start, end)
                    ]
                    continue
            else:
                end = without_its_town(text, start, _without_a_question_after(text, start, end))
            category = CATEGORIES[kind]
            reason = f"the tagger reads {'a name' if kind == 'N' else 'an address'} ({sure:.2f})"
            found.append(Finding(start, end, category, reason))
        return found


# "LPK di blok A no 3 jalan Demang Lebar Daun resmi gak": the question after an address.
_QUESTION_AFTER = re.compile(
    r"(?:\s+(?:resmi|legal|asli|aman|bener|benar|gak|ga|nggak|enggak|dak|tidak|kah|ya|yah|apa|"
    r"min|kak|pak|bu|dong|sih|kan|nih|tu|itu|ini|ndak|idak|apo|ado|bukan|nian))+[?!.\s]*$",
)


def _without_a_question_after(text: str, start: int, end: int) -> int:
    """Where an address the tagger read ends once the words of a question after it are off."""
    question = _QUESTION_AFTER.search(text, start, end)
    return question.start() if question and question.start() > start else end


# "namo aku ditulis kasiman": a verb of the passive (di-...) the model took in before the name.
_PASSIVE_VERB_FIRST = re.compile(r"di[^\W\d_]{3,}\s+")


# "Nama adik saya adalah Putri": the word that says what follows is the name, taken in.
_COPULA_FIRST = re.compile(r"(?i:adalah|ialah|yaitu|yakni|merupakan)\s+")


def _past_a_passive_verb(text: str, start: int, end: int) -> int:
    """Where the name read from `start` to `end` begins once a passive verb or a copula before it
    is left out ("dinar susanti" stays whole: "nar" is no word)."""
    copula = _COPULA_FIRST.match(text, start, end)
    if copula and copula.end() < end:
        return copula.end()
    verb = _PASSIVE_VERB_FIRST.match(text, start, end)
    stem = verb.group().strip()[2:].lower() if verb else ""
    if (
        verb
        and is_indonesian_word(stem)
        and _only_everyday_words(verb.group())
        and verb.end() < end
    ):
        return verb.end()
    return start


def _lines_not_a_town(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts, line by line, of a name the tagger read over lines, less a line that is only a
    town of South Sumatra ("salam\nsiti\nlahat": Siti, and Lahat stays)."""
    parts = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        written = line.group().strip(" .,")
        if not written or written.lower() in whole_sumsel_towns():
            continue  # (only South Sumatra's: "rudi\ntanjung" is Rudi Tanjung, a Batak name)
        offset = start + line.start() + line.group().index(written)
        parts.append((offset, offset + len(written)))
    return parts


def _past_a_town(text: str, start: int, end: int, towns: list[tuple[int, int]]) -> int:
    """Where the name read from `start` to `end` begins once a town of South Sumatra it starts
    with, after "dari", is left out ("salam dari cempaka\nsiti": Siti); `end` if nothing is
    left."""
    for town_start, town_end in towns:
        if town_start <= start < town_end:
            start = town_end
            while start < end and not text[start].isalnum():
                start += 1
    return start


# "BLKLN", "LPKS": capitals with one vowel at most, four or more, an office's acronym.
_AN_ACRONYM = re.compile(r"(?=[A-Z]{4,}\b)[B-DF-HJ-NP-TV-Z]*[AEIOU]?[B-DF-HJ-NP-TV-Z]*")


# "PTnyo minta 12 juta", "LPKnya": an acronym with its -nya, a firm or an office, no one.
_AN_ACRONYM_OWNED = re.compile(r"[A-Z]{2,}(?:nya|nyo|ny)")


# "kenapa tidak timbul nama saya", "tolong ganti nama aku": a verb in lower case, then one's
# name; "Suryani namo aku" names the writer.
_ONES_NAME_AFTER = re.compile(r"\s+(?:nama|namo)\s?(?:saya|sy|aku|ku|sayo)\b", re.IGNORECASE)


def _a_verb_before_ones_name(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    return (
        span.islower()
        and " " not in span
        and is_indonesian_word(span)
        and _ONES_NAME_AFTER.match(text, end) is not None
    )


# The words of a house's whereabouts ("jalan veteran ujung, rumah pagar kuning", "gang tiga"):
# with one of them, an address of everyday words still points to a house.
_WHEREABOUTS = frozenset(
    {
        *("jalan", "jl", "jln", "gang", "gg", "lorong", "lrg", "blok", "block", "rumah", "rt"),
        *("rw", "nomor", "komplek", "kompleks", "komp", "perum", "perumahan", "street"),
        *("road", "lane", "flat", "apartemen", "apartment", "tower", "lantai", "floor"),
        *("unit", "kamar", "room", "desa", "dusun", "kampung", "pagar", "cat", "ujung"),
        *("belakang", "depan", "samping", "sebelah", "dekat", "seberang", "bedeng", "mess"),
        *("asrama", "kebun", "pabrik", "masjid", "musala", "sekolah", "pasar", "simpang"),
    }
)
# ... and the kinds of dwelling, which alone point to no house ("employer villa"; "Villa" is
# someone's name too, so it is no everyday word)
_DWELLINGS = frozenset({"villa", "vila", "house", "home", "condo", "kondo", "apartment"})
# (not "one": "no one knows i am here")
_NUMBER_WORDS = frozenset(
    {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)


def _only_chat_or_english_words(span: str) -> bool:
    """An address read from words villagers chat with or English ones, without a digit, a
    number said or a word of a house's whereabouts ("i live in employer villa, no one knows i
    am here")."""
    if any(character.isdigit() for character in span):
        return False
    words = [word.lower() for word in _LETTERS.findall(span)]
    return all(
        (word in chat_words() or word in english_words() or word in _DWELLINGS)
        and word not in _WHEREABOUTS
        and word not in _NUMBER_WORDS
        for word in words
    )


def _everyday_words_not_sure_to_be_a_name(text: str, start: int, end: int, sure: float) -> bool:
    """A name the model read made only of everyday words, where it is not sure enough of it
    (_sure_enough), its words are all trades or what follows describes it."""
    span = text[start:end]
    return _only_everyday_words(span) and (
        sure < _sure_enough(text, start)
        or _TRADES.issuperset(_LETTERS.findall(span.lower()))  # ("wak untung tani karet")
        or _DESCRIBED_AFTER.match(text, end) is not None
    )


def _only_everyday_words(span: str) -> bool:
    """ "Dicari" opening a job advert: every word is an everyday word and none a given name."""
    if any(character.isdigit() for character in span):
        return False  # digits the model took in are worth removing whatever the words are
    words = [word.lower() for word in _LETTERS.findall(span)]
    return all(
        word not in given_names()
        and (word in chat_words() or word in english_words() or is_indonesian_word(word))
        for word in words
    )


@cache
def name_tagger() -> NameTagger:
    return NameTagger(MODEL_FILE)


# --------------------------------------------------------------------------- training


def labelled_sequences(messages: Iterable[dict]) -> Iterator[tuple[list[list[str]], list[str]]]:
    """Each corpus message as the tagger's items and the labels (B-/I- N or A, or O) of its words."""
    for message in messages:
        text = normalise(message["text"])
        tokens, items = _sequence(text)
        labels = ["O"] * len(tokens)
        for item in message["pii"]:
            kind = LABELS.get(item["category"]) or _a_persons_account_name(item)
            if kind is None:
                continue
            for match in re.finditer(re.escape(normalise(item["value"])), text):
                inside = [
                    index
                    for index, token in enumerate(tokens)
                    if token.start() < match.end() and match.start() < token.end()
                ]
                for position, index in enumerate(inside):
                    labels[index] = ("B-" if position == 0 else "I-") + kind
        yield items, labels


def _a_persons_account_name(item: dict) -> str | None:
    """ "N" for an account's display name made of words with a given name among them ("fb dio
    rahmat kurniawan"): learned as a name, not as words no one needs to remove, which would
    teach the tagger that names in lower case are none; a handle ("siska.oki99") or a group's
    name with no given name in it teaches it nothing."""
    value = item["value"]
    if item["category"] != "social" or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", value):
        return None
    words = value.lower().split()
    return "N" if any(word in given_names() for word in words) else None


def with_lower_case_copies(messages: list[dict]) -> list[dict]:
    """The messages, then each that holds a capital again in lower case, its values too: many
    villagers write all in lower case, names included, and the tagger learns to read them there
    from the same messages (trained on half the tuning corpora and measured on the other half,
    names in lower case 3,410 -> 3,641 of 3,918; see evaluation/privacy/README.md)."""
    lowered = [
        {
            **message,
            "text": message["text"].lower(),
            "pii": [{**item, "value": item["value"].lower()} for item in message["pii"]],
        }
        for message in messages
        if message["text"].lower() != message["text"]
    ]
    return [*messages, *lowered]


def read_corpora(paths: Iterable[Path]) -> list[dict]:
    return [
        json.loads(line)
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def train(messages: Iterable[dict], model_file: Path) -> None:
    """Train the tagger on labelled messages and write its model (the same bytes every time)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for items, labels in labelled_sequences(messages):
        trainer.append(items, labels)
    trainer.set_params(TRAINING_PARAMS)
    trainer.train(str(model_file))
