"""In the tray, the window and its controller are built when first opened, with what waited for them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication

from coach.domain.routine import Level
from coach.storage import settings as settings_store
from coach.storage.settings import Settings
from coach.ui import app as ui_app
from coach.ui.app import build
from coach.ui.controller import CoachController
from coach.ui.history_keeper import HistoryKeeper
from coach.ui.main_window import MainWindow
from coach.ui.reminders.reminder_scheduler import ReminderScheduler
from coach.ui.resident import Resident
from coach.ui.widgets.theme import LIGHT
from coach.ui.window_on_demand import WindowOnDemand

from ..fakes import FakeClock, FakeWallClock
from .recording_speech import RecordingSpeech
from .reminders.test_reminders import BERLIN, berlin, set_rules

# Offscreen has no tray plumbing (a real tray: tests/platform/test_tray_host.py); the tray's icon still works.
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


@dataclass
class TrayApp:
    """`backcoach --background` as coach/ui/app.py's run puts it together, on a fake wall clock."""

    coach: WindowOnDemand
    resident: Resident
    scheduler: ReminderScheduler
    wall: FakeWallClock
    keeper: HistoryKeeper
    builds: list[CoachController]
    settings: Settings
    earlier_windows: list[MainWindow]  # other tests' windows, not yet deleted

    def main_windows(self) -> list[MainWindow]:
        """The main windows this app made."""
        return [window for window in main_windows() if window not in self.earlier_windows]

    def wake_at(self, when) -> None:
        self.wall.set(when)
        self.scheduler.timer.timeout.emit()


def main_windows() -> list[MainWindow]:
    return [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, MainWindow)]


@pytest.fixture
def tray_app(qtbot, catalogue) -> Iterator[TrayApp]:
    settings_store.record_safety_note_read()
    saved = settings_store.load_or_repair()
    # A level other than the home screen's default, to see a reminder start its routine at the saved one.
    settings = replace(saved, coach=replace(saved.coach, ask_pain_before=False, ask_pain_after=False,
                                            level=Level.GENTLE.value))
    wall = FakeWallClock(berlin(25, 7, 0))
    set_rules(time(8), time(18), routine="lower-back")  # 19 min at gentle, 20 at standard
    keeper = HistoryKeeper(clock=wall)
    builds: list[CoachController] = []

    def make() -> CoachController:
        window, controller = build(catalogue, clock=FakeClock(), settings=settings, history=keeper, wall_clock=wall,
                                   style_when_shown=True)
        qtbot.addWidget(window)
        builds.append(controller)
        return controller

    coach = WindowOnDemand(make, catalogue=catalogue, settings=settings, keeper=keeper)
    coach.when_built(lambda controller: controller.open(None))
    scheduler = ReminderScheduler(wall_clock=wall, zone=lambda: BERLIN, record=keeper.record_reminder,
                                  routines=lambda: catalogue.routines)
    resident = Resident(coach, None, theme=lambda: LIGHT,
                        scheduler=scheduler, tray_available=True)
    resident.reminders._zone = lambda: BERLIN
    resident.start()
    yield TrayApp(coach, resident, scheduler, wall, keeper, builds, settings, main_windows())
    for window in list(resident.reminders.windows.values()):
        window.blockSignals(True)
        window.close()
    if coach.built is not None:
        coach.built.runner.stop()
    assert resident.tray is not None
    resident.tray.hide()
    keeper.close(timeout=2.0)


def test_the_tray_and_its_reminders_build_no_window(tray_app):
    assert tray_app.main_windows() == []
    tray = tray_app.resident.tray
    assert tray is not None and tray.next_action.text() == "Next reminder: Lower-back routine at 08:00"
    tray_app.wake_at(berlin(25, 8, 0))
    (reminder,) = tray_app.resident.reminders.windows.values()
    assert reminder.isVisible() and "lower-back routine" in reminder.heading.text()
    tray_app.scheduler.problem.emit("reminders.toml: a note for the home screen")
    assert tray_app.builds == [] and tray_app.coach.built is None and tray_app.main_windows() == []


