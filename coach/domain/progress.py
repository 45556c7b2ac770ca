"""Progress figures from the session history: today's counts, streaks, the heatmap, pain.

Everything here reads ``SessionRecord`` values and a zone; nothing reads the
clock or the disk, so the home screen and the exports get the same figures and
the tests can pin any day, DST change included.

A session belongs to the local day it *started* on: that is the day the person
sat down to do it (an evening session that runs past midnight is still that
evening's), and it is known even for a session that never ended.

Days are calendar dates, never 24-hour spans: counting back one ``date`` at a
time stays right on the 23- and 25-hour days of DST changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coach.domain.history_records import SessionOutcome, SessionRecord
from coach.domain.reminder_rules import ReminderRule
from coach.domain.reminder_times import slot_instant, slots_between, utc
from coach.domain.routine import Level, Routine

PAIN_RISE = 2  # a rise of this much or more after a session earns a note
HEATMAP_WEEKS = 12

_DAY = timedelta(days=1)
_TICK = timedelta(microseconds=1)  # slots_between's start is exclusive; one tick earlier makes it inclusive
_PARTIAL = (SessionOutcome.STOPPED, SessionOutcome.INTERRUPTED)
_LOWER = {Level.STRONG: Level.STANDARD, Level.STANDARD: Level.GENTLE, Level.GENTLE: Level.GENTLE}
_HIGHER = {Level.GENTLE: Level.STANDARD, Level.STANDARD: Level.STRONG, Level.STRONG: Level.STRONG}


def local_day(instant: datetime, zone: ZoneInfo) -> date:
    """The calendar day an aware instant falls on in ``zone`` (ValueError for a naive datetime)."""
    return utc(instant).astimezone(zone).date()


# --- goals and today's counts ---

def daily_goal(routine: Routine) -> int:
    """How many times a day the source asks for the routine.

    The smallest ``times_per_day`` among its exercises, an exercise without one
    counting as 1: a routine is done as a whole, so it is asked for as often as
    its least frequent exercise.
    """
    return min((e.dose.times_per_day or 1 for e in routine.exercises), default=1)


def reminder_goals(rules: Iterable[ReminderRule], day: date, zone: ZoneInfo) -> dict[str, int]:
    """Routine id -> how many distinct reminder slots the enabled rules have on local ``day``.

    Slots are placed by ``reminder_times`` (so a time skipped by DST still
    counts once, at the minute it moves to) and counted by instant, so two
    rules of one routine add up without counting a shared time twice. A
    routine with no slot that day is left out. ``created`` is ignored: the
    goal is what the person asks of a whole day, even on the day a rule is made.
    """
    # The day's bounds through slot_instant, so a midnight that a DST gap skips still gives the day's first instant.
    start = slot_instant(day, time(0), zone) - _TICK
    end = slot_instant(day + _DAY, time(0), zone) - _TICK
    instants: dict[str, set[datetime]] = {}
    for rule in rules:
        if not rule.enabled:
            continue
        for slot in slots_between(rule, start, end, zone):
            instants.setdefault(rule.routine, set()).add(slot.astimezone(UTC))
    return {routine: len(found) for routine, found in instants.items() if found}


@dataclass(frozen=True)
class TodayCount:
    """One routine's line on the home screen: "Cat stretch 1 of 2"."""

    routine: str
    title: str
    done: int  # completed sessions of the routine today
    goal: int


def today_counts(sessions: Sequence[SessionRecord], goals: Mapping[str, int], titles: Mapping[str, str],
                 now: datetime, zone: ZoneInfo) -> list[TodayCount]:
    """Completed sessions today per routine, against its goal.

    One entry per routine in ``goals`` (in that order), then any other routine
    completed today with a goal of 1, in the order first done today. The title
    is ``titles``'s, else the latest session's ``routine_title`` (a routine can
    be renamed or deleted), else the id.
    """
    today = local_day(now, zone)
    done: dict[str, int] = {}
    first: dict[str, datetime] = {}  # routine -> its earliest completed start today, to order the extras
    latest: dict[str, tuple[datetime, str]] = {}  # routine -> (start, title) of its latest session
    for session in sessions:
        started = utc(session.started)
        if session.routine not in latest or started > latest[session.routine][0]:
            latest[session.routine] = (started, session.routine_title)
        if not session.completed or local_day(started, zone) != today:
            continue
        done[session.routine] = done.get(session.routine, 0) + 1
        if session.routine not in first or started < first[session.routine]:
            first[session.routine] = started
    extras = sorted((r for r in done if r not in goals), key=lambda r: (first[r], r))

    def title(routine: str) -> str:
        if routine in titles:
            return titles[routine]
        return latest[routine][1] if routine in latest else routine

    return [TodayCount(r, title(r), done.get(r, 0), goals.get(r, 1)) for r in [*goals, *extras]]


