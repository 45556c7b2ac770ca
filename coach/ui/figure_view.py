"""The exercise figure, drawn with QPainter: a floor, a simple body, the working part in colour.

The figure is fitted once per exercise (over all its poses and the moves
between them), so it never zooms or jumps as it moves; the other side is the
mirror image. Bones further from the viewer are drawn first and paler, so
the near leg reads in front of the far one. While a phase moves, where it is
heading is drawn faintly behind the figure.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.domain.figure import BONES, HEAD_RADIUS, SPINE_BONES
from coach.domain.figure_exercise import ExerciseFigure, Joints, View
from coach.domain.figure_track import FigureFrame
from coach.ui.theme import LIGHT, Theme

# Bounds are sampled at these fractions of every phase (the arc of a knee can pass outside its key poses).
_BOUND_SAMPLES = (0.0, 0.25, 0.5, 0.75, 1.0)
_FLOOR_MARGIN_CM = 18.0   # floor drawn this far beyond the figure's ends
_FLOOR_BAND_CM = 6.0      # a side view's floor: a band this deep under the line
_SIDE_GAP_CM = 6.0        # hips further apart in depth than this: one side is the far one
_FAR_FADE = 0.35          # the far side is this much closer to the background (keeps 3:1 contrast)
_TARGET_FADE = 0.82       # the pose a move heads for: faint
_TORSO_WIDTH = SPINE_BONES[0].width
_LIMB_BONES = tuple(bone for bone in BONES if bone.side is not None)
_BONE_ENDS = {bone.name: (bone.start, bone.end, bone.width) for bone in BONES}


def mix(colour: str, towards: str, amount: float) -> QColor:
    """``amount`` (0-1) of the way from one #rrggbb colour to another."""
    a, b = QColor(colour), QColor(towards)
    return QColor(round(a.red() + (b.red() - a.red()) * amount), round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


class FigureFit:
    """How one exercise's figure maps onto a rectangle (a widget, a printed box): fixed for the exercise."""

    def __init__(self, figure: ExerciseFigure, width: float, height: float) -> None:
        view = figure.view
        xs, ys, world = [], [], []
        for phase in range(len(figure.phases)):
            for t in _BOUND_SAMPLES:
                for point in figure.moment(phase, t).values():
                    world.append(point)
                    x, y, _ = view.project(point)
                    xs.append(x)
                    ys.append(y)
        pad = HEAD_RADIUS + 4
        self.floor = self._floor_outline(view, min(xs), max(xs), world)
        for x, y in self.floor:
            xs.append(x)
            ys.append(y)
        # Under the floor line there is room for its band (_FLOOR_BAND_CM) and a little more.
        left, right, bottom, top = min(xs) - pad, max(xs) + pad, min(ys) - _FLOOR_BAND_CM - 2, max(ys) + pad
        self.scale = min(width * 0.94 / (right - left), height * 0.9 / (top - bottom))
        self.centre_x = (left + right) / 2
        self.offset_x = width / 2
        # Rest the floor a little above the bottom edge: the figure sits, it does not hang.
        self.offset_y = height / 2 + (top + bottom) / 2 * self.scale
        self.mirror = 1.0

    @staticmethod
    def _floor_outline(view: View, left: float, right: float, world: list[tuple[float, float, float]]
                       ) -> list[tuple[float, float]]:
        """The floor's outline in screen centimetres: a line's two ends, or a mat's four corners."""
        if view.sees_floor_edge_on:
            return [(left - _FLOOR_MARGIN_CM, 0.0), (right + _FLOOR_MARGIN_CM, 0.0)]
        # A tilted view: a mat under the whole figure, seen from above.
        x0, x1 = min(p[0] for p in world) - _FLOOR_MARGIN_CM, max(p[0] for p in world) + _FLOOR_MARGIN_CM
        z0, z1 = min(p[2] for p in world) - _FLOOR_MARGIN_CM, max(p[2] for p in world) + _FLOOR_MARGIN_CM
        corners = [view.project((x, 0.0, z)) for x, z in ((x0, z0), (x1, z0), (x1, z1), (x0, z1))]
        return [(x, y) for x, y, _ in corners]

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.offset_x + (x - self.centre_x) * self.scale * self.mirror, self.offset_y - y * self.scale)


