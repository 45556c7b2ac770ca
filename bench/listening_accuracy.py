"""How well each recogniser search hears the commands and ignores everything else; its latency and CPU.

Runs coach.listening.recogniser over the corpus of bench/listening_corpus.py (made if missing), fed in
100 ms chunks as the microphone would, with the app's own speech muted where the manifest says it played
(plus the tail the app uses), each after a second of its own background. Prints, per search: recall per
command and condition, false commands per hour of each kind of distractor audio (the app's cues are also
decoded *unmuted*, the worst case of a microphone hearing the speakers), latency from the end of the word
to the decision (stream time, plus the decoding time of the closing chunk), and CPU seconds per second of
audio.

Usage: uv run python bench/listening_accuracy.py [--corpus DIR] [--search checked,lm,grammar,kws] [--limit N]
       [--conditions clean,pink10,...] [--no-distractors]
(the "filler" search is left out by default: its 300-word loop decodes at several times real time here)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import wave
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import listening_corpus
from machine import describe

from coach.listening.gate import MUTE_TAIL_SECONDS
from coach.listening.recogniser import SAMPLE_RATE, Recogniser

CHUNK_SECONDS = 0.1


def read_pcm(path: Path) -> bytes:
    with wave.open(str(path), "rb") as wav:
        assert wav.getframerate() == SAMPLE_RATE and wav.getnchannels() == 1 and wav.getsampwidth() == 2, path
        return wav.readframes(wav.getnframes())


def settle(recogniser: Recogniser, pcm: bytes) -> None:
    """Three seconds of the clip's own lead (silence, or the noise bed) first: background noise is there
    before anyone speaks, not switched on with the word, and the detector's noise floor is the quietest
    level of its last 2 s (coach.listening.utterances): the previous clip's background must be forgotten."""
    lead = pcm[:int(0.5 * SAMPLE_RATE) * 2]
    recogniser.feed(lead * 6)


def run_clip(recogniser: Recogniser, pcm: bytes, mute: list[list[float]]) -> tuple[list, float, float]:
    """Heard commands, CPU seconds, and the decoding time of the chunk that closed the last command."""
    step = int(CHUNK_SECONDS * SAMPLE_RATE) * 2
    heard, closing = [], 0.0
    started = time.process_time()
    for offset in range(0, len(pcm), step):
        at = offset / (2 * SAMPLE_RATE)
        muted = any(start <= at + CHUNK_SECONDS and at <= end + MUTE_TAIL_SECONDS for start, end in mute)
        before = time.perf_counter()
        found = recogniser.feed(pcm[offset:offset + step], muted)
        if found:
            closing = time.perf_counter() - before
        heard.extend(found)
    heard.extend(recogniser.finish())
    return heard, time.process_time() - started, closing


def measure(search: str, manifest: list[dict], root: Path) -> dict:
    recogniser = Recogniser(search)
    hits: dict[str, Counter] = defaultdict(Counter)
    wrong: list[str] = []
    false_by_kind: Counter = Counter()
    seconds_by_kind: Counter = Counter()
    false_examples: list[str] = []
    latencies: list[float] = []
    cpu, audio = 0.0, 0.0
    for entry in manifest:
        path = root / entry["path"]
        pcm = read_pcm(path)
        seconds = len(pcm) / (2 * SAMPLE_RATE)
        audio += seconds
        settle(recogniser, pcm)
        clip_start = recogniser.position
        heard, used, closing = run_clip(recogniser, pcm, entry["mute"])
        cpu += used
        if entry["kind"] == "command":
            expected = entry["expected"][0]
            condition = path.stem.rsplit("__", 1)[1]
            engine = path.stem.split("__")[1].split("-")[0]
            got = [h.command.value for h in heard]
            ok = got == [expected]
            for key in (expected, f"{expected}/{condition}", f"{expected}/{engine}", f"all/{condition}",
                        f"all/{engine}", "all"):
                hits[key]["ok" if ok else "missed"] += 1
            if ok:
                word_end = seconds - listening_corpus.TAIL_SECONDS
                latencies.append(heard[0].decided_at - clip_start - word_end + closing)
            elif got:
                wrong.append(f"{path.name}: {got}")
        else:
            seconds_by_kind[entry["kind"]] += seconds
            false_by_kind[entry["kind"]] += len(heard)
            false_examples.extend(f"{path.name}: {h.words}" for h in heard)
    return {"search": search, "hits": hits, "wrong": wrong, "false": false_by_kind, "seconds": seconds_by_kind,
            "false_examples": false_examples, "latencies": latencies, "cpu_share": cpu / audio}


def report(result: dict) -> None:
    print(f"\n== search {result['search']}")
    hits = result["hits"]
    for key in sorted(hits, key=lambda k: (k.count("/"), k)):
        count = hits[key]
        total = count["ok"] + count["missed"]
        print(f"  recall {key:<28} {count['ok']:4d}/{total:<4d} {100 * count['ok'] / total:5.1f} %")
    for kind in sorted(result["seconds"]):
        hours = result["seconds"][kind] / 3600
        print(f"  false commands, {kind:<12} {result['false'][kind]:3d} in {hours * 60:5.1f} min of audio = "
              f"{result['false'][kind] / hours:6.1f} an hour")
    print(f"  wrong command heard: {len(result['wrong'])}", *result["wrong"][:12], sep="\n    ")
    print("  false examples:", *result["false_examples"][:20], sep="\n    ")
    latencies = result["latencies"]
    if latencies:
        print(f"  latency end of word -> decision: median {statistics.median(latencies) * 1000:.0f} ms, "
              f"90th pct {sorted(latencies)[int(len(latencies) * 0.9)] * 1000:.0f} ms")
    print(f"  CPU: {result['cpu_share'] * 100:.1f} % of a core while decoding this corpus (speech most of the time)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/backcoach-listening-corpus"))
    parser.add_argument("--search", default="checked,lm,grammar,kws")
    parser.add_argument("--limit", type=int, default=0, help="use every Nth clip (quick look)")
    parser.add_argument("--conditions", default="", help="only commands in these conditions (clean,noise,"
                        "pink20,pink10,pink5,fan10,aftercue); distractors are always kept")
    parser.add_argument("--no-distractors", action="store_true", help="commands only (recall, latency)")
    args = parser.parse_args()
    print(describe())
    root = args.corpus.resolve()
    if not (root / "manifest.json").is_file():
        listening_corpus.make(root)
    manifest = json.loads((root / "manifest.json").read_text())
    # Every Nth clip first: a stride that shares a factor with the conditions a phrase has would pick one.
    if args.limit:
        manifest = manifest[::args.limit]
    if args.conditions:
        wanted = set(args.conditions.split(","))
        manifest = [e for e in manifest if e["kind"] != "command" or Path(e["path"]).stem.rsplit("__", 1)[1] in wanted]
    if args.no_distractors:
        manifest = [e for e in manifest if e["kind"] == "command"]
    # The app's cues, decoded as if the microphone were not muted while the app speaks: the worst case.
    manifest = [*manifest, *({**e, "kind": "cue-unmuted"} for e in manifest if e["kind"] == "cue")]
    for entry in manifest:
        if entry["kind"] == "cue":
            entry["mute"] = [[0.0, 1e9]]  # as the app plays them: muted from first to last sample
    for search in args.search.split(","):
        report(measure(search, manifest, root))


if __name__ == "__main__":
    main()
