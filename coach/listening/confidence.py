"""How well the command the grammar named fits the audio: its path score per frame (no Qt).

The commands grammar forces one of its phrases onto any speech; the general language model's word
count (coach.listening.recogniser) rejects long talk but not short sentences near a command ("wait
here" -> wait, "back off" -> back). pocketsphinx scores each frame against the best-scoring senone of
that frame, so the grammar's path score per frame is a log likelihood ratio against an unconstrained
frame-by-frame decode: near 0 when the audio is the phrase, clearly lower when a different phrase was
forced onto it. The threshold is measured (bench/listening_rules.py over bench/listening_confidence.py's
scores; BENCHMARKS.md "Voice commands"). A ratio against a phone loop (the allphone search) was measured
too and separated commands from talk worse, at the cost of a third decode.

A path's words have scores of their own (Segment): the acoustic score alone, without the grammar's or
language model's weights, so one word of the path can be judged on its own (coach.listening.wake checks the
wake phrase's words this way).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

# The grammar's path score in thousandths of a natural log per 10 ms frame (pocketsphinx's scale). -4.0
# lost no command of the corpus (clean, after a cue, in noise) and took 30 % fewer false commands on
# short everyday sentences; stricter costs recall at once (-3.9: clean 91.0 -> 89.8 %; -3.5: 86.8 %).
MIN_FIT = -4.0
# pocketsphinx's frame rate (its default, which the recogniser keeps).
FRAMES_PER_SECOND = 100


@dataclass(frozen=True)
class Segment:
    """One word of a decoded path: the word (as plain_words writes it), its frames, its acoustic score
    (natural log, each frame against that frame's best senone, as pocketsphinx's word segments report it), and its
    first frame (counted from the utterance's start)."""

    word: str
    frames: int
    acoustic: float
    start: int = 0

    @property
    def end(self) -> int:
        """Its last frame."""
        return self.start + self.frames - 1

    @property
    def fit(self) -> float:
        """The acoustic score per frame (0: every frame on its best senone)."""
        return self.acoustic / max(self.frames, 1)


@dataclass(frozen=True)
class Decoded:
    """One search's result on one utterance: its words, its path score (natural log), its frames, and, only where
    decode was asked for segments, its words' segments (fillers and silences left out) and spoken_frames: the
    frames from its first word's start to its last word's end (the silence at either edge left out)."""

    words: str
    score: float
    frames: int
    segments: tuple[Segment, ...] = ()
    spoken_frames: int = 0

    @property
    def spoken_seconds(self) -> float | None:
        """How long its words took (None: decoded without segments, or no words)."""
        return self.spoken_frames / FRAMES_PER_SECOND if self.spoken_frames else None


def decode(decoder: Any, audio: bytes, search: str, segments: bool = False) -> Decoded:
    """Decode a whole utterance with one of the decoder's searches (pocketsphinx ships no types); segments:
    keep each word's own acoustic score too."""
    decoder.activate_search(search)
    decoder.start_utt()
    decoder.process_raw(audio, full_utt=True)
    decoder.end_utt()
    hypothesis = decoder.hyp()
    if hypothesis is None:
        return Decoded("", -math.inf, decoder.n_frames())
    words = [(word, segment) for segment in (decoder.seg() if segments else ()) if (word := plain_words(segment.word))]
    # pocketsphinx 5 hands scores back exponentiated; a long bad path underflows to 0.
    kept = tuple(Segment(word, segment.end_frame - segment.start_frame + 1, math.log(max(segment.ascore, 1e-300)),
                         segment.start_frame) for word, segment in words)
    spoken = words[-1][1].end_frame - words[0][1].start_frame + 1 if words else 0
    return Decoded(plain_words(hypothesis.hypstr), math.log(max(hypothesis.score, 1e-300)), decoder.n_frames(), kept,
                   spoken)


def fit(command: Decoded) -> float:
    """The grammar's path score per frame (0: every frame on its best senone; higher: a better fit)."""
    return command.score / max(command.frames, 1) * 1000


def margin(one: Decoded, other: Decoded) -> float:
    """How much better one's path scores than other's on the same audio, per frame, on fit's scale (a log
    likelihood ratio). other having decoded nothing is no rival (inf); one having decoded nothing, -inf."""
    if not one.words:
        return -math.inf
    if not other.words:
        return math.inf
    return (one.score - other.score) / max(one.frames, 1) * 1000


def weakest_fit(decoded: Decoded, words: tuple[str, ...]) -> float:
    """The worst acoustic fit per frame (Segment.fit) among the path's segments of these words; -inf when the
    path lacks any of them (or was decoded without segments)."""
    fits = [segment.fit for segment in decoded.segments if segment.word in words]
    if not set(words) <= {segment.word for segment in decoded.segments}:
        return -math.inf
    return min(fits)


def confident(command: Decoded, relief: float = 0.0) -> bool:
    """Whether the path fits well enough; relief lowers the bar (the wake word: coach.listening.wake)."""
    return fit(command) >= MIN_FIT - relief


def plain_words(hypothesis: str) -> str:
    """Without fillers and pronunciation variants: "<sil> next(2)" -> "next"."""
    words = []
    for word in hypothesis.split():
        if word.startswith(("<", "[", "+")):
            continue
        words.append(word.split("(")[0])
    return " ".join(words)
