"""A card on the home screen offering voice commands to people who were never asked.

Voice commands are offered with the safety note before the first session. People who read
that note before the app could listen never saw the offer; this card asks them once, on the
home screen, and goes away for good when they answer either way (the answer is kept in
``[first_run] listen_offered``, as the note's is).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from coach.ui.widgets.theme import Theme


class ListenOffer(QFrame):
    """"New: voice commands" with Turn on and Not now.

    Attributes:
        text_label: what voice commands are, in one sentence.
        yes_button, no_button: the answers.

    Signals:
        answered(bool): True to listen during sessions, False not to (either way the card is done).
    """

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listenOffer")
        self.text_label = QLabel(self.tr("New: voice commands (“Hey coach, pause”). Nothing is recorded."))
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.yes_button = QPushButton(self.tr("Turn on"))
        self.no_button = QPushButton(self.tr("Not now"))
        for button, answer in ((self.yes_button, True), (self.no_button, False)):
            # Like the home screen's other buttons: the routine list keeps the arrows and Enter.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, answer=answer: self.answered.emit(answer))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.yes_button)
        layout.addWidget(self.no_button)
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        self.setStyleSheet(
            f"QFrame#listenOffer {{ background: {theme.surface}; border-radius: 8px; }}"
            f"QLabel {{ color: {theme.text}; background: transparent; }}"
            f"QPushButton {{ background: {theme.background}; color: {theme.text}; border: 2px solid "
            f"{theme.accent}; border-radius: 8px; padding: 0.2em 0.8em; }}")
