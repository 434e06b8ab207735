"""Search with a 5,000-case vault (outside tester): it stopped at 100 hits without saying so, and a hit
opened its note at the top, not at the words.

- more hits than shown: the dialog says how many there are in all, in the person's language with
  the right plural, and *Show N more* brings the next ones (the focus on the first new hit);
- opening a note's hit shows the note scrolled to the first word that matched -- matched the way
  the search folds ("eleve" finds "Élevé", "strasse" finds "Straße") -- highlighted, the focus in
  the note, the word not selected (a key typed must not replace it)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.search_hits import open_the_one_hit
from tests.waits import active_window
from trustdesk.domain.models import Case, Contact
from trustdesk.ui.kit.find_in_text import highlighted, show_match, utf16_offset
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.search_dialog import PAGE, SearchDialog
from trustdesk.vault import Vault

SAID = {  # (hits in all, what the dialog says with the first 100 shown, the button, after Show more)
    "en": (130, "The first 100 of 130 results are shown: add a word to narrow the search.", "Show 30 more",
           "130 results."),
    "nl": (101, "De eerste 100 van 101 resultaten worden getoond: voeg een woord toe om gerichter te zoeken.",
           "Nog 1 resultaat tonen", "101 resultaten."),
    "fr": (130, "Les 100 premiers résultats sur 130 sont affichés\u00a0: ajoutez un mot pour affiner la recherche.",
           "Afficher 30 résultats de plus", "130 résultats."),
}


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_more_hits_than_shown_are_said_and_can_be_shown(qtbot: QtBot, session: VaultSession, vault: Vault,
                                                         translations: Translations, language: str) -> None:
    translations.install(language)
    total, said, button, after = SAID[language]
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5)))
    assert case.id is not None
    for i in range(total):
        vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 1, 6) + timedelta(hours=i),
                                   notes=f"Gesprek {i} over slaapgebrek."))
    dialog = active_window(qtbot, SearchDialog(session))
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        dialog.search("slaapgebr")
    assert len(dialog.hits) == PAGE and dialog.total == total
    assert dialog.state.text() == said
    assert dialog.more_button.isVisible() and dialog.more_button.text() == button

    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Tab)  # keyboard first: Tab reaches the button
    assert QApplication.focusWidget() is dialog.more_button
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        qtbot.keyClick(dialog.more_button, Qt.Key.Key_Space)
    assert len(dialog.hits) == total and dialog.model.rowCount() == total
    assert dialog.state.text() == after
    assert not dialog.more_button.isVisible()
    assert dialog.results.currentIndex().row() == PAGE  # the first new hit
    assert QApplication.focusWidget() is dialog.results

    with qtbot.waitSignal(dialog.results_shown, timeout=5000):  # new words: the first 100 again
        dialog.search("gesprek slaapgebr")
    assert len(dialog.hits) == PAGE and dialog.state.text() == said


def test_all_hits_shown_says_the_count_only(qtbot: QtBot, session: VaultSession, vault: Vault,
                                           translations: Translations) -> None:
    case = vault.cases.add(Case(code="", opened_on=date(2026, 1, 5)))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime(2026, 1, 6), notes="Eén keer slaapgebrek."))
    dialog = active_window(qtbot, SearchDialog(session))
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        dialog.search("slaapgebr")
    assert dialog.state.text() == "1 result." and not dialog.more_button.isVisible()


@pytest.mark.parametrize(("text", "query", "word"), [
    ("Begin.\n" + "Opvolging zonder nieuws.\n" * 80 + "Toen 🚑 en 💬: ze voelde zich Élevé, fier.", "eleve", "Élevé"),
    ("Ein 🧑‍⚕️ Arzt aus der Straße kam.", "strasse", "Straße"),
    ("Le cœur du problème: le cœur.", "COEUR", "cœur"),
])
def test_the_first_match_is_shown_as_the_search_folds(qtbot: QtBot, text: str, query: str, word: str) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.resize(400, 200)
    edit.show()
    edit.setPlainText(text)
    assert show_match(edit, query)
    assert highlighted(edit) == [word]
    assert edit.textCursor().position() == utf16_offset(text, text.index(word))  # Qt counts an emoji as two
    assert not edit.textCursor().hasSelection()  # highlighted, not selected
    assert edit.viewport().rect().contains(edit.cursorRect())  # scrolled to it
    edit.insertPlainText("x")
    assert highlighted(edit) == [] and word in edit.toPlainText()
    assert not show_match(edit, "zzzonbekend")


@pytest.mark.parametrize("field", ["notes", "agreements"])
def test_a_hit_opens_its_note_at_the_match_with_the_focus_in_it(qtbot: QtBot, vault: Vault, prefs: Preferences,
                                                                  field: str) -> None:
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=30)))
    assert case.id is not None
    long = "Begin van het gesprek.\n" + "Opvolging zonder nieuws, rustig verloop.\n" * 120
    found = "Zij vond de druk 'élevé' na de garde 😮 en sliep slecht."
    note = vault.contacts.add(Contact(
        case_id=case.id, at=datetime.now() - timedelta(days=3),
        notes=long + found if field == "notes" else long,
        agreements="Volgende week bellen.\n" * 30 + found if field == "agreements" else "Bellen."))
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=1), notes="Nieuwste notitie."))
    window = open_the_one_hit(qtbot, vault, prefs, "ELEVE")  # no accents, another case

    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    editor = view.contacts.editor
    edit = editor.notes_edit if field == "notes" else editor.agreements_edit
    qtbot.waitUntil(lambda: editor.contact_id == note.id and highlighted(edit) == ["élevé"], timeout=5000)
    text = edit.toPlainText()
    assert edit.textCursor().position() == utf16_offset(text, text.index("élevé"))
    assert edit.viewport().rect().contains(edit.cursorRect())  # on screen, not at the note's top
    # the window's focus (the search window goes; the window manager gives the main window back its own)
    qtbot.waitUntil(lambda: window.focusWidget() is edit, timeout=5000)
    qtbot.keyClick(edit, Qt.Key.Key_X)  # typed by a tired hand: the word stays, the highlight goes
    assert "élevé" in edit.toPlainText() and highlighted(edit) == []
    window.session.lock()
