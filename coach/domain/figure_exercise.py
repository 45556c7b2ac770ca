"""One exercise's figure: its key poses, which pose each phase of a rep ends in, and the camera.

``moment(phase, progress)`` is the figure at any instant of a rep: the pose
blends, eased, from where the phase starts to where it ends, so a 2-second
"lift" raises the hips over exactly those 2 seconds and a hold stays still.
Planted joints (feet on the floor) stay exactly where the start pose puts
them, in every pose and every frame, and hands that hold a knee follow it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from coach.domain.figure import Held, Pose, Vec, blend, ease, hold_point, joints_of, lerp, reach

Joints = dict[str, Vec]


@dataclass(frozen=True)
class View:
    """An orthographic camera: where the viewer stands and how far they look down.

    Attributes:
        turn: degrees the camera walks round the figure about the vertical axis
            (0 = a side view along -z, -90 = looking from beyond +x).
        tilt: degrees the camera looks down from above (0 = level, floor a line).
        mirror: the picture is seen as in a mirror (left and right swapped), so a view from the
            feet end still shows the person's left on the left, as their own reflection would.
    """

    turn: float = 0.0
    tilt: float = 0.0
    mirror: bool = False

    def project(self, point: Vec) -> tuple[float, float, float]:
        """Screen x (right), screen y (up) and depth (towards the viewer), in centimetres."""
        cos_t, sin_t, cos_e, sin_e, across = self._turned
        x, y, z = point
        z1 = -x * sin_t + z * cos_t
        return ((x * cos_t + z * sin_t) * across, y * cos_e - z1 * sin_e, y * sin_e + z1 * cos_e)

    @cached_property
    def _turned(self) -> tuple[float, float, float, float, float]:
        """The turn's and tilt's cosines and sines, and -1 for a mirror (a frame projects ~100 points)."""
        t, e = math.radians(self.turn), math.radians(self.tilt)
        return (math.cos(t), math.sin(t), math.cos(e), math.sin(e), -1.0 if self.mirror else 1.0)

    @property
    def sees_floor_edge_on(self) -> bool:
        """A level camera sees the floor as a line, not a surface."""
        return abs(self.tilt) < 1.0


@dataclass(frozen=True)
class ExerciseFigure:
    """The figure for one exercise, as loaded from ``resources/figures/<exercise>.toml``.

    Attributes:
        exercise: the exercise id it shows.
        side: the side the poses show ("left"/"right"), or None; the other side is drawn
            as the mirror image.
        view: the camera.
        poses: key poses by name.
        start: the pose a rep starts (and ends) in; also shown while resting and listening.
        phases: the pose each tempo phase of a rep ends in, in order.
        planted: joints that stay where the start pose puts them, whatever else moves (feet on the
            floor); the other poses' legs and arms only say which way their knees and elbows bend.
        focus: bones that do the work, drawn in the accent colour.
        on_floor: bones that lie on the floor all through a rep (feet flat, shins of a kneeling
            person, arms resting): the tests check they touch it.
        ghost: bones whose target pose is drawn faintly while a phase moves towards it (only where
            seeing where a move goes helps; none by default).
        source: the file it came from.
    """

    exercise: str
    side: str | None
    view: View
    poses: dict[str, Pose]
    start: str
    phases: tuple[str, ...]
    planted: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()
    on_floor: tuple[str, ...] = ()
    ghost: tuple[str, ...] = ()
    source: Path = Path()
    _anchor_cache: Joints = field(default_factory=dict, compare=False, repr=False)
    _key_cache: dict[str, Joints] = field(default_factory=dict, compare=False, repr=False)

    def key_joints(self, pose_name: str) -> Joints:
        """The joints of a key pose, planted joints in place and hands where they hold."""
        # Asked for at every animation frame (a move's target): computed once per pose. Callers only read it.
        joints = self._key_cache.get(pose_name)
        if joints is None:
            pose = self.poses[pose_name]
            joints = self._constrained(joints_of(pose), {joint: (held, 1.0) for joint, held in pose.holds.items()})
            self._key_cache[pose_name] = joints
        return joints

    def phase_poses(self, phase: int) -> tuple[str, str]:
        """The key poses a phase moves from and to."""
        return (self.start if phase == 0 else self.phases[phase - 1]), self.phases[phase]

    def moment(self, phase: int | None, progress: float) -> Joints:
        """The joints ``progress`` (0-1) of the way through a phase; None for the start pose."""
        if phase is None:
            return self.key_joints(self.start)
        from_name, to_name = self.phase_poses(phase)
        before, after = self.poses[from_name], self.poses[to_name]
        t = ease(progress)
        # A hand that takes hold of a knee during the move reaches for it gradually.
        holds = {joint: (after.holds.get(joint) or before.holds[joint],
                         (joint in before.holds) + ((joint in after.holds) - (joint in before.holds)) * t)
                 for joint in before.holds.keys() | after.holds.keys()}
        return self._constrained(joints_of(blend(before, after, t)), holds)

    def moves_in(self, phase: int) -> bool:
        from_name, to_name = self.phase_poses(phase)
        return from_name != to_name

    def _constrained(self, joints: Joints, holds: dict[str, tuple[Held, float]]) -> Joints:
        """Put planted joints back on their spots, then hands (weight 0-1 of the way) on what they hold."""
        if self.planted:
            anchors = self._anchors()
            for joint in self.planted:
                reach(joints, joint, anchors[joint])
        for joint, (held, weight) in sorted(holds.items(), key=lambda item: item[0]):
            if weight > 0:
                reach(joints, joint, lerp(joints[joint], hold_point(joints, held), weight))
        return joints

    def _anchors(self) -> Joints:
        """Where the start pose puts the planted joints (computed once)."""
        anchors = self._anchor_cache
        if not anchors:
            anchors.update(joints_of(self.poses[self.start]))
        return anchors
