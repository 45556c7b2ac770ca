"""Records what the person does (sessions, pain ratings, reminders, level choices) in the history, never in the way.

The writing happens on the HistoryWriter's own thread, so a slow disk, a
locked database or a full disk never stalls the window. Its reports arrive on
that thread and reach the GUI thread through one signal-carrying bridge.
SQLite and the history's storage modules are imported with the first write or
read, not at start: the first screen does not need them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from coach.domain.history_records import LevelChoice, PainMoment, ReminderOutcome, SessionOutcome, SessionRecord
from coach.domain.player import PlayerState
from coach.domain.routine import Level
from coach.domain.timeline import Segment
from coach.storage import reminder_journal

if TYPE_CHECKING:
    import sqlite3

    from coach.storage import history
    from coach.storage.history_writer import HistoryWriter
    from coach.ui.session.session_driver import SessionDriver

_log = logging.getLogger(__name__)
T = TypeVar("T")
READ_WAIT_SECONDS = 1.0  # how long a read waits for the writer to catch up (normally a few ms)


def now_utc() -> datetime:
    return datetime.now(UTC)


def _history() -> ModuleType:
    """coach.storage.history, imported (with sqlite3) on first use."""
    from coach.storage import history

    return history


class _Bridge(QObject):
    """Carries the writer thread's reports to the GUI thread (queued signals)."""

    problem = Signal(str)
    recovered = Signal()


