"""Which of the engine's voices speaks a language, when the person has not chosen one.

Each engine names a voice's languages its own way: espeak-ng "de" or "es-419",
Windows (SAPI5) "de-DE", macOS "de_DE". All are read as locale tags
(coach.domain.languages.language_of). A voice for the language itself ("es")
beats a regional one ("es-419"); otherwise the engine's order decides. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.domain.languages import ENGLISH, LANGUAGES, language_of
from coach.speech.engine_types import VoiceInfo


NO_VOICE = "no voice for "  # how the message starts: the app's note tells it from other engine failures


class NoVoiceForLanguage(Exception):
    """The engine has no voice for the language asked for: the session goes on with captions only."""


def voice_for_language(voices: Sequence[VoiceInfo], language: str) -> VoiceInfo | None:
    """The voice to speak ``language`` with, or None if the engine has none."""
    candidates = []
    for order, voice in enumerate(voices):
        tags = [tag for tag in voice.languages if language_of(tag) == language]
        if tags:
            exact = any(tag.strip().lower() == language for tag in tags)
            candidates.append((not exact, min(len(tag) for tag in tags), order, voice))
    return min(candidates, key=lambda c: c[:3])[3] if candidates else None


def choose_voice(voices: Sequence[VoiceInfo], chosen: str | None, language: str | None) -> str | None:
    """The voice id to use: the person's choice, else the language's voice, else the engine's default (None).

    English keeps the engine's default voice, as before languages existed. Any
    other language without a voice raises NoVoiceForLanguage: an English voice
    reading Thai would be noise, so the session shows captions instead.
    """
    if chosen or not language or language == ENGLISH:
        return chosen or None
    voice = voice_for_language(voices, language)
    if voice is None:
        name = LANGUAGES.get(language, language)
        raise NoVoiceForLanguage(f"{NO_VOICE}{name} ({language}) is installed (on Linux, espeak-ng has one; on "
                                 "Windows or macOS, add one in the system's speech settings)")
    return voice.id
