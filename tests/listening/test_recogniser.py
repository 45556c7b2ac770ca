"""The recogniser on real (synthetic) speech: commands said alone are heard, talk and muted audio are not."""

from __future__ import annotations

import math
import subprocess

import pytest

from coach.listening import confidence, wake
from coach.listening import recogniser as recogniser_module
from coach.listening.commands import Command
from coach.listening.recogniser import MAX_SECONDS_BY_WORDS, Recogniser, RecogniserError
from coach.listening.wake import WakePhrase

from .conftest import pcm_of

pytestmark = pytest.mark.slow  # loads the model (about a second) and decodes speech


@pytest.fixture(scope="module")
def recogniser():
    return Recogniser()


def heard_in(recogniser, pcm, muted=False):
    chunk = 3200
    found = [h for i in range(0, len(pcm), chunk) for h in recogniser.feed(pcm[i:i + chunk], muted)]
    return found + recogniser.finish()


@pytest.mark.parametrize("phrase, command", [
    ("pause", Command.PAUSE), ("go on", Command.RESUME), ("next", Command.NEXT), ("repeat", Command.REPEAT),
    ("stop the session", Command.STOP), ("yes", Command.YES)])
def test_a_command_said_alone_is_heard(recogniser, spoken, phrase, command):
    heard = heard_in(recogniser, pcm_of(spoken(phrase)))
    assert [h.command for h in heard] == [command]
    assert 0.3 < heard[0].start < heard[0].end < heard[0].decided_at


@pytest.mark.parametrize("sentence", ["I will wait for the bus at the corner.",
                                      "Let's go back to the shop before it closes.",
                                      "Round your back up, belly in."])
def test_ordinary_talk_with_a_command_word_inside_is_not_a_command(recogniser, spoken, sentence):
    assert heard_in(recogniser, pcm_of(spoken(sentence))) == []


def test_muted_audio_is_never_decoded(recogniser, spoken):
    assert heard_in(recogniser, pcm_of(spoken("pause")), muted=True) == []


def test_an_unknown_search_is_refused_in_words():
    with pytest.raises(RecogniserError, match="unknown search"):
        Recogniser("magic")


@pytest.mark.parametrize("phrase, command", [("pause", Command.PAUSE), ("next", Command.NEXT)])
def test_a_command_over_a_steady_fan_is_heard(recogniser, spoken, tmp_path, phrase, command):
    """Pink noise about 20 dB under the word, there long before it (as a fan is): pocketsphinx's own
    endpointer took the noise for speech that never ended, and nothing was ever heard."""
    clean = spoken(phrase, lead=3.0)
    noisy = tmp_path / "noisy.wav"
    subprocess.run(["sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", str(tmp_path / "fan.wav"), "synth", "5",
                    "pinknoise", "vol", "0.1"], check=True, capture_output=True)
    subprocess.run(["sox", "-R", "-m", "-v", "1", str(clean), "-v", "0.3", str(tmp_path / "fan.wav"), str(noisy),
                    "trim", "0", "4.5"], check=True, capture_output=True)
    before = recogniser.position  # the recogniser is shared: its clock runs on from the last test
    heard = heard_in(recogniser, pcm_of(noisy))
    assert [h.command for h in heard] == [command]
    assert 2.8 < heard[0].start - before < 3.5


@pytest.mark.parametrize("gap, heard_it", [(0.05, False), (1.0, True)])
def test_a_command_word_that_ends_a_sentence_is_not_a_command(recogniser, spoken, tmp_path, gap, heard_it):
    """"Could you pass me the salt, | please?": after a comma's pause the last word is an utterance of
    its own, and "please" was heard as "resume". A command is said alone, so one that follows speech
    closely is the end of a sentence."""
    joined = tmp_path / "joined.wav"
    subprocess.run(["sox", "-R", str(spoken("The weather is lovely today", tail=gap)), str(spoken("pause", lead=0.0)),
                    str(joined)],
                   check=True, capture_output=True)
    heard = heard_in(recogniser, pcm_of(joined))
    assert [h.command for h in heard] == ([Command.PAUSE] if heard_it else [])


@pytest.fixture(scope="module")
def waking():
    """The wake word "coach" (these cases are written in it, whichever phrase ships)."""
    return Recogniser(wake_word=True, wake_phrase=WakePhrase.of("coach"))


