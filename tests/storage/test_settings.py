"""settings.toml: round-trips, keeps what it does not know, moves a bad file aside and never crashes."""

from __future__ import annotations

import os
import stat
import tomllib
from datetime import UTC, datetime

import pytest

from coach.speech.voice import VoiceSettings
from coach.storage import settings as store
from coach.storage.settings import (
    AppearanceSettings,
    CoachSettings,
    FirstRunSettings,
    Settings,
    WindowSettings,
)

STAMP = "20261125-101500"
EVERYTHING = Settings(
    voice=VoiceSettings(voice="gmw/en", rate=150, volume=0.5, muted=True, counts=False, countdown=False,
                        chimes=False, rest_ticks=True),
    coach=CoachSettings(level="gentle", routine="cat-stretch", ask_pain_before=False, ask_pain_after=True,
                        sessions_per_level=9),
    appearance=AppearanceSettings(theme="dark"),
    window=WindowSettings(geometry="AdnQywADAAAAAAAAAAAAAA==", full_screen=True),
    first_run=FirstRunSettings(safety_note_read=datetime(2026, 11, 25, 9, 0, tzinfo=UTC)),
)


def write(content: bytes):
    path = store.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def test_every_section_round_trips_and_the_file_is_where_platformdirs_says(user_dirs):
    path = store.settings_path()
    assert path.is_relative_to(user_dirs["XDG_CONFIG_HOME"]) and path.parent.name == "backcoach"
    assert path.name == "settings.toml"
    store.save(EVERYTHING)
    assert store.load() == EVERYTHING
    assert store.load_or_repair() == EVERYTHING
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"], "no temporary file is left behind"


def test_missing_file_gives_defaults_without_a_problem():
    assert store.load() == Settings()
    assert store.load_or_repair() == Settings()
    assert not store.settings_path().exists(), "nothing is written until something is chosen"


def test_unknown_keys_from_a_newer_version_are_kept():
    path = write(b'sparkles = "yes"\n[voice]\nrate = 150\nsparkle = true\n[garden]\nflowers = ["rose"]\n')
    loaded = store.load_or_repair()
    assert loaded.voice.rate == 150 and loaded.problems == ()
    store.save(loaded)
    written = tomllib.loads(path.read_text())
    assert written["sparkles"] == "yes" and written["garden"] == {"flowers": ["rose"]}
    assert written["voice"]["sparkle"] is True and written["voice"]["rate"] == 150


@pytest.mark.parametrize(("content", "fragment"), [
    (b"voice = [", "not a settings file"),                       # garbage / cut off mid-value
    (b"\xff\xfe\x00garbage", "not a settings file"),               # not even text
    (b'[voice]\nrate = 150\n[coach]\nlevel = "gen', "not a settings file"),  # truncated by a crash
    (b"", "is empty"),
    (b"  \n\n", "is empty"),
])
def test_an_unreadable_file_is_moved_aside_and_the_defaults_load(content, fragment):
    path = write(content)
    loaded = store.load_or_repair(stamp=STAMP)
    assert loaded.voice == VoiceSettings() and loaded.coach == CoachSettings()
    assert len(loaded.problems) == 1
    message = loaded.problems[0]
    assert fragment in message and f"settings.toml.corrupt-{STAMP}" in message and str(path) in message
    moved = path.with_name(f"settings.toml.corrupt-{STAMP}")
    assert moved.read_bytes() == content, "the person's file is kept, byte for byte"
    assert store.load() == Settings(), "a fresh file with the defaults was written"
    assert store.load_or_repair().problems == (), "told once: the next start is clean"


@pytest.mark.parametrize(("content", "field", "kept"), [
    (b'[voice]\nrate = 5000\nmuted = true\n', "voice.rate", lambda s: s.voice.muted is True),
    (b'[voice]\nmuted = "yes"\nrate = 150\n', "voice.muted", lambda s: s.voice.rate == 150),
    (b'[voice]\nwake_word = "on"\nlisten = true\n', "voice.wake_word",
     lambda s: s.voice.listen is True and s.voice.wake_word is True),
    (b'[coach]\nlevel = "extreme"\nroutine = "cat-stretch"\n', "coach.level",
     lambda s: s.coach.routine == "cat-stretch" and s.coach.level == "standard"),
    (b'[coach]\nsessions_per_level = 1\nlevel = "gentle"\n', "coach.sessions_per_level",
     lambda s: s.coach.level == "gentle" and s.coach.sessions_per_level == 6),
    (b'[appearance]\ntheme = 3\n', "appearance.theme", lambda s: s.appearance.theme == "system"),
    (b'[first_run]\nsafety_note_read = "yesterday"\n', "first_run.safety_note_read",
     lambda s: s.first_run.safety_note_read is None),
    (b'voice = 3\n[coach]\nlevel = "gentle"\n', "voice: expected a table", lambda s: s.coach.level == "gentle"),
])
def test_a_wrong_type_costs_only_that_field_and_the_original_is_kept(content, field, kept):
    path = write(content)
    loaded = store.load_or_repair(stamp=STAMP)
    assert len(loaded.problems) == 1 and field in loaded.problems[0] and "expected" in loaded.problems[0]
    assert kept(loaded), "the fields that were right are used"
    assert path.with_name(f"settings.toml.corrupt-{STAMP}").read_bytes() == content
    again = store.load_or_repair()
    assert again.problems == () and kept(again), "the repaired settings were saved"


