"""No traceback from the command line's edge cases: the ends of the calendar, a damaged history."""

from __future__ import annotations


import pytest

from coach.cli import main

@pytest.mark.parametrize("after", ["0001-01-01T00:00", "9999-12-31T23:59", "9999-12-31T23:59+14:00"])
def test_remind_next_at_the_ends_of_the_calendar(capsys, after):
    assert main(["remind", "add", "cat-stretch", "08:00"]) == 0
    capsys.readouterr()
    code = main(["remind", "next", "--after", after])
    _out, err = capsys.readouterr()
    assert code in (0, 2) and "Traceback" not in err


def test_history_of_a_database_without_its_tables(capsys):
    import sqlite3

    from coach.storage import history

    path = history.history_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()
    code = main(["history"])
    _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
