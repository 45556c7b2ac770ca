"""Inside a Flatpak: how the app tells, and the command the Background portal is given."""

from __future__ import annotations

import pytest

from coach.platform import autostart


@pytest.fixture
def flatpak_info(tmp_path, monkeypatch):
    info = tmp_path / ".flatpak-info"
    monkeypatch.setattr(autostart, "FLATPAK_INFO", info)
    return info


def test_a_flatpak_needs_both_its_id_and_its_info_file(flatpak_info, monkeypatch):
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    assert not autostart.in_flatpak()
    flatpak_info.write_text("[Application]\nname=io.github.backcoach.BackCoach\n", encoding="utf-8")
    assert not autostart.in_flatpak(), "the file alone is not the sandbox"
    monkeypatch.setenv("FLATPAK_ID", autostart.APP_ID)
    assert autostart.in_flatpak()
    flatpak_info.unlink()
    assert not autostart.in_flatpak(), "an id leaked into a shell outside the sandbox is not either"
    assert autostart.in_flatpak({"FLATPAK_ID": "x"}, info=autostart.Path("/")) is False  # a folder is not the file


def test_inside_a_flatpak_the_command_is_the_manifests_backcoach(flatpak_info, monkeypatch):
    flatpak_info.write_text("[Application]\n", encoding="utf-8")
    monkeypatch.setenv("FLATPAK_ID", autostart.APP_ID)
    # The portal runs `flatpak run --command=backcoach <app id> --background` on the host.
    assert autostart.launch_command() == ["backcoach", "--background"]


def test_outside_a_flatpak_the_command_is_this_install(flatpak_info, monkeypatch):
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    command = autostart.launch_command()
    assert command[-1] == "--background" and command != ["backcoach", "--background"]
