"""How long a sentence takes to say, for planning spoken segments.

The words themselves, and each language's speaking speed, are in the
phrasebooks (coach/domain/phrasebook/); this is the English estimate the
older callers and tests use, and the rounding every language shares.
"""

from __future__ import annotations

import math

from coach.domain.phrasebook import phrasebook

_ENGLISH = phrasebook("en")


def speaking_seconds(text: str) -> float:
    """A generous estimate of how long the English voice takes to say a text."""
    return _ENGLISH.speaking_seconds(text)


def round_up_to_half(seconds: float) -> float:
    return math.ceil(seconds * 2) / 2
