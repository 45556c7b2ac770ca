"""The person's local time zone as a real zone (with its DST rules), not a fixed UTC offset.

``datetime.now().astimezone()`` only gives today's offset; reminders need the
zone's rules to place 08:00 correctly on the far side of a DST change. The
zone is looked up at every reminder wake, so moving the laptop to another
zone (or the desktop changing it) is followed.
"""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_log = logging.getLogger(__name__)
_LOCALTIME = Path("/etc/localtime")
_TIMEZONE_FILE = Path("/etc/timezone")


def local_zone() -> ZoneInfo:
    """TZ if set and known, else the system's zone (/etc/localtime, /etc/timezone, Qt on Windows), else UTC."""
    for candidate in (_from_tz_variable, _from_localtime_link, _from_timezone_file, _from_qt):
        zone = candidate()
        if zone is not None:
            return zone
    _log.warning("the local time zone could not be found; reminders use UTC (set TZ, e.g. TZ=Europe/Berlin)")
    return ZoneInfo("UTC")


def zone_named(name: str) -> ZoneInfo:
    """A zone by IANA name; ValueError with a hint when it does not exist."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f'unknown time zone "{name}"; use an IANA name such as Europe/Berlin or '
                         "America/New_York") from None


def now_utc() -> datetime:
    return datetime.now(UTC)


def _from_tz_variable() -> ZoneInfo | None:
    name = os.environ.get("TZ", "").removeprefix(":")
    if not name:
        return None
    if name.startswith("/"):
        return _from_file(Path(name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _from_localtime_link() -> ZoneInfo | None:
    if not _LOCALTIME.exists():
        return None
    try:
        target = str(_LOCALTIME.resolve())
    except OSError:
        return None
    marker = "zoneinfo/"
    if marker in target:
        try:
            return ZoneInfo(target.split(marker, 1)[1])
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return _from_file(_LOCALTIME)


def _from_timezone_file() -> ZoneInfo | None:
    try:
        name = _TIMEZONE_FILE.read_text(encoding="utf-8").strip()
        return ZoneInfo(name) if name else None
    except (OSError, ZoneInfoNotFoundError, ValueError):
        return None


def _from_qt() -> ZoneInfo | None:
    # Windows has no tz database files of its own; Qt maps its zone to an IANA id (tzdata supplies the rules).
    if sys.platform != "win32":
        return None
    try:
        from PySide6.QtCore import QTimeZone

        return ZoneInfo(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    except (ImportError, ZoneInfoNotFoundError, ValueError):
        return None


def _from_file(path: Path) -> ZoneInfo | None:
    try:
        with path.open("rb") as stream:
            return ZoneInfo.from_file(stream, key=str(path))
    except (OSError, ValueError):
        return None
