"""Small counts: no figure the console, `stats` or a chart shows points to a handful of people.

The rule, in one place for every output:

- A count of queries or users from 1 to 4 reads "< 5" (SMALLEST_COUNT_SHOWN): in a group that
  small (an event on one day, a district, a topic within an event) staff who were there may
  know who it is. Zero reads 0: an empty group holds nobody.
- Differencing. The cells of a breakdown (messages per district, say) add up to a total that is
  shown somewhere: the dashboard's cards, another breakdown of the same messages, a row of the
  events page. When the hidden cells of a column could be worked out from that total (a single
  hidden cell, or hidden cells that can only all be 1 or all be 4), the smallest shown cell of
  the column is hidden with them, and every hidden cell of that column reads "disamarkan"
  (DISGUISED): nobody can tell the small cell from the one hidden beside it, and the total
  minus the shown cells is the sum of both. Hidden rows are listed after the shown ones by
  name, since an order by size would tell which one is the small one.
- A share (the unanswered rate) is shown only beside a message count that is shown: 33% of a
  hidden count says it was 3.
- Charts draw only shown counts and say how many they leave out.

What it does not stop: a breakdown whose cells are all small and alike (five districts with one
question each beside a total of 5) has no shown cell to hide them with; the console's filters
can ask for two overlapping groups (two date ranges, an event and then one of its districts)
whose difference is small; and the question list shows every question with its event and
district. Those need roles, with outreach staff limited to aggregates (docs/dpia.md, open
action 4), not more arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

SMALLEST_COUNT_SHOWN = 5
SMALL = f"< {SMALLEST_COUNT_SHOWN}"
DISGUISED = "disamarkan"

# A count as it may be shown: the number, or SMALL or DISGUISED in its place.
Shown = int | str
Row = TypeVar("Row")


def is_small(count: int) -> bool:
    """Above zero and below the threshold: a group that could be one person."""
    return 0 < count < SMALLEST_COUNT_SHOWN


def shown_count(count: int) -> Shown:
    """One count on its own (a total): the number, or "< 5" from 1 to 4; zero stays 0."""
    return SMALL if is_small(count) else count


def can_be_worked_out(hidden: Sequence[int]) -> bool:
    """Whether small cells hidden as "< 5" follow from their sum (the total minus the shown
    cells): one cell is its sum, and n cells that add up to n (or to 4n) are all 1 (or all 4)."""
    largest_small = SMALLEST_COUNT_SHOWN - 1
    return len(hidden) == 1 or sum(hidden) in (len(hidden), largest_small * len(hidden))


def shown_column(counts: Sequence[int]) -> list[Shown]:
    """The cells of one column of a breakdown as they may be shown (the module's rule): small
    cells "< 5"; when those could be worked out from the column's total, they and the smallest
    shown cell all read "disamarkan". A column without a shown cell keeps its "< 5": there is
    nothing to hide them with (and its total is small, or made of small cells only)."""
    shown: list[Shown] = [shown_count(count) for count in counts]
    small = [i for i, count in enumerate(counts) if is_small(count)]
    if not small or not can_be_worked_out([counts[i] for i in small]):
        return shown
    others = [i for i, count in enumerate(counts) if count >= SMALLEST_COUNT_SHOWN]
    if not others:
        return shown
    for i in [*small, min(others, key=lambda i: counts[i])]:
        shown[i] = DISGUISED
    return shown


def is_shown(count: Shown) -> bool:
    """Whether this is a number, not a mark in a hidden count's place."""
    return isinstance(count, int)


def percent(rate: float | None) -> str:
    """A share as a whole percentage; "-" where it is hidden beside a hidden count."""
    return "-" if rate is None else f"{100 * rate:.0f}%"


def hidden_last(
    rows: Sequence[Row], *, name: Callable[[Row], str], count: Callable[[Row], Shown]
) -> list[Row]:
    """Rows with a shown count by size, largest first, then the hidden ones by name: in order of
    size the hidden ones would tell which is small and which was hidden beside it."""
    return sorted(
        rows,
        key=lambda row: (0, -count(row), "") if is_shown(count(row)) else (1, 0, name(row)),
    )
