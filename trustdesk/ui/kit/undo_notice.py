"""An Undo for an action one key can take (ARCHITECTURE.md, "Keyboard, focus and a laptop's screen").

``UndoNotice`` is a calm line under a list, as a mail app shows after archiving: what was done and
an *Undo* button (its Alt letter, and Ctrl+Z anywhere in the parent page), for ``seconds``; then it
goes and the action stands.  The parent page connects ``undo_requested`` and calls ``tell(text)``
after each action.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from trustdesk.ui.kit.retranslates import Retranslates

UNDO_SECONDS = 20  # long enough to read the line and reach Undo


class UndoNotice(Retranslates, QFrame):
    undo_requested = Signal()

    def __init__(self, name: str, parent: QWidget, *, seconds: int = UNDO_SECONDS) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_undo_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}_undo_text")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName(f"{name}_undo")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setObjectName(f"{name}_undo_timer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.dismiss)
        self.button.clicked.connect(self._undo)
        self.action = QAction(parent)  # Ctrl+Z anywhere in the page while the line is shown
        self.action.setObjectName(f"{name}_undo_action")
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(lambda: self._undo() if self.isVisible() else None)
        parent.addAction(self.action)
        self.hide()
        self.retranslate()

    def tell(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        """The line goes (time up, lock, undone); the focus it held goes back to the page's list."""
        self.timer.stop()
        had_focus = self.button.hasFocus()
        self.hide()
        self.label.clear()
        primary = getattr(self.parentWidget(), "primary_widget", None)
        target = primary() if had_focus and callable(primary) else None
        if isinstance(target, QWidget) and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _undo(self) -> None:
        self.dismiss()
        self.undo_requested.emit()

    def retranslate(self) -> None:
        self.button.setText(self.tr("&Undo"))
        self.button.setAccessibleName(self.tr("Undo what was just done"))
