"""Undo is never the word of Cancel (issue 18, outside tester: in French the Undo after *Mark done* read
« Annuler », the word of every Cancel button).  What the user sees: the undo line's button and the Undo of
every text field's context menu (Qt's own words, corrected by our catalogue, kit/qt_words.py) against the
Cancel of a standard button box and of our own dialogs, in Dutch and French."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.waits import switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.undo_notice import UndoNotice

WORDS = {"nl": ("ongedaan maken", "annuleren"), "fr": ("défaire", "annuler")}


def _plain(text: str) -> str:
    return text.replace("&", "").split("\t")[0].strip().lower()


def _menu_undo(field: QWidget) -> str:
    menu = field.createStandardContextMenu()  # type: ignore[attr-defined]
    try:
        texts = [action.text() for action in menu.actions() if action.objectName() == "edit-undo"]
        assert texts, [action.text() for action in menu.actions()]
        return _plain(texts[0])
    finally:
        menu.deleteLater()


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_undo_is_not_cancel(qtbot: QtBot, translations: Translations, language: str) -> None:
    from trustdesk.ui.case.task_dialog import TaskDialog

    switch_language(translations, language)
    undo, cancel = WORDS[language]
    page = QWidget()
    qtbot.addWidget(page)
    notice = UndoNotice("test", page)
    fields: list[QWidget] = [QLineEdit(page), QPlainTextEdit(page), QTextEdit(page)]
    undos = {"undo line": _plain(notice.button.text())} | {
        type(field).__name__: _menu_undo(field) for field in fields}
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
    cancels = {"standard Cancel": _plain(box.button(QDialogButtonBox.StandardButton.Cancel).text()),
               "task dialog Cancel": _plain(TaskDialog.tr("Cancel"))}
    assert set(undos.values()) == {undo}, undos
    assert set(cancels.values()) <= {cancel}, cancels
