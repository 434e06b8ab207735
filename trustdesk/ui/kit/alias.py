"""The private alias of a case (initials, a nickname the trust person chose) next to its code, and
the one switch that hides every alias at once while the screen is shared.

    case_label("TD-2026-0003", "AP")  -> "TD-2026-0003 · AP"   (hidden: "TD-2026-0003")
    aliases().set_hidden(True)        -> every list, Today, search and the case header re-render

"Hidden" has one meaning (ARCHITECTURE.md, Hidden aliases): while the switch is on, no window shows
any field that says who the doctor is (``IDENTIFYING_FIELDS``: the alias, the doctor's name, phone,
e-mail and workplace); the code alone names the case.  Views ask ``identity_hidden()``.

The alias lives in the vault with the case (never in plain text on disk) and is printed only in the
full case summary, never in pseudonymised or minimal documents nor in letters.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

HIDE_SHORTCUT = "Ctrl+Shift+H"


class AliasSwitch(QObject):
    """Whether aliases show; ``changed(hidden)`` tells every view to re-render."""

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.hidden = False

    def set_hidden(self, hidden: bool) -> None:
        if hidden != self.hidden:
            self.hidden = hidden
            self.changed.emit(hidden)


_SWITCH: AliasSwitch | None = None

# The case fields that identify the doctor: none of them is on screen while aliases are hidden.
IDENTIFYING_FIELDS = ("alias", "doctor_name", "doctor_phone", "doctor_email", "workplace")


def aliases() -> AliasSwitch:
    global _SWITCH
    if _SWITCH is None:
        _SWITCH = AliasSwitch()
    return _SWITCH


def identity_hidden() -> bool:
    """Whether the fields that identify a doctor (``IDENTIFYING_FIELDS``) are kept off the screen."""
    return aliases().hidden


def case_label(code: str, alias: str) -> str:
    """The code, with the alias after it unless aliases are hidden (or there is none)."""
    alias = alias.strip()
    if not alias or identity_hidden():
        return code
    return f"{code} · {alias}"


SEPARATOR = " · "
MEASURED = 12  # how many of a column's longest labels are measured in pixels
ALIAS_CAP_CHARS = 22  # a label column is never wider than the code and this many average characters


def shown_label(metrics: QFontMetrics, label: str, width: int) -> str:
    """``label`` as it fits in ``width`` px: whole, else the code whole and the alias cut ("TD-2026-0003
    · Dr Van…"); only a column narrower than the code itself cuts the code."""
    if metrics.horizontalAdvance(label) <= width or SEPARATOR not in label:
        return label
    code, alias = label.split(SEPARATOR, 1)
    room = width - metrics.horizontalAdvance(code + SEPARATOR)
    cut = metrics.elidedText(alias, Qt.TextElideMode.ElideRight, room) if room > 0 else ""
    if metrics.horizontalAdvance(cut) > room:
        cut = ""  # Qt gives a one-letter alias back whole, however narrow the room: the code alone then
    return f"{code}{SEPARATOR}{cut}" if cut else code


class CaseLabelDelegate(QStyledItemDelegate):
    """Draws a case label (``case_label``) in a list column: the alias is what gets cut, never the code
    (Qt's own elision cut the end of the text, so a narrow column read "TD-2026-000…")."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if not option.text:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        option.text = shown_label(option.fontMetrics, option.text, text_rect.width() - 2 * margin)


def label_column_width(view: QAbstractItemView, labels: Iterable[str], header: str = "") -> int:
    """A label column's width from what it shows: its header and its widest label, no wider than the
    widest code and ``ALIAS_CAP_CHARS`` average characters of alias (the rest is cut, see
    ``CaseLabelDelegate``), never narrower than the widest code."""
    metrics = view.fontMetrics()
    padding = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 16
    widest = widest_code = metrics.horizontalAdvance("TD-2026-0000")
    # Measured: the longest labels by characters only (measuring 5,000 took 0.2 s on the UI thread).
    # An alias cut a few pixels early by this estimate is cut where the cap would cut it anyway.
    texts = list(labels)
    for label in heapq.nlargest(MEASURED, texts, key=len):
        widest = max(widest, metrics.horizontalAdvance(label))
    for code in heapq.nlargest(MEASURED, (label.partition(SEPARATOR)[0] for label in texts), key=len):
        widest_code = max(widest_code, metrics.horizontalAdvance(code))
    cap = widest_code + metrics.horizontalAdvance(SEPARATOR) + ALIAS_CAP_CHARS * metrics.averageCharWidth()
    header_width = view.fontMetrics().horizontalAdvance(header) + 24 if header else 0
    return max(min(widest, cap) + padding, widest_code + padding, header_width)


class CaseLabel(QLabel):
    """A case label in a header (``case_label``): asks no more width than its code, and shows as much of
    the alias as the room allows (``shown_label``; the whole label in its tooltip and accessible name),
    so a long alias never widens the window past the screen (a 40-character alias in French once asked
    1409 px of a 1366 px laptop).  ``text()`` is the whole label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self._hints: tuple[QSize, QSize] | None = None  # (size hint, minimum) for this text and font

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._whole = text
        self._hints = None
        self.setAccessibleName(text)
        self._fit()
        self.updateGeometry()

    def text(self) -> str:
        return self._whole

    def clear(self) -> None:
        self.setText("")  # the whole label, its tooltip and accessible name go too (lock, destroyed case)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._measured()[0])

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._measured()[1])

    def _measured(self) -> tuple[QSize, QSize]:
        """Both hints, measured once per text and font: every layout pass of the case header asks
        them, each time across into Python (and, while a worker reads, waiting for the interpreter)."""
        if self._hints is None:
            metrics, margins = self.fontMetrics(), 2 * self.margin() + 4
            hint = QSize(metrics.horizontalAdvance(self._whole) + margins, super().sizeHint().height())
            code = self._whole.partition(SEPARATOR)[0]
            width = metrics.horizontalAdvance(code + " …") + margins
            self._hints = hint, QSize(min(width, hint.width()), super().minimumSizeHint().height())
        return self._hints

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        self._hints = None  # a font, style or margin changed: measured again when asked
        super().changeEvent(event)

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt API
        self._hints = None
        super().setMargin(margin)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = shown_label(self.fontMetrics(), self._whole, self.contentsRect().width() - 2 * self.margin())
        QLabel.setText(self, shown)
        self.setToolTip(self._whole if shown != self._whole else "")
