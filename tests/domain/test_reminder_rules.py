"""Reminder rules: reading and writing times and days, and what makes a rule valid."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.reminder_rules import (
    ALL_DAYS,
    WEEKDAY_NAMES,
    ReminderRule,
    format_time,
    format_weekdays,
    parse_time,
    parse_weekdays,
)

CREATED = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
QUICK = settings(max_examples=60, deadline=None, database=None)


def rule(**changes: object) -> ReminderRule:
    fields: dict[str, object] = {"id": 1, "routine": "cat-stretch", "times": (time(8), time(18)),
                                 "created": CREATED}
    fields.update(changes)
    return ReminderRule(**fields)  # type: ignore[arg-type]


# --- times of day ---

@pytest.mark.parametrize(("text", "expected"), [
    ("08:00", time(8, 0)), ("8:00", time(8, 0)), ("18:30", time(18, 30)), ("00:00", time(0, 0)),
    ("23:59", time(23, 59)), (" 7:05 ", time(7, 5)),
])
def test_parse_time_reads_hours_and_minutes(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "24:00", "12:60", "8", "8:0", "08:00:00", "8.30", "", "ab:cd",
                                  "-1:00", "123:00", "8:00 pm", "０８:００"])
def test_parse_time_rejects_and_names_the_text(text):
    with pytest.raises(ValueError) as caught:
        parse_time(text)
    assert f'"{text}"' in str(caught.value)
    assert "HH:MM" in str(caught.value)


def test_parse_time_message_is_the_documented_one():
    with pytest.raises(ValueError, match=r'^"25:00" is not a time of day; use HH:MM, e.g. 08:00$'):
        parse_time("25:00")


@QUICK
@given(st.integers(0, 23), st.integers(0, 59))
def test_time_round_trips_through_text(hour, minute):
    t = time(hour, minute)
    text = format_time(t)
    assert len(text) == 5 and text[2] == ":"
    assert parse_time(text) == t
    assert parse_time(f"{hour}:{minute:02d}") == t


# --- days of the week ---

@pytest.mark.parametrize(("text", "expected"), [
    ("mon,tue,fri", {0, 1, 4}),
    ("Mon, TUE ,fri", {0, 1, 4}),
    ("sun", {6}),
    ("mon-fri", {0, 1, 2, 3, 4}),
    ("Mon - Wed, sat", {0, 1, 2, 5}),
    ("fri-mon", {4, 5, 6, 0}),          # wraps past Sunday
    ("wed-wed", {2}),
    ("daily", set(range(7))),
    ("every day", set(range(7))),
    ("Every  Day", set(range(7))),
    ("weekdays", {0, 1, 2, 3, 4}),
    ("weekends", {5, 6}),
    ("weekends, wed", {2, 5, 6}),
    ("monday,thursday", {0, 3}),
    ("mon,mon", {0}),
])
def test_parse_weekdays(text, expected):
    assert parse_weekdays(text) == frozenset(expected)


@pytest.mark.parametrize(("text", "bad"), [
    ("mon,tus,fri", "tus"), ("funday", "funday"), ("mon-fry", "mon-fry"), ("mon-", "mon-"),
    ("", ""), ("mon,,fri", "mon,,fri"), ("7", "7"), ("weekly", "weekly"),
])
def test_parse_weekdays_names_the_bad_part_and_lists_the_valid_names(text, bad):
    with pytest.raises(ValueError) as caught:
        parse_weekdays(text)
    message = str(caught.value)
    assert f'"{bad}"' in message
    for name in (*WEEKDAY_NAMES, "mon-fri", "daily", "weekdays", "weekends"):
        assert name in message


@pytest.mark.parametrize(("days", "text"), [
    (ALL_DAYS, "daily"), ({0, 1, 2, 3, 4}, "weekdays"), ({5, 6}, "weekends"),
    ({0, 2, 4}, "mon,wed,fri"), ({6, 0}, "mon,sun"), ({3}, "thu"), ({0, 1, 2, 3, 4, 5}, "mon,tue,wed,thu,fri,sat"),
])
def test_format_weekdays(days, text):
    assert format_weekdays(frozenset(days)) == text


@QUICK
@given(st.frozensets(st.integers(0, 6), min_size=1))
def test_weekdays_round_trip_through_text(days):
    assert parse_weekdays(format_weekdays(days)) == days


@pytest.mark.parametrize("days", [frozenset(), frozenset({7}), frozenset({-1, 2})])
def test_format_weekdays_rejects_what_is_no_set_of_days(days):
    with pytest.raises(ValueError, match=r"weekday numbers 0 \(mon\) to 6 \(sun\)"):
        format_weekdays(days)


# --- the rule ---

def test_a_valid_rule_keeps_its_fields_and_is_immutable():
    r = rule(weekdays=frozenset({0, 4}), enabled=False)
    assert (r.id, r.routine, r.times, r.created, r.weekdays, r.enabled) == (
        1, "cat-stretch", (time(8), time(18)), CREATED, frozenset({0, 4}), False)
    assert rule().weekdays == ALL_DAYS and rule().enabled is True
    with pytest.raises(AttributeError):
        r.id = 2  # type: ignore[misc]


def test_a_rule_stores_lists_as_tuples_and_sets_as_frozensets():
    r = rule(times=[time(7)], weekdays={1, 2})
    assert r.times == (time(7),) and isinstance(r.times, tuple)
    assert r.weekdays == frozenset({1, 2}) and isinstance(r.weekdays, frozenset)
    hash(r)  # usable as a key


def test_created_may_be_in_any_zone():
    assert rule(created=datetime(2026, 1, 1, 9, tzinfo=timezone(timedelta(hours=-5)))).created.utcoffset()


@pytest.mark.parametrize(("changes", "message"), [
    ({"id": 0}, r"id must be a whole number from 1 up, not 0"),
    ({"id": -3}, r"not -3"),
    ({"id": True}, r"not True"),
    ({"id": "1"}, r"not '1'"),
    ({"routine": ""}, r"routine must be a routine id"),
    ({"routine": "  "}, r"routine must be a routine id"),
    ({"times": ()}, r"at least one time of day"),
    ({"times": (time(18), time(8))}, r"in order, earliest first, not 18:00, 08:00"),
    ({"times": (time(8), time(8))}, r"08:00 is listed more than once"),
    ({"times": (time(8, 0, 30),)}, r"08:00:30 must be whole minutes"),
    ({"times": (time(8, 0, 0, 5),)}, r"must be whole minutes"),
    ({"times": (time(8, tzinfo=UTC),)}, r"08:00 must be a plain wall-clock time"),
    ({"times": ("08:00",)}, r"'08:00' is not a time of day"),
    ({"weekdays": frozenset()}, r"at least one day of the week"),
    ({"weekdays": frozenset({1, 7})}, r"0 \(mon\) to 6 \(sun\), not \[7\]"),
    ({"created": datetime(2026, 1, 1, 9)}, r"created must be a date and time with a time zone"),
    ({"enabled": "yes"}, r"enabled must be true or false, not 'yes'"),
])
def test_an_invalid_rule_says_what_is_wrong(changes, message):
    with pytest.raises(ValueError, match=message) as caught:
        rule(**changes)
    if "id" not in changes:
        assert str(caught.value).startswith("reminder 1: ")
