"""What a session asks of the voice, with a recording stand-in for the speech service."""

from __future__ import annotations

from coach.domain.timeline import SegmentKind
from coach.ui.session.session_voice import SessionVoice

from ..recording_speech import RecordingSpeech


def test_every_segment_is_said_and_only_real_holds_chime(coach):
    coach.controller.runner.start("lower-back")
    speech = RecordingSpeech()
    SessionVoice(coach.driver, speech, coach.controller)
    timeline = coach.driver.player.timeline
    rotation_hold = next(s for s in timeline.segments if s.exercise == "rotation" and s.kind is SegmentKind.HOLD)
    coach.advance_to_segment(rotation_hold.index + 1)
    said = [text for kind, text in speech.asked if kind == "say"]
    last = rotation_hold.index + 1
    expected = [words for s in timeline.segments[1:last] for words in [s.say, *(c.say for c in s.cues if c.say)]]
    assert said == [*expected, timeline.segments[last].say], "every segment's words, then its cues, in order"
    chimes = [text for kind, text in speech.asked if kind == "chime"]
    # Knee-to-chest: 3 holds of 5 s a side; rotation: one hold of 8 s so far. Bridge squeezes (2 s) never chime.
    assert chimes.count("hold_start") == 7 and chimes.count("hold_end") == 7
    assert chimes.count("exercise_done") == 2  # after the bridge and after knee-to-chest


def test_pausing_silences_and_releases_a_waiting_segment(coach):
    coach.controller.runner.start("cat-stretch")
    speech = RecordingSpeech()
    SessionVoice(coach.driver, speech, coach.controller)
    coach.driver.set_wait_for_speech(True)
    coach.controller.runner.toggle_pause()
    assert speech.asked[-1] == ("stop", None)
    coach.controller.runner.toggle_pause()
    coach.advance(coach.driver.player.segment.seconds)
    assert coach.driver.player.index == 1, "the cut words are not waited for"
