"""The main window and its controller, built the first time the person opens the window.

An app started in the tray (``backcoach --background``) may never open its window: building it
and its controller at start cost ~6 MiB nobody sees, ~4 MiB of it Qt's font database, loaded
the first time a hidden widget is measured (BENCHMARKS.md §20). The tray and the reminders
(coach/ui/resident.py, coach/ui/reminder_controller.py) talk to this holder instead: what it
can answer without the window it answers from the settings and the catalogue, and what is
meant for the home screen (the next reminder, notes) it keeps and hands over as the window is
built. Anything that needs the window itself (opening it, starting a session) builds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from coach.domain.routine import DEFAULT_LEVEL, Level
from coach.domain.routine_loader import Catalogue
from coach.storage.settings import Settings

if TYPE_CHECKING:
    from coach.ui.controller import CoachController
    from coach.ui.history_keeper import HistoryKeeper


class WindowOnDemand(QObject):
    """Builds the window and its controller once, on first need, and passes on what waited for them.

    Attributes:
        built: the CoachController once built (its ``window`` with it), else None; ``controller()`` builds it.
        catalogue: the routines (the controller's own, once built).
        keeper: the HistoryKeeper reminders are recorded in (the check-in's once the window is built), or None.

    Signals:
        routines_changed(): a routine was saved or deleted (passed on from the controller).
    """

    routines_changed = Signal()

    def __init__(self, make: Callable[[], CoachController], *, catalogue: Catalogue, settings: Settings,
                 keeper: HistoryKeeper | None = None, parent: QObject | None = None) -> None:
        """``make`` builds the window and its controller (called once); ``settings`` as they are at start."""
        super().__init__(parent)
        self._make: Callable[[], CoachController] | None = make
        self.built: CoachController | None = None
        self.catalogue = catalogue
        self.keeper = keeper
        self._settings = settings
        self._wiring: list[Callable[[CoachController], None]] = []
        self._notes: list[str] = []
        self._history_notes: list[str] = []  # the history's problems: gone again if it recovers meanwhile
        self._summary: str | None = None
        if keeper is not None:
            keeper.problem.connect(self._on_history_problem)
            keeper.recovered.connect(self._history_notes.clear)

    @classmethod
    def around(cls, controller: CoachController, parent: QObject | None = None) -> WindowOnDemand:
        """A holder of a window already built (an app started with its window, and tests)."""
        keeper = controller.check_in.keeper if controller.check_in is not None else None
        holder = cls(lambda: controller, catalogue=controller.catalogue, settings=controller.settings,
                     keeper=keeper, parent=parent)
        holder.controller()
        return holder

    # ----- building

    def controller(self) -> CoachController:
        """The controller, building it and its window now if they are not yet."""
        if self.built is None:
            assert self._make is not None
            make, self._make = self._make, None
            controller = self.built = make()
            self._hand_over(controller)
        return self.built

    def when_built(self, wire: Callable[[CoachController], None]) -> None:
        """Call ``wire(controller)`` as the window and controller are built (at once if they are).

        Callbacks run in the order they were given, after what waited (notes, the summary) is shown.
        """
        if self.built is not None:
            wire(self.built)
        else:
            self._wiring.append(wire)

    def _hand_over(self, controller: CoachController) -> None:
        controller.routines_changed.connect(self.routines_changed)
        if self.keeper is not None:
            self.keeper.problem.disconnect(self._on_history_problem)
            self.keeper.recovered.disconnect(self._history_notes.clear)
        # Notes for the person, in the order they came; the history's through the check-in, which
        # takes them off again when the history recovers.
        for note in self._notes:
            controller.tell(note)
        if controller.check_in is not None:
            for note in self._history_notes:
                controller.check_in.show_history_problem(note)
        if self._summary is not None:
            controller.window.home.set_reminder_summary(self._summary)
        self._notes, self._history_notes, self._summary = [], [], None
        wiring, self._wiring = self._wiring, []
        for wire in wiring:
            wire(controller)

    def _on_history_problem(self, message: str) -> None:
        self._history_notes.append(message)

    # ----- what the tray and the reminders ask, with or without the window

    def chosen_level(self) -> Level:
        """The level a routine started from the tray or a reminder runs at: the home screen's, or before
        the window exists the saved one (the home screen starts on it)."""
        if self.built is not None:
            return self.built.chosen_level()
        try:
            return Level(self._settings.coach.level)
        except ValueError:
            return DEFAULT_LEVEL

    @property
    def running(self) -> bool:
        """A session is under way (never, before the window is built)."""
        return self.built is not None and self.built.runner.running

    def tell(self, note: str) -> None:
        """A note for the person, on the home screen (kept until the window is built)."""
        if self.built is not None:
            self.built.tell(note)
        else:
            self._notes.append(note)

    def set_reminder_summary(self, text: str) -> None:
        """The next reminder, or the pause, on the home screen (kept until the window is built)."""
        if self.built is not None:
            self.built.window.home.set_reminder_summary(text)
        else:
            self._summary = text

    def show_window(self) -> None:
        """Bring the window up, building it first if need be."""
        self.controller().show_window()

    def open(self, start: tuple[str, Level] | None = None) -> None:
        """The controller's ``open``: the safety note if unread, else home or the session asked for."""
        self.controller().open(start)

    def pause_session(self) -> None:
        if self.built is not None:
            self.built.runner.pause()

    def stop_session(self) -> None:
        if self.built is not None:
            self.built.runner.stop()
