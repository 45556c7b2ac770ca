"""An app started in the tray styles its screens only as the window first shows (coach/ui/main_window.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from coach.storage import settings as settings_store
from coach.ui.app import build
from coach.ui.main_window import MainWindow
from coach.ui.widgets.theme import DARK, LIGHT, ThemeName

from ..histories import close_at_end


@pytest.fixture
def make_window(qtbot, catalogue) -> Callable[..., MainWindow]:
    """The app's window as ``app.build`` makes it, not shown; the safety note already read."""
    settings_store.record_safety_note_read()

    def make(*, style_when_shown: bool, theme: ThemeName = ThemeName.DARK) -> MainWindow:
        window, controller = build(catalogue, theme=theme, style_when_shown=style_when_shown)
        close_at_end(controller)
        qtbot.addWidget(window)
        window.resize(1024, 640)
        controller.open()
        return window

    return make


def style_sheets(window: MainWindow) -> list[tuple[str, str]]:
    """Every widget's class and style sheet, in the order Qt lists the window's children."""
    return [(type(child).__name__, child.styleSheet()) for child in window.findChildren(QWidget)]


def test_nothing_is_styled_while_the_window_is_hidden(make_window) -> None:
    window = make_window(style_when_shown=True)

    assert window.theme is DARK  # what windows of their own (reminders) follow, known at once
    assert all(sheet == "" for _name, sheet in style_sheets(window))
    assert not window.testAttribute(Qt.WidgetAttribute.WA_SetPalette)


def test_the_screens_are_styled_once_as_the_window_first_shows(qtbot, make_window, monkeypatch) -> None:
    window = make_window(style_when_shown=True)
    calls: list[object] = []
    original = window.home.set_theme
    monkeypatch.setattr(window.home, "set_theme", lambda theme: (calls.append(theme), original(theme)))

    window.show()
    qtbot.waitExposed(window)
    assert calls == [DARK]
    assert DARK.accent in window.home.start_button.styleSheet()
    assert window.testAttribute(Qt.WidgetAttribute.WA_SetPalette)

    window.hide()
    window.show()
    assert calls == [DARK]  # once: later shows find it styled


def test_a_deferred_window_looks_as_one_styled_at_once(qtbot, make_window) -> None:
    eager, deferred = make_window(style_when_shown=False), make_window(style_when_shown=True)
    for window in (eager, deferred):
        window.show()
        qtbot.waitExposed(window)

    assert style_sheets(deferred) == style_sheets(eager)
    assert deferred.palette() == eager.palette()
    assert deferred.home.grab().toImage() == eager.home.grab().toImage()


def test_the_last_theme_chosen_while_hidden_is_the_one_shown(qtbot, make_window) -> None:
    window = make_window(style_when_shown=True, theme=ThemeName.DARK)
    window.apply_theme(LIGHT)  # the desktop switched to light before the window ever opened
    assert window.home.start_button.styleSheet() == ""

    window.show()
    qtbot.waitExposed(window)
    assert LIGHT.accent in window.home.start_button.styleSheet()
    assert DARK.accent not in window.home.start_button.styleSheet()


def test_a_screen_built_while_hidden_takes_the_theme_as_the_window_shows(qtbot, make_window) -> None:
    window = make_window(style_when_shown=True)
    themes: list[object] = []
    progress = window.progress  # built now, while the window is hidden
    progress.set_theme = themes.append  # type: ignore[method-assign]
    assert themes == []

    window.show()
    qtbot.waitExposed(window)
    assert themes == [DARK]


def test_an_eager_window_is_styled_as_it_is_built(make_window) -> None:
    window = make_window(style_when_shown=False)

    assert DARK.accent in window.home.start_button.styleSheet()
