"""Recall and false commands an hour of candidate confidence rules, from bench/listening_confidence.py rows.

A rule sees one utterance's three decodes (grammar "g", language model "lm", phone loop "ph": words,
path score as a log, frames) and its span, and returns the command or None. Command clips count as
heard when exactly the expected command came out of them (as bench/listening_accuracy.py counts);
every command out of a distractor clip is a false one. Rates are per hour of the distractor clips'
audio without their silent lead and tail (the speech, and the pauses inside continuous talk).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from listening_corpus import LEAD_SECONDS, TAIL_SECONDS

import listening_distractors

from coach.listening import confidence
from coach.listening import recogniser as rec
from coach.listening.commands import command_for

Rule = Callable[[dict], object]


def base(u: dict) -> object:
    """The shipped check before this work: LM word count and duration limits."""
    g, lm = u["g"]["words"], u["lm"]["words"]
    length = u["end"] - u["start"]
    extra = rec.CHECKED_EXTRA_WORDS if length <= rec.EXTRA_WORD_SECONDS else 0
    if not g or not lm or len(lm.split()) > len(g.split()) + extra \
            or length > rec.MAX_SECONDS_BY_WORDS.get(len(g.split()), rec.CHECKED_MAX_SECONDS):
        return None
    return command_for(g)


def shipped(u: dict) -> object:
    """The check coach.listening.recogniser makes now: the word count and durations, then the fit."""
    return base(u) if fit(u) >= confidence.MIN_FIT else None


def ratio(u: dict, other: str) -> float:
    """The grammar's path score against another search's, per frame (a log likelihood ratio)."""
    if u["g"]["score"] is None:
        return -float("inf")
    if u[other]["score"] is None:  # nothing decoded at all: no rival
        return float("inf")
    return (u["g"]["score"] - u[other]["score"]) / u["g"]["frames"] * 1000


def fit(u: dict) -> float:
    if u["g"]["score"] is None:
        return -float("inf")
    return u["g"]["score"] / u["g"]["frames"] * 1000


def load(paths: list[Path]) -> list[dict]:
    rows: list[dict] = []
    for path in paths:
        rows.extend(json.loads(path.read_text()))
    for row in rows:
        row["group"] = _group(row)
    # Clips made before listening_distractors.py left out the sentences that are a command ("Wait.").
    said = {f"long/everyday{i:03d}-" for i, text in enumerate(listening_distractors.everyday())
            if listening_distractors.is_command(text)}
    return [row for row in rows if row["path"][:17] not in said]


def _group(row: dict) -> str:
    if row["kind"] != "command":
        return row["kind"] + ("" if row["path"].startswith("long/") else " (short set)")
    condition = Path(row["path"]).stem.rsplit("__", 1)[1]
    engine = Path(row["path"]).stem.split("__")[1].split("-")[0]
    return f"recall {condition}" + (" espeak" if engine == "espeak" else "")


def evaluate(rows: list[dict], rule: Rule) -> dict[str, tuple[int, float]]:
    """Per group: (commands heard right, clips) for commands; (false commands, hours) for distractors."""
    good: Counter = Counter()
    total: Counter = Counter()
    hours: defaultdict[str, float] = defaultdict(float)
    for row in rows:
        got = [c for c in (rule(u) for u in row["utterances"]) if c is not None]
        group = row["group"]
        if row["kind"] == "command":
            total[group] += 1
            good[group] += [str(c) for c in got] == row["expected"]
        else:
            good[group] += len(got)
            hours[group] += (row["seconds"] - LEAD_SECONDS - TAIL_SECONDS) / 3600
    return {g: (good[g], total[g] if g.startswith("recall") else hours[g]) for g in sorted({*good, *total, *hours})}


def line(name: str, result: dict[str, tuple[int, float]]) -> str:
    cells = []
    for group, (count, of) in result.items():
        if group.startswith("recall"):
            cells.append(f"{group[7:]} {100 * count / max(of, 1):5.1f}%")
        else:
            cells.append(f"{group[:10]} {count:3d} ({count / of:5.1f}/h)")
    return f"{name:<34} " + " | ".join(cells)


def false_examples(rows: list[dict], rule: Rule) -> list[str]:
    found = []
    for row in rows:
        if row["kind"] == "command":
            continue
        for u in row["utterances"]:
            command = rule(u)
            if command is not None:
                found.append(f"{row['path']}: g={u['g']['words']!r} lm={u['lm']['words']!r} "
                             f"ph={u['ph']['words']!r} {u['end'] - u['start']:.2f}s lr_ph={ratio(u, 'ph'):.2f} "
                             f"lr_lm={ratio(u, 'lm'):.2f} fit={fit(u):.2f}")
    return found


def main(paths: list[Path]) -> None:
    rows = load(paths)
    for group, (_count, of) in evaluate(rows, lambda u: None).items():
        print(f"{group}: {of if group.startswith('recall') else f'{of * 60:.1f} min'}")
    print(line("base", evaluate(rows, base)))
    print(line(f"shipped: base + fit >= {confidence.MIN_FIT}", evaluate(rows, shipped)))
    for example in false_examples(rows, shipped):
        print("   ", example)
    for threshold in (-4, -3, -2, -1.5, -1, -0.5, 0):
        rule = (lambda t: lambda u: base(u) if ratio(u, "ph") >= t else None)(threshold)
        print(line(f"base + g-ph >= {threshold}", evaluate(rows, rule)))
    for threshold in (-4, -3, -2, -1, 0, 1):
        rule = (lambda t: lambda u: base(u) if ratio(u, "lm") >= t else None)(threshold)
        print(line(f"base + g-lm >= {threshold}", evaluate(rows, rule)))
    for lr, f in ((-1, -3.5), (-1, -3.7), (-0.5, -3.7), (-1.5, -3.5), (-1, -4)):
        rule = (lambda t, v: lambda u: base(u) if ratio(u, "ph") >= t and fit(u) >= v else None)(lr, f)
        print(line(f"base + g-ph >= {lr}, fit >= {f}", evaluate(rows, rule)))
    for threshold in (-5, -4, -3.7, -3.5, -3.3, -3, -2.5):
        rule = (lambda t: lambda u: base(u) if fit(u) >= t else None)(threshold)
        print(line(f"base + fit >= {threshold}", evaluate(rows, rule)))
