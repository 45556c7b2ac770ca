"""Voice control for a session: the microphone, the mute gate and the recogniser's worker, together.

start() when a session begins (and voice control is on), stop() when it ends. Audio goes
from the microphone to the worker, marked muted where it overlaps the app's own voice or
chimes (told through ``sounding``/``silenced``, coach.speech.service). Any fault (no
microphone, a microphone that goes away, a recogniser that cannot load) ends listening
with a note; the session itself never notices. Nothing is recorded to disk or sent anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from coach.listening.client import RecogniserClient
from coach.listening.commands import Command
from coach.listening.gate import MuteGate
from coach.listening.microphone import Microphone

_log = logging.getLogger(__name__)


class ListeningService(QObject):
    """Listens while started.

    Attributes:
        listening: the microphone is open and the recogniser is ready.
        note: "" when all is well, else why voice control is off (for the screen).

    Signals:
        heard(object, str): a Command, and the words heard.
        armed(float): the wake phrase was said alone: a bare command counts for these seconds.
        listening_changed(bool): listening started or stopped.
        note_changed(str): the note changed.
    """

    heard = Signal(object, str)
    armed = Signal(float)
    listening_changed = Signal(bool)
    note_changed = Signal(str)

    def __init__(self, worker_command: Sequence[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        self.note = ""
        self._gate = MuteGate()
        self._microphone = Microphone(self)
        self._microphone.audio.connect(self._on_audio)
        self._microphone.failed.connect(self._fail)
        self._client = RecogniserClient(worker_command, self)
        self._client.ready.connect(self._on_ready)
        self._client.heard.connect(self._on_heard)
        self._client.armed.connect(self._on_armed)
        self._client.unavailable.connect(
            lambda why: self._fail(self.tr("Voice commands are off: {why}.").format(why=why)))
        self._wanted = False

    def start(self) -> None:
        if self._wanted:
            return
        self._wanted = True
        if not self._client.available:
            return
        if self._microphone.start():
            self._client.start()

    def stop(self) -> None:
        self._wanted = False
        self._microphone.stop()
        self._client.shutdown()
        self._set_listening(False)

    def set_wake_word(self, on: bool) -> None:
        """Whether commands need the wake phrase first (coach.listening.wake.WAKE_PHRASE; ``[voice] wake_word``)."""
        self._client.set_wake_word(on)

    def set_answers_wanted(self, on: bool) -> None:
        """Whether "yes" and "no" count: only while a question is open (they answer "Stop the session?")."""
        self._client.set_answers_wanted(on)

    def sounding(self, start: float, end: float) -> None:
        """The app sounds from start to end (time.monotonic()): ignore the microphone then."""
        self._gate.sounding(start, end)

    def silenced(self, at: float) -> None:
        self._gate.cut(at)

    def _on_audio(self, pcm: bytes, start: float, end: float) -> None:
        self._gate.forget_before(start - 5)
        self._client.feed(pcm, self._gate.muted(start, end))

    def _on_ready(self) -> None:
        self._set_listening(self._wanted and self._microphone.recording)
        if self.listening and self.note:
            self.note = ""
            self.note_changed.emit("")

    def _on_heard(self, command: str, words: str) -> None:
        if not self.listening:
            return
        try:
            self.heard.emit(Command(command), words)
        except ValueError:
            _log.warning("the recogniser sent an unknown command %r", command)

    def _on_armed(self, seconds: float) -> None:
        if self.listening:
            self.armed.emit(seconds)

    def _fail(self, why: str) -> None:
        self._microphone.stop()
        self._client.shutdown()
        self._set_listening(False)
        if why != self.note:
            self.note = why
            _log.warning("%s", why)
            self.note_changed.emit(why)

    def _set_listening(self, listening: bool) -> None:
        if listening != self.listening:
            self.listening = listening
            self.listening_changed.emit(listening)
