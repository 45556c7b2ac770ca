"""Voice commands without and with the wake phrase, in one run: recall per command, false commands an hour.

Without: the checked recogniser as before, bare commands ("pause") from the corpus of
bench/listening_corpus.py. With: the same recogniser with its wake phrase on (coach.listening.wake), the same
phrases said after the wake phrase by the same voices, made here into CORPUS/wake (for "coach") or
CORPUS/wake-hey_coach (for "hey coach"; nothing committed):
- "one breath": "hey coach pause" in one utterance, clean, right after one of the app's cues, in steady
  pink noise at 10 and 20 dB SNR (made as the corpus makes its own: a loud hiss, and one like a quiet fan's),
  and in two echoing rooms (listening_corpus.add_echo,
  the voice from across the room: sox's reverb at 30 %, whose level falls by 60 dB in about half a second, as in
  a furnished living room, and at 60 %, about a second, a room with bare, hard walls);
- "two utterances": "hey coach", 0.6 s of silence, then the bare phrase (the phrase arms for 4 s), clean, in
  the first echoing room, and in pink noise at 10 dB.
Both run over the same distractors: the long set (listening_distractors.py: ordinary sentences, routine
sentences read aloud, continuous chat; every Nth clip with --limit) and the app's own cues, unmuted (the
worst case: the microphone hears the speakers and nothing is gated) and as played (gated, as in the app).
False commands count every command that came out; "acting" leaves out "yes" and "no", which do nothing
unless "Stop the session?" is open (coach.listening.commands.decide). "Arms" counts the phrase heard alone
in the distractors (each opens 4 s in which a bare command counts). --noisy-talk N adds every Nth talk clip of the
long set again under pink noise at 10 dB SNR (made if missing, in CORPUS/long-pink10): talk in a loud room.

--phrase P: the wake phrase of the "with" run (coach.listening.wake.WakePhrase), default the shipped one
("hey coach"); --before is always "coach" as it was.

Usage: uv run python bench/listening_wake.py [--corpus DIR] [--limit N] [--commands-limit N] [--before]
       [--phrase P] [--no-distractors] [--offset K] [--noisy-talk N]
(the corpus is made with --long if missing: tens of minutes on two cores). --before adds the wake word as it
was before it was checked (a bench-side copy, WakeAsBefore). On two cores, run the recognisers side by side:
--only without|before|with --save R.json each, then --report WITHOUT.json BEFORE.json WITH.json.
Two wake phrases side by side: --only with --phrase coach --save A.json, --only with --phrase "hey coach"
--save B.json, then --report A.json B.json (two runs with the wake phrase on: a column each).
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
from coach.listening.wake import ARM_SECONDS, BARE, WAKE_PHRASE, Allowance, WakePhrase, WakeWord

TWO_UTTERANCE_GAP = 0.6
BEFORE_FIT_RELIEF = 3.5  # the wake word's fit relief before it was checked (--before)
COMMAND_CONDITIONS = ("clean", "aftercue", "pink10")
WAKE_FORMS = ("onebreath__clean", "onebreath__aftercue", "onebreath__pink10", "onebreath__pink20",
              "onebreath__reverb30", "onebreath__reverb60", "twoutterances__clean", "twoutterances__reverb30",
              "twoutterances__pink10")
# The steady noises' clips: the form's end, the SNR (dB, speech RMS over noise RMS), and what is measured there.
NOISES = (("pink10", 10.0, "pink noise 10 dB SNR"), ("pink20", 20.0, "pink noise 20 dB SNR"))
# The echoing rooms' clips: the form's end, sox's reverberance (%), and what is measured there.
ECHOES = (("reverb30", 30, "an echoing room (half a second)"), ("reverb60", 60, "a bare room (a second)"))
DISTRACTORS = ("ordinary", "instruction", "chat", "cue-unmuted", "cue")
TALK = ("ordinary", "instruction", "chat")
NOISY = "-pink10"  # the kind of a talk clip again under pink noise at 10 dB (--noisy-talk)


def wake_clips(root: Path, limit: int, wake_word: str = "coach") -> list[dict]:
    """The commands said after the wake phrase (made if missing), as manifest entries."""
    folder = root / ("wake" if wake_word == "coach" else f"wake-{wake_word.replace(' ', '_')}")
    folder.mkdir(exist_ok=True)
    cues = sorted((root / "cues").glob("cue*.wav"))
    jobs: list[tuple[str, str, tuple, Path, str]] = []
    for name, phrases in PHRASES.items():
        for phrase in phrases:
            for speaker in SPEAKERS:
                stem = folder / f"{phrase.replace(' ', '_')}__{speaker[0]}-{speaker[1]}-{speaker[2]}"
                for form in WAKE_FORMS:
                    jobs.append((str(name), phrase, speaker, Path(f"{stem}__{form}.wav"), form))
    # Every Nth phrase and voice, with all its forms (a stride over the jobs would pick one form).
    forms = len(WAKE_FORMS)
    jobs = [job for index, job in enumerate(jobs) if (index // forms) % limit == 0] if limit > 1 else jobs
    mutes: dict[Path, list[list[float]]] = {}

    def make(job: tuple[str, str, tuple, Path, str]) -> None:
        _name, phrase, speaker, out, form = job
        echo = next((reverberance for end, reverberance, _ in ECHOES if form.endswith(end)), None)
        if form.startswith("twoutterances"):
            if out.is_file():
                return
            clean = Path(str(out).rsplit("__", 1)[0] + "__clean.wav")  # made first
            if echo is not None:
                listening_corpus.add_echo(clean, out, echo)
                return
            if form.endswith(NOISES[0][0]):
                listening_corpus.add_steady_noise(clean, out, "pink", NOISES[0][1])
                return
            with tempfile.TemporaryDirectory() as scratch:
                wake, command = Path(scratch) / "wake.wav", Path(scratch) / "command.wav"
                listening_corpus.synthesize(wake_word, speaker, wake, (LEAD_SECONDS, 0.0))
                listening_corpus.synthesize(phrase, speaker, command, (TWO_UTTERANCE_GAP, TAIL_SECONDS))
                subprocess.run(["sox", str(wake), str(command), str(out)], check=True, capture_output=True)
            return
        clean = Path(str(out).rsplit("__", 1)[0] + "__clean.wav")
        if not clean.is_file():
            listening_corpus.synthesize(f"{wake_word} {phrase}", speaker, clean)
        snr = next((snr for end, snr, _ in NOISES if form.endswith(end)), None)
        if snr is not None and not out.is_file():
            listening_corpus.add_steady_noise(clean, out, "pink", snr)
        elif echo is not None and not out.is_file():
            listening_corpus.add_echo(clean, out, echo)
        elif form.endswith("aftercue"):
            cue = cues[zlib.crc32(out.name.encode()) % len(cues)]
            if out.is_file():  # made before: only its cue's span (side-by-side runs must not rewrite it)
                mutes[out] = [[LEAD_SECONDS, listening_corpus.seconds_of(cue) - TAIL_SECONDS]]
            else:
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


def distractor_clips(manifest: list[dict], limit: int, offset: int = 0) -> list[dict]:
    long = [e for e in manifest if e["path"].startswith("long/")]
    long = long[offset::limit] if limit > 1 else long
    cues = [e for e in manifest if e["kind"] == "cue"]
    return [*long, *({**e, "kind": "cue-unmuted", "mute": []} for e in cues),
            *({**e, "mute": [[0.0, 1e9]]} for e in cues)]


def noisy_talk(root: Path, listed: list[dict], every: int) -> list[dict]:
    """Every Nth talk clip of the list again under pink noise at 10 dB SNR, as the commands' noisy form (made
    if missing, in root/long-pink10), kinds "ordinary-pink10" and so on: what talk does in a noisy room."""
    talk = [e for e in listed if e["kind"] in TALK][::every]
    (root / "long-pink10").mkdir(exist_ok=True)
    noisy = []
    for entry in talk:
        out = root / "long-pink10" / Path(entry["path"]).name
        if not out.is_file() or out.stat().st_mtime < (root / entry["path"]).stat().st_mtime:  # talk made again
            listening_corpus.add_steady_noise(root / entry["path"], out, "pink", 10.0)
        noisy.append({**entry, "path": str(out.relative_to(root)), "kind": entry["kind"] + NOISY})
    return noisy


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
            # espeak-ng's robotic voices are the known hard case: reported apart from Flite's and Festival's.
            family = "espeak" if "__espeak-" in entry["path"] else "flite+festival"
            for key in (f"{expected}/{entry['form']}", f"all/{entry['form']}", f"{family}/{entry['form']}"):
                result["hits"][key]["ok" if ok else "missed"] += 1
            if got and not ok:
                result["wrong"].append(f"{entry['path']}: {got}")
        else:
            kind = entry["kind"]
            result["seconds"][kind] += len(pcm) / (2 * SAMPLE_RATE) - LEAD_SECONDS - TAIL_SECONDS
            result["false"][kind] += len(got)
            acting = sum(command not in BARE for command in got)
            result["acting"][kind] += acting
            said = holds_phrase(entry, result["phrase"])
            result["acting_said"][kind] += acting if said else 0
            result["arms"][kind] += arms
            result["examples"].extend(f"{entry['path']}: {h.words}{' (the phrase said)' if said else ''}"
                                      for h in heard)


def holds_phrase(entry: dict, phrase: str | None) -> bool:
    """Whether a talk clip's words (the manifest's "text") hold the wake phrase: the user guide read aloud says
    "Hey coach, pause", and the app acting on it is right, not a false command."""
    words = "".join(c if c.isalpha() or c == "'" else " " for c in entry.get("text", "").lower()).split()
    return phrase is not None and f" {phrase} " in f" {' '.join(words)} "


def fresh(phrase: str | None = None) -> dict:
    """Empty results; phrase: the wake phrase of the run (None: without it)."""
    return {"hits": defaultdict(Counter), "false": Counter(), "acting": Counter(), "acting_said": Counter(),
            "arms": Counter(), "seconds": Counter(), "wrong": [], "examples": [], "cpu": 0.0, "audio": 0.0,
            "phrase": phrase}


def percent(counter: Counter) -> str:
    total = counter["ok"] + counter["missed"]
    return f"{100 * counter['ok'] / total:.1f} % ({counter['ok']}/{total})" if total else "–"


def report(without: dict, wakes: list[tuple[str, dict]]) -> None:
    labels = " | ".join(label for label, _ in wakes)
    print(f"\n| measure | without the wake word (bare) | {labels} |\n| --- | ---: |{' ---: |' * len(wakes)}")
    for form, label in (("clean", "clean"), ("aftercue", "right after one of the app's cues"),
                        *((end, label) for end, _, label in NOISES + ECHOES)):
        cells = " | ".join(percent(result["hits"][f"all/onebreath__{form}"]) for _, result in wakes)
        print(f"| recall, {label} | {percent(without['hits'][f'all/{form}'])} | {cells} |")
    cells = " | ".join(percent(result["hits"]["all/twoutterances__clean"]) for _, result in wakes)
    print(f"| recall, the wake phrase, a pause, then the command | – | {cells} |")
    for kind in DISTRACTORS:
        hours = without["seconds"][kind] / 3600
        cells = [f"{without['false'][kind]} = {without['false'][kind] / hours:.0f} /h "
                 f"(acting {without['acting'][kind] / hours:.0f} /h)"]
        for _, result in wakes:
            cells.append(f"{result['false'][kind]} = {result['false'][kind] / hours:.0f} /h "
                         f"(acting {result['acting'][kind] / hours:.1f} /h); \"coach\" alone {result['arms'][kind]}")
        print(f"| false commands, {kind} ({hours * 60:.1f} min) | {' | '.join(cells)} |")
    for label, result in (("without", without), *wakes):
        print(f"CPU, {label}: {result['cpu'] / result['audio'] * 100:.1f} % of a core over "
              f"{result['audio'] / 60:.0f} min")
    print("\nrecall per command, clean (without | with, one breath | with, two utterances; last column):")
    last = wakes[-1][1]
    commands = sorted({key.split("/")[0] for key in without["hits"]} - {"all", "flite+festival", "espeak"})
    for command in commands:
        print(f"  {command:<8} {percent(without['hits'][f'{command}/clean']):>16} | "
              f"{percent(last['hits'][f'{command}/onebreath__clean']):>16} | "
              f"{percent(last['hits'][f'{command}/twoutterances__clean']):>16}")
    print("\nwrong commands heard (with, last column):", *last["wrong"][:15], sep="\n  ")
    print("\nfalse commands (with, last column):", *last["examples"][:60], sep="\n  ")


def compare(runs: list[dict]) -> None:
    """Runs with the wake phrase on, a column each ("coach" against "hey coach"), on the same clips."""
    names = " | ".join(f"\"{run['phrase']}\"" for run in runs)
    print(f"\n| measure | {names} |\n| --- |{' ---: |' * len(runs)}")
    for form, label in (("onebreath__clean", "clean"), ("onebreath__aftercue", "right after one of the app's cues"),
                        *((f"onebreath__{end}", label) for end, _, label in NOISES + ECHOES),
                        ("twoutterances__clean", "the phrase, a pause, then the command"),
                        (f"twoutterances__{ECHOES[0][0]}", f"the phrase, a pause, then the command, {ECHOES[0][2]}"),
                        (f"twoutterances__{NOISES[0][0]}", f"the phrase, a pause, then the command, {NOISES[0][2]}")):
        print(f"| recall, {label} | {' | '.join(percent(run['hits'][f'all/{form}']) for run in runs)} |")
        for family in ("flite+festival", "espeak"):
            if any(run["hits"][f"{family}/{form}"] for run in runs):
                print(f"| ... {family} | {' | '.join(percent(run['hits'][f'{family}/{form}']) for run in runs)} |")
    for kind in (*DISTRACTORS, "talk", "noisy talk"):
        kinds = {"talk": TALK, "noisy talk": tuple(k + NOISY for k in TALK)}.get(kind, (kind,))
        minutes = sum(runs[0]["seconds"][k] for k in kinds) / 60
        if not minutes:
            continue  # --no-distractors, or no --noisy-talk
        cells = []
        for run in runs:
            hours = sum(run["seconds"][k] for k in kinds) / 3600
            false, acting, said, arms = (sum(run[key][k] for k in kinds)
                                         for key in ("false", "acting", "acting_said", "arms"))
            cells.append(f"{false} = {false / hours:.1f} /h (acting {acting} = {acting / hours:.1f} /h, of them "
                         f"{said} where the talk says the phrase; without it {(acting - said) / hours:.1f} /h); "
                         f"alone {arms}")
        label = {"talk": "all talk (the three above)",
                 "noisy talk": "the same talk under pink noise 10 dB (every Nth clip)"}.get(kind, kind)
        print(f"| false commands, {label} ({minutes:.1f} min) | {' | '.join(cells)} |")
    cells = " | ".join(f"{run['cpu'] / run['audio'] * 100:.1f} %" for run in runs)
    print(f"| CPU, % of a core over {runs[0]['audio'] / 60:.0f} min of audio | {cells} |")
    print("\nrecall per command, clean, one breath:")
    commands = sorted({key.split("/")[0] for key in runs[0]["hits"]} - {"all", "flite+festival", "espeak"})
    for command in commands:
        print(f"  {command:<8}", *(f"{percent(run['hits'][f'{command}/onebreath__clean']):>16}" for run in runs))
    for run in runs:
        print(f"\nfalse commands, \"{run['phrase']}\":", *run["examples"][:40], sep="\n  ")


class _LooseWake(WakeWord):
    """The wake word's allowance as it was before its check: the fit relief of then."""

    def allowance(self, words: str) -> Allowance:
        loose = super().allowance(words)
        return Allowance(loose.seconds, loose.words, BEFORE_FIT_RELIEF) if loose.seconds else loose


