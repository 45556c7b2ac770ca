"""A clear focus ring around whichever control has the keyboard, in every window and both themes.

Fusion marks focus with a faint 1 px tint, and controls with a style sheet of
their own (most of the app's big buttons) show none at all. One ring for the
whole application follows ``QApplication.focusChanged`` instead: a thin widget
laid around the focused control, painted in the accent (Highlight) colour of
that control's palette, so it follows the theme and needs nothing from the
control itself. It lives in the nearest ancestor with room for it (a button
box or a stack fits its controls tightly), never beyond a scroll area's
viewport, where the control itself is cut off too. Screens that take focus only so their keys work (plain
QWidget containers) get no ring: only controls a person tabs to do.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

# The ring: this wide, this far outside the control (the gap keeps it apart from an accent-coloured button).
RING_WIDTH, RING_GAP = 3, 2
CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTabBar, QTextEdit)


def wants_ring(widget: QWidget | None) -> bool:
    """A control a person can tab to, as opposed to a screen that holds focus for its shortcuts."""
    return widget is not None and isinstance(widget, CONTROLS) and not widget.isWindow()


def ring_target(widget: QWidget | None) -> QWidget | None:
    """What the ring goes around when ``widget`` has the focus: the control, or the spin box or
    combo box whose text field it is; None for anything else."""
    if not wants_ring(widget):
        return None
    assert widget is not None
    parent = widget.parentWidget()
    return parent if isinstance(parent, (QAbstractSpinBox, QComboBox)) else widget


def is_viewport(widget: QWidget) -> bool:
    return isinstance(widget.parentWidget(), QAbstractScrollArea)


class FocusRing(QWidget):
    """The ring itself: a child of the focused control's nearest roomy ancestor, around the control.

    Attributes:
        target: the control it surrounds (None: hidden).
        watched: the target and the ancestors between it and the ring's parent: when one moves,
            the ring moves.
    """

    def __init__(self) -> None:
        super().__init__(None)
        self.target: QWidget | None = None
        self.watched: list[QWidget] = []
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("focus-ring")
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        """Surround ``widget``, or hide if it is not a control."""
        self._watch([])
        self.target = ring_target(widget)
        if self.target is None:
            self.hide()
            return
        self.place()

    def _watch(self, widgets: list[QWidget]) -> None:
        for widget in self.watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self.watched = widgets
        for widget in widgets:
            widget.installEventFilter(self)

    def place(self) -> None:
        target = self.target
        host = target.parentWidget() if target is not None and isValid(target) else None
        if target is None or host is None or not target.isVisible():
            self.hide()
            return
        margin = RING_WIDTH + RING_GAP
        area = target.geometry().adjusted(-margin, -margin, margin, margin)
        chain = [target]
        # A splitter takes any new child for a pane of its own: never host the ring there.
        while ((not host.rect().contains(area) or isinstance(host, QSplitter))
               and not host.isWindow() and not is_viewport(host)):
            area.translate(host.pos())
            chain.append(host)
            host = cast(QWidget, host.parentWidget())  # not a window, so it has a parent
        if chain != self.watched:
            self._watch(chain)
        if self.parentWidget() is not host:
            self.setParent(host)
        # Where even that ancestor cuts the ring off (the window's edge), the ring comes inside the control.
        area = area.intersected(host.rect())
        self.setGeometry(area)
        outer = QRect(0, 0, area.width(), area.height())
        self.setMask(QRegion(outer).subtracted(QRegion(outer.adjusted(RING_WIDTH, RING_WIDTH,
                                                                      -RING_WIDTH, -RING_WIDTH))))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched in self.watched and event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                                                        QEvent.Type.Hide, QEvent.Type.ParentChange):
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.target is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.target.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 4, 4)
        painter.end()


class FocusRingKeeper(QObject):
    """Moves the application's ring to each newly focused control.

    The ring lives inside whichever window holds the focus, so it goes when that window is
    deleted; the keeper then makes a new one.

    Attributes:
        ring: the ring now in use (None until the first focus change).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is None or not isValid(self.ring):
            if not wants_ring(new):
                return
            self.ring = FocusRing()
        self.ring.follow(new)


def install_focus_ring(app: QApplication) -> FocusRingKeeper:
    """The application's one focus ring keeper (made on first call), following the keyboard focus from now on."""
    keeper = app.findChild(FocusRingKeeper)
    if keeper is None:
        keeper = FocusRingKeeper(app)
        keeper.follow(None, app.focusWidget())
    return keeper
