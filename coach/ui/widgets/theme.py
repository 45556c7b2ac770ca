"""Light and dark colours for a screen read from 3 m away, and how to apply them.

Every text colour has a contrast of at least 7:1 (WCAG AAA) against the
background it is drawn on; tests/ui/session/test_readability.py computes it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class ThemeName(enum.Enum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Theme:
    """The colours of one palette, as #rrggbb strings.

    Attributes:
        background: the window.
        surface: buttons and the ring's track.
        text: captions, numbers, names.
        secondary_text: labels such as "Next:" and the time left.
        accent: the ring's arc and the progress bar (not text).
        accent_text: text drawn on the accent colour.
        warning: the muted badge and stop prompts.
    """

    name: ThemeName
    background: str
    surface: str
    text: str
    secondary_text: str
    accent: str
    accent_text: str
    warning: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (foreground, background) pair that text is drawn in."""
        return {
            "text on background": (self.text, self.background),
            "secondary text on background": (self.secondary_text, self.background),
            "text on surface": (self.text, self.surface),
            "accent text on accent": (self.accent_text, self.accent),
            "warning on background": (self.warning, self.background),
        }


LIGHT = Theme(ThemeName.LIGHT, background="#f7f6f2", surface="#e6e3da", text="#161616",
              secondary_text="#3b3b3b", accent="#0a5c43", accent_text="#ffffff", warning="#8a1c00")
DARK = Theme(ThemeName.DARK, background="#111417", surface="#252a30", text="#f3f3f1",
             secondary_text="#c9ced3", accent="#5fd3a8", accent_text="#0b1210", warning="#ffb59e")
THEMES = {ThemeName.LIGHT: LIGHT, ThemeName.DARK: DARK}


def system_theme() -> Theme:
    """The palette that matches the desktop's light or dark setting (light if it does not say)."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    colour = QColor
    roles = {
        QPalette.ColorRole.Window: theme.background,
        QPalette.ColorRole.Base: theme.background,
        QPalette.ColorRole.AlternateBase: theme.surface,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.secondary_text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, value in roles.items():
        palette.setColor(role, colour(value))
    # Disabled controls stay readable: secondary text, not a faint grey.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, colour(theme.secondary_text))
    return palette


def apply_to_application(theme: Theme) -> None:
    """Make ``theme`` the whole application's: every window and dialog, message boxes and Qt's file dialogs.

    A palette set on the main window stops at its edge: Qt does not pass it on to windows of their
    own, so dialogs kept the platform's light palette in the dark theme. The application's palette
    reaches them all. The app's style (visible check boxes in the dark) and its focus ring come with it.
    """
    # Imported here: both are widgets modules, and theme.py stays a light import for the rest.
    from coach.ui.widgets.app_style import CoachStyle
    from coach.ui.widgets.focus_ring import install_focus_ring

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not isinstance(app.style(), CoachStyle):
        app.setStyle(CoachStyle())
    app.setPalette(palette_for(theme))
    install_focus_ring(app)


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
