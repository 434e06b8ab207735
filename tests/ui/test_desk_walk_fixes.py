"""What a coordinator stumbled on walking the desk with the keyboard at 1366x768, in Dutch and French:
Add left the focus on its button (Space added empty row after empty row); column headers were cut
("rtrouwenspersoo", "kgebied") and names broken over two lines; the problem list pushed the parts
off the screen; a figures file from a trust person whose card the desk lacked said "not signed by
your coordinator's key" to the coordinator; adding a card left the focus on the tab bar; the
language boxes said "NL" and "FR"."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from tests.waits import apply_layouts, switch_language
from trustdesk.domain.enums import Language
from trustdesk.exchange.coordinator import CoordinatorDesk
from trustdesk.exchange.errors import Refusal
from trustdesk.exchange.figures import make_figures
from trustdesk.exchange.keys import Identity, Role
from trustdesk.exchange.periods import Quarter
from trustdesk.ui.desk.desk_refusals import desk_refusal_text
from trustdesk.ui.desk.desk_window import DeskWindow
from trustdesk.ui.desk.rows_table import RowsTable
from trustdesk.ui.kit.case_labels import language_text
from trustdesk.ui.kit.language import Translations

LANGUAGES = ["nl", "fr"]


@pytest.fixture(scope="module")
def desk_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("desk") / "desk"
    CoordinatorDesk.init(folder, "Coördinatie Arts in Nood", "the coordinator's own desk")
    return folder


@pytest.fixture
def window(qtbot: QtBot, desk_folder: Path, tmp_path: Path) -> DeskWindow:
    import shutil

    copy = tmp_path / "desk"
    shutil.copytree(desk_folder, copy)
    desk = CoordinatorDesk.open(copy, "the coordinator's own desk")
    window = DeskWindow(desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    return window


def _headers_fit(table: QTableWidget) -> list[str]:
    header = table.horizontalHeader()
    return [f"{table.objectName()}: {table.horizontalHeaderItem(c).text()!r} {header.sectionSize(c)} < "
            f"{header.sectionSizeHint(c)}" for c in range(table.columnCount())
            if header.sectionSize(c) < header.sectionSizeHint(c)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_add_puts_the_focus_in_the_new_row(qtbot: QtBot, window: DeskWindow, translations: Translations,
                                           language: str) -> None:
    switch_language(translations, language)
    editor = window.pack
    for index, rows in ((0, editor.providers), (1, editor.helplines)):
        editor.parts.setCurrentIndex(index)
        assert isinstance(rows, RowsTable)
        for count in (1, 2):
            rows.add_button.setFocus()
            qtbot.keyClick(rows.add_button, Qt.Key.Key_Space)
            assert rows.table.rowCount() == count
            assert window.focusWidget() is rows.table, window.focusWidget()
            assert (rows.table.currentRow(), rows.table.currentColumn()) == (count - 1, 0)
            qtbot.keyClick(rows.table, "k")  # the first key opens the cell's editor, the rest go there
            qtbot.keyClicks(window.focusWidget(), f"ey-{count}")
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
            assert rows.cell(count - 1, "key") == f"key-{count}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_header_and_name_is_read_whole(qtbot: QtBot, window: DeskWindow, translations: Translations,
                                             language: str, tmp_path: Path) -> None:
    switch_language(translations, language)
    editor = window.pack
    editor.providers.add_row({"key": "psy-linde", "kind": "psychologist", "name": "Praktijk De Linde"})
    editor.providers.table.item(0, 3).setText("Universitair Ziekenhuis Gent")  # typed: the column grows
    for name in ("Dr. Jean-Baptiste Lambert", "Dr. Marie Dupont-Vandenbroucke"):
        card = Identity.generate().card(name, Role.TRUST_PERSON)
        window.desk.add_card(card.to_bytes(), card.fingerprint)  # type: ignore[union-attr]
    window.cards.refresh()
    for index in range(window.tabs.count()):  # each tab shown, as the coordinator walks them
        window.tabs.setCurrentIndex(index)
        apply_layouts()
    problems = [*_headers_fit(editor.providers.table), *_headers_fit(editor.helplines.table),
                *_headers_fit(window.cards.table), *_headers_fit(window.figures.outcomes)]
    assert not problems, problems
    metrics = editor.providers.table.fontMetrics()
    for table, row, column in ((editor.providers.table, 0, 2), (editor.providers.table, 0, 3),
                               (window.cards.table, 0, 0), (window.cards.table, 1, 0)):
        text = table.item(row, column).text()
        assert table.columnWidth(column) >= metrics.horizontalAdvance(text), (text, table.columnWidth(column))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_problem_list_leaves_the_parts_their_room(qtbot: QtBot, window: DeskWindow, translations: Translations,
                                                      language: str) -> None:
    switch_language(translations, language)
    editor = window.pack
    for number in range(40):
        editor.providers.add_row({"key": f"k{number}", "kind": "bakker", "name": ""})
    assert not editor.check_pack() and editor.issues.count() == 80
    apply_layouts()
    assert editor.issues.height() <= editor.issues.maximumHeight() < window.height() // 4
    assert editor.parts.height() > 2 * editor.issues.height()
    assert editor.build_button.geometry().bottom() < editor.height()  # the buttons stay on screen


def test_no_refusal_sends_the_coordinator_to_the_coordinator(translations: Translations) -> None:
    switch_language(translations, "en")
    for reason in Refusal:
        text = desk_refusal_text(reason)
        for words in ("your coordinator", "the coordinator", "Coordinator ›", "coordinator's pack"):
            assert words not in text, (reason, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_figures_from_a_card_the_desk_lacks_say_to_add_the_card(qtbot: QtBot, window: DeskWindow,
                                                               translations: Translations, language: str) -> None:
    switch_language(translations, language)
    assert window.desk is not None
    quarter = Quarter.of(date.today()).previous()
    sender = Identity.generate()
    data, _ = make_figures({}, quarter, sender, window.desk.card, now=datetime.now())
    figures = window.figures
    figures.files = [("peeters.tdfigures", data)]
    figures.merge()
    said = figures.outcomes.item(0, 3).text()
    assert said == desk_refusal_text(Refusal.UNKNOWN_SENDER)
    assert window.tabs.tabText(2) in said  # names the tab where cards are added
    # read whole: the row is as tall as the sentence's lines (it was cut at one line), the tooltip holds it
    table = figures.outcomes
    lines = -(-table.fontMetrics().horizontalAdvance(said) // max(1, table.columnWidth(3)))
    assert table.rowHeight(0) >= lines * table.fontMetrics().lineSpacing() and table.item(0, 3).toolTip() == said


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_card_added_takes_the_focus(qtbot: QtBot, window: DeskWindow, translations: Translations,
                                      language: str) -> None:
    switch_language(translations, language)
    window.tabs.setCurrentWidget(window.cards)
    for name in ("Dr. Zeno Adams", "Dr. Ann Bosmans"):
        card = Identity.generate().card(name, Role.TRUST_PERSON)
        window.cards.load_card(card.to_bytes())
        assert window.focusWidget() is window.cards.heard
        qtbot.keyClicks(window.cards.heard, card.fingerprint)
        qtbot.keyClick(window.cards.heard, Qt.Key.Key_Return)
        table = window.cards.table
        assert window.focusWidget() is table, window.focusWidget()
        assert table.item(table.currentRow(), 0).text() == name


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_boxes_name_the_languages(window: DeskWindow, translations: Translations,
                                               language: str) -> None:
    switch_language(translations, language)
    for combo in (window.pack.template_language, window.pack.cards.language):
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert texts == [language_text(Language(combo.itemData(i))) for i in range(combo.count())]
        assert not any(text.isupper() for text in texts), texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_part_chosen_by_its_letter_takes_the_focus(qtbot: QtBot, window: DeskWindow, translations: Translations,
                                                     language: str) -> None:
    """The focus on the desk's tabs (or the pack id), Alt+letter of a part: the next keys type in that part."""
    switch_language(translations, language)
    editor = window.pack
    for index in (2, 3, 1, 0):
        window.tabs.setFocus()
        editor.parts.setCurrentIndex(index)  # what the part's Alt+letter does
        assert window.focusWidget() is editor.part_field(index), (index, window.focusWidget())
    editor.parts.tabBar().setFocus()  # the arrows on the parts' own bar: the focus stays there
    qtbot.keyClick(editor.parts.tabBar(), Qt.Key.Key_Right)
    assert editor.parts.currentIndex() == 1 and window.focusWidget() is editor.parts.tabBar()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_kind_is_chosen_by_its_name_and_kept_as_the_packs_value(qtbot: QtBot, window: DeskWindow,
                                                                    translations: Translations,
                                                                    language: str) -> None:
    from PySide6.QtWidgets import QComboBox

    from trustdesk.domain.enums import ProviderKind
    from trustdesk.ui.directory.providers_model import kind_text

    switch_language(translations, language)
    editor = window.pack
    rows = editor.providers
    column = rows.columns.index("kind")
    for kind in ProviderKind:
        rows.add_typed_row()
        row = rows.table.rowCount() - 1
        rows.set_cell(row, "key", f"k-{kind.value}")
        rows.set_cell(row, "name", "Praktijk")
        rows.table.setCurrentCell(row, column)
        qtbot.keyClick(rows.table, Qt.Key.Key_F2)
        choice = window.focusWidget()
        assert isinstance(choice, QComboBox) and choice.accessibleName()
        assert [choice.itemText(i) for i in range(choice.count())] == [kind_text(k) for k in ProviderKind]
        choice.setCurrentIndex(choice.findData(kind.value))
        qtbot.keyClick(choice, Qt.Key.Key_Return)  # the view commits it (a queued call)
        qtbot.waitUntil(lambda row=row, kind=kind: rows.cell(row, "kind") == kind.value)  # what the pack carries
        shown = editor.kinds.displayText(rows.table.item(row, column).text(), rows.table.locale())
        assert shown == kind_text(kind)  # what the coordinator reads
    assert editor.check_pack(), [editor.issues.item(i).text() for i in range(editor.issues.count())]
    rows.set_cell(0, "kind", "Peercoaching")  # typed in an older draft: named, with the kinds by their names
    assert not editor.check_pack()
    said = editor.issues.item(0).text()
    assert "Peercoaching" in said and all(kind_text(k) in said for k in ProviderKind), said


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_alt_letter_of_a_part_goes_into_it_shown_or_not(qtbot: QtBot, window: DeskWindow,
                                                            translations: Translations, language: str) -> None:
    switch_language(translations, language)
    editor = window.pack
    qtbot.waitUntil(window.isActiveWindow)
    tested = 0
    for index in (0, 0, 1, 2, 2):  # twice each: chosen, then chosen again while shown
        text = editor.parts.tabText(index)
        if "&" not in text:
            continue
        letter = text[text.index("&") + 1].lower()
        editor.title.setFocus()
        qtbot.keyClick(editor.title, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda index=index: window.focusWidget() is editor.part_field(index))
        tested += 1
    assert tested >= 3


