"""The pocketsphinx decoder each search of the recogniser needs (no Qt).

Nothing is written anywhere and nothing is downloaded: the model is inside the wheel. The search that decodes
is chosen by measurement (bench/listening_accuracy.py, BENCHMARKS.md "Voice commands"):

- "checked" (the default): a grammar of the command phrases names the command,
  and the general English language model in the pocketsphinx wheel, decoding the
  same audio, checks it was said alone: ordinary talk decodes there as several
  words and is dropped; and the grammar's path must fit the audio closely (coach.listening.confidence,
  its score per frame against each frame's best senone): short sentences near a command ("wait here"
  -> wait) often pass the word count but fit worse.
  High recall of the grammar, the rejection of the model.
- "lm": the language model alone; the utterance must decode as exactly a command.
  Rejects talk well but misses half the commands (one word has 130 000 rivals).
- "grammar": the command phrases alone. It forces a command onto any speech.
- "filler": the commands or a loop of 300 frequent words (filler_words.txt), a
  garbage model. Far too slow here to listen with (minutes for a dozen phrases).
- "kws": keyword spotting with one threshold for all phrases.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from coach.listening.commands import all_phrases
from coach.listening.utterances import SAMPLE_RATE
from coach.listening.wake import WakePhrase

SEARCHES = ("checked", "filler", "lm", "grammar", "kws")
# The garbage loop's words (bench/listening_fillers.py writes them): more words reject more talk
# but cost more time; with 300, a dozen test phrases took minutes here (1000: never finished).
FILLER_PATH = Path(__file__).with_name("filler_words.txt")
FILLER_WORDS = 300
KWS_THRESHOLD = 1e-20
# The language model's search limits (see make_decoder).
MAX_WORDS_PER_FRAME, MAX_HMMS_PER_FRAME = 5, 2_000
# The grammars of the "checked" search: the commands alone, the commands with the wake phrase, and the wake
# phrase alone (to check it was said: coach.listening.wake.said_to_coach).
BARE_GRAMMAR, WAKE_GRAMMAR, COACH_GRAMMAR = "commands", "wake_commands", "coach_alone"


def jsgf(wake_phrase: WakePhrase | None) -> str:
    """The JSGF grammar of the command phrases; with a wake phrase: each also after it, and it alone."""
    phrases = " | ".join(all_phrases())
    rule = f"{wake_phrase.text} | [{wake_phrase.text}] ({phrases})" if wake_phrase else phrases
    return f"#JSGF V1.0;\ngrammar commands;\npublic <command> = {rule};\n"


class RecogniserError(Exception):
    """The recogniser could not start (the model is missing or broken); the message says why."""


def make_decoder(pocketsphinx: Any, search: str, wake_phrase: WakePhrase) -> Any:
    """A decoder for one of SEARCHES (pocketsphinx is the module; it ships no types, nor does its Decoder); for
    "checked", with the grammars of the commands, of the commands after wake_phrase, and of wake_phrase alone.
    Raises RecogniserError for a wake phrase with words the model does not know, and pocketsphinx's own
    RuntimeError, ValueError or OSError for a missing or broken model."""
    model = pocketsphinx.get_model_path()
    base = {"hmm": os.path.join(model, "en-us", "en-us"), "dict": os.path.join(model, "en-us", "cmudict-en-us.dict"),
            "samprate": SAMPLE_RATE, "loglevel": "FATAL"}
    if search in ("lm", "checked"):
        # At most 5 words may end in a frame and 2 000 HMMs stay active (pocketsphinx's defaults: no limit and
        # 30 000). 10 000 took the language model's decode a fifth under the defaults with every result the same;
        # 3 000 took it about 45 % under 10 000, and on the whole corpus of bench/listening_wake.py it heard 6 more
        # commands of 2 394 (no form fewer) and acted on talk as before (BENCHMARKS.md §11, "a narrower search").
        # 2 000 takes decoding the command corpus a sixth under 3 000 and live latency ~60 ms down on a slow machine,
        # for 3 commands fewer of 2 394 (all from across an echoing room) and talk acting as before ("narrower still").
        # Below it results change fast: 1 000 changed the word count of one utterance in six.
        decoder = pocketsphinx.Decoder(**base, lm=os.path.join(model, "en-us", "en-us.lm.bin"),
                                       maxwpf=MAX_WORDS_PER_FRAME, maxhmmpf=MAX_HMMS_PER_FRAME)
        if search == "checked":
            unknown = [word for word in wake_phrase.words if decoder.lookup_word(word) is None]
            if unknown:
                raise RecogniserError(f"the wake phrase has words the model does not know: {' '.join(unknown)}")
            decoder.add_jsgf_string(BARE_GRAMMAR, jsgf(None))
            decoder.add_jsgf_string(WAKE_GRAMMAR, jsgf(wake_phrase))
            decoder.add_jsgf_string(COACH_GRAMMAR,
                                    f"#JSGF V1.0;\ngrammar coach;\npublic <coach> = {wake_phrase.text};\n")
        return decoder
    if search in ("grammar", "filler"):
        rules = " | ".join(all_phrases())
        grammar = f"#JSGF V1.0;\ngrammar commands;\npublic <command> = {rules};\n"
        if search == "filler":
            fillers = " | ".join(FILLER_PATH.read_text(encoding="utf-8").split())
            grammar = (f"#JSGF V1.0;\ngrammar commands;\npublic <utterance> = <command> | <filler>+;\n"
                       f"<command> = {rules};\n<filler> = {fillers};\n")
        decoder = pocketsphinx.Decoder(**base, lm=None)
        decoder.add_jsgf_string("commands", grammar)
        decoder.activate_search("commands")
        return decoder
    # kws: the decoder reads its phrases from a file; the file is gone once it has read it.
    with tempfile.NamedTemporaryFile("w", suffix=".kws", delete=False) as phrases:
        phrases.write("".join(f"{phrase} /{KWS_THRESHOLD}/\n" for phrase in all_phrases()))
    try:
        return pocketsphinx.Decoder(**base, lm=None, kws=phrases.name)
    finally:
        os.unlink(phrases.name)
