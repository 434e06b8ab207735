"""Deleting a widget later without tying that deletion to its parent's life.

``child.deleteLater()`` posts a deferred delete; when the parent is destroyed before the event loop
delivers it (a parentless view dropped by Python right after it dropped its tabs), PySide6 6.12 left
the posted event behind for the freed child, and the next event loop deleted it a second time
(heap corruption: "malloc_consolidate(): unaligned fastbin chunk detected", a segfault in
``QObject::~QObject`` in an unrelated test).  :func:`retire` first moves the widget under a hidden
holder that lives as long as the process, so the deferred delete always meets a live object.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

_HOLDER: QWidget | None = None


def _holder() -> QWidget:
    global _HOLDER
    if _HOLDER is None or not isValid(_HOLDER):  # something deleted every top-level widget (a test's sweep)
        _HOLDER = QWidget()
        _HOLDER.setObjectName("retiredWidgets")
    return _HOLDER


def retire(widget: QWidget) -> None:
    """Hide ``widget``, detach it from its parent and delete it on the next event loop pass (UI thread)."""
    widget.hide()
    widget.setParent(_holder())
    widget.deleteLater()
