"""Reading a screen as a person 3 m away would: shrink it, then ask an OCR engine what it can read.

A full-screen 1280-wide window on a 15.6" laptop, seen from 3 m, reaches the eye with about 31 % of
its pixels (one pixel is 0.27 mm; the eye resolves about 0.9 mm there); 20 % leaves the margin that
comfortable reading needs, and 14 % does the same for a 1920-wide window. What is lost in the shrink
is lost for good. Tesseract then reads the shrunk picture, enlarged again smoothly only because it is
built for print-sized glyphs: enlarging adds no detail that the shrink took away.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage

TESSERACT = shutil.which("tesseract")
ENLARGE = 3


def far_scale(width: int) -> float:
    """The share of pixels a person keeps from 3 m: 20 % of a 1280-wide window, 14 % of a 1920-wide one."""
    return 0.14 if width >= 1600 else 0.20


def shrink(image: QImage, scale: float) -> QImage:
    size = image.size() * scale
    return image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)


# The UI's languages as tesseract names its trained data (tesseract-ocr-deu, -spa).
OCR_LANGUAGES = {"en": "eng", "de": "deu+eng", "es": "spa+eng"}


def read_region(image: QImage, region: QRect, scale: float, *, block: bool = False, language: str = "en") -> str:
    """What OCR reads in ``region`` (window pixels) of ``image`` once shrunk by ``scale``: one line, or a block.

    ``language``: the UI's; English is read too, for the routines' words and the digits.
    """
    assert TESSERACT is not None, "tesseract is a test prerequisite (packaging/debian-packages.txt)"
    small = shrink(image, scale)
    box = QRect(round(region.x() * scale), round(region.y() * scale),
                max(1, round(region.width() * scale)), max(1, round(region.height() * scale)))
    crop = small.copy(box)
    crop = crop.scaled(crop.size() * ENLARGE, Qt.AspectRatioMode.IgnoreAspectRatio,
                       Qt.TransformationMode.SmoothTransformation)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "region.png"
        assert crop.save(str(path), "PNG")
        result = subprocess.run([TESSERACT, str(path), "-", "-l", OCR_LANGUAGES[language], "--psm",
                                 "6" if block else "7"],
                                capture_output=True, text=True, timeout=60, check=True)
    return " ".join(result.stdout.split())


def agreement(expected: str, read: str) -> float:
    """How much of a block of words survived, 0.0 to 1.0, letters and digits only.

    A sentence still reads with a letter or two blurred ("a" seen as "@"); numbers do not, so
    they are compared exactly with ``squeezed``.
    """
    return difflib.SequenceMatcher(None, squeezed(expected), squeezed(read)).ratio()


def squeezed(text: str) -> str:
    """Letters (of any script: "ü", "ó") and digits only, lower case: what must survive, spacing apart."""
    return "".join(c for c in text.lower() if c.isalnum() or c in "/:")
