"""Start at log-in inside a Flatpak, through the Background portal: on a private bus, with a fake portal (or none)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtDBus import QDBusConnection

from coach.platform import autostart
from coach.storage import reminder_store
from coach.platform.background_portal import BackgroundAnswer, BackgroundPortal
from coach.ui.resident import Resident
from coach.ui.window_on_demand import WindowOnDemand

from ..platform.dbus_session import FakeBackgroundPortal, SessionBus, fake_background_portal

pytestmark = pytest.mark.slow
COMMAND = ["backcoach", "--background"]
DENIED = "The desktop did not allow Back Coach to start at log-in."
ENTRY = "io.github.backcoach.BackCoach.desktop"


@pytest.fixture
def start_portal(session_bus: SessionBus, tmp_path: Path) -> Iterator:
    """start_portal("--answer", "deny") runs the fake portal with those flags for the rest of the test."""
    with_portal = []

    def start(*flags: str) -> FakeBackgroundPortal:
        context = fake_background_portal(session_bus, tmp_path / "portal.jsonl", *flags)
        with_portal.append(context)
        return context.__enter__()

    yield start
    for context in with_portal:
        context.__exit__(None, None, None)


def ask(qtbot, portal: BackgroundPortal, autostart_wanted: bool, timeout_ms: int = 5000) -> BackgroundAnswer:
    with qtbot.waitSignal(portal.finished, timeout=timeout_ms) as blocker:
        portal.request(autostart_wanted, COMMAND)
    (answer,) = blocker.args
    return answer


def test_granted_turns_it_on_and_the_portal_gets_the_options_it_wants(qtbot, connection, start_portal):
    fake = start_portal()
    answer = ask(qtbot, BackgroundPortal(connection), True)
    assert answer == BackgroundAnswer(asked=True, autostart=True, problem="")
    (call,) = fake.calls()
    options = call["options"]
    assert options["autostart"] is True and options["commandline"] == COMMAND
    assert options["dbus-activatable"] is False
    assert isinstance(options["reason"], str) and options["reason"].strip()
    # Typed as the portal checks them: a commandline of "av" would be refused.
    assert call["types"] == {"autostart": "b", "commandline": "as", "dbus-activatable": "b", "handle_token": "s",
                             "reason": "s"}
    sender = connection.baseService().removeprefix(":").replace(".", "_")
    assert call["handle"] == f"/org/freedesktop/portal/desktop/request/{sender}/{options['handle_token']}"
    assert call["parent_window"] == ""


def test_an_answer_sent_before_the_reply_is_heard(qtbot, connection, start_portal):
    """The Request's path is known before calling, so the answer is heard even when it overtakes the reply."""
    start_portal("--answer", "early")
    assert ask(qtbot, BackgroundPortal(connection), True) == BackgroundAnswer(True, True, "")


def test_switching_off_asks_with_autostart_false(qtbot, connection, start_portal):
    fake = start_portal()
    portal = BackgroundPortal(connection)
    assert ask(qtbot, portal, True).autostart is True
    assert ask(qtbot, portal, False) == BackgroundAnswer(asked=False, autostart=False, problem="")
    assert [call["options"]["autostart"] for call in fake.calls()] == [True, False]
    tokens = [call["options"]["handle_token"] for call in fake.calls()]
    assert len(set(tokens)) == 2, "each request has its own token"


def test_denied_is_a_plain_words_problem_and_leaves_it_off(qtbot, connection, start_portal):
    start_portal("--answer", "deny")
    assert ask(qtbot, BackgroundPortal(connection), True) == BackgroundAnswer(True, False, DENIED)


def test_background_allowed_but_not_autostart_is_a_denial_too(qtbot, connection, start_portal):
    start_portal("--no-autostart")
    assert ask(qtbot, BackgroundPortal(connection), True) == BackgroundAnswer(True, False, DENIED)


def test_no_answer_times_out_with_a_problem_and_never_blocks(qtbot, connection, start_portal):
    fake = start_portal("--answer", "never")
    portal = BackgroundPortal(connection, answer_timeout_ms=700)
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(20)
    clock = QElapsedTimer()
    with qtbot.waitSignal(portal.finished, timeout=5000) as blocker:
        clock.start()
        portal.request(True, COMMAND)
        assert clock.elapsed() < 200, "request() returns at once"
    ticker.stop()
    (answer,) = blocker.args
    assert answer.autostart is None and "did not answer in time" in answer.problem
    assert len(ticks) >= 10, "the event loop ran all along"
    qtbot.waitUntil(lambda: {"closed": fake.calls()[0]["handle"]} in fake.calls(), timeout=5000)
    assert not portal.busy


def test_a_hung_portal_times_out_on_the_call(qtbot, connection, start_portal):
    fake = start_portal()
    fake.pause()
    portal = BackgroundPortal(connection, call_timeout_ms=500)
    clock = QElapsedTimer()
    with qtbot.waitSignal(portal.finished, timeout=5000) as blocker:
        clock.start()
        portal.request(True, COMMAND)
        assert clock.elapsed() < 200, "request() does not wait for the hung portal"
    (answer,) = blocker.args
    assert answer.autostart is None and "did not answer in time" in answer.problem


