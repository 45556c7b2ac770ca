"""How well the wake phrase's own words fit the audio, for real commands and for talk taken for them, and what each
threshold on that fit (coach.listening.wake.MIN_WAKE_WORD_FIT) would keep and refuse.

The recogniser runs as in the app (the wake phrase on, bench/listening_wake.py's clips: the commands after the
phrase in one breath clean, after a cue, in pink noise and in an echoing room, the phrase then the command; the
long distractor set and the app's cues), with the check of the phrase's words off. For every command it took,
and every time the phrase alone armed it, the weakest fit of the phrase's words in the wake grammar's path is
kept (coach.listening.confidence.weakest_fit; for the phrase alone, the better of that and its fit in its own
grammar, as the recogniser judges it; a bare command taken while armed gets the fit of the phrase that armed it;
yes and no taken bare need no phrase). A threshold then refuses every command whose fit is below it; as in
the recogniser, the phrase that fails refuses the command said with it and the one it would have armed for.

Usage: uv run python bench/listening_wake_fit.py dump --corpus DIR --out ROWS.json [--limit N]
           [--commands-limit N] [--part I/N]
       uv run python bench/listening_wake_fit.py report ROWS.json [ROWS.json ...] [--thresholds T,T,...]
(dump the parts side by side on two cores; the corpus and the clips after the phrase are made by
bench/listening_corpus.py --long and bench/listening_wake.py first.)
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import listening_accuracy
import listening_wake
from listening_corpus import LEAD_SECONDS, TAIL_SECONDS
from machine import describe

from coach.listening import confidence, wake
from coach.listening.decoders import COACH_GRAMMAR
from coach.listening.recogniser import SAMPLE_RATE, Heard, Recogniser
from coach.listening.wake import BARE, WAKE_PHRASE, Said

THRESHOLDS = (-math.inf, -6.0, -5.0, -4.5, -4.0, -3.5, -3.0, -2.5)


class FitProbe(Recogniser):
    """The recogniser with the wake phrase on and the check of its words off, noting each command's fit.

    Attributes:
        taken: this clip's commands, each [command, the weakest fit of the phrase that made it count].
    """

    def __init__(self) -> None:
        super().__init__("checked", wake_word=True)
        self.taken: list[list] = []
        self._fit = math.inf  # the weakest fit of the phrase in the utterance being judged
        self._arming_fit = math.inf  # ... of the phrase that armed the recogniser

    def _check_wake(self, audio: bytes, words: str, language: confidence.Decoded, seconds: float) -> str:
        self._fit = confidence.weakest_fit(self._command, self.wake.phrase.words)
        if Said.of(words, self.wake.phrase).wake_alone:  # as Recogniser._phrase_fits: its own grammar's fit counts too
            alone = confidence.decode(self._decoder, audio, COACH_GRAMMAR, segments=True)
            self._fit = max(self._fit, confidence.weakest_fit(alone, self.wake.phrase.words))
        return super()._check_wake(audio, words, language, seconds)

    def _close(self) -> Heard | None:
        self._fit = math.inf
        armed = self.wake.armed_until
        heard = super()._close()
        if heard is None and self.wake.armed_until > armed:
            self._arming_fit = self._fit
        elif heard is not None:
            said_with_phrase = Said.of(heard.words, self.wake.phrase).wake
            fit = self._fit if said_with_phrase else math.inf if heard.command in BARE else self._arming_fit
            self.taken.append([heard.command.value, fit])
        return heard


def dump(root: Path, out: Path, limit: int, commands_limit: int, part: str) -> None:
    manifest = json.loads((root / "manifest.json").read_text())
    entries = [*listening_wake.wake_clips(root, commands_limit, WAKE_PHRASE.text),
               *listening_wake.distractor_clips(manifest, limit)]
    index, count = (int(x) for x in part.split("/"))
    wake.MIN_WAKE_WORD_FIT = -math.inf  # the check off: every command as before it, with its fit noted
    probe = FitProbe()
    rows = []
    for number, entry in enumerate(entries[index::count]):
        pcm = listening_accuracy.read_pcm(root / entry["path"])
        listening_accuracy.settle(probe, pcm)
        probe.wake.disarm()
        probe.taken = []
        listening_accuracy.run_clip(probe, pcm, entry["mute"])
        probe.finish()
        rows.append({"path": entry["path"], "kind": entry["kind"], "expected": entry["expected"],
                     "form": entry.get("form", ""), "seconds": len(pcm) / (2 * SAMPLE_RATE), "taken": probe.taken})
        if number % 500 == 0:
            print(f"{number}/{len(entries) // count}", flush=True)
    out.write_text(json.dumps(rows))


def group(row: dict) -> str:
    if row["kind"] == "wake-command":
        family = "espeak-ng" if "__espeak-" in row["path"] else "Flite+Festival"
        return f"{family}, {row['form'].replace('__', ' ')}"
    return row["kind"]


def evaluate(rows: list[dict], threshold: float) -> dict[str, list[float]]:
    """Per group: commands [right, clips]; distractors [commands that act (not yes or no), hours]."""
    result: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for row in rows:
        got = [command for command, fit in row["taken"] if fit >= threshold]
        cell = result[group(row)]
        if row["kind"] == "wake-command":
            cell[0] += got == row["expected"]
            cell[1] += 1
        else:
            cell[0] += sum(command not in {c.value for c in BARE} for command in got)
            cell[1] += (row["seconds"] - LEAD_SECONDS - TAIL_SECONDS) / 3600
    return dict(result)


def report(rows: list[dict], thresholds: tuple[float, ...]) -> None:
    fits: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        for command, fit in row["taken"]:
            right = row["kind"] == "wake-command" and [command] == row["expected"]
            if fit != math.inf:  # yes and no taken bare: no phrase to judge
                wrong = "a wrong command (command clips)" if row["kind"] == "wake-command" else \
                    f"talk taken for a command ({row['kind']})"
                fits[group(row) if right else wrong].append(fit)
    print("\nThe weakest fit of the phrase's words a frame, per command taken (no threshold):")
    print("| clips | commands | lowest | 5th percentile | median | highest |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, values in sorted(fits.items()):
        values.sort()
        print(f"| {name} | {len(values)} | {values[0]:.2f} | {values[len(values) // 20]:.2f} | "
              f"{values[len(values) // 2]:.2f} | {values[-1]:.2f} |")
    results = [evaluate(rows, threshold) for threshold in thresholds]
    print("\n| at least | " + " | ".join(f"{t:g}" if math.isfinite(t) else "no check" for t in thresholds)
          + " |\n| --- |" + " ---: |" * len(thresholds))
    for name in sorted(results[0]):
        if name in listening_wake.TALK or name.startswith("cue"):
            cells = [f"{r[name][0]:.0f} = {r[name][0] / r[name][1]:.1f} /h" for r in results]
            print(f"| acting commands, {name} ({results[0][name][1] * 60:.0f} min) | " + " | ".join(cells) + " |")
        else:
            print(f"| recall, {name} | " + " | ".join(f"{100 * r[name][0] / r[name][1]:.1f} %" for r in results) + " |")
    hours = sum(results[0][name][1] for name in listening_wake.TALK if name in results[0])
    cells = [f"{sum(r[n][0] for n in listening_wake.TALK if n in r) / hours:.1f} /h" for r in results]
    print(f"| acting commands, all talk ({hours * 60:.0f} min) | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    listening_wake.dump_parser(sub, limit=1)
    r = sub.add_parser("report")
    r.add_argument("rows", type=Path, nargs="+")
    r.add_argument("--thresholds", type=lambda text: tuple(float(t) for t in text.split(",")), default=THRESHOLDS)
    args = parser.parse_args()
    print(describe())
    if args.what == "dump":
        dump(args.corpus.resolve(), args.out, args.limit, args.commands_limit, args.part)
    else:
        report([row for path in args.rows for row in json.loads(path.read_text())], args.thresholds)


if __name__ == "__main__":
    main()
