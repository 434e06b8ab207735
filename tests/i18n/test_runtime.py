"""Language at run time: Qt's own dialogs, every main page and case tab retranslated without a
restart, dates in the interface's locale, documents in the case's language (issue 8)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date

import pytest
import shiboken6
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import open_case, show_page, switch_language
from trustdesk.ui.kit.language import Translations, translations_dir
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


def _catalogue(language: str) -> dict[str, set[str]]:
    """English source -> every translation of it (any context) in ``language``."""
    out: dict[str, set[str]] = {}
    for msg in ET.parse(translations_dir() / f"trustdesk_{language}.ts").getroot().iter("message"):
        source, translation = msg.findtext("source", ""), msg.find("translation")
        if translation is not None and translation.text and msg.get("numerus") != "yes":
            out.setdefault(source, set()).add(translation.text)
            if "&" in source:  # accessible names are the texts without their mnemonic
                out.setdefault(source.replace("&", ""), set()).add(translation.text.replace("&", ""))
    return out


FRENCH = _catalogue("fr")


def _texts(widget: QWidget) -> Iterator[tuple[QWidget, str, str]]:
    """(widget, what, text) for the visible texts under ``widget``."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget.window()):
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            yield child, "text", child.text()
        elif isinstance(child, QGroupBox):
            yield child, "title", child.title()
        elif isinstance(child, QLineEdit) and child.placeholderText():
            yield child, "placeholder", child.placeholderText()
        elif isinstance(child, QTabBar):
            for i in range(child.count()):
                yield child, f"tab{i}", child.tabText(i)
        if child.accessibleName():
            yield child, "accessible", child.accessibleName()


def _read(widget: QWidget, what: str) -> str:
    if what == "text":
        return widget.text()  # type: ignore[attr-defined, no-any-return]
    if what == "title":
        return widget.title()  # type: ignore[attr-defined, no-any-return]
    if what == "placeholder":
        return widget.placeholderText()  # type: ignore[attr-defined, no-any-return]
    if what == "accessible":
        return widget.accessibleName()
    return widget.tabText(int(what[3:]))  # type: ignore[attr-defined, no-any-return]


def _english_with_french(widget: QWidget) -> list[tuple[QWidget, str, str]]:
    """Visible English texts that the French catalogue translates differently."""
    return [(w, what, text) for w, what, text in _texts(widget)
            if text in FRENCH and text not in FRENCH[text]]


def _assert_french(where: str, found: list[tuple[QWidget, str, str]]) -> None:
    """Call right after ``switch_language(translations, "fr")``: nothing is left to arrive."""
    assert len(found) >= 3, f"{where}: too few translatable texts found ({found})"
    # an input named by its label keeps the longer name as its description (ui/kit/label_names.py)
    stale = [(w.objectName(), what, text) for w, what, text in found
             if shiboken6.isValid(w) and _read(w, what) not in FRENCH[text]
             and not (what == "accessible" and w.accessibleDescription() in FRENCH[text])]
    assert not stale, f"{where}: still English after switching to French: {stale}"


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, sample: Sample, prefs: Preferences,
           translations: Translations) -> Iterator[MainWindow]:
    session = VaultSession()
    session.open(vault)
    win = MainWindow(session, prefs)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    yield win
    session.lock()


def test_every_main_page_retranslates_to_french(qtbot: QtBot, window: MainWindow,
                                                translations: Translations) -> None:
    for key in window.pages:
        switch_language(translations, "en")
        page = show_page(qtbot, window, key)  # its data (some read in a worker) are on screen
        found = _english_with_french(page) + _english_with_french(window.nav_buttons[key])
        switch_language(translations, "fr")
        _assert_french(f"page {key}", found)
    assert window.nav_buttons["cases"].text() == "Dossiers"


def test_every_case_tab_retranslates_to_french(qtbot: QtBot, window: MainWindow, sample: Sample,
                                               translations: Translations) -> None:
    view = open_case(qtbot, window, sample.dutch_case)  # the tabs read the case when made (or first shown)
    assert view.tabs.count() == 7
    for index in range(view.tabs.count()):
        switch_language(translations, "en")
        view.tabs.setCurrentIndex(index)
        assert view.tabs.currentWidget().isVisible()
        found = _english_with_french(view)
        switch_language(translations, "fr")
        _assert_french(f"case tab {index}", found)


