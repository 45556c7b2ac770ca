"""The offline recogniser: 16 kHz mono audio in, whole-utterance commands out (pocketsphinx, no Qt).

Audio is cut into utterances by coach.listening.utterances (speech is what rises clearly over
the room's own background; pocketsphinx's endpointer took steady noise for endless speech); each
utterance is decoded when it ends, and becomes a command only if its words are
exactly one command phrase (coach.listening.commands). Which search decodes, and the decoder each needs,
is coach.listening.decoders ("checked", the default: a grammar of the command phrases names the command and
the general language model checks it was said alone).

Muted audio (the app's own voice and chimes) is never decoded: an utterance that
touches it is dropped whole.

With the wake phrase on (coach.listening.wake; the "checked" search only), the grammar also has every
phrase after the wake phrase ("coach pause") and the wake phrase alone; an utterance it hears as starting
with the wake phrase is checked (talk is forced into "coach X" too): the phrase's own words must fit the
audio, and its path must beat the language model's decode and a grammar of the wake phrase alone; only then
it gets longer duration limits and a looser fit check; a bare command counts only while the wake phrase alone
armed listening.

The language model's decode is nine tenths of the time spent, so it runs only where its answer can matter:
an utterance the rules already refuse on the grammar's words alone (a bare command while the wake phrase is
needed, too long for its phrase, a poor fit) is dropped before it, and so is one heard as the wake phrase whose
own words fit the audio too poorly for it to have been said (judged, without it, as such a bare command).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coach.listening import confidence
from coach.listening.commands import Command, command_for
from coach.listening.decoders import (BARE_GRAMMAR, COACH_GRAMMAR, SAMPLE_RATE, SEARCHES, WAKE_GRAMMAR,
                                      RecogniserError, make_decoder)
from coach.listening.utterances import UtteranceDetector
from coach.listening.wake import (BARE, WAKE_PHRASE, Said, WakePhrase, WakeWord, heard_as, phrase_fits,
                                  said_to_coach, word_follows)

# Longer than any command: a long utterance is talk, not a command, and is not decoded to the end.
MAX_COMMAND_SECONDS = 2.5
# "checked": the commands grammar names the command; the general language model, decoding the same
# audio, must hear no more than one word more than the command has, in at most CHECKED_MAX_SECONDS.
CHECKED_EXTRA_WORDS = 1
# ... but only in an utterance this short (0.75 s lost 3 % of clean commands): most commands are, while two-word routine
# sentences that the grammar took for a command ("Lower slowly" -> pause, 0.82 s) are not.
EXTRA_WORD_SECONDS = 0.8
# While the wake phrase alone has armed listening, the command said next may have one word more again: in an echo
# the language model hears the voice's tail as words ("repeat" -> "read a page", "go on" -> "if you go on"). On the
# corpus this took "hey coach", a pause, the command from across an echoing room from 86.7 to 93.8 %, and clean from
# 93.8 to 96.2 %; ordinary sentences fed while armed acted 4 times in 200 instead of 3 (BENCHMARKS.md §11).
ARMED_EXTRA_WORDS = 1
# Shorter than any command ("no" is about 0.25 s): a burst of noise over the floor, never decoded (the
# grammar would force a command onto it).
MIN_COMMAND_SECONDS = 0.15
# A command is said alone: an utterance that starts sooner than this after the last one ended is the
# rest of a sentence ("Could you pass me the salt, | please?" heard "please" as "resume"), never a command.
ALONE_SECONDS = 0.4
CHECKED_MAX_SECONDS = 1.6
# Shorter phrases are shorter still: on the corpus, commands of one or two words lasted at most 0.97 s
# (95 % under 0.75 s), "stop the session" at most 1.48 s. A routine's short sentence ("Hold, shoulders down",
# 1.4 s) that the grammar took for "go on" is too long for it.
MAX_SECONDS_BY_WORDS = {1: 1.0, 2: 1.0}

@dataclass(frozen=True)
class Heard:
    """One utterance that is a command.

    Attributes:
        command: what it asks.
        words: what was recognised.
        start: seconds into the stream where the utterance began.
        end: seconds into the stream where it ended (the speech, before the detector's hangover).
        decided_at: seconds into the stream when the detector closed it (the earliest moment to act).
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
        search: which search decodes (one of coach.listening.decoders.SEARCHES).
        wake: the wake phrase's rules and state (coach.listening.wake); ``wake_word`` turns it on or off.
        answers_wanted: "yes" and "no" count. The app turns this off while no question is open: they would
            mean nothing then, and short talk the grammar takes for them is most of what the language model
            is asked to check.
        position: seconds of audio fed so far.
        utterances: every utterance decoded, command or not, when keep_utterances is set.
    """

    def __init__(self, search: str = SEARCHES[0], *, keep_utterances: bool = False, wake_word: bool = False,
                 wake_phrase: WakePhrase = WAKE_PHRASE) -> None:
        if search not in SEARCHES:
            raise RecogniserError(f"unknown search {search!r}; one of {', '.join(SEARCHES)}")
        self.search = search
        self.position = 0.0
        self.wake = WakeWord(on=False, phrase=wake_phrase)
        self.utterances: list[Utterance] | None = [] if keep_utterances else None
        try:
            import pocketsphinx

            # Here, not at the top: the window's process imports this module (SAMPLE_RATE) and never needs numpy.
            from coach.listening import denoise
        except ImportError as error:
            raise RecogniserError(f"{error.name or 'a module it needs'} is not installed ({error})") from None
        try:
            self._decoder = make_decoder(pocketsphinx, search, wake_phrase)
        except (RuntimeError, ValueError, OSError) as error:
            raise RecogniserError(f"the speech model could not be loaded ({error})") from None
        self._detector = UtteranceDetector()
        self._frame_bytes = self._detector.frame_bytes
        self._noise = denoise.NoiseSample(self._frame_bytes)  # the room without speech, taken out of each utterance
        self._subtract_noise = denoise.subtract
        self._pending = b""
        self._in_utterance = False
        self._audio = bytearray()  # the open utterance's speech, decoded when it ends, then dropped
        self._dropped = False  # the current utterance touched muted audio, or ran too long
        self._last_end = -ALONE_SECONDS  # where the last utterance's speech ended (stream seconds)
        self._gap_before = ALONE_SECONDS  # the silence before the open utterance
        self._command = confidence.Decoded("", 0.0, 0)  # the grammar's last decode
        self.wake_word = wake_word
        self.answers_wanted = True

    @property
    def wake_word(self) -> bool:
        return self.wake.on

    @wake_word.setter
    def wake_word(self, on: bool) -> None:
        """Turn the wake phrase on or off (any time: both grammars are loaded). Only "checked" has it."""
        self.wake.on = on and self.search == "checked"
        self.wake.disarm()

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
            result = self._step(chunk, heard=not muted)
            if result is not None:
                heard.append(result)
        return heard

    def feed_many(self, chunks: Iterable[tuple[bytes, bool]]) -> list[Heard]:
        return [heard for pcm, muted in chunks for heard in self.feed(pcm, muted)]

    def finish(self) -> list[Heard]:
        """The stream ended: close an open utterance."""
        if not self._in_utterance:
            return []
        self._take(self._pending)
        self._pending = b""
        self._detector.end_stream()
        result = self._close()
        return [result] if result is not None else []

    def _step(self, chunk: bytes, heard: bool) -> Heard | None:
        detector = self._detector
        speech = detector.process(chunk, heard)
        if speech is None:
            if heard and not self._in_utterance:
                self._noise.offer(chunk, detector.level_db, detector.floor_db)
            return None
        if not self._in_utterance:
            self._in_utterance = True
            self._dropped = False
            self._gap_before = detector.speech_start - self._last_end
            self._audio.clear()
        self._take(speech)
        if detector.in_speech:
            return None
        return self._close()

    def _take(self, speech: bytes) -> None:
        if self._dropped:
            return
        self._audio += speech
        if len(self._audio) > MAX_COMMAND_SECONDS * 2 * SAMPLE_RATE:
            self._dropped = True  # talk, not a command: not worth decoding
            self._audio.clear()

    def _end_utterance(self) -> tuple[bytes, float, float]:
        """Close the open utterance: its speech (taken from the buffer, the room's steady noise taken out:
        coach.listening.denoise) and where it began and ended."""
        self._in_utterance = False
        self._last_end = self._detector.speech_end
        audio = self._subtract_noise(bytes(self._audio), self._noise.power())
        self._audio.clear()
        return audio, self._detector.speech_start, self._detector.speech_end

    def _close(self) -> Heard | None:
        """Decode the utterance in one go: its own mean normalises the channel (measured: far better
        recall on short words than the running estimate)."""
        audio, start, end = self._end_utterance()
        # Right after the wake phrase alone the command may follow closely: it is not the end of a sentence.
        alone = self._gap_before >= ALONE_SECONDS or self.wake.armed_at(start)
        if not alone and self.utterances is None:
            self._dropped = True
        if self._dropped or not audio:
            return None
        if self.search == "checked":
            longest = CHECKED_MAX_SECONDS + (self.wake.phrase.extra_seconds if self.wake.on else 0.0)
            if not MIN_COMMAND_SECONDS <= end - start <= longest and self.utterances is None:
                return None  # not a command whatever it says: neither decode is worth its time
            words = self._decode(audio, WAKE_GRAMMAR if self.wake.on else BARE_GRAMMAR)
            # How long the words took: measured on the wake grammar's words for words said to the coach (after the wake
            # phrase, or while it armed listening), so that an echo's tail is left out; on the detector's span for
            # other bare words, since talk that starts with one ("Yes, I think so.") has the grammar put the rest in
            # silence.
            spoken = self._spoken_seconds(end - start)
            bare_seconds = spoken if self.wake.armed_at(start) else end - start
            if self.wake.on and Said.of(words, self.wake.phrase).wake and not self._phrase_fits(audio, words):
                words = self._decode(audio, BARE_GRAMMAR)  # the phrase was not said: a bare command, if anything
            if not words and self.utterances is None:
                return None
            if self.utterances is None and self._refused_without_language(words, start, bare_seconds):
                return None  # the language model's decode (nine tenths of the time spent) could not change that
            language = confidence.decode(self._decoder, audio, "_default")
            heard = language.words
            if self.utterances is not None and heard:
                self.utterances.append(Utterance(heard, start, end))
            if self.wake.on and Said.of(words, self.wake.phrase).wake:
                words = self._check_wake(audio, words, language, spoken)
            allowance = self.wake.allowance(words)
            length = (spoken if allowance.seconds else bare_seconds) - allowance.seconds  # the command phrase's own
            too_long = not (end - start >= MIN_COMMAND_SECONDS and length <= CHECKED_MAX_SECONDS)
            phrase_words = max(1, len(words.split()) - (len(self.wake.phrase.words) if allowance.seconds else 0))
            # The language model hearing nothing at all is a fragment (a breath, a sentence's last
            # syllable split off), not a word said alone.
            extra = (CHECKED_EXTRA_WORDS if length <= EXTRA_WORD_SECONDS else 0) + allowance.words
            if not allowance.seconds and self.wake.armed_at(start):
                extra += ARMED_EXTRA_WORDS  # a bare command said to the coach: "hey coach" armed listening
            if not words or not heard or len(heard.split()) > len(words.split()) + extra or too_long \
                    or length > MAX_SECONDS_BY_WORDS.get(phrase_words, CHECKED_MAX_SECONDS):
                return None
            if not alone or not confidence.confident(self._command, allowance.fit):
                return None
            command = self.wake.take(words, start, end)
            if command is None or self._unwanted_answer(command):
                return None
            return Heard(command, words, start, end, self.position)
        words = self._decode(audio)
        if self.utterances is not None and words:
            self.utterances.append(Utterance(words, start, end))
        command = command_for(words) if words else None
        if command is None or self._gap_before < ALONE_SECONDS:
            return None
        return Heard(command, words, start, end, self.position)

    def _spoken_seconds(self, detected: float) -> float:
        """How long the utterance's words took: the detector's span (its first to last speech frame), or the wake
        grammar's words where they end sooner (the detector's span if the last decode was another grammar's). In an
        echoing room the voice's tail keeps the level up after the last word, so the detector's span grows by as much
        as the tail (a second in a room that echoes for one), and a command would be too long for its limits; the
        grammar puts the tail in silence (bench/listening_wake.py's echoing rooms, BENCHMARKS.md §11). The grammar's
        words alone are no better: they often take in the detector's hangover too (up to 0.35 s more on clean
        commands)."""
        spoken = self._command.spoken_seconds
        return detected if spoken is None else min(detected, spoken)

    def _phrase_fits(self, audio: bytes, words: str) -> bool:
        """Whether the wake phrase's own words fit the audio (coach.listening.wake.phrase_fits) in the wake grammar's
        path, or, where that path is the phrase alone, in the grammar of the phrase alone. At the end of the wake
        grammar's path the phrase's words fit worse than in its own grammar, most of all in an echo: "Hey coach"
        alone across the echoing room of bench/listening_wake.py fitted at -3.3 at the median there, 51 clips of 185
        below the threshold, and at -2.2 in its own grammar, none below (BENCHMARKS.md §11)."""
        if phrase_fits(self._command, self.wake.phrase):
            return True
        if not Said.of(words, self.wake.phrase).wake_alone:
            return False
        return phrase_fits(confidence.decode(self._decoder, audio, COACH_GRAMMAR, segments=True), self.wake.phrase)

    def _unwanted_answer(self, command: Command) -> bool:
        """A "yes" or "no" while no question wants one (answers_wanted)."""
        return command in BARE and not self.answers_wanted

    def _refused_without_language(self, words: str, start: float, seconds: float) -> bool:
        """Whether the grammar's words are refused whatever the language model hears: a bare command that is
        not yes or no while the wake phrase is needed and not armed, too long for its phrase (seconds: how long
        _close measures its words to have taken), or fitting the audio too poorly. Words that start with the wake
        phrase are judged after the wake check, which needs the language model, so they are never refused here.
        The same rules as _close, in the same order of strictness, so skipping the decode changes no result
        (tests/listening/test_recogniser.py)."""
        if self.wake.on and Said.of(words, self.wake.phrase).wake:
            return False
        command = command_for(words)
        if command is None or self._unwanted_answer(command):
            return True
        if self.wake.on and command not in BARE and not self.wake.armed_at(start):
            return True
        if seconds > MAX_SECONDS_BY_WORDS.get(len(words.split()), CHECKED_MAX_SECONDS):
            return True
        return not confidence.confident(self._command)

    def _check_wake(self, audio: bytes, words: str, language: confidence.Decoded, seconds: float) -> str:
        """The words to judge for an utterance the wake grammar heard as starting with the wake phrase: its own
        if the phrase was really said (coach.listening.wake.said_to_coach; the phrase alone if it holds no
        command: heard_as), else the commands grammar's, as a bare command (which counts only while armed, or
        is yes or no)."""
        wake_path = self._command
        coach_alone = confidence.decode(self._decoder, audio, COACH_GRAMMAR)
        if not said_to_coach(wake_path, coach_alone, language, self.wake.phrase):
            return self._decode(audio, BARE_GRAMMAR)
        shortened = heard_as(words, seconds, language.words, self.wake.phrase,
                             word_follows(audio, wake_path, self.wake.phrase))
        if shortened != words:
            self._command = coach_alone  # the fit check judges the words kept
        return shortened

    def _decode(self, audio: bytes, search: str | None = None) -> str:
        """The words of one search (the decoder's active one if None); the grammar's whole result is
        kept in _command for the confidence check."""
        decoder = self._decoder
        if search is None:
            search = decoder.current_search()
        # The wake grammar's path keeps its words' segments: the wake phrase's own words are checked (phrase_fits), and
        # how long its words took is measured on them (_spoken_seconds).
        decoded = confidence.decode(decoder, audio, search, segments=search == WAKE_GRAMMAR)
        if search in (BARE_GRAMMAR, WAKE_GRAMMAR):
            self._command = decoded
        return decoded.words