@pytest.mark.parametrize("voice", ["slt", "rms"])
@pytest.mark.parametrize("phrase, command", [("coach pause", Command.PAUSE), ("coach repeat", Command.REPEAT),
                                             ("coach stop the session", Command.STOP)])
def test_with_the_wake_word_coach_and_a_command_in_one_breath_is_heard(waking, spoken, voice, phrase, command):
    heard = heard_in(waking, pcm_of(spoken(phrase, voice)))
    assert [(h.command, h.words) for h in heard] == [(command, phrase)]


def test_with_the_wake_word_a_bare_command_is_not_heard_but_yes_is(waking, spoken):
    waking.wake.disarm()
    assert heard_in(waking, pcm_of(spoken("pause"))) == []
    assert [h.command for h in heard_in(waking, pcm_of(spoken("yes")))] == [Command.YES]


def test_coach_alone_arms_the_recogniser_for_a_bare_command(waking, spoken, tmp_path):
    joined = tmp_path / "two.wav"
    subprocess.run(["sox", "-R", str(spoken("coach", "kal16")), str(spoken("go on", "kal16", lead=0.6)), str(joined)],
                   check=True, capture_output=True)
    waking.wake.disarm()
    heard = heard_in(waking, pcm_of(joined))
    assert [h.command for h in heard] == [Command.RESUME]
    assert not waking.wake.armed_at(waking.position)


@pytest.mark.parametrize("voice, sentence", [("rms", "Sure thing."), ("rms", "Go for it."), ("rms", "Too loud."),
                                             ("rms", "Hold on."), ("rms", "Go back."), ("kal16", "Good night."),
                                             ("kal16", "Two sugars.")])
def test_with_the_wake_word_short_talk_the_grammar_hears_as_coach_and_a_command_is_not_one(waking, spoken, voice,
                                                                                         sentence):
    """The wake grammar forces "coach X" onto short talk ("Sure thing." -> "coach resume"); unchecked, each of
    these was a command."""
    waking.wake.disarm()
    assert heard_in(waking, pcm_of(spoken(sentence, voice))) == []


@pytest.mark.parametrize("voice", ["awb", "rms"])
def test_coach_alone_arms_even_when_the_grammar_hears_a_word_after_it(waking, spoken, tmp_path, voice):
    """These voices' "coach" alone decodes as "coach back" (or is dropped): it was a false "back", and the
    command after it was lost."""
    joined = tmp_path / "two.wav"
    subprocess.run(["sox", "-R", str(spoken("coach", voice)), str(spoken("pause", voice, lead=0.6)), str(joined)],
                   check=True, capture_output=True)
    waking.wake.disarm()
    assert [h.command for h in heard_in(waking, pcm_of(joined))] == [Command.PAUSE]


def test_the_wake_word_can_be_turned_off_at_any_time(spoken):
    recogniser = Recogniser(wake_word=True, wake_phrase=WakePhrase.of("coach"))
    recogniser.wake_word = False
    assert [h.command for h in heard_in(recogniser, pcm_of(spoken("pause")))] == [Command.PAUSE]
    assert heard_in(recogniser, pcm_of(spoken("coach pause"))) == []


@pytest.fixture(scope="module")
def hey():
    return Recogniser(wake_word=True, wake_phrase=WakePhrase.of("hey coach"))


@pytest.mark.parametrize("voice, phrase, command", [("kal16", "hey coach pause", Command.PAUSE),
                                                    ("awb", "hey coach repeat", Command.REPEAT),
                                                    ("rms", "hey coach go on", Command.RESUME),
                                                    ("slt", "hey coach stop the session", Command.STOP)])
def test_with_hey_coach_the_phrase_and_a_command_in_one_breath_is_heard(hey, spoken, voice, phrase, command):
    """Each word of the phrase, and each word of the command, is heard: the utterance is longer than with "coach"."""
    hey.wake.disarm()
    heard = heard_in(hey, pcm_of(spoken(phrase, voice)))
    assert [(h.command, h.words) for h in heard] == [(command, phrase)]


def test_with_hey_coach_coach_alone_before_a_command_is_not_the_phrase(hey, spoken):
    hey.wake.disarm()
    assert heard_in(hey, pcm_of(spoken("coach pause", "rms"))) == []
    assert [h.command for h in heard_in(hey, pcm_of(spoken("yes", "rms")))] == [Command.YES]


