"""Retention from the UI: Today lists closed cases past retention; the case view offers Destroy…
only then; destroying needs the exact code and says what it cannot reach."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import CaseStatus, CloseReason
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.case.destroy_dialog import DestroyDialog
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault
from trustdesk.vault.backup import BackupService


def _closed(vault: Vault, years_ago: int) -> Case:
    closed_on = date.today() - timedelta(days=365 * years_ago + 2)
    case = vault.cases.add(Case(code="", opened_on=closed_on - timedelta(days=90), doctor_name="Dr. Vergeten"))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime.combine(case.opened_on, time(10)), notes="unieke-notitie-xyz"))
    return vault.cases.change_status(case.id, CaseStatus.CLOSED, on=closed_on, reason=CloseReason.DOCTOR_ENDED)


def test_today_lists_cases_past_retention(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    old = _closed(vault, 6)
    recent = _closed(vault, 2)
    page = TodayPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # read in a worker
        page.refresh()
    assert page.data is not None
    assert [c.code for c in page.data.past_retention] == [old.code]
    texts = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert "Closed cases past their retention period" in texts
    group = page.tree.topLevelItem(texts.index("Closed cases past their retention period"))
    assert group is not None and group.child(0).text(1) == old.code  # type: ignore[union-attr]
    assert recent.code not in {group.child(i).text(1) for i in range(group.childCount())}  # type: ignore[union-attr]


def test_case_view_offers_destroy_only_past_retention(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    old = _closed(vault, 6)
    recent = _closed(vault, 2)
    view = CaseView(session)
    qtbot.addWidget(view)
    view.show_case(recent.id or 0)
    assert not view.destroy_button.isVisibleTo(view)
    view.show_case(old.id or 0)
    assert view.destroy_button.isVisibleTo(view)
    assert view.access_button.isVisibleTo(view)


def test_destroy_needs_the_exact_code_and_names_the_remnants(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                             tmp_path: Path, translations: Translations) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    BackupService(vault).set_folder(folder, keep=4)
    BackupService(vault).run_automatic()
    case = _closed(vault, 6)
    assert case.id is not None
    dialog = DestroyDialog(session, case.id, case.code)
    qtbot.addWidget(dialog)
    remnants = dialog.copies.text()
    assert "Automatic backups made before today (1 in" in remnants and str(folder) in remnants
    assert "after 4 more backups" in remnants
    for wrong in ("", case.code[:-1], case.code + "1", "TD-1999-0001"):
        dialog.typed.setText(wrong)
        assert not dialog.destroy_button.isEnabled()
        dialog.destroy_now()  # ignored
        assert vault.cases.get(case.id) is not None
    dialog.typed.setText(" " + case.code.lower() + " ")
    assert dialog.destroy_button.isEnabled()
    with qtbot.waitSignal(dialog.destroyed_case):
        dialog.destroy_button.click()
    assert vault.cases.get(case.id) is None
    assert vault.search("unieke-notitie-xyz") == []
    last = vault.audit.entries(limit=1)[0]
    assert last.event == "case_destroyed" and last.case_code == case.code
    assert vault.audit.verify().intact


def test_destroy_from_the_case_view_returns_to_the_list(qtbot: QtBot, session: VaultSession, vault: Vault) -> None:
    case = _closed(vault, 7)
    view = CaseView(session)
    qtbot.addWidget(view)
    view.show_case(case.id or 0)
    dialog = view.destroy_case()
    assert isinstance(dialog, DestroyDialog)
    dialog.typed.setText(case.code)
    with qtbot.waitSignal(view.back_requested):
        dialog.destroy_button.click()
    assert view.header is None and view.tabs.count() == 0
