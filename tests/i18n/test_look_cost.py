"""The app's look (ui/kit/look.py) costs few calls from Qt into Python, and looks as it did.

Every override of the Python proxy style is a call from Qt's C++ into Python per use, and each turns
its element into a PySide enum member (enum.py, the hottest frame of the worst stalls of make bench).
``pixelMetric`` and ``styleHint`` were asked about 5,600 times per opening of the reference vault's
biggest case (layouts ask them all the time) for three answers: tab labels whole, a 2 px frame for
the ring, no stock icons on dialog buttons.  They are no overrides any more; those three are had
from what is drawn or polished (``drawControl`` of a tab's label, ``subElementRect`` of a frame's
contents, ``polish`` of a dialog's button), and these tests check, against a style that still
answers them the old way, that the pictures and the geometry are the same.  An item of a list,
tree or table without the focus is drawn whole by a plain instance of the base style: one call into
the look, not six.  Counts and pictures, never times."""

from __future__ import annotations

import enum
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QFrame,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.i18n.sample import Sample
from tests.i18n.test_focus_ring import look  # noqa: F401  (a fixture: the app's look)
from tests.waits import open_case, show_page
from trustdesk.ui.kit import look as look_module
from trustdesk.ui.kit.look import FOCUS_PEN, LookStyle
from trustdesk.ui.shell.main_window import MainWindow

# Calls into the look per case opened (its header, contacts and timeline laid out and painted): about
# 3,000 with the metric and hint overrides (sample vault), a few hundred without.
CALLS_PER_CASE = 1200
_METHODS = {value.__code__: name for name, value in vars(LookStyle).items() if callable(value)
            and hasattr(value, "__code__")}
_ENUM_CALL = enum.EnumType.__call__.__code__


@contextmanager
def counted() -> Iterator[Counter[str]]:
    """Every call into the look's methods on this thread (C++ calling Python included), by method,
    and every QStyle enum member made (``"enum"``)."""
    counts: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event != "call":
            return
        code = frame.f_code
        name = _METHODS.get(code)
        if name is not None:
            counts[name] += 1
            element = frame.f_locals.get("element")
            if isinstance(element, enum.Enum):
                counts[element.name] += 1
        elif code is _ENUM_CALL and getattr(frame.f_locals.get("cls"), "__qualname__", "").startswith("QStyle."):
            counts["enum"] += 1

    sys.setprofile(profile)
    try:
        yield counts
    finally:
        sys.setprofile(None)


def test_opening_a_case_costs_few_calls_into_the_look(qtbot: QtBot, look: QApplication,  # noqa: F811
                                                      window: MainWindow, sample: Sample) -> None:
    show_page(qtbot, window, "cases")
    opened = []
    for case_id in (sample.dutch_case, sample.french_case, sample.closed_case, sample.dutch_case):
        with counted() as counts:
            open_case(qtbot, window, case_id)
            window.repaint()  # laid out and painted within the count
        opened.append(counts)
    view = window.pages["cases"].case_view  # type: ignore[attr-defined]
    with counted() as tabs:
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            window.repaint()
    pages = Counter[str]()
    for key in window.pages:
        with counted() as counts:
            show_page(qtbot, window, key)
            window.repaint()
        pages += counts
    for counts in opened:
        calls = sum(counts[name] for name in set(_METHODS.values()))
        assert 0 < calls <= CALLS_PER_CASE, counts.most_common(8)
        assert counts["enum"] <= CALLS_PER_CASE, counts.most_common(8)
    everything = sum(opened, Counter[str]()) + tabs + pages
    assert everything["pixelMetric"] == everything["styleHint"] == 0, "metrics and hints stay in C++"
    assert everything["drawControl"] > 0 and everything["polish"] > 0, "the count sees the look's calls"


class OldWay(QProxyStyle):
    """The look's three answers given as metrics and hints (as the look gave them before)."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,  # noqa: N802
                    widget: QWidget | None = None) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        value = int(super().pixelMetric(metric, option, widget))
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(widget, QAbstractScrollArea) \
                and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and value > 0:
            return max(value, FOCUS_PEN)
        return value

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:  # noqa: N803
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return int(super().styleHint(hint, option, widget, returnData))


class StockIcons(QProxyStyle):
    """A platform whose dialog buttons carry stock icons (some Linux desktops' themes)."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:  # noqa: N803
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return int(super().styleHint(hint, option, widget, returnData))


def _base() -> str:
    return look_module.base_style_name(QApplication.style())


@pytest.fixture(scope="module")
def styles(qapp: QApplication) -> Iterator[dict[str, QStyle]]:
    made = {"look": LookStyle(_base()), "old": OldWay(_base()), "plain": QProxyStyle(_base())}
    yield made
    for style in made.values():
        style.deleteLater()


def _picture(widget: QWidget, style: QStyle) -> QImage:
    widget.setStyle(style)
    widget.ensurePolished()
    return widget.grab().toImage()


SHAPES = [QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth, QTabBar.Shape.TriangularNorth,
          QTabBar.Shape.TriangularSouth]
TEXTS = ["Évolution", "Contacts", "Échelles", "Verwijzingen", "Plan de sécurité", "Über", "Jj", "Ĵournal"]


@settings(max_examples=12, deadline=None)
@given(shape=st.sampled_from(SHAPES), texts=st.lists(st.sampled_from(TEXTS), min_size=2, max_size=5),
       chosen=st.integers(min_value=0, max_value=4))
def test_tab_labels_drawn_as_with_no_shift(qapp: QApplication, styles: dict[str, QStyle], shape: QTabBar.Shape,
                                           texts: list[str], chosen: int) -> None:
    bar = QTabBar()
    bar.setShape(shape)
    for text in texts:
        bar.addTab(text)
    bar.setCurrentIndex(chosen % len(texts))
    bar.resize(bar.sizeHint())
    try:
        old, new = _picture(bar, styles["old"]), _picture(bar, styles["look"])
        assert new == old, "the labels of the tabs not chosen are drawn as with no shift"
        if styles["plain"].pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical) and len(set(texts)) > 1:
            assert _picture(bar, styles["plain"]) != old, "the base style's shift shows (the check can fail)"
    finally:
        bar.deleteLater()


