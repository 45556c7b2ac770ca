"""The Linux desktop files: the shipped entry, metainfo and icons are valid and current, and
--install-desktop-entry / --uninstall-desktop-entry put them in the menu and take them out again.

desktop-file-validate and appstreamcli come from packaging/debian-packages.txt, which CI installs.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import coach
from coach.cli import main
from coach.platform import desktop_entry
from coach.platform.autostart import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SCREENSHOT_URL = "https://raw.githubusercontent.com/backcoach/backcoach/main/docs/screenshots/"


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def entry_keys(text: str, group: str = "Desktop Entry") -> dict[str, str]:
    keys, current = {}, None
    for line in text.splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif current == group and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            keys[key] = value
    return keys


def make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", LINUX / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The shipped files


def test_the_shipped_desktop_file_is_valid_and_names_the_app_as_the_app_names_itself():
    validate_desktop_file(DESKTOP)
    keys = entry_keys(DESKTOP.read_text(encoding="utf-8"))
    assert keys["Exec"] == "backcoach" and keys["Icon"] == APP_ID and keys["Terminal"] == "false"
    # Docks match a window to its entry by WM_CLASS (X11: the application name) or app id (Wayland:
    # the desktop file name); both come from coach/ui/app.py.
    app = (ROOT / "coach" / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setApplicationName("{keys["StartupWMClass"]}")' in app
    assert f'setDesktopFileName("{DESKTOP.stem}")' in app
    action = entry_keys(DESKTOP.read_text(encoding="utf-8"), "Desktop Action cat-stretch")
    assert action["Exec"] == "backcoach --start cat-stretch"


def test_the_metainfo_is_valid_appstream():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_launches_the_desktop_file_and_provides_the_command():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("provides/binary") == "backcoach"


def test_the_newest_release_is_the_version_and_the_changelogs_top_entry():
    release = ET.parse(METAINFO).getroot().find("releases/release")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    top = re.search(r"^## (\d+\.\d+\.\d+)\b(?: \S+ (\d{4}-\d{2}-\d{2}))?", changelog, re.MULTILINE)
    assert top, "CHANGELOG.md has no '## x.y.z' entry"
    assert release.get("version") == coach.__version__ == top[1]
    assert top[2] is None or release.get("date") == top[2]


def test_every_screenshot_in_the_metainfo_is_in_docs_screenshots():
    screenshots = ET.parse(METAINFO).getroot().findall("screenshots/screenshot")
    assert [s.get("type") for s in screenshots].count("default") == 1
    for screenshot in screenshots:
        url = screenshot.findtext("image")
        assert url.startswith(SCREENSHOT_URL), url
        assert (ROOT / "docs" / "screenshots" / url.removeprefix(SCREENSHOT_URL)).is_file(), url
        assert screenshot.findtext("caption"), url


# The icons


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def argb_bytes(image) -> bytes:
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(image.constBits())[: image.sizeInBytes()]


def test_the_scalable_icon_is_the_svg():
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == \
        (ROOT / "resources" / "icons" / f"{APP_ID}.svg").read_bytes(), "run packaging/linux/make_icons.py"


@pytest.mark.parametrize("size", SIZES)
def test_each_icon_png_has_its_size_and_is_not_blank(qapp, size):
    from PySide6.QtGui import QImage

    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size)
    pixels = argb_bytes(QImage(str(path)))
    # ARGB32 pixels are native 32-bit words 0xAARRGGBB: alpha is the last byte on little-endian machines.
    alpha = pixels[3::4] if sys.byteorder == "little" else pixels[0::4]
    assert max(alpha) == 255, f"{path} has no opaque pixel"
    assert min(alpha) == 0, f"{path} has no transparent pixel (the rounded corners)"


@pytest.mark.parametrize("size", SIZES)
def test_each_icon_png_is_a_fresh_render_of_the_svg(qapp, size):
    from PySide6.QtGui import QImage

    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    shipped = argb_bytes(QImage(str(path)))
    fresh = argb_bytes(make_icons().render(ROOT / "resources" / "icons" / f"{APP_ID}.svg", size))
    assert len(fresh) == len(shipped)
    # Another Qt may antialias an edge a shade differently; a changed SVG changes far more.
    differences = [abs(a - b) for a, b in zip(shipped, fresh, strict=True) if a != b]
    assert not differences or (max(differences) <= 24 and len(differences) <= len(shipped) // 100), \
        f"{path} is stale: run `uv run python packaging/linux/make_icons.py` and commit the PNGs"


# Install and uninstall


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_install_writes_a_valid_entry_that_runs_this_install(user_dirs):
    home = user_dirs["XDG_DATA_HOME"]
    report = desktop_entry.install()
    installed = home / "applications" / DESKTOP.name
    assert installed in report.written and (home / "metainfo" / METAINFO.name) in report.written
    for size in SIZES:
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    validate_desktop_file(installed)
    keys = entry_keys(installed.read_text(encoding="utf-8"))
    program = shlex.split(keys["Exec"])[0]
    assert os.path.isabs(program) and Path(program).name == "backcoach" and os.access(program, os.X_OK)
    assert keys["TryExec"] == program and keys["Icon"] == APP_ID


def test_exec_is_quoted_when_the_path_has_spaces(user_dirs):
    desktop_entry.install(command=["/opt/my apps/bin/backcoach"])
    installed = user_dirs["XDG_DATA_HOME"] / "applications" / DESKTOP.name
    validate_desktop_file(installed)
    action = entry_keys(installed.read_text(encoding="utf-8"), "Desktop Action cat-stretch")
    assert action["Exec"] == '"/opt/my apps/bin/backcoach" --start cat-stretch'


def test_uninstall_removes_exactly_what_install_wrote(user_dirs):
    home = user_dirs["XDG_DATA_HOME"]
    theirs = home / "applications" / "org.example.Other.desktop"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n", encoding="utf-8")
    before = files_under(home)
    written = set(desktop_entry.install().written)
    assert {p.stat().st_mode & 0o777 for p in written} == {0o644}, "ordinary files the desktop's tools read"
    caches = files_under(home) - before - written - {home / desktop_entry.RECORD}
    assert {p.name for p in caches} <= {"mimeinfo.cache", "icon-theme.cache"}  # made by the desktop's tools
    report = desktop_entry.uninstall()
    assert set(report.written) == written and report.kept == ()
    assert files_under(home) - caches == before
    assert desktop_entry.uninstall().written == ()  # a second time finds nothing to remove


def test_uninstall_keeps_a_file_changed_since_the_install(user_dirs):
    desktop_entry.install()
    edited = user_dirs["XDG_DATA_HOME"] / "applications" / DESKTOP.name
    edited.write_text(edited.read_text(encoding="utf-8") + "NoDisplay=true\n", encoding="utf-8")
    report = desktop_entry.uninstall()
    assert edited.is_file() and [path for path, _ in report.kept] == [edited]
    assert not (user_dirs["XDG_DATA_HOME"] / "metainfo" / METAINFO.name).exists()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_elsewhere_it_says_it_is_for_linux_desktops(platform, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", platform)
    assert main(["--install-desktop-entry"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("backcoach: ") and "for Linux desktops" in err and err.count("\n") == 1


# The command line, as a person runs it


def run_backcoach(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("backcoach")
    assert script.is_file(), f"{script} is missing: run `uv sync`"
    return subprocess.run([str(script), *args], capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.slow
def test_the_flags_install_and_uninstall_from_the_command_line(user_dirs, tmp_path):
    home = user_dirs["XDG_DATA_HOME"]
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    env.pop("DISPLAY", None)  # neither flag opens a window
    installed = run_backcoach("--install-desktop-entry", env=env)
    assert installed.returncode == 0, installed.stderr
    entry = home / "applications" / DESKTOP.name
    assert f"wrote {entry}\n" in installed.stdout
    exec_line = entry_keys(entry.read_text(encoding="utf-8"))["Exec"]
    assert exec_line == str(Path(sys.executable).with_name("backcoach"))
    removed = run_backcoach("--uninstall-desktop-entry", env=env)
    assert removed.returncode == 0, removed.stderr
    assert f"removed {entry}\n" in removed.stdout and not entry.exists()


@pytest.mark.slow
def test_a_folder_it_cannot_write_is_one_line_and_exit_2(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    result = run_backcoach("--install-desktop-entry", env={**os.environ, "XDG_DATA_HOME": str(blocker)})
    assert result.returncode == 2
    assert result.stderr.startswith(f"backcoach: could not write {blocker}/")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["", "relative/share"])
def test_an_empty_or_relative_data_home_is_ignored_as_the_spec_says(value, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home({"XDG_DATA_HOME": value}) == tmp_path / ".local" / "share"
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path / "share")}) == tmp_path / "share"
