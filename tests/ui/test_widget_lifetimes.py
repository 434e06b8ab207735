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
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
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
