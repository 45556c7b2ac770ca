"""The wake phrase: "Hey coach, pause" in one breath, or "Hey coach" alone and then a command (pure Python, no Qt).

Short common words said alone are everywhere in a room ("next time", "wait here", "back pain"), and no
check on a bare command heard by pocketsphinx rejected them well enough (BENCHMARKS.md, "Voice
commands"). With the wake phrase on, a command counts only
- said after the phrase in the same utterance ("coach pause");
- or said alone within ARM_SECONDS after the phrase was said alone (the screen shows it is listening);
- or it is "yes" or "no": the answers to "Stop the session?" stay bare, and
  coach.listening.commands.decide ignores them while no question is open.

The phrase is a value (WakePhrase) of one or more words; WAKE_PHRASE is the one the app listens for.
The grammar with the phrase in it forces "coach X" onto short talk as readily as onto the real thing, so
the phrase in its words is checked before it counts (phrase_fits, said_to_coach): its own words must fit the
audio they were forced onto, and real "coach pause" is an unlikely English phrase, which the general
language model fits poorly, while talk the grammar took for "coach X" ("next time") is just what the
language model fits well. Once checked, the utterance gets the phrase's extra seconds on every duration
limit and FIT_RELIEF on the fit check
(coach.listening.recogniser, coach.listening.confidence). The grammar also forces a word after the phrase
said alone ("hey coach" -> "hey coach skip"), so it is the phrase alone when the language model heard no more
words than the phrase has, or when it is too short to hold a command (heard_as).

Times are seconds of the audio stream (the recogniser's clock), so expiry is tested with any numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from coach.listening.commands import Command, command_for
from coach.listening.confidence import Decoded, margin, weakest_fit
from coach.listening.utterances import FRAME_BYTES, level_db

# Long enough to say the command after seeing the mark change; short enough that talk a while later
# is not taken for a command.
ARM_SECONDS = 4.0
# "coach" takes Flite's voices 0.35-0.5 s: an utterance that starts with it may last this much longer ...
WAKE_EXTRA_SECONDS = 0.55
# ... and this much more for every further word of the phrase ("hey": Flite's voices take 0.2-0.3 s).
SECONDS_PER_EXTRA_WORD = 0.25
# The general language model often hears "coach" as two words ("go to", "go watch"): one more is allowed.
WAKE_EXTRA_WORDS = 1
# The fit check's threshold is lowered by this much (thousandths of a natural log per frame) when the
# utterance starts with the checked wake word: 3.5 before the check (bench/listening_wake_rules.py, BENCHMARKS.md
# "checking the wake word"); with the check, 1.5 lost no command of the corpus and 0 lost 3 % (the check,
# not the fit, is what rejects talk now).
FIT_RELIEF = 1.5
# On the corpus "coach" said alone lasted under 0.55 s in 9 clips of 10, "coach" and a command 0.64 s or more
# in 19 of 20: a shorter "coach X" is "coach" alone, with a breath the grammar took for a word ("coach back").
# A longer phrase is not told apart by its length: Flite's fast voices say "hey coach no" in 0.71-0.80 s, its
# slow ones "hey coach" alone in up to 0.97 s. The language model's word count tells them apart instead
# (heard_as): on "hey coach" alone it heard at most two words in 209 clips of 210 (Flite and Festival's voices),
# on "hey coach" and a command three or more in 208 of 210 (BENCHMARKS.md §11).
SHORTEST_WAKE_COMMAND = 0.55
# The word count misses too: the language model hears some "hey coach X" said in one breath as two words ("keiko
# supplies" for Flite's slt saying "hey coach pause", in about one alignment of its frames in five). The loudness of
# the word after the phrase tells them apart: in the FOLLOWING_FRAMES (10 ms each) after the phrase's last word, the
# first FADE_FRAMES left out (that word's last sound dying away), "hey coach X" had a frame at most 8.3 dB quieter
# than the phrase's loudest frame in every clip measured (Flite's and Festival's voices: clean, after a cue, in pink
# noise at 10 and 20 dB, in both echoing rooms); "hey coach" alone, none closer than 17.8 dB (pink noise at 20 dB;
# the echoing rooms' tails 18.4 and 20.9 dB; clean, 39 dB). Such a word follows the phrase: it was not said alone,
# whatever the language model counts. On the corpus this took one-breath recall in a living room's echo from 88 to
# 95 %, and let one more command through from 2.5 hours of talk ("Hold still." -> "hey coach skip"; before, it armed
# listening): BENCHMARKS.md §11, "a word after the phrase".
FOLLOWING_WORD_DB = 12.0
FADE_FRAMES = 5
FOLLOWING_FRAMES = 60
# The checks of "coach", per frame in the fit's units (coach.listening.confidence.margin), measured by
# bench/listening_wake_rules.py: the grammar of "coach" alone must beat the language model by this much on the
# whole utterance (real "coach pause": 2.3 or more for 19 of 20; talk that got past the checks as "coach X"
# before this one: 0.9 at the median) ...
COACH_OVER_LANGUAGE = 2.0
# ... or, for a phrase of two words or more, by this much: both words must fit the audio (phrase_fits), and with
# that check 1.0 let no more talk through than 2.0 on the long distractor set, and heard "hey coach X" from
# across an echoing room where 2.0 refused it (bench/listening_wake.py, BENCHMARKS.md §11 "the wake phrase's own
# words"). One word fits short talk too easily ("Go back." -> "coach back"): it keeps 2.0.
LONGER_PHRASE_OVER_LANGUAGE = 1.0
# ... and the wake grammar's own words ("coach pause") must fit no worse than the language model's.
# These margins (but the one for longer phrases) and the split above were measured with "coach"; "hey coach"
# uses them as they are (its full bench run, BENCHMARKS.md §11, judged them there).
PHRASE_OVER_LANGUAGE = 0.0
# Before either, each word of the phrase in the wake grammar's path must fit the audio by itself (phrase_fits): its
# acoustic score per frame (coach.listening.confidence.weakest_fit; no grammar's or language model's weight in it)
# no worse than this. The margins above weigh whole paths, and a short sentence ("Thanks a lot.") forced into
# "hey coach louder" can win them while its "hey" and "coach" fit the audio badly: on the corpus, real "hey
# coach" from Flite's and Festival's voices fitted at -3.8 or better (about -2 at the median), talk that acted
# as it at -4.1 or worse but for two clips that followed the phrase really said (bench/listening_wake_fit.py,
# BENCHMARKS.md §11 "the wake phrase's own words"). espeak-ng's robotic voices fit at -4.8 or worse.
MIN_WAKE_WORD_FIT = -4.0
# Commands that need no wake word: they answer the stop question and do nothing otherwise.
BARE = frozenset({Command.YES, Command.NO})


@dataclass(frozen=True)
class Allowance:
    """How much looser the recogniser's checks are for one utterance: seconds on every duration limit,
    words the language model may hear beyond the grammar's, and relief on the fit threshold."""

    seconds: float = 0.0
    words: int = 0
    fit: float = 0.0


