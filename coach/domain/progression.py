"""Levels that grow with the person: when to suggest a harder or a gentler level.

Pure functions over the recorded history (``SessionRecord``s and
``LevelChoice``s); nothing here changes a level. The progress screen asks,
the person decides, and their answer is recorded as a ``LevelChoice``, which
the next call takes into account.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from coach.domain.history_records import LevelChoice, SessionRecord
from coach.domain.progress import higher_level, lower_level, pain_rose
from coach.domain.reminder_times import utc
from coach.domain.routine import Level

DEFAULT_SESSIONS_PER_LEVEL = 6


class Direction(enum.Enum):
    UP = "up"  # a harder level
    DOWN = "down"  # a gentler level


@dataclass(frozen=True)
class LevelSuggestion:
    """A level to try next time, and why.

    Attributes:
        current: the level the person is at.
        suggested: one step up or down from it (never outside the three levels, never ``current``).
        direction: UP or DOWN.
        sessions: UP: the completed sessions at ``current`` that were counted (at least the number needed);
            DOWN: 0.
        rated: UP: how many of those had both pain ratings (0: the checks were off, so no rise could be seen);
            DOWN: 0.
        rise: DOWN: how much the pain rose (after - before, at least PAIN_RISE); UP: None.
        rise_session: DOWN: the key of the session it rose in; UP: None.
    """

    current: Level
    suggested: Level
    direction: Direction
    sessions: int = 0
    rated: int = 0
    rise: int | None = None
    rise_session: str | None = None


def suggest_level(sessions: Iterable[SessionRecord], choices: Iterable[LevelChoice], current: Level,
                  sessions_needed: int = DEFAULT_SESSIONS_PER_LEVEL) -> LevelSuggestion | None:
    """What to suggest to someone at ``current``, or None.

    The rules:

    1. Only sessions at ``current`` that started after the most recent level
       choice count, whatever was chosen: after a move the new level starts
       from nothing, and after a "no" it takes ``sessions_needed`` more
       sessions (or a new rise) before the question comes back. Sessions at
       other levels are left out: they say nothing about this one.
    2. Going back from the newest of those, completed sessions are counted
       until one whose pain rose by PAIN_RISE or more (``pain_rose``).
    3. If ``sessions_needed`` or more were counted and the newest session
       at ``current`` was completed: UP (None at strong). The rise, if any,
       lies behind that many easy sessions, so it no longer stands in the
       way. Right after a session stopped part way, a harder level is not
       the thing to offer: None, and the question waits for the next
       completed one.
    4. Else, if a rise was found (and fewer than ``sessions_needed`` easy
       sessions followed it): DOWN (None at gentle). It stands until the
       person answers it or that many easy sessions follow it, so an
       unanswered suggestion comes back after each session.
    5. Else: None.

    Why these choices:

    - A session with a rise counts for DOWN whether it was completed or
      stopped: stopping early because it hurt is exactly when a gentler
      level helps. Only completed sessions count for UP: a session stopped
      part way does not show the level is easy (nor that it is too hard: the
      phone may have rung), so it neither counts nor resets the count.
    - Sessions without both pain ratings count for UP. With the checks off
      there is no rise to see, and people who switched them off should still
      be offered a harder level; ``rated`` tells the wording not to claim
      "no rise in pain" when nothing was rated. The person decides anyway.
    - Time order is by start (UTC); a choice applies to sessions started
      strictly after it. Sessions starting at the same instant keep the
      order they were given in (the history's: oldest first).

    Raises ValueError if ``sessions_needed`` is below 1.
    """
    if sessions_needed < 1:
        raise ValueError(f"sessions_needed is at least 1, not {sessions_needed!r}")
    since = max((utc(choice.at) for choice in choices), default=None)
    here = [s for s in sessions if s.level == current.value and (since is None or utc(s.started) > since)]
    here.sort(key=lambda s: utc(s.started))  # stable: ties keep the history's order
    counted: list[SessionRecord] = []
    risen: SessionRecord | None = None
    for session in reversed(here):  # newest first
        if pain_rose(session.pain_before, session.pain_after):
            risen = session
            break
        if session.completed:
            counted.append(session)
    if len(counted) >= sessions_needed:
        harder = higher_level(current)
        if harder is current or not here[-1].completed:
            return None
        rated = sum(s.pain_change is not None for s in counted)
        return LevelSuggestion(current, harder, Direction.UP, sessions=len(counted), rated=rated)
    if risen is not None:
        gentler = lower_level(current)
        if gentler is current:
            return None
        return LevelSuggestion(current, gentler, Direction.DOWN, rise=risen.pain_change, rise_session=risen.key)
    return None
