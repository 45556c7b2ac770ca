"""The session player under a fake clock: timing, pause, navigation, cues and speech gating."""

from __future__ import annotations

import random

import pytest

from coach.domain.player import BACK_GRACE_SECONDS, DEFAULT_SPEECH_GRACE_SECONDS, Player, PlayerState
from coach.domain.timeline import SegmentKind

from ..fakes import FakeClock
from .routines import timeline


class Recorder:
    """Connects to every player event and keeps what it heard, with the clock time."""

    def __init__(self, player: Player, clock: FakeClock) -> None:
        self.segments: list[tuple[float, int]] = []
        self.cues: list[tuple[float, str]] = []
        self.states: list[PlayerState] = []
        self.finished: list[tuple[float, bool]] = []
        player.segment_started.connect(lambda s: self.segments.append((clock(), s.index)))
        player.cue.connect(lambda s, c: self.cues.append((clock(), c.say)))
        player.state_changed.connect(self.states.append)
        player.finished.connect(lambda done: self.finished.append((clock(), done)))


def make(routine="lower-back", **kwargs):
    clock = FakeClock()
    player = Player(timeline(routine), clock, **kwargs)
    return player, clock, Recorder(player, clock)


def step_to_next_wakeup(player: Player, clock: FakeClock, late: float = 0.0) -> None:
    """What the Qt adapter does: sleep until the next deadline (perhaps a little late), then poll."""
    wakeup = player.next_wakeup()
    assert wakeup is not None
    clock.set(max(clock.now, wakeup + late))
    player.poll()


def test_a_whole_session_with_pause_next_back_ends_at_plan_plus_paused_time():
    """Lateness, pauses, a skipped and a repeated step: the end is exactly where the plan puts it."""
    player, clock, heard = make()
    tl = player.timeline
    rng = random.Random(7)
    start = clock.now
    player.play()
    shift = 0.0  # seconds the plan moves by: + paused, + repeated, - skipped

    def plan_position() -> float:
        return player.segment.start + player.segment_elapsed()

    def step_bounds() -> tuple[float, float]:
        step = [s for s in tl.segments if s.step == player.segment.step]
        return step[0].start, step[-1].end

    wakeups = 0
    done: set[str] = set()
    while player.state is not PlayerState.FINISHED:
        wakeups += 1
        # The timer fires up to 40 ms late, as under load; this must not add up.
        step_to_next_wakeup(player, clock, late=rng.uniform(0, 0.040))
        segment = player.segment
        if player.state is not PlayerState.RUNNING:
            continue
        if wakeups in (30, 200, 333):
            player.pause()
            remaining = player.segment_remaining()
            clock.advance(17.25)
            assert player.segment_remaining() == remaining, "pause freezes the countdown"
            assert player.next_wakeup() is None, "nothing is due while paused"
            player.resume()
            shift += 17.25
            done.add("pause")
        elif "next" not in done and segment.exercise == "bridge" and segment.round == 2 and segment.rep == 5:
            clock.advance(0.75)  # three quarters of a second into rep 5, skip the rest of it
            player.poll()
            shift -= step_bounds()[1] - plan_position()
            player.next()
            done.add("next")
        elif "back" not in done and segment.exercise == "rotation" and segment.kind is SegmentKind.HOLD:
            clock.advance(BACK_GRACE_SECONDS + 0.25)  # well into the hold: redo the whole rep
            player.poll()
            shift += plan_position() - step_bounds()[0]
            player.back()
            assert player.segment.kind is SegmentKind.MOVE and player.segment.exercise == "rotation"
            done.add("back")
    assert done == {"pause", "next", "back"}
    planned_end = start + tl.total_seconds + shift
    assert heard.finished == [(pytest.approx(planned_end, abs=0.040), True)]
    assert player.deadline == pytest.approx(planned_end, abs=1e-6), "the last deadline is exact"
    assert player.paused_seconds == pytest.approx(3 * 17.25)
    indices = [i for _, i in heard.segments]
    assert indices[0] == 0 and indices[-1] == len(tl) - 1


