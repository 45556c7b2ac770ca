"""The real engine (pyttsx3 + espeak-ng) in German, Spanish and Thai: each language's voice, audible, in time.

As tests/speech/test_engine_espeak.py does for English: every phrase of
``lower-back`` becomes audible speech in the language's own voice, and each
spoken segment and cue fits its time (measured on the WAV, not estimated).
"""

from __future__ import annotations

import pytest

from coach.domain.compiler import CueOptions, compile_timeline
from coach.domain.languages import LANGUAGES as SUPPORTED
from coach.domain.routine import Level
from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.speech.engine import Engine, SpeechEngineError
from coach.speech.engine_types import VoiceInfo
from coach.speech.voice_choice import choose_voice
from coach.ui.session.session_voice import phrases_of

from .test_engine_espeak import MIN_SECONDS, RMS_FLOOR, duration_and_rms

LANGUAGES = [code for code in SUPPORTED if code != "en"]
# espeak-ng's voice for each language (`backcoach voices`); a new language adds its own.
ESPEAK_VOICES = {"de": "gmw/de", "es": "roa/es", "th": "tai/th"}


def timelines(language: str):
    catalogue = load_catalogue(builtin_routines_dir(), None, language)
    assert catalogue.problems == []
    options = CueOptions(counts=True, countdown=True, rest_ticks=True)
    return [compile_timeline(catalogue.routines["lower-back"], level, options, language) for level in Level]


@pytest.fixture(scope="module", params=LANGUAGES)
def spoken(request, tmp_path_factory):
    """(language, {phrase: seconds spoken}) for every phrase of lower-back at every level."""
    language = request.param
    engine = Engine("file", language=language)
    folder = tmp_path_factory.mktemp(language)
    measured = {}
    for number, phrase in enumerate(sorted({p for tl in timelines(language) for p in phrases_of(tl)})):
        path = folder / f"{number}.wav"
        engine.synthesize(phrase, path)
        measured[phrase] = duration_and_rms(path)
    return language, measured


def test_the_engine_picks_the_languages_own_voice():
    engine = Engine("file")
    voices = engine.voices()
    for language in LANGUAGES:
        assert choose_voice(voices, None, language) == ESPEAK_VOICES[language]
    assert choose_voice(voices, "gmw/en-us", "th") == "gmw/en-us"  # the person's choice wins


def test_every_phrase_is_audible_speech(spoken):
    language, measured = spoken
    assert len(measured) > 60
    quiet = [(phrase, round(seconds, 2), round(rms)) for phrase, (seconds, rms) in measured.items()
             if seconds <= MIN_SECONDS or rms <= RMS_FLOOR]
    assert quiet == [], language


def test_every_phrase_fits_its_time(spoken):
    """A cue is said before the next one is due; a spoken segment within the seconds it was planned for."""
    language, measured = spoken
    too_long = []
    for timeline in timelines(language):
        for segment in timeline.segments:
            if segment.say and measured[segment.say][0] > segment.seconds:
                too_long.append((segment.kind.value, segment.say, segment.seconds, round(measured[segment.say][0], 2)))
            for cue, next_at in zip(segment.cues, [*(c.at for c in segment.cues[1:]), segment.seconds], strict=False):
                if cue.say and measured[cue.say][0] > next_at - cue.at:
                    too_long.append(("cue", cue.say, next_at - cue.at, round(measured[cue.say][0], 2)))
    assert sorted(set(too_long)) == [], language


def test_a_language_without_a_voice_is_refused_plainly():
    """The worker then answers "fatal" and the app shows captions, saying why (coach/speech/service.py)."""
    voices = [VoiceInfo("gmw/en", "English", ("en-gb",))]
    with pytest.raises(Exception, match=r"^no voice for ไทย \(th\) is installed \(on Linux, espeak-ng has one"):
        choose_voice(voices, None, "th")
    assert choose_voice(voices, None, "en") is None  # English keeps the engine's default voice
    with pytest.raises(SpeechEngineError, match="no voice for"):
        _engine_without_voices("th")


def _engine_without_voices(language: str) -> Engine:
    import pyttsx3

    real_init = pyttsx3.init

    def init(*args, **kwargs):
        engine = real_init(*args, **kwargs)
        get = engine.getProperty
        engine.getProperty = lambda name: [] if name == "voices" else get(name)
        return engine

    pyttsx3.init = init
    try:
        return Engine("file", language=language)
    finally:
        pyttsx3.init = real_init
