"""The note form fits a 1366×768 laptop with the main window maximized (issue 18, layout: its bottom
needed scrolling).  In Dutch and French, for a new note and for a high-risk one (its hint and the
safety plan's state shown): the risk field and *Done* are inside the visible part of the editor's
scroll area, with no scrolling, and no field is squeezed below its own minimum.
"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import apply_layouts, open_case, switch_language
from trustdesk.domain.enums import RiskLevel
from trustdesk.ui.case.contact_editor import ContactEditor
from trustdesk.ui.case.contacts_tab import ContactsTab
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

# 1366×768 less a 32 px panel and a 30 px title bar: the client area of the maximized window
CLIENT = (1366, 768 - 32 - 30)


def _inside(widget: QWidget, viewport: QWidget) -> bool:
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom = top_left.y() + widget.height()
    return top_left.y() >= 0 and bottom <= viewport.height() and widget.isVisible()


def _new_note(qtbot: QtBot, session: VaultSession, prefs: Preferences, translations: Translations, sample: Sample,
              language: str) -> tuple[MainWindow, ContactsTab, ContactEditor]:
    """The main window at the laptop's size in ``language``, a case open on a new note in its Contacts tab."""
    switch_language(translations, language)
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.resize(*CLIENT)
    window.show()
    qtbot.waitExposed(window)
    view = open_case(qtbot, window, sample.dutch_case)
    tab = view.contacts
    assert tab is not None
    view.tabs.setCurrentWidget(tab)
    tab.new_contact()
    return window, tab, tab.editor


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("risk", [None, RiskLevel.HIGH])
def test_the_note_form_needs_no_scrolling(qtbot: QtBot, session: VaultSession, prefs: Preferences,
                                          translations: Translations, sample: Sample, language: str,
                                          risk: RiskLevel | None) -> None:
    window, tab, editor = _new_note(qtbot, session, prefs, translations, sample, language)
    if risk is not None:
        editor.risk_combo.setCurrentIndex(editor.risk_combo.findData(risk.value))
    apply_layouts()
    QApplication.processEvents()
    area = tab.editor_area
    viewport = area.viewport()
    assert area.verticalScrollBar().maximum() == 0, (
        f"the note form scrolls by {area.verticalScrollBar().maximum()} px in a {viewport.height()} px area")
    for widget in (editor.risk_combo, editor.done_button, editor.notes_edit):
        assert _inside(widget, viewport), widget.objectName()
    fields = [editor.present_edit, editor.notes_edit, editor.agreements_edit, editor.risk_combo,
              editor.plan_button, editor.done_button]
    for field in fields:
        assert field.height() >= max(field.minimumHeight(), field.minimumSizeHint().height()), field.objectName()
    tops = [(f.mapTo(editor, f.rect().topLeft()).y(), f.height(), f.objectName()) for f in fields]
    for (top, height, name), (below, _h, other) in zip(tops, tops[1:], strict=False):
        assert top + height <= below, f"{name} overlaps {other}"


def _editor_texts(language: str) -> list[str]:
    """Every text of the note editor's catalogue context in ``language``: whatever message it shows is one."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    catalogue = Path(__file__).resolve().parents[2] / "resources" / "translations" / f"trustdesk_{language}.ts"
    texts = []
    for context in ET.parse(catalogue).getroot().iter("context"):
        if context.findtext("name") != "ContactEditor":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts.extend(forms or [translation.text or "" if translation is not None else ""])
    return [text.replace("{reason}", "de kluis is vergrendeld") for text in texts if len(text) > 40]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_message_widens_the_note_pane(qtbot: QtBot, session: VaultSession, prefs: Preferences,
                                         translations: Translations, sample: Sample, language: str) -> None:
    """An outside tester finished a note without a risk level at 1366×768: the unwrapped "Niet afgerond:
    kies het risiconiveau…" widened the pane, a horizontal scroll bar appeared and *Klaar* left the
    screen.  After every message the editor can show (the real *Done* without a risk, without a safety
    plan, and each long text of its catalogue in each message label), no horizontal scroll bar and
    *Done* inside the screen."""
    from trustdesk.domain.enums import RiskLevel

    window, tab, editor = _new_note(qtbot, session, prefs, translations, sample, language)
    area = tab.editor_area

    def check(what: str) -> None:
        apply_layouts()
        QApplication.processEvents()
        assert area.horizontalScrollBar().maximum() == 0, f"{what}: scrolls sideways"
        assert editor.width() <= area.viewport().width(), what
        right = editor.done_button.mapTo(window, editor.done_button.rect().topRight()).x()
        assert 0 <= right < CLIENT[0], f"{what}: Done at x={right}"
        for label in (editor.status_label, editor.risk_hint, editor.plan_state, editor.safety_warning):
            assert label.wordWrap(), label.objectName()

    editor.notes_edit.setFocus()
    QTest.keyClicks(editor.notes_edit, "Gesprek over de werkdruk")
    assert not editor.finish()  # no risk level chosen
    assert editor.status_label.text()
    check("done without a risk level")
    editor.risk_combo.setCurrentIndex(editor.risk_combo.findData(RiskLevel.HIGH.value))
    assert not editor.finish()  # high risk, no safety plan
    check("done without a safety plan")
    texts = _editor_texts(language)
    assert texts
    for text in texts:
        for label in (editor.status_label, editor.risk_hint, editor.plan_state, editor.safety_warning):
            label.setText(text)
        check(text[:40])
