"""PySide6's import hook reads module files plainly: the same answers, no source kept in memory."""

from __future__ import annotations

import json
import subprocess
import sys

# Each in a fresh interpreter (this test process imported PySide6 long ago): the app's imports,
# then what PySide6 decided for each of our modules and how many files linecache holds.
PROBE = """
import json, linecache, sys
{setup}
import coach.ui.app, coach.ui.controller
feature = sys.modules["shibokensupport.feature"]
ours = {{name: value for name, value in feature.pyside_feature_dict.items() if name.startswith("coach")}}
print(json.dumps({{"ours": ours, "cached": len(linecache.cache)}}))
"""
PLAIN = "from coach.qt.pyside_feature_scan import read_sources_plainly\nassert read_sources_plainly()\n" \
        "assert read_sources_plainly(), 'a second call is harmless'"


def probe(setup: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE.format(setup=setup)], capture_output=True, text=True,
                          timeout=60, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_modules_are_judged_as_pyside_judges_them_without_keeping_their_source():
    plain, as_shipped = probe(PLAIN), probe("")
    assert plain["ours"] == as_shipped["ours"], "the same module judged differently"
    assert plain["ours"]["coach.ui.resident"] == 0 and plain["ours"]["coach.domain.routine"] == -1
    assert as_shipped["cached"] > 50, "PySide6 no longer reads sources: this module may go"
    assert plain["cached"] < 10, f"{plain['cached']} files kept in linecache: PySide6 reads sources again"
