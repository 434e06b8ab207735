"""An operation (kit/session.py) is no reference cycle: once it has called back, the widget that asked
is freed by reference counting, where its last reference goes -- not left to a pass of the cyclic
collector.  Each ``VaultOp`` was a cycle (op -> its lambda -> op) holding its asker: the *Over time*
tab of one test example, parentless and shown, lived on in it and was destroyed by a pass started
in the middle of another event (its test crashed 2-6 times in 20-30 runs).  Counted with the
collector paused: whether the asker's wrapper is gone when the test lets go of it."""

from __future__ import annotations

import weakref
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from trustdesk.domain.models import Case
from trustdesk.pace import collector_paused
from trustdesk.ui.kit.session import VaultOp, VaultSession
from trustdesk.vault import Vault, VaultError


class _Asker(QWidget):
    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.answers: list[object] = []

    def note(self, value: object) -> None:
        self.answers.append(value)

    def refused(self, _exc: BaseException, message: str) -> None:
        self.answers.append(message)

    def finished(self) -> None:
        self.answers.append("finished")


def _read(vault: Vault, outcome: str) -> object:
    if outcome == "known failure":
        raise VaultError("refused")
    cases = vault.cases.list()
    return cases if outcome == "cases" else len(cases)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(outcome=st.sampled_from(["cases", "count", "known failure"]), background=st.booleans(),
       finished=st.booleans())
def test_the_asker_goes_with_its_last_reference(qtbot: QtBot, session: VaultSession, vault: Vault, outcome: str,
                                                background: bool, finished: bool) -> None:
    vault.cases.add(Case(code="", opened_on=date(2026, 1, 1)))
    with collector_paused():  # only reference counting frees anything in here
        asker = _Asker(session)
        answers = asker.answers
        op = VaultOp(asker, lambda v: _read(v, outcome)).success(asker.note).failure(asker.refused)
        if finished:
            op.finished(asker.finished)
        if background:
            op.run_in_background()
            qtbot.waitUntil(lambda: len(answers) == 1 + finished, timeout=10_000)
        else:
            op.run()
        assert len(answers) == 1 + finished
        gone = weakref.ref(asker)
        del asker, op
        assert gone() is None, "the asker outlived its operation: a reference cycle holds it"
