"""The exercise figure, drawn with QPainter: a mat, a body with real shapes, the working part in colour.

Every exercise is drawn at one scale (the stage, STAGE_CM, holds any of the
five), centred in its rectangle, so switching exercise never changes the
size of the person. The parts (coach/ui/widgets/figure_shapes.py) are drawn far to
near, each with an outline in the background colour, so a limb always stands
out from what is behind it; the limbs of the side turned away are paler. The
other side is the mirror image. While a phase moves, where the bones listed
as the figure's ``ghost`` are heading is drawn faintly behind the body.

The window's FigureView keeps the still part of the picture (background, mat,
faint target) in a pixmap, so an animation frame only draws the body.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPicture, QPixmap, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.domain.figure_exercise import ExerciseFigure, Joints
from coach.domain.figure_track import FigureFrame
from coach.ui.widgets.figure_extent import extent_of
from coach.ui.widgets.figure_shapes import Part, body_parts
from coach.ui.widgets.theme import LIGHT, Theme

# The drawing area every figure is scaled into, in centimetres: all five exercises fit it, so all
# share one scale (tests/ui/widgets/test_figure_view.py checks that each fits).
STAGE_CM = (192.0, 95.0)
_FILL = (0.96, 0.96)       # share of the rectangle's width and height the stage takes
_OUTLINE_CM = 1.3              # the background-coloured outline round every part...
_OUTLINE_MIN_PX = 1.6          # ...never thinner than this
_FAR_FADE = 0.45               # the far side's body colour: this much closer to the background (still 3:1)
_FAR_ACCENT_FADE = 0.3         # the far side's accent (the light theme's accent is darker than its text)
_TARGET_FADE = 0.72            # the pose a move heads for: faint
_BODIES_AT_MOST = 400          # recorded bodies kept (a few KB each); more than every step of a routine
_CHANGES_AT_MOST = 800         # repaint rectangles kept, one per pair of steps shown one after the other


def mix(colour: str, towards: str, amount: float) -> QColor:
    """``amount`` (0-1) of the way from one #rrggbb colour to another."""
    a, b = QColor(colour), QColor(towards)
    return QColor(round(a.red() + (b.red() - a.red()) * amount), round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


class FigureFit:
    """How one exercise's figure maps onto a rectangle (a widget, a printed box): fixed for the exercise.

    Attributes:
        scale: pixels (or device units) per centimetre; the same for every figure that fits the stage.
        extent: the figure's mat and bounds, screen centimetres.
        width, height: the rectangle's size.
    """

    def __init__(self, figure: ExerciseFigure, width: float, height: float) -> None:
        self.extent = extent_of(figure)
        box = self.extent.box
        self.width, self.height = width, height
        self.scale = min(width * _FILL[0] / max(STAGE_CM[0], box.width()),
                         height * _FILL[1] / max(STAGE_CM[1], box.height()))

    def transform(self, horizontal: float = 1.0) -> QTransform:
        """Screen centimetres (y up) to the rectangle's pixels, the figure centred; ``horizontal`` -1 mirrors."""
        centre = self.extent.box.center()
        transform = QTransform()
        transform.translate(self.width / 2, self.height / 2)
        transform.scale(self.scale * horizontal, -self.scale)
        transform.translate(-centre.x(), -centre.y())
        return transform


class FigureView(QWidget):
    """Paints a FigureFrame: the exercise's figure at one instant.

    Attributes:
        frame: what is shown, or None (nothing but the background).
        flip: the horizontal scale the figure is drawn with, from 1 (as the frame says) through 0 (edge
            on) to -1 (mirrored); a caller animates it from 1 to -1 to turn the figure round at a side
            switch, then shows the other side's frame with flip back at 1 (the same picture).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame: FigureFrame | None = None
        self.flip = 1.0
        self._theme = LIGHT
        self._fit: FigureFit | None = None
        self._fit_key: tuple[object, ...] = ()
        self._still: QPixmap | None = None  # background, mat and faint target, as last drawn
        self._still_key: tuple[object, ...] = ()
        # The body of each frame shown, recorded once and replayed by Qt (no Python per part), for as
        # long as the size, theme and flip stay: a set of reps shows the same frames again and again.
        self._bodies: dict[int, tuple[Joints, QPicture, _Shapes]] = {}
        self._bodies_key: tuple[object, ...] = ()
        # Where a step differs from the one before it (only the parts that moved), by the pair of poses:
        # every rep shows the same steps in the same order, so each pair is worked out once.
        self._changes: dict[tuple[int, int], tuple[Joints, Joints, QRect]] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 50)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we paint every pixel
        self.setAccessibleName(self.tr("How to do the exercise"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(480, 240)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def show_frame(self, frame: FigureFrame | None) -> None:
        previous, self.frame = self.frame, frame
        if frame is previous:
            return
        if (frame is not None and previous is not None and frame.figure is previous.figure
                and frame.mirrored == previous.mirrored and frame.target is previous.target):
            if frame.joints is previous.joints:
                return  # the same picture (a held pose): nothing to repaint
            if self.isVisible():
                # Only the body moved: repaint where its moving parts were and are, not the whole mat
                # (a knee pulled in leaves the head, the arms and the other leg where they were).
                self.update(self._changed_rect(previous, frame))
                return
        self.update()

    def _changed_rect(self, previous: FigureFrame, frame: FigureFrame) -> QRect:
        """The rectangle covering every part that differs between two poses of one figure, as both are drawn."""
        fit = self._fit_for(frame.figure)
        horizontal = self.flip * (-1.0 if frame.mirrored else 1.0)
        was = self._body(previous, fit, horizontal)
        now = self._body(frame, fit, horizontal)
        key = (id(previous.joints), id(frame.joints))
        known = self._changes.get(key)
        if known is not None and known[0] is previous.joints and known[1] is frame.joints:
            return known[2]
        if len(self._changes) >= _CHANGES_AT_MOST:
            self._changes.clear()
        rect = _changed_parts(was[2], now[2])
        if rect is None:  # the parts changed their order: where they overlap may look different anywhere
            rect = was[1].boundingRect().united(now[1].boundingRect())
        if not rect.isEmpty():
            rect = rect.adjusted(-2, -2, 2, 2)  # antialiasing reaches a pixel past a shape's edge
        self._changes[key] = (previous.joints, frame.joints, rect)
        return rect

    @staticmethod
    def travel(frames: list[FigureFrame]) -> float:
        """How far (screen centimetres) the furthest-moving joint goes through these frames of one figure, in order.

        Centimetres, not pixels: the figure grows with the window, and so does the distance it is seen from
        for the same detail (the floor view shrinks a 1920-wide window to 14 %, a 1280-wide one to 20 %).
        """
        if len(frames) < 2:
            return 0.0
        view = frames[0].figure.view
        tracks = [{name: view.project(point) for name, point in frame.joints.items()} for frame in frames]
        longest = 0.0
        for name in tracks[0]:
            length = sum(math.dist(a[name][:2], b[name][:2]) for a, b in itertools.pairwise(tracks))
            longest = max(longest, length)
        return longest

    def set_flip(self, horizontal: float) -> None:
        """Draw the figure scaled by ``horizontal`` (1 to -1) across, about its centre: see ``flip``."""
        horizontal = max(-1.0, min(1.0, horizontal))
        if horizontal != self.flip:
            self.flip = horizontal
            self.update()

    # ----- painting

    def _fit_for(self, figure: ExerciseFigure) -> FigureFit:
        key = (id(figure), self.width(), self.height())
        if self._fit is None or self._fit_key != key:
            self._fit, self._fit_key = FigureFit(figure, self.width(), self.height()), key
        return self._fit

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        frame = self.frame
        if frame is None:
            painter.fillRect(self.rect(), QColor(self._theme.background))
        else:
            fit = self._fit_for(frame.figure)
            horizontal = self.flip * (-1.0 if frame.mirrored else 1.0)
            painter.setClipRect(event.rect())
            painter.drawPixmap(0, 0, self._still_picture(frame, fit, horizontal))
            painter.drawPicture(0, 0, self._body(frame, fit, horizontal)[1])
        painter.end()

    def _body(self, frame: FigureFrame, fit: FigureFit, horizontal: float) -> tuple[Joints, QPicture, _Shapes]:
        """The frame's body recorded as a picture, with where each of its parts lies on the widget."""
        key = (self.width(), self.height(), self._theme, id(frame.figure), horizontal)
        if key != self._bodies_key or len(self._bodies) >= _BODIES_AT_MOST:
            self._bodies, self._bodies_key = {}, key
            self._changes = {}
        known = self._bodies.get(id(frame.joints))
        if known is not None and known[0] is frame.joints:
            return known
        picture = QPicture()
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        transform = fit.transform(horizontal)
        painter.setTransform(transform)
        parts = _paint_body(painter, frame, self._theme, fit, simplify=True)
        painter.end()
        body = (frame.joints, picture, _shapes(parts, transform))
        # Only frames that recur are worth keeping: a flip's frames are each drawn once.
        if horizontal in (1.0, -1.0):
            self._bodies[id(frame.joints)] = body
        return body

    def _still_picture(self, frame: FigureFrame, fit: FigureFit, horizontal: float) -> QPixmap:
        ratio = self.devicePixelRatioF()
        target = frame.target if frame.figure.ghost else None
        key = (self.width(), self.height(), ratio, self._theme, id(frame.figure), id(target), horizontal)
        if self._still is None or self._still_key != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            painter.fillRect(QRectF(0, 0, self.width(), self.height()), QColor(self._theme.background))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setTransform(fit.transform(horizontal))
            _paint_mat(painter, fit, self._theme)
            if target is not None:
                _paint_ghost(painter, frame.figure, target, self._theme)
            painter.end()
            self._still, self._still_key = pixmap, key
        return self._still


def paint_figure(painter: QPainter, rect: QRectF, frame: FigureFrame, theme: Theme,
                 fit: FigureFit | None = None, flip: float = 1.0) -> None:
    """Paint a frame's mat and body (and its faint target) into ``rect``; the background is the caller's.

    Shared by the printed routine sheet and the ``backcoach figure`` command, so they show what the
    window shows. ``fit`` must have been made for ``frame.figure`` at ``rect``'s size (or left out);
    ``flip`` scales the figure across as FigureView.flip does.
    """
    if fit is None:
        fit = FigureFit(frame.figure, rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    transform = fit.transform(flip * (-1.0 if frame.mirrored else 1.0))
    painter.setTransform(transform * QTransform.fromTranslate(rect.left(), rect.top()), True)
    _paint_mat(painter, fit, theme)
    if frame.target is not None and frame.figure.ghost:
        _paint_ghost(painter, frame.figure, frame.target, theme)
    _paint_body(painter, frame, theme, fit)
    painter.restore()


def _paint_mat(painter: QPainter, fit: FigureFit, theme: Theme) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(mix(theme.surface, theme.text, 0.14))
    painter.drawPolygon(fit.extent.mat_edge)
    painter.setBrush(QColor(theme.surface))
    painter.drawPolygon(fit.extent.mat)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_ghost(painter: QPainter, figure: ExerciseFigure, target: Joints, theme: Theme) -> None:
    faint = mix(theme.text, theme.background, _TARGET_FADE)
    for part in body_parts(target, figure.view, only=figure.ghost):
        painter.fillPath(part.path, faint)


def part_colour(part: Part, focus: tuple[str, ...], theme: Theme) -> QColor:
    """The flat colour a part is filled with: accent where it works, body colour otherwise; paler when far."""
    working = ("upper_back" in focus) if part.name == "torso" else any(bone in focus for bone in part.bones)
    if working:
        return mix(theme.accent, theme.background, _FAR_ACCENT_FADE) if part.far else QColor(theme.accent)
    return mix(theme.text, theme.background, _FAR_FADE) if part.far else QColor(theme.text)


def outline_width(scale: float) -> float:
    """How wide the background-coloured outline round every part is, in centimetres, at ``scale`` px/cm."""
    return max(_OUTLINE_CM, _OUTLINE_MIN_PX / scale)


def _paint_body(painter: QPainter, frame: FigureFrame, theme: Theme, fit: FigureFit,
               simplify: bool = False) -> list[Part]:
    """Paint the body's parts far to near; returns them.

    ``simplify``: each shape's overlapping pieces (a limb's capsules, the torso's rings) joined into one
    outline first: slower once, but a recorded body replays a third faster, as Qt's antialiased filling
    costs by the edges it walks.
    """
    simple = (lambda path: path.simplified()) if simplify else (lambda path: path)
    focus = frame.figure.focus
    background, accent = QColor(theme.background), QColor(theme.accent)
    parts = body_parts(frame.joints, frame.figure.view, focus, outline=outline_width(fit.scale))
    for part in parts:
        if part.halo is not None:
            painter.fillPath(simple(part.halo), background)
        painter.fillPath(simple(part.path), part_colour(part, focus, theme))
        if part.overlay is not None:
            painter.fillPath(simple(part.overlay), accent)
    return parts


# Each part of a drawn body, in drawing order: its name, its shapes and tone (to tell whether it changed) and
# the widget's pixels it covers.
_Shapes = tuple[tuple[tuple[str, bool], tuple[object, ...], QRectF], ...]


def _shapes(parts: list[Part], transform: QTransform) -> _Shapes:
    shapes = []
    for part in parts:
        covered = (part.halo or part.path).boundingRect()
        if part.overlay is not None:
            covered = covered.united(part.overlay.boundingRect())
        shapes.append(((part.name, part.far), (part.path, part.halo, part.overlay), transform.mapRect(covered)))
    return tuple(shapes)


def _changed_parts(was: _Shapes, now: _Shapes) -> QRect | None:
    """The pixels covering each part whose shape or tone differs, where it was and where it is; None if the
    parts are not drawn in the same order (then their overlaps may differ anywhere)."""
    if [shape[0] for shape in was] != [shape[0] for shape in now]:
        return None
    changed = QRectF()
    for (_, old, old_box), (_, new, new_box) in zip(was, now, strict=True):
        if old_box != new_box or any(a is not b and a != b for a, b in zip(old, new, strict=True)):
            changed = changed.united(old_box).united(new_box)
    return changed.toAlignedRect()
