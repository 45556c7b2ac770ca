"""The window on a real X server (Xvfb): it shows, it is not blank, nothing is clipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.ui.widgets.theme import THEMES, ThemeName

PROBE = Path(__file__).with_name("xvfb_probe.py")
pytestmark = pytest.mark.slow


def test_the_window_on_xvfb_is_drawn_and_fits_at_1280x720_and_800x600(xvfb):
    assert xvfb is not None, "Xvfb is needed for this test: apt-get install xvfb (see the README)"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{xvfb.display}"}
    result = subprocess.run([sys.executable, str(PROBE), "1280x720", "800x600"], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["platform"] == "xcb"
    assert len(report["sizes"]) == 2 * 2 * 5
    for shot in report["sizes"]:
        where = f"{shot['routine']} #{shot['segment']} {shot['size']} {shot['theme']}"
        assert shot["grabbed"] == shot["size"], where
        assert shot["colours"] > 4, f"blank window: {where}"
        assert shot["background"] == THEMES[ThemeName(shot["theme"])].background, where
        assert shot["clipped"] == [], where
        assert shot["caption_px"] >= 0.04 * shot["size"][1], where
        assert shot["ring"] >= 0.34 * shot["size"][1], where  # beside the figure (test_readability.py)
