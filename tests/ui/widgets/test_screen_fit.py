"""Every window and dialog fits the screen it opens on, down to 1024×600, with its key buttons in view.

The offscreen platform has one screen whose size is fixed per process, so the
screen's available area is faked through coach/ui/widgets/screen_fit.py, the one place
that asks Qt for it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QRegion
from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea, QWidget

from coach.domain.languages import LANGUAGES
from coach.storage import settings as settings_store
from coach.ui.widgets import screen_fit
from coach.ui.app import DEFAULT_SIZE, restore_geometry

from ..conftest import make_coach
from ..every_window import EVERY_WINDOW, open_window, settle
from ..layout import clipped_texts, overlapping_texts

NETBOOK = QRect(0, 0, 1024, 600)
LAPTOP = QRect(0, 0, 1280, 720)


@pytest.fixture
def netbook(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Windows open on a 1024×600 screen (or, parametrised indirectly, the one given)."""
    area = QRect(getattr(request, "param", NETBOOK))
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: QRect(area))
    return area


@pytest.fixture
def small_coach(qtbot, catalogue, netbook, language):
    """The app as it opens on that screen: the default size, clamped."""
    settings_store.record_safety_note_read()
    coach = make_coach(qtbot, catalogue)
    restore_geometry(coach.window, settings_store.load_or_repair())
    coach.controller.open()
    settle()
    yield coach
    coach.controller.go_home()


def in_full_view(button: QPushButton) -> bool:
    """Shown, and no part of it cut off by its window, a scroll area or a splitter."""
    if not button.isVisible():
        return False
    window = button.window()
    in_window = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    return (window.rect().contains(in_window)
            and button.visibleRegion() == QRegion(button.rect()))


def test_a_big_window_shrinks_to_the_screen_and_comes_back_onto_it(qtbot, netbook):
    window = QWidget()
    qtbot.addWidget(window)
    window.move(1500, 900)  # where a bigger monitor, now unplugged, was
    screen_fit.fit_to_screen(window, QSize(1920, 1080))
    frame = QRect(window.pos(), window.size() + screen_fit.FRAME_ALLOWANCE)
    assert netbook.contains(frame), (frame, netbook)


def test_a_window_that_fits_keeps_its_size_and_place(qtbot, netbook):
    window = QWidget()
    qtbot.addWidget(window)
    window.move(40, 30)
    screen_fit.fit_to_screen(window, QSize(640, 480))
    assert window.size() == QSize(640, 480) and window.pos() == QPoint(40, 30)


def test_the_main_window_opens_at_its_default_size_where_it_fits(qtbot, catalogue, monkeypatch):
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: QRect(0, 0, 1920, 1080))
    coach = make_coach(qtbot, catalogue, size=(800, 600))
    restore_geometry(coach.window, settings_store.load_or_repair())
    assert coach.window.size() == QSize(*DEFAULT_SIZE)


def test_the_main_window_opens_inside_a_small_screen(small_coach, netbook):
    assert netbook.contains(small_coach.window.frameGeometry()), small_coach.window.frameGeometry()


def test_a_saved_place_on_a_monitor_since_unplugged_is_brought_back(qtbot, catalogue, monkeypatch):
    coach = make_coach(qtbot, catalogue)
    coach.window.setGeometry(QRect(2100, 200, 1600, 1000))
    saved = bytes(coach.window.saveGeometry().toBase64().data()).decode("ascii")
    # What is left: a 1024×600 screen to the right of where the window was.
    laptop = QRect(3840, 0, 1024, 600)
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: QRect(laptop))
    settings = settings_store.load_or_repair()
    restore_geometry(coach.window, replace(settings, window=replace(settings.window, geometry=saved)))
    assert laptop.contains(coach.window.frameGeometry()), coach.window.frameGeometry()


@pytest.mark.parametrize("netbook", [NETBOOK, LAPTOP], ids=["1024x600", "1280x720"], indirect=True)
@pytest.mark.parametrize("language", list(LANGUAGES), indirect=True)
@pytest.mark.parametrize("name", list(EVERY_WINDOW))
def test_every_window_fits_a_1024_by_600_screen_with_its_buttons_in_view(qtbot, small_coach, netbook, name,
                                                                        language):
    """In every language: German is long, Thai wraps only where libthai finds a word's end."""
    opened = open_window(qtbot, small_coach, name)
    assert netbook.contains(opened.window.frameGeometry()), (name, opened.window.frameGeometry())
    hidden = [button.text() for button in opened.buttons if not in_full_view(button)]
    assert hidden == [], f"{name}: buttons off screen or cut off"
    assert clipped_texts(opened.part) == []
    assert overlapping_texts(opened.part) == []


def test_the_routine_editor_form_needs_no_sideways_scrolling_at_1024_by_600(qtbot, small_coach):
    editor = open_window(qtbot, small_coach, "routine editor").window
    scroll = editor.form.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    assert editor.width() <= NETBOOK.width()


def test_a_window_placed_where_no_screen_is_now_opens_on_a_real_one(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(QRect(5000, 3000, 1600, 1000))
    screen = QGuiApplication.primaryScreen()
    assert screen_fit.screen_for(window) is screen
    screen_fit.fit_to_screen(window)
    frame = QRect(window.pos(), window.size() + screen_fit.FRAME_ALLOWANCE)
    assert screen.availableGeometry().contains(frame), (frame, screen.availableGeometry())


def test_a_dialog_opens_on_its_parent_window_screen(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    assert screen_fit.screen_for(dialog) is parent.screen()


def test_a_maximised_window_is_left_to_the_window_manager(qtbot, netbook):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.setWindowState(Qt.WindowState.WindowMaximized)
    screen_fit.fit_to_screen(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
