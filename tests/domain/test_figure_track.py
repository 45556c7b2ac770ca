"""FigureTrack: which figure, pose and side the window shows in each segment of a session.

During a rep the figure must move in step with the voice: a MOVE segment runs
from the pose its phase starts in to the pose it ends in, a HOLD stands still.
Between reps (announcing, explaining, resting, switching sides) the figure
stands in the start pose of what comes next, so the person can get into it.
The other side is drawn mirrored. A figure that cannot be in step with a
routine (no figure, or a tempo with a different number of phases) is shown
still, or not at all, rather than moving out of step with what is said.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.domain.compiler import compile_timeline
from coach.domain.figure import JOINTS, distance
from coach.domain.figure_exercise import Joints
from coach.domain.figure_loader import load_figures
from coach.domain.figure_track import FigureTrack
from coach.domain.routine import Level
from coach.domain.routine_loader import load_routine_file
from coach.domain.timeline import Segment, SegmentKind, Timeline
from coach.resources import builtin_routines_dir, figures_dir

from .routines import of_exercise, timeline

FIGURES = load_figures(figures_dir())
TIMELINE = timeline("lower-back", Level.STANDARD)
TRACK = FigureTrack(TIMELINE, FIGURES)
SETUP_KINDS = (SegmentKind.REST, SegmentKind.ANNOUNCE, SegmentKind.INSTRUCT, SegmentKind.SWITCH)


def same(a: Joints, b: Joints) -> bool:
    return max(distance(a[joint], b[joint]) for joint in JOINTS) <= 0.01


def phase_numbers(tl: Timeline) -> dict[int, int]:
    """Segment index -> which phase of its rep it is (the phases of a rep share a step)."""
    numbers: dict[int, int] = {}
    for segment in tl.segments:
        if segment.kind in (SegmentKind.MOVE, SegmentKind.HOLD):
            previous = tl.segments[segment.index - 1]
            same_rep = previous.index in numbers and previous.step == segment.step
            numbers[segment.index] = numbers[previous.index] + 1 if same_rep else 0
    return numbers


PHASES = phase_numbers(TIMELINE)
REP_SEGMENTS = [s for s in TIMELINE.segments if s.index in PHASES]


def start_pose(exercise_id: str) -> Joints:
    figure = FIGURES[exercise_id]
    return figure.key_joints(figure.start)


def test_every_exercise_is_animated_and_every_rep_has_as_many_phases_as_its_figure():
    assert {s.exercise for s in REP_SEGMENTS} == set(FIGURES)
    assert all(TRACK.is_animated(e) and TRACK.has_figure(e) for e in FIGURES)
    for segment in REP_SEGMENTS:
        assert PHASES[segment.index] < len(FIGURES[segment.exercise].phases)


@pytest.mark.parametrize("exercise_id", sorted(FIGURES))
def test_a_move_runs_from_the_phase_start_pose_to_its_key_pose_and_shows_where_it_goes(exercise_id):
    figure = FIGURES[exercise_id]
    moves = of_exercise(TIMELINE, exercise_id, SegmentKind.MOVE)
    assert moves
    for segment in moves:
        from_name, to_name = figure.phase_poses(PHASES[segment.index])
        start, end = TRACK.frame(segment, 0.0), TRACK.frame(segment, 1.0)
        assert TRACK.moves(segment), segment
        assert start.figure is figure and end.figure is figure
        assert same(start.joints, figure.key_joints(from_name)), segment
        assert same(end.joints, figure.key_joints(to_name)), segment
        assert start.target is not None and same(start.target, figure.key_joints(to_name)), segment


@pytest.mark.parametrize("exercise_id", sorted(FIGURES))
def test_a_hold_stands_still_in_its_key_pose(exercise_id):
    figure = FIGURES[exercise_id]
    holds = of_exercise(TIMELINE, exercise_id, SegmentKind.HOLD)
    assert holds
    for segment in holds:
        key = figure.key_joints(figure.phases[PHASES[segment.index]])
        assert not TRACK.moves(segment), segment
        for progress in (0.0, 0.5, 1.0):
            frame = TRACK.frame(segment, progress)
            assert frame.target is None and same(frame.joints, key), (segment, progress)


def test_halfway_through_the_bridge_lift_the_hips_are_half_up():
    lift = of_exercise(TIMELINE, "bridge", SegmentKind.MOVE)[0]
    assert PHASES[lift.index] == 0
    figure = FIGURES["bridge"]
    down, up = (figure.key_joints(name)["pelvis"][1] for name in figure.phase_poses(0))
    assert down < TRACK.frame(lift, 0.5).joints["pelvis"][1] < up


@pytest.mark.parametrize("kind", SETUP_KINDS, ids=lambda kind: kind.value)
def test_between_reps_the_figure_stands_still_in_the_start_pose(kind):
    segments = [s for s in TIMELINE.segments if s.kind is kind and s.exercise is not None]
    assert segments
    for segment in segments:
        frame = TRACK.frame(segment, 0.5)
        assert frame.figure.exercise == segment.exercise
        assert frame.target is None and not TRACK.moves(segment), segment
        assert same(frame.joints, start_pose(segment.exercise)), segment


def test_the_routine_opens_on_the_first_exercise_start_pose_and_ends_with_no_figure():
    opening, done = TIMELINE.segments[0], TIMELINE.segments[-1]
    assert opening.exercise is None and done.kind is SegmentKind.DONE
    frame = TRACK.frame(opening, 0.0)
    assert frame.figure.exercise == "bridge" and frame.target is None
    assert same(frame.joints, start_pose("bridge"))
    assert TRACK.frame(done, 0.0) is None and TRACK.frame(done, 1.0) is None


def test_knee_to_chest_on_the_right_is_the_left_side_mirrored():
    assert FIGURES["knee-to-chest"].side == "left"
    sided = [s for s in of_exercise(TIMELINE, "knee-to-chest") if s.side]
    assert {s.side for s in sided} == {"left", "right"}
    for segment in sided:
        assert TRACK.frame(segment, 0.5).mirrored == (segment.side == "right"), segment


def test_every_exercise_starts_with_the_head_on_the_same_side_of_the_picture():
    """Only a side switch (shown as one) turns the figure round; from one exercise to the next the head stays left."""
    for exercise_id in TIMELINE.exercise_ids():
        first = next(s for s in of_exercise(TIMELINE, exercise_id) if s.kind is SegmentKind.MOVE)
        frame = TRACK.frame(first, 0.0)
        assert frame is not None and not frame.mirrored, exercise_id
        head, pelvis = (frame.figure.view.project(frame.joints[j])[0] for j in ("head", "pelvis"))
        assert head < pelvis - 10, f"{exercise_id}: the head is not on the left"


@pytest.mark.parametrize("exercise_id", ["knee-to-chest", "rotation", "side-leg-lift"])
def test_setup_of_a_sided_exercise_shows_its_first_side(exercise_id):
    figure = FIGURES[exercise_id]
    first_side = next(s.side for s in of_exercise(TIMELINE, exercise_id) if s.side)
    unsided = [s for s in of_exercise(TIMELINE, exercise_id) if s.side is None]
    assert unsided
    for segment in unsided:
        assert TRACK.frame(segment, 0.0).mirrored == (first_side != figure.side), segment
    other = [s for s in of_exercise(TIMELINE, exercise_id) if s.side and s.side != figure.side]
    assert other and all(TRACK.frame(s, 0.0).mirrored for s in other)


def test_the_bridge_is_never_mirrored():
    segments = of_exercise(TIMELINE, "bridge")
    assert segments and not any(TRACK.frame(s, p).mirrored for s in segments for p in (0.0, 1.0))


def test_an_exercise_without_a_figure_shows_none_and_the_others_still_move():
    figures = {e: f for e, f in FIGURES.items() if e != "rotation"}
    track = FigureTrack(TIMELINE, figures)
    assert not track.has_figure("rotation") and not track.is_animated("rotation")
    for segment in of_exercise(TIMELINE, "rotation"):
        assert track.frame(segment, 0.5) is None and not track.moves(segment), segment
    lift = of_exercise(TIMELINE, "bridge", SegmentKind.MOVE)[0]
    assert track.moves(lift) and track.frame(lift, 0.5) is not None


def bridge_with_two_phases(tmp_path: Path) -> Timeline:
    text = (builtin_routines_dir() / "lower-back.toml").read_text(encoding="utf-8")
    squeeze = '    { kind = "hold", seconds = 2, say = "Squeeze", caption = "Squeeze your buttocks" },\n'
    assert text.count(squeeze) == 1, "the built-in bridge tempo changed: update this test"
    path = tmp_path / "lower-back.toml"
    path.write_text(text.replace(squeeze, ""), encoding="utf-8")
    routine = load_routine_file(path)
    assert len(next(e for e in routine.exercises if e.id == "bridge").dose.tempo) == 2
    return compile_timeline(routine, Level.STANDARD)


def test_a_bridge_whose_tempo_does_not_fit_its_figure_stays_still_in_the_start_pose(tmp_path):
    tl = bridge_with_two_phases(tmp_path)
    track = FigureTrack(tl, FIGURES)
    assert not track.is_animated("bridge") and track.has_figure("bridge")
    reps: list[Segment] = of_exercise(tl, "bridge", SegmentKind.MOVE, SegmentKind.HOLD)
    assert len(reps) == 2 * 15 * 3
    for segment in reps:
        assert not track.moves(segment), segment
        for progress in (0.0, 0.5, 1.0):
            frame = track.frame(segment, progress)
            assert frame.target is None and not frame.mirrored
            assert same(frame.joints, start_pose("bridge")), (segment, progress)
    assert track.is_animated("knee-to-chest")
    pull = of_exercise(tl, "knee-to-chest", SegmentKind.MOVE)[0]
    assert track.moves(pull) and track.frame(pull, 1.0).target is not None


def test_stepped_frames_are_the_exact_frames_and_recur_as_the_same_objects_every_rep():
    track = FigureTrack(TIMELINE, FIGURES)
    lifts = [s for s in of_exercise(TIMELINE, "bridge", SegmentKind.MOVE) if PHASES[s.index] == 0]
    first, later = lifts[0], lifts[5]
    frame = track.stepped_frame(first, 0.49, 24)  # the nearest step is 12 of 24: halfway
    assert same(frame.joints, track.frame(first, 0.5).joints)
    assert track.stepped_frame(later, 0.51, 24) is frame, "rep 6 shows rep 1's frame object again"
    assert track.stepped_frame(first, 0.6, 24) is not frame
    left = next(s for s in REP_SEGMENTS if s.exercise == "knee-to-chest" and s.side == "left")
    right = next(s for s in REP_SEGMENTS if s.exercise == "knee-to-chest" and s.side == "right")
    assert track.stepped_frame(left, 0.5, 10).mirrored != track.stepped_frame(right, 0.5, 10).mirrored
