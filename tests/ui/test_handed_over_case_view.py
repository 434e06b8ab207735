"""A case handed over while its view is open becomes read-only on screen at once: a banner names the
successor and the date, every tab (made before or after the change) has no enabled editor, button,
combo box or action, the status offers no reopening, and the notes on screen are what the vault now
holds (nothing, after keeping only the minimum)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustdesk.domain.enums import HANDED_OVER_REASONS, CaseStatus, CloseReason
from trustdesk.domain.models import Case, Contact, Referral, Task
from trustdesk.domain.safety import SafetyPlan
from trustdesk.ui.case.case_tabs import TAB_NAMES
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.case.close_case_dialog import CloseCaseDialog
from trustdesk.ui.kit.case_labels import CLOSE_REASONS_OFFERED
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Keychain, Vault
from trustdesk.vault.handover import file_id_of, import_handover, read_handover, write_handover
from trustdesk.vault.handover_sender import (
    close_handed_over,
    confirm_receipt,
    erase_after_receipt,
    receipt_for,
)


def enabled_inputs(root: QWidget) -> list[str]:
    """Every widget under ``root`` that would take an edit or a click that writes."""
    found = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QTabBar) or isinstance(w.parent(), QTabBar):
            continue
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            if w.isEnabled() and not w.isReadOnly():
                found.append(f"{type(w).__name__}:{w.objectName()}")
        elif isinstance(w, (QAbstractButton, QComboBox)) and w.isEnabled():
            found.append(f"{type(w).__name__}:{w.objectName()}")
    found += [f"QAction:{a.objectName() or a.text()}" for a in root.findChildren(QAction) if a.isEnabled()]
    return found


@pytest.mark.parametrize("minimum", [False, True], ids=["kept_full", "kept_minimum"])
def test_a_case_handed_over_while_open_has_no_enabled_editor(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                               tmp_path: Path, new_vault: Callable[..., Vault],
                                                               minimum: bool) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2), doctor_name="Dr. Naamui", details="geheim"))
    assert case.id is not None
    contact = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 3, 10), notes="notitieui"))
    vault.referrals.add(Referral(case_id=case.id, reason="reden"))
    vault.tasks.add(Task(title="bellen", case_id=case.id, due_on=date(2026, 12, 1)))
    vault.safety_plans.save(SafetyPlan(case_id=case.id, warning_signs="tekens"))
    view = CaseView(session)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert view.show_case(case.id, contact.id)
    for index in range(len(TAB_NAMES)):  # every tab made before the handover, as a person had them open
        view.tabs.setCurrentIndex(index)
    assert enabled_inputs(view.tabs), "the test must see the editors of an ordinary case"

    data, code = write_handover(vault, [case.id])
    if minimum:
        receiver = new_vault(tmp_path / "receiver", keychain=Keychain.none(), name="receiver")
        preview = read_handover(data, code)
        import_handover(receiver, preview)
        receiver.lock()
        confirm_receipt(vault, receipt_for(preview))
        erase_after_receipt(vault, file_id_of(data), note="n", successor="Dr. B. Opvolger")
    else:
        close_handed_over(vault, [case.id], file_id=file_id_of(data), minimum=False, note="n",
                          successor="Dr. B. Opvolger")
    qtbot.waitUntil(lambda: view.handed_over_banner.isVisible())
    assert "Dr. B. Opvolger" in view.handed_over_banner.text()
    assert view.offered_transitions() == [] and not view.status.isEnabled()
    for index, name in enumerate(TAB_NAMES):
        view.tabs.setCurrentIndex(index)
        tab = view.tab(name)
        assert tab is not None
        assert enabled_inputs(tab) == [], f"tab {name}"
    contacts = view.contacts
    assert contacts is not None
    qtbot.waitUntil(lambda: not contacts.reading)
    assert contacts.select_contact(contact.id)

    def texts() -> str:
        return " ".join(w.toPlainText() for w in view.tabs.findChildren(QPlainTextEdit)) + " ".join(
            w.toPlainText() for w in view.tabs.findChildren(QTextEdit))

    if not minimum:
        qtbot.waitUntil(lambda: "notitieui" in texts())  # shown, to be read
    assert "notitieui" not in texts() or not minimum  # the erase reached the screen, not only the vault
    assert enabled_inputs(view.tabs) == []
    # opened again later (another case in between): still read-only
    other = vault.cases.add(Case(code="", opened_on=date(2026, 11, 4)))
    assert other.id is not None and view.show_case(other.id)
    assert not view.handed_over_banner.isVisible() and view.status.isEnabled()
    assert view.show_case(case.id)
    assert view.handed_over_banner.isVisible()
    for index, name in enumerate(TAB_NAMES):
        view.tabs.setCurrentIndex(index)
        assert enabled_inputs(view.tab(name)) == [], f"tab {name} (opened afresh)"


@pytest.mark.parametrize("reason", list(CLOSE_REASONS_OFFERED), ids=lambda reason: reason.value)
def test_a_case_closed_as_handed_over_after_referral_is_read_only_on_screen(
        qtbot: QtBot, session: VaultSession, vault: Vault, reason: CloseReason) -> None:
    """Closed through the close dialog, which says before the click that this reason is final; the case
    view then shows the reason in a banner, offers no reopening and no editor.  Other reasons: none of it."""
    case = vault.cases.add(Case(code="", opened_on=date(2026, 11, 2), doctor_name="Dr. Naamui"))
    assert case.id is not None
    contact = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 3, 10), notes="notitieui"))
    vault.tasks.add(Task(title="bellen", case_id=case.id, due_on=date(2026, 12, 1)))
    view = CaseView(session)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert view.show_case(case.id, contact.id)
    view.change_status(CaseStatus.CLOSED)
    dialog = view.close_dialog
    assert isinstance(dialog, CloseCaseDialog)
    assert not dialog.final.isVisibleTo(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(reason))
    final = reason in HANDED_OVER_REASONS
    assert dialog.final.isVisibleTo(dialog) is final and ("read-only" in dialog.final.text()) is final
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.close_button.click()
    qtbot.waitUntil(lambda: view.header is not None and view.header.case.status is CaseStatus.CLOSED)
    assert view.handed_over_banner.isVisible() is final
    assert view.status.isEnabled() is not final
    assert (view.offered_transitions() == []) is final
    if not final:
        return
    assert "handed over after referral" in view.handed_over_banner.text()
    for index, name in enumerate(TAB_NAMES):
        view.tabs.setCurrentIndex(index)
        assert enabled_inputs(view.tab(name)) == [], f"tab {name}"
