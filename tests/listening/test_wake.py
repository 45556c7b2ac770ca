"""The wake word's rules (coach.listening.wake) on the stream's clock: arming, expiry, one breath, bare answers."""

from __future__ import annotations

import math
import struct

import pytest

from coach.listening.commands import Command
from coach.listening.confidence import Decoded, Segment
from coach.listening.wake import (
    ARM_SECONDS,
    COACH_OVER_LANGUAGE,
    FADE_FRAMES,
    FIT_RELIEF,
    FOLLOWING_FRAMES,
    FOLLOWING_WORD_DB,
    LONGER_PHRASE_OVER_LANGUAGE,
    MIN_WAKE_WORD_FIT,
    SECONDS_PER_EXTRA_WORD,
    SHORTEST_WAKE_COMMAND,
    WAKE_EXTRA_SECONDS,
    WAKE_EXTRA_WORDS,
    Allowance,
    Said,
    WakePhrase,
    WakeWord,
    heard_as,
    phrase_fits,
    said_to_coach,
    word_follows,
)
from coach.listening.utterances import FRAME_SAMPLES


COACH = WakePhrase.of("coach")
HEY_COACH = WakePhrase.of("hey coach")


def test_the_wake_word_and_a_command_in_one_breath_is_the_command():
    wake = WakeWord(phrase=COACH)
    assert wake.take("coach pause", 1.0, 1.8) is Command.PAUSE
    assert wake.take("coach stop the session", 3.0, 4.6) is Command.STOP


def test_a_bare_command_is_not_taken_without_the_wake_word():
    wake = WakeWord(phrase=COACH)
    assert wake.take("pause", 1.0, 1.5) is None
    assert wake.take("next", 20.0, 20.4) is None


def test_the_wake_word_alone_arms_listening_for_a_bare_command():
    wake = WakeWord(phrase=COACH)
    assert wake.take("coach", 1.0, 1.4) is None
    assert wake.armed_at(1.4 + ARM_SECONDS)
    assert wake.take("pause", 3.0, 3.5) is Command.PAUSE


def test_arming_expires_after_its_seconds():
    wake = WakeWord(phrase=COACH)
    wake.take("coach", 10.0, 10.4)
    assert not wake.armed_at(10.4 + ARM_SECONDS + 0.01)
    assert wake.take("pause", 10.4 + ARM_SECONDS + 0.01, 15.0) is None


def test_a_command_taken_disarms_so_the_next_needs_the_wake_word_again():
    wake = WakeWord(phrase=COACH)
    wake.take("coach", 1.0, 1.4)
    assert wake.take("next", 2.0, 2.4) is Command.NEXT
    assert wake.take("next", 3.0, 3.4) is None
    assert wake.take("coach pause", 4.0, 4.8) is Command.PAUSE
    assert not wake.armed_at(4.8)


@pytest.mark.parametrize("words, command", [("yes", Command.YES), ("no", Command.NO)])
def test_the_stop_questions_answers_stay_bare(words, command):
    wake = WakeWord(phrase=COACH)
    assert wake.take(words, 1.0, 1.3) is command
    assert wake.take(f"coach {words}", 2.0, 2.6) is command


def test_with_the_setting_off_every_bare_command_counts_as_before():
    wake = WakeWord(on=False, phrase=COACH)
    assert wake.take("pause", 1.0, 1.5) is Command.PAUSE
    assert wake.take("next", 2.0, 2.4) is Command.NEXT
    assert wake.allowance("coach pause").seconds == 0
    assert not wake.armed_at(2.0)


def test_only_an_utterance_that_starts_with_the_wake_word_gets_looser_checks():
    wake = WakeWord(phrase=COACH)
    loose = wake.allowance("coach pause")
    assert (loose.seconds, loose.fit) == (WAKE_EXTRA_SECONDS, FIT_RELIEF)
    off = WakeWord(on=False, phrase=COACH)
    assert wake.allowance("pause") == wake.allowance("pause coach") == off.allowance("pause")
    assert wake.allowance("pause").fit == 0


