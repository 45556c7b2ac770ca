"""Voice and language settings: the UI's language, which voice, how fast, how loud, which counts and chimes,
and voice commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from coach.listening.wake import ARM_SECONDS
from coach.domain.languages import LANGUAGES, chosen_language
from coach.speech.engine import VoiceInfo
from coach.speech.voice import MAX_RATE, MIN_RATE, VoiceSettings
from coach.ui.widgets.screen_fit import fit_to_screen
from coach.qt.plain_text import plain_labels

if TYPE_CHECKING:
    from coach.speech.voice import Voice

TEST_PHRASE = "This is how I will sound. Lift your hips, and hold."


class VoiceSettingsDialog(QDialog):
    """Edits a VoiceSettings; ``chosen()`` gives the result after OK.

    Signals:
        test_requested(object): play TEST_PHRASE with these VoiceSettings.
    """

    test_requested = Signal(object)

    def __init__(self, settings: VoiceSettings, parent: QWidget | None = None, *, language: str = "",
                 shown_language: str = "en") -> None:
        """``language``: the Language setting ("" follows the desktop); ``shown_language``: the one on screen now."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voice and language"))
        self._original = settings
        self._shown_language = shown_language
        # Each language by its own name, so a person who cannot read the current one still finds theirs.
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_note = QLabel(self.tr("The voice and the routines change now; the screens change when "
                                            "Back Coach next starts."))
        self.language_note.setWordWrap(True)
        self.voice_box = QComboBox()
        self.voice_box.addItem(self.tr("The engine's default voice"), None)
        # espeak-ng lists voices with long names: the box scrolls them rather than widening past the screen.
        self.voice_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.voice_box.setMinimumContentsLength(24)
        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setRange(MIN_RATE, MAX_RATE)
        self.rate_slider.setValue(settings.rate)
        self.rate_label = QLabel()
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(round(settings.volume * 100))
        self.volume_label = QLabel()
        self.muted_box = QCheckBox(self.tr("Mute the voice (captions and chimes go on)"))
        self.counts_box = QCheckBox(self.tr("Count the reps aloud"))
        self.countdown_box = QCheckBox(self.tr("Say “3, 2, 1” before a hold ends"))
        self.chimes_box = QCheckBox(self.tr("Chime when a hold starts and ends, and after each exercise"))
        self.ticks_box = QCheckBox(self.tr("Soft ticks in the last seconds of a rest"))
        # Opt-in: the microphone opens only during a session, and only if this is on.
        self.listen_box = QCheckBox(self.tr("Listen for voice commands during a session"))
        # A check box never wraps: the list of words goes in a label that does, so the dialog fits in any language.
        self.listen_words = QLabel(self.tr("Say, in English: pause, go on, next, back, repeat, skip, louder, "
                                           "quieter, stop the session. No audio is kept or sent."))
        self.listen_words.setWordWrap(True)
        self.listen_words.setContentsMargins(24, 0, 0, 0)
        # The wake word: ordinary talk in the room is far less often taken for a command (BENCHMARKS.md §11).
        self.wake_box = QCheckBox(self.tr("Say “Hey coach” first: “Hey coach, pause”"))
        self.wake_box.setToolTip(self.tr("Or “Hey coach”, then the command within {seconds} seconds. Yes and no "
                                         "answer “Stop the session?” without it.").format(seconds=round(ARM_SECONDS)))
        for box, value in ((self.muted_box, settings.muted), (self.counts_box, settings.counts),
                           (self.countdown_box, settings.countdown), (self.chimes_box, settings.chimes),
                           (self.ticks_box, settings.rest_ticks), (self.listen_box, settings.listen),
                           (self.wake_box, settings.wake_word)):
            box.setChecked(value)
        self.test_button = QPushButton(self.tr("Test voice"))
        self.test_button.clicked.connect(lambda: self.test_requested.emit(self.chosen()))
        self.rate_slider.valueChanged.connect(self._show_values)
        self.volume_slider.valueChanged.connect(self._show_values)
        self._show_values()

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Voice:"), self.voice_box)
        form.addRow(self.tr("Speed:"), _row(self.rate_slider, self.rate_label))
        form.addRow(self.tr("Volume:"), _row(self.volume_slider, self.volume_label))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.muted_box, self.counts_box, self.countdown_box, self.chimes_box, self.ticks_box,
                       self.listen_box, self.listen_words):
            layout.addWidget(widget)
        wake_row = QHBoxLayout()
        wake_row.setContentsMargins(24, 0, 0, 0)
        wake_row.addWidget(self.wake_box)
        layout.addLayout(wake_row)
        self.listen_box.toggled.connect(self._show_wake_word)
        self._show_wake_word()
        layout.addWidget(self.test_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        plain_labels(self)  # names and texts from routine files are never markup
        self.set_voices([])
        self.language_box.currentIndexChanged.connect(self._show_language_note)
        self._show_language_note()
        fit_to_screen(self, self.sizeHint())

    def set_voices(self, voices: list[VoiceInfo]) -> None:
        """Fill the list (it arrives from the engine after the dialog opens)."""
        current = self.voice_box.currentData() if self.voice_box.count() > 1 else self._original.voice
        while self.voice_box.count() > 1:
            self.voice_box.removeItem(1)
        for voice in sorted(voices, key=lambda v: v.name.lower()):
            languages = ", ".join(voice.languages)
            self.voice_box.addItem(f"{voice.name} ({languages})" if languages else voice.name, voice.id)
        if current is not None and self.voice_box.findData(current) < 0:
            self.voice_box.addItem(current, current)  # keep a chosen voice the engine no longer lists
        self.voice_box.setCurrentIndex(max(0, self.voice_box.findData(current)) if current is not None else 0)

    def chosen(self) -> VoiceSettings:
        return VoiceSettings(voice=self.voice_box.currentData(), rate=self.rate_slider.value(),
                             volume=self.volume_slider.value() / 100, muted=self.muted_box.isChecked(),
                             counts=self.counts_box.isChecked(), countdown=self.countdown_box.isChecked(),
                             chimes=self.chimes_box.isChecked(), rest_ticks=self.ticks_box.isChecked(),
                             listen=self.listen_box.isChecked(), wake_word=self.wake_box.isChecked())

    def chosen_language(self) -> str:
        """The Language setting chosen: a code of LANGUAGES, or "" to follow the desktop."""
        return str(self.language_box.currentData())

    def _show_language_note(self) -> None:
        # The screens are made in their language once; a new one shows from the next start (the voice
        # and the routines' words follow at once: CoachController.apply_settings).
        self.language_note.setVisible(chosen_language(self.chosen_language(), os.environ) != self._shown_language)

    def _show_wake_word(self) -> None:
        # The wake word only means something while listening; its choice is kept either way.
        self.wake_box.setEnabled(self.listen_box.isChecked())

    def _show_values(self) -> None:
        self.rate_label.setText(self.tr("{rate} words a minute").format(rate=self.rate_slider.value()))
        self.volume_label.setText(self.tr("{volume} %").format(volume=self.volume_slider.value()))


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return row


def open_voice_settings(window: QWidget, speech: Voice | None, *, current: Callable[[], VoiceSettings],
                        language: str, shown_language: str,
                        accept: Callable[[VoiceSettings, str], None]) -> VoiceSettingsDialog:
    """Open the dialog over ``window`` without blocking; OK hands the chosen voice and language to ``accept``.

    "Test" speaks with the voice as set in the dialog; Cancel puts back ``current()``. ``language``
    is the Language setting ("" follows the desktop), ``shown_language`` the one on screen now.
    """
    dialog = VoiceSettingsDialog(current(), window, language=language, shown_language=shown_language)
    if speech is not None:
        speech.voices_listed.connect(dialog.set_voices)
        speech.list_voices()

        def test(voice: VoiceSettings) -> None:
            speech.apply(voice)
            speech.speak(TEST_PHRASE)

        dialog.test_requested.connect(test)

    def done(result: int) -> None:
        if speech is not None:
            speech.voices_listed.disconnect(dialog.set_voices)
            speech.stop()
        if result == VoiceSettingsDialog.DialogCode.Accepted:
            accept(dialog.chosen(), dialog.chosen_language())
        elif speech is not None:
            speech.apply(current())
        dialog.deleteLater()

    dialog.finished.connect(done)
    dialog.open()
    return dialog
