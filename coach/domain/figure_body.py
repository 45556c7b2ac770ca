"""The body's solid shape in 3D, around the skeleton: torso cross-sections, tapered limb pieces, hands and feet.

The window projects these shapes to draw the figure (coach/ui/widgets/figure_shapes.py);
the tests use them to check that the body, not only its joints, lies on the
floor where a pose says it does and never sinks through it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from coach.domain.figure import (BONES_BY_NAME, HAND_LENGTH, HEAD_RADIUS, HEEL_LENGTH, TORSO_CAPS, Vec, add, cross,
                                 scale, subtract, torso_section, unit)

Joints = dict[str, Vec]

SPINE_STEPS = 6           # cross-sections along the spine, pelvis to chest
CAP_STEPS = 4             # more past each end, shrinking like a quarter ellipse
FLOOR_HAND_CM = 7.0       # a wrist this close to the floor: the hand lies flat on it
_HAND_WIDTHS = (0.4, -0.2)  # the hand's thickness at the wrist and the fingertips, beside the wrist's


@dataclass(frozen=True)
class Section:
    """An elliptical cross-section of the torso.

    Attributes:
        centre: on the spine's curve.
        across: from the centre to the body's left side (half the width).
        through: from the centre to the belly (half the depth).
        along: the spine's direction there, towards the head (unit).
    """

    centre: Vec
    across: Vec
    through: Vec
    along: Vec

    def lowest(self) -> float:
        """The height of the section's lowest point above the floor."""
        return self.centre[1] - math.hypot(self.across[1], self.through[1])


@dataclass(frozen=True)
class Piece:
    """A tapered round piece of a limb: the hull of two balls.

    Attributes:
        bone: the bone it belongs to ("foot_left" for the foot with its heel, "forearm_left" for the hand).
        start, end: the balls' centres.
        start_radius, end_radius: their radii, centimetres.
    """

    bone: str
    start: Vec
    end: Vec
    start_radius: float
    end_radius: float

    def lowest(self) -> float:
        return min(self.start[1] - self.start_radius, self.end[1] - self.end_radius)


def torso_sections(joints: Joints) -> list[Section]:
    """Cross-sections from the tip of the buttocks to the tops of the shoulders, along the spine's curve."""
    pelvis, waist, chest = joints["pelvis"], joints["waist"], joints["chest"]
    control = subtract(scale(waist, 2.0), scale(add(pelvis, chest), 0.5))  # the curve passes through the waist
    left_hips = unit(subtract(joints["hip_left"], joints["hip_right"]))
    left_shoulders = unit(subtract(joints["shoulder_left"], joints["shoulder_right"]))
    middle = []
    for step in range(SPINE_STEPS + 1):
        u = step / SPINE_STEPS
        centre = add(add(scale(pelvis, (1 - u) ** 2), scale(control, 2 * u * (1 - u))), scale(chest, u * u))
        along = unit(add(scale(subtract(control, pelvis), 2 * (1 - u)), scale(subtract(chest, control), 2 * u)))
        left = unit(add(scale(left_hips, 1 - u), scale(left_shoulders, u)))
        front = unit(cross(left, along))
        half_width, half_depth = torso_section(u)
        middle.append(Section(centre, scale(left, half_width), scale(front, half_depth), along))
    ends = []
    for end, outwards, cap in ((middle[0], -1.0, TORSO_CAPS[0]), (middle[-1], 1.0, TORSO_CAPS[1])):
        caps = []
        for k in range(1, CAP_STEPS + 1):
            angle = math.pi / 2 * k / CAP_STEPS
            shrink = math.cos(angle)
            caps.append(Section(add(end.centre, scale(end.along, outwards * cap * math.sin(angle))),
                                scale(end.across, shrink), scale(end.through, shrink), end.along))
        ends.append(caps)
    return list(reversed(ends[0])) + middle + ends[1]


def limb_pieces(joints: Joints, bones: tuple[str, ...] | list[str], with_end: bool) -> list[Piece]:
    """The pieces of a run of a limb's bones; with the hand or foot at its end when ``with_end``."""
    pieces = []
    for name in bones:
        bone = BONES_BY_NAME[name]
        start, end = joints[bone.start], joints[bone.end]
        if name.startswith("foot"):
            # The foot reaches back past the ankle to the heel.
            start = add(start, scale(unit(subtract(end, start)), -HEEL_LENGTH))
        pieces.append(Piece(name, start, end, bone.width / 2, bone.end_width / 2))
        if with_end and name.startswith("forearm"):
            # A mitten of a hand, on along the forearm, or flat on the floor when the wrist is down there.
            along = unit(subtract(end, start))
            flat = (along[0], 0.0, along[2])
            if end[1] < FLOOR_HAND_CM and along[1] < 0 and math.hypot(*flat) > 1e-6:
                along = unit(flat)
            pieces.append(Piece(name, end, add(end, scale(along, HAND_LENGTH)),
                                bone.end_width / 2 + _HAND_WIDTHS[0], bone.end_width / 2 + _HAND_WIDTHS[1]))
    return pieces


def lowest_points(joints: Joints) -> dict[str, float]:
    """How high above the floor the lowest point of each part is: the torso, the head, every bone."""
    heights = {"torso": min(section.lowest() for section in torso_sections(joints)),
               "head": joints["head"][1] - HEAD_RADIUS}
    for side in ("left", "right"):
        for bones in (("thigh", "shin", "foot"), ("upper_arm", "forearm")):
            for piece in limb_pieces(joints, [f"{bone}_{side}" for bone in bones], True):
                heights[piece.bone] = min(heights.get(piece.bone, math.inf), piece.lowest())
    return heights
