"""What the printable sheet says and shows for an exercise, in plain Python (coach.ui.editor.routine_sheet lays it out).

The dose at a level in one line, one rep phase by phase, and the pose that
shows the exercise best. Placeholders are filled for the side worked first,
and no brace is ever left in the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from coach.domain.figure_exercise import ExerciseFigure
from coach.domain.figure_track import FigureFrame
from coach.domain.routine import Amount, Exercise, Level

_TIMES_A_DAY = {1: "once a day", 2: "twice a day"}
_SECONDS = "\u00a0s"  # "5 s" never breaks between the number and its unit


def _number(value: float) -> str:
    return f"{value:g}"


def filled(text: str, side: str | None, seconds: float | None = None) -> str:
    """Put the side (the first one worked) and seconds into a text's {placeholders}; never leave a brace."""
    values = {"side": side or "", "other_side": {"left": "right", "right": "left"}.get(side or "", ""),
              "seconds": _number(seconds) if seconds is not None else ""}
    filled = re.sub(r"\{(\w*)\}", lambda match: values.get(match.group(1), ""), text)
    return re.sub(r"\s{2,}", " ", filled.replace("{", "").replace("}", "")).strip()


def _with_range(picked: str, amount: Amount, unit: str = "") -> str:
    """"3 reps (range 2–3)": the level's number, and the article's range when it gives one."""
    return picked + (f" (range {_number(amount.low)}–{_number(amount.high)}{unit})" if amount.is_range else "")


def dose_words(exercise: Exercise, level: Level) -> str:
    """How much to do at a level, in one line: "15 reps × 3 rounds, rest 60 s between rounds"."""
    dose = exercise.dose
    reps = dose.reps.count_at(level)
    words = "once" if reps == 1 and not dose.reps.is_range else _with_range(
        f"{reps} rep{'s' * (reps != 1)}", dose.reps)
    if dose.sides:
        words += f" each side ({', then '.join(dose.sides)})"
    rounds = dose.rounds.count_at(level)
    if rounds != 1 or dose.rounds.is_range:
        words += " × " + _with_range(f"{rounds} round{'s' * (rounds != 1)}", dose.rounds)
    parts = [words[0].upper() + words[1:]]
    if dose.hold is not None:
        parts.append("hold " + _with_range(f"{_number(dose.hold.at(level))}{_SECONDS}", dose.hold, _SECONDS))
    rest = dose.rest_between_rounds.at(level)
    if rounds > 1 and rest > 0:
        parts.append(f"rest {_with_range(_number(rest) + _SECONDS, dose.rest_between_rounds, _SECONDS)} between rounds")
    if dose.times_per_day:
        parts.append(_TIMES_A_DAY.get(dose.times_per_day, f"{dose.times_per_day} times a day"))
    return ", ".join(parts)


def tempo_words(exercise: Exercise, level: Level) -> str:
    """One rep, phase by phase: "Each rep: Lift your hips 2 s · Squeeze your buttocks 2 s · …"."""
    dose = exercise.dose
    side = dose.sides[0] if dose.sides else None
    steps = []
    for phase in dose.tempo:
        seconds = dose.phase_seconds(phase, level)
        caption = filled(phase.caption, side, seconds)
        steps.append(caption if "{seconds}" in phase.caption else f"{caption} {_number(seconds)}{_SECONDS}")
    if not steps:
        return ""
    return (f"Each rep, {side} side shown: " if side else "Each rep: ") + " · ".join(steps)


def telling_frame(exercise: Exercise, figures: Mapping[str, ExerciseFigure]) -> FigureFrame | None:
    """The pose that shows the exercise best: the end of its first move, over its start pose drawn faintly.

    Sided exercises show the side worked first (the one the tempo line names).
    """
    figure = figures.get(exercise.id)
    if figure is None:
        return None
    first_side = exercise.dose.sides[0] if exercise.dose.sides else None
    mirrored = figure.side is not None and first_side is not None and first_side != figure.side
    peak = next((phase for phase in range(len(figure.phases)) if figure.moves_in(phase)), None)
    start = figure.key_joints(figure.start)
    if peak is None:
        return FigureFrame(figure, start, mirrored)
    return FigureFrame(figure, figure.key_joints(figure.phases[peak]), mirrored, target=start)


def about_minutes(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return f"about {minutes} minute{'s' * (minutes != 1)}"