NONE = Allowance()


@dataclass(frozen=True)
class WakePhrase:
    """A wake phrase of one or more words, lower case ("coach", "hey coach"), and what it allows.

    Made with WakePhrase.of("Hey  Coach"); words in the pronouncing dictionary of the model only (the
    recogniser refuses others when it builds its grammars).
    """

    words: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.words or any(not word.isalpha() or word != word.lower() for word in self.words):
            raise ValueError(f"a wake phrase is one or more lower-case words, not {self.words!r}")

    @classmethod
    def of(cls, text: str) -> WakePhrase:
        return cls(tuple(text.lower().split()))

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def extra_seconds(self) -> float:
        """How much longer an utterance that starts with the phrase may last: each word takes its time."""
        return WAKE_EXTRA_SECONDS + SECONDS_PER_EXTRA_WORD * (len(self.words) - 1)

    @property
    def over_language(self) -> float:
        """How much the grammar of the phrase alone must beat the language model by (said_to_coach)."""
        return COACH_OVER_LANGUAGE if len(self.words) == 1 else LONGER_PHRASE_OVER_LANGUAGE

    @property
    def allowance(self) -> Allowance:
        return Allowance(self.extra_seconds, WAKE_EXTRA_WORDS, FIT_RELIEF)

    def starts(self, words: str) -> bool:
        """Whether these words start with the phrase."""
        return tuple(words.lower().split()[:len(self.words)]) == self.words


# Two words: "hey coach" let far less talk through than "coach" alone, for about the same recall
# (bench/listening_wake.py --phrase, BENCHMARKS.md §11 "'hey coach' against 'coach'").
WAKE_PHRASE = WakePhrase.of("hey coach")


@dataclass(frozen=True)
class Said:
    """The grammar's words, split: whether they start with the wake phrase, and the command phrase after it."""

    wake: bool
    phrase: str

    @classmethod
    def of(cls, words: str, wake_phrase: WakePhrase = WAKE_PHRASE) -> Said:
        parts = words.lower().split()
        if wake_phrase.starts(words):
            return cls(True, " ".join(parts[len(wake_phrase.words):]))
        return cls(False, " ".join(parts))

    @property
    def wake_alone(self) -> bool:
        return self.wake and not self.phrase


