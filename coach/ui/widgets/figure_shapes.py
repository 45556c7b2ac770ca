"""The body's outline on screen: a torso with pelvis, waist and chest, a neck, a head, tapered limbs, hands, feet.

The 3D joints are projected by the exercise's camera; each part comes back as
a QPainterPath in screen centimetres (x right, y up), ready for the painter's
transform. A limb (thigh, shin and foot; upper arm, forearm and hand) is one
part made of convex pieces that all turn the same way, so its pieces fill as
one shape; parts come back sorted far to near, each with its outline (the
shape grown a little), so filling them in order, outline in the background
colour first, separates every part from what is behind it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from coach.domain.figure import BONES_BY_NAME, HEAD_RADIUS, Vec
from coach.domain.figure_body import CAP_STEPS, SPINE_STEPS, limb_pieces, torso_sections
from coach.domain.figure_exercise import Joints, View

Point = tuple[float, float]
T = TypeVar("T")

_SIDE_GAP_CM = 6.0   # hips further apart in depth than this: one side is the far one
_ARC_STEPS = 8       # points on half a circle (a limb's rounded end)
_CIRCLE_STEPS = 32   # points round the head (big and round: fewer would show corners)
_HEAD_FORWARD = 0.01   # the head is drawn right after the torso, on its neck...
_HEAD_BEHIND_CM = 10.0  # ...unless it is this much further away than the chest (a view from the feet)
# Each limb as (name, bones from the body outwards); the hand and the foot are added to the end.
_LIMBS = tuple((f"{limb}_{side}", tuple(f"{bone}_{side}" for bone in bones), side)
               for side in ("left", "right")
               for limb, bones in (("leg", ("thigh", "shin", "foot")), ("arm", ("upper_arm", "forearm"))))


_BONE_JOINTS = {bone.name: (bone.start, bone.end) for bone in BONES_BY_NAME.values()}
_TORSO_JOINTS = ("pelvis", "waist", "chest", "head", "hip_left", "hip_right", "shoulder_left", "shoulder_right")
# Shapes already built, by what they are made from: during a move the parts that stay still (a planted
# leg, the torso while a knee moves) cost a lookup, not a rebuild. Cleared when full.
_REMEMBERED: dict[tuple[object, ...], Any] = {}
_REMEMBER_AT_MOST = 400


def _remembered(key: tuple[object, ...], build: Callable[[], T]) -> T:
    known = _REMEMBERED.get(key)
    if known is None:
        if len(_REMEMBERED) >= _REMEMBER_AT_MOST:
            _REMEMBERED.clear()
        known = _REMEMBERED[key] = build()
    return known


@dataclass
class Part:
    """One shape of the body, to be drawn in one colour.

    Attributes:
        name: "torso", "head", "leg_left", "arm_right", or a limb's run of bones ("leg_left:thigh_left").
        bones: the bones it shows (its colour follows them: accent when they do the work).
        far: on the side turned away from the viewer (drawn in the paler tone).
        depth: how near the viewer it is, centimetres; parts are drawn from the lowest.
        path: its shape, screen centimetres.
        halo: the same shape grown by the outline's width, filled in the background colour first (filling
            is far cheaper than stroking a wide pen round the shape); None without an outline.
        overlay: a piece drawn on top in the accent colour (a working lower back), or None.
    """

    name: str
    bones: tuple[str, ...]
    far: bool
    depth: float
    path: QPainterPath
    halo: QPainterPath | None = None
    overlay: QPainterPath | None = None


def body_parts(joints: Joints, view: View, focus: tuple[str, ...] = (), only: tuple[str, ...] | None = None,
               outline: float = 0.0) -> list[Part]:
    """The body's parts, far to near, each with its outline ``outline`` cm wide (none when 0).

    ``only`` keeps just the parts showing those bones (a faint target).
    """
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
        lower_in_accent = "lower_back" in focus and "upper_back" not in focus
        spine = tuple(joints[joint] for joint in _TORSO_JOINTS)
        parts.append(_remembered(("torso", view, lower_in_accent, not behind, outline, spine),
                                 lambda: _torso(joints, view, projected, lower_in_accent, not behind, outline)))
        circle, halo = _new_path(), (_new_path() if outline > 0 else None)
        _add_circle(circle, halo, (head[0], head[1]), HEAD_RADIUS, outline)
        if behind:
            neck = BONES_BY_NAME["neck"]
            _add_capsule(circle, halo, chest, head, neck.width / 2, neck.end_width / 2, outline)
        parts.append(Part("head", ("neck",), False, head[2] if behind else torso_depth + _HEAD_FORWARD, circle,
                          halo))
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
            ends = tuple(joints[joint] for bone in run for joint in _BONE_JOINTS[bone])
            path, halo, depths = _remembered(("limb", view, tuple(run), outline, ends),
                                             lambda: _limb_path(joints, view, run, run[-1] == bones[-1],  # noqa: B023
                                                                outline))
            part_name = name if len(runs) == 1 else f"{name}:{run[0]}"
            depth = sum(depths) / len(depths) + 0.01 * (run[0] in focus)  # a tie: the working run on top
            parts.append(Part(part_name, tuple(run), side == far_side, depth, path, halo))
    parts.sort(key=lambda part: part.depth)
    return parts


def _torso(joints: Joints, view: View, projected: dict[str, tuple[float, float, float]], lower_in_accent: bool,
           with_neck: bool, grow: float) -> Part:
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
    outline = _anticlockwise(_ring_outline(rings))
    path, halo = _new_path(), (_new_path() if grow > 0 else None)
    _add_polygon(path, outline)
    if halo is not None:
        _add_polygon(halo, _grown(outline, grow))
    if with_neck:
        neck = BONES_BY_NAME["neck"]
        _add_capsule(path, halo, projected["chest"], projected["head"], neck.width / 2, neck.end_width / 2, grow)
    overlay = None
    if lower_in_accent:  # from the buttocks to the middle of the back
        overlay = QPainterPath()
        _add_polygon(overlay, _ring_outline(rings[:CAP_STEPS + 1 + SPINE_STEPS // 2 + 1]))
    depth = (projected["pelvis"][2] + projected["chest"][2]) / 2
    return Part("torso", ("lower_back", "upper_back", "neck"), False, depth, path, halo, overlay)


def _limb_path(joints: Joints, view: View, bones: list[str], with_end: bool, grow: float
               ) -> tuple[QPainterPath, QPainterPath | None, list[float]]:
    """The run of a limb's bones as one shape (its pieces all turn the same way), its outline, its joints' depths."""
    path, halo = _new_path(), (_new_path() if grow > 0 else None)
    depths = []
    for piece in limb_pieces(joints, bones, with_end):
        start, end = view.project(piece.start), view.project(piece.end)
        depths += [start[2], end[2]]
        _add_capsule(path, halo, start, end, piece.start_radius, piece.end_radius, grow)
    return path, halo, depths


# ----- geometry

def _screen(view: View, vector: Vec) -> Point:
    x, y, _ = view.project(vector)
    return (x, y)


def _ring_outline(rings: list[tuple[Point, Point, float]]) -> list[Point]:
    side_a = [(c[0] + n[0] * h, c[1] + n[1] * h) for c, n, h in rings]
    side_b = [(c[0] - n[0] * h, c[1] - n[1] * h) for c, n, h in reversed(rings)]
    return side_a + side_b


def _anticlockwise(points: list[Point]) -> list[Point]:
    """The polygon turning anticlockwise (y up), so it fills together with the limbs' pieces."""
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True))
    return points[::-1] if area < 0 else points


