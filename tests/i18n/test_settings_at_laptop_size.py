"""Settings at a 1366×768 laptop's size (issue 18, outside tester: its lower groups needed a scroll, and
the profile's title field cut "Médecin généraliste, coordinateur de cercle").  On a screen that wide
the boxes stand in three columns, read (and tabbed) column after column, and all of them show without
scrolling, in Dutch and French; narrower, two columns that scroll.  A one-line field is as wide as what
it holds (``kit/appearance.sized_for``): a title of 40 characters shows whole in Settings and in the
first-run wizard."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.test_accessibility import _show_loaded, focus_order
from tests.i18n.test_tab_reading_order import out_of_order, reading_cycle
from tests.waits import apply_layouts, switch_language
from trustdesk.ui.kit import screen
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.ui.shell.settings_dialog import SettingsDialog

LAPTOPS = [QRect(0, 0, 1366, 768), QRect(0, 0, 1366, 728)]  # bare, and with a 40 px panel
TITLES = ["Médecin généraliste, coordinateur de cercle", "Huisarts, coördinator van de huisartsenkring",
          "Psychiatre, médecin-chef de service adjoint", "Arbeidsgeneesheer, preventieadviseur-arts",
          "Médecin du travail, conseiller en prévention"]
WORDS = ["Médecin", "généraliste", "coordinateur", "de", "cercle", "huisarts", "coördinator", "psychiatre",
         "médecin-chef", "service", "arts", "preventieadviseur", "kinderarts", "gynécologue", "spécialiste",
         "en", "van", "la", "du", "Dr.", "adjoint", "diensthoofd", "urgentiste", "professeur"]


def shows_whole(edit: QLineEdit, text: str) -> bool:
    """Whether ``text`` fits the field's text area (Qt's own: the contents less its 2 px side margins)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return edit.fontMetrics().horizontalAdvance(text) <= area.width() - 4 - margins.left() - margins.right()


def _settings(qtbot: QtBot, session: VaultSession, prefs: Preferences, window: QWidget, language: str
              ) -> SettingsDialog:
    dialog = SettingsDialog(session, prefs, language=language, parent=window)
    qtbot.addWidget(dialog)
    _show_loaded(qtbot, dialog)
    for _ in range(3):
        apply_layouts()
    return dialog


def test_the_check_tells_a_cut_title(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.resize(120, 30)
    edit.show()
    assert not shows_whole(edit, TITLES[0]) and shows_whole(edit, "arts")


@pytest.mark.parametrize("area", LAPTOPS, ids=lambda a: f"{a.width()}x{a.height()}")
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_settings_show_every_box_without_scrolling_on_a_laptop(
        qtbot: QtBot, window: MainWindow, session: VaultSession, prefs: Preferences, translations: Translations,
        monkeypatch: pytest.MonkeyPatch, language: str, area: QRect) -> None:
    monkeypatch.setattr(screen, "available_area", lambda _widget: QRect(area))
    switch_language(translations, language)
    dialog = _settings(qtbot, session, prefs, window, language)
    assert len(dialog.column_boxes) == 3
    assert dialog.width() <= area.width() - screen.FRAME.width()
    assert dialog.height() <= area.height() - screen.FRAME.height()
    viewport = dialog.scroll_area.viewport()
    assert dialog.scroll_area.verticalScrollBar().maximum() == 0, "Settings scroll at 1366 px wide"
    for column in dialog.column_boxes:
        for box in column:
            seen = QRect(box.mapTo(viewport, QPoint(0, 0)), box.size())
            assert viewport.rect().contains(seen), f"{box.objectName() or box.title()} is cut: {seen}"
    # read column after column, and Tab goes so
    tops = [[box.mapTo(dialog, QPoint(0, 0)) for box in column] for column in dialog.column_boxes]
    assert all(a.y() < b.y() for column in tops for a, b in zip(column, column[1:], strict=False))
    assert all(a[0].x() < b[0].x() for a, b in zip(tops, tops[1:], strict=False))
    assert out_of_order(reading_cycle(focus_order(dialog))) == []
    boxes = [box for column in dialog.column_boxes for box in column]
    visits = [next(i for i, box in enumerate(boxes) if box.isAncestorOf(w)) for w in focus_order(dialog)
              if any(box.isAncestorOf(w) for box in boxes)]
    assert visits == sorted(visits), "Tab leaves a box and comes back to it"


def test_a_narrow_screen_gets_two_columns_that_scroll(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                                      prefs: Preferences, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen, "available_area", lambda _widget: QRect(0, 0, 1024, 600))
    dialog = _settings(qtbot, session, prefs, window, "en")
    assert len(dialog.column_boxes) == 2 and dialog.width() <= 1024 - screen.FRAME.width()


def _made_titles(count: int = 40) -> list[str]:
    """Titles of 40 characters made of the words titles are made of (the same ones every run)."""
    pick = random.Random(18)
    return [" ".join(pick.choice(WORDS) for _ in range(12))[:40].strip() for _ in range(count)]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_title_of_40_characters_shows_whole(qtbot: QtBot, window: MainWindow, session: VaultSession,
                                              prefs: Preferences, translations: Translations,
                                              monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    from trustdesk.ui.security.wizard_pages import ProfilePage

    monkeypatch.setattr(screen, "available_area", lambda _widget: QRect(LAPTOPS[1]))
    switch_language(translations, language)
    dialog = _settings(qtbot, session, prefs, window, language)
    page = ProfilePage()
    qtbot.addWidget(page)
    page.show()
    apply_layouts()
    for where, fields in (("settings", dialog.profile_box.fields), ("wizard", page.fields)):
        for title in [*TITLES, *_made_titles()]:
            fields.title.setText(title)
            assert shows_whole(fields.title, title[:40]), f"{where}: {title!r} cut at {fields.title.width()} px"
        fields.contact.setText("0470 12 34 56 · an.peeters@praktijk.be")
        assert shows_whole(fields.contact, fields.contact.text()), where
    dialog.close()
