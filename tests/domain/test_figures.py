"""The shipped exercise figures: in step with their tempo, rigid, continuous, on the floor, human.

Every figure in resources/figures is played through a whole rep, one frame
every 1/60 s of real time at the standard level (as the window draws it),
and every frame is checked: bones keep their lengths, nothing jumps, nothing
sinks through the floor, planted feet and hands stay put, and every joint
stays inside a range a real body can reach. A few checks per exercise make
sure the figure shows the right limb on the right side doing roughly what the
article says. Last, the loader's error messages name the file and the field.
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

from coach.domain.figure import (BONES, BONES_BY_NAME, HEAD_RADIUS, HIP_HALF_WIDTH, JOINTS,
                                 SHOULDER_HALF_WIDTH, Vec, distance, dot, hold_point, length, subtract)
from coach.domain.figure_body import limb_pieces, lowest_points, torso_sections
from coach.domain.figure_exercise import ExerciseFigure, Joints
from coach.domain.figure_loader import FigureFileError, load_figure, load_figures
from coach.domain.routine import Exercise, Level, PhaseKind
from coach.resources import figures_dir

from .routines import builtin

FIGURES = load_figures(figures_dir())
SHIPPED = sorted(FIGURES)
FPS = 60
SIDES = ("left", "right")


def exercise(exercise_id: str) -> Exercise:
    for routine_id in ("lower-back", "cat-stretch"):
        for candidate in builtin(routine_id).exercises:
            if candidate.id == exercise_id:
                return candidate
    raise AssertionError(f"figure {exercise_id} shows no exercise of a built-in routine")


@cache
def rep(exercise_id: str) -> tuple[tuple[tuple[float, Joints], ...], ...]:
    """Per phase of one rep: (seconds into the phase, joints) every 1/60 s, both ends included."""
    figure, dose = FIGURES[exercise_id], exercise(exercise_id).dose
    phases = []
    for index, phase in enumerate(dose.tempo):
        count = max(1, round(dose.phase_seconds(phase, Level.STANDARD) * FPS))
        phases.append(tuple((k / FPS, figure.moment(index, k / count)) for k in range(count + 1)))
    return tuple(phases)


def frames(exercise_id: str) -> Iterator[tuple[str, Joints]]:
    """Every sampled frame of a rep, with where it is (for messages)."""
    for index, phase in enumerate(rep(exercise_id)):
        for seconds, joints in phase:
            yield f"phase {index} at {seconds:.3f} s", joints


def key_poses(figure: ExerciseFigure) -> Iterator[tuple[str, Joints]]:
    for name in figure.poses:
        yield f"pose {name}", figure.key_joints(name)


def bone(joints: Joints, name: str) -> Vec:
    b = BONES_BY_NAME[name]
    return subtract(joints[b.end], joints[b.start])


def angle(a: Vec, b: Vec) -> float:
    """Degrees between two directions: 0 = in line."""
    return math.degrees(math.acos(max(-1.0, min(1.0, dot(a, b) / (length(a) * length(b))))))


def furthest(a: Joints, b: Joints) -> float:
    return max(distance(a[joint], b[joint]) for joint in JOINTS)


# ----- 1. in step with the exercise's tempo

def test_every_exercise_of_the_lower_back_routine_has_a_figure():
    missing = [e.id for e in builtin("lower-back").exercises if e.id not in FIGURES]
    assert not missing


@pytest.mark.parametrize("routine_id", ["lower-back", "cat-stretch"])
def test_each_figure_has_one_phase_per_tempo_phase(routine_id):
    for ex in builtin(routine_id).exercises:
        if ex.id in FIGURES:
            assert len(FIGURES[ex.id].phases) == len(ex.dose.tempo), ex.id


@pytest.mark.parametrize("exercise_id", SHIPPED)
def test_holds_stand_still_moves_move_and_the_rep_ends_where_it_started(exercise_id):
    figure = FIGURES[exercise_id]
    for index, phase in enumerate(exercise(exercise_id).dose.tempo):
        assert figure.moves_in(index) == (phase.kind is PhaseKind.MOVE), f"phase {index} ({phase.kind.value})"
        start, end = (figure.key_joints(name) for name in figure.phase_poses(index))
        assert (furthest(start, end) > 1.0) == (phase.kind is PhaseKind.MOVE), f"phase {index}"
    assert figure.phases[-1] == figure.start


# ----- 2. rigid bones

def shape_errors(joints: Joints) -> Iterator[tuple[float, str]]:
    for b in BONES:
        yield abs(distance(joints[b.start], joints[b.end]) - b.length), b.name
    yield abs(distance(joints["hip_left"], joints["hip_right"]) - 2 * HIP_HALF_WIDTH), "hips"
    yield abs(distance(joints["shoulder_left"], joints["shoulder_right"]) - 2 * SHOULDER_HALF_WIDTH), "shoulders"


@pytest.mark.parametrize("exercise_id", SHIPPED)
def test_bones_hips_and_shoulders_keep_their_size_in_every_frame(exercise_id):
    samples = [*key_poses(FIGURES[exercise_id]), *frames(exercise_id)]
    worst = max((error, name, where) for where, joints in samples for error, name in shape_errors(joints))
    assert worst[0] <= 0.01, f"{worst[1]} is {worst[0]:.3f} cm off its length in {worst[2]}"


# ----- 3. continuity

@pytest.mark.parametrize("exercise_id", SHIPPED)
def test_no_joint_jumps_between_frames(exercise_id):
    worst = max((furthest(a, b), f"phase {index} at {t:.3f} s")
                for index, phase in enumerate(rep(exercise_id))
                for (_, a), (t, b) in pairwise(phase))
    assert worst[0] <= 3.0, f"a joint moves {worst[0]:.2f} cm in 1/60 s ({worst[1]})"


@pytest.mark.parametrize("exercise_id", SHIPPED)
def test_each_phase_starts_where_the_previous_one_ended_and_the_next_rep_where_this_one_ended(exercise_id):
    phases = rep(exercise_id)
    for index, phase in enumerate(phases):
        following = phases[(index + 1) % len(phases)]
        gap = furthest(phase[-1][1], following[0][1])
        assert gap <= 0.01, f"{gap:.3f} cm jump from the end of phase {index} to the next phase"


# ----- 4. key poses reached

@pytest.mark.parametrize("exercise_id", SHIPPED)
def test_each_phase_runs_from_its_from_pose_to_its_key_pose(exercise_id):
    figure = FIGURES[exercise_id]
    assert furthest(figure.moment(None, 0.5), figure.key_joints(figure.start)) <= 0.01
    for index in range(len(figure.phases)):
        from_name, to_name = figure.phase_poses(index)
        assert furthest(figure.moment(index, 0.0), figure.key_joints(from_name)) <= 0.01, f"phase {index}"
        assert furthest(figure.moment(index, 1.0), figure.key_joints(to_name)) <= 0.01, f"phase {index}"


# ----- 5. the floor, and the head on its neck

@pytest.mark.parametrize("exercise_id", SHIPPED)
def test_nothing_sinks_through_the_floor(exercise_id):
    """The body's shape (torso, head, tapered limbs, hands, heels), not only its joints."""
    lowest = min((height, name, where) for where, joints in frames(exercise_id)
                 for name, height in lowest_points(joints).items())
    assert lowest[0] >= -1.0, f"{lowest[1]} reaches {lowest[0]:.2f} cm below the floor in {lowest[2]}"


