"""When an officer's answer is due: office hours, and the reply time counted inside them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from bot.settings import Settings

DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# Indonesia's zones by their everyday names; anything else is shown by its UTC offset.
ZONE_NAMES = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


@dataclass(frozen=True)
class OfficeHours:
    """The officers' working days and hours in their time zone."""

    days: tuple[int, ...]  # ISO weekdays
    start: time
    end: time
    zone: ZoneInfo

    @classmethod
    def of(cls, settings: Settings) -> OfficeHours:
        return cls(
            days=tuple(settings.office_days),
            start=settings.office_hours_start,
            end=settings.office_hours_end,
            zone=ZoneInfo(settings.office_timezone),
        )

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone)
        return local.isoweekday() in self.days and self.start <= local.time() < self.end

    def next_opening(self, moment: datetime) -> datetime:
        """The next time the office opens after `moment` (itself, if it is open then)."""
        local = moment.astimezone(self.zone)
        if self.is_open(local):
            return moment
        day = local.date()
        if local.time() >= self.start:
            day += timedelta(days=1)
        while day.isoweekday() not in self.days:
            day += timedelta(days=1)
        return datetime.combine(day, self.start, tzinfo=self.zone)

    def reply_due(self, moment: datetime, allowed: timedelta) -> datetime:
        """When an answer is due, in UTC like every time the bot keeps: `allowed` of office time
        after `moment` (time outside office hours does not count)."""
        at = self.next_opening(moment)
        left = allowed
        while True:
            local = at.astimezone(self.zone)
            closing = datetime.combine(local.date(), self.end, tzinfo=self.zone)
            if at + left <= closing:
                return (at + left).astimezone(timezone.utc)
            left -= closing - at
            at = self.next_opening(closing)

    def describe(self) -> str:
        """ "Senin–Jumat 08.00–16.00 WIB", in the villager's words."""
        days = list(self.days)
        if days == list(range(days[0], days[-1] + 1)) and len(days) > 1:
            day_text = f"{DAY_NAMES[days[0] - 1]}–{DAY_NAMES[days[-1] - 1]}"
        else:
            day_text = ", ".join(DAY_NAMES[d - 1] for d in days)
        return f"{day_text} {clock(self.start)}–{clock(self.end)} {self.zone_name()}"

    def zone_name(self) -> str:
        return ZONE_NAMES.get(str(self.zone), str(self.zone))

    def when(self, moment: datetime, now: datetime) -> str:
        """A due time as a villager reads it: "hari ini 10.30 WIB", "besok 08.30 WIB",
        "Senin 08.30 WIB"."""
        local, today = moment.astimezone(self.zone), now.astimezone(self.zone).date()
        if local.date() == today:
            day = "hari ini"
        elif local.date() == today + timedelta(days=1):
            day = "besok"
        else:
            day = DAY_NAMES[local.weekday()]
        return f"{day} {clock(local.time())} {self.zone_name()}"


def clock(moment: time) -> str:
    return f"{moment.hour:02d}.{moment.minute:02d}"
