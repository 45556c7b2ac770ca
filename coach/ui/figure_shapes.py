"""The body's outline on screen: a torso with pelvis, waist and chest, a neck, a head, tapered limbs, hands, feet.

The 3D joints are projected by the exercise's camera; each part comes back as
a QPainterPath in screen centimetres (x right, y up), ready for the painter's
transform. A limb (thigh, shin and foot; upper arm, forearm and hand) is one
part made of convex pieces that all turn the same way, so its pieces fill as
one shape; parts come back sorted far to near, so drawing them in order, each
with an outline in the background colour, separates every part from what is
behind it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from coach.domain.figure import BONES_BY_NAME, HEAD_RADIUS
from coach.domain.figure_body import CAP_STEPS, SPINE_STEPS, limb_pieces, torso_sections
from coach.domain.figure_exercise import Joints, View

Point = tuple[float, float]

_SIDE_GAP_CM = 6.0   # hips further apart in depth than this: one side is the far one
_ARC_STEPS = 10      # points on half a circle (a limb's rounded end)
_HEAD_FORWARD = 0.01   # the head is drawn right after the torso, on its neck...
_HEAD_BEHIND_CM = 10.0  # ...unless it is this much further away than the chest (a view from the feet)
# Each limb as (name, bones from the body outwards); the hand and the foot are added to the end.
_LIMBS = tuple((f"{limb}_{side}", tuple(f"{bone}_{side}" for bone in bones), side)
               for side in ("left", "right")
               for limb, bones in (("leg", ("thigh", "shin", "foot")), ("arm", ("upper_arm", "forearm"))))


@dataclass
class Part:
    """One shape of the body, to be drawn in one colour.

    Attributes:
        name: "torso", "head", "leg_left", "arm_right", or a limb's run of bones ("leg_left:thigh_left").
        bones: the bones it shows (its colour follows them: accent when they do the work).
        far: on the side turned away from the viewer (drawn in the paler tone).
        depth: how near the viewer it is, centimetres; parts are drawn from the lowest.
        path: its outline, screen centimetres.
        overlay: a piece drawn on top in the accent colour (a working lower back), or None.
    """

    name: str
    bones: tuple[str, ...]
    far: bool
    depth: float
    path: QPainterPath
    overlay: QPainterPath | None = None


def body_parts(joints: Joints, view: View, focus: tuple[str, ...] = (), only: tuple[str, ...] | None = None
               ) -> list[Part]:
    """The body's parts, far to near; ``only`` keeps just the parts showing those bones (a faint target)."""
    projected = {name: view.project(point) for name, point in joints.items()}
    hip_gap = projected["hip_left"][2] - projected["hip_right"][2]
    far_side = None if abs(hip_gap) < _SIDE_GAP_CM else "right" if hip_gap > 0 else "left"
    parts: list[Part] = []
    wanted = (lambda bones: True) if only is None else (lambda bones: any(bone in only for bone in bones))
    if wanted(("lower_back", "upper_back", "neck")):
        head, chest = projected["head"], projected["chest"]
        torso_depth = (projected["pelvis"][2] + chest[2]) / 2
        # The head sits on the torso's neck (drawn just after the torso), unless the view looks past the
        # chest at it (from the feet): then the head and its neck are drawn first, behind the shoulders.
        behind = head[2] < chest[2] - _HEAD_BEHIND_CM
        parts.append(_torso(joints, view, projected, "lower_back" in focus and "upper_back" not in focus,
                            with_neck=not behind))
        circle = _circle_path((head[0], head[1]), HEAD_RADIUS)
        if behind:
            neck = BONES_BY_NAME["neck"]
            _add_capsule(circle, chest, head, neck.width / 2, neck.end_width / 2)
        parts.append(Part("head", ("neck",), False, head[2] if behind else torso_depth + _HEAD_FORWARD, circle))
    for name, bones, side in _LIMBS:
        if not wanted(bones):
            continue
        # A limb is one shape unless only some of its bones work: then the working run is drawn on top.
        runs: list[list[str]] = []
        for bone in bones:
            if runs and (bone in focus) == (runs[-1][0] in focus):
                runs[-1].append(bone)
            else:
                runs.append([bone])
        for run in sorted(runs, key=lambda run: run[0] in focus):
            path, depths = _limb_path(joints, view, run, run[-1] == bones[-1])
            part_name = name if len(runs) == 1 else f"{name}:{run[0]}"
            depth = sum(depths) / len(depths) + 0.01 * (run[0] in focus)  # a tie: the working run on top
            parts.append(Part(part_name, tuple(run), side == far_side, depth, path))
    parts.sort(key=lambda part: part.depth)
    return parts


