"""Every dose the source article gives, asserted on the compiled timeline at every level.

Article: bridge 15 reps x 3 rounds, 1 minute rest; knee-to-chest 5 s hold, 2-3
times each side; rotation 5-10 s hold each side; side leg lift raised for 2 s,
10 reps, 3 rounds each side; cat stretch 3-5 times, twice a day.
"""

from __future__ import annotations

import pytest

from coach.domain.routine import Level
from coach.domain.timeline import SegmentKind

from .routines import builtin, of_exercise, reps_done, timeline

LEVELS = list(Level)
HOLD = SegmentKind.HOLD
REST = SegmentKind.REST


def test_lower_back_has_the_five_exercises_in_the_articles_order():
    ids = [e.id for e in builtin("lower-back").exercises]
    assert ids == ["bridge", "knee-to-chest", "rotation", "side-leg-lift", "cat-stretch"]
    assert timeline("lower-back").exercise_ids() == ids


@pytest.mark.parametrize("level", LEVELS)
def test_bridge_15_reps_3_rounds_one_minute_rest(level):
    tl = timeline("lower-back", level)
    reps = reps_done(tl, "bridge")
    assert reps == [(None, r, n) for r in (1, 2, 3) for n in range(1, 16)]
    rests = of_exercise(tl, "bridge", REST)
    assert [s.seconds for s in rests] == [60.0, 60.0]
    assert [s.round for s in rests] == [1, 2]
    squeezes = of_exercise(tl, "bridge", HOLD)
    assert len(squeezes) == 45 and all("queeze" in s.say for s in squeezes)


@pytest.mark.parametrize(("level", "times"), [(Level.GENTLE, 2), (Level.STANDARD, 3), (Level.STRONG, 3)])
def test_knee_to_chest_5_second_hold_2_to_3_times_each_side(level, times):
    tl = timeline("lower-back", level)
    assert reps_done(tl, "knee-to-chest") == [(side, 1, n) for side in ("left", "right")
                                             for n in range(1, times + 1)]
    holds = of_exercise(tl, "knee-to-chest", HOLD)
    assert [s.seconds for s in holds] == [5.0] * (2 * times)


@pytest.mark.parametrize(("level", "seconds"), [(Level.GENTLE, 5), (Level.STANDARD, 8), (Level.STRONG, 10)])
def test_rotation_holds_5_to_10_seconds_left_then_right(level, seconds):
    tl = timeline("lower-back", level)
    holds = of_exercise(tl, "rotation", HOLD)
    assert [(s.side, s.seconds) for s in holds] == [("left", seconds), ("right", seconds)]


@pytest.mark.parametrize("level", LEVELS)
def test_side_leg_lift_2_second_hold_10_reps_3_rounds_each_side(level):
    tl = timeline("lower-back", level)
    expected = [(side, r, n) for r in (1, 2, 3) for side in ("left", "right") for n in range(1, 11)]
    assert reps_done(tl, "side-leg-lift") == expected
    holds = of_exercise(tl, "side-leg-lift", HOLD)
    assert {s.seconds for s in holds} == {2.0} and len(holds) == 60
    lifts = [s for s in of_exercise(tl, "side-leg-lift", SegmentKind.MOVE) if s.caption.startswith("Lift")]
    assert all("45 cm" in s.caption and s.side in s.caption for s in lifts)


@pytest.mark.parametrize(("level", "times"), [(Level.GENTLE, 3), (Level.STANDARD, 4), (Level.STRONG, 5)])
def test_cat_stretch_3_to_5_times(level, times):
    for routine_id in ("lower-back", "cat-stretch"):
        tl = timeline(routine_id, level)
        assert reps_done(tl, "cat-stretch") == [(None, 1, n) for n in range(1, times + 1)]


def test_cat_stretch_is_twice_a_day_and_identical_in_both_routines():
    alone = builtin("cat-stretch").exercise("cat-stretch")
    in_routine = builtin("lower-back").exercise("cat-stretch")
    assert alone == in_routine
    assert alone.dose.times_per_day == 2


def test_ranges_stay_ranges_in_the_data():
    routine = builtin("lower-back")
    assert routine.exercise("knee-to-chest").dose.reps.is_range
    assert routine.exercise("rotation").dose.hold.is_range
    assert routine.exercise("cat-stretch").dose.reps.is_range


def test_levels_order_the_session_length():
    for routine_id in ("lower-back", "cat-stretch"):
        gentle, standard, strong = (timeline(routine_id, level).total_seconds for level in LEVELS)
        assert gentle < standard < strong
