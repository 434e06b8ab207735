"""Texts made from a result -- "Saved as summary.pdf." under a case's documents, the rows of a search
dialog left open -- follow a language switch at once (outside tester: after nl→fr "Bewaard als
samenvatting.pdf." and "Notitie van …" stayed Dutch).  ``kit.rows_language.say`` and
``remake_on_switch`` make them again; nothing of the old language is left on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from tests.i18n.language_left import language_left
from tests.i18n.sample import Sample
from tests.i18n.test_rows_follow_language import settle, texts
from tests.waits import open_case, switch_language
from trustdesk.ui.documents import documents_tab
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.shell.main_window import MainWindow


def test_a_saved_message_and_open_search_rows_follow_a_switch(
        qtbot: QtBot, window: MainWindow, translations: Translations, sample: Sample,
        monkeypatch: pytest.MonkeyPatch) -> None:
    switch_language(translations, "nl")
    monkeypatch.setattr(documents_tab, "save_document", lambda *_a, **_k: Path("samenvatting.pdf"))
    view = open_case(qtbot, window, sample.dutch_case)
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.documents))
    tab = view.documents
    assert tab is not None
    tab._save()
    qtbot.waitUntil(lambda: "samenvatting.pdf" in tab.message.text(), timeout=30_000)
    assert tab.message.text() == "Bewaard als samenvatting.pdf."

    dialog = window.search.show()
    assert dialog is not None
    with qtbot.waitSignal(dialog.results_shown, timeout=10_000):
        dialog.search("incident")
    settle()
    assert dialog.model.rowCount() and any(
        "Notitie van" in str(dialog.model.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole))
        for r in range(dialog.model.rowCount()))
    current = dialog.results.currentIndex().row()

    switch_language(translations, "fr")
    settle()
    assert tab.message.text() == QCoreApplication.translate("DocumentsTab", "Saved as %1.").replace(
        "%1", "samenvatting.pdf")
    assert dialog.results.currentIndex().row() == current  # the row one was on stays the current one
    shown = "\n".join(str(t) for t in [*texts(view), *texts(dialog)])
    assert language_left(shown, "nl", "fr") == set()
    dialog.close()


def test_a_message_set_since_is_not_made_again(qtbot: QtBot, translations: Translations) -> None:
    """``say`` makes again only what the label still shows: a label cleared or told something else
    since keeps that."""
    from PySide6.QtWidgets import QLabel

    from trustdesk.ui.kit.rows_language import say

    label = QLabel()
    qtbot.addWidget(label)
    say(label, lambda: QCoreApplication.translate("DocumentsTab", "Stopped: no document was made."))
    label.clear()
    switch_language(translations, "fr")
    assert label.text() == ""
