"""A real system tray on an X display for tests: trayer, an XEmbed tray panel (apt-get install trayer).

Findings (measured with trayer 1.1.8, Xvfb, PySide6 6.11.3 on xcb, no window manager):

* On xcb, QSystemTrayIcon.isSystemTrayAvailable() is True exactly when the X
  selection _NET_SYSTEM_TRAY_S0 has an owner (the call takes 1-3 ms). trayer
  alone is enough: no window manager is needed and no D-Bus either. (No window
  manager is installed here, so "trayer plus a window manager" is untested.)
* Qt looks for a StatusNotifierWatcher on the session bus first. With
  DBUS_SESSION_BUS_ADDRESS unset, pointing at no socket, or at a bus without a
  watcher, it falls back to XEmbed silently: no Qt message of any level. (On a
  desktop whose bus has a watcher, KDE for one, Qt uses that tray instead, so the
  tests point the probe at no bus.)
* trayer owns the selection 9-13 ms after it starts (20 runs); after SIGTERM the
  owner is gone within about 1 ms. A Qt icon shown then is embedded (its X window
  reparented into trayer's panel: 22x24 at +1+775 on a 1280x800 screen) within
  15-17 ms of show(). Before that geometry() already says 0,0 22x22: a non-empty
  geometry alone does not prove the icon is in a tray; its X parent does.
* showMessage() on this XEmbed tray draws Qt's own balloon (a QBalloonTip
  top-level window just above the icon, shown within ms); a click on it emits
  messageClicked, a click on the icon activated(Trigger) (checked with xdotool).
* Without a tray: isSystemTrayAvailable() False, show() still sets isVisible()
  True, geometry() is empty, no X window is made, showMessage() draws nothing;
  no Qt message.
* trayer killed while the icon shows: the icon's window goes away with the panel,
  geometry() turns empty and isSystemTrayAvailable() False; no crash, no message.
  A new trayer gets the icon back: Qt re-embeds it by itself, within 0.5 s.
* Ownership is read with XGetSelectionOwner through ctypes and libX11 (Qt's xcb
  plugin links it, so it is there wherever these tests can run): no python-xlib,
  no extra tool.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"  # screen 0's tray
READY_TIMEOUT_S = 10.0
POLL_S = 0.005

_Window = ctypes.c_ulong


def _libx11() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("X11")
    if name is None:
        return None
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetSelectionOwner.restype = _Window
    lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XQueryTree.restype = ctypes.c_int
    lib.XQueryTree.argtypes = [ctypes.c_void_p, _Window, ctypes.POINTER(_Window), ctypes.POINTER(_Window),
                               ctypes.POINTER(ctypes.POINTER(_Window)), ctypes.POINTER(ctypes.c_uint)]
    lib.XFree.argtypes = [ctypes.c_void_p]
    return lib


class XConnection:
    """A plain Xlib connection for two questions: who owns a selection, who is a window's parent."""

    def __init__(self, display: str) -> None:
        lib = _libx11()
        if lib is None:
            raise OSError("libX11 is not installed")
        self._lib = lib
        self._display = lib.XOpenDisplay(display.encode())
        if not self._display:
            raise OSError(f"cannot open X display {display}")

    def close(self) -> None:
        if self._display:
            self._lib.XCloseDisplay(self._display)
            self._display = None

    def __enter__(self) -> XConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def selection_owner(self, selection: str = TRAY_SELECTION) -> int:
        """The window that owns the selection, 0 if none."""
        atom = self._lib.XInternAtom(self._display, selection.encode(), 0)
        return int(self._lib.XGetSelectionOwner(self._display, atom))

    def parent_and_root(self, window: int) -> tuple[int, int]:
        """The window's parent and the root window; (0, 0) if the window does not exist."""
        root, parent = _Window(), _Window()
        children = ctypes.POINTER(_Window)()
        count = ctypes.c_uint()
        if not self._lib.XQueryTree(self._display, window, ctypes.byref(root), ctypes.byref(parent),
                                    ctypes.byref(children), ctypes.byref(count)):
            return 0, 0
        if children:
            self._lib.XFree(children)
        return int(parent.value), int(root.value)


def tray_owner(display: str) -> int:
    """The window of the tray host on display (screen 0), 0 if there is no tray."""
    with XConnection(display) as x:
        return x.selection_owner()


@dataclass
class TrayHost:
    """trayer, running and owning the tray selection.

    Attributes:
        process: trayer.
        owner: the window that owns _NET_SYSTEM_TRAY_S0.
        ready_s: seconds from start until it owned the selection.
    """

    process: subprocess.Popen
    owner: int
    ready_s: float


def _wait_for_owner(x: XConnection, wanted: bool, process: subprocess.Popen | None, timeout_s: float) -> int:
    end = time.monotonic() + timeout_s
    while True:
        owner = x.selection_owner()
        if bool(owner) == wanted:
            return owner
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"trayer exited with code {process.returncode} before it owned the tray")
        if time.monotonic() > end:
            state = "still owns" if owner else "does not own"
            raise RuntimeError(f"after {timeout_s} s, a tray host {state} {TRAY_SELECTION}")
        time.sleep(POLL_S)


@contextmanager
def running_tray_host(display: str, timeout_s: float = READY_TIMEOUT_S) -> Iterator[TrayHost]:
    """Run trayer on display until the block ends; yields once it owns the tray selection.

    Skips the test when trayer or libX11 is missing. Fails if another tray host
    already owns the selection (the result would not be trayer's). On the way out,
    waits until the selection is free again, so the next test starts without a tray.
    """
    import pytest  # here, so the probe can import this module without pytest

    trayer = shutil.which("trayer")
    if trayer is None:
        pytest.skip("trayer is needed for this test: apt-get install trayer")
    if _libx11() is None:
        pytest.skip("libX11 is needed for this test: apt-get install libx11-6")
    with XConnection(display) as x:
        if x.selection_owner():
            raise RuntimeError(f"another tray host already owns {TRAY_SELECTION} on {display}")
        started = time.monotonic()
        process = subprocess.Popen([trayer],
                                   env={**os.environ, "DISPLAY": display}, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            owner = _wait_for_owner(x, True, process, timeout_s)
            yield TrayHost(process, owner, time.monotonic() - started)
        finally:
            process.terminate()
            try:
                process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=timeout_s)
            _wait_for_owner(x, False, None, timeout_s)
