"""No group of fewer than five people in what the console shows (bot.admin.small_counts): the
rule, the charts, then the dashboard and the events page over real query-log rows (`stats`:
test_admin_cli.py; the review's ways of working hidden counts out: test_differencing.py)."""

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
    HIDDEN,
    SMALLEST_GROUP_SHOWN,
    Counted,
    Range,
    ShownGroup,
    hidden_last,
    in_range,
    shown_group,
    shown_page,
)
from testkit.admin_client import logged_in_console
from testkit.querylog_rows import CROWD, SAMPLE, SMALL_GROUPS, add_events, add_rows, open_log

SMALL_NUMBERS = {str(n) for n in range(1, SMALLEST_GROUP_SHOWN)}


# ---------------------------------------------------------------------------- the rule
def test_a_group_of_fewer_than_five_users_is_hidden_whole_and_zero_stays_zero():
    assert SMALLEST_GROUP_SHOWN == 5
    # 12 messages from 3 people: the messages go with the users, or 12 would say "at least 12".
    assert shown_group(Counted(12, 3, 0), ranges=False) == ShownGroup(HIDDEN, HIDDEN, None)
    assert shown_group(Counted(4, 4, 0), ranges=False) == ShownGroup(HIDDEN, HIDDEN, None)
    assert shown_group(Counted(5, 5, 0), ranges=False) == ShownGroup(5, 5, 0.0)
    assert shown_group(Counted(0, 0, 0), ranges=False) == ShownGroup(0, 0, 0.0)


@pytest.mark.parametrize(
    ("unanswered", "rate"),
    [(0, 0.0), (1, None), (4, None), (5, 0.5), (6, None), (9, None), (10, 1.0)],
)
def test_a_share_is_shown_only_when_unanswered_and_answered_are_each_0_or_5_and_more(
    unanswered, rate
):
    assert shown_group(Counted(10, 10, unanswered), ranges=False).unanswered_rate == rate


def test_counts_in_ranges_start_at_a_multiple_of_five():
    assert [str(in_range(n)) for n in (0, 5, 9, 10, 67)] == ["0", "5–9", "5–9", "10–14", "65–69"]


def test_a_page_with_anything_hidden_shows_every_count_as_a_range():
    cards = Counted(67, 23, 10)
    shown_cards, [rows], ranges = shown_page(
        cards, [[Counted(50, 10, 5), Counted(7, 7, 0), Counted(9, 5, 5), Counted(1, 1, 0)]]
    )

    assert ranges
    assert shown_cards == ShownGroup(Range(65), Range(20), (10 + 2) / (65 + 2))
    assert rows == [
        ShownGroup(Range(50), Range(10), (5 + 2) / (50 + 2)),  # the share from the ranges
        ShownGroup(Range(5), Range(5), 0.0),
        ShownGroup(Range(5), Range(5), None),  # 5 unanswered, 4 answered
        ShownGroup(HIDDEN, HIDDEN, None),
    ]


def test_a_hidden_share_alone_turns_the_page_to_ranges_and_nothing_hidden_keeps_it_exact():
    *_, ranges = shown_page(Counted(26, 26, 6), [[Counted(6, 6, 1), Counted(20, 20, 5)]])
    exact_cards, [exact_rows], exact = shown_page(
        Counted(26, 26, 5), [[Counted(6, 6, 0), Counted(20, 20, 5)]]
    )

    assert ranges and not exact
    assert exact_cards == ShownGroup(26, 26, 5 / 26)
    assert exact_rows == [ShownGroup(6, 6, 0.0), ShownGroup(20, 20, 0.25)]


def test_hidden_rows_come_last_by_name_whatever_their_size():
    rows = [("Lahat", HIDDEN), ("OKI", Range(10)), ("Banyuasin", HIDDEN), ("Palembang", Range(30))]

    ordered = hidden_last(rows, name=lambda r: r[0], count=lambda r: r[1])

    assert [name for name, _ in ordered] == ["Palembang", "OKI", "Banyuasin", "Lahat"]


