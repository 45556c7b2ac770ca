"""The built wheel carries the resources, and a plain (non-editable) install finds them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    assert found, "uv is needed to build the wheel: install it (pip install uv) and run the tests with `uv run pytest`"
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([uv(), "build", "--wheel", "--out-dir", str(out), str(ROOT)], check=True,
                   capture_output=True, timeout=300)
    (built,) = out.glob("backcoach-*.whl")
    return built


def test_wheel_contains_the_package_resources_and_the_gui_script(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith("entry_points.txt"))
    routines = {Path(n).name for n in names if n.startswith("coach/resources/routines/")}
    assert {"lower-back.toml", "cat-stretch.toml"} <= routines
    assert "coach/cli.py" in names and "coach/domain/player.py" in names
    assert not any(n.startswith("tests/") for n in names)
    assert "[gui_scripts]" in entry_points and "backcoach = coach.cli:main" in entry_points


def test_a_plain_install_finds_its_routines_and_runs_a_session(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([uv(), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([uv(), "pip", "install", "--quiet", "--python", str(python), str(wheel)],
                   check=True, timeout=600)
    script = venv / ("Scripts/backcoach.exe" if os.name == "nt" else "bin/backcoach")
    # Run from an empty folder so nothing from the source tree can be found by accident.
    result = subprocess.run([str(script), "list"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": ""})
    assert result.returncode == 0, result.stderr
    assert "lower-back" in result.stdout and "cat-stretch" in result.stdout
    where = subprocess.run([str(python), "-c", "import coach.resources as r; print(r.resources_dir())"],
                           cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True)
    assert Path(where.stdout.strip()).is_relative_to(venv)
    # A person's first session from the install, with no screen (offscreen) and no sound device here
    # (captions only): the sped-up cat stretch from the first step to the end.
    session = subprocess.run([str(script), "--start", "cat-stretch", "--speed", "50", "--exit-when-done"],
                             cwd=tmp_path, capture_output=True, text=True, timeout=120,
                             env={**os.environ, "PYTHONPATH": "", "QT_QPA_PLATFORM": "offscreen"})
    assert session.returncode == 0, session.stderr


def test_wheel_carries_every_language_compiled(wheel):
    """hatch_build.py puts a .qm beside each .ts: an installed Back Coach needs no lrelease."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        sizes = {Path(n).name: archive.getinfo(n).file_size for n in names
                 if n.startswith("coach/resources/translations/")}
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        assert ts.name in sizes and f"{ts.stem}.qm" in sizes, ts.name
        assert sizes[f"{ts.stem}.qm"] > 100, f"{ts.stem}.qm is empty"


def test_wheel_contains_the_linux_desktop_files(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    app_id = "io.github.backcoach.BackCoach"
    assert f"coach/resources/desktop/{app_id}.desktop" in names
    assert f"coach/resources/desktop/{app_id}.metainfo.xml" in names
    icons = {n for n in names if n.startswith("coach/resources/icons/hicolor/")}
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert f"coach/resources/icons/hicolor/{size}x{size}/apps/{app_id}.png" in icons
    assert f"coach/resources/icons/hicolor/scalable/apps/{app_id}.svg" in icons


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="desktop entries are for Linux desktops")
def test_a_plain_install_puts_itself_in_the_desktop_menu(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([uv(), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, timeout=120)
    subprocess.run([uv(), "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), str(wheel)],
                   check=True, timeout=600)
    data_home = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": "", "XDG_DATA_HOME": str(data_home)}
    result = subprocess.run([str(venv / "bin" / "backcoach"), "--install-desktop-entry"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / "io.github.backcoach.BackCoach.desktop"
    exec_line = next(ln for ln in entry.read_text(encoding="utf-8").splitlines() if ln.startswith("Exec="))
    assert exec_line == f"Exec={venv / 'bin' / 'backcoach'}"
    assert (data_home / "icons" / "hicolor" / "48x48" / "apps" / "io.github.backcoach.BackCoach.png").is_file()
    assert (data_home / "metainfo" / "io.github.backcoach.BackCoach.metainfo.xml").is_file()
