"""Every window and dialog follows the app's theme, and in the dark one its text and check boxes stand out."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from coach.storage import settings as settings_store
from coach.ui.widgets.theme import DARK, THEMES, ThemeName, contrast_ratio

from ..conftest import make_coach
from ..every_window import EVERY_WINDOW, open_window, settle

# WCAG: 4.5:1 for text, 3:1 for the parts of a control one must see to use it.
TEXT_CONTRAST, CONTROL_CONTRAST = 4.5, 3.0


@pytest.fixture
def dark_coach(qtbot, catalogue):
    settings_store.record_safety_note_read()
    coach = make_coach(qtbot, catalogue, theme=ThemeName.DARK)
    coach.controller.open()
    yield coach
    coach.controller.go_home()


def hex_of(colour: QColor) -> str:
    return colour.name()


def shown(root: QWidget, kind: type) -> list:
    return [w for w in root.findChildren(kind) if w.isVisible()]


@pytest.mark.parametrize("name", list(EVERY_WINDOW))
def test_every_window_is_drawn_in_the_theme(qtbot, themed_coach, name):
    theme = themed_coach.window.theme
    opened = open_window(qtbot, themed_coach, name)
    window = opened.window
    assert hex_of(window.palette().color(QPalette.ColorRole.Window)) == theme.background, name
    corner = window.grab().toImage().pixelColor(4, 4)
    assert hex_of(corner) == theme.background, f"{name}: the window is painted {corner.name()}"


@pytest.mark.parametrize("name", list(EVERY_WINDOW))
def test_in_the_dark_theme_every_text_contrasts_with_its_background(qtbot, dark_coach, name):
    opened = open_window(qtbot, dark_coach, name)
    faint = []
    for widget in shown(opened.part, QLabel) + shown(opened.part, QAbstractButton) + shown(opened.part, QLineEdit):
        palette = widget.palette()
        if isinstance(widget, QLineEdit):
            text, ground = QPalette.ColorRole.Text, QPalette.ColorRole.Base
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox):
            text, ground = QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button
        else:
            text, ground = QPalette.ColorRole.WindowText, QPalette.ColorRole.Window
        group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
        ratio = contrast_ratio(palette.color(group, text).name(), palette.color(group, ground).name())
        if ratio < TEXT_CONTRAST:
            faint.append((type(widget).__name__, getattr(widget, "text", lambda: "")(), round(ratio, 1)))
    assert faint == [], name


def indicator_contrast(box: QCheckBox, background: str) -> float:
    """The strongest contrast between the check box's square, as drawn, and the window around it."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image: QImage = box.grab().toImage()
    edge = [(x, y) for x in range(square.left(), square.right() + 1) for y in (square.top(), square.top() + 1,
                                                                               square.bottom() - 1, square.bottom())]
    edge += [(x, y) for y in range(square.top(), square.bottom() + 1) for x in (square.left(), square.left() + 1,
                                                                                square.right() - 1, square.right())]
    return max(contrast_ratio(image.pixelColor(x, y).name(), background) for x, y in edge)


@pytest.mark.parametrize("name", ["voice settings", "reminders"])
def test_in_the_dark_theme_check_boxes_can_be_seen_checked_or_not(qtbot, dark_coach, name):
    opened = open_window(qtbot, dark_coach, name)
    boxes = shown(opened.part, QCheckBox)
    assert boxes, f"{name} has check boxes"
    for box in boxes:
        for checked in (False, True):
            box.setChecked(checked)
            assert indicator_contrast(box, DARK.background) >= CONTROL_CONTRAST, (name, box.text(), checked)


def test_message_boxes_and_file_dialogs_follow_the_theme(qtbot, dark_coach):
    window = dark_coach.window
    box = QMessageBox(QMessageBox.Icon.Question, "Delete routine", "Delete it?", QMessageBox.StandardButton.Yes,
                      window)
    files = QFileDialog(window, "Export the routine")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own: a native one follows the desktop
    for dialog in (box, files):
        qtbot.addWidget(dialog)
        assert hex_of(dialog.palette().color(QPalette.ColorRole.Window)) == DARK.background
        assert hex_of(dialog.palette().color(QPalette.ColorRole.WindowText)) == DARK.text


def test_switching_theme_restyles_a_dialog_already_open(qtbot, themed_coach):
    from coach.ui.app import use_theme

    opened = open_window(qtbot, themed_coach, "voice settings")
    other = THEMES[ThemeName.DARK if themed_coach.window.theme.name is ThemeName.LIGHT else ThemeName.LIGHT]
    use_theme(themed_coach.window, other)
    settle()  # Qt passes the application's palette on through posted events
    assert hex_of(opened.window.palette().color(QPalette.ColorRole.Window)) == other.background
