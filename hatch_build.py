"""Hatch build hook: compile the UI's translations (resources/translations/*.ts) into .qm files.

The wheel (and the sdist, so a wheel built from it needs no lrelease) carries them
at coach/resources/translations/, beside the .ts files, where coach/ui/i18n.py looks
first. lrelease comes from PySide6-Essentials (a build requirement) or PATH; without
one the build goes on and the app builds the .qm files into its cache on first run.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _qm_build(root: Path) -> Any:
    # By path: importing the coach package here would need its dependencies in the build environment.
    spec = importlib.util.spec_from_file_location("_backcoach_qm_build", root / "coach" / "ui" / "qm_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return  # an editable install runs from the checkout, which builds them into the cache
        root = Path(self.root)
        sources = root / "resources" / "translations"
        if not sources.is_dir():
            return
        prebuilt = sorted(sources.glob("*.qm"))  # an sdist carries them already
        out = Path(tempfile.mkdtemp(prefix="backcoach-qm-"))
        built = _qm_build(root).compile_all(sources, out)
        if not built and not prebuilt:
            print("hatch_build: no lrelease found; the .qm files will be built on first run", file=sys.stderr)
        target = "coach/resources/translations" if self.target_name == "wheel" else "resources/translations"
        for qm in built:
            build_data["force_include"][str(qm)] = f"{target}/{qm.name}"
