"""Scores every utterance that could be a command, once, so confidence rules can be compared offline.

Each utterance the checked recogniser would decode (coach.listening.recogniser: the right length, said
alone) is decoded three ways on the same audio: the commands grammar, the general language model, and a
phone loop (pocketsphinx's allphone search with the wheel's en-us-phone.lm.bin). For each it keeps the
words and the path's acoustic score; rows go to a JSON file, one per utterance, with the clip's kind,
the command expected and the condition. `--rules` then prints recall and false commands an hour for
each candidate rule from those rows, without decoding again.

Usage: uv run python bench/listening_confidence.py dump --corpus DIR --out ROWS.json [--part I/N]
       uv run python bench/listening_confidence.py rules ROWS.json [ROWS.json ...]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import listening_accuracy

from coach.listening import recogniser as rec
from coach.listening.confidence import plain_words


def _decode(decoder, audio: bytes, search: str) -> dict:
    decoder.activate_search(search)
    started = time.perf_counter()
    decoder.start_utt()
    decoder.process_raw(audio, full_utt=True)
    decoder.end_utt()
    took = time.perf_counter() - started
    hyp = decoder.hyp()
    return {"words": plain_words(hyp.hypstr if hyp else ""), "score": math.log(max(hyp.score, 1e-300))
            if hyp else None, "frames": decoder.n_frames(), "ms": took * 1000}


class Probe(rec.Recogniser):
    """The checked recogniser, recording every candidate utterance's three decodes instead of deciding."""

    def __init__(self) -> None:
        super().__init__("checked")
        import os

        import pocketsphinx
        model = pocketsphinx.get_model_path()
        self._decoder.add_allphone_file("phones", os.path.join(model, "en-us", "en-us-phone.lm.bin"))
        self.rows: list[dict] = []

    def _close(self):  # type: ignore[no-untyped-def]
        audio, start, end = self._end_utterance()
        if self._dropped or not audio or self._gap_before < rec.ALONE_SECONDS \
                or not rec.MIN_COMMAND_SECONDS <= end - start <= rec.CHECKED_MAX_SECONDS:
            return None
        row = {"start": start, "end": end, "gap": self._gap_before}
        for name, search in (("g", "commands"), ("lm", "_default"), ("ph", "phones")):
            row[name] = _decode(self._decoder, audio, search)
        self.rows.append(row)
        return None


def dump(corpus: Path, out: Path, part: str, kinds: set[str], conditions: set[str]) -> None:
    manifest = json.loads((corpus / "manifest.json").read_text())
    manifest = [*manifest, *({**e, "kind": "cue-unmuted"} for e in manifest if e["kind"] == "cue")]
    manifest = [e for e in manifest if e["kind"] != "cue" and (not kinds - {"long"} or e["kind"] in kinds)]
    if "long" in kinds:  # the long distractor set alone (bench/listening_distractors.py)
        manifest = [e for e in manifest if e["path"].startswith("long/")]
    elif conditions:
        manifest = [e for e in manifest if e["kind"] != "command" or Path(e["path"]).stem.rsplit("__", 1)[1]
                    in conditions]
    index, count = (int(x) for x in part.split("/"))
    manifest = manifest[index::count]
    probe = Probe()
    rows = []
    for number, entry in enumerate(manifest):
        pcm = listening_accuracy.read_pcm(corpus / entry["path"])
        listening_accuracy.settle(probe, pcm)
        probe.rows = []
        listening_accuracy.run_clip(probe, pcm, entry["mute"] if entry["kind"] != "cue-unmuted" else [])
        rows.append({"path": entry["path"], "kind": entry["kind"], "expected": entry["expected"],
                     "seconds": len(pcm) / (2 * rec.SAMPLE_RATE), "utterances": probe.rows})
        if number % 200 == 0:
            print(f"{number}/{len(manifest)}", flush=True)
    out.write_text(json.dumps(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--corpus", type=Path, required=True)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--part", default="0/1")
    d.add_argument("--kinds", default="")
    d.add_argument("--conditions", default="clean,aftercue,pink20,fan10")
    r = sub.add_parser("rules")
    r.add_argument("rows", type=Path, nargs="+")
    args = parser.parse_args()
    if args.what == "dump":
        dump(args.corpus, args.out, args.part, set(filter(None, args.kinds.split(","))),
             set(filter(None, args.conditions.split(","))))
    else:
        import listening_rules
        listening_rules.main(args.rows)


if __name__ == "__main__":
    main()