def test_no_portal_on_the_bus_is_a_problem_not_a_crash(qtbot, connection):
    answer = ask(qtbot, BackgroundPortal(connection), True)
    assert answer.autostart is None and "no portal" in answer.problem


def test_no_bus_at_all_is_a_problem_not_a_crash(qtbot, qapp, tmp_path):
    bus = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", "backcoach-portal-test-no-bus")
    try:
        answer = ask(qtbot, BackgroundPortal(bus), True)
        assert answer.autostart is None and "no session bus" in answer.problem
    finally:
        QDBusConnection.disconnectFromBus("backcoach-portal-test-no-bus")


def test_a_new_request_replaces_an_unanswered_one(qtbot, connection, start_portal):
    fake = start_portal()
    portal = BackgroundPortal(connection)
    answers = []
    portal.finished.connect(answers.append)
    portal.request(True, COMMAND)
    portal.request(False, COMMAND)
    qtbot.waitUntil(lambda: len(fake.calls()) == 2 and bool(answers), timeout=5000)
    qtbot.wait(300)  # room for a stray answer to the first request
    assert answers == [BackgroundAnswer(False, False, "")]


# ----- the app: in a Flatpak the dialog's choice goes to the portal; elsewhere nothing changed


@pytest.fixture
def in_a_flatpak(monkeypatch, tmp_path):
    info = tmp_path / ".flatpak-info"
    info.write_text("[Application]\nname=io.github.backcoach.BackCoach\n", encoding="utf-8")
    monkeypatch.setenv("FLATPAK_ID", autostart.APP_ID)
    monkeypatch.setattr(autostart, "FLATPAK_INFO", info)


def resident(coach, connection: QDBusConnection | None = None, made: list | None = None) -> Resident:
    def make_portal() -> BackgroundPortal:
        if made is not None:
            made.append(True)
        return BackgroundPortal(connection)

    resident = Resident(WindowOnDemand.around(coach.controller), None, theme=lambda: coach.window.theme,
                        tray_available=False, make_notifications=lambda: None, make_background_portal=make_portal)
    resident.start()
    return resident


def choose_autostart(resident: Resident, on: bool) -> None:
    dialog = resident.open_reminders()
    assert dialog.autostart_box.isVisible() and dialog.autostart_box.isEnabled()
    dialog.autostart_box.setChecked(on)
    dialog.ok_button.click()


def test_in_a_flatpak_the_portal_is_asked_and_no_entry_written(coach, qtbot, user_dirs, in_a_flatpak, connection,
                                                               start_portal):
    fake = start_portal()
    app = resident(coach, connection)
    assert app.flatpak
    choose_autostart(app, True)
    assert reminder_store.load().options.autostart, "the choice is saved at once"
    with qtbot.waitSignal(app.background_portal.finished, timeout=5000):
        pass
    (call,) = fake.calls()
    assert call["options"]["commandline"] == ["backcoach", "--background"]
    assert reminder_store.load().options.autostart is True
    assert not (user_dirs["XDG_CONFIG_HOME"] / "autostart" / ENTRY).exists()
    assert coach.window.home.problems_label.isHidden()


def test_in_a_flatpak_a_denial_is_shown_and_the_box_is_unticked_next_time(coach, qtbot, user_dirs, in_a_flatpak,
                                                                         connection, start_portal):
    start_portal("--answer", "deny")
    app = resident(coach, connection)
    choose_autostart(app, True)
    qtbot.waitUntil(lambda: DENIED in coach.window.home.problems_label.text(), timeout=5000)
    assert reminder_store.load().options.autostart is False
    dialog = app.open_reminders()
    assert not dialog.autostart_box.isChecked()
    dialog.reject()


def test_in_a_flatpak_no_portal_keeps_it_as_it_was(coach, qtbot, user_dirs, in_a_flatpak, connection):
    app = resident(coach, connection)
    choose_autostart(app, True)
    qtbot.waitUntil(lambda: "no portal" in coach.window.home.problems_label.text(), timeout=5000)
    assert reminder_store.load().options.autostart is False


def test_outside_a_flatpak_the_portal_is_never_asked(coach, qtbot, user_dirs, monkeypatch):
    monkeypatch.setenv("FLATPAK_ID", autostart.APP_ID)  # leaked into a shell: no /.flatpak-info, no sandbox
    monkeypatch.setattr(autostart, "FLATPAK_INFO", user_dirs["XDG_CONFIG_HOME"] / "no-such-file")
    made: list = []
    app = resident(coach, made=made)
    assert not app.flatpak
    choose_autostart(app, True)
    entry = user_dirs["XDG_CONFIG_HOME"] / "autostart" / ENTRY
    assert entry.is_file() and "--background" in entry.read_text()
    assert made == [] and app.background_portal is None
