"""A throw-away desktop for the benchmarks: Xvfb, a private D-Bus session, a window watcher, /proc readings.

Nothing here touches the real user's files or session: every benchmark gets
its own XDG_* and HOME folders, its own X server (display number picked by
Xvfb itself) and its own session bus. The watcher talks to the X server
through libX11 with ctypes: it keeps one connection open, listens for
top-level windows being created, mapped and renamed, and reports the moment
a viewable window whose title contains a given text appears. It owns no
window, so in the "cold" state it is the only other client, and it never
disconnects mid-run (a server whose last client leaves resets itself).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import signal
import subprocess
import tempfile
import time
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
_SUBSTRUCTURE_NOTIFY = 1 << 19
_IS_VIEWABLE = 2


def private_home() -> dict[str, str]:
    """Environment with HOME and XDG_* pointing into a new temp folder, Back Coach's safety note marked read."""
    root = Path(tempfile.mkdtemp(prefix="backcoach-bench-"))
    env = dict(os.environ, HOME=str(root), XDG_CONFIG_HOME=str(root / "config"),
               XDG_DATA_HOME=str(root / "data"), XDG_CACHE_HOME=str(root / "cache"))
    marker = root / "config" / "backcoach" / "safety-note-read"
    marker.parent.mkdir(parents=True)
    marker.write_text("benchmark\n", encoding="utf-8")
    return env


def measured_source(env: dict[str, str], python: str) -> str:
    """Which coach package the benchmark's processes import (PYTHONPATH=DIR measures another checkout)."""
    done = subprocess.run([python, "-c", "import coach; print(coach.__file__.rsplit('/', 2)[0], coach.__version__)"],
                          env=env, cwd=env["HOME"], capture_output=True, text=True, check=True)
    return "coach imported from " + done.stdout.strip()


def start_session_bus(env: dict[str, str]) -> subprocess.Popen:
    """A private dbus-daemon (Workrave will not start without a session bus); sets its address in env."""
    read, write = os.pipe()
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", f"--print-address={write}"],
                              pass_fds=(write,), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as stream:
        env["DBUS_SESSION_BUS_ADDRESS"] = stream.readline().strip()
    return daemon


