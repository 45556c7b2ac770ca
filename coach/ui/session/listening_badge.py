"""Voice control on the session screen: a microphone mark while listening, and the heard command, large.

While "Coach" alone was just heard (coach.listening.wake), the mark says so for the seconds a bare
command counts. An overlay on the screen it is attached to: it covers the screen, takes no clicks and
draws only its two labels, so the screen's own layout never moves. Sizes follow the
screen's height, so "Pause" is readable from the floor (3 m). All text is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from coach.qt.timer import Timer

FLASH_MS = 1600
NOTE_MS = 8000


class ListeningBadge(QWidget):
    """The overlay.

    Attributes:
        mark: the small "Listening" mark at the top right (hidden when not listening); "Coach is
            listening…" while armed.
        flash: the heard command, centred, for FLASH_MS.
    """

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setObjectName("listening-badge")
        self.mark = QLabel(self)
        self.flash = QLabel(self)
        for label in (self.mark, self.flash):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.hide()
        self.mark.setObjectName("listening-mark")
        self.flash.setObjectName("listening-flash")
        self._listening = False
        self._flash_timer = Timer("listening-flash", self, single_shot=True)
        self._flash_timer.timeout.connect(self.flash.hide)
        self._note_timer = Timer("listening-note", self, single_shot=True)
        self._note_timer.timeout.connect(self._show_mark)
        self._armed_timer = Timer("listening-armed", self, single_shot=True)
        self._armed_timer.timeout.connect(self._show_mark)
        host.installEventFilter(self)
        self._fit()
        self.show()

    def set_listening(self, listening: bool) -> None:
        self._listening = listening
        if not listening:
            self._armed_timer.stop()
        self._show_mark()

    def show_armed(self, seconds: float) -> None:
        """"Coach" alone was heard: a bare command counts for these seconds; the mark says so meanwhile."""
        if not self._listening:
            return
        self._armed_timer.start_in(max(0, round(seconds * 1000)))
        self._show_mark()

    def disarm(self) -> None:
        """A command was taken (or listening stopped): the plain mark again."""
        if self._armed_timer.isActive():
            self._armed_timer.stop()
            self._show_mark()

    @property
    def armed(self) -> bool:
        return self._armed_timer.isActive()

    def show_heard(self, label: str) -> None:
        """Flash the heard command ("Pause") large, for a moment."""
        self.flash.setText(label)
        self._fit()
        self.flash.show()
        self.flash.raise_()
        self._flash_timer.start_in(FLASH_MS)

    def show_note(self, note: str) -> None:
        """Why voice control is off, in place of the mark, for a while."""
        if not note:
            self._show_mark()
            return
        self.mark.setText(note)
        self.mark.setWordWrap(True)
        self._fit()
        self.mark.show()
        self._note_timer.start_in(NOTE_MS)

    def _show_mark(self) -> None:
        self._note_timer.stop()
        self.mark.setWordWrap(False)
        self.mark.setText(self.tr("● Coach is listening…") if self.armed else self.tr("● Listening"))
        self.mark.setVisible(self._listening)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        self.setGeometry(host.rect())
        height = max(host.height(), 200)
        palette = host.palette()
        text, base = palette.windowText().color().name(), palette.window().color().name()
        mark_font = self.mark.font()
        mark_font.setPixelSize(max(14, height // 28))
        mark_font.setBold(True)
        self.mark.setFont(mark_font)
        self.mark.setStyleSheet(f"color: {text}; background: {base}; border: 2px solid {text}; "
                                "border-radius: 8px; padding: 4px 10px;")
        self.mark.setMaximumWidth(max(200, host.width() // 2))
        self.mark.adjustSize()
        margin = height // 40
        self.mark.move(host.width() - self.mark.width() - margin, margin)
        flash_font = self.flash.font()
        flash_font.setPixelSize(max(32, height // 6))
        flash_font.setBold(True)
        self.flash.setFont(flash_font)
        self.flash.setStyleSheet(f"color: {base}; background: {text}; border-radius: 16px; padding: 12px 40px;")
        self.flash.adjustSize()
        self.flash.move((host.width() - self.flash.width()) // 2, height // 5)
