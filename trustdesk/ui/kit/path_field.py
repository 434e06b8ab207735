"""One path field for every place a file or folder is named: an editable line and a *Choose…* button.

Every path field in TrustDesk is a ``PathField``, so they all behave the same:

- the line is **editable**: a typed or pasted path counts exactly like a chosen one (``~`` and the
  quotes a file manager adds when copying a path are understood);
- ``check`` (the owner's, Qt-free test of the path, returning a translated sentence or "") is run
  as the text changes; the sentence is shown under the line, and ``is_acceptable()`` says whether
  the owner may go on (Next, Save…);
- the *Choose…* button is **never a default button** (``autoDefault`` off): Enter after a choice,
  or Enter in any field of the window, never opens the file dialog again -- it goes to the window's
  own default button (Next, Open…).  After a choice the focus returns to the line.

``enter_does(edit, action)`` gives a line edit its own natural action for Enter (check a code,
open a file) and keeps the key from reaching the window's default button as well.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.lock_bound import not_a_draft

_ENTER_KEYS = (0x01000004, 0x01000005)  # Qt.Key_Return, Qt.Key_Enter (no Qt namespace at start-up)


def typed_path(text: str) -> Path | None:
    """The path a person typed or pasted: surrounding blanks and quotes dropped, ``~`` expanded;
    None for an empty field."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    if text.startswith("file://"):
        text = text[len("file://"):]
    return Path(text).expanduser() if text else None


def outside_file_problem(path: Path) -> str:
    """For a file to open (a handover, an intake): "" when ``path`` is a file; else why not."""
    translate = QCoreApplication.translate
    if path.is_dir():
        return translate("PathField", "That is a folder. Name the file itself, or choose it.")
    if not path.exists():
        return translate("PathField", "There is no file there. Check the path, or choose the file.")
    if not path.is_file():
        return translate("PathField", "That is not a file TrustDesk can read.")
    return ""


class _EnterFilter(QObject):
    def __init__(self, parent: QObject, action: Callable[[], object]) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _ENTER_KEYS:
            self._action()
            return True  # consumed: the window's default button does not fire as well
        return False


def enter_does(edit: QLineEdit, action: Callable[[], object]) -> None:
    """Enter in ``edit`` runs ``action`` and nothing else (no default button, no file dialog)."""
    edit.installEventFilter(_EnterFilter(edit, action))


class PathField(QWidget):
    """An editable path with a *Choose…* button and a line saying what is wrong with the path.

    ``choose(current)`` opens the owner's dialog (a module function tests stand in for) and returns
    the chosen path or None; ``check(path)`` returns "" when the path will do, else one sentence."""

    changed = Signal()  # the text changed (typed, pasted or chosen)
    chosen = Signal()  # a path was chosen in the dialog

    def __init__(self, parent: QWidget, name: str, *, choose: Callable[[Path | None], Path | None],
                 check: Callable[[Path], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Field")
        self._choose = choose
        self._check = check
        self.edit = guard_text(QLineEdit(self))
        self.edit.setObjectName(f"{name}Edit")
        self.edit.setReadOnly(False)
        not_a_draft(self.edit)  # a path finds a file: closing the dialog never asks about it
        self.button = QPushButton(self)
        self.button.setObjectName(f"{name}Choose")
        self.button.setAutoDefault(False)  # Enter after "Choose…" must not open the dialog again
        self.button.setDefault(False)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName(f"{name}Problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.problem_label)
        self.button.clicked.connect(lambda _checked=False: self.choose())
        self.edit.textChanged.connect(self._edited)

    # -- the path -------------------------------------------------------------------------------

    def path(self) -> Path | None:
        return typed_path(self.edit.text())

    def set_path(self, path: Path | None) -> None:
        self.edit.setText(str(path) if path is not None else "")

    def problem(self) -> str:
        """"" when the field is empty or its path will do; else the sentence saying what is wrong."""
        path = self.path()
        if path is None or self._check is None:
            return ""
        return self._check(path)

    def is_acceptable(self) -> bool:
        return self.path() is not None and not self.problem()

    def show_problem(self, text: str | None = None) -> str:
        """Show ``text`` (default: the current problem) under the line; returns what is shown."""
        shown = self.problem() if text is None else text
        self.problem_label.setText(shown)
        self.problem_label.setAccessibleName(shown)
        self.problem_label.setVisible(bool(shown))
        return shown

    def choose(self) -> bool:
        """Open the owner's dialog; True when a path was chosen (then ``chosen`` was emitted)."""
        picked = self._choose(self.path())
        self.edit.setFocus()  # never back to the button: Enter goes to the window's default button
        if picked is None:
            return False
        self.set_path(picked)
        self.chosen.emit()
        return True

    def _edited(self) -> None:
        self.show_problem()
        self.changed.emit()

    # -- texts ----------------------------------------------------------------------------------

    def set_texts(self, *, accessible: str, button: str, button_accessible: str, placeholder: str = "") -> None:
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(placeholder)
        self.button.setText(button)
        self.button.setAccessibleName(button_accessible)
