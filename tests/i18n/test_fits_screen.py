"""Every window fits a small laptop (issue 18): at 1280×720 logical pixels available, no dialog or window
is larger than the screen, none needs more than it (its minimum size), and its buttons are on it.

The screen is a 1280×720 area given to ``trustdesk.ui.kit.screen.available_area`` (the one place the
windows ask for it); the check runs in Dutch and French, the longer texts.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_accessibility import _dialogs, _show_loaded
from tests.waits import apply_layouts, switch_language
from trustdesk.documents import Redaction, Section, case_summary_pdf
from trustdesk.ui.kit import screen
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow

LAPTOP = QRect(0, 0, 1280, 720)


def misfits(window: QWidget, area: QRect) -> list[str]:
    """What of ``window`` does not fit ``area`` (its frame included) or leaves a button off it."""
    room = QSize(area.width() - screen.FRAME.width(), area.height() - screen.FRAME.height())
    problems = []
    size, minimum = window.size(), window.minimumSizeHint().expandedTo(window.minimumSize())
    if size.width() > room.width() or size.height() > room.height():
        problems.append(f"size {size.width()}×{size.height()} > {room.width()}×{room.height()}")
    if minimum.width() > room.width() or minimum.height() > room.height():
        problems.append(f"minimum {minimum.width()}×{minimum.height()} > {room.width()}×{room.height()}")
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.objectName().startswith("qt_"):
            continue
        if _in_scroll_area(button, window):
            continue  # a scrolled form's buttons are reached by scrolling (and Tab scrolls to them)
        box = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not inside.contains(box):
            problems.append(f"button {button.objectName() or button.text()!r} off the window")
    return problems


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def test_the_check_finds_a_window_too_tall(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addSpacing(900)
    button = QPushButton("Close", window)
    button.setObjectName("close")
    layout.addWidget(button)
    window.resize(600, 1000)
    window.show()
    apply_layouts()
    found = misfits(window, LAPTOP)
    assert any(p.startswith("size") for p in found) and any(p.startswith("minimum") for p in found)
    bare = QWidget()  # a button placed below the window's edge
    qtbot.addWidget(bare)
    off = QPushButton("Save", bare)
    off.setObjectName("save")
    off.setGeometry(10, 400, 80, 30)
    bare.resize(300, 300)
    bare.show()
    assert misfits(bare, LAPTOP) == ["button 'save' off the window"]


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen, "available_area", lambda _widget: QRect(LAPTOP))
    return LAPTOP


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_window_fits_a_1280x720_screen(qtbot: QtBot, laptop: QRect, session: VaultSession, sample: Sample,
                                              prefs: Preferences, translations: Translations, language: str) -> None:
    from trustdesk.ui.output.pdf_preview import PdfPreviewDialog

    switch_language(translations, language)
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.show()
    apply_layouts()
    found: dict[str, list[str]] = {}
    if problems := misfits(window, laptop):
        found["main window"] = problems
    pdf = case_summary_pdf(session.require(), sample.dutch_case, Redaction.PSEUDONYMISED, {Section.INTAKE})
    makers = [*_dialogs(session, window, sample, prefs),
              ("PDF preview", lambda: PdfPreviewDialog(window, session, pdf, "summary", kind="case_summary",
                                                       case_code="TD-1", detail="pseudonymised"))]
    for name, make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        _show_loaded(qtbot, dialog)
        apply_layouts()
        if problems := misfits(dialog, laptop):
            found[name] = problems
        dialog.close()
    assert not found, found
