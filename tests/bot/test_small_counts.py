"""No count from 1 to 4 in what the console shows (bot.admin.small_counts): the rule, the
charts, then the dashboard and the events page over real query-log rows (`stats`:
test_admin_cli.py)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from html import unescape
from html.parser import HTMLParser

import pytest

from bot.admin import charts, exports, reports
from bot.admin.reports import QueryFilter
from bot.admin.small_counts import (
    DISGUISED,
    SMALL,
    SMALLEST_COUNT_SHOWN,
    can_be_worked_out,
    hidden_last,
    shown_column,
    shown_count,
)
from tests.admin_client import logged_in_console
from tests.querylog_rows import CROWD, SAMPLE, SMALL_GROUPS, add_events, add_rows, open_log

SMALL_NUMBERS = {str(n) for n in range(1, SMALLEST_COUNT_SHOWN)}


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


# ---------------------------------------------------------------------------- what is shown
class TextNodes(HTMLParser):
    """Every piece of text of a page, SVG labels included, stripped."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append(data.strip())


def small_numbers_in(html: str) -> list[str]:
    parser = TextNodes()
    parser.feed(html)
    return [text for text in parser.texts if text.rstrip("%") in SMALL_NUMBERS]


def table_rows(html: str, table_id: str) -> list[list[str]]:
    """The cells of a table's rows (the header left out), as text."""
    table = html.split(f'id="{table_id}"')[1].split("</table>")[0]
    return [
        [
            unescape(re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<td>(.*?)</td>", row, re.S)
        ]
        for row in table.split("<tr>")[2:]
    ]


@pytest.fixture
async def console(database_url, tmp_path):
    """The console over SAMPLE, CROWD and SMALL_GROUPS in process, logged in; yields a client
    and the session factory."""
    sessions = open_log(database_url)
    add_rows(sessions, SAMPLE + CROWD + SMALL_GROUPS)
    add_events(sessions, "desa-pematang", "kelurahan-plg", "dusun-ulu", "desa-tanjung")
    async with logged_in_console(database_url, sessions, tmp_path) as client:
        yield client, sessions
    sessions.kw["bind"].dispose()


async def test_the_dashboard_shows_no_count_below_five(console):
    client, _ = console
    for query in ("", "?event=dusun-ulu", "?event=desa-tanjung", "?from=2026-11-27&to=2026-11-27"):
        html = (await client.get("/" + query)).text

        assert small_numbers_in(html) == [], query
        for table in ("by-event", "by-district"):
            for name, messages, _, rate in table_rows(html, table):
                if messages in (SMALL, DISGUISED):
                    assert rate == "-", (query, name)  # 50% of a hidden count would tell it
    one_person = unescape((await client.get("/?event=dusun-ulu")).text)
    assert 'id="total-messages">< 5<' in one_person
    assert 'id="total-users">< 5<' in one_person
    assert 'id="fallback-rate">-<' in one_person
    assert "< 5</b>: kurang dari 5" in one_person  # the marks are explained


async def test_charts_draw_no_bar_for_a_hidden_count(console):
    client, _ = console
    html = (await client.get("/")).text
    events_chart = html.split('aria-label="Pesan per acara"')[1].split("</svg>")[0]

    drawn = re.findall(r'text-anchor="end">([^<]+)</text><rect', events_chart)
    assert drawn == ["desa-pematang", "kelurahan-plg", "(tanpa acara)"]
    assert "2 tidak digambar" in events_chart  # dusun-ulu (2) and desa-tanjung (3)


async def test_the_events_page_shows_reach_as_the_dashboard_does(console):
    client, sessions = console
    events = (await client.get("/events")).text
    reach = {row[0]: (row[5], row[6]) for row in table_rows(events, "event-table")}
    with sessions() as session:
        by_event = {
            b.name: (str(b.messages), str(b.users))
            for b in reports.dashboard(session, QueryFilter()).by_event
        }

    assert small_numbers_in(events) == []
    assert reach["Dusun Ulu"] == reach["Desa Tanjung"] == (SMALL, SMALL)
    for code, name in (("dusun-ulu", "Dusun Ulu"), ("desa-pematang", "Desa Pematang")):
        assert by_event[code] == reach[name]


def test_the_csv_export_holds_queries_not_counts_per_group(database_url):
    sessions = open_log(database_url)
    add_rows(sessions, SAMPLE + SMALL_GROUPS)
    with sessions() as session:
        rows = reports.search_queries(session, QueryFilter(start=date(2026, 11, 20)))

    header, *lines = csv.reader(
        io.StringIO(exports.queries_csv(rows, event_codes=set()), newline="")
    )
    assert tuple(header) == exports.CSV_COLUMNS  # a query's own fields, nothing summed up
    assert len(lines) == len(SAMPLE + SMALL_GROUPS)
