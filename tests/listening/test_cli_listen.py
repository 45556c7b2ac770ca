"""`backcoach listen --wav FILE [--json]`: the app's recogniser on a recording."""

from __future__ import annotations

import json
import subprocess
import wave

import pytest

from coach.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow  # loads the speech model
def test_prints_each_command_with_its_time(capsys, spoken, tmp_path):
    recording = tmp_path / "two.wav"
    subprocess.run(["sox", "-R", str(spoken("pause")), str(spoken("I will wait for the bus.")), str(spoken("next")),
                    str(recording)], check=True)
    code, out, err = run(capsys, "listen", "--wav", str(recording), "--json")
    assert code == 0, err
    heard = json.loads(out)
    assert [h["command"] for h in heard] == ["pause", "next"]
    assert 0.3 < heard[0]["start"] < heard[0]["end"] < 2.0 < heard[1]["start"]
    code, out, _err = run(capsys, "listen", "--wav", str(recording))
    assert code == 0 and "pause" in out.splitlines()[0] and "next" in out.splitlines()[1]


@pytest.mark.slow  # loads the speech model
def test_coach_first_listens_for_the_wake_word_as_the_app_does(capsys, spoken, tmp_path):
    recording = tmp_path / "wake.wav"
    subprocess.run(["sox", "-R", str(spoken("pause")), str(spoken("hey coach pause")), str(spoken("next")),
                    str(recording)], check=True)
    code, out, err = run(capsys, "listen", "--wav", str(recording), "--json", "--coach-first")
    assert code == 0, err
    assert [(h["command"], h["words"]) for h in json.loads(out)] == [("pause", "hey coach pause")]
    code, out, err = run(capsys, "listen", "--wav", str(recording), "--json")
    assert code == 0, err
    assert [h["command"] for h in json.loads(out)] == ["pause", "next"], "without it, bare commands count"


def test_a_file_in_another_format_gets_the_fix(capsys, tmp_path):
    recording = tmp_path / "cd.wav"
    with wave.open(str(recording), "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(44100)
        wav.writeframes(bytes(4 * 4410))
    code, _out, err = run(capsys, "listen", "--wav", str(recording))
    assert code == 2
    assert str(recording) in err and "44100 Hz, 2 channel(s)" in err and "sox" in err
    assert "Traceback" not in err


def test_a_missing_or_broken_file_is_one_line(capsys, tmp_path):
    code, _out, err = run(capsys, "listen", "--wav", str(tmp_path / "nothing.wav"))
    assert code == 2 and "no such file" in err
    broken = tmp_path / "broken.wav"
    broken.write_text("not a wav")
    code, _out, err = run(capsys, "listen", "--wav", str(broken))
    assert code == 2 and "not a WAV file" in err and len(err.strip().splitlines()) == 1
