"""The mute gate: the app's own sound, plus a tail, is never decoded."""

from __future__ import annotations

from coach.listening.gate import MuteGate


def test_audio_inside_or_near_a_span_is_muted():
    gate = MuteGate(tail=0.3, lead=0.05)
    gate.sounding(10.0, 12.0)
    assert gate.muted(11.0, 11.1)
    assert gate.muted(12.2, 12.25)  # within the tail: the room's echo
    assert gate.muted(9.9, 9.97)  # within the lead
    assert not gate.muted(12.31, 12.4)
    assert not gate.muted(9.0, 9.9)


def test_a_cut_sound_ends_early_with_its_tail():
    gate = MuteGate(tail=0.3, lead=0.0)
    gate.sounding(10.0, 20.0)
    gate.cut(11.0)
    assert gate.muted(11.2, 11.25)
    assert not gate.muted(11.4, 11.5)


def test_a_cut_forgets_sounds_that_had_not_started():
    gate = MuteGate(tail=0.3, lead=0.0)
    gate.sounding(15.0, 16.0)
    gate.cut(11.0)
    assert not gate.muted(15.2, 15.3)


def test_old_spans_are_forgotten():
    gate = MuteGate(tail=0.0, lead=0.0)
    gate.sounding(1.0, 2.0)
    gate.sounding(5.0, 6.0)
    gate.forget_before(3.0)
    assert not gate.muted(1.5, 1.6)
    assert gate.muted(5.5, 5.6)