def _torso(joints: Joints, view: View, projected: dict[str, tuple[float, float, float]], lower_in_accent: bool,
           with_neck: bool) -> Part:
    """The torso's cross-sections seen from the camera, joined into one outline; the neck on it."""
    rings: list[tuple[Point, Point, float]] = []  # (centre, unit normal on screen, half extent along it)
    normal: Point = (0.0, 1.0)
    for section in torso_sections(joints):
        tangent = _screen(view, section.along)
        length = math.hypot(*tangent)
        if length > 1e-3:  # (a spine pointing at the camera keeps the last normal)
            normal = (-tangent[1] / length, tangent[0] / length)
        across, through = _screen(view, section.across), _screen(view, section.through)
        extent = math.hypot(across[0] * normal[0] + across[1] * normal[1],
                            through[0] * normal[0] + through[1] * normal[1])
        rings.append((_screen(view, section.centre), normal, extent))
    path = _polygon_path(_ring_outline(rings))
    path.setFillRule(Qt.FillRule.WindingFill)
    if with_neck:
        neck = BONES_BY_NAME["neck"]
        _add_capsule(path, projected["chest"], projected["head"], neck.width / 2, neck.end_width / 2)
    overlay = None
    if lower_in_accent:  # from the buttocks to the middle of the back
        overlay = _polygon_path(_ring_outline(rings[:CAP_STEPS + 1 + SPINE_STEPS // 2 + 1]))
    depth = (projected["pelvis"][2] + projected["chest"][2]) / 2
    return Part("torso", ("lower_back", "upper_back", "neck"), False, depth, path, overlay)


def _limb_path(joints: Joints, view: View, bones: list[str], with_end: bool) -> tuple[QPainterPath, list[float]]:
    """The run of a limb's bones as one shape (its pieces all turn the same way); with the joints' depths."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)  # overlapping pieces fill as one shape
    depths = []
    for piece in limb_pieces(joints, bones, with_end):
        start, end = view.project(piece.start), view.project(piece.end)
        depths += [start[2], end[2]]
        _add_capsule(path, start, end, piece.start_radius, piece.end_radius)
    return path, depths


# ----- geometry

def _screen(view: View, vector: Vec) -> Point:
    x, y, _ = view.project(vector)
    return (x, y)


def _ring_outline(rings: list[tuple[Point, Point, float]]) -> list[Point]:
    side_a = [(c[0] + n[0] * h, c[1] + n[1] * h) for c, n, h in rings]
    side_b = [(c[0] - n[0] * h, c[1] - n[1] * h) for c, n, h in reversed(rings)]
    return side_a + side_b


def _polygon_path(points: list[Point]) -> QPainterPath:
    """A closed polygon turning anticlockwise (y up), so it fills together with the limbs' pieces."""
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))
    if area < 0:
        points = points[::-1]
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def _circle_path(centre: Point, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    path.addPolygon(QPolygonF(_arc(centre, radius, 0.0, 2 * math.pi, 2 * _ARC_STEPS)))
    path.closeSubpath()
    return path


def _arc(centre: Point, radius: float, start: float, span: float, steps: int) -> list[QPointF]:
    return [QPointF(centre[0] + radius * math.cos(start + span * k / steps),
                    centre[1] + radius * math.sin(start + span * k / steps)) for k in range(steps + 1)]


def _add_capsule(path: QPainterPath, a: tuple[float, ...], b: tuple[float, ...], radius_a: float,
                 radius_b: float) -> None:
    """A tapered limb piece: the convex hull of two circles, anticlockwise (y up)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    distance = math.hypot(dx, dy)
    if distance <= abs(radius_a - radius_b) + 1e-6:  # seen end on: the bigger end hides the other
        big = (a, radius_a) if radius_a >= radius_b else (b, radius_b)
        path.addPolygon(QPolygonF(_arc((big[0][0], big[0][1]), big[1], 0.0, 2 * math.pi, 2 * _ARC_STEPS)))
        path.closeSubpath()
        return
    heading = math.atan2(dy, dx)
    spread = math.asin((radius_a - radius_b) / distance)  # the sides lean in towards the thinner end
    half = math.pi / 2 + spread
    points = _arc((b[0], b[1]), radius_b, heading - half, 2 * half, _ARC_STEPS)
    points += _arc((a[0], a[1]), radius_a, heading + half, 2 * math.pi - 2 * half, _ARC_STEPS)
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
