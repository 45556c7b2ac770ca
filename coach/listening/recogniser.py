"""The offline recogniser: 16 kHz mono audio in, whole-utterance commands out (pocketsphinx, no Qt).

Audio is cut into utterances by pocketsphinx's voice-activity endpointer; each
utterance is decoded when it ends, and becomes a command only if its words are
exactly one command phrase (coach.listening.commands). The search that decodes
is chosen by measurement (bench/listening_accuracy.py, BENCHMARKS.md):

- "lm" (the default): the general English language model and dictionary in the
  pocketsphinx wheel. Ordinary talk decodes as ordinary words, so it is rejected
  by the whole-utterance rule; only a command said alone passes.
- "grammar": a grammar of the command phrases alone. It forces a command onto
  any speech, so it needs a confidence floor and still takes ordinary talk.
- "kws": keyword spotting with one threshold for all phrases.

Nothing is written anywhere and nothing is downloaded: the model is inside the wheel.
Muted audio (the app's own voice and chimes) is never decoded: an utterance that
touches it is dropped whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass

from coach.listening.commands import Command, all_phrases, command_for

SAMPLE_RATE = 16_000
SEARCHES = ("lm", "grammar", "kws")
# The endpointer's decision window: an utterance ends after this much (90 %) non-speech.
# Shorter ends sooner (latency) but splits "stop the session" at its pauses.
ENDPOINT_WINDOW = 0.3
# Longer than any command: a long utterance is talk, not a command, and is not decoded to the end.
MAX_COMMAND_SECONDS = 2.5
KWS_THRESHOLD = 1e-20


class RecogniserError(Exception):
    """The recogniser could not start (the model is missing or broken); the message says why."""


@dataclass(frozen=True)
class Heard:
    """One utterance that is a command.

    Attributes:
        command: what it asks.
        words: what was recognised.
        start: seconds into the stream where the utterance began.
        end: seconds into the stream where it ended (the speech, before the endpointer's wait).
        decided_at: seconds into the stream when the endpointer closed it (the earliest moment to act).
    """

    command: Command
    words: str
    start: float
    end: float
    decided_at: float

    def to_json(self) -> dict[str, object]:
        return {"command": self.command.value, "words": self.words, "start": round(self.start, 3),
                "end": round(self.end, 3)}


@dataclass(frozen=True)
class Utterance:
    """Any decoded utterance, a command or not (for `listen --all` and the bench)."""

    words: str
    start: float
    end: float


class Recogniser:
    """Feeds audio, returns commands as utterances end. One stream; not thread-safe (one worker owns it).

    Attributes:
        search: which search decodes ("lm", "grammar", "kws").
        position: seconds of audio fed so far.
        utterances: every utterance decoded, command or not, when keep_utterances is set.
    """

    def __init__(self, search: str = "lm", *, keep_utterances: bool = False) -> None:
        if search not in SEARCHES:
            raise RecogniserError(f"unknown search {search!r}; one of {', '.join(SEARCHES)}")
        self.search = search
        self.position = 0.0
        self.utterances: list[Utterance] | None = [] if keep_utterances else None
        try:
            import pocketsphinx
        except ImportError as error:
            raise RecogniserError(f"pocketsphinx is not installed ({error})") from None
        self._ps = pocketsphinx
        try:
            self._endpointer = pocketsphinx.Endpointer(window=ENDPOINT_WINDOW, sample_rate=SAMPLE_RATE)
            self._decoder = self._make_decoder()
        except (RuntimeError, ValueError, OSError) as error:
            raise RecogniserError(f"the speech model could not be loaded ({error})") from None
        self._frame_bytes = self._endpointer.frame_bytes
        self._pending = b""
        self._in_utterance = False
        self._audio = bytearray()  # the open utterance's speech, decoded when it ends, then dropped
        self._dropped = False  # the current utterance touched muted audio, or ran too long

    def _make_decoder(self) -> object:
        ps = self._ps
        model = ps.get_model_path()
        base = {"hmm": os.path.join(model, "en-us", "en-us"), "dict": os.path.join(model, "en-us",
                                                                                  "cmudict-en-us.dict"),
                "samprate": SAMPLE_RATE, "loglevel": "FATAL"}
        if self.search == "lm":
            return ps.Decoder(**base, lm=os.path.join(model, "en-us", "en-us.lm.bin"))
        if self.search == "grammar":
            rules = " | ".join(all_phrases())
            grammar = f"#JSGF V1.0;\ngrammar commands;\npublic <command> = {rules};\n"
            decoder = ps.Decoder(**base, lm=None)
            decoder.add_jsgf_string("commands", grammar)
            decoder.activate_search("commands")
            return decoder
        # kws: the decoder reads its phrases from a file; the file is gone once it has read it.
        with tempfile.NamedTemporaryFile("w", suffix=".kws", delete=False) as phrases:
            phrases.write("".join(f"{phrase} /{KWS_THRESHOLD}/\n" for phrase in all_phrases()))
        try:
            return ps.Decoder(**base, lm=None, kws=phrases.name)
        finally:
            os.unlink(phrases.name)

    def feed(self, pcm: bytes, muted: bool = False) -> list[Heard]:
        """Audio (16-bit little-endian mono at 16 kHz); muted: the app was sounding while it was recorded."""
        heard: list[Heard] = []
        data = self._pending + pcm
        frame = self._frame_bytes
        whole = len(data) - len(data) % frame
        self._pending = data[whole:]
        for offset in range(0, whole, frame):
            chunk = data[offset:offset + frame]
            self.position += len(chunk) / (2 * SAMPLE_RATE)
            if muted:
                self._dropped = self._dropped or self._in_utterance
                chunk = bytes(len(chunk))  # silence: the endpointer closes any open utterance
            result = self._step(chunk)
            if result is not None:
                heard.append(result)
        return heard

    def feed_many(self, chunks: Iterable[tuple[bytes, bool]]) -> list[Heard]:
        return [heard for pcm, muted in chunks for heard in self.feed(pcm, muted)]

    def finish(self) -> list[Heard]:
        """The stream ended: close an open utterance."""
        if not self._in_utterance:
            return []
        tail = self._endpointer.end_stream(self._pending)
        self._pending = b""
        if tail is not None:
            self._take(tail)
        result = self._close()
        return [result] if result is not None else []

    def _step(self, chunk: bytes) -> Heard | None:
        endpointer = self._endpointer
        speech = endpointer.process(chunk)
        if speech is None:
            return None
        if not self._in_utterance:
            self._in_utterance = True
            self._dropped = False
            self._audio.clear()
        self._take(speech)
        if endpointer.in_speech:
            return None
        return self._close()

    def _take(self, speech: bytes) -> None:
        if self._dropped:
            return
        self._audio += speech
        if len(self._audio) > MAX_COMMAND_SECONDS * 2 * SAMPLE_RATE:
            self._dropped = True  # talk, not a command: not worth decoding
            self._audio.clear()

    def _close(self) -> Heard | None:
        """Decode the utterance in one go: its own mean normalises the channel (measured: far better
        recall on short words than the running estimate)."""
        self._in_utterance = False
        if self._dropped or not self._audio:
            self._audio.clear()
            return None
        decoder = self._decoder
        decoder.start_utt()
        decoder.process_raw(bytes(self._audio), full_utt=True)
        decoder.end_utt()
        self._audio.clear()
        hypothesis = decoder.hyp()
        words = _plain_words(hypothesis.hypstr if hypothesis is not None else "")
        start, end = self._endpointer.speech_start, self._endpointer.speech_end
        if self.utterances is not None and words:
            self.utterances.append(Utterance(words, start, end))
        command = command_for(words) if words else None
        if command is None:
            return None
        return Heard(command, words, start, end, self.position)


def _plain_words(hypothesis: str) -> str:
    """Without fillers and pronunciation variants: "<sil> next(2)" -> "next"."""
    words = []
    for word in hypothesis.split():
        if word.startswith(("<", "[", "+")):
            continue
        words.append(word.split("(")[0])
    return " ".join(words)
