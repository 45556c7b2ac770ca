"""The README's quick start stays true (CI runs exactly what it says), and so do the docs' examples."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = ROOT / "docs"


def _doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def test_quick_start_is_the_two_commands_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in ("uv run backcoach", "uv run pytest"):
        assert re.search(rf"^{command}\b", README, re.MULTILINE), command
        # CI may wrap it (a virtual screen, a time limit) but runs the command itself, unchanged.
        assert re.search(rf"^(\S.* )?{command}$", ci, re.MULTILINE), command


def _package_sections() -> list[list[str]]:
    """packaging/debian-packages.txt's sections (to run, to develop), each a comment block and its packages."""
    sections: list[list[str]] = []
    for line in (ROOT / "packaging" / "debian-packages.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if not sections or sections[-1]:
                sections.append([])
        elif line.strip():
            sections[-1].append(line.strip())
    return sections


def test_the_prerequisite_lines_install_what_ci_installs():
    """The README's "to run" line is the first section; its "to develop" line is the whole list CI installs."""
    run, develop = (ln.removeprefix("sudo apt-get install ").split()
                    for ln in README.splitlines() if ln.startswith("sudo apt-get install "))
    sections = _package_sections()
    assert len(sections) == 2
    assert run == sections[0]
    assert develop == sections[0] + sections[1]


def test_the_readme_fits_on_two_screens_and_its_links_lead_somewhere():
    assert len(README.splitlines()) <= 150
    for document in (README, (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")):
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", document):
            assert (ROOT / target).exists(), target


def test_the_documented_routine_lengths_are_current(capsys):
    from coach.cli import main

    main(["list"])
    for row in capsys.readouterr().out.splitlines()[1:]:
        routine, _, gentle, standard, strong, *_ = row.split()
        commands = _doc("commands.md")
        assert f"| `{routine}` |" in commands
        assert f"| {gentle} | {standard} | {strong} |" in commands, f"docs/commands.md: lengths of {routine} are stale"


def test_the_reminders_example_is_a_valid_reminders_file(tmp_path):
    from coach.storage import reminder_store

    section = _doc("files.md").split("`reminders.toml` is yours to edit", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "reminders.toml"
    path.write_text(example, encoding="utf-8")
    settings = reminder_store.load(path)
    assert settings.problems == () and [r.routine for r in settings.rules] == ["cat-stretch"]


def test_the_routine_example_loads_and_its_import_errors_are_what_import_prints(tmp_path, capsys):
    from coach.cli import main
    from coach.domain.routine_loader import parse_routine

    section = _doc("routines.md")
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    routine = parse_routine(example.encode("utf-8"), tmp_path / "plan.toml")
    assert routine.id == "physio-plan" and [e.id for e in routine.exercises] == ["pelvic-tilt", "knee-to-chest"]
    # The README's failed import, reproduced: the same two problems, word for word.
    plan = tmp_path / "plan.toml"
    plan.write_text(example.replace("rounds = 2 ", "rounds = 0 ").replace("hold = 5\n", 'hold = "five"\n'),
                    encoding="utf-8")
    assert main(["import", str(plan)]) == 2
    shown = section.split("lists every\nproblem", 1)[1].split("```\n", 1)[1].split("```", 1)[0]
    printed = capsys.readouterr().err.replace(str(plan), "plan.toml")
    assert printed == shown


def test_uv_installs_on_an_externally_managed_python_and_ci_can_do_the_same():
    """Debian 12 refuses `pip install uv` (PEP 668): the README gives uv's installer, and CI falls back to it."""
    prerequisites = README.split("## Quick start", 1)[0]
    assert "pipx install uv" in prerequisites and "externally managed" in prerequisites
    assert "(`pip install uv`)" not in prerequisites, "alone, it fails on Debian 12"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet --disable-pip-version-check uv 2>/dev/null; then" in ci
    assert "curl -LsSf https://astral.sh/uv/install.sh | sh" in ci


def test_uv_run_compiles_no_bytecode_but_installs_do():
    """`compile-bytecode` in [tool.uv] made every `uv run` print "Bytecode compiled N files"."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "compile-bytecode" not in project["tool"]["uv"]
    assert "uv tool install --compile-bytecode ." in (ROOT / "docs" / "installing.md").read_text(encoding="utf-8")


def test_every_file_the_docs_and_the_code_cite_exists():
    """Docs, comments and docstrings name files by path (coach/ui/..., tests/...); each must be there."""
    import subprocess

    cited = re.compile(r"(?<![\w/.])((?:coach|tests|bench|packaging|resources|docs)/[\w./-]+"
                       r"\.(?:py|md|toml|txt|ts|sh|json|spec))")
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    missing = []
    for name in listed:
        if name.endswith((".py", ".md", ".toml", ".sh", ".spec")) and (ROOT / name).is_file():
            text = (ROOT / name).read_text(encoding="utf-8", errors="replace")
            missing += [f"{name}: {path}" for path in set(cited.findall(text))
                        if not (ROOT / path).exists() and not any(c in path for c in "{<*")
                        and "NAME" not in path]  # bench/NAME.py: a pattern, not a file
    assert sorted(missing) == []
