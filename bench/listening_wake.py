"""Voice commands without and with the wake word "Coach", in one run: recall per command, false commands an hour.

Without: the checked recogniser as before, bare commands ("pause") from the corpus of
bench/listening_corpus.py. With: the same recogniser with its wake word on (coach.listening.wake), the same
phrases said after "coach" by the same voices, made here into CORPUS/wake (nothing committed):
- "one breath": "coach pause" in one utterance, clean, right after one of the app's cues, and in steady pink
  noise at 10 dB SNR (made as the corpus makes its own);
- "two utterances": "coach", 0.6 s of silence, then the bare phrase (the wake word arms for 4 s), clean.
Both run over the same distractors: the long set (listening_distractors.py: ordinary sentences, routine
sentences read aloud, continuous chat; every Nth clip with --limit) and the app's own cues, unmuted (the
worst case: the microphone hears the speakers and nothing is gated) and as played (gated, as in the app).
False commands count every command that came out; "acting" leaves out "yes" and "no", which do nothing
unless "Stop the session?" is open (coach.listening.commands.decide). "Arms" counts "coach" heard alone
in the distractors (each opens 4 s in which a bare command counts).

Usage: uv run python bench/listening_wake.py [--corpus DIR] [--limit N] [--commands-limit N]
(the corpus is made with --long if missing: tens of minutes on two cores)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import listening_accuracy
import listening_corpus
from listening_corpus import LEAD_SECONDS, SPEAKERS, TAIL_SECONDS
from machine import describe

from coach.listening.commands import PHRASES
from coach.listening.recogniser import SAMPLE_RATE, Recogniser
from coach.listening.wake import ARM_SECONDS, BARE, WAKE_WORD

TWO_UTTERANCE_GAP = 0.6
COMMAND_CONDITIONS = ("clean", "aftercue", "pink10")
DISTRACTORS = ("ordinary", "instruction", "chat", "cue-unmuted", "cue")


def wake_clips(root: Path, limit: int) -> list[dict]:
    """The commands said after the wake word (made if missing), as manifest entries."""
    folder = root / "wake"
    folder.mkdir(exist_ok=True)
    cues = sorted((root / "cues").glob("cue*.wav"))
    jobs: list[tuple[str, str, tuple, Path, str]] = []
    for name, phrases in PHRASES.items():
        for phrase in phrases:
            for speaker in SPEAKERS:
                stem = folder / f"{phrase.replace(' ', '_')}__{speaker[0]}-{speaker[1]}-{speaker[2]}"
                for form in ("onebreath__clean", "onebreath__aftercue", "onebreath__pink10", "twoutterances__clean"):
                    jobs.append((str(name), phrase, speaker, Path(f"{stem}__{form}.wav"), form))
    # Every Nth phrase and voice, with all four of its forms (a stride over the jobs would pick one form).
    forms = 4
    jobs = [job for index, job in enumerate(jobs) if (index // forms) % limit == 0] if limit > 1 else jobs
    mutes: dict[Path, list[list[float]]] = {}

    def make(job: tuple[str, str, tuple, Path, str]) -> None:
        _name, phrase, speaker, out, form = job
        if form.startswith("twoutterances"):
            if not out.is_file():
                with tempfile.TemporaryDirectory() as scratch:
                    wake, command = Path(scratch) / "wake.wav", Path(scratch) / "command.wav"
                    listening_corpus.synthesize(WAKE_WORD, speaker, wake, (LEAD_SECONDS, 0.0))
                    listening_corpus.synthesize(phrase, speaker, command, (TWO_UTTERANCE_GAP, TAIL_SECONDS))
                    subprocess.run(["sox", str(wake), str(command), str(out)], check=True, capture_output=True)
            return
        clean = Path(str(out).rsplit("__", 1)[0] + "__clean.wav")
        if not clean.is_file():
            listening_corpus.synthesize(f"{WAKE_WORD} {phrase}", speaker, clean)
        if form.endswith("pink10") and not out.is_file():
            listening_corpus.add_steady_noise(clean, out, "pink", 10.0)
        elif form.endswith("aftercue"):
            cue = cues[zlib.crc32(out.name.encode()) % len(cues)]
            mutes[out] = [list(listening_corpus.after_cue(cue, clean, out))]

    # The clean clips first: the noisy and after-cue ones are made from them (two threads must not make,
    # or read, the same clean clip at once).
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(make, [job for job in jobs if job[4].endswith("clean")]))
        list(pool.map(make, [job for job in jobs if not job[4].endswith("clean")]))
    return [{"path": str(out.relative_to(root)), "kind": "wake-command", "expected": [name], "mute": mutes.get(out, []),
             "form": form} for name, _phrase, _speaker, out, form in jobs]


def bare_clips(manifest: list[dict], limit: int) -> list[dict]:
    chosen = [{**e, "form": Path(e["path"]).stem.rsplit("__", 1)[1]} for e in manifest if e["kind"] == "command"
              and Path(e["path"]).stem.rsplit("__", 1)[1] in COMMAND_CONDITIONS]
    return chosen[::limit] if limit > 1 else chosen


def distractor_clips(manifest: list[dict], limit: int) -> list[dict]:
    long = [e for e in manifest if e["path"].startswith("long/")]
    long = long[::limit] if limit > 1 else long
    cues = [e for e in manifest if e["kind"] == "cue"]
    return [*long, *({**e, "kind": "cue-unmuted", "mute": []} for e in cues),
            *({**e, "mute": [[0.0, 1e9]]} for e in cues)]


def run(recogniser: Recogniser, root: Path, entries: list[dict], result: dict) -> None:
    for entry in entries:
        pcm = listening_accuracy.read_pcm(root / entry["path"])
        listening_accuracy.settle(recogniser, pcm)
        recogniser.wake.disarm()  # one clip's "coach" must not arm the next, unrelated clip
        arms = 0
        armed = recogniser.wake.armed_until
        heard = []
        step = int(listening_accuracy.CHUNK_SECONDS * SAMPLE_RATE) * 2
        started = time.process_time()
        for offset in range(0, len(pcm), step):
            chunk_start = offset / (2 * SAMPLE_RATE)
            muted = any(start <= chunk_start + listening_accuracy.CHUNK_SECONDS and chunk_start <= end + 0.35
                        for start, end in entry["mute"])
            heard += recogniser.feed(pcm[offset:offset + step], muted)
            if recogniser.wake.armed_until != armed:
                arms += recogniser.wake.armed_until > armed
                armed = recogniser.wake.armed_until
        heard += recogniser.finish()
        result["cpu"] += time.process_time() - started
        result["audio"] += len(pcm) / (2 * SAMPLE_RATE)
        got = [h.command.value for h in heard]
        if entry["kind"] in ("command", "wake-command"):
            expected = entry["expected"][0]
            ok = got == [expected]
            for key in (f"{expected}/{entry['form']}", f"all/{entry['form']}"):
                result["hits"][key]["ok" if ok else "missed"] += 1
            if got and not ok:
                result["wrong"].append(f"{entry['path']}: {got}")
        else:
            kind = entry["kind"]
            result["seconds"][kind] += len(pcm) / (2 * SAMPLE_RATE) - LEAD_SECONDS - TAIL_SECONDS
            result["false"][kind] += len(got)
            result["acting"][kind] += sum(command not in BARE for command in got)
            result["arms"][kind] += arms
            result["examples"].extend(f"{entry['path']}: {h.words}" for h in heard)


def fresh() -> dict:
    return {"hits": defaultdict(Counter), "false": Counter(), "acting": Counter(), "arms": Counter(),
            "seconds": Counter(), "wrong": [], "examples": [], "cpu": 0.0, "audio": 0.0}


def percent(counter: Counter) -> str:
    total = counter["ok"] + counter["missed"]
    return f"{100 * counter['ok'] / total:.1f} % ({counter['ok']}/{total})" if total else "–"


def report(without: dict, with_wake: dict) -> None:
    print("\n| measure | without the wake word (bare) | with it (\"coach pause\") |\n| --- | ---: | ---: |")
    for form, label in (("clean", "clean"), ("aftercue", "right after one of the app's cues"),
                        ("pink10", "pink noise 10 dB SNR")):
        print(f"| recall, {label} | {percent(without['hits'][f'all/{form}'])} | "
              f"{percent(with_wake['hits'][f'all/onebreath__{form}'])} |")
    print(f"| recall, \"coach\", a pause, then the command | – | "
          f"{percent(with_wake['hits']['all/twoutterances__clean'])} |")
    for kind in DISTRACTORS:
        hours = without["seconds"][kind] / 3600
        cells = []
        for result in (without, with_wake):
            cells.append(f"{result['false'][kind]} = {result['false'][kind] / hours:.0f} /h "
                         f"(acting {result['acting'][kind] / hours:.0f} /h)")
        print(f"| false commands, {kind} ({hours * 60:.1f} min) | {cells[0]} | {cells[1]}; "
              f"\"coach\" alone {with_wake['arms'][kind]} |")
    for result in (without, with_wake):
        print(f"CPU {result['cpu'] / result['audio'] * 100:.1f} % of a core over {result['audio'] / 60:.0f} min")
    print("\nrecall per command, clean (without | with, one breath | with, two utterances):")
    commands = sorted({key.split("/")[0] for key in without["hits"]} - {"all"})
    for command in commands:
        print(f"  {command:<8} {percent(without['hits'][f'{command}/clean']):>16} | "
              f"{percent(with_wake['hits'][f'{command}/onebreath__clean']):>16} | "
              f"{percent(with_wake['hits'][f'{command}/twoutterances__clean']):>16}")
    print("\nwrong commands heard (with):", *with_wake["wrong"][:15], sep="\n  ")
    print("\nfalse commands (with):", *with_wake["examples"][:60], sep="\n  ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/backcoach-listening-corpus"))
    parser.add_argument("--limit", type=int, default=2, help="every Nth clip of the long distractor set")
    parser.add_argument("--commands-limit", type=int, default=1, help="every Nth command clip")
    parser.add_argument("--save", type=Path, help="write both results as JSON here")
    args = parser.parse_args()
    print(describe())
    root = args.corpus.resolve()
    if not (root / "manifest.json").is_file() or not (root / "long").is_dir():
        listening_corpus.make(root, long=True)
    manifest = json.loads((root / "manifest.json").read_text())
    distractors = distractor_clips(manifest, args.limit)
    print(f"arming lasts {ARM_SECONDS} s; distractors: every {args.limit}th long clip ({len(distractors)} clips)",
          flush=True)
    without = fresh()
    run(Recogniser("checked"), root, [*bare_clips(manifest, args.commands_limit), *distractors], without)
    with_wake = fresh()
    run(Recogniser("checked", wake_word=True), root, [*wake_clips(root, args.commands_limit), *distractors], with_wake)
    report(without, with_wake)
    if args.save:
        args.save.write_text(json.dumps({"without": without, "with": with_wake}, indent=1))


if __name__ == "__main__":
    main()
