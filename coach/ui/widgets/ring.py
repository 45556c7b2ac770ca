"""The countdown ring: the hero number in the middle, an arc for the segment's progress.

It animates for the whole session (up to 25 frames a second), so it is built to be
cheap (measured in bench/idle_cpu.py): the still parts (background and track,
the number and its word) are cached as pixmaps, the widget is opaque so
nothing behind it repaints, and between changes of the number only the small
square around the arc's moving tip is repainted.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.ui.widgets.theme import LIGHT, Theme

# The tip must move at least this far (px) before it is worth a repaint.
MIN_TIP_MOVE = 1.0
# The total after a rep number ("/15"), relative to the number: still legible from the floor.
SUFFIX_SCALE = 0.7


def _whole_seconds(remaining: float) -> int:
    """Seconds as shown: rounded up, so "3" stays until the last third of a second is over."""
    return math.ceil(remaining - 1e-9) if remaining > 0 else 0


class CountdownRing(QWidget):
    """A custom-painted ring that empties clockwise from 12 o'clock as a segment runs.

    The owner sets the numbers; the ring only paints them. It stays square and
    as large as its space allows. The middle shows the seconds left, unless the
    owner sets another hero: "7" with the suffix "/15" for a rep of a set, a
    side's name at a switch, a tick at the end.

    Attributes:
        remaining: seconds left, shown rounded up ("3" until the last third is over).
        fraction_left: 1.0 for a full ring, 0.0 for an empty one.
        centre_text: replaces the seconds when set.
        suffix: drawn smaller after ``centre_text`` on the same baseline (e.g. "/15").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remaining = 0.0
        self.fraction_left = 1.0
        self.centre_text = ""
        self.suffix = ""
        self._theme = LIGHT
        self._still: QPixmap | None = None  # background and track
        self._words: QPixmap | None = None  # the number and the word under it
        self._words_key: str | None = None
        # Centre x, centre y, radius of the ring's middle line, pen thickness: plain floats,
        # recomputed on resize, because every frame needs them and Qt objects cost a call each.
        self._geometry = (0.0, 0.0, 0.0, 6.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we paint every pixel
        self.setAccessibleName(self.tr("Countdown"))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._drop_caches()
        self.update()

    def set_countdown(self, remaining: float, fraction_left: float) -> None:
        """Called every frame: kept to plain arithmetic until something visible changes."""
        remaining = max(0.0, remaining)
        fraction_left = min(1.0, max(0.0, fraction_left))
        if remaining == self.remaining and fraction_left == self.fraction_left:
            return
        old_seconds, old_fraction = _whole_seconds(self.remaining), self.fraction_left
        self.remaining = remaining
        if _whole_seconds(remaining) != old_seconds and not self.centre_text:
            self.fraction_left = fraction_left
            self.setAccessibleDescription(self.shown_text())
            self.update()
            return
        old_tip, new_tip = self._tip(old_fraction), self._tip(fraction_left)
        if math.dist(old_tip, new_tip) < MIN_TIP_MOVE:
            return  # not a pixel's difference: keep the old fraction so small moves add up
        self.fraction_left = fraction_left
        self.update(self._around(old_tip, new_tip, old_fraction, fraction_left))

    def set_centre(self, centre_text: str = "", suffix: str = "") -> None:
        """Show this instead of the seconds ("" for the seconds again)."""
        if (centre_text, suffix) != (self.centre_text, self.suffix):
            self.centre_text = centre_text
            self.suffix = suffix if centre_text else ""
            self.setAccessibleDescription(self.shown_text())
            self.update()

    def shown_text(self) -> str:
        """What the middle of the ring says: the hero set by the owner, else whole seconds left."""
        if self.centre_text:
            return self.centre_text + self.suffix
        return str(_whole_seconds(self.remaining))

    def diameter(self) -> float:
        return float(min(self.width(), self.height()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, 360)

    # ----- geometry

    def _thickness(self) -> float:
        return max(6.0, self.diameter() * 0.075)

    def _square(self) -> QRectF:
        diameter = self.diameter()
        return QRectF((self.width() - diameter) / 2, (self.height() - diameter) / 2, diameter, diameter)

    def _ring_rect(self) -> QRectF:
        half = self._thickness() / 2
        return self._square().adjusted(half, half, -half, -half)

    def _tip(self, fraction: float) -> tuple[float, float]:
        """Where the arc ends: it starts at 12 o'clock and runs clockwise."""
        centre_x, centre_y, radius, _ = self._geometry
        angle = math.pi / 2 - fraction * 2 * math.pi
        return centre_x + radius * math.cos(angle), centre_y - radius * math.sin(angle)

    def _around(self, a: tuple[float, float], b: tuple[float, float], fraction_a: float,
                fraction_b: float) -> QRect:
        """A rectangle covering the arc between two tips, with its round cap and antialiasing."""
        if abs(fraction_a - fraction_b) > 0.05:  # a long way round: the chord does not cover it
            return self.rect()
        pad = self._geometry[3] / 2 + 3
        left, top = math.floor(min(a[0], b[0]) - pad), math.floor(min(a[1], b[1]) - pad)
        right, bottom = math.ceil(max(a[0], b[0]) + pad), math.ceil(max(a[1], b[1]) + pad)
        return QRect(left, top, right - left, bottom - top)

    # ----- painting

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        ring = self._ring_rect()
        self._geometry = (ring.center().x(), ring.center().y(), ring.width() / 2, self._thickness())
        self._drop_caches()

    def _drop_caches(self) -> None:
        self._still = None
        self._words = None
        self._words_key = None

    def _pixmap(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def _still_layer(self) -> QPixmap:
        if self._still is None:
            pixmap = self._pixmap()
            pixmap.fill(QColor(self._theme.background))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(self._theme.surface), self._thickness()))
            painter.drawEllipse(self._ring_rect())
            painter.end()
            self._still = pixmap
        return self._still

    def _words_layer(self) -> QPixmap:
        key = self.shown_text()
        if self._words is None or self._words_key != key:
            pixmap = self._pixmap()
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_words(painter)
            painter.end()
            self._words, self._words_key = pixmap, key
        return self._words

    def _paint_words(self, painter: QPainter) -> None:
        """The hero, as large as fits inside the ring: a short number at 38 % of the diameter."""
        diameter, square = self.diameter(), self._square()
        main = self.centre_text or self.shown_text()
        inside = diameter - 2 * self._thickness()
        main_font = QFont(self.font())
        main_font.setBold(True)
        main_font.setPixelSize(max(10, round(diameter * 0.38)))
        suffix_font = QFont(main_font)
        suffix_font.setPixelSize(max(8, round(main_font.pixelSize() * SUFFIX_SCALE)))
        # Shrink both together until the whole line fits 84 % of the inner width.
        width = QFontMetrics(main_font).horizontalAdvance(main) + (
            QFontMetrics(suffix_font).horizontalAdvance(self.suffix) if self.suffix else 0)
        if width > inside * 0.84:
            scale = inside * 0.84 / width
            main_font.setPixelSize(max(8, int(main_font.pixelSize() * scale)))
            suffix_font.setPixelSize(max(8, int(suffix_font.pixelSize() * scale)))
            width = QFontMetrics(main_font).horizontalAdvance(main) + (
                QFontMetrics(suffix_font).horizontalAdvance(self.suffix) if self.suffix else 0)
        metrics = QFontMetrics(main_font)
        # Centre the line's cap height on the ring's centre: digits then sit in the optical middle.
        baseline = square.center().y() + metrics.capHeight() / 2
        x = square.center().x() - width / 2
        painter.setPen(QColor(self._theme.text))
        painter.setFont(main_font)
        painter.drawText(QPointF(x, baseline), main)
        if self.suffix:
            painter.setFont(suffix_font)
            painter.drawText(QPointF(x + metrics.horizontalAdvance(main), baseline), self.suffix)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setClipRect(event.rect())
        painter.drawPixmap(0, 0, self._still_layer())
        if self.fraction_left > 0:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            arc = QPen(QColor(self._theme.accent), self._thickness())
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            # Qt angles are 1/16 degree, counter-clockwise from 3 o'clock; negative spans go clockwise.
            painter.drawArc(self._ring_rect(), 90 * 16, -round(self.fraction_left * 360 * 16))
        painter.drawPixmap(0, 0, self._words_layer())
        painter.end()
