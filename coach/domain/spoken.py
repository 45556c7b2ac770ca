"""Words for the voice: counts said aloud, and how long a sentence takes to say."""

from __future__ import annotations

import math

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

# espeak-ng speaks about 175 words a minute (2.9 a second) at its default
# rate; planning with 2.5 leaves room for slower voices and punctuation pauses.
WORDS_PER_SECOND = 2.5


def number_words(n: int) -> str:
    """0-100 as words ("seven", "twenty-one"); larger numbers as digits."""
    if 0 <= n < 20:
        return _ONES[n]
    if 20 <= n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n == 100:
        return "one hundred"
    return str(n)


def rep_count_words(rep: int, reps: int) -> str:
    """What is said as a rep starts: "One", "Seven", ..., "Last one"."""
    if reps > 1 and rep == reps:
        return "Last one"
    return number_words(rep).capitalize()


def duration_words(seconds: float) -> str:
    """A rest length as said: "30 seconds", "1 minute", "1 minute 30 seconds"."""
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute" + ("s" if minutes != 1 else ""))
    if rest or not minutes:
        parts.append(f"{rest} second" + ("s" if rest != 1 else ""))
    return " ".join(parts)


def speaking_seconds(text: str) -> float:
    """A generous estimate of how long the voice takes to say a text."""
    return 0.4 + len(text.split()) / WORDS_PER_SECOND


def round_up_to_half(seconds: float) -> float:
    return math.ceil(seconds * 2) / 2
