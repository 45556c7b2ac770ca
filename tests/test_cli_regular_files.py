"""Reading never hangs: a FIFO or a device where a routine, settings or reminders file should be is
reported and skipped (coach/domain/file_reading.py); a UTF-8 byte order mark is accepted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main
from coach.domain.file_reading import NotARegularFile, read_regular_file
from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage import reminder_store, settings
from coach.storage.paths import user_config_dir, user_routines_dir


def backcoach(*argv: str) -> subprocess.CompletedProcess[str]:
    # A subprocess with a deadline: a read that blocks fails the test instead of hanging the run.
    return subprocess.run([sys.executable, "-m", "coach", *argv], capture_output=True, text=True, timeout=30)


def test_a_fifo_or_a_device_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero"), tmp_path):
        with pytest.raises(NotARegularFile):
            read_regular_file(path, 100)


def test_a_file_is_read_up_to_one_byte_past_its_limit(tmp_path):
    (tmp_path / "big").write_bytes(b"x" * 1000)
    assert read_regular_file(tmp_path / "big", 10) == b"x" * 11


def test_a_fifo_among_the_routines_is_skipped_with_a_note(tmp_path):
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    os.mkfifo(folder / "stuck.toml")
    catalogue = load_catalogue(builtin_routines_dir(), folder)
    assert "cat-stretch" in catalogue.routines
    assert [str(p) for p in catalogue.problems] == [f"{folder / 'stuck.toml'}: cannot be read: is not a regular "
                                                    "file (a folder, a pipe or a device)"]


@pytest.mark.slow
def test_list_plan_and_import_do_not_hang_on_a_fifo(tmp_path):
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    os.mkfifo(folder / "stuck.toml")
    for argv in (("list",), ("plan", "cat-stretch")):
        result = backcoach(*argv)
        assert result.returncode == 0 and "stuck.toml: cannot be read: is not a regular file" in result.stderr
    os.mkfifo(tmp_path / "other.toml")
    result = backcoach("import", str(tmp_path / "other.toml"))
    assert result.returncode == 2 and "is not a regular file" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_fifos_for_settings_and_reminders_do_not_hang(tmp_path):
    config = user_config_dir()
    config.mkdir(parents=True)
    os.mkfifo(config / "settings.toml")
    os.mkfifo(config / "reminders.toml")
    assert settings.load().problems and "not a regular file" in settings.load().problems[0]
    result = backcoach("remind", "list")
    assert result.returncode == 2 and "not a regular file" in result.stderr and "Traceback" not in result.stderr


def test_a_byte_order_mark_is_accepted(capsys, tmp_path):
    text = (builtin_routines_dir() / "cat-stretch.toml").read_text(encoding="utf-8").replace(
        'id = "cat-stretch"', 'id = "bom-stretch"', 1)
    assert 'id = "bom-stretch"' in text
    (tmp_path / "bom.toml").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert main(["import", str(tmp_path / "bom.toml")]) == 0
    assert "as bom-stretch" in capsys.readouterr().out
    config = user_config_dir()
    config.mkdir(parents=True)
    (config / "reminders.toml").write_bytes(b"\xef\xbb\xbf" + b"[options]\nsnooze_minutes = 7\n")
    assert reminder_store.load().options.snooze_minutes == 7
    (config / "settings.toml").write_bytes(b"\xef\xbb\xbf" + b"[voice]\nrate = 150\n")
    assert settings.load().voice.rate == 150 and settings.load().problems == ()