def test_hey_coach_alone_arms_the_recogniser_for_a_bare_command(hey, spoken, tmp_path):
    joined = tmp_path / "two.wav"
    subprocess.run(["sox", "-R", str(spoken("hey coach", "awb")), str(spoken("next", "awb", lead=0.6)), str(joined)],
                   check=True, capture_output=True)
    hey.wake.disarm()
    assert [h.command for h in heard_in(hey, pcm_of(joined))] == [Command.NEXT]
    assert not hey.wake.armed_at(hey.position)


@pytest.mark.parametrize("voice, sentence", [("slt", "Go for it."), ("awb", "Two sugars."), ("kal16", "Go back.")])
def test_with_hey_coach_short_talk_that_passed_for_coach_and_a_command_is_not_one(hey, spoken, voice, sentence):
    """Each of these was a command with the one-word "coach" ("Go for it." -> "coach quieter")."""
    hey.wake.disarm()
    assert heard_in(hey, pcm_of(spoken(sentence, voice))) == []


@pytest.mark.parametrize("voice, phrase, command", [("awb", "hey coach pause", Command.PAUSE),
                                                    ("rms", "hey coach back", Command.BACK),
                                                    ("kal16", "hey coach go on", Command.RESUME)])
def test_with_hey_coach_a_command_in_a_room_that_echoes_for_a_second_is_heard(spoken, tmp_path, monkeypatch, voice,
                                                                               phrase, command):
    """sox's reverb at 60 % (the level falls 60 dB in about a second): the voice's tail keeps the detector open well
    past the last word, longer than the phrase may last; how long the words took is measured on the grammar's words,
    which put the tail in silence. Measured on the detector's span, as before, none of these is heard. A new
    recogniser each time: the decoder's state after other clips moves results this close."""
    echoing = tmp_path / "echo.wav"
    subprocess.run(["sox", "-R", str(spoken(phrase, voice)), str(echoing), "reverb", "60"], check=True,
                   capture_output=True)

    def heard():
        return heard_in(Recogniser(wake_word=True, wake_phrase=WakePhrase.of("hey coach")), pcm_of(echoing))

    now = heard()
    assert [h.command for h in now] == [command]
    longest = MAX_SECONDS_BY_WORDS[len(phrase.split()) - 2] + WakePhrase.of("hey coach").extra_seconds
    assert now[0].end - now[0].start > longest  # the detector's span alone is too long for the phrase
    monkeypatch.setattr(Recogniser, "_spoken_seconds", lambda self, detected: detected)
    assert heard() == []


@pytest.mark.parametrize("reverberance", [30, 45])
def test_with_hey_coach_the_phrase_alone_from_across_an_echoing_room_arms(spoken, tmp_path, monkeypatch, reverberance):
    """In the wake grammar's path "coach" ends the utterance and, in an echo, fits worse than the threshold; in the
    grammar of the phrase alone the same frames fit well. Checked in the wake grammar's path only, as before, it
    does not arm. A new recogniser each time: the decoder's state after other clips moves results this close."""
    echoing = tmp_path / "echo.wav"
    subprocess.run(["sox", "-R", str(spoken("hey coach", "slt")), str(echoing), "reverb", str(reverberance)],
                   check=True, capture_output=True)

    def armed() -> bool:
        fresh = Recogniser(wake_word=True, wake_phrase=WakePhrase.of("hey coach"))
        assert heard_in(fresh, pcm_of(echoing)) == []
        return fresh.wake.armed_at(fresh.position)

    assert armed()
    monkeypatch.setattr(Recogniser, "_phrase_fits", lambda self, audio, words: wake.phrase_fits(self._command))
    assert not armed()


@pytest.mark.parametrize("voice, phrase, command", [("rms", "resume", Command.RESUME)])
def test_with_hey_coach_a_command_after_the_phrase_alone_from_across_an_echoing_room_is_heard(spoken, tmp_path,
                                                                                             monkeypatch, voice,
                                                                                             phrase, command):
    """"Hey coach", a pause, the command, in the echo of a living room (sox's reverb at 30 %): the language model hears
    the command's tail as words ("repeat" -> "read a page"), which a command said while armed may have. Without that
    word, it is not heard. Of Flite's four voices saying eleven commands this way, rms's "resume" is the one that
    needs the word with the language model's search as narrow as it is now (kal16's "repeat" did at 10 000 HMMs a
    frame: coach.listening.decoders). A new recogniser each time: the decoder's state after other clips moves results
    this close."""
    joined, echoing = tmp_path / "two.wav", tmp_path / "echo.wav"
    subprocess.run(["sox", "-R", str(spoken("hey coach", voice)), str(spoken(phrase, voice, lead=0.6)), str(joined)],
                   check=True, capture_output=True)
    subprocess.run(["sox", "-R", str(joined), str(echoing), "reverb", "30"], check=True, capture_output=True)

    def heard():
        return [h.command for h in heard_in(Recogniser(wake_word=True, wake_phrase=WakePhrase.of("hey coach")),
                                            pcm_of(echoing))]

    assert heard() == [command]
    monkeypatch.setattr(recogniser_module, "ARMED_EXTRA_WORDS", 0)
    assert heard() == []


