"""Draw the app's SVG icon as a Windows .ico and a macOS .icns, for the PyInstaller build.

Usage: python make_icons.py ICON.svg OUT_DIR   (writes OUT_DIR/backcoach.ico and OUT_DIR/backcoach.icns)

Both formats may hold PNG images as they are (ICO since Windows Vista, ICNS
since OS X 10.7), so Qt's SVG renderer (PySide6, already a dependency) and
a few lines of struct packing do it: no Pillow, no iconutil, and the icons
can never drift from the SVG because the build draws them each time.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

# Drawing needs a QGuiApplication but no screen (a build machine or CI may have none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold a PNG of this many pixels a side (ic10 is 512 pt at 2x).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024))


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"make_icons: could not encode a {size} px PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one 16-byte ICONDIRENTRY per image (0 means 256 px), then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """"icns" and the file's length, then each element: its type, its length (with this header), its PNG."""
    elements = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    svg, out = Path(argv[0]), Path(argv[1])
    app = QGuiApplication([])  # noqa: F841 (Qt needs it alive while drawing)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: Qt cannot read {svg}")
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(renderer, size) for size in sizes}
    out.mkdir(parents=True, exist_ok=True)
    (out / "backcoach.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (out / "backcoach.icns").write_bytes(icns(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
