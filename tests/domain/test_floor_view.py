"""The floor view's rules: which number is the hero, what "next" names, how a session is summed up."""

from __future__ import annotations

from itertools import pairwise

import pytest

from coach.domain.floor_view import HeroKind, NextKind, SessionTally, hero_of, next_step
from coach.domain.timeline import SegmentKind

from .routines import timeline


def first(tl, predicate):
    return next(s for s in tl.segments if predicate(s))


def test_a_rep_of_a_set_shows_the_rep_and_its_total_in_every_phase():
    tl = timeline("lower-back")
    for segment in tl.segments:
        if segment.exercise == "bridge" and segment.kind in (SegmentKind.MOVE, SegmentKind.HOLD):
            hero = hero_of(segment)
            assert (hero.kind, hero.rep, hero.reps) == (HeroKind.REPS, segment.rep, 15)


def test_holds_of_3_s_or_more_rests_and_steps_show_the_seconds():
    tl = timeline("lower-back")
    held = first(tl, lambda s: s.exercise == "knee-to-chest" and s.kind is SegmentKind.HOLD)
    assert held.seconds >= 3 and hero_of(held).kind is HeroKind.SECONDS
    single = first(tl, lambda s: s.exercise == "rotation" and s.kind is SegmentKind.HOLD)
    assert single.reps == 1 and hero_of(single).kind is HeroKind.SECONDS
    for kind in (SegmentKind.REST, SegmentKind.INSTRUCT, SegmentKind.ANNOUNCE):
        assert hero_of(first(tl, lambda s, kind=kind: s.kind is kind)).kind is HeroKind.SECONDS
    assert hero_of(tl.segments[-1]).kind is HeroKind.DONE


def test_a_switch_shows_the_new_side():
    tl = timeline("lower-back")
    switch = first(tl, lambda s: s.kind is SegmentKind.SWITCH)
    assert hero_of(switch).kind is HeroKind.SIDE and hero_of(switch).side == switch.side == "right"


def test_next_is_never_the_next_beat_of_the_same_set():
    tl = timeline("lower-back")
    for segment in tl.segments:
        if segment.kind in (SegmentKind.MOVE, SegmentKind.HOLD) and segment.reps and segment.reps > 1:
            upcoming = next_step(tl, segment)
            assert upcoming is not None
            same_set = (upcoming.segment.kind in (SegmentKind.MOVE, SegmentKind.HOLD)
                        and (upcoming.segment.exercise, upcoming.segment.side, upcoming.segment.round)
                        == (segment.exercise, segment.side, segment.round))
            assert not same_set, f"segment {segment.index} names a beat of its own set"


@pytest.mark.parametrize(("where", "kind", "detail"), [
    (lambda s: s.exercise == "bridge" and s.round == 1 and s.rep == 15, NextKind.REST, None),
    (lambda s: s.exercise == "bridge" and s.kind is SegmentKind.REST, NextKind.ROUND, (2, 15)),
    (lambda s: s.exercise == "bridge" and s.round == 3 and s.rep == 15, NextKind.EXERCISE, "Knee to chest"),
    (lambda s: s.exercise == "knee-to-chest" and s.side == "left" and s.rep == 2, NextKind.SIDE, "right"),
])
def test_next_names_the_rest_the_round_the_exercise_or_the_side(where, kind, detail):
    tl = timeline("lower-back")
    upcoming = next_step(tl, first(tl, where))
    assert upcoming is not None and upcoming.kind is kind
    if kind is NextKind.ROUND:
        assert (upcoming.segment.round, upcoming.reps) == detail
    elif kind is NextKind.EXERCISE:
        assert upcoming.name == detail and upcoming.reps == 3 and upcoming.sided
    elif kind is NextKind.SIDE:
        assert upcoming.segment.side == detail


def test_the_last_step_is_followed_by_the_end_and_then_nothing():
    tl = timeline("cat-stretch")
    last_rep = [s for s in tl.segments if s.kind is SegmentKind.MOVE][-1]
    assert next_step(tl, last_rep).kind is NextKind.END
    assert next_step(tl, tl.segments[-1]) is None


def test_a_whole_session_is_every_exercise_done():
    tl = timeline("lower-back")
    tally = SessionTally(tl)
    for segment in tl.segments:
        tally.started(segment)
    summary = tally.summary(completed=True, at=tl.segments[-1], seconds=1201.0)
    assert summary.done == ("Bridge", "Knee to chest", "Lower-back rotation", "Side-lying leg lift", "Cat stretch")
    assert (summary.skipped, summary.not_reached, summary.stopped_at) == ((), (), None)
    assert summary.exercise_count == 5 and summary.seconds == 1201.0


def test_skipped_exercises_and_a_stop_are_told_apart():
    tl = timeline("lower-back")
    tally = SessionTally(tl)
    knee = tl.exercise_start("knee-to-chest")
    rotation = tl.exercise_start("rotation")
    stop_at = first(tl, lambda s: s.exercise == "side-leg-lift" and s.rep == 2)
    for segment in tl.segments[:stop_at.index + 1]:
        if not knee < segment.index < rotation:  # knee to chest: announced, then skipped
            tally.started(segment)
    summary = tally.summary(completed=False, at=stop_at, seconds=600.0)
    assert summary.done == ("Bridge", "Lower-back rotation")
    assert summary.skipped == ("Knee to chest",)
    assert summary.not_reached == ("Cat stretch",)
    assert summary.stopped_at is stop_at


def test_the_arc_of_a_set_of_quick_reps_spans_the_whole_set_and_empties_once():
    from coach.domain.floor_view import ring_spans

    tl = timeline("lower-back")
    spans = ring_spans(tl)
    bridge = [s for s in tl.segments if s.exercise == "bridge" and s.kind in (SegmentKind.MOVE, SegmentKind.HOLD)
              and s.round == 1]
    assert {spans[s.index] for s in bridge} == {spans[bridge[0].index]}, "one span for the whole set"
    span = spans[bridge[0].index]
    assert span.seconds == pytest.approx(sum(s.seconds for s in bridge))
    left = [span.fraction_left(s, remaining) for s in bridge for remaining in (s.seconds, s.seconds / 2)]
    left.append(span.fraction_left(bridge[-1], 0.0))
    assert left[0] == pytest.approx(1.0) and left[-1] == pytest.approx(0.0)
    assert all(a > b for a, b in pairwise(left)), "the arc only ever shrinks across the set"
    assert spans[next(s for s in tl.segments if s.exercise == "bridge" and s.round == 2
                      and s.kind is SegmentKind.MOVE).index] != span, "each round is a set of its own"


def test_a_set_with_timed_holds_has_one_arc_too_and_everything_else_an_arc_per_segment():
    from coach.domain.floor_view import ring_spans

    tl = timeline("lower-back")
    spans = ring_spans(tl)
    knee = [s for s in tl.segments if s.exercise == "knee-to-chest" and s.side == "left" and s.round == 1
            and s.kind in (SegmentKind.MOVE, SegmentKind.HOLD)]
    assert any(hero_of(s).kind is HeroKind.SECONDS for s in knee), "its holds count their own seconds"
    assert {spans[s.index] for s in knee} == {spans[knee[0].index]}, "one arc for the set, holds included"
    assert not any(s.kind in (SegmentKind.REST, SegmentKind.INSTRUCT, SegmentKind.SWITCH, SegmentKind.ANNOUNCE)
                   for s in tl.segments if s.index in spans)
    single = [s for s in tl.segments if s.kind is SegmentKind.HOLD and s.reps == 1]
    assert single and not any(s.index in spans for s in single), "a single hold's arc is its own"
