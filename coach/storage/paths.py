"""Where Back Coach keeps the user's files, as the platform expects (via platformdirs).

Tests point these at a temporary folder through the XDG_* variables (see
tests/conftest.py), so they never touch the real user's files.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "backcoach"


def _dirs() -> PlatformDirs:
    # Read the environment each call, so a changed XDG_* variable is honoured.
    return PlatformDirs(APP_NAME, appauthor=False)


def user_data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def user_routines_dir() -> Path:
    """The user's own routine files: ``<data dir>/routines/*.toml``."""
    return user_data_dir() / "routines"


def user_config_dir() -> Path:
    return Path(_dirs().user_config_dir)


def user_cache_dir() -> Path:
    return Path(_dirs().user_cache_dir)


def user_state_dir() -> Path:
    """Things the app keeps between runs that are neither settings nor history: reminder state, the lock."""
    return Path(_dirs().user_state_dir)
