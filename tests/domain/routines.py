"""Helpers for domain tests: the built-in routines, compiled."""

from __future__ import annotations

from functools import cache

from coach.domain.compiler import compile_timeline
from coach.domain.routine import Level, Routine
from coach.domain.routine_loader import load_catalogue
from coach.domain.timeline import Segment, SegmentKind, Timeline
from coach.resources import builtin_routines_dir


@cache
def builtin(routine_id: str) -> Routine:
    catalogue = load_catalogue(builtin_routines_dir(), None)
    assert not catalogue.problems, catalogue.problems
    return catalogue.routines[routine_id]


@cache
def timeline(routine_id: str, level: Level = Level.STANDARD) -> Timeline:
    return compile_timeline(builtin(routine_id), level)


def of_exercise(tl: Timeline, exercise_id: str, *kinds: SegmentKind) -> list[Segment]:
    return [s for s in tl.segments if s.exercise == exercise_id and (not kinds or s.kind in kinds)]


def reps_done(tl: Timeline, exercise_id: str) -> list[tuple[str | None, int, int]]:
    """(side, round, rep) of every rep, in order: one entry per rep's first phase."""
    seen = []
    for s in of_exercise(tl, exercise_id, SegmentKind.MOVE, SegmentKind.HOLD):
        key = (s.side, s.round, s.rep)
        if not seen or seen[-1] != key:
            seen.append(key)
    return seen
