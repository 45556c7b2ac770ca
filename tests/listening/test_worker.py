"""The recogniser's worker protocol: the wake phrase is switched by a packet, and "hey coach" alone is reported."""

from __future__ import annotations

import io
import itertools
import json
import subprocess

import pytest

from coach.listening.worker import AT_EVERY_SECONDS, answers_packet, packet, serve, wake_packet

from .conftest import pcm_of

pytestmark = pytest.mark.slow  # loads the model and decodes speech


def replies_to(requests: bytes) -> list[dict]:
    replies = io.StringIO()
    assert serve(io.BytesIO(requests), replies, "checked") == 0
    return [json.loads(line) for line in replies.getvalue().splitlines()]


def test_with_the_wake_word_on_coach_alone_arms_and_a_bare_command_follows(spoken, tmp_path):
    joined = tmp_path / "two.wav"
    subprocess.run(["sox", "-R", str(spoken("hey coach", "kal16")), str(spoken("pause", "kal16", lead=0.6)),
                    str(joined)], check=True, capture_output=True)
    pcm = pcm_of(joined)
    replies = replies_to(wake_packet(True) + b"".join(packet(pcm[i:i + 3200], False)
                                                        for i in range(0, len(pcm), 3200)))
    said = [r for r in replies if r["op"] in ("armed", "heard")]
    assert [r["op"] for r in said] == ["armed", "heard"]
    assert 3.0 < said[0]["seconds"] <= 4.0 and said[1]["command"] == "pause"


def test_the_worker_starts_without_the_wake_word_and_can_be_switched(spoken):
    pcm = pcm_of(spoken("pause"))
    audio = b"".join(packet(pcm[i:i + 3200], False) for i in range(0, len(pcm), 3200))
    heard = [r["command"] for r in replies_to(audio) if r["op"] == "heard"]
    assert heard == ["pause"]
    assert [r for r in replies_to(wake_packet(True) + audio) if r["op"] == "heard"] == []


def test_a_wake_packet_of_the_wrong_length_is_out_of_step():
    bad = wake_packet(True)[:1] + (2).to_bytes(4, "little") + b"\x01\x01"
    assert replies_to_failing(bad)[-1]["op"] == "fatal"


def replies_to_failing(requests: bytes) -> list[dict]:
    replies = io.StringIO()
    assert serve(io.BytesIO(requests), replies, "checked") == 1
    return [json.loads(line) for line in replies.getvalue().splitlines()]


def test_an_answers_packet_turns_yes_and_no_off_and_on(spoken):
    pcm = pcm_of(spoken("yes", "rms"))
    audio = b"".join(packet(pcm[i:i + 3200], False) for i in range(0, len(pcm), 3200))
    assert [r["command"] for r in replies_to(audio) if r["op"] == "heard"] == ["yes"], "on until told"
    assert [r for r in replies_to(answers_packet(False) + audio) if r["op"] == "heard"] == []
    heard = replies_to(answers_packet(False) + answers_packet(True) + audio)
    assert [r["command"] for r in heard if r["op"] == "heard"] == ["yes"]


def test_the_watchdogs_pulse_comes_every_half_second_of_audio_not_every_packet():
    """Two seconds of silence in 50 ms packets: four pulses, not forty (each one wakes the app's process)."""
    silence = bytes(2 * 16_000 * 2)
    replies = replies_to(b"".join(packet(silence[i:i + 1600], False) for i in range(0, len(silence), 1600)))
    pulses = [r["seconds"] for r in replies if r["op"] == "at"]
    assert len(pulses) in (3, 4) and pulses[-1] >= 1.5
    assert all(later - earlier >= AT_EVERY_SECONDS - 0.001 for earlier, later in itertools.pairwise(pulses))
