"""What the figure shows at each moment of a session: which exercise, which pose, which side.

During a rep it moves through the phase in step with the countdown; while
an exercise is announced, explained, rested between rounds or switched to the
other side, it stands still in the start pose of what comes next, so the
person can get into position while they listen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coach.domain.figure_exercise import ExerciseFigure, Joints
from coach.domain.timeline import Segment, SegmentKind, Timeline

_REP_KINDS = (SegmentKind.MOVE, SegmentKind.HOLD)


@dataclass(frozen=True)
class FigureFrame:
    """The figure at one instant.

    Attributes:
        figure: the exercise's figure (its camera, focus bones, key poses).
        joints: where every joint is now.
        mirrored: drawn as the mirror image (the other side from the one the poses show).
        target: where a moving phase is heading (drawn faintly), or None when still.
    """

    figure: ExerciseFigure
    joints: Joints
    mirrored: bool
    target: Joints | None = None


class FigureTrack:
    """Maps a timeline's segments to figure frames.

    A figure whose phases do not match its exercise's tempo (a routine that
    changed the tempo of a built-in exercise) is shown still, in its start
    pose: a figure out of step with the voice would mislead.
    """

    def __init__(self, timeline: Timeline, figures: Mapping[str, ExerciseFigure]) -> None:
        self._figures = figures
        self._phase: dict[int, int] = {}
        self._first_side: dict[str, str | None] = {}
        phases_per_rep: dict[str, int] = {}
        step_start = 0
        for segment in timeline.segments:
            exercise = segment.exercise
            if exercise is not None and exercise not in self._first_side:
                self._first_side[exercise] = None
            if exercise is not None and self._first_side[exercise] is None and segment.side is not None:
                self._first_side[exercise] = segment.side
            if segment.kind in _REP_KINDS:
                if segment.index == 0 or timeline.segments[segment.index - 1].step != segment.step:
                    step_start = segment.index
                self._phase[segment.index] = phase = segment.index - step_start
                if exercise is not None:
                    phases_per_rep[exercise] = max(phases_per_rep.get(exercise, 0), phase + 1)
        self._steps: dict[tuple[object, ...], FigureFrame | None] = {}
        self._animated = {exercise for exercise, count in phases_per_rep.items()
                          if exercise in figures and len(figures[exercise].phases) == count}
        self._opening = next((e for e in timeline.exercise_ids() if e in figures), None)

    def has_figure(self, exercise: str | None) -> bool:
        return exercise in self._figures

    def is_animated(self, exercise: str) -> bool:
        return exercise in self._animated

    def moves(self, segment: Segment) -> bool:
        """Whether the figure moves during this segment (else one frame shows all of it)."""
        phase = self._phase.get(segment.index)
        exercise = segment.exercise
        return (phase is not None and exercise in self._animated
                and self._figures[exercise].moves_in(phase))

    def stepped_frame(self, segment: Segment, progress: float, steps: int) -> FigureFrame | None:
        """``frame()`` at the nearest of ``steps`` even steps through the segment.

        The same step of the same phase (every rep of a set repeats them) returns the very same
        frame object, so a view can tell an unchanged picture by identity and draw each one once.
        """
        steps = max(1, steps)
        step = min(steps, max(0, round(progress * steps)))
        key = (segment.exercise, segment.side, segment.kind, self._phase.get(segment.index), steps, step)
        if key not in self._steps:
            self._steps[key] = self.frame(segment, step / steps)
        return self._steps[key]

    def frame(self, segment: Segment, progress: float) -> FigureFrame | None:
        """The figure ``progress`` (0-1) of the way through a segment; None when there is none to show."""
        if segment.kind is SegmentKind.DONE:
            return None
        exercise = segment.exercise if segment.exercise is not None else self._opening
        if exercise is None or exercise not in self._figures:
            return None
        figure = self._figures[exercise]
        side = segment.side or self._first_side.get(exercise)
        mirrored = figure.side is not None and side is not None and side != figure.side
        phase = self._phase.get(segment.index)
        if phase is None or exercise not in self._animated or segment.exercise is None:
            return FigureFrame(figure, figure.moment(None, 0.0), mirrored)
        target = figure.key_joints(figure.phases[phase]) if figure.moves_in(phase) else None
        return FigureFrame(figure, figure.moment(phase, progress), mirrored, target)
