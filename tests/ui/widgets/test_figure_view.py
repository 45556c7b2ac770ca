"""The exercise figure, judged by its pixels: it moves, it holds still, its sides mirror, it fits and it reads.

Every picture is rendered offscreen with ``grab()`` into a QImage and read
as 0xffRRGGBB words (no numpy here: whole rows are compared as arrays, and
only rows that differ are walked pixel by pixel).
"""

from __future__ import annotations

from array import array
from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from coach.domain.figure_exercise import ExerciseFigure
from coach.domain.figure_loader import load_figures
from coach.domain.figure_track import FigureFrame
from coach.domain.routine import Level
from coach.domain.timeline import SegmentKind
from coach.resources import figures_dir
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.theme import DARK, LIGHT, Theme, contrast_ratio

from ..conftest import make_coach

LARGE = (1280, 720)
THUMBNAIL = (300, 150)
THEMES = {"light": LIGHT, "dark": DARK}
EXERCISES = ("bridge", "cat-stretch", "knee-to-chest", "rotation", "side-leg-lift")
# At least this many pixels of background all round the drawing: nothing touches an edge.
MARGIN = 1
LIGHT_BACKGROUND = QColor(LIGHT.background).rgb()


@pytest.fixture(scope="module")
def figures() -> dict[str, ExerciseFigure]:
    return load_figures(figures_dir())


@pytest.fixture
def view(qtbot) -> FigureView:
    widget = FigureView()
    qtbot.addWidget(widget)
    return widget


# ----- reading pictures

def render(view: FigureView, frame: FigureFrame | None, size: tuple[int, int] = LARGE,
           theme: Theme = LIGHT) -> QImage:
    view.set_theme(theme)
    view.resize(*size)
    view.show_frame(frame)
    return as_rgb32(view.grab().toImage())


def as_rgb32(image: QImage) -> QImage:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    assert image.bytesPerLine() == 4 * image.width()
    return image


def pixels(image: QImage) -> array:
    """Every pixel as 0xffRRGGBB, row after row."""
    return array("I", bytes(image.constBits()))


def rows(image: QImage) -> list[array]:
    data, width = pixels(image), image.width()
    return [data[y * width:(y + 1) * width] for y in range(image.height())]


def colour_value(colour: str) -> int:
    return QColor(colour).rgb()


def hex_of(value: int) -> str:
    return f"#{value & 0xFFFFFF:06x}"


def channel_gap(a: int, b: int) -> int:
    return max(abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) for shift in (0, 8, 16))


def differing(a: QImage, b: QImage, tolerance: int = 0) -> int:
    """How many pixels differ by more than ``tolerance`` levels in some channel."""
    assert a.size() == b.size()
    count = 0
    for row_a, row_b in zip(rows(a), rows(b), strict=True):
        if row_a != row_b:
            count += sum(1 for p, q in zip(row_a, row_b, strict=True) if p != q and channel_gap(p, q) > tolerance)
    return count


def drawn(image: QImage, background: int) -> int:
    """How many pixels are not the background."""
    return image.width() * image.height() - pixels(image).count(background)


