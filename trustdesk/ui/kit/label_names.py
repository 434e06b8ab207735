"""An input is named by its visible label (issue 18; WCAG 2.5.3 "label in name").

A field with a buddy label (``QLabel.setBuddy``) is spoken with the label's words: what a sighted
user reads, a voice-control user says and a screen-reader user hears is one text, in the interface's
language.  Where a widget's code gave another accessible name ("Date and time of the contact" for
the label "When"), that text becomes its accessible *description* (read after the name) and the
name becomes the label's text.

``label_in_name(root)`` does it for everything under ``root``.  It runs when a window is first shown
(``LabelNames``, on the application's one event filter, kit/app_filters.py, from every entry point) and after every
language switch of a ``Retranslates`` widget (ui/kit/retranslates.py), since ``retranslate()`` sets the
names again.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from trustdesk.ui.kit.app_filters import install_once

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def heard(label_text: str) -> str:
    """A label's text as it is heard: no mnemonic '&', no trailing colon, spaces folded."""
    text = re.sub(r"&(?!&)", "", label_text).replace("&&", "&")
    return re.sub(r"\s+", " ", text).strip().rstrip(":\u00a0 ").strip()


OURS = "labelInName"  # dynamic property: the name this module gave the field last


def label_in_name(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        field = label.buddy()
        if not isinstance(field, INPUTS):
            continue
        words = heard(label.text())
        name = field.accessibleName()
        if not words or name == words:
            continue
        if name and name != field.property(OURS):  # a name the code gave: it describes the field
            field.setAccessibleDescription(name)
        field.setAccessibleName(words)
        field.setProperty(OURS, words)


_SHOW = QEvent.Type.Show


class LabelNames(QObject):
    """Sees every show event of the app (kit/app_filters.py): ``label_in_name`` for every window when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # the class first (a C check): asking any event its type() makes a Python enum member, and
        # this filter sees every event of the application
        if isinstance(event, QShowEvent) and event.type() == _SHOW and isinstance(watched, QWidget) \
                and watched.isWindow():
            label_in_name(watched)
        return False


def install_label_names(app: QObject) -> None:
    """Once per application (idempotent)."""
    install_once(LabelNames, app, QShowEvent)  # through the application's one filter (kit/app_filters.py)
