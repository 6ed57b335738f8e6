"""The words of a message cut to their Indonesian stems ("ditawari", "menawarkan" and
"tawaran" all read "tawar"), after its chat spellings and Palembang forms are read as the
standard words ("dak ngerti" as "tidak mengerti", lexicon/chat_spellings.yml): the word
features the intent vote counts beside its character n-grams (components/char_ngrams.py).

The stems are Sastrawi's (the Nazief-Adriani algorithm over its dictionary of root words). Its
factory keeps that dictionary as a list, and every rule looks a word up in it (about 28 ms a
word); here the same words are a set (0.15 ms a word), and the stems of the words already seen
are remembered, up to a bound.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

WORD = re.compile(r"\w+")


class RootWords:
    """Sastrawi's dictionary of root words as a set: the one method its stemmer calls."""

    def __init__(self, words: list[str]) -> None:
        self._words = frozenset(words)

    def contains(self, word: str) -> bool:
        return word in self._words


@cache
def _stemmer() -> Stemmer:
    return Stemmer(RootWords(StemmerFactory().get_words()))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's stem, or the word itself when Sastrawi finds none ("pmi", "kerjo")."""
    return _stemmer().stem_word(word) or word


def stems(text: str) -> str:
    """The text's words, each cut to its stem, separated by spaces."""
    return " ".join(stem(word) for word in WORD.findall(text.casefold()))
