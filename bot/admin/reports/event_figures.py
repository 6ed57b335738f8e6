"""The outreach events as the console lists them, and how many people each reached."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.admin.reports.dashboard import dashboard
from bot.admin.reports.filters import NO_EVENT, QueryFilter
from bot.admin.small_counts import Shown
from bot.querylog import OutreachEvent


def event_reach(session: Session) -> tuple[dict[str, tuple[Shown, Shown]], bool]:
    """Messages and distinct users per event code as shown, and whether they are ranges: the
    rows of the dashboard's breakdown by event without filters, so that the two pages show the
    same."""
    figures = dashboard(session, QueryFilter())
    reach = {b.name: (b.messages, b.users) for b in figures.by_event if b.name != NO_EVENT}
    return reach, figures.ranges


def all_events(session: Session) -> list[OutreachEvent]:
    return list(session.scalars(select(OutreachEvent).order_by(OutreachEvent.event_date.desc())))


def registered_codes(session: Session) -> frozenset[str]:
    """The codes of the registered events: the only event codes the console shows."""
    return frozenset(session.scalars(select(OutreachEvent.code)))


def event_choices(session: Session) -> list[tuple[str, str]]:
    """(code, label) for the event filter: the registered events by date, newest first (codes
    only seen in the log are left out; they were typed after /start, not scanned)."""
    return [(e.code, f"{e.name} ({e.kabupaten})") for e in all_events(session)]
