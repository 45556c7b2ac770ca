"""The exercise figure: what one paint costs, and what computing a frame costs.

Paint: a FigureView alone in a 1280x720 window (the whole widget that size:
the goal is "paints in under 4 ms at 1280x720"), offscreen by default, so Qt
paints into a raster backing store exactly as on a desktop, without the X
round trip. For each exercise two frames are painted:

- "moving": its first moving phase with the faint target pose behind it (what
  the session shows at every animation frame), a different frame at every
  paint (WARMUP + RUNS frames spread over the phase, none shown twice, as in a
  session), so only what really stays still between frames (the shapes of
  parts that do not move) may be kept from one paint to the next;
- "still": its start pose (shown once per segment while resting or listening).

Each is painted with ``repaint()`` (synchronous: paintEvent runs inside
the call) WARMUP times, then timed RUNS times with time.perf_counter; the
script prints the median and p95 per exercise and over all of them, in ms.
It also times the first paint after the exercise changes (the view fits the
figure to the widget once per exercise and size), by alternating two
exercises.

Frame: FigureTrack.frame(segment, progress) for each exercise's first moving
segment of lower-back (standard), at progress values spread over the
segment, and ExerciseFigure.moment alone, in µs (medians of RUNS).

Usage: uv run python bench/figure_paint.py [--runs 300] [--warmup 30] [--size 1280x720]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from machine import describe
from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

import coach
from coach.domain.compiler import compile_timeline
from coach.domain.figure_exercise import ExerciseFigure
from coach.domain.figure_loader import load_figures
from coach.domain.figure_track import FigureFrame, FigureTrack
from coach.domain.routine import Level
from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir, figures_dir
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.theme import LIGHT


class CountingView(FigureView):
    """A FigureView that counts its paints (each repaint() must really paint the whole widget)."""

    painted = 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        assert event.rect() == self.rect(), "the whole widget"
        self.painted += 1
        super().paintEvent(event)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def first_moving_phase(figure: ExerciseFigure) -> int:
    return next(phase for phase in range(len(figure.phases)) if figure.moves_in(phase))


def frames_of(figure: ExerciseFigure, moving_frames: int = 1) -> dict[str, list[FigureFrame]]:
    phase = first_moving_phase(figure)
    target = figure.key_joints(figure.phases[phase])
    return {
        "moving": [FigureFrame(figure, figure.moment(phase, (k + 0.5) / moving_frames), False, target)
                   for k in range(moving_frames)],
        "still": [FigureFrame(figure, figure.key_joints(figure.start), False)],
    }


def time_repaints(app: QApplication, view: FigureView, frames: list[FigureFrame | None], runs: int,
                  warmup: int) -> list[float]:
    """Each paint shows the next of ``frames`` (in turn, warm-up first); showing it is timed with the paint."""
    view.show_frame(frames[0])
    app.processEvents()
    for index in range(warmup):
        view.show_frame(frames[index % len(frames)])
        view.repaint()
    painted = view.painted
    samples = []
    for index in range(warmup, warmup + runs):
        started = time.perf_counter()
        view.show_frame(frames[index % len(frames)])
        view.repaint()
        samples.append((time.perf_counter() - started) * 1000)
    assert view.painted - painted == runs, "every repaint() ran paintEvent"
    return samples


def time_refits(app: QApplication, view: FigureView, a: FigureFrame, b: FigureFrame, runs: int) -> list[float]:
    """The first paint after the exercise changes: each paint fits a new figure to the widget."""
    samples = []
    for index in range(runs):
        view.show_frame(a if index % 2 == 0 else b)
        started = time.perf_counter()
        view.repaint()
        samples.append((time.perf_counter() - started) * 1000)
    app.processEvents()
    return samples


def time_us(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300, help="timed paints per exercise and frame (default 300)")
    parser.add_argument("--warmup", type=int, default=30, help="untimed paints first (default 30)")
    parser.add_argument("--size", default="1280x720", help="the widget's size, WIDTHxHEIGHT (default 1280x720)")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))

    app = QApplication([])
    print(describe())
    print(f"PySide6 {pyside_version}, platform {app.platformName()}, coach from {Path(coach.__file__).parent}")
    figures = load_figures(figures_dir())
    view = CountingView()
    view.set_theme(LIGHT)
    view.resize(width, height)
    view.show()
    app.processEvents()
    assert (view.width(), view.height()) == (width, height), f"the window is {view.width()}x{view.height()}"

    print(f"\nPaint at {width}x{height}, repaint() x {args.runs} after {args.warmup} warm-up, ms")
    print(f"{'exercise':<16}{'frame':<8}{'median':>8}{'p95':>8}{'max':>8}")
    every: dict[str, list[float]] = {"moving": [], "still": []}
    for name, figure in figures.items():
        for kind, frames in frames_of(figure, args.warmup + args.runs).items():
            samples = time_repaints(app, view, frames, args.runs, args.warmup)
            every[kind] += samples
            print(f"{name:<16}{kind:<8}{statistics.median(samples):8.2f}{percentile(samples, 0.95):8.2f}"
                  f"{max(samples):8.2f}")
    for kind, samples in every.items():
        print(f"{'all':<16}{kind:<8}{statistics.median(samples):8.2f}{percentile(samples, 0.95):8.2f}"
              f"{max(samples):8.2f}")
    both = every["moving"] + every["still"]
    print(f"{'all':<16}{'both':<8}{statistics.median(both):8.2f}{percentile(both, 0.95):8.2f}{max(both):8.2f}")
    blank = time_repaints(app, view, [None], args.runs, args.warmup)
    print(f"{'(no frame)':<16}{'':<8}{statistics.median(blank):8.2f}{percentile(blank, 0.95):8.2f}{max(blank):8.2f}"
          "   the floor: background fill and the repaint itself")

    names = list(figures)
    refits = time_refits(app, view, frames_of(figures[names[0]])["still"][0],
                         frames_of(figures[names[1]])["still"][0], args.runs)
    print(f"first paint after the exercise changes ({names[0]} <-> {names[1]}, fits the figure again): "
          f"median {statistics.median(refits):.2f} ms, p95 {percentile(refits, 0.95):.2f} ms")
    view.close()

    catalogue = load_catalogue(builtin_routines_dir(), None)
    timeline = compile_timeline(catalogue.routines["lower-back"], Level.STANDARD)
    track = FigureTrack(timeline, figures)
    print(f"\nComputing a frame, medians of {args.runs}, µs")
    print(f"{'exercise':<16}{'track.frame':>12}{'moment':>8}")
    for name, figure in figures.items():
        segment = next((s for s in timeline.segments if s.exercise == name and track.moves(s)), None)
        phase = first_moving_phase(figure)
        progress = iter([(i % 97) / 96 for i in range(args.runs)])
        frame_us = (time_us(lambda: track.frame(segment, next(progress)), args.runs)  # noqa: B023
                    if segment is not None else float("nan"))
        moment_us = time_us(lambda: figure.moment(phase, 0.5), args.runs)  # noqa: B023
        print(f"{name:<16}{frame_us:12.1f}{moment_us:8.1f}")


if __name__ == "__main__":
    main()
