"""When a rule's reminders happen: wall-clock times turned into instants.

A *slot* is one (local date, wall time) of a rule, turned into an aware
instant in the person's zone. All DST handling lives here:

- a time that happens twice (the repeated hour when clocks fall back) is its
  first occurrence, so it fires once;
- a time that never happens (the hour skipped when clocks spring forward) moves
  to the next wall minute that does exist that day: 02:30 becomes 03:00.

Instants are compared as absolute time, always through UTC. Python compares
two datetimes that share a tzinfo by their wall clocks, ignoring ``fold``, so
in the repeated hour 01:15 (second time) would look *earlier* than 01:30
(first time); converting to UTC first avoids that trap.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coach.domain.reminder_rules import ReminderRule

_MINUTE = timedelta(minutes=1)
_DAY = timedelta(days=1)
_TICK = timedelta(microseconds=1)  # the smallest step between datetimes: s < x  <=>  s <= x - _TICK
# Every valid rule has a slot in any 7 days; 8 leaves room for a slot moved by a DST gap.
_SEARCH = timedelta(days=8)


def utc(moment: datetime) -> datetime:
    """The same instant in UTC (ValueError for a naive datetime: it is no instant)."""
    if moment.utcoffset() is None:
        raise ValueError(f"{moment.isoformat()} has no time zone, so it is not an instant")
    return moment.astimezone(UTC)


def exists(wall: datetime, zone: ZoneInfo) -> bool:
    """Whether the naive local ``wall`` time happens at all in ``zone`` (False in a DST gap).

    A time that exists survives a round trip through UTC; one in a gap comes
    back as a different wall time (02:30 goes out as 07:30 UTC and returns as 03:30).
    """
    local = wall.replace(tzinfo=zone, fold=0)
    back = local.astimezone(UTC).astimezone(zone)
    return back.replace(tzinfo=None, fold=0) == wall.replace(fold=0)


def slot_instant(day: date, wall: time, zone: ZoneInfo) -> datetime:
    """The instant of ``wall`` on ``day`` in ``zone``: its first occurrence, or the next valid minute.

    Returns an aware datetime in ``zone`` with fold=0.
    """
    local = datetime.combine(day, wall)
    if exists(local, zone):
        return local.replace(tzinfo=zone)  # fold=0: the first of a repeated hour
    # A gap. The round trip lands past it (02:30 -> 03:30), on a wall time that exists;
    # the answer is the first existing minute between the asked time and there.
    beyond = local.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None, fold=0)
    candidate = local.replace(second=0, microsecond=0) + _MINUTE
    while candidate < beyond:
        if exists(candidate, zone):
            return candidate.replace(tzinfo=zone)
        candidate += _MINUTE
    return beyond.replace(tzinfo=zone)


def slots_between(rule: ReminderRule, start: datetime, end: datetime, zone: ZoneInfo) -> list[datetime]:
    """The rule's slots s with start < s <= end, sorted, as aware datetimes in ``zone``.

    The rule's weekdays filter by the slot's local date. ``enabled`` and
    ``created`` are ignored here; the reminder book applies them. Two times of
    one day that a DST gap moves onto the same minute (02:15 and 02:45 -> 03:00)
    are one slot: a person wants one reminder at 03:00, not two.
    """
    low, high = utc(start), utc(end)
    if high <= low:
        return []
    # A day either side: a slot of a local date can fall on the next UTC date and back,
    # and the gap rule can push a late slot past midnight.
    first = low.astimezone(zone).date() - _DAY
    last = high.astimezone(zone).date() + _DAY
    found: dict[datetime, datetime] = {}
    day = first
    while day <= last:
        if day.weekday() in rule.weekdays:
            for wall in rule.times:
                slot = slot_instant(day, wall, zone)
                instant = slot.astimezone(UTC)
                if low < instant <= high:
                    found.setdefault(instant, slot)  # keyed by UTC: one slot per instant
        day += _DAY
    return [found[instant] for instant in sorted(found)]


def next_slot(rule: ReminderRule, after: datetime, zone: ZoneInfo) -> datetime | None:
    """The rule's first slot after ``after``, or None if none within 8 days (not for a valid rule)."""
    slots = slots_between(rule, after, utc(after) + _SEARCH, zone)
    return slots[0] if slots else None


def previous_slot(rule: ReminderRule, before: datetime, zone: ZoneInfo) -> datetime | None:
    """The rule's last slot before ``before``, searching back 8 days; None if there is none."""
    end = utc(before) - _TICK
    slots = slots_between(rule, end - _SEARCH, end, zone)
    return slots[-1] if slots else None


def upcoming(rules: Iterable[ReminderRule], after: datetime, zone: ZoneInfo,
             count: int) -> list[tuple[datetime, ReminderRule]]:
    """The next ``count`` slots of the enabled rules, after ``after`` and after each rule's creation.

    Sorted by instant, then rule id. Each rule's slots are read 8 days at a
    time and merged lazily, so a weekly rule and a daily one mix correctly
    however large ``count`` is.
    """
    if count <= 0:
        return []
    streams = [_stream(rule, max(utc(after), utc(rule.created)), zone) for rule in rules if rule.enabled]
    merged = heapq.merge(*streams, key=lambda item: (item[0].astimezone(UTC), item[1].id))
    return list(itertools.islice(merged, count))


def _stream(rule: ReminderRule, after: datetime, zone: ZoneInfo) -> Iterator[tuple[datetime, ReminderRule]]:
    """The rule's slots after ``after``, in order, read 8 days at a time.

    Not 7: a weekly slot can be 7 days and an hour after the last one (the
    clocks fell back in between), and a 7-day window could then hold none.
    """
    low = after
    while True:
        slots = slots_between(rule, low, low + _SEARCH, zone)
        if not slots:
            return  # a valid rule has a slot in any 8 days; stop rather than loop forever
        for slot in slots:
            yield slot, rule
        low += _SEARCH
