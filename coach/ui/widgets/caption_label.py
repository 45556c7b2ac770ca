"""The step's words in a box of fixed size, in one of two type sizes, never pushing anything around."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"


class CaptionLabel(QLabel):
    """Plain, word-wrapped text at the large size if it fits its box, else at the small size.

    If even the small size does not fit, the words that fit are shown with an
    ellipsis (the voice says them all). The box is set by the owner; the text
    never changes it, so the screen around it never moves.

    Attributes:
        full_text: the whole text asked for (``text()`` may be shortened).
        large, small: the two pixel sizes.
    """

    def __init__(self, parent: QWidget | None = None, *, bold: bool = True) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.large = 32
        self.small = 24
        self._bold = bold
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_sizes(self, large: int, small: int) -> None:
        self.large, self.small = max(1, large), max(1, min(small, large))
        self._fit()

    def set_caption(self, text: str) -> None:
        if text != self.full_text:
            self.full_text = text
            self._fit()

    def pixel_size(self) -> int:
        return self.font().pixelSize()

    def is_shortened(self) -> bool:
        return self.text() != self.full_text

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _font(self, pixel_size: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixel_size)
        font.setBold(self._bold)
        return font

    def _fits(self, text: str, font: QFont) -> bool:
        rect = self.contentsRect()
        metrics = QFontMetrics(font)
        if max((metrics.horizontalAdvance(word) for word in text.split()), default=0) > rect.width():
            return False
        box = QRect(0, 0, max(1, rect.width()), 100_000)
        return metrics.boundingRect(box, int(Qt.TextFlag.TextWordWrap), text).height() <= rect.height()

    def _fit(self) -> None:
        text = self.full_text
        if self.contentsRect().height() <= 0 or self._fits(text, self._font(self.large)):
            font, shown = self._font(self.large), text
        else:
            font, shown = self._font(self.small), text
            words = text.split()
            # Drop words from the end until what is left, with an ellipsis, fits.
            while words and not self._fits(shown, font):
                words.pop()
                shown = " ".join(words) + ELLIPSIS
        if self.font() != font:
            self.setFont(font)
        if self.text() != shown:
            super().setText(shown)
