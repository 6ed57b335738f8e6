"""Reading a whole message with a pattern, tried only where a match can begin.

Python's `re` tries a pattern at every position of the text unless the pattern starts with plain
characters; most of the scrubber's patterns start with `\\b` or a look-behind and a choice of
cue words ("\\b(?i:film|lagu|novel)\\s+..."), so each whole-text scan of a 4,096-character
message cost 0.05-0.3 ms. `matches(pattern, text, lowered)` finds the same matches as
`pattern.finditer(text)`: it reads from the pattern itself the strings one of which every match
must begin with ("film", "lagu", "novel"), finds those in the lower-cased text and tries the
pattern only there. Where a match can only begin a word (the pattern opens with `\\b` or
"(?<!\\w)"), the words of the text that begin with the same two characters are looked at (from
an index of its words, made once a message by `LowerCase`, which holds it no longer than the
message); else each string is looked for with `str.find`. Where a pattern's beginning says no
such thing (a digit, a capital, anything), it is scanned as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, cached_property

# The parser `re` itself uses, to read how a pattern's matches begin (a module of the standard
# library since Python 3.11; the bot needs 3.11 for the possessive repeats in its patterns).
from re import _constants as sre_constants
from re import _parser as sre_parse

# The lower-case characters case-blind `re` matches for others that do not lower to them.
from re._casefix import _EXTRA_CASES
from typing import NamedTuple

# Past this many beginnings a pattern is scanned as before: looking for each costs more (with
# `str.find`; at the beginnings of words, a look-up in the message's index of its words).
_MOST_BEGINNINGS = 64
_MOST_WORD_BEGINNINGS = 256

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT}

# The only characters that a case-blind pattern matches for a lower-case ASCII letter and that do
# not lower to it: "İ" and "ı" for "i", "ſ" for "s" (tests/bot/test_scanning.py reads them off
# `re`). A text holding one is scanned as before.
_FOLDED_APART = ("\u0130", "\u0131", "\u017f")

# Operations that match no character: they narrow a match, never move where it begins.
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}

# Where a word begins, and its first two characters (one where the word has one).
_WORD_START = re.compile(r"\b\w\w?")

_WORD_CHARACTER = re.compile(r"\w")


class Beginnings(NamedTuple):
    """The lower-case strings one of which every match of a pattern begins with; where the
    pattern also says that a match begins a word, how each string's word begins (its first
    two characters, or one where the second is no word character)."""

    strings: tuple[str, ...]
    word_openings: tuple[str, ...] | None


class LowerCase(str):
    """A message in lower case, every character where it stood (made by lower_in_place), and
    what `matches` reads of it once a message: where its words begin, and whether it holds a
    character that a case-blind pattern matches without its lowering to it."""

    @cached_property
    def words_by_opening(self) -> dict[str, list[int]]:
        """Where each word starts, by its first two characters."""
        words: dict[str, list[int]] = {}
        for opening in _WORD_START.finditer(self):
            words.setdefault(opening.group(), []).append(opening.start())
        return words

    @cached_property
    def folds_apart(self) -> bool:
        return not self.isascii() and any(character in self for character in _FOLDED_APART)


def lower_in_place(text: str) -> LowerCase:
    """`text` in lower case with every character where it stood ("İ" lowers to two characters:
    it stays as it is)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return LowerCase(lowered)


