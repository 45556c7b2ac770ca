"""Where the keyboard is shows on every control of every screen and dialog: a ring around it, in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from shiboken6 import isValid

from coach.ui.widgets.focus_ring import RING_GAP, RING_WIDTH, FocusRing, is_viewport, ring_target, wants_ring

from ..every_window import EVERY_WINDOW, open_window, settle

MARGIN = RING_WIDTH + RING_GAP


def tab_stops(part: QWidget) -> list[QWidget]:
    """The controls in ``part`` a person reaches with Tab (shown, enabled, taking tab focus)."""
    return [w for w in part.findChildren(QWidget)
            if wants_ring(w) and w.isVisible() and w.isEnabled() and not w.visibleRegion().isEmpty()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is part.window()]


def changed_share_around(before: QImage, after: QImage, control: QWidget) -> float:
    """The share of the band just outside ``control`` (as far out as the ring goes, and where its
    scroll areas show it) whose pixels differ between the two images of its window."""
    window = control.window()
    rect = QRect(control.mapTo(window, QPoint(0, 0)), control.size())
    shown = window.rect()
    ancestor = control.parentWidget()
    while ancestor is not window:  # a scroll area cuts off the ring, as it cuts off the control
        if is_viewport(ancestor):
            shown = shown.intersected(QRect(ancestor.mapTo(window, QPoint(0, 0)), ancestor.size()))
        ancestor = ancestor.parentWidget()
    ratio = before.devicePixelRatio()
    band = changed = 0
    outer = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(shown)
    for y in range(outer.top(), outer.bottom() + 1):
        for x in range(outer.left(), outer.right() + 1):
            if rect.contains(x, y):
                continue
            band += 1
            point = QPoint(round(x * ratio), round(y * ratio))
            changed += before.pixel(point) != after.pixel(point)
    return changed / band if band else 0.0


def grab(window: QWidget) -> QImage:
    settle()
    return window.grab().toImage()


@pytest.mark.parametrize("name", list(EVERY_WINDOW))
def test_every_control_shows_a_ring_when_it_has_the_keyboard(qtbot, themed_coach, name):
    opened = open_window(qtbot, themed_coach, name)
    stops = tab_stops(opened.part)
    # The pain check and progress screens are answered by keys alone: their buttons take no focus.
    assert stops or name in ("pain check", "progress"), f"{name} has controls to tab to"
    faint = []
    for control in stops:
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        before = grab(opened.window)
        control.setFocus(Qt.FocusReason.TabFocusReason)
        assert control.hasFocus(), (name, control)
        share = changed_share_around(before, grab(opened.window), ring_target(control))
        if share < 0.4:
            faint.append((type(control).__name__, getattr(control, "text", lambda: "")(), round(share, 2)))
    assert faint == [], f"{name}: controls whose focus does not show"


def test_the_ring_is_in_the_accent_colour_and_leaves_the_control_itself_alone(qtbot, themed_coach):
    opened = open_window(qtbot, themed_coach, "voice settings")
    button: QPushButton = opened.buttons[0]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    image = grab(opened.window)
    corner = button.mapTo(opened.window, QPoint(0, 0))
    # Mid-way along the top edge, in the middle of the ring's width.
    ring_pixel = image.pixelColor(corner.x() + button.width() // 2, corner.y() - RING_GAP - RING_WIDTH // 2 - 1)
    assert ring_pixel.name() == themed_coach.window.theme.accent
    ring = opened.window.findChild(FocusRing)
    assert ring is not None and ring.isVisible()
    face = QRect(ring.mapFrom(opened.window, corner), button.size()).adjusted(1, 1, -1, -1)
    assert ring.mask().intersected(face).isEmpty(), "the ring covers only the edge around the control, never its face"


def test_screens_that_hold_the_keyboard_for_their_keys_get_no_ring(qtbot, themed_coach):
    window = themed_coach.window
    window.show_pain_check("before", "Cat stretch")
    settle()
    assert window.pain_check.hasFocus()
    rings = [ring for ring in window.findChildren(FocusRing) if ring.isVisible()]
    assert rings == []


def test_the_ring_follows_its_control_when_the_window_changes_size(qtbot, themed_coach):
    opened = open_window(qtbot, themed_coach, "home")
    start = opened.part.start_button
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    themed_coach.window.resize(900, 640)
    settle()
    ring = themed_coach.window.findChild(FocusRing)
    assert ring is not None and ring.isVisible()
    assert ring.geometry() == start.geometry().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(
        start.parentWidget().rect())


def test_a_ring_deleted_with_its_dialog_is_made_again_for_the_next_control(qtbot, themed_coach):
    dialog = themed_coach.controller.open_voice_settings()  # not given to qtbot: the controller deletes it
    settle()
    dialog.test_button.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    old_ring = dialog.findChild(FocusRing)
    assert old_ring is not None
    dialog.reject()  # the controller deletes the dialog, and the ring inside it
    settle()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not isValid(old_ring)
    home = themed_coach.window.home
    themed_coach.window.activateWindow()
    home.start_button.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    rings = [ring for ring in themed_coach.window.findChildren(FocusRing) if ring.isVisible()]
    assert len(rings) == 1 and rings[0].target is home.start_button
