"""Voice commands live: latency from the end of a spoken word to the command, and CPU while listening.

A private PulseAudio (Debian package pulseaudio) with a null sink whose monitor is remapped to a
source is the microphone (as in tests/speech/test_listening_end_to_end.py); commands made with
Flite are played into it with paplay. The app's side runs in its own process, as in a session: the
ListeningService (QAudioSource, the worker process, the mute gate, and the wake phrase on, the app's
default; --bare: off, bare words) under a real event loop, which sleeps until there is something to do.
This script only plays sound, waits and reads /proc: a bench that pumped Qt's events itself, every
5 ms, cost the listening process 3 % of a core more than listening does (1.2 against 4.1 % here).

Latency is from the moment the command's last spoken sample reached the app (where the app received
the clip's first loud sample, plus the speech's length after it) to ``heard``. The players run at
their own latency: at 10 ms the null sink hands its monitor's sound on in 80-byte pieces, 400 a
second, and QAudioSource's handling of them cost the app's process 8-10 % of a core, where a
microphone hands on the ~64 ms pieces the app asks for.

CPU is the app's process plus the worker's, from /proc ticks, as medians of 10 s windows: a quiet
room, the commands (one every ~2.5 s), and --talk SECONDS of talk in the room
(bench/listening_sentences.txt read by Flite's four voices one after another, 0.3-1 s apart: the most
the recogniser has to decode), which also counts the commands it took from that talk. A command every
~2.5 s is a test of the worst, not a session: the CPU each command costs over the quiet room (the
commands phase's whole CPU less the quiet room's rate over as long, per command played; also split
by process) gives what a session with a command every minute costs. "yes" and "no" count during the
commands, not during the talk: the app listens for them only while its stop question is open.

Usage: uv run python bench/listening_live.py [ROUNDS] [--bare] [--talk SECONDS]
       (default 3 rounds of every one-word command, 120 s of talk)
"""

from __future__ import annotations

import argparse
import array
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from machine import describe

LEAD, TAIL = 0.3, 0.8
# A sample this loud starts a clip's sound (flite's voices peak near 20 000; the null sink's silence is 0), once the
# microphone has been this quiet for ONSET_GAP seconds.
ONSET_LEVEL, ONSET_GAP = 300, 0.5
QUIET_SECONDS = 31  # three 10 s windows
WINDOW_SECONDS = 10
TALK_VOICES = ("awb", "rms", "slt", "kal16")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def start_pulse(folder: Path) -> tuple[subprocess.Popen, str]:
    runtime = folder / "pulse"
    runtime.mkdir(mode=0o700)
    socket = runtime / "native"
    env = {**os.environ, "HOME": str(runtime), "XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(runtime)}
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=no",
         "--load=module-null-sink sink_name=bench", f"--load=module-native-protocol-unix socket={socket}",
         "--load=module-remap-source master=bench.monitor source_name=bench_microphone"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not socket.exists():
        if server.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("listening_live: PulseAudio did not start")
        time.sleep(0.05)
    address = f"unix:{socket}"
    subprocess.run(["pactl", "set-default-source", "bench_microphone"], env={**os.environ, "PULSE_SERVER": address},
                   check=True)
    return server, address


def clip(text: str, folder: Path, voice: str = "slt", lead: float = LEAD, tail: float = TAIL) -> tuple[Path, float]:
    """A Flite clip and the second its speech ends."""
    raw, out = folder / "raw.wav", folder / f"{voice}-{text.replace(' ', '_').replace('/', '_')}.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True, capture_output=True)
    with wave.open(str(raw)) as wav:
        spoken = wav.getnframes() / wav.getframerate()
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(out), "pad", str(lead), str(tail)], check=True,
                   capture_output=True)
    return out, lead + spoken


def first_loud(pcm: bytes) -> int | None:
    """The index of the first sample of 16-bit PCM at least ONSET_LEVEL loud, or None."""
    samples = array.array("h", pcm[:len(pcm) - len(pcm) % 2])
    if sys.byteorder != "little":
        samples.byteswap()
    if max(samples, default=0) < ONSET_LEVEL and -min(samples, default=0) < ONSET_LEVEL:
        return None
    return next(index for index, sample in enumerate(samples) if abs(sample) >= ONSET_LEVEL)


def speech_start_in(path: Path) -> float:
    """Where a clip's first loud sample is (seconds): its sound's onset, matched to the onset the app reports."""
    with wave.open(str(path)) as wav:
        index = first_loud(wav.readframes(wav.getnframes()))
        if index is None:
            raise SystemExit(f"listening_live: {path.name} is silent")
        return index / wav.getframerate()


