"""Wakes the app toward the next reminder, runs the book, and persists what happened.

One single-shot timer, never set further than a minute ahead: QTimer counts
monotonic time, which stops while the machine sleeps and ignores clock
changes, so every wake re-reads the wall clock and the local zone and asks
the book again. That catches suspend, DST and manual clock changes within a
minute, and costs one wake a minute when nothing is near. Close to a slot the
timer aims at the slot itself (a precise timer), so reminders fire on time.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from coach.domain.history_records import ReminderOutcome
from coach.domain.history_records import ReminderOutcomeKind as Kind
from coach.domain.reminder_book import Fire, Missed, ReminderBook, RuleState
from coach.platform.local_zone import local_zone, now_utc
from coach.storage import reminder_journal, reminder_store
from coach.storage.reminder_store import ReminderSettings
from coach.qt.timer import Timer

_log = logging.getLogger(__name__)
MAX_SLEEP_MS = 60_000
MIN_SLEEP_MS = 10  # a floor, so a bug can never become a busy loop


class ReminderScheduler(QObject):
    """The reminders' clockwork on the Qt side (the logic is the domain's ReminderBook).

    Attributes:
        book: the ReminderBook (rules, state).
        settings: the ReminderSettings the rules came from.
        timer: the single wake timer.
        next_fire: when the next reminder is due (None: none set).
        wakes: how many times it woke (benchmarks count them).
        record_outcome: gets every outcome for the history (None: they are only logged).

    Signals:
        fired(Fire): a reminder is due now; show it.
        missed(Missed): reminders went by while asleep, closed or paused.
        changed(): the rules, the pause or the next time changed (menus and labels refresh).
        problem(str): something could not be read or saved (said once, in plain words).
    """

    fired = Signal(object)
    missed = Signal(object)
    changed = Signal()
    problem = Signal(str)

    def __init__(self, *, wall_clock: Callable[[], datetime] = now_utc,
                 zone: Callable[[], ZoneInfo] = local_zone,
                 record: Callable[[ReminderOutcome], None] | None = None,
                 routines: Callable[[], Collection[str]] | None = None, parent: QObject | None = None) -> None:
        """``record`` gets every outcome for the history (None: outcomes are only logged); ``routines``
        gives the routine ids there are (None: any), so a reminder for a deleted one is switched off."""
        super().__init__(parent)
        self._routines = routines
        self.record_outcome = record
        self._clock = wall_clock
        self._zone = zone
        self.settings = ReminderSettings()
        self.book = ReminderBook(())
        self.timer = Timer("reminder-wake", self, single_shot=True, precise=True)
        self.timer.timeout.connect(self.wake)
        self.next_fire: datetime | None = None
        self.wakes = 0
        self._file_stamp: tuple[int, int] | None = None
        self._saved_state: dict[str, Any] | None = None
        self._parked: dict[int, RuleState] = {}

    # ----- starting and reloading

    def start(self) -> None:
        """Load the rules and the saved state, then wake at once (catching up what was missed)."""
        state, problem = reminder_journal.load_state()
        if problem:
            self.problem.emit(problem)
        self._load_rules(report=True)
        if state is None and problem:
            # The old state is gone: start the count from now rather than re-firing today's reminders.
            now = self._clock()
            for rule in self.book.rules:
                self.book.state.rules[rule.id] = RuleState(accounted_until=now)
        elif state is not None:
            self.book.state.rules.update(state.rules)
            self.book.state.paused_until = state.paused_until
            self.book.state.last_done.update(state.last_done)
        self._saved_state = self.book.state.to_json()
        self.wake()

    def reload(self) -> None:
        """reminders.toml changed (the CLI, or another window): take the new rules and wake."""
        self._load_rules(report=True)
        self.changed.emit()
        self.wake()

    def apply(self, settings: ReminderSettings) -> bool:
        """The reminders dialog's result: save it and use it. False (and problem emitted) if it could not be saved."""
        try:
            reminder_store.save(settings)
        except OSError as error:
            self.problem.emit(f"{reminder_store.reminders_path()}: could not be saved ({error.strerror or error})")
            return False
        self._use(settings)
        self._file_stamp = self._stamp()
        self.changed.emit()
        self.wake()
        return True

    def _load_rules(self, *, report: bool) -> None:
        self._file_stamp = self._stamp()
        settings = reminder_store.load_or_move_aside()
        if report:
            for problem in self._usable(settings).problems:
                self.problem.emit(problem)
        self._use(settings)

    def _usable(self, settings: ReminderSettings) -> ReminderSettings:
        """The settings with the reminders for routines that are gone switched off (they stay in
        ``settings``, so the dialog still shows them as "routine not found" and the file keeps them)."""
        return settings if self._routines is None else settings.for_routines(self._routines())

    def _use(self, settings: ReminderSettings) -> None:
        self.settings = settings
        # A reminder that vanishes for a while (a typo in the file, fixed later) must not come back
        # with its history gone and re-fire today's slot: park how far it had got, without any snooze.
        for rule_id, state in self.book.state.rules.items():
            self._parked[rule_id] = RuleState(accounted_until=state.accounted_until)
        usable = self._usable(settings).rules
        self.book.set_rules(usable)
        states = self.book.state.rules
        for rule in usable:
            if rule.id not in states and rule.id in self._parked:
                states[rule.id] = self._parked[rule.id]
        self.book.grace = timedelta(minutes=settings.options.grace_minutes)

    @staticmethod
    def _stamp() -> tuple[int, int] | None:
        try:
            status = reminder_store.reminders_path().stat()
        except OSError:
            return None
        return status.st_mtime_ns, status.st_size

    # ----- waking

    def wake(self) -> None:
        """Timer, start, resume from sleep or a change: what is due now? Then sleep toward the next."""
        self.wakes += 1
        if self._stamp() != self._file_stamp:
            self._load_rules(report=True)
            self.changed.emit()
        now, zone = self._clock(), self._zone()
        events = self.book.check(now, zone)
        for event in events:
            self._record(event, now)
        self._persist()
        for event in events:
            (self.fired if isinstance(event, Fire) else self.missed).emit(event)
        self._schedule(now, zone)

    def _schedule(self, now: datetime, zone: ZoneInfo) -> None:
        following = self.book.next_wake(now, zone)
        if following != self.next_fire:
            self.next_fire = following
            self.changed.emit()
        if following is None:
            delay = MAX_SLEEP_MS
        else:
            delay = math.ceil((following - now).total_seconds() * 1000)
            delay = max(MIN_SLEEP_MS, min(delay, MAX_SLEEP_MS))
        self.timer.start_in(delay)

    # ----- what the person chose

    def start_routine(self, fire: Fire) -> None:
        self.book.dismiss(fire.rule.id)
        self._log_choice(Kind.STARTED, fire)

    def snooze(self, fire: Fire) -> datetime:
        until = self._clock() + timedelta(minutes=self.settings.options.snooze_minutes)
        self.book.snooze(fire, until)
        self._log_choice(Kind.SNOOZED, fire, until=until.isoformat())
        self.wake()
        return until

    def skip(self, fire: Fire) -> None:
        self.book.dismiss(fire.rule.id)
        self._log_choice(Kind.SKIPPED, fire)

    def record_done(self, routine: str) -> None:
        """A session of this routine ran to the end: later reminders since then say so instead of nagging."""
        self.book.record_done(routine, self._clock())
        self._persist()

    def pause(self, until: datetime | None) -> None:
        """No reminders until then (None: resume now); slots in between are recorded as missed (paused)."""
        self.book.pause(until)
        self._append(ReminderOutcome(self._clock(), Kind.PAUSED if until else Kind.RESUMED,
                                     detail={"until": until.isoformat()} if until else {}))
        self._persist()
        self.changed.emit()
        self.wake()

    @property
    def paused_until(self) -> datetime | None:
        paused = self.book.state.paused_until
        return paused if paused is not None and paused > self._clock() else None

    def now(self) -> datetime:
        return self._clock()

    # ----- the history

    def _record(self, event: Fire | Missed, now: datetime) -> None:
        if isinstance(event, Fire):
            self._append(ReminderOutcome(now, Kind.ALREADY_DONE if event.already_done_at else Kind.FIRED,
                                         event.rule.id, event.rule.routine, event.slot,
                                         {"covered": [slot.isoformat() for slot in event.covered],
                                          "late_seconds": round(event.late.total_seconds(), 3),
                                          "snoozed": event.snoozed}))
        else:
            self._append(ReminderOutcome(now, Kind.MISSED, event.rule.id, event.rule.routine, event.slots[0],
                                         {"reason": event.reason.value,
                                          "slots": [slot.isoformat() for slot in event.slots]}))

    def _log_choice(self, kind: Kind, fire: Fire, **detail: Any) -> None:
        self._append(ReminderOutcome(self._clock(), kind, fire.rule.id, fire.rule.routine, fire.slot, detail))
        self._persist()

    def _append(self, outcome: ReminderOutcome) -> None:
        _log.info("reminder %s: %s %s", outcome.kind.value, outcome.routine or "", outcome.slot or "")
        if self.record_outcome is not None:
            self.record_outcome(outcome)

    def _persist(self) -> None:
        state = self.book.state.to_json()
        if state == self._saved_state:
            return
        try:
            reminder_journal.save_state(self.book.state)
        except OSError as error:
            self.problem.emit(f"{reminder_journal.state_path()}: could not be saved ({error.strerror or error}); "
                              "a reminder may repeat after a restart")
            return
        self._saved_state = state

