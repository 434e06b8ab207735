"""Search dialog: safe highlighting, search-as-you-type (debounced, off the UI thread), Enter opens."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.waits import worker_answers
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.search_dialog import SearchDialog, snippet_html
from trustdesk.vault import Vault


def test_snippet_text_is_escaped_before_the_marks_become_bold() -> None:
    assert snippet_html("a <i>x</i> & \x02Burn\x03-out") == "a &lt;i&gt;x&lt;/i&gt; &amp; <b>Burn</b>-out"
    assert snippet_html("<b>\x02x\x03</b>") == "&lt;b&gt;<b>x</b>&lt;/b&gt;"


def test_typing_searches_once_after_a_pause_and_enter_opens_the_hit(qtbot: QtBot, session: VaultSession,
                                                                      vault: Vault) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    note = vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 2, 9, 30),
                                      notes="Crise d'angoisse <script>alert(1)</script> après la garde."))
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    shown: list[int] = []
    dialog.results_shown.connect(shown.append)
    qtbot.keyClicks(dialog.query_edit, "angoi")
    assert shown == []  # debounced: nothing asked while typing
    qtbot.waitUntil(lambda: shown == [1], timeout=3000)
    html = dialog.model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    assert "<b>angoi" in html and "&lt;script&gt;" in html and "<script>" not in html
    assert "02/11/2026 09:30" in html

    opened: list[tuple[int, object]] = []
    dialog.open_hit.connect(lambda case_id, contact_id: opened.append((case_id, contact_id)))
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert opened == [(case.id, note.id)]
    assert not dialog.isVisible()


def test_a_late_answer_to_an_older_question_is_dropped(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    answered = worker_answers(monkeypatch)
    case = vault.cases.add(Case(code="", opened_on=date.today()))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 11, 2, 9, 30), notes="slapeloosheid"))
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText("slape")
    dialog.run_search()  # answer 1 is on its way...
    dialog.query_edit.setText("")
    with qtbot.waitSignal(dialog.results_shown, timeout=3000):
        dialog.run_search()  # ...question 2 (empty) is answered at once
    qtbot.waitUntil(lambda: len(answered) == 1, timeout=5000)  # answer 1 (one hit) has arrived...
    assert len(answered[0].hits) == 1  # type: ignore[attr-defined]
    # ...after answer 2: it must not overwrite the empty list
    assert dialog.hits == [] and dialog.model.rowCount() == 0
    assert "Type a word" in dialog.state.text()
