"""Every path field is one kit widget (``ui.kit.path_field.PathField``) and behaves the same: editable
(a typed path counts like a chosen one), checked with one clear sentence, and its *Choose…* button is
never a default button (Enter after a choice never reopens the file dialog).  Enter in a code field
does the field's own action only.  The restore's texts say what really happens: a vault kept aside,
or (on a new computer) nothing replaced."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.path_field import PathField, typed_path
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.security.restore_wizard import FILE_PAGE, PREVIEW_PAGE, SECRET_PAGE, RestoreWizard
from trustdesk.ui.security.wizard import FirstRunWizard
from trustdesk.vault import KdfParams, Keychain, Vault
from trustdesk.vault.backup import BackupService
from trustdesk.vault.restore import BackupInfo


def _path_fields(window: QWidget) -> list[PathField]:
    return window.findChildren(PathField)


def _windows(session: VaultSession, data_dir: Path, keychain: Keychain) -> list[QWidget]:
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog
    from trustdesk.ui.security.backup_settings import BackupSettings
    from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog

    return [FirstRunWizard(data_dir, language="en", keychain=keychain, kdf=KdfParams()),
            RestoreWizard(data_dir, keychain=keychain), ReceiveHandoverDialog(session), IntakeDialog(session),
            BackupSettings(session)]


def test_every_path_field_is_editable_and_its_choose_button_never_default(
        qtbot: QtBot, session: VaultSession, data_dir: Path, keychain: Keychain) -> None:
    windows = _windows(session, data_dir, keychain)
    for window in windows:
        qtbot.addWidget(window)
        fields = _path_fields(window)
        assert fields, f"{window.objectName()} names a file or folder without the kit's PathField"
        for field in fields:
            assert not field.edit.isReadOnly()
            assert not field.button.autoDefault() and not field.button.isDefault()
            assert field.edit.accessibleName() and field.button.accessibleName()


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda t: t.strip() and "\x00" not in t and not t.strip().startswith(("~", "'", '"', "file://"))))
def test_a_typed_path_is_the_text_typed_without_blanks_and_quotes(name: str) -> None:
    plain = name.strip()
    for typed in (name, f" {name} ", f'"{plain}"', f"'{plain}'"):
        assert typed_path(typed) == Path(plain)
    assert typed_path("~/x") == Path.home() / "x"
    assert typed_path("   ") is None


def _wizard_at_backup_page(qtbot: QtBot, vault: Vault, data_dir: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(data_dir, language="en", kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.vault = vault
    wizard.recovery_page.confirm.setChecked(True)
    wizard.setStartId(wizard.pageIds()[-1])
    wizard.restart()
    wizard.show()
    assert wizard.currentPage() is wizard.backup_page
    return wizard


def test_the_wizard_stores_a_typed_backup_folder(qtbot: QtBot, vault: Vault, data_dir: Path,
                                                 tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    wizard = _wizard_at_backup_page(qtbot, vault, data_dir)
    created: list[Vault] = []
    wizard.created.connect(created.append)
    wizard.backup_page.folder.setFocus()
    qtbot.keyClicks(wizard.backup_page.folder, f"  {stick}  ")  # typed, never chosen
    qtbot.keyClick(wizard.backup_page.folder, Qt.Key.Key_Return)  # Enter: the wizard's own Finish
    qtbot.waitUntil(lambda: bool(created))
    assert BackupService(vault).folder() == stick


def _bad_folders(tmp_path: Path, data_dir: Path) -> dict[str, Path]:
    a_file = tmp_path / "a-file"
    a_file.write_bytes(b"x")
    bad = {"missing": tmp_path / "not-there", "is-file": a_file, "inside-data": data_dir / "backups",
           "data-itself": data_dir}
    (data_dir / "backups").mkdir(exist_ok=True)
    if os.geteuid() != 0:  # root writes anywhere
        read_only = tmp_path / "read-only"
        read_only.mkdir()
        read_only.chmod(0o500)
        bad["read-only"] = read_only
    return bad


def test_the_wizard_refuses_a_typed_folder_that_will_not_do_and_says_why(
        qtbot: QtBot, vault: Vault, data_dir: Path, tmp_path: Path) -> None:
    wizard = _wizard_at_backup_page(qtbot, vault, data_dir)
    created: list[Vault] = []
    wizard.created.connect(created.append)
    sentences = set()
    bad = _bad_folders(tmp_path, data_dir)
    for why, folder in bad.items():
        wizard.backup_page.folder.setText(str(folder))
        wizard.accept()
        assert not created and wizard.isVisible(), why
        shown = wizard.backup_page.path_field.problem_label
        assert shown.isVisibleTo(wizard) and shown.text(), why
        sentences.add(shown.text())
    assert len(sentences) == len(bad) - 1  # one sentence per reason (data/ twice)
    assert BackupService(vault).folder() is None
    wizard.backup_page.folder.setText("relative/folder")
    assert not wizard.backup_page.validatePage()
    wizard.backup_page.folder.clear()  # an empty field skips the step
    wizard.accept()
    assert created


def test_the_vault_refuses_a_backup_folder_inside_its_data_folder(vault: Vault, data_dir: Path) -> None:
    (data_dir / "sub").mkdir()
    for folder in (data_dir, data_dir / "sub", data_dir / "sub" / ".." / "sub", Path("relative")):
        with pytest.raises(ValueError):
            BackupService(vault).set_folder(folder)
    assert BackupService(vault).folder() is None


def _a_backup(vault: Vault, tmp_path: Path) -> Path:
    return BackupService(vault).backup_to(tmp_path / "b.tdbackup").path


def test_restore_typing_a_path_enables_next_and_enter_after_choose_goes_next(
        qtbot: QtBot, vault: Vault, tmp_path: Path, keychain: Keychain, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _a_backup(vault, tmp_path)
    wizard = RestoreWizard(tmp_path / "new-laptop", keychain=keychain)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert not wizard.next_button.isEnabled()
    wizard.file_edit.setFocus()
    qtbot.keyClicks(wizard.file_edit, str(tmp_path))  # a folder: not yet
    assert not wizard.next_button.isEnabled() and wizard.file_field.problem_label.text()
    wizard.file_edit.clear()
    qtbot.keyClicks(wizard.file_edit, f'"{backup}"')  # pasted with quotes, as file managers copy paths
    assert wizard.next_button.isEnabled() and not wizard.file_field.problem_label.text()
    qtbot.keyClick(wizard.file_edit, Qt.Key.Key_Return)
    assert wizard.page == SECRET_PAGE

    opened: list[int] = []
    again = RestoreWizard(tmp_path / "new-laptop", keychain=keychain)
    qtbot.addWidget(again)
    monkeypatch.setattr(again, "choose_file", lambda: opened.append(1) or backup)
    again.show()
    qtbot.waitExposed(again)
    qtbot.mouseClick(again.file_button, Qt.MouseButton.LeftButton)
    assert opened == [1] and again.path == backup
    focused = QApplication.focusWidget() or again
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Enter after "Choose…": Next, not the file dialog again
    qtbot.keyClick(again.file_button, Qt.Key.Key_Return)  # even on the button itself
    assert opened == [1]
    assert again.page == SECRET_PAGE


def _info(path: Path) -> BackupInfo:
    return BackupInfo(path=path, backup_id="b", vault_id="v", created=datetime(2026, 11, 1, 10, 0), schema=1,
                      counts={"cases": 3}, size=1, has_passphrase_slot=True, has_recovery_slot=True, verified=True)


def test_restore_confirmation_says_what_really_happens(qtbot: QtBot, vault: Vault, data_dir: Path,
                                                       tmp_path: Path) -> None:
    """On a new computer nothing is kept aside; over a vault, the vault is kept aside first."""
    texts: dict[bool, str] = {}
    for has_vault, folder in ((True, data_dir), (False, tmp_path / "brand-new")):
        wizard = RestoreWizard(folder)
        qtbot.addWidget(wizard)
        wizard.file_edit.setText(str(tmp_path / "x.tdbackup"))
        wizard.go(SECRET_PAGE)
        wizard._inspected(_info(tmp_path / "x.tdbackup"))
        assert wizard.page == PREVIEW_PAGE and wizard.replaces is has_vault
        text = wizard.preview.text() + "\n" + wizard.confirm.text()
        assert ("kept aside" in text) is has_vault, text
        assert ("no vault on this computer" in text) is (not has_vault), text
        texts[has_vault] = text
    assert texts[True] != texts[False]
    assert FILE_PAGE == 0


def test_enter_in_the_handover_code_opens_the_file_and_nothing_else(
        qtbot: QtBot, session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from trustdesk.ui.security import handover_receive

    asked: list[int] = []
    target = tmp_path / "x.tdhandover"
    target.write_bytes(b"TDHANDOVER\nnot really")
    monkeypatch.setattr(handover_receive, "ask_open_path", lambda _parent: asked.append(1) or target)
    dialog = handover_receive.ReceiveHandoverDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    checked: list[int] = []
    monkeypatch.setattr(dialog, "check", lambda: checked.append(1))
    assert dialog.choose_file() and asked == [1]
    for _ in range(3):
        dialog.code_edit.setFocus()
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert asked == [1]  # Enter in the code never opens the file dialog
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    # a typed path works like a chosen one
    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, str(target))
    assert dialog.data is None
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    assert dialog.data is not None and asked == [1]
