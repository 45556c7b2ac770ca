"""Progress figures: local days across DST, today's counts, goals, streaks, the heatmap, pain."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.history_records import SessionOutcome, SessionRecord
from coach.domain.progress import (HEATMAP_WEEKS, PAIN_RISE, DayCell, PainPoint, PainTrend, Streaks, TodayCount,
                                   daily_goal, heatmap_days, local_day, lower_level, pain_points, pain_rose,
                                   pain_trend, reminder_goals, streaks, today_counts)
from coach.domain.reminder_rules import ReminderRule, parse_weekdays
from coach.domain.routine import Level

from .routines import builtin

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)
DONE, STOPPED = SessionOutcome.COMPLETED, SessionOutcome.STOPPED
INTERRUPTED, RUNNING = SessionOutcome.INTERRUPTED, SessionOutcome.RUNNING

_keys = itertools.count(1)


def session(started: datetime, outcome: SessionOutcome = DONE, routine: str = "cat-stretch",
            title: str = "Cat stretch (then)", before: int | None = None, after: int | None = None) -> SessionRecord:
    """A session as storage hands it back: instants in UTC, a fresh key."""
    start = started.astimezone(UTC)
    ended = None if outcome is RUNNING else start + timedelta(minutes=6)
    return SessionRecord(key=f"s{next(_keys)}", routine=routine, routine_title=title, level="standard",
                         started=start, ended=ended, outcome=outcome, segments_done=10, segments_total=10,
                         pain_before=before, pain_after=after)


def at(zone: tzinfo, *parts: int, fold: int = 0) -> datetime:
    return datetime(*parts, tzinfo=zone, fold=fold)  # type: ignore[misc]


def rule(*times: str, routine: str = "cat-stretch", days: str = "daily", rule_id: int = 1,
         enabled: bool = True) -> ReminderRule:
    return ReminderRule(id=rule_id, routine=routine, times=tuple(time.fromisoformat(t) for t in times),
                        created=LONG_AGO, weekdays=parse_weekdays(days), enabled=enabled)


# --- local_day ---

@pytest.mark.parametrize(("zone", "day"), [
    (BERLIN, date(2026, 6, 1)), (BERLIN, date(2026, 3, 29)), (BERLIN, date(2026, 10, 25)), (NEW_YORK, date(2026, 3, 8)),
    (NEW_YORK, date(2026, 11, 1)), (SYDNEY, date(2026, 10, 4)), (SYDNEY, date(2026, 4, 5)), (SYDNEY, date(2026, 6, 1)),
])
def test_the_last_and_first_second_of_a_local_day(zone, day):
    last = datetime.combine(day, time(23, 59, 59), tzinfo=zone).astimezone(UTC)
    first = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    assert local_day(last, zone) == day
    assert local_day(last + timedelta(seconds=1), zone) == day + timedelta(days=1)
    assert local_day(first, zone) == day
    assert local_day(first - timedelta(seconds=1), zone) == day - timedelta(days=1)


# (zone, UTC instant in 2026, the local date it falls on), around each zone's DST changes.
EDGES = [
    # Berlin springs forward 03-29 at 01:00 UTC (02:00 CET -> 03:00 CEST).
    (BERLIN, "03-28 22:59:59", "03-28"), (BERLIN, "03-28 23:00", "03-29"),  # 00:00 CET
    (BERLIN, "03-29 00:59:59", "03-29"), (BERLIN, "03-29 01:00", "03-29"),  # 01:59:59 CET, 03:00 CEST
    (BERLIN, "03-29 21:59:59", "03-29"), (BERLIN, "03-29 23:30", "03-30"),  # 23:59:59 CEST; next day's 01:30
    # Berlin falls back 10-25 at 01:00 UTC (03:00 CEST -> 02:00 CET): 02:30 happens twice.
    (BERLIN, "10-24 22:00", "10-25"), (BERLIN, "10-25 00:30", "10-25"),  # 00:00 CEST; 02:30 the first time
    (BERLIN, "10-25 01:30", "10-25"), (BERLIN, "10-25 22:59:59", "10-25"),  # 02:30 the second time; 23:59:59 CET
    (BERLIN, "10-25 23:30", "10-26"),
    # New York springs forward 03-08 at 07:00 UTC and falls back 11-01 at 06:00 UTC.
    (NEW_YORK, "03-08 04:59:59", "03-07"), (NEW_YORK, "03-08 05:00", "03-08"),  # 00:00 EST
    (NEW_YORK, "03-09 03:59:59", "03-08"), (NEW_YORK, "03-09 04:00", "03-09"),  # 23:59:59 EDT
    (NEW_YORK, "11-01 04:00", "11-01"), (NEW_YORK, "11-01 05:30", "11-01"),  # 00:00 EDT; 01:30 EDT
    (NEW_YORK, "11-01 06:30", "11-01"), (NEW_YORK, "11-02 04:59:59", "11-01"),  # 01:30 EST; 23:59:59 EST
    (NEW_YORK, "11-02 05:00", "11-02"),
    # Sydney is ahead of UTC, so most of a local day is the UTC day before; spring forward 10-04.
    (SYDNEY, "06-01 13:59:59", "06-01"), (SYDNEY, "06-01 14:00", "06-02"),  # 23:59:59 AEST
    (SYDNEY, "10-03 14:00", "10-04"), (SYDNEY, "10-04 12:59:59", "10-04"),  # 00:00 AEST; 23:59:59 AEDT
    (SYDNEY, "10-04 13:00", "10-05"),
]


@pytest.mark.parametrize(("zone", "instant", "day"), EDGES)
def test_local_day_of_utc_instants_around_dst(zone, instant, day):
    moment = datetime.fromisoformat(f"2026-{instant}").replace(tzinfo=UTC)
    assert local_day(moment, zone) == date.fromisoformat(f"2026-{day}")


# --- goals ---

def test_daily_goal_of_the_builtin_routines():
    assert daily_goal(builtin("cat-stretch")) == 2
    lower_back = builtin("lower-back")
    assert len(lower_back.exercises) == 5
    assert daily_goal(lower_back) == 1  # one exercise asks for twice a day, the others say nothing


def test_twice_daily_reminders_make_a_goal_of_two():
    assert reminder_goals([rule("08:00", "18:00")], date(2026, 6, 1), BERLIN) == {"cat-stretch": 2}


def test_reminder_goals_follow_the_weekdays():
    weekdays = [rule("08:00", days="weekdays")]
    assert reminder_goals(weekdays, date(2026, 6, 5), BERLIN) == {"cat-stretch": 1}  # Friday
    assert reminder_goals(weekdays, date(2026, 6, 6), BERLIN) == {}  # Saturday
    # Sydney's Monday 08:00 is Sunday in UTC; the local weekday decides.
    assert reminder_goals([rule("08:00", days="mon")], date(2026, 6, 1), SYDNEY) == {"cat-stretch": 1}
    assert reminder_goals([rule("08:00", days="mon")], date(2026, 5, 31), SYDNEY) == {}


@pytest.mark.parametrize(("times", "day"), [
    (("02:30",), date(2026, 3, 29)),            # skipped: fires at 03:00
    (("02:15", "02:45"), date(2026, 3, 29)),    # both move to 03:00: one reminder
    (("02:30",), date(2026, 10, 25)),           # happens twice, fires once
])
def test_a_dst_moved_time_counts_once(times, day):
    assert reminder_goals([rule(*times)], day, BERLIN) == {"cat-stretch": 1}
    assert reminder_goals([rule(*times, "08:00")], day, BERLIN) == {"cat-stretch": 2}


def test_rules_of_one_routine_add_up_by_distinct_instant():
    rules = [rule("08:00", "12:00", rule_id=1), rule("08:00", "18:00", rule_id=2),
             rule("09:00", routine="lower-back", rule_id=3)]
    assert reminder_goals(rules, date(2026, 6, 1), BERLIN) == {"cat-stretch": 3, "lower-back": 1}


def test_the_first_and_last_minute_of_the_day_count_on_that_day():
    rules = [rule("00:00", "23:59")]
    assert reminder_goals(rules, date(2026, 6, 1), BERLIN) == {"cat-stretch": 2}
    assert reminder_goals(rules, date(2026, 10, 25), BERLIN) == {"cat-stretch": 2}  # a 25-hour day
    assert reminder_goals(rules, date(2026, 10, 4), SYDNEY) == {"cat-stretch": 2}   # a 23-hour day


def test_disabled_rules_are_ignored():
    rules = [rule("08:00", rule_id=1), rule("18:00", rule_id=2, enabled=False),
             rule("09:00", routine="lower-back", rule_id=3, enabled=False)]
    assert reminder_goals(rules, date(2026, 6, 1), BERLIN) == {"cat-stretch": 1}


# --- today's counts ---

GOALS = {"cat-stretch": 2}
TITLES = {"cat-stretch": "Cat stretch"}


def test_cat_stretch_one_of_two_after_one_completed_and_one_stopped():
    now = at(BERLIN, 2026, 6, 2, 19, 0)
    sessions = [session(at(BERLIN, 2026, 6, 2, 8, 0)), session(at(BERLIN, 2026, 6, 2, 12, 0), STOPPED),
                session(at(BERLIN, 2026, 6, 2, 13, 0), INTERRUPTED), session(at(BERLIN, 2026, 6, 2, 18, 55), RUNNING)]
    assert today_counts(sessions, GOALS, TITLES, now, BERLIN) == [TodayCount("cat-stretch", "Cat stretch", 1, 2)]


def test_nothing_done_yet_still_lists_the_goals():
    now = at(BERLIN, 2026, 6, 2, 7, 0)
    goals = {"lower-back": 1, "cat-stretch": 2}
    assert today_counts([], goals, TITLES, now, BERLIN) == [
        TodayCount("lower-back", "lower-back", 0, 1), TodayCount("cat-stretch", "Cat stretch", 0, 2)]


def test_only_the_session_after_midnight_counts_today():
    now = at(BERLIN, 2026, 6, 2, 9, 0)
    sessions = [session(at(BERLIN, 2026, 6, 1, 23, 50)), session(at(BERLIN, 2026, 6, 2, 0, 10))]
    assert today_counts(sessions, GOALS, TITLES, now, BERLIN)[0].done == 1
    assert today_counts(sessions, GOALS, TITLES, at(BERLIN, 2026, 6, 1, 23, 59), BERLIN)[0].done == 1
    # A session running past midnight belongs to the day it started.
    late = session(at(BERLIN, 2026, 6, 1, 23, 58))
    assert late.ended is not None and local_day(late.ended, BERLIN) == date(2026, 6, 2)
    assert today_counts([late], GOALS, TITLES, at(BERLIN, 2026, 6, 2, 9, 0), BERLIN)[0].done == 0
    assert today_counts([late], GOALS, TITLES, at(BERLIN, 2026, 6, 1, 23, 59), BERLIN)[0].done == 1


def test_a_session_in_the_repeated_hour_counts_once_on_its_day():
    second_0230 = session(at(BERLIN, 2026, 10, 25, 2, 30, fold=1))
    assert second_0230.started == at(UTC, 2026, 10, 25, 1, 30)
    for now, done in [(at(BERLIN, 2026, 10, 24, 23, 0), 0), (at(BERLIN, 2026, 10, 25, 2, 45, fold=1), 1),
                      (at(BERLIN, 2026, 10, 25, 23, 0), 1), (at(BERLIN, 2026, 10, 26, 1, 0), 0)]:
        assert today_counts([second_0230], GOALS, TITLES, now, BERLIN)[0].done == done, now
    first_0230 = session(at(BERLIN, 2026, 10, 25, 2, 30, fold=0))
    both = today_counts([first_0230, second_0230], GOALS, TITLES, at(BERLIN, 2026, 10, 25, 12, 0), BERLIN)
    assert both == [TodayCount("cat-stretch", "Cat stretch", 2, 2)]


def test_the_same_instant_seen_from_another_zone_is_another_day():
    instant = at(UTC, 2026, 6, 1, 23, 30)  # Berlin 06-02 01:30, New York 06-01 19:30
    now = at(UTC, 2026, 6, 2, 10, 0)       # Berlin 06-02 12:00, New York 06-02 06:00
    assert today_counts([session(instant)], GOALS, TITLES, now, BERLIN)[0].done == 1
    assert today_counts([session(instant)], GOALS, TITLES, now, NEW_YORK)[0].done == 0


def test_other_routines_done_today_follow_with_a_goal_of_one():
    now = at(BERLIN, 2026, 6, 2, 20, 0)
    sessions = [session(at(BERLIN, 2026, 6, 2, 8, 0), routine="neck", title="Neck"),
                session(at(BERLIN, 2026, 6, 2, 9, 0), routine="mine", title="Old name"),
                session(at(BERLIN, 2026, 6, 2, 10, 0), routine="mine", title="New name"),
                session(at(BERLIN, 2026, 6, 1, 9, 0), routine="yesterday-only"),
                session(at(BERLIN, 2026, 6, 2, 7, 0), STOPPED, routine="stopped-only")]
    assert today_counts(sessions, GOALS, TITLES, now, BERLIN) == [
        TodayCount("cat-stretch", "Cat stretch", 0, 2), TodayCount("neck", "Neck", 1, 1),
        TodayCount("mine", "New name", 2, 1)]  # in the order first done today, not by name
    # Without a title of its own, a goal takes its latest session's title.
    sessions = [session(at(BERLIN, 2026, 5, 1, 9, 0), title="Cat stretch (old)")]
    assert today_counts(sessions, GOALS, {}, at(BERLIN, 2026, 6, 2, 9, 0), BERLIN) == [
        TodayCount("cat-stretch", "Cat stretch (old)", 0, 2)]


@pytest.mark.parametrize("figure", [lambda now: local_day(now, BERLIN), lambda now: streaks([], now, BERLIN),
                                    lambda now: today_counts([], GOALS, TITLES, now, BERLIN),
                                    lambda now: heatmap_days([], now, BERLIN)])
def test_a_naive_datetime_is_no_instant(figure):
    with pytest.raises(ValueError, match="no time zone"):
        figure(datetime(2026, 6, 2, 9, 0))


# --- streaks ---

def daily(first: date, last: date, zone: ZoneInfo = BERLIN, wall: time = time(8, 0),
          outcome: SessionOutcome = DONE) -> list[SessionRecord]:
    days = (last - first).days + 1
    return [session(datetime.combine(first + timedelta(days=i), wall, tzinfo=zone), outcome) for i in range(days)]


NOW = at(BERLIN, 2026, 6, 10, 12, 0)  # a Wednesday
TODAY = date(2026, 6, 10)


def test_no_sessions_no_streak_and_today_only_is_one():
    assert streaks([], NOW, BERLIN) == Streaks(current=0, best=0, done_today=False)
    assert streaks([session(at(BERLIN, 2026, 6, 10, 8, 0))], NOW, BERLIN) == Streaks(1, 1, True)


def test_a_streak_ending_yesterday_holds_until_today_is_over():
    sessions = daily(date(2026, 6, 7), date(2026, 6, 9))
    assert streaks(sessions, NOW, BERLIN) == Streaks(current=3, best=3, done_today=False)
    assert streaks(sessions, at(BERLIN, 2026, 6, 10, 23, 59), BERLIN).current == 3
    assert streaks(sessions, at(BERLIN, 2026, 6, 11, 0, 0), BERLIN) == Streaks(current=0, best=3, done_today=False)


def test_a_missed_day_breaks_the_streak_and_best_remembers():
    sessions = daily(date(2026, 5, 1), date(2026, 5, 10)) + daily(date(2026, 6, 8), TODAY)
    assert streaks(sessions, NOW, BERLIN) == Streaks(current=3, best=10, done_today=True)
    gap = daily(date(2026, 6, 6), date(2026, 6, 8)) + daily(TODAY, TODAY)  # nothing on 06-09
    assert streaks(gap, NOW, BERLIN) == Streaks(current=1, best=3, done_today=True)


def test_stopped_and_interrupted_sessions_do_not_keep_a_streak():
    sessions = daily(date(2026, 6, 8), TODAY, outcome=STOPPED) + [
        session(at(BERLIN, 2026, 6, 9, 8, 0), INTERRUPTED), session(at(BERLIN, 2026, 6, 10, 9, 0), RUNNING)]
    assert streaks(sessions, NOW, BERLIN) == Streaks(0, 0, False)
    sessions.append(session(at(BERLIN, 2026, 6, 9, 20, 0)))
    assert streaks(sessions, NOW, BERLIN) == Streaks(current=1, best=1, done_today=False)


def test_several_sessions_a_day_count_as_one_day():
    sessions = daily(date(2026, 6, 8), TODAY) + daily(date(2026, 6, 8), TODAY, wall=time(19, 0)) \
        + daily(date(2026, 6, 9), date(2026, 6, 9), wall=time(12, 0))
    assert streaks(sessions[::-1], NOW, BERLIN) == Streaks(current=3, best=3, done_today=True)


@pytest.mark.parametrize(("zone", "first", "last", "dst_days"), [
    (BERLIN, date(2026, 3, 20), date(2026, 11, 5), (date(2026, 3, 29), date(2026, 10, 25))),
    (NEW_YORK, date(2026, 3, 1), date(2026, 11, 10), (date(2026, 3, 8), date(2026, 11, 1))),
    (SYDNEY, date(2026, 3, 20), date(2026, 10, 20), (date(2026, 4, 5), date(2026, 10, 4))),
])
def test_a_streak_across_both_dst_changes_counts_calendar_days(zone, first, last, dst_days):
    # Just after midnight and just before it, alternately: a count by 24-hour spans
    # would slip a day across a 23- or 25-hour day.
    days = (last - first).days + 1
    sessions = [session(datetime.combine(first + timedelta(days=i), time(0, 5) if i % 2 else time(23, 55),
                                         tzinfo=zone)) for i in range(days)]
    late = datetime.combine(last, time(23, 59, 59), tzinfo=zone)
    assert streaks(sessions, late, zone) == Streaks(current=days, best=days, done_today=True)
    next_noon = datetime.combine(last + timedelta(days=1), time(12, 0), tzinfo=zone)
    assert streaks(sessions, next_noon, zone) == Streaks(current=days, best=days, done_today=False)
    # Missing the day after each change splits the run into three exact parts.
    kept = [s for s in sessions if local_day(s.started, zone) not in {d + timedelta(days=1) for d in dst_days}]
    parts = [(dst_days[0] - first).days + 1, (dst_days[1] - dst_days[0]).days - 1, (last - dst_days[1]).days - 1]
    assert streaks(kept, late, zone) == Streaks(current=parts[2], best=max(parts), done_today=True)


# --- heatmap ---

def test_the_heatmap_is_twelve_monday_first_weeks_ending_with_this_one():
    cells = heatmap_days([], NOW, BERLIN)
    assert len(cells) == HEATMAP_WEEKS * 7 == 84
    assert cells[0].day == date(2026, 3, 23) and cells[0].day.weekday() == 0
    assert cells[-1].day == date(2026, 6, 14) and cells[-1].day.weekday() == 6
    assert [c.day for c in cells] == [cells[0].day + timedelta(days=i) for i in range(84)]
    assert [c.day for c in cells if c.future] == [date(2026, 6, d) for d in (11, 12, 13, 14)]
    assert all(c.completed == c.partial == 0 for c in cells)
    with pytest.raises(ValueError):
        heatmap_days([], NOW, BERLIN, weeks=0)


@pytest.mark.parametrize(("now", "future"), [(at(BERLIN, 2026, 6, 8, 0, 0), 6),  # Monday: the week is ahead
                                             (at(BERLIN, 2026, 6, 14, 23, 59), 0)])  # Sunday: the grid ends today
def test_future_cells_are_the_rest_of_this_week(now, future):
    cells = heatmap_days([], now, BERLIN)
    assert sum(c.future for c in cells) == future
    assert cells[-1 - future].day == now.date() and not cells[-1 - future].future


def test_heatmap_counts_and_partials():
    sessions = [session(at(BERLIN, 2026, 6, 10, 8, 0)), session(at(BERLIN, 2026, 6, 10, 18, 0)),
                session(at(BERLIN, 2026, 6, 9, 8, 0), STOPPED), session(at(BERLIN, 2026, 6, 9, 9, 0), INTERRUPTED),
                session(at(BERLIN, 2026, 6, 9, 10, 0)), session(at(BERLIN, 2026, 6, 10, 11, 0), RUNNING),
                session(at(BERLIN, 2026, 3, 23, 0, 0)), session(at(BERLIN, 2026, 3, 22, 23, 59))]  # last: too old
    cells = {c.day: c for c in heatmap_days(sessions, NOW, BERLIN)}
    assert cells[date(2026, 6, 10)] == DayCell(date(2026, 6, 10), completed=2, partial=0, future=False)
    assert cells[date(2026, 6, 9)] == DayCell(date(2026, 6, 9), completed=1, partial=2, future=False)
    assert cells[date(2026, 3, 23)].completed == 1
    assert sum(c.completed for c in cells.values()) == 4
    assert sum(c.partial for c in cells.values()) == 2


def test_heatmap_across_both_dst_changes():
    sessions = [session(at(BERLIN, 2026, 3, 29, 0, 30)), session(at(BERLIN, 2026, 3, 29, 23, 30)),
                session(at(BERLIN, 2026, 3, 30, 0, 30), STOPPED),
                session(at(BERLIN, 2026, 10, 25, 2, 30, fold=0)), session(at(BERLIN, 2026, 10, 25, 2, 30, fold=1)),
                session(at(BERLIN, 2026, 10, 25, 23, 30)), session(at(BERLIN, 2026, 10, 26, 0, 30))]
    cells = heatmap_days(sessions, at(BERLIN, 2026, 11, 4, 12, 0), BERLIN, weeks=40)
    assert [c.day for c in cells] == [cells[0].day + timedelta(days=i) for i in range(280)]
    assert {c.day: (c.completed, c.partial) for c in cells if c.completed or c.partial} == {
        date(2026, 3, 29): (2, 0), date(2026, 3, 30): (0, 1), date(2026, 10, 25): (3, 0), date(2026, 10, 26): (1, 0)}


def test_heatmap_in_a_zone_ahead_of_utc():
    # Sydney's Monday 00:30 is Sunday in UTC: the cell is Monday's, the first of the week.
    cells = heatmap_days([session(at(SYDNEY, 2026, 6, 8, 0, 30))], at(SYDNEY, 2026, 6, 8, 9, 0), SYDNEY, weeks=1)
    assert [(c.day.weekday(), c.completed, c.future) for c in cells] == [
        (0, 1, False), *[(d, 0, True) for d in range(1, 7)]]


# --- pain ---

def test_pain_points_keep_rated_sessions_oldest_first():
    rated = [session(at(BERLIN, 2026, 6, d, 8, 0), before=3, after=d % 5) for d in (5, 1, 3)]
    only_before = session(at(BERLIN, 2026, 6, 4, 8, 0), STOPPED, before=6)
    only_after = session(at(BERLIN, 2026, 6, 2, 8, 0), after=2)
    unrated = session(at(BERLIN, 2026, 6, 6, 8, 0))
    points = pain_points([*rated, only_before, unrated, only_after])
    assert [p.started.day for p in points] == [1, 2, 3, 4, 5]
    assert points[1] == PainPoint(at(UTC, 2026, 6, 2, 6, 0), "cat-stretch", None, 2)
    assert points[3] == PainPoint(at(UTC, 2026, 6, 4, 6, 0), "cat-stretch", 6, None)
    assert [p.started.day for p in pain_points([*rated, only_before, only_after], limit=2)] == [4, 5]
    assert pain_points(rated, limit=0) == []
    assert pain_points([]) == []
    sessions = [session(at(BERLIN, 2026, 6, 1, 0, 0) + timedelta(hours=i), before=i % 11) for i in range(45)]
    points = pain_points(sessions[::-1])  # the default limit is 30
    assert len(points) == 30
    assert points[0].started == sessions[15].started and points[-1].started == sessions[-1].started


@pytest.mark.parametrize(("before", "after", "rose"), [(3, 3 + PAIN_RISE, True), (3, 4, False), (0, 10, True),
                                                       (5, 3, False), (None, 5, False), (5, None, False),
                                                       (None, None, False)])
def test_pain_rose(before, after, rose):
    assert pain_rose(before, after) is rose


def test_lower_level_steps_down_and_stops_at_gentle():
    assert [lower_level(lv) for lv in Level] == [Level.GENTLE, Level.GENTLE, Level.STANDARD]  # gentle, standard, strong


def test_pain_trend():
    when = at(UTC, 2026, 6, 1)
    points = [PainPoint(when, "cat-stretch", 4, 2), PainPoint(when, "cat-stretch", 3, 6),
              PainPoint(when, "cat-stretch", None, 1), PainPoint(when, "cat-stretch", 5, None),
              PainPoint(when, "cat-stretch", 2, 3)]
    assert pain_trend(points) == PainTrend(sessions=3, mean_change=pytest.approx(2 / 3), rises=1)
    assert pain_trend(points[2:4]) == PainTrend(sessions=0, mean_change=None, rises=0)
    assert pain_trend([]) == PainTrend(0, None, 0)


# --- properties ---

@settings(max_examples=150, deadline=None, database=None)
@given(st.sampled_from([BERLIN, NEW_YORK, SYDNEY, ZoneInfo("Australia/Lord_Howe")]),
       st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 1, 1), timezones=st.just(UTC)),
       st.lists(st.tuples(st.integers(-130 * 24 * 60, 3 * 24 * 60), st.sampled_from(list(SessionOutcome))),
                max_size=60))
def test_streaks_and_heatmap_agree_with_the_sessions(zone, now, offsets):
    sessions = [session(now + timedelta(minutes=minutes), outcome) for minutes, outcome in offsets]
    result = streaks(sessions, now, zone)
    days = {local_day(s.started, zone) for s in sessions if s.completed}
    assert result.best >= result.current
    assert result.current <= len(days)
    assert result.done_today == (local_day(now, zone) in days)
    # The longest run, counted the slow way.
    ordered = sorted(days)
    runs = [len(list(group)) for _, group in
            itertools.groupby(enumerate(ordered), key=lambda pair: pair[1].toordinal() - pair[0])]
    assert result.best == max(runs, default=0)
    cells = heatmap_days(sessions, now, zone)
    inside = [s for s in sessions if cells[0].day <= local_day(s.started, zone) <= cells[-1].day]
    assert sum(c.completed for c in cells) == sum(s.completed for s in inside)
    assert sum(c.partial for c in cells) == sum(s.outcome in (STOPPED, INTERRUPTED) for s in inside)
