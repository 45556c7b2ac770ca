"""A simple human figure in 3D: its bones, poses as bone directions, and the joints they give.

A pose says where the pelvis is and which way each bone points; the joints
follow by walking out from the pelvis (forward kinematics), so every bone
keeps its length in every pose and in every frame between two poses.

Coordinates are centimetres: x runs along the floor in the picture, y is the
height above the floor (the floor is y = 0), z points towards the viewer of a
side view. A camera (``View``) turns the 3D joints into a 2D picture.
"""

from __future__ import annotations

import math
from itertools import pairwise
from dataclasses import dataclass, field

Vec = tuple[float, float, float]
Held = str | tuple[str, float]  # a joint, or (a bone, how far along it from its start joint, 0-1)


@dataclass(frozen=True)
class Bone:
    """A straight part of the body between two joints.

    Attributes:
        name: e.g. "thigh_left".
        start: the joint it hangs from (nearer the pelvis).
        end: the joint it ends at.
        length: centimetres, the same in every pose.
        width: how thick it is at its start joint, centimetres.
        end_width: how thick it is at its end joint (limbs taper towards the hands and feet).
        side: "left", "right" or None for the spine, neck and head.
    """

    name: str
    start: str
    end: str
    length: float
    width: float
    end_width: float
    side: str | None = None


# A figure of about 170 cm. The spine is two bones so a back can round and sag.
# The spine's widths are the torso's depth (belly to back); TORSO gives its full shape.
SPINE_BONES = (
    Bone("lower_back", "pelvis", "waist", 22.0, 24.0, 21.0),
    Bone("upper_back", "waist", "chest", 26.0, 21.0, 25.0),
    Bone("neck", "chest", "head", 21.0, 10.0, 9.0),
)
HEAD_RADIUS = 10.5
HIP_HALF_WIDTH = 9.0
SHOULDER_HALF_WIDTH = 16.0


@dataclass(frozen=True)
class TorsoSection:
    """The torso's cross-section (an ellipse) at one point of the spine.

    Attributes:
        at: where along the spine, 0 = pelvis, 1 = chest (the base of the neck).
        half_width: from the middle to the body's side, centimetres.
        half_depth: from the middle to the belly (or the back), centimetres.
    """

    at: float
    half_width: float
    half_depth: float


# Hips, waist, ribs and shoulders; the torso goes on past both ends, rounded, by the caps.
TORSO = (TorsoSection(0.0, 17.0, 12.0), TorsoSection(0.45, 14.5, 10.5), TorsoSection(1.0, 18.0, 12.5))
TORSO_CAPS = (9.0, 5.0)  # cm past the pelvis (the buttocks) and past the chest (the tops of the shoulders)
HAND_LENGTH = 8.0        # a mitten beyond the wrist (the "hand" joint), along the forearm
HEEL_LENGTH = 3.5        # the heel reaches this far behind the ankle, along the foot


def torso_section(at: float) -> tuple[float, float]:
    """(half width, half depth) of the torso at a point of the spine (0-1), straight between the sections."""
    at = min(1.0, max(0.0, at))
    for a, b in pairwise(TORSO):
        if at <= b.at:
            t = (at - a.at) / (b.at - a.at)
            return (a.half_width + (b.half_width - a.half_width) * t, a.half_depth + (b.half_depth - a.half_depth) * t)
    return TORSO[-1].half_width, TORSO[-1].half_depth


def _limb_bones(side: str) -> tuple[Bone, ...]:
    return (
        Bone(f"thigh_{side}", f"hip_{side}", f"knee_{side}", 45.0, 16.0, 11.0, side),
        Bone(f"shin_{side}", f"knee_{side}", f"ankle_{side}", 42.0, 11.0, 7.5, side),
        Bone(f"foot_{side}", f"ankle_{side}", f"toe_{side}", 17.0, 8.0, 5.0, side),
        Bone(f"upper_arm_{side}", f"shoulder_{side}", f"elbow_{side}", 29.0, 10.0, 8.0, side),
        Bone(f"forearm_{side}", f"elbow_{side}", f"hand_{side}", 28.0, 8.0, 6.5, side),
    )


BONES: tuple[Bone, ...] = SPINE_BONES + _limb_bones("left") + _limb_bones("right")
BONES_BY_NAME = {bone.name: bone for bone in BONES}
# Every bone a pose must give a direction for.
POSED_BONES = tuple(bone.name for bone in BONES)
JOINTS = ("pelvis", "waist", "chest", "head") + tuple(
    f"{joint}_{side}" for side in ("left", "right")
    for joint in ("hip", "knee", "ankle", "toe", "shoulder", "elbow", "hand"))


@dataclass(frozen=True)
class Direction:
    """Which way a bone points: an angle in the picture, then a roll about the x axis.

    ``angle`` is in degrees in the x-y plane (0 = along +x, 90 = straight up).
    ``roll`` turns that direction about the x axis, towards the viewer (+z) for
    positive values: a thigh at angle 90 rolled 60 leans 60 degrees towards
    the viewer, as knees dropping to one side do.
    """

    angle: float
    roll: float = 0.0

    def vector(self) -> Vec:
        a, r = math.radians(self.angle), math.radians(self.roll)
        return (math.cos(a), math.sin(a) * math.cos(r), math.sin(a) * math.sin(r))


