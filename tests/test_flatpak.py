"""The Flatpak manifest (packaging/flatpak/): what can be checked without flatpak-builder.

The build itself needs Flathub's runtimes and the network, so it is not run here: these
tests check that the manifest is well formed, asks for the permissions a coach needs and
no broader ones, installs files that exist, and that python-deps.json is exactly what
python_deps.py makes of the current uv.lock.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from coach.platform.autostart import APP_ID

ROOT = Path(__file__).resolve().parents[1]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.json"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def load_python_deps() -> ModuleType:
    spec = importlib.util.spec_from_file_location("flatpak_python_deps", FLATPAK / "python_deps.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


python_deps = load_python_deps()


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def modules(manifest: dict) -> list[dict]:
    """The manifest's modules, with the ones it names by file (python-deps.json) read in."""
    found = []
    for module in manifest["modules"]:
        if isinstance(module, str):
            module = json.loads((FLATPAK / module).read_text(encoding="utf-8"))
        found.append(module)
    return found


def module_named(manifest: dict, name: str) -> dict:
    (module,) = [m for m in modules(manifest) if m["name"] == name]
    return module


def requirements(command: str) -> list[str]:
    """What a "pip3 install ..." command installs: its words after install that are not options."""
    words = shlex.split(command)
    assert words[:2] == ["pip3", "install"], command
    return [w for w in words[2:] if not w.startswith("-")]


def lock() -> dict:
    return tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))


def test_manifest_is_json_with_the_app_id_and_command(manifest: dict):
    assert manifest["id"] == APP_ID == "io.github.backcoach.BackCoach"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert manifest["command"] == "backcoach"
    assert manifest["command"] in pyproject["project"]["gui-scripts"]


def test_app_id_matches_the_desktop_file_and_metainfo(manifest: dict):
    if not DESKTOP.is_file():
        pytest.skip(f"{DESKTOP.relative_to(ROOT)} is not in the repository yet (another change ships it)")
    # Flatpak exports only a desktop file named after the app id, and its Icon must be the id too.
    assert DESKTOP.name == f"{manifest['id']}.desktop"
    assert re.search(rf"^Icon={re.escape(manifest['id'])}$", DESKTOP.read_text(encoding="utf-8"), re.M)
    assert METAINFO.is_file()
    assert ET.parse(METAINFO).getroot().findtext("id") == manifest["id"]


def test_runtime_sdk_and_base_are_one_kde_6_branch(manifest: dict):
    assert (manifest["runtime"], manifest["sdk"], manifest["base"]) == (
        "org.kde.Platform", "org.kde.Sdk", "io.qt.PySide.BaseApp")
    # The BaseApp's PySide6 is built against its own branch's Qt: the two must be the same branch.
    assert manifest["runtime-version"] == manifest["base-version"]
    assert re.fullmatch(r"6\.\d+", manifest["runtime-version"])
    assert "sdk-version" not in manifest or manifest["sdk-version"] == manifest["runtime-version"]
    # The BaseApp's build tools and, unused here, WebEngine and NumPy are removed from the app.
    assert "/app/cleanup-BaseApp.sh" in manifest["cleanup-commands"]


def test_finish_args_give_sound_notifications_tray_and_display_only(manifest: dict):
    args = manifest["finish-args"]
    assert len(args) == len(set(args))
    needed = {
        "--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri",  # the window
        "--socket=pulseaudio",  # the voice and chimes
        "--talk-name=org.freedesktop.Notifications",  # reminders on desktops without a tray
        "--talk-name=org.kde.StatusNotifierWatcher",  # the tray icon
    }
    assert needed <= set(args)
    # Imports and exports go through the file-chooser portal: no file system access at all.
    assert not [a for a in args if a.startswith("--filesystem")]
    broad = {"--socket=x11", "--socket=session-bus", "--socket=system-bus", "--device=all",
             "--share=network", "--talk-name=org.freedesktop.Flatpak"}
    assert not broad & set(args)
    # Qt 6 registers its tray item under its unique bus name, so it owns no name; a wildcard
    # like org.kde.* is what Flathub's linter rejects.
    assert not [a for a in args if a.startswith("--own-name") or a.endswith("*")]


def test_python_deps_json_is_what_python_deps_py_makes_of_uv_lock():
    committed = (FLATPAK / "python-deps.json").read_text(encoding="utf-8")
    assert committed == python_deps.render(lock()), "run: python3 packaging/flatpak/python_deps.py"


def test_python_deps_are_the_locked_versions_of_the_apps_linux_dependencies():
    locked = {python_deps.normalise(p["name"]): p.get("version") for p in lock()["package"]}
    module = json.loads((FLATPAK / "python-deps.json").read_text(encoding="utf-8"))
    wheels = {}
    for source in module["sources"]:
        name, version = source["url"].rsplit("/", 1)[-1].split("-")[:2]
        wheels[python_deps.normalise(name)] = version
        assert source["url"].endswith("-py3-none-any.whl"), source["url"]
    assert wheels == {name: locked[name] for name in wheels}
    # pyttsx3's own dependencies (comtypes, pywin32, pyobjc) are Windows and macOS only;
    # PySide6 comes from the BaseApp.
    assert set(wheels) == {"platformdirs", "pyttsx3", "tomli-w"}
    (command,) = module["build-commands"]
    assert command.startswith("pip3 install --no-index --find-links=. --prefix=/app --no-deps ")
    assert sorted(requirements(command)) == sorted(f"{n}=={v}" for n, v in wheels.items())


