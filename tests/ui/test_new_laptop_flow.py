"""A new laptop through the real shell, across separate data folders: the first run offers
"restore from a backup"; the restore wizard opens the backup with the passphrase or with the
recovery code (then a new passphrase), ends on a Close button, and only then the unlock window opens,
wholly on screen; the vault unlocks with every case and knows its last backup.  A restore over a
vault keeps the old one aside, and the first unlock afterwards offers to remove it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.models import Case
from trustdesk.ui.security.restore_wizard import DONE_PAGE, PREVIEW_PAGE, RestoreWizard
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.restore import kept_aside_copies

NEW = "the new laptop's passphrase"


def _old_laptop(tmp_path: Path, new_vault: Callable[..., Vault]) -> tuple[Path, str, list[str]]:
    old = new_vault(tmp_path / "old-laptop" / "data", keychain=Keychain.none(), name="old-laptop")
    code = old.recovery_code or ""
    codes = [old.cases.add(Case(code="", opened_on=date(2026, 4, 1 + i))).code for i in range(3)]
    (tmp_path / "stick").mkdir()
    path = BackupService(old).backup_to(tmp_path / "stick" / "laptop.tdbackup").path
    old.lock()
    return path, code, codes


def _restore(qtbot: QtBot, wizard: RestoreWizard, backup: Path, *, code: str | None) -> None:
    wizard.file_edit.setText(str(backup))
    wizard.next()
    if code is not None:
        wizard.use_code.setChecked(True)
        wizard.secret.setText(code)
        wizard.new_fields.first.setText(NEW)
        wizard.new_fields.second.setText(NEW)
    else:
        wizard.secret.setText(PASSPHRASE)
    assert wizard.next_button.isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page == PREVIEW_PAGE, timeout=20_000)
    wizard.confirm.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.page == DONE_PAGE, timeout=20_000)


def _on_screen(window: object) -> bool:
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    screen = window.screen()
    return screen is not None and screen.availableGeometry().contains(window.frameGeometry())


@pytest.mark.parametrize("with_code", [False, True], ids=["passphrase", "recovery-code"])
def test_first_run_restores_from_a_backup(qtbot: QtBot, make_shell: Callable[..., Shell], data_dir: Path,
                                          tmp_path: Path, with_code: bool, new_vault: Callable[..., Vault]) -> None:
    backup, code, codes = _old_laptop(tmp_path, new_vault)
    assert not data_dir.exists() or not any(data_dir.iterdir())  # the new laptop: nothing yet
    shell = make_shell(keychain=Keychain.none())
    shell.start()
    wizard = shell.wizard
    assert wizard is not None
    wizard.next()  # language
    assert wizard.currentPage() is wizard.start_page  # new vault / restore from a backup
    wizard.start_page.restore.setChecked(True)
    wizard.next()
    restore = shell.restore_wizard
    assert isinstance(restore, RestoreWizard) and restore.isVisible() and not wizard.isVisible()
    _restore(qtbot, restore, backup, code=code if with_code else None)
    # the last page has its Close button, and nothing covers it yet
    assert restore.next_button.isVisible() and restore.next_button.isEnabled()
    assert shell.unlock_window is None
    restore.next()  # Close
    qtbot.waitUntil(lambda: shell.unlock_window is not None and shell.unlock_window.isVisible(), timeout=5000)
    unlock = shell.unlock_window
    assert unlock is not None and _on_screen(unlock) and shell.wizard is None
    unlock.passphrase.setText(NEW if with_code else PASSPHRASE)
    unlock.try_unlock()
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=20_000)
    vault = shell.session.vault
    assert vault is not None
    assert sorted(c.code for c in vault.cases.list()) == sorted(codes)
    last = BackupService(vault).last_result()
    assert last is not None and last.ok and last.file == backup.name  # "no backup made yet" no more
    assert kept_aside_copies(data_dir) == [] and shell.kept_aside_offer is None  # nothing was replaced


def test_cancelling_the_first_run_restore_brings_the_wizard_back(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                                 data_dir: Path) -> None:
    shell = make_shell(keychain=Keychain.none())
    shell.start()
    wizard = shell.wizard
    assert wizard is not None
    wizard.next()
    wizard.start_page.restore.setChecked(True)
    wizard.next()
    restore = shell.restore_wizard
    assert isinstance(restore, RestoreWizard)
    restore.reject()
    qtbot.waitUntil(lambda: wizard.isVisible(), timeout=3000)
    assert shell.unlock_window is None and shell.main_window is None


def test_restore_over_a_vault_offers_to_remove_the_kept_aside_copy(qtbot: QtBot, make_shell: Callable[..., Shell],
                                                                   data_dir: Path, tmp_path: Path, new_vault: Callable[..., Vault]) -> None:
    backup, _code, codes = _old_laptop(tmp_path, new_vault)
    throwaway = new_vault(data_dir, keychain=Keychain.none(), passphrase="a throw-away passphrase")
    throwaway.lock()
    shell = make_shell(keychain=Keychain.none())
    shell.start()
    assert shell.unlock_window is not None
    restore = shell.show_restore()
    _restore(qtbot, restore, backup, code=None)
    kept = kept_aside_copies(data_dir)
    assert len(kept) == 1 and str(kept[0]) in restore.done_text.text()  # it says where
    restore.next()
    unlock = shell.unlock_window
    assert unlock is not None
    qtbot.waitUntil(unlock.isVisible, timeout=3000)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.try_unlock()
    qtbot.waitUntil(lambda: shell.kept_aside_offer is not None and shell.kept_aside_offer.isVisible(),
                    timeout=20_000)
    offer = shell.kept_aside_offer
    assert str(kept[0]) in offer.text.text()  # type: ignore[union-attr]
    offer.remove_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not kept[0].exists(), timeout=5000)
    assert kept_aside_copies(data_dir) == []
    vault = shell.session.vault
    assert vault is not None and sorted(c.code for c in vault.cases.list()) == sorted(codes)
    offer.accept()  # type: ignore[union-attr]
