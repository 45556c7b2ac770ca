"""A month of simulated life for a twice-daily reminder: every slot accounted for exactly once.

The wall clock moves as on a real laptop: timer wakes (at most a minute apart
near a slot), suspends with no checks, the clock set back an hour or forward
eight, the app restarted from its saved JSON, snoozes and pauses. Whatever
happens, each slot up to the latest time the book saw must appear in exactly
one Fire.covered or one Missed.slots, and nothing fires later than the grace.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from coach.domain.reminder_book import Fire, Missed, MissedReason, ReminderBook, ReminderState
from coach.domain.reminder_rules import ReminderRule
from coach.domain.reminder_times import slots_between

ZONE = ZoneInfo("Europe/Berlin")
START = datetime(2026, 10, 10, 7, 0, tzinfo=ZONE)  # Berlin falls back on 2026-10-25
START_UTC = START.astimezone(UTC)
RULE = ReminderRule(id=1, routine="cat-stretch", times=(time(8), time(18)), created=START)
SECOND = timedelta(seconds=1)


@dataclass
class Life:
    """The simulation: the book, the clock, and everything the book said."""

    rnd: random.Random
    book: ReminderBook = field(default_factory=lambda: ReminderBook([RULE]))
    now: datetime = START_UTC
    latest_check: datetime = START_UTC
    accounted: Counter[datetime] = field(default_factory=Counter)
    snoozed: tuple[datetime, datetime] | None = None   # (until, slot) of the pending snooze
    paused_until: datetime | None = None
    fires: int = 0
    snooze_returns: int = 0
    missed: Counter[MissedReason] = field(default_factory=Counter)
    jumps: Counter[str] = field(default_factory=Counter)

    def check(self) -> None:
        # The same instant, given in UTC, in the zone, or in some other zone: the book must not care.
        shown = self.rnd.choice([self.now, self.now.astimezone(ZONE),
                                 self.now.astimezone(timezone(timedelta(hours=-3)))])
        events = self.book.check(shown, ZONE)
        assert self.book.check(shown, ZONE) == [], "check must be idempotent"
        self.latest_check = max(self.latest_check, self.now)
        for event in events:
            if isinstance(event, Fire):
                self.on_fire(event)
            else:
                self.on_missed(event)

    def on_fire(self, fire: Fire) -> None:
        assert timedelta(0) <= fire.late <= self.book.grace
        if fire.snoozed:
            assert self.snoozed is not None, "a snooze came back that was not pending"
            until, slot = self.snoozed
            assert self.now >= until, "a snooze came back early"
            assert fire.slot == slot and fire.covered == (slot,) and fire.late == self.now - until
            self.snooze_returns += 1
        else:
            assert fire.covered and fire.slot == fire.covered[-1]
            for slot in fire.covered:
                assert timedelta(0) <= self.now - slot <= self.book.grace
                self.accounted[slot.astimezone(UTC)] += 1
            self.fires += 1
        self.snoozed = None  # a new fire replaces a snooze; a returning one is used up
        if self.rnd.random() < 0.3:
            until = self.now + timedelta(minutes=self.rnd.uniform(5, 30))
            self.book.snooze(fire, until)
            self.snoozed = (until, fire.slot.astimezone(UTC))
        elif self.rnd.random() < 0.3:
            self.book.dismiss(fire.rule.id)
        if self.rnd.random() < 0.2:
            self.book.record_done(fire.rule.routine, self.now + timedelta(minutes=12))

    def on_missed(self, missed: Missed) -> None:
        for slot in missed.slots:
            if missed.reason is MissedReason.LATE:
                assert self.now - slot > self.book.grace
            else:
                assert self.paused_until is not None and slot < self.paused_until
            self.accounted[slot.astimezone(UTC)] += 1
        self.missed[missed.reason] += 1

    def step(self) -> None:
        roll = self.rnd.random()
        if roll < 0.03:
            self.now += timedelta(minutes=self.rnd.uniform(10, 20 * 60))  # suspended: no checks meanwhile
            self.jumps["suspend"] += 1
        elif roll < 0.045:
            self.now -= timedelta(hours=1)
            self.jumps["back 1 h"] += 1
        elif roll < 0.06:
            self.now += timedelta(hours=8)
            self.jumps["forward 8 h"] += 1
        elif roll < 0.08:
            saved = json.loads(json.dumps(self.book.state.to_json()))
            self.book = ReminderBook([RULE], ReminderState.from_json(saved))
            self.jumps["restart"] += 1
        elif roll < 0.085:
            self.paused_until = self.now + timedelta(hours=self.rnd.uniform(1, 12))
            self.book.pause(self.paused_until)
            self.snoozed = None  # pausing drops snoozes
            self.jumps["pause"] += 1
        else:
            self.timer_wake()

    def timer_wake(self) -> None:
        """The app's timer: at most a minute near a wake; far from one, nothing happens in between,
        so skip ahead to a random point of the quiet stretch."""
        wake = self.book.next_wake(self.now, ZONE)
        assert wake is not None
        gap = wake - self.now
        if gap > timedelta(minutes=3):
            self.now += SECOND * self.rnd.uniform(60, (gap - timedelta(minutes=1)) / SECOND)
        else:
            self.now += SECOND * self.rnd.uniform(0.5, 60)


def expected_slots(until: datetime) -> list[datetime]:
    """08:00 and 18:00 of each local day after START and up to ``until``, built without the code under test."""
    slots = []
    day = START.date()
    while day <= until.astimezone(ZONE).date():
        for wall in RULE.times:
            slot = datetime.combine(day, wall, tzinfo=ZONE).astimezone(UTC)
            if START < slot <= until:
                slots.append(slot)
        day += timedelta(days=1)
    return slots


def live(seed: int, days: int) -> Life:
    life = Life(rnd=random.Random(seed))
    end = START + timedelta(days=days)
    while life.now < end:
        life.check()
        life.step()
    life.check()
    truth = slots_between(RULE, RULE.created, life.latest_check, ZONE)
    assert [s.astimezone(UTC) for s in truth] == expected_slots(life.latest_check)
    never = [s for s in truth if life.accounted[s.astimezone(UTC)] == 0]
    twice = [s for s in truth if life.accounted[s.astimezone(UTC)] > 1]
    assert never == [] and twice == []
    assert sum(life.accounted.values()) == len(truth)  # and nothing that is not a slot
    return life


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_month_across_the_dst_change_accounts_every_slot_once(seed):
    life = live(seed, days=30)
    assert life.latest_check.astimezone(ZONE).date() >= date(2026, 11, 9)  # through 2026-10-25
    assert life.fires > 20  # mostly fired: the simulation is not all suspends and misses
    assert life.missed[MissedReason.LATE] > 0
    assert set(life.jumps) == {"suspend", "back 1 h", "forward 8 h", "restart", "pause"}
    assert life.snooze_returns > 0


def test_a_long_run_through_both_dst_changes():
    life = live(seed=20261010, days=175)
    assert life.latest_check.astimezone(ZONE).date() >= date(2027, 3, 29)  # through 2027-03-28
    assert life.fires > 150 and life.snooze_returns > 20
    assert life.missed[MissedReason.PAUSED] > 0
