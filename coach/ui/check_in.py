"""Before and after a session: the pain check, a suggested level, the progress screen, the export.

The controller hands a session's start and its end to this object; it asks
for the pain rating (if the person wants to be asked), records it, and shows
where they stand. After a session the progress screen may suggest another
level (``coach.domain.progression``); nothing changes unless the person says
yes. It never blocks: each step is a screen answered by a key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from coach.domain import progress, progression
from coach.domain.history_records import SessionRecord
from coach.domain.progression import Direction, LevelSuggestion
from coach.domain.reminder_rules import ReminderRule
from coach.domain.routine import Level
from coach.domain.routine_loader import Catalogue
from coach.platform.local_zone import local_zone
from coach.storage.output_files import check_output_file
from coach.ui.widgets.level_names import level_name
from coach.ui.history_keeper import HistoryKeeper, now_utc

if TYPE_CHECKING:  # the screens, SQLite and the export load when first used
    from coach.storage.settings import Settings
    from coach.ui.main_window import MainWindow
    from coach.ui.session.pain_check import PainCheckScreen
    from coach.ui.progress.progress_screen import LevelQuestion, ProgressScreen, ProgressView

class CheckIn(QObject):
    """Pain before, pain after, then progress.

    Attributes:
        keeper: the HistoryKeeper ratings, sessions and level choices go to.
        before_score: the rating given before the session now running (None: skipped or not asked).
        note: the last note shown on the progress screen (after a pain rise at gentle, or an export).
        suggestion: the level suggested after the last session, until answered or the screen is left (or None).
        answer: what the person chose, said on the progress screen until it is left (or "").

    Signals:
        level_chosen(str): the person accepted a suggested level (its value); the controller selects and saves it.
        asking_changed(bool, bool): the person switched the checks before / after on or off (saved by the controller).
    """

    level_chosen = Signal(str)
    asking_changed = Signal(bool, bool)

    def __init__(self, window: MainWindow, keeper: HistoryKeeper, catalogue: Catalogue, *,
                 settings: Callable[[], Settings], rules: Callable[[], Iterable[ReminderRule]] = tuple,
                 wall_clock: Callable[[], datetime] = now_utc, zone: Callable[[], ZoneInfo] = local_zone,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.keeper = keeper
        self.catalogue = catalogue
        self.before_score: int | None = None
        self.note = ""
        self._settings = settings
        self._rules = rules
        self._clock = wall_clock
        self._zone = zone
        self._then: Callable[[], None] | None = None
        self.suggestion: LevelSuggestion | None = None
        self.answer = ""
        self._suggest_next = False  # the next progress screen follows a session: work out a suggestion
        window.when_built("pain_check", self._wire_pain_check)
        window.when_built("progress", self._wire_progress)
        self._history_notes: list[str] = []
        keeper.problem.connect(self.show_history_problem)
        keeper.recovered.connect(self._on_history_recovered)

    def count_reminders_from(self, rules: Callable[[], Iterable[ReminderRule]]) -> None:
        """Today's goal of a reminded routine is its number of reminders: read them from ``rules``.

        The reminders (coach.ui.resident) are made after the window and its check-in, so they hand
        over their rules here; until then there are none.
        """
        self._rules = rules

    def _wire_pain_check(self, screen: PainCheckScreen) -> None:
        screen.rated.connect(self._on_rated)
        screen.skipped.connect(self._on_skipped)
        screen.never_ask.connect(self._stop_asking)

    def _wire_progress(self, screen: ProgressScreen) -> None:
        screen.home_requested.connect(self._leave_progress)
        screen.export_requested.connect(self.ask_where_to_export)
        screen.ask_again_requested.connect(self.ask_again)
        screen.level_accepted.connect(lambda: self.answer_level(True))
        screen.level_kept.connect(lambda: self.answer_level(False))

    # ----- the history's health, on the home screen

    def show_history_problem(self, message: str) -> None:
        """On the home screen until the history recovers (also for problems from before the window was built)."""
        self._history_notes.append(message)
        self.window.home.add_note(message)

    def _on_history_recovered(self) -> None:
        for note in self._history_notes:
            self.window.home.remove_note(note)
        self._history_notes.clear()

    # ----- the pain check

    def before(self, routine_id: str, level: Level, start: Callable[[], None]) -> None:
        """Offer the pain check (if wanted), then call ``start``."""
        self.before_score = None
        self._forget_suggestion()
        if not self._settings().coach.ask_pain_before:
            start()
            return
        self._then = start
        self.window.show_pain_check("before", self._title(routine_id))

    def after(self, routine_id: str, then: Callable[[], None]) -> None:
        """The person left a finished session: offer the pain check (if wanted), then show progress."""
        self._then = then
        self._suggest_next = True
        if self._settings().coach.ask_pain_after and self.keeper.session_key is not None:
            self.window.show_pain_check("after", self._title(routine_id), self.before_score)
        else:
            self.show_progress()

    def _on_rated(self, moment: str, score: int) -> None:
        if moment == "before":
            self.before_score = score
            self.keeper.rate_before(score)
            self._continue()
            return
        self.keeper.rate_after(score)
        self.show_progress()

    def _on_skipped(self, moment: str) -> None:
        if moment == "before":
            self._continue()
        else:
            self.show_progress()

    def _stop_asking(self, moment: str) -> None:
        coach = self._settings().coach
        before, after = coach.ask_pain_before, coach.ask_pain_after
        self.asking_changed.emit(False if moment == "before" else before, False if moment == "after" else after)
        self._on_skipped(moment)

    def ask_again(self) -> None:
        """A on the progress screen: pain checks back on, before and after."""
        self.asking_changed.emit(True, True)
        self.show_progress(self.note)

    def _continue(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()

    def _title(self, routine_id: str) -> str:
        routine = self.catalogue.get(routine_id)
        return routine.title if routine is not None else routine_id

    # ----- progress

    def view(self, note: str = "", sessions: list[SessionRecord] | None = None) -> ProgressView:
        """What the progress screen shows now, from ``sessions`` or the history (HistoryError if unreadable)."""
        from coach.ui.progress.progress_screen import ProgressView

        sessions = self.keeper.sessions() if sessions is None else sessions
        now, zone = self._clock(), self._zone()
        today = progress.local_day(now, zone)
        reminded = progress.reminder_goals(self._rules(), today, zone)
        routines = list(self.catalogue.routines.values())
        titles = {routine.id: routine.title for routine in routines}
        # A routine with reminders aims for as many as are set today; others for what the article asks.
        goals = {routine_id: count for routine_id, count in reminded.items() if count}
        goals.update({r.id: progress.daily_goal(r) for r in routines if r.id not in goals})
        counts = progress.today_counts(sessions, goals, titles, now, zone)
        shown = [c for c in counts if c.routine in reminded or c.done]
        points = progress.pain_points(sessions)
        coach = self._settings().coach
        # Whole sentences, not a phrase glued in: each language orders them its own way.
        asking = ("" if coach.ask_pain_before and coach.ask_pain_after else
                  self.tr("Pain checks are off before sessions. Press A to be asked before and after again.")
                  if coach.ask_pain_after else
                  self.tr("Pain checks are off after sessions. Press A to be asked before and after again.")
                  if coach.ask_pain_before else
                  self.tr("Pain checks are off before and after sessions. Press A to be asked before and after "
                          "again."))
        return ProgressView(today=shown or counts, asking=asking,
                            streaks=progress.streaks(sessions, now, zone),
                            days=progress.heatmap_days(sessions, now, zone), pain=points,
                            trend=progress.pain_trend(points), note=note, question=self._question(),
                            answer=self.answer)

    def streak_line(self, completed: bool) -> str:
        """The end card's line: days in a row and sessions today, counting the session just ended.

        That session may not be written yet (the history writes on its own thread), so it is
        left out of what is read and counted here by ``completed``.
        """
        from coach.storage.history_schema import HistoryError

        try:
            sessions = [s for s in self.keeper.sessions() if s.key != self.keeper.session_key]
        except HistoryError:
            return ""
        now, zone = self._clock(), self._zone()
        today = progress.local_day(now, zone)
        before = progress.streaks(sessions, now, zone)
        days = before.current + (1 if completed and not before.done_today else 0)
        count = sum(1 for s in sessions if s.completed and progress.local_day(s.started, zone) == today) + completed
        if not days and not count:
            return ""
        return self.tr("Streak: %n day(s)", "", days) + " · " + self.tr("%n finished today", "", count)

    def show_progress(self, note: str = "", sessions: list[SessionRecord] | None = None) -> None:
        from coach.storage.history_schema import HistoryError
        from coach.ui.progress.progress_screen import ProgressView

        self.note = note
        try:
            sessions = self.keeper.sessions() if sessions is None else sessions
            if self._suggest_next:
                self._suggest_next = False
                self.note = note = self._suggest(sessions) or note
            view = self.view(note, sessions)
        except HistoryError as error:
            view = ProgressView(note=str(error))
        self.window.progress.set_view(view)
        self.window.show_progress()

    def _leave_progress(self) -> None:
        # Leaving without an answer records nothing: the suggestion comes back after the next session.
        self._forget_suggestion()
        then, self._then = self._then, None
        (then or self.window.show_home)()

    # ----- a suggested level

    def _suggest(self, sessions: list[SessionRecord]) -> str:
        """After a session: the level to suggest (into ``suggestion``), and a note for a pain rise at gentle."""
        last = next((s for s in reversed(sessions) if s.key == self.keeper.session_key), None)
        if last is None or last.level not in Level.names():
            return ""
        self.suggestion = progression.suggest_level(sessions, self.keeper.level_choices(), Level(last.level),
                                                    self._settings().coach.sessions_per_level)
        if self.suggestion is None and progress.pain_rose(last.pain_before, last.pain_after):
            # Already at gentle: no level to suggest, but the rise still earns a word.
            return self.tr("Your pain went up by {rise} after this session. Ease off: next time, do fewer reps or "
                           "stop the exercises that hurt. If it keeps happening, see a doctor or "
                           "physiotherapist.").format(rise=last.pain_change)
        return ""

    def _question(self) -> LevelQuestion | None:
        from coach.ui.progress.progress_screen import LevelQuestion

        suggestion = self.suggestion
        if suggestion is None:
            return None
        current, suggested = level_name(suggestion.current), level_name(suggestion.suggested)
        move = self.tr("Move to {level}").format(level=suggested)
        stay = self.tr("Stay at {level}").format(level=current)
        if suggestion.direction is Direction.UP:
            # Nothing rated (the checks were off): say how many sessions, not that the pain did not rise.
            text = (self.tr("You have done %n session(s) at {current} with no rise in pain. Try {suggested} "
                            "next time?", "", suggestion.sessions) if suggestion.rated else
                    self.tr("You have done %n session(s) at {current}. Try {suggested} next time?", "",
                            suggestion.sessions))
            return LevelQuestion(text.format(current=current, suggested=suggested),
                                 move, stay)
        text = (self.tr("Your pain went up by {rise} after this session. Try the {suggested} level next time?")
                if suggestion.rise_session == self.keeper.session_key else
                self.tr("Your pain went up by {rise} after a recent session at {current}. Try the {suggested} "
                        "level next time?"))
        return LevelQuestion(text.format(rise=suggestion.rise, current=current, suggested=suggested), move, stay,
                             advice=self.tr("If it keeps happening, see a doctor or physiotherapist."),
                             warning=True)

    def answer_level(self, accepted: bool) -> None:
        """Y or N on the progress screen: record the answer; a yes also selects the level (``level_chosen``)."""
        suggestion, self.suggestion = self.suggestion, None
        if suggestion is None:
            return
        self.keeper.record_level_choice(suggestion.current, suggestion.suggested, accepted)
        current, suggested = level_name(suggestion.current), level_name(suggestion.suggested)
        if accepted:
            self.level_chosen.emit(suggestion.suggested.value)
            self.answer = self.tr("{level} is now selected for your next session.").format(level=suggested)
        elif suggestion.direction is Direction.UP:
            self.answer = self.tr("You stay at {level}. Back Coach asks again after %n more session(s).", "",
                                  self._settings().coach.sessions_per_level).format(level=current)
        else:
            self.answer = self.tr("You stay at {level}. Stop any exercise that makes the pain worse.").format(
                level=current)
        screen = self.window.progress
        screen.set_view(replace(screen.view, question=None, answer=self.answer))

    def _forget_suggestion(self) -> None:
        self.suggestion = None
        self.answer = ""
        self._suggest_next = False

    # ----- export

    def ask_where_to_export(self) -> None:
        name = f"backcoach-history-{self._clock().astimezone(self._zone()):%Y-%m-%d}.csv"
        path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Export your history"),
                                                    str(Path.home() / name), self.tr("CSV files (*.csv)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        """Write every session to ``path`` as CSV; the result is said on the progress screen."""
        from coach.storage import history_export
        from coach.storage.history_schema import HistoryError

        try:
            check_output_file(path, force=True)  # the file dialog asked before overwriting
            sessions = self.keeper.sessions()
            history_export.write_csv(sessions, path, self._zone())
        except (OSError, HistoryError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.show_progress(self.tr("Could not export to {path}: {reason}").format(path=path, reason=reason))
            return False
        self.show_progress(self.tr("Exported %n session(s) to {path}.", "", len(sessions)).format(path=path),
                           sessions)  # just read: no second read of the history
        return True
