"""Shared test set-up: keep every test away from the real user's files and screen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.garbage import collect_due, take_over_collection

from . import histories

# Qt renders offscreen unless a test asks for a real X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests see English whatever the developer's desktop speaks; a test of another language asks for it.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

# Before anything imports platformdirs, send the user's folders to a throwaway
# place; the autouse fixture below then gives each test folders of its own.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="backcoach-tests-"))
_XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
for _name in _XDG:
    os.environ[_name] = str(_SESSION_HOME / _name.lower())


# A test may leave a reference cycle holding a Qt object (a window, a QProcess). Left to Python,
# it could be collected on a history writer's thread, where Qt cannot tear it down and the next
# processEvents() can spin for ever (coach/ui/garbage_collector.py). As in the app, collection
# happens on the main thread only: here, after each test.
take_over_collection()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):
    try:
        return (yield)
    finally:
        collect_due()


@pytest.fixture(autouse=True)
def _close_histories() -> Iterator[None]:
    """History writers a test opened through the app end with the test (tests/histories.py)."""
    yield
    histories.close_all()


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Each test gets empty XDG folders of its own (subprocesses inherit them)."""
    folders = {}
    for name in _XDG:
        folder = tmp_path / "xdg" / name.lower()
        monkeypatch.setenv(name, str(folder))
        folders[name] = folder
    return folders


@pytest.fixture
def user_routines(user_dirs: dict[str, Path]) -> Path:
    """The user's routine folder (created), as the app will look for it."""
    from coach.storage.paths import user_routines_dir

    folder = user_routines_dir()
    assert folder.is_relative_to(user_dirs["XDG_DATA_HOME"])
    folder.mkdir(parents=True)
    return folder
