"""`backcoach listen --wav FILE [--json]`: the app's recogniser on a recording."""

from __future__ import annotations

import json
import subprocess
import wave

import pytest

from coach.cli import main
from coach.storage.settings import settings_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow  # loads the speech model
def test_prints_each_command_with_its_time(capsys, spoken, tmp_path):
    recording = tmp_path / "two.wav"
    subprocess.run(["sox", "-R", str(spoken("pause")), str(spoken("I will wait for the bus.")), str(spoken("next")),
                    str(recording)], check=True)
    code, out, err = run(capsys, "listen", "--wav", str(recording), "--json", "--bare")
    assert code == 0, err
    heard = json.loads(out)
    assert [h["command"] for h in heard] == ["pause", "next"]
    assert 0.3 < heard[0]["start"] < heard[0]["end"] < 2.0 < heard[1]["start"]
    code, out, _err = run(capsys, "listen", "--wav", str(recording), "--bare")
    lines = out.splitlines()
    assert code == 0 and "commands alone" in lines[0] and "pause" in lines[1] and "next" in lines[2]


@pytest.mark.slow  # loads the speech model
def test_coach_first_listens_for_the_wake_word_as_the_app_does(capsys, spoken, tmp_path):
    recording = tmp_path / "wake.wav"
    subprocess.run(["sox", "-R", str(spoken("pause")), str(spoken("hey coach pause")), str(spoken("next")),
                    str(recording)], check=True)
    code, out, err = run(capsys, "listen", "--wav", str(recording), "--json", "--coach-first")
    assert code == 0, err
    assert [(h["command"], h["words"]) for h in json.loads(out)] == [("pause", "hey coach pause")]
    code, out, err = run(capsys, "listen", "--wav", str(recording), "--json", "--bare")
    assert code == 0, err
    assert [h["command"] for h in json.loads(out)] == ["pause", "next"], "without it, bare commands count"


@pytest.mark.slow  # loads the speech model
def test_without_a_choice_it_listens_as_the_settings_say(capsys, spoken, tmp_path):
    """A person checking their microphone says what the user guide says: "Hey coach, pause" with the wake phrase
    on (the default), "pause" with it off."""
    recording = tmp_path / "wake.wav"
    subprocess.run(["sox", "-R", str(spoken("pause")), str(spoken("hey coach pause")), str(recording)], check=True)
    code, out, err = run(capsys, "listen", "--wav", str(recording))
    assert code == 0, err
    lines = out.splitlines()
    assert "“Hey coach” and a command" in lines[0] and len(lines) == 2 and "hey coach pause" in lines[1]
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("[voice]\nwake_word = false\n", encoding="utf-8")
    code, out, err = run(capsys, "listen", "--wav", str(recording), "--json")
    assert code == 0, err
    assert [h["words"] for h in json.loads(out)] == ["pause"], "with the wake phrase off, the bare word counts"


@pytest.mark.slow  # loads the speech model
def test_a_settings_file_it_cannot_read_is_a_note_and_is_left_alone(capsys, spoken, tmp_path):
    recording = tmp_path / "wake.wav"
    subprocess.run(["sox", "-R", str(spoken("hey coach pause")), str(recording)], check=True)
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("[voice\nwake_word = false\n", encoding="utf-8")
    code, out, err = run(capsys, "listen", "--wav", str(recording), "--json")
    assert code == 0, err
    assert [h["words"] for h in json.loads(out)] == ["hey coach pause"], "the default: the wake phrase on"
    assert err.count("\n") == 1 and str(settings_path()) in err and "default" in err
    assert settings_path().read_text(encoding="utf-8") == "[voice\nwake_word = false\n"
    assert list(settings_path().parent.iterdir()) == [settings_path()], "nothing moved aside or written"


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
    cut_short = tmp_path / "cut.wav"
    cut_short.write_bytes(b"RI")
    code, _out, err = run(capsys, "listen", "--wav", str(cut_short))
    assert code == 2 and err.strip().endswith("not a WAV file this can read"), "no empty brackets"