def talk(folder: Path, seconds: float) -> Path:
    """About this many seconds of everyday sentences, one after another, in turns by Flite's voices."""
    lines = Path(__file__).with_name("listening_sentences.txt").read_text(encoding="utf-8").splitlines()
    sentences = [line for line in lines if line.strip() and not line.startswith("#")]
    chooser = random.Random(21)
    chooser.shuffle(sentences)
    parts: list[str] = []
    total = 0.0
    for index, sentence in enumerate(sentences):
        if total >= seconds:
            break
        path, length = clip(sentence, folder, TALK_VOICES[index % len(TALK_VOICES)], 0.0,
                            chooser.uniform(0.3, 1.0))
        parts.append(str(path.rename(folder / f"talk{index:03d}.wav")))
        total += length
    out = folder / "talk.wav"
    subprocess.run(["sox", *parts, str(out)], check=True, capture_output=True)
    return out


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def serve_app(bare: bool) -> None:
    """The app's side alone, as in a session: a ListeningService under a real event loop (app.exec(), which sleeps
    until there is something to do; see the module's docstring). Lines out: "listening WORKER_PID", "off NOTE",
    "heard MONOTONIC COMMAND", "onset MONOTONIC" (when the first loud sample after a quiet spell was recorded: the
    chunk's end less the samples after it; finding it costs the app's process a max and a min over each piece of
    sound, the one thing here a session does not do). Lines in: "answers off"; end of input ends it."""
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from coach.listening.recogniser import SAMPLE_RATE
    from coach.listening.service import ListeningService

    app = QApplication([])
    service = ListeningService()
    service.set_wake_word(not bare)

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def on_listening(listening: bool) -> None:
        worker = service._client._process  # a bench may look inside
        if listening and worker is not None:
            say(f"listening {worker.processId()}")

    def on_note(note: str) -> None:
        if note:
            say(f"off {note}")

    last_loud = [0.0]

    def on_audio(pcm: bytes, start: float, end: float) -> None:
        index = first_loud(pcm)
        if index is None:
            return
        at = start + index / SAMPLE_RATE
        if at - last_loud[0] > ONSET_GAP:
            say(f"onset {at}")
        last_loud[0] = end

    def on_input() -> None:
        data = os.read(sys.stdin.fileno(), 4096)  # not sys.stdin: its buffer could hold a line the notifier missed
        if "answers off" in data.decode():
            service.set_answers_wanted(False)
        if not data:
            notifier.setEnabled(False)
            service.stop()
            app.quit()

    service.listening_changed.connect(on_listening)
    service._microphone.audio.connect(on_audio)  # a bench may look inside
    service.note_changed.connect(on_note)
    service.heard.connect(lambda command, _words: say(f"heard {time.monotonic()} {command.value}"))
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    service.start()
    app.exec()


