"""The person's settings, as one typed object stored in ``settings.toml`` (config dir).

Written atomically (temporary file, fsync, rename), so a crash never leaves
half a file. A file that cannot be read falls back to defaults and the reason
is kept in ``Settings.problem`` for the window to show; the file itself is left
alone (the storage issue will move it aside). Unknown keys are kept, so a newer
version's settings survive an older one.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import tomli_w

from coach.speech.engine import DEFAULT_RATE
from coach.storage.atomic import write_atomically
from coach.storage.paths import user_config_dir

_log = logging.getLogger(__name__)
FILE_NAME = "settings.toml"
MIN_RATE, MAX_RATE = 80, 320


@dataclass(frozen=True)
class VoiceSettings:
    """How Back Coach speaks.

    Attributes:
        voice: the engine's voice id, or None for the engine's default.
        rate: words a minute.
        volume: 0.0-1.0.
        muted: say nothing (captions and chimes go on).
        counts: say rep counts ("seven").
        countdown: say "3, 2, 1" before a hold ends.
        chimes: chime at the start and end of holds and after each exercise.
        rest_ticks: soft ticks in the last seconds of a rest.
    """

    voice: str | None = None
    rate: int = DEFAULT_RATE
    volume: float = 0.9
    muted: bool = False
    counts: bool = True
    countdown: bool = True
    chimes: bool = True
    rest_ticks: bool = False


@dataclass(frozen=True)
class Settings:
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    problem: str | None = None  # why the file could not be used, if it could not
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know


def settings_path() -> Path:
    return user_config_dir() / FILE_NAME


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as error:
        return Settings(problem=f"{path}: could not be read ({error}); using the defaults")
    voice_table = document.get("voice", {})
    if not isinstance(voice_table, dict):
        return Settings(problem=f"{path}: voice: expected a table; using the defaults", extra=document)
    voice, problem = _read_voice(voice_table, path)
    extra = {k: v for k, v in document.items() if k != "voice"}
    unknown_voice_keys = {k: v for k, v in voice_table.items() if k not in _VOICE_FIELDS}
    if unknown_voice_keys:
        extra["voice"] = unknown_voice_keys
    return Settings(voice=voice, problem=problem, extra=extra)


_VOICE_FIELDS = {f.name: f for f in fields(VoiceSettings)}


def _read_voice(table: dict[str, Any], path: Path) -> tuple[VoiceSettings, str | None]:
    defaults = VoiceSettings()
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name not in _VOICE_FIELDS:
            continue
        default = getattr(defaults, name)
        ok = ((name == "voice" and isinstance(value, str))
              or (name == "rate" and isinstance(value, int) and not isinstance(value, bool)
                  and MIN_RATE <= value <= MAX_RATE)
              or (name == "volume" and isinstance(value, (int, float)) and not isinstance(value, bool)
                  and 0.0 <= value <= 1.0)
              or (isinstance(default, bool) and isinstance(value, bool)))
        if not ok:
            return defaults, f"{path}: voice.{name}: {value!r} is not a valid value; using the default voice settings"
        values[name] = float(value) if name == "volume" else value
    return replace(defaults, **values), None


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically; raises OSError (the caller tells the person)."""
    path = path or settings_path()
    document = dict(settings.extra)
    voice = {k: v for k, v in asdict(settings.voice).items() if v is not None}
    voice.update({k: v for k, v in settings.extra.get("voice", {}).items() if k not in voice})
    document["voice"] = voice
    write_atomically(path, tomli_w.dumps(document).encode("utf-8"))
