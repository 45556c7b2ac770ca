"""Makes the voice-command corpus: commands and distractor speech as 16 kHz mono WAVs, with a manifest.

Nothing here is committed as audio: the corpus is made when a bench or a test needs it.
Speakers are synthetic (Debian packages flite, festival + festvox-us-slt-hts, espeak-ng; sox mixes):
- commands: every phrase of coach.listening.commands in Flite's awb, rms, slt and kal16 and Festival's
  HTS slt at three speeds, and espeak-ng (en-us, en-gb: the hard case, far from the model's training
  speech) at two; each clean, in pink noise (about 25 dB SNR), in steady pink noise at 20, 10 and 5 dB SNR
  and brown noise (a fan) at 10 dB, and right after one of the app's own
  cues (the manifest gives the cue's span, so a bench can ignore it the way the app does);
- cues: every phrase the app says (resources/routines at every level) in the app's own voice (espeak-ng);
- instructions: every sentence of resources/routines read by the Flite voices (someone reading along);
- ordinary: everyday sentences, many with a command word inside ("I will wait for the bus").

--long adds the distractor set that can show a rate of false commands an hour (listening_distractors.py):
more than an hour each of ordinary sentences, routine sentences read aloud, and continuous talk.

Usage: uv run python bench/listening_corpus.py OUT_DIR [--small | --long]
(--small: one voice per engine, clean and noisy only, for tests.) Writes OUT_DIR/manifest.json:
a list of {"path", "kind", "expected": [command names], "mute": [[start, end], ...] seconds, "text": the words
said}. Each spoken clip has its words beside it (CLIP.txt): a clip whose words changed since it was made (the
docs' prose read aloud, say) is made again, and so are the noisy clips made from it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
import wave
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.domain.compiler import compile_timeline
from coach.domain.routine import Level
from coach.domain.routine_loader import load_catalogue
from coach.listening.commands import PHRASES
from coach.resources import builtin_routines_dir

RATE = 16_000
LEAD_SECONDS, TAIL_SECONDS = 0.6, 1.0
CUE_GAP_SECONDS = 0.5  # the person speaks half a second after the app's cue ends
NOISE_VOLUME = 0.03  # the first noise condition: pink noise about 25 dB under the speech (RMS), both halved
# Steady noise at a known signal-to-noise ratio (speech RMS over noise RMS): (condition, colour, dB).
STEADY_NOISES = (("pink20", "pink", 20.0), ("pink10", "pink", 10.0), ("pink5", "pink", 5.0),
                 ("fan10", "brown", 10.0))

ORDINARY = [
    "The weather is lovely today.", "I will wait for the bus at the corner.",
    "Could you pass me the salt, please?", "We should go on holiday next summer.",
    "Please continue reading the next chapter.", "My back is feeling much better this week.",
    "Turn the music down a little, it is too loud.", "Let's go back to the shop before it closes.",
    "The next train leaves at half past nine.", "I need to repeat the exam in the spring.",
    "Stop the car over there, by the gate.", "Yes, I think that is right.",
    "No, I have not seen your keys.", "Did you remember to feed the cat?",
    "The children are playing in the garden.", "Dinner will be ready in ten minutes.",
    "He skipped breakfast again this morning.", "Can you speak a little louder on the phone?",
    "The library is quieter in the afternoon.", "She said she would resume work on Monday.",
    "Hold on, someone is at the door.", "I can't find the remote control anywhere.",
    "What time does the session start tomorrow?", "It was a long day at the office.",
    "The kettle has boiled, do you want some tea?", "We watched a film about whales last night.",
    "Put the shopping on the kitchen table.", "My sister is coming to visit on Sunday.",
    "The garden needs watering before it gets dark.", "I think it might rain later.",
    "Wait a moment, I am nearly finished.", "Go on then, tell me what happened.",
    "The doctor said to keep moving every day.", "Pause the video, I want to get a drink.",
    "Next time, we should leave a bit earlier.", "He always sits at the back of the room.",
    "Don't stop now, you are doing well.", "That song is on the radio again.",
    "Open the window, it is warm in here.", "The dog wants to go for a walk.",
]

# (engine, voice, speed label, speed value): flite and festival stretch durations, espeak takes words a minute.
SPEAKERS = [
    *(("flite", voice, label, stretch) for voice in ("awb", "rms", "slt", "kal16")
      for label, stretch in (("fast", 0.85), ("normal", 1.0), ("slow", 1.25))),
    *(("festival", "cmu_us_slt_arctic_hts", label, stretch)
      for label, stretch in (("fast", 0.85), ("normal", 1.0), ("slow", 1.25))),
    *(("espeak", voice, label, rate)
      for voice in ("en-us", "en-gb") for label, rate in (("normal", 160), ("slow", 130))),
]
SMALL_SPEAKERS = [("flite", "slt", "normal", 1.0), ("flite", "awb", "slow", 1.25),
                  ("festival", "cmu_us_slt_arctic_hts", "normal", 1.0)]
APP_VOICE = ("espeak", "en-us", "app", 175)


@dataclass(frozen=True)
class Clip:
    """One corpus file: where it goes, what it is, the commands it holds, the spans the app spoke."""

    path: Path
    kind: str
    expected: tuple[str, ...] = ()
    mute: tuple[tuple[float, float], ...] = ()
    text: str = ""

    def to_json(self, root: Path) -> dict[str, object]:
        return {"path": str(self.path.relative_to(root)), "kind": self.kind, "expected": list(self.expected),
                "mute": [list(span) for span in self.mute], "text": self.text}


def spoken_text(recipe: tuple) -> str:
    """The words a "say" or "talk" recipe speaks (a talk's sentences one after another)."""
    return recipe[1] if recipe[0] == "say" else " ".join(text for text, _pause in recipe[1])


def synthesize(text: str, speaker: tuple[str, str, str, float], out: Path,
               pad: tuple[float, float] = (LEAD_SECONDS, TAIL_SECONDS)) -> None:
    """Speak text into out as 16 kHz mono 16-bit, with silence before and after."""
    engine, voice, _label, speed = speaker
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "raw.wav"
        if engine == "flite":
            subprocess.run(["flite", "-voice", voice, "--setf", f"duration_stretch={speed}", "-t", text, "-o",
                            str(raw)], check=True, capture_output=True)
        elif engine == "festival":
            script = Path(scratch) / "text.txt"
            script.write_text(text)
            subprocess.run(["text2wave", "-eval", f"(voice_{voice})", str(script), "-o", str(raw)],
                           check=True, capture_output=True)
        else:
            subprocess.run(["espeak-ng", "-v", voice, "-s", str(int(speed)), "-w", str(raw), text], check=True,
                           capture_output=True)
        # The HTS voice ignores Duration_Stretch: its speed is changed by sox (pitch kept).
        tempo = ["tempo", "-s", f"{1 / speed:.3f}"] if engine == "festival" and speed != 1.0 else []
        subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), *tempo, "norm", "-6",
                        "pad", str(pad[0]), str(pad[1])], check=True, capture_output=True)


