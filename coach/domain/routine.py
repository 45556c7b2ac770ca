"""Routines as plain data: exercises, their doses, and the levels that pick inside ranges.

A routine file keeps the article's ranges ("2-3 times", "5-10 seconds") as
ranges; a Level chooses the number to use. Nothing here reads files: see
coach.domain.routine_loader for that.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from pathlib import Path


class Level(enum.Enum):
    """How hard a session is: where inside each range the dose is taken."""

    GENTLE = "gentle"
    STANDARD = "standard"
    STRONG = "strong"

    @classmethod
    def names(cls) -> list[str]:
        return [level.value for level in cls]


DEFAULT_LEVEL = Level.STANDARD

SIDES = ("left", "right")


@dataclass(frozen=True)
class Amount:
    """A count or a number of seconds: fixed (low == high) or a range.

    Attributes:
        low: the gentle end of the range.
        high: the strong end of the range.
    """

    low: float
    high: float

    @classmethod
    def fixed(cls, value: float) -> Amount:
        return cls(value, value)

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def at(self, level: Level) -> float:
        """The value for a level: gentle = low end, strong = high end.

        Standard is the middle rounded half up to a whole number when both ends
        are whole ("2-3 times" -> 3, "5-10 s" -> 8), so counts stay counts and
        countdowns start on a whole second.
        """
        if level is Level.GENTLE:
            return self.low
        if level is Level.STRONG:
            return self.high
        middle = (self.low + self.high) / 2
        if float(self.low).is_integer() and float(self.high).is_integer():
            return float(math.floor(middle + 0.5))
        return middle

    def count_at(self, level: Level) -> int:
        """The value for a level as a whole count (reps, rounds)."""
        return int(self.at(level))


class PhaseKind(enum.Enum):
    """A phase of a rep either moves (a timed motion) or holds still."""

    MOVE = "move"
    HOLD = "hold"


@dataclass(frozen=True)
class Phase:
    """One timed part of a rep, e.g. "lift 2 s" or "hold 5 s".

    Attributes:
        kind: move or hold.
        seconds: how long it lasts; None for a hold that takes the dose's hold.
        say: the cue word(s) spoken as the phase starts.
        caption: the short text shown large on screen during the phase.
    """

    kind: PhaseKind
    seconds: Amount | None
    say: str
    caption: str


@dataclass(frozen=True)
class Dose:
    """How much of an exercise to do.

    Attributes:
        reps: reps per side per round.
        rounds: how many rounds.
        sides: () for an exercise done once, else the order of sides to work.
        tempo: the phases of one rep.
        hold: seconds for a tempo phase that holds without its own seconds.
        rest_between_rounds: seconds of rest between rounds.
        times_per_day: how often a day the source recommends it, if it says.
    """

    reps: Amount
    rounds: Amount
    sides: tuple[str, ...]
    tempo: tuple[Phase, ...]
    hold: Amount | None
    rest_between_rounds: Amount
    times_per_day: int | None

    def phase_seconds(self, phase: Phase, level: Level) -> float:
        amount = phase.seconds if phase.seconds is not None else self.hold
        assert amount is not None, "the loader guarantees a hold for every untimed phase"
        return amount.at(level)


@dataclass(frozen=True)
class Exercise:
    """One exercise of a routine.

    Attributes:
        id: a short slug, unique within the routine.
        name: the name shown and said.
        purpose: one plain line on what it does for the back.
        setup: untimed instructions said before the first rep.
        side_cue: said at the start of each side; may use {side} and {other_side}.
        dose: how much to do.
    """

    id: str
    name: str
    purpose: str
    setup: tuple[str, ...]
    side_cue: str
    dose: Dose


@dataclass(frozen=True)
class Routine:
    """A named list of exercises, loaded from one TOML file.

    Attributes:
        id: a short slug used on the command line (``backcoach plan lower-back``).
        title: the name shown and said.
        description: a line or two for the home screen.
        exercises: in the order they are done.
        source: the file it came from.
        builtin: True for routines shipped with the app.
    """

    id: str
    title: str
    description: str
    exercises: tuple[Exercise, ...]
    source: Path
    builtin: bool

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)
