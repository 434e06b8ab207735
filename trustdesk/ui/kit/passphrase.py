"""Choosing a passphrase: two fields, a strength meter with words (never colour alone), a minimum length.

Used by the first-run wizard, the recovery path of the unlock window, the settings dialog and the
coordinator desk's set-up (the same meter and rule, with the desk's longer minimum).
``zxcvbn`` and the vault's minimum length are imported on first use, never at start-up.  zxcvbn only
knows English words, so it is also given the ~30,000 most frequent Dutch and French words, bundled in
``resources/wordlists/`` (110 KB each; made once from wordfreq's lists by installer/make_wordlists.py,
data CC BY-SA 4.0, see the NOTICE there).  Without them, 19 of 89 sample passphrases made of common
Dutch and French words would be called "very strong" (ARCHITECTURE.md, "Dependencies and footprint").
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from trustdesk.domain.passphrase_strength import (  # noqa: F401 - the meter's names, kept here for callers
    COMMON_WORDS,
    MAX_SCORE,
    common_words,
    strength,
)
from trustdesk.ui.kit.clipboard import guard_text
from trustdesk.ui.kit.retranslates import Retranslates


def minimum_length() -> int:
    from trustdesk.vault import MIN_PASSPHRASE_LENGTH

    return MIN_PASSPHRASE_LENGTH


class PassphraseFields(Retranslates, QWidget):
    """New passphrase + repeat, with strength indication. ``changed`` fires on every keystroke."""

    changed = Signal()
    submitted = Signal()  # Return in "Repeat it" with an acceptable passphrase: the form's own "save"

    def __init__(self, parent: QWidget | None = None, *, prefix: str = "new", minimum: int | None = None) -> None:
        """``minimum``: the shortest passphrase accepted (default: the vault's; the coordinator desk
        asks more of the passphrase that protects its keys)."""
        super().__init__(parent)
        self._minimum = minimum
        self.first = guard_text(QLineEdit(self))
        self.first.setObjectName(f"{prefix}PassphraseEdit")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = guard_text(QLineEdit(self))
        self.second.setObjectName(f"{prefix}PassphraseRepeatEdit")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setObjectName(f"{prefix}PassphraseStrengthMeter")
        self.meter.setRange(0, MAX_SCORE)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.show_box = QCheckBox(self)
        self.show_box.setObjectName(f"{prefix}PassphraseShow")
        self.show_box.toggled.connect(self._show_text)
        self.verdict = QLabel(self)
        self.verdict.setObjectName(f"{prefix}PassphraseVerdict")
        self.verdict.setWordWrap(True)

        self._first_label = QLabel(self)
        self._first_label.setBuddy(self.first)
        self._second_label = QLabel(self)
        self._second_label.setBuddy(self.second)
        form = QFormLayout()
        form.addRow(self._first_label, self.first)
        form.addRow(self._second_label, self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.show_box)
        layout.addWidget(self.meter)
        layout.addWidget(self.verdict)

        self._score = 0
        self._seen = False
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.second.returnPressed.connect(self._submit)
        self.retranslate()

    def _submit(self) -> None:
        if self.is_acceptable():
            self.submitted.emit()

    @property
    def passphrase(self) -> str:
        return self.first.text()

    @property
    def score(self) -> int:
        return self._score

    def minimum(self) -> int:
        return self._minimum if self._minimum is not None else minimum_length()

    def is_acceptable(self) -> bool:
        text = self.first.text()
        return len(text) >= self.minimum() and text == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.show_box.setChecked(False)

    def _show_text(self, shown: bool) -> None:
        """Show the passphrase while typing it (nobody looking over the shoulder); hidden by default."""
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.first, self.second):
            edit.setEchoMode(mode)

    def judge(self) -> None:
        """Show the verdict now (callers that are past start-up need not wait for the first show)."""
        self._seen = True
        self._update()

    def retranslate(self) -> None:
        self._first_label.setText(self.tr("New &passphrase:"))
        self._second_label.setText(self.tr("&Repeat it:"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.show_box.setText(self.tr("Sho&w the passphrase"))
        self.show_box.setAccessibleName(self.tr("Show the passphrase as you type it"))
        if self._seen:
            self._update()

    def _verdict_text(self) -> str:
        text = self.first.text()
        if not text:
            return self.tr("Use at least %n characters; a few unrelated words are easy to remember and hard "
                           "to guess.", "", self.minimum())
        if len(text) < self.minimum():
            return self.tr("Too short: at least %n characters.", "", self.minimum())
        words = (self.tr("Strength: very weak."), self.tr("Strength: weak."), self.tr("Strength: fair."),
                 self.tr("Strength: strong."), self.tr("Strength: very strong."))
        sentence = words[self._score]
        if self.second.text() and self.second.text() != text:
            sentence += " " + self.tr("The two passphrases are not the same yet.")
        elif self._score < 2:
            sentence += " " + self.tr("Add another unusual word to make it stronger.")
        return sentence

    def _update(self) -> None:
        self._score = strength(self.first.text()) if self.first.text() else 0
        self.meter.setValue(self._score if self.first.text() else 0)
        self.meter.setAccessibleDescription(self._verdict_text())
        self.verdict.setText(self._verdict_text())
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._seen:  # first judged when seen: keeps zxcvbn and the vault off the start-up path
            self._seen = True
            self._update()