def matches(pattern: re.Pattern[str], text: str, lowered: LowerCase) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, the same and in the same order.

    `lowered` is `text` in lower case, every character where it stood (see lower_in_place)."""
    beginnings = match_beginnings(pattern)
    if beginnings is None or lowered.folds_apart:
        yield from pattern.finditer(text)
        return
    resume = 0
    for position in sorted(_candidates(beginnings, lowered)):
        if position < resume:
            continue  # inside the last match: finditer goes on from where a match ends
        match = pattern.match(text, position)
        if match:
            yield match
            resume = max(match.end(), position + 1)


def _candidates(beginnings: Beginnings, lowered: LowerCase) -> set[int]:
    """Where in `lowered` one of the beginnings stands (at a word's start, where it must)."""
    candidates = set()
    if beginnings.word_openings is not None:
        words = lowered.words_by_opening
        for opening, strings in _by_opening(beginnings):
            candidates.update(
                start for start in words.get(opening, ()) if lowered.startswith(strings, start)
            )
        return candidates
    for beginning in beginnings.strings:
        found = lowered.find(beginning)
        while found != -1:
            candidates.add(found)
            found = lowered.find(beginning, found + 1)
    return candidates


@cache
def _by_opening(beginnings: Beginnings) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The beginnings grouped by how their word opens: each word of the message that opens so
    is looked at once, whatever number of beginnings share its opening ("mar", "mei" for "ma")."""
    grouped: dict[str, list[str]] = {}
    for string, opening in zip(beginnings.strings, beginnings.word_openings or (), strict=True):
        grouped.setdefault(opening, []).append(string)
    return tuple((opening, tuple(strings)) for opening, strings in grouped.items())


@cache
def match_beginnings(pattern: re.Pattern[str]) -> Beginnings | None:
    """How every match of `pattern` begins, or None where the pattern does not say (or says too
    many strings, or one shorter than two letters)."""
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    options = _literal_options(items)
    if options is None or any(not option for option, _ in options):
        return None
    strings: list[str] = []
    for string in sorted(option for option, _ in options):
        if not strings or not string.startswith(strings[-1]):
            strings.append(string)  # ("no", "nomor"): where "nomor" stands, "no" does
    if any(len(string) < 2 and string.isalnum() for string in strings):
        return None
    if _opens_a_word(items, pattern.flags) and all(
        _WORD_CHARACTER.match(string) and len(string) >= 2 for string in strings
    ):
        openings = tuple(_WORD_START.match(string).group() for string in strings)
        return Beginnings(tuple(strings), openings)
    return Beginnings(tuple(strings), None) if len(strings) <= _MOST_BEGINNINGS else None


def _opens_a_word(items: list, flags: int) -> bool:
    """Does the pattern open with `\\b` or a look-behind that no word character may stand in
    ("(?<!\\w)", "(?<![\\w@.])"), with Unicode's word characters (the index's)?"""
    if not items or flags & sre_constants.SRE_FLAG_ASCII:
        return False
    op, argument = items[0]
    if op is sre_constants.SUBPATTERN:  # "(?i:\\b(?:presiden|...))"
        return _opens_a_word(list(argument[-1]), flags | argument[1])
    if op is sre_constants.AT:
        return argument is sre_constants.AT_BOUNDARY
    if op is sre_constants.ASSERT_NOT and argument[0] == -1:  # a look-behind
        behind = list(argument[1])
        return (
            len(behind) == 1
            and behind[0][0] is sre_constants.IN
            and (sre_constants.CATEGORY, sre_constants.CATEGORY_WORD) in behind[0][1]
            and all(kind is not sre_constants.NEGATE for kind, _ in behind[0][1])
        )
    return False


def _literal_options(items: list) -> set[tuple[str, bool]] | None:
    """The strings (lower case) one of which a match of the sequence `items` begins with, each
    with whether it is all of the match (so that what follows it in a pattern can be added on);
    None where a match may begin with anything."""
    options = {("", True)}
    for op, argument in items:
        if op in _ZERO_WIDTH:
            continue
        following = _item_options(op, argument)
        longer = {
            (option + more, more_is_all)
            for option, is_all in options
            for more, more_is_all in (following if is_all and following else [("", False)])
        }
        if len(longer) > _MOST_WORD_BEGINNINGS:  # the strings so far say enough
            return {(option, False) for option, _ in options}
        options = longer
        if not any(is_all for _, is_all in options):
            break
    return options


def _plain(code: int) -> bool:
    """A character every character case-blind `re` matches for it lowers to its lower case
    (str.lower, in place): ASCII (with "İ", "ı", "ſ" in the text caught by folds_apart) or
    uncased; not "σ" (final sigma), "µ", "ſ", "ı", "İ", Cyrillic, ... ."""
    character = chr(code)
    return character.isascii() or (
        character.lower() == character == character.upper() and code not in _EXTRA_CASES
    )


def _item_options(op, argument) -> set[tuple[str, bool]] | None:
    """What _literal_options says of one item of a sequence."""
    if op is sre_constants.LITERAL:
        return {(chr(argument).lower(), True)} if _plain(argument) else None
    if op is sre_constants.IN and all(
        kind is sre_constants.LITERAL and _plain(code) for kind, code in argument
    ):
        return {(chr(code).lower(), True) for _, code in argument}
    if op is sre_constants.SUBPATTERN:
        return _literal_options(list(argument[-1]))
    if op is sre_constants.BRANCH:
        branches = [_literal_options(list(branch)) for branch in argument[1]]
        return None if None in branches else set().union(*branches)
    if op in _REPEATS:
        least, most, repeated = argument
        once = _literal_options(list(repeated))
        if once is None:
            return None
        # what may be repeated again is not all of the match; what may be left out is nothing
        once = once if most == 1 else {(option, False) for option, _ in once}
        return once | {("", True)} if least == 0 else once
    return None
