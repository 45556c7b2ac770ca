"""The likelihood-ratio check: a command said alone fits nearly as well as free phones; a near-miss does not."""

from __future__ import annotations

import pytest

from coach.listening import confidence
from coach.listening.commands import Command
from coach.listening.confidence import Decoded, ratio
from coach.listening.recogniser import Recogniser

from .conftest import pcm_of
from .test_recogniser import heard_in


def test_the_ratio_is_the_score_difference_per_frame():
    assert ratio(Decoded("pause", -0.5, 100), Decoded("P AO Z", -0.3, 100)) == pytest.approx(-2.0)
    assert ratio(Decoded("pause", -0.3, 50), Decoded("P AO Z", -0.5, 50)) == pytest.approx(4.0)


def test_a_command_that_fits_worse_than_the_threshold_is_not_confident():
    phones = Decoded("P AO Z", -0.3, 100)
    assert confidence.confident(Decoded("pause", -0.3 + confidence.MIN_RATIO / 1000 * 100 + 1e-6, 100), phones)
    assert not confidence.confident(Decoded("pause", -0.3 + confidence.MIN_RATIO / 1000 * 100 - 1e-3, 100), phones)


def test_an_unknown_hypothesis_has_the_lowest_score():
    class Nothing:
        def activate_search(self, name): pass
        def start_utt(self): pass
        def process_raw(self, audio, full_utt): pass
        def end_utt(self): pass
        def hyp(self): return None
        def n_frames(self): return 7

    assert confidence.decode(Nothing(), b"", "phones") == Decoded("", float("-inf"), 7)


@pytest.mark.slow
def test_the_recogniser_drops_a_command_the_check_rejects(spoken, monkeypatch):
    """The same clip is heard with the check and not when no ratio is good enough: the check is consulted."""
    recogniser = Recogniser()
    pcm = pcm_of(spoken("pause"))
    assert [h.command for h in heard_in(recogniser, pcm)] == [Command.PAUSE]
    monkeypatch.setattr(confidence, "MIN_RATIO", float("inf"))
    assert heard_in(recogniser, pcm) == []
