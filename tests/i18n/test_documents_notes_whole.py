"""The Documents tab at 1366x768, nl and fr: once the "saved as" line is shown (and the history holds
rows) every note on the right is whole (outside tester: "Pas de plan de sécurité à ce niveau : il nomme
des" and "…het noemt mensen", the rest cut off; the box layout squeezed the wrapped note to one line).
Screenshots to look at: ``QT_QPA_PLATFORM=offscreen`` and ``window.grab()``."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_rows_follow_language import settle
from tests.waits import open_case, switch_language
from trustdesk.domain import Contact, RiskLevel
from trustdesk.domain.enums import ProviderKind
from trustdesk.domain.models import Provider
from trustdesk.ui.documents import documents_tab
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_notes_are_whole_after_a_save(qtbot: QtBot, window: MainWindow, translations: Translations,
                                          sample: Sample, vault: Vault, monkeypatch: pytest.MonkeyPatch,
                                          language: str) -> None:
    case_id = sample.dutch_case if language == "nl" else sample.french_case
    vault.contacts.add(Contact(case_id=case_id, at=datetime.now() - timedelta(days=1), risk=RiskLevel.ACUTE))
    for number in range(40):  # a long acute notice above the tabs: its crisis lines and how many more
        vault.providers.add(Provider(kind=ProviderKind.CRISIS_LINE, name=f"Wachtpost {number:04}",
                                     phone=f"02 00{number:04}"))
    switch_language(translations, language)
    # the name save_document would be given (the case's code, the document, the date: no space to wrap at)
    monkeypatch.setattr(documents_tab, "save_document", lambda *args, **_kw: Path.home() / args[3])
    view = open_case(qtbot, window, case_id)
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.documents))
    tab = view.documents
    assert tab is not None
    tab._save()
    qtbot.waitUntil(lambda: ".pdf" in tab.message.text(), timeout=30_000)
    for row in range(6):  # a history of saves and prints, as after a few documents
        tab.history.addItem(f"{row}")
    settle()
    window.grab().save(f"/tmp/bf_documents_{language}.png")
    assert window.height() <= 768 and tab.plan_note.isVisible()
    for label in (tab.plan_note, tab.message, tab.language_note, tab.explain):
        assert label.height() >= label.heightForWidth(label.width()), (label.objectName(), label.text())
        assert label.mapTo(window, label.rect().bottomRight()).x() <= window.width()
