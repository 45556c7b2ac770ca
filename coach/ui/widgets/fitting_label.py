"""A word-wrapped label that picks the largest font that fits its box."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FittingLabel(QLabel):
    """Shows its text as large as it fits, between a floor and a ceiling size.

    The layout decides the box (size policy Ignored, so the text never pushes
    the layout around); the label decides the font. If even the floor does not
    fit, the text is drawn at the floor and ``is_clipped()`` says so.

    Attributes:
        max_pixel_size: the size used when the text fits at it.
        min_pixel_size: never smaller than this (readability beats fitting).
    """

    def __init__(self, parent: QWidget | None = None, *, bold: bool = False,
                 alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
        super().__init__(parent)
        self.max_pixel_size = 32
        self.min_pixel_size = 12
        self._bold = bold
        self.setWordWrap(True)
        self.setAlignment(alignment)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_size_range(self, min_pixel_size: int, max_pixel_size: int) -> None:
        self.min_pixel_size = max(1, min_pixel_size)
        self.max_pixel_size = max(self.min_pixel_size, max_pixel_size)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text != self.text():
            super().setText(text)
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def pixel_size(self) -> int:
        return self.font().pixelSize()

    def needed_height(self, pixel_size: int | None = None) -> int:
        """Height the text needs at a size (the current one by default) in the label's width."""
        font = self._font_at(pixel_size or self.pixel_size())
        box = QRect(0, 0, max(1, self.contentsRect().width()), 100_000)
        flags = int(Qt.TextFlag.TextWordWrap) | int(self.alignment())
        return QFontMetrics(font).boundingRect(box, flags, self.text()).height()

    def keep_one_line(self) -> None:
        """Never let the layout make the box lower than one line at the floor size."""
        self.setMinimumHeight(QFontMetrics(self._font_at(self.min_pixel_size)).lineSpacing() + 2)

    def needed_width(self, pixel_size: int | None = None) -> int:
        """Width of the longest word: wrapping cannot break inside it."""
        metrics = QFontMetrics(self._font_at(pixel_size or self.pixel_size()))
        return max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)

    def is_clipped(self) -> bool:
        if not self.text() or not self.isVisible():
            return False
        rect = self.contentsRect()
        return self.needed_height() > rect.height() or self.needed_width() > rect.width()

    def _font_at(self, pixel_size: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixel_size)
        font.setBold(self._bold)
        return font

    def _fits(self, pixel_size: int) -> bool:
        rect = self.contentsRect()
        return (self.needed_width(pixel_size) <= rect.width()
                and self.needed_height(pixel_size) <= rect.height())

    def _fit(self) -> None:
        if self.contentsRect().height() <= 0 or not self.text():
            chosen = self.max_pixel_size
        else:
            # Binary search for the largest size that fits.
            low, high = self.min_pixel_size, self.max_pixel_size
            chosen = low
            while low <= high:
                middle = (low + high) // 2
                if self._fits(middle):
                    chosen, low = middle, middle + 1
                else:
                    high = middle - 1
        if self.font().pixelSize() != chosen or self.font().bold() != self._bold:
            self.setFont(self._font_at(chosen))
