"""Where each part of the session screen sits, from the window's size alone.

The rectangles depend on nothing but the size, so nothing a session shows
(a long caption, a pause, a rest card) can move the ring or the figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect

# Heights as fractions of the font unit.
MARGIN, GAP, HEADER, DETAILS, CAPTION_LINE, BAR, CONTROLS = 0.035, 0.012, 0.085, 0.08, 0.098, 0.014, 0.2
CAPTION_LINES = 2  # at the large size; the small size fits three lines in the same box
RING_WIDTH_SHARE = 0.4  # the ring never takes more of the width: the figure beside it needs the rest
WIDE = 1.15  # width / height from which the figure goes beside the ring rather than under it
TALL_RING_SHARE = 0.28
# The details line (round, side, the rep of a hold) is read from the floor mid-exercise: about 7 % of
# the unit, never under 54 px (at 1024x600 the old 6 %, 36 px, kept ~7 px seen from 3 m and OCR lost
# it, see tests/ui/session/far_view.py; 54 px keeps ~11 px), never over 10 % of the unit.
DETAILS_SHARE, DETAILS_LEAST, DETAILS_MOST = 0.07, 54, 0.10


def details_pixel_size(unit: float, room: int, advance_per_pixel: float) -> int:
    """The details line's pixel size: ~7 % of ``unit``, at least 54 px, at most 10 % of ``unit``.

    Smaller only if the language's longest details line (``advance_per_pixel`` wide for each pixel
    of type size) would not fit ``room``, the row's width: a long line is never cut.
    """
    size = min(max(unit * DETAILS_SHARE, DETAILS_LEAST), unit * DETAILS_MOST)
    if advance_per_pixel > 0:
        size = min(size, room / advance_per_pixel)
    return max(1, int(size))


@dataclass(frozen=True)
class SessionLayout:
    """The session screen's rectangles at one size.

    Attributes:
        header: exercise name on the left, "Exercise 1 of 5" and the time left on the right.
        ring, figure: the hero ring and the demonstration.
        details: the row under the ring: round and side on its left, the next step worth knowing
            on its right, in what the round and side leave.
        caption: the step's words (two lines at the large size).
        card: the rest's "Up next" card's row: the caption's, and below it what the card's two lines
            need beyond it (at the card's right end; a rest's caption is one short word).
        progress: the session's progress bar.
        controls: where the controls bar appears, over the foot of the screen.
        summary: the end card's area (everything under the header).
    """

    header: QRect
    ring: QRect
    figure: QRect
    details: QRect
    caption: QRect
    progress: QRect
    controls: QRect
    summary: QRect
    card: QRect


def session_layout(width: int, height: int, unit: float, *, details_height: int = 0,
                   card_height: int = 0) -> SessionLayout:
    """Lay the screen out for a window of ``width`` × ``height`` whose fonts scale with ``unit``.

    ``details_height``: what the details line needs at its size (details_pixel_size); ``card_height``:
    what the rest's "Up next" card needs from the caption's row down. Both take their room from the
    ring and the figure, which on a short window are the only parts that can give it; the caption
    keeps its own height, so its words fit as they always did.
    """
    margin, gap = round(unit * MARGIN), round(unit * GAP)
    inner_width = max(1, width - 2 * margin)
    header = QRect(margin, margin, inner_width, round(unit * HEADER))
    bar_height = max(6, round(unit * BAR))
    progress = QRect(margin, height - margin - bar_height, inner_width, bar_height)
    caption_height = round(unit * CAPTION_LINE * CAPTION_LINES)
    card_height = max(caption_height, card_height)
    card = QRect(margin, progress.top() - gap - card_height, inner_width, card_height)
    caption = QRect(margin, card.top(), inner_width, caption_height)
    details_height = max(round(unit * DETAILS), details_height)
    # A gap under the details: the rest's card, boxed, would otherwise touch the line above it.
    details = QRect(margin, caption.top() - gap - details_height, inner_width, details_height)
    middle_top = header.bottom() + 1 + gap
    middle_height = max(1, details.top() - gap - middle_top)
    if width >= height * WIDE:
        side = max(1, min(middle_height, round(width * RING_WIDTH_SHARE)))
        ring = QRect(margin, middle_top + (middle_height - side) // 2, side, side)
        figure_left = ring.right() + 1 + 2 * gap
        figure = QRect(figure_left, middle_top, max(1, width - margin - figure_left), middle_height)
    else:
        side = max(1, min(round(height * TALL_RING_SHARE), inner_width, middle_height // 2))
        ring = QRect(margin + (inner_width - side) // 2, middle_top, side, side)
        figure_top = ring.bottom() + 1 + gap
        figure = QRect(margin, figure_top, inner_width, max(1, details.top() - gap - figure_top))
    controls_height = round(unit * CONTROLS)
    controls = QRect(0, height - controls_height, width, controls_height)
    summary = QRect(margin, middle_top, inner_width, max(1, progress.bottom() - middle_top))
    return SessionLayout(header, ring, figure, details, caption, progress, controls, summary, card)
