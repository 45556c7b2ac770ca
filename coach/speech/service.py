"""The app's voice: speak, stop, busy, finished; never blocks the window.

Normal path: every phrase of the chosen routine is synthesised ahead of time
(a worker process, into the WAV cache) and played in-process, so a cue sounds
within milliseconds and stops at once. A phrase not yet prepared is
synthesised first (about 10 ms with espeak). Where that path fails (no sound
output Qt can use, a WAV that cannot be written or played), the phrase is
spoken directly through pyttsx3 in a second worker. Where nothing works, the
service says so in ``note`` and reports every phrase as finished at once, so
the session goes on with captions.

Unless the person chose a voice, phrases are said in the session's language by
that language's voice (``set_language``; coach/speech/voice_choice.py). An
engine with no voice for it starts not at all, and the note says so: captions only.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from coach.speech.chimes import ensure_chimes
from coach.speech.synth_client import SynthClient
from coach.speech.voice_choice import NO_VOICE
from coach.speech.wav_cache import WavCache, is_playable_wav
from coach.speech.voice import VoiceSettings

if TYPE_CHECKING:
    from coach.speech.wav_player import WavPlayer

_log = logging.getLogger(__name__)


@dataclass(eq=False)
class Utterance:
    """One request to speak: the caller's token and the words."""

    token: object
    text: str
    tried_direct: bool = False


