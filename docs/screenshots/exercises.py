"""Render the session screen once per exercise, at the pose it works in (README's "The five exercises").

Each picture is the first hold of the exercise's first rep, a third of the way
in: the figure has reached the working pose and the caption says what to do.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coach.domain.compiler import compile_timeline  # noqa: E402
from coach.domain.routine import Level  # noqa: E402
from coach.domain.routine_loader import load_catalogue  # noqa: E402
from coach.domain.timeline import SegmentKind  # noqa: E402
from coach.resources import builtin_routines_dir  # noqa: E402
from coach.ui.snapshot import render_snapshot  # noqa: E402
from coach.ui.theme import ThemeName  # noqa: E402


def main(folder: Path) -> None:
    catalogue = load_catalogue(builtin_routines_dir(), None)
    timeline = compile_timeline(catalogue.routines["lower-back"], Level.STANDARD)
    for exercise in timeline.exercise_ids():
        first_hold = next(s for s in timeline.segments if s.exercise == exercise and s.kind is SegmentKind.HOLD)
        theme = ThemeName.DARK if exercise == "rotation" else ThemeName.LIGHT
        render_snapshot(catalogue, "lower-back", Level.STANDARD, first_hold.index, 0.3, (1280, 720), theme,
                        folder / f"exercise-{exercise}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
