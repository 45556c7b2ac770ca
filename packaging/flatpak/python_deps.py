"""Write python-deps.json, the Flatpak module of Back Coach's Python dependencies, from uv.lock.

The module holds the wheels the app needs at run time that the PySide BaseApp
does not bring: Back Coach's own dependencies in uv.lock and everything they
depend on there, without the PySide6 wheels (the BaseApp ships PySide6 and
shiboken6, built against the runtime's Qt) and without what a marker keeps off
Linux (pywin32, pyobjc, tzdata ...). Each wheel is the locked version's
pure-Python one (py3-none-any), with uv.lock's URL and sha256, so the Flatpak
installs exactly what the tests ran with.

    python3 packaging/flatpak/python_deps.py           # rewrite python-deps.json
    python3 packaging/flatpak/python_deps.py --check   # exit 1 if python-deps.json is stale

Standard library only (Python 3.11+), so it runs before any install.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCK = HERE.parent.parent / "uv.lock"
OUTPUT = HERE / "python-deps.json"
APP = "backcoach"
# What io.qt.PySide.BaseApp already has in /app; installing PyPI's copies would bring a second Qt.
FROM_BASEAPP = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
# Left out of the Flatpak for now: pocketsphinx and numpy (voice commands only) are compiled wheels the manifest
# would have to build from source. Without them the app runs as before; switching voice commands on shows
# coach/listening/'s note for a recogniser that cannot load.
LEFT_OUT = {"pocketsphinx", "numpy"}
# The marker variables that tell Linux from other systems, as the Flatpak sees them.
LINUX = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
         "implementation_name": "cpython"}
_CLAUSE = re.compile(r"""^\(?\s*(\w+)\s*(==|!=)\s*['"]([^'"]*)['"]\s*\)?$""")


def normalise(name: str) -> str:
    """PEP 503: the form uv.lock and pip compare names in."""
    return re.sub(r"[-_.]+", "-", name).lower()


def on_linux(marker: str | None) -> bool:
    """Whether a dependency with this marker is installed on Linux.

    Only platform markers are understood ("sys_platform == 'win32'", joined by
    and/or); any other marker is an error, so a new kind is looked at, not guessed.
    """
    if not marker:
        return True
    for alternative in marker.split(" or "):
        results = []
        for clause in alternative.split(" and "):
            match = _CLAUSE.match(clause.strip())
            if not match or match.group(1) not in LINUX:
                raise SystemExit(f"python_deps.py: cannot judge the marker {marker!r}; "
                                 "teach on_linux() about it")
            variable, operator, value = match.groups()
            results.append((LINUX[variable] == value) == (operator == "=="))
        if all(results):
            return True
    return False


def wheel_for(package: dict) -> dict:
    """The package's pure-Python wheel (py3-none-any) from uv.lock, as {"url", "sha256"}."""
    for wheel in package.get("wheels", []):
        url = wheel["url"]
        python, abi, platform = url.rsplit("/", 1)[-1].removesuffix(".whl").split("-")[-3:]
        if "py3" in python.split(".") and abi == "none" and platform == "any":
            algorithm, _, digest = wheel["hash"].partition(":")
            if algorithm != "sha256":
                raise SystemExit(f"python_deps.py: {url} has a {algorithm} hash, not sha256")
            return {"url": url, "sha256": digest}
    raise SystemExit(f"python_deps.py: uv.lock has no py3-none-any wheel of {package['name']} "
                     f"{package['version']}; the Flatpak would need to build it")


def runtime_packages(lock: dict) -> list[dict]:
    """The locked packages the app needs on Linux beyond the BaseApp, sorted by name."""
    packages = {normalise(p["name"]): p for p in lock["package"]}
    wanted: dict[str, dict] = {}
    todo = list(packages[APP].get("dependencies", []))
    while todo:
        dependency = todo.pop()
        name = normalise(dependency["name"])
        if name in FROM_BASEAPP or name in LEFT_OUT or name in wanted or not on_linux(dependency.get("marker")):
            continue
        wanted[name] = packages[name]
        todo.extend(packages[name].get("dependencies", []))
    return [wanted[name] for name in sorted(wanted)]


def module(lock: dict) -> dict:
    """The python-deps module for the manifest."""
    packages = runtime_packages(lock)
    pins = " ".join(f"{p['name']}=={p['version']}" for p in packages)
    return {
        "name": "python-deps",
        "buildsystem": "simple",
        "build-commands": [f"pip3 install --no-index --find-links=. --prefix=/app --no-deps {pins}"],
        "sources": [{"type": "file", **wheel_for(p)} for p in packages],
    }


def render(lock: dict) -> str:
    """python-deps.json's exact text."""
    return json.dumps(module(lock), indent=4) + "\n"


def shown(path: Path) -> str:
    """The path as a message shows it: from the repository's root when it is inside."""
    return str(path.relative_to(LOCK.parent)) if path.is_relative_to(LOCK.parent) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if python-deps.json is not what uv.lock gives")
    args = parser.parse_args(argv)
    text = render(tomllib.loads(LOCK.read_text(encoding="utf-8")))
    if args.check:
        if not OUTPUT.is_file() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{shown(OUTPUT)} is stale: it does not match uv.lock. "
                  "Run: python3 packaging/flatpak/python_deps.py", file=sys.stderr)
            return 1
        print(f"{shown(OUTPUT)} matches uv.lock")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {shown(OUTPUT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