def test_stop_in_the_middle_of_a_whole_session():
    player, clock, heard = make()
    player.play()
    while player.segment.exercise != "rotation":
        step_to_next_wakeup(player, clock)
    player.pause()
    player.stop()
    assert heard.finished == [(clock.now, False)]
    assert player.segment.exercise == "rotation" and not player.completed


def test_deadlines_are_chained_so_lateness_never_accumulates():
    player, clock, heard = make("cat-stretch")
    start = clock.now
    player.play()
    while player.state is PlayerState.RUNNING:
        step_to_next_wakeup(player, clock, late=0.030)  # always 30 ms late
    finish_time, completed = heard.finished[0]
    assert completed
    # 30 ms late once at the very end, not 30 ms per segment.
    assert finish_time - (start + player.timeline.total_seconds) == pytest.approx(0.030)


def test_a_late_wakeup_catches_up_every_due_segment_in_order():
    player, clock, heard = make("cat-stretch")
    player.play()
    first_ends = player.timeline.segments[2].end
    clock.advance(first_ends + 0.5)
    player.poll()
    assert [i for _, i in heard.segments] == [0, 1, 2, 3]
    assert player.index == 3
    # The segment entered during catch-up started at its planned time, not at poll time.
    assert player.segment_elapsed() == pytest.approx(0.5)


def test_pause_and_resume_exclude_paused_time_exactly():
    player, clock, heard = make("cat-stretch")
    player.play()
    clock.advance(2.0)
    player.pause()
    clock.advance(3600.0)
    player.resume()
    assert player.segment_elapsed() == pytest.approx(2.0)
    assert player.next_wakeup() == pytest.approx(clock.now + player.segment.seconds - 2.0)
    assert heard.states == [PlayerState.RUNNING, PlayerState.PAUSED, PlayerState.RUNNING]
    player.toggle_pause()
    assert player.state is PlayerState.PAUSED
    player.toggle_pause()
    assert player.state is PlayerState.RUNNING


def _go_to_first_rep(player: Player, clock: FakeClock) -> None:
    while player.segment.kind is not SegmentKind.MOVE:
        step_to_next_wakeup(player, clock)


def test_next_skips_the_rest_of_a_rep_and_back_restarts_or_goes_back():
    player, clock, _ = make("cat-stretch")
    player.play()
    _go_to_first_rep(player, clock)
    rep_one = player.segment
    clock.advance(rep_one.seconds + 0.5)
    player.poll()  # into the rep's hold phase
    assert player.segment.step == rep_one.step and player.segment.index == rep_one.index + 1
    player.next()
    assert player.segment.rep == 2 and player.segment.kind is SegmentKind.MOVE
    assert player.segment_elapsed() == 0.0
    clock.advance(BACK_GRACE_SECONDS + 0.5)
    player.poll()
    player.back()  # well into rep 2: restart it
    assert player.segment.rep == 2 and player.segment_elapsed() == 0.0
    clock.advance(0.5)
    player.back()  # only just begun: go to rep 1
    assert player.segment.index == rep_one.index


def test_back_at_the_very_start_restarts_the_first_segment():
    player, _, _ = make("cat-stretch")
    player.play()
    player.back()
    assert player.index == 0 and player.state is PlayerState.RUNNING


def test_navigation_while_paused_stays_paused_and_starts_the_new_step_on_resume():
    player, clock, _ = make("cat-stretch")
    player.play()
    player.pause()
    player.next()
    assert player.state is PlayerState.PAUSED and player.index == 1
    clock.advance(60.0)
    assert player.segment_remaining() == player.segment.seconds
    player.resume()
    assert player.segment_remaining() == player.segment.seconds


def test_jump_to_exercise_and_skip_exercise():
    player, clock, heard = make()
    player.play()
    player.jump_to_exercise("rotation")
    assert player.segment.exercise == "rotation" and player.segment.kind is SegmentKind.ANNOUNCE
    player.next_exercise()
    assert player.segment.exercise == "side-leg-lift" and player.segment.kind is SegmentKind.ANNOUNCE
    with pytest.raises(KeyError):
        player.jump_to_exercise("handstand")
    player.jump_to_exercise("cat-stretch")
    player.next_exercise()
    assert player.segment.kind is SegmentKind.DONE
    player.next()
    assert heard.finished == [(clock.now, True)]


