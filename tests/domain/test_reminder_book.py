"""The reminder book: grace, coalescing, clock changes, snooze, pause, restarts and its JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.domain.reminder_book import (
    DEFAULT_GRACE,
    Fire,
    Missed,
    MissedReason,
    ReminderBook,
    ReminderState,
    RuleState,
)
from coach.domain.reminder_rules import ReminderRule, parse_weekdays

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
MINUTE = timedelta(minutes=1)


def at(hour: int, minute: int = 0, second: int = 0, *, day: int = 1, zone: ZoneInfo = BERLIN,
       fold: int = 0) -> datetime:
    """A local time on 2026-06-<day> (a Monday for day 1)."""
    return datetime(2026, 6, day, hour, minute, second, tzinfo=zone, fold=fold)


def rule(*times: str, rule_id: int = 1, routine: str = "cat-stretch", created: datetime | None = None,
         days: str = "daily", enabled: bool = True) -> ReminderRule:
    return ReminderRule(id=rule_id, routine=routine, times=tuple(time.fromisoformat(t) for t in times),
                        created=created or at(0, day=1) - timedelta(days=10), weekdays=parse_weekdays(days),
                        enabled=enabled)


def book_at(last_check: datetime, *rules: ReminderRule, **options: timedelta) -> ReminderBook:
    """A book whose last check was at ``last_check`` (so older slots are already dealt with)."""
    book = ReminderBook(rules or (rule("08:00", "18:00"),), **options)
    book.check(last_check, BERLIN)
    return book


def fires(events: list[Fire | Missed]) -> list[Fire]:
    return [e for e in events if isinstance(e, Fire)]


def walk(book: ReminderBook, start: datetime, end: datetime, step: timedelta = MINUTE) -> list[Fire | Missed]:
    """Check every ``step`` from start to end, as the app's timer would."""
    events: list[Fire | Missed] = []
    now = start
    while now <= end:
        events += book.check(now, BERLIN)
        now += step
    return events


def restarted(book: ReminderBook) -> ReminderBook:
    saved = json.loads(json.dumps(book.state.to_json()))
    return ReminderBook(book.rules, ReminderState.from_json(saved), grace=book.grace)


# --- firing on time, grace and coalescing ---

def test_a_slot_fires_once_on_time():
    book = book_at(at(7, 59))
    assert book.check(at(7, 59, 59), BERLIN) == []
    (fire,) = book.check(at(8, 0, 30), BERLIN)
    assert fire == Fire(rule=book.rules[0], slot=at(8), covered=(at(8),), late=timedelta(seconds=30))
    assert fire.slot.tzinfo is BERLIN
    assert book.check(at(8, 0, 30), BERLIN) == []
    assert walk(book, at(8, 1), at(17, 59)) == []
    assert [f.slot for f in fires(walk(book, at(17, 59), at(18, 5)))] == [at(18)]


@pytest.mark.parametrize(("late", "fired"), [
    (timedelta(hours=1, minutes=59), True), (DEFAULT_GRACE, True), (timedelta(hours=2, minutes=1), False),
])
def test_a_slot_found_within_the_grace_fires_and_later_is_missed(late, fired):
    book = book_at(at(7))
    (event,) = book.check(at(8) + late, BERLIN)
    if fired:
        assert isinstance(event, Fire) and event.slot == at(8) and event.late == late
    else:
        assert event == Missed(rule=book.rules[0], slots=(at(8),), reason=MissedReason.LATE)


def test_the_grace_is_a_setting():
    book = book_at(at(7), grace=timedelta(minutes=10))
    (event,) = book.check(at(8, 11), BERLIN)
    assert isinstance(event, Missed)
    with pytest.raises(ValueError, match="grace"):
        ReminderBook([], grace=timedelta(minutes=-1))


def test_slots_missed_while_closed_within_the_grace_make_one_fire():
    book = book_at(at(7, 59), rule("08:00", "08:30", "09:00"))
    (fire,) = book.check(at(9, 10), BERLIN)
    assert fire.covered == (at(8), at(8, 30), at(9))
    assert fire.slot == at(9) and fire.late == timedelta(minutes=10)
    assert book.check(at(9, 11), BERLIN) == []


def test_older_slots_are_missed_and_newer_ones_fire_once():
    book = book_at(at(5), rule("06:00", "06:59", "08:00", "08:30"))
    missed, fire = book.check(at(9), BERLIN)
    assert missed == Missed(rule=book.rules[0], slots=(at(6), at(6, 59)), reason=MissedReason.LATE)
    assert isinstance(fire, Fire) and fire.covered == (at(8), at(8, 30))