class FigureView(QWidget):
    """Paints a FigureFrame: the exercise's figure at one instant.

    Attributes:
        frame: what is shown, or None (nothing but the background).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame: FigureFrame | None = None
        self._theme = LIGHT
        self._fit: FigureFit | None = None
        self._fit_figure: ExerciseFigure | None = None  # what _fit was made for
        self._fit_size = (0, 0)
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
        if frame is self.frame:
            return
        self.frame = frame
        self.update()

    # ----- painting

    def _fit_for(self, figure: ExerciseFigure) -> FigureFit:
        size = (self.width(), self.height())
        if self._fit is None or self._fit_figure is not figure or self._fit_size != size:
            self._fit, self._fit_figure, self._fit_size = FigureFit(figure, *size), figure, size
        return self._fit

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._theme.background))
        frame = self.frame
        if frame is not None:
            paint_figure(painter, QRectF(self.rect()), frame, self._theme, self._fit_for(frame.figure))
        painter.end()


def paint_figure(painter: QPainter, rect: QRectF, frame: FigureFrame, theme: Theme,
                 fit: FigureFit | None = None) -> None:
    """Paint a frame's floor and body (and its faint target) into ``rect``; the background is the caller's.

    Shared by the window's FigureView and the printed routine sheet, so both show the same figure.
    ``fit`` must have been made for ``frame.figure`` at ``rect``'s size; pass one to keep it across
    frames (a figure that must not zoom as it moves), or leave it out to fit this frame alone.
    """
    if fit is None:
        fit = FigureFit(frame.figure, rect.width(), rect.height())
    painter.save()
    painter.translate(rect.topLeft())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fit.mirror = -1.0 if frame.mirrored else 1.0
    _paint_floor(painter, fit, theme)
    view = frame.figure.view
    if frame.target is not None:
        faint = mix(theme.text, theme.background, _TARGET_FADE)
        _paint_body(painter, fit, view, frame.target, lambda _bone, _far: faint)
    body = QColor(theme.text)
    far_body = mix(theme.text, theme.background, _FAR_FADE)
    accent = QColor(theme.accent)
    far_accent = mix(theme.accent, theme.background, _FAR_FADE)
    focus = frame.figure.focus

    def colour(bone: str, far: bool) -> QColor:
        if bone in focus:
            return far_accent if far else accent
        return far_body if far else body

    _paint_body(painter, fit, view, frame.joints, colour)
    painter.restore()


def _paint_floor(painter: QPainter, fit: FigureFit, theme: Theme) -> None:
    points = [fit.point(x, y) for x, y in fit.floor]
    if len(points) == 2:
        # The floor seen edge on: a band of the surface colour under a firm line.
        left, right = min(p.x() for p in points), max(p.x() for p in points)
        y = points[0].y()
        band = fit.scale * _FLOOR_BAND_CM
        painter.fillRect(QRectF(left, y, right - left, band), QColor(theme.surface))
        painter.setPen(QPen(mix(theme.secondary_text, theme.background, 0.35), max(1.5, fit.scale * 1.2)))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.surface))
        painter.drawPolygon(QPolygonF(points))
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_body(painter: QPainter, fit: FigureFit, view: View, joints: Joints, colour) -> None:  # type: ignore[no-untyped-def]
    projected = {name: view.project(point) for name, point in joints.items()}
    screen = {name: fit.point(x, y) for name, (x, y, _) in projected.items()}
    # Limbs of the side turned away from the viewer are paler (in a view from the head or feet
    # neither side is). Everything is drawn far to near.
    hip_gap = projected["hip_left"][2] - projected["hip_right"][2]
    far_side = None if abs(hip_gap) < _SIDE_GAP_CM else "right" if hip_gap > 0 else "left"
    parts: list[tuple[float, str, bool]] = [(projected["pelvis"][2], "torso", False)]
    for bone in _LIMB_BONES:
        start, end, _ = _BONE_ENDS[bone.name]
        parts.append(((projected[start][2] + projected[end][2]) / 2, bone.name, bone.side == far_side))
    parts.sort(key=lambda part: part[0])
    scale = fit.scale
    for _depth, name, far in parts:
        if name == "torso":
            _paint_torso(painter, screen, scale, colour)
            continue
        start, end, width = _BONE_ENDS[name]
        painter.setPen(_round_pen(colour(name, far), width * scale))
        painter.drawLine(screen[start], screen[end])


def _paint_torso(painter: QPainter, screen: dict[str, QPointF], scale: float, colour) -> None:  # type: ignore[no-untyped-def]
    """Neck, back and head as one shape; a working lower back is overdrawn in its colour."""
    neck_start, neck_end, neck_width = _BONE_ENDS["neck"]
    painter.setPen(_round_pen(colour("neck", False), neck_width * scale))
    painter.drawLine(screen[neck_start], screen[neck_end])
    # One smooth curve through pelvis, waist and chest: a back rounds, it does not fold.
    pelvis, waist, chest = screen["pelvis"], screen["waist"], screen["chest"]
    # The control point that makes the curve pass through the waist half way.
    control = waist * 2 - (pelvis + chest) / 2
    path = QPainterPath(pelvis)
    path.quadTo(control, chest)
    painter.setPen(_round_pen(colour("upper_back", False), _TORSO_WIDTH * scale))
    painter.drawPath(path)
    lower = colour("lower_back", False)
    if lower != colour("upper_back", False):
        pen = _round_pen(lower, _TORSO_WIDTH * scale)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        lower_half = QPainterPath(pelvis)
        lower_half.quadTo((pelvis + control) / 2, path.pointAtPercent(0.5))
        painter.drawPath(lower_half)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(lower)
        radius = _TORSO_WIDTH * scale / 2
        painter.drawEllipse(screen["pelvis"], radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour("head", False))
    radius = HEAD_RADIUS * scale
    painter.drawEllipse(screen["head"], radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _round_pen(colour: QColor, width: float) -> QPen:
    return QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
