"""The Documents tab of a case: each document is built in a worker, previewed, printed and saved
through document_output (one file, audited with the code and the redaction level, no name)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.documents.conftest import FilledCase, fill_case, pdf_text
from trustdesk.domain.enums import Language
from trustdesk.ui.documents.documents_tab import DocumentsTab
from trustdesk.ui.documents.queries import LETTER, LOG, SUMMARY
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.pdf_preview import PdfPreviewDialog
from trustdesk.vault import Vault
from trustdesk.vault.settings import PRINT_QUEUE_WARNED


@pytest.fixture
def session(proven_session: VaultSession) -> VaultSession:
    return proven_session


@pytest.fixture
def filled_case(vault: Vault) -> FilledCase:
    filled = fill_case(vault)
    vault.referrals.update(dataclasses.replace(filled.referral, letter_text="Geachte collega,\n\nBrieftekstmarker.",
                                               letter_language=Language.NL))
    return filled


@pytest.fixture
def tab(qtbot: QtBot, session: VaultSession, filled_case: FilledCase) -> DocumentsTab:
    assert filled_case.case.id is not None
    widget = DocumentsTab(session, filled_case.case.id)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    def fake(*args: Any) -> tuple[str, str]:
        calls.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return calls


def test_lists_summary_log_and_the_letters(tab: DocumentsTab, filled_case: FilledCase) -> None:
    keys = [tab.documents.item(i).data(document_output_role()) for i in range(tab.documents.count())]
    assert keys == [(SUMMARY, None), (LOG, None), (LETTER, filled_case.referral.id)]
    assert tab.current_choice() == (SUMMARY, None)
    assert tab.redaction_buttons["pseudonymised"].isChecked()
    assert tab.redaction_box.isVisible() and tab.sections_box.isVisible()
    tab.choose(LOG)
    assert not tab.redaction_box.isVisible()


def document_output_role() -> Any:
    from trustdesk.ui.documents.documents_tab import ITEM_ROLE

    return ITEM_ROLE


def test_save_summary_pseudonymised_writes_one_audited_file(qtbot: QtBot, tab: DocumentsTab, vault: Vault,
                                                            filled_case: FilledCase, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "summary.pdf"
    calls = _save_to(monkeypatch, target)
    tab.section_boxes["tasks"].setChecked(False)
    tab.save_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert list(out.iterdir()) == [target]
    assert calls[0][-1] & QFileDialog.Option.DontUseNativeDialog
    suggested = Path(calls[0][2]).name
    assert suggested.startswith(filled_case.case.code) and filled_case.case.doctor_name not in suggested
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert filled_case.case.code in text
    assert filled_case.case.doctor_name not in text  # pseudonymised
    assert "Taakmarker" not in text  # the tasks section was left out
    entries = vault.audit.entries(event="export")
    assert [(e.case_code, e.detail) for e in entries] == [
        (filled_case.case.code, "case_summary pseudonymised intake,contacts,risk,referrals")]
    assert filled_case.case.doctor_name not in " ".join(e.detail + e.case_code for e in vault.audit.entries())
    qtbot.waitUntil(lambda: tab.history.count() == 1 and "pseudonymised" in tab.history.item(0).text())
    assert tab.last_pdf is None  # not kept after output


def test_full_summary_names_the_doctor(qtbot: QtBot, tab: DocumentsTab, filled_case: FilledCase, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "full.pdf"
    _save_to(monkeypatch, target)
    tab.redaction_buttons["full"].setChecked(True)
    tab.save_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert filled_case.case.doctor_name in pdf_text(target.read_bytes())


@pytest.mark.parametrize("kind", [LOG, LETTER])
def test_log_and_letter_are_built_and_previewed(qtbot: QtBot, tab: DocumentsTab, filled_case: FilledCase,
                                                kind: str) -> None:
    tab.choose(kind, filled_case.referral.id if kind == LETTER else None)
    assert tab.current_choice() == (kind, filled_case.referral.id if kind == LETTER else None)
    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.findChild(PdfPreviewDialog) is not None, timeout=10_000)
    dialog = tab.findChild(PdfPreviewDialog)
    assert isinstance(dialog, PdfPreviewDialog) and dialog.isVisible()
    assert dialog.page_count >= 1
    assert dialog._pdf is not None and dialog._pdf.startswith(b"%PDF")
    marker = "Brieftekstmarker" if kind == LETTER else "Notitiemarker0"
    assert marker in pdf_text(dialog._pdf)
    dialog.reject()


def test_print_from_the_tab_is_audited(qtbot: QtBot, tab: DocumentsTab, vault: Vault, filled_case: FilledCase,
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.settings.set_value(PRINT_QUEUE_WARNED, True)
    printed = tmp_path / "printed.pdf"

    def fake_exec(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    tab.choose(LOG)
    tab.print_button.click()
    qtbot.waitUntil(lambda: bool(vault.audit.entries(event="print")), timeout=10_000)
    assert printed.exists()
    assert [(e.case_code, e.detail) for e in vault.audit.entries(event="print")] == [
        (filled_case.case.code, "contact_log full")]


def test_a_letter_without_text_cannot_be_chosen(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    filled = fill_case(vault)  # its referral has consent but no letter text
    assert filled.case.id is not None
    tab = DocumentsTab(session, filled.case.id)
    qtbot.addWidget(tab)
    tab.choose(LETTER, filled.referral.id)
    assert tab.current_choice() == (SUMMARY, None)
    assert "no letter yet" in tab.documents.item(2).text()


def test_no_sections_no_output(tab: DocumentsTab) -> None:
    for check in tab.section_boxes.values():
        check.setChecked(False)
    assert not tab.save_button.isEnabled() and not tab.preview_button.isEnabled()
    tab.section_boxes["intake"].setChecked(True)
    assert tab.save_button.isEnabled()


def test_lock_clears_and_drops_a_late_build(qtbot: QtBot, tab: DocumentsTab, session: VaultSession,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from tests.waits import worker_answers
    from trustdesk.ui.documents import documents_tab

    delivered: list[str] = []
    started, release = threading.Event(), threading.Event()

    def slow_build(_vault: Vault, _request: Any, _stop: Any = None) -> bytes:
        started.set()
        assert release.wait(10)
        return b"%PDF-late"

    answered = worker_answers(monkeypatch)
    monkeypatch.setattr(documents_tab, "build_document", slow_build)
    monkeypatch.setattr(tab, "_deliver", lambda *_a: delivered.append("x"))
    tab.preview_button.click()
    assert started.wait(5)
    session.lock()  # the build is under way and will succeed: its answer must be dropped
    release.set()
    qtbot.waitUntil(lambda: b"%PDF-late" in answered, timeout=10_000)  # the late answer arrived...
    assert delivered == []  # ...and was dropped
    assert tab.documents.count() == 0 and tab.history.count() == 0 and tab.info is None


def test_every_interactive_widget_is_named(tab: DocumentsTab) -> None:
    for widget in tab.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) or widget in (tab.documents, tab.history):
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()


def test_the_case_view_saves_its_editors_before_a_document_is_built(qtbot: QtBot, session: VaultSession,
                                                                     filled_case: FilledCase) -> None:
    from trustdesk.ui.case.case_view import CaseView

    assert filled_case.case.id is not None
    view = CaseView(session)
    qtbot.addWidget(view)
    assert view.show_case(filled_case.case.id)
    flushed: list[int] = []
    original = view.flush
    view.flush = lambda: (flushed.append(1), original())[-1]  # type: ignore[method-assign]
    tab = view.documents
    assert tab is not None
    tab.preview_button.click()
    assert flushed == [1]
    qtbot.waitUntil(lambda: tab.findChild(PdfPreviewDialog) is not None, timeout=10_000)
    dialog = tab.findChild(PdfPreviewDialog)
    assert dialog is not None
    dialog.reject()