def test_events_are_sorted_by_slot_across_rules():
    book = book_at(at(5), rule("08:30", rule_id=1), rule("06:00", "08:00", rule_id=2), rule("08:00", rule_id=3))
    events = book.check(at(9), BERLIN)
    assert [(type(e).__name__, e.rule.id) for e in events] == [("Missed", 2), ("Fire", 2), ("Fire", 3), ("Fire", 1)]


def test_a_rule_created_after_a_slot_does_not_fire_it():
    book = ReminderBook([rule("08:00", "18:00", created=at(8, 30))])
    assert book.check(at(9), BERLIN) == []
    book = ReminderBook([rule("08:00", "18:00", created=at(8))])  # created exactly at the slot
    assert book.check(at(8, 1), BERLIN) == []
    assert [f.slot for f in fires(book.check(at(18, 0, 5), BERLIN))] == [at(18)]


def test_a_new_rule_does_not_report_the_past_as_missed():
    book = ReminderBook([rule("06:00", "08:00", created=at(7, 30))])
    assert book.check(at(7, 31), BERLIN) == []
    assert [f.covered for f in fires(book.check(at(9), BERLIN))] == [(at(8),)]


# --- clock changes ---

def test_a_clock_set_back_an_hour_does_not_fire_a_slot_again():
    book = book_at(at(7, 59))
    assert len(book.check(at(8, 0, 30), BERLIN)) == 1
    assert walk(book, at(7, 1), at(8, 30)) == []       # the wall clock passes 08:00 again
    assert len(fires(walk(book, at(17, 55), at(18, 1)))) == 1


def test_a_clock_jumped_forward_past_slots_catches_up_once():
    book = book_at(at(7), rule("08:00", "12:00", "14:30"))
    events = book.check(at(15), BERLIN)  # 07:00 + 8 h
    assert events == [Missed(rule=book.rules[0], slots=(at(8), at(12)), reason=MissedReason.LATE),
                      Fire(rule=book.rules[0], slot=at(14, 30), covered=(at(14, 30),), late=timedelta(minutes=30))]
    assert walk(book, at(15, 1), at(16)) == []
    assert walk(book, at(7, 5), at(15, 30), step=timedelta(minutes=5)) == []  # and corrected back again


def test_state_stamped_by_a_clock_a_year_ahead_does_not_silence_the_rule():
    state = ReminderState(rules={1: RuleState(accounted_until=at(8) + timedelta(days=365))})
    book = ReminderBook([rule("08:00")], state)
    assert book.check(at(7), BERLIN) == []
    assert [f.slot for f in fires(book.check(at(8, 1), BERLIN))] == [at(8)]


def test_a_rule_created_by_a_clock_a_year_ahead_still_fires():
    book = ReminderBook([rule("08:00", created=at(8) + timedelta(days=365))])
    assert book.check(at(7), BERLIN) == []
    assert [f.slot for f in fires(book.check(at(8, 1), BERLIN))] == [at(8)]
    assert [f.slot for f in fires(book.check(at(8, 1, day=2), BERLIN))] == [at(8, day=2)]


def test_the_second_time_through_the_repeated_hour_does_not_fire_again():
    # 01:30 fires the first time (EDT); at 01:15 and 01:31 EST (later instants) nothing is due.
    r = rule("01:30", created=datetime(2026, 10, 1, tzinfo=UTC))
    book = ReminderBook([r])
    book.check(datetime(2026, 11, 1, 1, 0, tzinfo=NEW_YORK), NEW_YORK)
    (fire,) = book.check(datetime(2026, 11, 1, 1, 31, tzinfo=NEW_YORK), NEW_YORK)
    assert fire.slot.astimezone(UTC) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    for minute in (15, 31, 45):
        assert book.check(datetime(2026, 11, 1, 1, minute, tzinfo=NEW_YORK, fold=1), NEW_YORK) == []


# --- snooze ---

def test_a_snooze_comes_back_once_at_its_time_and_not_before():
    book = book_at(at(7, 59))
    (fire,) = book.check(at(8, 1), BERLIN)
    book.snooze(fire, at(8, 11))
    assert walk(book, at(8, 2), at(8, 10, 59), step=timedelta(seconds=30)) == []
    (again,) = book.check(at(8, 11), BERLIN)
    assert again == Fire(rule=fire.rule, slot=at(8), covered=(at(8),), late=timedelta(0), snoozed=True)
    assert walk(book, at(8, 11), at(9)) == []


def test_a_snooze_can_be_snoozed_again():
    book = book_at(at(7, 59))
    (fire,) = book.check(at(8, 1), BERLIN)
    book.snooze(fire, at(8, 10))
    (again,) = book.check(at(8, 10, 30), BERLIN)
    book.snooze(again, at(8, 20))
    (third,) = book.check(at(8, 25), BERLIN)
    assert third.snoozed and third.slot == at(8) and third.late == timedelta(minutes=5)


