"""The session screen's band of details: round and side under the ring, the next step beside them,
and the rest's "Up next" card beside the caption.

The details are read from the floor mid-exercise, so their size comes first: one size per language
and window (session_layout.details_pixel_size), from the longest line the language shows, so the
size never changes from one step to the next and the longest line is never cut. The layout then
gives the row, and the card's row (the caption's, and below it if need be), the heights they need.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from coach.domain.floor_view import HeroKind, NextStep
from coach.domain.timeline import Segment, SegmentKind
from coach.ui.session.session_layout import details_pixel_size
from coach.ui.session.session_overlays import plain_label
from coach.ui.session.session_words import DETAILS_JOIN, SessionWords
from coach.ui.widgets.scaling import set_pixel_size
from coach.ui.widgets.theme import Theme

NEXT_SIZE = 0.05  # the next step, as a fraction of the font unit: a glance, not read mid-exercise
# The card's lines: 6 % of the unit, at least 45 px (at 1024x600 the old 36 px was lost from 3 m), no
# larger than the details. Not the details' full size: the two lines and their padding would then take
# another ~30 px from the ring at 1024x600.
CARD_SHARE, CARD_LEAST = 0.06, 45
CARD_MOST = 0.28  # of the unit: the most height the card asks for (Thai lines are the tallest)
# Of the caption's row: a rest's caption is one short word ("Rest", "Descanso"); the card takes what it
# leaves, at least the 65 % of the row it always had and at most 80 %.
CARD_NARROWEST, CARD_WIDEST = 0.65, 0.8
MEASURE = 100  # px: the type size at which the samples are measured, then scaled


def card_box(metrics: QFontMetrics, text: str) -> tuple[int, int, int]:
    """The card's padding, and the height and width its lines need with these metrics."""
    pad = round(metrics.height() * 0.3)
    height = metrics.boundingRect(QRect(), 0, text).height() + 2 * pad + 2
    width = max(metrics.horizontalAdvance(line) for line in text.splitlines()) + 2 * pad + 4
    return pad, height, width


