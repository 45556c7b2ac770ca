"""The fit check: a command said alone fits the grammar's path closely; a different phrase forced onto it does not."""

from __future__ import annotations

import pytest

from coach.listening import confidence
from coach.listening.commands import Command
from coach.listening.confidence import Decoded, Segment, fit
from coach.listening.recogniser import Recogniser

from .conftest import pcm_of
from .test_recogniser import heard_in


def test_the_fit_is_the_score_per_frame():
    assert fit(Decoded("pause", -0.5, 100)) == pytest.approx(-5.0)
    assert fit(Decoded("pause", -0.2, 50)) == pytest.approx(-4.0)


def test_the_margin_is_one_paths_score_over_anothers_per_frame():
    assert confidence.margin(Decoded("coach pause", -0.25, 100), Decoded("go to the us", -0.5, 100)) == \
        pytest.approx(2.5)
    assert confidence.margin(Decoded("coach", -0.25, 100), Decoded("", -1.0, 100)) == float("inf")
    assert confidence.margin(Decoded("", -0.25, 100), Decoded("next time", -1.0, 100)) == float("-inf")


def test_a_command_that_fits_worse_than_the_threshold_is_not_confident():
    at = confidence.MIN_FIT / 1000 * 100
    assert confidence.confident(Decoded("pause", at + 1e-6, 100))
    assert not confidence.confident(Decoded("pause", at - 1e-3, 100))


def test_the_weakest_fit_is_the_worst_word_of_those_asked_for_per_frame():
    decoded = Decoded("hey coach pause", -0.3, 100, (Segment("hey", 20, -40.0), Segment("coach", 30, -90.0),
                                                     Segment("pause", 50, -500.0)))
    assert confidence.weakest_fit(decoded, ("hey", "coach")) == pytest.approx(-3.0)
    assert confidence.weakest_fit(decoded, ("hey",)) == pytest.approx(-2.0)
    assert confidence.weakest_fit(decoded, ("hey", "there")) == float("-inf")
    assert confidence.weakest_fit(Decoded("hey coach", -0.3, 100), ("hey", "coach")) == float("-inf")


@pytest.mark.slow
def test_a_decode_keeps_its_words_segments_without_fillers_when_asked(recogniser, spoken):
    """The wake grammar's path of real "hey coach pause": its three words, their frames inside the utterance's,
    each scored per frame below 0 (against each frame's best senone)."""
    audio = pcm_of(spoken("hey coach pause"))
    decoder = recogniser._decoder
    decoded = confidence.decode(decoder, audio, "wake_commands", segments=True)
    assert decoded.words == "hey coach pause"
    assert [segment.word for segment in decoded.segments] == ["hey", "coach", "pause"]
    assert sum(segment.frames for segment in decoded.segments) < decoded.frames
    assert all(-10.0 < segment.fit < 0.0 for segment in decoded.segments)
    assert confidence.decode(decoder, audio, "wake_commands").segments == ()


@pytest.mark.slow
def test_a_decode_measures_how_long_its_words_took_without_the_silence_around_them(recogniser, spoken):
    """Half a second of silence before "stop the session" and 0.8 s after: its words' span leaves both out."""
    audio = pcm_of(spoken("stop the session", lead=0.5, tail=0.8))
    decoder = recogniser._decoder
    decoded = confidence.decode(decoder, audio, "commands", segments=True)
    assert decoded.words == "stop the session"
    assert decoded.spoken_seconds is not None
    assert 0.6 < decoded.spoken_seconds < len(audio) / (2 * 16_000) - 1.0
    assert confidence.decode(decoder, audio, "commands").spoken_seconds is None


def test_no_hypothesis_is_the_worst_fit():
    class Nothing:
        def activate_search(self, name): ...
        def start_utt(self): ...
        def process_raw(self, audio, full_utt): ...
        def end_utt(self): ...
        def hyp(self): return None
        def n_frames(self): return 7

    decoded = confidence.decode(Nothing(), b"", "commands")
    assert decoded == Decoded("", float("-inf"), 7)
    assert not confidence.confident(decoded)


@pytest.fixture(scope="module")
def recogniser():
    return Recogniser()


@pytest.mark.slow
def test_the_recogniser_consults_the_check(recogniser, spoken, monkeypatch):
    """The same clip is heard with the check, and not when no fit is good enough."""
    pcm = pcm_of(spoken("pause"))
    assert [h.command for h in heard_in(recogniser, pcm)] == [Command.PAUSE]
    monkeypatch.setattr(confidence, "MIN_FIT", 0.0)
    assert heard_in(recogniser, pcm) == []


@pytest.mark.slow
@pytest.mark.parametrize("sentence, voice", [("Come in.", "awb"), ("Thank you.", "awb"), ("Answer it.", "rms"),
                                             ("Kettle's on.", "awb")])
def test_a_short_sentence_the_word_count_lets_through_fails_the_fit(recogniser, spoken, monkeypatch, sentence, voice):
    """From the long distractor set (bench/listening_distractors.py): the grammar forced "continue" or "go on"
    onto these and the language model heard two words, which a short utterance may; only the fit drops them."""
    pcm = pcm_of(spoken(sentence, voice=voice))
    assert heard_in(recogniser, pcm) == []
    monkeypatch.setattr(confidence, "MIN_FIT", float("-inf"))
    assert len(heard_in(recogniser, pcm)) == 1