def test_check_mode_fails_with_a_clear_message_when_python_deps_json_is_stale(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    stale = tmp_path / "python-deps.json"
    stale.write_text(python_deps.render(lock()).replace("pyttsx3==2.99", "pyttsx3==2.98"), encoding="utf-8")
    monkeypatch.setattr(python_deps, "OUTPUT", stale)
    assert python_deps.main(["--check"]) == 1
    assert f"{stale} is stale: it does not match uv.lock" in capsys.readouterr().err
    assert python_deps.main([]) == 0
    assert python_deps.main(["--check"]) == 0
    assert stale.read_text(encoding="utf-8") == python_deps.render(lock())


@pytest.mark.parametrize(("marker", "linux"), [
    (None, True),
    ("sys_platform == 'win32'", False),
    ("sys_platform == 'darwin'", False),
    ("sys_platform != 'win32'", True),
    ("sys_platform == 'win32' or sys_platform == 'linux'", True),
    ("platform_system == 'Linux' and os_name == 'posix'", True),
])
def test_markers_keep_what_linux_does_not_install_out(marker: str | None, linux: bool):
    assert python_deps.on_linux(marker) is linux


def test_a_marker_it_cannot_judge_is_an_error_not_a_guess():
    with pytest.raises(SystemExit, match="cannot judge"):
        python_deps.on_linux("python_full_version < '3.12'")


def test_every_downloaded_source_has_a_sha256(manifest: dict):
    sources = [s for m in modules(manifest) for s in m.get("sources", [])]
    downloads = [s for s in sources if s["type"] in {"file", "archive"}]
    assert downloads
    for source in downloads:
        assert SHA256.match(source.get("sha256", "")), source
        assert source["url"].startswith("https://files.pythonhosted.org/"), source["url"]


def test_the_build_tools_are_pinned_and_match_their_wheels(manifest: dict):
    module = module_named(manifest, "python-build-deps")
    assert module["cleanup"] == ["*"]  # hatchling and friends build the app and are not shipped
    files = {s["url"].rsplit("/", 1)[-1] for s in module["sources"]}
    (command,) = module["build-commands"]
    for requirement in requirements(command):
        name, _, version = requirement.partition("==")
        prefix = f"{name.replace('-', '_')}-{version}-" if version else f"{name.replace('-', '_')}-"
        assert [f for f in files if f.startswith(prefix)], requirement
    assert len(requirements(command)) == len(files)
    # pyproject.toml's build-system asks for hatchling>=1.24.
    (hatchling,) = [f for f in files if f.startswith("hatchling-")]
    major, minor = map(int, hatchling.split("-")[1].split(".")[:2])
    assert (major, minor) >= (1, 24)


def test_espeak_ng_is_pinned_to_a_release_without_audio_output(manifest: dict):
    module = module_named(manifest, "espeak-ng")
    assert module["buildsystem"] == "autotools"
    # pyttsx3 only retrieves samples (AUDIO_OUTPUT_RETRIEVAL); Qt Multimedia plays them.
    assert "--with-pcaudiolib=no" in module["config-opts"]
    (source,) = module["sources"]
    assert source["type"] == "git" and re.fullmatch(r"\d+\.\d+(\.\d+)?", source["tag"])
    assert "branch" not in source
    # A commit is added only once it is checked against the tag (packaging/flatpak/README.md).
    assert "commit" not in source or re.fullmatch(r"[0-9a-f]{40}", source["commit"])


def test_the_app_is_built_from_this_checkout(manifest: dict):
    (source,) = module_named(manifest, "backcoach")["sources"]
    assert source["type"] == "dir"
    assert (FLATPAK / source["path"]).resolve() == ROOT
    assert {".git", ".venv", ".flatpak-builder"} <= set(source["skip"])


def test_every_file_the_manifest_installs_exists_and_every_icon_is_installed(manifest: dict):
    commands = module_named(manifest, "backcoach")["build-commands"]
    installs = [shlex.split(c) for c in commands if c.startswith("install ")]
    assert installs
    installed = {}
    for words in installs:
        assert words[:2] == ["install", "-Dm644"] and len(words) == 4, words
        installed[words[2]] = words[3]
    missing = [path for path in installed if not (ROOT / path).is_file()]
    assert not missing, f"the manifest installs files the repository lacks: {missing}"
    assert installed[f"packaging/linux/{APP_ID}.desktop"] == f"/app/share/applications/{APP_ID}.desktop"
    assert installed[f"packaging/linux/{APP_ID}.metainfo.xml"] == f"/app/share/metainfo/{APP_ID}.metainfo.xml"
    icons = sorted(str(p.relative_to(ROOT)) for p in HICOLOR.glob("*/apps/*") if p.is_file())
    assert icons, "no icons in resources/icons/hicolor"
    for icon in icons:
        assert installed.get(icon) == "/app/share/icons/" + icon.removeprefix("resources/icons/"), icon
    assert any(i.endswith(".svg") for i in icons) and any(i.endswith(".png") for i in icons)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("flatpak-builder") is None, reason="flatpak-builder is not installed")
def test_flatpak_builder_reads_the_manifest_without_complaint(tmp_path: Path):
    # It leaves its state folder (.flatpak-builder) in the working directory: not in the checkout.
    result = subprocess.run(["flatpak-builder", "--show-manifest", str(MANIFEST)],
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Unknown property" not in result.stderr, result.stderr
    assert [m["name"] for m in json.loads(result.stdout)["modules"]] == [
        "espeak-ng", "python-deps", "python-build-deps", "backcoach"]
