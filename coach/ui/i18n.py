"""Translations: every visible string of the UI goes through Qt's tr(); this loads the language's .qm files.

The .ts files (Qt Linguist's source, refreshed by packaging/update_translations.py)
live in resources/translations/. A wheel or the standalone build carries the .qm
files built from them beside them (hatch_build.py); a plain checkout builds them
into the user's cache on first run (coach/ui/qm_build.py). Qt's own qtbase_*.qm
translates its stock dialogs and buttons (OK, Cancel, the file dialog).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach.domain.languages import ENGLISH, chosen_language
from coach.resources import resources_dir
from coach.storage.paths import user_cache_dir
from coach.ui import qm_build

APP_CATALOGUE = "backcoach"
# The stock buttons the app's dialogs use, as Qt names them (qplatformtheme.cpp). Qt ships no Thai
# catalogue (no qtbase_th.qm), so Back Coach's own carries these; where Qt has one, Qt's comes first.
QT_BUTTONS = (QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
              QT_TRANSLATE_NOOP("QPlatformTheme", "Save"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
              QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"), QT_TRANSLATE_NOOP("QPlatformTheme", "&No"))
_shown = [ENGLISH]  # the language the screens were last given (install_translators)


def shown_language() -> str:
    """The UI's language now: the one last installed, English before any."""
    return _shown[0]


def translations_source_dir() -> Path:
    return resources_dir() / "translations"


def compiled_translations_dir() -> Path:
    """Where the .qm files are: beside the .ts files when a build put them there, else built into the cache."""
    source = translations_source_dir()
    shipped = sorted(source.glob("*.qm"))
    if shipped and all((source / f"{ts.stem}.qm").is_file() for ts in source.glob("*.ts")):
        return source
    cache = user_cache_dir() / "translations"
    try:
        qm_build.compile_all(source, cache)
    except OSError:
        pass  # an unwritable cache: the screens stay in English
    return cache


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` (a code of coach.domain.languages.LANGUAGES) the UI's, replacing any loaded before.

    English loads Back Coach's English catalogue too: it carries only the plural forms ("1 day", "2 days").
    """
    loaded = app.findChildren(QTranslator, "backcoach-translator")
    if loaded and language == _shown[0]:
        return loaded  # already this language: nothing to reload, no LanguageChange sent to every widget
    for old in loaded:
        app.removeTranslator(old)
        old.setParent(None)  # not found again before deleteLater has run
        old.deleteLater()
    _shown[0] = language
    locale = QLocale(language)
    QLocale.setDefault(locale)  # numbers and dates in the language's own way ("1,5" in German)
    installed = []
    sources = [(APP_CATALOGUE, compiled_translations_dir())]
    if language != ENGLISH:
        sources.append(("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))))
    for name, folder in sources:
        translator = QTranslator(app)
        translator.setObjectName("backcoach-translator")
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def install_chosen_language(app: QCoreApplication, setting: str, environment: Mapping[str, str]) -> str:
    """Load the language the person chose (``setting``; "" follows the desktop's locale); returns its code."""
    language = chosen_language(setting, environment)
    install_translators(app, language)
    return language