class SpeechService(QObject):
    """Speaks phrases and plays chimes, preparing phrases ahead of time: the app's ``Voice`` (coach/speech/voice.py).

    Attributes:
        settings: the voice settings in force.
        note: "" when the voice works, else a short explanation for the screen.
        busy: something is being said now.

    Signals:
        finished(object): the words for this token have been said (or skipped: muted, failed).
        note_changed(str): the note changed.
        prepare_progress(int, int): phrases ready, phrases wanted.
        voices_listed(list): the engine's voices (VoiceInfo), after list_voices().
        sounding(float, float): the app's voice or a chime sounds from, to (time.monotonic() seconds),
            so voice control can ignore the microphone then.
        silenced(float): what was sounding was cut at this moment (time.monotonic()).
    """

    finished = Signal(object)
    note_changed = Signal(str)
    prepare_progress = Signal(int, int)
    voices_listed = Signal(list)
    sounding = Signal(float, float)
    silenced = Signal(float)

    def __init__(self, cache: WavCache, chime_dir: Path, settings: VoiceSettings, *,
                 worker_command: Sequence[str] | None = None, sound_output: bool | None = None,
                 language: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.note = ""
        self._cache = cache
        self._command = worker_command
        # Whether Qt can play sound, and the players: found out when first needed, because
        # QtMultimedia (with FFmpeg, ~22 MiB) need not load for an app idling in the tray.
        self._known_output = sound_output
        self._players: tuple[WavPlayer, WavPlayer] | None = None
        self._files = SynthClient("file", worker_command, self, voice=settings.voice, rate=settings.rate,
                                  language=language)
        self._files.done.connect(self._on_file_done)
        self._files.failed.connect(self._on_file_failed)
        self._files.unavailable.connect(self._on_engine_unavailable)
        self._files.trouble.connect(self._on_engine_trouble)
        self._files.ready.connect(self._on_engine_ready)
        self._files.voices_listed.connect(self.voices_listed)
        self._speaker: SynthClient | None = None
        self._current: Utterance | None = None
        self._waiting_file: dict[int, Utterance] = {}
        self._waiting_direct: dict[int, Utterance] = {}
        self._preparing: set[int] = set()
        self._prepare_total = 0
        self._chimes: dict[str, Path] = {}
        try:
            self._chimes = ensure_chimes(chime_dir)
        except OSError as error:
            _log.warning("chimes unavailable: %s", error)
        self._trouble = False
        self._all_prepared = False
        self._prepare_wanted: list[str] = []
        if sound_output is False:
            self._set_note(self._no_output_note())

    # ----- sound output, loaded on first need

    @property
    def _output(self) -> bool:
        if self._known_output is None:
            from coach.speech.sound_output import sound_output_available

            self._known_output = sound_output_available()
            if not self._known_output:
                self._set_note(self._no_output_note())
        return self._known_output

    def check_output(self) -> bool:
        """Whether there is a sound output (a sound server, else QtMultimedia, decides); without one, ``note`` says."""
        return self._output

    def _player_pair(self) -> tuple[WavPlayer, WavPlayer]:
        if self._players is None:
            from coach.speech.wav_player import WavPlayer

            voice, chime = WavPlayer("voice", self), WavPlayer("chime", self)
            voice.finished.connect(self._on_played)
            voice.failed.connect(self._on_play_failed)
            for player in (voice, chime):
                player.set_volume(self.settings.volume)
                player.sounding.connect(self.sounding)
                player.silenced.connect(self.silenced)
            self._players = (voice, chime)
        return self._players

    @property
    def _voice(self) -> WavPlayer:
        return self._player_pair()[0]

    @property
    def _chime(self) -> WavPlayer:
        return self._player_pair()[1]

    # ----- the interface

    @property
    def busy(self) -> bool:
        return self._current is not None

    @property
    def can_speak(self) -> bool:
        """Whether speech is worth waiting for: not muted, and some way of sounding still works.

        Prepared phrases need no engine, so a routine prepared in full keeps its voice
        even if the engine fails later.
        """
        if self.settings.muted:
            return False
        engine_ok = self._files.available and not self._trouble
        if self._output:
            return engine_ok or self._all_prepared
        return self._speaker.available if self._speaker is not None else engine_ok

    def speak(self, text: str, token: object = None) -> None:
        """Say text now, cutting whatever is being said. ``finished(token)`` follows."""
        self.stop()
        utterance = Utterance(token, text)
        if self.settings.muted or not text.strip():
            self._finish_soon(utterance)
            return
        self._current = utterance
        path = self._path(text)
        if self._output and is_playable_wav(path):
            self._voice.play(path, utterance)
        elif self._trouble:
            self._current = None
            self._finish_soon(utterance)  # the engine is being restarted: let this phrase go
        elif self._output and self._files.available:
            request = self._files.synthesize(text, str(path), urgent=True)
            self._waiting_file[request] = utterance
        else:
            self._say_directly(utterance)

    def stop(self) -> None:
        """Silence at once (pause, skip, back, quit)."""
        current, self._current = self._current, None
        if self._players is not None:
            self._voice.stop()
        if current is not None and self._speaker is not None and current in self._waiting_direct.values():
            self._speaker.interrupt()  # pyttsx3's own stop() blocks for seconds; killing the worker does not
            self.silenced.emit(time.monotonic())
        self._waiting_direct.clear()

    def chime(self, name: str) -> None:
        if self.settings.chimes and not self.settings.muted and self._output and name in self._chimes:
            self._chime.play(self._chimes[name])

    def prepare(self, phrases: Iterable[str]) -> None:
        """Synthesise, in the background, every phrase not yet in the cache."""
        self._files.cancel_queued()
        self._preparing.clear()
        wanted = sorted({p for p in phrases if p.strip()})
        self._prepare_wanted = wanted
        missing = [p for p in wanted if not is_playable_wav(self._path(p))]
        self._prepare_total = len(wanted)
        self._all_prepared = not missing
        ready = len(wanted) - len(missing)
        if self._files.available:  # preparing needs the engine only, not a sound output
            for phrase in missing:
                self._preparing.add(self._files.synthesize(phrase, str(self._path(phrase))))
        self.prepare_progress.emit(ready if self._preparing else len(wanted), len(wanted))

    def set_language(self, language: str | None) -> None:
        """Say phrases in this language's voice from now on (the person's chosen voice, if any, still wins)."""
        if language == self.language:
            return
        self.language = language
        self.stop()
        self._files.set_language(language)
        if self._speaker is not None:
            self._speaker.set_language(language)
        self._all_prepared = False
        self._trouble = False
        self._set_note(self._no_output_note() if self._known_output is False else "")

    def list_voices(self) -> None:
        self._files.list_voices()

    def apply(self, settings: VoiceSettings) -> None:
        self.settings = settings
        self._files.configure(settings.voice, settings.rate)
        if self._speaker is not None:
            self._speaker.configure(settings.voice, settings.rate, settings.volume)
        if self._players is not None:
            for player in self._players:
                player.set_volume(settings.volume)
        if settings.muted:
            self.stop()

    def shutdown(self) -> None:
        self.stop()
        self._files.shutdown()
        if self._speaker is not None:
            self._speaker.shutdown()

    # ----- internals

    def _path(self, text: str) -> Path:
        # The same words in another language's voice are another recording.
        voice = self.settings.voice or (f"language:{self.language}" if self.language else None)
        return self._cache.path_for(text, voice, self.settings.rate)

    def _finish_soon(self, utterance: Utterance) -> None:
        # Never call back from inside speak(): the caller may be in the middle of its own update.
        QTimer.singleShot(0, lambda: self.finished.emit(utterance.token))

    def _finish(self, utterance: Utterance) -> None:
        if utterance is self._current:
            self._current = None
            self.finished.emit(utterance.token)

    def _on_file_done(self, request: int) -> None:
        self._count_prepared(request)
        utterance = self._waiting_file.pop(request, None)
        if utterance is not None and utterance is self._current:
            self._voice.play(self._path(utterance.text), utterance)

    def _on_file_failed(self, request: int, why: str, engine_at_fault: bool) -> None:
        self._count_prepared(request)
        utterance = self._waiting_file.pop(request, None)
        if utterance is None or utterance is not self._current:
            return
        if engine_at_fault:
            # Speaking directly would wait on the same broken engine: let this phrase go.
            self._finish(utterance)
        else:
            _log.info("could not prepare %r (%s); speaking it directly", utterance.text, why)
            self._say_directly(utterance)

    def _count_prepared(self, request: int) -> None:
        if request in self._preparing:
            self._preparing.discard(request)
            if not self._preparing:
                self._all_prepared = all(is_playable_wav(self._path(p)) for p in self._prepare_wanted)
            self.prepare_progress.emit(self._prepare_total - len(self._preparing), self._prepare_total)

    def _on_played(self, utterance: object) -> None:
        if isinstance(utterance, Utterance):
            self._finish(utterance)

    def _on_play_failed(self, utterance: object, why: str) -> None:
        _log.warning("sound output failed: %s", why)
        if isinstance(utterance, Utterance) and utterance is self._current:
            self._say_directly(utterance)

    def _say_directly(self, utterance: Utterance) -> None:
        speaker = self._direct_speaker()
        if utterance.tried_direct or speaker is None:
            self._finish(utterance)
            return
        utterance.tried_direct = True
        # The phrase's length at this rate, twice over, plus start-up: then it is stuck.
        seconds = len(utterance.text.split()) / (self.settings.rate / 60) * 2 + 3
        request = speaker.say(utterance.text, round(seconds * 1000))
        now = time.monotonic()
        self.sounding.emit(now, now + seconds)  # its true length is unknown: the generous estimate
        if speaker.is_pending(request):
            self._waiting_direct[request] = utterance

    def _direct_speaker(self) -> SynthClient | None:
        if self._speaker is None:
            self._speaker = SynthClient("speak", self._command, self, voice=self.settings.voice,
                                        rate=self.settings.rate, volume=self.settings.volume, language=self.language)
            self._speaker.done.connect(self._on_said)
            self._speaker.failed.connect(self._on_said)
            self._speaker.unavailable.connect(self._on_engine_unavailable)
        return self._speaker if self._speaker.available else None

    def _on_said(self, request: int, *_failure: object) -> None:
        utterance = self._waiting_direct.pop(request, None)
        if utterance is not None:
            self._finish(utterance)

    def _on_engine_unavailable(self, why: str) -> None:
        self._trouble = False
        if why.startswith(NO_VOICE):  # nothing is broken: this language has no voice here
            self._set_note(self.tr("Captions only: {why}.").format(why=why))
        else:
            self._set_note(self.tr("The voice is not working ({why}). Follow the captions.").format(why=why))
        current = self._current
        if current is not None and not self.can_speak:
            self._finish(current)

    def _on_engine_trouble(self, why: str) -> None:
        self._trouble = True
        current = self._current
        if current is not None and current in self._waiting_file.values():
            self._finish(current)
        self._set_note(self.tr("The voice is not answering ({why}); restarting it.").format(why=why))

    def _on_engine_ready(self) -> None:
        if self._trouble:
            self._trouble = False
            self._set_note(self._no_output_note() if self._known_output is False else "")

    def _no_output_note(self) -> str:
        return self.tr("No sound output found: the voice may be silent. Follow the captions.")

    def _set_note(self, note: str) -> None:
        if note != self.note:
            self.note = note
            if note:
                _log.warning("%s", note)
            self.note_changed.emit(note)