def test_words_split_into_the_wake_word_and_the_phrase():
    assert Said.of("Coach  stop the session", COACH) == Said(True, "stop the session")
    assert Said.of("coach", COACH).wake_alone
    assert Said.of("pause", COACH) == Said(False, "pause")


def per_frame(words: str, score: float, frames: int = 100, word_fit: float = -2.0) -> Decoded:
    """A decode whose path scores `score` thousandths of a natural log a frame, over `frames` frames, each of its
    words fitting the audio at word_fit a frame (coach.listening.confidence.Segment)."""
    segments = tuple(Segment(word, 20, word_fit * 20) for word in words.split())
    return Decoded(words, score * frames / 1000, frames, segments)


def test_coach_counts_when_the_language_model_fits_the_utterance_far_worse_than_coach_does():
    """Real "coach pause" is an unlikely English phrase: the general language model fits it poorly."""
    assert said_to_coach(per_frame("coach pause", -2.5), per_frame("coach", -1.6), per_frame("go to the us", -5.0),
                         COACH)


def test_coach_forced_onto_talk_the_language_model_fits_well_does_not_count():
    """"next time" taken for "coach next": the language model fits the real words nearly as well as "coach"."""
    language = per_frame("next time", -3.0)
    assert not said_to_coach(per_frame("coach next", -2.9), per_frame("coach", -3.0 + COACH_OVER_LANGUAGE - 0.1),
                             language, COACH)
    # "coach" alone fitting well is not enough when the grammar's own words fit worse than the language model's.
    assert not said_to_coach(per_frame("coach next", -3.1), per_frame("coach", -0.5), language, COACH)


def test_the_language_model_hearing_coach_first_is_enough():
    assert said_to_coach(per_frame("coach resume", -1.0), per_frame("coach", -1.7), per_frame("coach resume", -4.1),
                         COACH)


def test_the_phrase_forced_onto_talk_whose_own_words_fit_badly_was_not_said():
    """"Thanks a lot." decoded as "hey coach louder": the paths' margins may pass, the words "hey" and "coach"
    do not fit the audio; one weak word is enough."""
    assert phrase_fits(per_frame("hey coach louder", -2.5, word_fit=MIN_WAKE_WORD_FIT), HEY_COACH)
    for weak in ("hey", "coach"):
        wake_path = per_frame("hey coach louder", -2.5)
        segments = tuple(Segment(s.word, s.frames, (MIN_WAKE_WORD_FIT - 0.1) * s.frames) if s.word == weak else s
                         for s in wake_path.segments)
        assert not phrase_fits(Decoded(wake_path.words, wake_path.score, wake_path.frames, segments), HEY_COACH)
    # The command's words are not the phrase's.
    wake_path = per_frame("hey coach louder", -2.5)
    segments = (*wake_path.segments[:2], Segment("louder", 20, -200.0))
    assert phrase_fits(Decoded(wake_path.words, wake_path.score, wake_path.frames, segments), HEY_COACH)


def test_a_path_without_the_phrases_words_in_its_segments_does_not_fit():
    """A decode made without its segments cannot show the phrase was said."""
    assert not phrase_fits(Decoded("hey coach pause", -0.1, 100), HEY_COACH)


def test_nothing_decoded_by_the_coach_grammar_is_no_coach():
    assert not said_to_coach(per_frame("coach back", -3.0), Decoded("", -math.inf, 40), per_frame("go back", -4.0),
                             COACH)


