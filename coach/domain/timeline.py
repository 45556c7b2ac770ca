"""The compiled session: an ordered list of timed segments, and its JSON form.

A Timeline is what the player walks, the window shows, and the voice reads.
``backcoach plan ROUTINE --json`` prints ``Timeline.to_json()``; that shape is
the contract between domain, UI and tests (documented in docs/commands.md).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from coach.domain.routine import Level


class SegmentKind(enum.Enum):
    ANNOUNCE = "announce"  # a routine's or an exercise's name and purpose
    INSTRUCT = "instruct"  # a setup step, or the start of a round
    MOVE = "move"          # a timed phase of a rep
    HOLD = "hold"          # a phase of a rep held still
    REST = "rest"          # rest between rounds
    SWITCH = "switch"      # change to the other side
    DONE = "done"          # the end of the routine

    @property
    def speech_gated(self) -> bool:
        """Whether the segment waits for the voice to finish before it ends.

        Instructions and announcements must be heard in full; a rep phase or a
        rest keeps its beat whatever the voice is doing.
        """
        return self in _SPEECH_GATED


_SPEECH_GATED = frozenset({SegmentKind.ANNOUNCE, SegmentKind.INSTRUCT, SegmentKind.SWITCH, SegmentKind.DONE})


@dataclass(frozen=True)
class Cue:
    """Something due part-way through a segment: words ("10 seconds left"), or a sound.

    Attributes:
        at: seconds after the segment starts.
        say: the words, or "" for a sound only.
        sound: a chime's name (e.g. "tick"), or None.
    """

    at: float
    say: str
    sound: str | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"at": self.at, "say": self.say}
        if self.sound:
            data["sound"] = self.sound
        return data


@dataclass(frozen=True)
class Segment:
    """One timed piece of a session.

    Attributes:
        index: position in the timeline, from 0.
        kind: what sort of segment it is.
        exercise: the exercise id, or None for the routine's opening and end.
        side: "left", "right" or None.
        round: the round (from 1), or None outside an exercise's rounds.
        rounds: how many rounds the exercise has at this level, or None.
        rep: the rep (from 1) for move and hold segments, else None.
        reps: reps per side per round at this level, or None.
        seconds: planned length. A speech-gated segment may run longer: it
            ends at max(speech finished, planned seconds).
        say: the words spoken as the segment starts.
        caption: the short text shown large on screen.
        step: the navigation step: the phases of one rep share a step, every
            other segment is a step of its own (Back and Next move by steps).
        start: planned seconds from the start of the session.
        cues: words said part-way through.
    """

    index: int
    kind: SegmentKind
    exercise: str | None
    side: str | None
    round: int | None
    rounds: int | None
    rep: int | None
    reps: int | None
    seconds: float
    say: str
    caption: str
    step: int
    start: float
    cues: tuple[Cue, ...] = ()

    @property
    def speech_gated(self) -> bool:
        return self.kind.speech_gated

    @property
    def end(self) -> float:
        return self.start + self.seconds

    def to_json(self) -> dict[str, object]:
        return {
            "index": self.index,
            "kind": self.kind.value,
            "exercise": self.exercise,
            "side": self.side,
            "round": self.round,
            "rounds": self.rounds,
            "rep": self.rep,
            "reps": self.reps,
            "seconds": self.seconds,
            "say": self.say,
            "caption": self.caption,
            "step": self.step,
            "start": self.start,
            "speech_gated": self.speech_gated,
            "cues": [cue.to_json() for cue in self.cues],
        }


@dataclass(frozen=True)
class Timeline:
    """A routine compiled at one level.

    Attributes:
        routine: the routine id.
        title: the routine's title.
        level: the level it was compiled at.
        segments: in order; ``segments[i].index == i``.
    """

    routine: str
    title: str
    level: Level
    segments: tuple[Segment, ...]

    @property
    def total_seconds(self) -> float:
        """Planned length: the sum of every segment's planned seconds."""
        return self.segments[-1].end if self.segments else 0.0

    def __len__(self) -> int:
        return len(self.segments)

    def step_start(self, step: int) -> int:
        """Index of the first segment of a step."""
        for segment in self.segments:
            if segment.step == step:
                return segment.index
        raise IndexError(step)

    def exercise_start(self, exercise_id: str) -> int:
        """Index of an exercise's first segment (its announcement)."""
        for segment in self.segments:
            if segment.exercise == exercise_id:
                return segment.index
        raise KeyError(exercise_id)

    def exercise_ids(self) -> list[str]:
        seen: list[str] = []
        for segment in self.segments:
            if segment.exercise is not None and segment.exercise not in seen:
                seen.append(segment.exercise)
        return seen

    def to_json(self) -> dict[str, object]:
        return {
            "routine": self.routine,
            "title": self.title,
            "level": self.level.value,
            "total_seconds": self.total_seconds,
            "segments": [segment.to_json() for segment in self.segments],
        }
