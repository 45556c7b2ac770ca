"""The progress charts, judged by their pixels: which days show, how strongly, and pain before/after."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from coach.domain.progress import DayCell, PainPoint
from coach.ui.progress.calendar_heatmap import CalendarHeatmap
from coach.ui.progress.pain_chart import PainChart
from coach.ui.widgets.theme import DARK, LIGHT, THEMES, Theme, ThemeName

SIZE = (600, 300)
TODAY = date(2025, 11, 5)  # a Wednesday
FIRST = TODAY - timedelta(days=TODAY.weekday() + 7 * 11)  # Monday, 12 weeks back
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
THEME_IDS = [name.value for name in ThemeName]


def twelve_weeks(counts: dict[int, tuple[int, int]] | None = None) -> list[DayCell]:
    """84 days, oldest first, ending on the Sunday of TODAY's week; ``counts``: index -> (completed, partial)."""
    counts = counts or {}
    return [DayCell(day=FIRST + timedelta(days=i), completed=counts.get(i, (0, 0))[0],
                    partial=counts.get(i, (0, 0))[1], future=FIRST + timedelta(days=i) > TODAY)
            for i in range(84)]


TODAY_INDEX = (TODAY - FIRST).days
EMPTY, PARTIAL, ONE, TWO, THREE, FIVE = 0, 1, 2, 3, 4, 7  # cell indexes with these counts
COUNTS = {PARTIAL: (0, 1), ONE: (1, 0), TWO: (2, 3), THREE: (3, 0), FIVE: (5, 0), TODAY_INDEX: (1, 0)}


def render(widget: QWidget, size: tuple[int, int] = SIZE) -> QImage:
    widget.resize(*size)
    return widget.grab().toImage()


def colour_at(image: QImage, point: QPointF) -> QColor:
    return image.pixelColor(point.toPoint())


def distance(a: QColor, b: QColor) -> int:
    return sum(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def is_uniform(image: QImage) -> bool:
    first = image.pixel(0, 0)
    return all(image.pixel(x, y) == first for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))


@pytest.fixture
def heatmap(qtbot) -> CalendarHeatmap:
    widget = CalendarHeatmap()
    widget.setLocale(ENGLISH)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def chart(qtbot) -> PainChart:
    widget = PainChart()
    widget.setLocale(ENGLISH)
    qtbot.addWidget(widget)
    return widget


# ----- the calendar

@pytest.mark.parametrize("name", list(ThemeName), ids=THEME_IDS)
def test_a_heatmap_with_sessions_differs_from_an_empty_one(heatmap, name):
    heatmap.set_theme(THEMES[name])
    heatmap.set_days(twelve_weeks())
    empty = render(heatmap)
    heatmap.set_days(twelve_weeks(COUNTS))
    assert render(heatmap) != empty


@pytest.mark.parametrize("name", list(ThemeName), ids=THEME_IDS)
def test_more_sessions_show_stronger_and_every_level_is_distinguishable(heatmap, name):
    theme: Theme = THEMES[name]
    heatmap.set_theme(theme)
    heatmap.set_days(twelve_weeks(COUNTS))
    image = render(heatmap)
    colours = {what: colour_at(image, heatmap.cell_rect(index).center())
               for what, index in (("empty", EMPTY), ("partial", PARTIAL), ("one", ONE), ("two", TWO),
                                   ("three", THREE), ("five", FIVE))}
    assert colours["empty"].name() == theme.surface
    assert colours["three"].name() == theme.accent
    assert colours["five"] == colours["three"], "3 or more look the same"
    levels = ["empty", "partial", "one", "two", "three"]
    for i, a in enumerate(levels):
        for b in levels[i + 1:]:
            assert distance(colours[a], colours[b]) >= 30, f"{a} and {b} look alike in {name.value}"
    # Stronger means closer to the accent.
    accent = QColor(theme.accent)
    gaps = [distance(colours[level], accent) for level in ("partial", "one", "two", "three")]
    assert gaps == sorted(gaps, reverse=True)


@pytest.mark.parametrize("name", list(ThemeName), ids=THEME_IDS)
def test_days_to_come_are_outlined_not_filled(heatmap, name):
    theme = THEMES[name]
    heatmap.set_theme(theme)
    heatmap.set_days(twelve_weeks(COUNTS))
    image = render(heatmap)
    future = heatmap.cell_rect(TODAY_INDEX + 1)
    assert colour_at(image, future.center()).name() == theme.background
    edge = QPointF(future.center().x(), future.top() + 1.5)
    assert distance(colour_at(image, edge), QColor(theme.background)) >= 40


