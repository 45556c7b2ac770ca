"""The long distractor set for bench/listening_corpus.py --long: speech that is not a command, enough of it
to show a rate of false commands an hour (a few minutes of it cannot tell 1 an hour from 10).

Texts are what the repository has and what people say in a room:
- "ordinary": every sentence of bench/listening_sentences.txt (everyday talk, many short, many with a
  command word or a command-like phrase inside: "Next time.", "Go on then.", "Skip lunch.") read by
  READINGS voices, and every sentence of the prose in docs/*.md (the user guide among them) read once;
- "instruction": every sentence of resources/routines and every phrase the app says, read by each
  reader (someone reading the routine aloud, or repeating the cues);
- "chat": continuous talk, sentences one after another with natural short pauses (0.15-0.8 s), as a
  person chatting in the room would; each clip one speaker, about half a minute.
Readers are Flite's awb, rms, slt and kal16 and Festival's HTS slt, each at three speeds; a sentence's
readers rotate so every voice and speed reads every kind of sentence.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import listening_corpus
from listening_corpus import Clip

from coach.listening.commands import command_for

REPO = Path(__file__).resolve().parents[1]
SENTENCES = Path(__file__).with_name("listening_sentences.txt")
READERS = [s for s in listening_corpus.SPEAKERS if s[0] in ("flite", "festival")]
READINGS = 5  # readers per everyday sentence
INSTRUCTION_READINGS = 12  # readers per routine sentence (of the 15)
CHAT_CLIPS = 60
CHAT_SENTENCES = 9  # sentences a chat clip strings together


def everyday() -> list[str]:
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def is_command(text: str) -> bool:
    return command_for("".join(c for c in text.lower() if c.isalpha() or c in " '")) is not None


def docs_sentences() -> list[str]:
    """The prose of docs/*.md as sentences: no code, tables, headings, links' targets or markup."""
    found: list[str] = []
    for path in sorted((REPO / "docs").glob("*.md")):
        text = re.sub(r"```.*?```", " ", path.read_text(encoding="utf-8"), flags=re.S)
        prose = " ".join(re.sub(r"^\s*[-*]\s+", "", line) for line in text.splitlines()
                         if line.strip() and not line.lstrip().startswith(("#", "|", "!", "<", "    ")))
        prose = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", prose)
        prose = re.sub(r"`[^`]*`", " ", prose)
        prose = re.sub(r"[*_>\[\]]", "", prose)
        for sentence in re.split(r"(?<=[.?!:;])\s+", prose):
            sentence = " ".join(sentence.split())
            words = sentence.split()
            if 2 <= len(words) <= 30 and sum(c.isalpha() for c in sentence) > len(sentence) / 2:
                found.append(sentence)
    return sorted(set(found))


def plan(root: Path, routine: tuple[list[str], list[str]]) -> list[tuple[Clip, tuple]]:
    """Every long-distractor clip and how to make it, as (clip, recipe), under root/long."""
    folder = root / "long"
    jobs: list[tuple[Clip, tuple]] = []
    spoken, written = routine
    for index, text in enumerate(everyday()):
        if is_command(text):  # "Wait." said alone is a command, not a distractor
            continue
        for reading in range(READINGS):
            reader = READERS[(index + reading * 3) % len(READERS)]
            jobs.append((Clip(folder / f"everyday{index:03d}-{_name(reader)}.wav", "ordinary"), ("say", text, reader)))
    prose = docs_sentences()
    for index, text in enumerate(prose):
        reader = READERS[index % len(READERS)]
        jobs.append((Clip(folder / f"docs{index:04d}-{_name(reader)}.wav", "ordinary"), ("say", text, reader)))
    for index, text in enumerate(sorted(set(spoken) | set(written))):
        for reading in range(INSTRUCTION_READINGS):
            reader = READERS[(index + reading) % len(READERS)]
            jobs.append((Clip(folder / f"routine{index:03d}-{_name(reader)}.wav", "instruction"),
                         ("say", text, reader)))
    chance = random.Random(20261205)  # the same talk every time the corpus is made
    pool = everyday() + prose
    for index in range(CHAT_CLIPS):
        lines = [(text, round(chance.uniform(0.15, 0.8), 2)) for text in chance.sample(pool, CHAT_SENTENCES)]
        reader = READERS[index % len(READERS)]
        jobs.append((Clip(folder / f"chat{index:02d}-{_name(reader)}.wav", "chat"), ("talk", lines, reader)))
    return jobs


def _name(reader: tuple[str, str, str, float]) -> str:
    return f"{reader[0]}-{reader[1]}-{reader[2]}"