def seconds_of(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def add_noise(clean: Path, out: Path) -> None:
    length = f"{seconds_of(clean):.3f}"
    with tempfile.TemporaryDirectory() as scratch:
        noise = Path(scratch) / "noise.wav"
        subprocess.run(["sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(noise), "synth", length,
                        "pinknoise", "vol", str(NOISE_VOLUME)], check=True, capture_output=True)
        subprocess.run(["sox", "-m", str(clean), str(noise), str(out)], check=True, capture_output=True)


def speech_rms(clean: Path) -> float:
    """RMS of the speech alone (the clip without its silent lead and tail)."""
    speech = f"{seconds_of(clean) - LEAD_SECONDS - TAIL_SECONDS:.3f}"
    stat = subprocess.run(["sox", str(clean), "-n", "trim", str(LEAD_SECONDS), speech, "stat"],
                          check=True, capture_output=True, text=True).stderr
    return next(float(line.split()[-1]) for line in stat.splitlines() if line.startswith("RMS     amplitude"))


def add_echo(clean: Path, out: Path, reverberance: int) -> None:
    """The clip as heard in an echoing room: sox's reverb at this reverberance (%), the dry voice kept."""
    subprocess.run(["sox", "-R", str(clean), str(out), "reverb", str(reverberance)], check=True, capture_output=True)


def add_steady_noise(clean: Path, out: Path, colour: str, snr_db: float) -> None:
    """Steady noise under the whole clip at snr_db below the speech (RMS against RMS): pink like a
    radio's hiss, brown like a fan. Neither input is scaled down by the mix (sox -m halves both)."""
    length = f"{seconds_of(clean):.3f}"
    with tempfile.TemporaryDirectory() as scratch:
        noise = Path(scratch) / "noise.wav"
        subprocess.run(["sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(noise), "synth", length,
                        f"{colour}noise", "vol", "0.1"], check=True, capture_output=True)
        stat = subprocess.run(["sox", str(noise), "-n", "stat"], check=True, capture_output=True, text=True).stderr
        noise_rms = next(float(line.split()[-1]) for line in stat.splitlines()
                         if line.startswith("RMS     amplitude"))
        gain = speech_rms(clean) / 10 ** (snr_db / 20) / noise_rms
        subprocess.run(["sox", "-m", "-v", "1", str(clean), "-v", f"{gain:.5f}", str(noise), str(out)],
                       check=True, capture_output=True)


def after_cue(cue: Path, command: Path, out: Path) -> tuple[float, float]:
    """The app's cue, a short gap, then the command; returns the cue's span (its speech, not its padding)."""
    cue_seconds = seconds_of(cue)
    with tempfile.TemporaryDirectory() as scratch:
        trimmed = Path(scratch) / "cue.wav"
        # The cue's own trailing pad is replaced by the gap, so the command follows it closely.
        end = cue_seconds - TAIL_SECONDS + CUE_GAP_SECONDS
        subprocess.run(["sox", str(cue), str(trimmed), "trim", "0", f"{end:.3f}"], check=True, capture_output=True)
        subprocess.run(["sox", str(trimmed), str(command), str(out), "trim", "0"], check=True, capture_output=True)
    return (LEAD_SECONDS, cue_seconds - TAIL_SECONDS)


def talk(lines: list[tuple[str, float]], speaker: tuple[str, str, str, float], out: Path) -> None:
    """Continuous talk: each sentence followed by its pause (seconds), one speaker, one file."""
    with tempfile.TemporaryDirectory() as scratch:
        parts = []
        for index, (text, pause) in enumerate(lines):
            part = Path(scratch) / f"{index:03d}.wav"
            synthesize(text, speaker, part, (LEAD_SECONDS if index == 0 else 0.0,
                                             TAIL_SECONDS if index == len(lines) - 1 else pause))
            parts.append(str(part))
        subprocess.run(["sox", *parts, str(out)], check=True, capture_output=True)


def routine_texts() -> tuple[list[str], list[str]]:
    """What the app says (every level's timeline) and every sentence in the routine files."""
    catalogue = load_catalogue(builtin_routines_dir(), None)
    spoken: set[str] = set()
    for routine in catalogue.routines.values():
        for level in Level:
            for segment in compile_timeline(routine, level).segments:
                spoken.add(segment.say)
                spoken.update(cue.say for cue in segment.cues if cue.say)
    written: set[str] = set()
    for path in sorted(builtin_routines_dir().glob("*.toml")):
        written.update(_strings(tomllib.loads(path.read_text(encoding="utf-8"))))
    return sorted(s for s in spoken if s.strip()), sorted(s for s in written if len(s.split()) > 1)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "kind", "sound", "sides"):
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def plan(root: Path, small: bool) -> list[tuple[Clip, tuple]]:
    """Every clip and how to make it, as (clip, recipe)."""
    speakers = SMALL_SPEAKERS if small else SPEAKERS
    cues, sentences = routine_texts()
    jobs: list[tuple[Clip, tuple]] = []
    for name, phrases in PHRASES.items():
        for phrase in phrases:
            for speaker in speakers:
                stem = f"{phrase.replace(' ', '_')}__{speaker[0]}-{speaker[1]}-{speaker[2]}"
                clean = Clip(root / "commands" / f"{stem}__clean.wav", "command", (name,))
                jobs.append((clean, ("say", phrase, speaker)))
                jobs.append((Clip(root / "commands" / f"{stem}__noise.wav", "command", (name,)), ("noise", clean.path)))
                for condition, colour, snr in STEADY_NOISES:
                    jobs.append((Clip(root / "commands" / f"{stem}__{condition}.wav", "command", (name,)),
                                 ("steady", clean.path, colour, snr)))
                if not small:
                    cue_path = root / "cues" / f"cue{len(jobs) % len(cues):03d}.wav"
                    jobs.append((Clip(root / "commands" / f"{stem}__aftercue.wav", "command", (name,)),
                                 ("after_cue", cue_path, clean.path)))
    for index, text in enumerate(cues if not small else cues[:12]):
        jobs.append((Clip(root / "cues" / f"cue{index:03d}.wav", "cue"), ("say", text, APP_VOICE)))
    readers = speakers if small else [s for s in SPEAKERS if s[0] == "flite" and s[2] == "normal"]
    for reader in readers[:1] if small else readers:
        for index, text in enumerate(sentences if not small else sentences[:8]):
            jobs.append((Clip(root / "instructions" / f"{reader[1]}-{index:03d}.wav", "instruction"),
                         ("say", text, reader)))
    for reader in readers[:1] if small else [*readers, SPEAKERS[-6]]:
        for index, text in enumerate(ORDINARY if not small else ORDINARY[:10]):
            jobs.append((Clip(root / "ordinary" / f"{reader[1]}-{index:03d}.wav", "ordinary"), ("say", text, reader)))
    return jobs