ON_FLOOR = [(e, bone) for e in SHIPPED for bone in FIGURES[e].on_floor]


def test_the_figures_say_what_lies_on_the_floor():
    assert {e for e, _ in ON_FLOOR} == set(SHIPPED)
    for e, bones in (("bridge", ("foot_left", "foot_right")), ("knee-to-chest", ("foot_right",)),
                     ("cat-stretch", ("shin_left", "shin_right", "foot_left", "foot_right"))):
        assert set(bones) <= set(FIGURES[e].on_floor), e


@pytest.mark.parametrize(("exercise_id", "bone_name"), ON_FLOOR)
def test_what_the_pose_puts_on_the_floor_lies_on_it_from_end_to_end(exercise_id, bone_name):
    """Feet flat, a kneeling person's shins flat, resting arms down: both ends touch the floor, in every frame."""
    bone = BONES_BY_NAME[bone_name]
    chain = [bone_name]
    for where, joints in frames(exercise_id):
        for piece in limb_pieces(joints, chain, True):
            for end, radius in ((piece.start, piece.start_radius), (piece.end, piece.end_radius)):
                gap = end[1] - radius
                assert -1.0 <= gap <= 1.5, f"{bone.name} is {gap:.1f} cm off the floor in {where}"


@pytest.mark.parametrize("exercise_id", SHIPPED)
def test_the_head_sits_on_its_neck(exercise_id):
    """Between the tops of the shoulders and the head, a little neck shows: the head neither floats nor sinks in."""
    for where, joints in [*key_poses(FIGURES[exercise_id]), *frames(exercise_id)]:
        shoulders_top = torso_sections(joints)[-1].centre
        neck = distance(shoulders_top, joints["head"]) - HEAD_RADIUS
        assert 2.0 <= neck <= 12.0, f"{neck:.1f} cm of neck shows in {where}"


# ----- 6. planted joints

