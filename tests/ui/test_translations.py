"""Every string the UI shows goes through Qt's translation mechanism.

A pseudo-translator wraps each translated string in ⟦ ⟧; then every visible
text must carry the brackets, except what comes from routine data (names,
steps, descriptions), which is translated by routine files, not by Qt.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget

from coach.storage import settings as settings_store

from .conftest import make_coach


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"⟦{source_text}⟧"


@pytest.fixture
def pseudo_locale(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def visible_texts(root: QWidget, skip: tuple[QWidget, ...]) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget in skip:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            texts.append(widget.text())
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(row).text() for row in range(widget.count()))
    return texts


def test_the_pseudo_translator_is_used(pseudo_locale):
    assert QCoreApplication.translate("Any", "Hello") == "⟦Hello⟧"


def test_every_visible_string_is_translated(pseudo_locale, qtbot, catalogue):
    coach = make_coach(qtbot, catalogue)
    window = coach.window
    coach.controller.open()
    assert window.stack.currentWidget() is window.first_run
    untranslated = [t for t in visible_texts(window, ()) if "⟦" not in t]
    assert untranslated == []

    settings_store.record_safety_note_read()
    coach.controller.go_home()
    data = (window.home.description_label, *window.home.thumbnails.labels)  # exercise names are routine data
    assert [t for t in visible_texts(window, data) if "⟦" not in t] == []

    for routine_id, segment in (("lower-back", 190), ("lower-back", 51), ("cat-stretch", 0)):
        coach.controller.runner.start(routine_id, first_segment=segment)
        coach.controller.toggle_mute()
        data = (window.session.caption_label, window.session.exercise_label)
        assert [t for t in visible_texts(window, data) if "⟦" not in t] == [], (routine_id, segment)
        coach.controller.runner.toggle_pause()
        coach.controller.runner.stop()
        assert [t for t in visible_texts(window, data) if "⟦" not in t] == []
    coach.controller.go_home()