def test_coach_and_a_word_too_short_to_hold_a_command_is_coach_alone():
    assert heard_as("coach back", SHORTEST_WAKE_COMMAND - 0.01, "go to back", COACH) == "coach"
    assert heard_as("coach back", SHORTEST_WAKE_COMMAND + 0.2, "go to back", COACH) == "coach back"
    assert heard_as("coach", 0.3, "go to", COACH) == "coach"
    assert heard_as("no", 0.3, "no", COACH) == "no"
    # One word and a command can decode as one word: the language model's count does not judge "coach".
    assert heard_as("coach repeat", 0.8, "corrupt", COACH) == "coach repeat"


# The wake phrase as a value: one word or more, and what each further word allows.


def test_a_wake_phrase_is_its_words_in_lower_case():
    assert WakePhrase.of("  Hey   Coach ") == HEY_COACH
    assert HEY_COACH.words == ("hey", "coach")
    assert HEY_COACH.text == "hey coach"
    assert WakePhrase.of("Coach").words == ("coach",)


@pytest.mark.parametrize("text", ["", "   ", "hey, coach", "coach 2"])
def test_a_wake_phrase_of_no_words_or_not_words_is_refused(text):
    with pytest.raises(ValueError, match="wake phrase"):
        WakePhrase.of(text)


def test_each_further_word_of_the_phrase_allows_a_quarter_second_more():
    assert COACH.extra_seconds == WAKE_EXTRA_SECONDS
    assert HEY_COACH.extra_seconds == pytest.approx(WAKE_EXTRA_SECONDS + SECONDS_PER_EXTRA_WORD)
    assert WakePhrase.of("hey there coach").extra_seconds == pytest.approx(WAKE_EXTRA_SECONDS + 2 * 0.25)
    assert HEY_COACH.allowance == Allowance(HEY_COACH.extra_seconds, WAKE_EXTRA_WORDS, FIT_RELIEF)


def test_a_two_word_phrase_must_be_said_whole_before_the_command():
    assert Said.of("hey coach pause", HEY_COACH) == Said(True, "pause")
    assert Said.of("Hey Coach", HEY_COACH).wake_alone
    # "coach" alone, or "hey" alone, is not the phrase: what follows is a bare command.
    assert Said.of("coach pause", HEY_COACH) == Said(False, "coach pause")
    assert Said.of("hey pause", HEY_COACH) == Said(False, "hey pause")


def test_with_a_two_word_phrase_the_rules_are_the_same():
    wake = WakeWord(phrase=HEY_COACH)
    assert wake.take("hey coach pause", 1.0, 2.0) is Command.PAUSE
    assert wake.take("coach pause", 3.0, 3.8) is None
    assert wake.take("hey coach", 5.0, 5.6) is None
    assert wake.armed_at(5.6 + ARM_SECONDS)
    assert wake.take("next", 6.5, 6.9) is Command.NEXT
    assert wake.allowance("hey coach next").seconds == HEY_COACH.extra_seconds
    assert wake.allowance("coach next") == wake.allowance("next")


def test_a_two_word_phrase_is_checked_as_a_whole():
    assert said_to_coach(per_frame("hey coach pause", -1.0), per_frame("hey coach", -1.7),
                         per_frame("hey coach pause", -4.1), HEY_COACH)
    # The language model hearing "coach" first is not hearing "hey coach".
    assert not said_to_coach(per_frame("hey coach pause", -3.0), per_frame("hey coach", -3.0),
                             per_frame("coach pause", -3.0), HEY_COACH)


def test_a_longer_phrase_needs_a_smaller_margin_over_the_language_model():
    """Both of its words must fit the audio first; one word fits short talk too easily to loosen its margin."""
    assert COACH.over_language == COACH_OVER_LANGUAGE > HEY_COACH.over_language == LONGER_PHRASE_OVER_LANGUAGE
    language = per_frame("take a", -3.0)
    between = -3.0 + (COACH_OVER_LANGUAGE + LONGER_PHRASE_OVER_LANGUAGE) / 2  # the phrase alone's fit a frame
    assert said_to_coach(per_frame("hey coach", -2.9), per_frame("hey coach", between), language, HEY_COACH)
    assert not said_to_coach(per_frame("coach", -2.9), per_frame("coach", between), language, COACH)


