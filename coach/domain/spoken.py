"""Words for the English voice: counts said aloud, and how long a sentence takes to say.

The rules themselves live in the English phrasebook (coach/domain/phrasebook/en.py);
other languages have their own (coach.domain.phrasebook.phrasebook(code)).
"""

from __future__ import annotations

import math

from coach.domain.phrasebook import phrasebook
from coach.domain.phrasebook.en import number_words

_ENGLISH = phrasebook("en")
WORDS_PER_SECOND = _ENGLISH.words_per_second

__all__ = ["WORDS_PER_SECOND", "duration_words", "number_words", "rep_count_words", "round_up_to_half",
           "speaking_seconds"]


def rep_count_words(rep: int, reps: int) -> str:
    """What is said as a rep starts: "One", "Seven", ..., "Last one"."""
    return _ENGLISH.rep_count(rep, reps)


def duration_words(seconds: float) -> str:
    """A rest length as said: "30 seconds", "1 minute", "1 minute 30 seconds"."""
    return _ENGLISH.duration(seconds)


def speaking_seconds(text: str) -> float:
    """A generous estimate of how long the English voice takes to say a text."""
    return _ENGLISH.speaking_seconds(text)


def round_up_to_half(seconds: float) -> float:
    return math.ceil(seconds * 2) / 2
