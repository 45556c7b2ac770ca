"""The person's settings, as one typed object stored in ``settings.toml`` (config dir).

Sections: ``[voice]``, ``[coach]`` (level, last routine, pain checks, sessions per level),
``[appearance]`` (theme), ``[window]`` (geometry) and ``[first_run]`` (when
the safety note was read). Reminders live in their own ``reminders.toml``:
the ``backcoach remind`` command line and the running app both edit them, and
a file of their own means neither can overwrite the other's voice or window
settings.

Written atomically (temporary file, fsync, rename), so a crash never leaves
half a file. A file that cannot be used as it is (not TOML, empty, a folder,
unreadable, or a value of the wrong type) is moved aside to
``settings.toml.corrupt-<time>`` so nothing is lost; whatever could be read is
kept, the rest takes its default, and the person is told once. Unknown keys
are kept, so a newer version's settings survive an older one.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


from coach.domain.file_reading import read_regular_file
from coach.domain.languages import LANGUAGES
from coach.domain.progression import DEFAULT_SESSIONS_PER_LEVEL
from coach.domain.routine import Level
from coach.speech.voice import MAX_RATE, MIN_RATE, VoiceSettings
from coach.storage.atomic import move_aside, write_atomically
from coach.storage.paths import user_config_dir
from coach.storage.toml_tables import (
    Check,
    boolean,
    instant,
    number,
    one_of,
    read_table,
    table_of,
    text,
    whole_number,
)

_log = logging.getLogger(__name__)
FILE_NAME = "settings.toml"
# Development builds before 0.1.0 (November 2026) kept the acknowledgement in this marker file.
LEGACY_SAFETY_MARKER = "safety-note-read"
MAX_BYTES = 256 * 1024
THEMES = ("system", "light", "dark")
MIN_SESSIONS_PER_LEVEL, MAX_SESSIONS_PER_LEVEL = 2, 30


@dataclass(frozen=True)
class CoachSettings:
    """What the coach remembers between sessions.

    Attributes:
        level: the level the home screen starts on (the last one used, or the one the person moved to
            when a level was suggested).
        routine: the routine last started, selected on the home screen next time.
        ask_pain_before: offer the 0-10 pain check before a session.
        ask_pain_after: offer it after a session.
        sessions_per_level: completed sessions at a level without a pain rise before a harder level is
            suggested (coach.domain.progression), 2-30.
    """

    level: str = "standard"
    routine: str | None = None
    ask_pain_before: bool = True
    ask_pain_after: bool = True
    sessions_per_level: int = DEFAULT_SESSIONS_PER_LEVEL


@dataclass(frozen=True)
class AppearanceSettings:
    """How the screens look.

    Attributes:
        theme: "system" follows the desktop's light or dark scheme.
        language: a code of coach.domain.languages.LANGUAGES, or "" to follow the desktop's locale.
    """

    theme: str = "system"
    language: str = ""


@dataclass(frozen=True)
class WindowSettings:
    """Attributes: geometry: Qt's saveGeometry() in base64; full_screen: it was full screen when closed."""

    geometry: str | None = None
    full_screen: bool = False


@dataclass(frozen=True)
class FirstRunSettings:
    """What was shown once, on the first run.

    Attributes:
        safety_note_read: when the person acknowledged the safety note (None: show it).
        listen_offered: voice commands were offered (with the safety note, before the first session),
            so they are never offered again, whatever the answer.
    """

    safety_note_read: datetime | None = None
    listen_offered: bool = False


_SECTIONS: dict[str, tuple[type, dict[str, Check]]] = {
    "voice": (VoiceSettings, {"voice": text(), "rate": whole_number(MIN_RATE, MAX_RATE), "volume": number(0.0, 1.0),
                              "muted": boolean(), "counts": boolean(), "countdown": boolean(), "chimes": boolean(),
                              "rest_ticks": boolean(), "listen": boolean(), "wake_word": boolean()}),
    "coach": (CoachSettings, {"level": one_of(*Level.names()), "routine": text(), "ask_pain_before": boolean(),
                              "ask_pain_after": boolean(),
                              "sessions_per_level": whole_number(MIN_SESSIONS_PER_LEVEL, MAX_SESSIONS_PER_LEVEL)}),
    "appearance": (AppearanceSettings, {"theme": one_of(*THEMES), "language": one_of("", *LANGUAGES)}),
    "window": (WindowSettings, {"geometry": text(4096), "full_screen": boolean()}),
    "first_run": (FirstRunSettings, {"safety_note_read": instant(), "listen_offered": boolean()}),
}


