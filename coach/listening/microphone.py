"""The microphone through QtMultimedia's QAudioSource: 16 kHz mono 16-bit chunks with their time.

Each chunk comes with the span of time.monotonic() it was recorded over (its end is when
it arrived; its start, its length earlier), so the app can tell which audio overlaps its own
speech. A missing microphone, one that cannot record this format, and one that goes away or
stops sending sound are each reported once, in words, through ``failed``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QIODevice, QLoggingCategory, QObject, Signal

QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")  # see coach.speech.wav_player

from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio  # noqa: E402

from coach.listening.recogniser import SAMPLE_RATE  # noqa: E402
from coach.qt.timer import Timer  # noqa: E402

CHUNK_SECONDS = 0.05  # how often audio is handed on: part of the latency of a command
SILENT_DEVICE_SECONDS = 3.0  # an open microphone sends a chunk every CHUNK_SECONDS; this long without one, it is gone


def microphone_available() -> bool:
    return bool(QMediaDevices.audioInputs())


class Microphone(QObject):
    """Records from the default input while started.

    Attributes:
        device: the input in use (after start()).
        recording: True between a successful start() and stop() or a failure.

    Signals:
        audio(bytes, float, float): 16-bit mono PCM at 16 kHz, recorded from, to (time.monotonic()).
        failed(str): the microphone cannot be used or was lost; why, for the screen.
    """

    audio = Signal(bytes, float, float)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device: QAudioDevice | None = None
        self.recording = False
        self._source: QAudioSource | None = None
        self._stream: QIODevice | None = None
        self._last_audio = 0.0
        self._devices = QMediaDevices(self)
        self._devices.audioInputsChanged.connect(self._on_inputs_changed)
        self._stall = Timer("microphone-stall", self)
        self._stall.timeout.connect(self._check_stall)

    def start(self) -> bool:
        """Open the default input; False (and ``failed``) when there is none or it refuses."""
        if self.recording:
            return True
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            self.failed.emit(self.tr("No microphone found: voice commands are off. Keys and buttons work as usual."))
            return False
        audio_format = QAudioFormat()
        audio_format.setSampleRate(SAMPLE_RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            self.failed.emit(self.tr("The microphone ({name}) cannot record 16 kHz mono: voice commands are off.")
                             .format(name=device.description()))
            return False
        source = QAudioSource(device, audio_format, self)
        source.setBufferSize(int(SAMPLE_RATE * 2 * CHUNK_SECONDS * 2))  # small: each sample reaches the recogniser soon
        stream = source.start()
        if stream is None or source.error() != QtAudio.Error.NoError:
            source.deleteLater()
            self.failed.emit(self.tr("The microphone ({name}) could not be opened: voice commands are off.")
                             .format(name=device.description()))
            return False
        self.device, self._source, self._stream = device, source, stream
        stream.readyRead.connect(self._read)
        self.recording = True
        self._last_audio = time.monotonic()
        self._stall.start_in(int(SILENT_DEVICE_SECONDS * 1000))
        return True

    def stop(self) -> None:
        self._stall.stop()
        self.recording = False
        source, self._source, self._stream = self._source, None, None
        if source is not None:
            source.stop()
            source.deleteLater()

    def _read(self) -> None:
        stream = self._stream
        if stream is None:
            return
        data = bytes(stream.readAll().data())
        if not data:
            return
        now = time.monotonic()
        self._last_audio = now
        self.audio.emit(data, now - len(data) / (2 * SAMPLE_RATE), now)

    def _check_stall(self) -> None:
        if self.recording and time.monotonic() - self._last_audio > SILENT_DEVICE_SECONDS:
            self._lose(self.tr("The microphone stopped sending sound: voice commands are off."))

    def _on_inputs_changed(self) -> None:
        if self.recording and self.device is not None and \
                all(d.id() != self.device.id() for d in QMediaDevices.audioInputs()):
            self._lose(self.tr("The microphone ({name}) is gone: voice commands are off.")
                       .format(name=self.device.description()))

    def _lose(self, why: str) -> None:
        self.stop()
        self.failed.emit(why)
