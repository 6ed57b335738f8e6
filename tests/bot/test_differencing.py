"""The review's three ways of working a hidden small count out of what the dashboard shows
(bot.admin.small_counts), run as someone who knows the rule would run them: a small count is
safe when other counts, differing from the real ones only there and in one other row, give
exactly the same dashboard, so that nothing shown tells them apart."""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from bot.admin import reports
from bot.admin.reports import Dashboard, QueryFilter
from bot.querylog import QueryLogRow
from testkit.querylog_rows import add_events, add_rows, open_log, pseudonym

# Per district or event: messages, users, unanswered messages. Users of different rows differ.
Table = dict[str, tuple[int, int, int]]
MESSAGES, USERS, UNANSWERED = range(3)

# The users column gave the hidden row away: Muara Enim's 7 users meant at least 7 messages,
# so of the 8 hidden messages Pagar Alam had 1.
USERS_BESIDE_HIDDEN_MESSAGES: Table = {
    "Lahat": (50, 10, 0),
    "Muara Enim": (7, 7, 0),
    "OKU": (9, 5, 0),
    "Pagar Alam": (1, 1, 0),
}
# The cell hidden beside the small one lay between 5 and the smallest cell shown: with 5 shown,
# it was 5, and the small one the rest of the total.
COMPANION_PINNED_AT_FIVE: Table = {
    "Lahat": (50, 50, 0),
    "OKU": (5, 5, 0),
    "Muara Enim": (5, 5, 0),
    "Pagar Alam": (2, 2, 0),
}
ONLY_ONE_OTHER_ROW: Table = {"OKU": (5, 5, 0), "Pagar Alam": (1, 1, 0)}
# Ranges rounded to the nearest five would read 10, 10 and a total of 15: at most 1 hidden.
NEAREST_FIVE_WOULD_TELL: Table = {"OKU": (8, 8, 0), "Lahat": (8, 8, 0), "Pagar Alam": (1, 1, 0)}
# 17% of 6 messages is 1.
RATE_BESIDE_A_SHOWN_COUNT: Table = {"ev1": (6, 6, 1), "ev2": (20, 20, 5)}


def log_rows(table: Table, key: str) -> list[dict]:
    """Query-log rows with these counts, grouped by key (kabupaten or event_code)."""
    rows, first_user = [], 0
    for name, (messages, users, unanswered) in table.items():
        rows += [
            {
                key: name,
                "user_pseudonym": pseudonym(first_user + n % users),
                "outcome": "fallback" if n < unanswered else "answered",
            }
            for n in range(messages)
        ]
        first_user += users
    return rows


def dashboard_for(sessions, table: Table, key: str) -> Dashboard:
    """The dashboard, without filters, of a log holding exactly these counts."""
    with sessions.begin() as session:
        session.execute(delete(QueryLogRow))
    add_rows(sessions, log_rows(table, key))
    with sessions() as session:
        return reports.dashboard(session, QueryFilter())


def possible(table: Table, name: str, column: int, value: int) -> list[Table]:
    """Tables whose row `name` has this value in the column and that differ from the real one
    elsewhere at most in one other row's same column, by up to 9, smallest changes first."""

    def changed(row: tuple[int, int, int], new_value: int) -> tuple[int, int, int]:
        cells = list(row)
        cells[column] = new_value
        if column == MESSAGES:  # a row's users are never more than its messages
            cells[USERS] = min(cells[USERS], new_value)
        return cells[0], cells[1], cells[2]

    base = {**table, name: changed(table[name], value)}
    candidates = [base]
    for delta in sorted(range(-9, 10), key=abs):
        for other in table:
            if other != name and delta:
                row = base[other]
                candidates.append({**base, other: changed(row, row[column] + delta)})
    return [
        t for t in candidates if all(m >= u >= min(m, 1) and 0 <= f <= m for m, u, f in t.values())
    ]


def indistinguishable(sessions, table: Table, name: str, column: int, key: str) -> set[int]:
    """The values from 1 to 4 of the row's column that some table showing exactly the same
    dashboard has."""
    seen = dashboard_for(sessions, table, key)
    return {
        value
        for value in range(1, 5)
        if any(
            dashboard_for(sessions, t, key) == seen for t in possible(table, name, column, value)
        )
    }


@pytest.fixture
def sessions(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_events(sessions, *RATE_BESIDE_A_SHOWN_COUNT)
    yield sessions
    log.close()


@pytest.mark.parametrize(
    "table",
    [
        USERS_BESIDE_HIDDEN_MESSAGES,
        COMPANION_PINNED_AT_FIVE,
        ONLY_ONE_OTHER_ROW,
        NEAREST_FIVE_WOULD_TELL,
    ],
    ids=[
        "users-beside-hidden-messages",
        "companion-pinned-at-five",
        "only-one-other-row",
        "nearest-five-would-tell",
    ],
)
def test_a_hidden_districts_messages_could_be_anything_from_1_to_4(sessions, table):
    assert indistinguishable(sessions, table, "Pagar Alam", MESSAGES, "kabupaten") == {1, 2, 3, 4}


def test_an_events_unanswered_messages_could_be_anything_from_1_to_4(sessions):
    unanswered = indistinguishable(
        sessions, RATE_BESIDE_A_SHOWN_COUNT, "ev1", UNANSWERED, "event_code"
    )

    assert unanswered == {1, 2, 3, 4}
