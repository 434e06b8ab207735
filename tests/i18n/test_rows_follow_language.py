"""Every text a page shows follows a language switch at once, its lists' and tables' rows included
(outside tester: Today's rows kept the old language after Settings' switch until the page was visited
again).  Over every page of the navigation and an open case's tabs, over the sample vault with an acute
case: what is on screen right after a switch is what a fresh visit of the page shows in that language."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.waits import open_case, show_page, switch_language
from trustdesk.domain import Case, CaseStatus, Contact, RiskLevel
from trustdesk.ui.kit.language import Translations
from trustdesk.ui.shell.main_window import MainWindow, default_pages
from trustdesk.vault import Vault

PAGES = [key for key, _factory in default_pages()]
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def _columns(model: QAbstractItemModel) -> int:
    for args in ((), (QModelIndex(),)):  # a Python model's columnCount may take the parent without a default
        try:
            return model.columnCount(*args)
        except TypeError:
            continue
    return 1  # (Qt's own models of a list widget: one column)


def _rows(model: QAbstractItemModel, parent: QModelIndex, out: list[object]) -> None:
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model)):
            index = model.index(row, column, parent)
            out.append(tuple(model.data(index, role) for role in ROLES))
        first = model.index(row, 0, parent)
        if model.rowCount(first):
            _rows(model, first, out)


def texts(root: QWidget) -> list[object]:
    """Every text seen in ``root``: its labels, buttons, tabs, and every row and header of its lists."""
    seen: list[object] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            seen.append((widget.objectName(), widget.text(), widget.accessibleName()))
        elif isinstance(widget, QTabWidget):
            seen.append([widget.tabText(i) for i in range(widget.count())])
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            seen.append([model.headerData(c, Qt.Orientation.Horizontal) for c in range(_columns(model))])
            _rows(model, QModelIndex(), seen)
    return seen


def settle() -> None:
    """What a switch set going (a read in a worker) is done and shown."""
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(10_000)
        QCoreApplication.processEvents()


@pytest.fixture
def acute(vault: Vault, sample: Sample) -> int:
    """A case at acute risk, no safety plan, last seen 9 days ago: Today names every reason of it."""
    case = vault.cases.add(Case(code="", opened_on=date.today() - timedelta(days=30), status=CaseStatus.ACTIVE))
    assert case.id is not None
    vault.contacts.add(Contact(case_id=case.id, at=datetime.now() - timedelta(days=9), risk=RiskLevel.ACUTE))
    return case.id


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(languages=st.permutations(["nl", "fr", "en"]))
def test_every_page_follows_a_switch_at_once(qtbot: QtBot, acute: int, window: MainWindow,
                                             translations: Translations, languages: list[str]) -> None:
    switch_language(translations, languages[0])
    stale: list[tuple[str, str, list[object]]] = []
    for key in PAGES:
        page = show_page(qtbot, window, key)
        settle()
        before = texts(page)
        for language in languages[1:]:
            switch_language(translations, language)  # Settings' switch, the page on screen
            settle()
            now = texts(page)
            show_page(qtbot, window, PAGES[(PAGES.index(key) + 1) % len(PAGES)])
            show_page(qtbot, window, key)  # a fresh visit: read and shown again in the new language
            settle()
            fresh = texts(page)
            if now != fresh:
                stale.append((key, language, [n for n, f in zip(now, fresh, strict=False) if n != f][:3]))
            assert now != before, (key, language)  # (the page says something in words at all)
            before = now
        switch_language(translations, languages[0])
    assert not stale


def test_an_open_case_follows_a_switch_at_once(qtbot: QtBot, window: MainWindow, translations: Translations,
                                               sample: Sample) -> None:
    view = open_case(qtbot, window, sample.french_case)
    tabs = view.tabs
    stale: list[tuple[int, str, list[object]]] = []
    for tab in range(tabs.count()):
        switch_language(translations, "en")
        tabs.setCurrentIndex(tab)
        settle()
        for language in ("nl", "fr"):
            switch_language(translations, language)
            settle()
            now = texts(view)
            open_case(qtbot, window, sample.dutch_case)
            open_case(qtbot, window, sample.french_case)
            tabs.setCurrentIndex(tab)
            settle()
            fresh = texts(view)
            if now != fresh:
                stale.append((tab, language, [n for n, f in zip(now, fresh, strict=False) if n != f][:3]))
    assert not stale
