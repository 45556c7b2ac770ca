"""Readable from 3 m: big enough, never clipped, high contrast, at common window sizes."""

from __future__ import annotations

import pytest

from coach.domain.compiler import compile_timeline
from coach.domain.languages import ENGLISH, LANGUAGES
from coach.domain.routine import Level
from coach.ui.widgets.theme import THEMES, ThemeName, contrast_ratio

from ..conftest import make_coach
from ..layout import clipped_texts, overlapping_texts

SIZES = [(1280, 720), (800, 600), (1920, 1080), (720, 900)]
# Every language at the two sizes a laptop most often gives the window; English at every size.
LANGUAGE_SIZES = [pytest.param(language, size, id=f"{language}-{size[0]}x{size[1]}")
                  for language in LANGUAGES for size in ([*SIZES, (1024, 600)] if language == ENGLISH else
                                                         [(1280, 720), (1024, 600)])]


def distinct_segments(catalogue):
    """One segment per distinct caption or layout (side/rep/round shown), across both routines."""
    seen, chosen = set(), []
    for routine_id in ("lower-back", "cat-stretch"):
        for segment in compile_timeline(catalogue.routines[routine_id], Level.STRONG).segments:
            key = (segment.caption, segment.side is None, segment.rep is None, segment.round is None)
            if key not in seen:
                seen.add(key)
                chosen.append((routine_id, segment.index))
    return chosen


@pytest.mark.parametrize(("language", "size"), LANGUAGE_SIZES, indirect=["language"])
def test_every_step_fits_and_is_big_enough(qtbot, catalogue, language, size):
    coach = make_coach(qtbot, catalogue, size=size)
    window, screen = coach.window, coach.window.session
    height = window.height()
    for routine_id, index in distinct_segments(catalogue):
        coach.controller.runner.start(routine_id, Level.STRONG, first_segment=index)
        assert clipped_texts(window) == [], f"{routine_id} segment {index} at {size}: {screen.caption_label.text()}"
        assert overlapping_texts(window) == [], f"{routine_id} segment {index} at {size}"
        caption = screen.caption_label
        # The caption's smaller size is 5.5 % of the font unit: the height, unless the window is narrower
        # than 4:3, where the width limits every size.
        unit = min(height, window.width() * 0.75)
        assert caption.pixel_size() >= 0.054 * unit, f"caption {caption.text()!r} too small at {size}"
        wide = window.width() >= height * 1.15
        assert screen.ring.diameter() >= (0.34 if wide else 0.25) * height
        # The figure is big enough to see from the floor, and never drawn over the ring.
        figure = screen.figure
        # A tall window gives the height to the ring and the words; a wide one to the figure too.
        assert figure.height() >= (0.25 if wide else 0.12) * height, \
            f"figure only {figure.height()} px high for {routine_id} segment {index} at {size}"
        ring_box = screen.ring.geometry()
        assert not ring_box.intersects(figure.geometry()), f"figure over the ring at {size}"
    coach.controller.go_home()


@pytest.mark.parametrize(("language", "size"), LANGUAGE_SIZES, indirect=["language"])
def test_home_and_first_run_screens_fit(qtbot, catalogue, language, size):
    coach = make_coach(qtbot, catalogue, size=size)
    coach.window.show_first_run()
    assert clipped_texts(coach.window) == [] and overlapping_texts(coach.window) == []
    coach.window.show_home()
    for level in Level:
        coach.window.home.set_level(level)
        assert clipped_texts(coach.window) == [] and overlapping_texts(coach.window) == []


@pytest.mark.parametrize(("language", "size"), [pytest.param(ENGLISH, (800, 600), id="en-800x600"),
                                                *[p for p in LANGUAGE_SIZES if p.values[1] != (800, 600)]],
                         indirect=["language"])
def test_finished_paused_and_stopping_screens_fit(qtbot, catalogue, language, size):
    coach = make_coach(qtbot, catalogue, size=size)
    coach.controller.runner.start("lower-back")
    coach.controller.runner.toggle_pause()
    assert coach.window.session.paused_veil.isVisible()
    assert clipped_texts(coach.window) == [] and overlapping_texts(coach.window) == []
    coach.controller.runner.toggle_pause()
    coach.controller.runner.ask_to_stop()
    assert clipped_texts(coach.window) == [] and overlapping_texts(coach.window) == []
    coach.controller.runner.answer_stop_question(True)
    assert clipped_texts(coach.window) == [] and overlapping_texts(coach.window) == []


@pytest.mark.parametrize("name", list(ThemeName))
def test_every_text_colour_has_at_least_7_to_1_contrast(name):
    theme = THEMES[name]
    for what, (foreground, background) in theme.text_pairs().items():
        assert contrast_ratio(foreground, background) >= 7.0, f"{name.value}: {what}"


def test_contrast_ratio_matches_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", list(ThemeName))
def test_the_window_uses_the_theme(qtbot, catalogue, name):
    coach = make_coach(qtbot, catalogue, theme=name)
    palette = coach.window.palette()
    theme = THEMES[name]
    assert palette.window().color().name() == theme.background
    assert palette.windowText().color().name() == theme.text
    image = coach.window.grab().toImage()
    corner = image.pixelColor(2, 2).name()
    assert corner == theme.background