class WakeAsBefore(Recogniser):
    """The recogniser with its wake word as before the wake word was checked (--before): "coach" in the
    grammar's words is taken as said, and gets the fit relief of then."""

    def __init__(self) -> None:
        coach = WakePhrase.of("coach")  # the phrase of then
        super().__init__("checked", wake_word=True, wake_phrase=coach)
        self.wake = _LooseWake(on=True, phrase=coach)

    def _check_wake(self, audio: bytes, words: str, language: object, seconds: float) -> str:  # type: ignore[override]
        return words


def dump_parser(commands: argparse._SubParsersAction, limit: int) -> argparse.ArgumentParser:
    """The "dump" command of the offline replays (listening_wake_rules.py, listening_wake_fit.py): the corpus, the
    rows' file, every Nth clip of the long distractor set and of the commands after the wake phrase, and which part
    of them (parts run side by side on the cores)."""
    dump = commands.add_parser("dump")
    dump.add_argument("--corpus", type=Path, required=True)
    dump.add_argument("--out", type=Path, required=True)
    dump.add_argument("--limit", type=int, default=limit, help="every Nth clip of the long distractor set")
    dump.add_argument("--commands-limit", type=int, default=2, help="every Nth phrase and voice after the phrase")
    dump.add_argument("--part", default="0/1", help="I/N: the Ith of N parts of the clips")
    return dump