@pytest.mark.parametrize(("language", "yes", "cancel"), [("nl", "Ja", "Annuleren"), ("fr", "Oui", "Annuler")])
def test_standard_dialog_buttons_follow_the_language(qtbot: QtBot, translations: Translations, language: str,
                                                     yes: str, cancel: str) -> None:
    """Qt's own catalogue (qtbase_xx.qm) is loaded: a QMessageBox's buttons are not English."""
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Yes"
    translations.install(language)
    fresh = QMessageBox(QMessageBox.Icon.Question, "", "",
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(fresh)
    assert fresh.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == yes
    assert fresh.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == cancel


def _short(day: date, language: str) -> str:
    """The expected short date: one form in every language, two-digit day and month (dd/MM/yyyy)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_dates_follow_the_interface_locale(qtbot: QtBot, vault: Vault, sample: Sample, prefs: Preferences,
                                           translations: Translations, language: str) -> None:
    translations.install(language)
    session = VaultSession()
    session.open(vault)
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.show()
    try:
        case = vault.cases.get(sample.dutch_case)
        assert case is not None
        cases = window.pages["cases"]
        window.show_page("cases")
        model = cases.table.model()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: model.rowCount() >= 3)
        cells = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}
        assert _short(case.opened_on, language) in cells
        contact = vault.contacts.for_case(sample.dutch_case)[0]
        assert window.open_case(sample.dutch_case)
        view = cases.case_view  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: view.contacts.timeline.count() == 3)
        items = [view.contacts.timeline.row_text(i) for i in range(view.contacts.timeline.count())]
        stamp = f"{_short(contact.at.date(), language)} {contact.at:%H:%M}"
        assert any(stamp in text for text in items), (stamp, items)
        window.show_page("audit")
        audit_model = window.pages["audit"].table.model()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: audit_model.rowCount() > 0)
        texts = [audit_model.index(r, 1).data() for r in range(audit_model.rowCount())]
        today = _short(date.today(), language)
        assert any(t and t.startswith(today) and re.search(r" \d\d:\d\d:\d\d$", t) for t in texts), texts
        chain = window.pages["audit"].chain_label  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: chain.text().startswith("✓"))  # the background check ends before the lock
    finally:
        session.lock()


def _pdf_text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")


def test_documents_follow_the_case_language_not_the_interface(qtbot: QtBot, vault: Vault, sample: Sample,
                                                              translations: Translations) -> None:
    """The trust person reads Dutch; the doctor's (French) case summary is French."""
    from trustdesk.ui.documents.documents_tab import DocumentsTab
    from trustdesk.ui.documents.queries import SUMMARY, build_document

    translations.install("nl")
    session = VaultSession()
    session.open(vault)
    try:
        tab = DocumentsTab(session, sample.french_case)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(lambda: tab.info is not None)
        tab.choose(SUMMARY)
        request = tab.request()
        assert request is not None
        assert tab.language_note.text() == "Geschreven in de taal van het dossier: Frans."
        text = _pdf_text(build_document(vault, request))
        assert "Résumé du dossier" in text and "Dossiersamenvatting" not in text
        tab_nl = DocumentsTab(session, sample.dutch_case)
        qtbot.addWidget(tab_nl)
        tab_nl.show()
        qtbot.waitUntil(lambda: tab_nl.info is not None)
        tab_nl.choose(SUMMARY)
        nl_request = tab_nl.request()
        assert nl_request is not None
        assert "Dossiersamenvatting" in _pdf_text(build_document(vault, nl_request))
    finally:
        session.lock()


def test_audit_details_are_said_in_the_interface_language(translations: Translations) -> None:
    from trustdesk.ui.security.audit_words import detail_text

    translations.install("fr")
    assert detail_text("passphrase-only") == "protégé uniquement par la phrase secrète (pas de trousseau)"
    assert detail_text("3 failed attempt(s)") == "3 tentatives échouées"
    assert detail_text("case_summary redaction=pseudonymised referral=3") == \
        "Résumé du dossier · Pseudonymisé · orientation 3"
    assert detail_text("starter@1") == "starter@1"  # anything else exactly as stored
    translations.install("nl")
    assert detail_text("schema 2 -> 3") == "databankversie 2 → 3"


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_qt_catalogue_is_found(language: str) -> None:
    from trustdesk.ui.kit.language import qt_translations_dirs

    assert any((folder / f"qtbase_{language}.qm").is_file() for folder in qt_translations_dirs())


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_handover_details_and_counts_are_said_in_the_interface_language(translations: Translations,
                                                                        language: str) -> None:
    """Every handover audit detail is said in words of the interface (no English 'file', 'case',
    'sections', 'was', 'kept'); counts use real plurals ("1 doorverwijzing", never "1 doorverwijzingen")."""
    from PySide6.QtCore import QCoreApplication

    from trustdesk.ui.security.audit_words import detail_text, event_text

    translations.install(language)
    file_id = "0123456789abcdef0123456789abcdef"
    details = [f"file {file_id}; case 1 of 3; sections intake,referrals,risk,tasks",
               f"file {file_id}; case 2 of 3; was TD-2026-0004", f"file {file_id}; replayed",
               f"file {file_id}; kept minimum", f"file {file_id}; kept full",
               f"file {file_id}; sections intake,risk", f"file {file_id}; from TD-2026-0001, TD-2026-0002"]
    english = {"file", "case", "sections", "kept", "replayed", "from", "minimum kept", "intake", "with"}
    for detail in details:
        said = detail_text(detail)
        assert said != detail and "01234567" in said and file_id not in said, said
        assert not english & set(said.replace(",", " ").replace(";", " ").split()), said
    for event in ("handover_refused", "handover_closed", "conflict_decision"):
        assert event_text(event) != event
    one = {"nl": "1 doorverwijzing", "fr": "1 orientation"}[language]
    many = {"nl": "2 doorverwijzingen", "fr": "2 orientations"}[language]
    assert QCoreApplication.translate("ReceiveHandoverDialog", "%n referral(s)", "", 1) == one
    assert QCoreApplication.translate("ReceiveHandoverDialog", "%n referral(s)", "", 2) == many
