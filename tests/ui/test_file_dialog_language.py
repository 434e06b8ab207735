"""Qt's own (non-native) file dialogs speak the interface's language ("Zoeken in:", not "Look in:")
and the pack and CSV dialogs start in the user's Documents folder, not the working folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.language import Translations

ENGLISH = ("Look in:", "Files of type:", "File name:")


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("opener", ["pack", "csv"])
def test_file_dialogs_are_translated_and_start_in_documents(qtbot: QtBot, translations: Translations,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            language: str, opener: str) -> None:
    from trustdesk.ui.directory import csv_import_dialog, pack_import
    from trustdesk.ui.output import document_output

    translations.install(language)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(document_output, "documents_folder", lambda: documents)
    monkeypatch.chdir(tmp_path)  # the working folder is elsewhere
    seen: dict[str, object] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, inspect)
            return
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["labels"] = [label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.text()]
        dialog.reject()

    QTimer.singleShot(20, inspect)
    parent = QWidget()
    qtbot.addWidget(parent)
    chooser = pack_import.choose_pack_file if opener == "pack" else csv_import_dialog.choose_csv_to_open
    assert chooser(parent) is None
    assert seen["folder"] == documents and seen["folder"] != Path(os.getcwd())
    labels = seen["labels"]
    assert isinstance(labels, list) and labels
    assert not set(labels) & set(ENGLISH), labels
    words = {"nl": ("Zoeken in:", "Bestanden van type:"), "fr": ("Voir dans\u00a0:", "Fichiers de type\u00a0:")}
    assert set(words[language]) <= set(labels), labels
