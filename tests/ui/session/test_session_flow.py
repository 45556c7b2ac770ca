"""Whole sessions driven through the real window, keys and timers, under a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coach.domain.player import PlayerState
from coach.domain.timeline import SegmentKind


def seg_index(coach, predicate):
    return next(s.index for s in coach.driver.player.timeline.segments if predicate(s))


def test_enter_on_the_home_screen_starts_the_selected_routine_at_the_chosen_level(coach, qtbot):
    window = coach.window
    assert window.stack.currentWidget() is window.home
    window.home.routine_list.setCurrentRow(0)  # cat-stretch
    qtbot.keyClick(window.home.routine_list, Qt.Key.Key_Right)  # standard -> strong
    qtbot.keyClick(window.home.routine_list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session
    timeline = coach.driver.player.timeline
    assert (timeline.routine, timeline.level.value) == ("cat-stretch", "strong")
    assert coach.driver.state is PlayerState.RUNNING
    assert window.windowTitle() == "Cat stretch — Back Coach"


def test_a_whole_cat_stretch_session(coach, qtbot):
    coach.controller.runner.start("cat-stretch")
    screen = coach.window.session
    assert screen.exercise_label.text() == "Cat stretch"
    assert screen.caption_label.text() == "Stop any exercise that makes your pain worse."
    assert screen.ring.shown_text() == str(int(coach.driver.player.segment.seconds))

    rep2 = seg_index(coach, lambda s: s.rep == 2 and s.kind is SegmentKind.MOVE)
    coach.advance_to_segment(rep2)
    assert screen.caption_label.text() == "Round your back up, belly in"
    # The hero is the rep of the set, and the arc measures the set too (the figure shows the phase).
    assert screen.ring.shown_text() == "2/4"
    assert screen.details_label.text() == ""
    assert screen.next_label.text() == "Next: the end", "not the next 3-second phase of the same rep"
    timeline = coach.driver.player.timeline
    reps = [s for s in timeline.segments if s.exercise == "cat-stretch" and s.rep and s.round == 1]
    set_seconds = sum(s.seconds for s in reps)
    done_before = sum(s.seconds for s in reps if s.index < rep2)
    coach.advance(1.0)  # 1 s into rep 2: the arc has the rest of the set left, the hero unchanged
    assert screen.ring.shown_text() == "2/4"
    assert screen.ring.fraction_left == pytest.approx(1 - (done_before + 1.0) / set_seconds, abs=0.01)

    coach.advance_to_segment(len(coach.driver.player.timeline) - 1)
    assert screen.summary.isVisible(), "the closing words already show the summary"
    assert not screen.summary.done_button.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert coach.window.stack.currentWidget() is screen, "Enter does not cut the closing words short"
    coach.run_to_end()
    # The end is a summary card, with no stale caption, countdown or "0:00 left" around it.
    assert screen.summary.isVisible()
    total = round(coach.driver.player.timeline.total_seconds)
    assert screen.summary.texts()[:3] == ["Well done!", f"Time: {total // 60}:{total % 60:02d}",
                                          "Exercises done: 1 of 1"]
    for stale in (screen.caption_label, screen.ring, screen.time_left_label, screen.progress_bar,
                  screen.next_label, screen.controls):
        assert not stale.isVisible()
    assert screen.summary.done_button.isVisible()
    assert not coach.driver.deadline_timer.isActive() and not coach.driver.frame_timer.isActive()
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert coach.window.stack.currentWidget() is coach.window.progress, "Done shows where they stand"
    qtbot.keyClick(coach.window.progress, Qt.Key.Key_Return)
    assert coach.window.stack.currentWidget() is coach.window.home


def test_a_whole_lower_back_session_shows_rep_round_side_and_ring(coach):
    coach.controller.runner.start("lower-back")
    screen = coach.window.session
    timeline = coach.driver.player.timeline
    finished = []
    coach.controller.runner.finished.connect(finished.append)

    coach.advance_to_segment(seg_index(coach, lambda s: s.exercise == "bridge" and s.round == 2 and s.rep == 7))
    assert (screen.exercise_label.text(), screen.position_label.text()) == ("Bridge", "Exercise 1 of 5")
    assert screen.ring.shown_text() == "7/15"
    assert screen.details_label.text() == "Round 2 of 3"
    assert screen.caption_label.text() == "Lift your hips"
    assert screen.next_label.text() == "Next: rest, 1:00"

    rest = seg_index(coach, lambda s: s.kind is SegmentKind.REST and s.exercise == "bridge" and s.round == 2)
    coach.advance_to_segment(rest)
    assert screen.caption_label.text() == "Rest" and screen.ring.shown_text() == "60"
    assert screen.details_label.text() == "Round 2 of 3 done  ●●○"
    assert screen.up_next_label.isVisible() and screen.up_next_label.text() == "Up next: Round 3 of 3\n15 reps"
    coach.advance(30.0)
    assert screen.ring.shown_text() == "30" and screen.ring.fraction_left == pytest.approx(0.5)
    assert screen.next_label.text() == "Next: round 3 of 3"

    switch = seg_index(coach, lambda s: s.exercise == "knee-to-chest" and s.kind is SegmentKind.SWITCH)
    coach.advance_to_segment(switch)
    assert screen.ring.shown_text() == "Right", "a switch shows the new side as the hero"
    assert not screen.up_next_label.isVisible()

    coach.advance_to_segment(seg_index(coach, lambda s: s.exercise == "knee-to-chest" and s.side == "right"
                                       and s.kind is SegmentKind.HOLD))
    # A 5 s hold: the seconds are the hero, the rep moves under it.
    assert screen.ring.shown_text() == "5"
    assert screen.details_label.text() == "Rep 1 of 3  ·  Right side"

    coach.advance_to_segment(seg_index(coach, lambda s: s.exercise == "side-leg-lift" and s.round == 3
                                       and s.side == "left" and s.rep == 10 and s.kind is SegmentKind.HOLD))
    assert screen.ring.shown_text() == "10/10"
    assert screen.details_label.text() == "Round 3 of 3  ·  Left side"
    assert screen.next_label.text() == "Next: right side"
    assert screen.exercise_label.text() == "Side-lying leg lift"

    coach.run_to_end()
    assert finished == [True]
    assert coach.clock.now == pytest.approx(1000.0 + timeline.total_seconds)


def test_space_pauses_and_the_ring_freezes_with_no_timer_running(coach, qtbot):
    coach.controller.runner.start("lower-back")
    screen = coach.window.session
    coach.advance_to_segment(seg_index(coach, lambda s: s.kind is SegmentKind.REST))
    coach.advance(12.0)
    shown, arc = screen.ring.shown_text(), screen.ring.fraction_left
    qtbot.keyClick(coach.window, Qt.Key.Key_Space)
    assert coach.driver.state is PlayerState.PAUSED
    assert not coach.driver.deadline_timer.isActive() and not coach.driver.frame_timer.isActive()
    assert screen.paused_veil.isVisible() and screen.paused_veil.title.text() == "Paused"
    assert screen.controls.isVisible() and screen.controls.pause_button.text() == "Resume (Space)"
    coach.clock.advance(300.0)
    coach.controller.runner.refresh_countdown()
    assert (screen.ring.shown_text(), screen.ring.fraction_left) == (shown, arc)
    qtbot.keyClick(coach.window, Qt.Key.Key_Space)
    assert coach.driver.state is PlayerState.RUNNING and not screen.paused_veil.isVisible()
    assert coach.driver.frame_timer.isActive()
    # The next wake-up is the rest's "10 seconds left" cue, 50 s in: 38 s from here.
    assert coach.driver.player.next_wakeup() - coach.clock.now == pytest.approx(38.0)
    assert coach.driver.deadline_timer.remainingTime() == pytest.approx(38_000, abs=50)


def test_right_and_left_move_by_steps_and_media_keys_do_the_same(coach, qtbot):
    coach.controller.runner.start("cat-stretch")
    player = coach.driver.player
    qtbot.keyClick(coach.window, Qt.Key.Key_Right)
    assert player.index == 1
    qtbot.keyClick(coach.window, Qt.Key.Key_MediaNext)
    assert player.index == 2
    qtbot.keyClick(coach.window, Qt.Key.Key_Left)  # just begun: back a step
    assert player.index == 1
    qtbot.keyClick(coach.window, Qt.Key.Key_MediaPrevious)
    assert player.index == 0


def media_key(window, key):
    # QTest has no text for these keys (keyClick warns); send them with an empty text instead.
    QTest.sendKeyEvent(QTest.KeyAction.Click, window, key, "", Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize("key", [Qt.Key.Key_MediaPlay, Qt.Key.Key_MediaTogglePlayPause, Qt.Key.Key_MediaPause])
def test_every_media_play_or_pause_key_toggles_pause(coach, key):
    """On X11 a keyboard's single play/pause key sends "play": it must pause as well as resume."""
    coach.controller.runner.start("cat-stretch")
    player = coach.driver.player
    media_key(coach.window, key)
    assert player.state is PlayerState.PAUSED
    media_key(coach.window, key)
    assert player.state is PlayerState.RUNNING


