"""The recovery kit: offered by the first-run wizard (no re-auth: the passphrase was just set) and
by Settings after a new code (re-auth); printed/saved through document_output and audited; the
wizard installs the default letter templates when it creates the vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.documents.conftest import pdf_text
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output import document_output
from trustdesk.ui.output.reauth import gate_for
from trustdesk.ui.security import recovery_kit
from trustdesk.ui.security.recovery_kit import RecoveryKitDialog
from trustdesk.ui.security.wizard import FirstRunWizard
from trustdesk.vault import KdfParams, Keychain, Vault
from trustdesk.vault.settings import PRINT_QUEUE_WARNED


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    def fake(*args: Any) -> tuple[str, str]:
        calls.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return calls


def test_wizard_kit_saves_the_code_without_asking_again(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(document_output, "require_reauth", lambda *_a: asked.append("reauth") or True)
    code = vault.recovery_code
    assert code
    target = tmp_path / "kit.pdf"
    calls = _save_to(monkeypatch, target)
    dialog = RecoveryKitDialog(None, vault, code)
    qtbot.addWidget(dialog)
    assert dialog.save_kit()
    assert asked == []  # first run: the passphrase was set a moment ago
    assert calls[0][-1] & QFileDialog.Option.DontUseNativeDialog
    text = pdf_text(target.read_bytes())
    assert code in text and vault.vault_id in text
    assert [(e.case_code, e.detail) for e in vault.audit.entries(event="export")] == [("", "recovery_kit")]
    dialog.accept()
    assert dialog._code is None


def test_wizard_kit_prints_with_a_neutral_job_name(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    vault.settings.set_value(PRINT_QUEUE_WARNED, True)
    printed = tmp_path / "printed.pdf"
    names: list[str] = []

    def fake_exec(dialog: QPrintDialog) -> int:
        names.append(dialog.printer().docName())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    assert vault.recovery_code
    dialog = RecoveryKitDialog(None, vault, vault.recovery_code)
    qtbot.addWidget(dialog)
    assert dialog.print_kit() and dialog.printed
    assert names == ["TrustDesk document"] and printed.exists()
    assert [e.detail for e in vault.audit.entries(event="print")] == ["recovery_kit"]


def test_settings_kit_asks_for_the_passphrase(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    session = VaultSession()
    session.open(vault)
    refused: list[str] = []
    monkeypatch.setattr(document_output, "require_reauth", lambda _s, _p, what: refused.append(what) and False)
    calls = _save_to(monkeypatch, tmp_path / "kit.pdf")
    dialog = RecoveryKitDialog(None, vault, "ABCD-EFGH", session=session)
    qtbot.addWidget(dialog)
    assert not dialog.save_kit()
    assert refused and calls == [] and not (tmp_path / "kit.pdf").exists()
    session.lock()
    assert not dialog.isVisible() and dialog._code is None
    session.deleteLater()


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path, keychain: Keychain) -> Iterator[FirstRunWizard]:
    w = FirstRunWizard(tmp_path / "newdata", language="nl", keychain=keychain, kdf=KdfParams())
    qtbot.addWidget(w)
    yield w
    if w.vault is not None:
        w.vault.lock()


def test_wizard_creates_default_templates_and_offers_the_kit(qtbot: QtBot, wizard: FirstRunWizard,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[str] = []
    monkeypatch.setattr(recovery_kit, "offer_recovery_kit", lambda _p, _v, code, **_k: offered.append(code))
    wizard.show()
    wizard.next()  # language -> new vault or restore
    wizard.next()  # a new vault -> passphrase
    wizard.passphrase_page.fields.first.setText(PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(PASSPHRASE)
    wizard.next()  # -> creating the vault in a worker
    qtbot.waitUntil(lambda: wizard.vault is not None and wizard.currentPage() is wizard.recovery_page,
                    timeout=20_000)
    vault = wizard.vault
    assert vault is not None
    assert vault.templates.list(), "the default letter templates are there from the start"
    button = wizard.recovery_page.findChild(QPushButton, "recoveryKitButton")
    assert button is not None and button.isEnabled() and button.accessibleName()
    button.click()
    assert offered == [vault.recovery_code]


def test_settings_offers_the_kit_after_a_new_code(qtbot: QtBot, make_shell: Any, vault: Vault,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_shell_settings import _dialog

    offered: list[tuple[str, object]] = []
    monkeypatch.setattr(recovery_kit, "offer_recovery_kit",
                        lambda _p, _v, code, **k: offered.append((code, k.get("session"))))
    shell, dialog = _dialog(qtbot, make_shell, vault)
    kit = dialog.findChild(QPushButton, "recoveryKitButton")
    assert kit is not None and not kit.isVisible()
    gate_for(shell.session).proven()  # the passphrase was given a moment ago
    dialog.confirm_new_recovery_code = lambda: True  # type: ignore[method-assign]
    dialog.make_new_recovery_code()
    qtbot.waitUntil(kit.isVisible, timeout=10_000)
    assert kit.accessibleName()
    kit.click()
    assert len(offered) == 1 and offered[0][1] is shell.session and len(offered[0][0]) > 10
    dialog.reject()
    assert not kit.isVisible()
