"""``backcoach figure EXERCISE``: one pose of one exercise's figure, drawn on its own into a PNG.

The picture is the one the session screen, the home screen and the printed
sheet draw (coach.ui.widgets.figure_view.paint_figure), for the README, for looking
at a pose from 3 m (shrink the PNG to 25 %) and for tests. Without --pose or
--phase it shows the start pose; --phase N shows half way through the N-th
phase of a rep (counted from 1), with the faint target where the figure has one.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coach.domain.routine_errors import printable
from coach.resources import figures_dir
from coach.storage.output_files import OutputFileProblem, check_output_file, write_output_file

if TYPE_CHECKING:  # the figures load when this command runs: the window's start builds every parser
    from coach.domain.figure_exercise import ExerciseFigure
    from coach.domain.figure_track import FigureFrame

DEFAULT_SIZE = "900x300"


class FigureProblem(Exception):
    """The exercise, pose, phase, size or file asked for does not work; the message says what does."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    figure = commands.add_parser("figure", help="draw one pose of an exercise's figure to a PNG")
    figure.add_argument("exercise", metavar="EXERCISE", help="an exercise with a figure, e.g. bridge")
    figure.add_argument("--side", choices=("left", "right"),
                        help="the side worked (sided exercises; default: the side its pose file shows)")
    which = figure.add_mutually_exclusive_group()
    which.add_argument("--pose", metavar="NAME", help="a key pose of the figure (default: its start pose)")
    which.add_argument("--phase", type=int, metavar="N", help="half way through the N-th phase of a rep, from 1")
    figure.add_argument("--size", default=DEFAULT_SIZE, metavar="WxH",
                        help=f"picture size in pixels (default {DEFAULT_SIZE})")
    figure.add_argument("--theme", choices=("light", "dark"), default="light")
    figure.add_argument("--png", type=Path, required=True, metavar="FILE", help="where to save the picture")
    figure.add_argument("--force", action="store_true", help="overwrite the picture if it exists")


def run(args: argparse.Namespace, out: TextIO) -> None:
    from coach.domain.figure_loader import FigureFileError, load_figures

    try:
        figures = load_figures(figures_dir())
    except FigureFileError as error:
        raise FigureProblem(str(error)) from None
    figure = figures.get(args.exercise)
    if figure is None:
        raise FigureProblem(f'no figure for "{printable(args.exercise)}"; figures: {", ".join(sorted(figures))}')
    frame = _frame(figure, args.side, args.pose, args.phase)
    match = re.fullmatch(r"(\d{2,4})x(\d{2,4})", args.size)
    if match is None:
        raise FigureProblem(f'--size must look like 900x300, not "{printable(args.size)}"')
    width, height = int(match[1]), int(match[2])
    try:
        check_output_file(args.png, force=args.force)
    except OutputFileProblem as problem:
        raise FigureProblem(str(problem)) from None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawing into a file needs no screen
    from coach.ui.widgets.figure_picture import figure_png

    shown = printable(str(args.png))
    try:
        write_output_file(args.png, figure_png(frame, width, height, args.theme), force=args.force)
    except OutputFileProblem as problem:
        raise FigureProblem(str(problem)) from None
    except OSError as error:
        raise FigureProblem(f"could not write {shown}: {error.strerror or error}") from None
    print(f"wrote {shown}", file=out)


def _frame(figure: ExerciseFigure, side: str | None, pose: str | None, phase: int | None) -> FigureFrame:
    from coach.domain.figure_track import FigureFrame

    if side is not None and figure.side is None:
        raise FigureProblem(f"{figure.exercise} has no sides: leave out --side")
    mirrored = side is not None and side != figure.side
    if pose is not None:
        if pose not in figure.poses:
            raise FigureProblem(f'{figure.exercise} has no pose "{printable(pose)}"; poses: {", ".join(figure.poses)}')
        return FigureFrame(figure, figure.key_joints(pose), mirrored)
    if phase is not None:
        if not 1 <= phase <= len(figure.phases):
            raise FigureProblem(f"--phase must be from 1 to {len(figure.phases)} for {figure.exercise}")
        index = phase - 1
        target = figure.key_joints(figure.phases[index]) if figure.moves_in(index) else None
        return FigureFrame(figure, figure.moment(index, 0.5), mirrored, target)
    return FigureFrame(figure, figure.key_joints(figure.start), mirrored)