class App:
    """The app's process (serve_app), its worker's pid, and what it heard (a reader thread collects its lines)."""

    def __init__(self, bare: bool) -> None:
        self.process = subprocess.Popen([sys.executable, __file__, "--serve-app", *(["--bare"] if bare else [])],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.worker = 0
        self.note = ""
        self.heard: list[tuple[float, str]] = []
        self.onsets: list[float] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            kind, _, rest = line.strip().partition(" ")
            if kind == "listening":
                self.worker = int(rest)
            elif kind == "off":
                self.note = rest
            elif kind == "heard":
                at, command = rest.split()
                self.heard.append((float(at), command))
            elif kind == "onset":
                self.onsets.append(float(rest))

    def tell(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def cpu(self) -> tuple[float, float]:
        """CPU seconds so far of the app's process and of the worker's."""
        return cpu_seconds(self.process.pid), cpu_seconds(self.worker)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rounds", type=int, nargs="?", default=3)
    parser.add_argument("--bare", action="store_true", help="the wake phrase off: bare words count")
    parser.add_argument("--talk", type=float, default=120.0, help="seconds of talk in the room (0: none)")
    parser.add_argument("--serve-app", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_app:
        serve_app(args.bare)
        return
    for tool in ("pulseaudio", "pactl", "paplay", "flite", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"listening_live: {tool} is missing")
    print(describe())
    folder = Path(tempfile.mkdtemp(prefix="backcoach-listen-"))
    server, address = start_pulse(folder)
    os.environ["PULSE_SERVER"] = address
    from coach.listening.commands import PHRASES
    from coach.listening.wake import WAKE_PHRASE

    app = App(args.bare)
    deadline = time.monotonic() + 30
    while not app.worker and not app.note and app.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if not app.worker:
        app.close()
        server.terminate()
        raise SystemExit(f"listening_live: not listening ({app.note or 'no word from the app'})")

    def total_cpu() -> float:
        return sum(app.cpu())

    windows: dict[str, list[float]] = {"quiet": [], "commands": [], "talk": []}
    window = [total_cpu(), time.monotonic()]

    def sample(phase: str) -> None:
        """Close the CPU window once it is WINDOW_SECONDS long."""
        now = time.monotonic()
        if now - window[1] >= WINDOW_SECONDS:
            cpu = total_cpu()
            windows[phase].append((cpu - window[0]) / (now - window[1]))
            window[:] = [cpu, now]

    def wait_sampling(seconds: float, phase: str) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            time.sleep(0.02)
            sample(phase)

    def wait_while_playing(player: subprocess.Popen, phase: str) -> None:
        """Wait until the player ends, closing CPU windows into phase."""
        while player.poll() is None:
            time.sleep(0.02)
            sample(phase)

    def restart_window() -> None:
        window[:] = [total_cpu(), time.monotonic()]

    time.sleep(2)
    restart_window()
    quiet_from = (app.cpu(), time.monotonic())
    wait_sampling(QUIET_SECONDS, "quiet")
    quiet_rates = [(after - before) / (time.monotonic() - quiet_from[1])
                   for before, after in zip(quiet_from[0], app.cpu(), strict=True)]

    words = [phrase for phrases in PHRASES.values() for phrase in phrases if " " not in phrase]
    prefix = "" if args.bare else f"{WAKE_PHRASE.text} "
    clips = {word: clip(prefix + word, folder) for word in words}
    onsets_in_clips = {word: speech_start_in(path) for word, (path, _end) in clips.items()}
    latencies: dict[str, list[float]] = {word: [] for word in words}
    arrivals: list[float] = []  # from the player's start to its sound's arrival in the app
    missed: list[str] = []
    restart_window()
    commands_from = (app.cpu(), time.monotonic())
    for _round in range(args.rounds):
        for word in words:
            path, word_end = clips[word]
            app.heard.clear()
            app.onsets.clear()
            played = time.monotonic()
            player = subprocess.Popen(["paplay", str(path)], env=os.environ)
            wait_while_playing(player, "commands")
            wait_sampling(1.0, "commands")
            if app.onsets:
                arrivals.append(app.onsets[0] - (played + onsets_in_clips[word]))
            if app.heard and app.onsets:
                spoken_end = app.onsets[0] + word_end - onsets_in_clips[word]
                latencies[word].append(app.heard[0][0] - spoken_end)
            else:
                missed.append(word)
    commands_seconds = time.monotonic() - commands_from[1]
    commands_cpu = [after - before for before, after in zip(commands_from[0], app.cpu(), strict=True)]
    taken: list[str] = []
    if args.talk:
        chatter = talk(folder, args.talk)
        app.tell("answers off")  # as in the app while no question is open
        time.sleep(0.2)
        app.heard.clear()
        restart_window()
        wait_while_playing(subprocess.Popen(["paplay", str(chatter)], env=os.environ), "talk")
        time.sleep(1.0)
        taken = [command for _at, command in app.heard]
    app.close()
    server.terminate()
    server.wait(10)
    shutil.rmtree(folder, ignore_errors=True)

    every = sorted(x for values in latencies.values() for x in values)
    print(f"wake phrase: {'off (bare words)' if args.bare else WAKE_PHRASE.text}")
    print(f"commands played: {args.rounds * len(words)}, heard: {len(every)}, missed: {missed}")
    if every:
        print(f"latency end of speech -> heard: median {statistics.median(every) * 1000:.0f} ms, "
              f"min {every[0] * 1000:.0f} ms, max {every[-1] * 1000:.0f} ms")
    if arrivals:
        print(f"  (timed from the sound's arrival in the app: it arrived a median "
              f"{statistics.median(arrivals) * 1000:.0f} ms after the player was started)")
    for word, values in latencies.items():
        if values:
            print(f"  {word:<10} median {statistics.median(values) * 1000:5.0f} ms ({len(values)} heard)")
    for phase, label in (("quiet", "a quiet room"), ("commands", "a command every ~2.5 s"),
                         ("talk", f"{args.talk:.0f} s of talk in the room")):
        shares = windows[phase]
        if shares:
            print(f"CPU, {label}: median {statistics.median(shares) * 100:.2f} %, max {max(shares) * 100:.2f} % "
                  f"of a core (app + worker, {len(shares)} windows of {WINDOW_SECONDS} s)")
    if windows["quiet"]:
        print(f"CPU, a quiet room, by process: the app {quiet_rates[0] * 100:.2f} %, the worker "
              f"{quiet_rates[1] * 100:.2f} % (means over {QUIET_SECONDS} s)")
        quiet = statistics.median(windows["quiet"])
        played = args.rounds * len(words)
        each = (sum(commands_cpu) - quiet * commands_seconds) / played
        app_each, worker_each = ((spent - rate * commands_seconds) / played
                                 for spent, rate in zip(commands_cpu, quiet_rates, strict=True))
        print(f"CPU each command costs over the quiet room: {each * 1000:.0f} ms of a core ({played} played in "
              f"{commands_seconds:.0f} s; the app {app_each * 1000:.0f} ms, the worker {worker_each * 1000:.0f} ms "
              f"over their mean quiet rates); a command a minute: {(quiet + each / 60) * 100:.2f} % of a core")
    if args.talk:
        print(f"commands taken from the talk: {len(taken)} {taken}")


if __name__ == "__main__":
    main()
