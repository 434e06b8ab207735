"""The note form fits a 1366×768 laptop with the main window maximized (issue 18, layout: its bottom
needed scrolling).  In Dutch and French, for a new note and for a high-risk one (its hint and the
safety plan's state shown): the risk field and *Done* are inside the visible part of the editor's
scroll area, with no scrolling, and no field is squeezed below its own minimum.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import apply_layouts, open_case, switch_language
from trustdesk.domain.enums import RiskLevel
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


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("risk", [None, RiskLevel.HIGH])
def test_the_note_form_needs_no_scrolling(qtbot: QtBot, session: VaultSession, prefs: Preferences,
                                          translations: Translations, sample: Sample, language: str,
                                          risk: RiskLevel | None) -> None:
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
    editor = tab.editor
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
