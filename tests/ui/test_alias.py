"""A private alias per case: chosen in the intake form, shown beside the code in the cases list,
Today, search and the case header; one switch (Ctrl+Shift+H) hides every alias at once; a new case
starts in the interface's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.waits import active_window
from trustdesk.domain.enums import Language
from trustdesk.domain.models import Case, Task
from trustdesk.ui.case.case_view import CaseView
from trustdesk.ui.case.cases_model import CasesModel, Column
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.alias import aliases, case_label
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.search_dialog import SearchDialog
from trustdesk.vault import Vault


def searched(qtbot: QtBot, session: VaultSession, text: str) -> list[str]:
    """What the search dialog shows first for each hit (the code, with the alias unless hidden)."""
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText(text)
    with qtbot.waitSignal(dialog.results_shown, timeout=3000):
        dialog.run_search()
    return [str(dialog.model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)).split(", ")[0]
            for row in range(dialog.model.rowCount())]


@pytest.fixture(autouse=True)
def shown() -> Iterator[None]:
    aliases().set_hidden(False)
    yield
    aliases().set_hidden(False)


@pytest.mark.parametrize("alias", ["AP", "  Anesthesie Gent ", "", "é.v.", "💬"])
def test_the_label_is_the_code_with_the_alias_unless_hidden(alias: str) -> None:
    assert case_label("TD-2026-0003", alias) == ("TD-2026-0003" if not alias.strip()
                                                  else f"TD-2026-0003 · {alias.strip()}")
    aliases().set_hidden(True)
    assert case_label("TD-2026-0003", alias) == "TD-2026-0003"


def test_the_alias_shows_everywhere_and_one_switch_hides_it(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                            prefs: Preferences) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=20), alias="AP zwaluw"))
    assert case.id is not None
    vault.tasks.add(Task(title="Bellen", case_id=case.id, due_on=date.today()))
    label = f"{case.code} · AP zwaluw"

    model = CasesModel(session)
    model.load_now()
    assert model.matching_rows()[0].texts[Column.CODE] == label
    today = TodayPage(session)
    qtbot.addWidget(today)
    with qtbot.waitSignal(today.loaded, timeout=10_000):  # read in a worker
        today.refresh()
    assert today.tree.topLevelItem(0).child(0).text(1) == label  # type: ignore[union-attr]
    assert searched(qtbot, session, "zwaluw") == [label]
    view = CaseView(session)
    qtbot.addWidget(view)
    assert view.show_case(case.id)
    assert view.code.text() == label

    window = active_window(qtbot, MainWindow(session, prefs))
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert aliases().hidden and window.hide_aliases_action.isChecked()
    assert model.matching_rows()[0].texts[Column.CODE] == case.code
    qtbot.waitUntil(lambda: today.tree.topLevelItem(0).child(0).text(1) == case.code,  # type: ignore[union-attr]
                    timeout=3000)
    assert view.code.text() == case.code
    assert searched(qtbot, session, "zwaluw") == [case.code]
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not aliases().hidden and view.code.text() == label


@pytest.mark.parametrize(("interface", "expected"), [("fr", Language.FR), ("nl", Language.NL), ("en", Language.EN)])
def test_a_new_case_starts_in_the_interface_language(qtbot: QtBot, session: VaultSession, translations: Translations,
                                                     interface: str, expected: Language) -> None:
    from trustdesk.ui.case.new_case_dialog import NewCaseDialog

    translations.install(interface)
    dialog = NewCaseDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.form.language.currentData() == expected
    dialog.form.alias.setText("JD")
    assert dialog.case().alias == "JD" and dialog.case().language == expected