@pytest.mark.parametrize("exercise_id", [e for e in SHIPPED if FIGURES[e].planted])
def test_planted_joints_stay_where_the_start_pose_puts_them(exercise_id):
    figure = FIGURES[exercise_id]
    home = figure.key_joints(figure.start)
    worst = max((distance(joints[j], home[j]), j, where) for where, joints in frames(exercise_id)
                for j in figure.planted)
    assert worst[0] <= 1.0, f"{worst[1]} drifts {worst[0]:.2f} cm in {worst[2]} (out of reach?)"


# ----- 7. holds

HOLDS = [(e, name) for e in SHIPPED for name, pose in FIGURES[e].poses.items() if pose.holds]


def test_the_knee_to_chest_hands_hold_the_knee():
    assert ("knee-to-chest", "in") in HOLDS


@pytest.mark.parametrize(("exercise_id", "pose_name"), HOLDS)
def test_holding_hands_are_on_what_they_hold(exercise_id, pose_name):
    figure = FIGURES[exercise_id]
    holds = figure.poses[pose_name].holds
    samples = [(f"pose {pose_name}", figure.key_joints(pose_name))]
    for index, phase in enumerate(rep(exercise_id)):  # and all through a phase held in that pose
        if figure.phase_poses(index) == (pose_name, pose_name):
            samples += [(f"phase {index} at {t:.3f} s", joints) for t, joints in phase]
    assert len(samples) > 1, "the pose is held in some phase"
    for where, joints in samples:
        for hand, held in holds.items():
            assert distance(joints[hand], hold_point(joints, held)) <= 1.0, f"{hand} is off {held} in {where}"


# ----- 8. human range of motion

def between(first: str, second: str):
    return lambda joints: angle(bone(joints, first), bone(joints, second))


def hip_flexion(side: str):
    return lambda joints: angle(bone(joints, f"thigh_{side}"), subtract(joints["pelvis"], joints["waist"]))


RANGES = {  # name: (angles measured, by side, lowest, highest), degrees, 0 = straight
    "knee": ({s: between(f"thigh_{s}", f"shin_{s}") for s in SIDES}, 0, 155),
    "elbow": ({s: between(f"upper_arm_{s}", f"forearm_{s}") for s in SIDES}, 0, 150),
    # 0: kneeling with the tops of the feet on the floor (the cat stretch), the foot in line with the shin.
    "ankle": ({s: between(f"shin_{s}", f"foot_{s}") for s in SIDES}, 0, 140),
    "spine": ({"": between("lower_back", "upper_back")}, 0, 45),
    "neck": ({"": between("upper_back", "neck")}, 0, 70),
    "hip": ({s: hip_flexion(s) for s in SIDES}, 0, 135),
}


@pytest.mark.parametrize("joint", sorted(RANGES))
@pytest.mark.parametrize("exercise_id", SHIPPED)
def test_joints_stay_within_a_human_range(exercise_id, joint):
    measures, lowest, highest = RANGES[joint]
    values = [(measure(joints), f"{where} {side}") for where, joints in frames(exercise_id)
              for side, measure in measures.items()]
    low, high = min(values), max(values)
    assert low[0] >= lowest, f"{joint} at {low[0]:.1f} degrees in {low[1]} (at least {lowest})"
    assert high[0] <= highest, f"{joint} at {high[0]:.1f} degrees in {high[1]} (at most {highest})"


# ----- 9. the right limb, on the right side, doing what the article says

def test_knee_to_chest_pulls_the_left_knee_the_near_one():
    figure = FIGURES["knee-to-chest"]
    assert figure.side == "left"
    down, pulled = figure.key_joints(figure.start), figure.key_joints(figure.phases[0])
    legs = [f"{j}_{s}" for j in ("hip", "knee", "ankle", "toe") for s in SIDES]
    # (The hands travel further than the knee: they come up off the floor to it; so may the toes.)
    knees = ("knee_left", "knee_right")
    assert max(knees, key=lambda j: distance(down[j], pulled[j])) == "knee_left"
    assert distance(down["knee_left"], pulled["knee_left"]) > 40
    assert max(distance(down[j], pulled[j]) for j in legs if j.endswith("right")) < 1.0
    for joints in (down, pulled):
        assert figure.view.project(joints["knee_left"])[2] > figure.view.project(joints["knee_right"])[2]


def test_side_leg_lift_raises_the_left_ankle_about_45_cm_lying_on_the_right_side():
    figure = FIGURES["side-leg-lift"]
    assert figure.side == "left"
    down, up = figure.key_joints(figure.start), figure.key_joints(figure.phases[0])
    rise = {s: up[f"ankle_{s}"][1] - down[f"ankle_{s}"][1] for s in SIDES}
    assert max(rise, key=rise.get) == "left"
    assert 35 <= rise["left"] <= 50, f"the ankle rises {rise['left']:.1f} cm"
    assert abs(rise["right"]) < 1.0
    for where, joints in frames("side-leg-lift"):
        assert joints["hip_left"][1] > joints["hip_right"][1] + 10, where


