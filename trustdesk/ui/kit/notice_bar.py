"""A bar of notices across a window, under its toolbar: what the unlock found and what is still to do
(ARCHITECTURE.md, "Keyboard, focus and a laptop's screen").

Never a dialog: a notice shown after the unlock must not take the keys a person typed ahead (outside
tester: a modal box over the first page ate them, and Escape did not close it).  Each notice is one
row -- its sentence, an optional action button and a close button -- and the bar never takes the
focus: it is reached by F6 (``shell/regions.py``) or Tab like any region.  Closing a row that has the
focus, or Escape in the bar, hands the keyboard back (``focus_released``).  The rows' texts come from callables, asked again
on a language switch.

    bar.put("profile", lambda: NoticeTexts(text, action=..., close=...), urgent=False)
    bar.acted / bar.closed  # (key)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trustdesk.ui.kit.retranslates import Retranslates

STYLE = """
QFrame[notice="calm"] { background: #fff8e1; border: 1px solid #e3c770; border-radius: 4px; }
QFrame[notice="urgent"] { background: #fdecea; border: 1px solid #d9534f; border-radius: 4px; }
QFrame[notice] QLabel { background: transparent; border: none; color: #202020; }
"""


@dataclass(frozen=True, slots=True)
class NoticeTexts:
    """One row's words: its sentence, its action button (none: ""), its close button and what each
    does, for a screen reader."""

    text: str
    close: str
    close_accessible: str
    action: str = ""
    action_accessible: str = ""


class NoticeRow(QFrame):
    def __init__(self, key: str, texts: Callable[[], NoticeTexts], urgent: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.texts = texts
        self.setObjectName(f"notice_{key}")
        self.setProperty("notice", "urgent" if urgent else "calm")
        self.label = QLabel(self)
        self.label.setObjectName(f"notice_{key}_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.setObjectName(f"notice_{key}_action")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName(f"notice_{key}_close")
        for button in (self.action, self.close_button):
            button.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        QWidget.setTabOrder(self.action, self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        texts = self.texts()
        self.label.setText(texts.text)
        self.label.setAccessibleName(texts.text)
        self.action.setText(texts.action)
        self.action.setAccessibleName(texts.action_accessible or texts.action)
        self.action.setVisible(bool(texts.action))
        self.close_button.setText(texts.close)
        self.close_button.setAccessibleName(texts.close_accessible)
        self.close_button.setToolTip(texts.close_accessible)

    def has_focus_inside(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))


class NoticeBar(Retranslates, QFrame):
    """The rows, most urgent first as put; hidden while it has none."""

    acted = Signal(str)  # a row's action button (its key)
    closed = Signal(str)  # a row's close button (its key); the row is gone
    focus_released = Signal()  # a row that had the keyboard went: give it back to the page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(STYLE)
        self.rows: dict[str, NoticeRow] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 6, 8, 2)
        self.column.setSpacing(4)
        self.hide()
        self.retranslate()

    def over(self, *widgets: QWidget) -> QWidget:
        """A widget with this bar on top of ``widgets`` side by side (the main window's navigation and
        page stack): the window's central widget."""
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self)
        side = QHBoxLayout()
        side.setSpacing(0)
        for index, widget in enumerate(widgets):
            side.addWidget(widget, 1 if index == len(widgets) - 1 else 0)
        outer.addLayout(side, 1)
        return central

    def put(self, key: str, texts: Callable[[], NoticeTexts], *, urgent: bool = False) -> NoticeRow:
        """Show the row ``key`` (a row already there keeps its place and takes the new words)."""
        row = self.rows.get(key)
        if row is None:
            row = NoticeRow(key, texts, urgent, self)
            row.action.clicked.connect(lambda _checked=False, k=key: self.acted.emit(k))
            row.close_button.clicked.connect(lambda _checked=False, k=key: self._close(k))
            self.column.addWidget(row)
            self.rows[key] = row
        else:
            row.texts = texts
            row.retranslate()
        self.show()
        return row

    def remove(self, key: str) -> None:
        row = self.rows.pop(key, None)
        if row is None:
            return
        had_focus = row.has_focus_inside()
        row.hide()  # (before the focus moves: Qt would hand it to the next widget of the chain)
        row.deleteLater()
        if not self.rows:
            self.hide()
        if had_focus:
            self.focus_released.emit()

    def clear(self) -> None:
        for key in list(self.rows):
            self.remove(key)

    def keys(self) -> list[str]:
        return list(self.rows)

    def first_control(self) -> QWidget | None:
        """Where F6 lands in the bar: the first row's action, else its close button."""
        for row in self.rows.values():
            return row.action if row.action.isVisibleTo(row) else row.close_button
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Escape in the bar: back to the page (the rows stay)."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.focus_released.emit()
            return
        super().keyPressEvent(event)

    def _close(self, key: str) -> None:
        self.remove(key)
        self.closed.emit(key)

    def retranslate(self) -> None:
        for row in self.rows.values():
            row.retranslate()
        # (no words of its own to show; its name for a screen reader's list of regions)
        self.setAccessibleName(QCoreApplication.translate("NoticeBar", "Notices"))
