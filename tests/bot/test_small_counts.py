"""No count from 1 to 4 in what the console shows (bot.admin.small_counts): the rule and the charts."""

from __future__ import annotations

import pytest

from bot.admin import charts
from bot.admin.small_counts import (
    DISGUISED,
    SMALL,
    SMALLEST_COUNT_SHOWN,
    can_be_worked_out,
    hidden_last,
    shown_column,
    shown_count,
)


# ---------------------------------------------------------------------------- the rule
def test_one_to_four_reads_fewer_than_five_and_zero_stays_zero():
    assert SMALLEST_COUNT_SHOWN == 5 and SMALL == "< 5"
    assert [shown_count(n) for n in range(7)] == [0, SMALL, SMALL, SMALL, SMALL, 5, 6]


def test_small_cells_that_sum_to_nothing_certain_stay_fewer_than_five():
    assert shown_column([40, 2, 3, 9]) == [40, SMALL, SMALL, 9]  # 5 could be 1+4 or 2+3
    assert shown_column([40, 9, 7, 0]) == [40, 9, 7, 0]


@pytest.mark.parametrize(
    ("counts", "hidden"),
    [
        ([40, 3, 9, 7], [3, 7]),  # 59 minus the shown cells would give the 3
        ([40, 1, 1, 9, 7], [1, 1, 7]),  # two hidden cells that add up to 2 are both 1
        ([40, 4, 4, 9, 7], [4, 4, 7]),  # and 8 is 4 and 4
    ],
)
def test_small_cells_a_total_would_give_back_are_hidden_with_the_next_smallest(counts, hidden):
    shown = shown_column(counts)

    assert [c for c, s in zip(counts, shown, strict=True) if s == DISGUISED] == hidden
    assert SMALL not in shown  # the small cell cannot be told from its companion
    assert can_be_worked_out([h for h in hidden if h < SMALLEST_COUNT_SHOWN])


def test_a_column_of_small_cells_only_has_nothing_to_hide_them_with():
    assert shown_column([1, 1]) == [SMALL, SMALL]
    assert shown_column([3]) == [SMALL]


def test_hidden_rows_come_last_by_name_whatever_their_size():
    rows = [("Lahat", DISGUISED), ("OKI", 12), ("Banyuasin", DISGUISED), ("Palembang", 30)]

    ordered = hidden_last(rows, name=lambda r: r[0], count=lambda r: r[1])

    assert [name for name, _ in ordered] == ["Palembang", "OKI", "Banyuasin", "Lahat"]


# ---------------------------------------------------------------------------- charts
def test_a_chart_leaves_hidden_values_out_and_says_so():
    bars = charts.bar_chart([("OKI", 12), ("Lahat", SMALL), ("Muara Enim", None)], title="x")
    line = charts.line_chart(
        ["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28"],
        {"Pesan": [8, SMALL, 9, 7]},
        title="y",
    )

    assert bars.count("<rect") == 1 and "Lahat" not in bars
    assert "2 tidak digambar (&lt; 5 atau disamarkan)" in bars
    assert line.count("<polyline") == 1  # 9 and 7; the 8 alone is a dot
    assert line.count("<circle") == 3 and "1 tidak digambar" in line
