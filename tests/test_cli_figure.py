"""``backcoach figure``: one pose of one exercise into a PNG, the picture the window draws; one-line errors."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from coach.cli import main
from coach.domain.figure_loader import load_figures
from coach.resources import figures_dir
from coach.ui.widgets.theme import DARK, LIGHT


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def picture(path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a picture"
    return image.convertToFormat(QImage.Format.Format_RGB32)


def differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(1 for y in range(0, a.height(), 2) for x in range(0, a.width(), 2)
               if max(abs(c1 - c2) for c1, c2 in zip(QColor(a.pixel(x, y)).getRgb()[:3],
                                                      QColor(b.pixel(x, y)).getRgb()[:3], strict=True)) > 40)


@pytest.mark.parametrize(("theme", "background"), [("light", LIGHT.background), ("dark", DARK.background)])
def test_a_pose_is_drawn_at_the_size_asked_on_the_theme_background(qapp, capsys, tmp_path, theme, background):
    path = tmp_path / "bridge.png"
    code, out, err = run(capsys, "figure", "bridge", "--pose", "up", "--size", "300x120", "--theme", theme,
                         "--png", str(path))
    assert (code, err) == (0, "") and str(path) in out
    image = picture(path)
    assert (image.width(), image.height()) == (300, 120)
    assert QColor(image.pixel(0, 0)).name() == background
    drawn = sum(1 for y in range(120) for x in range(300) if QColor(image.pixel(x, y)).name() != background)
    assert drawn > 0.1 * 300 * 120


def test_poses_phases_and_sides_give_their_own_pictures(qapp, capsys, tmp_path):
    def draw(name, *options):
        path = tmp_path / f"{name}.png"
        assert run(capsys, "figure", "knee-to-chest", "--size", "400x150", *options, "--png", str(path))[0] == 0
        return picture(path)

    start, down = draw("start"), draw("down", "--pose", "down")
    pulled, half_way = draw("in", "--pose", "in"), draw("half", "--phase", "1")
    assert differing(start, down) == 0, "without --pose or --phase: the start pose"
    assert differing(down, pulled) > 200 and differing(half_way, pulled) > 50 and differing(half_way, down) > 50
    # The other side is the mirror image (the poses show the left knee).
    assert differing(draw("left", "--pose", "in", "--side", "left"), pulled) == 0
    right = draw("right", "--pose", "in", "--side", "right")
    assert differing(right, pulled) > 200
    assert differing(right.flipped(Qt.Orientation.Horizontal), pulled) < 20


@pytest.mark.parametrize(("argv", "words"), [
    (["walk"], "figures: bridge, cat-stretch, knee-to-chest, rotation, side-leg-lift"),
    (["bridge", "--pose", "top"], 'no pose "top"; poses: down, up'),
    (["bridge", "--phase", "4"], "--phase must be from 1 to 3"),
    (["bridge", "--phase", "0"], "--phase must be from 1 to 3"),
    (["bridge", "--side", "left"], "has no sides"),
    (["bridge", "--size", "big"], '--size must look like 900x300, not "big"'),
])
def test_what_cannot_be_drawn_is_one_line_and_exit_code_2(capsys, tmp_path, argv, words):
    path = tmp_path / "figure.png"
    code, out, err = run(capsys, "figure", *argv, "--png", str(path))
    assert code == 2 and out == ""
    assert err.startswith("backcoach: ") and words in err and err.count("\n") == 1, err
    assert not path.exists()


def test_a_missing_folder_is_one_line_and_nothing_is_written(capsys, tmp_path):
    path = tmp_path / "no" / "such" / "figure.png"
    code, _, err = run(capsys, "figure", "bridge", "--png", str(path))
    assert code == 2 and "there is no folder" in err and err.count("\n") == 1
    assert not (tmp_path / "no").exists()


def test_an_existing_file_or_a_fifo_is_never_written_over_without_force(qapp, capsys, tmp_path):
    """As for every command that writes a file the person names (coach/storage/output_files.py)."""
    existing = tmp_path / "mine.png"
    existing.write_bytes(b"keep me")
    code, _, err = run(capsys, "figure", "bridge", "--size", "120x60", "--png", str(existing))
    assert code == 2 and "--force" in err and existing.read_bytes() == b"keep me"
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "figure", "bridge", "--size", "120x60", "--png", str(fifo), "--force")
    assert code == 2 and "not a regular file" in err and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert run(capsys, "figure", "bridge", "--size", "120x60", "--png", str(existing), "--force")[0] == 0
    assert picture(existing).width() == 120


def test_pose_and_phase_together_are_refused(capsys, tmp_path):
    with pytest.raises(SystemExit) as exited:
        main(["figure", "bridge", "--pose", "up", "--phase", "1", "--png", str(tmp_path / "f.png")])
    assert exited.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_every_exercise_with_a_figure_can_be_drawn(qapp, capsys, tmp_path):
    for exercise in load_figures(figures_dir()):
        path = tmp_path / f"{exercise}.png"
        assert run(capsys, "figure", exercise, "--size", "120x60", "--png", str(path))[0] == 0, exercise
        assert picture(path).width() == 120