@dataclass(frozen=True)
class Settings:
    """Everything in settings.toml.

    Attributes:
        voice, coach, appearance, window, first_run: the sections.
        problems: what could not be used as it was (the file has been or should be moved aside).
        unknown: keys this version does not know, by section ("" for the top level), written back as they were.
    """

    voice: VoiceSettings = field(default_factory=VoiceSettings)
    coach: CoachSettings = field(default_factory=CoachSettings)
    appearance: AppearanceSettings = field(default_factory=AppearanceSettings)
    window: WindowSettings = field(default_factory=WindowSettings)
    first_run: FirstRunSettings = field(default_factory=FirstRunSettings)
    problems: tuple[str, ...] = ()
    unknown: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def problem(self) -> str | None:
        """All problems as one message, or None."""
        return "\n".join(self.problems) if self.problems else None

    def cleared(self) -> Settings:
        """The same settings, with the problems already told."""
        return replace(self, problems=())


def settings_path() -> Path:
    return user_config_dir() / FILE_NAME


def load(path: Path | None = None) -> Settings:
    """Read the file, without changing anything on disk. Missing: the defaults, no problem."""
    path = path or settings_path()
    try:
        if path.is_dir():
            return Settings(problems=(f"{path}: is a folder, not a file; using the default settings",))
        raw = read_regular_file(path, MAX_BYTES)  # a FIFO or a device here must not hang the start
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        return Settings(problems=(f"{path}: could not be read ({error.strerror or error}); "
                                  "using the default settings",))
    if len(raw) > MAX_BYTES:
        return Settings(problems=(f"{path}: is over {MAX_BYTES} bytes, too big for a settings file; "
                                  "using the defaults",))
    if not raw.strip():
        # Our writer never writes an empty file: this one was cut short (or made by something else).
        return Settings(problems=(f"{path}: is empty; using the default settings",))
    try:
        document = tomllib.loads(raw.decode("utf-8-sig"))  # with or without a byte order mark
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Settings(problems=(f"{path}: is not a settings file Back Coach can read ({error}); "
                                  "using the default settings",))
    sections: dict[str, Any] = {}
    problems: list[str] = []
    unknown: dict[str, dict[str, Any]] = {}
    for name, (cls, checks) in _SECTIONS.items():
        value: object
        value, found, extra = read_table(document.get(name, {}), cls, checks, path=path, name=name)
        sections[name] = value
        problems += found
        if extra:
            unknown[name] = extra
    top = {key: value for key, value in document.items() if key not in _SECTIONS}
    if top:
        unknown[""] = top
    return Settings(**sections, problems=tuple(problems), unknown=unknown)


def load_or_repair(path: Path | None = None, *, stamp: str | None = None) -> Settings:
    """What the app uses: a file with problems is moved aside and what could be read is saved fresh.

    The result's ``problems`` hold one message for the person (once: the next
    start finds a good file). Never raises.
    """
    path = path or settings_path()
    settings = load(path)
    if not settings.problems:
        return _adopt_legacy_marker(settings, path)
    stamp = stamp or datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = move_aside(path, stamp) if path.exists() else None
    details = "; ".join(settings.problems)
    if moved is None:
        message = (f"Your settings could not be used as they were ({details}). The file could not be moved "
                   f"aside either, so it is left as it is; fix or remove {path} to keep your changes.")
        return replace(settings, problems=(message,))
    message = (f"Your settings could not all be used ({details}). The file was kept as {moved.name} "
               f"(in {moved.parent}) and the defaults are used for what could not be read.")
    try:
        save(settings, path)
    except OSError as error:
        message += f" The repaired settings could not be saved ({error.strerror or error})."
    return _adopt_legacy_marker(replace(settings, problems=(message,)), path)


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically; raises OSError (the caller tells the person)."""
    path = path or settings_path()
    document: dict[str, Any] = dict(settings.unknown.get("", {}))
    for name in _SECTIONS:
        document[name] = table_of(getattr(settings, name), settings.unknown.get(name))
    import tomli_w  # only to write: a start that saves nothing never loads it

    write_atomically(path, tomli_w.dumps(document).encode("utf-8"))
    _legacy_marker(path).unlink(missing_ok=True)  # folded into [first_run] now


def with_safety_note_read(settings: Settings, when: datetime | None = None) -> Settings:
    when = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return replace(settings, first_run=replace(settings.first_run, safety_note_read=when))


def record_safety_note_read(path: Path | None = None) -> None:
    """Outside a running app (tests, scripts): mark the safety note read in the file itself."""
    path = path or settings_path()
    save(with_safety_note_read(load(path)), path)


def _legacy_marker(path: Path) -> Path:
    return path.with_name(LEGACY_SAFETY_MARKER)


def _adopt_legacy_marker(settings: Settings, path: Path) -> Settings:
    """Builds before 0.1.0 kept the acknowledgement in a marker file; carry it over (the next save removes it)."""
    marker = _legacy_marker(path)
    if settings.first_run.safety_note_read is not None or not marker.is_file():
        return settings
    try:
        when = datetime.fromisoformat(marker.read_text(encoding="utf-8").strip())
        when = when if when.tzinfo else when.replace(tzinfo=UTC)
    except (OSError, ValueError):
        when = datetime.now(UTC)
    return with_safety_note_read(settings, when)