def test_pagedown_and_shift_right_skip_the_rest_of_the_exercise(coach, qtbot):
    coach.controller.runner.start("lower-back")
    coach.advance_to_segment(10)
    qtbot.keyClick(coach.window, Qt.Key.Key_PageDown)
    segment = coach.driver.player.segment
    assert segment.exercise == "knee-to-chest" and segment.kind is SegmentKind.ANNOUNCE
    qtbot.keyClick(coach.window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert coach.driver.player.segment.exercise == "rotation"


def test_escape_asks_first_then_stops_or_keeps_going(coach, qtbot):
    coach.controller.runner.start("cat-stretch")
    qtbot.keyClick(coach.window, Qt.Key.Key_Escape)
    prompt = coach.window.stop_prompt
    assert prompt is not None and prompt.isVisible()
    assert coach.driver.state is PlayerState.PAUSED, "the session waits while we ask"
    # The app asks in its own large type, over the screen (the veil of a pause does not cover it).
    assert prompt.title.text() == "Stop the session?" and prompt.hint.text() == "Enter stops · Esc goes on"
    assert not coach.window.session.paused_veil.isVisible()
    qtbot.keyClick(coach.window, Qt.Key.Key_Escape)  # Esc again: keep going
    assert coach.window.stop_prompt is None and coach.driver.state is PlayerState.RUNNING

    finished = []
    coach.controller.runner.finished.connect(finished.append)
    coach.advance_to_segment(seg_index(coach, lambda s: s.rep == 2))
    coach.advance(0.5)
    qtbot.keyClick(coach.window, Qt.Key.Key_Escape)
    assert coach.window.stop_prompt is not None
    qtbot.keyClick(coach.window, Qt.Key.Key_Return)  # Enter: stop
    assert finished == [False] and coach.driver.state is PlayerState.FINISHED
    summary = coach.window.session.summary
    assert summary.isVisible()
    assert summary.texts()[:2] == ["Stopped early", "That is fine: every bit helps."]
    session = coach.window.session
    assert session.exercise_label.text() == "Cat stretch" and not session.position_label.text()
    assert "Stopped at: Cat stretch" in summary.texts()
    assert "Exercises done: 0 of 1" in summary.texts(), "one rep of four is not the exercise done"


def test_escape_on_a_paused_session_stays_paused_if_we_keep_going(coach, qtbot):
    coach.controller.runner.start("cat-stretch")
    qtbot.keyClick(coach.window, Qt.Key.Key_Space)
    qtbot.keyClick(coach.window, Qt.Key.Key_Escape)
    qtbot.keyClick(coach.window, Qt.Key.Key_Escape)
    assert coach.driver.state is PlayerState.PAUSED
    assert coach.window.session.paused_veil.isVisible(), "still paused, and it says so"


def test_m_mutes_and_shows_it(coach, qtbot):
    coach.controller.runner.start("cat-stretch")
    label = coach.window.session.muted_label
    assert not label.isVisible()
    qtbot.keyClick(coach.window, Qt.Key.Key_M)
    assert coach.controller.muted and label.isVisible()
    qtbot.keyClick(coach.window, Qt.Key.Key_M)
    assert not coach.controller.muted and not label.isVisible()


def test_session_keys_do_nothing_on_the_home_screen(coach, qtbot):
    qtbot.keyClick(coach.window, Qt.Key.Key_Space)
    qtbot.keyClick(coach.window, Qt.Key.Key_Escape)
    assert coach.controller.runner.driver is None and coach.window.stop_prompt is None


def test_f11_and_f_toggle_full_screen(coach, qtbot):
    qtbot.keyClick(coach.window, Qt.Key.Key_F11)
    assert coach.window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(coach.window, Qt.Key.Key_F)
    assert not coach.window.windowState() & Qt.WindowState.WindowFullScreen


def test_the_ring_animates_only_while_running_and_visible(coach):
    coach.controller.runner.start("cat-stretch")
    driver = coach.driver
    assert driver.frame_timer.isActive()
    coach.window.hide()
    assert not driver.frame_timer.isActive() and driver.deadline_timer.isActive()
    coach.window.show()
    assert driver.frame_timer.isActive()
    coach.window.showMinimized()
    assert not driver.frame_timer.isActive()
    coach.window.showNormal()
    assert driver.frame_timer.isActive()


def test_buttons_do_what_the_keys_do(coach, qtbot):
    coach.controller.runner.start("cat-stretch")
    controls = coach.window.session.controls
    assert not controls.isVisible(), "no buttons on screen while a session runs"
    qtbot.mouseMove(coach.window.session.figure)
    assert controls.isVisible(), "a mouse move brings them"
    qtbot.mouseClick(controls.next_button, Qt.MouseButton.LeftButton)
    assert coach.driver.player.index == 1
    qtbot.mouseClick(controls.pause_button, Qt.MouseButton.LeftButton)
    assert coach.driver.state is PlayerState.PAUSED
    qtbot.mouseClick(controls.stop_button, Qt.MouseButton.LeftButton)
    assert coach.window.stop_prompt is not None
    qtbot.mouseClick(coach.window.stop_prompt.keep_button, Qt.MouseButton.LeftButton)
    assert coach.window.stop_prompt is None and coach.driver.state is PlayerState.PAUSED


def test_a_switch_of_side_turns_the_figure_over(coach, qtbot):
    coach.controller.runner.start("lower-back")
    screen = coach.window.session
    switch = seg_index(coach, lambda s: s.exercise == "knee-to-chest" and s.kind is SegmentKind.SWITCH)
    coach.advance_to_segment(switch - 1)
    assert not screen.flip.running()
    old = screen.figure.grab().toImage()
    coach.advance_to_segment(switch)
    assert screen.flip.running() and screen.figure.flip == -1.0, "starts on the old side's picture"
    qtbot.waitUntil(lambda: 0.0 < screen.figure.flip < 1.0, timeout=3000)  # past edge-on, opening
    qtbot.waitUntil(lambda: not screen.flip.running(), timeout=3000)
    assert screen.figure.flip == 1.0
    assert screen.figure.grab().toImage() != old, "the figure ends on the new side"
    coach.advance_to_segment(switch + 1)
    assert not screen.flip.running(), "only a switch turns it over"


def test_the_end_card_names_what_was_skipped(coach, qtbot):
    coach.controller.runner.start("lower-back")
    coach.advance_to_segment(seg_index(coach, lambda s: s.exercise == "bridge" and s.rep == 2))
    qtbot.keyClick(coach.window, Qt.Key.Key_PageDown)  # the bridge hurts today
    coach.advance_to_segment(seg_index(coach, lambda s: s.exercise == "rotation"))
    qtbot.keyClick(coach.window, Qt.Key.Key_PageDown)  # and so does the rotation
    coach.run_to_end()
    texts = coach.window.session.summary.texts()
    assert texts[:3] == ["Well done!", "Time: 12:20", "Exercises done: 3 of 5"]
    assert "Skipped: Bridge, Lower-back rotation" in texts


def test_the_frames_beat_starts_again_with_each_segment(coach):
    """A moving figure's steps fall due at whole frame intervals from the segment's start: the beat is restarted
    with the segment, so no frame lands just before a step and shows the one before it twice."""
    coach.controller.runner.start("lower-back")
    driver = coach.driver
    lift = seg_index(coach, lambda s: s.exercise == "bridge" and s.kind is SegmentKind.MOVE)
    coach.advance_to_segment(lift - 1)
    started = []
    driver.frame_timer.start = lambda *args: started.append(driver.player.index)  # type: ignore[method-assign]
    coach.advance_to_segment(lift + 1)
    assert started[:2] == [lift, lift + 1]


def test_a_moving_figure_steps_by_its_pixels_and_never_slower_than_8_a_second(coach):
    from coach.ui.session import session_presenter as presenter_module

    coach.window.resize(1280, 720)
    coach.controller.runner.start("lower-back")
    presenter = coach.controller.runner._presenter
    paces = {}
    for exercise in ("bridge", "knee-to-chest", "side-leg-lift"):
        lift = seg_index(coach, lambda s, e=exercise: s.exercise == e and s.kind is SegmentKind.MOVE)
        segment = coach.driver.player.timeline.segments[lift]
        paces[exercise] = presenter._figure_pace(segment)
    assert all(presenter_module.FIGURE_STEPS_PER_SECOND_AT_LEAST <= pace <= presenter_module.FIGURE_STEPS_PER_SECOND
               for pace in paces.values()), paces
    # The bridge's hips rise a few centimetres in 2 s: fewer steps than the fastest pace, and each a small one.
    assert paces["bridge"] < presenter_module.FIGURE_STEPS_PER_SECOND, paces
