"""Windows and dialogs that fit the screen they open on, down to a 1024×600 netbook.

Every window's default or restored size and place goes through ``fit_to_screen``:
the size is clamped to the available geometry of the screen the window opens
on (its parent's screen; for a window of its own, the screen its saved place
is on, else the one under the pointer), less room for the window manager's
frame, and the window is moved back inside it. ``available_area`` is the one
place that asks Qt which area that is.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Before a window is first shown its frame is unknown: leave this much for the title bar and borders.
FRAME_ALLOWANCE = QSize(16, 40)


def screen_for(window: QWidget) -> QScreen | None:
    """The screen a window opens on: its parent's, else the one its geometry is on, else the pointer's."""
    parent = window.parentWidget()
    if parent is not None:
        return parent.window().screen()
    if window.testAttribute(Qt.WidgetAttribute.WA_Moved) or window.isVisible():
        screen = QGuiApplication.screenAt(window.geometry().center())
        if screen is not None:
            return screen
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def available_area(window: QWidget) -> QRect:
    """The available geometry (no panels or docks) of the screen ``window`` opens on."""
    screen = screen_for(window)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def frame_margins(window: QWidget) -> QSize:
    """How much wider and taller the frame is than the window: measured once shown, else estimated."""
    if window.isVisible():
        frame, inside = window.frameGeometry(), window.geometry()
        if frame != inside:
            return QSize(frame.width() - inside.width(), frame.height() - inside.height())
    return FRAME_ALLOWANCE


def fitted_size(window: QWidget, wanted: QSize, area: QRect) -> QSize:
    """``wanted``, no bigger than what fits in ``area`` with its frame."""
    room = area.size() - frame_margins(window)
    return wanted.boundedTo(room).expandedTo(QSize(1, 1))


def fit_to_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Resize ``window`` to ``wanted`` (default: its size now) clamped to its screen, and keep it on that screen.

    A window that has not been placed yet is left for Qt or the window manager to place
    (dialogs centre on their parent); one that has is moved back inside the area.
    """
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return  # the window manager sizes these to the screen; a resize would only unmaximise it
    area = available_area(window)
    size = fitted_size(window, wanted if wanted is not None else window.size(), area)
    if size != window.size():
        window.resize(size)
    if window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        window.move(inside(window.frameGeometry().size().expandedTo(size + frame_margins(window)),
                           window.pos(), area))


def inside(frame: QSize, top_left: QPoint, area: QRect) -> QPoint:
    """The nearest top-left corner to ``top_left`` that keeps a frame of this size within ``area``."""
    x = max(area.left(), min(top_left.x(), area.left() + area.width() - frame.width()))
    y = max(area.top(), min(top_left.y(), area.top() + area.height() - frame.height()))
    return QPoint(x, y)


def centre_on_screen(window: QWidget) -> None:
    """Clamp to the screen and put the window in its middle (windows of their own, such as a reminder)."""
    fit_to_screen(window)
    area = available_area(window)
    frame = QRect(QPoint(0, 0), window.size() + frame_margins(window))
    frame.moveCenter(area.center())
    window.move(inside(frame.size(), frame.topLeft(), area))
