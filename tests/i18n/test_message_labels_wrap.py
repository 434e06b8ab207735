"""A message never widens its pane: every QLabel that says a status, a message, a warning or a hint
in the case tabs and the dialogs word-wraps (an outside tester: the note editor's unwrapped "Niet
afgerond: kies het risiconiveau…" pushed *Klaar* off a 1366 px screen).  Walks every case tab and
every dialog of the mnemonic walk; a message label is one whose objectName says so."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _show_loaded
from tests.i18n.test_mnemonics import every_dialog
from tests.waits import open_case
from trustdesk.ui.case.case_tabs import TAB_NAMES
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

MESSAGE = re.compile(r"(status|message|state|warning|hint|error|notice|problem|result|told|said)", re.IGNORECASE)


def unwrapped_messages(root: QWidget) -> list[str]:
    return [f"{label.objectName()} {label.text()[:50]!r}" for label in root.findChildren(QLabel)
            if MESSAGE.search(label.objectName()) and not label.wordWrap() and label.buddy() is None]


def test_the_check_finds_an_unwrapped_message(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Niet afgerond", root)
    label.setObjectName("contact_save_status")
    assert unwrapped_messages(root)
    label.setWordWrap(True)
    assert not unwrapped_messages(root)


def test_every_message_label_wraps(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample,
                                   prefs: Preferences) -> None:
    problems: list[str] = []
    view = open_case(qtbot, window, sample.dutch_case)
    for index, name in enumerate(TAB_NAMES):
        tab = view.tab_at(index)
        assert tab is not None, name
        problems.extend(f"case tab {name}: {what}" for what in unwrapped_messages(tab))
    for name, make in every_dialog(session, window, sample, prefs):
        dialog = make()  # type: ignore[operator]
        assert isinstance(dialog, QWidget)
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        problems.extend(f"{name}: {what}" for what in unwrapped_messages(dialog))
        dialog.close()
    assert not problems, "\n".join(problems)
