"""What the session screen puts first, read from a timeline: the hero number, the next step, the summary.

A person on the floor 3 m away needs one big answer at a time: which rep of
how many while repeating a movement, how many seconds are left while holding
or resting, which side after a switch. These rules choose it; the UI only
formats and paints. No Qt here, so every rule is tested in milliseconds.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from coach.domain.timeline import Segment, SegmentKind, Timeline

# A hold at least this long is timed by its seconds; a shorter one is a beat of a rep.
SECONDS_HERO_HOLD = 3.0
# An exercise counts as done when at least this share of its timed reps was played.
DONE_SHARE = 0.5

_REP_KINDS = (SegmentKind.MOVE, SegmentKind.HOLD)


class HeroKind(enum.Enum):
    REPS = "reps"        # "7 / 15": the rep of the set
    SECONDS = "seconds"  # the seconds left of a hold, a rest or a step
    SIDE = "side"        # "Right": a switch to the other side
    DONE = "done"        # the end: no number


@dataclass(frozen=True)
class Hero:
    """The one big thing on screen for a segment.

    Attributes:
        kind: which of the kinds above.
        rep, reps: for REPS, the rep and how many in the set.
        side: for SIDE, "left" or "right".
    """

    kind: HeroKind
    rep: int = 0
    reps: int = 0
    side: str = ""


def hero_of(segment: Segment) -> Hero:
    """Reps while repeating a movement; seconds while holding, resting or listening; the side at a switch."""
    if segment.kind is SegmentKind.DONE:
        return Hero(HeroKind.DONE)
    if segment.kind is SegmentKind.SWITCH and segment.side:
        return Hero(HeroKind.SIDE, side=segment.side)
    timed_hold = segment.kind is SegmentKind.HOLD and segment.seconds >= SECONDS_HERO_HOLD
    if segment.kind in _REP_KINDS and segment.rep and segment.reps and segment.reps > 1 and not timed_hold:
        return Hero(HeroKind.REPS, rep=segment.rep, reps=segment.reps)
    return Hero(HeroKind.SECONDS)


@dataclass(frozen=True)
class RingSpan:
    """The stretch of planned time the ring's arc empties over: from ``start``, for ``seconds``."""

    start: float
    seconds: float

    def fraction_left(self, segment: Segment, remaining: float) -> float:
        """How much of the arc is left ``remaining`` seconds before ``segment`` (inside the span) ends."""
        done = segment.start - self.start + segment.seconds - remaining
        return min(1.0, max(0.0, 1.0 - done / self.seconds)) if self.seconds > 0 else 0.0


def ring_spans(timeline: Timeline) -> dict[int, RingSpan]:
    """For each segment of a set of reps (its moves and holds), the span of the whole set.

    The arc measures the set, as the rep number does, and empties once in a minute instead
    of once every two seconds: calmer to watch from the floor, and a ring that moves 30 times
    slower needs far fewer frames. A hold inside a set still counts its own seconds in the
    number ("5", "4", ...), over the set's arc. Segments not listed (single holds, rests,
    steps, switches) keep an arc of their own.
    """
    spans: dict[int, RingSpan] = {}
    segments = timeline.segments
    index = 0
    while index < len(segments):
        segment = segments[index]
        if segment.kind not in _REP_KINDS or not segment.reps or segment.reps < 2:
            index += 1
            continue
        end = index
        while end + 1 < len(segments) and _same_set(segments[end + 1], segment):
            end += 1
        members = segments[index:end + 1]
        span = RingSpan(members[0].start, members[-1].end - members[0].start)
        spans.update((member.index, span) for member in members)
        index = end + 1
    return spans


class NextKind(enum.Enum):
    EXERCISE = "exercise"        # the next exercise begins
    ROUND = "round"              # the next round of this exercise
    SIDE = "side"                # the other side
    REST = "rest"                # a rest between rounds
    INSTRUCTION = "instruction"  # the next thing to do or hear
    END = "end"                  # the routine ends


@dataclass(frozen=True)
class NextStep:
    """The next step worth knowing: never the next beat of the same set of reps.

    Attributes:
        kind: what comes.
        segment: the segment it starts with.
        name: the exercise's name (EXERCISE), else "".
        reps: reps per side per round of what comes (0 if it has no reps).
        rounds: rounds of what comes (0 if none).
        sided: whether what comes is done on each side.
    """

    kind: NextKind
    segment: Segment
    name: str = ""
    reps: int = 0
    rounds: int = 0
    sided: bool = False


