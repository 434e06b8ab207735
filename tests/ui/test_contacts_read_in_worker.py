"""Opening a case never reads its notes on the UI thread, and the timeline makes row texts only for
the rows the view asks about (a model, not a widget item per note)."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.waits import case_shown, shown_case_view
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.case.contact_timeline import PREVIEW_CHARS, TimelineModel, preview_of
from trustdesk.ui.kit.session import VaultSession
from trustdesk.vault import Vault


def _case_with_notes(vault: Vault, notes: int) -> int:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=400)))
    assert case.id is not None
    start = datetime.now() - timedelta(days=notes)
    with vault.transaction():
        for n in range(notes):
            vault.contacts.add(Contact(case_id=case.id, at=start + timedelta(days=n),
                                       notes=f"Gesprek {n}\nvervolg " + "x" * (n % 50)))
    return case.id


@pytest.mark.parametrize("notes", [0, 1, 30, 250])
def test_opening_a_case_reads_its_notes_in_a_worker(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                    monkeypatch: pytest.MonkeyPatch, notes: int) -> None:
    case_id = _case_with_notes(vault, notes)
    contacts_type = type(vault.contacts)
    original = contacts_type.for_case
    readers: list[bool] = []  # True: read on the UI thread

    def recording(self: object, *args: object, **kwargs: object) -> object:
        readers.append(threading.current_thread() is threading.main_thread())
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contacts_type, "for_case", recording)
    QApplication.processEvents()  # the change feed of the notes just added: not for the view made below
    view = case_shown(qtbot, session, case_id, (1100, 700))
    tab = view.contacts
    assert tab is not None and tab.timeline.count() == notes
    assert readers and not any(readers), "the notes of an opened case were read on the UI thread"
    if notes:
        assert tab.editor.contact_id == tab.model.contact_at(0).id  # type: ignore[union-attr]  # newest shown


def test_the_timeline_makes_texts_only_for_rows_asked_about(qtbot: QtBot, session: VaultSession,
                                                            vault: Vault) -> None:
    case_id = _case_with_notes(vault, 250)
    view = shown_case_view(qtbot, session, (1100, 700))
    made_when_filled: list[int] = []
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        assert view.show_case(case_id)
        assert view.contacts is not None
        tab = view.contacts
        tab.loaded.connect(lambda: made_when_filled.append(tab.model.made_texts))
    qtbot.waitUntil(lambda: bool(made_when_filled))
    tab = view.contacts
    assert made_when_filled and made_when_filled[0] < tab.timeline.count() // 4, made_when_filled
    QApplication.processEvents()
    assert tab.timeline.row_text(249).startswith(tab._item_text(tab.model.rows[249]).split("\n")[0])


@pytest.mark.parametrize("text", ["", "\n\n  ", "één regel", "a" * 200 + "\nb", "  \t eerst\r\ndan", "x" * 90])
def test_the_worker_cuts_the_preview_as_the_row_shows_it(text: str) -> None:
    row = TimelineModel.prepare([Contact(case_id=1, at=datetime(2026, 1, 1), notes=text)])[0]
    assert row.preview == preview_of(text)
    assert len(row.preview) <= PREVIEW_CHARS + 1
    assert "\n" not in row.preview and "\r" not in row.preview
