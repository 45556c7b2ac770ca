"""Pack the app's hicolor PNGs into a Windows .ico and a macOS .icns, for the PyInstaller build.

backcoach.spec calls write_icons() on every build, into its build folder. The
PNGs are the ones the Linux desktop uses (resources/icons/hicolor, drawn from
the SVG by packaging/linux/make_icons.py and checked against it by the tests),
so the three platforms show the same icon. Both formats may hold PNG images
as they are (ICO since Windows Vista, ICNS since OS X 10.7): a few lines of
struct packing, no Pillow and no iconutil.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding a PNG this many pixels a side; ic11-ic14 are the Retina (2x) ones.
# ic10 (1024 px) is left out: the largest hicolor PNG is 512 px.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


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


def write_icons(png_path: Callable[[int], Path], out: Path) -> dict[str, Path]:
    """Write out/backcoach.ico and out/backcoach.icns from png_path(size); returns them by sys.platform."""
    pngs = {}
    for size in sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES}):
        path = png_path(size)
        if not path.is_file():
            raise SystemExit(f"make_icons: {path} is missing; run packaging/linux/make_icons.py")
        data = path.read_bytes()
        if not data.startswith(PNG_SIGNATURE):
            raise SystemExit(f"make_icons: {path} is not a PNG")
        pngs[size] = data
    out.mkdir(parents=True, exist_ok=True)
    icons = {"win32": out / "backcoach.ico", "darwin": out / "backcoach.icns"}
    icons["win32"].write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    icons["darwin"].write_bytes(icns(pngs))
    return icons
