"""Render the session screen at a chosen moment to a PNG (README screenshots, tests).

A snapshot is a picture, not a session: it reads no settings (it draws with the
defaults, so it looks the same for everyone), writes none, and leaves nothing in
the history. The only file it writes is the PNG, atomically.
"""

from __future__ import annotations

import os

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice

from coach.domain.routine import Level
from coach.domain.routine_loader import Catalogue
from coach.storage.output_files import write_output_file
from coach.storage.settings import Settings
from coach.ui.app import application, build
from coach.ui.widgets.theme import ThemeName


class FrozenClock:
    """A clock that stands still unless moved: the snapshot shows one exact moment."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def render_snapshot(catalogue: Catalogue, routine_id: str, level: Level, segment: int, progress: float,
                    size: tuple[int, int], theme: ThemeName, png: Path, *, force: bool = False,
                    language: str = "") -> None:
    """Show segment ``segment`` at ``progress`` (0.0-1.0) of its planned time and save the window.

    ``language``: the session's (the catalogue is put into it); "" follows the desktop.

    OutputFileProblem if ``png`` may not be written (coach/storage/output_files.py), OSError if it could not.
    """
    from coach.ui.i18n import install_chosen_language, install_translators, shown_language

    # The screens' own words (the header, "Round 1 of 3", "Next: …") in the routine's language; the
    # language shown before comes back afterwards, so a running app (or test) is left as it was.
    before = shown_language()
    install_chosen_language(application(), language, os.environ)
    try:
        _render(catalogue, routine_id, level, segment, progress, size, theme, png, force=force, language=language)
    finally:
        install_translators(application(), before)


def _render(catalogue: Catalogue, routine_id: str, level: Level, segment: int, progress: float,
            size: tuple[int, int], theme: ThemeName, png: Path, *, force: bool, language: str) -> None:
    clock = FrozenClock()
    defaults = Settings()
    settings = replace(defaults, appearance=replace(defaults.appearance, language=language))
    window, controller = build(catalogue, theme=theme, clock=clock, settings=settings)
    # Nothing of this pretend session is kept: no history row, no settings change.
    assert controller.check_in is not None
    controller.runner.started.disconnect(controller.check_in.keeper.track)
    controller.settings_changed.disconnect()
    window.resize(*size)
    window.show()
    controller.runner.start(routine_id, level, first_segment=segment)
    driver = controller.runner.driver
    assert driver is not None
    clock.now += progress * driver.player.segment.seconds
    driver.player.poll()
    controller.runner.refresh_countdown()
    application().processEvents()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        raise OSError(f"could not draw the picture for {png}")
    controller.go_home()
    controller.check_in.keeper.close()
    write_output_file(png, bytes(buffer.data().data()), force=force)
    window.close()
    window.deleteLater()
