"""The command line: list, plan (text and JSON), and one-line errors with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coach import __version__
from coach.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_routines_exercise_counts_and_a_length_per_level(capsys):
    code, out, err = run(capsys, "list")
    assert code == 0 and err == ""
    header, *rows = out.splitlines()
    assert header.split()[:5] == ["ROUTINE", "EXERCISES", "GENTLE", "STANDARD", "STRONG"]
    by_id = {row.split()[0]: row.split() for row in rows}
    assert set(by_id) == {"cat-stretch", "lower-back"}
    assert by_id["lower-back"][1] == "5" and by_id["cat-stretch"][1] == "1"
    gentle, standard, strong = by_id["lower-back"][2:5]
    assert all(":" in t for t in (gentle, standard, strong))


def test_plan_json_is_the_documented_contract(capsys):
    code, out, _ = run(capsys, "plan", "lower-back", "--json", "--level", "gentle")
    data = json.loads(out)
    assert code == 0
    assert data["routine"] == "lower-back" and data["level"] == "gentle"
    assert data["segments"][0]["index"] == 0
    assert data["segments"][-1]["kind"] == "done"
    assert {s["kind"] for s in data["segments"]} == {"announce", "instruct", "move", "hold", "rest", "switch", "done"}


def test_plan_text_has_a_line_per_segment(capsys):
    code, out, _ = run(capsys, "plan", "cat-stretch")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Cat stretch (standard):")
    assert "Last one." in lines[-2] or any("Last one." in line for line in lines)
    assert lines[-1].split()[2] == "done"


@pytest.mark.parametrize(("argv", "message"), [
    (["plan", "handstand"], 'backcoach: unknown routine "handstand"; available: cat-stretch, lower-back\n'),
    (["plan", "lower-back", "--level", "hard"],
     'backcoach: unknown level "hard"; available: gentle, standard, strong\n'),
])
def test_unknown_routine_or_level_is_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", message)


def test_a_bad_user_routine_is_reported_and_skipped(capsys, user_routines):
    (user_routines / "mine.toml").write_text('id = "mine"\ntitle = 3\n', encoding="utf-8")
    code, out, err = run(capsys, "list")
    assert code == 0 and "lower-back" in out and "mine" not in out
    assert err.startswith("backcoach: skipped ") and str(user_routines / "mine.toml") + ": title: expected text" in err
    assert len(err.splitlines()) == 1


def test_a_good_user_routine_is_listed_and_planned(capsys, user_routines):
    (user_routines / "desk.toml").write_text(
        'id = "desk"\ntitle = "Desk break"\n[[exercises]]\nid = "reach"\nname = "Reach up"\n'
        'purpose = "Wakes up the back."\n[exercises.dose]\nreps = [2, 4]\n'
        'tempo = [{ seconds = 3, say = "Reach" }, { seconds = 3, say = "Relax" }]\n', encoding="utf-8")
    code, out, _ = run(capsys, "plan", "desk", "--json", "--level", "strong")
    reps = {s["rep"] for s in json.loads(out)["segments"] if s["kind"] == "move"}
    assert code == 0 and reps == {1, 2, 3, 4}


def test_bare_backcoach_opens_the_window_on_the_home_screen(monkeypatch):
    calls = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr("coach.ui.app.run", lambda catalogue, **kwargs: calls.append(kwargs) or 0)
    assert main([]) == 0
    assert calls == [{"start": None, "speed": 1.0, "exit_when_done": False, "background": False,
                     "language": None}]
    assert main(["--start", "cat-stretch", "--level", "gentle", "--speed", "20", "--exit-when-done"]) == 0
    assert calls[1]["start"][0] == "cat-stretch" and calls[1]["start"][1].value == "gentle"
    assert calls[1]["speed"] == 20.0 and calls[1]["exit_when_done"]


@pytest.mark.parametrize("speed", ["nan", "inf", "-inf", "0", "-1", "1001"])
def test_speed_must_be_a_finite_number_in_range(capsys, monkeypatch, speed):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr("coach.ui.app.run", lambda catalogue, **kwargs: pytest.fail("no window for a bad --speed"))
    assert main([f"--speed={speed}"]) == 2
    assert capsys.readouterr().err.startswith("backcoach: --speed must be above 0 and at most 1000")


def test_python_dash_m_coach_and_version():
    result = subprocess.run([sys.executable, "-m", "coach", "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == f"backcoach {__version__}"


def test_a_closed_pipe_is_not_a_crash():
    script = "import sys; from coach.cli import main; sys.exit(main(['plan', 'lower-back']))"
    producer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None
    producer.stdout.readline()
    producer.stdout.close()
    _, err = producer.communicate(timeout=60)
    assert b"Traceback" not in err
