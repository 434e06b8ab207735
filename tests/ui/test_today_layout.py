"""Today has no stretched empty areas at 1366×768 (issue 18, layout: large gaps between and inside its
sections).  Each section is as tall as its content (the list as its lines, until the room runs out
and it scrolls); what is left over is below the page's last section, not between them.  Measured by
geometry with nothing due, a few lines and more lines than fit.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.waits import apply_layouts, show_page
from trustdesk.domain.models import Case, Task
from trustdesk.ui.case.today_page import TodayPage
from trustdesk.ui.kit.preferences import Preferences
from trustdesk.ui.kit.session import VaultSession
from trustdesk.ui.shell.main_window import MainWindow
from trustdesk.vault import Vault

EMPTY_PX = 24  # at most this much empty space inside a section or between two (layout spacing is ~6-12)


def _list_empty_px(page: TodayPage) -> int:
    """How much of the list is below its last line (0 when it scrolls)."""
    tree = page.tree
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    while last is not None and last.childCount():
        last = last.child(last.childCount() - 1)
    if last is None:
        return tree.viewport().height()
    bottom = tree.visualItemRect(last).bottom() + 1
    return max(0, tree.viewport().height() - bottom)


def _gaps(page: TodayPage) -> list[tuple[str, int]]:
    """Vertical empty space between the page's visible sections, top to bottom, and in empty labels."""
    sections: list[QWidget] = [w for w in (page.heading, page.backup_label, page.tree, page.state, page.hint,
                                           page.new_button) if w.isVisible()]
    found = []
    for above, below in zip(sections, sections[1:], strict=False):
        top = below.mapTo(page, below.rect().topLeft()).y()
        bottom = above.mapTo(page, above.rect().bottomLeft()).y()
        found.append((f"{above.objectName()}→{below.objectName()}", top - bottom - 1))
    found += [(f"empty {w.objectName()}", w.height()) for w in sections if isinstance(w, QLabel) and not w.text()]
    return found


@pytest.mark.parametrize("lines", [0, 3, 60])
def test_today_has_no_stretched_empty_areas(qtbot: QtBot, vault: Vault, session: VaultSession, prefs: Preferences,
                                            lines: int) -> None:
    for number in range(lines):
        case = vault.cases.add(Case(code="", opened_on=date.today()))
        vault.tasks.add(Task(title=f"Terugbellen {number}", due_on=date.today() - timedelta(days=1), case_id=case.id))
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    page = show_page(qtbot, window, "today")
    assert isinstance(page, TodayPage)
    apply_layouts()
    QApplication.processEvents()
    assert page.tree.isVisible() is bool(lines)
    if lines:
        assert _list_empty_px(page) <= EMPTY_PX, f"the list has {_list_empty_px(page)} px under its last line"
    too_big = [(where, px) for where, px in _gaps(page) if px > EMPTY_PX]
    assert not too_big, too_big
    buttons = page.new_button.mapTo(page, page.new_button.rect().bottomLeft()).y()
    if lines == 60:  # more than fits: the list takes the room and scrolls, the buttons stay on the page
        assert page.tree.verticalScrollBar().isVisible() and buttons <= page.height()