@dataclass(frozen=True)
class Pose:
    """One still position of the figure.

    Attributes:
        pelvis: where the pelvis is, centimetres.
        pelvis_front: which way the belly faces, as a roll about the x axis
            (0 = up, 90 = towards the viewer, 180 = down, -90 = away).
        chest_front: the same for the chest; differs from the pelvis's in a twist.
        bones: a Direction for every bone in POSED_BONES.
        holds: a hand (or foot) -> what it holds on to: a joint ("knee_right"), or a point
            part of the way along a bone (("shin_right", 0.25): a quarter of the way from the knee).
    """

    pelvis: Vec
    pelvis_front: float
    chest_front: float
    bones: dict[str, Direction]
    holds: dict[str, Held] = field(default_factory=dict)


def joints_of(pose: Pose) -> dict[str, Vec]:
    """Where every joint is in a pose (forward kinematics from the pelvis)."""
    joints: dict[str, Vec] = {"pelvis": pose.pelvis}
    for bone in SPINE_BONES:
        joints[bone.end] = add(joints[bone.start], scale(pose.bones[bone.name].vector(), bone.length))
    # The body's left is "towards the head" crossed with "towards the front": a right-handed
    # body, so a figure never comes out as its own mirror image.
    for centre, spine_bone, front_roll, half_width, prefix in (
            ("pelvis", "lower_back", pose.pelvis_front, HIP_HALF_WIDTH, "hip"),
            ("chest", "upper_back", pose.chest_front, SHOULDER_HALF_WIDTH, "shoulder")):
        left = body_left(pose.bones[spine_bone].vector(), front_roll)
        joints[f"{prefix}_left"] = add(joints[centre], scale(left, half_width))
        joints[f"{prefix}_right"] = add(joints[centre], scale(left, -half_width))
    for bone in BONES[len(SPINE_BONES):]:
        joints[bone.end] = add(joints[bone.start], scale(pose.bones[bone.name].vector(), bone.length))
    return joints


def body_left(towards_head: Vec, front_roll: float) -> Vec:
    """The body's left, from the spine's direction and the way the front faces."""
    r = math.radians(front_roll)
    front = (0.0, math.cos(r), math.sin(r))
    # Keep only the part of "front" square to the spine, so the hips sit square to it.
    front = subtract(front, scale(towards_head, dot(front, towards_head)))
    return unit(cross(towards_head, front))


def hold_point(joints: dict[str, Vec], held: Held) -> Vec:
    """Where a held joint, or a point part of the way along a held bone, is."""
    if isinstance(held, str):
        return joints[held]
    bone, fraction = held
    return lerp(joints[BONES_BY_NAME[bone].start], joints[BONES_BY_NAME[bone].end], fraction)


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction t of the way from a to b (angles blend, so bones keep their length).

    Its holds are those of the nearer pose; ExerciseFigure.moment blends them itself.
    """
    return Pose(
        pelvis=lerp(a.pelvis, b.pelvis, t),
        pelvis_front=a.pelvis_front + (b.pelvis_front - a.pelvis_front) * t,
        chest_front=a.chest_front + (b.chest_front - a.chest_front) * t,
        bones={name: Direction(d.angle + (b.bones[name].angle - d.angle) * t,
                               d.roll + (b.bones[name].roll - d.roll) * t)
               for name, d in a.bones.items()},
        holds=a.holds if t < 0.5 else b.holds)


def ease(t: float) -> float:
    """Slow out of one pose, slow into the next: a movement's speed rises and falls like a person's."""
    t = min(1.0, max(0.0, t))
    return (1 - math.cos(math.pi * t)) / 2


# Two-bone chains whose end can be held in place (a planted foot) or put on another joint (hands on a knee).
CHAINS = {f"{end}_{side}": (first, second)
          for side in ("left", "right")
          for end, first, second in (("ankle", f"thigh_{side}", f"shin_{side}"),
                                     ("hand", f"upper_arm_{side}", f"forearm_{side}"))}
# Joints carried along when the chain they hang from is bent to reach a target.
CARRIED = {f"ankle_{side}": f"toe_{side}" for side in ("left", "right")}


def reach(joints: dict[str, Vec], end: str, target: Vec) -> None:
    """Bend a two-bone chain (hip-knee-ankle, shoulder-elbow-hand) so its end is on the target.

    The middle joint stays on the side it was on (the knee keeps bending the
    way it bent), and both bones keep their lengths; a target out of reach is
    pointed at, not reached.
    """
    first, second = (BONES_BY_NAME[name] for name in CHAINS[end])
    root, middle = joints[first.start], joints[first.end]
    to_target = subtract(target, root)
    distance = length(to_target)
    if distance < 1e-6:
        return
    axis = scale(to_target, 1 / distance)
    l1, l2 = first.length, second.length
    distance = min(max(distance, abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6)
    cos_root = (l1 * l1 + distance * distance - l2 * l2) / (2 * l1 * distance)
    sin_root = math.sqrt(max(0.0, 1 - cos_root * cos_root))
    hint = subtract(middle, root)
    bend = subtract(hint, scale(axis, dot(hint, axis)))
    if length(bend) < 1e-6:  # straight as it was: bend it any way square to the chain
        bend = cross(axis, (0.0, 0.0, 1.0)) if abs(axis[2]) < 0.9 else cross(axis, (1.0, 0.0, 0.0))
    bend = unit(bend)
    new_middle = add(root, add(scale(axis, l1 * cos_root), scale(bend, l1 * sin_root)))
    new_end = add(root, scale(axis, distance))
    carried = CARRIED.get(end)
    if carried is not None:
        joints[carried] = add(new_end, subtract(joints[carried], joints[end]))
    joints[first.end], joints[end] = new_middle, new_end


# ----- small vector helpers (plain tuples: a frame needs a few hundred of these)

def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def subtract(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def length(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    size = length(a)
    return scale(a, 1 / size) if size > 1e-9 else (0.0, 0.0, 0.0)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def distance(a: Vec, b: Vec) -> float:
    return length(subtract(a, b))