class DetailsBand(QObject):
    """The details line, the next step and the rest's card, placed on the session screen.

    The labels are the screen's children (their geometry is in the screen's coordinates); the band
    sets their texts, sizes and places. Every text is set as plain text (a routine's words come
    from files).

    Attributes:
        details_label: round, side (and the rep while a hold's seconds are the hero).
        next_label: the next step worth knowing, at the right of the details' row.
        up_next_label: the "Up next" card beside the rest's caption.
        pixel_size: the details line's size at the current window size.
    """

    def __init__(self, screen: QWidget, words: SessionWords, caption: QLabel) -> None:
        """``caption``: the step's words, in the row whose right end takes the rest's card."""
        super().__init__(screen)
        self._words = words
        self._caption = caption
        self.details_label = plain_label(wrap=False, parent=screen)
        self.next_label = plain_label(wrap=False, right=True, parent=screen)
        self.up_next_label = plain_label(parent=screen)
        self.up_next_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.up_next_label.hide()
        for label in self.labels():
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.pixel_size = 0
        self.card_pixel_size = 0
        self._next_size = 0
        self._next_full = ""
        self._row = QRect()
        self._card_area = QRect()

    def labels(self) -> tuple[QLabel, QLabel, QLabel]:
        return self.details_label, self.next_label, self.up_next_label

    def set_theme(self, theme: Theme) -> None:
        self.details_label.setStyleSheet(f"color: {theme.text};")
        self.next_label.setStyleSheet(f"color: {theme.secondary_text};")
        self.up_next_label.setStyleSheet(f"color: {theme.text}; background: {theme.surface}; border-radius: 8px;")

    # ----- sizes, before the layout

    def fit(self, room: int, unit: float) -> tuple[int, int]:
        """Choose the details' size for a row ``room`` px wide; the heights (row, card) it needs.

        The card asks for two lines ("Up next: Round 2 of 3", then the dose) at its size, at most
        CARD_MOST of the unit, so the ring keeps its size on a short window; it is set smaller if its
        lines still need more.
        """
        samples = self._words.detail_samples()
        font = QFont(self.details_label.font())
        font.setPixelSize(MEASURE)
        font.setBold(True)
        widest = max(QFontMetrics(font).horizontalAdvance(sample) for sample in samples)
        size = details_pixel_size(unit, room, widest / MEASURE)
        # Type does not scale quite linearly (hinting): step down until the widest sample really fits.
        while size > 9:
            font.setPixelSize(size)
            if max(QFontMetrics(font).horizontalAdvance(sample) for sample in samples) <= room:
                break
            size -= 1
        self.pixel_size = size
        self._next_size = round(unit * NEXT_SIZE)
        set_pixel_size(self.details_label, size, bold=True)
        set_pixel_size(self.next_label, self._next_size)
        metrics = self.details_label.fontMetrics()
        # Thai marks stack above and below the line: its lines need more height than Latin at one size.
        row_height = max(metrics.boundingRect(QRect(), 0, sample).height() for sample in samples)
        self.card_pixel_size = min(size, round(max(unit * CARD_SHARE, CARD_LEAST)))
        font.setPixelSize(self.card_pixel_size)
        card = QCoreApplication.translate("SessionWords", "Up next: {what}").format(what=samples[0]) + "\n8"
        card_height = card_box(QFontMetrics(font), card)[1]
        return row_height, min(card_height, round(unit * CARD_MOST))

    # ----- texts

    def show(self, segment: Segment, hero: HeroKind, upcoming: NextStep | None) -> None:
        self.details_label.setText(DETAILS_JOIN.join(self._words.details(segment, hero)))
        self._next_full = self._words.next_text(upcoming) if upcoming is not None else ""
        card = self._words.up_next_text(upcoming) if segment.kind is SegmentKind.REST and upcoming else ""
        self.up_next_label.setText(card)
        self.up_next_label.setVisible(bool(card))
        self.next_label.setVisible(not card)  # the rest's card says what is next, and more
        self._place_details()
        self._place_card()

    def set_running(self, visible: bool) -> None:
        """Shown while a session runs; hidden under the end card."""
        self.details_label.setVisible(visible)
        self.next_label.setVisible(visible)
        if not visible:
            self.up_next_label.hide()

    # ----- places, after the layout

    def place(self, row: QRect, card_area: QRect) -> None:
        """The details' row, and the card's (session_layout.SessionLayout.card) whose right end takes
        the rest's card."""
        self._row, self._card_area = row, card_area
        self._place_details()
        self._place_card()

    def _place_details(self) -> None:
        """Round and side on the left of the row; the next step in the room they leave, shortened with
        "…" if long (it is a glance, not the instruction)."""
        row = self._row
        if row.isEmpty():
            return
        label = self.details_label
        set_pixel_size(label, self.pixel_size, bold=True)
        used = label.fontMetrics().horizontalAdvance(label.text())
        if used > row.width():  # longer than any line of the built-in routines: smaller, never cut
            set_pixel_size(label, self.pixel_size * row.width() / used, bold=True)
            while label.font().pixelSize() > 9 and label.fontMetrics().horizontalAdvance(label.text()) > row.width():
                set_pixel_size(label, label.font().pixelSize() - 1, bold=True)
            used = label.fontMetrics().horizontalAdvance(label.text())
        label.setGeometry(row)
        gap = row.height()
        room = max(0, row.width() - used - gap)
        following = self.next_label
        following.setGeometry(row.right() + 1 - room, row.top(), room, row.height())
        following.setText(following.fontMetrics().elidedText(self._next_full, Qt.TextElideMode.ElideRight,
                                                              max(0, room - 4)))
        following.setAccessibleName(self._next_full)

    def _place_card(self) -> None:
        """The card at the right of its row, under the details (not over the figure, which shows the start pose of
        what comes next), at its size, smaller only if its lines would not fit the row."""
        label, area = self.up_next_label, self._card_area
        text = label.text()
        if area.isEmpty() or not text:
            return
        caption = self._caption
        beside = min(area.width(), caption.fontMetrics().horizontalAdvance(caption.text()))
        most_width = round(min(max(area.width() - beside - area.height() * 0.3, area.width() * CARD_NARROWEST),
                               area.width() * CARD_WIDEST))
        size = max(9, self.card_pixel_size)
        while True:
            set_pixel_size(label, size, bold=True)
            pad, height, width = card_box(label.fontMetrics(), text)
            if size <= 9 or (height <= area.height() and width <= most_width):
                break
            size -= 1
        label.setContentsMargins(pad, pad, pad, pad)
        width = min(most_width, width)
        label.setGeometry(area.right() + 1 - width, area.top(), width, area.height())
        label.raise_()
