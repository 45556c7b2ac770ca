"""Suggested levels, worked out from recorded histories: up after easy sessions, down after a pain rise."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.history_records import LevelChoice, SessionOutcome, SessionRecord
from coach.domain.progress import higher_level, lower_level, pain_rose
from coach.domain.progression import Direction, LevelSuggestion, suggest_level
from coach.domain.routine import Level

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
DONE, STOPPED = SessionOutcome.COMPLETED, SessionOutcome.STOPPED
GENTLE, STANDARD, STRONG = Level.GENTLE, Level.STANDARD, Level.STRONG
QUICK = settings(max_examples=150, deadline=None, database=None)


@dataclass
class History:
    """A history being recorded, one event an hour, as the app would leave it."""

    sessions: list[SessionRecord] = field(default_factory=list)
    choices: list[LevelChoice] = field(default_factory=list)
    hour: int = 0

    def _next(self) -> datetime:
        self.hour += 1
        return T0 + timedelta(hours=self.hour)

    def session(self, level: Level = STANDARD, outcome: SessionOutcome = DONE, before: int | None = None,
                after: int | None = None) -> SessionRecord:
        started = self._next()
        record = SessionRecord(key=f"s{self.hour}", routine="cat-stretch", routine_title="Cat stretch",
                               level=level.value, started=started, ended=started + timedelta(minutes=6),
                               outcome=outcome, segments_done=10 if outcome is DONE else 4, segments_total=10,
                               pain_before=before, pain_after=after)
        self.sessions.append(record)
        return record

    def easy(self, count: int, level: Level = STANDARD, rated: bool = True) -> None:
        for _ in range(count):
            self.session(level, before=4 if rated else None, after=3 if rated else None)

    def choose(self, current: Level, suggested: Level, accepted: bool) -> LevelChoice:
        choice = LevelChoice(at=self._next(), from_level=current.value,
                             to_level=(suggested if accepted else current).value, suggested_level=suggested.value,
                             accepted=accepted)
        self.choices.append(choice)
        return choice

    def suggest(self, current: Level = STANDARD, needed: int = 6) -> LevelSuggestion | None:
        return suggest_level(self.sessions, self.choices, current, needed)


# ----- the rules, on histories written out by hand


def test_six_easy_sessions_suggest_the_next_level_up():
    history = History()
    history.easy(5)
    assert history.suggest() is None
    history.easy(1)
    assert history.suggest() == LevelSuggestion(STANDARD, STRONG, Direction.UP, sessions=6, rated=6)
    assert history.suggest(needed=7) is None, "the number needed is the setting's"


def test_gentle_goes_to_standard_and_strong_goes_nowhere():
    history = History()
    history.easy(6, GENTLE)
    assert history.suggest(GENTLE).suggested is STANDARD
    strong = History()
    strong.easy(20, STRONG)
    assert strong.suggest(STRONG) is None


def test_a_rise_of_two_suggests_the_level_down():
    history = History()
    history.easy(3)
    risen = history.session(before=3, after=5)
    assert history.suggest() == LevelSuggestion(STANDARD, GENTLE, Direction.DOWN, rise=2, rise_session=risen.key)
    assert history.suggest(STRONG) is None, "the rise was at standard"


def test_a_rise_of_one_is_an_easy_session():
    history = History()
    history.easy(5)
    history.session(before=3, after=4)
    assert history.suggest().direction is Direction.UP


def test_a_rise_at_gentle_suggests_nothing():
    history = History()
    history.session(GENTLE, before=2, after=7)
    assert history.suggest(GENTLE) is None


def test_an_unanswered_rise_keeps_coming_back_until_six_easy_sessions_follow_it():
    history = History()
    history.easy(10)
    history.session(before=1, after=4)
    for _ in range(6):  # after the rise and after each of five easy sessions
        assert history.suggest().direction is Direction.DOWN
        history.easy(1)
    assert history.suggest() == LevelSuggestion(STANDARD, STRONG, Direction.UP, sessions=6, rated=6), \
        "the ten easy sessions before the rise do not count"


def test_declining_up_asks_again_only_after_six_more_sessions():
    history = History()
    history.easy(6)
    history.choose(STANDARD, STRONG, accepted=False)
    for _ in range(5):
        history.easy(1)
        assert history.suggest() is None
    history.easy(1)
    assert history.suggest() == LevelSuggestion(STANDARD, STRONG, Direction.UP, sessions=6, rated=6)


def test_declining_down_waits_for_a_new_rise():
    history = History()
    history.session(before=2, after=5)
    history.choose(STANDARD, GENTLE, accepted=False)
    assert history.suggest() is None
    history.easy(2)
    assert history.suggest() is None
    again = history.session(before=2, after=4)
    assert history.suggest().rise_session == again.key


def test_accepting_starts_the_new_level_from_nothing():
    history = History()
    history.easy(6)
    history.choose(STANDARD, STRONG, accepted=True)
    assert history.suggest(STRONG) is None
    history.easy(2, STRONG)
    history.easy(4)  # back at standard by hand: the sessions before the choice no longer count
    assert history.suggest() is None and history.suggest(STRONG) is None


def test_sessions_at_other_levels_neither_count_nor_reset():
    history = History()
    history.easy(3)
    history.session(STRONG, before=1, after=8)
    history.easy(2, GENTLE)
    history.easy(3)
    assert history.suggest() == LevelSuggestion(STANDARD, STRONG, Direction.UP, sessions=6, rated=6)
    assert history.suggest(STRONG).direction is Direction.DOWN


def test_a_stopped_session_neither_counts_nor_resets_but_the_offer_waits_for_a_completed_one():
    history = History()
    history.easy(3)
    history.session(outcome=STOPPED)
    history.easy(3)
    assert history.suggest().sessions == 6
    history.session(outcome=STOPPED)
    assert history.suggest() is None, "not right after a session stopped part way"
    history.easy(1)
    assert history.suggest().sessions == 7


def test_a_stopped_session_with_a_rise_suggests_down():
    history = History()
    history.easy(2)
    risen = history.session(outcome=STOPPED, before=3, after=6)
    assert history.suggest() == LevelSuggestion(STANDARD, GENTLE, Direction.DOWN, rise=3, rise_session=risen.key)


def test_a_stopped_session_after_easy_ones_does_not_bring_back_an_old_rise():
    history = History()
    history.session(before=3, after=6)
    history.easy(6)
    history.session(outcome=STOPPED)
    assert history.suggest() is None


def test_sessions_without_ratings_count_and_say_so():
    history = History()
    history.easy(6, rated=False)
    assert history.suggest() == LevelSuggestion(STANDARD, STRONG, Direction.UP, sessions=6, rated=0)
    history.session(before=5)  # only before: no rise to see
    assert history.suggest().rated == 0 and history.suggest().sessions == 7


def test_interrupted_and_running_sessions_do_not_count():
    history = History()
    history.easy(5)
    history.session(outcome=SessionOutcome.INTERRUPTED)
    history.session(outcome=SessionOutcome.RUNNING)
    assert history.suggest() is None


def test_a_clock_in_another_zone_changes_nothing():
    history = History()
    history.easy(6)
    east = [replace(s, started=s.started.astimezone(timezone(timedelta(hours=9)))) for s in history.sessions]
    assert suggest_level(east, [], STANDARD, 6) == history.suggest()


def test_fewer_than_one_session_needed_is_refused():
    with pytest.raises(ValueError, match="at least 1"):
        suggest_level([], [], STANDARD, 0)


# ----- properties, on histories hypothesis records

LEVELS = st.sampled_from(list(Level))
RATING = st.none() | st.integers(0, 10)
EVENT = st.one_of(
    st.tuples(st.just("session"), LEVELS, st.sampled_from(list(SessionOutcome)), RATING, RATING),
    st.tuples(st.just("choice"), LEVELS, st.booleans()),
)


@st.composite
def histories(draw: st.DrawFn) -> History:
    history = History()
    for event in draw(st.lists(EVENT, max_size=40)):
        if event[0] == "session":
            _, level, outcome, before, after = event
            history.session(level, outcome, before, after)
        else:
            _, level, accepted = event
            suggested = higher_level(level) if level is not STRONG else lower_level(level)
            history.choose(level, suggested, accepted)
    return history


def window(history: History, current: Level) -> list[SessionRecord]:
    """The sessions at ``current`` since the last choice, oldest first."""
    since = max((c.at for c in history.choices), default=None)
    return [s for s in history.sessions if s.level == current.value and (since is None or s.started > since)]


@QUICK
@given(histories(), LEVELS, st.integers(1, 8))
def test_a_suggestion_is_always_one_step_within_the_three_levels(history, current, needed):
    found = history.suggest(current, needed)
    if found is not None:
        step = higher_level if found.direction is Direction.UP else lower_level
        assert found.current is current and found.suggested is step(current) and found.suggested is not current


@QUICK
@given(histories(), LEVELS, st.integers(1, 8))
def test_up_never_follows_a_rise_among_the_counted_sessions(history, current, needed):
    found = history.suggest(current, needed)
    if found is None or found.direction is not Direction.UP:
        return
    recent = window(history, current)
    completed = [s for s in recent if s.completed]
    assert len(completed) >= found.sessions >= needed
    oldest_counted = completed[-found.sessions]
    assert not any(pain_rose(s.pain_before, s.pain_after) for s in recent if s.started >= oldest_counted.started)
    assert recent[-1].completed


@QUICK
@given(histories(), LEVELS, st.integers(1, 8))
def test_down_only_after_an_unanswered_rise_at_that_level(history, current, needed):
    found = history.suggest(current, needed)
    if found is None or found.direction is not Direction.DOWN:
        return
    recent = window(history, current)
    (risen,) = [s for s in recent if s.key == found.rise_session]
    assert pain_rose(risen.pain_before, risen.pain_after) and found.rise == risen.pain_change
    later = [s for s in recent if s.started > risen.started]
    assert not any(pain_rose(s.pain_before, s.pain_after) for s in later), "the newest rise"
    assert sum(s.completed for s in later) < needed


@QUICK
@given(histories(), LEVELS, st.integers(1, 8), st.integers(0, 7))
def test_any_answer_resets_the_count(history, current, needed, more):
    found = history.suggest(current, needed)
    if found is None:
        return
    history.choose(current, found.suggested, accepted=False)
    assert history.suggest(current, needed) is None, "a declined suggestion is not repeated at once"
    history.easy(min(more, needed - 1), current)
    assert history.suggest(current, needed) is None
    history.easy(needed, current)
    expected = None if current is STRONG else LevelSuggestion(current, higher_level(current), Direction.UP,
                                                              sessions=needed + min(more, needed - 1),
                                                              rated=needed + min(more, needed - 1))
    assert history.suggest(current, needed) == expected


@QUICK
@given(histories(), LEVELS, st.integers(1, 8))
def test_accepting_leaves_nothing_to_suggest_at_the_new_level(history, current, needed):
    found = history.suggest(current, needed)
    if found is None:
        return
    history.choose(current, found.suggested, accepted=True)
    assert history.suggest(found.suggested, needed) is None
    assert history.suggest(current, needed) is None


@QUICK
@given(histories(), LEVELS, st.integers(1, 8), st.randoms(use_true_random=False))
def test_the_order_the_history_comes_in_does_not_matter(history, current, needed, shuffler: random.Random):
    expected = history.suggest(current, needed)
    sessions, choices = list(history.sessions), list(history.choices)
    shuffler.shuffle(sessions)
    shuffler.shuffle(choices)
    assert suggest_level(sessions, choices, current, needed) == expected


def test_higher_level_steps_up_and_stops_at_strong():
    assert [higher_level(level) for level in Level] == [STANDARD, STRONG, STRONG]  # gentle, standard, strong