def phrase_fits(wake_path: Decoded, wake_phrase: WakePhrase = WAKE_PHRASE) -> bool:
    """Whether each word of the phrase in a decode made with its segments (the wake grammar's, or for the phrase
    alone also the phrase's own grammar's: coach.listening.recogniser) fits the audio it was put on
    (MIN_WAKE_WORD_FIT): the first check of the phrase, and the only one the language model is not needed for. A
    phrase that fails it was not said: the utterance is judged as a bare command."""
    return weakest_fit(wake_path, wake_phrase.words) >= MIN_WAKE_WORD_FIT


def said_to_coach(wake_path: Decoded, coach_alone: Decoded, language: Decoded,
                  wake_phrase: WakePhrase = WAKE_PHRASE) -> bool:
    """Whether the wake phrase was really said, for an utterance the wake grammar decoded as starting with it.

    wake_path: the wake grammar's decode ("coach pause"), whose phrase already passed phrase_fits (in it, or for the
    phrase alone in the phrase's own grammar); coach_alone: the same audio decoded by a grammar of the phrase
    alone; language: the general language model's decode. The language model hearing the phrase first is enough;
    otherwise both paths must beat it by their margins.
    """
    if wake_phrase.starts(language.words):
        return True
    return margin(coach_alone, language) >= wake_phrase.over_language and \
        margin(wake_path, language) >= PHRASE_OVER_LANGUAGE


def word_follows(audio: bytes, wake_path: Decoded, wake_phrase: WakePhrase = WAKE_PHRASE) -> bool:
    """Whether a word as loud as speech follows the phrase in the wake grammar's path (decoded with its segments):
    a frame within FOLLOWING_WORD_DB of the phrase's loudest in the FOLLOWING_FRAMES after the phrase's last word,
    the first FADE_FRAMES of them left out. False when the path lacks the phrase's words."""
    phrase = [segment for segment in wake_path.segments if segment.word in wake_phrase.words]
    if not phrase:
        return False

    def loudest(first: int, last: int) -> float:
        return max((level_db(audio[frame * FRAME_BYTES:(frame + 1) * FRAME_BYTES])
                    for frame in range(first, min(last, len(audio) // FRAME_BYTES - 1) + 1)), default=-math.inf)

    end = phrase[-1].end
    return loudest(end + FADE_FRAMES + 1, end + FOLLOWING_FRAMES) >= loudest(phrase[0].start, end) - FOLLOWING_WORD_DB


def heard_as(words: str, seconds: float, language_words: str, wake_phrase: WakePhrase = WAKE_PHRASE,
             followed: bool = False) -> str:
    """The grammar's words for an utterance of these seconds: the phrase and a word after it ("hey coach skip") are
    the phrase alone when the language model, on the same audio, heard no more words than the phrase has ("they
    could") and no word as loud as speech followed the phrase (followed: word_follows), or when the utterance is
    too short to hold a command after the phrase. The count is for phrases of two words or more: one word and a
    command can decode as one word ("coach repeat" -> "corrupt")."""
    said = Said.of(words, wake_phrase)
    phrase_words = len(wake_phrase.words)
    no_more_words = phrase_words > 1 and len(language_words.split()) <= phrase_words and not followed
    if said.wake and said.phrase and (seconds < SHORTEST_WAKE_COMMAND or no_more_words):
        return wake_phrase.text
    return words


class WakeWord:
    """Whether a command heard is meant for the app, given the wake phrase; remembers being armed.

    Attributes:
        on: the wake phrase is required (the ``[voice] wake_word`` setting); off: every command counts.
        phrase: the wake phrase (WAKE_PHRASE unless a bench or test asks for another).
        armed_until: stream seconds until which a bare command counts (-inf: not armed).
    """

    def __init__(self, on: bool = True, arm_seconds: float = ARM_SECONDS,
                 phrase: WakePhrase = WAKE_PHRASE) -> None:
        self.on = on
        self.arm_seconds = arm_seconds
        self.phrase = phrase
        self.armed_until = -math.inf

    def armed_at(self, at: float) -> bool:
        return self.on and at <= self.armed_until

    def allowance(self, words: str) -> Allowance:
        """How much looser the checks are for these grammar words: the phrase's when they start with it."""
        return self.phrase.allowance if self.on and Said.of(words, self.phrase).wake else NONE

    def take(self, words: str, start: float, end: float) -> Command | None:
        """The command these words (already checked as said alone and fitting) ask for, or None.

        The phrase alone arms until ARM_SECONDS after it ended; a command taken disarms, so each one needs
        its own wake phrase.
        """
        said = Said.of(words, self.phrase)
        if not self.on:
            return None if said.wake else command_for(said.phrase)
        if said.wake_alone:
            self.armed_until = end + self.arm_seconds
            return None
        command = command_for(said.phrase)
        if command is None:
            return None
        if not said.wake and command not in BARE and not self.armed_at(start):
            return None
        if command not in BARE:
            self.armed_until = -math.inf
        return command

    def disarm(self) -> None:
        self.armed_until = -math.inf
