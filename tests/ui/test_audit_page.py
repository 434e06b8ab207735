"""The audit page: filters, the chain state (intact / broken), CSV export after re-authentication,
the disclosures tab, and its place in the main window's navigation."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from trustdesk.domain.enums import ProviderKind
from trustdesk.domain.models import Case, Provider, Referral
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.output.reauth import ReauthDialog
from trustdesk.ui.security.audit_page import AuditPage
from trustdesk.vault import Vault
from trustdesk.vault.audit import disclosure_detail, entry_hash


def answer_reauth(monkeypatch: pytest.MonkeyPatch, secret: str, asked: list[str]) -> None:
    """The re-auth dialog as a user would answer it: type ``secret`` and press Continue."""
    def exec_(self: ReauthDialog) -> int:
        asked.append(self.windowTitle())
        self.secret.setText(secret)
        answered = QEventLoop()
        self.answered.connect(answered.quit)
        self._check()  # the key is derived in a worker: wait for its answer as exec would
        answered.exec()
        return int(self.result())

    monkeypatch.setattr(ReauthDialog, "exec", exec_)


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path, opened: list[int]) -> None:
    def fake(*_args: object, **_kwargs: object) -> tuple[str, str]:
        opened.append(1)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def _old_entry(vault: Vault, at: str, event: str, code: str) -> None:
    last = vault.db.query_one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    assert last is not None
    seq = last["seq"] + 1
    with vault.db.transaction():
        vault.db.execute("INSERT INTO audit (seq, at, event, case_code, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
                         (seq, at, event, code, "", last["hash"], entry_hash(seq, at, event, code, "", last["hash"])))


@pytest.fixture
def page(qtbot: QtBot, session: VaultSession, vault: Vault) -> AuditPage:
    _old_entry(vault, "2020-03-01T09:00:00", "print", "TD-2020-0001")
    vault.audit.append("export", "TD-2026-0001", "case_summary redaction=pseudonymised")
    vault.audit.append("print", "TD-2026-0002", "contact_log")
    vault.audit.append("backup", "", "x.tdbackup")
    p = AuditPage(session)
    qtbot.addWidget(p)
    p.refresh()
    qtbot.waitUntil(lambda: p.chain is not None and not p.reading, timeout=5000)
    return p


def _column(page: AuditPage, column: int) -> list[str]:
    return [page.model.cell(r, column) for r in range(page.model.rowCount())]


def _read(qtbot: QtBot, page: AuditPage) -> None:
    """The entries a filter asks for are read in a worker."""
    qtbot.waitUntil(lambda: not page.reading, timeout=5000)


def test_filters(qtbot: QtBot, page: AuditPage) -> None:
    assert page.model.rowCount() == 5  # created, old print, export, print, backup
    assert _column(page, 0)[0] == "5"  # newest first
    page.event_filter.setCurrentIndex(page.event_filter.findData("print"))
    _read(qtbot, page)
    assert _column(page, 3) == ["TD-2026-0002", "TD-2020-0001"]
    page.period_filter.setCurrentIndex(page.period_filter.findData("30"))
    _read(qtbot, page)
    assert _column(page, 3) == ["TD-2026-0002"]
    page.event_filter.setCurrentIndex(0)
    page.case_filter.setText("td-2026-0001")
    _read(qtbot, page)
    assert _column(page, 3) == ["TD-2026-0001"] and _column(page, 2) == ["Saved or exported"]
    page.case_filter.setText("TD-9999-0001")
    _read(qtbot, page)
    assert page.model.rowCount() == 0 and page.count_label.text() == "No entry matches these filters."


def test_chain_state_intact_then_broken(qtbot: QtBot, page: AuditPage, vault: Vault) -> None:
    assert page.chain is not None and page.chain.intact
    assert "intact: 5 entries" in page.chain_label.text()
    vault.db.conn.execute("UPDATE audit SET case_code = 'TD-2026-0009' WHERE seq = 4")
    page.chain = None
    page.refresh()
    qtbot.waitUntil(lambda: page.chain is not None and not page.reading, timeout=5000)
    assert "changed outside TrustDesk: entry 4" in page.chain_label.text()


def test_csv_export_needs_reauth(page: AuditPage, vault: Vault, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "audit.csv"
    opened: list[int] = []
    asked: list[str] = []
    save_to(monkeypatch, target, opened)
    answer_reauth(monkeypatch, "not the passphrase", asked)
    page.event_filter.setCurrentIndex(page.event_filter.findData("print"))
    assert page.export_csv() is None
    assert asked and not opened and not target.exists()  # no dialog, no file without re-auth
    answer_reauth(monkeypatch, PASSPHRASE, asked)
    assert page.export_csv() == target
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert rows[0][:3] == ["seq", "at", "event"]
    assert [r[3] for r in rows[1:]] == ["TD-2020-0001", "TD-2026-0002"]  # the filter holds, oldest first
    last = vault.audit.entries(limit=1)[0]
    assert last.event == "export" and last.detail.startswith("audit_csv")


def test_disclosures_tab(qtbot: QtBot, session: VaultSession, vault: Vault, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1)))
    assert case.id is not None
    provider = vault.providers.add(Provider(kind=ProviderKind.PSYCHIATRIST, name="Dr. Psy Centrum"))
    referral = vault.referrals.add(Referral(case_id=case.id, provider_id=provider.id, provider_name=provider.name,
                                            consent_given=True, consent_date=date(2026, 10, 3)))
    vault.audit.append("print", case.code, disclosure_detail("referral_letter", referral_id=referral.id))
    vault.audit.append("export", case.code, "access export (json, pdf)")
    page = AuditPage(session)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.disclosures)
    page.refresh()
    view = page.disclosures
    assert view.model.rowCount() == 2
    newest = [view.model.cell(0, c) for c in range(7)]
    assert newest[1:5] == ["Saved", "Access export (the doctor's complete file)", case.code,
                           "the doctor (right of access)"]
    letter = [view.model.cell(1, c) for c in range(7)]
    assert letter[1:5] == ["Printed", "Referral letter", case.code, "Dr. Psy Centrum"]
    assert letter[6] == "Consent given 03/10/2026"
    target = tmp_path / "disclosures.csv"
    opened: list[int] = []
    asked: list[str] = []
    save_to(monkeypatch, target, opened)
    answer_reauth(monkeypatch, PASSPHRASE, asked)
    assert view.export_csv() == target and asked
    assert "Dr. Psy Centrum" in target.read_text("utf-8-sig")


def test_audit_is_in_the_navigation(qtbot: QtBot, session: VaultSession, prefs: object) -> None:
    from trustdesk.ui.shell.main_window import MainWindow

    window = MainWindow(session, prefs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    button = window.nav_buttons["audit"]
    assert button.objectName() == "nav_audit" and button.text() == "Audit" and button.accessibleName() == "Audit"
    window.show_page("audit")
    assert isinstance(window.current_page, AuditPage)


def test_lock_clears_the_page(qtbot: QtBot, page: AuditPage, session: VaultSession) -> None:
    session.lock()
    assert page.model.rowCount() == 0 and page.chain_label.text() == "" and page.disclosures.model.rowCount() == 0



@pytest.mark.parametrize("entries", [1, 40, 600])
def test_entries_are_read_in_a_worker_and_sized_from_a_sample(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                              monkeypatch: pytest.MonkeyPatch, entries: int) -> None:
    """No read of the log on the UI thread, and the columns' widths ask for the text of no row: a
    5,000-entry page once spent most of its first show in ResizeToContents."""
    import threading

    from trustdesk.ui.security import audit_page

    with vault.db.transaction():
        for n in range(entries):
            vault.audit.append("print", f"TD-2026-{n:04d}" + "9" * (n % 7), "contact_log")
    readers: list[bool] = []
    original = audit_page.read_entries

    def recording(*args: object) -> object:
        readers.append(threading.current_thread() is threading.main_thread())
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(audit_page, "read_entries", recording)
    cells: list[int] = []
    original_cell = audit_page.AuditModel.cell
    monkeypatch.setattr(audit_page.AuditModel, "cell", lambda self, r, c: cells.append(r) or original_cell(self, r, c))
    page = AuditPage(session)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.refresh()
    qtbot.waitUntil(lambda: page.chain is not None and not page.reading, timeout=10_000)
    assert page.model.rowCount() >= entries
    assert readers and not any(readers), "the audit log was read on the UI thread"
    assert cells == []  # not shown yet: no row's text was asked for, however many rows
    header = page.table.horizontalHeader()
    assert header.sectionResizeMode(3) != header.ResizeMode.ResizeToContents
    longest = max((e.case_code for e in page.model.rows), key=len)
    assert header.sectionSize(3) >= page.table.fontMetrics().horizontalAdvance(longest)
