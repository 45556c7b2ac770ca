"""The app in the chosen language: built-in routines, captions and spoken phrases follow the Language setting."""

from __future__ import annotations

from dataclasses import replace

from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage import settings as settings_store

from ..conftest import make_coach


def _with_language(settings, code):
    return replace(settings, appearance=replace(settings.appearance, language=code))


def test_a_session_speaks_and_shows_the_language_of_the_setting(qtbot):
    settings_store.record_safety_note_read()
    settings_store.save(_with_language(settings_store.load_or_repair(), "de"))
    catalogue = load_catalogue(builtin_routines_dir(), None)  # as the command line loads it: the locale's (English)
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    assert catalogue.language == "de" and catalogue.problems == []
    assert any("Katzenbuckel" in coach.window.home.routine_list.item(row).text()
               for row in range(coach.window.home.routine_list.count()))

    coach.controller.runner.start("cat-stretch")
    screen = coach.window.session
    assert screen.exercise_label.text() == "Katzenbuckel"
    assert screen.caption_label.text() == "Bei stärkeren Schmerzen die Übung sofort abbrechen."
    says = [segment.say for segment in coach.driver.player.timeline.segments]
    assert says[-1] == "Gut gemacht. Geschafft: Katzenbuckel."
    assert any(say.startswith("Die letzte. ") for say in says)
    coach.controller.go_home()

    # Another language chosen in settings: the routines are translated again, from their English.
    coach.controller.apply_settings(_with_language(coach.controller.settings, "th"))
    assert catalogue.language == "th"
    assert catalogue.routines["cat-stretch"].title == "ท่าแมว"
    coach.controller.runner.start("cat-stretch")
    assert coach.window.session.exercise_label.text() == "ท่าแมว"
    coach.controller.go_home()

    coach.controller.apply_settings(_with_language(coach.controller.settings, ""))  # follow the desktop: C.UTF-8
    assert catalogue.routines["cat-stretch"].title == "Cat stretch"


def test_the_command_lines_language_wins_until_the_person_chooses_another(qtbot):
    """`backcoach --lang es` opens the window in Spanish over a German setting; a new choice then wins."""
    from coach.ui.app import build

    settings = _with_language(settings_store.load_or_repair(), "de")
    catalogue = load_catalogue(builtin_routines_dir(), None)
    window, controller = build(catalogue, settings=settings, language="es")
    qtbot.addWidget(window)
    assert controller.language == "es" and catalogue.language == "es"
    controller.apply_settings(replace(controller.settings, voice=replace(controller.settings.voice, muted=True)))
    assert controller.language == "es", "another setting changing leaves --lang alone"
    controller.apply_settings(_with_language(controller.settings, "th"))
    assert controller.language == "th" and catalogue.language == "th"


def test_lang_reaches_the_window(monkeypatch):
    """The window's run gets --lang only when it was given: otherwise the setting decides, not the locale."""
    import coach.ui.app
    from coach.cli import main

    asked: list[str | None] = []
    monkeypatch.setattr(coach.ui.app, "run", lambda *_args, **options: asked.append(options["language"]) or 0)
    monkeypatch.setenv("LANG", "th_TH.UTF-8")
    assert main(["--lang", "de"]) == 0
    assert main([]) == 0
    assert asked == ["de", None]
