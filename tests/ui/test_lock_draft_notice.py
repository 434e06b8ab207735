"""After a lock that discarded a dialog's typing, the next unlock says which window it was (never silent;
ui/kit/lock_bound.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.ui.test_shell import TEST_PAGES
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault


def test_unlock_names_the_dialog_whose_typing_the_lock_discarded(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, keychain: Keychain) -> None:
    from trustdesk.ui.case.task_dialog import TaskDialog

    shell = make_shell(pages=TEST_PAGES)
    shell.start()
    shell.session.open(vault)
    assert shell.main_window is not None
    dialog = TaskDialog(shell.session, parent=shell.main_window)
    dialog.open()
    QTest.keyClicks(dialog.title_edit, "my passphrase, typed by mistake")
    title = dialog.windowTitle()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not shell.session.is_unlocked
    assert shell.unlock_window is not None and shell.unlock_window.isVisible()
    shell.session.open(Vault.unlock(Path(vault.data_dir), PASSPHRASE, keychain=keychain))
    notice = shell.main_window.findChild(QMessageBox, "draftsAtLock")
    assert notice is not None and notice.isVisible()
    assert title in notice.informativeText()
    assert shell.session.drafts_at_lock == []  # said once
    notice.accept()


@pytest.mark.parametrize("way", ["ctrl+l", "idle", "suspend"])
def test_a_safety_plan_typed_in_is_saved_and_said_however_the_lock_comes(
        qtbot: QtBot, make_shell: Callable[..., Shell], vault: Vault, keychain: Keychain, way: str) -> None:
    """Outside tester: a lock (Ctrl+L, idle, suspend) with the safety plan open saved a version silently.
    Now the version is saved and the next unlock says so, with its number."""
    from trustdesk.domain.models import Case
    from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog

    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2)))
    assert case.id is not None
    shell = make_shell(pages=TEST_PAGES)
    shell.start()
    shell.session.open(vault)
    assert shell.main_window is not None
    dialog = SafetyPlanDialog(shell.session, case.id, parent=shell.main_window)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.context is not None)
    QTest.keyClicks(dialog.editor.fields["warning_signs"], "Slaapt niet meer")
    title = dialog.windowTitle()
    if way == "ctrl+l":
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    elif way == "idle":
        shell._idle_lock()
    else:
        shell._suspend_lock()
    assert not shell.session.is_unlocked
    reopened = Vault.unlock(Path(vault.data_dir), PASSPHRASE, keychain=keychain)
    plan = reopened.safety_plans.current(case.id)
    assert plan is not None and plan.warning_signs == "Slaapt niet meer"
    shell.session.open(reopened)
    notice = shell.main_window.findChild(QMessageBox, "draftsAtLock")
    assert notice is not None and notice.isVisible()
    assert title in notice.informativeText() and f" {plan.version} " in notice.informativeText(), \
        notice.informativeText()
    notice.accept()


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_notice_counts_its_windows_and_names_each_dialog_in_a_sentence(
        qtbot: QtBot, translations: Translations, language: str) -> None:
    """One window open at the lock: the notice says one window, not "these windows"; a dialog whose
    typing was lost is named inside a sentence (no "Nouvelle tâche : non conservé" agreement)."""
    from PySide6.QtWidgets import QWidget

    from tests.waits import switch_language
    from trustdesk.ui.kit.lock_bound import DraftFate, tell_drafts

    switch_language(translations, language)
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        texts = []
        for count in (1, 2, 3):
            fates = [DraftFate(f"Dialog {n}", f"gone {n}", kept=False, whole=True) for n in range(count)]
            box = tell_drafts(parent, fates)
            assert isinstance(box, QMessageBox)
            texts.append(box.text())
            assert all(f"gone {n}" in box.informativeText() for n in range(count))
            assert "Dialog" not in box.informativeText()  # a whole sentence: no "title: " before it
            box.close()
        one, two, three = texts
        assert one != two and two.replace("2", "3") == three  # singular differs; plurals by %n
        assert not any(word in one for word in ("these windows", "ces fenêtres", "deze vensters"))
    finally:
        switch_language(translations, "en")
