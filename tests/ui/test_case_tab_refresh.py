"""A case's tabs follow their session and read the vault one way (kit/case_tab.py): a locked session
clears the tab and reads nothing, an unlocked one reads, shows and says ``loaded`` once.  No tab writes those lines again (the Referrals and Documents tabs had them twice)."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trustdesk.domain import Case, Contact, KnowledgeDomain, RiskLevel
from trustdesk.domain.models import Task
from trustdesk.ui.case.knowledge_tab import KnowledgeTab
from trustdesk.ui.case.referrals_tab import ReferralsTab
from trustdesk.ui.case.tasks_tab import TasksTab
from trustdesk.ui.documents.documents_tab import DocumentsTab
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault

UI = Path(__file__).resolve().parents[2] / "trustdesk" / "ui"
TABS = [ReferralsTab, DocumentsTab, TasksTab, KnowledgeTab]


def _text(node: ast.AST) -> str:
    return ast.unparse(node).replace(" ", "")


def _locked_check(statement: ast.stmt) -> bool:
    """``if not self.session.is_unlocked: self.clear(); return``"""
    return (isinstance(statement, ast.If) and _text(statement.test) == "notself.session.is_unlocked"
            and any(_text(s) == "self.clear()" for s in statement.body))


def _vault_read(statement: ast.stmt) -> bool:
    """``VaultOp(...)...run()``: read now, on the UI thread (a page reading in a worker is another story)."""
    return isinstance(statement, ast.Expr) and _text(statement).startswith("VaultOp(") \
        and _text(statement).endswith(".run()")


def copies_of_the_tab_lines(source: str) -> list[str]:
    """Functions that write again what kit/case_tab does: the locked check, a read of the vault now and
    ``loaded``, or a constructor ending in the session's connections, retranslate() and refresh()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef):
            continue
        body = node.body
        if body and _locked_check(body[0]) and any(_vault_read(s) for s in body[1:]) \
                and _text(body[-1]) == "self.loaded.emit()":
            found.append(f"{node.name} (line {node.lineno}): kit.case_tab.refresh_tab")
        tail = [_text(s) for s in body[-4:]]
        if tail[-2:] == ["self.retranslate()", "self.refresh()"] and any(
                t.startswith("session.locked.connect(self.clear)") for t in tail) and any(
                t.startswith("session.changed.connect(") for t in tail):
            found.append(f"{node.name} (line {node.lineno}): kit.case_tab.follow_session")
    return found


def test_the_copies_are_found() -> None:
    old = '''
class Tab:
    def __init__(self, session):
        session.changed.connect(self._on_change)
        session.locked.connect(self.clear)
        self.retranslate()
        self.refresh()

    def refresh(self):
        if not self.session.is_unlocked:
            self.clear()
            return
        VaultOp(self, self._read, session=self.session).success(self._fill).run()
        self.loaded.emit()
'''
    assert len(copies_of_the_tab_lines(old)) == 2


def test_no_module_writes_the_tab_lines_again() -> None:
    found = {str(path.relative_to(UI)): copies for path in sorted(UI.rglob("*.py"))
             if (copies := copies_of_the_tab_lines(path.read_text(encoding="utf-8")))}
    assert not found, f"use kit/case_tab.py: {found}"


@pytest.fixture
def case_id(vault: Vault) -> int:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 3, 2), domains=frozenset({KnowledgeDomain.BURNOUT})))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 3, 2, 10), notes="Eerste gesprek",
                               risk=RiskLevel.LOW))
    vault.tasks.add(Task(case_id=case.id, title="Terugbellen", due_on=date(2026, 3, 9)))
    return case.id


@pytest.mark.parametrize("kind", TABS, ids=lambda kind: kind.__name__)
def test_a_tab_reads_when_unlocked_and_clears_when_locked(qtbot: QtBot, session: VaultSession, case_id: int,
                                                          kind: type[QWidget]) -> None:
    tab = kind(session, case_id)  # type: ignore[call-arg]
    qtbot.addWidget(tab)
    loaded: list[int] = []
    tab.loaded.connect(lambda: loaded.append(1))  # type: ignore[attr-defined]
    cleared: list[int] = []
    real_clear = tab.clear  # type: ignore[attr-defined]

    def clear() -> None:
        cleared.append(1)
        real_clear()

    tab.clear = clear  # type: ignore[attr-defined]
    for times in range(1, 4):
        tab.refresh()  # type: ignore[attr-defined]
        assert len(loaded) == times and not cleared
    session.lock()
    before = len(cleared)
    tab.refresh()  # type: ignore[attr-defined]
    assert len(loaded) == 3 and len(cleared) == before + 1
