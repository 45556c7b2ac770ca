"""The README's quick start stays true: CI runs exactly what it says."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_is_the_two_commands_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in ("uv run backcoach", "uv run pytest"):
        assert re.search(rf"^{command}\b", README, re.MULTILINE), command
        # CI may wrap it (a virtual screen, a time limit) but runs the command itself, unchanged.
        assert re.search(rf"^(\S.* )?{command}$", ci, re.MULTILINE), command


def test_the_prerequisite_line_installs_what_ci_installs():
    line = next(ln for ln in README.splitlines() if ln.startswith("sudo apt-get install "))
    in_readme = line.removeprefix("sudo apt-get install ").split()
    in_ci = [p for p in (ROOT / "packaging" / "debian-packages.txt").read_text().split() if not p.startswith("#")]
    assert in_readme == in_ci


def test_the_documented_routine_lengths_are_current(capsys):
    from coach.cli import main

    main(["list"])
    for row in capsys.readouterr().out.splitlines()[1:]:
        routine, _, gentle, standard, strong, *_ = row.split()
        assert f"| `{routine}` |" in README
        assert f"| {gentle} | {standard} | {strong} |" in README, f"README lengths for {routine} are stale"


def test_the_reminders_example_is_a_valid_reminders_file(tmp_path):
    from coach.storage import reminder_store

    example = README.split("`reminders.toml` is yours to edit", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "reminders.toml"
    path.write_text(example, encoding="utf-8")
    settings = reminder_store.load(path)
    assert settings.problems == () and [r.routine for r in settings.rules] == ["cat-stretch"]