def start_sound_server(env: dict[str, str]) -> subprocess.Popen | None:
    """A private PulseAudio with a null sink, where a desktop session has its sound server
    ($XDG_RUNTIME_DIR/pulse/native, a new private runtime folder set in env); None if pulseaudio
    is not installed (the apps then find no sound output, unlike on a desktop)."""
    runtime = Path(env["HOME"]) / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env.pop("PULSE_SERVER", None)
    socket = runtime / "pulse" / "native"
    try:
        server = subprocess.Popen(
            ["pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1", "--use-pid-file=no",
             "--load=module-null-sink sink_name=bench", f"--load=module-native-protocol-unix socket={socket}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except FileNotFoundError:
        return None
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return server


def start_xvfb(env: dict[str, str], display: int | None = None) -> subprocess.Popen:
    """A new Xvfb (1920x1080x24) on ``display`` (None: the first free one); sets DISPLAY in env once it accepts
    connections."""
    read, write = os.pipe()
    chosen = [f":{display}"] if display is not None else []
    server = subprocess.Popen(["Xvfb", *chosen, "-displayfd", str(write), "-screen", "0", "1920x1080x24",
                               "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as stream:
        env["DISPLAY"] = ":" + stream.readline().strip()
    return server


def stop(process: subprocess.Popen, grace: float = 5.0) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def stop_pid(pid: int) -> None:
    """SIGTERM a process this benchmark started indirectly (a bus service, uv's child), if still there."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, in seconds (from /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def tree_cpu_seconds(pid: int) -> float:
    """CPU of a process, its reaped children (cutime + cstime) and its live descendants, in seconds."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    own = sum(int(value) for value in fields[11:15]) / CLOCK_TICKS
    return own + sum(tree_cpu_seconds(child) for child in children(pid))


def memory_kib(pid: int) -> dict[str, int]:
    """VmRSS, RssAnon and RssFile from /proc/PID/status, in KiB."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile"):
                values[key] = int(rest.split()[0])
    return values


def mapped_libraries(pid: int, words: tuple[str, ...]) -> list[str]:
    """Names of the files mapped into a process whose name contains any of ``words`` (case-insensitive)."""
    with open(f"/proc/{pid}/maps", encoding="utf-8", errors="replace") as maps:
        paths = {line.split(None, 5)[5].strip() for line in maps if len(line.split(None, 5)) == 6}
    return sorted({os.path.basename(p) for p in paths if any(w in os.path.basename(p).lower() for w in words)})


def bus_services(address: str) -> list[int]:
    """Processes a session bus started on demand (and their children): their DBUS_STARTER_ADDRESS is its address."""
    wanted = f"DBUS_STARTER_ADDRESS={address}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as environ:
                    if wanted in environ.read().split(b"\0"):
                        found.append(int(entry))
            except OSError:
                pass
    return found


def stop_desktop(env: dict[str, str], server: subprocess.Popen, bus: subprocess.Popen,
                 sound: subprocess.Popen | None = None) -> None:
    """End what start_xvfb, start_session_bus and start_sound_server started, and what the bus started on demand."""
    for pid in bus_services(env["DBUS_SESSION_BUS_ADDRESS"]):
        stop_pid(pid)
    stop(bus)
    stop(server)
    if sound is not None:
        stop(sound)


def children(pid: int) -> list[int]:
    """Direct child processes of pid (threads are not processes and are not listed)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, ValueError):
                pass
    return found


class _Attributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda _d, _e: 0)


class WindowWatcher:
    """One X connection that finds viewable top-level windows by title."""

    def __init__(self, display: str) -> None:
        x = self._x = ctypes.CDLL(ctypes.util.find_library("X11"))
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XInternAtom.restype = ctypes.c_ulong
        for name in ("XDefaultRootWindow", "XQueryTree", "XGetWindowAttributes", "XGetWindowProperty",
                     "XInternAtom", "XSelectInput", "XPending", "XNextEvent", "XConnectionNumber",
                     "XCloseDisplay", "XFlush"):
            getattr(x, name).argtypes = None
        x.XSetErrorHandler(_ERROR_HANDLER)  # a window can vanish between listing and reading it
        self._dpy = ctypes.c_void_p(x.XOpenDisplay(display.encode()))
        if not self._dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self._root = ctypes.c_ulong(x.XDefaultRootWindow(self._dpy))
        self._atoms = [ctypes.c_ulong(x.XInternAtom(self._dpy, name, 0)) for name in (b"_NET_WM_NAME", b"WM_NAME")]
        x.XSelectInput(self._dpy, self._root, ctypes.c_long(_SUBSTRUCTURE_NOTIFY))
        x.XFlush(self._dpy)
        self._event = ctypes.create_string_buffer(192)

    def close(self) -> None:
        self._x.XCloseDisplay(self._dpy)

    def _title(self, window: ctypes.c_ulong) -> str:
        x = self._x
        for atom in self._atoms:
            kind, fmt = ctypes.c_ulong(), ctypes.c_int()
            count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
            status = x.XGetWindowProperty(self._dpy, window, atom, ctypes.c_long(0), ctypes.c_long(256), 0,
                                          ctypes.c_ulong(0), ctypes.byref(kind), ctypes.byref(fmt),
                                          ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
            if status == 0 and data.value:
                text = ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
                x.XFree(data)
                if text:
                    return text
        return ""

    def find(self, text: str) -> int | None:
        """A viewable top-level window whose title contains ``text``, or None."""
        x = self._x
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        listed, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not x.XQueryTree(self._dpy, self._root, ctypes.byref(root), ctypes.byref(parent),
                            ctypes.byref(listed), ctypes.byref(count)):
            return None
        windows = [listed[i] for i in range(count.value)]
        if listed:
            x.XFree(listed)
        for window in windows:
            attributes = _Attributes()
            if (x.XGetWindowAttributes(self._dpy, ctypes.c_ulong(window), ctypes.byref(attributes))
                    and attributes.map_state == _IS_VIEWABLE and text in self._title(ctypes.c_ulong(window))):
                return window
        return None

    def wait_visible(self, text: str, timeout: float, process: subprocess.Popen | None = None) -> tuple[float, int]:
        """Wait for such a window; returns (time.monotonic() when seen, window id). Looks again on every
        window event, and every 20 ms in case a title changed after mapping."""
        deadline = time.monotonic() + timeout
        fd = self._x.XConnectionNumber(self._dpy)
        while True:
            window = self.find(text)
            if window is not None:
                return time.monotonic(), window
            if process is not None and process.poll() is not None:
                raise RuntimeError(f"{process.args[0]} exited ({process.returncode}) before showing a window")
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f'no visible window titled "{text}" within {timeout} s')
            if not self._x.XPending(self._dpy):
                select.select([fd], [], [], min(left, 0.02))
            while self._x.XPending(self._dpy):
                self._x.XNextEvent(self._dpy, self._event)