def test_a_two_word_phrase_and_a_word_is_the_phrase_alone_when_the_language_model_heard_no_more_words():
    """Its length does not tell "hey coach" said slowly from "hey coach no" said fast; the word count does."""
    assert heard_as("hey coach skip", 0.97, "they could", HEY_COACH) == "hey coach"
    assert heard_as("hey coach skip", 0.97, "hey", HEY_COACH) == "hey coach"
    assert heard_as("hey coach no", 0.72, "take us now", HEY_COACH) == "hey coach no"
    assert heard_as("hey coach back", SHORTEST_WAKE_COMMAND - 0.01, "take us back", HEY_COACH) == "hey coach"
    assert heard_as("hey coach", 0.6, "hey coach", HEY_COACH) == "hey coach"


def test_the_phrase_and_a_word_stay_so_when_a_word_as_loud_as_speech_follows_the_phrase():
    """The language model hears some "hey coach pause" as two words ("keiko supplies"); a loud word after the
    phrase says it was not said alone."""
    assert heard_as("hey coach pause", 0.9, "keiko supplies", HEY_COACH, followed=True) == "hey coach pause"
    assert heard_as("hey coach skip", 0.97, "they could", HEY_COACH, followed=False) == "hey coach"
    assert heard_as("hey coach back", SHORTEST_WAKE_COMMAND - 0.01, "keiko back", HEY_COACH, followed=True) == \
        "hey coach"


def frames(*amplitudes: tuple[int, int]) -> bytes:
    """16-bit audio of (frames, amplitude) runs: a square wave of that amplitude, 10 ms frames."""
    return b"".join(struct.pack(f"<{FRAME_SAMPLES}h", *([amplitude, -amplitude] * (FRAME_SAMPLES // 2))) * count
                    for count, amplitude in amplitudes)


def hey_coach_path(end: int) -> Decoded:
    """The wake grammar's path with "hey" from frame 10 and "coach" ending at frame end."""
    return Decoded("hey coach pause", -1.0, 100, (Segment("hey", 20, -40.0, 10), Segment("coach", end - 29, -60.0, 30),
                                                   Segment("pause", 30, -90.0, end + 1)))


def test_a_word_follows_when_a_frame_after_the_phrase_is_nearly_as_loud_as_the_phrase():
    path = hey_coach_path(end=59)
    speech, quieter = 10_000, int(10_000 * 10 ** (-(FOLLOWING_WORD_DB - 1) / 20))
    assert word_follows(frames((10, 0), (50, speech), (FADE_FRAMES + 10, 0), (5, quieter), (20, 0)), path, HEY_COACH)
    too_quiet = int(10_000 * 10 ** (-(FOLLOWING_WORD_DB + 1) / 20))
    assert not word_follows(frames((10, 0), (50, speech), (FADE_FRAMES + 10, 0), (5, too_quiet), (20, 0)), path,
                            HEY_COACH)


def test_only_the_frames_just_after_the_phrase_count():
    """The phrase's last sound dying away (its first FADE_FRAMES) is not a word; nor is speech after
    FOLLOWING_FRAMES, nor audio past the utterance's end."""
    path = hey_coach_path(end=59)
    assert not word_follows(frames((10, 0), (50, 10_000), (FADE_FRAMES, 10_000), (FOLLOWING_FRAMES, 0)), path,
                            HEY_COACH)
    assert not word_follows(frames((10, 0), (50, 10_000), (FOLLOWING_FRAMES + 1, 0), (10, 10_000)), path, HEY_COACH)
    assert not word_follows(frames((10, 0), (50, 10_000)), path, HEY_COACH)


def test_no_word_follows_a_path_without_the_phrase():
    assert not word_follows(frames((100, 10_000)), per_frame("pause", -1.0), HEY_COACH)