def load(path: Path) -> dict:
    result = json.loads(path.read_text())
    for key in ("false", "acting", "acting_said", "arms", "seconds"):
        result[key] = Counter(result.get(key, {}))  # acting_said: not in runs saved before it was counted
    result["hits"] = defaultdict(Counter, {key: Counter(value) for key, value in result["hits"].items()})
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/backcoach-listening-corpus"))
    parser.add_argument("--limit", type=int, default=2, help="every Nth clip of the long distractor set")
    parser.add_argument("--offset", type=int, default=0,
                        help="start the long set's every Nth clip here: 1 with --limit 2 is the other half (a rule "
                             "chosen on one half is checked on clips it was not chosen on)")
    parser.add_argument("--commands-limit", type=int, default=1, help="every Nth command clip")
    parser.add_argument("--before", action="store_true",
                        help="also the wake word as before its check (bench-side copy), same clips")
    parser.add_argument("--only", choices=("without", "before", "with"),
                        help="run one recogniser and --save it (run them side by side, then --report)")
    parser.add_argument("--no-distractors", action="store_true", help="the command clips only (recall, minutes)")
    parser.add_argument("--noisy-talk", type=int, default=0, metavar="N",
                        help="also every Nth talk clip under pink noise at 10 dB SNR (talk in a loud room)")
    parser.add_argument("--save", type=Path, help="write the results as JSON here")
    parser.add_argument("--phrase", default=WAKE_PHRASE.text, help="the wake phrase of the \"with\" run")
    parser.add_argument("--report", type=Path, nargs="+",
                        help="print saved results: without [before] with; or two or more runs with a wake phrase")
    args = parser.parse_args()
    print(describe())
    if args.report:
        results = [load(path) for path in args.report]
        if all(result.get("phrase") for result in results):
            compare(results)
            return
        names = ["with it, before its check", "with it, checked"] if len(results) == 3 else ["with it"]
        report(results[0], list(zip(names, results[1:], strict=True)))
        return
    root = args.corpus.resolve()
    if not (root / "manifest.json").is_file() or not (root / "long").is_dir():
        listening_corpus.make(root, long=True)
    manifest = json.loads((root / "manifest.json").read_text())
    distractors = distractor_clips(manifest, args.limit, args.offset) if not args.no_distractors else []
    if args.noisy_talk:
        distractors += noisy_talk(root, distractor_clips(manifest, 1), args.noisy_talk)
    print(f"arming lasts {ARM_SECONDS} s; distractors: every {args.limit}th long clip ({len(distractors)} clips)",
          flush=True)
    results: dict[str, dict] = {}
    phrase = WakePhrase.of(args.phrase)
    wake = wake_clips(root, args.commands_limit, phrase.text) if args.only != "without" else []
    for name in ("without", "before", "with"):
        if (args.only and name != args.only) or (name == "before" and not args.before and not args.only):
            continue
        results[name] = fresh({"without": None, "before": "coach"}.get(name, phrase.text))
        if name == "without":
            run(Recogniser("checked"), root, [*bare_clips(manifest, args.commands_limit), *distractors], results[name])
        else:
            recogniser = WakeAsBefore() if name == "before" else Recogniser("checked", wake_word=True,
                                                                            wake_phrase=phrase)
            run(recogniser, root, [*wake, *distractors], results[name])
    if not args.only:
        report(results["without"], [(("with it, before its check" if name == "before" else "with it"), results[name])
                                    for name in ("before", "with") if name in results])
    if args.save:
        args.save.write_text(json.dumps(results[args.only] if args.only else results, indent=1))


if __name__ == "__main__":
    main()
