"""Alt+letter lands on one control: the &-mnemonics of what a screen shows are unique, per language.

Walks every page, every case tab and the main dialogs and windows (as test_accessibility does) in
Dutch, French and English and collects the mnemonics of visible buttons, labels with a buddy,
checkable group boxes and tabs; two controls with the same letter on one screen are a clash
(issue 18: in Dutch Alt+S once meant Status, Afspraken, Volgende stap and Brief schrijven at once).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _dialogs, _show_loaded
from tests.waits import open_case, show_page, switch_language
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letter -> the visible controls under ``root`` that claim it."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            claims[letter].append(f"{what} {text!r}")

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisibleTo(root):
            claim(widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            claim(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    claim(widget.tabText(index), "tab")
    return claims


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {letter: who for letter, who in mnemonics(root).items() if len(who) > 1}


def test_the_check_finds_a_clash(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for text in ("&Status", "Rock && roll", "&Afspraken"):
        layout.addWidget(QPushButton(text, root))
    label = QLabel("Volgende &stap", root)
    field = QLineEdit(root)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    hidden = QCheckBox("&Brief", root)
    hidden.hide()
    layout.addWidget(hidden)
    assert mnemonic("Rock && roll") is None and mnemonic("&&a &b") == "b"
    assert set(clashes(root)) == {"s"} and len(clashes(root)["s"]) == 2


def all_clashes(qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample,
                prefs: Preferences) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}

    def check(root: QWidget, where: str) -> None:
        if clash := clashes(root):
            found[where] = clash

    for key in window.pages:
        show_page(qtbot, window, key)
        check(window, f"page {key}")
    for case_id in (sample.dutch_case, sample.french_case):
        view = open_case(qtbot, window, case_id)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            check(window, f"case tab {index}")
    window.pages["cases"].show_list()  # type: ignore[attr-defined]
    for name, make in _dialogs(session, window, sample, prefs):
        dialog = make()
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        check(dialog, name)
        dialog.close()
    window.search.action.trigger()
    if window.search.dialog is not None:
        check(window.search.dialog, "search")
        window.search.dialog.close()
    return found


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_mnemonics_are_unique_per_screen(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                         sample: Sample, prefs: Preferences, translations: Translations,
                                         language: str) -> None:
    switch_language(translations, language)
    found = all_clashes(qtbot, window, session, sample, prefs)
    assert not found, "\n".join(f"{where}: {letter}: {who}" for where, clash in found.items()
                                for letter, who in clash.items())


# -- the case window: every tab of every case, in every state that shows other controls --------------

# the tabs that make items of their own: their "new item" button is Alt+N (kit/new_item.py)
TABS_WITH_NEW_ITEM = {"contacts", "referrals", "tasks", "timeline"}


def _case_states(qtbot: QtBot, window: MainWindow, case_id: int) -> Iterator[tuple[str, str]]:
    """(tab name, state) for each tab of the case: as shown, with each row of each of its lists chosen (a
    referral's steps and letter buttons follow the row), and with the status question asked under the header."""
    from PySide6.QtWidgets import QAbstractItemView

    from trustdesk.ui.case.case_tabs import TAB_NAMES

    view = open_case(qtbot, window, case_id)
    for index, name in enumerate(TAB_NAMES):
        view.tabs.setCurrentIndex(index)
        tab = view.tab(name)
        yield name, "shown"
        for items in [v for v in tab.findChildren(QAbstractItemView) if v.isVisibleTo(window)]:
            model = items.model()
            for row in range(min(model.rowCount(), 4) if model is not None else 0):
                items.setCurrentIndex(model.index(row, 0))  # type: ignore[union-attr]
                yield name, f"{items.objectName()} row {row}"
        view.status_confirm.ask("?", "Change the status")
        yield name, "status asked"
        view.status_confirm.done()


def case_window_problems(qtbot: QtBot, window: MainWindow, session: VaultSession) -> list[str]:
    """Every clash of Alt letters in the case window, and every place where Alt+N is not the tab's "new
    item" (or nothing, on a tab that makes none), over every tab of every case of the vault."""
    from trustdesk.ui.kit.new_item import NEW_ITEM, NEW_ITEM_LETTER, new_item_key

    problems: list[str] = []
    with_new: set[str] = set()
    cases = session.require().cases.list(include_closed=True)
    assert len(cases) >= 3, "the check needs several cases"
    for case in cases:
        assert case.id is not None
        for tab, state in _case_states(qtbot, window, case.id):
            where = f"case {case.code}, tab {tab}, {state}"
            claims = mnemonics(window)
            problems.extend(f"{where}: Alt+{letter}: {who}" for letter, who in claims.items() if len(who) > 1)
            new = [b for b in window.findChildren(QAbstractButton) if b.property(NEW_ITEM) and b.isVisibleTo(window)]
            if len(new) > 1:
                problems.append(f"{where}: {len(new)} new-item buttons: {[b.text() for b in new]}")
            for button in new:
                with_new.add(tab)
                if mnemonic(button.text()) != NEW_ITEM_LETTER:
                    problems.append(f"{where}: the new item {button.text()!r} is not Alt+N")
                if new_item_key() not in button.toolTip():
                    problems.append(f"{where}: the tooltip of {button.text()!r} does not name {new_item_key()}")
            others = [who for who in claims.get(NEW_ITEM_LETTER, []) if not any(repr(b.text()) in who for b in new)]
            if others:
                problems.append(f"{where}: Alt+N is not this tab's new item: {others}")
    if with_new != TABS_WITH_NEW_ITEM:
        problems.append(f"tabs with a new item: {sorted(with_new)}, expected {sorted(TABS_WITH_NEW_ITEM)}")
    return problems


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_case_window_has_one_control_per_letter_and_alt_n_makes_the_tabs_new_item(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, translations: Translations,
        language: str) -> None:
    """Outside tester: on the Referrals tab two actions shared a letter, and Alt+N made a contact on one tab,
    a referral on another (Alt+U a task in Dutch, Alt+S a score).  Every tab of every case of the sample,
    in every state that shows other controls: no letter is claimed twice, and Alt+N is the tab's new item
    (named in its tooltip) or nothing."""
    switch_language(translations, language)
    problems = case_window_problems(qtbot, window, session)
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_new_item_letter_lands_on_n() -> None:
    from trustdesk.ui.kit.new_item import with_new_item_letter

    assert with_new_item_letter("Nie&uwe taak…") == "&Nieuwe taak…"
    assert with_new_item_letter("Een &score toevoegen") == "Ee&n score toevoegen"
    assert with_new_item_letter("Ajouter un &score") == "Ajouter u&n score"
    assert with_new_item_letter("R&&D &list") == "R&&D list (&N)"
    assert with_new_item_letter("Score &neuf") == "Score &neuf"


# -- the windows outside the main window: first run, unlock, restore, handover, coordinator exchange ---

def _stack_states(root: QWidget) -> Iterator[str]:
    """Shows each page of every QStackedWidget under ``root`` in turn (one screen each)."""
    from PySide6.QtWidgets import QStackedWidget

    stacks = [s for s in root.findChildren(QStackedWidget) if s.count() > 1]
    if not stacks:
        yield ""
        return
    for stack in stacks:
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            yield f"{stack.objectName()}[{index}]"



def _radio_choices(root: QWidget) -> Iterator[str]:
    """As it is, then with each visible radio button chosen in turn (what it shows is one screen)."""
    from PySide6.QtWidgets import QRadioButton

    yield ""
    for radio in [r for r in root.findChildren(QRadioButton) if r.isVisibleTo(root) and r.isEnabled()]:
        radio.setChecked(True)
        yield f" {radio.objectName()}"
def other_window_clashes(qtbot: QtBot, tmp_path: object, session: VaultSession,
                         new_vault: object) -> dict[str, dict[str, list[str]]]:
    from pathlib import Path

    from PySide6.QtWidgets import QWizard

    from trustdesk.ui.exchange.contact_card_dialog import ContactCardDialog
    from trustdesk.ui.exchange.figures_dialog import FiguresDialog
    from trustdesk.ui.exchange.intake_dialog import IntakeDialog
    from trustdesk.ui.security.handover_dialogs import HandOverDialog
    from trustdesk.ui.security.handover_receive import ReceiveHandoverDialog
    from trustdesk.ui.security.restore_wizard import RestoreWizard
    from trustdesk.ui.security.unlock import UnlockWindow
    from trustdesk.ui.security.wizard import FirstRunWizard
    from trustdesk.vault import KdfParams, Keychain

    base = Path(str(tmp_path))
    found: dict[str, dict[str, list[str]]] = {}

    wizard = FirstRunWizard(base / "new", language="en", keychain=Keychain.none(), kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.show()
    ids = wizard.pageIds()
    for number, page_id in enumerate(ids):
        page = wizard.page(page_id)
        claims = mnemonics(page)
        forward = (QWizard.WizardButton.FinishButton if number == len(ids) - 1 else
                   QWizard.WizardButton.CommitButton if page.isCommitPage() else QWizard.WizardButton.NextButton)
        buttons = [forward, QWizard.WizardButton.CancelButton] + ([QWizard.WizardButton.BackButton] if number else [])
        for which in buttons:
            letter = mnemonic(page.buttonText(which) or wizard.buttonText(which))
            if letter is not None:
                claims[letter].append(f"wizard button {page.buttonText(which) or wizard.buttonText(which)!r}")
        if clash := {letter: who for letter, who in claims.items() if len(who) > 1}:
            found[f"first run, {page.objectName()}"] = clash
    wizard.close()

    locked = base / "locked"
    new_vault(locked, keychain=Keychain.none()).lock()  # type: ignore[operator]
    windows: list[tuple[str, QWidget]] = [
        ("unlock", UnlockWindow(locked, keychain=Keychain.none())),
        ("restore", RestoreWizard(base / "empty", keychain=Keychain.none())),
        ("hand over", HandOverDialog(session)),
        ("receive handover", ReceiveHandoverDialog(session)),
        ("contact card", ContactCardDialog(session)),
        ("intake", IntakeDialog(session)),
        ("figures", FiguresDialog(session)),
    ]
    for name, window in windows:
        qtbot.addWidget(window)
        _show_loaded(qtbot, window)
        for state in _stack_states(window):
            for choice in _radio_choices(window):  # a choice can show more fields (the recovery code's)
                if clash := clashes(window):
                    found[f"{name} {state}{choice}"] = clash
        window.close()
    return found


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_mnemonics_are_unique_in_first_run_unlock_restore_handover_and_exchange(
        qtbot: QtBot, session: VaultSession, translations: Translations, tmp_path: object, new_vault: object,
        language: str) -> None:
    switch_language(translations, language)
    found = other_window_clashes(qtbot, tmp_path, session, new_vault)
    assert not found, "\n".join(f"{where}: {letter}: {who}" for where, clash in found.items()
                                for letter, who in clash.items())


# -- every dialog: no clash, and its save / accept button has a letter (issue 18) -----------------

def _saves_without_letter(root: QWidget) -> list[str]:
    """Visible buttons that save (a button box's Save, or named *save*) without an Alt letter."""
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    found = []
    for button in root.findChildren(QPushButton):
        if not button.isVisibleTo(root) or mnemonic(button.text()) is not None:
            continue
        box = button.parent()
        standard = box.standardButton(button) if isinstance(box, QDialogButtonBox) else None
        if standard == QDialogButtonBox.StandardButton.Save or "save" in button.objectName().lower():
            found.append(f"{button.objectName()} {button.text()!r}")
    return found


def every_dialog(session: VaultSession, window: MainWindow, sample: Sample,
                 prefs: Preferences) -> list[tuple[str, object]]:
    from trustdesk.documents import Redaction, Section, case_summary_pdf
    from trustdesk.packs.bundled import starter_directory_csv
    from trustdesk.ui.case.destroy_dialog import DestroyDialog
    from trustdesk.ui.case.revision_history import RevisionHistoryDialog
    from trustdesk.ui.directory.csv_import_dialog import CsvImportDialog
    from trustdesk.ui.documents.referral_letter import LetterDialog
    from trustdesk.ui.output.pdf_preview import PdfPreviewDialog
    from trustdesk.ui.safety.safety_plan_history import SafetyPlanHistoryDialog
    from trustdesk.ui.security.rekey_dialog import RekeyDialog

    vault = session.require()
    pdf = case_summary_pdf(vault, sample.dutch_case, Redaction.PSEUDONYMISED, {Section.INTAKE})
    referral = vault.referrals.for_case(sample.dutch_case)[0]
    assert referral.id is not None
    contact = vault.contacts.for_case(sample.dutch_case)[0]
    csv = starter_directory_csv()
    return [*_dialogs(session, window, sample, prefs),
            ("document preview", lambda: PdfPreviewDialog(window, session, pdf, "summary", kind="case_summary",
                                                          case_code="TD-1", detail="pseudonymised")),
            ("safety plan (French case)", lambda: _safety_plan(session, sample.french_case, window)),
            ("safety plan (Dutch case)", lambda: _safety_plan(session, sample.dutch_case, window)),
            ("safety plan history", lambda: SafetyPlanHistoryDialog(session, sample.dutch_case, window)),
            ("destroy case", lambda: DestroyDialog(session, sample.dutch_case, "TD-1", window)),
            ("referral letter", lambda: LetterDialog(session, referral.id, window)),  # type: ignore[arg-type]
            ("new passphrase", lambda: RekeyDialog(window)),
            ("CSV import", lambda: CsvImportDialog(session, csv, window)),
            ("note history", lambda: RevisionHistoryDialog(session, contact.id, window))]  # type: ignore[arg-type]


def _safety_plan(session: VaultSession, case_id: int, window: QWidget) -> QWidget:
    from trustdesk.ui.safety.safety_plan_editor import SafetyPlanDialog

    return SafetyPlanDialog(session, case_id, parent=window)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_dialog_has_unique_letters_and_a_letter_to_save(
        qtbot: QtBot, window: MainWindow, session: VaultSession, sample: Sample, prefs: Preferences,
        translations: Translations, language: str) -> None:
    switch_language(translations, language)
    problems: list[str] = []
    for name, make in every_dialog(session, window, sample, prefs):
        dialog = make()  # type: ignore[operator]
        assert isinstance(dialog, QWidget)
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        for state in _stack_states(dialog):
            for letter, who in clashes(dialog).items():
                problems.append(f"{name} {state}: Alt+{letter}: {who}")
            problems.extend(f"{name} {state}: no letter: {b}" for b in _saves_without_letter(dialog))
        dialog.close()
    window.search.action.trigger()
    assert window.search.dialog is not None
    problems.extend(f"search: no letter: {b}" for b in _saves_without_letter(window.search.dialog))
    window.search.dialog.close()
    assert not problems, "\n".join(dict.fromkeys(problems))


def menu_clashes(root: QWidget) -> dict[str, dict[str, list[str]]]:
    """Per menu under ``root`` (a toolbar button's, a menu bar's): letter -> its visible actions claiming it."""
    from PySide6.QtWidgets import QMenu

    found: dict[str, dict[str, list[str]]] = {}
    for menu in root.findChildren(QMenu):
        claims: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text()) if action.isVisible() and not action.isSeparator() else None
            if letter is not None:
                claims[letter].append(action.text())
        if clash := {letter: who for letter, who in claims.items() if len(who) > 1}:
            found[menu.objectName() or menu.title() or type(menu.parent()).__name__] = clash
    return found


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_mnemonics_are_unique_in_every_menu(window: MainWindow, translations: Translations, language: str) -> None:
    """The menus too (outside tester: the Dutch Coordinator menu gave "c" to two items)."""
    from PySide6.QtWidgets import QMenu

    switch_language(translations, language)
    assert window.findChildren(QMenu), "no menu found: the check would check nothing"
    found = menu_clashes(window)
    assert not found, "\n".join(f"{where}: {letter}: {who}" for where, clash in found.items()
                                for letter, who in clash.items())
