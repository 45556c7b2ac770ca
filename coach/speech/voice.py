"""The voice as the rest of the app sees it: its settings, and the small interface it plays.

``VoiceSettings`` is a plain value: the speech side defines it, storage only reads and
writes it (``[voice]`` in settings.toml), so neither package needs the other's code.
``Voice`` is what a session and the screens ask of a voice; coach/speech/service.py's
SpeechService plays it, and a test can play it with a stand-in. Nothing here loads Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

DEFAULT_RATE = 175  # words a minute; espeak's own default (200) is brisk for someone on the floor
MIN_RATE, MAX_RATE = 80, 320


@dataclass(frozen=True)
class VoiceSettings:
    """How Back Coach speaks.

    Attributes:
        voice: the engine's voice id, or None for the engine's default.
        rate: words a minute.
        volume: 0.0-1.0.
        muted: say nothing (captions and chimes go on).
        counts: say rep counts ("seven").
        countdown: say "3, 2, 1" before a hold ends.
        chimes: chime at the start and end of holds and after each exercise.
        rest_ticks: soft ticks in the last seconds of a rest.
        listen: voice commands during a session (coach.listening); off until the person turns it on.
        wake_word: commands need "Hey coach" first ("Hey coach, pause"; coach.listening.wake). On by default:
            without it short talk in the room ("Next time.", "Wait here.") is taken for a command hundreds of
            times an hour, with it a few times (BENCHMARKS.md §11), for a little less recall. "yes" and "no"
            answer the stop question without it.
    """

    voice: str | None = None
    rate: int = DEFAULT_RATE
    volume: float = 0.9
    muted: bool = False
    counts: bool = True
    countdown: bool = True
    chimes: bool = True
    rest_ticks: bool = False
    listen: bool = False
    wake_word: bool = True


class Voice(Protocol):
    """What a session and the screens ask of the voice; it never blocks the caller.

    Attributes:
        settings: the voice settings in force (change them with ``apply``).
        note: "" when the voice works, else a short explanation for the screen.

    Signals:
        finished(object): the words for this token have been said (or skipped: muted, failed).
        note_changed(str): the note changed.
        prepare_progress(int, int): phrases ready, phrases wanted.
        voices_listed(list): the engine's voices (VoiceInfo), after ``list_voices()``.
        sounding(float, float): the voice or a chime sounds from, to (time.monotonic() seconds),
            so voice control can ignore the microphone then.
        silenced(float): what was sounding was cut at this moment (time.monotonic()).
    """

    settings: VoiceSettings
    note: str
    finished: SignalInstance
    note_changed: SignalInstance
    prepare_progress: SignalInstance
    voices_listed: SignalInstance
    sounding: SignalInstance
    silenced: SignalInstance

    @property
    def can_speak(self) -> bool:
        """Whether speech is worth waiting for: not muted, and some way of sounding works."""
        ...

    def speak(self, text: str, token: object = None) -> None:
        """Say ``text`` now, cutting whatever is being said; ``finished(token)`` follows."""
        ...

    def chime(self, name: str) -> None:
        """Play a cue sound (hold_start, hold_end, exercise_done, tick), if chimes are on."""
        ...

    def stop(self) -> None:
        """Silence at once (pause, skip, back, stop)."""
        ...

    def prepare(self, phrases: Iterable[str]) -> None:
        """Get these phrases ready ahead of time, so each sounds at once when said."""
        ...

    def list_voices(self) -> None:
        """Ask for the engine's voices; ``voices_listed`` answers."""
        ...

    def check_output(self) -> bool:
        """Whether there is a sound output; without one, ``note`` says so (loads the sound system)."""
        ...

    def apply(self, settings: VoiceSettings) -> None:
        """Speak with these settings from now on."""
        ...

    def set_language(self, language: str | None) -> None:
        """Say phrases in this language's voice from now on (a voice the person chose still wins)."""
        ...

    def shutdown(self) -> None:
        """Stop for good (the app is quitting): silence, and end any worker processes."""
        ...