def drawn_box(image: QImage, background: int) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of everything that is not the background, inclusive; None if nothing is."""
    width = image.width()
    box = None
    for y, row in enumerate(rows(image)):
        if row.count(background) == width:
            continue
        left = next(x for x, p in enumerate(row) if p != background)
        right = next(x for x in range(width - 1, -1, -1) if row[x] != background)
        box = (left, y, right, y) if box is None else (min(box[0], left), box[1], max(box[2], right), y)
    return box


def floor_only(frame: FigureFrame) -> FigureFrame:
    """The same figure with its body moved far outside the picture: only the floor is left to draw.

    The view fits the picture to the exercise (all its poses), never to the joints of one
    frame, so the floor lands exactly where it does with the body in place.
    """
    away = {name: (x + 10_000.0, y, z) for name, (x, y, z) in frame.joints.items()}
    return FigureFrame(frame.figure, away, frame.mirrored)


def body_colours(view: FigureView, frame: FigureFrame, size: tuple[int, int], theme: Theme) -> Counter[int]:
    """The colours of the pixels where the body is drawn (where the picture differs from the bare floor)."""
    full = pixels(render(view, frame, size, theme))
    floor = pixels(render(view, floor_only(frame), size, theme))
    return Counter(p for p, q in zip(full, floor, strict=True) if p != q)


def end_poses(figure: ExerciseFigure) -> list[str]:
    return sorted(set(figure.phases) | {figure.start})


# ----- 1. it moves while a phase moves, and holds still through a hold

def test_the_bridge_lifts_between_the_start_and_the_middle_of_the_lift_and_holds_still(view, figures):
    bridge = figures["bridge"]
    assert bridge.phases[:2] == ("up", "up"), "phase 0 lifts, phase 1 holds up"
    start = render(view, FigureFrame(bridge, bridge.moment(0, 0.0), False))
    middle = render(view, FigureFrame(bridge, bridge.moment(0, 0.5), False))
    top = render(view, FigureFrame(bridge, bridge.moment(0, 1.0), False))
    area = drawn(start, LIGHT_BACKGROUND)
    assert area > 0.04 * LARGE[0] * LARGE[1]
    # Measured: about 29 % of the drawn pixels change in the first half of the lift, 27 % in the second.
    assert differing(start, middle) > 0.1 * area
    assert differing(middle, top) > 0.1 * area, "half way up is not yet at the top"

    hold_start = render(view, FigureFrame(bridge, bridge.moment(1, 0.0), False))
    hold_end = render(view, FigureFrame(bridge, bridge.moment(1, 1.0), False))
    assert hold_start == hold_end
    assert hold_start == top, "the hold starts where the lift ends"


# ----- 2. the other side is the mirror image

def test_the_left_side_of_knee_to_chest_is_the_mirror_image_of_the_right(view, figures):
    figure = figures["knee-to-chest"]
    # Half way through pulling the knee in, heading for "in" (a figure with no faint target).
    joints, target = figure.moment(0, 0.5), figure.key_joints(figure.phases[0])
    right = render(view, FigureFrame(figure, joints, False, target))
    left = render(view, FigureFrame(figure, joints, True, target))
    area = drawn(right, LIGHT_BACKGROUND)
    assert differing(right, left) > 0.2 * area, "one side is not just the other again"
    # Antialiased edges may round differently on the two sides (measured: 0.8 % of the drawn pixels,
    # all within 40 levels); a misplaced bone differs by ~200, and a picture 1 px off by 40+ levels
    # in 1.7 % of them.
    assert differing(right, left.flipped(Qt.Orientation.Horizontal), tolerance=40) < 0.001 * area


# ----- 3. every pose fits inside the widget and fills a fair part of it

@pytest.mark.parametrize("size", [LARGE, THUMBNAIL], ids=["1280x720", "300x150"])
@pytest.mark.parametrize("theme_name", list(THEMES))
@pytest.mark.parametrize("exercise", EXERCISES)
def test_every_pose_fits_inside_the_widget_with_a_margin(view, figures, exercise, theme_name, size):
    figure, theme = figures[exercise], THEMES[theme_name]
    background = colour_value(theme.background)
    width, height = size
    frames = {f"pose {name}": FigureFrame(figure, figure.key_joints(name), False) for name in end_poses(figure)}
    # Half way through each moving phase, with the pose it heads for, and on the other side.
    for phase, pose in enumerate(figure.phases):
        if figure.moves_in(phase):
            frames[f"phase {phase} at 0.5"] = FigureFrame(figure, figure.moment(phase, 0.5), True,
                                                          figure.key_joints(pose))
    for what, frame in frames.items():
        image = render(view, frame, size, theme)
        box = drawn_box(image, background)
        assert box is not None, f"{what}: nothing drawn"
        left, top, right, bottom = box
        assert left >= MARGIN and top >= MARGIN, f"{what}: cut off at the left or top: {box}"
        assert right <= width - 1 - MARGIN and bottom <= height - 1 - MARGIN, f"{what}: cut off: {box}"
        assert drawn(image, background) >= 0.04 * width * height, f"{what}: too small"


def test_the_body_fits_inside_the_widget_at_the_size_the_session_screen_gives_it(view, figures, qtbot, catalogue):
    """The body (not the floor) at the figure's real size in a 1280x720 window: a short, wide strip."""
    size = session_figure_size(qtbot, catalogue)
    width, height = size
    for exercise in EXERCISES:
        figure = figures[exercise]
        for pose in end_poses(figure):
            frame = FigureFrame(figure, figure.key_joints(pose), False)
            full = render(view, frame, size)
            floor = pixels(render(view, floor_only(frame), size))
            body = [i for i, (p, q) in enumerate(zip(pixels(full), floor, strict=True))
                    if p != q]
            xs, ys = [i % width for i in body], [i // width for i in body]
            box = (min(xs), min(ys), max(xs), max(ys))
            assert box[0] >= MARGIN and box[1] >= MARGIN, f"{exercise} {pose} at {size}: {box}"
            assert box[2] <= width - 1 - MARGIN and box[3] <= height - 1 - MARGIN, f"{exercise} {pose}: {box}"


def test_the_floor_is_not_cut_off_at_the_size_the_session_screen_gives_the_figure(view, figures, qtbot, catalogue):
    """The band under a side view's floor line stays inside a wide, short widget (about 900x274 in a
    1280x720 window), where the height sets the scale: the fit must leave room for the whole band."""
    size = session_figure_size(qtbot, catalogue)
    cut = []
    for exercise in EXERCISES:
        figure = figures[exercise]
        image = render(view, FigureFrame(figure, figure.key_joints(figure.start), False), size)
        box = drawn_box(image, LIGHT_BACKGROUND)
        assert box is not None
        if box[3] > size[1] - 1 - MARGIN:
            cut.append(f"{exercise}: {box}")
    assert cut == [], f"at {size}"


def session_figure_size(qtbot, catalogue) -> tuple[int, int]:
    coach = make_coach(qtbot, catalogue)
    coach.controller.runner.start("lower-back")
    QApplication.processEvents()  # the session screen's layout settles
    figure = coach.window.session.figure
    size = (figure.width(), figure.height())
    coach.controller.go_home()
    coach.window.close()
    assert size[0] > 2 * size[1], "the session screen gives the figure a wide strip"
    return size


# ----- 4. it reads against the background

@pytest.mark.parametrize("theme_name", list(THEMES))
@pytest.mark.parametrize("exercise", EXERCISES)
def test_the_body_colour_has_at_least_3_to_1_contrast(view, figures, exercise, theme_name):
    figure, theme = figures[exercise], THEMES[theme_name]
    frame = FigureFrame(figure, figure.key_joints(figure.start), False)
    background = hex_of(render(view, None, LARGE, theme).pixel(0, 0))
    assert background == theme.background
    body, _count = body_colours(view, frame, LARGE, theme).most_common(1)[0]
    assert contrast_ratio(hex_of(body), background) >= 3.0, hex_of(body)


@pytest.mark.parametrize("theme_name", list(THEMES))
def test_every_solid_colour_of_the_body_has_at_least_3_to_1_contrast(view, figures, theme_name):
    """Near and far limbs, plain and accented: any colour covering a fair patch of the body.

    The far side is faded towards the background; faded too far, the light theme's far accent
    (the rotation's far thigh and shin) drops under 3:1.
    """
    theme = THEMES[theme_name]
    weak = set()
    for exercise in EXERCISES:
        figure = figures[exercise]
        for pose in end_poses(figure):
            colours = body_colours(view, FigureFrame(figure, figure.key_joints(pose), False), LARGE, theme)
            for value, count in colours.items():
                # Solid fills only: antialiased edges blend into the background by design, and the
                # outline round each part is the background colour on purpose.
                if value == colour_value(theme.background):
                    continue
                if count >= 0.002 * LARGE[0] * LARGE[1] and contrast_ratio(hex_of(value), theme.background) < 3.0:
                    weak.add(f"{exercise} {pose}: {hex_of(value)} "
                             f"{contrast_ratio(hex_of(value), theme.background):.2f}:1")
    assert sorted(weak) == []


# ----- 5. no frame: the background only

@pytest.mark.parametrize("theme_name", list(THEMES))
def test_no_frame_paints_only_the_background(view, figures, theme_name):
    theme = THEMES[theme_name]
    bridge = figures["bridge"]
    assert drawn(render(view, FigureFrame(bridge, bridge.moment(0, 0.5), False), LARGE, theme),
                 colour_value(theme.background)) > 0
    image = render(view, None, LARGE, theme)
    assert drawn(image, colour_value(theme.background)) == 0
    assert view.frame is None


# ----- 6. in the real window, driven by the session

def test_in_a_session_the_figure_moves_during_a_lift_and_stands_still_in_a_hold(qtbot, catalogue, figures):
    coach = make_coach(qtbot, catalogue)
    controller, screen = coach.controller, coach.window.session
    controller.runner.start("lower-back")
    segments = coach.driver.player.timeline.segments
    lift = next(s for s in segments if s.exercise == "bridge" and s.kind is SegmentKind.MOVE)
    hold = segments[lift.index + 1]
    assert hold.exercise == "bridge" and hold.kind is SegmentKind.HOLD

    controller.runner.start("lower-back", Level.STANDARD, first_segment=lift.index)
    assert coach.driver.player.index == lift.index
    figure = screen.figure
    assert figure.isVisible()
    at_start = as_rgb32(figure.grab().toImage())
    assert figure.frame is not None and figure.frame.figure.exercise == "bridge"
    assert figure.frame.target is not None, "a moving phase shows where it is heading"
    assert drawn(at_start, LIGHT_BACKGROUND) > 0.04 * figure.width() * figure.height()

    coach.clock.advance(lift.seconds / 2)
    controller.runner.refresh_countdown()
    half_way = as_rgb32(figure.grab().toImage())
    assert differing(at_start, half_way) > 0.1 * drawn(at_start, LIGHT_BACKGROUND)
    bridge = figures["bridge"]
    for name, point in bridge.moment(0, 0.5).items():
        assert figure.frame.joints[name] == pytest.approx(point, abs=1e-6), name

    coach.advance_to_segment(hold.index)
    assert coach.driver.player.segment == hold
    hold_start = as_rgb32(figure.grab().toImage())
    assert figure.frame is not None and figure.frame.target is None
    assert differing(hold_start, at_start) > 0.1 * drawn(at_start, LIGHT_BACKGROUND), "the hold shows the lifted pose"
    coach.clock.advance(hold.seconds / 2)
    controller.runner.refresh_countdown()
    assert as_rgb32(figure.grab().toImage()) == hold_start


@pytest.mark.parametrize("routine", ["lower-back", "cat-stretch"])
def test_the_figure_shows_when_the_routine_has_figures_and_hides_when_it_has_none(qtbot, catalogue, figures,
                                                                                  routine):
    coach = make_coach(qtbot, catalogue)
    coach.controller.runner.start(routine)
    assert all(e in figures for e in coach.driver.player.timeline.exercise_ids())
    assert coach.window.session.figure.isVisible()
    coach.controller.figures = {}  # as if no exercise of the routine had a figure
    coach.controller.runner.start(routine)
    assert not coach.window.session.figure.isVisible()
    coach.controller.figures = figures
    coach.controller.runner.start(routine)
    assert coach.window.session.figure.isVisible()


# ----- 7. a side switch can be shown as the figure turning round; a held pose costs no repaint

def test_flip_scales_the_figure_across_and_at_minus_one_is_the_other_side(view, figures):
    figure = figures["side-leg-lift"]
    joints = figure.key_joints("up")
    left = render(view, FigureFrame(figure, joints, False))
    right = render(view, FigureFrame(figure, joints, True))
    view.set_flip(-1.0)
    flipped = render(view, FigureFrame(figure, joints, False))
    area = drawn(left, LIGHT_BACKGROUND)
    assert differing(flipped, left) > 0.2 * area
    assert differing(flipped, right, tolerance=40) < 0.001 * area, "turned round: the other side's picture"
    view.set_flip(0.5)
    half = drawn_box(render(view, FigureFrame(figure, joints, False)), LIGHT_BACKGROUND)
    view.set_flip(1.0)
    whole = drawn_box(render(view, FigureFrame(figure, joints, False)), LIGHT_BACKGROUND)
    assert half is not None and whole is not None
    assert (half[2] - half[0]) == pytest.approx((whole[2] - whole[0]) / 2, abs=3)
    assert (half[0] + half[2]) / 2 == pytest.approx((whole[0] + whole[2]) / 2, abs=2), "about the centre"


def test_showing_the_same_pose_again_asks_for_no_repaint(view, figures):
    figure = figures["bridge"]
    asked = []
    view.update = lambda: asked.append(1)  # type: ignore[method-assign]
    still = figure.key_joints(figure.start)
    view.show_frame(FigureFrame(figure, still, False))
    assert len(asked) == 1
    view.show_frame(FigureFrame(figure, still, False))  # a hold: a new frame of the very same pose
    assert len(asked) == 1 and view.frame is not None and view.frame.joints is still
    view.show_frame(FigureFrame(figure, still, True))
    view.show_frame(FigureFrame(figure, figure.moment(0, 0.5), True))
    assert len(asked) == 3


def test_a_moving_body_repaints_only_around_itself_and_leaves_the_same_picture(qtbot, figures):
    """Each step of a move repaints where the body was and is, not the whole mat; the pixels match a full paint."""
    figure = figures["side-leg-lift"]  # the top leg comes down: where it was must be cleared too
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(839, 373)
    painted = []

    class PaintSpy(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                painted.append(event.rect())
            return False

    spy = PaintSpy()
    view.installEventFilter(spy)
    view.show()
    qtbot.waitExposed(view)
    view.show_frame(FigureFrame(figure, figure.moment(0, 1.0), False))
    QApplication.processEvents()
    painted.clear()
    view.show_frame(FigureFrame(figure, figure.moment(0, 0.0), False))
    QApplication.processEvents()
    assert painted and all(rect.width() * rect.height() < 0.8 * 839 * 373 for rect in painted)
    # What is on screen after the partial repaint, against a fresh paint of the whole widget.
    on_screen = as_rgb32(view.screen().grabWindow(view.winId()).toImage())
    assert on_screen == as_rgb32(view.grab().toImage())


def test_a_step_of_one_leg_repaints_the_leg_not_the_whole_body(qtbot, figures):
    """Knee-to-chest moves one leg: the head, the arms and the other leg are not repainted at every step."""
    figure = figures["knee-to-chest"]
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    asked = []
    view.update = lambda *rect: asked.append(rect)  # type: ignore[method-assign]
    view.show_frame(FigureFrame(figure, figure.moment(0, 0.5), False))
    body = view._body(view.frame, view._fit_for(figure), 1.0)[1].boundingRect()
    view.show_frame(FigureFrame(figure, figure.moment(0, 0.55), False))
    (changed,) = asked[-1]
    assert 0 < changed.width() * changed.height() < 0.8 * body.width() * body.height()
