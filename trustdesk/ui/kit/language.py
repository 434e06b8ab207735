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
    """Owns the installed translators of the running application.

    Each language's catalogues are loaded once and kept (``_catalogues``): a switch installs translators
    already loaded.  ``prepare()`` loads the languages not shown yet, at the start-up warm-up
    (``Shell._warmed_up``), after a worker read their files (``read_catalogues``) so that the first
    switch reads nothing from the disk (the tester's first switch froze 116–171 ms, later ones 42–50)."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._directory = directory or translations_dir()
        self._installed: list[QTranslator] = []
        self._loaded: dict[str, tuple[list[QTranslator], bool]] = {}
        self.language = "en"

    def catalogue_files(self) -> list[Path]:
        """The catalogue files a switch to any language reads: ours and Qt's (for ``read_catalogues``)."""
        found = [self._directory / f"trustdesk_{language}.qm" for language in LANGUAGES]
        for language in LANGUAGES:
            found += [folder / f"qtbase_{language}.qm" for folder in qt_translations_dirs()]
        return [path for path in found if path.is_file()]

    def prepare(self) -> None:
        """Load every language's catalogues now (a fraction of a millisecond each once their files were
        read), so that a switch only installs them."""
        for language in LANGUAGES:
            self._catalogues(language)

    def is_prepared(self, language: str) -> bool:
        return language in self._loaded

    def _catalogues(self, language: str) -> tuple[list[QTranslator], bool]:
        """``language``'s translators (ours first, then Qt's) and whether ours loaded; loaded once."""
        if language in self._loaded:
            return self._loaded[language]
        translators: list[QTranslator] = []
        ours = QTranslator(self)
        loaded = ours.load(f"trustdesk_{language}", str(self._directory))
        if loaded:
            translators.append(ours)
        if language != "en":
            qt = QTranslator(self)
            if any(qt.load(f"qtbase_{language}", str(folder)) for folder in qt_translations_dirs()):
                translators.append(qt)
        self._loaded[language] = (translators, loaded)
        return self._loaded[language]

    def install(self, language: str) -> bool:
        """Switch to ``language``; False when its catalogue is missing (English remains)."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        translators, loaded = self._catalogues(language)
        self._installed = list(translators)
        ok = loaded or language == "en"  # English reads its source text; its catalogue only adds plurals
        for translator in reversed(self._installed):  # the last installed is searched first: ours, then Qt's
            self._app.installTranslator(translator)
        self.language = language if ok else "en"
        QLocale.setDefault(interface_locale(self.language))
        return ok


def read_catalogues(files: list[Path]) -> int:
    """Read the catalogue files once, in a worker (Qt-free): Qt maps a catalogue and reads its pages as
    the texts are looked up, which on a cold disk was the first switch's wait.  Returns the bytes read."""
    total = 0
    for path in files:
        try:
            total += len(path.read_bytes())
        except OSError:
            continue  # a catalogue gone: install() says so when it is asked for
    return total


def prepare_languages(parent: QObject, translations: Translations) -> None:
    """Every language's catalogues read in a worker, then loaded on the UI thread (well under a
    millisecond): the first language switch only installs them (``Shell._warmed_up``)."""
    from trustdesk.ui.kit.session import Operation

    files = translations.catalogue_files()
    Operation(parent, lambda: read_catalogues(files)).success(lambda _read: translations.prepare()).run_in_background()
