"""The reminder state machine the app runs at every wake: which slots fire, which were missed.

The book is pure: the clock and the zone are passed in. At each wake the app
calls ``check(now, zone)`` and gets events: a Fire to show, or a Missed to
record. Every slot of an enabled rule ends up in exactly one event, once:

- a slot within ``grace`` of now fires; several such slots (the app was closed
  across them) make one Fire that covers them all;
- an older slot, or one that came while reminders were paused, is a Missed;
- ``accounted_until`` remembers the latest slot dealt with and never moves
  back, so a clock set back an hour does not fire a slot again, and a restart
  from the saved state (``ReminderState.to_json``) does not either.

A snoozed Fire comes back once, at its time; it is the same slot coming back,
not a new one, and a new slot of the rule replaces it.

All instants are kept in UTC and compared there (see reminder_times for why).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from coach.domain.reminder_rules import ReminderRule
from coach.domain.reminder_times import next_slot, previous_slot, slots_between, utc

DEFAULT_GRACE = timedelta(hours=2)
# A saved instant this far past now was stamped by a clock that was wrong (set a
# year ahead by mistake, then corrected). Trusting it would silence the rule until
# the real clock caught up, so the book starts again from now instead.
CLOCK_SLIP = timedelta(hours=24)


class MissedReason(Enum):
    LATE = "late"      # the app was closed or asleep past the grace window
    PAUSED = "paused"  # reminders were paused


@dataclass(frozen=True)
class Fire:
    """A reminder to show now.

    Attributes:
        rule: the rule it is for.
        slot: the latest slot this fire stands for (aware, in the check's zone).
        covered: every slot coalesced into this one fire, sorted; includes ``slot``.
        late: how long after ``slot`` (after the snooze's end, for a snooze) it was found, >= 0.
        snoozed: True when this is a snoozed fire coming back.
        already_done_at: when the routine was last done, if that was after the
            rule's previous slot: tell the person, don't nag.
    """

    rule: ReminderRule
    slot: datetime
    covered: tuple[datetime, ...]
    late: timedelta
    snoozed: bool = False
    already_done_at: datetime | None = None


@dataclass(frozen=True)
class Missed:
    """Slots that will not fire, to be recorded.

    Attributes:
        rule: the rule they belong to.
        slots: the slots, sorted, aware in the check's zone.
        reason: LATE (found after the grace window) or PAUSED.
    """

    rule: ReminderRule
    slots: tuple[datetime, ...]
    reason: MissedReason


@dataclass(frozen=True)
class RuleState:
    """What the book remembers of one rule (instants in UTC).

    Attributes:
        accounted_until: the latest slot already fired or recorded missed.
        snoozed_until: when a snoozed fire comes back, or None.
        snoozed_slot: the slot that snoozed fire stands for.
    """

    accounted_until: datetime | None = None
    snoozed_until: datetime | None = None
    snoozed_slot: datetime | None = None


@dataclass
class ReminderState:
    """Everything the book must keep across restarts; saved as JSON.

    Attributes:
        rules: per rule id, what is remembered of it.
        paused_until: reminders are paused until then, or None.
        last_done: routine id -> when a session of it last completed.
    """

    rules: dict[int, RuleState] = field(default_factory=dict)
    paused_until: datetime | None = None
    last_done: dict[str, datetime] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types; instants as ISO text in UTC; rule ids as keys in text (JSON needs it)."""
        return {
            "rules": {str(rule_id): {"accounted_until": _iso(s.accounted_until),
                                     "snoozed_until": _iso(s.snoozed_until),
                                     "snoozed_slot": _iso(s.snoozed_slot)}
                      for rule_id, s in sorted(self.rules.items())},
            "paused_until": _iso(self.paused_until),
            "last_done": {routine: _iso(when) for routine, when in sorted(self.last_done.items())},
        }

    @classmethod
    def from_json(cls, data: Any) -> ReminderState:
        """Read what to_json wrote. ValueError names the bad field; unknown keys are ignored."""
        if not isinstance(data, dict):
            raise ValueError(f"reminder state: expected an object, found {_shown(data)}")
        rules: dict[int, RuleState] = {}
        for key, table in _table(data, "rules").items():
            where = f"rules.{key}"
            if not (isinstance(key, str) and key.isascii() and key.isdigit() and int(key) >= 1):
                raise ValueError(f"reminder state: {where}: expected a rule id from 1 up, found {_shown(key)}")
            if not isinstance(table, dict):
                raise ValueError(f"reminder state: {where}: expected an object, found {_shown(table)}")
            state = RuleState(*(_instant(table.get(name), f"{where}.{name}")
                                for name in ("accounted_until", "snoozed_until", "snoozed_slot")))
            if (state.snoozed_until is None) != (state.snoozed_slot is None):
                raise ValueError(f"reminder state: {where}: snoozed_until and snoozed_slot go together; "
                                 f"found only one of them")
            rules[int(key)] = state
        last_done = {}
        for routine, when in _table(data, "last_done").items():
            instant = _instant(when, f"last_done.{routine}")
            if instant is None:
                raise ValueError(f"reminder state: last_done.{routine}: expected a date and time, found null")
            last_done[routine] = instant
        return cls(rules=rules, paused_until=_instant(data.get("paused_until"), "paused_until"),
                   last_done=last_done)


class ReminderBook:
    """Decides, at each wake, what fires and what was missed; see the module docstring.

    Attributes:
        rules: the rules, by id order.
        state: the live ReminderState (save its to_json after each change).
        grace: how late a slot may be found and still fire.
    """

    def __init__(self, rules: Iterable[ReminderRule], state: ReminderState | None = None, *,
                 grace: timedelta = DEFAULT_GRACE) -> None:
        if grace < timedelta(0):
            raise ValueError(f"grace must not be negative, not {grace}")
        self.grace = grace
        self.state = state if state is not None else ReminderState()
        self._rules: tuple[ReminderRule, ...] = ()
        self.set_rules(rules)

    @property
    def rules(self) -> tuple[ReminderRule, ...]:
        return self._rules

    def set_rules(self, rules: Iterable[ReminderRule]) -> None:
        """Use these rules from now on; keep the state of those that still exist, drop the rest.

        Dropping matters because ids can be reused: a new rule must not inherit
        an old one's snooze.
        """
        ordered = tuple(sorted(rules, key=lambda rule: rule.id))
        ids = [rule.id for rule in ordered]
        if len(set(ids)) != len(ids):
            raise ValueError(f"reminder ids must be unique; {sorted({i for i in ids if ids.count(i) > 1})} repeat")
        self._rules = ordered
        kept = set(ids)
        self.state.rules = {rule_id: s for rule_id, s in self.state.rules.items() if rule_id in kept}

    def check(self, now: datetime, zone: ZoneInfo) -> list[Fire | Missed]:
        """What to show and record at ``now``; sorted by (latest) slot, then rule id. Idempotent."""
        now = utc(now)
        events: list[Fire | Missed] = []
        for rule in self._rules:
            events.extend(self._check_rule(rule, now, zone))
        if self.state.paused_until is not None and self.state.paused_until <= now:
            self.state.paused_until = None
        events.sort(key=_event_order)
        return events

    def next_wake(self, now: datetime, zone: ZoneInfo) -> datetime | None:
        """When check next has something to do: the next slot or snooze end (in ``zone``), or None."""
        now = utc(now)
        wakes: list[datetime] = []
        for rule in self._rules:
            if not rule.enabled:
                continue
            state = self.state.rules.get(rule.id, RuleState())
            slot = next_slot(rule, max(now, self._anchor(rule, state, now)), zone)
            if slot is not None:
                wakes.append(utc(slot))
            if state.snoozed_until is not None:
                wakes.append(state.snoozed_until)
        return min(wakes).astimezone(zone) if wakes else None

    def snooze(self, fire: Fire, until: datetime) -> None:
        """Bring ``fire`` back at ``until`` (once). A rule no longer in the book is ignored."""
        if all(rule.id != fire.rule.id for rule in self._rules):
            return
        state = self.state.rules.get(fire.rule.id, RuleState())
        self.state.rules[fire.rule.id] = replace(state, snoozed_until=utc(until), snoozed_slot=utc(fire.slot))

    def dismiss(self, rule_id: int) -> None:
        """The person skipped or started the reminder: drop a pending snooze of that rule."""
        state = self.state.rules.get(rule_id)
        if state is not None:
            self.state.rules[rule_id] = replace(state, snoozed_until=None, snoozed_slot=None)

    def record_done(self, routine: str, when: datetime) -> None:
        """A session of ``routine`` completed at ``when``."""
        self.state.last_done[routine] = utc(when)

    def pause(self, until: datetime | None) -> None:
        """Pause reminders until ``until``; None resumes now.

        Pausing drops pending snoozes too: the person asked for quiet, and the
        snoozed slots already fired once, so nothing is lost from the record.
        """
        if until is None:
            self.state.paused_until = None
            return
        self.state.paused_until = utc(until)
        for rule_id, state in self.state.rules.items():
            self.state.rules[rule_id] = replace(state, snoozed_until=None, snoozed_slot=None)

    # --- inside check ---

    def _anchor(self, rule: ReminderRule, state: RuleState, now: datetime) -> datetime:
        """The instant after which the rule's slots are still to be dealt with."""
        limit = now + CLOCK_SLIP
        accounted, created = state.accounted_until, utc(rule.created)
        if accounted is not None and accounted > limit:
            return now  # accounted by a clock far ahead: resume from now rather than stay silent
        if created > limit:
            # Created by a clock far ahead. Ignore it, or the rule would stay silent until then;
            # once accounted_until is set (below) it carries the rule on.
            return accounted if accounted is not None else now
        return created if accounted is None else max(accounted, created)

    def _check_rule(self, rule: ReminderRule, now: datetime, zone: ZoneInfo) -> list[Fire | Missed]:
        state = self.state.rules.get(rule.id, RuleState())
        anchor = self._anchor(rule, state, now)
        due = slots_between(rule, anchor, now, zone)
        accounted = max(anchor, utc(due[-1])) if due else anchor
        if not rule.enabled:
            # Slots pass unremarked while a rule is off: they were not missed, and turning
            # the rule back on must not report a week of them. Its snooze is kept.
            self.state.rules[rule.id] = replace(state, accounted_until=accounted)
            return []
        pause_end = self.state.paused_until
        paused = [s for s in due if pause_end is not None and utc(s) < pause_end]
        rest = due[len(paused):]  # slots are sorted, so the paused ones come first
        late = [s for s in rest if now - utc(s) > self.grace]
        fresh = rest[len(late):]
        events: list[Fire | Missed] = []
        if paused:
            events.append(Missed(rule, tuple(paused), MissedReason.PAUSED))
        if late:
            events.append(Missed(rule, tuple(late), MissedReason.LATE))
        snoozed_until, snoozed_slot = state.snoozed_until, state.snoozed_slot
        if fresh:
            # A new slot replaces a pending snooze: one reminder on screen, the newest.
            events.append(Fire(rule, fresh[-1], tuple(fresh), now - utc(fresh[-1]),
                               already_done_at=self._done_since(rule, fresh[0], now, zone)))
            snoozed_until = snoozed_slot = None
        elif snoozed_until is not None and snoozed_slot is not None and snoozed_until <= now:
            # A snooze found more than the grace late (the machine slept) is stale: its slot
            # fired once already, so it is dropped rather than shown hours later.
            if now - snoozed_until <= self.grace:
                slot = snoozed_slot.astimezone(zone)
                events.append(Fire(rule, slot, (slot,), now - snoozed_until, snoozed=True,
                                   already_done_at=self._done_since(rule, slot, now, zone)))
            snoozed_until = snoozed_slot = None
        self.state.rules[rule.id] = RuleState(accounted, snoozed_until, snoozed_slot)
        return events

    def _done_since(self, rule: ReminderRule, first: datetime, now: datetime, zone: ZoneInfo) -> datetime | None:
        """When the routine was done after the slot before ``first`` (and not in the future), else None."""
        done = self.state.last_done.get(rule.routine)
        if done is None or done > now:
            return None
        previous = previous_slot(rule, first, zone)
        if previous is None or done <= utc(previous):
            return None
        return done.astimezone(zone)


def _event_order(event: Fire | Missed) -> tuple[datetime, int, int]:
    latest = event.slot if isinstance(event, Fire) else event.slots[-1]
    return utc(latest), event.rule.id, isinstance(event, Fire)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else utc(moment).isoformat()


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "…"


def _table(data: dict[str, Any], name: str) -> dict[Any, Any]:
    table = data.get(name, {})
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise ValueError(f"reminder state: {name}: expected an object, found {_shown(table)}")
    return table


def _instant(value: Any, where: str) -> datetime | None:
    """An ISO date and time with a zone (or None), as UTC; ValueError naming ``where`` otherwise."""
    if value is None:
        return None
    problem = f"reminder state: {where}: expected a date and time with a zone, e.g. 2026-10-10T06:00:00+00:00"
    if not isinstance(value, str):
        raise ValueError(f"{problem}, found {_shown(value)}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{problem}, found {_shown(value)}") from None
    if moment.utcoffset() is None:
        raise ValueError(f"{problem}, found {_shown(value)} (no zone)")
    return utc(moment)