def make(root: Path, small: bool = False, workers: int = 2, long: bool = False) -> list[dict[str, object]]:
    """Make (or reuse) every clip under root; write and return the manifest."""
    for tool in ("flite", "text2wave", "espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"listening_corpus: {tool} is missing: apt-get install flite festival "
                             "festvox-us-slt-hts espeak-ng sox")
    jobs = plan(root, small)
    if long:
        import listening_distractors
        jobs += listening_distractors.plan(root, routine_texts())
    for folder in ("commands", "cues", "instructions", "ordinary", *(("long",) if long else ())):
        (root / folder).mkdir(parents=True, exist_ok=True)
    mutes: dict[Path, tuple[tuple[float, float], ...]] = {}

    texts = {clip.path: spoken_text(recipe) for clip, recipe in jobs if recipe[0] in ("say", "talk")}
    remade: set[Path] = set()  # spoken clips made in this run: the clips made from them are made again too

    def run(stage: Iterable[tuple[Clip, tuple]]) -> None:
        def one(job: tuple[Clip, tuple]) -> None:
            clip, recipe = job
            if recipe[0] in ("say", "talk"):
                # A clip made from other words (the docs' prose changed since) is made again.
                said = clip.path.with_suffix(".txt")
                if clip.path.is_file() and said.is_file() and said.read_text(encoding="utf-8") == texts[clip.path]:
                    return
                if recipe[0] == "say":
                    synthesize(recipe[1], recipe[2], clip.path)
                else:
                    talk(recipe[1], recipe[2], clip.path)
                said.write_text(texts[clip.path], encoding="utf-8")
                remade.add(clip.path)
            elif recipe[0] == "after_cue":
                mutes[clip.path] = (after_cue(recipe[1], recipe[2], clip.path),)
            elif not clip.path.is_file() or recipe[1] in remade:
                if recipe[0] == "steady":
                    add_steady_noise(recipe[1], clip.path, recipe[2], recipe[3])
                else:
                    add_noise(recipe[1], clip.path)
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(one, stage))

    # Clean speech and cues first: the noisy and after-cue clips are made from them.
    run(job for job in jobs if job[1][0] in ("say", "talk"))
    run(job for job in jobs if job[1][0] not in ("say", "talk"))
    # A clip made from another (noise, after a cue) holds the same words: its source is the recipe's last path.
    sources = {clip.path: next(part for part in reversed(recipe) if isinstance(part, Path))
               for clip, recipe in jobs if recipe[0] not in ("say", "talk")}
    manifest = [Clip(clip.path, clip.kind, clip.expected, mutes.get(clip.path, ()),
                     texts.get(clip.path) or texts.get(sources.get(clip.path), "")).to_json(root)
                for clip, _recipe in jobs]
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--long", action="store_true", help="add more than an hour of each kind of distractor")
    args = parser.parse_args()
    manifest = make(args.out.resolve(), args.small, long=args.long)
    kinds: dict[str, int] = {}
    for entry in manifest:
        kinds[str(entry["kind"])] = kinds.get(str(entry["kind"]), 0) + 1
    print(f"{len(manifest)} clips in {args.out}: {kinds}")


if __name__ == "__main__":
    main()