def next_step(timeline: Timeline, segment: Segment) -> NextStep | None:
    """What comes after this segment, past the rest of its set of reps; None after the end."""
    segments = timeline.segments
    index = segment.index + 1
    if segment.kind in _REP_KINDS:
        while index < len(segments) and _same_set(segments[index], segment):
            index += 1
    if index >= len(segments):
        return None
    upcoming = segments[index]
    kind = upcoming.kind
    if kind is SegmentKind.DONE:
        return NextStep(NextKind.END, upcoming)
    if kind is SegmentKind.REST:
        return NextStep(NextKind.REST, upcoming)
    if kind is SegmentKind.ANNOUNCE and upcoming.exercise is not None and upcoming.exercise != segment.exercise:
        reps, rounds, sided = dose_of(timeline, upcoming.exercise)
        return NextStep(NextKind.EXERCISE, upcoming, exercise_name(timeline, upcoming.exercise), reps, rounds, sided)
    reps = _reps_from(segments, index)
    if kind is SegmentKind.SWITCH:
        return NextStep(NextKind.SIDE, upcoming, reps=reps, rounds=upcoming.rounds or 0)
    if kind is SegmentKind.INSTRUCT and upcoming.round and upcoming.rounds and upcoming.rounds > 1 \
            and upcoming.round != segment.round:
        return NextStep(NextKind.ROUND, upcoming, reps=reps, rounds=upcoming.rounds)
    return NextStep(NextKind.INSTRUCTION, upcoming)


def _same_set(candidate: Segment, segment: Segment) -> bool:
    return (candidate.kind in _REP_KINDS and candidate.exercise == segment.exercise
            and candidate.side == segment.side and candidate.round == segment.round)


def _reps_from(segments: tuple[Segment, ...], index: int) -> int:
    """Reps of the first set of reps at or after ``index`` within the same exercise."""
    exercise = segments[index].exercise
    for later in segments[index:]:
        if later.exercise != exercise:
            break
        if later.kind in _REP_KINDS and later.reps:
            return later.reps
    return 0


def exercise_name(timeline: Timeline, exercise_id: str) -> str:
    """The exercise's name: the caption of its announcement."""
    return timeline.segments[timeline.exercise_start(exercise_id)].caption


def dose_of(timeline: Timeline, exercise_id: str) -> tuple[int, int, bool]:
    """Reps per set, rounds, and whether it is done on each side, as compiled."""
    reps, rounds, sides = 0, 0, set()
    for segment in timeline.segments:
        if segment.exercise != exercise_id:
            continue
        if segment.kind in _REP_KINDS:
            reps = max(reps, segment.reps or 0)
        rounds = max(rounds, segment.rounds or 0)
        if segment.side:
            sides.add(segment.side)
    return reps, rounds, len(sides) > 1


@dataclass(frozen=True)
class SessionSummary:
    """How a session went, for the card at its end.

    Attributes:
        completed: it ran to the end (skips included) rather than being stopped.
        seconds: time spent exercising, pauses left out.
        done: names of the exercises done (at least half their reps played).
        skipped: names of the exercises passed over with less than that.
        not_reached: names of the exercises after the point where it was stopped.
        stopped_at: the segment it was stopped in (None if completed).
        exercise_count: how many exercises the routine has.
    """

    completed: bool
    seconds: float
    done: tuple[str, ...]
    skipped: tuple[str, ...]
    not_reached: tuple[str, ...]
    stopped_at: Segment | None
    exercise_count: int


@dataclass
class SessionTally:
    """Counts what a session played, segment by segment, to sum it up at the end.

    Attributes:
        timeline: the session's timeline.
        played: indices of the segments that were started.
    """

    timeline: Timeline
    played: set[int] = field(default_factory=set)

    def started(self, segment: Segment) -> None:
        self.played.add(segment.index)

    def summary(self, *, completed: bool, at: Segment, seconds: float) -> SessionSummary:
        """The summary when the session ended in segment ``at`` after ``seconds`` of exercise."""
        timeline = self.timeline
        done, skipped, not_reached = [], [], []
        stopped_in = None if completed else at.exercise
        for exercise in timeline.exercise_ids():
            name = exercise_name(timeline, exercise)
            if not completed and timeline.exercise_start(exercise) > at.index:
                not_reached.append(name)
            elif self._share_played(exercise) >= DONE_SHARE:
                done.append(name)
            elif exercise != stopped_in:
                skipped.append(name)
        return SessionSummary(completed, max(0.0, seconds), tuple(done), tuple(skipped), tuple(not_reached),
                              None if completed else at, len(timeline.exercise_ids()))

    def _share_played(self, exercise: str) -> float:
        work = _work_segments(self.timeline.segments, exercise)
        if not work:  # an exercise of setup steps only: done if any of it was heard
            work = [s.index for s in self.timeline.segments if s.exercise == exercise]
        return sum(1 for index in work if index in self.played) / len(work) if work else 0.0


def _work_segments(segments: Iterable[Segment], exercise: str) -> list[int]:
    return [s.index for s in segments if s.exercise == exercise and s.kind in _REP_KINDS]
