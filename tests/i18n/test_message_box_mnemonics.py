"""Alt+letter in the questions the app asks: the message boxes it builds with buttons of its own have
unique mnemonics in Dutch, French and English (an outside tester: in the French "L'item 9 du PHQ-9 est
positif", *Ouvrir le plan de sécurité…* and *Plus tard* both underlined P, and Alt+P opened the plan).

Every message box in trustdesk/ui that adds a button of its own is built here (``_BUILDERS``); a new one
in the sources that this walk does not build fails ``test_the_walk_knows_every_message_box``."""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_mnemonics import clashes, mnemonics
from tests.waits import switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

UI = Path(__file__).resolve().parents[2] / "trustdesk" / "ui"


def _item9(session: VaultSession, sample: Sample, window: QWidget) -> QWidget:
    from trustdesk.domain.scores import Instrument, Score
    from trustdesk.ui.safety.score_dialog import ScoreDialog

    dialog = ScoreDialog(session, sample.dutch_case, window)
    dialog._ask_for_assessment(Score(sample.dutch_case, Instrument.PHQ9, 14, date(2026, 12, 6), item9=2))
    assert dialog.item9_prompt is not None
    return dialog.item9_prompt


def _discard(window: QWidget) -> QWidget:
    from trustdesk.ui.kit.lock_bound import ask_discard

    dialog = QDialog(window)
    dialog.setWindowTitle("Taak")
    return ask_discard(dialog, lambda _discard: None)


def _erase(window: QWidget) -> QWidget:
    from trustdesk.ui.security.handover_receipt import erase_question

    box = erase_question(window, ("TD-1", "TD-2"), "An Peeters")
    box.open()
    return box


def _leave_setup(window: QWidget) -> QWidget:
    from trustdesk.ui.security.wizard_leave import leave_question

    return leave_question(window, code_confirmed=False, leave=lambda: None)


def _no_backup_folder(window: QWidget) -> QWidget:
    from trustdesk.ui.security.backup_first_folder import no_folder_question

    return no_folder_question(window, lambda: None)


# the source file that builds the box -> how this walk builds it
_BUILDERS: dict[str, Callable[[VaultSession, Sample, QWidget], QWidget]] = {
    "safety/score_dialog.py": _item9,
    "kit/lock_bound.py": lambda _s, _c, window: _discard(window),
    "security/handover_receipt.py": lambda _s, _c, window: _erase(window),
    "security/wizard_leave.py": lambda _s, _c, window: _leave_setup(window),
    "security/backup_first_folder.py": lambda _s, _c, window: _no_backup_folder(window),
}


def _boxes_with_own_buttons() -> set[str]:
    """The files under trustdesk/ui that call ``addButton`` with a text on a ``QMessageBox`` they build."""
    found = set()
    for path in UI.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "QMessageBox(" not in source and "(QMessageBox)" not in source:  # built, or a subclass
            continue
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "addButton"
                    and len(node.args) == 2 and "QMessageBox.ButtonRole" in ast.unparse(node.args[1])):
                found.add(path.relative_to(UI).as_posix())
    return found


def test_the_walk_knows_every_message_box() -> None:
    found = _boxes_with_own_buttons()
    assert "safety/score_dialog.py" in found  # the finder finds
    assert found <= set(_BUILDERS), found - set(_BUILDERS)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_question_has_unique_letters(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                           sample: Sample, translations: Translations, language: str) -> None:
    switch_language(translations, language)
    problems = []
    for name, build in _BUILDERS.items():
        box = build(session, sample, window)
        assert isinstance(box, QMessageBox), name
        qtbot.waitUntil(box.isVisible)
        buttons = box.findChildren(QDialogButtonBox)[0].buttons()
        assert buttons, name
        problems.extend(f"{name} ({language}): Alt+{letter}: {who}" for letter, who in clashes(box).items())
        if name == "safety/score_dialog.py":  # both answers reachable by a letter of their own
            assert len([who for who in mnemonics(box).values() if len(who) == 1]) >= 2, (language, mnemonics(box))
        box.close()
    assert not problems, "\n".join(problems)