@pytest.mark.parametrize("kind", [QListWidget, QPlainTextEdit, QTextEdit, QTableWidget])
@pytest.mark.parametrize("focus", [Qt.FocusPolicy.StrongFocus, Qt.FocusPolicy.NoFocus])
@pytest.mark.parametrize("shape", [QFrame.Shape.StyledPanel, QFrame.Shape.NoFrame, QFrame.Shape.Box])
def test_a_focusable_list_or_field_keeps_its_2px_frame(qtbot: QtBot, styles: dict[str, QStyle],
                                                       kind: type[QAbstractScrollArea], focus: Qt.FocusPolicy,
                                                       shape: QFrame.Shape) -> None:
    widget = kind()
    qtbot.addWidget(widget)
    widget.setFocusPolicy(focus)
    widget.setFrameShape(shape)
    widget.resize(180, 90)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setStyle(styles["old"])
    old = (widget.frameWidth(), widget.contentsRect(), widget.viewport().geometry())
    old_picture = widget.grab().toImage()
    widget.setStyle(styles["look"])
    assert (widget.frameWidth(), widget.contentsRect(), widget.viewport().geometry()) == old
    assert widget.grab().toImage() == old_picture
    if shape == QFrame.Shape.StyledPanel and focus == Qt.FocusPolicy.StrongFocus:
        assert widget.frameWidth() == FOCUS_PEN


def _icons_shown(qtbot: QtBot, style: QStyle, make: object) -> list[bool]:
    """Whether each button of the dialog ``make()`` makes, and of one button added once shown, carries an
    icon, with ``style`` the application's."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    name = app.style().name()
    app.setStyle(style)
    try:
        dialog = make()  # type: ignore[operator]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.findChild(QDialogButtonBox) or dialog
        extra = box.addButton(QDialogButtonBox.StandardButton.Ok)  # one more, after the box was shown
        qtbot.waitUntil(extra.isVisible)
        return [not button.icon().isNull() for button in box.buttons()]
    finally:
        app.setStyle(name)


@pytest.mark.parametrize("make", [
    lambda: QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                             | QDialogButtonBox.StandardButton.Help),
    lambda: QMessageBox(QMessageBox.Icon.Question, "?", "Discard the changes?",
                        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)])
def test_no_stock_icons_on_dialog_buttons_where_the_platform_gives_them(qtbot: QtBot, make: object) -> None:
    assert all(_icons_shown(qtbot, StockIcons(_base()), make)), "the platform gives stock icons"
    assert not any(_icons_shown(qtbot, LookStyle(StockIcons(_base())), make)), "the look takes them off"


def _filled(kind: type[QAbstractScrollArea], rows: int) -> QAbstractScrollArea:
    if kind is QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(2)
        tree.addTopLevelItems([QTreeWidgetItem([f"Dr. Dubois-Lefèvre {i}", f"TD-2026-{i:04d}"]) for i in range(rows)])
        tree.setCurrentItem(tree.topLevelItem(rows // 2))
        return tree
    if kind is QTableWidget:
        table = QTableWidget(rows, 2)
        for row in range(rows):
            for column in range(2):
                table.setItem(row, column, QTableWidgetItem(f"Évolution {row}.{column}"))
        table.setCurrentCell(rows // 2, 1)
        return table
    widget = QListWidget()
    widget.addItems([f"Jaarverslag {i}" for i in range(rows)])
    widget.setCurrentRow(rows // 2)
    return widget


@pytest.mark.parametrize("kind", [QListWidget, QTreeWidget, QTableWidget])
@pytest.mark.parametrize("focus", [False, True])
def test_a_lists_items_cost_a_call_each_and_look_the_same(qtbot: QtBot, kind: type[QAbstractScrollArea],
                                                         focus: bool) -> None:
    """An item of a list, tree or table is drawn whole by a plain instance of the base style (one call
    into the look, not six: its panel, its three parts' rects, its focus), unless it has the focus."""
    styled, full = LookStyle(_base()), LookStyle(_base())
    full._plain = None  # every part through the look, as before  # noqa: SLF001
    for rows in (3, 12, 40):
        widget = _filled(kind, rows)
        qtbot.addWidget(widget)
        widget.resize(320, 260)
        widget.show()
        qtbot.waitExposed(widget)
        if focus:
            widget.activateWindow()
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus)
        widget.setStyle(full)
        with counted() as before:
            old = widget.grab().toImage()
        widget.setStyle(styled)
        with counted() as after:
            new = widget.grab().toImage()
        assert new == old, (kind.__name__, rows, focus)
        cells = before["CE_ItemViewItem"]
        assert cells >= min(rows, 8) and after["CE_ItemViewItem"] == cells
        assert before["PE_PanelItemViewItem"] == cells and before["SE_ItemViewItemText"] == cells, "the old way"
        # the new: one call per item; only the item with the focus (a row of them in a tree) is drawn in parts
        assert after["PE_PanelItemViewItem"] == after["SE_ItemViewItemText"] <= (2 if focus else 0), after
        methods = set(_METHODS.values())
        assert sum(after[m] for m in methods) <= sum(before[m] for m in methods) - 4 * (cells - 2), (before, after)
        widget.close()
    styled.deleteLater()
    full.deleteLater()
