"""The details band: round, side and rep large enough to read from the floor at every common window size."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, Qt

from coach.domain.compiler import compile_timeline
from coach.domain.floor_view import hero_of
from coach.domain.routine import Level
from coach.domain.timeline import SegmentKind
from coach.ui.session.details_band import CARD_LEAST
from coach.ui.session.session_layout import DETAILS_LEAST, details_pixel_size
from coach.ui.session.session_screen import SessionScreen
from coach.ui.session.session_words import DETAILS_JOIN

COMMON_SIZES = [(1024, 600), (1280, 720), (1280, 800), (1366, 768), (1920, 1080)]


def session_screen(qtbot, catalogue, size, routine="lower-back", level=Level.STANDARD):
    screen = SessionScreen()
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    timeline = compile_timeline(catalogue.routines[routine], level)
    screen.set_timeline(timeline)
    return screen, timeline


@pytest.mark.parametrize(("unit", "size"), [(600, 54), (720, 54), (800, 56), (768, 54), (1080, 75)])
def test_the_details_are_7_percent_of_the_unit_and_at_least_54_px(unit, size):
    assert details_pixel_size(unit, 10_000, 10.0) == size


def test_the_details_are_at_most_10_percent_of_the_unit():
    assert details_pixel_size(500, 10_000, 10.0) == 50  # 54 px would be 10.8 % of a 500 px unit


def test_a_language_whose_longest_line_is_wider_than_the_row_gets_a_smaller_size():
    # 20 px of line per pixel of type in a 900 px row: 45 px, not 54.
    assert details_pixel_size(600, 900, 20.0) == 45


@pytest.mark.parametrize("size", COMMON_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_at_every_common_size_the_details_are_large_and_clear_of_the_ring_and_figure(qtbot, catalogue, size):
    screen, timeline = session_screen(qtbot, catalogue, size)
    unit = min(size[1], size[0] * 0.75)
    band = screen.details
    assert band.pixel_size >= max(DETAILS_LEAST, round(0.07 * unit) - 1)
    rects = screen.layout_rects
    for part in (rects.details, rects.caption, rects.card):
        assert not part.intersects(rects.ring) and not part.intersects(rects.figure)
    assert rects.details.bottom() < rects.caption.top()
    # Every details line of the session at that one size, whole, in its row.
    for segment in timeline.segments:
        screen.show_segment(segment)
        label = screen.details_label
        assert label.font().pixelSize() == band.pixel_size, label.text()
        assert label.sizeHint().width() <= label.width() and label.sizeHint().height() <= label.height()
    rest = next(segment for segment in timeline.segments if segment.kind is SegmentKind.REST)
    screen.show_segment(rest)
    card = screen.up_next_label
    assert card.isVisible() and card.font().pixelSize() >= min(band.pixel_size, CARD_LEAST)
    assert card.heightForWidth(card.width()) <= card.height()
    assert card.geometry().intersected(rects.card) == card.geometry()
    assert not card.geometry().intersects(rects.details) and not card.geometry().intersects(rects.progress)


@pytest.mark.parametrize("language", ["de", "es", "th"], indirect=True)
def test_each_languages_longest_details_line_fits_unclipped_at_1024x600(qtbot, catalogue, language):
    screen, _ = session_screen(qtbot, catalogue, (1024, 600))
    row = screen.layout_rects.details
    # The longest line the built-in routines show in the language, at any level.
    lines = []
    for routine_id in ("lower-back", "cat-stretch"):
        for level in Level:
            timeline = compile_timeline(catalogue.routines[routine_id], level)
            screen.set_timeline(timeline)
            for segment in timeline.segments:
                words = screen.words.details(segment, hero_of(segment).kind)
                lines.append((screen.details_label.fontMetrics().horizontalAdvance(DETAILS_JOIN.join(words)),
                              timeline, segment))
    _, timeline, longest = max(lines, key=lambda line: line[0])
    screen.set_timeline(timeline)
    screen.show_segment(longest)
    label = screen.details_label
    assert DETAILS_JOIN in label.text(), "the longest line has a side after its rep or round"
    assert label.font().pixelSize() == screen.details.pixel_size, "the chosen size, not a smaller one for the line"
    assert label.fontMetrics().horizontalAdvance(label.text()) <= row.width()
    assert label.fontMetrics().boundingRect(QRect(), 0, label.text()).height() <= label.height()
    assert not label.geometry().intersects(screen.ring.geometry())
    assert not label.geometry().intersects(screen.figure.geometry())


def test_words_from_files_are_set_as_plain_text(qtbot, catalogue):
    screen, timeline = session_screen(qtbot, catalogue, (1024, 600))
    rest = next(segment for segment in timeline.segments if segment.kind is SegmentKind.REST)
    screen.show_segment(rest)
    assert screen.up_next_label.isVisible()
    for label in (screen.details_label, screen.next_label, screen.up_next_label):
        assert label.textFormat() is Qt.TextFormat.PlainText


def test_a_line_longer_than_the_languages_samples_is_set_smaller_never_cut(qtbot, catalogue):
    screen, timeline = session_screen(qtbot, catalogue, (1024, 600))
    hold = next(segment for segment in timeline.segments if segment.kind is SegmentKind.HOLD and segment.side)
    # A user's routine could show the rep, the round and the side at once: wider than any sample.
    long_hold = replace(hold, round=2, rounds=3)
    screen.show_segment(long_hold)
    label = screen.details_label
    assert label.text().count(DETAILS_JOIN) == 2
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
