"""Widgets deleted later must not outlive (or die twice with) the window that held them.

The crash it guards against: a parentless case view dropped by Python right after leaving a case
(its tabs handed to ``deleteLater``) left deferred deletes behind for freed tabs; the next event
loop — in whichever test ran next — deleted them again: "malloc_consolidate(): unaligned fastbin
chunk detected" or a segfault in ``QObject::~QObject`` (first seen as the benchmark smoke test
followed by the handover dialog tests).  The deferred deletes are delivered right here, so a
regression crashes this test, not a later one.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date, datetime

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


@pytest.mark.parametrize("contacts", [0, 1, 5])
@pytest.mark.parametrize("rounds", [1, 3])
def test_a_case_view_dropped_right_after_leaving_leaves_no_deferred_delete_behind(
        qtbot: QtBot, session: VaultSession, vault: Vault, contacts: int, rounds: int) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1)))
    for i in range(contacts):
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 2, 9, i), notes=f"Notitie {i}"))
    for _ in range(rounds):
        view = CaseView(session)  # parentless: Python's reference is its only owner
        view.show()
        view.show_case(case.id)
        QCoreApplication.processEvents()
        view.leave()  # the tabs go to a deferred delete
        view.close()
        del view  # the view goes now, before any event loop
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # a crash here is the bug
    QCoreApplication.processEvents()



def _retired(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return parent is not None and parent.objectName() == "retiredWidgets"


def _delete_and_deliver(widget: QWidget) -> None:
    """Destroy ``widget`` now, before any event loop, then deliver the deferred deletes it posted:
    its retired children are under the kit's holder, so each is deleted once."""
    shiboken6.delete(widget)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.mark.parametrize("rounds", [1, 3])
def test_a_reports_page_retires_its_report_widgets_and_survives_being_destroyed_at_once(
        qtbot: QtBot, session: VaultSession, vault: Vault, rounds: int) -> None:
    from trustdesk.ui.reports.reports_page import ReportsPage

    for i in range(6):
        vault.cases.add(Case(code="", opened_on=date(2026, 4, 1 + i)))
    for _ in range(rounds):
        page = ReportsPage(session)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            page.refresh()
        qtbot.waitUntil(lambda p=page: bool(p.content_layout.count()) and not p._pending, timeout=15_000)
        shown = [w for i in range(page.content_layout.count())
                 if (item := page.content_layout.itemAt(i)) is not None and (w := item.widget()) is not None]
        assert shown
        page.clear()  # the report's widgets go to a deferred delete
        assert all(_retired(w) for w in shown)  # no longer the page's children
        _delete_and_deliver(page)
        assert not any(shiboken6.isValid(w) for w in shown)


@pytest.mark.parametrize("rounds", [1, 3])
def test_a_contacts_tab_retires_its_closed_history_and_survives_being_destroyed_at_once(
        qtbot: QtBot, session: VaultSession, vault: Vault, rounds: int) -> None:
    from trustdesk.ui.case.contacts_tab import ContactsTab

    case = vault.cases.add(Case(code="", opened_on=date(2026, 10, 1)))
    assert case.id is not None
    note = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 10, 2, 9, 0), notes="Eerste versie"))
    vault.contacts.update(replace(note, notes="Tweede versie"))
    assert note.id is not None
    for _ in range(rounds):
        tab = ContactsTab(session, case.id)
        tab.show()
        tab.show_history(note.id)
        history = tab._history
        assert history is not None
        history.done(0)  # finished -> the tab hands the dialog to a deferred delete
        assert tab._history is None and _retired(history)
        _delete_and_deliver(tab)
        assert not shiboken6.isValid(history)
