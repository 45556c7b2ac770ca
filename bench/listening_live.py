"""Voice commands live: latency from the end of a spoken word to the command, and CPU while listening.

A private PulseAudio (Debian package pulseaudio) with a null sink whose monitor is remapped to a
source is the microphone (as in tests/speech/test_listening_end_to_end.py); commands made with
Flite are played into it with paplay. The ListeningService runs as in the app: QAudioSource, the
worker process, the mute gate, and the wake phrase on (the app's default; --bare: off, bare words).
Latency is from the moment the command's last sample reaches the sound server (paplay's start + the
clip's lead + the speech's length) to ``heard``. CPU is the app's process plus the worker's, from
/proc ticks, as medians of 10 s windows: a quiet room, the commands (one every ~2.5 s), and --talk
SECONDS of talk in the room (bench/listening_sentences.txt read by Flite's four voices one after
another, 0.3-1 s apart: the most the recogniser has to decode), which also counts the commands it
took from that talk. A command every ~2.5 s is a test of the worst, not a session: the CPU each command costs
over the quiet room (the commands phase's whole CPU less the quiet room's rate over as long, per command played)
gives what a session with a command every minute costs. "yes" and "no" count during the commands, not during the
talk: the app listens for them only while its stop question is open.

Usage: uv run python bench/listening_live.py [ROUNDS] [--bare] [--talk SECONDS]
       (default 3 rounds of every one-word command, 120 s of talk)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from machine import describe

LEAD, TAIL = 0.3, 0.8
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rounds", type=int, nargs="?", default=3)
    parser.add_argument("--bare", action="store_true", help="the wake phrase off: bare words count")
    parser.add_argument("--talk", type=float, default=120.0, help="seconds of talk in the room (0: none)")
    args = parser.parse_args()
    for tool in ("pulseaudio", "pactl", "paplay", "flite", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"listening_live: {tool} is missing")
    print(describe())
    folder = Path(tempfile.mkdtemp(prefix="backcoach-listen-"))
    server, address = start_pulse(folder)
    os.environ["PULSE_SERVER"] = address
    from PySide6.QtWidgets import QApplication

    from coach.listening.commands import PHRASES
    from coach.listening.service import ListeningService
    from coach.listening.wake import WAKE_PHRASE

    app = QApplication([])
    service = ListeningService()
    service.set_wake_word(not args.bare)
    heard: list[tuple[float, str]] = []
    service.heard.connect(lambda command, words: heard.append((time.monotonic(), command.value)))
    service.start()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    deadline = time.monotonic() + 30
    while not service.listening and time.monotonic() < deadline:
        pump(0.05)
    if not service.listening:
        raise SystemExit(f"listening_live: not listening ({service.note})")
    worker = service._client._process.processId()  # a bench may look inside

    def total_cpu() -> float:
        return cpu_seconds(os.getpid()) + cpu_seconds(worker)

    windows: dict[str, list[float]] = {"quiet": [], "commands": [], "talk": []}
    window = [total_cpu(), time.monotonic()]

    def sample(phase: str) -> None:
        """Close the CPU window once it is WINDOW_SECONDS long."""
        now = time.monotonic()
        if now - window[1] >= WINDOW_SECONDS:
            cpu = total_cpu()
            windows[phase].append((cpu - window[0]) / (now - window[1]))
            window[:] = [cpu, now]

    def pump_sampling(seconds: float, phase: str) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pump(0.05)
            sample(phase)

    def pump_while_playing(player: subprocess.Popen, phase: str, step: float = 0.05) -> None:
        """Run the event loop until the player ends, closing CPU windows into phase."""
        while player.poll() is None:
            pump(step)
            sample(phase)

    def restart_window() -> None:
        window[:] = [total_cpu(), time.monotonic()]

    pump(2)
    restart_window()
    pump_sampling(QUIET_SECONDS, "quiet")

    words = [phrase for phrases in PHRASES.values() for phrase in phrases if " " not in phrase]
    prefix = "" if args.bare else f"{WAKE_PHRASE.text} "
    clips = {word: clip(prefix + word, folder) for word in words}
    latencies: dict[str, list[float]] = {word: [] for word in words}
    missed: list[str] = []
    restart_window()
    commands_from = (total_cpu(), time.monotonic())
    for _round in range(args.rounds):
        for word in words:
            path, word_end = clips[word]
            heard.clear()
            played = time.monotonic()
            # A low playback latency: a real voice reaches the microphone at once, paplay by default ~0.2 s later.
            player = subprocess.Popen(["paplay", "--latency-msec=10", str(path)], env=os.environ)
            pump_while_playing(player, "commands", 0.01)
            pump_sampling(1.0, "commands")
            if heard:
                latencies[word].append(heard[0][0] - (played + word_end))
            else:
                missed.append(word)
    commands_cpu, commands_seconds = total_cpu() - commands_from[0], time.monotonic() - commands_from[1]
    taken: list[str] = []
    if args.talk:
        chatter = talk(folder, args.talk)
        service.set_answers_wanted(False)  # as in the app while no question is open
        heard.clear()
        restart_window()
        pump_while_playing(subprocess.Popen(["paplay", str(chatter)], env=os.environ), "talk")
        pump(1.0)
        taken = [command for _at, command in heard]
    service.stop()
    server.terminate()
    server.wait(10)
    shutil.rmtree(folder, ignore_errors=True)

    every = sorted(x for values in latencies.values() for x in values)
    print(f"wake phrase: {'off (bare words)' if args.bare else WAKE_PHRASE.text}")
    print(f"commands played: {args.rounds * len(words)}, heard: {len(every)}, missed: {missed}")
    if every:
        print(f"latency end of speech -> heard: median {statistics.median(every) * 1000:.0f} ms, "
              f"min {every[0] * 1000:.0f} ms, max {every[-1] * 1000:.0f} ms")
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
        quiet = statistics.median(windows["quiet"])
        played = args.rounds * len(words)
        each = (commands_cpu - quiet * commands_seconds) / played
        print(f"CPU each command costs over the quiet room: {each * 1000:.0f} ms of a core ({played} played in "
              f"{commands_seconds:.0f} s); a command a minute: {(quiet + each / 60) * 100:.2f} % of a core")
    if args.talk:
        print(f"commands taken from the talk: {len(taken)} {taken}")


if __name__ == "__main__":
    main()
