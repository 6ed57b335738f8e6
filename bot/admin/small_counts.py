"""Small counts: nothing the console, `stats` or a chart shows points to a handful of people.

One rule for every page that shows counts (the dashboard with its cards, breakdowns and charts;
the events page; `stats`):

1. **Small groups are hidden whole.** A group with 1 to 4 users (a day, an event, a district,
   a topic; or the whole page) shows neither its messages nor its users nor its unanswered
   share: every one of them reads "disembunyikan" (HIDDEN). Users and messages go together:
   Muara Enim's 7 users beside hidden messages would say it had at least 7. Zero reads 0.
2. **A share needs two large counts.** The unanswered share is shown only when both the
   unanswered and the answered messages are 0 or at least 5: 17% of 6 messages says 1.
3. **A page with anything hidden shows every count as a range of five.** The rows of a
   breakdown add up to the cards, and so do the rows of every other breakdown of the same
   messages; beside exact numbers, the cards minus the shown rows would give a hidden row back.
   So once rule 1 or 2 hides anything on a page, each count on it reads as the five numbers it
   lies in, "65–69" (RANGE_WIDTH, the count rounded down), and each share is worked out from
   those ranges, never from the exact counts. The cards' range minus the shown rows' ranges
   then leaves the one hidden row of a breakdown anywhere from 1 to at least 4 messages: the
   arithmetic says no more than the mark does. Rounding down guarantees it (the cards' upper
   end minus the shown rows' lower ends is a multiple of five plus 4); rounding to the nearest
   five would not: 8 and 8 shown as 10 and 10 beside a total of 17 shown as 15 leave 1.

Hidden rows are listed after the shown ones by name: in order of size they would say more.

What it does not stop: several hidden rows of one breakdown together can be narrowed (four
hidden rows with at most 4 messages between them have 1 each); the console's filters can ask
for two overlapping groups (two date ranges, an event and then one of its districts) whose
difference is small; the unanswered shares of rows beside the share of the cards can still be
subtracted; and the question list shows every question with its event and district. Those
need roles, with outreach staff limited to aggregates (docs/dpia.md, open action 4), not
more arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TypeVar

SMALLEST_GROUP_SHOWN = 5
RANGE_WIDTH = 5
HIDDEN = "disembunyikan"

# The rule in words, under every page and in `stats`.
HIDDEN_EXPLAINED = (
    "kelompok dengan kurang dari 5 pengguna, yang bisa menunjuk satu orang: pesan, pengguna "
    "dan persentase tidak terjawabnya tidak ditampilkan."
)
RATE_EXPLAINED = (
    "Persentase tidak terjawab hanya ditampilkan bila pesan yang tidak terjawab dan yang "
    "terjawab masing-masing 0 atau paling sedikit 5."
)
RANGES_EXPLAINED = (
    "ada yang disembunyikan di sini, jadi setiap angka ditampilkan sebagai rentang lima "
    "(65 sampai 69) dan persentase dihitung dari rentang itu, supaya yang disembunyikan tidak "
    "bisa dihitung dari selisih jumlahnya."
)
CHARTS_EXPLAINED = (
    "Grafik tidak menggambar yang disembunyikan; rentang digambar dari ujung bawahnya."
)


@dataclass(frozen=True)
class Range:
    """A count shown as the range of five it lies in: Range(65) reads "65–69"."""

    low: int

    def __str__(self) -> str:
        return f"{self.low}–{self.low + RANGE_WIDTH - 1}"


# A count as it may be shown: the number, its range, or HIDDEN.
Shown = int | Range | str
Row = TypeVar("Row")


@dataclass(frozen=True)
class Counted:
    """One group as counted: the whole page (its cards) or one row of a breakdown."""

    messages: int
    users: int
    # None where no share goes with the group (the topics).
    unanswered: int | None = None


@dataclass(frozen=True)
class ShownGroup:
    """One group as it may be shown; unanswered_rate None reads "-"."""

    messages: Shown
    users: Shown
    unanswered_rate: float | None


def is_small(count: int) -> bool:
    """Above zero and below the threshold: a group that could be one person."""
    return 0 < count < SMALLEST_GROUP_SHOWN


def is_hidden(group: Counted) -> bool:
    """Rule 1: fewer than 5 users (or messages, which are never fewer than the users)."""
    return is_small(group.users) or is_small(group.messages)


def shows_rate(group: Counted) -> bool:
    """Rule 2: a shown group whose unanswered and answered messages are each 0 or at least 5."""
    if group.unanswered is None or is_hidden(group):
        return False
    return not is_small(group.unanswered) and not is_small(group.messages - group.unanswered)


def hides_something(group: Counted) -> bool:
    """Whether rules 1 and 2 hide anything of this group."""
    return is_hidden(group) or (group.unanswered is not None and not shows_rate(group))


def in_range(count: int) -> Shown:
    """A count as rule 3 shows it; zero stays 0, as nobody is hidden in it."""
    return Range(count - count % RANGE_WIDTH) if count else 0


def _middle(count: Shown) -> float:
    return count.low + (RANGE_WIDTH - 1) / 2 if isinstance(count, Range) else float(count)


def shown_group(group: Counted, *, ranges: bool) -> ShownGroup:
    """One group as shown, its counts exact or (ranges=True) as ranges of five."""
    if is_hidden(group):
        return ShownGroup(HIDDEN, HIDDEN, None)
    show: Callable[[int], Shown] = in_range if ranges else (lambda count: count)
    messages = show(group.messages)
    rate = None
    if group.unanswered is not None and shows_rate(group):
        rate = _middle(show(group.unanswered)) / _middle(messages) if group.messages else 0.0
    return ShownGroup(messages, show(group.users), rate)


def shown_page(
    cards: Counted, breakdowns: Sequence[Sequence[Counted]]
) -> tuple[ShownGroup, list[list[ShownGroup]], bool]:
    """The cards and the breakdowns of one page as shown, and whether its counts are ranges
    (rule 3: anything on the page hidden)."""
    ranges = any(map(hides_something, chain([cards], *breakdowns)))
    return (
        shown_group(cards, ranges=ranges),
        [[shown_group(row, ranges=ranges) for row in rows] for rows in breakdowns],
        ranges,
    )


def plotted(count: Shown | float | None) -> float | None:
    """What a chart draws for a value: a range at its lower end; nothing for HIDDEN or None."""
    if isinstance(count, Range):
        return count.low
    return count if isinstance(count, int | float) else None


def percent(rate: float | None) -> str:
    """A share as a whole percentage; "-" where it is hidden."""
    return "-" if rate is None else f"{100 * rate:.0f}%"


def hidden_last(
    rows: Sequence[Row], *, name: Callable[[Row], str], count: Callable[[Row], Shown]
) -> list[Row]:
    """Rows with a shown count by size (as shown), largest first, then the hidden ones by name:
    in order of size the hidden ones would say more."""

    def order(row: Row) -> tuple[int, float, str]:
        value = plotted(count(row))
        return (0, -value, name(row)) if value is not None else (1, 0.0, name(row))

    return sorted(rows, key=order)