def _grown(points: list[Point], grow: float) -> list[Point]:
    """An anticlockwise polygon pushed out by ``grow`` square to its sides (its outline)."""
    count = len(points)
    normals = []
    for index in range(count):
        (x0, y0), (x1, y1) = points[index], points[(index + 1) % count]
        length = math.hypot(x1 - x0, y1 - y0) or 1.0
        normals.append(((y1 - y0) / length, (x0 - x1) / length))
    grown = []
    for index in range(count):
        (ax, ay), (bx, by) = normals[index - 1], normals[index]
        nx, ny = ax + bx, ay + by
        size = math.hypot(nx, ny)
        if size < 1e-6:
            nx, ny, size = bx, by, 1.0
        nx, ny = nx / size, ny / size
        reach = grow / max(0.5, nx * bx + ny * by)  # a sharp corner does not shoot out
        grown.append((points[index][0] + nx * reach, points[index][1] + ny * reach))
    return grown


def _add_polygon(path: QPainterPath, points: list[Point]) -> None:
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()


def _new_path() -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)  # overlapping pieces fill as one shape
    return path


def _add_circle(shape: QPainterPath, halo: QPainterPath | None, centre: Point, radius: float, grow: float) -> None:
    angles = [2 * math.pi * k / _CIRCLE_STEPS for k in range(_CIRCLE_STEPS)]
    for path, r in ((shape, radius), (halo, radius + grow)):
        if path is not None:
            _add_polygon(path, [(centre[0] + r * math.cos(a), centre[1] + r * math.sin(a)) for a in angles])


def _add_capsule(shape: QPainterPath, halo: QPainterPath | None, a: tuple[float, ...], b: tuple[float, ...],
                 radius_a: float, radius_b: float, grow: float) -> None:
    """A tapered limb piece, the convex hull of two circles, anticlockwise (y up); its outline ``grow`` wider."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    distance = math.hypot(dx, dy)
    if distance <= abs(radius_a - radius_b) + 1e-6:  # seen end on: the bigger end hides the other
        big = (a, radius_a) if radius_a >= radius_b else (b, radius_b)
        _add_circle(shape, halo, (big[0][0], big[0][1]), big[1], grow)
        return
    heading = math.atan2(dy, dx)
    half = math.pi / 2 + math.asin((radius_a - radius_b) / distance)  # the sides lean in towards the thinner end
    round_b = [heading - half + 2 * half * k / _ARC_STEPS for k in range(_ARC_STEPS + 1)]
    round_a = [heading + half + (2 * math.pi - 2 * half) * k / _ARC_STEPS for k in range(_ARC_STEPS + 1)]
    ends = [(b, radius_b, [(math.cos(t), math.sin(t)) for t in round_b]),
            (a, radius_a, [(math.cos(t), math.sin(t)) for t in round_a])]
    for path, more in ((shape, 0.0), (halo, grow)):
        if path is not None:
            _add_polygon(path, [(centre[0] + (r + more) * c, centre[1] + (r + more) * s)
                                for centre, r, turns in ends for c, s in turns])
