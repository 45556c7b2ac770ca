"""History writers that tests open through the app's build(), closed when each test ends.

The app closes its history at quit; a test's window never quits, so without this
every test would leave a writer thread (and its SQLite files) open for the rest
of the run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.ui.controller import CoachController

_open: list[CoachController] = []


def close_at_end(controller: CoachController) -> None:
    """Close this controller's history when the test ends (tests/conftest.py does it)."""
    _open.append(controller)


def close_all() -> None:
    while _open:
        controller = _open.pop()
        if controller.check_in is not None:
            controller.check_in.keeper.close(timeout=2.0)