# ---------------------------------------------------------------------------- charts
def test_a_chart_leaves_hidden_values_out_draws_ranges_and_says_so():
    bars = charts.bar_chart(
        [("OKI", Range(10)), ("Palembang", 12), ("Lahat", HIDDEN), ("Muara Enim", None)],
        title="x",
    )
    line = charts.line_chart(
        ["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28"],
        {"Pesan": [Range(5), HIDDEN, Range(5), Range(5)]},
        title="y",
    )

    assert bars.count("<rect") == 2 and "Lahat" not in bars
    assert ">10–14</text>" in bars and ">12</text>" in bars
    assert "2 tidak digambar (disembunyikan)" in bars
    assert line.count("<polyline") == 1  # the last two; the first alone is a dot
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
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, SAMPLE + CROWD + SMALL_GROUPS)
    add_events(sessions, "desa-pematang", "kelurahan-plg", "dusun-ulu", "desa-tanjung")
    async with logged_in_console(database_url, sessions, tmp_path) as client:
        yield client, sessions
    log.close()


async def test_the_dashboard_shows_no_count_below_five(console):
    client, _ = console
    for query in ("", "?event=dusun-ulu", "?event=desa-tanjung", "?from=2026-11-27&to=2026-11-27"):
        html = (await client.get("/" + query)).text

        assert small_numbers_in(html) == [], query
        assert 'id="ranges-note"' in html, query  # something is hidden on each of them
        for table in ("by-event", "by-district"):
            for name, messages, users, rate in table_rows(html, table):
                if HIDDEN in (messages, users, rate):
                    assert messages == users == HIDDEN and rate == "-", (query, name)
                else:
                    assert re.fullmatch(r"\d+–\d+", messages) and re.fullmatch(r"\d+–\d+", users)
    one_person = unescape((await client.get("/?event=dusun-ulu")).text)
    assert f'id="total-messages">{HIDDEN}<' in one_person
    assert f'id="total-users">{HIDDEN}<' in one_person
    assert 'id="fallback-rate">-<' in one_person
    assert f"{HIDDEN}</b>: kelompok dengan kurang dari 5 pengguna" in one_person  # explained


async def test_a_page_with_nothing_hidden_shows_exact_counts(database_url, tmp_path):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, CROWD)
    add_events(sessions, "desa-pematang", "kelurahan-plg")
    async with logged_in_console(database_url, sessions, tmp_path) as client:
        html = (await client.get("/")).text
    log.close()

    assert 'id="total-messages">21<' in html and 'id="ranges-note"' not in html
    assert table_rows(html, "by-event")[0] == ["desa-pematang", "10", "10", "0%"]


async def test_charts_draw_no_bar_for_a_hidden_count(console):
    client, _ = console
    html = (await client.get("/")).text
    events_chart = html.split('aria-label="Pesan per acara"')[1].split("</svg>")[0]

    drawn = re.findall(r'text-anchor="end">([^<]+)</text><rect', events_chart)
    assert drawn == ["desa-pematang", "(tanpa acara)", "kelurahan-plg"]
    assert "10–14</text>" in events_chart
    assert "2 tidak digambar" in events_chart  # dusun-ulu (1 person) and desa-tanjung (3)


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
    assert reach["Dusun Ulu"] == reach["Desa Tanjung"] == (HIDDEN, HIDDEN)
    assert reach["Desa Pematang"] == ("10–14", "10–14")
    for code, name in (("dusun-ulu", "Dusun Ulu"), ("desa-pematang", "Desa Pematang")):
        assert by_event[code] == reach[name]
    assert 'id="ranges-note"' in events


def test_the_csv_export_holds_queries_not_counts_per_group(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, SAMPLE + SMALL_GROUPS)
    with sessions() as session:
        rows = reports.search_queries(session, QueryFilter(start=date(2026, 11, 20)))

    header, *lines = csv.reader(
        io.StringIO(exports.queries_csv(rows, event_codes=set()), newline="")
    )
    assert tuple(header) == exports.CSV_COLUMNS  # a query's own fields, nothing summed up
    assert len(lines) == len(SAMPLE + SMALL_GROUPS)
