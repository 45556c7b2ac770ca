"""Plays WAV files in-process through QtMultimedia's QAudioSink: volume works, stop is instant.

The end of a phrase is known from its length, not from the sink's Idle state:
measured on PulseAudio, Idle arrives about 2 s after the last sample, far too
late for a segment that waits for the voice.
"""

from __future__ import annotations

import math
import time
import wave
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLoggingCategory, QObject, Signal

# QtMultimedia probes for optional sound back-ends (PipeWire, VA-API) as it loads
# and warns about each one that is missing; that is normal and not the person's
# concern. The rule must be set before the library loads.
QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")

from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio  # noqa: E402

from coach.qt.timer import Timer  # noqa: E402

# Sink start-up latency measured at 3 ms; a little slack so "finished" is never early.
END_SLACK_MS = 40


def qt_lists_an_output() -> bool:
    """QtMultimedia's own answer (coach.speech.sound_output asks a sound server first: it is far cheaper)."""
    return bool(QMediaDevices.audioOutputs())


class WavPlayer(QObject):
    """One sound at a time: a new play() cuts the previous one.

    Attributes:
        volume: 0.0-1.0.

    Signals:
        finished(object): the sound for this token has played to its end.
        failed(object, str): it could not be played; why.
        sounding(float, float): a sound plays from, to (time.monotonic() seconds; the end is known from its length).
        silenced(float): the sound was cut at this moment (time.monotonic()).
    """

    finished = Signal(object)
    failed = Signal(object, str)
    sounding = Signal(float, float)
    silenced = Signal(float)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.volume = 1.0
        self._sink: QAudioSink | None = None
        self._format_key: tuple[int, int] | None = None
        self._buffer: QBuffer | None = None
        self._token: object = None
        self._end = Timer(f"{name}-end", self, single_shot=True, precise=True)
        self._end.timeout.connect(self._on_end)

    @property
    def playing(self) -> bool:
        return self._end.isActive()

    def set_volume(self, volume: float) -> None:
        self.volume = max(0.0, min(1.0, volume))
        if self._sink is not None:
            self._sink.setVolume(self.volume)

    def play(self, path: Path, token: object = None) -> None:
        self.stop()
        try:
            with wave.open(str(path), "rb") as wav:
                rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
                frames = wav.readframes(wav.getnframes())
        except (OSError, EOFError, wave.Error) as error:
            self.failed.emit(token, f"cannot read {path.name}: {error}")
            return
        if width != 2 or not frames:
            self.failed.emit(token, f"{path.name} is not 16-bit audio")
            return
        sink = self._sink_for(rate, channels)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(frames))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self._token = token
        sink.start(buffer)
        if sink.error() != QtAudio.Error.NoError:
            self._token = None
            self.failed.emit(token, f"the sound output refused to play ({sink.error().name})")
            return
        seconds = len(frames) / (rate * channels * width)
        self._end.start_in(math.ceil(seconds * 1000) + END_SLACK_MS)
        now = time.monotonic()
        self.sounding.emit(now, now + seconds)

    def stop(self) -> None:
        """Silence now; the interrupted sound reports nothing."""
        was_playing = self._end.isActive()
        self._end.stop()
        self._token = None
        if self._sink is not None and self._sink.state() != QtAudio.State.StoppedState:
            self._sink.stop()
        if was_playing:
            self.silenced.emit(time.monotonic())
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _sink_for(self, rate: int, channels: int) -> QAudioSink:
        if self._sink is None or self._format_key != (rate, channels):
            if self._sink is not None:
                self._sink.stop()
                self._sink.deleteLater()
            audio_format = QAudioFormat()
            audio_format.setSampleRate(rate)
            audio_format.setChannelCount(channels)
            audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            self._sink = QAudioSink(QMediaDevices.defaultAudioOutput(), audio_format, self)
            self._sink.setVolume(self.volume)
            # Not connected to stateChanged: PySide6 6.11 cannot convert its QAudio::State
            # argument for any Python slot. Errors are read from the sink after start().
            self._format_key = (rate, channels)
        return self._sink

    def _on_end(self) -> None:
        token, self._token = self._token, None
        self.finished.emit(token)
