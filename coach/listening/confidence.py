"""How well the command the grammar named fits the audio, against a free phone decode (no Qt).

The commands grammar forces one of its phrases onto any speech; the general language model's word
count (coach.listening.recogniser) rejects most talk but not short sentences near a command ("Lower
slowly" -> pause). A likelihood ratio does: the same utterance is decoded by a phone loop (any
sequence of English phones, pocketsphinx's allphone search over the wheel's en-us-phone.lm.bin), the
best the acoustic model can do with no words at all. A command said alone scores close to that; a
different phrase forced into a command scores clearly worse. The ratio is per frame, so long and
short utterances compare, and pocketsphinx scores each frame against its best senone, so scores of
two searches on the same audio are comparable. The threshold is measured (bench/listening_rules.py,
BENCHMARKS.md "Voice commands").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

# Grammar path score minus phone-loop path score, in thousandths of a natural log per 10 ms frame.
MIN_RATIO = 0.0


@dataclass(frozen=True)
class Decoded:
    """One search's result on one utterance: its words, its path score (natural log), its frames."""

    words: str
    score: float
    frames: int


def decode(decoder: Any, audio: bytes, search: str) -> Decoded:
    """Decode a whole utterance with one of the decoder's searches (pocketsphinx ships no types)."""
    decoder.activate_search(search)
    decoder.start_utt()
    decoder.process_raw(audio, full_utt=True)
    decoder.end_utt()
    hypothesis = decoder.hyp()
    if hypothesis is None:
        return Decoded("", -math.inf, decoder.n_frames())
    # pocketsphinx 5 hands the score back exponentiated; a long bad path underflows to 0.
    return Decoded(plain_words(hypothesis.hypstr), math.log(max(hypothesis.score, 1e-300)), decoder.n_frames())


def ratio(command: Decoded, phones: Decoded) -> float:
    """The command's path score against the phone loop's, per frame (higher: a better fit)."""
    return (command.score - phones.score) / max(command.frames, 1) * 1000


def confident(command: Decoded, phones: Decoded) -> bool:
    return ratio(command, phones) >= MIN_RATIO


def plain_words(hypothesis: str) -> str:
    """Without fillers and pronunciation variants: "<sil> next(2)" -> "next"."""
    words = []
    for word in hypothesis.split():
        if word.startswith(("<", "[", "+")):
            continue
        words.append(word.split("(")[0])
    return " ".join(words)