def test_ctrl_number_puts_the_focus_into_the_tab_and_back_where_it_was(qtbot: QtBot, window: DeskWindow) -> None:
    qtbot.waitUntil(window.isActiveWindow)
    firsts = {1: window.intakes.recipient, 2: window.cards.import_button, 3: window.figures.add_button}
    for index, first in firsts.items():
        window.tabs.tabBar().setFocus()  # where a click on a tab, or Ctrl+L and back, leaves it
        qtbot.keyClick(window, str(index + 1), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index and window.focusWidget() is first, (index, window.focusWidget())
    qtbot.keyClick(window, "2", Qt.KeyboardModifier.ControlModifier)
    window.intakes.reference.setFocus()
    qtbot.keyClick(window, "4", Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, "2", Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.intakes.reference  # back where the coordinator was typing


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_card_can_be_removed_with_the_keyboard(qtbot: QtBot, window: DeskWindow, translations: Translations,
                                                 language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Managing the cards is adding and removing them: a trust person who stops, a card replaced."""
    from PySide6.QtWidgets import QMessageBox

    switch_language(translations, language)
    desk = window.desk
    assert desk is not None
    cards = [Identity.generate().card(name, Role.TRUST_PERSON) for name in ("Dr. Ann Bosmans", "Dr. Zeno Adams")]
    for card in cards:
        desk.add_card(card.to_bytes(), card.fingerprint)
    window.cards.refresh()
    window.intakes.refresh_recipients()
    tab = window.cards
    assert tab.remove_button.text() and "&" in tab.remove_button.text() and tab.remove_button.accessibleName()
    tab.table.setCurrentCell(0, 0)  # Dr. Ann Bosmans
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    tab.remove_button.setFocus()
    qtbot.keyClick(tab.remove_button, Qt.Key.Key_Space)  # asked, and No: nothing changes
    assert len(desk.cards()) == 2 and window.focusWidget() is tab.table
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up)
    tab.remove_button.setFocus()
    qtbot.keyClick(tab.remove_button, Qt.Key.Key_Space)  # Yes
    assert [c.name for c in desk.cards().values()] == ["Dr. Zeno Adams"]
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == ["Dr. Zeno Adams"]
    assert [window.intakes.recipient.itemData(i) for i in range(window.intakes.recipient.count())] == [cards[1].key_id]
    assert window.focusWidget() is tab.table and "Dr. Ann Bosmans" in tab.message.text()
    assert desk.audit_entries()[-1]["event"] == "card_removed" and desk.audit_intact()


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_intake_file_name_speaks_the_language_and_carries_no_reference(
        window: DeskWindow, translations: Translations, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference is free text ("Dr Janssens UZ Gent"): the file's name travels through mailboxes."""
    switch_language(translations, language)
    desk = window.desk
    assert desk is not None
    card = Identity.generate().card("Dr. An Peeters", Role.TRUST_PERSON)
    desk.add_card(card.to_bytes(), card.fingerprint)
    window.intakes.refresh_recipients()
    proposed: list[str] = []
    monkeypatch.setattr("trustdesk.ui.exchange.exchange_files.ask_save_path",
                        lambda _parent, _title, name, _kinds: proposed.append(name))
    for reference in ("Dr Janssens UZ Gent", "AIN-2026-0142", "Mme Dubois (CHU Liège)"):
        window.intakes.reference.setText(reference)
        window.intakes.make_intake()
        name = proposed[-1]
        assert name.isascii() and " " not in name and name.endswith(f"-{date.today().isoformat()}.tdintake")
        assert not any(part.lower() in name.lower() for part in reference.replace("(", " ").split() if len(part) > 2)
    expected = {"en": "intake", "nl": "aanmelding", "fr": "demande"}[language]
    assert proposed[-1].startswith(expected + "-"), proposed[-1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_help_lines_languages_are_ticked_by_name(qtbot: QtBot, window: DeskWindow, translations: Translations,
                                                   language: str) -> None:
    """Typed, "Nederlands" was refused (only "nl" was read); ticked, the names are the desk's own."""
    from trustdesk.packs.draft import check

    switch_language(translations, language)
    editor = window.pack
    editor.parts.setCurrentIndex(1)
    editor.helplines.add_row({"key": "1813", "name": "Zelfmoordlijn", "number": "1813"})
    ticks = editor.helpline_languages
    assert ticks.isEnabled() and ticks.accessibleName()
    assert [ticks.item(i).text() for i in range(ticks.count())] == [language_text(lang) for lang in Language]
    column = editor.helplines.columns.index("languages")
    assert not editor.helplines.table.item(0, column).flags() & Qt.ItemFlag.ItemIsEditable  # ticked, not typed
    ticks.setFocus()
    for wanted in (Language.NL, Language.FR):
        ticks.setCurrentRow([lang for lang in Language].index(wanted))
        qtbot.keyClick(ticks, Qt.Key.Key_Space)
    assert editor.helplines.cell(0, "languages") == "nl, fr"
    assert editor.check_pack(), editor.message.text()
    assert assert_languages(check(editor.draft(), window.desk.card if window.desk else None)) == {"nl", "fr"}


def assert_languages(pack: object) -> set[str]:
    helplines = getattr(pack, "helplines", None) or ()
    return {lang.value for line in helplines for lang in line.languages}
