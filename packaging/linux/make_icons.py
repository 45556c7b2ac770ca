"""Render the app icon's PNGs for the freedesktop hicolor theme from its one SVG.

    uv run python packaging/linux/make_icons.py

writes resources/icons/hicolor/<N>x<N>/apps/io.github.backcoach.BackCoach.png for
every size in SIZES and copies the SVG to hicolor/scalable/apps/. Menus, docks and
the taskbar of desktops that cannot draw SVG icons pick the nearest PNG, so they
are committed; tests/platform/test_desktop_entry.py renders them again and fails
if the SVG changed without this being run.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.backcoach.BackCoach"
# The sizes the hicolor theme's index lists for apps, up to 512 for software centres.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def png_path(size: int, hicolor: Path = HICOLOR) -> Path:
    return hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int):
    """The SVG drawn on a transparent size x size image (a QImage, straight alpha as PNG stores it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main() -> int:
    # A QGuiApplication makes QPainter safe to use; it needs no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive while drawing)
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(SVG, size).save(str(target), "PNG"):
            print(f"make_icons: could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ROOT))
    scalable = HICOLOR / "scalable" / "apps" / SVG.name
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    print(scalable.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