def test_today_is_the_last_day_not_to_come_and_is_ringed_in_the_text_colour(heatmap):
    heatmap.set_theme(DARK)
    heatmap.set_days(twelve_weeks(COUNTS))
    assert heatmap.today == TODAY
    assert heatmap.today_index() == TODAY_INDEX
    image = render(heatmap)
    cell = heatmap.cell_rect(TODAY_INDEX)
    gap = cell.left() - heatmap.cell_rect(TODAY_INDEX - 7).right()  # from the same day last week
    ring = colour_at(image, QPointF(cell.left() - gap * 0.3, cell.center().y()))
    assert distance(ring, QColor(DARK.text)) < distance(ring, QColor(DARK.background))
    other = heatmap.cell_rect(TODAY_INDEX - 1)
    plain = colour_at(image, QPointF(other.left() - gap * 0.3, other.center().y()))
    assert plain.name() == DARK.background


def test_today_can_be_given_and_a_full_past_ends_on_the_last_day(heatmap):
    past = [DayCell(FIRST + timedelta(days=i), 0, 0, False) for i in range(30)]
    heatmap.set_days(past)
    assert heatmap.today_index() == 29
    heatmap.set_days(past, today=FIRST + timedelta(days=3))
    assert heatmap.today_index() == 3


def test_cells_run_in_week_columns_with_monday_on_top(heatmap):
    heatmap.set_days(twelve_weeks())
    render(heatmap)
    monday, tuesday, next_monday = (heatmap.cell_rect(i) for i in (0, 1, 7))
    assert tuesday.left() == monday.left() and tuesday.top() > monday.top()
    assert next_monday.top() == monday.top() and next_monday.left() > monday.left()
    assert monday.width() == pytest.approx(monday.height())
    assert heatmap.index_at(heatmap.cell_rect(TODAY_INDEX).center()) == TODAY_INDEX
    assert heatmap.index_at(QPointF(1, 1)) is None


def test_cells_grow_with_the_widget(heatmap):
    heatmap.set_days(twelve_weeks())
    render(heatmap, (600, 300))
    small = heatmap.cell_rect(0).width()
    render(heatmap, (1200, 600))
    assert heatmap.cell_rect(0).width() == pytest.approx(2 * small, rel=0.02)
    assert heatmap.heightForWidth(1200) == pytest.approx(2 * heatmap.heightForWidth(600), abs=1)
    assert heatmap.sizePolicy().hasHeightForWidth()


def test_a_tooltip_tells_the_day_and_its_counts(heatmap):
    heatmap.set_days(twelve_weeks(COUNTS))
    assert heatmap.tooltip_text(TWO) == "Thu 21 Aug: 2 sessions done, 3 stopped early"
    assert heatmap.tooltip_text(ONE) == "Wed 20 Aug: 1 session done"
    assert heatmap.tooltip_text(PARTIAL).endswith(": 1 stopped early")
    assert heatmap.tooltip_text(EMPTY) == "Mon 18 Aug: no session"
    assert heatmap.tooltip_text(TODAY_INDEX + 2).endswith("still to come")


def test_hovering_a_cell_shows_its_tooltip(heatmap, qtbot):
    heatmap.set_days(twelve_weeks(COUNTS))
    heatmap.resize(*SIZE)
    with qtbot.waitExposed(heatmap):
        heatmap.show()
    centre = heatmap.cell_rect(TWO).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, heatmap.mapToGlobal(centre))
    QApplication.sendEvent(heatmap, event)
    assert QToolTip.text() == heatmap.tooltip_text(TWO)
    QToolTip.hideText()


def test_the_accessible_description_sums_it_up(heatmap):
    heatmap.set_days(twelve_weeks(COUNTS))
    assert heatmap.accessibleDescription() == "12 weeks: 5 days with a session, 1 more with a session stopped early"
    heatmap.set_days(twelve_weeks({3: (1, 0)}))
    assert heatmap.accessibleDescription() == "12 weeks: 1 day with a session"


def test_a_theme_change_repaints_with_the_new_colours(heatmap):
    heatmap.set_theme(LIGHT)
    heatmap.set_days(twelve_weeks(COUNTS))
    assert render(heatmap).pixelColor(1, 1).name() == LIGHT.background
    heatmap.set_theme(DARK)
    image = render(heatmap)
    assert image.pixelColor(1, 1).name() == DARK.background
    assert colour_at(image, heatmap.cell_rect(THREE).center()).name() == DARK.accent


# ----- the pain chart

def points(*ratings: tuple[int | None, int | None]) -> list[PainPoint]:
    start = datetime(2025, 9, 1, 18, tzinfo=UTC)
    return [PainPoint(start + timedelta(days=i), "cat-stretch", before, after)
            for i, (before, after) in enumerate(ratings)]