def test_stop_finishes_as_not_completed_and_later_commands_do_nothing():
    player, clock, heard = make("cat-stretch")
    player.play()
    clock.advance(3.0)
    player.stop()
    assert heard.finished == [(clock.now, False)] and player.state is PlayerState.FINISHED
    for command in (player.pause, player.resume, player.next, player.back, player.stop, player.play):
        command()
    assert len(heard.finished) == 1 and player.next_wakeup() is None
    assert player.session_remaining() == 0.0


def test_rest_cue_fires_ten_seconds_before_the_rest_ends():
    player, clock, heard = make()
    player.play()
    rest = next(s for s in player.timeline.segments if s.kind is SegmentKind.REST)
    while player.index <= rest.index:
        step_to_next_wakeup(player, clock)
    rest_started = next(t for t, i in heard.segments if i == rest.index)
    assert heard.cues == [(rest_started + 50.0, "10 seconds left.")]


def test_session_remaining_counts_down_with_the_clock():
    player, clock, _ = make("cat-stretch")
    total = player.timeline.total_seconds
    assert player.session_remaining() == total
    player.play()
    clock.advance(1.5)
    assert player.session_remaining() == pytest.approx(total - 1.5)
    assert 0 < player.segment_progress() < 1


class TestSpeechGating:
    def test_a_spoken_segment_waits_for_the_voice_then_ends_when_it_finishes(self):
        player, clock, heard = make("cat-stretch", wait_for_speech=True)
        player.play()
        planned = player.segment.seconds
        clock.advance(planned + 1.25)
        player.poll()
        assert player.index == 0, "still speaking: the segment waits"
        assert player.segment_remaining() == 0.0
        player.speech_finished(0)
        assert player.index == 1
        assert heard.segments[-1][0] == clock.now

    def test_speech_that_ends_early_does_not_cut_the_planned_time(self):
        player, clock, _ = make("cat-stretch", wait_for_speech=True)
        player.play()
        clock.advance(1.0)
        player.speech_finished(0)
        assert player.index == 0
        assert player.next_wakeup() == pytest.approx(clock.now - 1.0 + player.segment.seconds)

    def test_a_voice_that_never_finishes_is_given_up_on_after_the_grace(self):
        player, clock, _ = make("cat-stretch", wait_for_speech=True, speech_grace_seconds=5.0)
        player.play()
        assert player.next_wakeup() == pytest.approx(clock.now + player.segment.seconds + 5.0)
        step_to_next_wakeup(player, clock)
        assert player.index == 1

    def test_stale_reports_are_ignored_and_timed_segments_never_wait(self):
        player, clock, _ = make("cat-stretch", wait_for_speech=True)
        player.play()
        player.next()
        player.speech_finished(0)  # the first segment's voice, after we skipped it
        assert player.next_wakeup() == pytest.approx(clock.now + player.segment.seconds + DEFAULT_SPEECH_GRACE_SECONDS)
        while player.segment.kind is not SegmentKind.MOVE:
            player.speech_finished(player.index)
            step_to_next_wakeup(player, clock)
        move = player.segment
        clock.advance(move.seconds)
        player.poll()
        assert player.index == move.index + 1


def test_turning_speech_waiting_off_releases_a_waiting_segment():
    player, clock, _ = make("cat-stretch", wait_for_speech=True)
    player.play()
    clock.advance(player.segment.seconds + 2.0)
    player.poll()
    assert player.index == 0
    player.set_wait_for_speech(False)  # muted, or the voice failed
    assert player.index == 1
    while player.segment.speech_gated:
        step_to_next_wakeup(player, clock)  # later spoken segments no longer wait
    assert player.next_wakeup() == pytest.approx(player.deadline)