# --- streaks ---

@dataclass(frozen=True)
class Streaks:
    """Runs of consecutive local days with at least one completed session.

    Attributes:
        current: the run ending today, or yesterday if today has none yet
            (a streak is not broken until the day is over).
        best: the longest run ever (>= current).
        done_today: whether today has a completed session.
    """

    current: int
    best: int
    done_today: bool


def _completed_days(sessions: Iterable[SessionRecord], zone: ZoneInfo) -> set[date]:
    return {local_day(s.started, zone) for s in sessions if s.completed}


def streaks(sessions: Sequence[SessionRecord], now: datetime, zone: ZoneInfo) -> Streaks:
    """Current and best streaks of days with a completed session, in ``zone``'s calendar."""
    today = local_day(now, zone)
    days = _completed_days(sessions, zone)
    done_today = today in days
    current = 0
    day = today if done_today else today - _DAY
    while day in days:
        current += 1
        day -= _DAY
    best = 0
    for start in days:
        if start - _DAY in days:
            continue  # not the first day of its run; the run is counted from its first day, once
        length = 1
        while start + length * _DAY in days:
            length += 1
        best = max(best, length)
    # The current run is one of the runs counted, so best >= current needs no extra care.
    return Streaks(current=current, best=best, done_today=done_today)


# --- heatmap ---

@dataclass(frozen=True)
class DayCell:
    """One square of the heatmap.

    Attributes:
        day: the local date.
        completed: completed sessions that day.
        partial: stopped or interrupted sessions that day (shown fainter).
        future: after today (the rest of this week): drawn empty. Its counts are
            still what the history holds (nothing, unless a clock was set wrong).
    """

    day: date
    completed: int
    partial: int
    future: bool


def heatmap_days(sessions: Sequence[SessionRecord], now: datetime, zone: ZoneInfo,
                 weeks: int = HEATMAP_WEEKS) -> list[DayCell]:
    """``weeks * 7`` cells, oldest first, in Monday-first weeks; the last week holds today."""
    if weeks < 1:
        raise ValueError(f"a heatmap needs at least one week, not {weeks!r}")
    today = local_day(now, zone)
    first = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    size = weeks * 7
    completed = [0] * size
    partial = [0] * size
    for session in sessions:
        index = (local_day(session.started, zone) - first).days
        if not 0 <= index < size:
            continue
        if session.completed:
            completed[index] += 1
        elif session.outcome in _PARTIAL:
            partial[index] += 1
    return [DayCell(day=first + i * _DAY, completed=completed[i], partial=partial[i],
                    future=first + i * _DAY > today) for i in range(size)]


# --- pain ---

@dataclass(frozen=True)
class PainPoint:
    """The ratings of one session, for the pain chart."""

    started: datetime  # UTC
    routine: str
    before: int | None
    after: int | None


def pain_points(sessions: Sequence[SessionRecord], limit: int = 30) -> list[PainPoint]:
    """Sessions with at least one rating, oldest first: the most recent ``limit`` of them."""
    if limit <= 0:
        return []  # and not points[-0:], which is all of them
    rated = [PainPoint(utc(s.started), s.routine, s.pain_before, s.pain_after) for s in sessions
             if s.pain_before is not None or s.pain_after is not None]
    rated.sort(key=lambda p: p.started)
    return rated[-limit:]


def pain_rose(before: int | None, after: int | None) -> bool:
    """Whether pain rose by PAIN_RISE or more over a session (False if either rating is missing)."""
    if before is None or after is None:
        return False
    return after - before >= PAIN_RISE


def lower_level(level: Level) -> Level:
    """The next gentler level: strong -> standard -> gentle, and gentle stays gentle."""
    return _LOWER[level]


def higher_level(level: Level) -> Level:
    """The next harder level: gentle -> standard -> strong, and strong stays strong."""
    return _HIGHER[level]


@dataclass(frozen=True)
class PainTrend:
    """How pain moved over sessions that have both ratings.

    Attributes:
        sessions: how many points had both ratings.
        mean_change: the mean of after - before (negative = pain went down); None without any.
        rises: how many rose by PAIN_RISE or more.
    """

    sessions: int
    mean_change: float | None
    rises: int


def pain_trend(points: Sequence[PainPoint]) -> PainTrend:
    """The trend over ``points`` (usually pain_points' last 30); points missing a rating are left out."""
    changes = [p.after - p.before for p in points if p.before is not None and p.after is not None]
    mean = sum(changes) / len(changes) if changes else None
    return PainTrend(sessions=len(changes), mean_change=mean, rises=sum(c >= PAIN_RISE for c in changes))