def test_rotation_drops_the_knees_to_the_bodys_left_which_the_view_shows_on_the_left():
    figure = FIGURES["rotation"]
    assert figure.side == "left"
    middle, dropped = figure.key_joints(figure.start), figure.key_joints(figure.phases[0])
    left = subtract(middle["hip_left"], middle["hip_right"])
    left = tuple(c / length(left) for c in left)
    for knee in ("knee_left", "knee_right"):
        assert dot(subtract(dropped[knee], middle[knee]), left) > 15, knee
    assert figure.view.project(middle["hip_left"])[0] < figure.view.project(middle["hip_right"])[0]


def test_bridge_lifts_the_pelvis_with_the_shoulders_on_the_floor():
    figure = FIGURES["bridge"]
    down, up = figure.key_joints(figure.start), figure.key_joints(figure.phases[0])
    assert 15 <= up["pelvis"][1] - down["pelvis"][1] <= 35
    for where, joints in frames("bridge"):
        for joint in ("chest", "shoulder_left", "shoulder_right"):
            assert abs(joints[joint][1] - down[joint][1]) <= 5, f"{joint} in {where}"


# ----- 10. the loader's messages

def edit(old: str, new: str):
    def apply(text: str) -> str:
        assert old in text, f"the shipped bridge.toml no longer has {old!r}"
        return text.replace(old, new, 1)
    return apply


BROKEN = {  # what is broken: (how, the field the message names, a word it says)
    "typo": (edit("pelvis_front = 0", "pelvis_frnt = 0"), "poses.down.pelvis_frnt", "typo"),
    "missing bone": (edit("neck = 185\n", ""), "poses.down", "neck"),
    "unknown phase pose": (edit('["up", "up", "down"]', '["up", "top", "down"]'), "phases[1]", "'top'"),
    "phases end elsewhere": (edit('["up", "up", "down"]', '["up", "up", "up"]'), "phases", "start pose"),
    "like a missing pose": (edit('like = "down"', 'like = "dwon"'), "poses.up.like", '"dwon"'),
    "like cycle": (edit("[poses.down]\n", '[poses.down]\nlike = "up"\n'), "poses.down.like", "up -> down"),
    "bad side": (edit('exercise = "bridge"\n', 'exercise = "bridge"\nside = "both"\n'), "side", "'both'"),
    "text direction": (edit("thigh = 45", 'thigh = "forty-five"'), "poses.down.thigh", "'forty-five'"),
    "mirror not true or false": (edit("tilt = 14 }", 'tilt = 14, mirror = "yes" }'), "view.mirror", "true or false"),
    "unknown bone on the floor": (edit('"foot_left", "foot_right"]', '"foot_left", "feet"]'), "on_floor[1]", "'feet'"),
    "hold past the bone's end": (edit('[poses.up]\nlike = "down"\n',
                                      '[poses.up]\nlike = "down"\nholds = { hand_left = ["shin_left", 2] }\n'),
                                 "poses.up.holds.hand_left", "0-1"),
}


@pytest.mark.parametrize("broken", sorted(BROKEN))
def test_a_broken_pose_file_is_refused_naming_the_file_and_the_field(tmp_path, broken):
    change, field, word = BROKEN[broken]
    path = tmp_path / "bridge.toml"
    path.write_text(change((figures_dir() / "bridge.toml").read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(FigureFileError) as caught:
        load_figure(path)
    message = str(caught.value)
    assert caught.value.field == field
    assert message.startswith(f"{path}: {field}: "), message
    assert word in caught.value.problem, message


def test_two_files_for_one_exercise_are_refused(tmp_path: Path):
    for name in ("a.toml", "b.toml"):
        shutil.copy(figures_dir() / "bridge.toml", tmp_path / name)
    with pytest.raises(FigureFileError) as caught:
        load_figures(tmp_path)
    assert caught.value.field == "exercise"
    assert str(caught.value).startswith(f"{tmp_path / 'b.toml'}: exercise: ")
    assert "a.toml" in caught.value.problem and '"bridge"' in caught.value.problem


def test_a_file_that_is_not_toml_is_refused(tmp_path: Path):
    path = tmp_path / "bridge.toml"
    path.write_text('exercise = "bridge\n[poses\n', encoding="utf-8")
    with pytest.raises(FigureFileError) as caught:
        load_figure(path)
    assert caught.value.field is None
    assert str(caught.value).startswith(f"{path}: ") and "TOML" in str(caught.value)
