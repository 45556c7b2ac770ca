"""The recogniser with the room's noise taken out of each utterance (coach.listening.denoise), on Flite's voices."""

from __future__ import annotations

import math
import subprocess

import pytest

from coach.listening import denoise
from coach.listening import recogniser as recogniser_module
from coach.listening.commands import Command
from coach.listening.recogniser import Recogniser
from coach.listening.wake import WakePhrase

from .conftest import pcm_of

pytestmark = pytest.mark.slow  # loads the model (about a second) and decodes speech


def heard_with_hey_coach(audio):
    """The commands a new recogniser hears (the decoder's state after other clips moves results this close)."""
    recogniser = Recogniser(wake_word=True, wake_phrase=WakePhrase.of("hey coach"))
    pcm = pcm_of(audio)
    return [h.command for i in range(0, len(pcm), 3200) for h in recogniser.feed(pcm[i:i + 3200])] + \
        [h.command for h in recogniser.finish()]


@pytest.mark.parametrize("voice, phrase, command", [("slt", "hey coach next", Command.NEXT),
                                                    ("rms", "hey coach next", Command.NEXT),
                                                    ("awb", "hey coach go on", Command.RESUME)])
def test_with_hey_coach_a_command_in_loud_steady_noise_is_heard(spoken, tmp_path, monkeypatch, voice, phrase, command):
    """Pink noise about 10 dB under the voice, there long before it: the room's noise is taken out of the utterance
    before it is decoded (coach.listening.denoise). Without that, none of these is heard by the rules before the
    loudness of the word after the phrase was checked (rms's is heard with that check alone)."""
    fan, noisy = tmp_path / "fan.wav", tmp_path / "noisy.wav"
    subprocess.run(["sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", str(fan), "synth", "6", "pinknoise",
                    "vol", "0.1"], check=True, capture_output=True)
    subprocess.run(["sox", "-R", "-m", "-v", "1", str(spoken(phrase, voice, lead=3.0)), "-v", "1.0", str(fan),
                    str(noisy), "trim", "0", "5.0"], check=True, capture_output=True)

    assert heard_with_hey_coach(noisy) == [command]
    monkeypatch.setattr(denoise, "subtract", lambda audio, noise_power: audio)
    monkeypatch.setattr(recogniser_module, "word_follows", lambda audio, wake_path, phrase: False)
    assert heard_with_hey_coach(noisy) == []


def test_only_the_room_s_steady_sound_is_taken_out_not_an_echo_s_tail(spoken, tmp_path, monkeypatch):
    """"Hey coach", a pause, "next", in a living room's echo (sox's reverb at 30 %). Between utterances the echo's tail
    and the first frames of speech are louder than the room's floor; taken for the room's noise and subtracted, they
    left "hey coach" alone heard as "hey coach wait": a command nobody gave."""
    joined, echoing = tmp_path / "two.wav", tmp_path / "echo.wav"
    subprocess.run(["sox", "-R", str(spoken("hey coach", "awb")), str(spoken("next", "awb", lead=0.6)), str(joined)],
                   check=True, capture_output=True)
    subprocess.run(["sox", "-R", str(joined), str(echoing), "reverb", "30"], check=True, capture_output=True)
    assert heard_with_hey_coach(echoing) == [Command.NEXT]
    monkeypatch.setattr(denoise, "STEADY_DB", math.inf)
    assert heard_with_hey_coach(echoing) == [Command.PAUSE]