def test_a_new_slot_replaces_a_pending_snooze():
    book = book_at(at(7, 59))
    (fire,) = book.check(at(8, 1), BERLIN)
    book.snooze(fire, at(19))
    (new,) = book.check(at(18, 0, 10), BERLIN)
    assert not new.snoozed and new.slot == at(18)
    assert walk(book, at(18, 1), at(20)) == []


def test_dismiss_drops_the_snooze():
    book = book_at(at(7, 59))
    (fire,) = book.check(at(8, 1), BERLIN)
    book.snooze(fire, at(8, 10))
    book.dismiss(fire.rule.id)
    assert walk(book, at(8, 2), at(9)) == []
    book.dismiss(99)  # an unknown rule is no error


def test_a_snooze_found_long_after_its_time_is_dropped():
    book = book_at(at(7, 59))
    (fire,) = book.check(at(8, 1), BERLIN)
    book.snooze(fire, at(8, 10))
    assert book.check(at(12), BERLIN) == []  # the machine slept: the slot already fired once
    assert book.state.rules[1].snoozed_until is None


def test_a_snooze_of_a_rule_not_in_the_book_is_ignored():
    book = book_at(at(7, 59))
    (fire,) = book.check(at(8, 1), BERLIN)
    book.set_rules([rule("09:00", rule_id=2)])
    book.snooze(fire, at(8, 10))
    assert 1 not in book.state.rules


# --- pause ---

def test_slots_while_paused_are_missed_and_reminders_resume_after():
    book = book_at(at(7))
    book.pause(at(12))
    assert book.check(at(8, 0, 30), BERLIN) == [Missed(rule=book.rules[0], slots=(at(8),),
                                                       reason=MissedReason.PAUSED)]
    assert walk(book, at(8, 1), at(12, 1), step=timedelta(minutes=10)) == []
    assert book.state.paused_until is None
    assert [f.slot for f in fires(walk(book, at(17, 59), at(18, 1)))] == [at(18)]


def test_a_pause_that_ended_while_asleep_still_counts_its_slots():
    book = book_at(at(7))
    book.pause(at(17))
    missed, fire = book.check(at(18, 30), BERLIN)  # asleep from 07:00 to 18:30
    assert missed == Missed(rule=book.rules[0], slots=(at(8),), reason=MissedReason.PAUSED)
    assert isinstance(fire, Fire) and fire.covered == (at(18),)


def test_resume_now_lets_the_next_slot_fire():
    book = book_at(at(7))
    book.pause(at(20))
    book.pause(None)
    assert book.state.paused_until is None
    assert [f.slot for f in fires(book.check(at(8, 1), BERLIN))] == [at(8)]


def test_pausing_drops_pending_snoozes():
    book = book_at(at(7, 59))
    (fire,) = book.check(at(8, 1), BERLIN)
    book.snooze(fire, at(8, 10))
    book.pause(at(9))
    assert walk(book, at(8, 2), at(10)) == []


# --- already done ---

def test_done_after_the_previous_slot_tells_instead_of_nagging():
    book = book_at(at(8, 1))
    book.record_done("cat-stretch", at(10))
    (fire,) = book.check(at(18, 1), BERLIN)
    assert fire.already_done_at == at(10)


@pytest.mark.parametrize("done", [at(7, 59), at(8), at(18, 30)])
def test_done_before_the_previous_slot_or_in_the_future_is_not_already_done(done):
    book = book_at(at(8, 1))
    book.record_done("cat-stretch", done)
    (fire,) = book.check(at(18, 1), BERLIN)
    assert fire.already_done_at is None


def test_already_done_is_per_routine_and_applies_to_a_snooze_coming_back():
    book = book_at(at(7, 59), rule("08:00", "18:00"), rule("08:00", rule_id=2, routine="bridge"))
    first, second = book.check(at(8, 1), BERLIN)
    book.snooze(first, at(8, 30))
    book.record_done("cat-stretch", at(8, 20))
    (again,) = book.check(at(8, 30), BERLIN)
    assert again.snoozed and again.already_done_at == at(8, 20)
    assert second.already_done_at is None


# --- rules changing, disabled rules ---

def test_a_disabled_rule_fires_nothing_keeps_its_state_and_does_not_flood_when_enabled():
    on = rule("08:00", "18:00")
    book = book_at(at(7, 59), on)
    (fire,) = book.check(at(8, 1), BERLIN)
    book.snooze(fire, at(8, 30))
    off = ReminderRule(**{**on.__dict__, "enabled": False})
    book.set_rules([off])
    assert walk(book, at(8, 2), at(18, 30, day=3), step=timedelta(minutes=30)) == []
    assert book.state.rules[1].snoozed_slot == at(8)  # kept
    assert book.next_wake(at(19, day=3), BERLIN) is None
    book.set_rules([on])
    assert book.check(at(19, day=3), BERLIN) == []  # the days it was off are not "missed"
    assert book.state.rules[1].snoozed_slot is None  # the stale snooze was dropped, not shown


