"""The search button says what the search looks through (issue 18, outside test: it said "Search notes
and cases" while the search also finds tasks, safety plans and case details).  Its spoken name, its
tooltip and the dialog's title name every table the search index holds (``retention.FTS_TABLES``: a
new indexed table fails this test until the words name it), in English, Dutch and French, and the
spoken name begins with the button's visible word."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from trustdesk.ui.kit.language import Translations
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.shell import Shell
from trustdesk.vault.retention import FTS_TABLES

WORDS = {  # indexed table -> how each language names what it holds
    "contacts_fts": {"en": "notes", "nl": "notities", "fr": "notes"},
    "tasks_fts": {"en": "tasks", "nl": "taken", "fr": "tâches"},
    "plans_fts": {"en": "safety plans", "nl": "veiligheidsplannen", "fr": "plans de sécurité"},
    "cases_fts": {"en": "case details", "nl": "dossiergegevens", "fr": "données des dossiers"},
}


def test_every_indexed_table_has_its_words() -> None:
    assert set(WORDS) == set(FTS_TABLES)


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_search_button_and_dialog_name_everything_searched(
        qtbot: QtBot, unlocked_shell: Callable[..., tuple[Shell, MainWindow]], translations: Translations,
        language: str) -> None:
    _, window = unlocked_shell()
    translations.install(language)
    window.retranslate()
    window.search.retranslate()
    button = window.search_button
    dialog = window.search.show()
    assert dialog is not None
    named = {"spoken name": button.accessibleName(), "tooltip": button.toolTip(), "title": dialog.windowTitle()}
    for where, text in named.items():
        for table, words in WORDS.items():
            assert words[language] in text.lower(), f"{language} {where} {text!r} does not name {table}"
    # the whole title fits the title bar (the French one was cut off at 640 px)
    from trustdesk.ui.shell.search_dialog import TITLE_BAR_ROOM

    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_ROOM, language
    visible = window.search.action.text().replace("&", "").rstrip("…. ")
    assert button.accessibleName().startswith(visible), "the spoken name does not contain the visible word"
    dialog.close()
