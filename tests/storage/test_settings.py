"""settings.toml: round-trips, keeps what it does not know, and never crashes on a bad file."""

from __future__ import annotations

import tomllib

import pytest

from coach.storage import settings as store
from coach.storage.settings import Settings, VoiceSettings


def test_round_trip_and_the_file_is_where_platformdirs_says(user_dirs):
    path = store.settings_path()
    assert path.is_relative_to(user_dirs["XDG_CONFIG_HOME"]) and path.name == "settings.toml"
    chosen = Settings(voice=VoiceSettings(voice="gmw/en", rate=150, volume=0.5, muted=True, counts=False,
                                          countdown=False, chimes=False, rest_ticks=True))
    store.save(chosen)
    assert store.load() == chosen
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"], "no temporary file is left behind"


def test_missing_file_gives_defaults_without_a_problem():
    assert store.load() == Settings()


def test_unknown_keys_from_a_newer_version_are_kept(user_dirs):
    path = store.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('theme = "dark"\n[voice]\nrate = 150\nsparkle = true\n[reminders]\ntimes = ["08:00"]\n')
    loaded = store.load()
    assert loaded.voice.rate == 150 and loaded.problem is None
    store.save(loaded)
    written = tomllib.loads(path.read_text())
    assert written["theme"] == "dark" and written["reminders"] == {"times": ["08:00"]}
    assert written["voice"]["sparkle"] is True and written["voice"]["rate"] == 150


@pytest.mark.parametrize(("content", "fragment"), [
    (b"voice = [", "could not be read"),
    (b"\xff\xfe garbage", "could not be read"),
    (b"[voice]\nrate = 5000\n", "voice.rate"),
    (b"[voice]\nmuted = \"yes\"\n", "voice.muted"),
    (b"voice = 3\n", "voice: expected a table"),
])
def test_a_bad_file_gives_defaults_and_says_why_and_is_left_alone(content, fragment):
    path = store.settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    loaded = store.load()
    assert loaded.voice == VoiceSettings()
    assert loaded.problem and str(path) in loaded.problem and fragment in loaded.problem
    assert path.read_bytes() == content


def test_a_directory_in_place_of_the_file_is_a_problem_not_a_crash():
    store.settings_path().mkdir(parents=True)
    assert store.load().problem is not None
    with pytest.raises(OSError):
        store.save(Settings())