def test_set_rules_keeps_state_of_rules_that_remain_and_drops_the_rest():
    book = book_at(at(8, 1), rule("08:00", rule_id=1), rule("09:00", rule_id=2))
    assert set(book.state.rules) == {1, 2}
    book.set_rules([rule("08:00", rule_id=1), rule("10:00", rule_id=3)])
    assert set(book.state.rules) == {1}
    assert [r.id for r in book.rules] == [1, 3]
    with pytest.raises(ValueError, match=r"unique.*\[2\]"):
        book.set_rules([rule("08:00", rule_id=2), rule("09:00", rule_id=2)])


# --- next wake ---

def test_next_wake_is_the_next_slot_or_an_earlier_snooze():
    book = book_at(at(7, 59))
    assert book.next_wake(at(7, 59), BERLIN) == at(8)
    (fire,) = book.check(at(8, 1), BERLIN)
    assert book.next_wake(at(8, 1), BERLIN) == at(18)
    book.snooze(fire, at(8, 10))
    assert book.next_wake(at(8, 1), BERLIN) == at(8, 10)
    book.snooze(fire, at(19))
    assert book.next_wake(at(8, 1), BERLIN) == at(18)


def test_next_wake_after_the_clock_went_back_skips_the_fired_slot():
    book = book_at(at(7, 59))
    book.check(at(8, 1), BERLIN)
    assert book.next_wake(at(7, 30), BERLIN) == at(18)


def test_next_wake_respects_created_and_is_none_without_enabled_rules():
    assert ReminderBook([rule("08:00", created=at(9))]).next_wake(at(7), BERLIN) == at(8, day=2)
    assert ReminderBook([rule("08:00", enabled=False)]).next_wake(at(7), BERLIN) is None
    assert ReminderBook([]).next_wake(at(7), BERLIN) is None


# --- saving and restarting ---

def full_state() -> ReminderBook:
    book = book_at(at(7, 59), rule("08:00", "18:00"), rule("08:00", rule_id=2, routine="bridge"))
    first, _ = book.check(at(8, 1), BERLIN)
    book.snooze(first, at(8, 30))
    book.record_done("bridge", at(8, 5))
    book.state.paused_until = at(23)
    return book


def test_state_round_trips_through_json():
    book = full_state()
    data = book.state.to_json()
    text = json.dumps(data)
    assert '"2026-06-01T06:30:00+00:00"' in text  # instants in UTC
    assert ReminderState.from_json(json.loads(text)) == book.state
    assert ReminderState.from_json(ReminderState().to_json()) == ReminderState()
    assert ReminderState.from_json({}) == ReminderState()
    assert ReminderState.from_json({"rules": {"1": {}}, "future": [1, 2]}) == ReminderState(rules={1: RuleState()})


def test_a_restart_never_repeats_a_fire():
    book = book_at(at(7, 59))
    (fire,) = book.check(at(8, 1), BERLIN)
    book.snooze(fire, at(8, 10))
    book = restarted(book)
    assert book.check(at(8, 2), BERLIN) == []
    (again,) = book.check(at(8, 10), BERLIN)
    assert again.snoozed
    book = restarted(book)
    assert walk(book, at(8, 10), at(17, 59)) == []


@pytest.mark.parametrize(("data", "names"), [
    ([], "expected an object"),
    ({"rules": []}, "rules: expected an object"),
    ({"rules": {"x": {}}}, "rules.x: expected a rule id"),
    ({"rules": {"0": {}}}, "rules.0: expected a rule id"),
    ({"rules": {"1": 5}}, "rules.1: expected an object, found 5"),
    ({"rules": {"1": {"accounted_until": "yesterday"}}}, "rules.1.accounted_until: .*found 'yesterday'"),
    ({"rules": {"1": {"accounted_until": "2026-06-01T08:00:00"}}}, r"rules.1.accounted_until: .*\(no zone\)"),
    ({"rules": {"1": {"accounted_until": 1780000000}}}, "rules.1.accounted_until: .*found 1780000000"),
    ({"rules": {"1": {"snoozed_until": "2026-06-01T08:00:00+00:00"}}}, "rules.1: snoozed_until and snoozed_slot"),
    ({"paused_until": True}, "paused_until: .*found True"),
    ({"paused_until": "2026-02-30T08:00:00+00:00"}, "paused_until: .*2026-02-30"),
    ({"last_done": {"bridge": None}}, "last_done.bridge: .*found null"),
    ({"last_done": "bridge"}, "last_done: expected an object"),
])
def test_bad_state_is_refused_with_the_field_named(data, names):
    with pytest.raises(ValueError, match=f"^reminder state: {names}"):
        ReminderState.from_json(data)