def test_opening_builds_the_window_once_with_the_summary_and_notes_that_waited(tray_app, qtbot):
    tray_app.scheduler.problem.emit("reminders.toml: a note for the home screen")
    tray = tray_app.resident.tray
    assert tray is not None
    tray.open_requested.emit()
    (controller,) = tray_app.builds
    window = controller.window
    assert window.isVisible() and window.stack.currentWidget() is window.home
    assert window.home.reminder_label.text() == "Next reminder: Lower-back routine at 08:00"
    assert "a note for the home screen" in window.home.problems_label.text()
    assert window.home.level() is Level.GENTLE
    window.close()  # hides to the tray
    assert window.isHidden()
    tray.open_requested.emit()
    tray.reminders_requested.emit()
    assert tray_app.builds == [controller] and tray_app.main_windows() == [window] and window.isVisible()
    tray_app.resident.reminders_dialog.reject()


def test_a_reminder_started_before_any_open_runs_its_session_at_the_saved_level(tray_app, qtbot):
    tray_app.wake_at(berlin(25, 8, 0))
    (reminder,) = tray_app.resident.reminders.windows.values()
    assert "About 19 min" in reminder.detail.text()  # worked out at the saved level, with no home screen
    reminder.start_requested.emit()
    (controller,) = tray_app.builds
    driver = controller.runner.driver
    assert controller.window.isVisible() and controller.runner.running and driver is not None
    assert driver.player.timeline.routine == "lower-back" and driver.player.timeline.level is Level.GENTLE
    assert [outcome.kind.value for outcome in tray_app.keeper.reminder_outcomes()] == ["fired", "started"]


def test_a_history_problem_from_before_the_window_shows_on_it_until_the_history_recovers(tray_app):
    tray_app.keeper.problem.emit("The history could not be written")
    tray_app.coach.show_window()
    home = tray_app.coach.controller().window.home
    assert "The history could not be written" in home.problems_label.text()
    tray_app.keeper.recovered.emit()
    assert "The history could not be written" not in home.problems_label.text()


class TrayVoice(RecordingSpeech):
    """The recording voice, with what a controller connects to as it takes a voice."""

    prepare_progress = Signal(int, int)
    note = ""

    def prepare(self, phrases) -> None:
        self.asked.append(("prepare", len(phrases)))


def test_a_spoken_reminder_builds_no_window_and_the_window_takes_that_voice(tray_app, qapp, monkeypatch):
    started: list[tuple[TrayVoice, str]] = []

    def new_speech(voice, language, **_kwargs) -> TrayVoice:
        started.append((TrayVoice(), language))
        return started[-1][0]

    monkeypatch.setattr(ui_app, "new_speech", new_speech)
    speak = ui_app.reminder_voice(qapp, tray_app.coach, tray_app.settings, "en")
    speak("Time for your lower-back routine.")
    speak("Time for your cat stretch.")
    assert tray_app.builds == [] and tray_app.main_windows() == []
    ((voice, language),) = started
    assert language == "en"
    assert voice.asked == [("say", "Time for your lower-back routine."), ("say", "Time for your cat stretch.")]
    tray_app.coach.show_window()
    (controller,) = tray_app.builds
    assert controller.speech is voice and len(started) == 1
    speak("Time for your cat stretch.")
    assert voice.asked[-1] == ("say", "Time for your cat stretch.")


PROBE = Path(__file__).with_name("tray_start_probe.py")


@pytest.mark.slow
@pytest.mark.parametrize("start", ["background", "window"])
def test_run_builds_the_window_at_start_only_when_not_started_into_the_tray(start, tmp_path):
    """app.run itself (in a subprocess: it installs the app's translators, style and signal handlers)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, str(PROBE), start], capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    if start == "background":
        assert report["built_at_start"] == 0 and not report["visible_at_start"]
    else:
        assert report["built_at_start"] == 1 and report["visible_at_start"]
    assert report["built_after_open"] == 1 and report["visible_after_open"]
    assert report["screen"] == "HomeScreen"
