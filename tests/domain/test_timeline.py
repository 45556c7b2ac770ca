"""The compiled timeline: structure, words, cues, steps and its JSON contract."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest

from coach.domain.compiler import SAFETY_LINE
from coach.domain.routine import Level
from coach.domain.timeline import SegmentKind

from .routines import of_exercise, timeline

ALL = [(r, level) for r in ("lower-back", "cat-stretch") for level in Level]


@pytest.mark.parametrize(("routine_id", "level"), ALL)
def test_segments_are_numbered_and_back_to_back(routine_id, level):
    tl = timeline(routine_id, level)
    clock = 0.0
    for i, segment in enumerate(tl.segments):
        assert segment.index == i
        assert segment.start == pytest.approx(clock)
        assert segment.seconds > 0
        clock += segment.seconds
    assert tl.total_seconds == pytest.approx(clock)


@pytest.mark.parametrize(("routine_id", "level"), ALL)
def test_every_placeholder_is_filled_and_every_text_is_short(routine_id, level):
    for segment in timeline(routine_id, level).segments:
        for text in (segment.say, segment.caption, *(c.say for c in segment.cues)):
            assert text and "{" not in text and "}" not in text
            assert len(text) < 300, "long texts are hard to follow and can crash espeak"


def test_opens_with_the_routine_and_the_safety_line_and_ends_done():
    tl = timeline("lower-back")
    first, last = tl.segments[0], tl.segments[-1]
    assert first.kind is SegmentKind.ANNOUNCE and first.exercise is None
    assert first.say.startswith("Lower-back routine. 5 exercises, about 20 minutes.")
    assert SAFETY_LINE in first.say and first.caption == SAFETY_LINE, "the safety line is said and shown"
    assert last.kind is SegmentKind.DONE and last.exercise is None
    assert [s.kind for s in tl.segments].count(SegmentKind.DONE) == 1


def test_each_exercise_is_announced_with_its_place_then_its_setup():
    tl = timeline("lower-back")
    announcements = [s for s in tl.segments if s.kind is SegmentKind.ANNOUNCE and s.exercise]
    assert [s.say.split(":")[0] for s in announcements] == [f"Exercise {n} of 5" for n in range(1, 6)]
    bridge = of_exercise(tl, "bridge")
    assert [s.kind for s in bridge[:4]] == [SegmentKind.ANNOUNCE] + [SegmentKind.INSTRUCT] * 3


def test_single_exercise_routine_does_not_say_its_name_twice():
    tl = timeline("cat-stretch")
    assert tl.segments[0].say.startswith("Cat stretch. About 1 minute.")
    assert "Cat stretch" not in tl.segments[1].say and tl.segments[1].caption == "Cat stretch"


def test_reps_are_counted_aloud_and_the_last_one_is_named():
    lifts = [s for s in of_exercise(timeline("lower-back"), "bridge", SegmentKind.MOVE) if s.round == 1]
    starts = [s.say for s in lifts if s.caption == "Lift your hips"]
    assert starts[0] == "One. Lift" and starts[6] == "Seven. Lift" and starts[-1] == "Last one. Lift"
    assert len(starts) == 15


def test_rounds_are_announced_and_rests_warn_ten_seconds_before_the_end():
    tl = timeline("lower-back")
    intros = [s.say for s in of_exercise(tl, "bridge", SegmentKind.INSTRUCT) if s.round]
    assert intros == [f"Round {n} of 3. 15 reps." for n in (1, 2, 3)]
    rest = of_exercise(tl, "bridge", SegmentKind.REST)[0]
    assert rest.say == "Rest for 1 minute. Round 2 of 3 is next."
    assert [(c.at, c.say) for c in rest.cues] == [(50.0, "10 seconds left.")]


def test_the_side_switch_is_announced_before_the_other_sides_reps():
    tl = timeline("lower-back")
    segments = of_exercise(tl, "knee-to-chest")
    switches = [s for s in segments if s.kind is SegmentKind.SWITCH]
    assert [(s.side, s.say) for s in switches] == [("right", "Switch sides. Now your right knee. 3 reps.")]
    after = segments[segments.index(switches[0]) + 1]
    assert after.side == "right" and after.rep == 1 and "right knee" in after.say
    leg_lift_switches = [s for s in of_exercise(tl, "side-leg-lift") if s.kind is SegmentKind.SWITCH]
    assert len(leg_lift_switches) == 5  # left->right in each round, right->left after each rest
    assert "Lie on your right side" in leg_lift_switches[1].say and "lift your left leg" in leg_lift_switches[1].say


def test_only_spoken_instructions_are_speech_gated():
    gated = {s.kind for s in timeline("lower-back").segments if s.speech_gated}
    assert gated == {SegmentKind.ANNOUNCE, SegmentKind.INSTRUCT, SegmentKind.SWITCH, SegmentKind.DONE}


def test_a_reps_phases_share_one_step_and_other_segments_have_their_own():
    tl = timeline("lower-back")
    rep = [s for s in tl.segments if s.exercise == "bridge" and s.round == 2 and s.rep == 7]
    assert len(rep) == 3 and len({s.step for s in rep}) == 1
    steps = [s.step for s in tl.segments]
    assert steps == sorted(steps) and steps[0] == 0
    assert all(b - a in (0, 1) for a, b in pairwise(steps))
    for s in tl.segments:
        if s.kind not in (SegmentKind.MOVE, SegmentKind.HOLD):
            assert steps.count(s.step) == 1


def test_json_contract():
    data = json.loads(json.dumps(timeline("cat-stretch").to_json()))
    assert {"routine", "level", "total_seconds", "segments"} <= set(data)
    assert data["routine"] == "cat-stretch" and data["level"] == "standard"
    for segment in data["segments"]:
        assert {"index", "kind", "exercise", "side", "round", "rep", "seconds", "say"} <= set(segment)
    assert sum(s["seconds"] for s in data["segments"]) == pytest.approx(data["total_seconds"])


@pytest.mark.parametrize(("routine_id", "level"), ALL)
def test_the_words_of_a_timed_segment_fit_in_it(routine_id, level):
    """A rep phase keeps its beat: words longer than the phase would be cut by the next one."""
    from coach.domain.spoken import speaking_seconds

    for segment in timeline(routine_id, level).segments:
        if not segment.speech_gated:
            assert speaking_seconds(segment.say) <= segment.seconds, (segment.say, segment.seconds)
