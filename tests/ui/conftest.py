"""Fixtures for window tests: the real window and controller, driven by a fake clock."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from coach.domain.languages import ENGLISH
from coach.domain.player import PlayerState
from coach.domain.routine_loader import Catalogue, load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage import settings as settings_store
from coach.ui.app import build
from coach.ui.controller import CoachController
from coach.ui import i18n, qm_build
from coach.ui.i18n import install_translators
from coach.ui.main_window import MainWindow
from coach.ui.reminders.reminder_scheduler import ReminderScheduler
from coach.ui.session.session_driver import SessionDriver
from coach.ui.widgets.theme import ThemeName

from ..fakes import FakeClock
from ..histories import close_at_end
from ..platform.bus_fixtures import connection, notifications, server, session_bus  # noqa: F401 (fixtures)


@pytest.fixture(scope="session")
def _compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The .qm files built once for the whole run, not into each test's own cache folder."""
    folder = tmp_path_factory.mktemp("translations")
    qm_build.compile_all(i18n.translations_source_dir(), folder)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "compiled_translations_dir", lambda: folder)
        yield


@pytest.fixture(autouse=True)
def _english(qapp: QApplication, _compiled_translations: None) -> Iterator[None]:
    """The screens in English, as the app shows them on an English desktop: with its plural forms."""
    install_translators(qapp, ENGLISH)
    yield


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    """The UI's language for the screens a test then makes (parametrise with indirect=True); English by default.

    The autouse ``_english`` puts English back for the next test.
    """
    code = getattr(request, "param", ENGLISH)
    install_translators(qapp, code)
    return code


@pytest.fixture(autouse=True)
def _application_palette_reset() -> Iterator[None]:
    """The app's theme is the application's palette (coach/ui/widgets/theme.py): no test leaves it to the next."""
    yield
    if QApplication.instance() is not None:
        QApplication.setPalette(QPalette())  # nothing explicit: back to the style's own palette


@pytest.fixture(autouse=True)
def _reminder_schedulers_stopped(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every reminder scheduler a test makes is stopped with the test.

    Its wake timer looks up to a minute ahead; one left running (its Resident is not parented to
    the window a test deletes) fired in a later test and updated a home screen already deleted.
    """
    made: list[ReminderScheduler] = []
    original = ReminderScheduler.__init__

    def recording_init(self: ReminderScheduler, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(ReminderScheduler, "__init__", recording_init)
    yield
    for scheduler in made:
        with contextlib.suppress(RuntimeError):  # already deleted with its owner
            scheduler.blockSignals(True)
            scheduler.timer.stop()


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(builtin_routines_dir(), None)


@dataclass
class Coach:
    """The app under test: its window, controller and the clock its sessions run on."""

    window: MainWindow
    controller: CoachController
    clock: FakeClock

    @property
    def driver(self) -> SessionDriver:
        assert self.controller.runner.driver is not None, "no session is running"
        return self.controller.runner.driver

    def advance(self, seconds: float) -> None:
        """Let time pass: fire the deadline timer at each due time, as the event loop would."""
        target = self.clock.now + seconds
        while True:
            driver = self.controller.runner.driver
            wakeup = None if driver is None else driver.player.next_wakeup()
            if wakeup is None or wakeup > target:
                break
            assert driver is not None
            assert driver.deadline_timer.isActive(), "a wake-up is due but no timer is set for it"
            self.clock.set(max(self.clock.now, wakeup))
            driver.on_deadline()
        self.clock.set(target)
        if self.controller.runner.driver is not None:
            self.controller.runner.refresh_countdown()

    def advance_to_segment(self, index: int) -> None:
        while self.driver.player.index < index:
            wakeup = self.driver.player.next_wakeup()
            assert wakeup is not None
            self.advance(wakeup - self.clock.now)

    def run_to_end(self) -> None:
        while self.controller.runner.driver is not None and self.driver.state is PlayerState.RUNNING:
            wakeup = self.driver.player.next_wakeup()
            assert wakeup is not None
            self.advance(wakeup - self.clock.now)


def make_coach(qtbot, catalogue: Catalogue, *, size=(1280, 720), theme=ThemeName.LIGHT,
               exit_when_done=False, pain_checks=False, wall_clock=None) -> Coach:
    """The app's window and controller. Pain checks are off unless asked for: most tests are about
    the session itself, and tests/ui/progress/test_progress_flow.py covers the checks."""
    clock = FakeClock()
    settings = settings_store.load_or_repair()
    if not pain_checks:
        settings = replace(settings, coach=replace(settings.coach, ask_pain_before=False, ask_pain_after=False))
    extra = {} if wall_clock is None else {"wall_clock": wall_clock}
    window, controller = build(catalogue, theme=theme, clock=clock, exit_when_done=exit_when_done,
                               settings=settings, **extra)
    close_at_end(controller)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitActive(window):  # keys go to the active window, as on a desktop
        window.show()
        window.activateWindow()
    return Coach(window, controller, clock)


def thumbnails_shown(qtbot, home) -> None:
    """Wait for the home screen's thumbnails: they come just after the window's first paint."""
    qtbot.waitUntil(lambda: bool(home.thumbnails.views) and all(view.isVisible() for view in home.thumbnails.views))


def opened_coach(qtbot, catalogue: Catalogue, **options) -> Iterator[Coach]:
    """For fixtures: make_coach(**options) on its home screen, the safety note already read; home again at the end."""
    settings_store.record_safety_note_read()
    made = make_coach(qtbot, catalogue, **options)
    made.controller.open()
    yield made
    made.controller.go_home()


@pytest.fixture
def coach(qtbot, catalogue) -> Iterator[Coach]:
    """The window on its home screen; the safety note already read."""
    yield from opened_coach(qtbot, catalogue)


@pytest.fixture(params=list(ThemeName), ids=lambda name: name.value)
def themed_coach(request, qtbot, catalogue) -> Iterator[Coach]:
    """The window on its home screen in each theme in turn; the safety note already read."""
    yield from opened_coach(qtbot, catalogue, theme=request.param)