def test_with_hey_coach_a_command_the_language_model_hears_as_two_words_is_heard(spoken, monkeypatch):
    """Flite's slt saying "hey coach pause" 4.8 ms later than at the start of a 10 ms frame: the language model hears
    "keiko supplies", two words, which alone would make it the phrase said alone (the end-to-end test through
    PulseAudio missed it about one run in five). The loudness of "pause" after the phrase keeps it a command."""
    pcm = bytes(2 * 24_000) + pcm_of(spoken("hey coach pause", "slt", lead=0.3 + 77 / 16_000, tail=0.6))

    def heard():
        recogniser = Recogniser(wake_word=True, wake_phrase=WakePhrase.of("hey coach"))
        return [h.command for h in heard_in(recogniser, pcm)], recogniser.wake.armed_at(recogniser.position)

    assert heard() == ([Command.PAUSE], False)
    monkeypatch.setattr(recogniser_module, "word_follows", lambda audio, wake_path, phrase: False)
    assert heard() == ([], True)


@pytest.mark.parametrize("voice, sentence, word", [("slt", "Yes please.", "yes"), ("awb", "Yes, please.", "yes"),
                                                   ("rms", "No thanks.", "no"), ("awb", "Yes, stop.", "yes")])
def test_with_hey_coach_a_bare_word_is_measured_by_its_words_only_while_armed(hey, spoken, voice, sentence, word):
    """The grammar puts the rest of the sentence in silence, so measured by its words "Yes, please." is a short "yes"
    said alone. Bare words keep the detector's span, but for those said while the wake phrase armed listening."""
    hey.wake.disarm()
    assert heard_in(hey, pcm_of(spoken(sentence, voice))) == []
    hey.wake.armed_until = math.inf
    assert [h.words for h in heard_in(hey, pcm_of(spoken(sentence, voice)))] == [word]
    hey.wake.disarm()


# Short talk the wake grammar forced into "hey coach X" (or "hey coach" alone) whose margins over the language model
# passed: only the fit of "hey" and "coach" themselves rejects it.
FORCED_INTO_THE_PHRASE = [("kal16", "Hey Joe, wait."), ("slt", "Hey Joe, wait.")]


def talk_heard(recogniser, spoken):
    """Each clip of FORCED_INTO_THE_PHRASE: its commands' words, and whether it armed the recogniser."""
    results = []
    for voice, sentence in FORCED_INTO_THE_PHRASE:
        recogniser.wake.disarm()
        heard = [h.words for h in heard_in(recogniser, pcm_of(spoken(sentence, voice)))]
        results.append((heard, recogniser.wake.armed_at(recogniser.position)))
    return results


def test_with_hey_coach_talk_whose_hey_and_coach_fit_badly_is_no_command_and_does_not_arm(hey, spoken, monkeypatch):
    assert talk_heard(hey, spoken) == [([], False)] * len(FORCED_INTO_THE_PHRASE)
    # Without the check of the phrase's own words, each passes.
    monkeypatch.setattr(wake, "MIN_WAKE_WORD_FIT", -math.inf)
    assert all(heard or armed for heard, armed in talk_heard(hey, spoken))


def test_a_wake_phrase_with_a_word_the_model_does_not_know_is_refused_in_words():
    with pytest.raises(RecogniserError, match="does not know: zzqx"):
        Recogniser(wake_word=True, wake_phrase=WakePhrase.of("hey zzqx"))


# Commands, talk the grammars force a command onto, and the wake phrase, in both of the recogniser's modes.
SKIP_CASES = ["pause", "next", "yes", "no", "stop the session", "hey coach yes", "wait here", "back pain", "next time",
              "Go for it.", "Hold on.", "hey coach pause", "hey coach", "hold it straight, then lower slowly",
              "Hey Joe, wait."]


