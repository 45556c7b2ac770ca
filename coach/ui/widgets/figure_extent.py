"""How much room an exercise's figure takes over its whole movement: the bounds of its body, and its mat.

Every figure is scaled to fit these bounds (coach/ui/widgets/figure_view.py), so they must
hold every pose and every moment between poses: each phase of a rep is sampled and drawn as
painter paths. That costs ~3-4 ms a figure, so the numbers are measured once per process and
kept between runs (coach/storage/figure_extent_cache.py) under a digest of the figure and of
the code that measures it: a changed figure or a changed drawing is measured afresh.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPolygonF

from coach.digest import sha256_hex
from coach.domain.figure_exercise import ExerciseFigure
from coach.storage.figure_extent_cache import FigureExtentCache, cache_path
from coach.ui.widgets.figure_shapes import body_parts

# Bounds are sampled at these fractions of every phase (the arc of a knee can pass outside its key poses).
BOUND_SAMPLES = (0.0, 0.25, 0.5, 0.75, 1.0)
MAT_MARGIN_CM = 12.0          # the mat reaches this far past the head and the feet
MAT_HALF_WIDTH_CM = 32.0      # a 64 cm wide exercise mat, under the middle of the body
MAT_THICKNESS_CM = 2.0
# The code the numbers come from: a change in any of them measures every figure again.
MEASURING_MODULES = ("coach.domain.figure", "coach.domain.figure_body", "coach.domain.figure_exercise",
                     "coach.ui.widgets.figure_shapes", __name__)


class FigureExtent:
    """One figure's drawing in screen centimetres, over all its poses and moves.

    Attributes:
        body: the bounds of the body, every sampled moment together.
        mat: the mat under it (as long as the body needs, as wide as a mat is); mat_edge: its edge, just under it.
        box: body, mat and edge together: what the figure is scaled to fit.
    """

    def __init__(self, figure: ExerciseFigure, measured: tuple[float, ...]) -> None:
        body_x, body_y, body_width, body_height, x0, x1, middle = measured
        self.body = QRectF(body_x, body_y, body_width, body_height)
        half = MAT_HALF_WIDTH_CM
        corners = [figure.view.project((x, 0.0, z)) for x, z in ((x0, middle - half), (x1, middle - half),
                                                                  (x1, middle + half), (x0, middle + half))]
        self.mat = QPolygonF([QPointF(x, y) for x, y, _ in corners])
        self.mat_edge = self.mat.translated(0.0, -MAT_THICKNESS_CM)
        self.box = self.body.united(self.mat.boundingRect()).united(self.mat_edge.boundingRect())


def measure(figure: ExerciseFigure) -> tuple[float, ...]:
    """The body's bounds (x, y, width, height), the mat's ends along x and its middle across."""
    frames = [figure.moment(phase, t) for phase in range(len(figure.phases)) for t in BOUND_SAMPLES]
    box = QRectF()
    for joints in frames:
        for part in body_parts(joints, figure.view):
            box = box.united(part.path.boundingRect())
    # A real mat: as long as the body needs, as wide as a mat is (arms spread out lie past it).
    xs = [p[0] for joints in frames for p in joints.values()]
    return (box.x(), box.y(), box.width(), box.height(), min(xs) - MAT_MARGIN_CM, max(xs) + MAT_MARGIN_CM,
            frames[0]["pelvis"][2])


_extents: dict[int, tuple[ExerciseFigure, FigureExtent]] = {}
_EXTENTS_AT_MOST = 32  # the app has five figures; tests load them again and again
_kept: dict[Path, FigureExtentCache] = {}  # by file: each test has its own cache folder


def extent_of(figure: ExerciseFigure) -> FigureExtent:
    """Measured once per figure in a process, and kept between runs, whatever the size it is drawn at."""
    known = _extents.get(id(figure))
    if known is None or known[0] is not figure:
        if len(_extents) >= _EXTENTS_AT_MOST:
            _extents.clear()
        known = _extents[id(figure)] = (figure, FigureExtent(figure, _kept_or_measured(figure)))
    return known[1]


def _kept_or_measured(figure: ExerciseFigure) -> tuple[float, ...]:
    key = measurement_key(figure)
    if key is None:
        return measure(figure)
    path = cache_path()
    if path not in _kept:
        _kept.clear()
        _kept[path] = FigureExtentCache(path)
    numbers = _kept[path].get(key)
    if numbers is None or len(numbers) != 7:
        numbers = measure(figure)
        _kept[path].put(key, numbers)
    return numbers


def measurement_key(figure: ExerciseFigure) -> str | None:
    """A digest of the figure (every field it is drawn from) and of the measuring code; None if that
    code's files cannot be read (a bundle without sources): then the figure is measured each time."""
    code = _code_digest()
    if code is None:
        return None
    return sha256_hex(f"{code}\0{BOUND_SAMPLES!r}\0{figure!r}".encode())


@functools.cache
def _code_digest() -> str | None:
    try:
        return sha256_hex(b"\0".join(Path(sys.modules[name].__file__ or "").read_bytes() for name in MEASURING_MODULES))
    except (OSError, KeyError):
        return None
