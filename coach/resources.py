"""Find the files shipped with the app (routines, and later poses, icons, sounds).

In a wheel they are installed inside the package (``coach/resources``); in a
source checkout or an editable install they sit at the top of the repository
(``resources/``). pyproject.toml maps the one onto the other.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Back Coach's resources are missing: looked in {installed} and {checkout}; "
                            "reinstall the package")


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
    installed = _PACKAGE_DIR / "resources" / "desktop"
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / "packaging" / "linux"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Back Coach's desktop entry is missing: looked in {installed} and {checkout}; "
                            "reinstall the package")


def hicolor_icons_dir() -> Path:
    """The app icon for the freedesktop hicolor theme: ``<size>/apps/<app id>.png`` and ``scalable``."""
    return resources_dir() / "icons" / "hicolor"
