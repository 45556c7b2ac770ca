"""Find the files shipped with the app (routines, and later poses, icons, sounds).

In a wheel they are installed inside the package (``coach/resources``); in a
source checkout or an editable install they sit at the top of the repository
(``resources/``). pyproject.toml maps the one onto the other.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    return _installed_or_checkout(_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources",
                                  "Back Coach's resources are missing")


def builtin_routines_dir() -> Path:
    return resources_dir() / "routines"


def app_icon_path() -> Path:
    """The app's scalable icon (also the tray icon)."""
    return resources_dir() / "icons" / "io.github.backcoach.BackCoach.svg"


def figures_dir() -> Path:
    """The exercise figures' pose files."""
    return resources_dir() / "figures"


def desktop_files_dir() -> Path:
    """The Linux desktop entry and AppStream metainfo.

    They are kept in ``packaging/linux`` beside the other packaging files in a
    checkout; pyproject.toml puts them in ``coach/resources/desktop`` in a wheel.
    """
    return _installed_or_checkout(_PACKAGE_DIR / "resources" / "desktop", _PACKAGE_DIR.parent / "packaging" / "linux",
                                  "Back Coach's desktop entry is missing")


def hicolor_icons_dir() -> Path:
    """The app icon for the freedesktop hicolor theme: ``<size>/apps/<app id>.png`` and ``scalable``."""
    return resources_dir() / "icons" / "hicolor"


def _installed_or_checkout(installed: Path, checkout: Path, missing: str) -> Path:
    """The folder as a wheel installs it, else as it sits in a source checkout; ``missing`` starts the error."""
    for folder in (installed, checkout):
        if folder.is_dir():
            return folder
    raise FileNotFoundError(f"{missing}: looked in {installed} and {checkout}; reinstall the package")
