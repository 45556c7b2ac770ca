"""What a reminder is: a routine, wall-clock times and the days of the week.

A rule says "remind me of the cat stretch at 08:00 and 18:00 on weekdays". The
times are local wall-clock times (what the person reads on the clock), never
instants: when they happen is the business of ``reminder_times``, which knows
about time zones and DST. This module only holds the rule, checks that it makes
sense, and reads and writes the short texts people type ("8:00", "mon-fri").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = date.weekday()
ALL_DAYS: frozenset[int] = frozenset(range(7))
WEEKDAYS: frozenset[int] = frozenset(range(5))
WEEKENDS: frozenset[int] = frozenset({5, 6})

# Whole-text words for common sets of days; the first word of each is the one format_weekdays writes.
_DAY_SETS: dict[str, frozenset[int]] = {
    "daily": ALL_DAYS,
    "every day": ALL_DAYS,
    "everyday": ALL_DAYS,
    "weekdays": WEEKDAYS,
    "weekends": WEEKENDS,
}
# People type "monday" and "Thurs" as often as "mon"; the three-letter name is what we write.
_FULL_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ALIASES = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}

_TIME_PATTERN = re.compile(r"([0-9]{1,2}):([0-9]{2})")  # ASCII digits: \d would take "٠٨:٣٠"
_TIME_HELP = "use HH:MM, e.g. 08:00"
_DAYS_HELP = ("use day names mon, tue, wed, thu, fri, sat, sun, separated by commas, "
              "ranges such as mon-fri, or daily, weekdays, weekends")


@dataclass(frozen=True)
class ReminderRule:
    """One reminder: which routine, at which local times, on which days.

    Attributes:
        id: from 1 up, unique among one person's rules; the reminder state is keyed by it.
        routine: the id of the routine to offer, e.g. "cat-stretch".
        times: local wall-clock times, whole minutes, sorted, no repeats, at least one.
        created: when the rule was made (aware). Slots at or before it never fire,
            so a new rule does not greet the person with reminders for the past.
            A rule whose times are edited should get a new ``created`` for the same reason.
        weekdays: the days it fires, as date.weekday() numbers (0 = Monday).
        enabled: a disabled rule is kept but never fires.
    """

    id: int
    routine: str
    times: tuple[time, ...]
    created: datetime
    weekdays: frozenset[int] = ALL_DAYS
    enabled: bool = True

    def __post_init__(self) -> None:
        # Accept any iterable from callers, but store the immutable types the class promises.
        object.__setattr__(self, "times", tuple(self.times))
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        if isinstance(self.id, bool) or not isinstance(self.id, int) or self.id < 1:
            raise ValueError(f"reminder id must be a whole number from 1 up, not {self.id!r}")
        if not isinstance(self.routine, str) or not self.routine.strip():
            raise ValueError(f"reminder {self.id}: routine must be a routine id such as \"cat-stretch\", "
                             f"not {self.routine!r}")
        self._check_times()
        bad_days = sorted(d for d in self.weekdays if isinstance(d, bool) or not isinstance(d, int)
                          or not 0 <= d <= 6)
        if bad_days:
            raise ValueError(f"reminder {self.id}: weekdays must be numbers 0 (mon) to 6 (sun), "
                             f"not {bad_days!r}")
        if not self.weekdays:
            raise ValueError(f"reminder {self.id}: needs at least one day of the week")
        if not isinstance(self.created, datetime) or self.created.utcoffset() is None:
            raise ValueError(f"reminder {self.id}: created must be a date and time with a time zone, "
                             f"not {self.created!r}")
        if not isinstance(self.enabled, bool):
            raise ValueError(f"reminder {self.id}: enabled must be true or false, not {self.enabled!r}")

    def _check_times(self) -> None:
        if not self.times:
            raise ValueError(f"reminder {self.id}: needs at least one time of day")
        for t in self.times:
            if not isinstance(t, time):
                raise ValueError(f"reminder {self.id}: {t!r} is not a time of day; {_TIME_HELP}")
            if t.tzinfo is not None:
                # The zone is the person's current one, chosen at each check; a rule keeps wall times.
                raise ValueError(f"reminder {self.id}: {format_time(t)} must be a plain wall-clock time "
                                 f"without a time zone")
            if t.second or t.microsecond:
                raise ValueError(f"reminder {self.id}: {t.isoformat()} must be whole minutes; {_TIME_HELP}")
        if len(set(self.times)) != len(self.times):
            repeated = sorted({format_time(t) for t in self.times if self.times.count(t) > 1})
            raise ValueError(f"reminder {self.id}: {', '.join(repeated)} is listed more than once")
        if list(self.times) != sorted(self.times):
            shown = ", ".join(format_time(t) for t in self.times)
            raise ValueError(f"reminder {self.id}: times must be in order, earliest first, not {shown}")


def parse_time(text: str) -> time:
    """Read "08:00", "8:00" or "18:30" (spaces around are fine) as a time of day."""
    match = _TIME_PATTERN.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is not None:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour <= 23 and minute <= 59:
            return time(hour, minute)
    raise ValueError(f'"{text}" is not a time of day; {_TIME_HELP}')


def format_time(t: time) -> str:
    """The 24-hour "HH:MM" form parse_time reads back."""
    return f"{t.hour:02d}:{t.minute:02d}"


def parse_weekdays(text: str) -> frozenset[int]:
    """Read days as people write them: "mon,tue,fri", "Mon - Fri", "sat-mon", "daily", "weekdays".

    Names are case-insensitive and may be full ("monday"); a range wraps past
    Sunday ("fri-mon" is fri, sat, sun, mon). ValueError names the part that
    could not be read and lists what can be written.
    """
    if not isinstance(text, str):
        raise ValueError(f"{text!r} is not a list of days; {_DAYS_HELP}")
    whole = " ".join(text.lower().split())
    if whole in _DAY_SETS:
        return _DAY_SETS[whole]
    days: set[int] = set()
    for raw in text.split(","):
        part = " ".join(raw.lower().split())
        if not part:
            raise ValueError(f'"{text}" has an empty day between commas; {_DAYS_HELP}')
        if part in _DAY_SETS:
            days |= _DAY_SETS[part]
        elif "-" in part:
            first, _, last = (p.strip() for p in part.partition("-"))
            start, stop = _day_number(first, raw), _day_number(last, raw)
            span = (stop - start) % 7  # wraps past Sunday
            days.update((start + i) % 7 for i in range(span + 1))
        else:
            days.add(_day_number(part, raw))
    return frozenset(days)


def _day_number(name: str, part: str) -> int:
    if name in WEEKDAY_NAMES:
        return WEEKDAY_NAMES.index(name)
    if name in _FULL_NAMES:
        return _FULL_NAMES.index(name)
    if name in _ALIASES:
        return _ALIASES[name]
    raise ValueError(f'"{part.strip()}" is not a day of the week; {_DAYS_HELP}')


def format_weekdays(days: frozenset[int]) -> str:
    """"daily", "weekdays", "weekends", or names in week order: "mon,wed,fri"."""
    days = frozenset(days)
    if not days or not days <= ALL_DAYS:
        raise ValueError(f"{sorted(days)!r} is not a set of weekday numbers 0 (mon) to 6 (sun)")
    for word, named in (("daily", ALL_DAYS), ("weekdays", WEEKDAYS), ("weekends", WEEKENDS)):
        if days == named:
            return word
    return ",".join(WEEKDAY_NAMES[d] for d in sorted(days))
