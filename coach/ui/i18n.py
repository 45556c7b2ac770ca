"""Translations: every visible string of the UI goes through Qt's tr(), so adding a
language is a matter of dropping a .qm file into resources/translations/."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from coach.resources import resources_dir


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and Back Coach's translations for the locale, where they exist."""
    locale = locale or QLocale.system()
    installed = []
    sources = (("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
               ("backcoach", "_", str(resources_dir() / "translations")))
    for name, prefix, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
