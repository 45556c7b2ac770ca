"""What the printable sheet says and shows for an exercise, in plain Python (coach.ui.editor.routine_sheet lays it out).

The dose at a level in one line, one rep phase by phase, and the pose that
shows the exercise best. Placeholders are filled for the side worked first,
and no brace is ever left in the text. The words are the phrasebook's of the
language asked for (coach/domain/phrasebook/, ``sheet``); English by default.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from coach.domain.figure_exercise import ExerciseFigure
from coach.domain.figure_track import FigureFrame
from coach.domain.languages import ENGLISH
from coach.domain.phrasebook import SheetPhrases, fill, phrasebook, sentence_case
from coach.domain.routine import Amount, Exercise, Level

_OTHER_SIDE = {"left": "right", "right": "left"}


def _number(value: float) -> str:
    return f"{value:g}"


def filled(text: str, side: str | None, seconds: float | None = None, language: str = ENGLISH) -> str:
    """Put the side (the first one worked) and seconds into a text's {placeholders}; never leave a brace."""
    sides = phrasebook(language).sides
    other = _OTHER_SIDE.get(side or "", "")
    values = {"side": sides.get(side or "", ""), "other_side": sides.get(other, ""),
              "seconds": _number(seconds) if seconds is not None else ""}
    text = fill(text, values, {"side": side or "", "other_side": other})
    return re.sub(r"\s{2,}", " ", text.replace("{", "").replace("}", "")).strip()


def _with_range(words: SheetPhrases, picked: str, amount: Amount, unit: str = "") -> str:
    """"3 reps (range 2–3)": the level's number, and the article's range when it gives one."""
    if not amount.is_range:
        return picked
    return words.in_range.format(picked=picked, low=_number(amount.low), high=_number(amount.high), unit=unit)


def dose_words(exercise: Exercise, level: Level, language: str = ENGLISH) -> str:
    """How much to do at a level, in one line: "15 reps × 3 rounds, rest 60 s between rounds"."""
    book = phrasebook(language)
    words, unit = book.sheet, book.sheet.seconds_unit
    dose = exercise.dose
    reps = dose.reps.count_at(level)
    line = words.once if reps == 1 and not dose.reps.is_range else _with_range(
        words, words.reps.of(reps), dose.reps)
    if dose.sides:
        order = words.side_order.format(first=book.sides[dose.sides[0]], second=book.sides[dose.sides[1]])
        line = words.each_side.format(dose=line, sides=order)
    rounds = dose.rounds.count_at(level)
    if rounds != 1 or dose.rounds.is_range:
        line = words.reps_times_rounds.format(reps=line, rounds=_with_range(words, words.rounds.of(rounds),
                                                                            dose.rounds))
    parts = [sentence_case(line)]
    if dose.hold is not None:
        parts.append(words.hold.format(amount=_with_range(words, _number(dose.hold.at(level)) + unit, dose.hold,
                                                          unit)))
    rest = dose.rest_between_rounds.at(level)
    if rounds > 1 and rest > 0:
        parts.append(words.rest.format(amount=_with_range(words, _number(rest) + unit, dose.rest_between_rounds,
                                                          unit)))
    if dose.times_per_day:
        per_day = {1: words.once_a_day, 2: words.twice_a_day}
        parts.append(per_day.get(dose.times_per_day, words.times_a_day.format(count=dose.times_per_day)))
    return ", ".join(parts)


def tempo_words(exercise: Exercise, level: Level, language: str = ENGLISH) -> str:
    """One rep, phase by phase: "Each rep: Lift your hips 2 s · Squeeze your buttocks 2 s · …"."""
    book = phrasebook(language)
    dose = exercise.dose
    side = dose.sides[0] if dose.sides else None
    steps = []
    for phase in dose.tempo:
        seconds = dose.phase_seconds(phase, level)
        caption = filled(phase.caption, side, seconds, language)
        steps.append(caption if "{seconds}" in phase.caption
                     else f"{caption} {_number(seconds)}{book.sheet.seconds_unit}")
    if not steps:
        return ""
    heading = book.sheet.each_rep_sided.format(side=book.sides[side]) if side else book.sheet.each_rep
    return heading + " · ".join(steps)


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


def about_minutes(seconds: float, language: str = ENGLISH) -> str:
    return phrasebook(language).about_minutes.of(max(1, round(seconds / 60)))