class HistoryKeeper(QObject):
    """The app's one way into the history.

    Attributes:
        path: the database file.
        writer: the HistoryWriter, started on first use (None until then).
        session_key: the key of the session being recorded, or of the last one (pain after attaches to it).

    Signals:
        problem(str): the history could not be written or read (in plain words, once per problem).
        recovered(): writing works again after a problem.
    """

    problem = Signal(str)
    recovered = Signal()

    def __init__(self, path: Path | None = None, *, spill: Path | None = None, legacy_reminder_log: Path | None = None,
                 clock: Callable[[], datetime] = now_utc, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._spill = spill
        self._legacy_log = legacy_reminder_log if legacy_reminder_log is not None else reminder_journal.log_path()
        self._clock = clock
        self.writer: HistoryWriter | None = None
        self.session_key: str | None = None
        self._driver: SessionDriver | None = None
        self._segments_total = 0
        self._pending_before: tuple[int, datetime] | None = None
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.problem.connect(self.problem, queued)
        self._bridge.recovered.connect(self.recovered, queued)

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = _history().history_path()
        return self._path

    # ----- writing

    def _writer(self) -> HistoryWriter:
        if self.writer is None:
            from coach.storage.history_writer import HistoryWriter

            spill = self._spill or _history().spill_path()
            memory_spill = None if self._spill else _history().memory_spill_path()
            self.writer = HistoryWriter(self.path, spill_path=spill, on_problem=self._bridge.problem.emit,
                                        on_recovered=self._bridge.recovered.emit,
                                        legacy_reminder_log=self._legacy_log, clock=self._clock,
                                        memory_spill_path=memory_spill)
            self.writer.start()
        return self.writer

    def _submit(self, operation: history.Operation) -> None:
        self._writer().submit(operation)

    def track(self, driver: SessionDriver) -> str:
        """A session starts: write its row now and update it as it goes (so a crash loses at most a step)."""
        self.finish_unended(SessionOutcome.STOPPED)
        timeline = driver.player.timeline
        import uuid  # here: with platform it costs start-up ~4 ms, and the first screen records nothing

        self.session_key = key = uuid.uuid4().hex
        self._driver = driver
        self._segments_total = len(timeline.segments)
        started = self._clock()
        self._submit(_history().StartSession(key=key, routine=timeline.routine, routine_title=timeline.title,
                                          level=timeline.level.value, started=started,
                                          segments_total=self._segments_total))
        if self._pending_before is not None:
            score, at = self._pending_before
            self._pending_before = None
            self._submit(_history().RatePain(key=key, moment=PainMoment.BEFORE, score=score, at=at))
        driver.segment_started.connect(self._on_segment)
        driver.finished.connect(self._on_finished)
        return key

    def _on_segment(self, segment: Segment) -> None:
        if self.session_key is not None and self._driver is not None:
            self._submit(_history().SessionProgress(key=self.session_key, segments_done=segment.index,
                                                 exercise=segment.exercise, at=self._clock()))

    def _on_finished(self, completed: bool) -> None:
        self._finish(SessionOutcome.COMPLETED if completed else SessionOutcome.STOPPED)

    def finish_unended(self, outcome: SessionOutcome = SessionOutcome.STOPPED) -> None:
        """The tracked session is being left without finishing (home, another routine, quit): close its row."""
        driver = self._driver
        if driver is not None and driver.state is not PlayerState.FINISHED:
            self._finish(outcome)

    def _finish(self, outcome: SessionOutcome) -> None:
        driver, key = self._driver, self.session_key
        if driver is None or key is None:
            return
        self._driver = None
        try:
            driver.segment_started.disconnect(self._on_segment)
            driver.finished.disconnect(self._on_finished)
        except (RuntimeError, TypeError):  # already gone with its driver
            pass
        player = driver.player
        done = self._segments_total if outcome is SessionOutcome.COMPLETED else player.segment.index
        self._submit(_history().FinishSession(key=key, outcome=outcome, ended=self._clock(), segments_done=done,
                                           exercise=player.segment.exercise))

    def rate_before(self, score: int) -> None:
        """Given before the session exists; attached to it when it starts."""
        self._pending_before = (score, self._clock())

    def rate_after(self, score: int) -> None:
        if self.session_key is None:
            _log.warning("a pain rating after a session, but no session was recorded: not kept")
            return
        self._submit(_history().RatePain(key=self.session_key, moment=PainMoment.AFTER, score=score, at=self._clock()))

    def record_reminder(self, outcome: ReminderOutcome) -> None:
        self._submit(_history().RecordReminder(outcome))

    def record_level_choice(self, current: Level, suggested: Level, accepted: bool) -> LevelChoice:
        """The person answered a suggested level: moved to ``suggested`` (accepted) or stayed at ``current``."""
        choice = LevelChoice(at=self._clock(), from_level=current.value,
                             to_level=(suggested if accepted else current).value, suggested_level=suggested.value,
                             accepted=accepted)
        self._submit(_history().RecordLevelChoice(choice))
        return choice

    # ----- reading

    def sessions(self, since: datetime | None = None) -> list[SessionRecord]:
        """Every recorded session (oldest first), after letting the writer catch up briefly.

        Raises HistoryError (the caller shows it).
        """
        return self._read(lambda connection: _history().sessions(connection, since))

    def reminder_outcomes(self) -> list[ReminderOutcome]:
        """Every recorded reminder outcome, oldest first (raises HistoryError)."""
        return self._read(_history().reminder_outcomes)

    def level_choices(self) -> list[LevelChoice]:
        """Every recorded answer to a suggested level, oldest first (raises HistoryError)."""
        return self._read(_history().level_choices)

    def _read(self, read: Callable[[sqlite3.Connection], list[T]]) -> list[T]:
        if self.writer is not None and not self.writer.flush(READ_WAIT_SECONDS):
            _log.info("history: reading while %d writes wait", self.writer.pending)
        if not self.path.exists():
            return []
        from coach.storage.history_schema import open_database

        connection = open_database(self.path)
        try:
            return read(connection)
        finally:
            connection.close()

    def close(self, timeout: float = 3.0) -> None:
        """Quit: finish an unended session, write what waits (or spill it for the next start)."""
        self.finish_unended(SessionOutcome.STOPPED)
        if self.writer is not None:
            self.writer.close(timeout)
