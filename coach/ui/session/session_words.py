"""The session screen's generated words: round and side, the next step, the rest's "up next" card.

Whole phrases go through tr() ("Left side", "Next: right side"), never words
glued together, so each language can say them its own way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from coach.domain.floor_view import HeroKind, NextKind, NextStep
from coach.domain.timeline import Segment, SegmentKind
from coach.ui.session.summary_card import duration_text

DETAILS_JOIN = "  ·  "  # between the round, the side and the rep on the details line


class SessionWords(QObject):
    """Turns the floor view's choices (coach/domain/floor_view.py) into the words on screen."""

    def details(self, segment: Segment, hero: HeroKind) -> list[str]:
        """What sits under the hero: the round and side, the rep when seconds are the hero."""
        details = []
        if hero is HeroKind.SECONDS and segment.rep and segment.reps and segment.reps > 1:
            details.append(self.tr("Rep {rep} of {reps}").format(rep=segment.rep, reps=segment.reps))
        if segment.round and segment.rounds and segment.rounds > 1:
            if segment.kind is SegmentKind.REST:
                marks = "●" * segment.round + "○" * (segment.rounds - segment.round)
                details.append(self.tr("Round {round} of {rounds} done").format(
                    round=segment.round, rounds=segment.rounds) + "  " + marks)
            else:
                details.append(self.round_text(segment))
        if segment.side and hero is not HeroKind.SIDE:
            details.append(self.side_text(segment.side))
        return details

    def detail_samples(self) -> list[str]:
        """The longest details lines a session shows, in the UI's language: the details line's size is
        chosen so the widest of them fits (coach/ui/session/details_band.py).

        A hold's rep with its side, and a round with its side: what the built-in routines show at most.
        Single digits, as they have; a longer line (a user's routine with all three) is set smaller.
        """
        rep = self.tr("Rep {rep} of {reps}").format(rep=8, reps=8)
        round_ = self.tr("Round {round} of {rounds}").format(round=8, rounds=8)
        done = self.tr("Round {round} of {rounds} done").format(round=3, rounds=3) + "  " + "●●○"
        sides = (self.side_text("left"), self.side_text("right"))
        return [first + DETAILS_JOIN + side for first in (rep, round_) for side in sides] + [done]

    def round_text(self, segment: Segment) -> str:
        return self.tr("Round {round} of {rounds}").format(round=segment.round, rounds=segment.rounds)

    def side_word(self, side: str) -> str:
        """The side alone, as the hero of a switch."""
        return self.tr("Left") if side == "left" else self.tr("Right") if side == "right" else side

    def side_text(self, side: str) -> str:
        return self.tr("Left side") if side == "left" else self.tr("Right side") if side == "right" else side

    def next_text(self, upcoming: NextStep) -> str:
        segment = upcoming.segment
        if upcoming.kind is NextKind.END:
            return self.tr("Next: the end")
        if upcoming.kind is NextKind.REST:
            return self.tr("Next: rest, {time}").format(time=duration_text(segment.seconds))
        if upcoming.kind is NextKind.EXERCISE:
            return self.tr("Next: {exercise}").format(exercise=upcoming.name)
        if upcoming.kind is NextKind.ROUND:
            return self.tr("Next: round {round} of {rounds}").format(round=segment.round, rounds=segment.rounds)
        if upcoming.kind is NextKind.SIDE:
            return self.tr("Next: left side") if segment.side == "left" else self.tr("Next: right side")
        # A preview is a glance, not the instruction: the first sentence is enough.
        first_sentence = segment.caption.split(". ", 1)[0].rstrip(".")
        return self.tr("Next: {step}").format(step=first_sentence)

    def up_next_text(self, upcoming: NextStep) -> str:
        """The rest's card: what comes after it, then how much of it."""
        segment = upcoming.segment
        if upcoming.kind is NextKind.EXERCISE:
            what = upcoming.name
        elif upcoming.kind is NextKind.ROUND:
            what = self.round_text(segment)
        elif upcoming.kind is NextKind.SIDE:
            what = self.side_text(segment.side or "")
        else:
            return self.tr("Up next: {what}").format(what=self.next_text(upcoming).split(": ", 1)[-1])
        dose = []
        if upcoming.kind is NextKind.EXERCISE and upcoming.rounds > 1:
            dose.append(self.tr("%n round(s)", "", upcoming.rounds))
        if upcoming.reps > 1:
            dose.append(self.tr("%n rep(s)", "", upcoming.reps))
        if upcoming.sided and upcoming.kind is NextKind.EXERCISE:
            dose.append(self.tr("each side"))
        return self.tr("Up next: {what}").format(what=what) + ("\n" + " · ".join(dose) if dose else "")