class NeverRefused(Recogniser):
    """The recogniser with the early refusal off: every utterance decoded by the language model too."""

    def _refused_without_language(self, words, start, end):
        return False


@pytest.mark.parametrize("wake_word, answers", [(False, True), (True, True), (True, False)])
@pytest.mark.parametrize("voice", ["slt", "rms"])
def test_refusing_before_the_language_model_changes_no_result(spoken, voice, wake_word, answers):
    """The language model's decode is skipped only where the later rules would refuse anyway."""
    quick, full = Recogniser(wake_word=wake_word), NeverRefused(wake_word=wake_word)
    quick.answers_wanted = full.answers_wanted = answers
    for text in SKIP_CASES:
        pcm = pcm_of(spoken(text, voice))
        assert [h.to_json() for h in heard_in(quick, pcm)] == [h.to_json() for h in heard_in(full, pcm)], text


def test_with_the_wake_phrase_a_bare_command_is_refused_without_the_language_model(spoken, monkeypatch):
    """The language model's decode is most of the recogniser's time: talk heard as a bare command, which needs
    the wake phrase first, is refused without it, and so is talk heard as the phrase that does not fit it."""
    recogniser = Recogniser(wake_word=True)
    searches = []
    decode = confidence.decode
    monkeypatch.setattr(confidence, "decode", lambda decoder, audio, search, **options: searches.append(search) or
                        decode(decoder, audio, search, **options))
    assert heard_in(recogniser, pcm_of(spoken("next time"))) == []
    assert heard_in(recogniser, pcm_of(spoken("pause"))) == []
    # Heard as "hey coach wait", but "hey" and "coach" fit too poorly: the bare "wait", refused at once.
    assert heard_in(recogniser, pcm_of(spoken("Hey Joe, wait.", "kal16"))) == []
    assert "wake_commands" in searches and "_default" not in searches
    assert [h.command for h in heard_in(recogniser, pcm_of(spoken("hey coach pause", "kal16")))] == [Command.PAUSE]
    assert "_default" in searches


@pytest.mark.parametrize("wake_word", [False, True])
def test_yes_and_no_are_not_heard_while_no_answer_is_wanted(spoken, wake_word):
    recogniser = Recogniser(wake_word=wake_word)
    recogniser.answers_wanted = False
    assert heard_in(recogniser, pcm_of(spoken("yes", "rms"))) == []
    assert heard_in(recogniser, pcm_of(spoken("no", "slt"))) == []
    command = "hey coach pause" if wake_word else "pause"
    assert [h.command for h in heard_in(recogniser, pcm_of(spoken(command, "kal16")))] == [Command.PAUSE]
    recogniser.answers_wanted = True
    assert [h.command for h in heard_in(recogniser, pcm_of(spoken("yes", "rms")))] == [Command.YES]


def flite_at(tmp_path, text, voice, stretch):
    """A Flite clip said faster (stretch < 1) or slower (> 1) than the voice's own pace."""
    raw, out = tmp_path / "raw.wav", tmp_path / f"{voice}-{stretch}-{text.replace(' ', '_')}.wav"
    subprocess.run(["flite", "-voice", voice, "--setf", f"duration_stretch={stretch}", "-t", text, "-o", str(raw)],
                   check=True, capture_output=True)
    subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out), "norm", "-6", "pad", "0.5",
                    "0.8"], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("voice, phrase, command", [("slt", "hey coach back", Command.BACK),
                                                    ("awb", "hey coach louder", Command.LOUDER),
                                                    ("slt", "hey coach wait", Command.PAUSE)])
def test_hey_coach_and_a_command_said_fast_is_the_command(hey, tmp_path, voice, phrase, command):
    """Said fast these last under 0.8 s, as long as "hey coach" said slowly: they were taken for the phrase alone."""
    hey.wake.disarm()
    assert [h.command for h in heard_in(hey, pcm_of(flite_at(tmp_path, phrase, voice, 0.85)))] == [command]


@pytest.mark.parametrize("voice", ["awb", "rms", "slt"])
def test_hey_coach_said_slowly_arms_and_is_no_command(hey, tmp_path, voice):
    """The grammar hears a word after a slow "hey coach" ("hey coach skip"): it must arm, not skip."""
    hey.wake.disarm()
    assert heard_in(hey, pcm_of(flite_at(tmp_path, "hey coach", voice, 1.25))) == []
    assert hey.wake.armed_at(hey.position)
