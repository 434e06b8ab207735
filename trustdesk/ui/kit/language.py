"""Interface language: nl, fr or en, switched at run time without a restart.

Installing a new ``QTranslator`` makes Qt send ``QEvent.LanguageChange`` to every widget; each
window answers by calling its ``retranslate()``.  English is the source language: its catalogue holds only
the plural forms of counts ("%n case(s)" reads "1 case", "2 cases").
Qt's own catalogue (``qtbase_<lang>.qm``) translates standard dialog buttons; ours is searched first, so
it can correct a word of Qt's (``kit/qt_words.py``: the French Undo is « Défaire », not Cancel's « Annuler »).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from trustdesk.ui.kit.preferences import LANGUAGES


def translations_dir() -> Path:
    """resources/translations beside the package (or inside a frozen bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[3]
    return root / "resources" / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues (qtbase_nl.qm…) may be: Qt's configured folder, then the PySide6
    package's own (a frozen bundle keeps them under PySide6/Qt/translations or PySide6/translations)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            package / "Qt" / "translations", package / "translations"]


def system_language(locale: QLocale | None = None) -> str:
    """The system's language when it is one of ours, else English."""
    name = (locale or QLocale.system()).name()[:2].lower()
    return name if name in LANGUAGES else "en"


def language_name(code: str) -> str:
    """Each language in its own name (a user lost in the wrong language still finds theirs)."""
    return {"nl": "Nederlands", "fr": "Français", "en": "English"}[code]


def interface_locale(language: str) -> QLocale:
    """Dates, times and numbers of the interface: Belgian Dutch and French (6/11/2026, 1.234,5);
    English as written in Europe (06/11/2026, 20:05), never the American month-first dates."""
    territory = QLocale.Country.UnitedKingdom if language == "en" else QLocale.Country.Belgium
    return QLocale({"nl": QLocale.Language.Dutch, "fr": QLocale.Language.French}.get(
        language, QLocale.Language.English), territory)


class Translations(QObject):
    """Owns the installed translators of the running application."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._directory = directory or translations_dir()
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to ``language``; False when its catalogue is missing (English remains)."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        ours = QTranslator(self)
        loaded = ours.load(f"trustdesk_{language}", str(self._directory))
        if loaded:
            self._installed.append(ours)
        ok = loaded or language == "en"  # English reads its source text; its catalogue only adds plurals
        if language != "en":
            qt = QTranslator(self)
            if any(qt.load(f"qtbase_{language}", str(folder)) for folder in qt_translations_dirs()):
                self._installed.append(qt)
        for translator in reversed(self._installed):  # the last installed is searched first: ours, then Qt's
            self._app.installTranslator(translator)
        self.language = language if ok else "en"
        QLocale.setDefault(interface_locale(self.language))
        return ok