def count(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(image.pixel(x, y) == wanted for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("name", list(ThemeName), ids=THEME_IDS)
def test_with_no_ratings_it_says_how_to_get_some(chart, name):
    chart.set_theme(THEMES[name])
    chart.set_points([])
    image = render(chart)
    assert not is_uniform(image), "the message is drawn"
    assert count(image, THEMES[name].accent) == 0, "no chart, no legend"
    assert "rate your pain" in chart.accessibleDescription().lower()
    chart.set_points(points((None, None)))  # a session without ratings is not a point
    assert chart.points == []


@pytest.mark.parametrize("name", list(ThemeName), ids=THEME_IDS)
def test_the_after_line_is_drawn_in_the_accent_colour(chart, name):
    theme = THEMES[name]
    chart.set_theme(theme)
    chart.set_points(points((6, 4), (5, 2), (7, 8), (3, 1)))
    image = render(chart)
    assert count(image, theme.accent) > 100
    for i, (a, b) in enumerate(((4, 2), (2, 8), (8, 1))):
        middle = QPointF((chart.point_x(i) + chart.point_x(i + 1)) / 2, (chart.value_y(a) + chart.value_y(b)) / 2)
        assert colour_at(image, middle).name() == theme.accent, f"after line between sessions {i} and {i + 1}"
    before = QPointF((chart.point_x(0) + chart.point_x(1)) / 2, (chart.value_y(6) + chart.value_y(5)) / 2)
    assert colour_at(image, before).name() == theme.secondary_text
    hollow = QPointF(chart.point_x(0), chart.value_y(6))
    assert colour_at(image, hollow).name() == theme.background, "before markers are hollow"
    filled = QPointF(chart.point_x(0), chart.value_y(4))
    assert colour_at(image, filled).name() == theme.accent, "after markers are filled"


def test_the_accessible_description_gives_the_average_change(chart):
    chart.set_points(points((6, 4), (5, 4), (7, None)))
    assert chart.accessibleDescription() == "Last 3 sessions: pain after was on average 1.5 lower than before"
    chart.set_points(points((2, 5)))
    assert chart.accessibleDescription() == "Last session: pain after was on average 3.0 higher than before"
    chart.set_points(points((None, 3), (4, None)))
    assert chart.accessibleDescription() == "Last 2 sessions: none rated both before and after"


def test_sessions_with_one_rating_show_only_that_marker(chart):
    chart.set_theme(LIGHT)
    chart.set_points(points((None, 2), (8, None), (None, 5)))
    image = render(chart)
    assert colour_at(image, QPointF(chart.point_x(0), chart.value_y(2))).name() == LIGHT.accent
    assert colour_at(image, QPointF(chart.point_x(1), chart.value_y(8))).name() == LIGHT.background
    for score in (1, 3, 5, 7, 9):  # between the gridlines
        assert colour_at(image, QPointF(chart.point_x(1), chart.value_y(score))).name() != LIGHT.accent, \
            "no after mark for a session rated only before"
    # No line joins sessions 0 and 2 across the gap.
    middle = QPointF(chart.point_x(1), chart.value_y(3.5))
    assert colour_at(image, middle).name() != LIGHT.accent


def test_lines_are_thick_enough_to_see_from_across_a_room_and_grow(chart):
    chart.set_points(points((6, 4), (5, 2)))
    render(chart, (1280, 300))
    assert chart.line_width() >= 3
    thin = chart.line_width()
    render(chart, (1600, 800))
    assert chart.line_width() > thin
    plot = chart.plot_rect()
    assert chart.value_y(0) == pytest.approx(plot.bottom()) and chart.value_y(10) == pytest.approx(plot.top())


@pytest.mark.parametrize("size", [(0, 0), (1, 1), (10, 10), (40, 30), (80, 50)], ids=str)
@pytest.mark.parametrize("filled", [False, True], ids=["empty", "data"])
def test_tiny_sizes_do_not_crash(heatmap, chart, size, filled):
    heatmap.set_days(twelve_weeks(COUNTS) if filled else [])
    chart.set_points(points((6, 4), (None, 3)) if filled else [])
    for widget in (heatmap, chart):
        widget.resize(*size)
        image = QImage(max(1, size[0]), max(1, size[1]), QImage.Format.Format_ARGB32)
        widget.render(image)
        widget.grab()
    if filled:
        assert heatmap.cell_rect(0).width() >= 0
        assert heatmap.index_at(QPointF(QPoint(5, 5))) in (None, *range(84))
        assert chart.plot_rect().width() >= 0 and chart.plot_rect().height() >= 0
