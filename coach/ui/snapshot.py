"""Render the session screen at a chosen moment to a PNG (README screenshots, tests)."""

from __future__ import annotations

from pathlib import Path

from coach.domain.routine import Level
from coach.domain.routine_loader import Catalogue
from coach.ui.app import application, build
from coach.ui.theme import ThemeName


class FrozenClock:
    """A clock that stands still unless moved: the snapshot shows one exact moment."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def render_snapshot(catalogue: Catalogue, routine_id: str, level: Level, segment: int, progress: float,
                    size: tuple[int, int], theme: ThemeName, png: Path) -> None:
    """Show segment ``segment`` at ``progress`` (0.0-1.0) of its planned time and save the window."""
    application()
    clock = FrozenClock()
    window, controller = build(catalogue, theme=theme, clock=clock)
    window.resize(*size)
    window.show()
    controller.start(routine_id, level, first_segment=segment)
    driver = controller.driver
    assert driver is not None
    clock.now += progress * driver.player.segment.seconds
    driver.player.poll()
    controller.refresh_countdown()
    application().processEvents()
    png.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(png), "PNG"):
        raise OSError(f"could not write {png}")
    controller.go_home()
    window.close()
    window.deleteLater()
