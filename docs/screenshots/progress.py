"""Render the progress screen over a made-up 11-week history (in a throwaway folder, never yours)."""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta

# Before anything reads them: a throwaway home for the made-up history.
_HOME = tempfile.mkdtemp(prefix="backcoach-screenshot-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = os.path.join(_HOME, _name.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coach.domain.history_records import PainMoment, SessionOutcome  # noqa: E402
from coach.domain.routine_loader import load_catalogue  # noqa: E402
from coach.resources import builtin_routines_dir  # noqa: E402
from coach.storage import history  # noqa: E402
from coach.storage.history_schema import open_database  # noqa: E402
from coach.storage.settings import Settings  # noqa: E402
from coach.ui.app import application, build  # noqa: E402
from coach.ui.widgets.theme import ThemeName  # noqa: E402

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def seed() -> None:
    """Twice-daily cat stretches, some days missed, a few stopped early, pain easing over the weeks."""
    rng = random.Random(4)
    operations: list[history.Operation] = []
    for day in range(78, -1, -1):
        if rng.random() < 0.25 and day > 3:
            continue
        for hour in (7, 17):
            if rng.random() < 0.4 or (day == 0 and hour == 17):
                continue
            key = f"{day}-{hour}"
            start = (NOW - timedelta(days=day)).replace(hour=hour, minute=5)
            outcome = SessionOutcome.COMPLETED if rng.random() < 0.9 else SessionOutcome.STOPPED
            operations += [history.StartSession(key, "cat-stretch", "Cat stretch", "standard", start, 20),
                           history.FinishSession(key, outcome, start + timedelta(minutes=2),
                                                 20 if outcome is SessionOutcome.COMPLETED else 8, "cat-stretch")]
            if hour == 17 and rng.random() < 0.6:
                before = max(0, min(10, round(6 - (78 - day) / 20 + rng.uniform(-1, 1))))
                after = max(0, before - rng.choice((0, 1, 1, 2)))
                operations += [history.RatePain(key, PainMoment.BEFORE, before, start),
                               history.RatePain(key, PainMoment.AFTER, after, start + timedelta(minutes=3))]
    connection = open_database(history.history_path())
    try:
        history.apply_all(connection, operations)
    finally:
        connection.close()


def main(folder: str) -> None:
    seed()
    app = application()
    catalogue = load_catalogue(builtin_routines_dir(), None)
    for theme in ThemeName:
        window, controller = build(catalogue, theme=theme, settings=Settings(), wall_clock=lambda: NOW)
        window.resize(1280, 720)
        window.show()
        assert controller.check_in is not None
        controller.check_in.show_progress()
        app.processEvents()
        window.grab().save(os.path.join(folder, f"progress-{theme.value}.png"))
        window.show_pain_check("after", "Cat stretch", 4)
        app.processEvents()
        window.grab().save(os.path.join(folder, f"pain-check-{theme.value}.png"))
        controller.check_in.keeper.close()
        window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