@pytest.mark.parametrize("value", ["1", "31", "0", "-6", '"six"', "6.5", "true"])
def test_sessions_per_level_outside_2_to_30_says_file_field_and_fix_and_keeps_the_default(value):
    path = write(f"[coach]\nsessions_per_level = {value}\n".encode())
    loaded = store.load(path)
    (message,) = loaded.problems
    assert str(path) in message and "coach.sessions_per_level" in message
    assert "expected a whole number from 2 to 30" in message and "using 6" in message
    assert loaded.coach.sessions_per_level == 6 == CoachSettings().sessions_per_level


@pytest.mark.parametrize("value", [2, 12, 30])
def test_sessions_per_level_from_2_to_30_is_used(value):
    path = write(f"[coach]\nsessions_per_level = {value}\n".encode())
    loaded = store.load(path)
    assert loaded.problems == () and loaded.coach.sessions_per_level == value


def test_a_directory_in_place_of_the_file_is_moved_aside():
    path = store.settings_path()
    (path / "inner").mkdir(parents=True)
    loaded = store.load_or_repair(stamp=STAMP)
    assert loaded == Settings(problems=loaded.problems) and "is a folder" in loaded.problems[0]
    assert path.with_name(f"settings.toml.corrupt-{STAMP}").joinpath("inner").is_dir(), "nothing lost"
    assert path.is_file() and store.load().problems == ()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads and writes any file")
def test_a_read_only_folder_loads_and_says_it_cannot_save():
    path = write(b'[voice]\nrate = "fast"\n')
    folder = path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        loaded = store.load_or_repair(stamp=STAMP)
        assert loaded.voice == VoiceSettings() and "could not be moved aside" in loaded.problems[0]
        with pytest.raises(OSError):
            store.save(loaded)
        assert path.read_bytes() == b'[voice]\nrate = "fast"\n'
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_read_only_file_system_loads_the_defaults_and_says_it_cannot_save(monkeypatch):
    # Root (CI) ignores folder permissions, so a read-only file system (EROFS) is simulated
    # where the storage touches the disk: renaming and creating files.
    import errno

    from coach.storage import atomic

    path = write(b'[voice]\nrate = "fast"\n')

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.os, "replace", read_only)
    monkeypatch.setattr(atomic.tempfile, "mkstemp", read_only)
    loaded = store.load_or_repair(stamp=STAMP)
    assert loaded.voice == VoiceSettings() and "could not be moved aside" in loaded.problems[0]
    with pytest.raises(OSError):
        store.save(loaded)
    assert path.read_bytes() == b'[voice]\nrate = "fast"\n', "the file is left as it was"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_moved_aside():
    path = write(b'[voice]\nrate = 150\n')
    path.chmod(0)
    loaded = store.load_or_repair(stamp=STAMP)
    assert "could not be read" in loaded.problems[0]
    assert path.with_name(f"settings.toml.corrupt-{STAMP}").exists()


def test_the_old_safety_note_marker_is_adopted_and_removed_on_save():
    marker = store.settings_path().with_name(store.LEGACY_SAFETY_MARKER)
    marker.parent.mkdir(parents=True)
    marker.write_text("2026-01-02T03:04:05+00:00\n")
    loaded = store.load_or_repair()
    assert loaded.first_run.safety_note_read == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    store.save(loaded)
    assert not marker.exists() and store.load().first_run.safety_note_read == loaded.first_run.safety_note_read


def test_record_safety_note_read_keeps_the_other_settings():
    store.save(EVERYTHING)
    store.record_safety_note_read()
    loaded = store.load()
    assert loaded.voice == EVERYTHING.voice and loaded.first_run.safety_note_read is not None


def test_the_language_setting_is_kept_and_an_unknown_one_is_refused(tmp_path):
    from coach.storage.settings import AppearanceSettings, load, save
    path = tmp_path / "settings.toml"
    save(Settings(appearance=AppearanceSettings(language="th")), path)
    assert load(path).appearance.language == "th"
    path.write_text('[appearance]\nlanguage = "klingon"\n', encoding="utf-8")
    settings = load(path)
    assert settings.appearance.language == ""
    assert "language" in settings.problems[0]


def test_the_wake_phrase_is_on_unless_the_file_turns_it_off():
    assert store.load(write(b"[voice]\nlisten = true\n")).voice.wake_word is True
    loaded = store.load(write(b"[voice]\nwake_word = false\n"))
    assert loaded.problems == () and loaded.voice.wake_word is False
