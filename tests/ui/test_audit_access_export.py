"""The doctor's access export from the case view: re-authentication first, then exactly two files
(PDF and JSON) in the chosen folder, audited and listed among the disclosures."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from tests.ui.test_audit_page import answer_reauth
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output import access_export_dialog
from trustdesk.ui.output.access_export_dialog import export_access
from trustdesk.ui.output.document_output import suggested_file_name
from trustdesk.vault import Vault


@pytest.fixture
def case(vault: Vault) -> Case:
    c = vault.cases.add(Case(code="", opened_on=date(2026, 9, 1), doctor_name="Dr. Anna Peeters"))
    assert c.id is not None
    vault.contacts.add(Contact(case_id=c.id, at=datetime(2026, 9, 2, 10), notes="eerste gesprek"))
    return c


def test_access_export_after_reauth_writes_exactly_two_files(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                             case: Case, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "for-the-doctor"
    folder.mkdir()
    chosen: list[int] = []
    told: list[str] = []
    asked: list[str] = []

    def chooser(_parent: QWidget | None) -> Path:
        chosen.append(1)
        return folder

    def tell(_p: QWidget | None, _icon: QMessageBox.Icon, _title: str, text: str) -> None:
        told.append(text)

    answer_reauth(monkeypatch, "wrong wrong wrong", asked)
    assert case.id is not None
    assert export_access(None, session, case.id, case.code, folder_chooser=chooser, tell=tell) is None
    assert asked and not chosen and list(folder.iterdir()) == []

    answer_reauth(monkeypatch, PASSPHRASE, asked)
    written = export_access(None, session, case.id, case.code, folder_chooser=chooser, tell=tell)
    assert written is not None
    assert sorted(p.name for p in folder.iterdir()) == [suggested_file_name("access", case.code, "json"),
                                                        suggested_file_name("access", case.code, "pdf")]
    json_path, pdf_path = written
    assert pdf_path.read_bytes().startswith(b"%PDF-")
    data = json.loads(json_path.read_text("utf-8"))
    assert data["case"]["doctor_name"] == "Dr. Anna Peeters"
    assert data["contacts"][0]["notes"] == "eerste gesprek"
    assert told and str(pdf_path) in told[-1]
    last = vault.audit.entries(limit=1)[0]
    assert (last.event, last.case_code) == ("export", case.code)
    # A second export lists the first among the case's disclosures.
    second = export_access(None, session, case.id, case.code, folder_chooser=chooser, tell=tell)
    assert second is not None
    again = json.loads(second[0].read_text("utf-8"))
    assert [d["kind"] for d in again["disclosures"]] == ["access_export"]


def test_the_folder_dialog_is_qts_own(monkeypatch: pytest.MonkeyPatch, qapp: QApplication, tmp_path: Path) -> None:
    seen: list[object] = []

    def fake(_parent: object, _title: str, _start: str, options: object) -> str:
        seen.append(options)
        return str(tmp_path)

    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fake)
    assert access_export_dialog.choose_folder(None) == tmp_path
    assert seen[0] & QFileDialog.Option.DontUseNativeDialog  # type: ignore[operator]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize(("alias", "doctor"), [("Mevrouw X", "Dr. Anna Peeters"), ("Jean-Luc Dubois", "Dr Émile Léger"),
                                               ("", "")])
def test_the_files_are_named_in_the_interface_language_with_the_code_only(
        qtbot: QtBot, session: VaultSession, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        translations: Translations, language: str, alias: str, doctor: str) -> None:
    """An outside tester's French and Dutch sessions wrote "-access.pdf/.json": the access export names its
    files as every saved file is named (the case's code, the interface's word, the date), never the alias."""
    from trustdesk.ui.output.document_output import file_word

    case = vault.cases.add(Case(code="", opened_on=date(2026, 9, 1), alias=alias, doctor_name=doctor))
    assert case.id is not None
    folder = tmp_path / "out"
    folder.mkdir()
    translations.install(language)
    try:
        answer_reauth(monkeypatch, PASSPHRASE, [])
        written = export_access(None, session, case.id, case.code, folder_chooser=lambda _p: folder,
                                tell=lambda *_args: None)
        assert written is not None
        names = sorted(p.name for p in folder.iterdir())
        assert names == [suggested_file_name("access", case.code, "json"), suggested_file_name("access", case.code, "pdf")]
        word = file_word("access")
    finally:
        translations.install("en")
    for name in names:
        assert name.startswith(f"{case.code}_") and word.encode("ascii", "ignore").decode()[:6] in name
        assert "-access." not in name or language == "en"
        assert not any(part and part.split()[-1] in name for part in (alias, doctor))
