"""A recording stand-in for the speech service: it says nothing and keeps what it was asked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class RecordingSpeech(QObject):
    """Stands in for SpeechService: records what it is asked, says nothing.

    Attributes:
        asked: ("say", text), ("chime", name), ("stop", None), ... in order.
        can_speak: as the service's.
    """

    finished = Signal(object)
    note_changed = Signal(str)
    sounding = Signal(float, float)
    silenced = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, object]] = []
        self.can_speak = True

    def speak(self, text, token=None):
        self.asked.append(("say", text))

    def chime(self, name):
        self.asked.append(("chime", name))

    def stop(self):
        self.asked.append(("stop", None))
