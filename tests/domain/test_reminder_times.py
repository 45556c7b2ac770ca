"""When slots happen: DST gaps and repeats in both hemispheres, weekdays, leap days, boundaries."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.reminder_rules import ALL_DAYS, ReminderRule, parse_weekdays
from coach.domain.reminder_times import next_slot, previous_slot, slot_instant, slots_between, upcoming

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
SYDNEY = ZoneInfo("Australia/Sydney")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # DST moves the clock by 30 minutes
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


def rule(*times: str, days: str = "daily", rule_id: int = 1, enabled: bool = True,
         created: datetime = LONG_AGO) -> ReminderRule:
    walls = tuple(sorted(time.fromisoformat(t) for t in times))
    return ReminderRule(id=rule_id, routine="cat-stretch", times=walls, created=created,
                        weekdays=parse_weekdays(days), enabled=enabled)


def local(zone: ZoneInfo, *parts: int, fold: int = 0) -> datetime:
    return datetime(*parts, tzinfo=zone, fold=fold)  # type: ignore[misc]


def whole_day(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """From the end of the day before to the end of ``day``, in local time."""
    return (datetime.combine(day, time(0), tzinfo=zone) - timedelta(microseconds=1),
            datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone) - timedelta(microseconds=1))


def offset_hours(moment: datetime) -> float:
    offset = moment.utcoffset()
    assert offset is not None
    return offset.total_seconds() / 3600


# --- spring forward: a skipped time fires at the next valid minute of that day ---

@pytest.mark.parametrize(("zone", "day", "wall", "fires", "offset"), [
    (NEW_YORK, date(2026, 3, 8), time(2, 30), time(3, 0), -4),
    (NEW_YORK, date(2026, 3, 8), time(2, 0), time(3, 0), -4),
    (NEW_YORK, date(2026, 3, 8), time(2, 59), time(3, 0), -4),
    (BERLIN, date(2026, 3, 29), time(2, 30), time(3, 0), 2),
    (SYDNEY, date(2026, 10, 4), time(2, 30), time(3, 0), 11),   # southern spring: October
    (LORD_HOWE, date(2026, 10, 4), time(2, 10), time(2, 30), 11),
])
def test_a_skipped_time_fires_at_the_next_valid_minute(zone, day, wall, fires, offset):
    slot = slot_instant(day, wall, zone)
    assert (slot.date(), slot.time(), offset_hours(slot)) == (day, fires, offset)
    assert slot.tzinfo is zone
    assert slots_between(rule(wall.strftime("%H:%M")), *whole_day(day, zone), zone) == [slot]


def test_times_just_outside_the_gap_are_untouched():
    assert slot_instant(date(2026, 3, 8), time(1, 59), NEW_YORK) == local(NEW_YORK, 2026, 3, 8, 1, 59)
    assert offset_hours(slot_instant(date(2026, 3, 8), time(1, 59), NEW_YORK)) == -5
    assert slot_instant(date(2026, 3, 8), time(3, 0), NEW_YORK).time() == time(3, 0)


def test_two_times_in_one_gap_make_one_slot():
    slots = slots_between(rule("02:15", "02:45"), *whole_day(date(2026, 3, 8), NEW_YORK), NEW_YORK)
    assert [s.time() for s in slots] == [time(3, 0)]


def test_a_skipped_whole_day_fires_at_the_first_minute_after_it():
    # Samoa went from 2011-12-29 23:59 straight to 2011-12-31 00:00.
    slot = slot_instant(date(2011, 12, 30), time(8, 0), ZoneInfo("Pacific/Apia"))
    assert (slot.date(), slot.time(), offset_hours(slot)) == (date(2011, 12, 31), time(0, 0), 14)


# --- fall back: a repeated time fires once, at its first occurrence ---

@pytest.mark.parametrize(("zone", "day", "wall", "first_offset"), [
    (NEW_YORK, date(2026, 11, 1), time(1, 30), -4),
    (NEW_YORK, date(2026, 11, 1), time(1, 0), -4),
    (BERLIN, date(2026, 10, 25), time(2, 30), 2),
    (SYDNEY, date(2026, 4, 5), time(2, 30), 11),     # southern autumn: April
    (LORD_HOWE, date(2026, 4, 5), time(1, 45), 11),
])
def test_a_repeated_time_fires_once_at_its_first_occurrence(zone, day, wall, first_offset):
    slots = slots_between(rule(wall.strftime("%H:%M")), *whole_day(day, zone), zone)
    assert len(slots) == 1
    (slot,) = slots
    assert (slot.date(), slot.time(), offset_hours(slot)) == (day, wall, first_offset)
    second = datetime.combine(day, wall, tzinfo=zone).replace(fold=1)
    assert slot.astimezone(UTC) < second.astimezone(UTC)


def test_new_york_0130_on_fall_back_day_is_0530_utc():
    (slot,) = slots_between(rule("01:30"), *whole_day(date(2026, 11, 1), NEW_YORK), NEW_YORK)
    assert slot.astimezone(UTC) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize(("zone", "monday"), [
    (NEW_YORK, date(2026, 3, 2)), (NEW_YORK, date(2026, 10, 26)),
    (BERLIN, date(2026, 3, 23)), (BERLIN, date(2026, 10, 19)),
    (SYDNEY, date(2026, 3, 30)), (SYDNEY, date(2026, 9, 28)),
    (LORD_HOWE, date(2026, 3, 30)), (LORD_HOWE, date(2026, 9, 28)),
])
def test_a_dst_week_has_exactly_one_slot_per_day_and_time(zone, monday):
    start = datetime.combine(monday, time(0), tzinfo=zone)
    end = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=zone)
    slots = slots_between(rule("01:45", "02:30", "08:00"), start, end, zone)
    assert len(slots) == 21
    assert len({s.astimezone(UTC) for s in slots}) == 21
    assert [s.astimezone(UTC) for s in slots] == sorted(s.astimezone(UTC) for s in slots)
    assert sorted({s.date() for s in slots}) == [monday + timedelta(days=i) for i in range(7)]


def test_slots_are_compared_as_instants_not_wall_clocks():
    # 01:15 the second time (EST) is 06:15 UTC, after 01:30 the first time (05:30 UTC).
    # Compared by wall clock, as Python does for a shared tzinfo, it would look earlier.
    second_0115 = local(NEW_YORK, 2026, 11, 1, 1, 15, fold=1)
    assert slots_between(rule("01:30"), second_0115, second_0115 + timedelta(hours=2), NEW_YORK) == []
    first_0115 = local(NEW_YORK, 2026, 11, 1, 1, 15)
    assert len(slots_between(rule("01:30"), first_0115, first_0115 + timedelta(minutes=30), NEW_YORK)) == 1


# --- days of the week, leap day, boundaries ---

def test_leap_day_2028_is_a_tuesday_and_fires():
    assert date(2028, 2, 29).weekday() == 1
    slots = slots_between(rule("08:00", days="tue"), local(BERLIN, 2028, 2, 1), local(BERLIN, 2028, 3, 1), BERLIN)
    assert [s.day for s in slots] == [1, 8, 15, 22, 29]


def test_a_daily_rule_over_february_2028_has_29_days_of_slots():
    slots = slots_between(rule("08:00", "18:00"), local(BERLIN, 2028, 2, 1), local(BERLIN, 2028, 3, 1), BERLIN)
    assert len(slots) == 29 * 2
    assert slots[-1] == local(BERLIN, 2028, 2, 29, 18, 0)


def test_weekdays_filter_by_the_local_date():
    slots = slots_between(rule("08:00", days="mon,wed,fri"), local(BERLIN, 2026, 6, 1), local(BERLIN, 2026, 6, 15),
                          BERLIN)
    assert [(s.day, s.weekday()) for s in slots] == [(1, 0), (3, 2), (5, 4), (8, 0), (10, 2), (12, 4)]


def test_weekday_is_the_local_one_even_when_utc_is_the_day_before():
    (slot,) = slots_between(rule("08:00", days="mon"), local(SYDNEY, 2026, 6, 1), local(SYDNEY, 2026, 6, 7), SYDNEY)
    assert slot.weekday() == 0
    assert slot.astimezone(UTC).weekday() == 6  # Sunday 22:00 UTC


def test_start_is_exclusive_and_end_inclusive():
    r = rule("08:00")
    eight = local(BERLIN, 2026, 6, 1, 8, 0)
    assert slots_between(r, eight, eight + timedelta(hours=23), BERLIN) == []
    assert slots_between(r, eight - timedelta(hours=1), eight, BERLIN) == [eight]
    assert slots_between(r, eight - timedelta(microseconds=1), eight, BERLIN) == [eight]
    assert slots_between(r, eight, eight, BERLIN) == []
    assert slots_between(r, eight + timedelta(hours=1), eight - timedelta(hours=1), BERLIN) == []


def test_start_and_end_may_be_in_another_zone():
    eight_berlin = local(BERLIN, 2026, 6, 1, 8, 0)  # 06:00 UTC
    start = datetime(2026, 6, 1, 5, 59, tzinfo=UTC)
    assert slots_between(rule("08:00"), start, start + timedelta(minutes=1), BERLIN) == [eight_berlin]
    assert slots_between(rule("08:00"), start - timedelta(minutes=2), start, BERLIN) == []


def test_a_year_of_slots_is_exact():
    slots = slots_between(rule("08:00", "18:00"), local(NEW_YORK, 2026, 1, 1), local(NEW_YORK, 2027, 1, 1), NEW_YORK)
    assert len(slots) == 730
    assert {s.time() for s in slots} == {time(8), time(18)}


# --- next, previous, upcoming ---

def test_next_and_previous_slot_are_strict():
    r = rule("08:00", "18:00", days="mon")
    monday_8 = local(BERLIN, 2026, 6, 1, 8, 0)
    assert next_slot(r, monday_8, BERLIN) == monday_8.replace(hour=18)
    assert next_slot(r, monday_8 - timedelta(seconds=1), BERLIN) == monday_8
    assert next_slot(r, monday_8.replace(hour=18), BERLIN) == local(BERLIN, 2026, 6, 8, 8, 0)
    assert previous_slot(r, monday_8, BERLIN) == local(BERLIN, 2026, 5, 25, 18, 0)
    assert previous_slot(r, monday_8 + timedelta(seconds=1), BERLIN) == monday_8


def test_next_slot_of_a_weekly_rule_across_the_fall_back_week():
    # 7 days and one hour apart: a 7-day search window would miss it.
    r = rule("08:00", days="sun")
    first = local(BERLIN, 2026, 10, 18, 8, 0)
    assert next_slot(r, first, BERLIN) == local(BERLIN, 2026, 10, 25, 8, 0)
    assert previous_slot(r, local(BERLIN, 2026, 10, 25, 8, 0), BERLIN) == first


def test_upcoming_merges_rules_by_instant_then_id():
    morning = rule("08:00", rule_id=2)
    monday = rule("08:00", "12:00", days="mon", rule_id=1)
    off = rule("09:00", rule_id=3, enabled=False)
    later = rule("07:00", rule_id=4, created=local(BERLIN, 2026, 6, 2, 7, 0))  # its 06-02 07:00 is not after created
    after = local(BERLIN, 2026, 5, 31, 20, 0)  # a Sunday evening
    got = [(s.day, s.hour, r.id) for s, r in upcoming([morning, monday, off, later], after, BERLIN, 7)]
    assert got == [(1, 8, 1), (1, 8, 2), (1, 12, 1), (2, 8, 2), (3, 7, 4), (3, 8, 2), (4, 7, 4)]


def test_upcoming_reaches_past_the_first_week():
    weekly = rule("08:00", days="wed")
    got = upcoming([weekly], local(BERLIN, 2026, 10, 1), BERLIN, 6)
    assert [s.date() for s, _ in got] == [date(2026, 10, 7) + timedelta(weeks=i) for i in range(6)]
    assert upcoming([weekly], local(BERLIN, 2026, 10, 1), BERLIN, 0) == []
    assert upcoming([], local(BERLIN, 2026, 10, 1), BERLIN, 3) == []


def test_upcoming_of_a_weekly_rule_crosses_the_fall_back_week():
    sunday = rule("08:00", days="sun")
    got = upcoming([sunday], local(BERLIN, 2026, 10, 18, 8, 0), BERLIN, 3)
    assert [s for s, _ in got] == [local(BERLIN, 2026, 10, 25, 8, 0), local(BERLIN, 2026, 11, 1, 8, 0),
                                   local(BERLIN, 2026, 11, 8, 8, 0)]


# --- properties ---

ZONES = [ZoneInfo(name) for name in ("America/New_York", "Europe/Berlin", "Australia/Sydney",
                                     "Australia/Lord_Howe", "America/Sao_Paulo", "Europe/London",
                                     "Pacific/Chatham", "America/St_Johns", "Asia/Kolkata", "UTC")]
DST_DAYS = [date(2026, 3, 8), date(2026, 11, 1), date(2026, 3, 29), date(2026, 10, 25), date(2026, 4, 5),
            date(2026, 10, 4), date(2026, 9, 27), date(2018, 11, 4), date(2030, 3, 31)]
days = st.one_of(st.sampled_from(DST_DAYS), st.dates(date(1990, 1, 1), date(2045, 12, 31)))
walls = st.builds(time, st.one_of(st.integers(0, 23), st.integers(0, 3)), st.integers(0, 59))
PROPERTY = settings(max_examples=150, deadline=None, database=None)


def happens(wall: datetime, zone: ZoneInfo) -> bool:
    """Whether some instant reads ``wall`` on a clock in ``zone`` (tried with both folds)."""
    for fold in (0, 1):
        back = wall.replace(tzinfo=zone, fold=fold).astimezone(UTC).astimezone(zone)
        if back.replace(tzinfo=None, fold=0) == wall:
            return True
    return False


@PROPERTY
@given(st.sampled_from(ZONES), days, walls)
def test_a_slot_is_the_asked_time_or_the_first_valid_minute_after_a_gap(zone, day, wall):
    slot = slot_instant(day, wall, zone)
    assert slot.tzinfo is zone and slot.fold == 0
    asked = datetime.combine(day, wall)
    got = slot.replace(tzinfo=None)
    assert happens(got, zone)
    if happens(asked, zone):
        assert got == asked
        later = asked.replace(tzinfo=zone, fold=1)
        assert slot.astimezone(UTC) <= later.astimezone(UTC)  # the first occurrence
    else:
        assert got > asked
        minute = asked + timedelta(minutes=1)
        while minute < got:
            assert not happens(minute, zone)
            minute += timedelta(minutes=1)
    following = slot_instant(day + timedelta(days=1), wall, zone)
    assert slot.astimezone(UTC) < following.astimezone(UTC)


@settings(max_examples=60, deadline=None, database=None)
@given(st.sampled_from(ZONES), st.sampled_from(DST_DAYS), st.integers(0, 72 * 60), st.integers(0, 72 * 60),
       st.lists(walls, min_size=1, max_size=3, unique=True), st.frozensets(st.integers(0, 6), min_size=1))
def test_splitting_a_span_splits_its_slots(zone, day, first, second, times, weekdays):
    r = ReminderRule(id=1, routine="r", times=tuple(sorted(times)), created=LONG_AGO, weekdays=weekdays)
    start = datetime.combine(day - timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    middle = start + timedelta(minutes=min(first, second))
    end = start + timedelta(minutes=max(first, second)) + timedelta(hours=1)
    whole = slots_between(r, start, end, zone)
    assert whole == slots_between(r, start, middle, zone) + slots_between(r, middle, end, zone)
    for slot in whole:
        assert start < slot <= end
        assert slot.weekday() in weekdays
    if weekdays == ALL_DAYS and end - start >= timedelta(days=3):
        assert len(whole) >= 2 * len(times)
